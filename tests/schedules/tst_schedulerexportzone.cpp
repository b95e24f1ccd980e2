// Export to EventBridge Scheduler, which takes IANA zones only: a Windows zone written as IANA is
// reported, also when the expression was converted (a crontab or an Azure recurrence with its own
// time_zone); an IANA link stays as typed.
#undef QT_NO_CAST_FROM_ASCII
#include "schedules/scheduleinterchange.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>

using namespace Pd;

class TestSchedulerExportZone : public QObject
{
    Q_OBJECT

private slots:
    void windowsZoneIsReported_data()
    {
        QTest::addColumn<QString>("expression");
        QTest::addColumn<QString>("zone");
        QTest::addColumn<QString>("written");
        QTest::addColumn<QString>("note");
        const QString korea =
            "ScheduleExpressionTimezone: the Windows zone “Korea Standard Time” is written as “Asia/Seoul”.";
        QTest::newRow("cron, not converted") << "cron(0 9 * * ? *)"
                                             << "Korea Standard Time"
                                             << "Asia/Seoul" << korea;
        QTest::newRow("crontab, converted") << "crontab(0 9 * * 1-5)"
                                            << "Korea Standard Time"
                                            << "Asia/Seoul" << korea;
        QTest::newRow("recurrence's own zone, converted")
            << R"(recurrence({"frequency":"day","interval":1,"schedule":{"hours":[9],"minutes":[0]},"time_zone":"India Standard Time"}))"
            << "UTC"
            << "Asia/Kolkata"
            << "ScheduleExpressionTimezone: the Windows zone “India Standard Time” is written as “Asia/Kolkata”.";
        QTest::newRow("link stays") << "crontab(0 9 * * *)"
                                    << "Asia/Calcutta"
                                    << "Asia/Calcutta" << QString();
        QTest::newRow("IANA") << "crontab(0 9 * * *)"
                              << "Asia/Seoul"
                              << "Asia/Seoul" << QString();
    }

    void windowsZoneIsReported()
    {
        QFETCH(QString, expression);
        QFETCH(QString, zone);
        QFETCH(QString, written);
        QFETCH(QString, note);
        PipelineSchedule s;
        s.name = "z";
        s.groupName = "default";
        s.expression = expression;
        s.timeZone = zone;
        s.targetPipelineArn = "arn:aws:sagemaker:us-east-1:222222222222:pipeline/p";
        ScheduleExportOptions options;
        options.roleArn = "arn:aws:iam::222222222222:role/r";
        const ScheduleExport exported = exportSchedule(s, ScheduleFormat::SchedulerJson, options);
        const QJsonObject document = QJsonDocument::fromJson(exported.text).object();
        QCOMPARE(document.value("ScheduleExpressionTimezone").toString(), written);
        QStringList zoneNotes;
        for (const QString &n : exported.notExpressible) {
            if (n.startsWith("ScheduleExpressionTimezone"))
                zoneNotes.append(n);
        }
        QCOMPARE(zoneNotes, note.isEmpty() ? QStringList() : QStringList{note});
    }
};

QTEST_GUILESS_MAIN(TestSchedulerExportZone)
#include "tst_schedulerexportzone.moc"
