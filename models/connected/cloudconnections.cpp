#include "connected/cloudconnections.h"

#include "cloud/profile.h"
#include "cloud/profileservice.h"
#include "core/tr.h"
#include "workspace/workspace.h"

#include <QNetworkAccessManager>
#include <QProcessEnvironment>

namespace Pd {

namespace {

// A role's source may itself be a role; the AWS CLI follows such chains. Deeper than this is a loop.
constexpr int maxRoleChain = 8;

} // namespace

// What one profile's client needs kept alive: its credentials source (the keychain's keys, or a
// role's temporary keys with the STS client that assumes it) and the client itself.
struct CloudConnections::Connection
{
    std::shared_ptr<Connection> source;      // first, so that it goes last: the STS client signs with its keys
    std::unique_ptr<CredentialsSource> keys; // a static profile's
    std::unique_ptr<AwsClient> sts;          // a role's: signs AssumeRole with the source's keys
    std::unique_ptr<AssumeRoleCredentials> role;
    std::unique_ptr<AwsClient> client;
    CredentialsSource *credentials() const { return role ? static_cast<CredentialsSource *>(role.get()) : keys.get(); }
};

CloudConnections::CloudConnections(Workspace &workspace, QObject *parent)
    : QObject(parent)
    , m_workspace(workspace)
    , m_network(new QNetworkAccessManager(this))
{
    // A redirect is never followed (a signed request must not go elsewhere); the client checks it.
    m_network->setRedirectPolicy(QNetworkRequest::ManualRedirectPolicy);
    connect(&workspace.profiles(), &ProfileService::profilesChanged, this, &CloudConnections::reset);
}

CloudConnections::~CloudConnections()
{
    reset();
}

void CloudConnections::setClientOptions(AwsClientOptions options)
{
    m_options = std::move(options);
    reset();
}

void CloudConnections::setEndpointOverride(const QUrl &url)
{
    m_endpointOverride = url;
    reset();
}

void CloudConnections::setAskMfaCode(AssumeRoleCredentials::AskMfaCode ask)
{
    m_askMfaCode = std::move(ask);
    reset();
}

void CloudConnections::setUseEnvironment(bool on)
{
    m_useEnvironment = on;
    reset();
}

void CloudConnections::reset()
{
    // Clients before their credentials: a call in flight is aborted silently by its client.
    m_connections.clear();
}

Result<AwsEndpoints> CloudConnections::endpoints(const QString &name) const
{
    auto profile = m_workspace.profiles().profile(name);
    if (!profile)
        return profile.error();
    AwsEndpoints e = profile->endpoints();
    if (m_useEnvironment) {
        const QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        const QString all = env.value(QStringLiteral("AWS_ENDPOINT_URL"));
        if (!all.isEmpty())
            e.endpointUrl = QUrl(all);
        for (const QString &service : profileServiceNames()) {
            const QString url = env.value(QStringLiteral("AWS_ENDPOINT_URL_") + service.toUpper());
            if (!url.isEmpty())
                e.serviceEndpoints.insert(service, QUrl(url));
            else if (!all.isEmpty())
                e.serviceEndpoints.remove(service); // the global variable outranks the profile's per-service one
        }
    }
    if (m_endpointOverride.isValid() && !m_endpointOverride.isEmpty()) {
        e.endpointUrl = m_endpointOverride;
        e.serviceEndpoints.clear();
    }
    return e;
}

Result<AwsClient *> CloudConnections::client(const QString &profile)
{
    return client(profile, 0);
}

Result<AwsClient *> CloudConnections::client(const QString &name, int depth)
{
    if (auto found = m_connections.constFind(name); found != m_connections.cend())
        return found.value()->client.get();
    if (depth > maxRoleChain)
        return Error::invalid(QStringLiteral("source-profile"),
                              Tr::tr("source-profile: the profile %1 takes its keys from a chain of roles that "
                                     "does not end at a profile with keys.")
                                  .arg(name));
    auto profile = m_workspace.profiles().profile(name);
    if (!profile)
        return profile.error();
    auto endpoints = this->endpoints(name);
    if (!endpoints)
        return endpoints.error();
    const Clock *clock = &m_workspace.clock();
    auto connection = std::make_shared<Connection>();
    if (profile->isAssumeRole()) {
        auto source = client(profile->sourceProfile, depth + 1);
        if (!source)
            return source.error();
        connection->source = m_connections.value(profile->sourceProfile);
        connection->sts = std::make_unique<AwsClient>(endpoints.value(), connection->source->credentials(), m_network,
                                                      clock, m_options);
        AssumeRoleCredentials::Role role;
        role.roleArn = profile->roleArn;
        role.externalId = profile->externalId;
        role.sessionName = profile->roleSessionName;
        if (profile->durationSeconds > 0)
            role.durationSeconds = profile->durationSeconds;
        role.mfaSerial = profile->mfaSerial;
        connection->role = std::make_unique<AssumeRoleCredentials>(connection->sts.get(), role, clock, m_askMfaCode);
    } else {
        auto keys = m_workspace.profiles().credentialsSource(name);
        if (!keys)
            return keys.error();
        connection->keys = std::move(keys).value();
    }
    connection->client =
        std::make_unique<AwsClient>(endpoints.value(), connection->credentials(), m_network, clock, m_options);
    AwsClient *client = connection->client.get();
    m_connections.insert(name, std::move(connection));
    return client;
}

} // namespace Pd
