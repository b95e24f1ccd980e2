#include "views/pipelines/pipelinecombobox.h"

#include "core/session.h"
#include "pipelines/pipelineservice.h"
#include "views/common/wizardwidgets.h"

namespace Pd {

PipelineComboBox::PipelineComboBox(const PipelineService &pipelines, const Session &session, QWidget *parent)
    : QComboBox(parent)
    , m_pipelines(pipelines)
    , m_session(session)
{}

void PipelineComboBox::reload(Unlisted unlisted)
{
    const QString identity = m_session.identity();
    const QString current = pipelineArn();
    blockSignals(true);
    clear();
    // Only pipelines this identity may start are offered (owned, or shared with execution rights);
    // for a connected identity, all it sees.
    if (auto pipelines =
            m_listsVisible ? m_pipelines.visiblePipelines(identity) : m_pipelines.startablePipelines(identity)) {
        for (const Pipeline &p : pipelines.value())
            addItem(p.accountId == identity ? p.name : tr("%1 (account %2)").arg(p.name, p.accountId), p.arn);
    }
    if (unlisted == Unlisted::Keep && !current.isEmpty() && findData(current) < 0)
        addItem(lastSegment(current), current);
    const int keep = findData(current);
    setCurrentIndex(keep >= 0 ? keep : 0);
    blockSignals(false);
}

QString PipelineComboBox::pipelineArn() const
{
    return currentData().toString();
}

void PipelineComboBox::selectPipeline(const QString &arn)
{
    int index = findData(arn);
    if (arn.isEmpty()) {
        index = 0;
    } else if (index < 0) {
        addItem(lastSegment(arn), arn);
        index = count() - 1;
    }
    setCurrentIndex(index);
}

} // namespace Pd
