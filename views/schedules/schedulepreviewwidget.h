#pragma once

#include "scheduleexpressions/schedulelinter.h"

#include <QDateTime>
#include <QTimeZone>
#include <QWidget>

#include <optional>

class QLabel;
class QTableView;

namespace Pd {

class Clock;

namespace Schedule {
class ScheduleFiresModel;
}

// The preview the rule and schedule wizards embed: give it an expression and a time zone and it
// shows the description, any validation error, the next fires (in the schedule's zone, in UTC
// and in the user's zone, each flagged when DST skipped, merged or moved it) and the linter's
// warnings. Computes nothing itself: it asks models/schedule/. Does not own the clock.
class SchedulePreviewWidget : public QWidget
{
    Q_OBJECT

public:
    explicit SchedulePreviewWidget(Clock *clock, QWidget *parent = nullptr);

    void setExpression(const QString &expression, const QString &timeZone);
    // Fires strictly after this instant; unset = the clock's now.
    void setFrom(std::optional<QDateTime> from);
    void setCount(int count);
    // The zone of the third column (default: the system's).
    void setUserTimeZone(const QTimeZone &zone);
    // Linter context (see LintOptions): a rule on a custom bus, what the expression is meant for.
    void setLintContext(bool ruleOnCustomEventBus, Schedule::LintTarget target);
    Schedule::LintTarget lintTarget() const { return m_target; }

    bool isValid() const { return m_valid; }
    QString errorText() const;
    QString descriptionText() const;
    // "Time zone: Asia/Calcutta (Asia/Kolkata)" when the zone was given by another name than the
    // tz database's; empty otherwise.
    QString zoneText() const;
    QStringList warnings() const { return m_warnings; }
    Schedule::ScheduleFiresModel *model() const { return m_model; }

signals:
    // After every recomputation; valid tells whether the expression parsed.
    void previewChanged(bool valid);

protected:
    void changeEvent(QEvent *event) override;

private:
    void refresh();

    Clock *m_clock;
    QString m_expression;
    QString m_timeZone;
    std::optional<QDateTime> m_from;
    int m_count = 10;
    QTimeZone m_userZone = QTimeZone::systemTimeZone();
    bool m_customBus = false;
    Schedule::LintTarget m_target = Schedule::LintTarget::Any;
    bool m_valid = false;
    QStringList m_warnings;

    QLabel *m_descriptionLabel;
    QLabel *m_zoneLabel;
    QLabel *m_errorLabel;
    QTableView *m_firesView;
    QLabel *m_warningsLabel;
    Schedule::ScheduleFiresModel *m_model;
};

} // namespace Pd
