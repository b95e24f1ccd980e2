#pragma once

#include "itemmodels/columntablemodel.h"
#include "pipelines/execution.h"
#include "pipelines/pipeline.h"

#include <QAbstractListModel>

namespace Pd {

class Session;
class PipelineService;

// Pipelines of the session's identity. Follows identity changes and pipeline changes.
class PipelineTableModel : public ColumnTableModel
{
    Q_OBJECT

public:
    enum Column { Name, Description, Created, Modified, ColumnCount };

    PipelineTableModel(PipelineService &pipelines, Session &session, QObject *parent = nullptr);
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    const Pipeline &pipelineAt(int row) const { return m_pipelines.at(row); }
    void reload();

protected:
    int rows() const override { return int(m_pipelines.size()); }
    int columns() const override { return ColumnCount; }
    QString columnTitle(int column) const override;

private:
    PipelineService &m_pipelineService;
    Session &m_session;
    QList<Pipeline> m_pipelines;
};

// The typed parameters of a pipeline definition.
class ParameterTableModel : public ColumnTableModel
{
    Q_OBJECT

public:
    enum Column { Name, Type, Default, ColumnCount };

    explicit ParameterTableModel(QObject *parent = nullptr);
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    void setDefinition(const PipelineDefinition &definition);

protected:
    int rows() const override { return int(m_parameters.size()); }
    int columns() const override { return ColumnCount; }
    QString columnTitle(int column) const override;

private:
    QList<PipelineParameter> m_parameters;
};

// The steps of a pipeline definition, in definition order.
class StepTableModel : public ColumnTableModel
{
    Q_OBJECT

public:
    enum Column { Name, Type, DependsOn, ColumnCount };

    explicit StepTableModel(QObject *parent = nullptr);
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    void setDefinition(const PipelineDefinition &definition);

protected:
    int rows() const override { return int(m_steps.size()); }
    int columns() const override { return ColumnCount; }
    QString columnTitle(int column) const override;

private:
    QList<PipelineStep> m_steps;
};

// The newest executions of one pipeline. Times show in the local zone with its label.
class RecentExecutionsModel : public ColumnTableModel
{
    Q_OBJECT

public:
    enum Column { Name, Status, Started, Ended, StartedBy, ColumnCount };

    RecentExecutionsModel(PipelineService &pipelines, Session &session, QObject *parent = nullptr);
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    // Shows the executions of this pipeline (empty string: none).
    void setPipeline(const QString &pipelineArn);
    static constexpr int limit = 50;

protected:
    int rows() const override { return int(m_executions.size()); }
    int columns() const override { return ColumnCount; }
    QString columnTitle(int column) const override;

private:
    void reload();

    PipelineService &m_pipelineService;
    Session &m_session;
    QString m_pipelineArn;
    QList<Execution> m_executions;
};

} // namespace Pd
