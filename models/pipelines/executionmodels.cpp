#include "pipelines/executionmodels.h"

#include "core/clock.h"
#include "core/ids.h"
#include "core/session.h"
#include "core/timeformat.h"
#include "pipelines/pipelineaccess.h"
#include "pipelines/pipelineservice.h"

#include <QTimeZone>

#include <algorithm>

namespace Pd {

namespace {

QString localTime(qint64 ms)
{
    return ms > 0 ? displayDateTimeMs(ms, QTimeZone::systemTimeZone(), QLocale()) : QString();
}

QString startedByText(const Execution &e)
{
    const QString who = e.startedBy.isEmpty() ? e.actingAccountId : e.startedBy;
    switch (e.startedByKind) {
    case StartedByKind::User:
        return e.actingAccountId.isEmpty() ? who : ExecutionTableModel::tr("%1 as %2").arg(who, e.actingAccountId);
    case StartedByKind::Schedule: return ExecutionTableModel::tr("Schedule %1").arg(who);
    case StartedByKind::Rule: return ExecutionTableModel::tr("Rule %1").arg(who);
    case StartedByKind::Retry: return ExecutionTableModel::tr("Retry by %1 as %2").arg(who, e.actingAccountId);
    }
    return who;
}

bool sameRow(const Execution &a, const Execution &b)
{
    return a.arn == b.arn && a.status == b.status && a.endTime == b.endTime && a.lastModifiedTime == b.lastModifiedTime
           && a.startedByKind == b.startedByKind && a.failureReason == b.failureReason;
}

} // namespace

ExecutionTableModel::ExecutionTableModel(PipelineService &pipelines, PipelineAccess &access, Clock &clock, Session &session, QObject *parent)
    : ColumnTableModel(parent), m_pipelineService(pipelines), m_access(access), m_clock(clock), m_session(session)
{
    m_refreshTimer.setSingleShot(true);
    m_refreshTimer.setInterval(0);
    connect(&m_refreshTimer, &QTimer::timeout, this, &ExecutionTableModel::refresh);
    connect(&session, &Session::identityChanged, this, &ExecutionTableModel::reload);
    connect(&access, &PipelineAccess::accessChanged, this, &ExecutionTableModel::reload);
    connect(&pipelines, &PipelineService::pipelinesChanged, this, &ExecutionTableModel::reload);
    // The runner may report many executions at once: one re-read per turn of the event loop.
    connect(&pipelines, &PipelineService::executionsChanged, this, &ExecutionTableModel::scheduleRefresh);
    reload();
}

QString ExecutionTableModel::columnTitle(int column) const
{
    switch (column) {
    case Name: return tr("Execution");
    case Pipeline: return tr("Pipeline");
    case Status: return tr("Status");
    case Started: return tr("Started");
    case Ended: return tr("Ended");
    case StartedBy: return tr("Started by");
    }
    return QString();
}

QVariant ExecutionTableModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Execution &e = m_rows.at(index.row());
    switch (role) {
    case IdRole: return e.arn;
    case StatusRole: return toApiString(e.status);
    case Qt::ToolTipRole: return e.failureReason.isEmpty() ? e.arn : e.failureReason;
    case SortRole:
        if (index.column() == Started)
            return e.startTime;
        if (index.column() == Ended)
            return e.endTime;
        return {};
    case Qt::DisplayRole:
        switch (index.column()) {
        case Name: return e.displayName;
        case Pipeline: return m_pipelineNames.value(e.pipelineArn, e.pipelineArn);
        case Status: return displayName(e.status);
        case Started: return localTime(e.startTime);
        case Ended: return localTime(e.endTime);
        case StartedBy: return startedByText(e);
        }
        return {};
    default: return {};
    }
}

bool ExecutionTableModel::canFetchMore(const QModelIndex &parent) const
{
    // Nothing may be inserted while listeners still handle a reset (views ask during modelReset).
    return !parent.isValid() && !m_atEnd && !m_resetting;
}

void ExecutionTableModel::fetchMore(const QModelIndex &parent)
{
    if (!canFetchMore(parent))
        return;
    auto page = m_pipelineService.findExecutions(m_session.identity(), query(), int(m_rows.size()), pageSize);
    if (!page) {
        m_lastError = page.error().message;
        m_atEnd = true;
        return;
    }
    m_atEnd = page->size() < pageSize;
    if (page->isEmpty())
        return;
    beginInsertRows(QModelIndex(), int(m_rows.size()), int(m_rows.size() + page->size() - 1));
    m_rows.append(page.value());
    endInsertRows();
}

void ExecutionTableModel::sort(int column, Qt::SortOrder order)
{
    if (column < 0 || column >= ColumnCount || (column == m_sortColumn && order == m_sortOrder))
        return;
    m_sortColumn = column;
    m_sortOrder = order;
    reload();
}

void ExecutionTableModel::setFilter(const ExecutionFilter &filter)
{
    m_filter = filter;
    reload();
}

int ExecutionTableModel::rowOf(const QString &executionArn) const
{
    for (int i = 0; i < m_rows.size(); ++i) {
        if (m_rows.at(i).arn == executionArn)
            return i;
    }
    return -1;
}

ExecutionQuery ExecutionTableModel::query() const
{
    ExecutionQuery q;
    q.pipelineArn = m_filter.pipelineArn;
    q.status = m_filter.status;
    q.startedByKind = m_filter.startedByKind;
    q.startedFrom = m_rangeStart;
    switch (m_sortColumn) {
    case Name: q.sortKey = ExecutionQuery::SortKey::DisplayName; break;
    case Pipeline: q.sortKey = ExecutionQuery::SortKey::Pipeline; break;
    case Status: q.sortKey = ExecutionQuery::SortKey::Status; break;
    case Ended: q.sortKey = ExecutionQuery::SortKey::EndTime; break;
    case StartedBy: q.sortKey = ExecutionQuery::SortKey::StartedBy; break;
    default: q.sortKey = ExecutionQuery::SortKey::StartTime; break;
    }
    q.ascending = m_sortOrder == Qt::AscendingOrder;
    return q;
}

void ExecutionTableModel::reload()
{
    constexpr qint64 hour = 3600 * 1000;
    const qint64 now = m_clock.nowMs();
    switch (m_filter.range) {
    case ExecutionFilter::TimeRange::Any: m_rangeStart = 0; break;
    case ExecutionFilter::TimeRange::LastHour: m_rangeStart = now - hour; break;
    case ExecutionFilter::TimeRange::LastDay: m_rangeStart = now - 24 * hour; break;
    case ExecutionFilter::TimeRange::LastWeek: m_rangeStart = now - 7 * 24 * hour; break;
    case ExecutionFilter::TimeRange::LastMonth: m_rangeStart = now - 30 * 24 * hour; break;
    }
    beginResetModel();
    m_rows.clear();
    m_lastError.clear();
    m_pipelineNames.clear();
    if (auto pipelines = m_pipelineService.visiblePipelines(m_session.identity())) {
        for (const Pd::Pipeline &p : pipelines.value())
            m_pipelineNames.insert(p.arn, p.name);
    }
    m_atEnd = false;
    auto page = m_pipelineService.findExecutions(m_session.identity(), query(), 0, pageSize);
    if (page) {
        m_rows = page.value();
        m_atEnd = m_rows.size() < pageSize;
    } else {
        m_lastError = page.error().message;
        m_atEnd = true;
    }
    m_resetting = true;
    endResetModel();
    m_resetting = false;
}

void ExecutionTableModel::scheduleRefresh()
{
    if (!m_refreshTimer.isActive())
        m_refreshTimer.start();
}

void ExecutionTableModel::refresh()
{
    m_refreshTimer.stop();
    const int wanted = int(qMax<qsizetype>(m_rows.size(), pageSize));
    auto fresh = m_pipelineService.findExecutions(m_session.identity(), query(), 0, wanted);
    if (!fresh) {
        m_lastError = fresh.error().message;
        return;
    }
    bool sameOrder = fresh->size() >= m_rows.size();
    for (int i = 0; sameOrder && i < m_rows.size(); ++i)
        sameOrder = fresh->at(i).arn == m_rows.at(i).arn;
    if (!sameOrder) {
        // New executions were inserted above or rows moved: start over from the top.
        beginResetModel();
        m_rows = fresh.value();
        m_atEnd = m_rows.size() < wanted;
        m_resetting = true;
        endResetModel();
        m_resetting = false;
        return;
    }
    for (int i = 0; i < m_rows.size(); ++i) {
        if (!sameRow(m_rows.at(i), fresh->at(i))) {
            m_rows[i] = fresh->at(i);
            emit dataChanged(index(i, 0), index(i, ColumnCount - 1));
        }
    }
    if (fresh->size() > m_rows.size()) {
        beginInsertRows(QModelIndex(), int(m_rows.size()), int(fresh->size() - 1));
        m_rows = fresh.value();
        endInsertRows();
    }
    m_atEnd = fresh->size() < wanted;
}

ExecutionStepModel::ExecutionStepModel(QObject *parent) : ColumnTableModel(parent) {}

void ExecutionStepModel::setExecution(const Execution &execution, const PipelineDefinition &definition)
{
    QList<Row> rows;
    for (const QString &name : definition.topologicalOrder()) {
        Row row;
        row.step = *definition.step(name);
        if (const StepExecution *run = execution.step(name))
            row.run = *run;
        rows.append(row);
    }
    // Steps of an execution whose pipeline definition changed since still show.
    for (const StepExecution &run : execution.steps) {
        if (!definition.step(run.name))
            rows.append(Row{PipelineStep{run.name, run.type, {}, {}}, run});
    }
    beginResetModel();
    m_rows = rows;
    endResetModel();
}

QString ExecutionStepModel::columnTitle(int column) const
{
    switch (column) {
    case Name: return tr("Step");
    case Type: return tr("Type");
    case Status: return tr("Status");
    case Started: return tr("Started");
    case Ended: return tr("Ended");
    case Attempt: return tr("Attempt");
    case FailureReason: return tr("Failure reason");
    }
    return QString();
}

QVariant ExecutionStepModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Row &row = m_rows.at(index.row());
    switch (role) {
    case IdRole: return row.step.name;
    case StatusRole: return row.run ? toApiString(row.run->status) : QString();
    case Qt::ToolTipRole: return row.run ? row.run->failureReason : QString();
    case Qt::DisplayRole:
        switch (index.column()) {
        case Name: return row.step.name;
        case Type: return row.step.type;
        case Status: return row.run ? displayName(row.run->status) : tr("Not started");
        case Started: return row.run ? localTime(row.run->startTime) : QString();
        case Ended: return row.run ? localTime(row.run->endTime) : QString();
        case Attempt: return row.run ? QVariant(row.run->attempt) : QVariant();
        case FailureReason: return row.run ? row.run->failureReason : QString();
        }
        return {};
    default: return {};
    }
}

ExecutionParameterModel::ExecutionParameterModel(QObject *parent) : ColumnTableModel(parent) {}

void ExecutionParameterModel::setParameters(const QList<ExecutionParameter> &parameters)
{
    beginResetModel();
    m_parameters = parameters;
    endResetModel();
}

QString ExecutionParameterModel::columnTitle(int column) const
{
    return column == Name ? tr("Name") : tr("Value");
}

QVariant ExecutionParameterModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    if (role != Qt::DisplayRole)
        return {};
    const ExecutionParameter &p = m_parameters.at(index.row());
    return index.column() == Name ? p.name : p.value;
}

ExecutionTimelineModel::ExecutionTimelineModel(QObject *parent) : ColumnTableModel(parent) {}

void ExecutionTimelineModel::setExecution(const Execution &execution)
{
    QList<Entry> events;
    if (execution.startTime > 0)
        events.append({execution.startTime, Entry::ExecutionStarted, execution.displayName, QString()});
    for (const StepExecution &s : execution.steps) {
        if (s.startTime > 0)
            events.append({s.startTime, Entry::StepStarted, s.name, QString()});
        if (s.endTime > 0)
            events.append({s.endTime, Entry::StepEnded, s.name, toApiString(s.status)});
    }
    if (execution.endTime > 0)
        events.append({execution.endTime, Entry::ExecutionEnded, execution.displayName, toApiString(execution.status)});
    std::stable_sort(events.begin(), events.end(), [](const Entry &a, const Entry &b) { return a.at < b.at; });
    beginResetModel();
    m_execution = execution;
    m_events = events;
    endResetModel();
}

QString ExecutionTimelineModel::columnTitle(int column) const
{
    return column == Time ? tr("Time") : tr("Event");
}

QString ExecutionTimelineModel::eventText(int row) const
{
    const Entry &e = m_events.at(row);
    ExecutionStatus executionStatus = ExecutionStatus::Executing;
    StepStatus stepStatus = StepStatus::Starting;
    switch (e.kind) {
    case Entry::ExecutionStarted:
        return tr("Execution started by %1").arg(startedByText(m_execution));
    case Entry::StepStarted: return tr("Step %1 started").arg(e.subject);
    case Entry::StepEnded:
        stepStatusFromApi(e.status, &stepStatus);
        return tr("Step %1 ended: %2").arg(e.subject, displayName(stepStatus));
    case Entry::ExecutionEnded:
        executionStatusFromApi(e.status, &executionStatus);
        return tr("Execution ended: %1").arg(displayName(executionStatus));
    }
    return QString();
}

QVariant ExecutionTimelineModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    if (role == SortRole && index.column() == Time)
        return m_events.at(index.row()).at;
    if (role != Qt::DisplayRole)
        return {};
    return index.column() == Time ? localTime(m_events.at(index.row()).at) : eventText(index.row());
}

} // namespace Pd
