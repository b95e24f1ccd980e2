#include "views/schedules/schedulereviewpage.h"

#include "core/timeformat.h"
#include "scheduleexpressions/zonetable.h"
#include "views/common/busyaction.h"
#include "views/common/messagelabel.h"
#include "views/common/wizardwidgets.h"
#include "views/schedules/schedulewizard.h"
#include "workspace/workspace.h"

#include <QEvent>
#include <QLabel>
#include <QTimeZone>
#include <QVBoxLayout>

namespace Pd {

ScheduleReviewPage::ScheduleReviewPage(QWidget *parent)
    : QWizardPage(parent)
    , m_summary(new QLabel)
    , m_warnings(new MessageLabel(MessageLabel::Kind::Warning))
    , m_error(new MessageLabel(MessageLabel::Kind::Error))
    , m_busy(new BusyAction)
{
    m_warnings->setObjectName(QStringLiteral("reviewWarningsLabel"));
    m_warnings->setWordWrap(true);
    m_warnings->setTextFormat(Qt::PlainText);
    m_warnings->hide();
    setObjectName(QStringLiteral("scheduleReviewPage"));
    m_summary->setObjectName(QStringLiteral("summaryLabel"));
    m_summary->setWordWrap(true);
    m_summary->setTextFormat(Qt::PlainText);
    m_summary->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_error->setObjectName(QStringLiteral("reviewErrorLabel"));
    m_error->setWordWrap(true);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_summary);
    layout->addWidget(m_warnings);
    layout->addWidget(m_error);
    layout->addWidget(m_busy);
    layout->addStretch();
    retranslateUi();
}

void ScheduleReviewPage::initializePage()
{
    auto *wizard = qobject_cast<ScheduleWizard *>(this->wizard());
    const ScheduleInput in = wizard->input();
    const QString zoneText = in.timeZone.value_or(QString()).isEmpty() ? QStringLiteral("UTC") : *in.timeZone;
    const std::optional<Schedule::ZoneName> zoneName = Schedule::resolveZoneName(zoneText);
    const QTimeZone zone = zoneName ? zoneName->zone : QTimeZone::utc();
    QStringList lines;
    lines << tr("Name: %1 (group %2)").arg(in.name, in.groupName.isEmpty() ? QStringLiteral("default") : in.groupName)
          << tr("Expression: %1 in %2").arg(in.expression.value_or(QString()), zoneName ? zoneName->display() : zoneText);
    if (in.startTime)
        lines << tr("Start: %1").arg(displayDateTimeMs(*in.startTime, zone, QLocale()));
    if (in.endTime)
        lines << tr("End: %1").arg(displayDateTimeMs(*in.endTime, zone, QLocale()));
    lines << tr("Target: %1").arg(lastSegment(in.targetPipeline.value_or(QString())));
    if (in.roleArn)
        lines << tr("Role: %1").arg(*in.roleArn);
    for (const ExecutionParameter &p : in.parameters.value_or(QList<ExecutionParameter>()))
        lines << tr("  %1 = %2").arg(p.name, p.value);
    lines << (in.enabled.value_or(true) ? tr("State: enabled") : tr("State: disabled"))
          << (in.flexibleWindowMinutes.value_or(0) > 0
                  ? tr("Flexible window: %n minute(s)", nullptr, *in.flexibleWindowMinutes)
                  : tr("Flexible window: off"))
          << tr("Retries: at most %1, for at most %2 s").arg(*in.maxRetries).arg(*in.maxEventAgeSeconds);
    // A connected account's schedule has none: EventBridge Scheduler runs it.
    if (in.missedPolicy)
        lines << tr("Missed runs: %1").arg(displayName(*in.missedPolicy));
    if (in.overlapPolicy)
        lines << tr("Overlap: %1").arg(displayName(*in.overlapPolicy));
    if (in.actionAfterCompletion == ActionAfterCompletion::Delete)
        lines << tr("Deletes itself after its last run");
    for (const QString &warning : ScheduleService::inputWarnings(in))
        lines << tr("Warning: %1").arg(warning);
    m_summary->setText(lines.join(QLatin1Char('\n')));
    // What the linter says of the whole schedule, its start and end included ("never fires").
    QStringList warnings;
    for (const Schedule::LintWarning &w : ScheduleService::warnings(in, wizard->workspace().clock().nowMs()))
        warnings.append(QStringLiteral("⚠ ") + w.message);
    m_warnings->setText(warnings.join(QLatin1Char('\n')));
    m_warnings->setVisible(!warnings.isEmpty());
    m_error->clear();
    retranslateUi();
}

void ScheduleReviewPage::showError(const QString &message)
{
    m_error->setText(message);
}

void ScheduleReviewPage::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QWizardPage::changeEvent(event);
}

void ScheduleReviewPage::retranslateUi()
{
    const auto *wizard = qobject_cast<const ScheduleWizard *>(this->wizard());
    setTitle(tr("Review and create"));
    setSubTitle(wizard && wizard->forCloud()
                    ? tr("Nothing is created until you press Create; then EventBridge Scheduler of the connected "
                         "account creates it, and it shows here as the cloud made it.")
                    : tr("Nothing is created until you press Create."));
    setButtonText(QWizard::FinishButton, tr("&Create"));
}

} // namespace Pd
