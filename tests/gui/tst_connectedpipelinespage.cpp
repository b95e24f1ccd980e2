// The Pipelines page and the cross-account executions view acting on a connected account through
// CloudActions, against a fake AWS account over loopback: New pipeline and Delete go to the cloud
// while a busy line waits, the mirror read back shows the change, the cloud's refusal is shown in
// its words with the dialog still filled in; Start and Stop of a shared pipeline's execution by a
// connected identity go to the cloud, not to the local runner. Without CloudActions the page
// refuses a connected account's changes as before.
#undef QT_NO_CAST_FROM_ASCII
#include "connectedfixture.h"

#include "accounts/accountservice.h"
#include "accounts/accountstore.h"
#include "core/session.h"
#include "pipelines/pipelinemodels.h"
#include "pipelines/pipelineservice.h"
#include "sharing/sharemodels.h"
#include "store/database.h"
#include "views/common/busyaction.h"
#include "views/common/messagebox.h"
#include "views/pipelines/pipelinespage.h"
#include "views/sharing/crossaccountexecutionsview.h"

#include <QApplication>
#include <QDialog>
#include <QDialogButtonBox>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QTest>

using namespace Pd;

namespace {

const QString sharedServices = QStringLiteral("333333333333");
const QString serialArn = QStringLiteral("arn:aws:sagemaker:us-east-1:222222222222:pipeline/serial-inference-pipeline");
const QString executing = serialArn + QStringLiteral("/execution/p4j6e8g2c9lx");
const QString notYet = QStringLiteral("this version of Pipeline Desk cannot send");

template<typename T> T *child(QObject *parent, const char *name)
{
    T *found = parent->findChild<T *>(QLatin1String(name));
    if (!found)
        qFatal("no %s", name);
    return found;
}

using Fixture = PdTest::ConnectedFixture;

bool idle(BusyAction *busy)
{
    return QTest::qWaitFor([busy] { return !busy->isBusy(); }, 10000);
}

void fillCreateDialog(QDialog *dialog, const QString &name)
{
    child<QLineEdit>(dialog, "pipelineNameEdit")->setText(name);
    child<QLineEdit>(dialog, "roleArnEdit")->setText("arn:aws:iam::444444444444:role/SageMakerPipelines");
    child<QLineEdit>(dialog, "descriptionEdit")->setText("made in the window");
}

} // namespace

class TestConnectedPipelinesPage : public QObject
{
    Q_OBJECT

private slots:
    void newPipelineIsCreatedInTheCloud()
    {
        Fixture f;
        f.cloud.addPipelines(1, 1);
        const QString account = f.connectAndSync();
        Session session(account);
        PipelinesPage page(*f.workspace, session);
        page.setCloudActions(f.actions.get());
        page.resize(1000, 700);
        page.show();
        auto *newButton = child<QPushButton>(&page, "newPipelineButton");
        QVERIFY(newButton->isEnabled());
        QVERIFY(newButton->toolTip().isEmpty());

        newButton->click();
        QDialog *dialog = page.openCreateDialog();
        QVERIFY(dialog);
        fillCreateDialog(dialog, "from-the-window");
        QPushButton *create = dialog->findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Ok);
        create->click();
        // Waiting for the cloud in the dialog: its busy line names the pipeline, Create is off.
        auto *busy = dialog->findChild<BusyAction *>();
        QVERIFY(busy->isBusy());
        QVERIFY(child<QLabel>(dialog, "busyActionLabel")->text().contains("from-the-window"));
        QVERIFY(!create->isEnabled());
        QTRY_VERIFY(!page.openCreateDialog() || !page.openCreateDialog()->isVisible());

        QCOMPARE(f.cloud.createdPipelines.size(), 1);
        QCOMPARE(f.cloud.createdPipelines.at(0)["PipelineDescription"].toString(), QString("made in the window"));
        QVERIFY(f.cloud.createdPipelines.at(0)["PipelineDefinition"].toString().contains("\"Train\""));
        // Read back: the row is there and selected.
        const QString arn = f.cloud.pipelineArn("from-the-window");
        QCOMPARE(page.selectedArn(), arn);
        QCOMPARE(f.text("SELECT origin FROM pipelines WHERE arn = '" + arn + "'"), QString("prod"));
        QVERIFY(child<QLabel>(&page, "messageLabel")->text().contains("was created"));
        QVERIFY(newButton->isEnabled());
    }

    void theCloudsRefusalKeepsTheDialogFilledIn()
    {
        Fixture f;
        f.cloud.addPipelines(1, 1);
        const QString account = f.connectAndSync();
        Session session(account);
        PipelinesPage page(*f.workspace, session);
        page.setCloudActions(f.actions.get());
        page.show();
        child<QPushButton>(&page, "newPipelineButton")->click();
        QDialog *dialog = page.openCreateDialog();
        fillCreateDialog(dialog, "pipeline-0");     // taken
        MessageBox::setNextAnswer(QMessageBox::Ok); // the cloud's error box, with its details
        QPushButton *create = dialog->findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Ok);
        create->click();
        QVERIFY(idle(dialog->findChild<BusyAction *>()));
        QVERIFY(dialog->isVisible());
        auto *error = child<QLabel>(dialog, "errorLabel");
        QVERIFY2(error->text().contains("Pipeline names must be unique"), qPrintable(error->text()));
        QVERIFY(MessageBox::lastText().contains("Pipeline names must be unique"));
        QCOMPARE(child<QLineEdit>(dialog, "pipelineNameEdit")->text(), QString("pipeline-0"));
        QVERIFY(create->isEnabled());
        QCOMPARE(f.cloud.pipelines.size(), 1);

        // Bad input never leaves: the service's words, no request.
        const int requests = int(f.server.requests().size());
        child<QPlainTextEdit>(dialog, "definitionEdit")->setPlainText("{\"Version\": ");
        child<QLineEdit>(dialog, "pipelineNameEdit")->setText("fresh-name");
        create->click();
        QVERIFY(idle(dialog->findChild<BusyAction *>()));
        QVERIFY2(error->text().contains("not valid JSON"), qPrintable(error->text()));
        QCOMPARE(int(f.server.requests().size()), requests);
        dialog->reject();
    }

    void deleteGoesToTheCloud()
    {
        Fixture f;
        f.cloud.addPipelines(2, 1);
        const QString account = f.connectAndSync();
        Session session(account);
        PipelinesPage page(*f.workspace, session);
        page.setCloudActions(f.actions.get());
        page.show();
        const QString arn = f.cloud.pipelineArn("pipeline-0");
        QVERIFY(page.selectPipeline(arn));
        auto *deleteButton = child<QPushButton>(&page, "deletePipelineButton");
        QVERIFY(deleteButton->isEnabled());
        MessageBox::setNextAnswer(QMessageBox::Yes);
        deleteButton->click();
        QVERIFY(page.busyAction()->isBusy());
        QVERIFY(!deleteButton->isEnabled());
        QVERIFY(!child<QPushButton>(&page, "newPipelineButton")->isEnabled());
        QVERIFY(idle(page.busyAction()));
        QCOMPARE(f.cloud.deletedPipelines.size(), 1);
        QCOMPARE(f.cloud.deletedPipelines.at(0)["PipelineName"].toString(), arn);
        QCOMPARE(page.model()->rowCount(), 1);
        QCOMPARE(page.model()->pipelineAt(0).name, QString("pipeline-1"));
        QVERIFY(child<QLabel>(&page, "messageLabel")->text().contains("was deleted"));

        // Refused by the cloud: said, and the pipeline stays selected.
        f.cloud.overrides.insert("DeletePipeline", PdTest::FakeAnswer::jsonError(
                                                       400, "AccessDeniedException",
                                                       "User is not authorized to perform: sagemaker:DeletePipeline"));
        const QString other = f.cloud.pipelineArn("pipeline-1");
        QVERIFY(page.selectPipeline(other));
        MessageBox::setNextAnswer(QMessageBox::Yes);
        deleteButton->click();
        MessageBox::setNextAnswer(QMessageBox::Ok);
        QVERIFY(idle(page.busyAction()));
        QVERIFY(child<QLabel>(&page, "messageLabel")->text().contains("not authorized"));
        QCOMPARE(page.selectedArn(), other);
        QVERIFY(deleteButton->isEnabled());
    }

    void withoutCloudActionsAConnectedAccountIsRefusedAsBefore()
    {
        Fixture f;
        f.cloud.addPipelines(1, 1);
        const QString account = f.connectAndSync();
        Session session(account);
        PipelinesPage page(*f.workspace, session);
        auto *newButton = child<QPushButton>(&page, "newPipelineButton");
        QVERIFY(!newButton->isEnabled());
        QVERIFY2(newButton->toolTip().contains(notYet), qPrintable(newButton->toolTip()));
        QVERIFY(!child<QPushButton>(&page, "deletePipelineButton")->isEnabled());
        // A local account's are on, with actions or without.
        session.setIdentity("222222222222");
        QTRY_VERIFY(newButton->isEnabled());
        page.setCloudActions(f.actions.get());
        QVERIFY(newButton->isEnabled());
    }

    void crossAccountStartAndStopOfAConnectedIdentityGoToTheCloud()
    {
        // shared-services may start test's serial-inference-pipeline (allow-execution). Connected,
        // it starts it in the cloud by ARN through its own profile (here the fake plays test's
        // account, which holds the pipeline).
        Fixture f;
        f.cloud.accountId = "222222222222";
        f.cloud.pipelines.append({"serial-inference-pipeline", {}, {}, {}, {}, {}});
        QVERIFY(f.addProfile("prod-shared"));
        Account account = f.workspace->accounts().account(sharedServices).value();
        account.profile = "prod-shared";
        QVERIFY(
            f.workspace->database().transaction([&] { return AccountStore(f.workspace->database()).update(account); }));
        const qint64 localExecutions =
            f.count("SELECT COUNT(*) FROM executions WHERE pipeline_arn = '" + serialArn + "'");

        Session session(sharedServices);
        CrossAccountExecutionsView view(*f.workspace, session);
        view.show();
        QTRY_VERIFY(view.selectExecution(executing));
        auto *start = child<QPushButton>(&view, "startButton");
        // Without cloud actions, refused: a connected identity does not start locally.
        QVERIFY(!start->isEnabled());
        QVERIFY2(start->toolTip().contains("prod-shared"), qPrintable(start->toolTip()));

        view.setCloudActions(f.actions.get());
        QVERIFY2(start->isEnabled(), qPrintable(start->toolTip()));
        start->click();
        QVERIFY(view.busyAction()->isBusy());
        QVERIFY(!start->isEnabled());
        QVERIFY(idle(view.busyAction()));
        QCOMPARE(f.cloud.started.size(), 1);
        QCOMPARE(f.cloud.started.at(0)["PipelineName"].toString(), serialArn);
        QVERIFY2(child<QLabel>(&view, "messageLabel")->text().startsWith("Started " + serialArn + "/execution/"),
                 qPrintable(child<QLabel>(&view, "messageLabel")->text()));
        // Nothing started in the workspace: the cloud runs it.
        QCOMPARE(f.count("SELECT COUNT(*) FROM executions WHERE pipeline_arn = '" + serialArn + "'"), localExecutions);

        QVERIFY(view.selectExecution(executing));
        auto *stop = child<QPushButton>(&view, "stopButton");
        QVERIFY2(stop->isEnabled(), qPrintable(stop->toolTip()));
        // Stop asks first, naming the execution; Cancel sends nothing.
        MessageBox::setNextAnswer(QMessageBox::Cancel);
        stop->click();
        QVERIFY2(MessageBox::lastText().startsWith("Stop the execution “"), qPrintable(MessageBox::lastText()));
        QCOMPARE(f.cloud.calls.value("StopPipelineExecution"), 0);
        MessageBox::setNextAnswer(QMessageBox::Yes);
        stop->click();
        QVERIFY(idle(view.busyAction()));
        QCOMPARE(f.cloud.calls.value("StopPipelineExecution"), 1);
        QVERIFY(child<QLabel>(&view, "messageLabel")->text().contains("Stopping " + executing));
        QCOMPARE(f.text("SELECT status FROM executions WHERE arn = '" + executing + "'"), QString("Executing"));
    }

    void crossAccountStartOfAConnectedOwnersPipelineGoesToTheCloud()
    {
        // shared-services is local, but the pipeline's owner, test, is connected: the start is made
        // in the cloud through test's profile.
        Fixture f;
        f.cloud.accountId = "222222222222";
        f.cloud.pipelines.append({"serial-inference-pipeline", {}, {}, {}, {}, {}});
        QVERIFY(f.addProfile("prod-test"));
        Account account = f.workspace->accounts().account("222222222222").value();
        account.profile = "prod-test";
        QVERIFY(
            f.workspace->database().transaction([&] { return AccountStore(f.workspace->database()).update(account); }));
        const qint64 localExecutions =
            f.count("SELECT COUNT(*) FROM executions WHERE pipeline_arn = '" + serialArn + "' AND origin IS NULL");

        Session session(sharedServices);
        CrossAccountExecutionsView view(*f.workspace, session);
        view.setCloudActions(f.actions.get());
        QTRY_VERIFY(view.selectExecution(executing));
        auto *start = child<QPushButton>(&view, "startButton");
        QVERIFY2(start->isEnabled(), qPrintable(start->toolTip()));
        start->click();
        QVERIFY(idle(view.busyAction()));
        QCOMPARE(f.cloud.started.size(), 1);
        QCOMPARE(f.cloud.started.at(0)["PipelineName"].toString(), serialArn);
        const QString said = child<QLabel>(&view, "messageLabel")->text();
        QVERIFY2(said.startsWith("Started " + serialArn + "/execution/"), qPrintable(said));
        QCOMPARE(f.count("SELECT COUNT(*) FROM executions WHERE pipeline_arn = '" + serialArn + "' AND origin IS NULL"),
                 localExecutions);
    }

    void crossAccountOfALocalIdentityStaysLocal()
    {
        Fixture f;
        f.connect();
        const int requests = int(f.server.requests().size());
        Session session(sharedServices);
        CrossAccountExecutionsView view(*f.workspace, session);
        view.setCloudActions(f.actions.get());
        QTRY_VERIFY(view.selectExecution(executing));
        MessageBox::setNextAnswer(QMessageBox::Yes); // the confirmation
        child<QPushButton>(&view, "stopButton")->click();
        QVERIFY(idle(view.busyAction()));
        QCOMPARE(f.text("SELECT status FROM executions WHERE arn = '" + executing + "'"), QString("Stopping"));
        QCOMPARE(int(f.server.requests().size()), requests);
    }
};

QTEST_MAIN(TestConnectedPipelinesPage)
#include "tst_connectedpipelinespage.moc"
