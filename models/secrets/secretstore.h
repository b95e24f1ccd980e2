#pragma once

#include "core/result.h"

#include <QObject>

#include <functional>

namespace Pd {

// Where credentials live: only the operating system's keychain, never the workspace, a log or a
// file. Behind an interface so tests and the offline demo can use memory instead.
//
// Jobs are asynchronous (the keychain may prompt); callbacks run on the caller's thread.
class SecretStore
{
public:
    virtual ~SecretStore() = default;
    using Done = std::function<void(Status)>;
    using Read = std::function<void(Result<QByteArray>)>;

    virtual void write(const QString &key, const QByteArray &secret, Done done) = 0;
    virtual void read(const QString &key, Read done) = 0; // NotFound when there is no entry
    virtual void remove(const QString &key, Done done) = 0;
};

// The OS keychain through QtKeychain (Secret Service on Linux, Keychain on macOS, Credential
// Manager on Windows). The insecure plaintext fallback stays off: no keychain means an error.
class KeychainSecretStore final : public SecretStore
{
public:
    explicit KeychainSecretStore(QString service = QStringLiteral("PipelineDesk"));
    void write(const QString &key, const QByteArray &secret, Done done) override;
    void read(const QString &key, Read done) override;
    void remove(const QString &key, Done done) override;

private:
    QString m_service;
};

} // namespace Pd
