#pragma once

#include <QComboBox>

namespace Pd {

class PipelineService;
class Session;

// The pipelines the session's identity may start (its own, and those shared with it with the right to
// start them), by name, with the owning account for another account's pipeline. The item data is the
// pipeline's ARN. Used wherever a target pipeline is picked (rule targets, schedule targets).
class PipelineComboBox : public QComboBox
{
    Q_OBJECT

public:
    // What reload() does with a selected pipeline the identity may no longer start.
    enum class Unlisted { Drop, Keep };

    PipelineComboBox(const PipelineService &pipelines, const Session &session, QWidget *parent = nullptr);

    // Lists the startable pipelines again and selects the one selected before (or the first),
    // emitting no signals. With Unlisted::Keep a selected pipeline that is no longer startable stays
    // in the list under its ARN's last segment, so a check can say why it is refused.
    void reload(Unlisted unlisted = Unlisted::Drop);

    // For a connected identity, whose starts the cloud decides (the workspace refuses them all
    // locally): reload() lists every pipeline it sees. Off by default.
    void setListsVisible(bool on) { m_listsVisible = on; }

    // The selected pipeline's ARN; empty when nothing is selected.
    QString pipelineArn() const;

    // Selects the pipeline (the first one for an empty ARN). A pipeline not in the list is added
    // under its ARN's last segment: an existing target keeps showing what it points at.
    void selectPipeline(const QString &arn);

private:
    const PipelineService &m_pipelines;
    const Session &m_session;
    bool m_listsVisible = false;
};

} // namespace Pd
