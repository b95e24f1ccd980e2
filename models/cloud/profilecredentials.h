#pragma once

#include "cloud/credentials.h"

#include <QByteArray>
#include <QList>
#include <QString>

namespace Pd {

class SecretStore;

// How a static profile's keys are kept in its keychain entry: a compact JSON object
// {"AccessKeyId": …, "SecretAccessKey": …, "SessionToken": …} (the token only when there is one).
// The bytes exist only in memory and in the keychain.
QByteArray encodeProfileSecret(const AwsCredentials &credentials);
// Storage error when the entry does not hold that shape (never quoting it).
Result<AwsCredentials> decodeProfileSecret(const QByteArray &secret);

// A static profile's keys, read from its keychain entry on first use and then held in memory
// until invalidate(). Calls that come while the keychain is being read wait for the same read.
// The store must outlive this object; a read that finishes after it is destroyed is dropped.
class KeychainCredentials final : public CredentialsSource
{
public:
    // key: the profile's entry (ProfileService::secretKey()).
    KeychainCredentials(SecretStore &secrets, QString key);
    ~KeychainCredentials() override;

    void credentials(Got got) override;
    void invalidate() override;

private:
    SecretStore &m_secrets;
    QString m_key;
    std::optional<AwsCredentials> m_cached;
    QList<Got> m_waiting;
    std::shared_ptr<bool> m_alive;
};

} // namespace Pd
