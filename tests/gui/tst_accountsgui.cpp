// Offscreen GUI: the Accounts dialog (add, edit, delete refused, a new organization), its table
// model, the main window's empty state and "Act as" list, and the first-start choice.
// Test tables are clearer with plain literals; production code keeps the strict cast rules.
#undef QT_NO_CAST_FROM_ASCII
#include "testworkspace.h"

#include "accounts/accountservice.h"
#include "accounts/accounttablemodel.h"
#include "core/session.h"
#include "views/accounts/accountformdialog.h"
#include "views/accounts/accountsdialog.h"
#include "views/accounts/firststartdialog.h"
#include "views/common/messagebox.h"
#include "views/common/messagelabel.h"
#include "views/mainwindow.h"

#include <QAbstractItemModelTester>
#include <QApplication>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QLineEdit>
#include <QPushButton>
#include <QStandardPaths>
#include <QTableView>
#include <QTest>

using namespace Pd;

namespace {

const QString dev = QStringLiteral("111111111111");
const QString test = QStringLiteral("222222222222");
const QString newcomer = QStringLiteral("444444444444");

template<typename T> T *child(QObject *parent, const char *name)
{
    T *found = parent->findChild<T *>(QLatin1String(name));
    if (!found)
        qWarning("no child %s", name);
    return found;
}

void click(QObject *parent, const char *name)
{
    QTest::mouseClick(child<QPushButton>(parent, name), Qt::LeftButton);
}

void clickOk(QDialog *dialog)
{
    QTest::mouseClick(dialog->findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Ok), Qt::LeftButton);
}

void type(QObject *parent, const char *name, const QString &text)
{
    auto *edit = child<QLineEdit>(parent, name);
    edit->clear();
    QTest::keyClicks(edit, text);
}

void selectData(QObject *parent, const char *name, const QString &data)
{
    auto *combo = child<QComboBox>(parent, name);
    combo->setCurrentIndex(combo->findData(data));
}

// "id name organization ou" of every row, as the table shows them.
QStringList rowsOf(const QAbstractItemModel *model)
{
    QStringList rows;
    for (int r = 0; r < model->rowCount(); ++r) {
        QStringList cells;
        for (int c = 0; c < model->columnCount(); ++c)
            cells.append(model->index(r, c).data().toString());
        rows.append(cells.join(QLatin1Char('|')));
    }
    return rows;
}

// With PD_SCREENSHOT_DIR set, saves what the test sees, for reviewing layouts.
void screenshot(QWidget *widget, const char *name)
{
    const QString dir = qEnvironmentVariable("PD_SCREENSHOT_DIR");
    if (dir.isEmpty())
        return;
    QApplication::processEvents();
    widget->grab().save(dir + QLatin1Char('/') + QLatin1String(name) + QStringLiteral(".png"));
}

} // namespace

class TestAccountsGui : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }
    void tableModel();
    void addAnAccount();
    void formShowsRefusalsUnderTheirField();
    void editAnAccount();
    void deleteAsksAndShowsTheRefusal();
    void deleteAfterConfirming();
    void newOrganizationFromTheForm();
    void firstStartChoice_data();
    void firstStartChoice();
    void emptyWorkspaceAddsTheFirstAccount();
    void actAsFollowsTheAccounts();
};

void TestAccountsGui::tableModel()
{
    PdTest::TestWorkspace w;
    AccountTableModel model(w->accounts());
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    QCOMPARE(rowsOf(&model),
             (QStringList{"111111111111|dev|ml-dev@example.com|Pipeline Desk demo|SDLC",
                          "222222222222|test|ml-test@example.com|Pipeline Desk demo|SDLC",
                          "333333333333|shared-services|ml-shared@example.com|Pipeline Desk demo|Infrastructure"}));
    QCOMPARE(model.index(0, AccountTableModel::Organization).data(Qt::ToolTipRole).toString(),
             QStringLiteral("o-pd7demo0001"));
    QCOMPARE(model.index(1, 0).data(IdRole).toString(), test);
    QCOMPARE(model.headerData(AccountTableModel::OrganizationalUnit, Qt::Horizontal).toString(),
             QStringLiteral("Organizational unit"));
    // The service's signals keep it current.
    QVERIFY(w->accounts().createAccount(dev, AccountInput{newcomer, QStringLiteral("staging"), {}, {}, {}}));
    QCOMPARE(model.rowCount(), 4);
    QCOMPARE(model.rowOf(newcomer), 3);
    QVERIFY(w->accounts().createOrganizationalUnit(dev, QStringLiteral("o-pd7demo0001"), {}, QStringLiteral("Labs")));
    QVERIFY(w->accounts().deleteAccount(dev, newcomer));
    QCOMPARE(model.rowCount(), 3);
}

void TestAccountsGui::addAnAccount()
{
    PdTest::TestWorkspace w;
    Session session(test);
    AccountsDialog dialog(w->accounts(), session);
    dialog.show();
    click(&dialog, "addAccountButton");
    AccountFormDialog *form = dialog.currentForm();
    QVERIFY(form);
    QTRY_VERIFY(form->isVisible());
    type(form, "accountIdEdit", newcomer);
    type(form, "accountNameEdit", QStringLiteral("staging"));
    type(form, "accountEmailEdit", QStringLiteral("staging@example.com"));
    selectData(form, "organizationCombo", QStringLiteral("o-pd7demo0001"));
    // The OU list follows the organization.
    auto *units = child<QComboBox>(form, "unitCombo");
    QVERIFY(units->isEnabled());
    QVERIFY(units->findData(QStringLiteral("ou-pd7d-infra001")) > 0);
    selectData(form, "unitCombo", QStringLiteral("ou-pd7d-infra001"));
    screenshot(form, "accounts-add-form");
    clickOk(form);
    QTRY_VERIFY(!dialog.currentForm());
    const Account added = w->accounts().account(newcomer).value();
    QCOMPARE(added.name, QStringLiteral("staging"));
    QCOMPARE(added.email, QStringLiteral("staging@example.com"));
    QCOMPARE(added.organizationId, QStringLiteral("o-pd7demo0001"));
    QCOMPARE(added.ouId, QStringLiteral("ou-pd7d-infra001"));
    QCOMPARE(dialog.table()->selectionModel()->selectedRows().value(0).data(IdRole).toString(), newcomer);
    auto *message = child<MessageLabel>(&dialog, "accountsMessageLabel");
    QVERIFY(message->isVisible());
    QCOMPARE(message->text(), QStringLiteral("Added account staging (444444444444)."));
    QCOMPARE(session.identity(), test); // adding does not switch who one acts as
    screenshot(&dialog, "accounts-dialog");
}

void TestAccountsGui::formShowsRefusalsUnderTheirField()
{
    PdTest::TestWorkspace w;
    Session session(test);
    AccountsDialog dialog(w->accounts(), session);
    dialog.show();
    AccountFormDialog *form = dialog.addAccount();
    type(form, "accountIdEdit", QStringLiteral("12345"));
    type(form, "accountNameEdit", QStringLiteral("x"));
    clickOk(form);
    QVERIFY(form->isVisible()); // stays open to be fixed
    QCOMPARE(form->fieldError(QStringLiteral("account-id")),
             QStringLiteral("“12345” is not an account id (12 digits)."));
    QVERIFY(child<MessageLabel>(form, "account-idErrorLabel")->isVisible());
    screenshot(form, "accounts-form-error");

    type(form, "accountIdEdit", dev);
    clickOk(form);
    QCOMPARE(form->fieldError(QStringLiteral("account-id")),
             QStringLiteral("account 111111111111 already exists (dev)."));

    type(form, "accountIdEdit", newcomer);
    type(form, "accountNameEdit", QString());
    clickOk(form);
    QVERIFY(form->fieldError(QStringLiteral("account-id")).isEmpty()); // the old refusal is gone
    QCOMPARE(form->fieldError(QStringLiteral("name")), QStringLiteral("a name is required."));

    type(form, "accountNameEdit", QStringLiteral("x"));
    type(form, "accountEmailEdit", QStringLiteral("nobody"));
    clickOk(form);
    QVERIFY(form->fieldError(QStringLiteral("email")).startsWith(QStringLiteral("“nobody” is not an email address")));
    QVERIFY(!w->accounts().account(newcomer));
    form->reject();
    QTRY_VERIFY(!dialog.currentForm());
}

void TestAccountsGui::editAnAccount()
{
    PdTest::TestWorkspace w;
    Session session(test);
    AccountsDialog dialog(w->accounts(), session);
    dialog.show();
    QVERIFY(!child<QPushButton>(&dialog, "editAccountButton")->isEnabled());
    dialog.selectAccount(dev);
    QVERIFY(child<QPushButton>(&dialog, "editAccountButton")->isEnabled());
    click(&dialog, "editAccountButton");
    AccountFormDialog *form = dialog.currentForm();
    QVERIFY(form && form->isEditing());
    QVERIFY(child<QLineEdit>(form, "accountIdEdit")->isReadOnly());
    QCOMPARE(child<QLineEdit>(form, "accountNameEdit")->text(), QStringLiteral("dev"));
    QCOMPARE(child<QComboBox>(form, "unitCombo")->currentData().toString(), QStringLiteral("ou-pd7d-sdlc0001"));
    type(form, "accountNameEdit", QStringLiteral("development"));
    selectData(form, "unitCombo", QStringLiteral("ou-pd7d-workloads"));
    clickOk(form);
    QTRY_VERIFY(!dialog.currentForm());
    const Account edited = w->accounts().account(dev).value();
    QCOMPARE(edited.name, QStringLiteral("development"));
    QCOMPARE(edited.ouId, QStringLiteral("ou-pd7d-workloads"));
    QCOMPARE(edited.email, QStringLiteral("ml-dev@example.com"));
    QVERIFY(rowsOf(dialog.model())
                .contains(QStringLiteral("111111111111|development|ml-dev@example.com|Pipeline Desk demo|Workloads")));

    // The management account may not leave its organization: said under the organization.
    dialog.selectAccount(QStringLiteral("333333333333"));
    form = dialog.editSelectedAccount();
    selectData(form, "organizationCombo", QString());
    QVERIFY(!child<QComboBox>(form, "unitCombo")->isEnabled());
    clickOk(form);
    QVERIFY(form->fieldError(QStringLiteral("organization-id")).contains(QStringLiteral("management account")));
    form->reject();
}

void TestAccountsGui::deleteAsksAndShowsTheRefusal()
{
    PdTest::TestWorkspace w;
    Session session(dev);
    AccountsDialog dialog(w->accounts(), session);
    dialog.show();
    dialog.selectAccount(test);
    MessageBox::setNextAnswer(QMessageBox::Yes);
    click(&dialog, "deleteAccountButton");
    QVERIFY(MessageBox::lastText().startsWith(QStringLiteral("Delete account test (222222222222)?")));
    auto *message = child<MessageLabel>(&dialog, "accountsMessageLabel");
    QVERIFY(message->isVisible());
    QCOMPARE(message->kind(), MessageLabel::Kind::Error);
    QVERIFY2(message->text().startsWith(QStringLiteral("account-id: account 222222222222 still owns ")),
             qPrintable(message->text()));
    QVERIFY(message->text().contains(QStringLiteral("2 pipeline")));
    QVERIFY(w->accounts().account(test));
    screenshot(&dialog, "accounts-delete-refused");

    // "No" deletes nothing.
    QVERIFY(w->accounts().createAccount(dev, AccountInput{newcomer, QStringLiteral("scratch"), {}, {}, {}}));
    dialog.selectAccount(newcomer);
    MessageBox::setNextAnswer(QMessageBox::No);
    click(&dialog, "deleteAccountButton");
    QVERIFY(w->accounts().account(newcomer));
}

void TestAccountsGui::deleteAfterConfirming()
{
    PdTest::TestWorkspace w;
    Session session(dev);
    AccountsDialog dialog(w->accounts(), session);
    QVERIFY(w->accounts().createAccount(dev, AccountInput{newcomer, QStringLiteral("scratch"), {}, {}, {}}));
    dialog.selectAccount(newcomer);
    MessageBox::setNextAnswer(QMessageBox::Yes);
    click(&dialog, "deleteAccountButton");
    QVERIFY(!w->accounts().account(newcomer));
    QCOMPARE(dialog.model()->rowCount(), 3);
    QCOMPARE(child<MessageLabel>(&dialog, "accountsMessageLabel")->text(),
             QStringLiteral("Deleted account scratch (444444444444)."));
}

void TestAccountsGui::newOrganizationFromTheForm()
{
    PdTest::TestWorkspace w(false);
    QVERIFY(w->accounts().createAccount({}, AccountInput{newcomer, QStringLiteral("root"), {}, {}, {}}));
    Session session(newcomer);
    AccountsDialog dialog(w->accounts(), session);
    dialog.show();
    dialog.selectAccount(newcomer);
    AccountFormDialog *form = dialog.editSelectedAccount();
    QVERIFY(form);
    click(form, "newOrganizationButton");
    OrganizationFormDialog *organization = form->organizationDialog();
    QVERIFY(organization);
    QCOMPARE(child<QComboBox>(organization, "managementAccountCombo")->currentData().toString(), newcomer);
    clickOk(organization);
    QCOMPARE(organization->fieldError(QStringLiteral("name")), QStringLiteral("a name is required."));
    type(organization, "organizationNameEdit", QStringLiteral("Research"));
    screenshot(organization, "accounts-new-organization");
    clickOk(organization);
    QTRY_VERIFY(!form->organizationDialog());
    auto organizations = w->accounts().organizations().value();
    QCOMPARE(organizations.size(), 1);
    // The form now offers and selects it; saving keeps the account in it.
    QCOMPARE(child<QComboBox>(form, "organizationCombo")->currentData().toString(), organizations.at(0).id);
    clickOk(form);
    QTRY_VERIFY(!dialog.currentForm());
    QCOMPARE(w->accounts().account(newcomer)->organizationId, organizations.at(0).id);

    // From the dialog itself: a second organization for an account already in one is refused, in place.
    OrganizationFormDialog *second = dialog.newOrganization();
    type(second, "organizationNameEdit", QStringLiteral("Second"));
    clickOk(second);
    QVERIFY(second->fieldError(QStringLiteral("management-account-id")).contains(QStringLiteral("already belongs")));
    second->reject();
}

void TestAccountsGui::firstStartChoice_data()
{
    QTest::addColumn<QString>("button");
    QTest::addColumn<int>("choice");
    QTest::addColumn<int>("result");
    QTest::newRow("demo") << "demoWorkspaceButton" << int(FirstStartDialog::Choice::Demo) << int(QDialog::Accepted);
    QTest::newRow("empty") << "emptyWorkspaceButton" << int(FirstStartDialog::Choice::Empty) << int(QDialog::Accepted);
    QTest::newRow("quit") << "quitButton" << int(FirstStartDialog::Choice::None) << int(QDialog::Rejected);
}

void TestAccountsGui::firstStartChoice()
{
    QFETCH(QString, button);
    QFETCH(int, choice);
    QFETCH(int, result);
    FirstStartDialog dialog(QStringLiteral("/tmp/new.sqlite"));
    dialog.show();
    screenshot(&dialog, "first-start");
    QTest::mouseClick(child<QPushButton>(&dialog, qPrintable(button)), Qt::LeftButton);
    QCOMPARE(int(dialog.choice()), choice);
    QCOMPARE(dialog.result(), result);
}

void TestAccountsGui::emptyWorkspaceAddsTheFirstAccount()
{
    PdTest::TestWorkspace w(false);
    Session session(w->defaultIdentity());
    MainWindow window(*w, session);
    window.resize(1280, 800);
    window.show();
    QVERIFY(window.showsEmptyState());
    auto *addFirst = child<QPushButton>(&window, "addFirstAccountButton");
    QVERIFY(addFirst->isVisible());
    QCOMPARE(addFirst->text(), QStringLiteral("Add your first account…"));
    screenshot(&window, "empty-workspace");
    QTest::mouseClick(addFirst, Qt::LeftButton);
    AccountsDialog *dialog = window.accountsDialog();
    QVERIFY(dialog);
    AccountFormDialog *form = dialog->currentForm();
    QVERIFY(form);
    type(form, "accountIdEdit", QStringLiteral("123456789012"));
    type(form, "accountNameEdit", QStringLiteral("dev"));
    clickOk(form);
    QTRY_VERIFY(!dialog->currentForm());
    // The window now acts as the new account and shows its pages.
    QVERIFY(!window.showsEmptyState());
    QCOMPARE(session.identity(), QStringLiteral("123456789012"));
    auto *identity = child<QComboBox>(&window, "identityCombo");
    QCOMPARE(identity->count(), 1);
    QCOMPARE(identity->currentText(), QStringLiteral("dev (123456789012) · local"));
    dialog->close();
}

void TestAccountsGui::actAsFollowsTheAccounts()
{
    PdTest::TestWorkspace w;
    Session session(dev);
    MainWindow window(*w, session);
    window.show();
    auto *identity = child<QComboBox>(&window, "identityCombo");
    QCOMPARE(identity->count(), 3);
    QCOMPARE(identity->currentText(), QStringLiteral("dev (111111111111) · local"));
    // An account added elsewhere (the CLI, the dialog) appears at once; who one acts as stays.
    QVERIFY(w->accounts().createAccount(
        dev, AccountInput{QStringLiteral("000000000001"), QStringLiteral("first"), {}, {}, {}}));
    QCOMPARE(identity->count(), 4);
    QCOMPARE(session.identity(), dev);
    QCOMPARE(identity->currentText(), QStringLiteral("dev (111111111111) · local"));
    // A rename shows.
    AccountChange rename;
    rename.id = dev;
    rename.name = QStringLiteral("development");
    QVERIFY(w->accounts().updateAccount(dev, rename));
    QCOMPARE(identity->currentText(), QStringLiteral("development (111111111111) · local"));
    // Deleting the account one acts as falls back to the workspace's default identity.
    session.setIdentity(QStringLiteral("000000000001"));
    QVERIFY(w->accounts().deleteAccount(dev, QStringLiteral("000000000001")));
    QCOMPARE(session.identity(), w->defaultIdentity());
    QCOMPARE(identity->currentData(IdRole).toString(), w->defaultIdentity());
    // File › Accounts… opens the dialog.
    QAction *action = window.findChild<QAction *>(QStringLiteral("accountsAction"));
    QVERIFY(action);
    QCOMPARE(action->text(), QStringLiteral("&Accounts…"));
    action->trigger();
    QVERIFY(window.accountsDialog());
    QTRY_VERIFY(window.accountsDialog()->isVisible());
    window.accountsDialog()->close();
}

QTEST_MAIN(TestAccountsGui)
#include "tst_accountsgui.moc"
