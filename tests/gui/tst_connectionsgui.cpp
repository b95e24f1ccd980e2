// Offscreen GUI: File › Connections… — the profiles table, the add / edit form (secret fields without
// echo), remove after a question naming the profile, and the import from the AWS CLI's files shown
// as a plan before it is applied. The keychain is a memory one.
#undef QT_NO_CAST_FROM_ASCII
#include "memorysecretstore.h"
#include "testworkspace.h"

#include "cloud/profileservice.h"
#include "cloud/profiletablemodel.h"
#include "views/cloud/connectionsdialog.h"
#include "views/cloud/profileformdialog.h"
#include "views/cloud/profileimportdialog.h"
#include "views/common/messagebox.h"

#include <QAbstractItemModelTester>
#include <QApplication>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QFile>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QStandardPaths>
#include <QTableView>
#include <QTreeWidget>
#include <QTest>

using namespace Pd;

namespace {

template<typename T> T *child(QObject *parent, const char *name)
{
    T *found = parent->findChild<T *>(QLatin1String(name));
    if (!found)
        qWarning("no child %s", name);
    return found;
}

void type(QObject *parent, const char *name, const QString &text)
{
    auto *edit = child<QLineEdit>(parent, name);
    edit->clear();
    QTest::keyClicks(edit, text);
}

void clickOk(QDialog *dialog)
{
    QTest::mouseClick(dialog->findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Ok), Qt::LeftButton);
}

QStringList rowsOf(const QAbstractItemModel *model)
{
    QStringList rows;
    for (int r = 0; r < model->rowCount(); ++r) {
        QStringList cells;
        for (int c = 0; c < model->columnCount(); ++c)
            cells.append(model->index(r, c).data().toString());
        rows.append(cells.join('|'));
    }
    return rows;
}

QStringList treeRows(const QTreeWidget *tree)
{
    QStringList rows;
    for (int r = 0; r < tree->topLevelItemCount(); ++r) {
        QStringList cells;
        for (int c = 0; c < tree->columnCount() - 1; ++c)
            cells.append(tree->topLevelItem(r)->text(c));
        rows.append(cells.join('|'));
    }
    return rows;
}

// With PD_SCREENSHOT_DIR set, saves what the test sees, for reviewing layouts.
void screenshot(QWidget *widget, const QString &name)
{
    const QString dir = qEnvironmentVariable("PD_SCREENSHOT_DIR");
    if (dir.isEmpty())
        return;
    QApplication::processEvents();
    widget->grab().save(dir + '/' + name + ".png");
}

const QString secret = "wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY";

} // namespace

class TestConnectionsGui : public QObject
{
    Q_OBJECT

    struct Fixture
    {
        QTemporaryDir dir;
        ManualClock clock{PdTest::demoNow()};
        PdTest::MemorySecretStore secrets;
        std::unique_ptr<Workspace> workspace;
        Fixture()
        {
            Workspace::Options options;
            options.seedDemo = true;
            options.clock = &clock;
            options.secrets = &secrets;
            workspace = std::move(Workspace::open(dir.filePath("w.sqlite"), options)).value();
        }
    };

private slots:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }

    void addEditRemove()
    {
        Fixture f;
        ConnectionsDialog dialog(f.workspace->profiles());
        QAbstractItemModelTester tester(dialog.model());
        dialog.show();
        auto *testButton = child<QPushButton>(&dialog, "testProfileButton");
        QVERIFY(!testButton->isEnabled());
        QVERIFY(!testButton->toolTip().isEmpty());
        QVERIFY(!child<QPushButton>(&dialog, "editProfileButton")->isEnabled());

        // Add: a refusal stays in the form; the secret is typed without echo.
        ProfileFormDialog *form = dialog.addProfile();
        QVERIFY(form);
        QCOMPARE(child<QLineEdit>(form, "secretAccessKeyEdit")->echoMode(), QLineEdit::Password);
        QCOMPARE(child<QLineEdit>(form, "sessionTokenEdit")->echoMode(), QLineEdit::Password);
        type(form, "profileNameEdit", "dev");
        type(form, "regionEdit", "Seoul");
        type(form, "accessKeyIdEdit", "AKIAIOSFODNN7EXAMPLE");
        type(form, "secretAccessKeyEdit", secret);
        screenshot(form, "form");
        clickOk(form);
        QTRY_VERIFY(!form->isBusy());
        QVERIFY2(form->errorText().startsWith("region: "), qPrintable(form->errorText()));
        QVERIFY(form->isVisible());
        type(form, "regionEdit", "us-east-1");
        type(form, "endpointUrlEdit", "http://localhost:4566");
        clickOk(form);
        QTRY_VERIFY(!dialog.currentForm());
        QCOMPARE(rowsOf(dialog.model()), QStringList{"dev|us-east-1|Access keys||Never|Never tested"});
        QCOMPARE(f.secrets.entries.size(), 1);

        // A role from it.
        form = dialog.addProfile();
        type(form, "profileNameEdit", "admin");
        type(form, "regionEdit", "eu-west-1");
        child<QComboBox>(form, "kindComboBox")->setCurrentIndex(1);
        QVERIFY(child<QWidget>(form, "roleGroupBox")->isVisible());
        QVERIFY(!child<QWidget>(form, "keysGroupBox")->isVisible());
        type(form, "roleArnEdit", "arn:aws:iam::222222222222:role/Admin");
        QCOMPARE(child<QComboBox>(form, "sourceProfileComboBox")->currentData().toString(), "dev");
        screenshot(form, "form-role");
        clickOk(form);
        QTRY_VERIFY(!dialog.currentForm());
        QCOMPARE(rowsOf(dialog.model()), (QStringList{"admin|eu-west-1|Role from dev||Never|Never tested",
                                                      "dev|us-east-1|Access keys||Never|Never tested"}));
        QCOMPARE(f.secrets.entries.size(), 1);

        // Edit: empty key fields keep the keys.
        QVERIFY(f.workspace->profiles().recordCallerIdentity("dev", "111111111111", "arn:aws:iam::111111111111:user/me"));
        dialog.selectProfile("dev");
        const QByteArray keysBefore = f.secrets.entries.values().first();
        form = dialog.editSelectedProfile();
        QVERIFY(form && form->isEditing());
        QVERIFY(child<QLineEdit>(form, "profileNameEdit")->isReadOnly());
        QCOMPARE(child<QLineEdit>(form, "regionEdit")->text(), "us-east-1");
        type(form, "regionEdit", "us-west-2");
        clickOk(form);
        QTRY_VERIFY(!dialog.currentForm());
        QCOMPARE(f.workspace->profiles().profile("dev")->region, "us-west-2");
        QCOMPARE(f.secrets.entries.values().first(), keysBefore);
        screenshot(&dialog, "dialog");

        // Remove: asked by name; refused while the role uses it, then done.
        dialog.selectProfile("dev");
        MessageBox::setNextAnswer(QMessageBox::Yes);
        dialog.removeSelectedProfile();
        QVERIFY2(MessageBox::lastText().contains("dev"), qPrintable(MessageBox::lastText()));
        auto *message = child<QLabel>(&dialog, "connectionsMessageLabel");
        QTRY_VERIFY(message->isVisible());
        QVERIFY2(message->text().contains("source profile of admin"), qPrintable(message->text()));
        QCOMPARE(dialog.model()->rowCount(), 2);
        dialog.selectProfile("admin");
        MessageBox::setNextAnswer(QMessageBox::No);
        dialog.removeSelectedProfile();
        QCOMPARE(dialog.model()->rowCount(), 2);
        MessageBox::setNextAnswer(QMessageBox::Yes);
        dialog.removeSelectedProfile();
        QTRY_COMPARE(dialog.model()->rowCount(), 1);
        QVERIFY(message->text().contains("admin"));
    }

    void importShowsThePlanThenApplies()
    {
        Fixture f;
        ConnectionsDialog dialog(f.workspace->profiles());
        dialog.show();
        QTemporaryDir files;
        auto write = [&files](const char *name, const QByteArray &text) {
            QFile file(files.filePath(name));
            QVERIFY(file.open(QIODevice::WriteOnly));
            file.write(text);
        };
        write("config", "[default]\nregion = us-east-1\n"
                        "[profile admin]\nregion = us-east-1\nrole_arn = arn:aws:iam::123456789012:role/Admin\n"
                        "source_profile = default\n"
                        "[profile corp]\nsso_session = corp\nregion = us-east-1\n"
                        "oops\n");
        write("credentials", "[default]\naws_access_key_id = AKIAIOSFODNN7EXAMPLE\naws_secret_access_key = "
                                 + secret.toUtf8() + "\n");
        dialog.setAwsConfigSources({files.filePath("config"), files.filePath("credentials")}, QProcessEnvironment());
        ProfileImportDialog *import = dialog.importFromAwsCli();
        QVERIFY(import);
        QCOMPARE(treeRows(import->planView()),
                 (QStringList{"Add|default|config:1", "Add|admin|config:3", "Skip|corp|config:7"}));
        QCOMPARE(import->planView()->topLevelItem(0)->toolTip(2), files.filePath("config") + ":1");
        QVERIFY(import->planView()->topLevelItem(2)->text(3).contains("IAM Identity Center"));
        QCOMPARE(import->warningsView()->topLevelItemCount(), 1);
        QCOMPARE(import->warningsView()->topLevelItem(0)->text(0), "config:10");
        QVERIFY(f.secrets.entries.isEmpty()); // nothing before Import
        QCOMPARE(dialog.model()->rowCount(), 0);
        screenshot(import, "import");

        QTest::mouseClick(child<QPushButton>(import, "applyImportButton"), Qt::LeftButton);
        QTRY_VERIFY(import->isApplied());
        QCOMPARE(import->planView()->topLevelItem(0)->text(0), "Added");
        QCOMPARE(dialog.model()->rowCount(), 2);
        QCOMPARE(f.secrets.entries.size(), 1);
        QVERIFY(!child<QPushButton>(import, "applyImportButton")->isEnabled());
    }
};

QTEST_MAIN(TestConnectionsGui)
#include "tst_connectionsgui.moc"
