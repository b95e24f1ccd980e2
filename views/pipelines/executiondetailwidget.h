#pragma once

#include "pipelines/execution.h"

#include <QWidget>

#include <optional>

class QLabel;
class QTabWidget;
class QTableView;

namespace Pd {

class ExecutionParameterModel;
class ExecutionStepModel;
class ExecutionTimelineModel;
class Session;
class StepGraphView;
class Workspace;

// One execution in detail: its name, status and who started it; the step graph coloured by
// status, the step list with times and failure reasons, the resolved parameters and the
// timeline. Re-reads itself when the pipelines service reports a change of its pipeline.
class ExecutionDetailWidget : public QWidget
{
    Q_OBJECT

public:
    ExecutionDetailWidget(Workspace &workspace, Session &session, QWidget *parent = nullptr);

    // Shows this execution (empty: none).
    void setExecution(const QString &executionArn);
    const std::optional<Execution> &execution() const { return m_execution; }
    StepGraphView *graph() const { return m_graph; }

signals:
    // The shown execution was (re)loaded; its status may have changed.
    void executionChanged();

protected:
    void changeEvent(QEvent *event) override;

private:
    void reload();
    void retranslateUi();
    void updateLabels();

    Workspace &m_workspace;
    Session &m_session;
    QString m_executionArn;
    QString m_graphPipelineArn;
    std::optional<Execution> m_execution;
    QString m_error;
    ExecutionStepModel *m_steps = nullptr;
    ExecutionParameterModel *m_parameters = nullptr;
    ExecutionTimelineModel *m_timeline = nullptr;
    QLabel *m_nameLabel = nullptr;
    QLabel *m_statusLabel = nullptr;
    QLabel *m_startedLabel = nullptr;
    QLabel *m_failureLabel = nullptr;
    QLabel *m_emptyLabel = nullptr;
    QTabWidget *m_tabs = nullptr;
    StepGraphView *m_graph = nullptr;
    QTableView *m_stepView = nullptr;
    QTableView *m_parameterView = nullptr;
    QTableView *m_timelineView = nullptr;
};

} // namespace Pd
