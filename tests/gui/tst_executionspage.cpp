// The Executions page offscreen: start an execution with parameters from the generated form, stop
// one, retry a failed one, and check that the table and the detail follow.
// Test tables are clearer with plain literals; production code keeps the strict cast rules.
#undef QT_NO_CAST_FROM_ASCII
#include "testworkspace.h"

#include "core/session.h"
#include "itemmodels/columntablemodel.h"
#include "pipelines/executionmodels.h"
#include "pipelines/localrunner.h"
#include "pipelines/pipelineservice.h"
#include "views/common/messagebox.h"
#include "views/pipelines/executiondetailwidget.h"
#include "views/pipelines/executionspage.h"
#include "views/pipelines/startexecutiondialog.h"
#include "views/pipelines/stepgraphview.h"

#include <QApplication>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSpinBox>
#include <QTableView>

using namespace Pd;

namespace {
const QString test = QStringLiteral("222222222222");
const QString dev = QStringLiteral("111111111111");
const QString serialArn = QStringLiteral("arn:aws:sagemaker:us-east-1:222222222222:pipeline/serial-inference-pipeline");

QString statusOfRow(const ExecutionsPage &page, const QString &arn)
{
    const int row = page.model()->rowOf(arn);
    return row < 0 ? QString() : page.model()->index(row, ExecutionTableModel::Status).data(StatusRole).toString();
}
} // namespace

class TestExecutionsPage : public QObject
{
    Q_OBJECT

private slots:
    void startWithParametersFromTheForm();
    void formRejectsBadInput();
    void enterStartsFromEveryField_data();
    void enterStartsFromEveryField();
    void startedButFilteredIsShownOnRequest();
    void stopAndRetry();
    void buttonsSayWhyNot();
    void filterCombos();
};

void TestExecutionsPage::startWithParametersFromTheForm()
{
    PdTest::TestWorkspace ws;
    Session session(test);
    ExecutionsPage page(*ws, session);
    page.resize(1200, 800);
    page.show();
    auto *start = page.findChild<QPushButton *>("startButton");
    QVERIFY(start->isEnabled());
    start->click();
    StartExecutionDialog *dialog = page.startDialog();
    QVERIFY(dialog);
    QTRY_VERIFY(dialog->isVisible());
    auto *pipeline = dialog->findChild<QComboBox *>("pipelineCombo");
    pipeline->setCurrentIndex(pipeline->findData(serialArn));
    // The form follows the definition: a spin box for the Integer, text for the Strings, with defaults.
    auto *count = dialog->findChild<QSpinBox *>("parameterEdit_ProcessingInstanceCount");
    QVERIFY(count);
    QCOMPARE(count->value(), 1);
    auto *instance = dialog->findChild<QLineEdit *>("parameterEdit_TrainingInstanceType");
    QCOMPARE(instance->text(), QStringLiteral("ml.m5.xlarge"));
    count->setValue(4);
    instance->setText(QStringLiteral("ml.p3.2xlarge"));
    dialog->findChild<QLineEdit *>("displayNameEdit")->setText(QStringLiteral("from-the-form"));
    dialog->findChild<QPushButton *>("startExecutionButton")->click();
    QTRY_VERIFY(!page.startDialog());

    const QString arn = page.selectedExecution();
    QVERIFY(arn.startsWith(serialArn + "/execution/"));
    QCOMPARE(page.model()->rowOf(arn), 0);
    QCOMPARE(page.model()->index(0, ExecutionTableModel::Name).data().toString(), QStringLiteral("from-the-form"));
    QCOMPARE(statusOfRow(page, arn), QStringLiteral("Executing"));
    const auto &shown = page.detail()->execution();
    QVERIFY(shown.has_value());
    QCOMPARE(shown->arn, arn);
    QStringList parameters;
    for (const ExecutionParameter &p : shown->parameters)
        parameters.append(p.name + "=" + p.value);
    QVERIFY2(parameters.contains("ProcessingInstanceCount=4"), qPrintable(parameters.join(' ')));
    QVERIFY(parameters.contains("TrainingInstanceType=ml.p3.2xlarge"));
    auto *parameterTable = page.findChild<QTableView *>("executionParameterTable");
    QCOMPARE(parameterTable->model()->index(2, 1).data().toString(), QStringLiteral("4"));

    // The runner moves it on; table, graph and step list follow.
    LocalRunner runner(ws->context(), ws->pipelines());
    ws.clock.advance(7000);
    QVERIFY(runner.tick().ok());
    QTRY_COMPARE(page.detail()->graph()->stepColor("Train"), StepGraphView::colorFor(StepStatus::Executing));
    QCOMPARE(page.detail()->graph()->stepColor("Preprocess"), StepGraphView::colorFor(StepStatus::Succeeded));
    QCOMPARE(page.detail()->graph()->stepColor("Evaluate"), StepGraphView::colorFor(std::nullopt));
    ws.clock.advance(60000);
    QVERIFY(runner.tick().ok());
    QTRY_COMPARE(statusOfRow(page, arn), QStringLiteral("Succeeded"));
    QCOMPARE(page.detail()->execution()->status, ExecutionStatus::Succeeded);
    auto *steps = page.findChild<QTableView *>("executionStepTable");
    QCOMPARE(steps->model()->index(6, ExecutionStepModel::Status).data().toString(), QStringLiteral("Succeeded"));
}

void TestExecutionsPage::formRejectsBadInput()
{
    PdTest::TestWorkspace ws;
    Session session(test);
    StartExecutionDialog dialog(
        *ws, session, QStringLiteral("arn:aws:sagemaker:us-east-1:222222222222:pipeline/abalone-training-pipeline"));
    dialog.show();
    auto *rate = dialog.findChild<QLineEdit *>("parameterEdit_LearningRate");
    QVERIFY(rate);
    rate->setText(QStringLiteral("fast"));
    dialog.findChild<QPushButton *>("startExecutionButton")->click();
    QVERIFY(dialog.isVisible());
    QVERIFY(dialog.startedArn().isEmpty());
    auto *error = dialog.findChild<QLabel *>("errorLabel");
    QVERIFY(error->isVisible());
    QVERIFY(error->text().contains("LearningRate"));
}

void TestExecutionsPage::enterStartsFromEveryField_data()
{
    QTest::addColumn<QString>("field");
    QTest::newRow("display name") << "displayNameEdit";
    QTest::newRow("text parameter") << "parameterEdit_TrainingInstanceType";
    QTest::newRow("integer parameter") << "parameterEdit_ProcessingInstanceCount";
    QTest::newRow("pipeline") << "pipelineCombo";
}

// Enter in the form is the dialog's action, Start, wherever the cursor is (it once cancelled).
void TestExecutionsPage::enterStartsFromEveryField()
{
    QFETCH(QString, field);
    PdTest::TestWorkspace ws;
    Session session(test);
    ExecutionsPage page(*ws, session);
    page.resize(1200, 800);
    page.show();
    const qint64 before = ws->pipelines().listExecutions(test, serialArn).value().size();
    page.findChild<QPushButton *>("startButton")->click();
    StartExecutionDialog *dialog = page.startDialog();
    QVERIFY(dialog);
    QTRY_VERIFY(dialog->isVisible());
    auto *pipeline = dialog->findChild<QComboBox *>("pipelineCombo");
    pipeline->setCurrentIndex(pipeline->findData(serialArn));
    QWidget *editor = dialog->findChild<QWidget *>(field);
    QVERIFY(editor);
    dialog->activateWindow();
    editor->setFocus();
    QTRY_VERIFY(editor->hasFocus());
    QVERIFY(dialog->findChild<QPushButton *>("startExecutionButton")->isDefault());
    QTest::keyClick(editor, Qt::Key_Return);
    QTRY_VERIFY(!page.startDialog());
    QCOMPARE(ws->pipelines().listExecutions(test, serialArn).value().size(), before + 1);
    QVERIFY(page.selectedExecution().startsWith(serialArn + "/execution/"));
}

// A start the filters hide is said (not a blank table row), its detail is shown, and "Show it"
// clears the filters and selects its row.
void TestExecutionsPage::startedButFilteredIsShownOnRequest()
{
    PdTest::TestWorkspace ws;
    Session session(test);
    ExecutionsPage page(*ws, session);
    page.resize(1200, 800);
    page.show();
    auto *status = page.findChild<QComboBox *>("statusFilterCombo");
    status->setCurrentIndex(status->findData(QStringLiteral("Failed")));
    QCOMPARE(page.model()->rowCount(), 1);
    page.findChild<QPushButton *>("startButton")->click();
    StartExecutionDialog *dialog = page.startDialog();
    QVERIFY(dialog);
    QTRY_VERIFY(dialog->isVisible());
    auto *pipeline = dialog->findChild<QComboBox *>("pipelineCombo");
    pipeline->setCurrentIndex(pipeline->findData(serialArn));
    dialog->findChild<QPushButton *>("startExecutionButton")->click();
    QTRY_VERIFY(!page.startDialog());

    auto *message = page.findChild<QLabel *>("messageLabel");
    auto *show = page.findChild<QPushButton *>("showHiddenButton");
    QVERIFY2(message->text().contains("The filters hide it"), qPrintable(message->text()));
    QVERIFY(show->isVisible());
    QCOMPARE(page.model()->rowCount(), 1); // still only the failed one
    const auto shown = page.detail()->execution();
    QVERIFY(shown.has_value());
    QCOMPARE(shown->status, ExecutionStatus::Executing);

    show->click();
    QVERIFY(!show->isVisible());
    QCOMPARE(status->currentIndex(), 0);
    QCOMPARE(page.selectedExecution(), shown->arn);
    QVERIFY(page.model()->rowOf(shown->arn) >= 0);
}

void TestExecutionsPage::stopAndRetry()
{
    PdTest::TestWorkspace ws;
    Session session(test);
    ExecutionsPage page(*ws, session);
    page.show();
    auto *stop = page.findChild<QPushButton *>("stopButton");
    auto *retry = page.findChild<QPushButton *>("retryButton");

    const QString executing = serialArn + "/execution/p4j6e8g2c9lx";
    QVERIFY(page.selectExecution(executing));
    QVERIFY(stop->isEnabled());
    QVERIFY(!retry->isEnabled());
    // Stop asks first, naming the execution and its pipeline; Cancel leaves it running.
    MessageBox::setNextAnswer(QMessageBox::Cancel);
    stop->click();
    QVERIFY2(MessageBox::lastText().startsWith("Stop the execution “") &&
                 MessageBox::lastText().contains("” of pipeline serial-inference-pipeline?"),
             qPrintable(MessageBox::lastText()));
    QCOMPARE(page.detail()->execution()->status, ExecutionStatus::Executing);
    QCOMPARE(statusOfRow(page, executing), QStringLiteral("Executing"));
    MessageBox::setNextAnswer(QMessageBox::Yes);
    stop->click();
    QTRY_COMPARE(statusOfRow(page, executing), QStringLiteral("Stopping"));
    QCOMPARE(page.detail()->execution()->status, ExecutionStatus::Stopping);
    QVERIFY(!stop->isEnabled());
    QVERIFY(stop->toolTip().contains("Stopping"));
    LocalRunner runner(ws->context(), ws->pipelines());
    ws.clock.advance(5000);
    QVERIFY(runner.tick().ok());
    QTRY_COMPARE(statusOfRow(page, executing), QStringLiteral("Stopped"));
    QCOMPARE(page.detail()->graph()->stepColor("Train"), StepGraphView::colorFor(StepStatus::Stopped));

    const QString failed = serialArn + "/execution/f8h3n6c2m5zt";
    QVERIFY(page.selectExecution(failed));
    QCOMPARE(page.detail()->graph()->stepColor("Train"), StepGraphView::colorFor(StepStatus::Failed));
    QVERIFY(retry->isEnabled());
    QVERIFY(!stop->isEnabled());
    retry->click();
    QTRY_COMPARE(statusOfRow(page, failed), QStringLiteral("Executing"));
    QCOMPARE(page.detail()->graph()->stepColor("Train"), StepGraphView::colorFor(StepStatus::Starting));
    QCOMPARE(page.detail()->graph()->stepColor("Preprocess"), StepGraphView::colorFor(StepStatus::Succeeded));
    QVERIFY(stop->isEnabled());
    QVERIFY(!retry->isEnabled());
    ws.clock.advance(3600 * 1000);
    QVERIFY(runner.tick().ok());
    QTRY_COMPARE(statusOfRow(page, failed), QStringLiteral("Succeeded"));
    QCOMPARE(page.detail()->graph()->stepColor("BatchTransform"), StepGraphView::colorFor(StepStatus::Succeeded));
}

void TestExecutionsPage::buttonsSayWhyNot()
{
    PdTest::TestWorkspace ws;
    Session session(test);
    ExecutionsPage page(*ws, session);
    auto *stop = page.findChild<QPushButton *>("stopButton");
    auto *retry = page.findChild<QPushButton *>("retryButton");
    QVERIFY(page.selectExecution(serialArn + "/execution/k2w9d4x1p7qa"));
    QVERIFY(!stop->isEnabled());
    QVERIFY(!retry->isEnabled());
    QVERIFY(stop->toolTip().contains("Succeeded"));
    QVERIFY(retry->toolTip().contains("Only a failed execution"));
}

void TestExecutionsPage::filterCombos()
{
    PdTest::TestWorkspace ws;
    Session session(test);
    ExecutionsPage page(*ws, session);
    auto *status = page.findChild<QComboBox *>("statusFilterCombo");
    status->setCurrentIndex(status->findData(QStringLiteral("Failed")));
    QCOMPARE(page.model()->rowCount(), 1);
    QCOMPARE(page.selectedExecution(), serialArn + "/execution/f8h3n6c2m5zt");
    auto *pipeline = page.findChild<QComboBox *>("pipelineFilterCombo");
    pipeline->setCurrentIndex(pipeline->findData(
        QStringLiteral("arn:aws:sagemaker:us-east-1:222222222222:pipeline/abalone-training-pipeline")));
    QCOMPARE(page.model()->rowCount(), 0);
    QVERIFY(page.selectedExecution().isEmpty());
    QVERIFY(!page.detail()->execution().has_value());
}

QTEST_MAIN(TestExecutionsPage)
#include "tst_executionspage.moc"
