#pragma once

#include "audit/auditservice.h"
#include "itemmodels/columntablemodel.h"

#include <QHash>

namespace Pd {

class AccountService;

// The audit log for the Activity page, newest first, filtered by an AuditQuery (its maxItems and
// startingToken are the model's own business). Loads a page at a time through the service
// (canFetchMore/fetchMore walk the NextTokens), so a log of any length opens at once. Rows the
// service reports as added are read and inserted at the top, keeping what is loaded and selected.
class AuditTableModel : public ColumnTableModel
{
    Q_OBJECT

public:
    enum Column { When, Identity, Actor, Action, Target, Outcome, ColumnCount };
    static constexpr int defaultPageSize = 100;

    AuditTableModel(AuditService &audit, AccountService &accounts, QObject *parent = nullptr);

    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    bool canFetchMore(const QModelIndex &parent) const override;
    void fetchMore(const QModelIndex &parent) override;

    void setQuery(const AuditQuery &query);
    AuditQuery query() const { return m_query; }
    // Rows per fetchMore (tests make it small to page).
    void setPageSize(int rows);

    const AuditEntry &entryAt(int row) const { return m_rows.at(row); }
    // The last error of a load (empty when it worked), for the page to show.
    QString lastError() const { return m_lastError; }
    // Reads rows added since the newest loaded one now, instead of on entriesAdded.
    void refresh();

    // How the page shows an identity: "test (222222222222)".
    QString identityLabel(const QString &accountId) const;
    // Who did it: the OS user, or the scheduler engine and the event bus by name.
    static QString actorLabel(const QString &actor);
    static QString outcomeLabel(const QString &outcome);

protected:
    int rows() const override { return int(m_rows.size()); }
    int columns() const override { return ColumnCount; }
    QString columnTitle(int column) const override;

private:
    void reload();
    void readAccounts();

    AuditService &m_audit;
    AccountService &m_accounts;
    AuditQuery m_query;
    int m_pageSize = defaultPageSize;
    QList<AuditEntry> m_rows;
    QString m_nextToken;
    bool m_resetting = false;
    bool m_inserting = false;
    QString m_lastError;
    QHash<QString, QString> m_accountLabels; // id → "name (id)"
};

} // namespace Pd
