#pragma once

#include "pipelines/execution.h"
#include "pipelines/pipeline.h"

#include <QGraphicsView>
#include <QHash>

namespace Pd {

// A pipeline's steps as a left-to-right DAG: a step stands one column right of its deepest
// dependency, arrows run from a dependency to the step that waits for it. With statuses set, each
// step is coloured by its status (steps that never ran stay plain).
class StepGraphView : public QGraphicsView
{
    Q_OBJECT

public:
    explicit StepGraphView(QWidget *parent = nullptr);

    void setDefinition(const PipelineDefinition &definition);
    // Step name → status; an absent step has not run. Keeps the layout, recolours the nodes.
    void setStatuses(const QHash<QString, StepStatus> &statuses);

    // For tests: the fill colour a step is drawn with, invalid when there is no such step.
    QColor stepColor(const QString &step) const;
    // For tests: the column (dependency depth) and row of a step, or (-1, -1).
    QPoint stepCell(const QString &step) const;

    static QColor colorFor(std::optional<StepStatus> status);

protected:
    void changeEvent(QEvent *event) override;
    void resizeEvent(QResizeEvent *event) override;

private:
    void rebuild();
    void fit();

    PipelineDefinition m_definition;
    QHash<QString, StepStatus> m_statuses;
    QHash<QString, QPoint> m_cells;
    QHash<QString, class QGraphicsRectItem *> m_nodes;
};

} // namespace Pd
