#include "cloud/assumerolecredentials.h"

#include "cloud/awsapicall.h"
#include "cloud/stsapi.h"
#include "core/clock.h"
#include "core/tr.h"

#include <QJsonObject>

namespace Pd {

namespace {
// Refreshed this long before the expiry, so that no request is signed with keys that expire in flight.
constexpr qint64 refreshMarginMs = 5 * 60 * 1000;
} // namespace

AssumeRoleCredentials::AssumeRoleCredentials(AwsClient *sts, Role role, const Clock *clock, AskMfaCode askMfaCode,
                                             QObject *parent)
    : QObject(parent)
    , m_sts(sts)
    , m_role(std::move(role))
    , m_clock(clock)
    , m_askMfaCode(std::move(askMfaCode))
{}

AssumeRoleCredentials::~AssumeRoleCredentials()
{
    if (m_call)
        m_call->cancel();
}

void AssumeRoleCredentials::credentials(Got got)
{
    if (m_cached && m_clock->nowMs() < m_expiration.toMSecsSinceEpoch() - refreshMarginMs) {
        got(*m_cached);
        return;
    }
    m_waiters.append(std::move(got));
    if (m_call || m_asking)
        return; // one AssumeRole answers every waiter
    if (m_role.mfaSerial.isEmpty()) {
        assume(QString());
        return;
    }
    if (!m_askMfaCode) {
        Error error = Error::denied(Tr::tr("The role %1 needs a code from the MFA device %2, and nothing here can ask "
                                           "for it.")
                                        .arg(m_role.roleArn, m_role.mfaSerial));
        error.cause = QStringLiteral("MfaCodeNeeded");
        answerWaiters(error);
        return;
    }
    m_asking = true;
    QPointer<AssumeRoleCredentials> self(this);
    m_askMfaCode(m_role.mfaSerial, [self](std::optional<QString> code) {
        if (!self)
            return;
        self->m_asking = false;
        if (!code || code->trimmed().isEmpty()) {
            Error error = Error::invalid(
                QStringLiteral("TokenCode"),
                Tr::tr("TokenCode: no MFA code was given, so the role %1 was not assumed.").arg(self->m_role.roleArn));
            // The role's session cannot be renewed without the user: the connection is expired, not broken.
            error.cause = QStringLiteral("MfaCodeNeeded");
            self->answerWaiters(error);
            return;
        }
        self->assume(code->trimmed());
    });
}

void AssumeRoleCredentials::invalidate()
{
    m_cached.reset();
    m_expiration = QDateTime();
}

void AssumeRoleCredentials::assume(const QString &mfaCode)
{
    QJsonObject input{{QStringLiteral("RoleArn"), m_role.roleArn},
                      {QStringLiteral("RoleSessionName"),
                       m_role.sessionName.isEmpty() ? QStringLiteral("pipelinedesk-%1").arg(m_clock->nowMs() / 1000)
                                                    : m_role.sessionName},
                      {QStringLiteral("DurationSeconds"), m_role.durationSeconds}};
    if (!m_role.externalId.isEmpty())
        input.insert(QStringLiteral("ExternalId"), m_role.externalId);
    if (!m_role.mfaSerial.isEmpty()) {
        input.insert(QStringLiteral("SerialNumber"), m_role.mfaSerial);
        input.insert(QStringLiteral("TokenCode"), mfaCode);
    }
    m_call = new AwsApiCall(m_sts, StsApi::assumeRole(), input, this);
    connect(m_call, &AwsApiCall::finished, this, [this, call = m_call.data()] {
        if (!call->result()) {
            answerWaiters(call->result().error());
            return;
        }
        const QJsonObject credentials = call->result()->value(QStringLiteral("Credentials")).toObject();
        AwsCredentials assumed;
        assumed.accessKeyId = credentials.value(QStringLiteral("AccessKeyId")).toString();
        assumed.secretAccessKey = credentials.value(QStringLiteral("SecretAccessKey")).toString();
        assumed.sessionToken = credentials.value(QStringLiteral("SessionToken")).toString();
        const QDateTime expiration =
            QDateTime::fromString(credentials.value(QStringLiteral("Expiration")).toString(), Qt::ISODateWithMs);
        if (!assumed.isComplete() || assumed.sessionToken.isEmpty() || !expiration.isValid()) {
            answerWaiters(Error::internal(
                Tr::tr("sts:AssumeRole answered without complete credentials for %1.").arg(m_role.roleArn)));
            return;
        }
        m_cached = assumed;
        m_expiration = expiration.toUTC();
        m_assumedRoleArn =
            call->result()->value(QStringLiteral("AssumedRoleUser")).toObject().value(QStringLiteral("Arn")).toString();
        answerWaiters(assumed);
    });
}

void AssumeRoleCredentials::answerWaiters(const Result<AwsCredentials> &result)
{
    const QList<Got> waiters = std::exchange(m_waiters, {});
    for (const Got &got : waiters)
        got(result);
}

} // namespace Pd
