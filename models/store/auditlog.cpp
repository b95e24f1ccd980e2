#include "store/auditlog.h"

#include "core/clock.h"
#include "core/session.h"
#include "store/database.h"
#include "store/sqlvalues.h"

#include <QLoggingCategory>
#include <QSqlQuery>
#include <QVariant>

namespace Pd {

Q_LOGGING_CATEGORY(lcAudit, "pd.audit")

Status AuditStore::append(const AuditEntry &e)
{
    QSqlQuery q(m_database.db());
    q.prepare(QStringLiteral(
        "INSERT INTO audit_log (at, actor, identity, action, target, outcome, detail) VALUES (?, ?, ?, ?, ?, ?, ?)"));
    q.addBindValue(e.at);
    q.addBindValue(e.actor);
    q.addBindValue(nullableText(e.identity));
    q.addBindValue(e.action);
    q.addBindValue(nullableText(e.target));
    q.addBindValue(e.outcome);
    q.addBindValue(nullableText(e.detail));
    if (!q.exec())
        return sqlError(q);
    return {};
}

Result<QList<AuditEntry>> AuditStore::latest(int limit) const
{
    QSqlQuery q(m_database.db());
    q.prepare(QStringLiteral(
        "SELECT id, at, actor, identity, action, target, outcome, detail FROM audit_log ORDER BY id DESC LIMIT ?"));
    q.addBindValue(limit);
    if (!q.exec())
        return sqlError(q);
    QList<AuditEntry> result;
    while (q.next()) {
        result.append({q.value(0).toLongLong(), q.value(1).toLongLong(), q.value(2).toString(), q.value(3).toString(),
                       q.value(4).toString(), q.value(5).toString(), q.value(6).toString(), q.value(7).toString()});
    }
    return result;
}

void AuditLog::record(const QString &identity, const QString &action, const QString &target, const Status &outcome,
                        const QString &detail, const QString &actor)
{
    AuditEntry entry;
    entry.at = m_clock.nowMs();
    entry.actor = actor.isEmpty() ? Session::userName() : actor;
    entry.identity = identity;
    entry.action = action;
    entry.target = target;
    entry.outcome = outcome ? QStringLiteral("ok") : outcome.error().message;
    entry.detail = detail;
    const Status written = m_database.transaction([&] { return AuditStore(m_database).append(entry); });
    if (!written)
        qCWarning(lcAudit) << "audit log not written:" << action << target << written.error().message;
}

} // namespace Pd
