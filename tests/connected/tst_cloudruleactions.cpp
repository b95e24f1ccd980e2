// CloudActions writing a connected account's rules, targets and events against a fake AWS account
// over loopback: what PutRule, PutTargets, RemoveTargets and PutEvents are sent member for member,
// the rules read back into the mirror from the cloud's answer, bad input refused before any request
// with the local service's words, the cloud's refusals and failed entries said and the mirror left
// as the cloud has it, and a local account's rules changed by the service without a request.
#undef QT_NO_CAST_FROM_ASCII
#include "connectedfixture.h"

#include "connected/cloudactions.h"
#include "rules/ruleservice.h"

#include <QJsonArray>
#include <QJsonDocument>

using namespace Pd;
using PdTest::FakeAnswer;

using Fixture = PdTest::ConnectedFixture;

namespace {

const QString localTest = QStringLiteral("222222222222");
const QString role = QStringLiteral("arn:aws:iam::444444444444:role/EventBridgePipelines");

QString message(const Status &status)
{
    return status ? QString() : status.error().message;
}

// A rule of the fake account with a static and a JSONPath parameter for two of its pipelines.
Rule uploadRule(const Fixture &f)
{
    Rule r;
    r.name = "retrain-on-upload";
    r.description = "Retrain when a data set lands";
    r.eventPattern = R"({"source": ["aws.s3"], "detail-type": ["Object Created"]})";
    r.enabled = false;
    r.roleArn = role;
    r.tags.insert("team", "ml");
    RuleTarget first;
    first.id = "train";
    first.pipelineArn = f.cloud.pipelineArn("pipeline-0");
    first.parameters = {{"InstanceType", "ml.c5.xlarge", false}};
    RuleTarget second;
    second.id = "evaluate";
    second.pipelineArn = f.cloud.pipelineArn("pipeline-1");
    second.parameters = {{"InstanceType", "$.detail.instance", true}};
    r.targets = {first, second};
    return r;
}

qint64 mirrorTargets(Fixture &f, const QString &rule)
{
    return f.count("SELECT COUNT(*) FROM rule_targets t JOIN rules r ON r.arn = t.rule_arn WHERE r.name = '" + rule +
                   "'");
}

QStringList operations(const Fixture &f)
{
    QStringList sent;
    for (const PdTest::FakeRequest &request : f.server.requests())
        sent.append(PdTest::FakeCloud::operationOf(request));
    return sent;
}

} // namespace

class TestCloudRuleActions : public QObject
{
    Q_OBJECT

private slots:
    void createPutsTheRuleThenItsTargetsAndReadsThemBack()
    {
        Fixture f;
        f.cloud.addPipelines(2, 1);
        const QString account = f.connectAndSync();
        const int before = int(f.server.requests().size());
        QString arn;
        const Status s = f.wait(f.actions->createRule(account, uploadRule(f)), &arn);
        QVERIFY2(s.ok(), qPrintable(message(s)));
        QCOMPARE(arn, "arn:aws:events:us-east-1:444444444444:rule/retrain-on-upload");

        // Asked first whether the name is taken, then PutRule, then PutTargets; then the read back.
        const QStringList sent = operations(f).mid(before);
        QCOMPARE(sent.mid(0, 3), (QStringList{"DescribeRule", "PutRule", "PutTargets"}));
        QVERIFY(sent.contains("ListRules"));
        QCOMPARE(f.cloud.putRules.size(), 1);
        const QJsonObject expectedRule{
            {"Name", "retrain-on-upload"},
            {"EventBusName", "default"},
            {"State", "DISABLED"},
            {"Description", "Retrain when a data set lands"},
            {"EventPattern", R"({"detail-type":["Object Created"],"source":["aws.s3"]})"},
            {"RoleArn", role},
            {"Tags", QJsonArray{QJsonObject{{"Key", "team"}, {"Value", "ml"}}}},
        };
        QCOMPARE(QJsonObject(f.cloud.putRules.at(0)).keys(), expectedRule.keys());
        for (const QString &key : expectedRule.keys()) {
            if (key == "EventPattern")
                QCOMPARE(QJsonDocument::fromJson(f.cloud.putRules.at(0).value(key).toString().toUtf8()),
                         QJsonDocument::fromJson(expectedRule.value(key).toString().toUtf8()));
            else
                QCOMPARE(f.cloud.putRules.at(0).value(key), expectedRule.value(key));
        }
        QCOMPARE(f.cloud.putTargets.size(), 1);
        const QJsonObject expectedTargets{
            {"Rule", "retrain-on-upload"},
            {"EventBusName", "default"},
            {"Targets",
             QJsonArray{QJsonObject{{"Id", "train"},
                                    {"Arn", f.cloud.pipelineArn("pipeline-0")},
                                    {"RoleArn", role},
                                    {"SageMakerPipelineParameters",
                                     QJsonObject{{"PipelineParameterList",
                                                  QJsonArray{QJsonObject{{"Name", "InstanceType"},
                                                                         {"Value", "ml.c5.xlarge"}}}}}}},
                        QJsonObject{{"Id", "evaluate"},
                                    {"Arn", f.cloud.pipelineArn("pipeline-1")},
                                    {"RoleArn", role},
                                    {"SageMakerPipelineParameters",
                                     QJsonObject{{"PipelineParameterList",
                                                  QJsonArray{QJsonObject{{"Name", "InstanceType"},
                                                                         {"Value", "$.detail.instance"}}}}}}}}},
        };
        QCOMPARE(f.cloud.putTargets.at(0), expectedTargets);
        // Every request signed with the profile's keys.
        for (const PdTest::FakeRequest &request : f.server.requests()) {
            const auto check = PdTest::FakeAwsServer::checkSignature(request, PdTest::fakeKeys());
            QVERIFY2(check.ok, qPrintable(check.why));
        }

        // The mirror holds what the cloud answered.
        auto mirrored = f.workspace->rules().rule(account, "retrain-on-upload");
        QVERIFY2(mirrored, qPrintable(mirrored ? QString() : mirrored.error().message));
        QVERIFY(!mirrored->enabled);
        QCOMPARE(mirrored->description, "Retrain when a data set lands");
        QCOMPARE(mirrored->targets.size(), 2);
        QCOMPARE(mirrored->targets.at(1).parameters.at(0).dynamic, true);
    }

    void createRefusesANameTheCloudHas()
    {
        Fixture f;
        f.cloud.addPipelines(2, 1);
        f.cloud.addRule("retrain-on-upload", R"({"source":["aws.s3"]})", 1);
        const QString account = f.connectAndSync();
        const Status s = f.wait(f.actions->createRule(account, uploadRule(f)));
        QVERIFY(!s.ok());
        QCOMPARE(s.error().code, Error::Code::Conflict);
        QCOMPARE(s.error().exitCode(), 2);
        QVERIFY2(s.error().message.contains("already exists"), qPrintable(s.error().message));
        QVERIFY(f.cloud.putRules.isEmpty());
        QVERIFY(f.cloud.putTargets.isEmpty());
    }

    void badInputIsRefusedBeforeAnyRequestAsLocally_data()
    {
        QTest::addColumn<QString>("what");
        QTest::newRow("name") << "name";
        QTest::newRow("pattern and schedule") << "both";
        QTest::newRow("pattern") << "pattern";
        QTest::newRow("schedule on a custom bus") << "bus";
        QTest::newRow("six targets") << "targets";
        QTest::newRow("target ARN") << "arn";
        QTest::newRow("JSONPath") << "path";
        QTest::newRow("tag") << "tag";
    }

    void badInputIsRefusedBeforeAnyRequestAsLocally()
    {
        QFETCH(QString, what);
        Fixture f;
        f.cloud.addPipelines(2, 1);
        const QString account = f.connectAndSync();
        Rule r = uploadRule(f);
        if (what == "name")
            r.name = "no spaces";
        else if (what == "both")
            r.scheduleExpression = "rate(1 hour)";
        else if (what == "pattern")
            r.eventPattern = R"({"source": "aws.s3"})";
        else if (what == "bus") {
            r.eventPattern.clear();
            r.scheduleExpression = "rate(1 hour)";
            r.eventBus = "orders";
        } else if (what == "targets") {
            for (int i = 0; i < 4; ++i) {
                RuleTarget more = r.targets.at(0);
                more.id = QString("more-%1").arg(i);
                r.targets.append(more);
            }
        } else if (what == "arn")
            r.targets[1].pipelineArn = "arn:aws:lambda:us-east-1:444444444444:function:f";
        else if (what == "path")
            r.targets[1].parameters[0].value = "detail.instance";
        else if (what == "tag")
            r.tags.insert("aws:reserved", "x");
        const int before = int(f.server.requests().size());
        const Status s = f.wait(f.actions->createRule(account, r));
        QVERIFY(!s.ok());
        QCOMPARE(s.error().exitCode(), 2);
        QCOMPARE(int(f.server.requests().size()), before);
        // The same words as the local service gives for the same rule (its targets, the same
        // shapes, in a local account).
        Rule local = r;
        for (RuleTarget &t : local.targets)
            t.pipelineArn.replace("444444444444", localTest);
        const auto refused = f.workspace->rules().createRule(localTest, local);
        QVERIFY(!refused);
        QCOMPARE(s.error().message, QString(refused.error().message).replace(localTest, "444444444444"));
        QCOMPARE(s.error().field, refused.error().field);

        // put-rule is checked the same way (it takes no targets), and put-targets.
        if (what == "targets" || what == "arn" || what == "path") {
            const Status put = f.wait(f.actions->putTargets(account, "retrain-on-upload", QString(), r.targets));
            QVERIFY(!put.ok());
            QCOMPARE(put.error().exitCode(), 2);
            if (what != "targets") // put-targets counts the rule's targets with them
                QCOMPARE(put.error().message, s.error().message);
        } else {
            QCOMPARE(message(f.wait(f.actions->putRule(account, r))), s.error().message);
        }
        QCOMPARE(int(f.server.requests().size()), before);
    }

    void updateReplacesTheRuleAndOnlyTheTargetsThatChanged()
    {
        Fixture f;
        f.cloud.addPipelines(2, 1);
        f.cloud.addRule("retrain-on-upload", R"({"source":["aws.s3"]})", 2);
        const QString account = f.connectAndSync();
        auto original = f.workspace->rules().rule(account, "retrain-on-upload");
        QVERIFY(original);
        QCOMPARE(original->targets.size(), 2);
        Rule changed = original.value();
        changed.description = "now with a description";
        changed.targets.removeLast();                                               // target-1 goes
        changed.targets[0].parameters = {{"InstanceType", "ml.p3.2xlarge", false}}; // target-0 changes
        QString arn;
        const Status s = f.wait(f.actions->updateRule(account, original->arn, changed), &arn);
        QVERIFY2(s.ok(), qPrintable(message(s)));
        QCOMPARE(arn, original->arn);
        QCOMPARE(f.cloud.calls.value("DescribeRule"), 0); // an update is no create
        QCOMPARE(f.cloud.putRules.size(), 1);
        QCOMPARE(f.cloud.putRules.at(0)["Description"].toString(), "now with a description");
        QCOMPARE(f.cloud.calls.value("RemoveTargets"), 1);
        QCOMPARE(f.cloud.putTargets.size(), 1);
        const QJsonArray put = f.cloud.putTargets.at(0)["Targets"].toArray();
        QCOMPARE(put.size(), 1);
        QCOMPARE(put.at(0)["Id"].toString(), "target-0");
        QCOMPARE(put.at(0)["SageMakerPipelineParameters"]["PipelineParameterList"][0]["Value"].toString(),
                 "ml.p3.2xlarge");
        auto mirrored = f.workspace->rules().rule(account, "retrain-on-upload");
        QCOMPARE(mirrored->description, "now with a description");
        QCOMPARE(mirrored->targets.size(), 1);
        QCOMPARE(mirrored->targets.at(0).parameters.at(0).value, "ml.p3.2xlarge");

        // EventBridge cannot rename a rule: refused before any request.
        const int before = int(f.server.requests().size());
        Rule renamed = mirrored.value();
        renamed.name = "another-name";
        const Status refused = f.wait(f.actions->updateRule(account, mirrored->arn, renamed));
        QVERIFY(!refused.ok());
        QCOMPARE(refused.error().exitCode(), 2);
        QVERIFY2(refused.error().message.contains("cannot rename"), qPrintable(refused.error().message));
        QCOMPARE(int(f.server.requests().size()), before);
    }

    void putRuleKeepsTheTargets()
    {
        Fixture f;
        f.cloud.addPipelines(2, 1);
        f.cloud.addRule("retrain-on-upload", R"({"source":["aws.s3"]})", 2);
        const QString account = f.connectAndSync();
        Rule r;
        r.name = "retrain-on-upload";
        r.scheduleExpression = "rate(6 hours)";
        QVERIFY(f.wait(f.actions->putRule(account, r)).ok());
        QCOMPARE(f.cloud.putRules.size(), 1);
        QCOMPARE(f.cloud.putRules.at(0)["ScheduleExpression"].toString(), "rate(6 hours)");
        QVERIFY(!f.cloud.putRules.at(0).contains("EventPattern"));
        QCOMPARE(f.cloud.calls.value("PutTargets"), 0);
        QCOMPARE(f.cloud.calls.value("RemoveTargets"), 0);
        auto mirrored = f.workspace->rules().rule(account, "retrain-on-upload");
        QCOMPARE(mirrored->scheduleExpression, "rate(6 hours)");
        QCOMPARE(mirrored->targets.size(), 2);
    }

    void aFailedTargetIsNamedWithTheCloudsWords()
    {
        Fixture f;
        f.cloud.addPipelines(2, 1);
        f.cloud.addRule("retrain-on-upload", R"({"source":["aws.s3"]})", 0);
        const QString account = f.connectAndSync();
        f.cloud.refusedTargets.insert("evaluate", "RoleArn is not valid for this target.");
        const QList<RuleTarget> targets = uploadRule(f).targets;
        const Status s = f.wait(f.actions->putTargets(account, "retrain-on-upload", QString(), targets));
        QVERIFY(!s.ok());
        QCOMPARE(s.error().exitCode(), 2);
        QVERIFY2(s.error().message.contains("evaluate") &&
                     s.error().message.contains("RoleArn is not valid for this target.") &&
                     s.error().message.contains("ValidationException"),
                 qPrintable(s.error().message));
        QVERIFY(!s.error().message.contains("train:"));
        // What the cloud did put is read back; what it did not is not in the mirror.
        QCOMPARE(mirrorTargets(f, "retrain-on-upload"), 1);
        QCOMPARE(f.workspace->rules().rule(account, "retrain-on-upload")->targets.at(0).id, "train");
    }

    void aRuleWhoseTargetsFailSaysItExistsWithoutThem()
    {
        Fixture f;
        f.cloud.addPipelines(2, 1);
        const QString account = f.connectAndSync();
        f.cloud.overrides.insert("PutTargets", FakeAnswer::jsonError(400, "AccessDeniedException",
                                                                     "User is not authorized to perform: "
                                                                     "events:PutTargets",
                                                                     "req-targets-1"));
        QString arn;
        const Status s = f.wait(f.actions->createRule(account, uploadRule(f)), &arn);
        QVERIFY(!s.ok());
        QCOMPARE(s.error().exitCode(), 3);
        QVERIFY2(s.error().message.contains("was saved in the cloud") &&
                     s.error().message.contains("events:PutTargets"),
                 qPrintable(s.error().message));
        // The rule is there, read back, without targets.
        QCOMPARE(arn, "arn:aws:events:us-east-1:444444444444:rule/retrain-on-upload");
        auto mirrored = f.workspace->rules().rule(account, "retrain-on-upload");
        QVERIFY(mirrored);
        QVERIFY(mirrored->targets.isEmpty());
    }

    void aRefusalLeavesTheMirrorAsItWas()
    {
        Fixture f;
        f.cloud.addPipelines(2, 1);
        f.cloud.addRule("retrain-on-upload", R"({"source":["aws.s3"]})", 2);
        const QString account = f.connectAndSync();
        const qint64 changes = f.workspace->database().changeCount();
        const int lists = f.cloud.calls.value("ListRules");
        f.cloud.overrides.insert("PutRule", FakeAnswer::jsonError(400, "AccessDeniedException",
                                                                  "User is not authorized to perform: events:PutRule",
                                                                  "req-rule-9"));
        auto original = f.workspace->rules().rule(account, "retrain-on-upload");
        Rule changed = original.value();
        changed.description = "never written";
        changed.targets.clear();
        const Status s = f.wait(f.actions->updateRule(account, original->arn, changed));
        QVERIFY(!s.ok());
        QCOMPARE(s.error().exitCode(), 3);
        QVERIFY(s.error().message.contains("req-rule-9"));
        // Nothing after the refused PutRule, and nothing written here.
        QCOMPARE(f.cloud.calls.value("RemoveTargets"), 0);
        QCOMPARE(f.cloud.calls.value("ListRules"), lists); // no read back
        QCOMPARE(f.workspace->database().changeCount(), changes);
        QCOMPARE(mirrorTargets(f, "retrain-on-upload"), 2);

        f.cloud.overrides.clear();
        f.cloud.overrides.insert("RemoveTargets",
                                 FakeAnswer::jsonError(400, "AccessDeniedException",
                                                       "User is not authorized to perform: events:RemoveTargets"));
        const Status removed = f.wait(f.actions->removeTargets(account, "retrain-on-upload", QString(), {"target-0"}));
        QVERIFY(!removed.ok());
        QVERIFY(removed.error().message.contains("events:RemoveTargets"));
        QCOMPARE(f.workspace->database().changeCount(), changes);
    }

    void removeTargetsInTheCloud()
    {
        Fixture f;
        f.cloud.addPipelines(2, 1);
        f.cloud.addRule("retrain-on-upload", R"({"source":["aws.s3"]})", 2);
        const QString account = f.connectAndSync();
        const QString arn = f.workspace->rules().rule(account, "retrain-on-upload")->arn;
        // By ARN, as the pages name it.
        QVERIFY(f.wait(f.actions->removeTargets(account, arn, QString(), {"target-1"})).ok());
        QCOMPARE(f.cloud.ruleTargets.value("retrain-on-upload").size(), 1);
        QCOMPARE(mirrorTargets(f, "retrain-on-upload"), 1);
        const PdTest::FakeRequest &request = f.server.requests().at(operations(f).lastIndexOf("RemoveTargets"));
        const QJsonObject body = QJsonDocument::fromJson(request.body).object();
        QCOMPARE(
            body,
            (QJsonObject{{"Rule", "retrain-on-upload"}, {"EventBusName", "default"}, {"Ids", QJsonArray{"target-1"}}}));
    }

    void eventsArePutInTheCloudWithEachEntrysAnswer()
    {
        Fixture f;
        const QString account = f.connect();
        PutEventsEntry good;
        good.source = "custom.monitoring";
        good.detailType = "Model Alarm";
        good.detail = R"({"model":"abalone"})";
        good.resources = {"arn:aws:sagemaker:us-east-1:444444444444:pipeline/pipeline-0"};
        good.time = "2026-11-23T12:00:00Z";
        good.eventBusName = "default";
        PutEventsEntry bad = good;
        bad.detail = "[1, 2]";
        bad.resources.clear();
        bad.time.clear();
        bad.eventBusName.clear();
        auto *job = f.actions->putEvents(account, {good, bad});
        job->setAutoDelete(false);
        QSignalSpy finished(job, &CloudJob::finished);
        QVERIFY(finished.wait(10000));
        QVERIFY2(job->status().ok(), qPrintable(message(job->status())));
        // Failed entries are in the answer, as PutEvents answers; the call itself succeeded.
        QCOMPARE(job->answer()["FailedEntryCount"].toInt(), 1);
        QCOMPARE(job->answer()["Entries"][0]["EventId"].toString(), "event-1-0");
        QCOMPARE(job->answer()["Entries"][1]["ErrorCode"].toString(), "MalformedDetail");
        delete job;
        QCOMPARE(f.cloud.putEvents.size(), 1);
        const QJsonObject expected{
            {"Entries",
             QJsonArray{
                 QJsonObject{{"Source", "custom.monitoring"},
                             {"DetailType", "Model Alarm"},
                             {"Detail", R"({"model":"abalone"})"},
                             {"Resources", QJsonArray{"arn:aws:sagemaker:us-east-1:444444444444:pipeline/pipeline-0"}},
                             {"Time", 1795435200},
                             {"EventBusName", "default"}},
                 QJsonObject{{"Source", "custom.monitoring"}, {"DetailType", "Model Alarm"}, {"Detail", "[1, 2]"}}}}};
        QCOMPARE(f.cloud.putEvents.at(0), expected);
        // Nothing to read back: events change no rule.
        QCOMPARE(f.cloud.calls.value("ListRules"), 0);

        // More than one call's worth: refused before any request, as the local bus refuses it.
        const int before = int(f.server.requests().size());
        const QList<PutEventsEntry> eleven(11, good);
        const Status tooMany = f.wait(f.actions->putEvents(account, eleven));
        QVERIFY(!tooMany.ok());
        QCOMPARE(tooMany.error().exitCode(), 2);
        QCOMPARE(tooMany.error().message, f.workspace->rules().putEvents(localTest, eleven).error().message);
        QCOMPARE(int(f.server.requests().size()), before);
    }

    void aLocalAccountIsChangedByTheServiceWithoutARequest()
    {
        Fixture f;
        const QList<Rule> demo = f.workspace->rules().rules(localTest).value();
        for (const Rule &r : demo)
            QVERIFY(f.workspace->rules().deleteRule(localTest, r.name, r.eventBus, true));
        Rule r;
        r.name = "on-model-alarm";
        r.eventPattern = R"({"source":["custom.monitoring"]})";
        RuleTarget retrain;
        retrain.id = "retrain";
        retrain.pipelineArn = "arn:aws:sagemaker:us-east-1:222222222222:pipeline/serial-inference-pipeline";
        r.targets = {retrain};
        QString arn;
        QVERIFY(f.wait(f.actions->createRule(localTest, r), &arn).ok());
        QCOMPARE(arn, f.workspace->rules().rule(localTest, "on-model-alarm")->arn);
        r.description = "changed";
        QVERIFY(f.wait(f.actions->updateRule(localTest, arn, r)).ok());
        QCOMPARE(f.workspace->rules().rule(localTest, "on-model-alarm")->description, "changed");
        // The service's own refusal, as ever.
        const Status taken = f.wait(f.actions->createRule(localTest, r));
        QCOMPARE(taken.error().code, Error::Code::Conflict);
        RuleTarget second = retrain;
        second.id = "second";
        QVERIFY(f.wait(f.actions->putTargets(localTest, "on-model-alarm", QString(), {second})).ok());
        QCOMPARE(f.workspace->rules().rule(localTest, "on-model-alarm")->targets.size(), 2);
        QVERIFY(f.wait(f.actions->removeTargets(localTest, "on-model-alarm", QString(), {"retrain"})).ok());
        QCOMPARE(f.workspace->rules().rule(localTest, "on-model-alarm")->targets.size(), 1);
        Rule put;
        put.name = "on-model-alarm";
        put.eventPattern = R"({"source":["custom.other"]})";
        QVERIFY(f.wait(f.actions->putRule(localTest, put)).ok());
        QCOMPARE(f.workspace->rules().rule(localTest, "on-model-alarm")->targets.size(), 1);
        PutEventsEntry event;
        event.source = "custom.other";
        event.detailType = "x";
        event.detail = "{}";
        auto *job = f.actions->putEvents(localTest, {event});
        job->setAutoDelete(false);
        QSignalSpy finished(job, &CloudJob::finished);
        QVERIFY(finished.wait(10000));
        QVERIFY(job->status().ok());
        QCOMPARE(job->answer()["FailedEntryCount"].toInt(), 0);
        QVERIFY(!job->answer()["Entries"][0]["EventId"].toString().isEmpty());
        delete job;
        QCOMPARE(f.server.requests().size(), 0);
    }
};

QTEST_GUILESS_MAIN(TestCloudRuleActions)
#include "tst_cloudruleactions.moc"
