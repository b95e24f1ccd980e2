// The Shares page on a connected (fake) AWS account through CloudActions: the wizard's Finish
// creates the share in RAM and waits for it (busy line, buttons off), closes once the cloud said
// yes and shows the share read back; a refusal keeps the wizard open with the cloud's words and
// nothing written. Delete goes to the cloud after the usual question. A local account's shares
// change locally through the same calls, without a request.
#undef QT_NO_CAST_FROM_ASCII
#include "connectedfixture.h"

#include "core/session.h"
#include "sharing/sharingservice.h"
#include "store/database.h"
#include "views/common/busyaction.h"
#include "views/common/messagebox.h"
#include "views/sharing/sharespage.h"
#include "views/sharing/sharewizard.h"

#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <QTableView>
#include <QTest>

using namespace Pd;
using PdTest::FakeAnswer;

namespace {

const QString dev = QStringLiteral("111111111111");
const QString localTest = QStringLiteral("222222222222");

template<typename T> T *child(QObject *parent, const char *name)
{
    T *found = parent->findChild<T *>(QLatin1String(name));
    if (!found)
        qFatal("no %s", name);
    return found;
}

using Fixture = PdTest::ConnectedFixture;

// Fills the wizard for a new share of `pipeline` with dev, and stops on the review page.
void fillNewShare(ShareWizard *wizard, const QString &name, const QString &pipeline)
{
    QTest::keyClicks(child<QLineEdit>(wizard, "shareNameEdit"), name);
    auto *list = child<QListWidget>(wizard, "pipelineList");
    for (int i = 0; i < list->count(); ++i) {
        if (list->item(i)->text() == pipeline)
            list->item(i)->setCheckState(Qt::Checked);
    }
    QTest::mouseClick(wizard->button(QWizard::NextButton), Qt::LeftButton);
    QTest::mouseClick(wizard->button(QWizard::NextButton), Qt::LeftButton);
    child<QLineEdit>(wizard, "principalIdEdit")->setText(dev);
    QTest::mouseClick(child<QPushButton>(wizard, "addPrincipalButton"), Qt::LeftButton);
    QTest::mouseClick(wizard->button(QWizard::NextButton), Qt::LeftButton);
}

bool hasRow(QTableView *table, const QString &name)
{
    for (int row = 0; row < table->model()->rowCount(); ++row) {
        if (table->model()->index(row, 0).data().toString() == name)
            return true;
    }
    return false;
}

} // namespace

class TestConnectedSharesPage : public QObject
{
    Q_OBJECT

private slots:
    void init() { QLocale::setDefault(QLocale(QLocale::English)); }

    void theWizardCreatesTheShareInTheCloud()
    {
        Fixture f;
        f.cloud.addPipelines(2, 1);
        const QString account = f.connectAndSync();
        Session session(account);
        SharesPage page(*f.workspace, session);
        page.setCloudActions(f.actions.get());
        page.show();
        auto *create = child<QPushButton>(&page, "createShareButton");
        QVERIFY(create->isEnabled());
        QVERIFY(create->toolTip().isEmpty());

        ShareWizard *wizard = page.openWizard();
        fillNewShare(wizard, "ops-share", "pipeline-0");
        QCOMPARE(wizard->currentId(), int(ShareWizard::ReviewPage));
        QTest::mouseClick(wizard->button(QWizard::FinishButton), Qt::LeftButton);
        // Waiting for the cloud: still open, Finish off, the busy line up.
        QVERIFY(wizard->currentJob());
        QVERIFY(wizard->isVisible());
        QVERIFY(!wizard->button(QWizard::FinishButton)->isEnabled());
        QVERIFY(child<BusyAction>(wizard, "busyAction")->isVisible());

        QTRY_VERIFY(page.findChild<ShareWizard *>() == nullptr);
        QCOMPARE(f.cloud.shareWrites.value("CreateResourceShare").size(), 1);
        const QJsonObject sent = f.cloud.shareWrites.value("CreateResourceShare").at(0);
        QCOMPARE(sent["name"].toString(), QString("ops-share"));
        QCOMPARE(sent["resourceArns"].toArray(), QJsonArray{f.cloud.pipelineArn("pipeline-0")});
        QCOMPARE(sent["principals"].toArray(), QJsonArray{dev});
        QVERIFY(!sent["clientToken"].toString().isEmpty());
        const QString message = child<QLabel>(&page, "messageLabel")->text();
        QVERIFY2(message.startsWith("Created the resource share arn:aws:ram:us-east-1:444444444444:"),
                 qPrintable(message));
        QVERIFY(hasRow(child<QTableView>(&page, "shareTable"), "ops-share"));
    }

    void aRefusalKeepsTheWizardOpenAndWritesNothing()
    {
        Fixture f;
        f.cloud.addPipelines(1, 1);
        const QString account = f.connectAndSync();
        f.cloud.overrides.insert("CreateResourceShare",
                                 FakeAnswer::jsonError(403, "AccessDeniedException",
                                                       "User is not authorized to perform ram:CreateResourceShare",
                                                       "req-ram-7"));
        Session session(account);
        SharesPage page(*f.workspace, session);
        page.setCloudActions(f.actions.get());
        page.show();
        const int changes = f.workspace->database().changeCount();
        ShareWizard *wizard = page.openWizard();
        fillNewShare(wizard, "ops-share", "pipeline-0");
        MessageBox::setNextAnswer(QMessageBox::Ok); // the error box with the request id
        QTest::mouseClick(wizard->button(QWizard::FinishButton), Qt::LeftButton);
        auto *error = child<QLabel>(wizard, "commitErrorLabel");
        QTRY_VERIFY(!error->isHidden());
        QVERIFY2(error->text().contains("not authorized to perform ram:CreateResourceShare"),
                 qPrintable(error->text()));
        QVERIFY(MessageBox::lastText().contains("not authorized"));
        QVERIFY(wizard->isVisible());
        QCOMPARE(wizard->currentId(), int(ShareWizard::ReviewPage));
        QVERIFY(wizard->button(QWizard::FinishButton)->isEnabled());
        QCOMPARE(f.workspace->database().changeCount(), changes);

        MessageBox::setNextAnswer(QMessageBox::Yes); // discard what was entered
        wizard->reject();
        QTRY_VERIFY(page.findChild<ShareWizard *>() == nullptr);
        QVERIFY(!hasRow(child<QTableView>(&page, "shareTable"), "ops-share"));
    }

    void cancelWhileTheCloudIsAskedClosesTheWizard()
    {
        Fixture f;
        f.cloud.addPipelines(1, 1);
        const QString account = f.connectAndSync();
        FakeAnswer hang;
        hang.behaviour = FakeAnswer::Behaviour::Hang;
        f.cloud.overrides.insert("CreateResourceShare", hang);
        Session session(account);
        SharesPage page(*f.workspace, session);
        page.setCloudActions(f.actions.get());
        page.show();
        const qint64 shares = f.count("SELECT COUNT(*) FROM resource_shares");
        ShareWizard *wizard = page.openWizard();
        fillNewShare(wizard, "ops-share", "pipeline-0");
        QTest::mouseClick(wizard->button(QWizard::FinishButton), Qt::LeftButton);
        QTRY_COMPARE(f.cloud.calls.value("CreateResourceShare"), 1);
        const QPointer<CloudJob> job = wizard->currentJob();
        QVERIFY(job);
        // The wizard's Cancel cancels the job (which then ends and goes), then closes the wizard:
        // nothing is read back or written.
        QTest::mouseClick(wizard->button(QWizard::CancelButton), Qt::LeftButton);
        QTRY_VERIFY(page.findChild<ShareWizard *>() == nullptr);
        QTRY_VERIFY(job.isNull());
        QCOMPARE(f.cloud.calls.value("GetResourceShares"), 1); // the first sync's only
        QCOMPARE(f.count("SELECT COUNT(*) FROM resource_shares"), shares);
    }

    void deleteGoesToTheCloud()
    {
        Fixture f;
        f.cloud.addPipelines(1, 1);
        const QString shareArn = f.cloud.addShare(
            "ops-share", "pipeline-0", dev, "arn:aws:ram::aws:permission/AWSRAMDefaultPermissionSageMakerPipeline");
        const QString account = f.connectAndSync();
        Session session(account);
        SharesPage page(*f.workspace, session);
        page.setCloudActions(f.actions.get());
        page.show();
        auto *table = child<QTableView>(&page, "shareTable");
        QVERIFY(hasRow(table, "ops-share"));
        table->setCurrentIndex(table->model()->index(0, 0));
        auto *remove = child<QPushButton>(&page, "deleteShareButton");
        QVERIFY(remove->isEnabled());
        MessageBox::setNextAnswer(QMessageBox::Yes);
        remove->click();
        QVERIFY(MessageBox::lastText().contains("ops-share"));
        QVERIFY(page.busyAction()->isBusy());
        QVERIFY(!remove->isEnabled());
        QVERIFY(!child<QPushButton>(&page, "createShareButton")->isEnabled());
        QTRY_VERIFY(!page.busyAction()->isBusy());
        QCOMPARE(f.cloud.shareWrites.value("DeleteResourceShare").size(), 1);
        QCOMPARE(f.cloud.shareWrites.value("DeleteResourceShare").at(0)["resourceShareArn"].toString(), shareArn);
        QCOMPARE(child<QLabel>(&page, "messageLabel")->text(), QString("Deleted the resource share “ops-share”."));
        QTRY_VERIFY(!hasRow(table, "ops-share"));

        // The cloud's refusal is said on the page.
        const QString other = f.cloud.addShare("second", "pipeline-0", dev,
                                               "arn:aws:ram::aws:permission/AWSRAMDefaultPermissionSageMakerPipeline");
        QVERIFY(f.sync(account));
        f.cloud.overrides.insert("DeleteResourceShare",
                                 FakeAnswer::jsonError(400, "OperationNotPermittedException", "The share is in use."));
        QTRY_VERIFY(hasRow(table, "second"));
        table->setCurrentIndex(table->model()->index(0, 0));
        MessageBox::setNextAnswer(QMessageBox::Yes);
        remove->click();
        MessageBox::setNextAnswer(QMessageBox::Ok); // the error box with the request id
        QTRY_VERIFY(!page.busyAction()->isBusy());
        const QString refused = child<QLabel>(&page, "messageLabel")->text();
        QVERIFY2(refused.contains("The share is in use."), qPrintable(refused));
        QVERIFY(hasRow(table, "second"));
        QCOMPARE(f.workspace->sharing().share(account, other)->status, QString("ACTIVE"));
    }

    void aLocalAccountChangesLocallyThroughTheSameCalls()
    {
        Fixture f;
        Session session(localTest);
        SharesPage page(*f.workspace, session);
        page.setCloudActions(f.actions.get());
        page.show();
        auto *table = child<QTableView>(&page, "shareTable");
        const int rows = table->model()->rowCount();
        QVERIFY(rows > 0);
        table->setCurrentIndex(table->model()->index(0, 0));
        MessageBox::setNextAnswer(QMessageBox::Yes);
        child<QPushButton>(&page, "deleteShareButton")->click();
        QTRY_VERIFY(!page.busyAction()->isBusy());
        QTRY_COMPARE(table->model()->rowCount(), rows - 1);
        QVERIFY(child<QLabel>(&page, "messageLabel")->text().startsWith("Deleted the resource share"));
        QCOMPARE(f.server.requests().size(), 0);
    }
};

QTEST_MAIN(TestConnectedSharesPage)
#include "tst_connectedsharespage.moc"
