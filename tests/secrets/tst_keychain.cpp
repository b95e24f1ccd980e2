// A round trip through the OS keychain (Secret Service). The test command starts a private
// session bus and an unlocked gnome-keyring; without them the test is skipped, not passed.
#include "secrets/secretstore.h"

#include <QEventLoop>
#include <QTest>
#include <QTimer>
#include <QUuid>

using namespace Pd;

class TestKeychain : public QObject
{
    Q_OBJECT

private slots:
    void roundTrip()
    {
        if (qEnvironmentVariableIsEmpty("DBUS_SESSION_BUS_ADDRESS"))
            QSKIP("no session bus: run under dbus-run-session with an unlocked keyring (see the Makefile's test target)");
        KeychainSecretStore store(QStringLiteral("PipelineDeskTest"));
        const QString key = QStringLiteral("test-") + QUuid::createUuid().toString(QUuid::WithoutBraces);
        const QByteArray secret("wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY");

        auto wait = [](auto start) {
            QEventLoop loop;
            QTimer::singleShot(20000, &loop, &QEventLoop::quit);
            start(loop);
            loop.exec();
        };
        Status written = Error::internal(QStringLiteral("no answer"));
        wait([&](QEventLoop &loop) { store.write(key, secret, [&](Status s) { written = s; loop.quit(); }); });
        QVERIFY2(written.ok(), qPrintable(written.ok() ? QString() : written.error().message));

        Result<QByteArray> read = Error::internal(QStringLiteral("no answer"));
        wait([&](QEventLoop &loop) { store.read(key, [&](Result<QByteArray> r) { read = r; loop.quit(); }); });
        QVERIFY2(read.ok(), qPrintable(read.ok() ? QString() : read.error().message));
        QCOMPARE(read.value(), secret);

        Status removed = Error::internal(QStringLiteral("no answer"));
        wait([&](QEventLoop &loop) { store.remove(key, [&](Status s) { removed = s; loop.quit(); }); });
        QVERIFY(removed.ok());

        Result<QByteArray> gone = QByteArray("still there");
        wait([&](QEventLoop &loop) { store.read(key, [&](Result<QByteArray> r) { gone = r; loop.quit(); }); });
        QVERIFY(!gone.ok());
        QCOMPARE(gone.error().code, Error::Code::NotFound);
    }
};

QTEST_GUILESS_MAIN(TestKeychain)
#include "tst_keychain.moc"
