// The Schedules page and the schedule wizard, offscreen: the wizard driven page by page
// (kind → expression → start/end → target → policies → review) creates a schedule through the
// service; a refusal keeps the wizard on the review page with its reason; the page's buttons
// enable, disable, run now and "disable and delete". Every item model gets a tester.
// Test tables are clearer with plain literals; production code keeps the strict cast rules.
#undef QT_NO_CAST_FROM_ASCII
#include "testworkspace.h"

#include "core/session.h"
#include "pipelines/localrunner.h"
#include "pipelines/pipelineservice.h"
#include "scheduleexpressions/scheduledescription.h"
#include "scheduleexpressions/scheduleexpression.h"
#include "schedules/schedulemodels.h"
#include "views/common/messagebox.h"
#include "views/schedules/deadletterview.h"
#include "views/schedules/schedulepreviewwidget.h"
#include "views/schedules/schedulespage.h"
#include "views/schedules/schedulewizard.h"
#include "views/schedules/upcomingrunsview.h"

#include <QAbstractButton>
#include <QAbstractItemModelTester>
#include <QApplication>
#include <QCheckBox>
#include <QComboBox>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QRadioButton>
#include <QSpinBox>
#include <QTableView>
#include <QTableWidget>

using namespace Pd;

namespace {
const QString test = QStringLiteral("222222222222");

template<typename T> T *child(QWidget *parent, const char *name)
{
    T *found = parent->findChild<T *>(QLatin1String(name));
    if (!found)
        qFatal("no %s", name);
    return found;
}

ScheduleInput basic(const QString &name)
{
    ScheduleInput input;
    input.name = name;
    input.expression = QStringLiteral("rate(1 hour)");
    input.targetPipeline = QStringLiteral("serial-inference-pipeline");
    return input;
}
} // namespace

class TestSchedulesGui : public QObject
{
    Q_OBJECT

private slots:
    void wizardCreatesASchedule();
    void wizardBranchesAndValidates();
    void wizardShowsTheServiceRefusal();
    void wizardLintsForWhatItIsMeantFor();
    void pageActions();
    void pageSaysWhenInWords();
    void lastOutcomeFollowsTheRun();
    void modelsPassTheTester();
};

void TestSchedulesGui::wizardCreatesASchedule()
{
    PdTest::TestWorkspace ws;
    Session session(test);
    ScheduleWizard wizard(*ws, session);
    wizard.show();
    QCOMPARE(wizard.currentId(), int(ScheduleWizard::KindPageId));
    child<QRadioButton>(&wizard, "cronRadioButton")->setChecked(true);
    wizard.next();
    QCOMPARE(wizard.currentId(), int(ScheduleWizard::ExpressionPageId));
    auto *expression = child<QLineEdit>(&wizard, "expressionEdit");
    QCOMPARE(expression->text(), "cron(0 9 ? * MON-FRI *)");   // the kind's template
    QVERIFY(!wizard.button(QWizard::NextButton)->isEnabled()); // the name is required
    child<QLineEdit>(&wizard, "nameEdit")->setText("gui-made");
    child<QComboBox>(&wizard, "timeZoneCombo")->setCurrentText("Asia/Seoul");
    QTRY_VERIFY(wizard.button(QWizard::NextButton)->isEnabled());
    wizard.next();
    QCOMPARE(wizard.currentId(), int(ScheduleWizard::WindowPageId));
    wizard.next();
    QCOMPARE(wizard.currentId(), int(ScheduleWizard::TargetPageId));
    auto *pipeline = child<QComboBox>(&wizard, "pipelineCombo");
    QVERIFY(pipeline->findText("serial-inference-pipeline") >= 0);
    pipeline->setCurrentIndex(pipeline->findText("serial-inference-pipeline"));
    auto *parameters = child<QTableWidget>(&wizard, "parameterTable");
    QCOMPARE(parameters->rowCount(), 4);
    for (int row = 0; row < parameters->rowCount(); ++row) {
        if (parameters->item(row, 0)->text() == "InputData")
            parameters->item(row, 2)->setText("s3://in/${{name}}");
    }
    wizard.next();
    QCOMPARE(wizard.currentId(), int(ScheduleWizard::PoliciesPageId));
    child<QSpinBox>(&wizard, "maxRetriesSpinBox")->setValue(3);
    child<QCheckBox>(&wizard, "flexibleCheckBox")->setChecked(true);
    child<QSpinBox>(&wizard, "flexibleWindowSpinBox")->setValue(20);
    auto *overlap = child<QComboBox>(&wizard, "overlapCombo");
    overlap->setCurrentIndex(overlap->findData("queue"));
    wizard.next();
    QCOMPARE(wizard.currentId(), int(ScheduleWizard::ReviewPageId));
    const QString summary = child<QLabel>(&wizard, "summaryLabel")->text();
    QVERIFY2(summary.contains("gui-made") && summary.contains("Asia/Seoul") && summary.contains("20 minute"),
             qPrintable(summary));
    QVERIFY(!ws->schedules().describe(test, "gui-made")); // nothing before Create
    wizard.button(QWizard::FinishButton)->click();
    QVERIFY(wizard.created());
    auto made = ws->schedules().describe(test, "gui-made");
    QVERIFY(made);
    QCOMPARE(made->expression, "cron(0 9 ? * MON-FRI *)");
    QCOMPARE(made->timeZone, "Asia/Seoul");
    QCOMPARE(made->maxRetries, 3);
    QCOMPARE(made->flexibleWindowMinutes, 20);
    QCOMPARE(made->overlapPolicy, OverlapPolicy::Queue);
    QCOMPARE(made->targetParameters.size(), 1);
    QCOMPARE(made->targetParameters.constFirst().value, "s3://in/${{name}}");
}

void TestSchedulesGui::wizardBranchesAndValidates()
{
    PdTest::TestWorkspace ws;
    Session session(test);
    ScheduleWizard wizard(*ws, session);
    wizard.show();
    child<QRadioButton>(&wizard, "oneTimeRadioButton")->setChecked(true);
    wizard.next();
    QVERIFY(child<QLineEdit>(&wizard, "expressionEdit")->text().startsWith("at(2026-11-24T09:00:00)"));
    auto *name = child<QLineEdit>(&wizard, "nameEdit");
    name->setText("has space");
    QVERIFY(!wizard.button(QWizard::NextButton)->isEnabled());
    QVERIFY(child<QLabel>(&wizard, "nameErrorLabel")->text().contains("name"));
    name->setText(QString(65, 'x'));
    QVERIFY(!wizard.button(QWizard::NextButton)->isEnabled());
    name->setText(QString(64, 'x'));
    QTRY_VERIFY(wizard.button(QWizard::NextButton)->isEnabled());
    auto *expression = child<QLineEdit>(&wizard, "expressionEdit");
    expression->setText("at(garbage)");
    QTRY_VERIFY(!wizard.button(QWizard::NextButton)->isEnabled());
    expression->setText("at(2026-12-01T10:00:00)");
    QTRY_VERIFY(wizard.button(QWizard::NextButton)->isEnabled());
    // One time: no start/end page.
    wizard.next();
    QCOMPARE(wizard.currentId(), int(ScheduleWizard::TargetPageId));
}

void TestSchedulesGui::wizardShowsTheServiceRefusal()
{
    PdTest::TestWorkspace ws;
    Session session(test);
    QVERIFY(ws->schedules().create(test, basic("taken")));
    ScheduleWizard wizard(*ws, session);
    wizard.show();
    wizard.next();
    child<QLineEdit>(&wizard, "nameEdit")->setText("taken");
    QTRY_VERIFY(wizard.button(QWizard::NextButton)->isEnabled());
    while (wizard.currentId() != ScheduleWizard::ReviewPageId)
        wizard.next();
    QVERIFY(wizard.button(QWizard::FinishButton)->isEnabled());
    wizard.button(QWizard::FinishButton)->click();
    QCOMPARE(wizard.currentId(), int(ScheduleWizard::ReviewPageId));
    QVERIFY(!wizard.created());
    QVERIFY2(child<QLabel>(&wizard, "reviewErrorLabel")->text().contains("already exists"),
             qPrintable(child<QLabel>(&wizard, "reviewErrorLabel")->text()));
}

// The Azure day-of-month lint, once seen only on export, shows as soon as the schedule is meant for Azure ML.
void TestSchedulesGui::wizardLintsForWhatItIsMeantFor()
{
    PdTest::TestWorkspace ws;
    Session session(test);
    ScheduleWizard wizard(*ws, session);
    wizard.show();
    child<QRadioButton>(&wizard, "crontabRadioButton")->setChecked(true);
    wizard.next();
    child<QLineEdit>(&wizard, "expressionEdit")->setText("crontab(0 9 15 * *)");
    auto *preview = child<SchedulePreviewWidget>(&wizard, "schedulePreviewWidget");
    auto *meantFor = child<QComboBox>(&wizard, "meantForCombo");
    QCOMPARE(meantFor->currentData().toString(), "any");
    QVERIFY2(preview->warnings().isEmpty(), qPrintable(preview->warnings().join('\n')));

    meantFor->setCurrentIndex(meantFor->findData("azure-ml"));
    QCOMPARE(preview->warnings().size(), 1);
    QVERIFY(preview->warnings().constFirst().startsWith("Azure ML cron triggers ignore day-of-month and month"));
    QVERIFY(child<QLabel>(preview, "warningsLabel")->isVisibleTo(&wizard));

    // For a rule, a crontab in Seoul is two things EventBridge does not do.
    child<QComboBox>(&wizard, "timeZoneCombo")->setCurrentText("Asia/Seoul");
    meantFor->setCurrentIndex(meantFor->findData("eventbridge"));
    const QStringList rule = preview->warnings();
    QCOMPARE(rule.size(), 2);
    QCOMPARE(rule.at(0), "EventBridge rules take only cron() and rate(): there this schedule is written "
                         "“cron(0 9 15 * ? *)” (the same instants).");
    QVERIFY(rule.at(1).startsWith("EventBridge rules fire in UTC only: the time zone Asia/Seoul is not kept there"));
    // A warning, not a refusal: the schedule can still be made.
    child<QLineEdit>(&wizard, "nameEdit")->setText("for-a-rule");
    QTRY_VERIFY(wizard.button(QWizard::NextButton)->isEnabled());
}

void TestSchedulesGui::pageActions()
{
    PdTest::TestWorkspace ws;
    Session session(test);
    auto made = ws->schedules().create(test, basic("page-one"));
    QVERIFY(made);
    SchedulesPage page(*ws, session);
    QAbstractItemModelTester tester(page.model(), QAbstractItemModelTester::FailureReportingMode::QtTest);
    page.resize(1200, 700);
    page.show();
    auto *table = child<QTableView>(&page, "schedulesTableView");
    QCOMPARE(table->model()->rowCount(), 1);
    page.selectSchedule(made->arn);
    auto *enable = child<QPushButton>(&page, "enableButton");
    auto *disable = child<QPushButton>(&page, "disableButton");
    QVERIFY(!enable->isEnabled());
    QVERIFY(disable->isEnabled());

    child<QPushButton>(&page, "runNowButton")->click();
    auto *history = child<QTableView>(&page, "historyTableView");
    QCOMPARE(history->model()->rowCount(), 1);
    QCOMPARE(history->model()->index(0, FiringTableModel::Kind).data().toString(), "Run now");

    // Disable asks first, naming the schedule; Cancel changes nothing.
    MessageBox::setNextAnswer(QMessageBox::Cancel);
    disable->click();
    QVERIFY2(MessageBox::lastText().startsWith("Disable the schedule “page-one”?"), qPrintable(MessageBox::lastText()));
    QCOMPARE(page.model()->index(0, ScheduleTableModel::State).data().toString(), "Enabled");
    MessageBox::setNextAnswer(QMessageBox::Yes);
    disable->click();
    QCOMPARE(page.model()->index(0, ScheduleTableModel::State).data().toString(), "Disabled");
    QVERIFY(enable->isEnabled());
    enable->click();
    QCOMPARE(page.model()->index(0, ScheduleTableModel::State).data().toString(), "Enabled");

    MessageBox::setNextAnswer(QMessageBox::No);
    child<QPushButton>(&page, "disableAndDeleteButton")->click();
    const QString asked = MessageBox::lastText();
    QVERIFY(asked.contains("page-one"));
    QCOMPARE(table->model()->rowCount(), 1); // declined: nothing changed
    MessageBox::setNextAnswer(QMessageBox::Yes);
    child<QPushButton>(&page, "disableAndDeleteButton")->click();
    QCOMPARE(table->model()->rowCount(), 0);
    QVERIFY(child<QLabel>(&page, "messageLabel")->text().contains("deleted"));

    // The wizard is reached through New schedule….
    bool opened = false;
    page.setWizardRunner([&] { opened = true; });
    child<QPushButton>(&page, "newScheduleButton")->click();
    QVERIFY(opened);
}

// The list says when a schedule fires in words; the expression (raw JSON for a recurrence) is in
// the tooltip and the details, and the next-fire columns stay in view.
void TestSchedulesGui::pageSaysWhenInWords()
{
    PdTest::TestWorkspace ws;
    Session session(test);
    ScheduleInput recurrence = basic("azure-weekly");
    recurrence.expression =
        R"(recurrence({"frequency":"week","interval":1,"schedule":{"hours":[9,13,18],)"
        R"("minutes":[0,30],"week_days":["monday","wednesday","friday"]},"time_zone":"Asia/Seoul"}))";
    QVERIFY(ws->schedules().create(test, recurrence));
    SchedulesPage page(*ws, session);
    QAbstractItemModelTester tester(page.model(), QAbstractItemModelTester::FailureReportingMode::QtTest);
    page.resize(1100, 600);
    page.show();
    QVERIFY(QTest::qWaitForWindowExposed(&page));
    auto *model = page.model();
    const QModelIndex when = model->index(0, ScheduleTableModel::Expression);
    auto parsed = Schedule::ScheduleExpression::parse(recurrence.expression.value(), "UTC");
    QVERIFY(parsed);
    QCOMPARE(when.data().toString(), Schedule::describe(parsed.value()));
    QVERIFY(!when.data().toString().contains("recurrence("));
    QVERIFY(when.data(Qt::ToolTipRole).toString().startsWith(recurrence.expression.value() + "\nTime zone: "));
    QCOMPARE(model->headerData(ScheduleTableModel::Expression, Qt::Horizontal).toString(), "When");
    // The schedule's zone is the recurrence's own time_zone (the schedule's field says UTC).
    QVERIFY2(model->index(0, ScheduleTableModel::NextFire).data().toString().endsWith(" KST"),
             qPrintable(model->index(0, ScheduleTableModel::NextFire).data().toString()));
    QVERIFY(when.data(Qt::ToolTipRole).toString().endsWith("Time zone: Asia/Seoul"));

    auto *table = child<QTableView>(&page, "schedulesTableView");
    const int right = table->columnViewportPosition(ScheduleTableModel::NextFireLocal) +
                      table->columnWidth(ScheduleTableModel::NextFireLocal);
    QVERIFY2(right <= table->viewport()->width(),
             qPrintable(QString("next fire ends at %1 of %2").arg(right).arg(table->viewport()->width())));
    QVERIFY(child<QLabel>(&page, "scheduleDetailsLabel")->text().contains("When: " + when.data().toString()));
}

// "Started" says only that the schedule did its part: the row follows the run it started, to the
// failure and its reason (it once said Started for a run that had failed).
void TestSchedulesGui::lastOutcomeFollowsTheRun()
{
    PdTest::TestWorkspace ws;
    Session session(test);
    StepSimulation failing;
    failing.failAttempts = 1;
    failing.failureReason = QStringLiteral("The training job ran out of memory.");
    QVERIFY(ws->pipelines().setStepSimulation(test, "serial-inference-pipeline", "Train", failing).ok());
    QVERIFY(ws->schedules().create(test, basic("nightly")));
    ScheduleTableModel model(ws->schedules(), ws->clock(), session);
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    QCOMPARE(model.index(0, ScheduleTableModel::LastOutcome).data().toString(), QString("Never fired"));
    QVERIFY(ws->schedules().runNow(test, "nightly"));
    const auto last = [&] {
        return model.index(0, ScheduleTableModel::LastOutcome);
    };
    QVERIFY2(last().data().toString().startsWith("Started · Executing at "), qPrintable(last().data().toString()));
    QCOMPARE(last().data(StatusRole).toString(), QString("Executing"));

    LocalRunner runner(ws->context(), ws->pipelines());
    for (int i = 0; i < 20 && last().data(StatusRole).toString() == "Executing"; ++i) {
        ws.clock.advance(60000);
        QVERIFY(runner.tick().ok());
    }
    QVERIFY2(last().data().toString().startsWith("Started · Failed at "), qPrintable(last().data().toString()));
    QCOMPARE(last().data(StatusRole).toString(), QString("Failed"));
    // The execution's own reason, as SageMaker words it (the step's is on the Executions page).
    QVERIFY2(last().data(Qt::ToolTipRole).toString().contains("Step failure"),
             qPrintable(last().data(Qt::ToolTipRole).toString()));
}

void TestSchedulesGui::modelsPassTheTester()
{
    PdTest::TestWorkspace ws;
    Session session(test);
    auto made = ws->schedules().create(test, basic("models"));
    QVERIFY(made);
    ScheduleTableModel schedules(ws->schedules(), ws->clock(), session);
    FiringTableModel firings(ws->schedules(), session);
    UpcomingRunsModel upcoming(ws->schedules(), ws->clock(), session);
    DeadLetterTableModel letters(ws->schedules(), session);
    const auto mode = QAbstractItemModelTester::FailureReportingMode::QtTest;
    QAbstractItemModelTester t1(&schedules, mode), t2(&firings, mode), t3(&upcoming, mode), t4(&letters, mode);
    firings.setSchedule(made->arn);
    QVERIFY(ws->schedules().runNow(test, "models"));
    QCOMPARE(firings.rowCount(), 1);
    QCOMPARE(upcoming.rowCount(), 71); // rate(1 hour): 13:00 today up to 11:00 in three days
    upcoming.setDays(1);
    QCOMPARE(upcoming.rowCount(), 23);
    // Times are shown with their zone.
    QVERIFY(upcoming.index(0, UpcomingRunsModel::WhenInScheduleZone).data().toString().contains("UTC"));
    QVERIFY(schedules.index(0, ScheduleTableModel::NextFire).data().toString().contains("UTC"));
    QCOMPARE(schedules.index(0, ScheduleTableModel::NextFire).data(SortRole).toLongLong(),
             PdTest::demoNow().addSecs(3600).toMSecsSinceEpoch());
    session.setIdentity("111111111111");
    QCOMPARE(schedules.rowCount(), 0);
    QCOMPARE(upcoming.rowCount(), 0);
    QCOMPARE(firings.rowCount(), 0);
}

QTEST_MAIN(TestSchedulesGui)
#include "tst_schedulesgui.moc"
