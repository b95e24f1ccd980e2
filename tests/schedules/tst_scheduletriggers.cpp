// The SageMaker SDK's trigger verbs (put-triggers, describe-trigger) and what issue 12 asked of
// schedules beside them: the state a trigger takes, its role ARN, one-time schedules' start and end.
// Test tables are clearer with plain literals; production code keeps the strict cast rules.
#undef QT_NO_CAST_FROM_ASCII
#include "testworkspace.h"

#include "schedules/scheduleservice.h"

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

private:
    PdTest::CliResult cli(const QStringList &arguments) const
    {
        return PdTest::runCli(QStringList{"--workspace", m_dir->filePath("w.sqlite"), "--demo", "--identity", test} +
                              arguments);
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

QTEST_GUILESS_MAIN(TestScheduleTriggers)
#include "tst_scheduletriggers.moc"
