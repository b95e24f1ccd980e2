#include "accounts/connectedaccounts.h"

#include "core/tr.h"
#include "store/database.h"

#include <QSqlQuery>
#include <QVariant>

namespace Pd {

namespace {

QString kindName(CloudObjectKind kind)
{
    switch (kind) {
    case CloudObjectKind::Pipeline: return Tr::tr("Pipeline");
    case CloudObjectKind::Execution: return Tr::tr("Pipeline execution");
    case CloudObjectKind::EventBus: return Tr::tr("Event bus");
    case CloudObjectKind::Rule: return Tr::tr("Rule");
    case CloudObjectKind::Schedule: return Tr::tr("Schedule");
    case CloudObjectKind::ResourceShare: return Tr::tr("Resource share");
    case CloudObjectKind::Invitation: return Tr::tr("Resource share invitation");
    }
    return QString();
}

} // namespace

Result<QString> ConnectedAccounts::profileOf(Database &database, const QString &accountId)
{
    QSqlQuery q(database.db());
    q.prepare(QStringLiteral("SELECT profile FROM accounts WHERE id = ?"));
    q.addBindValue(accountId);
    if (!q.exec())
        return sqlError(q);
    return q.next() ? q.value(0).toString() : QString();
}

Status ConnectedAccounts::checkLocalChange(Database &database, const QString &accountId, CloudObjectKind kind,
                                           const QString &name)
{
    if (accountId.isEmpty())
        return {};
    QSqlQuery q(database.db());
    q.prepare(QStringLiteral("SELECT name, profile FROM accounts WHERE id = ?"));
    q.addBindValue(accountId);
    if (!q.exec())
        return sqlError(q);
    if (!q.next() || q.value(1).isNull() || q.value(1).toString().isEmpty())
        return {};
    const QString account = QStringLiteral("%1 (%2)").arg(q.value(0).toString(), accountId);
    if (name.isEmpty())
        return Error::conflict(Tr::tr("The connected account %1 (profile %2) is changed in the cloud first, and this "
                                      "version of Pipeline Desk cannot send changes there yet. Make the change in the "
                                      "AWS console or the AWS CLI, then sync again.")
                                   .arg(account, q.value(1).toString()));
    return Error::conflict(Tr::tr("%1 %2 belongs to the connected account %3 (profile %4): changes to it are made in "
                                  "the cloud, and this version of Pipeline Desk cannot send them there yet. Make "
                                  "the change in the AWS console or the AWS CLI, then sync again.")
                               .arg(kindName(kind), name, account, q.value(1).toString()));
}

QString ConnectedAccounts::localAccountSql(const QString &column)
{
    return QStringLiteral("%1 NOT IN (%2)").arg(column, connectedAccountIdsSql());
}

QString ConnectedAccounts::connectedAccountIdsSql()
{
    return QStringLiteral("SELECT id FROM accounts WHERE profile IS NOT NULL");
}

} // namespace Pd
