#include "audit/auditmodel.h"

#include "accounts/accountservice.h"
#include "core/timeformat.h"

#include <QTimeZone>

namespace Pd {

AuditTableModel::AuditTableModel(AuditService &audit, AccountService &accounts, QObject *parent)
    : ColumnTableModel(parent)
    , m_audit(audit)
    , m_accounts(accounts)
{
    connect(&audit, &AuditService::entriesAdded, this, &AuditTableModel::refresh);
    connect(&accounts, &AccountService::accountsChanged, this, [this] {
        readAccounts();
        if (!m_rows.isEmpty())
            emit dataChanged(index(0, Identity), index(int(m_rows.size()) - 1, Identity));
    });
    readAccounts();
    reload();
}

QString AuditTableModel::columnTitle(int column) const
{
    switch (column) {
    case When: return tr("When");
    case Identity: return tr("Identity");
    case Actor: return tr("By");
    case Action: return tr("Action");
    case Target: return tr("Target");
    case Outcome: return tr("Outcome");
    }
    return QString();
}

QString AuditTableModel::identityLabel(const QString &accountId) const
{
    if (accountId.isEmpty())
        return QStringLiteral("—");
    return m_accountLabels.value(accountId, accountId);
}

QString AuditTableModel::actorLabel(const QString &actor)
{
    if (actor == QLatin1String("engine"))
        return tr("Scheduler engine");
    if (actor == QLatin1String("events"))
        return tr("Event bus");
    return actor;
}

QString AuditTableModel::outcomeLabel(const QString &outcome)
{
    return outcome == QLatin1String("ok") ? tr("Succeeded") : tr("Failed: %1").arg(outcome);
}

QVariant AuditTableModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const AuditEntry &e = m_rows.at(index.row());
    switch (role) {
    case IdRole: return e.id;
    case StatusRole: return e.outcome == QLatin1String("ok") ? QStringLiteral("ok") : QStringLiteral("failed");
    case SortRole: return index.column() == When ? QVariant(e.at) : QVariant();
    case Qt::ToolTipRole:
        switch (index.column()) {
        case When: return isoUtcMs(e.at);
        case Identity: return e.identity;
        case Action: return e.action;
        case Target: return e.target;
        case Outcome: return e.outcome == QLatin1String("ok") ? QVariant() : QVariant(e.outcome);
        }
        return {};
    case Qt::DisplayRole:
        switch (index.column()) {
        case When: return displayDateTimeMs(e.at, QTimeZone::systemTimeZone(), QLocale());
        case Identity: return identityLabel(e.identity);
        case Actor: return actorLabel(e.actor);
        case Action: return AuditService::actionTitle(e.action);
        case Target: return AuditService::targetName(e.target);
        case Outcome: return outcomeLabel(e.outcome);
        }
        return {};
    default: return {};
    }
}

bool AuditTableModel::canFetchMore(const QModelIndex &parent) const
{
    // Nothing may be inserted while listeners still handle a reset (views ask during modelReset).
    // Nor while a page goes in: listeners of rowsInserted may ask for the next one.
    return !parent.isValid() && !m_nextToken.isEmpty() && !m_resetting && !m_inserting;
}

void AuditTableModel::fetchMore(const QModelIndex &parent)
{
    if (!canFetchMore(parent))
        return;
    AuditQuery q = m_query;
    q.maxItems = m_pageSize;
    q.startingToken = m_nextToken;
    auto page = m_audit.list(q);
    if (!page) {
        m_lastError = page.error().message;
        m_nextToken.clear();
        return;
    }
    m_nextToken = page->nextToken;
    if (page->entries.isEmpty())
        return;
    m_inserting = true;
    beginInsertRows(QModelIndex(), int(m_rows.size()), int(m_rows.size() + page->entries.size() - 1));
    m_rows.append(page->entries);
    endInsertRows();
    m_inserting = false;
}

void AuditTableModel::setQuery(const AuditQuery &query)
{
    m_query = query;
    reload();
}

void AuditTableModel::setPageSize(int rows)
{
    m_pageSize = qBound(1, rows, int(AuditService::maxPageSize));
    reload();
}

void AuditTableModel::reload()
{
    m_resetting = true;
    beginResetModel();
    m_rows.clear();
    m_lastError.clear();
    AuditQuery q = m_query;
    q.maxItems = m_pageSize;
    q.startingToken.clear();
    auto page = m_audit.list(q);
    if (page) {
        m_rows = page->entries;
        m_nextToken = page->nextToken;
    } else {
        m_lastError = page.error().message;
        m_nextToken.clear();
    }
    endResetModel();
    m_resetting = false;
}

void AuditTableModel::refresh()
{
    if (m_rows.isEmpty()) {
        reload();
        return;
    }
    // The rows newer than the newest shown: those at or after its time, minus what is shown.
    const AuditEntry newest = m_rows.constFirst();
    AuditQuery q = m_query;
    q.since = qMax(q.since.value_or(newest.at), newest.at);
    q.maxItems = AuditService::maxPageSize;
    q.startingToken.clear();
    auto page = m_audit.list(q);
    if (!page) {
        m_lastError = page.error().message;
        return;
    }
    if (!page->nextToken.isEmpty()) {
        reload(); // more came than one page holds: start over rather than leave a gap
        return;
    }
    QList<AuditEntry> added;
    for (const AuditEntry &e : page->entries) {
        if (e.at > newest.at || (e.at == newest.at && e.id > newest.id))
            added.append(e);
    }
    if (added.isEmpty())
        return;
    m_inserting = true;
    beginInsertRows(QModelIndex(), 0, int(added.size()) - 1);
    m_rows = added + m_rows;
    endInsertRows();
    m_inserting = false;
}

void AuditTableModel::readAccounts()
{
    m_accountLabels.clear();
    if (auto all = m_accounts.accounts()) {
        for (const Account &a : all.value())
            m_accountLabels.insert(a.id, a.label());
    }
}

} // namespace Pd
