#include "cloud/profilestore.h"

#include "core/tr.h"
#include "store/database.h"
#include "store/sqlvalues.h"

#include <QSqlQuery>
#include <QVariant>

namespace Pd {

namespace {

const char *const columns = "name, region, kind, source_profile, role_arn, external_id, role_session_name, "
                            "duration_seconds, mfa_serial, endpoint_url, service_endpoints, account_id, caller_arn, "
                            "tested_at, created_at";

Profile profileFrom(const QSqlQuery &q)
{
    Profile p;
    p.name = q.value(0).toString();
    p.region = q.value(1).toString();
    p.kind = profileKindFrom(q.value(2).toString()).value_or(ProfileKind::Static);
    p.sourceProfile = q.value(3).toString();
    p.roleArn = q.value(4).toString();
    p.externalId = q.value(5).toString();
    p.roleSessionName = q.value(6).toString();
    p.durationSeconds = q.value(7).toInt();
    p.mfaSerial = q.value(8).toString();
    p.endpointUrl = q.value(9).toString();
    p.serviceEndpoints = tagsFromJson(q.value(10).toString());
    p.accountId = q.value(11).toString();
    p.callerArn = q.value(12).toString();
    p.testedAt = q.value(13).toLongLong();
    p.createdAt = q.value(14).toLongLong();
    return p;
}

QVariant endpointsValue(const QMap<QString, QString> &endpoints)
{
    return endpoints.isEmpty() ? QVariant(QMetaType::fromType<QString>()) : QVariant(tagsToJson(endpoints));
}

QVariant durationValue(int seconds)
{
    return seconds == 0 ? QVariant(QMetaType::fromType<int>()) : QVariant(seconds);
}

Error missing(const QString &name)
{
    return Error::notFound(Tr::tr("There is no profile named %1 in this workspace.").arg(name));
}

} // namespace

Result<QList<Profile>> ProfileStore::profiles() const
{
    QSqlQuery q(m_database.db());
    if (!q.exec(QStringLiteral("SELECT %1 FROM profiles ORDER BY name").arg(QLatin1String(columns))))
        return sqlError(q);
    QList<Profile> result;
    while (q.next())
        result.append(profileFrom(q));
    return result;
}

Result<Profile> ProfileStore::profile(const QString &name) const
{
    QSqlQuery q(m_database.db());
    q.prepare(QStringLiteral("SELECT %1 FROM profiles WHERE name = ?").arg(QLatin1String(columns)));
    q.addBindValue(name);
    if (!q.exec())
        return sqlError(q);
    if (!q.next())
        return missing(name);
    return profileFrom(q);
}

Result<bool> ProfileStore::exists(const QString &name) const
{
    auto names = selectStrings(m_database, QStringLiteral("SELECT name FROM profiles WHERE name = ?"), {name});
    if (!names)
        return names.error();
    return !names->isEmpty();
}

Status ProfileStore::insert(const Profile &p)
{
    QSqlQuery q(m_database.db());
    q.prepare(QStringLiteral("INSERT INTO profiles (%1) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")
                  .arg(QLatin1String(columns)));
    q.addBindValue(p.name);
    q.addBindValue(p.region);
    q.addBindValue(profileKindName(p.kind));
    q.addBindValue(nullableText(p.sourceProfile));
    q.addBindValue(nullableText(p.roleArn));
    q.addBindValue(nullableText(p.externalId));
    q.addBindValue(nullableText(p.roleSessionName));
    q.addBindValue(durationValue(p.durationSeconds));
    q.addBindValue(nullableText(p.mfaSerial));
    q.addBindValue(nullableText(p.endpointUrl));
    q.addBindValue(endpointsValue(p.serviceEndpoints));
    q.addBindValue(nullableText(p.accountId));
    q.addBindValue(nullableText(p.callerArn));
    q.addBindValue(nullableTime(p.testedAt));
    q.addBindValue(p.createdAt);
    if (!q.exec())
        return sqlError(q);
    return {};
}

Status ProfileStore::update(const Profile &p)
{
    QSqlQuery q(m_database.db());
    q.prepare(QStringLiteral("UPDATE profiles SET region = ?, kind = ?, source_profile = ?, role_arn = ?, "
                             "external_id = ?, role_session_name = ?, duration_seconds = ?, mfa_serial = ?, "
                             "endpoint_url = ?, service_endpoints = ? WHERE name = ?"));
    q.addBindValue(p.region);
    q.addBindValue(profileKindName(p.kind));
    q.addBindValue(nullableText(p.sourceProfile));
    q.addBindValue(nullableText(p.roleArn));
    q.addBindValue(nullableText(p.externalId));
    q.addBindValue(nullableText(p.roleSessionName));
    q.addBindValue(durationValue(p.durationSeconds));
    q.addBindValue(nullableText(p.mfaSerial));
    q.addBindValue(nullableText(p.endpointUrl));
    q.addBindValue(endpointsValue(p.serviceEndpoints));
    q.addBindValue(p.name);
    if (!q.exec())
        return sqlError(q);
    if (q.numRowsAffected() != 1)
        return missing(p.name);
    return {};
}

Status ProfileStore::remove(const QString &name)
{
    QSqlQuery q(m_database.db());
    q.prepare(QStringLiteral("DELETE FROM profiles WHERE name = ?"));
    q.addBindValue(name);
    if (!q.exec())
        return sqlError(q);
    if (q.numRowsAffected() != 1)
        return missing(name);
    return {};
}

Status ProfileStore::setCallerIdentity(const QString &name, const QString &accountId, const QString &callerArn,
                                       qint64 testedAt)
{
    QSqlQuery q(m_database.db());
    q.prepare(QStringLiteral("UPDATE profiles SET account_id = ?, caller_arn = ?, tested_at = ? WHERE name = ?"));
    q.addBindValue(nullableText(accountId));
    q.addBindValue(nullableText(callerArn));
    q.addBindValue(nullableTime(testedAt));
    q.addBindValue(name);
    if (!q.exec())
        return sqlError(q);
    if (q.numRowsAffected() != 1)
        return missing(name);
    return {};
}

Result<QStringList> ProfileStore::sourcedBy(const QString &name) const
{
    return selectStrings(m_database, QStringLiteral("SELECT name FROM profiles WHERE source_profile = ? ORDER BY name"),
                         {name});
}

Result<QStringList> ProfileStore::accountsUsing(const QString &name) const
{
    return selectStrings(m_database, QStringLiteral("SELECT id FROM accounts WHERE profile = ? ORDER BY id"), {name});
}

} // namespace Pd
