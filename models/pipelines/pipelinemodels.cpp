#include "pipelines/pipelinemodels.h"

#include "core/session.h"
#include "core/timeformat.h"
#include "core/tr.h"
#include "pipelines/pipelineservice.h"

#include <QTimeZone>

namespace Pd {

namespace {
QString localTime(qint64 ms)
{
    return ms > 0 ? displayDateTimeMs(ms, QTimeZone::systemTimeZone(), QLocale()) : QString();
}
} // namespace

PipelineTableModel::PipelineTableModel(PipelineService &pipelines, Session &session, QObject *parent)
    : ColumnTableModel(parent), m_pipelineService(pipelines), m_session(session)
{
    connect(&session, &Session::identityChanged, this, &PipelineTableModel::reload);
    connect(&pipelines, &PipelineService::pipelinesChanged, this, [this](const QString &account) {
        if (account == m_session.identity())
            reload();
    });
    reload();
}

void PipelineTableModel::reload()
{
    beginResetModel();
    auto pipelines = m_pipelineService.pipelines(m_session.identity());
    m_pipelines = pipelines ? pipelines.value() : QList<Pipeline>();
    endResetModel();
}

QString PipelineTableModel::columnTitle(int column) const
{
    switch (column) {
    case Name: return tr("Name");
    case Description: return tr("Description");
    case Created: return tr("Created");
    case Modified: return tr("Last modified");
    }
    return QString();
}

QVariant PipelineTableModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Pipeline &p = m_pipelines.at(index.row());
    if (role == IdRole)
        return p.arn;
    if (role == Qt::ToolTipRole && index.column() == Name)
        return p.arn;
    if (role == SortRole) {
        if (index.column() == Created)
            return p.createdAt;
        if (index.column() == Modified)
            return p.modifiedAt;
        return {};
    }
    if (role != Qt::DisplayRole)
        return {};
    switch (index.column()) {
    case Name: return p.name;
    case Description: return p.description;
    case Created: return localTime(p.createdAt);
    case Modified: return localTime(p.modifiedAt);
    }
    return {};
}

ParameterTableModel::ParameterTableModel(QObject *parent) : ColumnTableModel(parent) {}

void ParameterTableModel::setDefinition(const PipelineDefinition &definition)
{
    beginResetModel();
    m_parameters = definition.parameters;
    endResetModel();
}

QString ParameterTableModel::columnTitle(int column) const
{
    switch (column) {
    case Name: return tr("Name");
    case Type: return tr("Type");
    case Default: return tr("Default value");
    }
    return QString();
}

QVariant ParameterTableModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    if (role != Qt::DisplayRole)
        return {};
    const PipelineParameter &p = m_parameters.at(index.row());
    switch (index.column()) {
    case Name: return p.name;
    case Type: return p.type;
    case Default: return p.hasDefault ? p.defaultValue : tr("(none)");
    }
    return {};
}

StepTableModel::StepTableModel(QObject *parent) : ColumnTableModel(parent) {}

void StepTableModel::setDefinition(const PipelineDefinition &definition)
{
    beginResetModel();
    m_steps = definition.steps;
    endResetModel();
}

QString StepTableModel::columnTitle(int column) const
{
    switch (column) {
    case Name: return tr("Step");
    case Type: return tr("Type");
    case DependsOn: return tr("Depends on");
    }
    return QString();
}

QVariant StepTableModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    if (role != Qt::DisplayRole)
        return {};
    const PipelineStep &s = m_steps.at(index.row());
    switch (index.column()) {
    case Name: return s.name;
    case Type: return s.type;
    case DependsOn: return s.dependsOn.join(QStringLiteral(", "));
    }
    return {};
}

RecentExecutionsModel::RecentExecutionsModel(PipelineService &pipelines, Session &session, QObject *parent)
    : ColumnTableModel(parent), m_pipelineService(pipelines), m_session(session)
{
    connect(&pipelines, &PipelineService::executionsChanged, this, [this](const QString &pipelineArn) {
        if (pipelineArn == m_pipelineArn)
            reload();
    });
}

void RecentExecutionsModel::setPipeline(const QString &pipelineArn)
{
    m_pipelineArn = pipelineArn;
    reload();
}

void RecentExecutionsModel::reload()
{
    beginResetModel();
    m_executions.clear();
    if (!m_pipelineArn.isEmpty()) {
        auto executions = m_pipelineService.recentExecutions(m_session.identity(), m_pipelineArn, limit);
        if (executions)
            m_executions = executions.value();
    }
    endResetModel();
}

QString RecentExecutionsModel::columnTitle(int column) const
{
    switch (column) {
    case Name: return tr("Execution");
    case Status: return tr("Status");
    case Started: return tr("Started");
    case Ended: return tr("Ended");
    case StartedBy: return tr("Started by");
    }
    return QString();
}

QVariant RecentExecutionsModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Execution &e = m_executions.at(index.row());
    switch (role) {
    case IdRole: return e.arn;
    case StatusRole: return toApiString(e.status);
    case Qt::ToolTipRole:
        return e.failureReason.isEmpty() ? e.arn : e.failureReason;
    case SortRole:
        if (index.column() == Started)
            return e.startTime;
        if (index.column() == Ended)
            return e.endTime;
        return {};
    case Qt::DisplayRole:
        switch (index.column()) {
        case Name: return e.displayName;
        case Status: return displayName(e.status);
        case Started: return localTime(e.startTime);
        case Ended: return localTime(e.endTime);
        case StartedBy: {
            const QString who = e.startedBy.isEmpty() ? e.actingAccountId : e.startedBy;
            return e.actingAccountId.isEmpty() ? who : tr("%1 as %2").arg(who, e.actingAccountId);
        }
        }
        return {};
    default: return {};
    }
}

} // namespace Pd
