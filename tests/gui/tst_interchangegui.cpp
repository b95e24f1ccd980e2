// Import and export through the Rules and Schedules pages, offscreen: the export dialog's
// preview is exactly what the conversions produce in each format, what a format cannot express
// is listed (a static "$." value), the document saves to a file; the import dialog reads it back
// into a fresh workspace (the same rule, the same schedule), previews what it will create or
// replace and the event bus it will make, shows a malformed document's path (or YAML line and
// column) with Import disabled, and asks for the pipeline when the document's is not there.
// Test code reads better with plain literals; production code keeps the strict cast rules.
#undef QT_NO_CAST_FROM_ASCII
#include "testworkspace.h"

#include "core/language.h"
#include "core/session.h"
#include "pipelines/pipelineservice.h"
#include "rules/ruleinterchange.h"
#include "rules/rulemodels.h"
#include "rules/ruleservice.h"
#include "schedules/scheduleinterchange.h"
#include "schedules/scheduleservice.h"
#include "views/interchange/exportdialog.h"
#include "views/interchange/importdialog.h"
#include "views/rules/rulespage.h"
#include "views/schedules/schedulespage.h"

#include <QApplication>
#include <QClipboard>
#include <QComboBox>
#include <QFile>
#include <QJsonDocument>
#include <QLabel>
#include <QListWidget>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSettings>
#include <QStandardPaths>
#include <QTableView>
#include <QTableWidget>

using namespace Pd;

namespace {
const QString test = QStringLiteral("222222222222");
const QString serialArn = QStringLiteral("arn:aws:sagemaker:us-east-1:222222222222:pipeline/serial-inference-pipeline");

template<typename T> T *child(QObject *parent, const char *name)
{
    T *found = parent->findChild<T *>(QLatin1String(name));
    if (!found)
        qFatal("no %s", name);
    return found;
}

Rule patternRule()
{
    Rule r;
    r.name = "on-new-data";
    r.eventBus = "ml-events";
    r.description = "새 데이터 — new data";
    r.eventPattern = R"({"source":["my.app"],"detail-type":["DataReady"]})";
    r.tags = {{"team", "ml"}};
    RuleTarget t;
    t.id = "infer";
    t.pipelineArn = serialArn;
    t.parameters = {{"InputData", "$.detail.uri", true}, {"TrainingInstanceType", "ml.m5.2xlarge", false}};
    r.targets = {t};
    return r;
}

// A rule whose static value EventBridge would read as a JSONPath: no format can carry it.
Rule lossyRule()
{
    Rule r;
    r.name = "hourly";
    r.scheduleExpression = "rate(1 hour)";
    RuleTarget t;
    t.id = "p";
    t.pipelineArn = serialArn;
    t.parameters = {{"InputData", "$.static", false}};
    r.targets = {t};
    return r;
}

void compareRules(const Rule &a, const Rule &b)
{
    QCOMPARE(a.arn, b.arn);
    QCOMPARE(a.name, b.name);
    QCOMPARE(a.eventBus, b.eventBus);
    QCOMPARE(a.description, b.description);
    QCOMPARE(QJsonDocument::fromJson(a.eventPattern.toUtf8()), QJsonDocument::fromJson(b.eventPattern.toUtf8()));
    QCOMPARE(a.scheduleExpression, b.scheduleExpression);
    QCOMPARE(a.enabled, b.enabled);
    QCOMPARE(a.roleArn, b.roleArn);
    QCOMPARE(a.tags, b.tags);
    QCOMPARE(a.targets, b.targets);
}

QStringList listTexts(QListWidget *list)
{
    QStringList texts;
    for (int i = 0; i < list->count(); ++i)
        texts.append(list->item(i)->text());
    return texts;
}

QStringList previewRow(QTableWidget *table, int row)
{
    QStringList cells;
    for (int column = 0; column < table->columnCount(); ++column)
        cells.append(table->item(row, column) ? table->item(row, column)->text() : QString());
    return cells;
}

void selectFormat(QComboBox *combo, const QString &id)
{
    const int index = combo->findData(id);
    QVERIFY2(index >= 0, qPrintable(id));
    combo->setCurrentIndex(index);
}
} // namespace

class TestInterchangeGui : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void ruleExportShowsEachFormat();
    void severalSelectedRulesExportTogether();
    void ruleRoundTripThroughTheDialogs_data();
    void ruleRoundTripThroughTheDialogs();
    void malformedDocumentsShowWhere_data();
    void malformedDocumentsShowWhere();
    void rulePlusSeparateTargetsDocument();
    void scheduleRoundTripThroughTheDialogs_data();
    void scheduleRoundTripThroughTheDialogs();
    void scheduleImportAsksForThePipeline();
    void dialogsRetranslate();
};

void TestInterchangeGui::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QSettings().clear();
    Language::instance()->setLanguage(QStringLiteral("en"));
}

void TestInterchangeGui::ruleExportShowsEachFormat()
{
    PdTest::TestWorkspace ws;
    auto rule = ws->rules().createRule(test, lossyRule());
    QVERIFY2(rule.ok(), qPrintable(rule.error().message));
    Session session(test);
    RulesPage page(*ws, session);
    page.resize(1200, 800);
    page.show();
    page.selectRule(rule->arn);
    auto *exportButton = child<QPushButton>(&page, "exportButton");
    QVERIFY(exportButton->isEnabled());
    exportButton->click();
    ExportDialog *dialog = page.openExportDialog();
    QVERIFY(dialog);
    auto *subject = child<QLabel>(dialog, "subjectLabel");
    QVERIFY(subject->text().startsWith("Export the rule “hourly"));
    // A language switch while the dialog is open retranslates the subject line too.
    QVERIFY(Language::instance()->setLanguage("ko"));
    QCoreApplication::processEvents();
    QVERIFY2(subject->text().startsWith("규칙 “hourly") && subject->text().endsWith("내보내기"),
             qPrintable(subject->text()));
    QVERIFY(Language::instance()->setLanguage("en"));
    QCoreApplication::processEvents();
    QVERIFY(subject->text().startsWith("Export the rule “hourly"));

    auto *formats = child<QComboBox>(dialog, "formatCombo");
    auto *preview = child<QPlainTextEdit>(dialog, "previewEdit");
    auto *losses = child<QListWidget>(dialog, "notExpressibleList");
    auto *lossLabel = child<QLabel>(dialog, "lossLabel");
    QVERIFY(preview->isReadOnly());
    QCOMPARE(formats->count(), 3);
    for (RuleFormat format : {RuleFormat::AwsCli, RuleFormat::CloudFormation, RuleFormat::CloudFormationJson}) {
        selectFormat(formats, toCliString(format));
        const RuleExport expected = exportRule(rule.value(), format);
        QCOMPARE(preview->toPlainText(), QString::fromUtf8(expected.text));
        QCOMPARE(dialog->format(), toCliString(format));
        // The static "$." value is the one loss, listed where it cannot be missed.
        QCOMPARE(listTexts(losses), expected.notExpressible);
        QCOMPARE(losses->count(), 1);
        QVERIFY2(losses->item(0)->text().contains("$.static"), qPrintable(losses->item(0)->text()));
        QVERIFY(losses->isVisible());
        QCOMPARE(lossLabel->text(), "Not expressible in this format (1):");
    }

    // Save to a file (the path given as the file dialog would) and Copy.
    const QString path = ws.dir.filePath("hourly.json");
    QVERIFY(dialog->saveTo(path));
    QFile saved(path);
    QVERIFY(saved.open(QIODevice::ReadOnly));
    QCOMPARE(saved.readAll(), dialog->document().text);
    QVERIFY(child<QLabel>(dialog, "statusLabel")->text().contains(path));
    QVERIFY(!dialog->saveTo(ws.dir.filePath("no/such/dir/x.json")));
    QVERIFY(child<QLabel>(dialog, "statusLabel")->text().startsWith("Cannot write"));
    child<QPushButton>(dialog, "copyButton")->click();
    QCOMPARE(QApplication::clipboard()->text(), QString::fromUtf8(dialog->document().text));
    child<QPushButton>(dialog, "closeButton")->click();
    QTRY_VERIFY(!page.openExportDialog());
}

void TestInterchangeGui::severalSelectedRulesExportTogether()
{
    PdTest::TestWorkspace ws;
    QVERIFY(ws->rules().createEventBus(test, "ml-events").ok());
    auto a = ws->rules().createRule(test, patternRule());
    Rule second = patternRule();
    second.name = "on-more-data";
    auto b = ws->rules().createRule(test, second);
    QVERIFY(a.ok() && b.ok());
    Session session(test);
    RulesPage page(*ws, session);
    page.show();
    // The demo's own rules are there too: select the two (the second added to the selection).
    auto *table = child<QTableView>(&page, "rulesTableView");
    page.selectRule(a->arn);
    for (int row = 0; row < table->model()->rowCount(); ++row) {
        const QModelIndex index = table->model()->index(row, 0);
        if (index.data(IdRole).toString() == b->arn)
            table->selectionModel()->select(index, QItemSelectionModel::Select | QItemSelectionModel::Rows);
    }
    QCOMPARE(page.selectedArns().size(), 2);
    child<QPushButton>(&page, "exportButton")->click();
    ExportDialog *dialog = page.openExportDialog();
    QVERIFY(dialog);
    // In table order (by name): on-more-data, on-new-data.
    QCOMPARE(dialog->document().text, exportRules({b.value(), a.value()}, RuleFormat::AwsCli).text);
    QCOMPARE(child<QLabel>(dialog, "lossLabel")->text(), "Nothing is lost in this format.");
    QVERIFY(!child<QListWidget>(dialog, "notExpressibleList")->isVisible());
    dialog->close();
}

void TestInterchangeGui::ruleRoundTripThroughTheDialogs_data()
{
    QTest::addColumn<QString>("format");
    QTest::addColumn<QString>("detected");
    QTest::newRow("aws-cli") << "aws-cli"
                             << "Detected: AWS CLI input JSON (put-rule, put-targets)";
    QTest::newRow("cloudformation") << "cloudformation"
                                    << "Detected: CloudFormation YAML (AWS::Events::Rule)";
    QTest::newRow("cloudformation-json") << "cloudformation-json"
                                         << "Detected: CloudFormation JSON (AWS::Events::Rule)";
}

void TestInterchangeGui::ruleRoundTripThroughTheDialogs()
{
    QFETCH(QString, format);
    QFETCH(QString, detected);
    PdTest::TestWorkspace from;
    QVERIFY(from->rules().createEventBus(test, "ml-events").ok());
    auto original = from->rules().createRule(test, patternRule());
    QVERIFY2(original.ok(), qPrintable(original.error().message));
    Session session(test);
    QByteArray document;
    {
        RulesPage page(*from, session);
        page.show();
        page.selectRule(original->arn);
        child<QPushButton>(&page, "exportButton")->click();
        ExportDialog *dialog = page.openExportDialog();
        QVERIFY(dialog);
        dialog->setFormat(format);
        document = dialog->document().text;
        QCOMPARE(document, exportRule(original.value(), *ruleFormatFromCli(format)).text);
    }

    PdTest::TestWorkspace to;
    RulesPage page(*to, session);
    page.show();
    const int demoRules = page.model()->rowCount();
    child<QPushButton>(&page, "importButton")->click();
    ImportDialog *dialog = page.openImportDialog();
    QVERIFY(dialog);
    auto *importButton = child<QPushButton>(dialog, "importButton");
    QVERIFY(!importButton->isEnabled()); // nothing to import yet
    const QString path = to.dir.filePath("rule." + format);
    {
        QFile file(path);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(document);
    }
    QVERIFY(dialog->openFile(path));
    QCOMPARE(child<QPlainTextEdit>(dialog, "documentEdit")->toPlainText(), QString::fromUtf8(document));
    QCOMPARE(child<QLabel>(dialog, "fileLabel")->text(), path);
    QCOMPARE(child<QLabel>(dialog, "detectedFormatLabel")->text(), detected);
    QVERIFY(!child<QLabel>(dialog, "errorLabel")->isVisible());
    auto *preview = child<QTableWidget>(dialog, "previewTable");
    QCOMPARE(preview->rowCount(), 1);
    QCOMPARE(previewRow(preview, 0),
             (QStringList{"Create", "on-new-data", "ml-events", "Event pattern", "serial-inference-pipeline"}));
    QCOMPARE(listTexts(child<QListWidget>(dialog, "warningsList")),
             QStringList{"The event bus “ml-events” does not exist; it will be created."});
    QVERIFY(importButton->isEnabled());
    importButton->click();
    QCOMPARE(dialog->importedArns(), QStringList{original->arn});
    const QString result = child<QLabel>(dialog, "resultLabel")->text();
    QVERIFY2(result.contains(original->arn) && result.contains("The event bus “ml-events” was created."),
             qPrintable(result));
    QVERIFY(!importButton->isEnabled()); // done: not twice
    QCOMPARE(child<QPushButton>(dialog, "closeButton")->text(), "Close");
    auto copy = to->rules().rule(test, original->arn);
    QVERIFY2(copy.ok(), qPrintable(copy.error().message));
    compareRules(copy.value(), original.value());
    // The page shows and selects what came in.
    QTRY_COMPARE(page.selectedArn(), original->arn);

    // The same document again: the preview says the rule will be replaced.
    dialog->setDocument(QString());
    dialog->setDocument(QString::fromUtf8(document));
    QCOMPARE(preview->item(0, 0)->text(), "Replace");
    QVERIFY(listTexts(child<QListWidget>(dialog, "warningsList")).isEmpty());
    QVERIFY(dialog->import());
    QCOMPARE(to->rules().rules(test)->size(), demoRules + 1);
    dialog->close();
}

void TestInterchangeGui::malformedDocumentsShowWhere_data()
{
    QTest::addColumn<QString>("document");
    QTest::addColumn<QString>("error");
    QTest::newRow("missing target ARN") << R"({"PutRule": {"Name": "x", "EventPattern": "{\"source\":[\"a\"]}"},)"
                                           R"( "PutTargets": {"Rule": "x", "Targets": [{"Id": "t"}]}})"
                                        << "PutTargets.Targets[0].Arn: required but missing.";
    QTest::newRow("YAML syntax") << "Resources:\n  A:\n    Type: AWS::Events::Rule\n    Properties: [\n"
                                 << "line 5, column 1: ";
    QTest::newRow("pipeline not here")
        << R"({"PutRule": {"Name": "x", "EventPattern": "{\"source\":[\"a\"]}"}, "PutTargets": {"Rule": "x",)"
           R"( "Targets": [{"Id": "t", "Arn": "arn:aws:sagemaker:us-east-1:222222222222:pipeline/gone"}]}})"
        << "rule “x”: Targets[0].Arn: Pipeline arn:aws:sagemaker:us-east-1:222222222222:pipeline/gone does not exist.";
}

void TestInterchangeGui::malformedDocumentsShowWhere()
{
    QFETCH(QString, document);
    QFETCH(QString, error);
    PdTest::TestWorkspace ws;
    Session session(test);
    const qsizetype demoRules = ws->rules().rules(test)->size();
    ImportDialog dialog(*ws, session, ImportDialog::Kind::Rules);
    dialog.show();
    dialog.setDocument(document);
    auto *label = child<QLabel>(&dialog, "errorLabel");
    QVERIFY(label->isVisible());
    QVERIFY2(label->text().startsWith(error), qPrintable(label->text()));
    QVERIFY(!child<QPushButton>(&dialog, "importButton")->isEnabled());
    QVERIFY(!dialog.canImport());
    QVERIFY(!dialog.import());
    QCOMPARE(ws->rules().rules(test)->size(), demoRules);
}

// A bare put-rule input and its put-targets input, kept in two files as the AWS CLI takes them.
void TestInterchangeGui::rulePlusSeparateTargetsDocument()
{
    PdTest::TestWorkspace ws;
    Session session(test);
    ImportDialog dialog(*ws, session, ImportDialog::Kind::Rules);
    dialog.show();
    auto *preview = child<QTableWidget>(&dialog, "previewTable");
    auto *error = child<QLabel>(&dialog, "errorLabel");
    QVERIFY(child<QPlainTextEdit>(&dialog, "targetsDocumentEdit")->isVisible());
    dialog.setDocument(R"({"Name": "on-upload", "EventPattern": "{\"source\": [\"aws.s3\"]}"})");
    QCOMPARE(preview->item(0, 4)->text(), "None");

    const QString path = ws.dir.filePath("targets.json");
    {
        QFile file(path);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(R"({"Rule": "on-upload", "Targets": [{"Id": "p", "Arn": ")" + serialArn.toUtf8() +
                   R"(", "SageMakerPipelineParameters": {"PipelineParameterList": [{"Name": "InputData", "Value": "$.detail.object.key"}]}}]})");
    }
    QVERIFY(dialog.openTargetsFile(path));
    QCOMPARE(child<QLabel>(&dialog, "targetsFileLabel")->text(), path);
    QVERIFY2(!error->isVisible(), qPrintable(error->text()));
    QCOMPARE(previewRow(preview, 0),
             (QStringList{"Create", "on-upload", "default", "Event pattern", "serial-inference-pipeline"}));
    // With PD_SCREENSHOT_DIR set, the dialog is saved in both languages for a look.
    if (const QString shots = qEnvironmentVariable("PD_SCREENSHOT_DIR"); !shots.isEmpty()) {
        for (const char *language : {"en", "ko"}) {
            QVERIFY(Language::instance()->setLanguage(language));
            QCoreApplication::processEvents();
            QVERIFY(dialog.grab().save(QStringLiteral("%1/rule-import-targets-%2.png").arg(shots, language)));
        }
        QVERIFY(Language::instance()->setLanguage("en"));
        QCoreApplication::processEvents();
    }
    QVERIFY(dialog.import());
    auto rule = ws->rules().rule(test, "on-upload", "default");
    QVERIFY2(rule.ok(), qPrintable(rule.error().message));
    QCOMPARE(rule->targets.size(), 1);
    QCOMPARE(rule->targets.constFirst().pipelineArn, serialArn);
    QCOMPARE(rule->targets.constFirst().parameters.constFirst().value, "$.detail.object.key");
    QVERIFY(rule->targets.constFirst().parameters.constFirst().dynamic);

    // A fault in the targets document is named there; Import waits for it to be fixed.
    dialog.setTargetsDocument(R"({"Rule": "on-upload", "Targets": [{"Id": "p"}]})");
    QVERIFY(error->isVisible());
    QCOMPARE(error->text(), "PutTargets.Targets[0].Arn: required but missing.");
    QVERIFY(!dialog.canImport());
    // Beside a document with its targets inside, a targets document is refused, not dropped.
    dialog.setTargetsDocument(R"({"Rule": "on-upload", "Targets": []})");
    dialog.setDocument("OnUpload:\n  Type: AWS::Events::Rule\n  Properties:\n    ScheduleExpression: rate(1 day)\n");
    QCOMPARE(error->text(), "PutTargets: a separate put-targets input goes with a single bare put-rule input.");
    QVERIFY(!dialog.canImport());
    dialog.setTargetsDocument(QString());
    QVERIFY(!error->isVisible());
    QVERIFY(dialog.canImport());

    // A schedule import has no targets document.
    ImportDialog schedule(*ws, session, ImportDialog::Kind::Schedule);
    schedule.show();
    QVERIFY(!child<QPlainTextEdit>(&schedule, "targetsDocumentEdit")->isVisible());
}

void TestInterchangeGui::scheduleRoundTripThroughTheDialogs_data()
{
    QTest::addColumn<QString>("format");
    QTest::newRow("azure-ml") << "azure-ml";
    QTest::newRow("scheduler") << "scheduler";
}

void TestInterchangeGui::scheduleRoundTripThroughTheDialogs()
{
    QFETCH(QString, format);
    PdTest::TestWorkspace from;
    ScheduleInput input;
    input.name = "nightly-retrain";
    input.description = "재학습 — retrain";
    input.expression = "cron(0 3 * * ? *)";
    input.timeZone = "Asia/Seoul";
    input.enabled = false;
    input.targetPipeline = "serial-inference-pipeline";
    input.parameters = QList<ExecutionParameter>{{"InputData", "s3://bucket/nightly"}};
    input.flexibleWindowMinutes = 15;
    input.maxRetries = 3;
    input.overlapPolicy = OverlapPolicy::Skip;
    auto original = from->schedules().create(test, input);
    QVERIFY2(original.ok(), qPrintable(original.error().message));
    Session session(test);
    QByteArray document;
    QStringList losses;
    {
        SchedulesPage page(*from, session);
        page.show();
        page.selectSchedule(original->arn);
        child<QPushButton>(&page, "exportButton")->click();
        ExportDialog *dialog = page.openExportDialog();
        QVERIFY(dialog);
        QCOMPARE(child<QComboBox>(dialog, "formatCombo")->count(), 2);
        dialog->setFormat(format);
        ScheduleExportOptions options;
        // As the CLI does: the target pipeline's role.
        options.roleArn = from->pipelines().resolve(test, serialArn)->roleArn;
        QVERIFY(!options.roleArn.isEmpty());
        const ScheduleExport expected = exportSchedule(original.value(), *scheduleFormatFromCli(format), options);
        document = dialog->document().text;
        QCOMPARE(child<QPlainTextEdit>(dialog, "previewEdit")->toPlainText(), QString::fromUtf8(expected.text));
        losses = listTexts(child<QListWidget>(dialog, "notExpressibleList"));
        QCOMPARE(losses, expected.notExpressible);
        // Both formats lose or move the overlap policy; the list says so.
        QVERIFY2(losses.join('\n').contains("overlap"), qPrintable(losses.join('\n')));
    }

    PdTest::TestWorkspace to;
    SchedulesPage page(*to, session);
    page.show();
    child<QPushButton>(&page, "importButton")->click();
    ImportDialog *dialog = page.openImportDialog();
    QVERIFY(dialog);
    dialog->setDocument(QString::fromUtf8(document));
    QVERIFY2(!child<QLabel>(dialog, "errorLabel")->isVisible(),
             qPrintable(child<QLabel>(dialog, "errorLabel")->text()));
    // The document's pipeline is here: chosen already, no question asked.
    QCOMPARE(child<QComboBox>(dialog, "targetPipelineCombo")->currentData().toString(), serialArn);
    QVERIFY(!child<QLabel>(dialog, "targetNoteLabel")->isVisible());
    auto *preview = child<QTableWidget>(dialog, "previewTable");
    QCOMPARE(preview->rowCount(), 1);
    QCOMPARE(preview->item(0, 0)->text(), "Create");
    QCOMPARE(preview->item(0, 1)->text(), "nightly-retrain");
    QCOMPARE(preview->item(0, 2)->text(), "default");
    QVERIFY(dialog->import());
    QCOMPARE(dialog->importedArns(), QStringList{original->arn});
    auto copy = to->schedules().describe(test, original->arn);
    QVERIFY2(copy.ok(), qPrintable(copy.error().message));
    QCOMPARE(copy->description, original->description);
    QCOMPARE(copy->expression, original->expression);
    QCOMPARE(copy->timeZone, original->timeZone);
    QCOMPARE(copy->enabled, original->enabled);
    QCOMPARE(copy->targetPipelineArn, original->targetPipelineArn);
    QCOMPARE(copy->targetParameters.size(), 1);
    QCOMPARE(copy->targetParameters.constFirst().value, original->targetParameters.constFirst().value);
    QCOMPARE(copy->flexibleWindowMinutes, original->flexibleWindowMinutes);
    QCOMPARE(copy->maxRetries, original->maxRetries);
    // Azure ML keeps the overlap policy under pipelinedesk.* properties; Scheduler cannot.
    QCOMPARE(copy->overlapPolicy, format == "azure-ml" ? OverlapPolicy::Skip : OverlapPolicy::Allow);
    QTRY_VERIFY(child<QLabel>(&page, "messageLabel")->text().contains("nightly-retrain"));
    dialog->close();
}

void TestInterchangeGui::scheduleImportAsksForThePipeline()
{
    PdTest::TestWorkspace ws;
    Session session(test);
    ImportDialog dialog(*ws, session, ImportDialog::Kind::Schedule);
    dialog.show();
    dialog.setDocument("name: from-azure\n"
                       "trigger:\n"
                       "  type: cron\n"
                       "  expression: \"0 * * * *\"\n"
                       "  time_zone: Korea Standard Time\n"
                       "create_job: azureml:not-here\n");
    auto *note = child<QLabel>(&dialog, "targetNoteLabel");
    auto *target = child<QComboBox>(&dialog, "targetPipelineCombo");
    QCOMPARE(child<QLabel>(&dialog, "detectedFormatLabel")->text(), "Detected: Azure ML schedule YAML");
    QVERIFY(note->isVisible());
    QVERIFY2(note->text().contains("not-here"), qPrintable(note->text()));
    QCOMPARE(target->currentIndex(), -1);
    QVERIFY(!child<QPushButton>(&dialog, "importButton")->isEnabled());
    QCOMPARE(child<QTableWidget>(&dialog, "previewTable")->item(0, 3)->text(),
             "crontab(0 * * * *) in Korea Standard Time");

    dialog.setTargetPipeline(serialArn);
    QVERIFY(child<QPushButton>(&dialog, "importButton")->isEnabled());
    QVERIFY(dialog.import());
    auto s = ws->schedules().describe(test, "from-azure");
    QVERIFY(s.ok());
    QCOMPARE(s->targetPipelineArn, serialArn);
    QCOMPARE(s->expression, "crontab(0 * * * *)");
}

void TestInterchangeGui::dialogsRetranslate()
{
    PdTest::TestWorkspace ws;
    auto rule = ws->rules().createRule(test, lossyRule());
    QVERIFY(rule.ok());
    Session session(test);
    ImportDialog import(*ws, session, ImportDialog::Kind::Rules);
    import.setDocument("{");
    const auto produce = [&rule](const QString &id) {
        const RuleExport e = exportRule(rule.value(), *ruleFormatFromCli(id));
        return ExportDialog::Document{e.text, e.notExpressible};
    };
    ExportDialog exported({{"aws-cli", "json",
                            [] {
                                return QString("AWS CLI");
                            }}},
                          produce, [] { return QString("hourly"); }, "hourly");
    const QString englishError = child<QLabel>(&import, "errorLabel")->text();
    const QString englishLoss = child<QListWidget>(&exported, "notExpressibleList")->item(0)->text();

    QVERIFY(Language::instance()->setLanguage("ko"));
    QCoreApplication::processEvents();
    QCOMPARE(import.windowTitle(), "규칙 가져오기");
    QCOMPARE(exported.windowTitle(), "내보내기");
    QVERIFY(child<QLabel>(&exported, "lossLabel")->text().contains("표현할 수 없"));
    // Messages from the document and the conversion are read again in the new language.
    QVERIFY(child<QLabel>(&import, "errorLabel")->text() != englishError);
    QVERIFY(child<QListWidget>(&exported, "notExpressibleList")->item(0)->text() != englishLoss);
    QVERIFY(Language::instance()->setLanguage("en"));
    QCoreApplication::processEvents();
    QCOMPARE(import.windowTitle(), "Import rules");
    QCOMPARE(child<QLabel>(&import, "errorLabel")->text(), englishError);
}

QTEST_MAIN(TestInterchangeGui)
#include "tst_interchangegui.moc"
