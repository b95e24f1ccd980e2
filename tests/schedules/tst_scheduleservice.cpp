// ScheduleService: every range limit of the issue, names, the rules between fields, enable /
// disable / delete, list filters, orphans, macros and display names, and the CLI's exit codes.
// Test tables are clearer with plain literals; production code keeps the strict cast rules.
#undef QT_NO_CAST_FROM_ASCII
#include "store/auditlog.h"
#include "testworkspace.h"

#include "accounts/accountstore.h"
#include "pipelines/pipelineservice.h"
#include "pipelines/pipelinestore.h"
#include "schedules/scheduleservice.h"
#include "store/database.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSignalSpy>

using namespace Pd;

namespace {
const QString dev = QStringLiteral("111111111111");
const QString test = QStringLiteral("222222222222");
const QString serial = QStringLiteral("serial-inference-pipeline");
const QString serialArn = QStringLiteral("arn:aws:sagemaker:us-east-1:222222222222:pipeline/serial-inference-pipeline");

ScheduleInput basic(const QString &name, const QString &expression = QStringLiteral("rate(1 hour)"))
{
    ScheduleInput input;
    input.name = name;
    input.expression = expression;
    input.targetPipeline = serial;
    return input;
}
} // namespace

class TestScheduleService : public QObject
{
    Q_OBJECT

private slots:
    void ranges_data();
    void ranges();
    void defaults();
    void uniqueInGroup();
    void enableDisableDelete();
    void enablingDoesNotCatchUpTheDisabledTime();
    void listFilters();
    void orphanedWhenPipelineDeleted();
    void macrosAndDisplayNames_data();
    void macrosAndDisplayNames();
    void parametersAreValidated();
    void permissionOfTheTarget();
    void updateKeepsUnsetFields();
    void signalsAndAudit();
    void cliExitCodes_data();
    void cliExitCodes();
    void cliTriggersAndJsonShapes();
};

void TestScheduleService::ranges_data()
{
    QTest::addColumn<QString>("field");
    QTest::addColumn<QString>("value");
    QTest::addColumn<bool>("ok");

    QTest::newRow("name 0 chars") << "name" << "" << false;
    QTest::newRow("name 1 char") << "name" << "a" << true;
    QTest::newRow("name 64 chars") << "name" << QString(64, QLatin1Char('n')) << true;
    QTest::newRow("name 65 chars") << "name" << QString(65, QLatin1Char('n')) << false;
    QTest::newRow("name all allowed") << "name" << "Az09-_." << true;
    QTest::newRow("name space") << "name" << "a b" << false;
    QTest::newRow("name slash") << "name" << "a/b" << false;
    QTest::newRow("name hangul") << "name" << "일정" << false;
    QTest::newRow("group 64") << "group" << QString(64, QLatin1Char('g')) << true;
    QTest::newRow("group 65") << "group" << QString(65, QLatin1Char('g')) << false;
    QTest::newRow("flexible OFF") << "flexible-window" << "0" << true;
    QTest::newRow("flexible 1") << "flexible-window" << "1" << true;
    QTest::newRow("flexible 1440") << "flexible-window" << "1440" << true;
    QTest::newRow("flexible 1441") << "flexible-window" << "1441" << false;
    QTest::newRow("flexible -1") << "flexible-window" << "-1" << false;
    QTest::newRow("retries -1") << "max-retries" << "-1" << false;
    QTest::newRow("retries 0") << "max-retries" << "0" << true;
    QTest::newRow("retries 185") << "max-retries" << "185" << true;
    QTest::newRow("retries 186") << "max-retries" << "186" << false;
    QTest::newRow("age 59") << "max-event-age" << "59" << false;
    QTest::newRow("age 60") << "max-event-age" << "60" << true;
    QTest::newRow("age 86400") << "max-event-age" << "86400" << true;
    QTest::newRow("age 86401") << "max-event-age" << "86401" << false;
    QTest::newRow("expression bad") << "expression" << "rate(0 minutes)" << false;
    QTest::newRow("DELETE on rate without end") << "action-after-completion" << "rate" << false;
    QTest::newRow("DELETE on rate with end") << "action-after-completion" << "rate+end" << true;
    QTest::newRow("DELETE on at") << "action-after-completion" << "at" << true;
    QTest::newRow("end before start") << "end" << "before" << false;
}

void TestScheduleService::ranges()
{
    QFETCH(QString, field);
    QFETCH(QString, value);
    QFETCH(bool, ok);
    PdTest::TestWorkspace ws;
    ScheduleInput input = basic(QStringLiteral("s1"));
    if (field == "name")
        input.name = value;
    else if (field == "group")
        input.groupName = value;
    else if (field == "flexible-window")
        input.flexibleWindowMinutes = value.toInt();
    else if (field == "max-retries")
        input.maxRetries = value.toInt();
    else if (field == "max-event-age")
        input.maxEventAgeSeconds = value.toInt();
    else if (field == "expression")
        input.expression = value;
    else if (field == "end") {
        input.startTime = PdTest::demoNow().toMSecsSinceEpoch();
        input.endTime = input.startTime.value() - 1000;
    } else if (field == "action-after-completion") {
        input.actionAfterCompletion = ActionAfterCompletion::Delete;
        if (value == "rate+end")
            input.endTime = PdTest::demoNow().addDays(1).toMSecsSinceEpoch();
        if (value == "at")
            input.expression = QStringLiteral("at(2026-12-01T00:00:00)");
    }
    auto created = ws->schedules().create(test, input);
    QCOMPARE(created.ok(), ok);
    if (!ok) {
        QCOMPARE(created.error().code, Error::Code::InvalidInput);
        QCOMPARE(created.error().field, field);
        // The message names the field so a user knows what to fix.
        QVERIFY2(created.error().message.startsWith(field + QLatin1Char(':')) || field == "expression",
                 qPrintable(created.error().message));
    }
}

void TestScheduleService::defaults()
{
    PdTest::TestWorkspace ws;
    auto created = ws->schedules().create(test, basic(QStringLiteral("d")));
    QVERIFY2(created, qPrintable(created.error().message));
    QCOMPARE(created->arn, QStringLiteral("arn:aws:scheduler:us-east-1:222222222222:schedule/default/d"));
    QCOMPARE(created->groupName, QStringLiteral("default"));
    QCOMPARE(created->timeZone, QStringLiteral("UTC"));
    QVERIFY(created->enabled);
    QCOMPARE(created->missedPolicy, MissedPolicy::Once);
    QCOMPARE(created->overlapPolicy, OverlapPolicy::Allow);
    QCOMPARE(created->maxRetries, 185);
    QCOMPARE(created->maxEventAgeSeconds, 86400);
    QCOMPARE(created->flexibleWindowMinutes, 0);
    QCOMPARE(created->actionAfterCompletion, ActionAfterCompletion::None);
    QCOMPARE(created->targetPipelineArn, serialArn);
    auto described = ws->schedules().describe(test, QStringLiteral("d"));
    QVERIFY(described);
    QCOMPARE(described->createdAt, PdTest::demoNow().toMSecsSinceEpoch());
}

void TestScheduleService::uniqueInGroup()
{
    PdTest::TestWorkspace ws;
    QVERIFY(ws->schedules().create(test, basic(QStringLiteral("same"))));
    auto again = ws->schedules().create(test, basic(QStringLiteral("same")));
    QVERIFY(!again);
    QCOMPARE(again.error().code, Error::Code::Conflict);
    ScheduleInput other = basic(QStringLiteral("same"));
    other.groupName = QStringLiteral("nightly");
    QVERIFY(ws->schedules().create(test, other));
    QCOMPARE(ws->schedules().list(test)->size(), 2);
}

void TestScheduleService::enableDisableDelete()
{
    PdTest::TestWorkspace ws;
    auto &service = ws->schedules();
    QVERIFY(service.create(test, basic(QStringLiteral("x"))));
    // Azure ML's rule: an enabled schedule is not deleted.
    const Status refused = service.remove(test, QStringLiteral("x"));
    QVERIFY(!refused);
    QCOMPARE(refused.error().code, Error::Code::Conflict);
    QVERIFY(refused.error().message.contains("disable"));
    QVERIFY(service.describe(test, QStringLiteral("x")));

    auto disabled = service.setEnabled(test, QStringLiteral("x"), {}, false);
    QVERIFY(disabled);
    QVERIFY(!disabled->enabled);
    QVERIFY(service.remove(test, QStringLiteral("x")));
    QCOMPARE(service.describe(test, QStringLiteral("x")).error().code, Error::Code::NotFound);

    QVERIFY(service.create(test, basic(QStringLiteral("y"))));
    auto run = service.runNow(test, QStringLiteral("y"));
    QVERIFY(run);
    QVERIFY(service.disableAndRemove(test, QStringLiteral("y")));
    QCOMPARE(service.describe(test, QStringLiteral("y")).error().code, Error::Code::NotFound);
    // Triggered executions stay.
    QVERIFY(ws->pipelines().describeExecution(test, run->executionArn));
    // Another account does not see or delete it.
    QVERIFY(service.create(test, basic(QStringLiteral("z"))));
    QCOMPARE(service.describe(dev, QStringLiteral("arn:aws:scheduler:us-east-1:222222222222:schedule/default/z"))
                 .error()
                 .code,
             Error::Code::NotFound);
}

void TestScheduleService::enablingDoesNotCatchUpTheDisabledTime()
{
    PdTest::TestWorkspace ws;
    ScheduleInput input = basic(QStringLiteral("e"));
    input.enabled = false;
    QVERIFY(ws->schedules().create(test, input));
    ws.clock.advance(3 * 3600 * 1000);
    auto enabled = ws->schedules().setEnabled(test, QStringLiteral("e"), {}, true);
    QVERIFY(enabled);
    QCOMPARE(enabled->plannedThrough, ws.clock.nowMs());
}

void TestScheduleService::listFilters()
{
    PdTest::TestWorkspace ws;
    auto &service = ws->schedules();
    ScheduleInput a = basic(QStringLiteral("a"));
    a.groupName = QStringLiteral("g1");
    ScheduleInput b = basic(QStringLiteral("b"));
    b.enabled = false;
    QVERIFY(service.create(test, a));
    QVERIFY(service.create(test, b));
    auto names = [&](const ScheduleListFilter &filter) {
        QStringList result;
        const auto listed = service.list(test, filter);
        for (const PipelineSchedule &s : listed.value())
            result << s.name;
        return result.join(',');
    };
    QCOMPARE(names({}), QStringLiteral("b,a")); // by group, then name: "default" < "g1"
    ScheduleListFilter byGroup;
    byGroup.groupName = QStringLiteral("g1");
    QCOMPARE(names(byGroup), QStringLiteral("a"));
    ScheduleListFilter byState;
    byState.enabled = false;
    QCOMPARE(names(byState), QStringLiteral("b"));
    ScheduleListFilter byPipeline;
    byPipeline.targetPipeline = serial;
    QCOMPARE(names(byPipeline), QStringLiteral("b,a"));
    byPipeline.targetPipeline = QStringLiteral("arn:aws:sagemaker:us-east-1:222222222222:pipeline/other");
    QCOMPARE(names(byPipeline), QString());
    QCOMPARE(service.list(dev)->size(), 0);
}

void TestScheduleService::orphanedWhenPipelineDeleted()
{
    PdTest::TestWorkspace ws;
    QVERIFY(ws->schedules().create(test, basic(QStringLiteral("o"))));
    QVERIFY(!ws->schedules().describe(test, QStringLiteral("o"))->orphaned);
    auto refs = ws->pipelines().references(test, serial);
    QVERIFY(refs);
    QVERIFY(refs->schedules.contains(QStringLiteral("o")));
    QVERIFY(ws->pipelines().deletePipeline(test, serial));
    QVERIFY(ws->schedules().describe(test, QStringLiteral("o"))->orphaned);
    QCOMPARE(ws->schedules().orphaned(test)->size(), 1);
    // Clean-up: disable and delete works on an orphan.
    QVERIFY(ws->schedules().disableAndRemove(test, QStringLiteral("o")));
}

void TestScheduleService::macrosAndDisplayNames_data()
{
    QTest::addColumn<QString>("schedule");
    QTest::addColumn<QDateTime>("slot");
    QTest::addColumn<QString>("value");
    QTest::addColumn<QString>("displayName");
    QTest::addColumn<QString>("expanded");

    const QDateTime slot(QDate(2026, 11, 23), QTime(9, 5, 7), Qt::UTC);
    QTest::newRow("name") << "nightly" << slot << "s3://b/${{name}}/in" << "nightly-20261123T090507Z"
                          << "s3://b/nightly-20261123T090507Z/in";
    QTest::newRow("trigger time") << "n" << slot << "${{creation_context.trigger_time}}" << "n-20261123T090507Z"
                                  << "2026-11-23T09:05:07Z";
    QTest::newRow("both twice") << "a.b_c" << slot << "${{name}}|${{name}}|${{creation_context.trigger_time}}"
                                << "a.b_c-20261123T090507Z"
                                << "a.b_c-20261123T090507Z|a.b_c-20261123T090507Z|2026-11-23T09:05:07Z";
    QTest::newRow("unknown macro kept") << "n" << slot << "${{other}}" << "n-20261123T090507Z" << "${{other}}";
    QTest::newRow("milliseconds dropped") << "n" << slot.addMSecs(999) << "x" << "n-20261123T090507Z" << "x";
}

void TestScheduleService::macrosAndDisplayNames()
{
    QFETCH(QString, schedule);
    QFETCH(QDateTime, slot);
    QFETCH(QString, value);
    QFETCH(QString, displayName);
    QFETCH(QString, expanded);
    QCOMPARE(firingDisplayName(schedule, slot.toMSecsSinceEpoch()), displayName);
    const auto result = expandParameterMacros({{QStringLiteral("P"), value}}, displayName, slot.toMSecsSinceEpoch());
    QCOMPARE(result.constFirst().value, expanded);
}

void TestScheduleService::parametersAreValidated()
{
    PdTest::TestWorkspace ws;
    ScheduleInput input = basic(QStringLiteral("p"));
    input.parameters = QList<ExecutionParameter>{{QStringLiteral("NoSuchParameter"), QStringLiteral("1")}};
    auto created = ws->schedules().create(test, input);
    QVERIFY(!created);
    QCOMPARE(created.error().code, Error::Code::InvalidInput);
    QCOMPARE(created.error().field, QStringLiteral("parameter"));
    input.parameters = QList<ExecutionParameter>{{QStringLiteral("InputData"), QStringLiteral("s3://x/${{name}}")}};
    QVERIFY(ws->schedules().create(test, input));
}

void TestScheduleService::permissionOfTheTarget()
{
    PdTest::TestWorkspace ws;
    // dev may read the demo pipeline (shared read-only) but not start it.
    ScheduleInput input = basic(QStringLiteral("p"));
    input.targetPipeline = serialArn;
    auto created = ws->schedules().create(dev, input);
    QVERIFY(!created);
    QCOMPARE(created.error().code, Error::Code::PermissionDenied);
}

void TestScheduleService::updateKeepsUnsetFields()
{
    PdTest::TestWorkspace ws;
    ScheduleInput input = basic(QStringLiteral("u"));
    input.description = QStringLiteral("first");
    input.maxRetries = 3;
    QVERIFY(ws->schedules().create(test, input));
    ScheduleInput change;
    change.name = QStringLiteral("u");
    change.overlapPolicy = OverlapPolicy::Queue;
    ws.clock.advance(1000);
    auto updated = ws->schedules().update(test, change);
    QVERIFY2(updated, qPrintable(updated.error().message));
    QCOMPARE(updated->description, QStringLiteral("first"));
    QCOMPARE(updated->maxRetries, 3);
    QCOMPARE(updated->overlapPolicy, OverlapPolicy::Queue);
    QCOMPARE(updated->modifiedAt, ws.clock.nowMs());
    change.maxRetries = 186;
    QCOMPARE(ws->schedules().update(test, change).error().field, QStringLiteral("max-retries"));
    QCOMPARE(ws->schedules().describe(test, QStringLiteral("u"))->maxRetries, 3);
}

void TestScheduleService::signalsAndAudit()
{
    PdTest::TestWorkspace ws;
    QSignalSpy changed(&ws->schedules(), &ScheduleService::schedulesChanged);
    QSignalSpy fired(&ws->schedules(), &ScheduleService::firingsChanged);
    QVERIFY(ws->schedules().create(test, basic(QStringLiteral("s"))));
    QCOMPARE(changed.count(), 1);
    QCOMPARE(changed.at(0).at(0).toString(), test);
    QVERIFY(!ws->schedules().create(test, basic(QStringLiteral("s"))));
    QCOMPARE(changed.count(), 1);
    QVERIFY(ws->schedules().runNow(test, QStringLiteral("s")));
    QCOMPARE(fired.count(), 1);
    auto audit = AuditStore(ws->database()).latest(10);
    QVERIFY(audit);
    QStringList actions;
    for (const AuditEntry &e : audit.value())
        actions << e.action + QLatin1Char('/') + (e.outcome == "ok" ? "ok" : "failed");
    QVERIFY2(actions.contains("CreateSchedule/ok"), qPrintable(actions.join(' ')));
    QVERIFY2(actions.contains("CreateSchedule/failed"), qPrintable(actions.join(' ')));
    QVERIFY2(actions.contains("RunScheduleNow/ok"), qPrintable(actions.join(' ')));
}

void TestScheduleService::cliExitCodes_data()
{
    QTest::addColumn<QStringList>("arguments");
    QTest::addColumn<int>("exitCode");
    QTest::addColumn<QString>("stderrContains");

    const QStringList create = {"schedules", "create", "--name", "c", "--expression", "rate(1 hour)",
                                "--target-pipeline", serial};
    QTest::newRow("ok") << create << 0 << QString();
    QTest::newRow("max-retries 186") << (create + QStringList{"--max-retries", "186"}) << 2 << "max-retries";
    QTest::newRow("max-retries text") << (create + QStringList{"--max-retries", "many"}) << 2 << "max-retries";
    QTest::newRow("missed bad") << (create + QStringList{"--missed", "some"}) << 2 << "missed";
    QTest::newRow("overlap bad") << (create + QStringList{"--overlap", "merge"}) << 2 << "overlap";
    QTest::newRow("flexible OFF") << (create + QStringList{"--flexible-window", "OFF"}) << 0 << QString();
    QTest::newRow("flexible 1441") << (create + QStringList{"--flexible-window", "1441"}) << 2 << "flexible-window";
    QTest::newRow("start bad") << (create + QStringList{"--start", "tomorrow"}) << 2 << "start";
    QTest::newRow("not permitted") << (QStringList{"--identity", dev} + create.mid(0, 6)
                                       + QStringList{"--target-pipeline", serialArn})
                                   << 3 << QString();
    QTest::newRow("describe unknown") << QStringList{"schedules", "describe", "--name", "nope"} << 2 << "nope";
}

void TestScheduleService::cliExitCodes()
{
    QFETCH(QStringList, arguments);
    QFETCH(int, exitCode);
    QFETCH(QString, stderrContains);
    QTemporaryDir dir;
    const QString file = dir.filePath("w.sqlite");
    QStringList global = {"--workspace", file, "--demo"};
    if (!arguments.contains("--identity"))
        global << "--identity" << test;
    const auto result = PdTest::runCli(global + arguments);
    QCOMPARE(result.exitCode, exitCode);
    if (!stderrContains.isEmpty())
        QVERIFY2(result.err.contains(stderrContains), qPrintable(result.err));
    if (exitCode == 0)
        QVERIFY(result.out.startsWith("arn:aws:scheduler:"));
}

void TestScheduleService::cliTriggersAndJsonShapes()
{
    QTemporaryDir dir;
    const QStringList global = {"--workspace", dir.filePath("w.sqlite"), "--demo", "--identity", test};
    auto put = PdTest::runCli(global + QStringList{"pipelines", "put-triggers", "--pipeline-name", serial,
                                                   "--trigger-name", "t1", "--trigger-name", "t2", "--expression",
                                                   "rate(1 day)"});
    QCOMPARE(put.exitCode, 0);
    QCOMPARE(put.out.count("arn:aws:scheduler:"), 2);
    auto listed = PdTest::runCli(global + QStringList{"--json", "schedules", "list"});
    QCOMPARE(listed.exitCode, 0);
    const QJsonObject list = QJsonDocument::fromJson(listed.out.toUtf8()).object();
    QCOMPARE(list.value("Schedules").toArray().size(), 2);
    const QJsonObject first = list.value("Schedules").toArray().at(0).toObject();
    QCOMPARE(first.value("Name").toString(), "t1");
    QCOMPARE(first.value("State").toString(), "ENABLED");
    QCOMPARE(first.value("Target").toObject().value("Arn").toString(), serialArn);
    auto described = PdTest::runCli(global + QStringList{"pipelines", "describe-trigger", "--trigger-name", "t2"});
    QCOMPARE(described.exitCode, 0);
    QCOMPARE(QJsonDocument::fromJson(described.out.toUtf8()).object().value("Schedule_Expression").toString(),
             "rate(1 day)");
    auto run = PdTest::runCli(global + QStringList{"schedules", "run-now", "--name", "t1"});
    QCOMPARE(run.exitCode, 0);
    auto history = PdTest::runCli(global + QStringList{"--json", "schedules", "history", "--name", "t1"});
    const QJsonArray firings = QJsonDocument::fromJson(history.out.toUtf8()).object().value("Firings").toArray();
    QCOMPARE(firings.size(), 1);
    QCOMPARE(firings.at(0).toObject().value("Outcome").toString(), "STARTED");
    QVERIFY(firings.at(0).toObject().value("Manual").toBool());
    QCOMPARE(firings.at(0).toObject().value("PipelineExecutionArn").toString(), run.out.trimmed());
    // Deleting an enabled schedule is refused; delete-triggers disables first.
    QCOMPARE(PdTest::runCli(global + QStringList{"schedules", "delete", "--name", "t1"}).exitCode, 2);
    QCOMPARE(PdTest::runCli(global + QStringList{"pipelines", "delete-triggers", "--trigger-name", "t1",
                                                 "--trigger-name", "t2"})
                 .exitCode,
             0);
    QCOMPARE(PdTest::runCli(global + QStringList{"schedules", "describe", "--name", "t1"}).exitCode, 2);
}

QTEST_GUILESS_MAIN(TestScheduleService)
#include "tst_scheduleservice.moc"
