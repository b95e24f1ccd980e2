#pragma once

#include "cloud/assumerolecredentials.h"
#include "cloud/awsclient.h"
#include "core/result.h"

#include <QHash>
#include <QObject>
#include <QUrl>

#include <memory>

class QNetworkAccessManager;

namespace Pd {

class Workspace;

// The AWS clients of a workspace's profiles, made on first use and kept while the program runs: one
// QNetworkAccessManager (proxies from the system), one AwsClient a profile, and for a role the chain
// that assumes it (the source profile's client calls sts:AssumeRole; the temporary keys stay in
// that AssumeRoleCredentials' memory). A change to the profiles drops every client, so the next
// call reads the profile and its keys again.
//
// Not part of Workspace: a workspace opens, runs its engine and serves its pages without a network;
// the programs (the window, one CLI command) own the connections they make.
//
// Endpoints, the first that says one wins, as the AWS CLI decides: the program's --endpoint-url,
// AWS_ENDPOINT_URL_<SERVICE>, AWS_ENDPOINT_URL, the profile's per-service endpoint, its endpoint_url,
// and else the service's own https://<host>.<region>.amazonaws.com.
class CloudConnections : public QObject
{
    Q_OBJECT

public:
    explicit CloudConnections(Workspace &workspace, QObject *parent = nullptr);
    ~CloudConnections() override;

    Workspace &workspace() { return m_workspace; }
    QNetworkAccessManager *network() { return m_network; }

    // For tests (waits, retries) and for a program's --endpoint-url. Drop the clients made before.
    void setClientOptions(AwsClientOptions options);
    void setEndpointOverride(const QUrl &url);
    // Asked for an MFA device's code when a role with mfa_serial is assumed.
    void setAskMfaCode(AssumeRoleCredentials::AskMfaCode ask);
    // Whether AWS_ENDPOINT_URL* are read (on by default; tests turn it off).
    void setUseEnvironment(bool on);

    // The client of a profile. NotFound for an unknown profile, InvalidInput for a role whose chain
    // of source profiles loops or does not end at keys.
    Result<AwsClient *> client(const QString &profile);
    // The endpoints a profile's client is given (the rules above applied).
    Result<AwsEndpoints> endpoints(const QString &profile) const;
    // Forgets every client and the temporary keys they hold.
    void reset();

private:
    Result<AwsClient *> client(const QString &profile, int depth);

    struct Connection;
    Workspace &m_workspace;
    QNetworkAccessManager *m_network;
    AwsClientOptions m_options;
    QUrl m_endpointOverride;
    AssumeRoleCredentials::AskMfaCode m_askMfaCode;
    bool m_useEnvironment = true;
    QHash<QString, std::shared_ptr<Connection>> m_connections;
};

} // namespace Pd
