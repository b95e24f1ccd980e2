#pragma once

#include "itemmodels/columntablemodel.h"
#include "pipelines/execution.h"
#include "pipelines/pipeline.h"

#include <QHash>
#include <QTimer>

#include <optional>

namespace Pd {

class Session;
class Clock;
class PipelineAccess;
class PipelineService;

// What the Executions page filters by. A time range counts back from the workspace clock's now
// when the filter is applied.
struct ExecutionFilter
{
    enum class TimeRange { Any, LastHour, LastDay, LastWeek, LastMonth };

    QString pipelineArn; // empty: every visible pipeline
    std::optional<ExecutionStatus> status;
    std::optional<StartedByKind> startedByKind;
    TimeRange range = TimeRange::Any;

    bool operator==(const ExecutionFilter &other) const
    {
        return pipelineArn == other.pipelineArn && status == other.status && startedByKind == other.startedByKind
               && range == other.range;
    }
};

// Every execution the session's identity may see (its own pipelines and those shared with it),
// filtered and sorted by the store in SQL and loaded a page at a time (canFetchMore/fetchMore),
// so a workspace with a million executions opens as fast as one with ten. Follows the identity,
// access changes and executionsChanged: loaded rows are re-read and changed cells reported, so
// status changes show live. Sorting is by sort(); no proxy is needed (or wanted) in front of it.
class ExecutionTableModel : public ColumnTableModel
{
    Q_OBJECT

public:
    enum Column { Name, Pipeline, Status, Started, Ended, StartedBy, ColumnCount };
    static constexpr int pageSize = 200;

    ExecutionTableModel(PipelineService &pipelines, PipelineAccess &access, Clock &clock, Session &session, QObject *parent = nullptr);

    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    bool canFetchMore(const QModelIndex &parent) const override;
    void fetchMore(const QModelIndex &parent) override;
    void sort(int column, Qt::SortOrder order = Qt::AscendingOrder) override;

    void setFilter(const ExecutionFilter &filter);
    ExecutionFilter filter() const { return m_filter; }
    int sortColumn() const { return m_sortColumn; }
    Qt::SortOrder sortOrder() const { return m_sortOrder; }

    const Execution &executionAt(int row) const { return m_rows.at(row); }
    int rowOf(const QString &executionArn) const;
    // The last error of a load (empty when it worked), for the page to show.
    QString lastError() const { return m_lastError; }
    // Re-reads the loaded rows now instead of on the next turn of the event loop.
    void refresh();

protected:
    int rows() const override { return int(m_rows.size()); }
    int columns() const override { return ColumnCount; }
    QString columnTitle(int column) const override;

private:
    void reload();
    ExecutionQuery query() const;
    void scheduleRefresh();

    PipelineService &m_pipelineService;
    PipelineAccess &m_access;
    Clock &m_clock;
    Session &m_session;
    ExecutionFilter m_filter;
    qint64 m_rangeStart = 0;
    int m_sortColumn = Started;
    Qt::SortOrder m_sortOrder = Qt::DescendingOrder;
    QList<Execution> m_rows;
    QHash<QString, QString> m_pipelineNames; // ARN → name
    bool m_atEnd = true;
    bool m_resetting = false;
    QString m_lastError;
    QTimer m_refreshTimer;
};

// The steps of one execution: every step of the definition in dependency order, with what the
// execution did with it (status, times, attempts, failure reason); steps that never ran have no
// status.
class ExecutionStepModel : public ColumnTableModel
{
    Q_OBJECT

public:
    enum Column { Name, Type, Status, Started, Ended, Attempt, FailureReason, ColumnCount };

    explicit ExecutionStepModel(QObject *parent = nullptr);
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    void setExecution(const Execution &execution, const PipelineDefinition &definition);

protected:
    int rows() const override { return int(m_rows.size()); }
    int columns() const override { return ColumnCount; }
    QString columnTitle(int column) const override;

private:
    struct Row
    {
        PipelineStep step;
        std::optional<StepExecution> run;
    };
    QList<Row> m_rows;
};

// The resolved parameters an execution runs with.
class ExecutionParameterModel : public ColumnTableModel
{
    Q_OBJECT

public:
    enum Column { Name, Value, ColumnCount };

    explicit ExecutionParameterModel(QObject *parent = nullptr);
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    void setParameters(const QList<ExecutionParameter> &parameters);

protected:
    int rows() const override { return int(m_parameters.size()); }
    int columns() const override { return ColumnCount; }
    QString columnTitle(int column) const override;

private:
    QList<ExecutionParameter> m_parameters;
};

// What happened to an execution, oldest first: its start, each step's start and end, its end.
class ExecutionTimelineModel : public ColumnTableModel
{
    Q_OBJECT

public:
    enum Column { Time, Event, ColumnCount };

    explicit ExecutionTimelineModel(QObject *parent = nullptr);
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    void setExecution(const Execution &execution);

protected:
    int rows() const override { return int(m_events.size()); }
    int columns() const override { return ColumnCount; }
    QString columnTitle(int column) const override;

private:
    QString eventText(int row) const;

    struct Entry
    {
        qint64 at;
        enum Kind { ExecutionStarted, StepStarted, StepEnded, ExecutionEnded } kind;
        QString subject;
        QString status; // API status for the ends
    };
    Execution m_execution;
    QList<Entry> m_events;
};

} // namespace Pd
