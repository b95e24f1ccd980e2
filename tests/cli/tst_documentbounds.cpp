// Every option that reads a document is bounded (issue 13, "Unbounded input"): the limit is
// accepted, one more is refused with exit code 2 and the limit named, /dev/zero is refused without
// being read whole, imported documents nested deeper than 128 levels are refused, and events put
// goes in calls of the PutEvents shape with progress on stderr.
// Test tables are clearer with plain literals; production code keeps the strict cast rules.
#undef QT_NO_CAST_FROM_ASCII
#include "interchange/documentlimits.h"
#include "rules/rulejson.h"
#include "rules/ruleservice.h"
#include "testworkspace.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QTest>

using PdTest::runCli;
using namespace Pd;

namespace {
const QString test = QStringLiteral("222222222222");

QJsonObject json(const PdTest::CliResult &result)
{
    return QJsonDocument::fromJson(result.out.toUtf8()).object();
}

// head + spaces + tail, exactly `size` bytes: JSON (and YAML) that means the same whatever its size.
QByteArray padded(const QByteArray &head, const QByteArray &tail, qint64 size)
{
    return head + QByteArray(size - head.size() - tail.size(), ' ') + tail;
}

// The same in characters: `fill` (one character, perhaps several bytes) repeated between head and tail.
QByteArray paddedCharacters(const QString &head, const QString &fill, const QString &tail, qint64 characters)
{
    return (head + fill.repeated(characters - head.size() - tail.size()) + tail).toUtf8();
}

QByteArray entry(const QByteArray &detail = "{}")
{
    return R"({"Source": "bounds.test", "DetailType": "Bounds", "Detail": ")" + detail + R"("})";
}

QByteArray entries(int count)
{
    QByteArrayList list;
    for (int i = 0; i < count; ++i)
        list.append(entry());
    return "[" + list.join(",") + "]";
}

const QByteArray azureSchedule = "name: padded\n"
                                 "trigger:\n"
                                 "  type: cron\n"
                                 "  expression: \"0 * * * *\"\n"
                                 "  time_zone: Korea Standard Time\n"
                                 "create_job: ./simple-pipeline-job.yml\n";
} // namespace

class TestDocumentBounds : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void eventPatternOfPutRule();
    void testPatternCountsCharactersNotBytes();
    void eventOfTestPattern();
    void pipelineDefinition();
    void importDocument();
    void entriesFile();
    void devZeroIsRefusedWithoutReadingItAll_data();
    void devZeroIsRefusedWithoutReadingItAll();
    void deepNestingIsRefused_data();
    void deepNestingIsRefused();
    void eventsPutGoesInBatchesAndSaysHowFar();
    void eventsPutRefusesMoreThanItsCap();
    void eventsPutRefusesAnEntryOver256KbBeforePuttingAny();
    void putEventsTakesOneCallsWorth();
    void batchesFollowThePutEventsShape();

private:
    PdTest::CliResult cli(QStringList arguments)
    {
        arguments << "--workspace" << m_dir->filePath("w.sqlite") << "--identity" << test;
        return runCli(arguments);
    }
    QString writeFile(const QString &name, const QByteArray &content)
    {
        QFile file(m_dir->filePath(name));
        if (!file.open(QIODevice::WriteOnly) || file.write(content) != content.size())
            qFatal("cannot write %s", qPrintable(file.fileName()));
        return file.fileName();
    }
    std::unique_ptr<QTemporaryDir> m_dir;
};

void TestDocumentBounds::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QCOMPARE(cli({"--demo", "accounts", "list"}).exitCode, 0);
}

void TestDocumentBounds::eventPatternOfPutRule()
{
    QCOMPARE(DocumentLimits::eventPatternMaxLength, 4096);
    // The spaces are inside the pattern, so the rule stores all 4,096 characters.
    const QByteArray atLimit = padded(R"({"source": ["custom.ml"])", "}", 4096);
    const QByteArray over = padded(R"({"source": ["custom.ml"])", "}", 4097);
    const QString refusal = "pipelinedesk-cli: --event-pattern: the document is longer than 4,096 characters, the "
                            "PutRule limit.";
    const QString fileAt = writeFile("at.json", atLimit);
    const QString fileOver = writeFile("over.json", over);
    auto created = cli({"rules", "create", "--name", "at-limit", "--event-pattern", "file://" + fileAt});
    QVERIFY2(created.exitCode == 0, qPrintable(created.err));
    created = cli({"rules", "create", "--name", "inline-at-limit", "--event-pattern", QString::fromUtf8(atLimit)});
    QVERIFY2(created.exitCode == 0, qPrintable(created.err));
    QCOMPARE(cli({"rules", "describe", "--name", "at-limit"}).exitCode, 0);
    for (const QString &value : {"file://" + fileOver, QString::fromUtf8(over)}) {
        const auto refused = cli({"rules", "create", "--name", "over", "--event-pattern", value});
        QCOMPARE(refused.exitCode, 2);
        QCOMPARE(refused.err.trimmed(), refusal);
    }
    QVERIFY(cli({"rules", "describe", "--name", "over"}).exitCode != 0);

    // The service holds a rule from elsewhere (the app, an import) to the same limit.
    PdTest::TestWorkspace ws;
    Rule rule;
    rule.name = QStringLiteral("service-over");
    rule.eventPattern = QString::fromUtf8(over);
    auto refused = ws->rules().createRule(test, rule);
    QVERIFY(!refused.ok());
    QCOMPARE(refused.error().message,
             QStringLiteral("--event-pattern: the pattern is longer than 4,096 characters, the PutRule limit."));
    rule.eventPattern = QString::fromUtf8(atLimit);
    auto stored = ws->rules().createRule(test, rule);
    QVERIFY2(stored.ok(), qPrintable(stored.error().message));
}

void TestDocumentBounds::testPatternCountsCharactersNotBytes()
{
    // 4,096 Korean characters are 12 KB of UTF-8, and still one PutRule pattern.
    const QString head = R"({"detail": {"name": [")";
    const QString tail = R"("]}})";
    const QByteArray atLimit = paddedCharacters(head, "가", tail, 4096);
    QVERIFY(atLimit.size() > 3 * 4000);
    const QString event =
        R"({"id": "1", "account": "222222222222", "source": "s", "time": "2026-11-23T12:00:00Z", "region": "us-east-1", "resources": [], "detail-type": "t", "detail": {"name": "x"}})";
    const QString file = writeFile("korean.json", atLimit);
    const auto accepted = runCli({"events", "test-pattern", "--event-pattern", "file://" + file, "--event", event});
    QVERIFY2(accepted.exitCode == 0, qPrintable(accepted.err));
    QCOMPARE(json(accepted).value("Result").toBool(), false);
    const QString over = writeFile("korean-over.json", paddedCharacters(head, "가", tail, 4097));
    const auto refused = runCli({"events", "test-pattern", "--event-pattern", "file://" + over, "--event", event});
    QCOMPARE(refused.exitCode, 2);
    QCOMPARE(refused.err.trimmed(), "pipelinedesk-cli: --event-pattern: the document is longer than 4,096 characters, "
                                    "the TestEventPattern limit.");
}

void TestDocumentBounds::eventOfTestPattern()
{
    const QByteArray head =
        R"({"id": "1", "account": "222222222222", "source": "s", "time": "2026-11-23T12:00:00Z", "region": "us-east-1", "resources": [], "detail-type": "t", "detail": {})";
    const QString at = writeFile("event.json", padded(head, "}", 262144));
    const QString over = writeFile("event-over.json", padded(head, "}", 262145));
    const auto accepted =
        runCli({"events", "test-pattern", "--event-pattern", R"({"source": ["s"]})", "--event", "file://" + at});
    QVERIFY2(accepted.exitCode == 0, qPrintable(accepted.err));
    QCOMPARE(json(accepted).value("Result").toBool(), true);
    const auto refused =
        runCli({"events", "test-pattern", "--event-pattern", R"({"source": ["s"]})", "--event", "file://" + over});
    QCOMPARE(refused.exitCode, 2);
    QCOMPARE(refused.err.trimmed(),
             "pipelinedesk-cli: --event: the document is larger than 262,144 bytes, the PutEvents limit.");
}

void TestDocumentBounds::pipelineDefinition()
{
    QCOMPARE(DocumentLimits::pipelineDefinitionMaxLength, 1048576);
    const QByteArray head = R"({"Version": "2020-12-01", "Parameters": [], "Steps": [{"Name": "A", "Type": "Processing"}])";
    const QString at = writeFile("definition.json", padded(head, "}", 1048576));
    const QString over = writeFile("definition-over.json", padded(head, "}", 1048577));
    auto created = cli({"pipelines", "create", "--pipeline-name", "at-limit", "--pipeline-definition-file", at,
                        "--role-arn", "arn:aws:iam::222222222222:role/R"});
    QVERIFY2(created.exitCode == 0, qPrintable(created.err));
    const auto refused =
        cli({"pipelines", "create", "--pipeline-name", "over", "--pipeline-definition-file", over});
    QCOMPARE(refused.exitCode, 2);
    QCOMPARE(refused.err.trimmed(), "pipelinedesk-cli: --pipeline-definition-file: the document is longer than "
                                    "1,048,576 characters, the CreatePipeline limit.");
    const auto updated = cli({"pipelines", "update", "--pipeline-name", "at-limit", "--pipeline-definition-file", over});
    QCOMPARE(updated.exitCode, 2);
    QVERIFY2(updated.err.contains("1,048,576 characters"), qPrintable(updated.err));
    // Inline, the service holds the definition to the same limit.
    const auto inlineOver = cli({"pipelines", "create", "--pipeline-name", "inline-over", "--pipeline-definition",
                                 QString::fromUtf8(padded(head, "}", 1048577))});
    QCOMPARE(inlineOver.exitCode, 2);
    QVERIFY2(inlineOver.err.contains("longer than 1,048,576 characters, the CreatePipeline limit"),
             qPrintable(inlineOver.err));
}

void TestDocumentBounds::importDocument()
{
    QCOMPARE(DocumentLimits::importDocumentMaxBytes, 16 * 1024 * 1024);
    // A YAML comment fills the document up to the limit.
    const QByteArray filler = "# " + QByteArray(16 * 1024 * 1024 - azureSchedule.size() - 3, 'x') + "\n";
    const QString at = writeFile("schedule.yml", azureSchedule + filler);
    QCOMPARE(QFile(at).size(), 16 * 1024 * 1024);
    const auto imported =
        cli({"schedules", "import", "--file", at, "--target-pipeline", "serial-inference-pipeline"});
    QVERIFY2(imported.exitCode == 0, qPrintable(imported.err));
    const QString over = writeFile("schedule-over.yml", azureSchedule + filler + "\n");
    const auto refused =
        cli({"schedules", "import", "--file", over, "--target-pipeline", "serial-inference-pipeline"});
    QCOMPARE(refused.exitCode, 2);
    QCOMPARE(refused.err.trimmed(), "pipelinedesk-cli: --file: the document is larger than 16,777,216 bytes, the "
                                    "local limit for documents.");
}

void TestDocumentBounds::entriesFile()
{
    QCOMPARE(DocumentLimits::eventsFileMaxBytes, 16 * 1024 * 1024);
    const QString at = writeFile("entries.json", padded(entries(1), "", 16 * 1024 * 1024));
    const auto put = cli({"events", "put", "--entries", at});
    QVERIFY2(put.exitCode == 0, qPrintable(put.err));
    const QString over = writeFile("entries-over.json", padded(entries(1), "", 16 * 1024 * 1024 + 1));
    const auto refused = cli({"events", "put", "--entries", over});
    QCOMPARE(refused.exitCode, 2);
    QCOMPARE(refused.err.trimmed(), "pipelinedesk-cli: --entries: the document is larger than 16,777,216 bytes, the "
                                    "local limit of events put.");
}

void TestDocumentBounds::devZeroIsRefusedWithoutReadingItAll_data()
{
    QTest::addColumn<QStringList>("arguments");
    QTest::addColumn<QString>("refusal");
    const QString zero = "file:///dev/zero";
    QTest::newRow("rules create --event-pattern")
        << QStringList{"rules", "create", "--name", "z", "--event-pattern", zero}
        << "--event-pattern: the document is longer than 4,096 characters, the PutRule limit.";
    QTest::newRow("events test-pattern --event-pattern")
        << QStringList{"events", "test-pattern", "--event-pattern", zero, "--event", "{}"}
        << "--event-pattern: the document is longer than 4,096 characters, the TestEventPattern limit.";
    QTest::newRow("events test-pattern --event")
        << QStringList{"events", "test-pattern", "--event-pattern", "{}", "--event", zero}
        << "--event: the document is larger than 262,144 bytes, the PutEvents limit.";
    QTest::newRow("events put --entries") << QStringList{"events", "put", "--entries", "/dev/zero"}
                                          << "--entries: the document is larger than 16,777,216 bytes, the local "
                                             "limit of events put.";
    QTest::newRow("rules put-targets --targets")
        << QStringList{"rules", "put-targets", "--rule", "r", "--targets", zero}
        << "--targets: the document is larger than 16,777,216 bytes, the local limit for documents.";
    QTest::newRow("pipelines create --pipeline-definition-file")
        << QStringList{"pipelines", "create", "--pipeline-name", "z", "--pipeline-definition-file", "/dev/zero"}
        << "--pipeline-definition-file: the document is longer than 1,048,576 characters, the CreatePipeline limit.";
    QTest::newRow("rules import --file") << QStringList{"rules", "import", "--file", "/dev/zero"}
                                         << "--file: the document is larger than 16,777,216 bytes, the local limit "
                                            "for documents.";
    QTest::newRow("schedules import --file") << QStringList{"schedules", "import", "--file", "/dev/zero"}
                                             << "--file: the document is larger than 16,777,216 bytes, the local "
                                                "limit for documents.";
}

void TestDocumentBounds::devZeroIsRefusedWithoutReadingItAll()
{
    QFETCH(QStringList, arguments);
    QFETCH(QString, refusal);
    if (!QFile::exists("/dev/zero"))
        QSKIP("no /dev/zero here");
    // Before the bound, reading /dev/zero ended in std::bad_alloc; the test ending at all is the proof.
    const auto refused = cli(arguments);
    QCOMPARE(refused.exitCode, 2);
    QCOMPARE(refused.err.trimmed(), "pipelinedesk-cli: " + refusal);
}

void TestDocumentBounds::deepNestingIsRefused_data()
{
    QTest::addColumn<QStringList>("arguments");
    QTest::addColumn<QByteArray>("document");
    QTest::newRow("rules import, JSON") << QStringList{"rules", "import"}
                                        << QByteArray(100000, '[') + QByteArray(100000, ']');
    QTest::newRow("rules import, JSON objects")
        << QStringList{"rules", "import"} << QByteArray("{\"a\":").repeated(100000) + QByteArray(100000, '}');
    QTest::newRow("schedules import, YAML flow")
        << QStringList{"schedules", "import"} << "name: " + QByteArray(100000, '[') + QByteArray(100000, ']');
    QTest::newRow("schedules import, YAML block") << QStringList{"schedules", "import"}
                                                  << QByteArray("- ").repeated(100000) + "x\n";
}

void TestDocumentBounds::deepNestingIsRefused()
{
    QFETCH(QStringList, arguments);
    QFETCH(QByteArray, document);
    // 100,000 levels took 22 to 47 seconds before; the figure is in tests/bench/bench_documents.
    const QString file = writeFile("deep", document);
    const auto refused = cli(arguments << "--file" << file);
    QCOMPARE(refused.exitCode, 2);
    QVERIFY2(refused.err.contains("the document nests deeper than 128 levels"), qPrintable(refused.err));
}

void TestDocumentBounds::eventsPutGoesInBatchesAndSaysHowFar()
{
    const QString file = writeFile("25.json", entries(25));
    const auto put = cli({"events", "put", "--entries", file});
    QVERIFY2(put.exitCode == 0, qPrintable(put.err));
    QCOMPARE(put.out.trimmed().split('\n').size(), 25);
    // Three calls: the last report says all were put.
    QVERIFY2(put.err.trimmed().split('\n').constLast() == "pipelinedesk-cli: put 25 of 25 events", qPrintable(put.err));
    const auto answer = json(cli({"--json", "events", "put", "--entries", file}));
    QCOMPARE(answer.value("FailedEntryCount").toInt(), 0);
    QCOMPARE(answer.value("Entries").toArray().size(), 25);
    // One call's worth says nothing on stderr.
    const auto one = cli({"events", "put", "--entries", writeFile("10.json", entries(10))});
    QCOMPARE(one.exitCode, 0);
    QVERIFY2(one.err.isEmpty(), qPrintable(one.err));
}

void TestDocumentBounds::eventsPutRefusesMoreThanItsCap()
{
    QCOMPARE(DocumentLimits::eventsFileMaxEntries, 10000);
    QStringList warnings;
    auto atCap = RuleJson::putEventsEntries(entries(10000), &warnings);
    QVERIFY2(atCap.ok(), qPrintable(atCap.error().message));
    QCOMPARE(atCap->size(), 10000);
    const auto refused = cli({"events", "put", "--entries", writeFile("10001.json", entries(10001))});
    QCOMPARE(refused.exitCode, 2);
    QCOMPARE(refused.err.trimmed(), "pipelinedesk-cli: --entries: the document holds 10,001 entries, more than 10,000, "
                                    "the local limit of events put.");
}

void TestDocumentBounds::eventsPutRefusesAnEntryOver256KbBeforePuttingAny()
{
    QCOMPARE(cli({"rules", "create", "--name", "bounds", "--event-pattern", R"({"source": ["bounds.test"]})"}).exitCode,
             0);
    QCOMPARE(cli({"rules", "put-targets", "--rule", "bounds", "--target-pipeline", "serial-inference-pipeline"}).exitCode,
             0);
    // Detail alone 256 KB: with Source and DetailType the entry is over the limit.
    const QByteArray big = entry("{\\\"k\\\": \\\"" + QByteArray(256 * 1024, 'x') + "\\\"}");
    const QString file = writeFile("big.json", "[" + entry() + "," + big + "]");
    const auto refused = cli({"events", "put", "--entries", file});
    QCOMPARE(refused.exitCode, 2);
    QVERIFY2(refused.err.startsWith("pipelinedesk-cli: --entries: Entries[1]: the entry is 262,170 bytes, more than "
                                    "262,144 bytes (256 KB), the PutEvents limit."),
             qPrintable(refused.err));
    // The first entry, which the rule matches, was not put either.
    QVERIFY(json(cli({"--json", "rules", "invocations", "--name", "bounds"})).value("Invocations").toArray().isEmpty());
}

void TestDocumentBounds::putEventsTakesOneCallsWorth()
{
    PdTest::TestWorkspace ws;
    PutEventsEntry small{QStringLiteral("bounds.test"), QStringLiteral("Bounds"), QStringLiteral("{}"), {}, {}, {}};
    QList<PutEventsEntry> eleven(11, small);
    auto refused = ws->rules().putEvents(test, eleven);
    QVERIFY(!refused.ok());
    QCOMPARE(refused.error().field, QStringLiteral("Entries"));
    QVERIFY2(refused.error().message.contains("at most 10 entries"), qPrintable(refused.error().message));
    QVERIFY(ws->rules().putEvents(test, eleven.mid(0, 10)).ok());

    // Two entries of 200 KB: each fits, together they do not.
    PutEventsEntry large = small;
    large.detail = QStringLiteral("{\"k\": \"%1\"}").arg(QString(200 * 1024, 'x'));
    auto tooLarge = ws->rules().putEvents(test, {large, large});
    QVERIFY(!tooLarge.ok());
    QVERIFY2(tooLarge.error().message.contains("256 KB"), qPrintable(tooLarge.error().message));
    QVERIFY(ws->rules().putEvents(test, {large}).ok());
}

void TestDocumentBounds::batchesFollowThePutEventsShape()
{
    PutEventsEntry entry{QStringLiteral("src"), QStringLiteral("type"), QStringLiteral("{}"),
                         {QStringLiteral("arn:a")}, QStringLiteral("2026-11-23T12:00:00Z"), QStringLiteral("bus")};
    // Time 14 bytes, then the UTF-8 of Source, DetailType, Detail and each Resource (not the bus).
    QCOMPARE(RuleService::putEventsEntrySize(entry), 14 + 3 + 4 + 2 + 5);
    entry.detailType = QStringLiteral("유형"); // 6 bytes
    QCOMPARE(RuleService::putEventsEntrySize(entry), 14 + 3 + 6 + 2 + 5);

    auto sizes = [](const QList<QList<PutEventsEntry>> &batches) {
        QList<int> result;
        for (const auto &b : batches)
            result.append(int(b.size()));
        return result;
    };
    auto byCount = RuleService::putEventsBatches(QList<PutEventsEntry>(25, entry));
    QVERIFY(byCount.ok());
    QCOMPARE(sizes(byCount.value()), (QList<int>{10, 10, 5}));

    PutEventsEntry large = entry;
    large.time.clear();
    large.detail = QString(100 * 1024, 'x'); // 100 KB and a little: two fit in 256 KB, three do not
    auto bySize = RuleService::putEventsBatches({large, large, large, entry, large});
    QVERIFY(bySize.ok());
    QCOMPARE(sizes(bySize.value()), (QList<int>{2, 3}));

    PutEventsEntry huge = entry;
    huge.time.clear();
    huge.detail = QString(DocumentLimits::putEventsMaxBytes, 'x');
    auto refused = RuleService::putEventsBatches({entry, huge});
    QVERIFY(!refused.ok());
    QCOMPARE(refused.error().field, QStringLiteral("Entries[1]"));
}

QTEST_GUILESS_MAIN(TestDocumentBounds)
#include "tst_documentbounds.moc"
