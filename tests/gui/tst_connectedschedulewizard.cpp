// The schedule wizard on a connected account, against a fake AWS account over loopback: it offers
// only what EventBridge Scheduler can hold (no recurrence or crontab kind, no missed-run or overlap
// policy, a role required), Create waits for the cloud on the review page's busy line (Cancel
// cancels), the cloud's refusal and what the cloud cannot hold are shown there with the wizard
// open, and the cloud's answer closes it with the schedule read back. The Schedules page's New
// button is on for a connected account given the window's actions.
#undef QT_NO_CAST_FROM_ASCII
#include "connectedfixture.h"

#include "connected/cloudactions.h"
#include "core/session.h"
#include "schedules/scheduleservice.h"
#include "views/common/busyaction.h"
#include "views/common/messagebox.h"
#include "views/schedules/schedulespage.h"
#include "views/schedules/schedulewizard.h"

#include <QApplication>
#include <QComboBox>
#include <QJsonDocument>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QRadioButton>
#include <QTest>

using namespace Pd;
using PdTest::FakeAnswer;

namespace {

const QString role = QStringLiteral("arn:aws:iam::444444444444:role/SchedulerPipelines");

template<typename T> T *child(QObject *parent, const char *name)
{
    T *found = parent->findChild<T *>(QLatin1String(name));
    if (!found)
        qFatal("no %s", name);
    return found;
}

// Kind cron, then the pages filled in up to the review page.
void fillToReview(ScheduleWizard &wizard, const QString &name, const QString &expression = QString())
{
    child<QRadioButton>(&wizard, "cronRadioButton")->setChecked(true);
    wizard.next();
    QCOMPARE(wizard.currentId(), int(ScheduleWizard::ExpressionPageId));
    child<QLineEdit>(&wizard, "nameEdit")->setText(name);
    if (!expression.isEmpty())
        child<QLineEdit>(&wizard, "expressionEdit")->setText(expression);
    child<QComboBox>(&wizard, "timeZoneCombo")->setCurrentText("Asia/Seoul");
    QTRY_VERIFY(wizard.button(QWizard::NextButton)->isEnabled());
    wizard.next();
    wizard.next();
    QCOMPARE(wizard.currentId(), int(ScheduleWizard::TargetPageId));
    auto *pipeline = child<QComboBox>(&wizard, "pipelineCombo");
    QVERIFY(pipeline->findText("pipeline-0") >= 0);
    pipeline->setCurrentIndex(pipeline->findText("pipeline-0"));
    // In the cloud there is no schedule without a role.
    QVERIFY(!wizard.button(QWizard::NextButton)->isEnabled());
    child<QLineEdit>(&wizard, "roleArnEdit")->setText(role);
    QTRY_VERIFY(wizard.button(QWizard::NextButton)->isEnabled());
    wizard.next();
    QCOMPARE(wizard.currentId(), int(ScheduleWizard::PoliciesPageId));
    wizard.next();
    QCOMPARE(wizard.currentId(), int(ScheduleWizard::ReviewPageId));
}

} // namespace

class TestConnectedScheduleWizard : public QObject
{
    Q_OBJECT

private slots:
    void theWizardCreatesInTheCloud()
    {
        PdTest::ConnectedFixture f;
        f.cloud.addPipelines(2, 1);
        const QString account = f.connectAndSync();
        Session session(account);
        ScheduleWizard wizard(*f.workspace, session);
        wizard.setCloudActions(f.actions.get());
        wizard.show();

        // Only what the cloud can hold, with the reason.
        for (const char *localOnly : {"recurrenceRadioButton", "crontabRadioButton"}) {
            auto *button = child<QRadioButton>(&wizard, localOnly);
            QVERIFY2(!button->isEnabled(), localOnly);
            QVERIFY(button->toolTip().contains("at(), rate() and cron()"));
        }
        child<QRadioButton>(&wizard, "cronRadioButton")->setChecked(true);
        wizard.next();
        child<QLineEdit>(&wizard, "nameEdit")->setText("gui-cloud");
        child<QComboBox>(&wizard, "timeZoneCombo")->setCurrentText("Asia/Seoul");
        QTRY_VERIFY(wizard.button(QWizard::NextButton)->isEnabled());
        wizard.next();
        wizard.next();
        auto *pipeline = child<QComboBox>(&wizard, "pipelineCombo");
        pipeline->setCurrentIndex(pipeline->findText("pipeline-0"));
        QVERIFY(!wizard.button(QWizard::NextButton)->isEnabled());
        child<QLineEdit>(&wizard, "roleArnEdit")->setText(role);
        QTRY_VERIFY(wizard.button(QWizard::NextButton)->isEnabled());
        wizard.next();
        for (const char *localOnly : {"missedCombo", "overlapCombo"}) {
            auto *combo = child<QComboBox>(&wizard, localOnly);
            QVERIFY2(!combo->isEnabled(), localOnly);
            QVERIFY(combo->toolTip().contains("EventBridge Scheduler has no such policy"));
        }
        wizard.next();
        QCOMPARE(wizard.currentId(), int(ScheduleWizard::ReviewPageId));
        const QString summary = child<QLabel>(&wizard, "summaryLabel")->text();
        QVERIFY2(!summary.contains("Missed runs") && !summary.contains("Overlap"), qPrintable(summary));
        QVERIFY(!f.workspace->schedules().describe(account, "gui-cloud"));

        // Create waits for the cloud, then the wizard closes on its answer.
        wizard.button(QWizard::FinishButton)->click();
        QTRY_COMPARE(wizard.result(), int(QDialog::Accepted));
        QVERIFY(!wizard.isVisible());
        QCOMPARE(f.cloud.scheduleCreates.size(), 1);
        const QJsonObject sent = f.cloud.scheduleCreates.at(0);
        QCOMPARE(sent["ScheduleExpressionTimezone"].toString(), "Asia/Seoul");
        QCOMPARE(sent["Target"]["RoleArn"].toString(), role);
        QCOMPARE(QJsonDocument::fromJson(sent["Target"]["Input"].toString().toUtf8())["PipelineName"].toString(),
                 f.cloud.pipelineArn("pipeline-0"));
        QVERIFY(wizard.created());
        QCOMPARE(wizard.created()->arn, "arn:aws:scheduler:us-east-1:444444444444:schedule/default/gui-cloud");
        auto mirrored = f.workspace->schedules().describe(account, "gui-cloud");
        QVERIFY(mirrored);
        QCOMPARE(mirrored->roleArn, role);
        QCOMPARE(f.text("SELECT origin FROM schedules WHERE name = 'gui-cloud'"), "prod");
    }

    void refusalsAreShownInTheOpenWizard()
    {
        PdTest::ConnectedFixture f;
        f.cloud.addPipelines(1, 1);
        const QString account = f.connectAndSync();
        Session session(account);
        ScheduleWizard wizard(*f.workspace, session);
        wizard.setCloudActions(f.actions.get());
        wizard.show();
        // A crontab typed under the cron kind: what the cloud cannot hold, said before any request.
        fillToReview(wizard, "gui-refused", "crontab(30 1 1,15 * *)");
        const qsizetype before = f.server.requests().size();
        auto *error = child<QLabel>(&wizard, "reviewErrorLabel");
        wizard.button(QWizard::FinishButton)->click();
        QVERIFY2(error->text().startsWith("Expression: EventBridge Scheduler knows only at(), rate() and cron()"),
                 qPrintable(error->text()));
        QVERIFY(error->text().contains("cron(30 1 1,15 * ? *)"));
        QCOMPARE(f.server.requests().size(), before);
        QVERIFY(wizard.isVisible());

        // The cloud's refusal: shown on the page (and its details in a box), the wizard still open.
        wizard.back();
        wizard.back();
        wizard.back();
        wizard.back();
        QCOMPARE(wizard.currentId(), int(ScheduleWizard::ExpressionPageId));
        child<QLineEdit>(&wizard, "expressionEdit")->setText("cron(30 1 1,15 * ? *)");
        QTRY_VERIFY(wizard.button(QWizard::NextButton)->isEnabled());
        while (wizard.currentId() != ScheduleWizard::ReviewPageId)
            wizard.next();
        f.cloud.overrides.insert("POSTSchedule",
                                 FakeAnswer::restJsonError(400, "ValidationException",
                                                           "The execution role you provide must allow AWS EventBridge "
                                                           "Scheduler to assume the role.",
                                                           "req-wizard"));
        MessageBox::setNextAnswer(QMessageBox::Ok);
        wizard.button(QWizard::FinishButton)->click();
        auto *busy = wizard.busyAction();
        QTRY_VERIFY(error->text().contains("must allow AWS EventBridge Scheduler to assume the role"));
        QVERIFY(!busy->isBusy());
        QVERIFY(MessageBox::lastText().contains("must allow"));
        QVERIFY(wizard.isVisible());
        QCOMPARE(wizard.currentId(), int(ScheduleWizard::ReviewPageId));
        QVERIFY(wizard.button(QWizard::FinishButton)->isEnabled());
        QVERIFY(!wizard.created());
        QCOMPARE(f.count("SELECT COUNT(*) FROM schedules WHERE name = 'gui-refused'"), 0);

        // While the cloud works the page waits, and Cancel on the busy line cancels.
        f.cloud.overrides.insert("POSTSchedule", FakeAnswer::hang());
        const int posted = f.cloud.calls.value("POSTSchedule");
        wizard.button(QWizard::FinishButton)->click();
        QVERIFY(busy->isBusy());
        // The request reached the cloud, which does not answer.
        QTRY_COMPARE(f.cloud.calls.value("POSTSchedule"), posted + 1);
        QVERIFY(!wizard.button(QWizard::FinishButton)->isEnabled());
        QVERIFY(!wizard.button(QWizard::BackButton)->isEnabled());
        child<QPushButton>(&wizard, "cancelActionButton")->click();
        QTRY_VERIFY(!busy->isBusy());
        QVERIFY2(error->text().startsWith("Cancelled."), qPrintable(error->text()));
        QVERIFY(wizard.isVisible());

        // Once the cloud says yes, the wizard closes.
        f.cloud.overrides.clear();
        wizard.button(QWizard::FinishButton)->click();
        QTRY_VERIFY2(wizard.result() == QDialog::Accepted, qPrintable(error->text()));
        QCOMPARE(f.count("SELECT COUNT(*) FROM schedules WHERE name = 'gui-refused'"), 1);
    }

    void theNewButtonIsOnForAConnectedAccount()
    {
        PdTest::ConnectedFixture f;
        const QString account = f.connectAndSync();
        Session session(account);
        SchedulesPage page(*f.workspace, session);
        auto *button = child<QPushButton>(&page, "newScheduleButton");
        // Without the window's actions nothing could send it: off, with the reason.
        QVERIFY(!button->isEnabled());
        page.setCloudActions(f.actions.get());
        QVERIFY(button->isEnabled());
        QVERIFY2(button->toolTip().contains("EventBridge Scheduler of the connected account"),
                 qPrintable(button->toolTip()));
        // Import stays off: it writes here.
        QVERIFY(!child<QPushButton>(&page, "importButton")->isEnabled());
        bool ran = false;
        page.setWizardRunner([&] { ran = true; });
        button->click();
        QVERIFY(ran);
        session.setIdentity("222222222222");
        QTRY_VERIFY(child<QPushButton>(&page, "importButton")->isEnabled());
        QVERIFY(button->isEnabled());
        QVERIFY(button->toolTip().isEmpty());
    }
};

QTEST_MAIN(TestConnectedScheduleWizard)
#include "tst_connectedschedulewizard.moc"
