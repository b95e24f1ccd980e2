// The Rules page, the create-rule wizard and the Send event dialog, offscreen and driven as a
// person would: a pattern rule (sample, predefined pattern edited, Test pattern, an invalid
// pattern holding Next back, targets with a static and a JSONPath parameter, tags, review, Edit
// back to the details and forward again, Create), an event sent through the dialog that starts
// the pipeline with the resolved parameters, a scheduled rule with its UTC preview, the page's
// buttons, and the language switch. Every item model gets a tester.
// Test code reads better with plain literals; production code keeps the strict cast rules.
#undef QT_NO_CAST_FROM_ASCII
#include "modelhelpers.h"
#include "testworkspace.h"

#include "core/language.h"
#include "core/session.h"
#include "pipelines/pipelineservice.h"
#include "rules/rulemodels.h"
#include "rules/ruleservice.h"
#include "schedules/schedulefiresmodel.h"
#include "views/common/messagebox.h"
#include "views/common/messagelabel.h"
#include "views/rules/rulespage.h"
#include "views/rules/rulewizard.h"
#include "views/rules/sendeventdialog.h"
#include "views/schedules/schedulepreviewwidget.h"

#include <QAbstractButton>
#include <QAbstractItemModelTester>
#include <QApplication>
#include <QCheckBox>
#include <QComboBox>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QRadioButton>
#include <QSettings>
#include <QStandardPaths>
#include <QTableView>
#include <QTableWidget>
#include <QTextBrowser>

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

bool nextEnabled(QWizard *wizard)
{
    return wizard->button(QWizard::NextButton)->isEnabled();
}

int rowNamed(QTableWidget *table, const QString &name)
{
    for (int row = 0; row < table->rowCount(); ++row) {
        if (table->item(row, 0)->text() == name)
            return row;
    }
    return -1;
}

void setParameter(QTableWidget *table, const QString &name, const QString &value, bool jsonPath)
{
    const int row = rowNamed(table, name);
    QVERIFY2(row >= 0, qPrintable(name));
    table->item(row, 1)->setText(value);
    static_cast<QComboBox *>(table->cellWidget(row, 2))->setCurrentIndex(jsonPath ? 1 : 0);
}

// The demo seeds rules of its own in the test account; tests that count rows start without them.
void removeDemoRules(Workspace &ws)
{
    const auto rules = ws.rules().rules(test);
    QVERIFY2(rules, qPrintable(rules.error().message));
    for (const Rule &rule : rules.value())
        QVERIFY(ws.rules().deleteRule(test, rule.arn, rule.eventBus, true));
}

QString parameterValue(const QList<ExecutionParameter> &parameters, const QString &name)
{
    for (const ExecutionParameter &p : parameters) {
        if (p.name == name)
            return p.value;
    }
    return QStringLiteral("<absent>");
}
} // namespace

class TestRulesGui : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void patternRuleFromWizardToExecution();
    void scheduledRuleThroughTheWizard();
    void pageActionsAndEdit();
    void sendEventSaysWhichTargetFailed();
    void escapeAsksBeforeDiscardingEntries();
    void modelsPassTheTester();
    void pageRetranslates();
    void wizardWorksInKorean();
};

void TestRulesGui::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QSettings().clear();
    Language::instance()->setLanguage(QStringLiteral("en"));
}

void TestRulesGui::patternRuleFromWizardToExecution()
{
    PdTest::TestWorkspace ws;
    Session session(test);
    RulesPage page(*ws, session);
    const auto mode = QAbstractItemModelTester::FailureReportingMode::QtTest;
    QAbstractItemModelTester rulesTester(page.model(), mode), historyTester(page.invocations(), mode);
    page.resize(1200, 800);
    page.show();

    child<QPushButton>(&page, "createRuleButton")->click();
    RuleWizard *wizard = page.openWizard();
    QVERIFY(wizard);
    QCOMPARE(wizard->currentId(), int(RuleWizard::DetailsPageId));

    // Step 1: details. The name is required and checked by the service.
    QVERIFY(!nextEnabled(wizard));
    auto *name = child<QLineEdit>(wizard, "nameEdit");
    name->setText("has space");
    QVERIFY(!nextEnabled(wizard));
    QVERIFY2(child<QLabel>(wizard, "detailsErrorLabel")->text().contains("--name"),
             qPrintable(child<QLabel>(wizard, "detailsErrorLabel")->text()));
    name->setText("retrain-on-upload");
    child<QPlainTextEdit>(wizard, "descriptionEdit")->setPlainText("first draft");
    QVERIFY(nextEnabled(wizard));
    QVERIFY(child<QLabel>(wizard, "detailsErrorLabel")->text().isEmpty());
    wizard->next();

    // Step 2: a sample, a predefined pattern, edited, tested.
    QCOMPARE(wizard->currentId(), int(RuleWizard::PatternPageId));
    auto *samples = child<QComboBox>(wizard, "sampleEventCombo");
    samples->setCurrentIndex(samples->findData("s3-object-created"));
    QVERIFY(child<QPlainTextEdit>(wizard, "sampleEventEdit")->toPlainText().contains("abalone/abalone-dataset.csv"));
    child<QComboBox>(wizard, "serviceCombo")->setCurrentText("Amazon S3");
    auto *eventType = child<QComboBox>(wizard, "eventTypeCombo");
    eventType->setCurrentIndex(eventType->findData("s3-object-created-bucket"));
    auto *pattern = child<QPlainTextEdit>(wizard, "patternEdit");
    QVERIFY(pattern->toPlainText().contains("sagemaker-us-east-1-222222222222"));
    auto *testButton = child<QPushButton>(wizard, "testPatternButton");
    auto *testResult = child<QLabel>(wizard, "testResultLabel");
    testButton->click();
    QVERIFY2(testResult->text().startsWith("Match"), qPrintable(testResult->text()));

    pattern->setPlainText(pattern->toPlainText().replace("sagemaker-us-east-1-222222222222", "another-bucket"));
    testButton->click();
    QVERIFY2(testResult->text().startsWith("No match") && testResult->text().contains("bucket"),
             qPrintable(testResult->text()));

    // An invalid pattern holds Next back and says where.
    pattern->setPlainText(R"({"source": ["aws.s3"], "detail": {"object": {"size": [{"numeric": [">", "big"]}]}}})");
    QVERIFY(!nextEnabled(wizard));
    auto *patternError = child<QLabel>(wizard, "patternErrorLabel");
    QVERIFY2(patternError->text().contains("$.detail.object.size"), qPrintable(patternError->text()));

    const QString edited = R"({"source": ["aws.s3"], "detail-type": ["Object Created"],
  "detail": {"bucket": {"name": [{"prefix": "sagemaker-"}]}}})";
    pattern->setPlainText(edited);
    QVERIFY(nextEnabled(wizard));
    testButton->click();
    QVERIFY2(testResult->text().startsWith("Match"), qPrintable(testResult->text()));
    wizard->next();

    // Step 3: the pipeline in test, one static and one JSONPath parameter, a new role.
    QCOMPARE(wizard->currentId(), int(RuleWizard::TargetsPageId));
    QWidget *panel = child<QWidget>(wizard, "targetPanel1");
    auto *pipeline = child<QComboBox>(panel, "pipelineCombo");
    QVERIFY(pipeline->findData(serialArn) >= 0);
    pipeline->setCurrentIndex(pipeline->findData(serialArn));
    auto *parameters = child<QTableWidget>(panel, "parameterTable");
    QCOMPARE(parameters->rowCount(), 4); // the definition's parameters, with their defaults
    setParameter(parameters, "ProcessingInstanceCount", "2", false);
    setParameter(parameters, "InputData", "$.detail.object.key", true);
    QVERIFY(child<QRadioButton>(panel, "newRoleRadioButton")->isChecked());
    QVERIFY(child<QLabel>(panel, "newRoleArnLabel")->text().contains("retrain-on-upload"));
    QTRY_VERIFY(nextEnabled(wizard));
    // A JSONPath that is not one holds Next back with the target's field.
    setParameter(parameters, "InputData", "detail.object.key", true);
    QVERIFY(!nextEnabled(wizard));
    QVERIFY(!child<QLabel>(panel, "targetErrorLabel")->text().isEmpty());
    setParameter(parameters, "InputData", "$.detail.object.key", true);
    QVERIFY(nextEnabled(wizard));
    wizard->next();

    // Step 4: one tag.
    QCOMPARE(wizard->currentId(), int(RuleWizard::TagsPageId));
    child<QPushButton>(wizard, "addTagButton")->click();
    auto *tags = child<QTableWidget>(wizard, "tagTable");
    tags->item(0, 0)->setText("team");
    tags->item(0, 1)->setText("ml-platform");
    QVERIFY(nextEnabled(wizard));
    wizard->next();

    // Step 5: review; Edit goes back to the details, which kept everything.
    QCOMPARE(wizard->currentId(), int(RuleWizard::ReviewPageId));
    QVERIFY(child<QLabel>(wizard, "reviewDetailsLabel")->text().contains("first draft"));
    const QString targetsText = child<QLabel>(wizard, "reviewTargetsLabel")->text();
    QVERIFY2(targetsText.contains("InputData ← $.detail.object.key") &&
                 targetsText.contains("ProcessingInstanceCount = 2"),
             qPrintable(targetsText));
    QVERIFY(child<QLabel>(wizard, "reviewTagsLabel")->text().contains("team = ml-platform"));
    QVERIFY(!ws->rules().rule(test, "retrain-on-upload")); // nothing before Create

    child<QPushButton>(wizard, "editDetailsButton")->click();
    QCOMPARE(wizard->currentId(), int(RuleWizard::DetailsPageId));
    QCOMPARE(name->text(), "retrain-on-upload");
    child<QPlainTextEdit>(wizard, "descriptionEdit")->setPlainText("Retrain when a data set lands");
    wizard->next();
    QCOMPARE(wizard->currentId(), int(RuleWizard::PatternPageId));
    QCOMPARE(pattern->toPlainText(), edited); // Back and Next keep what was entered
    wizard->next();
    QCOMPARE(parameters->item(rowNamed(parameters, "InputData"), 1)->text(), "$.detail.object.key");
    wizard->next();
    wizard->next();
    QCOMPARE(wizard->currentId(), int(RuleWizard::ReviewPageId));
    QVERIFY(child<QLabel>(wizard, "reviewDetailsLabel")->text().contains("Retrain when a data set lands"));
    wizard->button(QWizard::FinishButton)->click();
    QTRY_VERIFY(!page.openWizard());

    auto made = ws->rules().rule(test, "retrain-on-upload");
    QVERIFY(made);
    QCOMPARE(made->description, "Retrain when a data set lands");
    QVERIFY(made->eventPattern.contains("prefix"));
    QCOMPARE(made->tags.value("team"), "ml-platform");
    QCOMPARE(made->targets.size(), 1);
    QCOMPARE(made->targets.constFirst().pipelineArn, serialArn);
    QCOMPARE(made->targets.constFirst().parameters.size(), 2);
    QCOMPARE(page.selectedArn(), made->arn);
    QVERIFY(child<QLabel>(&page, "messageLabel")->text().contains("created"));

    // Send event: the S3 sample, through the dialog.
    child<QPushButton>(&page, "sendEventButton")->click();
    SendEventDialog *dialog = page.openSendEventDialog();
    QVERIFY(dialog);
    auto *dialogSamples = child<QComboBox>(dialog, "sampleEventCombo");
    dialogSamples->setCurrentIndex(dialogSamples->findData("s3-object-created"));
    QVERIFY(!child<QPlainTextEdit>(dialog, "eventEdit")->toPlainText().contains("\"id\""));
    child<QPushButton>(dialog, "sendButton")->click();
    auto *result = child<QLabel>(dialog, "sendResultLabel");
    QVERIFY2(result->text().contains("1 target started."), qPrintable(result->text()));
    QVERIFY(dialog->lastResult());
    const QString eventId = dialog->lastResult()->eventId;
    QVERIFY(result->text().contains(eventId));

    // The invocation shows in the page's history, and the execution runs with resolved parameters.
    auto *history = child<QTableView>(&page, "invocationsTableView");
    QTRY_COMPARE(history->model()->rowCount(), 1);
    QCOMPARE(history->model()->index(0, InvocationTableModel::EventId).data().toString(), eventId);
    QCOMPARE(history->model()->index(0, InvocationTableModel::Outcome).data().toString(), "Started");
    QVERIFY(history->model()->index(0, InvocationTableModel::Time).data().toString().contains("UTC"));
    const QString execution = history->model()->index(0, 0).data(IdRole).toString();
    QVERIFY(execution.startsWith(serialArn + "/execution/"));
    auto resolved = ws->pipelines().executionParameters(test, execution);
    QVERIFY(resolved);
    QCOMPARE(parameterValue(resolved.value(), "InputData"), "abalone/abalone-dataset.csv");
    QCOMPARE(parameterValue(resolved.value(), "ProcessingInstanceCount"), "2");
    QCOMPARE(parameterValue(resolved.value(), "TrainingInstanceType"), "ml.m5.xlarge"); // the default
    dialog->close();
}

void TestRulesGui::scheduledRuleThroughTheWizard()
{
    PdTest::TestWorkspace ws;
    Session session(test);
    QVERIFY(ws->rules().createEventBus(test, "orders"));
    RuleWizard wizard(*ws, session);
    wizard.show();
    child<QLineEdit>(&wizard, "nameEdit")->setText("hourly-refresh");
    child<QRadioButton>(&wizard, "scheduleTypeRadioButton")->setChecked(true);
    auto *bus = child<QComboBox>(&wizard, "eventBusCombo");
    QVERIFY(bus->findText("orders") >= 0);
    // A schedule on a custom bus is refused, and the details page says so.
    bus->setCurrentText("orders");
    QVERIFY(!nextEnabled(&wizard));
    QVERIFY2(child<QLabel>(&wizard, "detailsErrorLabel")->text().contains("default"),
             qPrintable(child<QLabel>(&wizard, "detailsErrorLabel")->text()));
    bus->setCurrentText("default");
    QVERIFY(nextEnabled(&wizard));
    wizard.next();

    QCOMPARE(wizard.currentId(), int(RuleWizard::SchedulePageId));
    QCOMPARE(child<QLabel>(&wizard, "expressionLabel")->text(), "rate(1 hour)");
    auto *preview = child<SchedulePreviewWidget>(&wizard, "schedulePreviewWidget");
    QVERIFY(preview->isValid());
    QVERIFY(!preview->descriptionText().isEmpty());
    // Rules run in UTC; rate() counts from now (12:00 UTC).
    QCOMPARE(preview->model()->index(0, Schedule::ScheduleFiresModel::UtcColumn).data().toString(),
             "2026-11-23T13:00:00Z");
    QVERIFY(
        preview->model()->index(0, Schedule::ScheduleFiresModel::ScheduleZoneColumn).data().toString().contains("UTC"));
    // A cron() needs six fields; a wrong one holds Next back.
    child<QRadioButton>(&wizard, "cronRadioButton")->setChecked(true);
    QCOMPARE(child<QLabel>(&wizard, "expressionLabel")->text(), "cron(0 9 ? * MON-FRI *)");
    child<QLineEdit>(&wizard, "cronHoursEdit")->setText("25");
    QVERIFY(!nextEnabled(&wizard));
    child<QRadioButton>(&wizard, "rateRadioButton")->setChecked(true);
    QVERIFY(nextEnabled(&wizard));
    wizard.next();

    QCOMPARE(wizard.currentId(), int(RuleWizard::TargetsPageId));
    auto *pipeline = child<QComboBox>(&wizard, "pipelineCombo");
    pipeline->setCurrentIndex(pipeline->findData(serialArn));
    QTRY_VERIFY(nextEnabled(&wizard));
    wizard.next();
    wizard.next();
    QCOMPARE(wizard.currentId(), int(RuleWizard::ReviewPageId));
    const QString schedule = child<QLabel>(&wizard, "reviewPatternLabel")->text();
    QVERIFY2(schedule.contains("rate(1 hour)") && schedule.contains("UTC"), qPrintable(schedule));
    QCOMPARE(child<QLabel>(&wizard, "reviewPatternTitleLabel")->text(), "Step 2: Define schedule");
    wizard.button(QWizard::FinishButton)->click();
    QVERIFY(wizard.saved());
    auto made = ws->rules().rule(test, "hourly-refresh");
    QVERIFY(made);
    QCOMPARE(made->scheduleExpression, "rate(1 hour)");
    QVERIFY(made->eventPattern.isEmpty());
    QCOMPARE(made->targets.size(), 1);
}

// One of two targets cannot start (its parameter's path is not in the event): the dialog says one
// started and names the one that failed with its reason, as an error, instead of "2 invoked".
void TestRulesGui::sendEventSaysWhichTargetFailed()
{
    PdTest::TestWorkspace ws;
    Session session(test);
    const QList<Rule> demo = ws->rules().rules(test).value(); // its rule would match this event too
    for (const Rule &r : demo)
        QVERIFY(ws->rules().deleteRule(test, r.arn, {}, true));
    Rule rule;
    rule.name = "on-upload";
    rule.eventPattern = R"({"source":["pd.test"]})";
    RuleTarget plain;
    plain.id = "plain";
    plain.pipelineArn = serialArn;
    RuleTarget tagged = plain;
    tagged.id = "tagged";
    tagged.parameters = {{"TrainingInstanceType", "$.detail.instance", true}};
    rule.targets = {plain, tagged};
    QVERIFY(ws->rules().createRule(test, rule));

    RulesPage page(*ws, session);
    page.show();
    child<QPushButton>(&page, "sendEventButton")->click();
    SendEventDialog *dialog = page.openSendEventDialog();
    QVERIFY(dialog);
    child<QPlainTextEdit>(dialog, "eventEdit")
        ->setPlainText(R"({"source":"pd.test","detail-type":"Upload","detail":{}})");
    child<QPushButton>(dialog, "sendButton")->click();
    auto *result = child<MessageLabel>(dialog, "sendResultLabel");
    QVERIFY2(result->text().contains("1 target started. 1 target could not start"), qPrintable(result->text()));
    QVERIFY2(result->text().contains("on-upload/tagged: "), qPrintable(result->text()));
    QVERIFY(result->text().contains("TrainingInstanceType"));
    QVERIFY(!result->text().contains("on-upload/plain"));
    QCOMPARE(result->kind(), MessageLabel::Kind::Error);
    dialog->close();
}

// Escape closes an untouched wizard at once; once something was typed it asks, and Cancel keeps
// the wizard with what was typed.
void TestRulesGui::escapeAsksBeforeDiscardingEntries()
{
    PdTest::TestWorkspace ws;
    Session session(test);
    RulesPage page(*ws, session);
    page.show();
    child<QPushButton>(&page, "createRuleButton")->click();
    RuleWizard *wizard = page.openWizard();
    QVERIFY(wizard);
    QTRY_VERIFY(wizard->isVisible());
    MessageBox::setNextAnswer(QMessageBox::Cancel); // would be taken by a question: none is asked
    QTest::keyClick(wizard, Qt::Key_Escape);
    QTRY_VERIFY(!page.openWizard());

    child<QPushButton>(&page, "createRuleButton")->click();
    wizard = page.openWizard();
    QVERIFY(wizard);
    QTRY_VERIFY(wizard->isVisible());
    auto *name = child<QLineEdit>(wizard, "nameEdit");
    name->setFocus();
    QTest::keyClicks(name, "half-typed");
    MessageBox::setNextAnswer(QMessageBox::Cancel);
    QTest::keyClick(name, Qt::Key_Escape);
    QVERIFY2(MessageBox::lastText().contains("discard what you entered"), qPrintable(MessageBox::lastText()));
    QVERIFY(wizard->isVisible());
    QCOMPARE(name->text(), QString("half-typed"));
    MessageBox::setNextAnswer(QMessageBox::Yes);
    QTest::keyClick(name, Qt::Key_Escape);
    QTRY_VERIFY(!page.openWizard());
}

void TestRulesGui::pageActionsAndEdit()
{
    PdTest::TestWorkspace ws;
    removeDemoRules(*ws);
    Session session(test);
    Rule rule;
    rule.name = "on-training-done";
    rule.eventPattern = R"({"source":["aws.sagemaker"],"detail-type":["SageMaker Training Job State Change"]})";
    rule.targets = {RuleTarget{"Target1", serialArn, {}, {}}};
    auto made = ws->rules().createRule(test, rule);
    QVERIFY2(made, qPrintable(made.error().message));
    RulesPage page(*ws, session);
    page.resize(1200, 800);
    page.show();
    page.selectRule(made->arn);
    QVERIFY(child<QTextBrowser>(&page, "ruleDetailBrowser")->toPlainText().contains("aws.sagemaker"));
    auto *enable = child<QPushButton>(&page, "enableButton");
    auto *disable = child<QPushButton>(&page, "disableButton");
    QVERIFY(!enable->isEnabled());
    // Disable asks first, naming the rule; Cancel changes nothing.
    MessageBox::setNextAnswer(QMessageBox::Cancel);
    disable->click();
    QVERIFY2(MessageBox::lastText().startsWith("Disable the rule “" + made->name + "”?"),
             qPrintable(MessageBox::lastText()));
    QCOMPARE(page.model()->index(0, RuleTableModel::State).data().toString(), "Enabled");
    MessageBox::setNextAnswer(QMessageBox::Yes);
    disable->click();
    QCOMPARE(page.model()->index(0, RuleTableModel::State).data().toString(), "Disabled");
    QVERIFY(enable->isEnabled());
    enable->click();
    QCOMPARE(page.model()->index(0, RuleTableModel::State).data().toString(), "Enabled");

    // Edit opens the same wizard with the rule loaded; saving keeps the name.
    child<QPushButton>(&page, "editRuleButton")->click();
    RuleWizard *wizard = page.openWizard();
    QVERIFY(wizard);
    QVERIFY(wizard->isEditing());
    QCOMPARE(child<QLineEdit>(wizard, "nameEdit")->text(), "on-training-done");
    QVERIFY(nextEnabled(wizard)); // its own name is not "taken"
    child<QPlainTextEdit>(wizard, "descriptionEdit")->setPlainText("edited");
    child<QAbstractButton>(wizard, "skipToReviewButton")->click();
    QCOMPARE(wizard->currentId(), int(RuleWizard::ReviewPageId));
    wizard->button(QWizard::FinishButton)->click();
    QTRY_VERIFY(!page.openWizard());
    QCOMPARE(ws->rules().rule(test, "on-training-done")->description, "edited");
    QCOMPARE(ws->rules().rule(test, "on-training-done")->targets.size(), 1);

    // Delete asks, and says that a rule with targets needs force on AWS.
    MessageBox::setNextAnswer(QMessageBox::No);
    page.selectRule(made->arn);
    child<QPushButton>(&page, "deleteRuleButton")->click();
    const QString asked = MessageBox::lastText();
    QVERIFY2(asked.contains("on-training-done") && asked.contains("force"), qPrintable(asked));
    QCOMPARE(page.model()->rowCount(), 1);
    MessageBox::setNextAnswer(QMessageBox::Yes);
    child<QPushButton>(&page, "deleteRuleButton")->click();
    QCOMPARE(page.model()->rowCount(), 0);
    QVERIFY(child<QLabel>(&page, "messageLabel")->text().contains("deleted"));
}

void TestRulesGui::modelsPassTheTester()
{
    PdTest::TestWorkspace ws;
    Session session(test);
    RuleTableModel rules(ws->rules(), session);
    InvocationTableModel invocations(ws->rules(), session);
    const auto mode = QAbstractItemModelTester::FailureReportingMode::QtTest;
    QAbstractItemModelTester t1(&rules, mode), t2(&invocations, mode);
    QCOMPARE(PdTest::column(rules, RuleTableModel::Name), "nightly-retrain, retrain-on-endpoint-failure");
    removeDemoRules(*ws); // the tester watches the rows go
    QCOMPARE(rules.rowCount(), 0);
    QCOMPARE(PdTest::headers(rules), "Name|Event bus|Type|Schedule or event pattern|State|Targets|Last modified");
    Rule rule;
    rule.name = "b-schedule";
    rule.scheduleExpression = "rate(5 minutes)";
    QVERIFY(ws->rules().createRule(test, rule));
    rule.name = "a-pattern";
    rule.scheduleExpression.clear();
    rule.eventPattern = R"({"source":["aws.s3"]})";
    rule.targets = {RuleTarget{"Target1", serialArn, {}, {{"InputData", "$.detail.object.key", true}}}};
    auto pattern = ws->rules().createRule(test, rule);
    QVERIFY(pattern);
    QCOMPARE(PdTest::column(rules, RuleTableModel::Name), "a-pattern, b-schedule");
    QCOMPARE(PdTest::column(rules, RuleTableModel::Definition), R"({"source":["aws.s3"]}, rate(5 minutes) (UTC))");
    QVERIFY(rules.index(0, RuleTableModel::Modified).data().toString().contains("UTC"));
    invocations.setRule(pattern->arn);
    QCOMPARE(invocations.rowCount(), 0);
    QJsonObject event{{"source", "aws.s3"},
                      {"detail-type", "Object Created"},
                      {"detail", QJsonObject{{"object", QJsonObject{{"key", "in.csv"}}}}}};
    QVERIFY(ws->rules().putEvent(test, event));
    QCOMPARE(invocations.rowCount(), 1);
    QCOMPARE(invocations.index(0, InvocationTableModel::Outcome).data(StatusRole).toString(), "STARTED");
    rules.setEventBus("orders");
    QCOMPARE(rules.rowCount(), 0);
    rules.setEventBus(QString());
    QCOMPARE(rules.rowCount(), 2);
    session.setIdentity("111111111111");
    QCOMPARE(rules.rowCount(), 0);
    QCOMPARE(invocations.rowCount(), 0);
}

void TestRulesGui::pageRetranslates()
{
    PdTest::TestWorkspace ws;
    Session session(test);
    RulesPage page(*ws, session);
    RuleWizard wizard(*ws, session);
    page.show();
    wizard.show();
    auto *title = child<QLabel>(&page, "rulesTitleLabel");
    QCOMPARE(title->text(), "Rules");
    QVERIFY(Language::instance()->setLanguage("ko"));
    QCoreApplication::processEvents();
    QCOMPARE(title->text(), QString::fromUtf8("규칙"));
    QCOMPARE(child<QPushButton>(&page, "sendEventButton")->text().left(5), QString::fromUtf8("이벤트 전"));
    QVERIFY(page.model()
                ->headerData(RuleTableModel::EventBus, Qt::Horizontal)
                .toString()
                .contains(QString::fromUtf8("이벤트 버스")));
    QCOMPARE(wizard.page(RuleWizard::DetailsPageId)->title().contains(QString::fromUtf8("규칙 세부 정보 정의")), true);
    QVERIFY(Language::instance()->setLanguage("en"));
    QCoreApplication::processEvents();
    QCOMPARE(title->text(), "Rules");
    QCOMPARE(wizard.page(RuleWizard::DetailsPageId)->title(), "Step 1: Define rule detail");
}

// The whole wizard in Korean: nothing in it may depend on English text. With PD_SCREENSHOT_DIR
// set, every step is also saved as a PNG in both languages, to look at.
void TestRulesGui::wizardWorksInKorean()
{
    const QString dir = qEnvironmentVariable("PD_SCREENSHOT_DIR");
    for (const QString &language : {QStringLiteral("ko"), QStringLiteral("en")}) {
        QVERIFY(Language::instance()->setLanguage(language));
        PdTest::TestWorkspace ws;
        Session session(test);
        RulesPage page(*ws, session);
        page.resize(1200, 800);
        page.show();
        const auto shoot = [&](QWidget *widget, const QString &name) {
            QCoreApplication::processEvents();
            if (!dir.isEmpty())
                QVERIFY(widget->grab().save(QStringLiteral("%1/%2-%3.png").arg(dir, name, language)));
        };
        child<QPushButton>(&page, "createRuleButton")->click();
        RuleWizard *wizard = page.openWizard();
        QVERIFY(wizard);
        wizard->resize(1000, 720);
        child<QLineEdit>(wizard, "nameEdit")->setText("on-upload-ko");
        child<QPlainTextEdit>(wizard, "descriptionEdit")->setPlainText(QString::fromUtf8("데이터가 올라오면 재학습"));
        QVERIFY(nextEnabled(wizard));
        shoot(wizard, "rule-wizard-1-details");
        wizard->next();
        QCOMPARE(wizard->currentId(), int(RuleWizard::PatternPageId));
        auto *samples = child<QComboBox>(wizard, "sampleEventCombo");
        samples->setCurrentIndex(samples->findData("s3-object-created"));
        auto *eventType = child<QComboBox>(wizard, "eventTypeCombo");
        eventType->setCurrentIndex(eventType->findData("s3-object-created-bucket"));
        child<QPushButton>(wizard, "testPatternButton")->click();
        QVERIFY(!child<QLabel>(wizard, "testResultLabel")->text().isEmpty());
        QVERIFY(nextEnabled(wizard));
        shoot(wizard, "rule-wizard-2-pattern");
        wizard->next();
        QWidget *panel = child<QWidget>(wizard, "targetPanel1");
        auto *pipeline = child<QComboBox>(panel, "pipelineCombo");
        pipeline->setCurrentIndex(pipeline->findData(serialArn));
        auto *parameters = child<QTableWidget>(panel, "parameterTable");
        setParameter(parameters, "InputData", "$.detail.object.key", true);
        QTRY_VERIFY(nextEnabled(wizard));
        shoot(wizard, "rule-wizard-3-targets");
        wizard->next();
        child<QPushButton>(wizard, "addTagButton")->click();
        auto *tags = child<QTableWidget>(wizard, "tagTable");
        tags->item(0, 0)->setText("team");
        tags->item(0, 1)->setText("ml-platform");
        shoot(wizard, "rule-wizard-4-tags");
        wizard->next();
        QCOMPARE(wizard->currentId(), int(RuleWizard::ReviewPageId));
        shoot(wizard, "rule-wizard-5-review");
        wizard->button(QWizard::FinishButton)->click();
        QTRY_VERIFY(!page.openWizard());
        QVERIFY(ws->rules().rule(test, "on-upload-ko"));

        child<QPushButton>(&page, "sendEventButton")->click();
        SendEventDialog *dialog = page.openSendEventDialog();
        QVERIFY(dialog);
        auto *dialogSamples = child<QComboBox>(dialog, "sampleEventCombo");
        dialogSamples->setCurrentIndex(dialogSamples->findData("s3-object-created"));
        child<QPushButton>(dialog, "sendButton")->click();
        QVERIFY(dialog->lastResult());
        QCOMPARE(dialog->lastResult()->invocations, 1);
        shoot(dialog, "send-event-dialog");
        dialog->close();
        page.selectRule(ws->rules().rule(test, "on-upload-ko")->arn);
        shoot(&page, "rules-page-after-event");
    }
    QVERIFY(Language::instance()->setLanguage(QStringLiteral("en")));
}

QTEST_MAIN(TestRulesGui)
#include "tst_rulesgui.moc"
