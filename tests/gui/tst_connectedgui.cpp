// The GUI face of connected accounts, offscreen against a fake AWS account over loopback (the
// profile's endpoint is the fake server): Test in File › Connections… connects the account a profile
// reaches, F5 mirrors it into the pages, Cancel stops a slow refresh without an error, Start on the
// Executions page goes to the cloud first and the row appears from the read-back, a refusal shows
// the cloud's message and request id, Refresh is disabled for a local account. Also the identity
// switcher's states (IdentityStateModel) and ExecutionActions' enablement. With PD_SCREENSHOT_DIR
// set, saves the Connections dialog and a connected account's Pipelines page in both languages.
#undef QT_NO_CAST_FROM_ASCII
#include "connectedfixture.h"
#include "memorysecretstore.h"
#include "testworkspace.h"

#include "accounts/accountlistmodel.h"
#include "accounts/accountservice.h"
#include "cloud/profileservice.h"
#include "cloud/profiletablemodel.h"
#include "connected/cloudactions.h"
#include "connected/cloudconnections.h"
#include "connected/cloudsync.h"
#include "core/language.h"
#include "core/session.h"
#include "core/timeformat.h"
#include "itemmodels/columntablemodel.h"
#include "pipelines/executionmodels.h"
#include "pipelines/pipelineservice.h"
#include "rules/rulemodels.h"
#include "schedules/schedulemodels.h"
#include "views/accounts/identitystatemodel.h"
#include "views/cloud/connectionsdialog.h"
#include "views/common/busyaction.h"
#include "views/common/connectionbanner.h"
#include "views/common/messagebox.h"
#include "views/mainwindow.h"
#include "views/pipelines/executionactions.h"
#include "views/pipelines/executiondetailwidget.h"
#include "views/pipelines/executionspage.h"
#include "views/pipelines/startexecutiondialog.h"
#include "views/rules/rulespage.h"
#include "views/schedules/schedulespage.h"

#include <QAbstractItemModelTester>
#include <QAction>
#include <QApplication>
#include <QClipboard>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QDir>
#include <QInputDialog>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QProgressBar>
#include <QPushButton>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QStatusBar>
#include <QTableView>
#include <QTimeZone>

using namespace Pd;
using PdTest::FakeAnswer;
using PdTest::FakeAwsServer;
using PdTest::FakeCloud;

namespace {

const QString dev = "111111111111";
const QString prod = "444444444444";

template<typename T> T *child(QObject *parent, const char *name)
{
    T *found = parent->findChild<T *>(QLatin1String(name));
    if (!found)
        qWarning("no child %s", name);
    return found;
}

// The error boxes open on the window (or a dialog of it) and stay until closed.
QList<QMessageBox *> errorBoxes()
{
    QList<QMessageBox *> boxes;
    for (QWidget *widget : QApplication::topLevelWidgets()) {
        if (auto *box = qobject_cast<QMessageBox *>(widget); box && box->isVisible())
            boxes.append(box);
    }
    return boxes;
}

void closeErrorBoxes()
{
    for (QMessageBox *box : errorBoxes())
        box->close();
    QApplication::processEvents();
}

QStringList columnOf(const QAbstractItemModel *model, int column, int role = Qt::DisplayRole)
{
    QStringList values;
    for (int r = 0; r < model->rowCount(); ++r)
        values.append(model->index(r, column).data(role).toString());
    return values;
}

struct Fixture : PdTest::FakeCloudWorkspace
{
    std::unique_ptr<Session> session;
    std::unique_ptr<MainWindow> window;

    Fixture()
    {
        cloud.addPipelines(2, 3);
        session = std::make_unique<Session>(dev);
        window = std::make_unique<MainWindow>(*workspace, *session);
        PdTest::useForTests(*window->cloudConnections());
        window->resize(1280, 800);
    }
    ~Fixture() { closeErrorBoxes(); }

    // Connects the profile's account without the dialog (the dialog's own test does it by hand).
    bool connect()
    {
        if (!addProfile())
            return false;
        CloudJob *job = window->cloudActions()->testProfile(dev, "prod");
        job->setAutoDelete(false);
        QSignalSpy finished(job, &CloudJob::finished);
        const bool ok = (job->isFinished() || finished.wait(10000)) && job->status().ok();
        delete job;
        return ok;
    }

    // F5 as the user presses it, then waits for the sync to end.
    bool refreshAndWait()
    {
        QAction *refresh = child<QAction>(window.get(), "refreshAction");
        if (!refresh->isEnabled())
            return false;
        refresh->trigger();
        CloudSync *sync = window->currentSync();
        if (!sync)
            return false;
        QSignalSpy finished(sync, &CloudSync::finished);
        return finished.wait(20000) && !window->currentSync();
    }

    ExecutionsPage *executionsPage() { return child<ExecutionsPage>(window.get(), "executionsPage"); }
};

} // namespace

class TestConnectedGui : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        Language::instance()->setLanguage("en");
    }

    void testInTheConnectionsDialogConnectsTheAccount()
    {
        Fixture f;
        QVERIFY(f.addProfile());
        f.window->show();
        ConnectionsDialog *dialog = f.window->showConnectionsDialog();
        QAbstractItemModelTester tester(dialog->model());
        QCOMPARE(columnOf(dialog->model(), ProfileTableModel::State), QStringList{"Never tested"});
        auto *test = child<QPushButton>(dialog, "testProfileButton");
        QVERIFY(!test->isEnabled()); // nothing selected
        dialog->selectProfile("prod");
        QVERIFY(test->isEnabled());

        // A slow answer: busy, with a Cancel; the other buttons wait.
        f.server.setHandler([&f](const PdTest::FakeRequest &request) {
            FakeAnswer answer = f.cloud.answer(request);
            if (FakeCloud::operationOf(request) == "GetCallerIdentity")
                answer.delayed(300);
            return answer;
        });
        QTest::mouseClick(test, Qt::LeftButton);
        QVERIFY(dialog->currentTest());
        QVERIFY(!test->isEnabled());
        QVERIFY(!child<QPushButton>(dialog, "removeProfileButton")->isEnabled());
        QVERIFY(child<QPushButton>(dialog, "cancelTestButton")->isVisible());
        auto *message = child<QLabel>(dialog, "connectionsMessageLabel");
        QVERIFY(message->text().contains("Testing profile prod"));

        QTRY_VERIFY(!dialog->currentTest());
        QVERIFY2(message->text().contains(prod) && message->text().contains(f.cloud.callerArn),
                 qPrintable(message->text()));
        QVERIFY(!child<QPushButton>(dialog, "cancelTestButton")->isVisible());
        QCOMPARE(columnOf(dialog->model(), ProfileTableModel::State), QStringList{"Connected"});
        QCOMPARE(columnOf(dialog->model(), ProfileTableModel::AccountId), QStringList{prod});
        // When it was tested, with its zone as every date shown.
        const QString tested = columnOf(dialog->model(), ProfileTableModel::Tested).at(0);
        QVERIFY2(tested.endsWith(zoneLabel(QTimeZone::systemTimeZone(), QDateTime::currentDateTimeUtc())),
                 qPrintable(tested));
        QVERIFY(f.workspace->accounts().account(prod).value().isConnected());
        // The identity switcher lists it, connected through the profile.
        auto *identities = child<QComboBox>(f.window.get(), "identityCombo");
        QStringList items;
        for (int i = 0; i < identities->count(); ++i)
            items.append(identities->itemText(i));
        QVERIFY2(identities->findText("prod (444444444444) · connected, profile prod") >= 0,
                 qPrintable(items.join(", ")));
        QVERIFY(identities->findText("dev (111111111111) · local") >= 0);
        QCOMPARE(errorBoxes().size(), 0);

        // The cloud now refuses the keys: the profile's state is the error, with the cloud's words.
        f.cloud.overrides.insert("GetCallerIdentity",
                                 FakeAnswer::queryError(403, "InvalidClientTokenId",
                                                        "The security token included in the request is invalid.",
                                                        "req-sts-denied"));
        QVERIFY(dialog->testSelectedProfile());
        QTRY_VERIFY(!dialog->currentTest());
        QVERIFY(message->text().contains("The security token included in the request is invalid."));
        QVERIFY(message->text().contains("req-sts-denied"));
        QCOMPARE(columnOf(dialog->model(), ProfileTableModel::State), QStringList{"Error"});
        QVERIFY(columnOf(dialog->model(), ProfileTableModel::State, Qt::ToolTipRole).at(0).contains("security token"));
        // ... and the account it reached before cannot connect, in the switcher too: the keys were
        // refused, which waiting will not mend (not "offline").
        QVERIFY(identities->findText("prod (444444444444) · connection error, profile prod") >= 0);
        dialog->close();
    }

    void cancelOfATestLeavesNoError()
    {
        Fixture f;
        QVERIFY(f.addProfile());
        ConnectionsDialog *dialog = f.window->showConnectionsDialog();
        dialog->selectProfile("prod");
        f.cloud.overrides.insert("GetCallerIdentity", FakeAnswer::hang());
        QVERIFY(dialog->testSelectedProfile());
        QVERIFY(f.server.waitForRequests(1));
        QTest::mouseClick(child<QPushButton>(dialog, "cancelTestButton"), Qt::LeftButton);
        QTRY_VERIFY(!dialog->currentTest());
        QVERIFY(child<QLabel>(dialog, "connectionsMessageLabel")->text().contains("cancelled"));
        QCOMPARE(columnOf(dialog->model(), ProfileTableModel::State), QStringList{"Never tested"});
        QVERIFY(!f.workspace->accounts().account(prod).ok());
        dialog->close();
    }

    void aRoleWithAnMfaDeviceAsksForTheCode()
    {
        Fixture f;
        QVERIFY(f.addProfile("base"));
        Profile role;
        role.name = "admin";
        role.region = "us-east-1";
        role.kind = ProfileKind::AssumeRole;
        role.sourceProfile = "base";
        role.roleArn = "arn:aws:iam::444444444444:role/Admin";
        role.mfaSerial = "arn:aws:iam::444444444444:mfa/ana";
        role.endpointUrl = f.server.url().toString();
        std::optional<Status> added;
        f.workspace->profiles().add(role, AwsCredentials(), [&](Status s) { added = s; });
        QTRY_VERIFY(added);
        QVERIFY(added->ok());
        FakeAnswer assumed;
        assumed.withHeader("Content-Type", "text/xml");
        assumed.body = "<AssumeRoleResponse xmlns=\"https://sts.amazonaws.com/doc/2011-06-15/\"><AssumeRoleResult>"
                       "<Credentials><AccessKeyId>ASIAEXAMPLETEMPKEY</AccessKeyId><SecretAccessKey>tempsecret"
                       "</SecretAccessKey><SessionToken>tempsession</SessionToken><Expiration>2026-11-23T13:00:00Z"
                       "</Expiration></Credentials><AssumedRoleUser><Arn>arn:aws:sts::444444444444:assumed-role/"
                       "Admin/s</Arn><AssumedRoleId>AROAEXAMPLE:s</AssumedRoleId></AssumedRoleUser>"
                       "</AssumeRoleResult><ResponseMetadata><RequestId>req-assume-1</RequestId>"
                       "</ResponseMetadata></AssumeRoleResponse>";
        f.cloud.overrides.insert("AssumeRole", assumed);
        f.window->show();
        ConnectionsDialog *dialog = f.window->showConnectionsDialog();
        dialog->selectProfile("admin");

        // Cancelled: no code, no call, and the test says why.
        QVERIFY(dialog->testSelectedProfile());
        QInputDialog *ask = nullptr;
        QTRY_VERIFY((ask = f.window->findChild<QInputDialog *>("mfaCodeDialog")) && ask->isVisible());
        QVERIFY(ask->labelText().contains(role.mfaSerial));
        QVERIFY(dialog->currentTest()); // waiting for the answer, not blocked in it
        ask->reject();
        QTRY_VERIFY(!dialog->currentTest());
        QCOMPARE(f.cloud.calls.value("AssumeRole"), 0);
        QVERIFY(child<QLabel>(dialog, "connectionsMessageLabel")->text().contains("MFA"));

        // Given: the role is assumed with it and the account it reaches is connected.
        QVERIFY(dialog->testSelectedProfile());
        QTRY_VERIFY((ask = f.window->findChild<QInputDialog *>("mfaCodeDialog")) && ask->isVisible());
        ask->setTextValue("123456");
        ask->accept();
        QTRY_VERIFY(!dialog->currentTest());
        QCOMPARE(f.cloud.calls.value("AssumeRole"), 1);
        bool sentCode = false;
        for (const auto &request : f.server.requests())
            sentCode =
                sentCode || (request.body.contains("Action=AssumeRole") && request.body.contains("TokenCode=123456"));
        QVERIFY(sentCode);
        QVERIFY2(child<QLabel>(dialog, "connectionsMessageLabel")->text().contains(prod),
                 qPrintable(child<QLabel>(dialog, "connectionsMessageLabel")->text()));
        QVERIFY(f.workspace->accounts().account(prod).value().isConnected());
        dialog->close();
    }

    void f5SyncsAndTheCloudsPipelineAppears()
    {
        Fixture f;
        QVERIFY(f.connect());
        f.window->show();
        f.session->setIdentity(prod);
        QVERIFY(f.window->showPage("pipelines"));
        auto *pipelines = child<QWidget>(f.window.get(), "pipelinesPage")->findChild<QTableView *>();
        QCOMPARE(pipelines->model()->rowCount(), 0); // connected, not read yet
        auto *banner = child<ConnectionBanner>(f.window.get(), "connectionBanner");
        QVERIFY(banner->text().contains("not synced yet"));

        QAction *refresh = child<QAction>(f.window.get(), "refreshAction");
        QCOMPARE(refresh->shortcut(), QKeySequence(QKeySequence::Refresh));
        QVERIFY(refresh->isEnabled());
        f.server.setHandler([&f](const PdTest::FakeRequest &request) {
            FakeAnswer answer = f.cloud.answer(request);
            if (FakeCloud::operationOf(request) == "ListPipelines")
                answer.delayed(200);
            return answer;
        });
        // F5 on the window, as a user presses it.
        f.window->activateWindow();
        QVERIFY(QTest::qWaitForWindowActive(f.window.get()));
        QTest::keyClick(f.window.get(), Qt::Key_F5);
        QVERIFY(f.window->currentSync());
        QVERIFY(!refresh->isEnabled()); // one at a time
        // Progress with Cancel in the status bar while it runs.
        QVERIFY(child<QProgressBar>(f.window.get(), "syncProgressBar")->isVisible());
        QVERIFY(child<QPushButton>(f.window.get(), "cancelSyncButton")->isVisible());
        QTRY_VERIFY_WITH_TIMEOUT(!f.window->currentSync(), 20000);
        QVERIFY(!child<QProgressBar>(f.window.get(), "syncProgressBar")->isVisible());
        QVERIFY(refresh->isEnabled());

        QCOMPARE(columnOf(pipelines->model(), 0).size(), 2);
        QVERIFY(columnOf(pipelines->model(), 0).contains("pipeline-0"));
        QVERIFY2(banner->isVisible() && banner->text().contains("as of") && banner->text().contains("just now"),
                 qPrintable(banner->text()));
        QCOMPARE(errorBoxes().size(), 0);
    }

    void cancelDuringADelayedAnswerStopsWithoutAnError()
    {
        Fixture f;
        QVERIFY(f.connect());
        f.window->show();
        f.session->setIdentity(prod);
        const int before = int(f.server.requests().size());
        f.cloud.overrides.insert("ListPipelines",
                                 FakeAnswer::json(200, QByteArray(R"({"PipelineSummaries": []})")).delayed(3000));
        QVERIFY(f.window->refresh());
        QVERIFY(f.server.waitForRequests(before + 1));
        QTest::mouseClick(child<QPushButton>(f.window.get(), "cancelSyncButton"), Qt::LeftButton);
        QVERIFY(!f.window->currentSync()); // at once
        QVERIFY(!child<QPushButton>(f.window.get(), "cancelSyncButton")->isVisible());
        QVERIFY(f.window->statusBar()->currentMessage().contains("cancelled"));
        QTest::qWait(100);
        QCOMPARE(errorBoxes().size(), 0);
        // A cancel is not a broken connection.
        QVERIFY(!f.workspace->accounts().mirrorStatus(prod, MirrorKind::Pipelines).value().offline);
        QVERIFY(child<QAction>(f.window.get(), "refreshAction")->isEnabled());
    }

    void aFailedRefreshShowsTheCloudsMessageAndRequestId()
    {
        Fixture f;
        QVERIFY(f.connect());
        f.window->show();
        f.session->setIdentity(prod);
        f.cloud.overrides.insert(
            "ListPipelines",
            FakeAnswer::jsonError(400, "AccessDeniedException",
                                  "User: arn:aws:iam::444444444444:user/ana is not authorized to perform: "
                                  "sagemaker:ListPipelines",
                                  "req-list-denied-1"));
        f.window->refresh();
        QTRY_COMPARE(errorBoxes().size(), 1);
        QMessageBox *box = errorBoxes().at(0);
        QVERIFY(box->text().contains("not authorized to perform: sagemaker:ListPipelines"));
        QVERIFY(box->detailedText().contains("req-list-denied-1"));
        auto *copy = child<QPushButton>(box, "copyDetailsButton");
        QVERIFY(copy);
        QTest::mouseClick(copy, Qt::LeftButton);
        QVERIFY(box->isVisible()); // copying does not close it
        QVERIFY(QApplication::clipboard()->text().contains("req-list-denied-1"));
        // The account is offline now, and says so beside it in the switcher.
        auto *identities = child<QComboBox>(f.window.get(), "identityCombo");
        QTRY_VERIFY(identities->currentText().contains("offline"));
    }

    void refreshIsDisabledForALocalAccount()
    {
        Fixture f;
        QVERIFY(f.connect());
        QAction *refresh = child<QAction>(f.window.get(), "refreshAction");
        f.session->setIdentity(dev);
        QVERIFY(!refresh->isEnabled());
        QVERIFY(refresh->toolTip().contains("local account"));
        QVERIFY(!f.window->refresh());
        QCOMPARE(f.cloud.calls.value("ListPipelines"), 0);
        f.session->setIdentity(prod);
        QVERIFY(refresh->isEnabled());
        QVERIFY(refresh->toolTip().contains("profile prod"));
    }

    void startGoesToTheCloudAndTheRowComesFromTheReadBack()
    {
        Fixture f;
        QVERIFY(f.connect());
        f.window->show();
        f.session->setIdentity(prod);
        QVERIFY(f.refreshAndWait());
        QVERIFY(f.window->showPage("executions"));
        ExecutionsPage *page = f.executionsPage();
        const int rowsBefore = page->model()->rowCount();
        QCOMPARE(rowsBefore, 6);
        auto *start = child<QPushButton>(page, "startButton");
        QVERIFY2(start->isEnabled(), qPrintable(start->toolTip()));
        QTest::mouseClick(start, Qt::LeftButton);
        StartExecutionDialog *dialog = page->startDialog();
        QVERIFY(dialog);
        QTRY_VERIFY(dialog->isVisible());
        auto *pipeline = child<QComboBox>(dialog, "pipelineCombo");
        pipeline->setCurrentIndex(pipeline->findData(f.cloud.pipelineArn("pipeline-0")));
        child<QLineEdit>(dialog, "displayNameEdit")->setText("from-the-gui");
        // The read back waits: the row must not appear before it.
        f.server.setHandler([&f](const PdTest::FakeRequest &request) {
            FakeAnswer answer = f.cloud.answer(request);
            if (FakeCloud::operationOf(request) == "DescribePipelineExecution")
                answer.delayed(500);
            return answer;
        });
        auto *ok = child<QPushButton>(dialog, "startExecutionButton");
        QVERIFY(ok->isEnabled());
        QTest::mouseClick(ok, Qt::LeftButton);
        QVERIFY(dialog->currentJob());
        QVERIFY(!ok->isEnabled());
        QVERIFY(child<QLabel>(dialog, "busyLabel")->isVisible());
        QTRY_COMPARE(f.cloud.started.size(), 1);
        QCOMPARE(f.cloud.started.at(0).value("PipelineExecutionDisplayName").toString(), QString("from-the-gui"));
        // The read back of the new execution is on the wire (the fake numbers started ones from 0x1000).
        const QString newArn = f.cloud.executionArn("pipeline-0", 0x1000 + 1);
        auto readBackSent = [&] {
            for (const auto &request : f.server.requests()) {
                if (FakeCloud::operationOf(request) == "DescribePipelineExecution" &&
                    request.body.contains(newArn.toUtf8()))
                    return true;
            }
            return false;
        };
        QTRY_VERIFY(readBackSent());
        QApplication::processEvents();
        QCOMPARE(page->model()->rowCount(), rowsBefore); // the cloud said yes; the mirror waits for its read
        QVERIFY(page->startDialog());

        QTRY_VERIFY_WITH_TIMEOUT(!page->startDialog(), 10000);
        QTRY_COMPARE(page->model()->rowCount(), rowsBefore + 1);
        const QString arn = page->selectedExecution();
        QCOMPARE(arn, newArn);
        QVERIFY(page->model()->rowOf(arn) >= 0);
        QCOMPARE(page->detail()->execution()->displayName, QString("from-the-gui"));
        QCOMPARE(errorBoxes().size(), 0);
    }

    void aSelectedExecutionIsReadWholeOnce()
    {
        Fixture f;
        QVERIFY(f.connect());
        f.window->show();
        f.session->setIdentity(prod);
        QVERIFY(f.refreshAndWait());
        QCOMPARE(f.cloud.calls.value("ListPipelineExecutionSteps"), 0); // a sync lists, without steps
        QVERIFY(f.window->showPage("executions"));
        ExecutionsPage *page = f.executionsPage();
        const QString arn = page->model()->executionAt(1).arn;
        QVERIFY(page->selectExecution(arn));
        QTRY_VERIFY(!page->currentRead());
        QTRY_COMPARE(f.workspace->pipelines().executionSteps(prod, arn).value().size(), 1);
        const auto steps = f.workspace->pipelines().executionSteps(prod, arn).value();
        QCOMPARE(steps.at(0).name, QString("Preprocess"));
        QTRY_VERIFY(page->detail()->execution() && page->detail()->execution()->arn == arn);
        // Once: selecting it again reads nothing more.
        QVERIFY(page->selectExecution(page->model()->executionAt(0).arn));
        QTRY_VERIFY(!page->currentRead());
        const int reads = f.cloud.calls.value("ListPipelineExecutionSteps");
        QVERIFY(page->selectExecution(arn));
        QVERIFY(!page->currentRead());
        QTest::qWait(100);
        QCOMPARE(f.cloud.calls.value("ListPipelineExecutionSteps"), reads);
        QCOMPARE(errorBoxes().size(), 0);
    }

    void cancelOfAStartClosesTheDialogWithoutAnError()
    {
        Fixture f;
        QVERIFY(f.connect());
        f.window->show();
        f.session->setIdentity(prod);
        QVERIFY(f.refreshAndWait());
        QVERIFY(f.window->showPage("executions"));
        ExecutionsPage *page = f.executionsPage();
        const int rowsBefore = page->model()->rowCount();
        QTest::mouseClick(child<QPushButton>(page, "startButton"), Qt::LeftButton);
        StartExecutionDialog *dialog = page->startDialog();
        QVERIFY(dialog);
        f.cloud.overrides.insert("StartPipelineExecution", FakeAnswer::hang());
        QTest::mouseClick(child<QPushButton>(dialog, "startExecutionButton"), Qt::LeftButton);
        QVERIFY(dialog->currentJob());
        QTRY_COMPARE(f.cloud.calls.value("StartPipelineExecution"), 1);
        QTest::mouseClick(dialog->findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Cancel), Qt::LeftButton);
        QTRY_VERIFY(!page->startDialog());
        QTest::qWait(100);
        QCOMPARE(errorBoxes().size(), 0);
        QCOMPARE(page->model()->rowCount(), rowsBefore);
        QVERIFY(child<QPushButton>(page, "startButton")->isEnabled());
    }

    void aRefusedStopShowsTheCloudsMessage()
    {
        Fixture f;
        QVERIFY(f.connect());
        f.window->show();
        f.session->setIdentity(prod);
        QVERIFY(f.refreshAndWait());
        QVERIFY(f.window->showPage("executions"));
        ExecutionsPage *page = f.executionsPage();
        const QStringList statuses = columnOf(page->model(), ExecutionTableModel::Status, StatusRole);
        const int executing = int(statuses.indexOf("Executing"));
        QVERIFY(executing >= 0);
        const QString arn = page->model()->executionAt(executing).arn;
        QVERIFY(page->selectExecution(arn));
        auto *stop = child<QPushButton>(page, "stopButton");
        QVERIFY2(stop->isEnabled(), qPrintable(stop->toolTip()));
        f.cloud.overrides.insert(
            "StopPipelineExecution",
            FakeAnswer::jsonError(400, "AccessDeniedException",
                                  "User: arn:aws:iam::444444444444:user/ana is not authorized to perform: "
                                  "sagemaker:StopPipelineExecution",
                                  "req-stop-denied-7"));
        MessageBox::setNextAnswer(QMessageBox::Yes); // "Stop the execution …?"
        QTest::mouseClick(stop, Qt::LeftButton);
        QVERIFY(page->currentJob());
        QVERIFY(child<QPushButton>(page, "cancelActionButton")->isVisible());
        QTRY_VERIFY(!page->currentJob());
        QTRY_COMPARE(errorBoxes().size(), 1);
        QVERIFY(errorBoxes().at(0)->text().contains("not authorized to perform: sagemaker:StopPipelineExecution"));
        QVERIFY(errorBoxes().at(0)->detailedText().contains("req-stop-denied-7"));
        QVERIFY(child<QLabel>(page, "messageLabel")->text().contains("not authorized"));
        // Nothing changed here: the cloud said no.
        QCOMPARE(
            page->model()->index(page->model()->rowOf(arn), ExecutionTableModel::Status).data(StatusRole).toString(),
            QString("Executing"));
        closeErrorBoxes();

        // Allowed, it stops: the row says what the cloud read back.
        f.cloud.overrides.remove("StopPipelineExecution");
        QVERIFY(stop->isEnabled());
        MessageBox::setNextAnswer(QMessageBox::Yes);
        QTest::mouseClick(stop, Qt::LeftButton);
        QTRY_VERIFY(!page->currentJob());
        QTRY_COMPARE(
            page->model()->index(page->model()->rowOf(arn), ExecutionTableModel::Status).data(StatusRole).toString(),
            QString("Stopping"));
        QCOMPARE(f.cloud.calls.value("StopPipelineExecution"), 2);
        QCOMPARE(errorBoxes().size(), 0);

        // Offline, nothing is sent until a refresh reconnects; the button says so.
        auto *start = child<QPushButton>(page, "startButton");
        QVERIFY(start->isEnabled());
        f.workspace->accounts().setConnectionState(prod, ConnectionState::Offline, "The request timed out.");
        QVERIFY(!start->isEnabled());
        QVERIFY2(start->toolTip().contains("offline") && start->toolTip().contains("F5"), qPrintable(start->toolTip()));
        f.workspace->accounts().setConnectionState(prod, ConnectionState::Online);
        QVERIFY(start->isEnabled());
    }

    void rulesOfAConnectedAccountChangeInTheCloudFirst()
    {
        Fixture f;
        f.cloud.addRule("retrain-on-upload", R"({"source":["aws.s3"]})", 1);
        QVERIFY(f.connect());
        f.window->show();
        f.session->setIdentity(prod);
        QVERIFY(f.refreshAndWait());
        QVERIFY(f.window->showPage("rules"));
        auto *page = child<RulesPage>(f.window.get(), "rulesPage");
        QTRY_COMPARE(page->model()->rowCount(), 1);
        const QString arn = page->model()->ruleAt(0).arn;
        page->selectRule(arn);
        auto *disable = child<QPushButton>(page, "disableButton");
        QVERIFY(disable->isEnabled());
        MessageBox::setNextAnswer(QMessageBox::Yes); // the confirmation
        QTest::mouseClick(disable, Qt::LeftButton);
        QVERIFY(page->currentJob());
        QVERIFY(!disable->isEnabled());
        QTRY_VERIFY(!page->currentJob());
        QCOMPARE(f.cloud.calls.value("DisableRule"), 1);
        QTRY_VERIFY(!page->model()->ruleAt(page->model()->rowOf(arn)).enabled);
        QCOMPARE(errorBoxes().size(), 0);

        // Refused: the cloud's words and request id, and nothing changed here.
        f.cloud.overrides.insert("EnableRule",
                                 FakeAnswer::jsonError(400, "AccessDeniedException",
                                                       "User is not authorized to perform: events:EnableRule",
                                                       "req-rule-denied-3"));
        page->selectRule(arn);
        auto *enable = child<QPushButton>(page, "enableButton");
        QVERIFY(enable->isEnabled());
        QTest::mouseClick(enable, Qt::LeftButton);
        QTRY_VERIFY(!page->currentJob());
        QTRY_COMPARE(errorBoxes().size(), 1);
        QVERIFY(errorBoxes().at(0)->text().contains("events:EnableRule"));
        QVERIFY(errorBoxes().at(0)->detailedText().contains("req-rule-denied-3"));
        QVERIFY(!page->model()->ruleAt(page->model()->rowOf(arn)).enabled);
    }

    void theWindowsSchedulesPageActsInTheCloud()
    {
        // The window hands its CloudActions to the Schedules page: a connected schedule is
        // disabled in the cloud, not refused as a local change.
        Fixture f;
        f.cloud.addPipelines(1, 1);
        f.cloud.addSchedule("nightly", "cron(0 2 * * ? *)", "pipeline-0");
        QVERIFY(f.connect());
        f.window->show();
        f.session->setIdentity(prod);
        QVERIFY(f.refreshAndWait());
        QVERIFY(f.window->showPage("schedules"));
        auto *page = child<SchedulesPage>(f.window.get(), "schedulesPage");
        int row = -1;
        QTRY_VERIFY((row = [page] {
                        for (int r = 0; r < page->model()->rowCount(); ++r) {
                            if (page->model()->scheduleAt(r).name == "nightly")
                                return r;
                        }
                        return -1;
                    }()) >= 0);
        page->selectSchedule(page->model()->scheduleAt(row).arn);
        auto *disable = child<QPushButton>(page, "disableButton");
        QVERIFY(disable->isEnabled());
        MessageBox::setNextAnswer(QMessageBox::Yes); // the confirmation
        QTest::mouseClick(disable, Qt::LeftButton);
        QTRY_VERIFY(!page->busyAction()->isBusy());
        QCOMPARE(f.cloud.scheduleUpdates.size(), 1);
        QCOMPARE(f.cloud.scheduleUpdates.at(0)["State"].toString(), QString("DISABLED"));
        QCOMPARE(errorBoxes().size(), 0);
    }

    void executionActionsFollowTheAccount()
    {
        Fixture f;
        QVERIFY(f.connect());
        SyncScope scope = SyncScope::of(SyncScope::Pipelines | SyncScope::Executions);
        CloudSync sync(*f.window->cloudConnections(), prod, scope);
        QSignalSpy finished(&sync, &CloudSync::finished);
        sync.start();
        QVERIFY(finished.wait(20000));
        QVERIFY(sync.status().ok());
        const QString pipelineArn = f.cloud.pipelineArn("pipeline-0");
        auto executions = f.workspace->pipelines().listExecutions(prod, pipelineArn).value();
        auto find = [&](ExecutionStatus status) {
            for (const Execution &e : executions) {
                if (e.status == status)
                    return e;
            }
            return Execution();
        };
        const Execution executing = find(ExecutionStatus::Executing);
        QVERIFY(!executing.arn.isEmpty());

        // Without cloud actions a connected account's objects are refused as local changes are.
        const ExecutionActions localOnly(*f.workspace, false);
        QVERIFY(!localOnly.canStart(prod, pipelineArn));
        QCOMPARE(localOnly.connectedAccount(prod, pipelineArn), prod);
        // With them: allowed while online...
        const ExecutionActions actions(*f.workspace, true);
        QVERIFY(actions.canStart(prod, pipelineArn));
        QVERIFY(actions.canStop(prod, executing));
        const Status retry = actions.canRetry(prod, executing);
        QVERIFY(!retry);
        QVERIFY(retry.error().message.contains("Only a failed execution"));
        // ... refused offline, saying how to come back.
        f.workspace->accounts().setConnectionState(prod, ConnectionState::Offline, "connection refused");
        const ExecutionActions later(*f.workspace, true);
        const Status offline = later.canStart(prod, pipelineArn);
        QVERIFY(!offline);
        QVERIFY(offline.error().message.contains("offline"));
        QVERIFY(offline.error().message.contains("connection refused"));
        QVERIFY(!later.canStop(prod, executing));
        // A local account: the pipelines service's own checks, the same with or without the cloud.
        const QString testAccount = "222222222222";
        const QString serial = "arn:aws:sagemaker:us-east-1:222222222222:pipeline/serial-inference-pipeline";
        QCOMPARE(actions.connectedAccount(testAccount, serial), QString());
        QVERIFY(actions.canStart(testAccount, serial));
        QCOMPARE(actions.canStart(dev, serial).ok(), f.workspace->pipelines().canStart(dev, serial).ok());
    }

    void identityStateModelSaysEachAccountsState()
    {
        Fixture f;
        AccountListModel accounts(f.workspace->accounts());
        IdentityStateModel model(f.workspace->accounts());
        model.setSourceModel(&accounts);
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        QCOMPARE(columnOf(&model, 0, StatusRole).removeDuplicates(), int(accounts.rowCount()) - 1);
        QCOMPARE(columnOf(&model, 0, StatusRole).value(0), QString("local"));
        QVERIFY(columnOf(&model, 0).contains("dev (111111111111) · local"));

        QVERIFY(f.connect()); // a new account: the source resets
        const int row = accounts.rowOf(prod);
        QVERIFY(row >= 0);
        QCOMPARE(model.index(row, 0).data().toString(), QString("prod (444444444444) · connected, profile prod"));
        QCOMPARE(model.index(row, 0).data(StatusRole).toString(), QString("connected"));
        QCOMPARE(model.index(row, 0).data(IdRole).toString(), prod);

        QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);
        f.workspace->accounts().setConnectionState(prod, ConnectionState::Offline, "The request timed out.");
        QCOMPARE(changed.size(), 1);
        QCOMPARE(changed.at(0).at(0).value<QModelIndex>().row(), row);
        QCOMPARE(model.index(row, 0).data().toString(), QString("prod (444444444444) · offline, profile prod"));
        QCOMPARE(model.index(row, 0).data(Qt::ToolTipRole).toString(), QString("Offline: The request timed out."));
        QCOMPARE(model.index(row, 0).data(StatusRole).toString(), QString("offline"));
    }

    void screenshots_data()
    {
        QTest::addColumn<QString>("language");
        QTest::newRow("en") << "en";
        QTest::newRow("ko") << "ko";
    }

    void screenshots()
    {
        const QString dir = qEnvironmentVariable("PD_SCREENSHOT_DIR");
        if (dir.isEmpty())
            QSKIP("PD_SCREENSHOT_DIR is not set");
        QFETCH(QString, language);
        QVERIFY(Language::instance()->setLanguage(language));
        Fixture f;
        // Names a reader recognises, with executions in every status.
        f.cloud.pipelines.clear();
        static const char *statuses[] = {"Executing", "Succeeded", "Failed", "Succeeded", "Stopped"};
        for (const QString &name : {QString("churn-model"), QString("fraud-detection"), QString("demand-forecast")}) {
            FakeCloud::Pipeline p;
            p.name = name;
            for (int e = 0; e < 5; ++e)
                p.executions.append(QJsonObject{{"PipelineExecutionArn", f.cloud.executionArn(name, e + 1)},
                                                {"StartTime", 1763899200.0 - 86400.0 * e},
                                                {"PipelineExecutionStatus", statuses[e]},
                                                {"PipelineExecutionDisplayName", QString("weekly-%1").arg(e + 1)}});
            f.cloud.pipelines.append(p);
        }
        QVERIFY(f.addProfile("prod"));
        QVERIFY(f.addProfile("staging"));
        f.window->show();

        ConnectionsDialog *dialog = f.window->showConnectionsDialog();
        dialog->selectProfile("prod");
        QVERIFY(dialog->testSelectedProfile());
        QTRY_VERIFY(!dialog->currentTest());
        QApplication::processEvents();
        QVERIFY(dialog->grab().save(QDir(dir).filePath("connections-" + language + ".png")));
        dialog->close();

        f.session->setIdentity(prod);
        QVERIFY(f.window->showPage("pipelines"));
        QVERIFY(f.refreshAndWait());
        f.clock.advance(3 * 60 * 1000); // "3 min ago"
        child<ConnectionBanner>(f.window.get(), "connectionBanner")->updateAge();
        auto *table = child<QWidget>(f.window.get(), "pipelinesPage")->findChild<QTableView *>();
        table->selectRow(0);
        f.window->statusBar()->clearMessage();
        QApplication::processEvents();
        QVERIFY(f.window->grab().save(QDir(dir).filePath("connected-pipelines-" + language + ".png")));
        Language::instance()->setLanguage("en");
    }
};

QTEST_MAIN(TestConnectedGui)
#include "tst_connectedgui.moc"
