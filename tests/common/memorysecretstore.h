#pragma once

// A SecretStore in memory for tests: answers from the event loop like the keychain (never inside
// the call), counts the calls, and fails on request.

#include "secrets/secretstore.h"

#include <QHash>
#include <QTimer>

namespace PdTest {

class MemorySecretStore final : public Pd::SecretStore
{
public:
    QHash<QString, QByteArray> entries;
    // The next write / remove fails (once) with a storage error, as a locked keychain would.
    bool failNextWrite = false;
    bool failNextRemove = false;
    int reads = 0;
    int writes = 0;
    int removes = 0;

    void write(const QString &key, const QByteArray &secret, Done done) override
    {
        ++writes;
        const bool fail = std::exchange(failNextWrite, false);
        if (!fail)
            entries.insert(key, secret);
        later([fail, done] { done(fail ? Pd::Status(Pd::Error::storage(QStringLiteral("keychain locked"))) : Pd::Status()); });
    }
    void read(const QString &key, Read done) override
    {
        ++reads;
        const auto found = entries.constFind(key);
        const Pd::Result<QByteArray> result = found == entries.cend()
            ? Pd::Result<QByteArray>(Pd::Error::notFound(QStringLiteral("no entry")))
            : Pd::Result<QByteArray>(found.value());
        later([result, done] { done(result); });
    }
    void remove(const QString &key, Done done) override
    {
        ++removes;
        const bool fail = std::exchange(failNextRemove, false);
        const bool existed = !fail && entries.remove(key) > 0;
        later([fail, existed, done] {
            if (fail)
                done(Pd::Error::storage(QStringLiteral("keychain locked")));
            else
                done(existed ? Pd::Status() : Pd::Status(Pd::Error::notFound(QStringLiteral("no entry"))));
        });
    }

private:
    static void later(std::function<void()> f) { QTimer::singleShot(0, std::move(f)); }
};

} // namespace PdTest
