#include "sharing/sharemodels.h"

#include "accounts/accountservice.h"
#include "core/ids.h"
#include "core/session.h"
#include "core/timeformat.h"
#include "core/tr.h"
#include "pipelines/execution.h"
#include "pipelines/pipelineservice.h"
#include "sharing/sharingservice.h"

#include <QTimeZone>

namespace Pd {

namespace {

QString localTime(qint64 ms)
{
    return ms > 0 ? displayDateTimeMs(ms, QTimeZone::systemTimeZone(), QLocale()) : QString();
}

QString lastSegment(const QString &arn)
{
    return arn.section(QLatin1Char('/'), -1);
}

// The owner account of a pipeline ARN.
QString ownerOf(const QString &arn)
{
    return arn.section(QLatin1Char(':'), 4, 4);
}

} // namespace

QString accessLevelDisplayName(AccessLevel level)
{
    switch (level) {
    case AccessLevel::None: return Tr::tr("No access");
    case AccessLevel::ReadOnly: return permissionDisplayName(SharePermission::ReadOnly);
    case AccessLevel::AllowExecution: return permissionDisplayName(SharePermission::AllowExecution);
    case AccessLevel::Owner: return Tr::tr("Owner");
    }
    return QString();
}

ShareTableModel::ShareTableModel(SharingService &sharing, AccessService &access, Session &session, QObject *parent)
    : ColumnTableModel(parent), m_sharingService(sharing), m_access(access), m_session(session)
{
    connect(&session, &Session::identityChanged, this, &ShareTableModel::reload);
    connect(&sharing, &SharingService::sharesChanged, this, [this](const QString &owner) {
        if (owner == m_session.identity())
            reload();
    });
    // An invitation answered elsewhere changes a principal's association status.
    connect(&access, &AccessService::accessChanged, this, &ShareTableModel::reload);
    reload();
}

void ShareTableModel::reload()
{
    beginResetModel();
    auto shares = m_sharingService.shares(m_session.identity());
    m_shares = shares ? shares.value() : QList<ResourceShare>();
    endResetModel();
}

QString ShareTableModel::columnTitle(int column) const
{
    switch (column) {
    case Name: return tr("Name");
    case Permission: return tr("Permission");
    case Resources: return tr("Pipelines");
    case Principals: return tr("Principals");
    case Status: return tr("Status");
    case Modified: return tr("Last modified");
    }
    return QString();
}

QVariant ShareTableModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const ResourceShare &s = m_shares.at(index.row());
    if (role == IdRole)
        return s.arn;
    if (role == StatusRole)
        return s.status;
    if (role == SortRole)
        return index.column() == Modified ? QVariant(s.modifiedAt) : QVariant();
    QStringList principals;
    for (const SharePrincipal &p : s.principals)
        principals.append(p.status == QLatin1String("ASSOCIATED") ? p.principal
                                                                  : tr("%1 (%2)").arg(p.principal, p.status));
    if (role == Qt::ToolTipRole) {
        switch (index.column()) {
        case Name: return s.arn;
        case Permission: return permissionName(s.permission);
        case Resources: return s.resourceArns.join(QLatin1Char('\n'));
        case Principals: return principals.join(QLatin1Char('\n'));
        default: return {};
        }
    }
    if (role != Qt::DisplayRole)
        return {};
    switch (index.column()) {
    case Name: return s.name;
    case Permission: return permissionDisplayName(s.permission);
    case Resources: {
        QStringList names;
        for (const QString &arn : s.resourceArns)
            names.append(lastSegment(arn));
        return names.join(QStringLiteral(", "));
    }
    case Principals: return principals.join(QStringLiteral(", "));
    case Status: return s.status == QLatin1String("ACTIVE") ? tr("Active") : tr("Deleted");
    case Modified: return localTime(s.modifiedAt);
    }
    return {};
}

InvitationTableModel::InvitationTableModel(SharingService &sharing, Session &session, QObject *parent)
    : ColumnTableModel(parent), m_sharingService(sharing), m_session(session)
{
    connect(&session, &Session::identityChanged, this, &InvitationTableModel::reload);
    connect(&sharing, &SharingService::invitationsChanged, this, [this](const QString &receiver) {
        if (receiver == m_session.identity())
            reload();
    });
    reload();
}

void InvitationTableModel::reload()
{
    beginResetModel();
    auto invitations = m_sharingService.invitations(m_session.identity());
    m_invitations = invitations ? invitations.value() : QList<ShareInvitation>();
    endResetModel();
}

QString InvitationTableModel::columnTitle(int column) const
{
    switch (column) {
    case Share: return tr("Resource share");
    case Sender: return tr("From account");
    case Status: return tr("Status");
    case Received: return tr("Received");
    case Expires: return tr("Expires");
    }
    return QString();
}

QVariant InvitationTableModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const ShareInvitation &i = m_invitations.at(index.row());
    switch (role) {
    case IdRole: return i.arn;
    case StatusRole: return toApiString(i.status);
    case Qt::ToolTipRole: return index.column() == Share ? i.arn : QVariant();
    case SortRole:
        if (index.column() == Received)
            return i.createdAt;
        if (index.column() == Expires)
            return i.expiresAt;
        return {};
    case Qt::DisplayRole:
        switch (index.column()) {
        case Share: return i.shareName;
        case Sender: return i.senderAccountId;
        case Status: return displayName(i.status);
        case Received: return localTime(i.createdAt);
        case Expires: return localTime(i.expiresAt);
        }
        return {};
    default: return {};
    }
}

SharedResourceTableModel::SharedResourceTableModel(SharingService &sharing, AccessService &access, AccountService &accounts, Session &session, QObject *parent)
    : ColumnTableModel(parent), m_sharingService(sharing), m_access(access), m_accountService(accounts), m_session(session)
{
    connect(&session, &Session::identityChanged, this, &SharedResourceTableModel::reload);
    connect(&access, &AccessService::accessChanged, this, &SharedResourceTableModel::reload);
    reload();
}

void SharedResourceTableModel::reload()
{
    beginResetModel();
    auto resources = m_sharingService.sharedResources(m_session.identity());
    m_resources = resources ? resources.value() : QList<SharedResource>();
    m_ownerLabels.clear();
    if (auto accounts = m_accountService.accounts()) {
        for (const Account &a : accounts.value())
            m_ownerLabels.insert(a.id, a.label());
    }
    endResetModel();
}

QString SharedResourceTableModel::columnTitle(int column) const
{
    switch (column) {
    case Pipeline: return tr("Pipeline");
    case Owner: return tr("Owner account");
    case Permission: return tr("Permission");
    case Share: return tr("Resource share");
    }
    return QString();
}

QVariant SharedResourceTableModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const SharedResource &r = m_resources.at(index.row());
    switch (role) {
    case IdRole: return r.resourceArn;
    case Qt::ToolTipRole:
        if (index.column() == Pipeline)
            return r.resourceArn;
        if (index.column() == Permission)
            return permissionName(r.permission);
        return index.column() == Share ? r.shareArn : QVariant();
    case Qt::DisplayRole:
        switch (index.column()) {
        case Pipeline: return lastSegment(r.resourceArn);
        case Owner: return m_ownerLabels.value(r.ownerAccountId, r.ownerAccountId);
        case Permission: return permissionDisplayName(r.permission);
        case Share: return r.shareName;
        }
        return {};
    default: return {};
    }
}

CrossAccountExecutionModel::CrossAccountExecutionModel(SharingService &sharing, AccessService &access, PipelineService &pipelines, Session &session, QObject *parent)
    : ColumnTableModel(parent), m_sharingService(sharing), m_access(access), m_pipelineService(pipelines), m_session(session)
{
    m_refreshTimer.setSingleShot(true);
    m_refreshTimer.setInterval(50);
    m_loadTimer.setSingleShot(true);
    m_loadTimer.setInterval(0);
    connect(&m_loadTimer, &QTimer::timeout, this, &CrossAccountExecutionModel::loadMore);
    connect(&m_refreshTimer, &QTimer::timeout, this, &CrossAccountExecutionModel::refreshPipelines);
    connect(&session, &Session::identityChanged, this, &CrossAccountExecutionModel::reload);
    connect(&access, &AccessService::accessChanged, this, &CrossAccountExecutionModel::reload);
    connect(&pipelines, &PipelineService::executionsChanged, this, [this](const QString &pipelineArn) {
        if (!m_pipelineIndex.contains(pipelineArn))
            return;
        m_dirtyPipelines.insert(pipelineArn);
        if (!m_refreshTimer.isActive())
            m_refreshTimer.start();
    });
    reload();
}

void CrossAccountExecutionModel::reload()
{
    m_refreshTimer.stop();
    m_loadTimer.stop();
    m_dirtyPipelines.clear();
    beginResetModel();
    m_pipelines.clear();
    m_pipelineIndex.clear();
    m_rows.clear();
    m_rowByArn.clear();
    const QString identity = m_session.identity();
    // Every shared pipeline is known up front, with the access in force, so pages and live
    // updates only look it up.
    if (auto arns = m_access.sharedPipelineArns(identity)) {
        for (const QString &arn : arns.value()) {
            m_pipelineIndex.insert(arn, int(m_pipelines.size()));
            m_pipelines.append({arn, lastSegment(arn), ownerOf(arn), m_access.level(identity, arn)});
        }
    }
    m_loading = false;
    auto executions = m_sharingService.sharedExecutionsPage(identity, firstPage, nullptr);
    if (executions) {
        m_loading = executions->size() == firstPage;
        m_rows.reserve(executions->size());
        // The service answers newest first; stored oldest first (see rowAt()).
        for (auto e = executions->rbegin(); e != executions->rend(); ++e) {
            const int pipeline = m_pipelineIndex.value(e->pipelineArn, -1);
            if (pipeline >= 0)
                m_rows.append({std::move(*e), pipeline});
        }
    }
    endResetModel();
    emit rowsRefreshed();
    if (m_loading)
        m_loadTimer.start();
    else
        emit loadingFinished();
}

void CrossAccountExecutionModel::loadMore()
{
    if (m_rows.isEmpty()) {
        m_loading = false;
        emit loadingFinished();
        return;
    }
    const ExecutionSummary oldest = m_rows.constFirst().execution;
    auto page = m_sharingService.sharedExecutionsPage(m_session.identity(), nextPages, &oldest);
    if (!page) {
        m_loading = false;
        emit loadingFinished();
        return;
    }
    const bool more = page->size() == nextPages;
    appendOlder(std::move(page).value());
    if (more) {
        m_loadTimer.start();
    } else {
        m_loading = false;
        emit loadingFinished();
    }
}

void CrossAccountExecutionModel::appendOlder(QList<ExecutionSummary> &&page)
{
    QList<Row> older;
    older.reserve(page.size());
    for (auto e = page.rbegin(); e != page.rend(); ++e) {
        const int pipeline = m_pipelineIndex.value(e->pipelineArn, -1);
        if (pipeline >= 0)
            older.append({std::move(*e), pipeline});
    }
    if (older.isEmpty())
        return;
    const int first = rows();
    beginInsertRows(QModelIndex(), first, first + int(older.size()) - 1);
    // Older rows go to the front of the oldest-first storage: every stored index moves.
    older.append(std::move(m_rows));
    m_rows = std::move(older);
    m_rowByArn.clear();
    endInsertRows();
    emit rowsRefreshed();
}

void CrossAccountExecutionModel::refreshPipelines()
{
    const QStringList arns(m_dirtyPipelines.cbegin(), m_dirtyPipelines.cend());
    m_dirtyPipelines.clear();
    auto fresh = m_sharingService.sharedExecutions(m_session.identity(), arns);
    if (!fresh)
        return;
    // Built on the first live update rather than on open: most views never need it.
    if (m_rowByArn.isEmpty()) {
        m_rowByArn.reserve(m_rows.size());
        for (int i = 0; i < m_rows.size(); ++i)
            m_rowByArn.insert(m_rows.at(i).execution.arn, i);
    }
    // Oldest first, so that the newest new execution ends up on top.
    for (auto e = fresh->rbegin(); e != fresh->rend(); ++e) {
        // Older than what is loaded yet: the pages still to come bring it.
        if (m_loading && !m_rows.isEmpty() && e->startTime < m_rows.constFirst().execution.startTime)
            continue;
        const auto it = m_rowByArn.constFind(e->arn);
        if (it != m_rowByArn.cend()) {
            m_rows[*it].execution = std::move(*e);
            const int row = rowOf(*it);
            emit dataChanged(index(row, 0), index(row, ColumnCount - 1));
            continue;
        }
        const int pipeline = m_pipelineIndex.value(e->pipelineArn);
        beginInsertRows(QModelIndex(), 0, 0);
        m_rowByArn.insert(e->arn, int(m_rows.size()));
        m_rows.append({std::move(*e), pipeline});
        endInsertRows();
    }
    emit rowsRefreshed();
}

QString CrossAccountExecutionModel::columnTitle(int column) const
{
    switch (column) {
    case Pipeline: return tr("Pipeline");
    case Owner: return tr("Owner account");
    case Execution: return tr("Execution");
    case Status: return tr("Status");
    case Started: return tr("Started");
    case Ended: return tr("Ended");
    case ActingAccount: return tr("Started by account");
    case Permission: return tr("Permission");
    }
    return QString();
}

QVariant CrossAccountExecutionModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Row &row = rowAt(index.row());
    const ExecutionSummary &e = row.execution;
    const PipelineInfo &p = m_pipelines.at(row.pipeline);
    switch (role) {
    case IdRole: return e.arn;
    case StatusRole: return e.status;
    case SortRole:
        if (index.column() == Started)
            return e.startTime;
        if (index.column() == Ended)
            return e.endTime;
        return {};
    case Qt::ToolTipRole:
        if (index.column() == Pipeline)
            return p.arn;
        if (index.column() == Execution)
            return e.arn;
        return {};
    case Qt::DisplayRole:
        switch (index.column()) {
        case Pipeline: return p.name;
        case Owner: return p.owner;
        case Execution: return e.displayName.isEmpty() ? lastSegment(e.arn) : e.displayName;
        case Status: {
            ExecutionStatus status;
            return executionStatusFromApi(e.status, &status) ? displayName(status) : e.status;
        }
        case Started: return localTime(e.startTime);
        case Ended: return localTime(e.endTime);
        case ActingAccount: return e.actingAccountId;
        case Permission: return accessLevelDisplayName(p.level);
        }
        return {};
    default: return {};
    }
}

void CrossAccountFilterProxyModel::setStatusFilter(const QString &status)
{
    if (status == m_status)
        return;
    m_status = status;
    invalidateFilter();
}

bool CrossAccountFilterProxyModel::lessThan(const QModelIndex &left, const QModelIndex &right) const
{
    const auto *model = qobject_cast<const CrossAccountExecutionModel *>(sourceModel());
    if (model && left.column() == right.column()) {
        if (left.column() == CrossAccountExecutionModel::Started)
            return model->executionAt(left.row()).startTime < model->executionAt(right.row()).startTime;
        if (left.column() == CrossAccountExecutionModel::Ended)
            return model->executionAt(left.row()).endTime < model->executionAt(right.row()).endTime;
    }
    return CollatingProxyModel::lessThan(left, right);
}

bool CrossAccountFilterProxyModel::filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const
{
    if (!m_status.isEmpty()
        && sourceModel()->index(sourceRow, 0, sourceParent).data(StatusRole).toString() != m_status)
        return false;
    return CollatingProxyModel::filterAcceptsRow(sourceRow, sourceParent);
}

} // namespace Pd
