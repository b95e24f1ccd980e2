#pragma once

#include "cloud/credentials.h"

#include <QDateTime>
#include <QList>
#include <QObject>
#include <QPointer>

#include <functional>
#include <optional>

namespace Pd {

class AwsApiCall;
class AwsClient;
class Clock;

// Credentials of a role, assumed with sts:AssumeRole through a client that signs with the source
// profile's keys. The temporary keys live in this object's memory only, are handed out until five
// minutes before they expire and then assumed again; callers asking while an AssumeRole is on the
// way wait for that one answer. With an MFA device the code is asked for each time the role is
// assumed (the GUI asks in a dialog, the CLI on its terminal); no answer cancels.
class AssumeRoleCredentials final : public QObject, public CredentialsSource
{
    Q_OBJECT

public:
    struct Role
    {
        QString roleArn;
        QString externalId;
        QString sessionName; // default "pipelinedesk-<unix seconds>"
        int durationSeconds = 3600;
        QString mfaSerial;
    };
    // Asks the user for the current code of the MFA device; answers std::nullopt when cancelled.
    using AskMfaCode = std::function<void(const QString &mfaSerial, std::function<void(std::optional<QString>)> answer)>;

    AssumeRoleCredentials(AwsClient *sts, Role role, const Clock *clock, AskMfaCode askMfaCode = {},
                          QObject *parent = nullptr);
    ~AssumeRoleCredentials() override;

    void credentials(Got got) override;
    void invalidate() override;

    QDateTime expiration() const { return m_expiration; } // invalid until assumed
    // The identity the role gave (arn:aws:sts::111111111111:assumed-role/Admin/session).
    QString assumedRoleArn() const { return m_assumedRoleArn; }

private:
    void assume(const QString &mfaCode);
    void answerWaiters(const Result<AwsCredentials> &result);

    AwsClient *m_sts;
    Role m_role;
    const Clock *m_clock;
    AskMfaCode m_askMfaCode;
    std::optional<AwsCredentials> m_cached;
    QDateTime m_expiration;
    QString m_assumedRoleArn;
    QList<Got> m_waiters;
    QPointer<AwsApiCall> m_call;
    bool m_asking = false;
};

} // namespace Pd
