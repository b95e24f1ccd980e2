#include "secrets/secretstore.h"

#include "core/tr.h"

#include <qt6keychain/keychain.h>

namespace Pd {

namespace {
Error keychainError(const QKeychain::Job &job)
{
    if (job.error() == QKeychain::EntryNotFound)
        return Error::notFound(Tr::tr("The keychain has no entry for “%1”.").arg(job.key()));
    return Error::storage(Tr::tr("The keychain refused the request for “%1”: %2").arg(job.key(), job.errorString()));
}
} // namespace

KeychainSecretStore::KeychainSecretStore(QString service) : m_service(std::move(service)) {}

void KeychainSecretStore::write(const QString &key, const QByteArray &secret, Done done)
{
    auto *job = new QKeychain::WritePasswordJob(m_service);
    job->setAutoDelete(true);
    job->setInsecureFallback(false);
    job->setKey(key);
    job->setBinaryData(secret);
    QObject::connect(job, &QKeychain::Job::finished, [done = std::move(done)](QKeychain::Job *finished) {
        done(finished->error() == QKeychain::NoError ? Status() : Status(keychainError(*finished)));
    });
    job->start();
}

void KeychainSecretStore::read(const QString &key, Read done)
{
    auto *job = new QKeychain::ReadPasswordJob(m_service);
    job->setAutoDelete(true);
    job->setInsecureFallback(false);
    job->setKey(key);
    QObject::connect(job, &QKeychain::Job::finished, [done = std::move(done)](QKeychain::Job *finished) {
        if (finished->error() != QKeychain::NoError) {
            done(keychainError(*finished));
            return;
        }
        done(static_cast<QKeychain::ReadPasswordJob *>(finished)->binaryData());
    });
    job->start();
}

void KeychainSecretStore::remove(const QString &key, Done done)
{
    auto *job = new QKeychain::DeletePasswordJob(m_service);
    job->setAutoDelete(true);
    job->setInsecureFallback(false);
    job->setKey(key);
    QObject::connect(job, &QKeychain::Job::finished, [done = std::move(done)](QKeychain::Job *finished) {
        done(finished->error() == QKeychain::NoError ? Status() : Status(keychainError(*finished)));
    });
    job->start();
}

} // namespace Pd
