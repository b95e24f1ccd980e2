#include "views/schedules/schedulepreviewwidget.h"

#include "core/clock.h"
#include "core/tr.h"
#include "scheduleexpressions/scheduledescription.h"
#include "scheduleexpressions/scheduleexpression.h"
#include "scheduleexpressions/schedulelinter.h"
#include "schedules/schedulefiresmodel.h"
#include "views/common/messagelabel.h"

#include <QEvent>
#include <QHeaderView>
#include <QLabel>
#include <QTableView>
#include <QVBoxLayout>

namespace Pd {

SchedulePreviewWidget::SchedulePreviewWidget(Clock *clock, QWidget *parent)
    : QWidget(parent),
      m_clock(clock ? clock : Clock::system()),
      m_descriptionLabel(new QLabel(this)),
      m_zoneLabel(new QLabel(this)),
      m_errorLabel(new MessageLabel(MessageLabel::Kind::Error, this)),
      m_firesView(new QTableView(this)),
      m_warningsLabel(new QLabel(this)),
      m_model(new Schedule::ScheduleFiresModel(this))
{
    m_descriptionLabel->setObjectName(QStringLiteral("descriptionLabel"));
    m_descriptionLabel->setWordWrap(true);
    QFont bold = m_descriptionLabel->font();
    bold.setBold(true);
    m_descriptionLabel->setFont(bold);
    m_zoneLabel->setObjectName(QStringLiteral("zoneLabel"));
    m_zoneLabel->setWordWrap(true);
    m_zoneLabel->setTextFormat(Qt::PlainText);
    m_errorLabel->setObjectName(QStringLiteral("errorLabel"));
    m_errorLabel->setWordWrap(true);
    m_warningsLabel->setObjectName(QStringLiteral("warningsLabel"));
    m_warningsLabel->setWordWrap(true);
    m_warningsLabel->setTextFormat(Qt::PlainText);
    m_firesView->setObjectName(QStringLiteral("firesView"));
    m_firesView->setModel(m_model);
    m_firesView->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_firesView->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_firesView->verticalHeader()->hide();
    m_firesView->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_firesView->horizontalHeader()->setStretchLastSection(true);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_descriptionLabel);
    layout->addWidget(m_zoneLabel);
    layout->addWidget(m_errorLabel);
    layout->addWidget(m_firesView, 1);
    layout->addWidget(m_warningsLabel);
    refresh();
}

void SchedulePreviewWidget::setExpression(const QString &expression, const QString &timeZone)
{
    m_expression = expression;
    m_timeZone = timeZone;
    refresh();
}

void SchedulePreviewWidget::setFrom(std::optional<QDateTime> from)
{
    m_from = std::move(from);
    refresh();
}

void SchedulePreviewWidget::setCount(int count)
{
    m_count = qBound(1, count, 1000);
    refresh();
}

void SchedulePreviewWidget::setUserTimeZone(const QTimeZone &zone)
{
    m_userZone = zone.isValid() ? zone : QTimeZone::systemTimeZone();
    refresh();
}

void SchedulePreviewWidget::setLintContext(bool ruleOnCustomEventBus, Schedule::LintTarget target)
{
    m_customBus = ruleOnCustomEventBus;
    m_target = target;
    refresh();
}

QString SchedulePreviewWidget::errorText() const
{
    return m_errorLabel->isHidden() ? QString() : m_errorLabel->text();
}

QString SchedulePreviewWidget::descriptionText() const
{
    return m_descriptionLabel->text();
}

QString SchedulePreviewWidget::zoneText() const
{
    return m_zoneLabel->isHidden() ? QString() : m_zoneLabel->text();
}

void SchedulePreviewWidget::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        refresh(); // the description and the messages are built in the new language
    QWidget::changeEvent(event);
}

void SchedulePreviewWidget::refresh()
{
    m_warnings.clear();
    m_zoneLabel->hide();
    if (m_expression.trimmed().isEmpty()) {
        m_valid = false;
        m_descriptionLabel->setText(Tr::tr("Enter a schedule expression to see when it fires."));
        m_errorLabel->hide();
        m_warningsLabel->hide();
        m_model->setFires({}, QTimeZone::utc(), m_userZone);
        emit previewChanged(false);
        return;
    }
    auto expression = Schedule::ScheduleExpression::parse(m_expression, m_timeZone);
    m_valid = expression.ok();
    if (!expression) {
        m_descriptionLabel->clear();
        // The expression and the zone are said as the page labels them; a part of the expression
        // ("day-of-week") keeps its own name.
        Error error = expression.error();
        if (error.field == QLatin1String("expression"))
            error = error.renamed(Tr::tr("Expression"));
        else if (error.field == QLatin1String("timezone"))
            error = error.renamed(Tr::tr("Time zone"));
        const int position = error.position;
        m_errorLabel->setText(position >= 0 ? Tr::tr("%1 (at character %2)").arg(error.message).arg(position + 1)
                                            : error.message);
        m_errorLabel->show();
        m_warningsLabel->hide();
        m_model->setFires({}, QTimeZone::utc(), m_userZone);
        emit previewChanged(false);
        return;
    }
    const QDateTime from = m_from.value_or(m_clock->now());
    m_errorLabel->hide();
    m_descriptionLabel->setText(Schedule::describe(*expression));
    // A link or a Windows name: the tz database's name beside what was typed.
    const Schedule::ZoneName &zone = expression->zoneName();
    m_zoneLabel->setText(Tr::tr("Time zone: %1").arg(zone.display()));
    m_zoneLabel->setVisible(zone.canonical != zone.typed);
    m_model->setFires(expression->explain(from.toSecsSinceEpoch(), m_count), expression->timeZone(), m_userZone);
    Schedule::LintOptions options;
    options.ruleOnCustomEventBus = m_customBus;
    options.target = m_target;
    options.referenceUtc = from.toSecsSinceEpoch();
    for (const Schedule::LintWarning &warning : Schedule::lint(*expression, options))
        m_warnings.append(warning.message);
    QStringList lines;
    for (const QString &w : m_warnings)
        lines.append(QStringLiteral("⚠ ") + w);
    m_warningsLabel->setText(lines.join(QLatin1Char('\n')));
    m_warningsLabel->setVisible(!m_warnings.isEmpty());
    emit previewChanged(true);
}

} // namespace Pd
