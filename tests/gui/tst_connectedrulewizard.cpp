// The Rules page's wizard and Send event dialog on a connected (fake) AWS account: Create rule is
// on, the wizard's Finish waits for PutRule and PutTargets with a busy line and closes once the rule
// was read back; the cloud's refusal stays in the wizard, which stays open for another try; an event
// is put on EventBridge. Without cloud actions the page still refuses with the reason.
#undef QT_NO_CAST_FROM_ASCII
#include "connectedfixture.h"

#include "connected/cloudactions.h"
#include "core/session.h"
#include "rules/rulemodels.h"
#include "rules/ruleservice.h"
#include "views/common/busyaction.h"
#include "views/common/messagebox.h"
#include "views/rules/rulespage.h"
#include "views/rules/rulewizard.h"
#include "views/rules/sendeventdialog.h"

#include <QAbstractButton>
#include <QApplication>
#include <QComboBox>
#include <QJsonArray>
#include <QJsonDocument>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QRadioButton>
#include <QTest>

using namespace Pd;
using PdTest::FakeAnswer;
using PdTest::FakeCloud;

namespace {

using Fixture = PdTest::ConnectedFixture;

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

// Drives the wizard to its review page: a scheduled rule `name` (rate(1 hour)) starting `pipelineArn`.
void fillScheduledRule(RuleWizard *wizard, const QString &name, const QString &pipelineArn)
{
    child<QLineEdit>(wizard, "nameEdit")->setText(name);
    child<QRadioButton>(wizard, "scheduleTypeRadioButton")->setChecked(true);
    QVERIFY(nextEnabled(wizard));
    wizard->next();
    QCOMPARE(wizard->currentId(), int(RuleWizard::SchedulePageId));
    wizard->next();
    QCOMPARE(wizard->currentId(), int(RuleWizard::TargetsPageId));
    // A connected account's own pipelines come from its mirror.
    auto *pipeline = child<QComboBox>(wizard, "pipelineCombo");
    const int index = pipeline->findData(pipelineArn);
    QVERIFY2(index >= 0, qPrintable(QString::number(pipeline->count())));
    pipeline->setCurrentIndex(index);
    QTRY_VERIFY2(nextEnabled(wizard), qPrintable(child<QLabel>(wizard, "targetErrorLabel")->text()));
    wizard->next();
    wizard->next();
    QCOMPARE(wizard->currentId(), int(RuleWizard::ReviewPageId));
}

void closeMessageBoxes()
{
    for (QWidget *w : QApplication::topLevelWidgets()) {
        if (auto *box = qobject_cast<QMessageBox *>(w); box && box->isVisible())
            box->close();
    }
}

} // namespace

class TestConnectedRuleWizard : public QObject
{
    Q_OBJECT

private slots:
    void theWizardCreatesTheRuleInTheCloud()
    {
        Fixture f;
        f.cloud.addPipelines(2, 1);
        const QString account = f.connectAndSync();
        Session session(account);
        RulesPage page(*f.workspace, session);
        page.setCloudActions(f.actions.get());
        page.resize(1100, 700);
        page.show();
        auto *create = child<QPushButton>(&page, "createRuleButton");
        QVERIFY(create->isEnabled());
        QVERIFY(create->toolTip().isEmpty());
        // Import stays the local service's, refused for a connected account with the reason.
        QVERIFY(!child<QPushButton>(&page, "importButton")->isEnabled());

        create->click();
        RuleWizard *wizard = page.openWizard();
        QVERIFY(wizard);
        fillScheduledRule(wizard, "hourly-retrain", f.cloud.pipelineArn("pipeline-0"));

        // PutTargets answers late: meanwhile the wizard waits, open, with its busy line.
        f.server.setHandler([&f](const PdTest::FakeRequest &request) {
            FakeAnswer answer = f.cloud.answer(request);
            if (FakeCloud::operationOf(request) == "PutTargets")
                answer.delayed(400);
            return answer;
        });
        wizard->button(QWizard::FinishButton)->click();
        QVERIFY(wizard->isVisible());
        QVERIFY(wizard->currentJob());
        QVERIFY(wizard->busyAction()->isVisible());
        QVERIFY(child<QLabel>(wizard, "busyActionLabel")->text().contains("hourly-retrain"));
        QVERIFY(!wizard->button(QWizard::FinishButton)->isEnabled());
        QVERIFY(!wizard->button(QWizard::BackButton)->isEnabled());
        QTRY_VERIFY_WITH_TIMEOUT(!page.openWizard(), 10000);

        QCOMPARE(f.cloud.putRules.size(), 1);
        QCOMPARE(f.cloud.putRules.at(0)["ScheduleExpression"].toString(), "rate(1 hour)");
        QCOMPARE(f.cloud.putTargets.size(), 1);
        const QJsonArray targets = f.cloud.putTargets.at(0)["Targets"].toArray();
        QCOMPARE(targets.size(), 1);
        QCOMPARE(targets.at(0)["Arn"].toString(), f.cloud.pipelineArn("pipeline-0"));
        // Read back: the page shows the rule, selected, and says it was created.
        const QString arn = "arn:aws:events:us-east-1:444444444444:rule/hourly-retrain";
        QTRY_COMPARE(page.selectedArn(), arn);
        QCOMPARE(page.model()->ruleAt(page.model()->rowOf(arn)).targets.size(), 1);
        QVERIFY(child<QLabel>(&page, "messageLabel")->text().contains("was created"));
    }

    void theCloudsRefusalStaysInTheWizard()
    {
        Fixture f;
        f.cloud.addPipelines(2, 1);
        const QString account = f.connectAndSync();
        Session session(account);
        RulesPage page(*f.workspace, session);
        page.setCloudActions(f.actions.get());
        page.show();
        child<QPushButton>(&page, "createRuleButton")->click();
        RuleWizard *wizard = page.openWizard();
        QVERIFY(wizard);
        fillScheduledRule(wizard, "hourly-retrain", f.cloud.pipelineArn("pipeline-0"));
        f.cloud.overrides.insert("PutRule", FakeAnswer::jsonError(400, "AccessDeniedException",
                                                                  "User is not authorized to perform: events:PutRule",
                                                                  "req-wizard-1"));
        wizard->button(QWizard::FinishButton)->click();
        QTRY_VERIFY_WITH_TIMEOUT(!wizard->currentJob(), 10000);
        // Still open on the review page, with the cloud's words and its request id.
        QVERIFY(wizard->isVisible());
        QCOMPARE(wizard->currentId(), int(RuleWizard::ReviewPageId));
        const QString error = child<QLabel>(wizard, "reviewErrorLabel")->text();
        QVERIFY2(error.contains("events:PutRule") && error.contains("req-wizard-1"), qPrintable(error));
        QVERIFY(wizard->button(QWizard::FinishButton)->isEnabled());
        QVERIFY(f.cloud.putTargets.isEmpty());
        QVERIFY(!f.workspace->rules().rule(account, "hourly-retrain"));
        closeMessageBoxes();

        // Allowed now: the same Finish creates it and closes the wizard.
        f.cloud.overrides.clear();
        wizard->button(QWizard::FinishButton)->click();
        QTRY_VERIFY_WITH_TIMEOUT(!page.openWizard(), 10000);
        QVERIFY(f.workspace->rules().rule(account, "hourly-retrain"));
    }

    void editingSavesInTheCloud()
    {
        Fixture f;
        f.cloud.addPipelines(2, 1);
        f.cloud.addRule("retrain-on-upload", R"({"source":["aws.s3"]})", 1);
        const QString account = f.connectAndSync();
        Session session(account);
        RulesPage page(*f.workspace, session);
        page.setCloudActions(f.actions.get());
        page.show();
        const QString arn = "arn:aws:events:us-east-1:444444444444:rule/retrain-on-upload";
        page.selectRule(arn);
        auto *edit = child<QPushButton>(&page, "editRuleButton");
        QVERIFY(edit->isEnabled());
        edit->click();
        RuleWizard *wizard = page.openWizard();
        QVERIFY(wizard);
        QVERIFY(wizard->isEditing());
        // EventBridge renames nothing: the name stays as it is.
        QVERIFY(child<QLineEdit>(wizard, "nameEdit")->isReadOnly());
        QVERIFY(!child<QComboBox>(wizard, "eventBusCombo")->isEnabled());
        child<QPlainTextEdit>(wizard, "descriptionEdit")->setPlainText("edited in the desk");
        child<QAbstractButton>(wizard, "skipToReviewButton")->click();
        QCOMPARE(wizard->currentId(), int(RuleWizard::ReviewPageId));
        wizard->button(QWizard::FinishButton)->click();
        QTRY_VERIFY_WITH_TIMEOUT(!page.openWizard(), 10000);
        QCOMPARE(f.cloud.putRules.size(), 1);
        QCOMPARE(f.cloud.putRules.at(0)["Description"].toString(), "edited in the desk");
        QCOMPARE(f.cloud.calls.value("DescribeRule"), 0);
        QCOMPARE(f.workspace->rules().rule(account, arn)->description, "edited in the desk");
        QVERIFY(child<QLabel>(&page, "messageLabel")->text().contains("was saved"));
    }

    void anEventIsSentToEventBridge()
    {
        Fixture f;
        f.cloud.addPipelines(1, 1);
        const QString account = f.connectAndSync();
        Session session(account);
        RulesPage page(*f.workspace, session);
        page.setCloudActions(f.actions.get());
        page.show();
        auto *send = child<QPushButton>(&page, "sendEventButton");
        QVERIFY(send->isEnabled());
        QVERIFY(send->toolTip().contains("EventBridge"));
        send->click();
        SendEventDialog *dialog = page.openSendEventDialog();
        QVERIFY(dialog);
        child<QPushButton>(dialog, "sendButton")->click();
        QVERIFY(dialog->currentJob());
        QTRY_VERIFY_WITH_TIMEOUT(!dialog->currentJob(), 10000);
        const QString said = child<QLabel>(dialog, "sendResultLabel")->text();
        QVERIFY2(said.contains("event-1-0") && said.contains("EventBridge"), qPrintable(said));
        QCOMPARE(f.cloud.putEvents.size(), 1);
        const QJsonObject entry = f.cloud.putEvents.at(0)["Entries"][0].toObject();
        QVERIFY(!entry["Source"].toString().isEmpty());
        QVERIFY(QJsonDocument::fromJson(entry["Detail"].toString().toUtf8()).isObject());
        QCOMPARE(entry["EventBusName"].toString(), "default");
        QVERIFY(dialog->lastResult());
    }

    void aLocalAccountsWizardWritesLocallyThroughTheSameActions()
    {
        Fixture f;
        const QString local = "222222222222";
        Session session(local);
        RulesPage page(*f.workspace, session);
        page.setCloudActions(f.actions.get());
        page.show();
        child<QPushButton>(&page, "createRuleButton")->click();
        RuleWizard *wizard = page.openWizard();
        QVERIFY(wizard);
        QVERIFY(!child<QLineEdit>(wizard, "nameEdit")->isReadOnly());
        fillScheduledRule(wizard, "hourly-local",
                          "arn:aws:sagemaker:us-east-1:222222222222:pipeline/serial-inference-pipeline");
        wizard->button(QWizard::FinishButton)->click();
        QTRY_VERIFY_WITH_TIMEOUT(!page.openWizard(), 10000);
        auto made = f.workspace->rules().rule(local, "hourly-local");
        QVERIFY(made);
        QCOMPARE(made->targets.size(), 1);
        QTRY_COMPARE(page.selectedArn(), made->arn);
        QCOMPARE(f.server.requests().size(), 0);
    }

    void withoutCloudActionsAConnectedAccountIsStillRefused()
    {
        Fixture f;
        f.cloud.addPipelines(1, 1);
        const QString account = f.connectAndSync();
        Session session(account);
        RulesPage page(*f.workspace, session);
        for (const char *name : {"createRuleButton", "editRuleButton", "sendEventButton"}) {
            auto *button = child<QPushButton>(&page, name);
            QVERIFY2(!button->isEnabled(), name);
            QVERIFY2(button->toolTip().contains(account), name);
        }
    }
};

QTEST_MAIN(TestConnectedRuleWizard)
#include "tst_connectedrulewizard.moc"
