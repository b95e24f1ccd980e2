#include "accounts/accountstore.h"

#include "core/tr.h"
#include "store/database.h"
#include "store/sqlvalues.h"

#include <QSqlQuery>
#include <QVariant>

namespace Pd {

namespace {

Account accountFrom(const QSqlQuery &q)
{
    Account a;
    a.id = q.value(0).toString();
    a.name = q.value(1).toString();
    a.email = q.value(2).toString();
    a.organizationId = q.value(3).toString();
    a.ouId = q.value(4).toString();
    a.createdAt = q.value(5).toLongLong();
    a.profile = q.value(6).toString();
    return a;
}
} // namespace

Result<QList<Account>> AccountStore::accounts() const
{
    QSqlQuery q(m_database.db());
    if (!q.exec(QStringLiteral(
            "SELECT id, name, email, organization_id, ou_id, created_at, profile FROM accounts ORDER BY id")))
        return sqlError(q);
    QList<Account> result;
    while (q.next())
        result.append(accountFrom(q));
    return result;
}

Result<Account> AccountStore::account(const QString &id) const
{
    QSqlQuery q(m_database.db());
    q.prepare(QStringLiteral(
        "SELECT id, name, email, organization_id, ou_id, created_at, profile FROM accounts WHERE id = ?"));
    q.addBindValue(id);
    if (!q.exec())
        return sqlError(q);
    if (!q.next())
        return Error::notFound(Tr::tr("Account %1 does not exist in this workspace.").arg(id));
    return accountFrom(q);
}

Result<QList<Organization>> AccountStore::organizations() const
{
    QSqlQuery q(m_database.db());
    if (!q.exec(QStringLiteral("SELECT id, arn, management_account_id, name FROM organizations ORDER BY id")))
        return sqlError(q);
    QList<Organization> result;
    while (q.next())
        result.append({q.value(0).toString(), q.value(1).toString(), q.value(2).toString(), q.value(3).toString()});
    return result;
}

Result<QList<OrganizationalUnit>> AccountStore::organizationalUnits() const
{
    QSqlQuery q(m_database.db());
    if (!q.exec(
            QStringLiteral("SELECT id, arn, organization_id, parent_id, name FROM organizational_units ORDER BY id")))
        return sqlError(q);
    QList<OrganizationalUnit> result;
    while (q.next())
        result.append({q.value(0).toString(), q.value(1).toString(), q.value(2).toString(), q.value(3).toString(),
                       q.value(4).toString()});
    return result;
}

Status AccountStore::insert(const Organization &o)
{
    QSqlQuery q(m_database.db());
    q.prepare(QStringLiteral("INSERT INTO organizations (id, arn, management_account_id, name) VALUES (?, ?, ?, ?)"));
    q.addBindValue(o.id);
    q.addBindValue(o.arn);
    q.addBindValue(o.managementAccountId);
    q.addBindValue(o.name);
    if (!q.exec())
        return sqlError(q);
    return {};
}

Status AccountStore::insert(const OrganizationalUnit &u)
{
    QSqlQuery q(m_database.db());
    q.prepare(QStringLiteral(
        "INSERT INTO organizational_units (id, arn, organization_id, parent_id, name) VALUES (?, ?, ?, ?, ?)"));
    q.addBindValue(u.id);
    q.addBindValue(u.arn);
    q.addBindValue(u.organizationId);
    q.addBindValue(nullableText(u.parentId));
    q.addBindValue(u.name);
    if (!q.exec())
        return sqlError(q);
    return {};
}

Status AccountStore::insert(const Account &a)
{
    QSqlQuery q(m_database.db());
    // The profile column only when there is one: a local account is written as before migration
    // 11 wrote it (tests write accounts into older schemas to migrate them).
    q.prepare(
        a.profile.isEmpty()
            ? QStringLiteral("INSERT INTO accounts (id, name, email, organization_id, ou_id, created_at) "
                             "VALUES (?, ?, ?, ?, ?, ?)")
            : QStringLiteral("INSERT INTO accounts (id, name, email, organization_id, ou_id, created_at, profile) "
                             "VALUES (?, ?, ?, ?, ?, ?, ?)"));
    q.addBindValue(a.id);
    q.addBindValue(a.name);
    q.addBindValue(nullableText(a.email));
    q.addBindValue(nullableText(a.organizationId));
    q.addBindValue(nullableText(a.ouId));
    q.addBindValue(a.createdAt);
    if (!a.profile.isEmpty())
        q.addBindValue(a.profile);
    if (!q.exec())
        return sqlError(q);
    return {};
}

Status AccountStore::update(const Account &a)
{
    QSqlQuery q(m_database.db());
    q.prepare(QStringLiteral(
        "UPDATE accounts SET name = ?, email = ?, organization_id = ?, ou_id = ?, profile = ? WHERE id = ?"));
    q.addBindValue(a.name);
    q.addBindValue(nullableText(a.email));
    q.addBindValue(nullableText(a.organizationId));
    q.addBindValue(nullableText(a.ouId));
    q.addBindValue(nullableText(a.profile));
    q.addBindValue(a.id);
    if (!q.exec())
        return sqlError(q);
    if (q.numRowsAffected() != 1)
        return Error::notFound(Tr::tr("Account %1 does not exist in this workspace.").arg(a.id));
    return {};
}

Status AccountStore::removeAccount(const QString &id)
{
    QSqlQuery q(m_database.db());
    q.prepare(QStringLiteral("DELETE FROM accounts WHERE id = ?"));
    q.addBindValue(id);
    if (!q.exec())
        return sqlError(q);
    if (q.numRowsAffected() != 1)
        return Error::notFound(Tr::tr("Account %1 does not exist in this workspace.").arg(id));
    return {};
}

Result<QStringList> AccountStore::managedOrganizations(const QString &accountId) const
{
    return selectStrings(m_database,
                         QStringLiteral("SELECT id FROM organizations WHERE management_account_id = ? ORDER BY id"),
                         {accountId});
}

} // namespace Pd
