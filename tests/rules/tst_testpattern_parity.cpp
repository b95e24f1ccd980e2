// pipelinedesk-cli events test-pattern against the shared test data and the library: every case
// of event-patterns/public.jsonl answers the file's result, the same as Events::testEventPattern;
// events without a field TestEventPattern requires, and invalid patterns, are exit 2 naming it.
// Test tables are clearer with plain literals; production code keeps the strict cast rules.
#undef QT_NO_CAST_FROM_ASCII
#include "testworkspace.h"

#include "eventpatterns/eventpattern.h"

#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QTest>

using PdTest::runCli;

namespace {

QByteArray compact(const QJsonObject &object)
{
    return QJsonDocument(object).toJson(QJsonDocument::Compact);
}

struct Case
{
    QString id;
    QJsonObject pattern;
    QJsonObject event;
    bool result = false;
};

QList<Case> readPublicCases()
{
    QFile file(QStringLiteral(PD_TESTDATA_DIR "/event-patterns/public.jsonl"));
    if (!file.open(QIODevice::ReadOnly))
        qFatal("cannot read %s", qPrintable(file.fileName()));
    QList<Case> cases;
    for (const QByteArray &line : file.readAll().split('\n')) {
        if (line.trimmed().isEmpty())
            continue;
        const QJsonObject o = QJsonDocument::fromJson(line).object();
        cases.append({o.value("id").toString(), o.value("pattern").toObject(), o.value("event").toObject(),
                      o.value("result").toBool()});
    }
    return cases;
}

} // namespace

class TestTestPatternParity : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void publicCases_data();
    void publicCases();
    void missingEventField_data();
    void missingEventField();
    void invalidInput_data();
    void invalidInput();
    void needsNoWorkspace();

private:
    QTemporaryDir m_dir;
};

void TestTestPatternParity::initTestCase()
{
    QVERIFY(m_dir.isValid());
    // Whatever the command might open by default lands here, where the test can see it.
    qputenv("XDG_DATA_HOME", m_dir.filePath("data").toUtf8());
    QCOMPARE(readPublicCases().size(), 20);
}

void TestTestPatternParity::publicCases_data()
{
    QTest::addColumn<QByteArray>("pattern");
    QTest::addColumn<QByteArray>("event");
    QTest::addColumn<bool>("expected");
    for (const Case &c : readPublicCases())
        QTest::newRow(qPrintable(c.id)) << compact(c.pattern) << compact(c.event) << c.result;
}

void TestTestPatternParity::publicCases()
{
    QFETCH(QByteArray, pattern);
    QFETCH(QByteArray, event);
    QFETCH(bool, expected);

    const auto library = Pd::Events::testEventPattern(pattern, event);
    QVERIFY2(library.ok(), qPrintable(library.error().message));
    QCOMPARE(library.value(), expected);

    // Inline JSON, and files as the AWS CLI's file:// reads them; --json changes nothing.
    const QString tag = QString::fromLatin1(QTest::currentDataTag());
    const QString patternFile = m_dir.filePath(tag + "-pattern.json");
    const QString eventFile = m_dir.filePath(tag + "-event.json");
    for (const auto &[path, content] : {std::pair{patternFile, pattern}, std::pair{eventFile, event}}) {
        QFile file(path);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(QJsonDocument::fromJson(content).toJson(QJsonDocument::Indented));
    }
    const QList<QStringList> lines = {
        {"events", "test-pattern", "--event-pattern", QString::fromUtf8(pattern), "--event", QString::fromUtf8(event)},
        {"events", "test-pattern", "--event-pattern", "file://" + patternFile, "--event", "file://" + eventFile},
        {"--json", "events", "test-pattern", "--event", QString::fromUtf8(event), "--event-pattern",
         "file://" + patternFile},
    };
    for (const QStringList &line : lines) {
        const auto result = runCli(line);
        QVERIFY2(result.exitCode == 0, qPrintable(result.err));
        QVERIFY(result.err.isEmpty());
        const QJsonDocument answer = QJsonDocument::fromJson(result.out.toUtf8());
        QCOMPARE(answer.object(), (QJsonObject{{"Result", expected}}));
    }
}

void TestTestPatternParity::missingEventField_data()
{
    QTest::addColumn<QString>("field");
    QTest::addColumn<QJsonValue>("replacement"); // undefined: the field is removed
    for (const char *field : {"id", "account", "source", "time", "region", "resources", "detail-type"})
        QTest::newRow(field) << QString::fromLatin1(field) << QJsonValue(QJsonValue::Undefined);
    QTest::newRow("resources not an array") << "resources" << QJsonValue("arn:aws:s3:::bucket");
    QTest::newRow("source not a string") << "source" << QJsonValue(3);
}

void TestTestPatternParity::missingEventField()
{
    QFETCH(QString, field);
    QFETCH(QJsonValue, replacement);
    const Case first = readPublicCases().constFirst();
    QJsonObject event = first.event;
    if (replacement.isUndefined())
        event.remove(field);
    else
        event.insert(field, replacement);

    const auto library = Pd::Events::testEventPattern(compact(first.pattern), compact(event));
    QVERIFY(!library.ok());
    QCOMPARE(library.error().exitCode(), 2);

    const auto result = runCli({"events", "test-pattern", "--event-pattern", QString::fromUtf8(compact(first.pattern)),
                                "--event", QString::fromUtf8(compact(event))});
    QCOMPARE(result.exitCode, 2);
    QVERIFY(result.out.isEmpty());
    // The option, the JSON path and the field by name.
    QVERIFY2(result.err.startsWith("pipelinedesk-cli: event: $." + field + ": "), qPrintable(result.err));
    QVERIFY2(result.err.contains("“" + field + "”"), qPrintable(result.err));
    QCOMPARE(library.error().field, "event");
    QVERIFY(result.err.contains(library.error().message));
}

void TestTestPatternParity::invalidInput_data()
{
    const Case first = readPublicCases().constFirst();
    const QString event = QString::fromUtf8(compact(first.event));
    const QString pattern = QString::fromUtf8(compact(first.pattern));
    QTest::addColumn<QStringList>("arguments");
    QTest::addColumn<QStringList>("stderrContains");
    QTest::newRow("pattern not JSON") << QStringList{"--event-pattern", "{\"source\":", "--event", event}
                                      << QStringList{"event-pattern: $: "};
    QTest::newRow("pattern not an object")
        << QStringList{"--event-pattern", "[1]", "--event", event} << QStringList{"event-pattern: $: "};
    QTest::newRow("event not an object") << QStringList{"--event-pattern", pattern, "--event", "[]"}
                                         << QStringList{"event: $: "};
    QTest::newRow("numeric with a string")
        << QStringList{"--event-pattern", R"({"detail":{"metrics":{"latency":[{"numeric":[">","x"]}]}}})", "--event",
                       event}
        << QStringList{"event-pattern: $.detail.metrics.latency[0].numeric: "};
    QTest::newRow("unknown operator") << QStringList{"--event-pattern",
                                                     R"({"detail":{"EndpointName":[{"prefixx":"ch"}]}})", "--event",
                                                     event}
                                      << QStringList{"event-pattern: $.detail.EndpointName[0].prefixx: ", "“prefixx”"};
    QTest::newRow("leaf not an array") << QStringList{"--event-pattern", R"({"source":"aws.sagemaker"})", "--event",
                                                      event}
                                       << QStringList{"event-pattern: $.source: "};
    QTest::newRow("event not JSON") << QStringList{"--event-pattern", pattern, "--event", "{"}
                                    << QStringList{"event: $: "};
    QTest::newRow("pattern file missing")
        << QStringList{"--event-pattern", "file:///nonexistent/pattern.json", "--event", event}
        << QStringList{"--event-pattern: cannot read"};
    QTest::newRow("no pattern") << QStringList{"--event", event} << QStringList{"--event-pattern is required"};
    QTest::newRow("no event") << QStringList{"--event-pattern", pattern} << QStringList{"--event is required"};
}

void TestTestPatternParity::invalidInput()
{
    QFETCH(QStringList, arguments);
    QFETCH(QStringList, stderrContains);
    const auto result = runCli(QStringList{"events", "test-pattern"} + arguments);
    QCOMPARE(result.exitCode, 2);
    QVERIFY(result.out.isEmpty());
    for (const QString &text : stderrContains)
        QVERIFY2(result.err.contains(text), qPrintable(result.err));
}

void TestTestPatternParity::needsNoWorkspace()
{
    const QString workspace = m_dir.filePath("never.sqlite");
    const auto result = runCli({"--workspace", workspace, "events", "test-pattern", "--event-pattern",
                                R"({"source":["aws.sagemaker"]})", "--event",
                                QString::fromUtf8(compact(readPublicCases().constFirst().event))});
    QCOMPARE(result.exitCode, 0);
    QVERIFY(!QFile::exists(workspace));
    QVERIFY(!QFile::exists(Pd::Workspace::defaultPath()));
}

QTEST_GUILESS_MAIN(TestTestPatternParity)
#include "tst_testpattern_parity.moc"
