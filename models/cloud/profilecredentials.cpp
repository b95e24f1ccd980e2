#include "cloud/profilecredentials.h"

#include "core/tr.h"
#include "secrets/secretstore.h"

#include <QJsonDocument>
#include <QJsonObject>

namespace Pd {

QByteArray encodeProfileSecret(const AwsCredentials &credentials)
{
    QJsonObject object{{QStringLiteral("AccessKeyId"), credentials.accessKeyId},
                       {QStringLiteral("SecretAccessKey"), credentials.secretAccessKey}};
    if (!credentials.sessionToken.isEmpty())
        object.insert(QStringLiteral("SessionToken"), credentials.sessionToken);
    return QJsonDocument(object).toJson(QJsonDocument::Compact);
}

Result<AwsCredentials> decodeProfileSecret(const QByteArray &secret)
{
    const QJsonObject object = QJsonDocument::fromJson(secret).object();
    AwsCredentials credentials;
    credentials.accessKeyId = object.value(QStringLiteral("AccessKeyId")).toString();
    credentials.secretAccessKey = object.value(QStringLiteral("SecretAccessKey")).toString();
    credentials.sessionToken = object.value(QStringLiteral("SessionToken")).toString();
    if (!credentials.isComplete())
        return Error::storage(Tr::tr("The profile's keychain entry does not hold an access key id and a secret "
                                     "access key; add the profile's keys again."));
    return credentials;
}

KeychainCredentials::KeychainCredentials(SecretStore &secrets, QString key)
    : m_secrets(secrets)
    , m_key(std::move(key))
    , m_alive(std::make_shared<bool>(true))
{}

KeychainCredentials::~KeychainCredentials()
{
    *m_alive = false;
}

void KeychainCredentials::credentials(Got got)
{
    if (m_cached) {
        got(*m_cached);
        return;
    }
    m_waiting.append(std::move(got));
    if (m_waiting.size() > 1)
        return; // a read is under way
    m_secrets.read(m_key, [this, alive = m_alive](Result<QByteArray> read) {
        if (!*alive)
            return;
        Result<AwsCredentials> result = read ? decodeProfileSecret(read.value()) : Result<AwsCredentials>(read.error());
        if (result)
            m_cached = result.value();
        const QList<Got> waiting = std::exchange(m_waiting, {});
        for (const Got &g : waiting)
            g(result);
    });
}

void KeychainCredentials::invalidate()
{
    m_cached.reset();
}

} // namespace Pd
