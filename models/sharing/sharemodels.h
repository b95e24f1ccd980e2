#pragma once

#include "itemmodels/collatingproxymodel.h"
#include "itemmodels/columntablemodel.h"
#include "sharing/accessservice.h"
#include "sharing/share.h"

#include <QSet>
#include <QTimer>

namespace Pd {

class Session;
class AccessService;
class AccountService;
class PipelineService;
class SharingService;

// "Read-only" / "Allow execution" / "Owner" / "None", translated.
QString accessLevelDisplayName(AccessLevel level);

// The resource shares the session's identity owns. Follows identity switches and share changes.
class ShareTableModel : public ColumnTableModel
{
    Q_OBJECT

public:
    enum Column { Name, Permission, Resources, Principals, Status, Modified, ColumnCount };

    ShareTableModel(SharingService &sharing, AccessService &access, Session &session, QObject *parent = nullptr);
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    const ResourceShare &shareAt(int row) const { return m_shares.at(row); }
    void reload();

protected:
    int rows() const override { return int(m_shares.size()); }
    int columns() const override { return ColumnCount; }
    QString columnTitle(int column) const override;

private:
    SharingService &m_sharingService;
    AccessService &m_access;
    Session &m_session;
    QList<ResourceShare> m_shares;
};

// Invitations the session's identity received, newest first, with their effective status.
class InvitationTableModel : public ColumnTableModel
{
    Q_OBJECT

public:
    enum Column { Share, Sender, Status, Received, Expires, ColumnCount };

    InvitationTableModel(SharingService &sharing, Session &session, QObject *parent = nullptr);
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    const ShareInvitation &invitationAt(int row) const { return m_invitations.at(row); }
    void reload();

protected:
    int rows() const override { return int(m_invitations.size()); }
    int columns() const override { return ColumnCount; }
    QString columnTitle(int column) const override;

private:
    SharingService &m_sharingService;
    Session &m_session;
    QList<ShareInvitation> m_invitations;
};

// Pipelines of other accounts shared with the session's identity.
class SharedResourceTableModel : public ColumnTableModel
{
    Q_OBJECT

public:
    enum Column { Pipeline, Owner, Permission, Share, ColumnCount };

    SharedResourceTableModel(SharingService &sharing, AccessService &access, AccountService &accounts, Session &session, QObject *parent = nullptr);
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    void reload();

protected:
    int rows() const override { return int(m_resources.size()); }
    int columns() const override { return ColumnCount; }
    QString columnTitle(int column) const override;

private:
    SharingService &m_sharingService;
    AccessService &m_access;
    AccountService &m_accountService;
    Session &m_session;
    QList<SharedResource> m_resources;
    QHash<QString, QString> m_ownerLabels; // "test (222222222222)"
};

// Executions of every pipeline shared with the session's identity, across owner accounts.
// Reloads on identity switches and access changes; executionsChanged of a shown pipeline updates
// only that pipeline's rows, coalesced so a busy runner does not reload a hundred thousand rows.
// A reload shows the newest firstPage rows at once and appends the older ones in pages from the
// event loop (isLoading() until loadingFinished()), so a view over a hundred thousand opens at once.
class CrossAccountExecutionModel : public ColumnTableModel
{
    Q_OBJECT

public:
    enum Column { Pipeline, Owner, Permission, Execution, Status, Started, Ended, ActingAccount, ColumnCount };

    CrossAccountExecutionModel(SharingService &sharing, AccessService &access, PipelineService &pipelines, Session &session, QObject *parent = nullptr);
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    // Rows are newest first (by start time), the order the view shows before any sorting.
    const ExecutionSummary &executionAt(int row) const { return rowAt(row).execution; }
    // The access in force for the row's pipeline when the rows were loaded.
    AccessLevel levelAt(int row) const { return m_pipelines.at(rowAt(row).pipeline).level; }
    void reload();
    bool isLoading() const { return m_loading; }

    static constexpr int firstPage = 2000;
    static constexpr int nextPages = 10000;

signals:
    // Rows were reset or updated in place; a view re-evaluates its buttons.
    void rowsRefreshed();
    void loadingFinished();

protected:
    int rows() const override { return int(m_rows.size()); }
    int columns() const override { return ColumnCount; }
    QString columnTitle(int column) const override;

private:
    struct PipelineInfo
    {
        QString arn;
        QString name;
        QString owner;
        AccessLevel level = AccessLevel::None;
    };
    struct Row
    {
        ExecutionSummary execution;
        int pipeline = 0; // index into m_pipelines
    };
    void refreshPipelines();
    void loadMore();
    // Appends older rows (newest first) at the bottom.
    void appendOlder(QList<ExecutionSummary> &&page);
    // m_rows is stored oldest first so that a new execution is appended without renumbering the
    // hundred thousand others; row 0 of the model is the last element.
    const Row &rowAt(int row) const { return m_rows.at(m_rows.size() - 1 - row); }
    int rowOf(int stored) const { return int(m_rows.size()) - 1 - stored; }

    SharingService &m_sharingService;
    AccessService &m_access;
    PipelineService &m_pipelineService;
    Session &m_session;
    QList<PipelineInfo> m_pipelines;
    QHash<QString, int> m_pipelineIndex;
    QList<Row> m_rows;
    QHash<QString, int> m_rowByArn; // execution ARN -> index in m_rows
    QSet<QString> m_dirtyPipelines;
    QTimer m_refreshTimer;
    QTimer m_loadTimer;
    bool m_loading = false;
};

// Filters the cross-account view by status (API spelling, empty: all) and by text in any column.
class CrossAccountFilterProxyModel : public CollatingProxyModel
{
    Q_OBJECT

public:
    explicit CrossAccountFilterProxyModel(QObject *parent = nullptr) : CollatingProxyModel(parent) {}
    void setStatusFilter(const QString &status);
    QString statusFilter() const { return m_status; }

protected:
    bool filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const override;
    // Times compare as integers straight from the model: sorting a hundred thousand rows through
    // QVariant costs several times more.
    bool lessThan(const QModelIndex &left, const QModelIndex &right) const override;

private:
    QString m_status;
};

} // namespace Pd
