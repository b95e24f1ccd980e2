// The SageMaker SDK's trigger verbs (put-triggers, describe-trigger) and what issue 12 asked of
// schedules beside them: the state a trigger takes, its role ARN, one-time schedules' start and end.
// Test tables are clearer with plain literals; production code keeps the strict cast rules.
#undef QT_NO_CAST_FROM_ASCII
#include "testworkspace.h"

#include "scheduler/engine.h"
#include "schedules/scheduleinterchange.h"
#include "schedules/scheduleservice.h"
#include "schedules/schedulestore.h"
#include "store/database.h"
#include "store/servicecontext.h"
#include "workspace/workspace.h"

#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>

using namespace Pd;

namespace {
const QString test = QStringLiteral("222222222222");
const QString serial = QStringLiteral("serial-inference-pipeline");

QJsonObject json(const PdTest::CliResult &result)
{
    return QJsonDocument::fromJson(result.out.toUtf8()).object();
}
} // namespace

class TestScheduleTriggers : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void putTriggersState_data();
    void putTriggersState();
    void putTriggersIsAllOrNothing();
    void putTriggersServiceIsAllOrNothing();
    void roleArnRules_data();
    void roleArnRules();
    void roleArnThroughTheCommands();
    void describeTriggerMirrorsTheSdk();
    void roleArnRoundTrips_data();
    void roleArnRoundTrips();
    void importRefusesABadRole();
    void oneTimeIgnoresStartAndEnd();
    void oneTimeEngineFiresAtTheInstant();

private:
    PdTest::CliResult cli(const QStringList &arguments) const
    {
        // --demo only on the first call: on an existing workspace it says so on stderr.
        const QString file = m_dir->filePath("w.sqlite");
        QStringList global{"--workspace", file, "--identity", test};
        if (!QFileInfo::exists(file))
            global.insert(2, "--demo");
        return PdTest::runCli(global + arguments);
    }
    std::unique_ptr<QTemporaryDir> m_dir;
};

void TestScheduleTriggers::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
}

void TestScheduleTriggers::putTriggersState_data()
{
    QTest::addColumn<QString>("state");
    QTest::addColumn<int>("exitCode");
    QTest::addColumn<QString>("described"); // the state describe-trigger reports, when created

    QTest::newRow("ENABLED") << "ENABLED" << 0 << "ENABLED";
    QTest::newRow("DISABLED") << "DISABLED" << 0 << "DISABLED";
    // The API's enum is upper case; EventBridge Scheduler refuses other spellings, so do we.
    QTest::newRow("PAUSED") << "PAUSED" << 2 << QString();
    QTest::newRow("disabled") << "disabled" << 2 << QString();
    QTest::newRow("DISABLE (a typo)") << "DISABLE" << 2 << QString();
    QTest::newRow("empty") << "" << 2 << QString();
}

void TestScheduleTriggers::putTriggersState()
{
    QFETCH(QString, state);
    QFETCH(int, exitCode);
    QFETCH(QString, described);
    for (const QString &noun : {QStringLiteral("pipelines"), QStringLiteral("schedules")}) {
        const QStringList put =
            noun == QLatin1String("pipelines")
                ? QStringList{"pipelines", "put-triggers", "--pipeline-name", serial,    "--trigger-name",
                              "t",         "--expression", "rate(1 day)",     "--state", state}
                : QStringList{"schedules", "create",       "--name",      "s",       "--target-pipeline",
                              serial,      "--expression", "rate(1 day)", "--state", state};
        const auto result = cli(put);
        QCOMPARE(result.exitCode, exitCode);
        if (exitCode != 0) {
            QVERIFY2(result.err.contains("--state") && result.err.contains("ENABLED or DISABLED"),
                     qPrintable(result.err));
            QVERIFY2(result.err.contains(QString("“%1”").arg(state)), qPrintable(result.err));
            // Nothing was written.
            QCOMPARE(cli({"schedules", "describe", "--name", noun == QLatin1String("pipelines") ? "t" : "s"}).exitCode,
                     2);
        }
    }
    if (exitCode == 0) {
        const auto trigger = cli({"pipelines", "describe-trigger", "--trigger-name", "t"});
        QCOMPARE(trigger.exitCode, 0);
        QCOMPARE(json(trigger).value("State").toString(), described);
    }
    // schedules list --state uses the same parser.
    QCOMPARE(cli({"schedules", "list", "--state", state}).exitCode, exitCode);
}

void TestScheduleTriggers::putTriggersIsAllOrNothing()
{
    // Issue 13: the triggers named before a refused one were created anyway.
    QCOMPARE(cli({"pipelines", "put-triggers", "--pipeline-name", serial, "--trigger-name", "kept", "--expression",
                  "rate(1 day)"})
                 .exitCode,
             0);
    const auto refused =
        cli({"pipelines", "put-triggers", "--pipeline-name", serial, "--trigger-name", "t1", "--trigger-name", "kept",
             "--trigger-name", "bad/name", "--trigger-name", "t4", "--expression", "rate(2 hours)"});
    QCOMPARE(refused.exitCode, 2);
    QVERIFY2(refused.err.contains("“bad/name”"), qPrintable(refused.err));
    QVERIFY2(refused.out.isEmpty(), qPrintable(refused.out));
    // None written: not the new ones before it, not the replacement of the existing one.
    for (const char *name : {"t1", "t4", "bad/name"})
        QCOMPARE(cli({"pipelines", "describe-trigger", "--trigger-name", name}).exitCode, 2);
    const auto kept = cli({"pipelines", "describe-trigger", "--trigger-name", "kept"});
    QCOMPARE(kept.exitCode, 0);
    QCOMPARE(json(kept).value("Schedule_Expression").toString(), "rate(1 day)");
    const auto list = cli({"--json", "schedules", "list"});
    QCOMPARE(list.exitCode, 0);
    QCOMPARE(json(list).value("Schedules").toArray().size(), 1);
    // The refusal is in the audit log, naming the trigger.
    const auto audit = cli({"audit", "list", "--action", "PutTriggers"});
    QCOMPARE(audit.exitCode, 0);
    QVERIFY2(audit.out.contains("bad/name"), qPrintable(audit.out));

    // The same triggers without the bad name are all written, in one go.
    const auto ok = cli({"pipelines", "put-triggers", "--pipeline-name", serial, "--trigger-name", "t1",
                         "--trigger-name", "kept", "--trigger-name", "t4", "--expression", "rate(2 hours)"});
    QCOMPARE(ok.exitCode, 0);
    QCOMPARE(ok.out.split('\n', Qt::SkipEmptyParts).size(), 3);
    QCOMPARE(
        json(cli({"pipelines", "describe-trigger", "--trigger-name", "kept"})).value("Schedule_Expression").toString(),
        "rate(2 hours)");
}

void TestScheduleTriggers::putTriggersServiceIsAllOrNothing()
{
    PdTest::TestWorkspace ws;
    ScheduleService &service = ws->schedules();
    TriggersInput input;
    input.pipeline = serial;
    input.names = QStringList{"a", "b", "c d", "e"};
    input.expression = "rate(1 hour)";
    auto refused = service.putTriggers(test, input);
    QVERIFY(!refused);
    QCOMPARE(refused.error().code, Error::Code::InvalidInput);
    QCOMPARE(refused.error().field, "name");
    QVERIFY2(refused.error().message.startsWith("trigger “c d”: "), qPrintable(refused.error().message));
    QCOMPARE(service.list(test)->size(), 0);

    // A refused state refuses every trigger before anything is looked up.
    input.names = QStringList{"a", "b"};
    input.state = "DISABLE";
    refused = service.putTriggers(test, input);
    QVERIFY(!refused);
    QCOMPARE(refused.error().field, "state");
    QCOMPARE(service.list(test)->size(), 0);

    input.state = "DISABLED";
    auto written = service.putTriggers(test, input);
    QVERIFY(written);
    QCOMPARE(written->size(), 2);
    QCOMPARE(written->at(0).name, "a");
    QCOMPARE(written->at(1).name, "b");
    QVERIFY(!written->at(1).enabled);
    QCOMPARE(service.list(test)->size(), 2);

    input.names.clear();
    QCOMPARE(service.putTriggers(test, input).error().field, "trigger-name");
}

void TestScheduleTriggers::roleArnRules_data()
{
    QTest::addColumn<QString>("arn");
    QTest::addColumn<bool>("ok");

    const QString name64(64, QLatin1Char('r'));
    QTest::newRow("none") << "" << true;
    QTest::newRow("plain") << "arn:aws:iam::123456789012:role/Scheduler" << true;
    QTest::newRow("path") << "arn:aws:iam::123456789012:role/service-role/Amazon_EventBridge_Scheduler_SAGEMAKER_1"
                          << true;
    QTest::newRow("deep path") << "arn:aws:iam::123456789012:role/a/b/c/Name" << true;
    QTest::newRow("name punctuation") << "arn:aws:iam::123456789012:role/a+b=c,d.e@f_g-h" << true;
    QTest::newRow("china") << "arn:aws-cn:iam::123456789012:role/R" << true;
    QTest::newRow("govcloud") << "arn:aws-us-gov:iam::123456789012:role/R" << true;
    QTest::newRow("name 64") << "arn:aws:iam::123456789012:role/" + name64 << true;
    QTest::newRow("name 65") << "arn:aws:iam::123456789012:role/" + name64 + "r" << false;
    QTest::newRow("path 512") << "arn:aws:iam::123456789012:role/" + QString(510, QLatin1Char('p')) + "/R" << true;
    QTest::newRow("path 513") << "arn:aws:iam::123456789012:role/" + QString(511, QLatin1Char('p')) + "/R" << false;
    QTest::newRow("other partition") << "arn:aws-iso:iam::123456789012:role/R" << false;
    QTest::newRow("region given") << "arn:aws:iam:us-east-1:123456789012:role/R" << false;
    QTest::newRow("11 digits") << "arn:aws:iam::12345678901:role/R" << false;
    QTest::newRow("user") << "arn:aws:iam::123456789012:user/R" << false;
    QTest::newRow("no name") << "arn:aws:iam::123456789012:role/" << false;
    QTest::newRow("path without name") << "arn:aws:iam::123456789012:role/path/" << false;
    QTest::newRow("space in name") << "arn:aws:iam::123456789012:role/my role" << false;
    QTest::newRow("hangul name") << "arn:aws:iam::123456789012:role/역할" << false;
    QTest::newRow("a pipeline") << "arn:aws:sagemaker:us-east-1:123456789012:pipeline/p" << false;
}

void TestScheduleTriggers::roleArnRules()
{
    QFETCH(QString, arn);
    QFETCH(bool, ok);
    const Status valid = ScheduleService::validateRoleArn(arn);
    QCOMPARE(valid.ok(), ok);
    if (!ok) {
        QCOMPARE(valid.error().field, QStringLiteral("role-arn"));
        QVERIFY(valid.error().message.startsWith("role-arn: "));
        QVERIFY(valid.error().message.contains(arn));
    }
}

void TestScheduleTriggers::roleArnThroughTheCommands()
{
    const QString role = "arn:aws:iam::222222222222:role/service-role/Scheduler";
    QCOMPARE(cli({"schedules", "create", "--name", "s", "--target-pipeline", serial, "--expression", "rate(1 day)",
                  "--role-arn", role})
                 .exitCode,
             0);
    auto described = json(cli({"--json", "schedules", "describe", "--name", "s"}));
    QCOMPARE(described.value("Target").toObject().value("RoleArn").toString(), role);

    // A bad role is refused naming the option, and nothing changes.
    const auto bad = cli({"schedules", "update", "--name", "s", "--role-arn", "arn:aws:iam::2222:role/x"});
    QCOMPARE(bad.exitCode, 2);
    QVERIFY2(bad.err.contains("role-arn"), qPrintable(bad.err));
    described = json(cli({"--json", "schedules", "describe", "--name", "s"}));
    QCOMPARE(described.value("Target").toObject().value("RoleArn").toString(), role);

    // Updating something else keeps it; an empty value clears it.
    QCOMPARE(cli({"schedules", "update", "--name", "s", "--description", "d"}).exitCode, 0);
    described = json(cli({"--json", "schedules", "describe", "--name", "s"}));
    QCOMPARE(described.value("Target").toObject().value("RoleArn").toString(), role);
    QCOMPARE(cli({"schedules", "update", "--name", "s", "--role-arn", ""}).exitCode, 0);
    described = json(cli({"--json", "schedules", "describe", "--name", "s"}));
    QVERIFY(!described.value("Target").toObject().contains("RoleArn"));

    // put-triggers takes it too, and refuses a bad one.
    const auto badTrigger = cli({"pipelines", "put-triggers", "--pipeline-name", serial, "--trigger-name", "t",
                                 "--expression", "rate(1 day)", "--role-arn", "role/x"});
    QCOMPARE(badTrigger.exitCode, 2);
    QVERIFY2(badTrigger.err.contains("role-arn"), qPrintable(badTrigger.err));
    QCOMPARE(cli({"pipelines", "put-triggers", "--pipeline-name", serial, "--trigger-name", "t", "--expression",
                  "rate(1 day)", "--role-arn", role})
                 .exitCode,
             0);
    QCOMPARE(json(cli({"pipelines", "describe-trigger", "--trigger-name", "t"})).value("Schedule_Role").toString(),
             role);

    // schedules export --role-arn went into the document unchecked (issue 13); now it is judged
    // as the schedule's own role is, and nothing is printed.
    const auto badExport =
        cli({"schedules", "export", "--name", "s", "--format", "scheduler", "--role-arn", "arn:aws:iam::2222:role/x"});
    QCOMPARE(badExport.exitCode, 2);
    QVERIFY2(badExport.err.contains("--role-arn: “arn:aws:iam::2222:role/x” is not an IAM role ARN"),
             qPrintable(badExport.err));
    QVERIFY(badExport.out.isEmpty());
    const auto goodExport =
        cli({"--json", "schedules", "export", "--name", "s", "--format", "scheduler", "--role-arn", role});
    QVERIFY2(goodExport.exitCode == 0, qPrintable(goodExport.err));
    QCOMPARE(json(goodExport).value("Document").toObject().value("Target").toObject().value("RoleArn").toString(),
             role);
}

void TestScheduleTriggers::describeTriggerMirrorsTheSdk()
{
    // describe_trigger of the SageMaker SDK returns Schedule_Arn, Schedule_Expression, Schedule_State,
    // Schedule_Start_Date ("%Y-%m-%dT%H:%M:%SZ") and Schedule_Role.
    const QString role = "arn:aws:iam::222222222222:role/Scheduler";
    QCOMPARE(cli({"pipelines", "put-triggers", "--pipeline-name", serial, "--trigger-name", "t", "--expression",
                  "cron(0 12 * * ? *)", "--start", "2030-01-02T03:04:05Z", "--role-arn", role, "--state", "DISABLED"})
                 .exitCode,
             0);
    const QJsonObject o = json(cli({"pipelines", "describe-trigger", "--trigger-name", "t"}));
    QCOMPARE(o.value("Schedule_Name").toString(), "t");
    QVERIFY(o.value("Schedule_Arn").toString().endsWith(":schedule/default/t"));
    QCOMPARE(o.value("Schedule_Expression").toString(), "cron(0 12 * * ? *)");
    QCOMPARE(o.value("Schedule_State").toString(), "DISABLED");
    QCOMPARE(o.value("Schedule_Start_Date").toString(), "2030-01-02T03:04:05Z");
    QCOMPARE(o.value("Schedule_Role").toString(), role);
    QVERIFY(o.value("Target_Pipeline_Parameters").isArray() || o.value("Target_Pipeline_Parameters").isObject());

    // Without --start the trigger could fire from its creation: that is its start date.
    QCOMPARE(cli({"pipelines", "put-triggers", "--pipeline-name", serial, "--trigger-name", "u", "--expression",
                  "rate(1 day)"})
                 .exitCode,
             0);
    const QJsonObject u = json(cli({"pipelines", "describe-trigger", "--trigger-name", "u"}));
    const QJsonObject schedule = json(cli({"--json", "schedules", "describe", "--name", "u"}));
    QCOMPARE(u.value("Schedule_Start_Date").toString(), schedule.value("CreationDate").toString());
    QVERIFY(u.value("Schedule_Role").isNull());
}

void TestScheduleTriggers::roleArnRoundTrips_data()
{
    QTest::addColumn<int>("format");
    QTest::newRow("scheduler") << int(ScheduleFormat::SchedulerJson);
    QTest::newRow("azure-ml") << int(ScheduleFormat::AzureMlYaml);
}

void TestScheduleTriggers::roleArnRoundTrips()
{
    QFETCH(int, format);
    PipelineSchedule s;
    s.name = "nightly";
    s.expression = "cron(0 2 * * ? *)";
    s.targetPipelineArn = "arn:aws:sagemaker:us-east-1:222222222222:pipeline/serial-inference-pipeline";
    s.roleArn = "arn:aws:iam::222222222222:role/service-role/Scheduler";
    // The schedule's own role wins over the pipeline's, which is only the default.
    ScheduleExportOptions options;
    options.roleArn = s.roleArn;
    const ScheduleExport exported = exportSchedule(s, ScheduleFormat(format), options);
    if (format == int(ScheduleFormat::SchedulerJson)) {
        const QJsonObject document = QJsonDocument::fromJson(exported.text).object();
        QCOMPARE(document.value("Target").toObject().value("RoleArn").toString(), s.roleArn);
        for (const QString &note : exported.notExpressible)
            QVERIFY2(!note.contains("RoleArn"), qPrintable(note));
    } else {
        QVERIFY2(exported.text.contains("pipelinedesk.role_arn"), exported.text.constData());
    }
    auto imported = importSchedule(exported.text, ScheduleFormat(format));
    QVERIFY2(imported.ok(), imported.ok() ? "" : qPrintable(imported.error().message));
    QCOMPARE(imported->schedule.roleArn, s.roleArn);
    QCOMPARE(imported->input().roleArn.value_or(QString()), s.roleArn);
    for (const QString &warning : imported->warnings)
        QVERIFY2(!warning.contains("RoleArn") && !warning.contains("role_arn"), qPrintable(warning));

    // The CLI's export writes the schedule's role, not the pipeline's.
    QCOMPARE(cli({"schedules", "create", "--name", "r", "--target-pipeline", serial, "--expression", "rate(1 day)",
                  "--role-arn", s.roleArn})
                 .exitCode,
             0);
    const auto written = cli({"schedules", "export", "--name", "r", "--format", "scheduler"});
    QCOMPARE(written.exitCode, 0);
    QCOMPARE(
        QJsonDocument::fromJson(written.out.toUtf8()).object().value("Target").toObject().value("RoleArn").toString(),
        s.roleArn);
}

void TestScheduleTriggers::importRefusesABadRole()
{
    const QByteArray document =
        R"json({"Name": "n", "ScheduleExpression": "rate(1 day)", "FlexibleTimeWindow": {"Mode": "OFF"},
        "Target": {"Arn": "arn:aws:sagemaker:us-east-1:222222222222:pipeline/p", "RoleArn": "arn:aws:iam::1:role/x"}})json";
    auto imported = importSchedule(document, ScheduleFormat::SchedulerJson);
    QVERIFY(!imported.ok());
    QCOMPARE(imported.error().field, "Target.RoleArn");
    QVERIFY2(imported.error().message.startsWith("Target.RoleArn: "), qPrintable(imported.error().message));
}

void TestScheduleTriggers::oneTimeIgnoresStartAndEnd()
{
    // An end before the instant used to make an enabled schedule that never fired.
    const auto created = cli({"schedules", "create", "--name", "once", "--target-pipeline", serial, "--expression",
                              "at(2030-06-01T12:00:00)", "--end", "2030-05-01T00:00:00Z"});
    QCOMPARE(created.exitCode, 0);
    QVERIFY2(created.err.contains("warning") && created.err.contains("end") && created.err.contains("2030-05-01"),
             qPrintable(created.err));
    QJsonObject described = json(cli({"--json", "schedules", "describe", "--name", "once"}));
    QVERIFY(!described.contains("EndDate"));
    QCOMPARE(described.value("NextFireTimes").toArray(), QJsonArray{"2030-06-01T12:00:00Z"});

    // Start and end together, through put-triggers; a recurring schedule keeps both, silently.
    const auto put = cli({"pipelines", "put-triggers", "--pipeline-name", serial, "--trigger-name", "t", "--expression",
                          "at(2030-06-01T12:00:00)", "--start", "2030-07-01T00:00:00Z"});
    QCOMPARE(put.exitCode, 0);
    QVERIFY2(put.err.contains("start"), qPrintable(put.err));
    const auto recurring = cli({"schedules", "create", "--name", "r", "--target-pipeline", serial, "--expression",
                                "rate(1 day)", "--start", "2030-01-01T00:00:00Z", "--end", "2030-05-01T00:00:00Z"});
    QCOMPARE(recurring.exitCode, 0);
    QVERIFY2(recurring.err.isEmpty(), qPrintable(recurring.err));
    described = json(cli({"--json", "schedules", "describe", "--name", "r"}));
    QCOMPARE(described.value("EndDate").toString(), "2030-05-01T00:00:00Z");

    // The service says the same before anything is written (the wizard's review shows it).
    ScheduleInput input;
    input.expression = "at(2030-06-01T12:00:00)";
    input.endTime = QDateTime::fromString("2030-05-01T00:00:00Z", Qt::ISODate).toMSecsSinceEpoch();
    QCOMPARE(ScheduleService::inputWarnings(input).size(), 1);
    input.expression = "rate(1 day)";
    QVERIFY(ScheduleService::inputWarnings(input).isEmpty());
}

void TestScheduleTriggers::oneTimeEngineFiresAtTheInstant()
{
    PdTest::TestWorkspace ws;
    const qint64 now = ws.clock.nowMs();
    const qint64 instant = now + 2 * 3600 * 1000;
    ScheduleInput input;
    input.name = "once";
    input.targetPipeline = serial;
    input.expression =
        QStringLiteral("at(%1)").arg(QDateTime::fromMSecsSinceEpoch(instant, Qt::UTC).toString("yyyy-MM-ddTHH:mm:ss"));
    input.endTime = now + 3600 * 1000; // before the instant
    QStringList warnings;
    auto created = ws->schedules().create(test, input, &warnings);
    QVERIFY2(created.ok(), created.ok() ? "" : qPrintable(created.error().message));
    QCOMPARE(warnings.size(), 1);
    QCOMPARE(created->endTime, 0);
    QCOMPARE(ScheduleService::nextFires(created.value(), now, 5), QList<qint64>{instant});

    // A row stored before the end was dropped still fires: the engine ignores it too.
    PipelineSchedule legacy = created.value();
    legacy.endTime = now + 3600 * 1000;
    legacy.startTime = instant + 3600 * 1000;
    QVERIFY(
        ws->context().database().transaction([&] { return ScheduleStore(ws->context().database()).update(legacy); }));
    QCOMPARE(ScheduleService::nextFires(legacy, now, 5), QList<qint64>{instant});

    Engine engine(ws->context(), ws->pipelines(), ws->schedules(), ws->rules(), Engine::Kind::Gui);
    QVERIFY(engine.start());
    QCOMPARE(engine.nextDue().value_or(0), instant);
    ws.clock.set(QDateTime::fromMSecsSinceEpoch(instant, Qt::UTC));
    QVERIFY(engine.processDue());
    auto history = ws->schedules().history(test, "once");
    QVERIFY(history.ok());
    QCOMPARE(history->size(), 1);
    QCOMPARE(history->constFirst().scheduledTime, instant);
    QCOMPARE(history->constFirst().outcome, FiringOutcome::Started);
}

QTEST_GUILESS_MAIN(TestScheduleTriggers)
#include "tst_scheduletriggers.moc"
