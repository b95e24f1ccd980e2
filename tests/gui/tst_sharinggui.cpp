// Offscreen GUI: walk the share wizard, switch identity, accept the invitation, and check which
// of Start / Stop / Retry the cross-account view enables for each account.
#include "testworkspace.h"

#include "core/language.h"
#include "core/session.h"
#include "sharing/sharemodels.h"
#include "sharing/sharingservice.h"
#include "views/common/messagebox.h"
#include "views/sharing/crossaccountexecutionsview.h"
#include "views/sharing/sharedwithmepage.h"
#include "views/sharing/sharespage.h"
#include "views/sharing/sharewizard.h"

#include <QAbstractButton>
#include <QApplication>
#include <QComboBox>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <QRadioButton>
#include <QTableView>
#include <QTest>

using namespace Pd;

namespace {
const QString dev = QStringLiteral("111111111111");
const QString test = QStringLiteral("222222222222");
const QString shared = QStringLiteral("333333333333");
const QString serial = QStringLiteral("arn:aws:sagemaker:us-east-1:222222222222:pipeline/serial-inference-pipeline");
const QString abalone = QStringLiteral("arn:aws:sagemaker:us-east-1:222222222222:pipeline/abalone-training-pipeline");
const QString allowExecution = QStringLiteral("AWSRAMPermissionSageMakerPipelineAllowExecution");

template<typename T> T *child(QObject *parent, const char *name)
{
    T *found = parent->findChild<T *>(QLatin1String(name));
    if (!found)
        qWarning("no child %s", name);
    return found;
}

void clickNext(QWizard *wizard)
{
    QTest::mouseClick(wizard->button(QWizard::NextButton), Qt::LeftButton);
}

// Checks the named pipeline in the wizard's list.
void checkPipeline(QWizard *wizard, const QString &name)
{
    auto *list = child<QListWidget>(wizard, "pipelineList");
    for (int i = 0; i < list->count(); ++i) {
        if (list->item(i)->text() == name)
            list->item(i)->setCheckState(Qt::Checked);
    }
}

struct Buttons
{
    QPushButton *start, *stop, *retry;
};

Buttons buttonsOf(QWidget *view)
{
    return {child<QPushButton>(view, "startButton"), child<QPushButton>(view, "stopButton"),
            child<QPushButton>(view, "retryButton")};
}

// With PD_SCREENSHOT_DIR set, saves what the test sees, for reviewing layouts in each language.
void screenshot(QWidget *widget, const char *name)
{
    const QString dir = qEnvironmentVariable("PD_SCREENSHOT_DIR");
    if (dir.isEmpty())
        return;
    QApplication::processEvents();
    widget->grab().save(dir + QLatin1Char('/') + QLatin1String(name) + QStringLiteral(".png"));
}

QString executionArn(const QString &pipeline, const char *id)
{
    return pipeline + QStringLiteral("/execution/") + QLatin1String(id);
}
} // namespace

class TestSharingGui : public QObject
{
    Q_OBJECT

private slots:
    void walkWizardSwitchIdentityAcceptInvitation();
    void buttonsPerAccount_data();
    void buttonsPerAccount();
    void wizardAndCliRefuseTheSameThing();
    void editAndDeleteFromTheSharesPage();
};

void TestSharingGui::walkWizardSwitchIdentityAcceptInvitation()
{
    PdTest::TestWorkspace w;
    // Organization sharing off: even an organization member gets an invitation to accept.
    QVERIFY(w->sharing().setOrganizationSharing(shared, false));
    Session session(test);
    SharesPage sharesPage(*w, session);
    SharedWithMePage withMe(*w, session);
    sharesPage.show();

    QTest::mouseClick(child<QPushButton>(&sharesPage, "createShareButton"), Qt::LeftButton);
    auto *wizard = sharesPage.findChild<ShareWizard *>();
    QVERIFY(wizard);
    QTRY_VERIFY(wizard->isVisible());
    QCOMPARE(wizard->currentId(), int(ShareWizard::DetailsPage));
    QVERIFY(!wizard->button(QWizard::NextButton)->isEnabled()); // name and pipelines are required
    if (!qEnvironmentVariableIsEmpty("PD_LANGUAGE"))
        QVERIFY(Language::instance()->setLanguage(qEnvironmentVariable("PD_LANGUAGE")));
    QTest::keyClicks(child<QLineEdit>(wizard, "shareNameEdit"), QStringLiteral("abalone-for-dev"));
    QVERIFY(!wizard->button(QWizard::NextButton)->isEnabled());
    checkPipeline(wizard, QStringLiteral("abalone-training-pipeline"));
    QVERIFY(wizard->button(QWizard::NextButton)->isEnabled());
    screenshot(wizard, "wizard-1-details");
    clickNext(wizard);

    QCOMPARE(wizard->currentId(), int(ShareWizard::PermissionPage));
    QCOMPARE(child<QListWidget>(wizard, "actionList")->count(), 7);
    QTest::mouseClick(child<QRadioButton>(wizard, "allowExecutionRadio"), Qt::LeftButton);
    auto *actions = child<QListWidget>(wizard, "actionList");
    QCOMPARE(actions->count(), 10);
    QCOMPARE(actions->item(9)->text(), QStringLiteral("sagemaker:RetryPipelineExecution"));
    screenshot(wizard, "wizard-2-permission");
    clickNext(wizard);

    QCOMPARE(wizard->currentId(), int(ShareWizard::PrincipalsPage));
    QVERIFY(!wizard->button(QWizard::NextButton)->isEnabled());
    auto *idEdit = child<QLineEdit>(wizard, "principalIdEdit");
    auto *add = child<QPushButton>(wizard, "addPrincipalButton");
    auto *error = child<QLabel>(wizard, "principalErrorLabel");
    QTest::keyClicks(idEdit, QStringLiteral("11111111111")); // 11 digits
    QTest::mouseClick(add, Qt::LeftButton);
    QVERIFY(!error->isHidden());
    screenshot(wizard, "wizard-3-principals-error");
    QVERIFY(error->text().contains(QStringLiteral("12")));
    // An OU ARN is not an account id: the type decides what is valid.
    idEdit->setText(QStringLiteral("arn:aws:organizations::333333333333:ou/o-pd7demo0001/ou-pd7d-sdlc0001"));
    QTest::mouseClick(add, Qt::LeftButton);
    QVERIFY(!error->isHidden());
    idEdit->setText(dev);
    QTest::mouseClick(add, Qt::LeftButton);
    QVERIFY(error->isHidden());
    QCOMPARE(child<QListWidget>(wizard, "principalList")->count(), 1);
    QVERIFY(wizard->button(QWizard::NextButton)->isEnabled());
    screenshot(wizard, "wizard-3-principals");
    clickNext(wizard);

    QCOMPARE(wizard->currentId(), int(ShareWizard::ReviewPage));
    screenshot(wizard, "wizard-4-review");
    const QString summary = child<QLabel>(wizard, "reviewSummaryLabel")->text();
    QVERIFY(summary.contains(QStringLiteral("abalone-for-dev")) && summary.contains(allowExecution) &&
            summary.contains(dev));
    QTest::mouseClick(wizard->button(QWizard::FinishButton), Qt::LeftButton);
    QTRY_VERIFY(sharesPage.findChild<ShareWizard *>() == nullptr); // closed and deleted
    QVERIFY(child<QLabel>(&sharesPage, "messageLabel")->text().contains(QStringLiteral("resource-share/")));
    QCOMPARE(child<QTableView>(&sharesPage, "shareTable")->model()->rowCount(), 3);

    // dev sees the invitation, accepts it, and the pipeline shows up with its execution.
    session.setIdentity(dev);
    auto *invitations = child<QTableView>(&withMe, "invitationTable");
    auto *accept = child<QPushButton>(&withMe, "acceptInvitationButton");
    QCOMPARE(invitations->model()->rowCount(), 1);
    QVERIFY(!accept->isEnabled());
    invitations->setCurrentIndex(invitations->model()->index(0, 0));
    QVERIFY(accept->isEnabled());
    // Reject asks first, naming the share (a rejected invitation cannot be accepted later);
    // Cancel leaves it pending.
    MessageBox::setNextAnswer(QMessageBox::Cancel);
    QTest::mouseClick(child<QPushButton>(&withMe, "rejectInvitationButton"), Qt::LeftButton);
    QVERIFY2(MessageBox::lastText().startsWith(
                 QStringLiteral("Reject the invitation to the resource share “abalone-for-dev”?")),
             qPrintable(MessageBox::lastText()));
    QCOMPARE(invitations->model()->index(0, 0).data(StatusRole).toString(), QStringLiteral("PENDING"));
    auto *view = withMe.executionsView();
    QVERIFY(!view->selectExecution(executionArn(abalone, "a7c3e5g9i1k2")));
    QTest::mouseClick(accept, Qt::LeftButton);
    withMe.resize(1100, 600);
    withMe.show();
    withMe.showTab(SharedWithMePage::ExecutionsTab);
    QVERIFY(view->selectExecution(executionArn(serial, "f8h3n6c2m5zt")));
    screenshot(&withMe, "shared-with-me-executions");
    withMe.showTab(SharedWithMePage::InvitationsTab);
    screenshot(&withMe, "shared-with-me-invitations");
    QVERIFY(child<QLabel>(&withMe, "invitationMessageLabel")->text().contains(QStringLiteral("abalone-for-dev")));
    QCOMPARE(invitations->model()->index(0, 0).data(StatusRole).toString(), QStringLiteral("ACCEPTED"));
    QVERIFY(!accept->isEnabled());
    QCOMPARE(child<QTableView>(&withMe, "sharedResourceTable")->model()->rowCount(), 2);

    // Allow-execution on abalone (a succeeded execution): Start yes, Stop and Retry not for its status.
    QVERIFY(view->selectExecution(executionArn(abalone, "a7c3e5g9i1k2")));
    Buttons b = buttonsOf(view);
    QVERIFY(b.start->isEnabled());
    QVERIFY(!b.stop->isEnabled());
    QVERIFY(!b.stop->toolTip().isEmpty());
    QVERIFY(!b.retry->isEnabled());
    // Read-only on serial: nothing, and the tooltip names the missing permission.
    QVERIFY(view->selectExecution(executionArn(serial, "f8h3n6c2m5zt")));
    QVERIFY(!b.start->isEnabled() && !b.stop->isEnabled() && !b.retry->isEnabled());
    QVERIFY2(b.retry->toolTip().contains(allowExecution), qPrintable(b.retry->toolTip()));

    // Start from dev on test's pipeline: runs there, records dev as the acting account.
    QVERIFY(view->selectExecution(executionArn(abalone, "a7c3e5g9i1k2")));
    QTest::mouseClick(b.start, Qt::LeftButton);
    auto *message = child<QLabel>(view, "messageLabel");
    QVERIFY2(message->text().contains(abalone + QStringLiteral("/execution/")), qPrintable(message->text()));
    QTRY_COMPARE(view->model()->rowCount(), 7);

    // Switching the identity switches the view.
    session.setIdentity(test);
    QCOMPARE(view->model()->rowCount(), 0);
    QVERIFY(!b.start->isEnabled() && !b.stop->isEnabled() && !b.retry->isEnabled());
}

void TestSharingGui::buttonsPerAccount_data()
{
    QTest::addColumn<QString>("account");
    QTest::addColumn<QString>("execution");
    QTest::addColumn<bool>("start");
    QTest::addColumn<bool>("stop");
    QTest::addColumn<bool>("retry");
    // The demo: dev read-only, shared-services allow-execution on serial-inference-pipeline.
    QTest::newRow("dev, executing") << dev << "p4j6e8g2c9lx" << false << false << false;
    QTest::newRow("dev, failed") << dev << "f8h3n6c2m5zt" << false << false << false;
    QTest::newRow("shared-services, executing") << shared << "p4j6e8g2c9lx" << true << true << false;
    QTest::newRow("shared-services, failed") << shared << "f8h3n6c2m5zt" << true << false << true;
    QTest::newRow("shared-services, succeeded") << shared << "k2w9d4x1p7qa" << true << false << false;
    QTest::newRow("shared-services, stopping") << shared << "t5u8w1a4s6dn" << true << false << false;
}

void TestSharingGui::buttonsPerAccount()
{
    QFETCH(QString, account);
    QFETCH(QString, execution);
    QFETCH(bool, start);
    QFETCH(bool, stop);
    QFETCH(bool, retry);
    PdTest::TestWorkspace w;
    Session session(test);
    CrossAccountExecutionsView view(*w, session);
    session.setIdentity(account);
    QVERIFY(view.selectExecution(executionArn(serial, qPrintable(execution))));
    const Buttons b = buttonsOf(&view);
    QCOMPARE(b.start->isEnabled(), start);
    QCOMPARE(b.stop->isEnabled(), stop);
    QCOMPARE(b.retry->isEnabled(), retry);
    for (QPushButton *button : {b.start, b.stop, b.retry}) {
        if (!button->isEnabled() && account == dev)
            QVERIFY2(button->toolTip().contains(allowExecution), qPrintable(button->toolTip()));
    }
}

void TestSharingGui::wizardAndCliRefuseTheSameThing()
{
    PdTest::TestWorkspace w;
    Session session(test);
    ShareWizard wizard(*w, session);
    wizard.show();
    QTest::keyClicks(child<QLineEdit>(&wizard, "shareNameEdit"), QStringLiteral("outside"));
    checkPipeline(&wizard, QStringLiteral("abalone-training-pipeline"));
    clickNext(&wizard);
    clickNext(&wizard);
    QVERIFY(child<QRadioButton>(&wizard, "organizationOnlyRadio")->isChecked());
    child<QLineEdit>(&wizard, "principalIdEdit")->setText(QStringLiteral("444444444444"));
    QTest::mouseClick(child<QPushButton>(&wizard, "addPrincipalButton"), Qt::LeftButton);
    clickNext(&wizard);
    QTest::mouseClick(wizard.button(QWizard::FinishButton), Qt::LeftButton);
    auto *error = child<QLabel>(&wizard, "commitErrorLabel");
    QVERIFY(!error->isHidden());
    QCOMPARE(wizard.currentId(), int(ShareWizard::ReviewPage)); // still open, nothing created
    QCOMPARE(w->sharing().shares(test)->size(), 2);

    const auto cli =
        PdTest::runCli({QStringLiteral("--workspace"), w.path(), QStringLiteral("shares"), QStringLiteral("create"),
                        QStringLiteral("--name"), QStringLiteral("outside"), QStringLiteral("--resource-arn"), abalone,
                        QStringLiteral("--principal"), QStringLiteral("444444444444"), QStringLiteral("--permission"),
                        QStringLiteral("AWSRAMDefaultPermissionSageMakerPipeline"),
                        QStringLiteral("--allow-external-principals"), QStringLiteral("false")});
    QCOMPARE(cli.exitCode, 2);
    QCOMPARE(cli.err.trimmed(), QStringLiteral("pipelinedesk-cli: ") + error->text());

    // The same for an action: dev's Start tooltip is the CLI's refusal.
    CrossAccountExecutionsView view(*w, session);
    session.setIdentity(dev);
    QVERIFY(view.selectExecution(executionArn(serial, "p4j6e8g2c9lx")));
    const auto start = PdTest::runCli({QStringLiteral("--workspace"), w.path(), QStringLiteral("--identity"), dev,
                                       QStringLiteral("executions"), QStringLiteral("start"),
                                       QStringLiteral("--pipeline-name"), serial});
    QCOMPARE(start.exitCode, 3);
    QCOMPARE(start.err.trimmed(), QStringLiteral("pipelinedesk-cli: ") + buttonsOf(&view).start->toolTip());
}

void TestSharingGui::editAndDeleteFromTheSharesPage()
{
    PdTest::TestWorkspace w;
    Session session(test);
    SharesPage page(*w, session);
    page.show();
    auto *table = child<QTableView>(&page, "shareTable");
    QCOMPARE(table->model()->rowCount(), 2);
    // Row 0 by name: serial-inference-operations (allow execution to shared-services).
    table->setCurrentIndex(table->model()->index(0, 0));
    QVERIFY(child<QPushButton>(&page, "editShareButton")->isEnabled());
    ShareWizard *wizard = page.openWizard(table->currentIndex().data(IdRole).toString());
    QVERIFY(wizard->isEditing());
    QCOMPARE(child<QLineEdit>(wizard, "shareNameEdit")->text(), QStringLiteral("serial-inference-operations"));
    QVERIFY(child<QRadioButton>(wizard, "allowExecutionRadio")->isChecked());
    clickNext(wizard);
    QTest::mouseClick(child<QRadioButton>(wizard, "readOnlyRadio"), Qt::LeftButton); // downgrade
    clickNext(wizard);
    clickNext(wizard);
    QTest::mouseClick(wizard->button(QWizard::FinishButton), Qt::LeftButton);
    QTRY_VERIFY(page.findChild<ShareWizard *>() == nullptr);
    QVERIFY(!w->access().check(shared, PipelineAction::StartPipelineExecution, serial));

    table->setCurrentIndex(table->model()->index(0, 0));
    MessageBox::setNextAnswer(QMessageBox::Yes);
    QTest::mouseClick(child<QPushButton>(&page, "deleteShareButton"), Qt::LeftButton);
    QVERIFY(MessageBox::lastText().contains(QStringLiteral("serial-inference-operations")));
    QCOMPARE(table->model()->rowCount(), 1);
    QVERIFY(!w->access().check(shared, PipelineAction::DescribePipeline, serial));
}

QTEST_MAIN(TestSharingGui)
#include "tst_sharinggui.moc"
