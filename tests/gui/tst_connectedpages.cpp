// The Rules, Schedules and Shared-with-me pages acting on a connected account through
// CloudActions, against a fake AWS account over loopback: the action goes to the cloud, the page
// waits (buttons off, a busy line with Cancel), then shows what the cloud's answer read back says,
// or the cloud's refusal with nothing changed. For a local account the same pages act locally
// without a request, and without CloudActions they behave as before. Create and import are off for
// a connected account, with the reason as their tooltip.
#undef QT_NO_CAST_FROM_ASCII
#include "connectedfixture.h"
#include "memorysecretstore.h"
#include "testworkspace.h"

#include "cloud/profileservice.h"
#include "connected/cloudactions.h"
#include "connected/cloudconnections.h"
#include "connected/cloudsync.h"
#include "core/session.h"
#include "rules/rulemodels.h"
#include "rules/ruleservice.h"
#include "schedules/schedulemodels.h"
#include "schedules/scheduleservice.h"
#include "store/database.h"
#include "views/common/busyaction.h"
#include "views/common/messagebox.h"
#include "views/rules/rulespage.h"
#include "views/schedules/schedulespage.h"
#include "views/sharing/sharedwithmepage.h"
#include "views/sharing/sharespage.h"

#include <QApplication>
#include <QLabel>
#include <QMessageBox>
#include <QPushButton>
#include <QSignalSpy>
#include <QSqlQuery>
#include <QTableView>

using namespace Pd;
using PdTest::FakeAnswer;
using PdTest::FakeAwsServer;
using PdTest::FakeCloud;
using PdTest::MemorySecretStore;

namespace {

const QString localTest = QStringLiteral("222222222222");
const QString notYet = QStringLiteral("this version of Pipeline Desk cannot send");

template<typename T> T *child(QObject *parent, const char *name)
{
    T *found = parent->findChild<T *>(QLatin1String(name));
    if (!found)
        qFatal("no %s", name);
    return found;
}

using Fixture = PdTest::ConnectedFixture;

// The page's job ended (the busy line is gone).
bool idle(BusyAction *busy)
{
    return QTest::qWaitFor([busy] { return !busy->isBusy(); }, 10000);
}

QString ruleArn(RulesPage &page, const QString &name)
{
    for (int row = 0; row < page.model()->rowCount(); ++row) {
        if (page.model()->ruleAt(row).name == name)
            return page.model()->ruleAt(row).arn;
    }
    return QString();
}

} // namespace

class TestConnectedPages : public QObject
{
    Q_OBJECT

private slots:
    void ruleDisableGoesToTheCloudAndIsReadBack()
    {
        Fixture f;
        f.cloud.addPipelines(2, 1);
        f.cloud.addRule("retrain-on-upload", R"({"source":["aws.s3"]})", 2);
        const QString account = f.connectAndSync();
        Session session(account);
        RulesPage page(*f.workspace, session);
        page.setCloudActions(f.actions.get());
        page.resize(1100, 700);
        page.show();
        const QString arn = ruleArn(page, "retrain-on-upload");
        QVERIFY(!arn.isEmpty());
        page.selectRule(arn);
        auto *disable = child<QPushButton>(&page, "disableButton");
        QVERIFY(disable->isEnabled());
        const int before = f.server.requests().size();

        MessageBox::setNextAnswer(QMessageBox::Yes); // the confirmation
        disable->click();
        // Waiting for the cloud: one action at a time, and the line says which.
        QVERIFY(page.busyAction()->isBusy());
        QVERIFY(!disable->isEnabled());
        QVERIFY(!child<QPushButton>(&page, "deleteRuleButton")->isEnabled());
        QVERIFY(child<QLabel>(&page, "busyActionLabel")->text().contains("retrain-on-upload"));
        QVERIFY(idle(page.busyAction()));

        QCOMPARE(f.cloud.calls.value("DisableRule"), 1);
        QVERIFY(f.server.requests().size() > before);
        QCOMPARE(f.cloud.rules.at(0)["State"].toString(), QString("DISABLED"));
        // Read back: the row is disabled and selected again, Enable is the way back.
        QCOMPARE(page.selectedArn(), arn);
        const int row = page.model()->rowOf(arn);
        QVERIFY(row >= 0);
        QVERIFY(!page.model()->ruleAt(row).enabled);
        QVERIFY(child<QPushButton>(&page, "enableButton")->isEnabled());
        QVERIFY(!disable->isEnabled());
        QVERIFY(child<QLabel>(&page, "messageLabel")->text().contains("is disabled"));
    }

    void ruleDeleteWithTargetsAsksThenRemovesTargetsFirst()
    {
        Fixture f;
        f.cloud.addPipelines(2, 1);
        f.cloud.addRule("retrain-on-upload", R"({"source":["aws.s3"]})", 2);
        const QString account = f.connectAndSync();
        Session session(account);
        RulesPage page(*f.workspace, session);
        page.setCloudActions(f.actions.get());
        const QString arn = ruleArn(page, "retrain-on-upload");
        page.selectRule(arn);

        // Answered No: nothing is sent.
        MessageBox::setNextAnswer(QMessageBox::No);
        child<QPushButton>(&page, "deleteRuleButton")->click();
        QVERIFY(MessageBox::lastText().contains("2 target(s)"));
        QVERIFY(!page.busyAction()->isBusy());
        QCOMPARE(f.cloud.calls.value("RemoveTargets"), 0);
        QCOMPARE(f.cloud.calls.value("DeleteRule"), 0);

        MessageBox::setNextAnswer(QMessageBox::Yes);
        const int before = f.server.requests().size();
        child<QPushButton>(&page, "deleteRuleButton")->click();
        QVERIFY(idle(page.busyAction()));
        QStringList sent;
        for (int i = before; i < f.server.requests().size(); ++i)
            sent.append(FakeCloud::operationOf(f.server.requests().at(i)));
        QVERIFY2(sent.indexOf("RemoveTargets") >= 0 && sent.indexOf("RemoveTargets") < sent.indexOf("DeleteRule"),
                 qPrintable(sent.join(", ")));
        QVERIFY(f.cloud.rules.isEmpty());
        QCOMPARE(page.model()->rowOf(arn), -1);
        QVERIFY(child<QLabel>(&page, "messageLabel")->text().contains("was deleted"));
    }

    void aDeniedRuleActionShowsTheCloudsWordsAndChangesNothing()
    {
        Fixture f;
        f.cloud.addPipelines(2, 1);
        f.cloud.addRule("retrain-on-upload", R"({"source":["aws.s3"]})", 2);
        const QString account = f.connectAndSync();
        f.cloud.overrides.insert("DisableRule",
                                 FakeAnswer::jsonError(400, "AccessDeniedException",
                                                       "User is not authorized to perform: events:DisableRule",
                                                       "req-deny-7"));
        Session session(account);
        RulesPage page(*f.workspace, session);
        page.setCloudActions(f.actions.get());
        const QString arn = ruleArn(page, "retrain-on-upload");
        page.selectRule(arn);
        MessageBox::setNextAnswer(QMessageBox::Yes); // the confirmation
        child<QPushButton>(&page, "disableButton")->click();
        QVERIFY(idle(page.busyAction()));

        const QString message = child<QLabel>(&page, "messageLabel")->text();
        QVERIFY2(message.contains("events:DisableRule"), qPrintable(message));
        QVERIFY2(message.contains("req-deny-7"), qPrintable(message));
        // And the box with the request id to copy, as the Executions page shows the cloud's refusals.
        QMessageBox *box = nullptr;
        for (QWidget *w : QApplication::topLevelWidgets()) {
            if (auto *b = qobject_cast<QMessageBox *>(w); b && b->isVisible())
                box = b;
        }
        QVERIFY(box);
        QVERIFY(box->text().contains("events:DisableRule"));
        QVERIFY(box->detailedText().contains("req-deny-7"));
        box->close();
        QCOMPARE(f.text("SELECT state FROM rules WHERE arn = '" + arn + "'"), QString("ENABLED"));
        QVERIFY(page.model()->ruleAt(page.model()->rowOf(arn)).enabled);
        // The buttons are back for another try.
        QVERIFY(child<QPushButton>(&page, "disableButton")->isEnabled());
        QCOMPARE(page.selectedArn(), arn);
    }

    void aBusyRuleActionCanBeCancelled()
    {
        Fixture f;
        f.cloud.addPipelines(2, 1);
        f.cloud.addRule("retrain-on-upload", R"({"source":["aws.s3"]})", 2);
        const QString account = f.connectAndSync();
        f.cloud.overrides.insert("DisableRule", FakeAnswer::hang());
        Session session(account);
        RulesPage page(*f.workspace, session);
        page.setCloudActions(f.actions.get());
        page.resize(1100, 700);
        page.show();
        const QString arn = ruleArn(page, "retrain-on-upload");
        page.selectRule(arn);
        MessageBox::setNextAnswer(QMessageBox::Yes); // the confirmation
        child<QPushButton>(&page, "disableButton")->click();
        QTRY_COMPARE_WITH_TIMEOUT(f.cloud.calls.value("DisableRule"), 1, 10000);
        QVERIFY(page.busyAction()->isBusy());
        QVERIFY(page.busyAction()->isVisible());
        // What a person sees meanwhile (checked by eye when the page changes).
        const QString shot = QDir::temp().filePath("pd-rulespage-busy.png");
        QVERIFY(page.grab().save(shot));

        child<QPushButton>(&page, "cancelActionButton")->click();
        QVERIFY(idle(page.busyAction()));
        QVERIFY(!page.busyAction()->isVisible());
        QVERIFY(child<QLabel>(&page, "messageLabel")->text().contains("Cancelled"));
        QCOMPARE(f.text("SELECT state FROM rules WHERE arn = '" + arn + "'"), QString("ENABLED"));
        QVERIFY(child<QPushButton>(&page, "disableButton")->isEnabled());
    }

    void scheduleDisableSendsTheWholeScheduleDisabled()
    {
        Fixture f;
        f.cloud.addPipelines(1, 1);
        f.cloud.addSchedule("nightly", "cron(0 2 * * ? *)", "pipeline-0");
        const QString account = f.connectAndSync();
        Session session(account);
        SchedulesPage page(*f.workspace, session);
        page.setCloudActions(f.actions.get());
        int row = -1;
        for (int r = 0; r < page.model()->rowCount(); ++r)
            row = page.model()->scheduleAt(r).name == "nightly" ? r : row;
        QVERIFY(row >= 0);
        const QString arn = page.model()->scheduleAt(row).arn;
        page.selectSchedule(arn);
        auto *disable = child<QPushButton>(&page, "disableButton");
        QVERIFY(disable->isEnabled());
        MessageBox::setNextAnswer(QMessageBox::Yes); // the confirmation
        disable->click();
        QVERIFY(page.busyAction()->isBusy());
        QVERIFY(!child<QPushButton>(&page, "disableAndDeleteButton")->isEnabled());
        QVERIFY(idle(page.busyAction()));

        QCOMPARE(f.cloud.scheduleUpdates.size(), 1);
        QCOMPARE(f.cloud.scheduleUpdates.at(0)["State"].toString(), QString("DISABLED"));
        QCOMPARE(f.cloud.scheduleUpdates.at(0)["ScheduleExpression"].toString(), QString("cron(0 2 * * ? *)"));
        row = page.model()->rowOf(arn);
        QVERIFY(row >= 0);
        QVERIFY(!page.model()->scheduleAt(row).enabled);
        QVERIFY(child<QPushButton>(&page, "enableButton")->isEnabled());
        QVERIFY(child<QLabel>(&page, "messageLabel")->text().contains("is disabled"));

        // Deleted in the cloud after the same question as ever, then gone here.
        MessageBox::setNextAnswer(QMessageBox::Yes);
        child<QPushButton>(&page, "disableAndDeleteButton")->click();
        QVERIFY(idle(page.busyAction()));
        QCOMPARE(f.cloud.calls.value("DELETESchedule"), 1);
        QCOMPARE(page.model()->rowOf(arn), -1);
    }

    void anInvitationIsAcceptedInTheCloud()
    {
        Fixture f;
        const QString inviteArn = "arn:aws:ram:us-east-1:555555555555:resource-share-invitation/inv-1";
        // The mirror keeps an invitation to a share it knows: one of the demo's.
        const QString shareArn = f.text("SELECT arn FROM resource_shares ORDER BY arn LIMIT 1");
        QVERIFY(!shareArn.isEmpty());
        f.cloud.invitations.append(QJsonObject{{"resourceShareInvitationArn", inviteArn},
                                               {"resourceShareArn", shareArn},
                                               {"senderAccountId", "555555555555"},
                                               {"receiverAccountId", f.cloud.accountId},
                                               {"status", "PENDING"}});
        const QString account = f.connectAndSync();
        Session session(account);
        SharedWithMePage page(*f.workspace, session);
        page.setCloudActions(f.actions.get());
        auto *table = child<QTableView>(&page, "invitationTable");
        QCOMPARE(table->model()->rowCount(), 1);
        table->setCurrentIndex(table->model()->index(0, 0));
        auto *accept = child<QPushButton>(&page, "acceptInvitationButton");
        QVERIFY(accept->isEnabled());
        accept->click();
        QVERIFY(page.busyAction()->isBusy());
        QVERIFY(!accept->isEnabled());
        QVERIFY(idle(page.busyAction()));

        QCOMPARE(f.cloud.calls.value("AcceptResourceShareInvitation"), 1);
        QCOMPARE(f.cloud.invitations.at(0)["status"].toString(), QString("ACCEPTED"));
        const QString message = child<QLabel>(&page, "invitationMessageLabel")->text();
        QVERIFY2(message.startsWith("Accepted the invitation"), qPrintable(message));
        // Read back: answered, so neither button applies any more.
        QVERIFY(table->currentIndex().isValid());
        QVERIFY(!accept->isEnabled());
    }

    void aLocalAccountActsLocallyThroughTheSameCalls()
    {
        Fixture f;
        Session session(localTest);
        RulesPage page(*f.workspace, session);
        page.setCloudActions(f.actions.get());
        QVERIFY(page.model()->rowCount() > 0);
        const Rule rule = page.model()->ruleAt(0);
        page.selectRule(rule.arn);
        auto *button = child<QPushButton>(&page, rule.enabled ? "disableButton" : "enableButton");
        if (rule.enabled)
            MessageBox::setNextAnswer(QMessageBox::Yes); // the confirmation
        button->click();
        QVERIFY(idle(page.busyAction()));
        QCOMPARE(f.workspace->rules().rule(localTest, rule.name, rule.eventBus).value().enabled, !rule.enabled);
        QCOMPARE(page.selectedArn(), rule.arn);
        // A local account's wizards are as ever.
        QVERIFY(child<QPushButton>(&page, "createRuleButton")->isEnabled());
        QVERIFY(child<QPushButton>(&page, "createRuleButton")->toolTip().isEmpty());

        ScheduleInput input;
        input.name = "hourly";
        input.expression = "rate(1 hour)";
        input.targetPipeline = "serial-inference-pipeline";
        QVERIFY(f.workspace->schedules().create(localTest, input));
        SchedulesPage schedules(*f.workspace, session);
        schedules.setCloudActions(f.actions.get());
        QVERIFY(schedules.model()->rowCount() > 0);
        const PipelineSchedule schedule = schedules.model()->scheduleAt(0);
        schedules.selectSchedule(schedule.arn);
        if (schedule.enabled)
            MessageBox::setNextAnswer(QMessageBox::Yes); // the confirmation
        child<QPushButton>(&schedules, schedule.enabled ? "disableButton" : "enableButton")->click();
        QVERIFY(idle(schedules.busyAction()));
        QCOMPARE(schedules.model()->scheduleAt(schedules.model()->rowOf(schedule.arn)).enabled, !schedule.enabled);
        QVERIFY(child<QPushButton>(&schedules, "newScheduleButton")->isEnabled());

        QCOMPARE(f.server.requests().size(), 0);
    }

    void withoutCloudActionsThePagesAreAsBefore()
    {
        Fixture f;
        // A local account: the service at once, no busy line.
        Session session(localTest);
        RulesPage page(*f.workspace, session);
        const Rule rule = page.model()->ruleAt(0);
        page.selectRule(rule.arn);
        if (rule.enabled)
            MessageBox::setNextAnswer(QMessageBox::Yes); // the confirmation
        child<QPushButton>(&page, rule.enabled ? "disableButton" : "enableButton")->click();
        QVERIFY(!page.busyAction()->isBusy());
        QCOMPARE(f.workspace->rules().rule(localTest, rule.name, rule.eventBus).value().enabled, !rule.enabled);
        QVERIFY(child<QLabel>(&page, "messageLabel")->text().contains(rule.enabled ? "is disabled" : "is enabled"));

        // A connected account: refused with today's words, nothing sent.
        f.cloud.addPipelines(2, 1);
        f.cloud.addRule("retrain-on-upload", R"({"source":["aws.s3"]})", 2);
        const QString account = f.connectAndSync();
        const int before = f.server.requests().size();
        session.setIdentity(account);
        const QString arn = ruleArn(page, "retrain-on-upload");
        page.selectRule(arn);
        MessageBox::setNextAnswer(QMessageBox::Yes); // the confirmation
        child<QPushButton>(&page, "disableButton")->click();
        const QString refused = child<QLabel>(&page, "messageLabel")->text();
        QVERIFY2(refused.contains(notYet), qPrintable(refused));
        QCOMPARE(f.server.requests().size(), before);
        QCOMPARE(f.text("SELECT state FROM rules WHERE arn = '" + arn + "'"), QString("ENABLED"));
    }

    void createButtonsAreOffForAConnectedAccountWithTheReason()
    {
        Fixture f;
        f.cloud.addPipelines(1, 1);
        f.cloud.addRule("retrain-on-upload", R"({"source":["aws.s3"]})", 1);
        const QString account = f.connectAndSync();
        Session session(account);
        RulesPage rules(*f.workspace, session);
        SchedulesPage schedules(*f.workspace, session);
        SharesPage shares(*f.workspace, session);
        for (QPushButton *button :
             {child<QPushButton>(&rules, "createRuleButton"), child<QPushButton>(&rules, "editRuleButton"),
              child<QPushButton>(&rules, "importButton"), child<QPushButton>(&schedules, "newScheduleButton"),
              child<QPushButton>(&schedules, "importButton"), child<QPushButton>(&shares, "createShareButton")}) {
            QVERIFY2(!button->isEnabled(), qPrintable(button->objectName()));
            QVERIFY2(button->toolTip().contains(notYet), qPrintable(button->objectName()));
        }
        // The actions that can go to the cloud are on.
        rules.selectRule(ruleArn(rules, "retrain-on-upload"));
        QVERIFY(child<QPushButton>(&rules, "disableButton")->isEnabled());

        // Back on a local account, they are on again with their usual tooltips.
        session.setIdentity(localTest);
        QTRY_VERIFY(child<QPushButton>(&rules, "createRuleButton")->isEnabled());
        QVERIFY(child<QPushButton>(&rules, "importButton")->toolTip().contains("all or nothing"));
        QVERIFY(child<QPushButton>(&schedules, "newScheduleButton")->isEnabled());
        QVERIFY(child<QPushButton>(&shares, "createShareButton")->isEnabled());
    }
};

QTEST_MAIN(TestConnectedPages)
#include "tst_connectedpages.moc"
