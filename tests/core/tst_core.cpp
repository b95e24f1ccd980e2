// Core helpers: instants, zone labels, ids, errors, and language switching.
#include "core/ids.h"
#include "core/language.h"
#include "core/result.h"
#include "core/timeformat.h"
#include "pipelines/execution.h"

#include <QSignalSpy>
#include <QTest>

using namespace Pd;

class TestCore : public QObject
{
    Q_OBJECT

private slots:
    void errorAboutAnotherField()
    {
        const Error inner = Error::invalid(QStringLiteral("Epochs"), QStringLiteral("Parameter Epochs: “x” is not a valid Integer value."));
        const QString path = QStringLiteral("Targets[1].SageMakerPipelineParameters.PipelineParameterList[0].Value");
        const Error outer = inner.about(path);
        QCOMPARE(outer.code, Error::Code::InvalidInput);
        QCOMPARE(outer.field, path);
        QCOMPARE(outer.message, path + QStringLiteral(": ") + inner.message);
        QCOMPARE(outer.exitCode(), 2);
        // Nested: the outermost path comes first.
        QCOMPARE(outer.about(QStringLiteral("rule")).message, QStringLiteral("rule: ") + outer.message);
    }

    void parseInstant_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QString>("utc"); // empty: must be refused
        QTest::newRow("zulu") << "2026-11-23T02:23:44Z" << "2026-11-23T02:23:44Z";
        QTest::newRow("no zone is UTC") << "2026-11-23T02:23:44" << "2026-11-23T02:23:44Z";
        QTest::newRow("no seconds") << "2026-11-23T02:23Z" << "2026-11-23T02:23:00Z";
        QTest::newRow("millis") << "2026-11-23T02:23:44.250Z" << "2026-11-23T02:23:44Z";
        QTest::newRow("positive offset") << "2026-11-23T11:23:44+09:00" << "2026-11-23T02:23:44Z";
        QTest::newRow("negative offset") << "2026-11-22T21:23:44-0500" << "2026-11-23T02:23:44Z";
        QTest::newRow("nepal") << "2026-11-23T08:08:44+05:45" << "2026-11-23T02:23:44Z";
        QTest::newRow("space separator") << "2026-11-23 02:23:44Z" << "2026-11-23T02:23:44Z";
        QTest::newRow("bad month") << "2026-13-01T00:00:00Z" << "";
        QTest::newRow("bad day") << "2026-02-30T00:00:00Z" << "";
        QTest::newRow("bad hour") << "2026-01-01T24:00:00Z" << "";
        QTest::newRow("words") << "tomorrow" << "";
        QTest::newRow("bad offset") << "2026-01-01T00:00:00+25:00" << "";
    }

    void parseInstant()
    {
        QFETCH(QString, text);
        QFETCH(QString, utc);
        const auto parsed = Pd::parseInstant(text);
        if (utc.isEmpty()) {
            QVERIFY(!parsed.has_value());
            return;
        }
        QVERIFY(parsed.has_value());
        QCOMPARE(isoUtc(*parsed), utc);
    }

    void zoneLabels_data()
    {
        QTest::addColumn<QByteArray>("zone");
        QTest::addColumn<QString>("when");
        QTest::addColumn<QString>("label");
        QTest::newRow("utc") << QByteArray("UTC") << "2026-07-01T00:00:00Z" << "UTC";
        QTest::newRow("kathmandu") << QByteArray("Asia/Kathmandu") << "2026-07-01T00:00:00Z" << "UTC+05:45";
        QTest::newRow("seoul") << QByteArray("Asia/Seoul") << "2026-07-01T00:00:00Z" << "KST";
        QTest::newRow("new york summer") << QByteArray("America/New_York") << "2026-07-01T00:00:00Z" << "EDT";
        QTest::newRow("new york winter") << QByteArray("America/New_York") << "2026-12-01T00:00:00Z" << "EST";
    }

    void zoneLabels()
    {
        QFETCH(QByteArray, zone);
        QFETCH(QString, when);
        QFETCH(QString, label);
        const QTimeZone tz(zone);
        QVERIFY(tz.isValid());
        QCOMPARE(zoneLabel(tz, *Pd::parseInstant(when)), label);
    }

    void displayAlwaysShowsTheZone()
    {
        const QDateTime t = *Pd::parseInstant(QStringLiteral("2026-11-23T02:23:44Z"));
        const QString text = displayDateTime(t, QTimeZone("Asia/Seoul"), QLocale(QLocale::English, QLocale::UnitedStates));
        QVERIFY2(text.endsWith(QLatin1String(" KST")), qPrintable(text));
        QVERIFY2(text.contains(QLatin1String("11:23")), qPrintable(text));
    }

    // ShortFormat alone gives "26. 11. 23." in Korean and "11/23/26" in English: a two-digit year
    // reads as another date.
    void displayHasAFourDigitYear_data()
    {
        QTest::addColumn<QLocale>("locale");
        QTest::addColumn<QString>("date");
        QTest::newRow("ko") << QLocale(QLocale::Korean, QLocale::SouthKorea) << "2026. 11. 23.";
        QTest::newRow("en_US") << QLocale(QLocale::English, QLocale::UnitedStates) << "11/23/2026";
        QTest::newRow("en_GB") << QLocale(QLocale::English, QLocale::UnitedKingdom) << "23/11/2026";
        QTest::newRow("de") << QLocale(QLocale::German, QLocale::Germany) << "23.11.2026";
    }

    void displayHasAFourDigitYear()
    {
        QFETCH(QLocale, locale);
        QFETCH(QString, date);
        const QDateTime t = *Pd::parseInstant(QStringLiteral("2026-11-23T02:23:44Z"));
        const QString text = displayDateTime(t, QTimeZone("Asia/Seoul"), locale);
        QVERIFY2(text.startsWith(date), qPrintable(text));
        QVERIFY2(text.endsWith(QLatin1String(" KST")), qPrintable(text));
        QCOMPARE(text.count(QLatin1String("2026")), 1);
    }

    void ids()
    {
        QVERIFY(isAccountId(QStringLiteral("111111111111")));
        QVERIFY(!isAccountId(QStringLiteral("11111111111")));
        QVERIFY(!isAccountId(QStringLiteral("11111111111a")));
        const QString arn = pipelineArn(QStringLiteral("us-east-1"), QStringLiteral("222222222222"), QStringLiteral("My-Pipeline"));
        QCOMPARE(arn, QStringLiteral("arn:aws:sagemaker:us-east-1:222222222222:pipeline/my-pipeline"));
        const ArnParts parts = parseArn(executionArn(arn, QStringLiteral("abc123")));
        QVERIFY(parts.valid);
        QCOMPARE(parts.account, QStringLiteral("222222222222"));
        QCOMPARE(parts.resource, QStringLiteral("pipeline/my-pipeline/execution/abc123"));
        QVERIFY(!parseArn(QStringLiteral("not:an:arn")).valid);
        const QString id = newExecutionId();
        QCOMPARE(id.size(), 12);
        QVERIFY(id != newExecutionId());
    }

    void errorsMapToExitCodes()
    {
        QCOMPARE(Error::invalid(QStringLiteral("f"), QStringLiteral("m")).exitCode(), 2);
        QCOMPARE(Error::notFound(QStringLiteral("m")).exitCode(), 2);
        QCOMPARE(Error::denied(QStringLiteral("m")).exitCode(), 3);
        QCOMPARE(Error::storage(QStringLiteral("m")).exitCode(), 1);
        Result<int> ok = 5;
        QVERIFY(ok.ok());
        QCOMPARE(ok.value(), 5);
        Result<int> bad = Error::invalid(QStringLiteral("count"), QStringLiteral("too big"), 7);
        QVERIFY(!bad.ok());
        QCOMPARE(bad.error().field, QStringLiteral("count"));
        QCOMPARE(bad.error().position, 7);
    }

    void englishPluralsReadAsEnglish()
    {
        // Sources say "%n execution(s)"; the English catalogue must turn that into real words.
        QVERIFY(Language::instance()->setLanguage(QStringLiteral("en")));
        const char *context = "Pd::CrossAccountExecutionsView";
        QCOMPARE(QCoreApplication::translate(context, "%n execution(s)", nullptr, 1), QStringLiteral("1 execution"));
        QCOMPARE(QCoreApplication::translate(context, "%n execution(s)", nullptr, 0), QStringLiteral("0 executions"));
        QCOMPARE(QCoreApplication::translate(context, "%n execution(s)", nullptr, 12), QStringLiteral("12 executions"));
    }

    void languageSwitchesTranslationsAtRunTime()
    {
        Language *language = Language::instance();
        QVERIFY(language->setLanguage(QStringLiteral("en")));
        QSignalSpy spy(language, &Language::languageChanged);
        QVERIFY(language->setLanguage(QStringLiteral("en"))); // already: no signal
        const QString english = displayName(ExecutionStatus::Succeeded);
        QCOMPARE(english, QStringLiteral("Succeeded"));
        QVERIFY(language->setLanguage(QStringLiteral("ko")));
        const QString korean = displayName(ExecutionStatus::Succeeded);
        QVERIFY2(korean != english && !korean.isEmpty(), qPrintable(korean));
        QCOMPARE(QLocale().language(), QLocale::Korean);
        QVERIFY(!language->setLanguage(QStringLiteral("xx")));
        QCOMPARE(language->current(), QStringLiteral("ko"));
        QVERIFY(language->setLanguage(QStringLiteral("en")));
        QCOMPARE(displayName(ExecutionStatus::Succeeded), english);
        QCOMPARE(spy.count(), 2);
    }
};

QTEST_GUILESS_MAIN(TestCore)
#include "tst_core.moc"
