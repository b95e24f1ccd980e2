// CloudConnections, CloudSync and CloudActions against a fake AWS account over loopback: a profile
// test connects the account it reaches, a sync mirrors every kind page by page and deletes what
// the cloud no longer has, failures and cancels leave what was read and say why, and actions go to
// the cloud first.
#undef QT_NO_CAST_FROM_ASCII
#include "connectedfixture.h"
#include "memorysecretstore.h"

#include "accounts/accountservice.h"
#include "cloud/profileservice.h"
#include "connected/cloudactions.h"
#include "connected/cloudconnections.h"
#include "connected/cloudsync.h"
#include "pipelines/pipelineservice.h"
#include "rules/ruleservice.h"
#include "store/database.h"
#include "testworkspace.h"

#include <QSignalSpy>
#include <QSqlQuery>

using namespace Pd;
using PdTest::FakeAnswer;
using PdTest::FakeAwsServer;
using PdTest::FakeCloud;
using PdTest::MemorySecretStore;

using Fixture = PdTest::ConnectedFixture;

class TestCloudSync : public QObject
{
    Q_OBJECT

private slots:
    void testProfileConnectsTheAccountItReaches()
    {
        Fixture f;
        QVERIFY(f.addProfile());
        QString account;
        const Status s = f.wait(f.actions->testProfile(f.workspace->defaultIdentity(), "prod"), &account);
        QVERIFY2(s.ok(), qPrintable(s.ok() ? QString() : s.error().message));
        QCOMPARE(account, f.cloud.accountId);
        // Signed with the profile's keys from the keychain, for STS, in the profile's region.
        QCOMPARE(f.server.requests().size(), 1);
        const auto check = FakeAwsServer::checkSignature(f.server.requests().at(0), PdTest::fakeKeys());
        QVERIFY2(check.ok, qPrintable(check.why));
        QCOMPARE(check.service, QByteArray("sts"));
        QCOMPARE(check.region, QByteArray("us-east-1"));

        const Account connected = f.workspace->accounts().account(account).value();
        QCOMPARE(connected.profile, QString("prod"));
        QCOMPARE(connected.name, QString("prod"));
        const Profile profile = f.workspace->profiles().profile("prod").value();
        QCOMPARE(profile.accountId, f.cloud.accountId);
        QCOMPARE(profile.callerArn, f.cloud.callerArn);
        QCOMPARE(profile.testedAt, PdTest::demoNow().toMSecsSinceEpoch());

        // Testing again changes nothing; a local account of the same id is never taken over.
        QVERIFY(f.wait(f.actions->testProfile(f.workspace->defaultIdentity(), "prod")).ok());
        f.cloud.accountId = "111111111111"; // the demo's dev account: local
        QVERIFY(f.addProfile("other"));
        const Status refused = f.wait(f.actions->testProfile(f.workspace->defaultIdentity(), "other"));
        QVERIFY(!refused.ok());
        QCOMPARE(refused.error().code, Error::Code::Conflict);
        QVERIFY(refused.error().message.contains("local account"));
        QVERIFY(!f.workspace->accounts().account("111111111111").value().isConnected());
    }

    void testProfileRefusedByTheCloudSaysWhy()
    {
        Fixture f;
        QVERIFY(f.addProfile());
        f.cloud.overrides.insert("GetCallerIdentity",
                                 FakeAnswer::queryError(403, "InvalidClientTokenId",
                                                        "The security token included in the request is invalid.",
                                                        "req-denied-7"));
        const Status s = f.wait(f.actions->testProfile(f.workspace->defaultIdentity(), "prod"));
        QVERIFY(!s.ok());
        QCOMPARE(s.error().exitCode(), 3);
        QVERIFY(s.error().message.contains("InvalidClientTokenId"));
        QVERIFY(s.error().details.contains("req-denied-7"));
        QVERIFY(!f.workspace->accounts().account(f.cloud.accountId).ok()); // nothing connected
    }

    void syncMirrorsEveryPageAndDeletesWhatIsGone()
    {
        Fixture f;
        f.cloud.pageSize = 10;
        f.cloud.addPipelines(3, 25); // 3 pages of executions a pipeline
        const QString account = f.connect();
        CloudSync::Counts counts;
        const Status s = f.sync(account, SyncScope::all(), &counts);
        QVERIFY2(s.ok(), qPrintable(s.ok() ? QString() : s.error().message));
        QCOMPARE(counts.pipelines, 3);
        QCOMPARE(counts.executions, 75);
        QCOMPARE(f.count("SELECT COUNT(*) FROM pipelines WHERE account_id = '444444444444' AND origin = 'prod'"), 3);
        QCOMPARE(f.count("SELECT COUNT(*) FROM executions WHERE pipeline_arn LIKE "
                         "'arn:aws:sagemaker:us-east-1:444444444444:%' AND origin = 'prod'"),
                 75);
        QCOMPARE(f.cloud.calls.value("ListPipelineExecutions"), 9);
        QCOMPARE(f.cloud.calls.value("DescribePipeline"), 3);
        QCOMPARE(f.cloud.calls.value("ListSchedules"), 1);
        QCOMPARE(f.cloud.calls.value("GetResourceShares"), 1);
        QCOMPARE(f.cloud.calls.value("GetResourceShareInvitations"), 1);
        // Every request signed with the profile's keys.
        for (const auto &request : f.server.requests())
            QVERIFY(FakeAwsServer::checkSignature(request, PdTest::fakeKeys()).ok);
        // The definition came with DescribePipeline.
        const Pipeline p0 = f.workspace->pipelines().resolve(account, "pipeline-0").value();
        QVERIFY(p0.definition.contains("Preprocess"));

        // The cloud lost a pipeline and some executions: the next complete sync removes them.
        f.cloud.pipelines.removeLast();
        f.cloud.pipelines[0].executions.resize(5);
        QVERIFY(f.sync(account, SyncScope::all(), &counts).ok());
        QCOMPARE(f.count("SELECT COUNT(*) FROM pipelines WHERE account_id = '444444444444'"), 2);
        QCOMPARE(f.count("SELECT COUNT(*) FROM executions WHERE pipeline_arn LIKE "
                         "'arn:aws:sagemaker:us-east-1:444444444444:%'"),
                 30);
        QVERIFY(counts.deleted >= 21);
        // Local accounts' rows are untouched.
        QVERIFY(f.count("SELECT COUNT(*) FROM pipelines WHERE origin IS NULL") > 0);
    }

    void syncMirrorsSharesWithTheirPrincipalsAndPermission()
    {
        Fixture f;
        f.cloud.addPipelines(1, 1);
        const QString shareArn =
            f.cloud.addShare("ops-share", "pipeline-0", "111111111111",
                             "arn:aws:ram::aws:permission/AWSRAMPermissionSageMakerPipelineAllowExecution");
        const QString account = f.connect();
        CloudSync::Counts counts;
        const Status s = f.sync(account, SyncScope::all(), &counts);
        QVERIFY2(s.ok(), qPrintable(s.ok() ? QString() : s.error().message));
        QCOMPARE(counts.shares, 1);
        QCOMPARE(f.count("SELECT COUNT(*) FROM resource_shares WHERE arn = '" + shareArn + "' AND origin = 'prod'"), 1);
        QCOMPARE(f.count("SELECT COUNT(*) FROM share_resources WHERE share_arn = '" + shareArn + "'"), 1);
        QCOMPARE(f.count("SELECT COUNT(*) FROM share_principals WHERE share_arn = '" + shareArn +
                         "' AND principal = '111111111111'"),
                 1);
        // The permission is the one ListResourceSharePermissions named, not the read-only default.
        QCOMPARE(f.count("SELECT COUNT(*) FROM resource_shares WHERE arn = '" + shareArn +
                         "' AND permission = 'AWSRAMPermissionSageMakerPipelineAllowExecution'"),
                 1);
        QCOMPARE(f.cloud.calls.value("ListPrincipals"), 1);
        QCOMPARE(f.cloud.calls.value("ListResourceSharePermissions"), 1);

        // The principal left the share in the cloud: gone here after the next sync.
        f.cloud.sharePrincipals[shareArn] = QJsonArray();
        QVERIFY(f.sync(account).ok());
        QCOMPARE(f.count("SELECT COUNT(*) FROM share_principals WHERE share_arn = '" + shareArn + "'"), 0);
    }

    void syncOfOneExecutionReadsItsStepsAndParameters()
    {
        Fixture f;
        f.cloud.addPipelines(1, 2);
        const QString account = f.connect();
        QVERIFY(f.sync(account, SyncScope::of(SyncScope::Pipelines | SyncScope::Executions)).ok());
        QCOMPARE(f.cloud.calls.value("ListPipelineExecutionSteps"), 0); // not for every execution
        SyncScope scope;
        scope.kinds = 0;
        scope.executionArn = f.cloud.executionArn("pipeline-0", 1);
        CloudSync::Counts counts;
        const Status s = f.sync(account, scope, &counts);
        QVERIFY2(s.ok(), qPrintable(s.ok() ? QString() : s.error().message));
        QCOMPARE(counts.steps, 1);
        const auto steps = f.workspace->pipelines().executionSteps(account, scope.executionArn).value();
        QCOMPARE(steps.size(), 1);
        QCOMPARE(steps.at(0).name, QString("Preprocess"));
        const auto parameters = f.workspace->pipelines().executionParameters(account, scope.executionArn).value();
        QCOMPARE(parameters.size(), 1);
        QCOMPARE(parameters.at(0).value, QString("ml.m5.xlarge"));
    }

    void aFailedSyncKeepsWhatWasReadAndMarksTheAccountOffline()
    {
        Fixture f;
        f.cloud.addPipelines(2, 3);
        const QString account = f.connect();
        QVERIFY(f.sync(account).ok());
        QVERIFY(!f.workspace->accounts().mirrorStatus(account, MirrorKind::Pipelines).value().offline);

        f.cloud.pipelines[0].executions.resize(1); // two would be deleted by a complete listing...
        f.cloud.overrides.insert(
            "ListPipelineExecutions",
            FakeAnswer::jsonError(400, "AccessDeniedException",
                                  "User is not authorized to perform: sagemaker:ListPipelineExecutions", "req-sync-9"));
        QSignalSpy state(&f.workspace->accounts(), &AccountService::connectionStateChanged);
        const Status s = f.sync(account);
        QVERIFY(!s.ok());
        QCOMPARE(s.error().exitCode(), 3);
        QVERIFY(s.error().details.contains("req-sync-9"));
        QCOMPARE(state.size(), 1);
        const MirrorStatus status = f.workspace->accounts().mirrorStatus(account, MirrorKind::Pipelines).value();
        QVERIFY(status.offline);
        QVERIFY(status.offlineReason.contains("ListPipelineExecutions"));
        // ... but the listing of executions never completed, so no execution was deleted.
        QCOMPARE(f.count("SELECT COUNT(*) FROM executions WHERE pipeline_arn LIKE "
                         "'arn:aws:sagemaker:us-east-1:444444444444:%'"),
                 6);

        // It works again: online.
        f.cloud.overrides.clear();
        QVERIFY(f.sync(account).ok());
        QVERIFY(!f.workspace->accounts().mirrorStatus(account, MirrorKind::Pipelines).value().offline);
    }

    // Beside the account the window says which way its connection is unusable, from the cloud's
    // answer: an ended session is "expired" (renew the credentials), refused keys an "error" (fix
    // the profile), no answer "offline" (try later); any answer that works brings it back.
    void theStateSaysWhyTheConnectionIsUnusable()
    {
        Fixture f;
        f.cloud.addPipelines(1, 2);
        const QString account = f.connect();
        auto state = [&] {
            return f.workspace->accounts().mirrorStatus(account, MirrorKind::Pipelines).value().state;
        };
        QVERIFY(f.sync(account).ok());
        QCOMPARE(state(), ConnectionState::Online);

        f.cloud.overrides.insert("ListPipelines", FakeAnswer::jsonError(400, "ExpiredTokenException",
                                                                        "The security token included in the "
                                                                        "request is expired",
                                                                        "req-expired"));
        QVERIFY(!f.sync(account).ok());
        // A failed sync deletes nothing: the pipeline read before is still there.
        QCOMPARE(f.count("SELECT COUNT(*) FROM pipelines WHERE account_id = '444444444444'"), 1);
        QCOMPARE(state(), ConnectionState::Expired);
        QVERIFY(f.workspace->accounts().mirrorStatus(account, MirrorKind::Pipelines).value().offline);

        f.cloud.overrides.insert("ListPipelines",
                                 FakeAnswer::jsonError(400, "UnrecognizedClientException",
                                                       "The security token included in the request is invalid.",
                                                       "req-refused"));
        QVERIFY(!f.sync(account).ok());
        QCOMPARE(state(), ConnectionState::Error);

        f.cloud.overrides.insert("ListPipelines", FakeAnswer::reset());
        QVERIFY(!f.sync(account).ok());
        QCOMPARE(state(), ConnectionState::Offline);

        // An action whose call meets an ended session says so at once, without a sync...
        f.cloud.overrides.clear();
        const QString execution = f.cloud.executionArn("pipeline-0", 1);
        f.cloud.overrides.insert("StopPipelineExecution",
                                 FakeAnswer::jsonError(400, "ExpiredTokenException", "expired", "req-stop"));
        QVERIFY(!f.wait(f.actions->stop(account, execution)).ok());
        QCOMPARE(state(), ConnectionState::Expired);
        // ... a refusal of the request itself says nothing of the connection ...
        f.cloud.overrides.insert("StopPipelineExecution",
                                 FakeAnswer::jsonError(400, "ValidationException", "not running", "req-stop-2"));
        QVERIFY(!f.wait(f.actions->stop(account, execution)).ok());
        QCOMPARE(state(), ConnectionState::Expired);
        // ... and one that works is online again.
        f.cloud.overrides.clear();
        const Status stopped = f.wait(f.actions->stop(account, execution));
        QVERIFY2(stopped.ok(), qPrintable(stopped.ok() ? QString() : stopped.error().message));
        QCOMPARE(state(), ConnectionState::Online);
    }

    void cancelStopsAtOnceAndSendsNothingMore()
    {
        Fixture f;
        f.cloud.addPipelines(4, 3);
        const QString account = f.connect();
        const int before = int(f.server.requests().size());
        f.cloud.overrides.insert("ListPipelines",
                                 FakeAnswer::json(200, QByteArray(R"({"PipelineSummaries": []})")).delayed(3000));
        CloudSync sync(*f.connections, account);
        QSignalSpy finished(&sync, &CloudSync::finished);
        sync.start();
        QVERIFY(f.server.waitForRequests(before + 1));
        sync.cancel();
        QCOMPARE(finished.size(), 1); // at once
        QVERIFY(!sync.status().ok());
        QVERIFY(sync.status().error().message.contains("cancelled"));
        // Listings run side by side: one written to the socket just before the cancel may still be
        // arriving at the server. Let those land, then nothing more may come.
        int sent = int(f.server.requests().size());
        for (int quiet = 0; quiet < 5;) {
            QTest::qWait(20);
            const int now = int(f.server.requests().size());
            quiet = now == sent ? quiet + 1 : 0;
            sent = now;
        }
        QTest::qWait(300);
        QCOMPARE(int(f.server.requests().size()), sent);
        // A cancel is the user's choice, not a broken connection.
        QVERIFY(!f.workspace->accounts().mirrorStatus(account, MirrorKind::Pipelines).value().offline);
    }

    void aLocalAccountHasNothingToSync()
    {
        Fixture f;
        const Status s = f.sync("111111111111");
        QVERIFY(!s.ok());
        QCOMPARE(s.error().code, Error::Code::Conflict);
        QCOMPARE(f.server.requests().size(), 0);
    }

    void startGoesToTheCloudFirst()
    {
        Fixture f;
        f.cloud.addPipelines(1, 1);
        const QString account = f.connect();
        QVERIFY(f.sync(account).ok());

        StartRequest request;
        request.pipeline = "pipeline-0";
        request.displayName = "by-test";
        request.parameters = {{"InstanceType", "ml.c5.xlarge"}};
        QString arn;
        const Status s = f.wait(f.actions->start(account, request), &arn);
        QVERIFY2(s.ok(), qPrintable(s.ok() ? QString() : s.error().message));
        QCOMPARE(f.cloud.started.size(), 1);
        QCOMPARE(f.cloud.started.at(0).value("PipelineExecutionDisplayName").toString(), QString("by-test"));
        QCOMPARE(f.cloud.started.at(0)["PipelineParameters"][0]["Value"].toString(), QString("ml.c5.xlarge"));
        QVERIFY(arn.startsWith(f.cloud.pipelineArn("pipeline-0") + "/execution/"));
        // The workspace has it from DescribePipelineExecution, as the cloud said it.
        const Execution e = f.workspace->pipelines().describeExecution(account, arn).value();
        QCOMPARE(e.status, ExecutionStatus::Executing);
        QCOMPARE(e.displayName, QString("by-test"));

        // Stop: the cloud says Stopping, and so does the workspace.
        QVERIFY(f.wait(f.actions->stop(account, arn)).ok());
        QCOMPARE(f.workspace->pipelines().describeExecution(account, arn).value().status, ExecutionStatus::Stopping);
    }

    void aRefusedStartWritesNothing()
    {
        Fixture f;
        f.cloud.addPipelines(1, 1);
        const QString account = f.connect();
        QVERIFY(f.sync(account).ok());
        const qint64 before = f.count("SELECT COUNT(*) FROM executions");
        f.cloud.overrides.insert(
            "StartPipelineExecution",
            FakeAnswer::jsonError(400, "ValidationException", "Parameter Foo is not defined", "req-v-1"));
        StartRequest request;
        request.pipeline = "pipeline-0";
        const Status s = f.wait(f.actions->start(account, request));
        QVERIFY(!s.ok());
        QCOMPARE(s.error().exitCode(), 2);
        QVERIFY(s.error().message.contains("Parameter Foo is not defined"));
        QCOMPARE(f.count("SELECT COUNT(*) FROM executions"), before);
    }

    void ruleActionsGoToTheCloudFirst()
    {
        Fixture f;
        f.cloud.addPipelines(2, 1);
        f.cloud.addRule("retrain-on-upload", R"({"source":["aws.s3"]})", 2);
        const QString account = f.connect();
        QVERIFY(f.sync(account).ok());
        const QString state =
            "SELECT state FROM rules WHERE name = 'retrain-on-upload' AND account_id = '" + account + "'";
        QCOMPARE(f.text(state), QString("ENABLED"));
        QCOMPARE(f.count("SELECT COUNT(*) FROM rule_targets t JOIN rules r ON r.arn = t.rule_arn "
                         "WHERE r.name = 'retrain-on-upload'"),
                 2);

        // Disabled in the cloud, then in the workspace from what the cloud says.
        QVERIFY(f.wait(f.actions->setRuleEnabled(account, "retrain-on-upload", QString(), false)).ok());
        QCOMPARE(f.cloud.calls.value("DisableRule"), 1);
        QCOMPARE(f.cloud.rules.at(0)["State"].toString(), QString("DISABLED"));
        QCOMPARE(f.text(state), QString("DISABLED"));

        // By ARN, and refused by the cloud: nothing changes here, and the cloud's words are the error.
        f.cloud.overrides.insert(
            "EnableRule", FakeAnswer::jsonError(400, "AccessDeniedException",
                                                "User is not authorized to perform: events:EnableRule", "req-deny-1"));
        const QString arn = f.cloud.rules.at(0)["Arn"].toString();
        const Status denied = f.wait(f.actions->setRuleEnabled(account, arn, QString(), true));
        QVERIFY(!denied.ok());
        QCOMPARE(denied.error().exitCode(), 3);
        QVERIFY(denied.error().message.contains("events:EnableRule"));
        QCOMPARE(f.text(state), QString("DISABLED"));

        // EventBridge refuses to delete a rule with targets; the refusal stands without force.
        const Status refused = f.wait(f.actions->deleteRule(account, "retrain-on-upload", QString(), false));
        QVERIFY(!refused.ok());
        QCOMPARE(refused.error().exitCode(), 2);
        QVERIFY(refused.error().message.contains("has targets"));
        QCOMPARE(f.count("SELECT COUNT(*) FROM rules WHERE name = 'retrain-on-upload'"), 1);

        // With force its targets go first, then the rule, and the mirror follows.
        QVERIFY(f.wait(f.actions->deleteRule(account, "retrain-on-upload", QString(), true)).ok());
        QCOMPARE(f.cloud.calls.value("RemoveTargets"), 1);
        QVERIFY(f.cloud.rules.isEmpty());
        QCOMPARE(f.count("SELECT COUNT(*) FROM rules WHERE name = 'retrain-on-upload'"), 0);
        QCOMPARE(f.count("SELECT COUNT(*) FROM rule_targets t WHERE t.rule_arn = '" + arn + "'"), 0);
    }

    void scheduleStateIsSentWithTheWholeSchedule()
    {
        Fixture f;
        f.cloud.addPipelines(1, 1);
        f.cloud.addSchedule("nightly", "cron(0 2 * * ? *)", "pipeline-0");
        const QString account = f.connect();
        QVERIFY(f.sync(account).ok());
        const QString state = "SELECT state FROM schedules WHERE name = 'nightly' AND account_id = '" + account + "'";
        QCOMPARE(f.text(state), QString("ENABLED"));

        QVERIFY(f.wait(f.actions->setScheduleEnabled(account, "nightly", QString(), false)).ok());
        // UpdateSchedule replaces the schedule: what GetSchedule said goes back, with the new state.
        QCOMPARE(f.cloud.scheduleUpdates.size(), 1);
        const QJsonObject sent = f.cloud.scheduleUpdates.at(0);
        QCOMPARE(sent["State"].toString(), QString("DISABLED"));
        QCOMPARE(sent["ScheduleExpression"].toString(), QString("cron(0 2 * * ? *)"));
        QCOMPARE(sent["ScheduleExpressionTimezone"].toString(), QString("Asia/Seoul"));
        QCOMPARE(sent["Target"]["RoleArn"].toString(), QString("arn:aws:iam::444444444444:role/SchedulerPipelines"));
        QCOMPARE(sent["Target"]["RetryPolicy"]["MaximumRetryAttempts"].toInt(), 3);
        QCOMPARE(sent["FlexibleTimeWindow"]["Mode"].toString(), QString("OFF"));
        QCOMPARE(sent["Description"].toString(), QString("nightly training"));
        QVERIFY(!sent.contains("Arn"));
        QVERIFY(!sent.contains("CreationDate"));
        QCOMPARE(f.text(state), QString("DISABLED"));

        // Gone from the cloud, then from the workspace.
        QVERIFY(f.wait(f.actions->deleteSchedule(account, "nightly", QString())).ok());
        QCOMPARE(f.cloud.calls.value("DELETESchedule"), 1);
        QCOMPARE(f.count("SELECT COUNT(*) FROM schedules WHERE name = 'nightly'"), 0);

        // A schedule the cloud does not have: its answer, exit 2 as a not-found.
        const Status missing = f.wait(f.actions->setScheduleEnabled(account, "nightly", QString(), true));
        QVERIFY(!missing.ok());
        QVERIFY(missing.error().message.contains("does not exist"));
        QCOMPARE(f.cloud.scheduleUpdates.size(), 1);
    }

    void invitationsAreAnsweredInTheCloud()
    {
        Fixture f;
        const QString account = f.connect();
        const QString arn = "arn:aws:ram:us-east-1:555555555555:resource-share-invitation/inv-1";
        f.cloud.invitations.append(
            QJsonObject{{"resourceShareInvitationArn", arn},
                        {"resourceShareArn", "arn:aws:ram:us-east-1:555555555555:resource-share/s"},
                        {"senderAccountId", "555555555555"},
                        {"receiverAccountId", account},
                        {"status", "PENDING"}});
        QVERIFY(f.wait(f.actions->answerInvitation(account, arn, true)).ok());
        QCOMPARE(f.cloud.invitations.at(0)["status"].toString(), QString("ACCEPTED"));
        QCOMPARE(f.cloud.calls.value("GetResourceShareInvitations"), 1); // read back
        const Status again = f.wait(f.actions->answerInvitation(account, arn, false));
        QVERIFY(!again.ok());
        QVERIFY(again.error().message.contains("already answered"));
        QCOMPARE(f.cloud.invitations.at(0)["status"].toString(), QString("ACCEPTED"));
    }

    void aLocalAccountsRuleChangesLocally()
    {
        Fixture f;
        const QString test = "222222222222";
        const auto rules = f.workspace->rules().rules(test);
        QVERIFY(rules && !rules.value().isEmpty());
        const Rule rule = rules.value().at(0);
        QVERIFY(f.wait(f.actions->setRuleEnabled(test, rule.name, rule.eventBus, !rule.enabled)).ok());
        QCOMPARE(f.workspace->rules().rule(test, rule.name, rule.eventBus).value().enabled, !rule.enabled);
        QCOMPARE(f.server.requests().size(), 0);
    }

    void aLocalAccountStartsLocally()
    {
        Fixture f;
        const QString dev = f.workspace->defaultIdentity();
        const auto pipelines = f.workspace->pipelines().pipelines(dev).value();
        QVERIFY(!pipelines.isEmpty());
        StartRequest request;
        request.pipeline = pipelines.at(0).name;
        QString arn;
        const Status s = f.wait(f.actions->start(dev, request), &arn);
        QVERIFY2(s.ok(), qPrintable(s.ok() ? QString() : s.error().message));
        QVERIFY(arn.contains(":" + dev + ":"));
        QCOMPARE(f.server.requests().size(), 0);
    }
};

QTEST_GUILESS_MAIN(TestCloudSync)
#include "tst_cloudsync.moc"
