#include "views/pipelines/stepgraphview.h"

#include <QEvent>
#include <QGraphicsRectItem>
#include <QGraphicsScene>
#include <QGraphicsSimpleTextItem>
#include <QPainterPath>
#include <QtMath>

namespace Pd {

namespace {
constexpr qreal nodeWidth = 170;
constexpr qreal nodeHeight = 48;
constexpr qreal columnGap = 60;
constexpr qreal rowGap = 22;
} // namespace

StepGraphView::StepGraphView(QWidget *parent) : QGraphicsView(parent)
{
    setObjectName(QStringLiteral("stepGraphView"));
    setScene(new QGraphicsScene(this));
    setRenderHint(QPainter::Antialiasing);
    setDragMode(QGraphicsView::ScrollHandDrag);
    setMinimumHeight(140);
}

QColor StepGraphView::colorFor(std::optional<StepStatus> status)
{
    if (!status)
        return QColor(0xf4, 0xf5, 0xf7);
    switch (*status) {
    case StepStatus::Starting: return QColor(0xd6, 0xe9, 0xff);
    case StepStatus::Executing: return QColor(0x8f, 0xc1, 0xff);
    case StepStatus::Stopping: return QColor(0xff, 0xd5, 0x8a);
    case StepStatus::Stopped: return QColor(0xc8, 0xcc, 0xd2);
    case StepStatus::Failed: return QColor(0xf5, 0x9e, 0x9e);
    case StepStatus::Succeeded: return QColor(0x9f, 0xdc, 0xa8);
    }
    return QColor();
}

void StepGraphView::setDefinition(const PipelineDefinition &definition)
{
    m_definition = definition;
    m_statuses.clear();
    rebuild();
}

void StepGraphView::setStatuses(const QHash<QString, StepStatus> &statuses)
{
    m_statuses = statuses;
    for (auto it = m_nodes.cbegin(); it != m_nodes.cend(); ++it) {
        const auto status = m_statuses.contains(it.key()) ? std::optional<StepStatus>(m_statuses.value(it.key()))
                                                          : std::nullopt;
        it.value()->setBrush(colorFor(status));
        it.value()->setToolTip(status ? tr("%1: %2").arg(it.key(), displayName(*status)) : tr("%1: not started").arg(it.key()));
    }
}

QColor StepGraphView::stepColor(const QString &step) const
{
    const QGraphicsRectItem *node = m_nodes.value(step);
    return node ? node->brush().color() : QColor();
}

QPoint StepGraphView::stepCell(const QString &step) const
{
    return m_cells.value(step, QPoint(-1, -1));
}

void StepGraphView::rebuild()
{
    scene()->clear();
    m_nodes.clear();
    m_cells.clear();
    // Column = length of the longest dependency chain before the step; row = order within it.
    QHash<QString, int> depth;
    QHash<int, int> rowsInColumn;
    for (const QString &name : m_definition.topologicalOrder()) {
        int column = 0;
        for (const QString &dependency : m_definition.step(name)->dependsOn)
            column = qMax(column, depth.value(dependency) + 1);
        depth.insert(name, column);
        m_cells.insert(name, QPoint(column, rowsInColumn[column]++));
    }
    auto rectOf = [](QPoint cell) {
        return QRectF(cell.x() * (nodeWidth + columnGap), cell.y() * (nodeHeight + rowGap), nodeWidth, nodeHeight);
    };
    const QPen edgePen(palette().color(QPalette::Mid), 1.5);
    for (const PipelineStep &step : m_definition.steps) {
        if (!m_cells.contains(step.name))
            continue;
        const QRectF to = rectOf(m_cells.value(step.name));
        for (const QString &dependency : step.dependsOn) {
            const QRectF from = rectOf(m_cells.value(dependency));
            const QPointF a(from.right(), from.center().y());
            const QPointF b(to.left(), to.center().y());
            QPainterPath path(a);
            path.cubicTo(a + QPointF(columnGap / 2, 0), b - QPointF(columnGap / 2, 0), b);
            // The arrow head.
            path.moveTo(b);
            path.lineTo(b + QPointF(-8, -4));
            path.moveTo(b);
            path.lineTo(b + QPointF(-8, 4));
            scene()->addPath(path, edgePen)->setZValue(-1);
        }
    }
    QFont bold = font();
    bold.setBold(true);
    for (auto it = m_cells.cbegin(); it != m_cells.cend(); ++it) {
        const QRectF rect = rectOf(it.value());
        auto *node = scene()->addRect(rect, QPen(palette().color(QPalette::Dark)), colorFor(std::nullopt));
        node->setData(0, it.key());
        m_nodes.insert(it.key(), node);
        auto *name = new QGraphicsSimpleTextItem(it.key(), node);
        name->setFont(bold);
        name->setBrush(QColor(0x1f, 0x23, 0x28));
        const QString type = m_definition.step(it.key())->type;
        auto *typeText = new QGraphicsSimpleTextItem(type, node);
        typeText->setBrush(QColor(0x4a, 0x52, 0x5c));
        // Long names are elided by scaling rather than clipped.
        const qreal available = nodeWidth - 16;
        if (name->boundingRect().width() > available)
            name->setScale(available / name->boundingRect().width());
        name->setPos(rect.left() + 8, rect.top() + 5);
        typeText->setPos(rect.left() + 8, rect.top() + 6 + name->boundingRect().height() * name->scale());
    }
    setStatuses(m_statuses);
    scene()->setSceneRect(scene()->itemsBoundingRect().adjusted(-10, -10, 10, 10));
    fit();
}

void StepGraphView::fit()
{
    if (scene()->items().isEmpty())
        return;
    resetTransform();
    const QRectF rect = sceneRect();
    const qreal scale = qMin(1.0, qMin(viewport()->width() / rect.width(), viewport()->height() / rect.height()));
    if (scale > 0)
        setTransform(QTransform::fromScale(scale, scale));
}

void StepGraphView::resizeEvent(QResizeEvent *event)
{
    QGraphicsView::resizeEvent(event);
    fit();
}

void StepGraphView::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        setStatuses(m_statuses);
    QGraphicsView::changeEvent(event);
}

} // namespace Pd
