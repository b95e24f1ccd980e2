#pragma once

#include "itemmodels/columntablemodel.h"
#include "schedules/pipelineschedule.h"
#include "schedules/scheduleservice.h"
#include "schedules/schedulestore.h"

#include <QTimeZone>

namespace Pd {

class Session;
class Clock;
class ScheduleService;

// The schedules of the session's identity with their next fire (in the schedule's zone and in
// the user's) and last outcome. Follows identity changes, schedule changes and new firings.
// IdRole: the schedule ARN; SortRole: times as ms; StatusRole: "ENABLED"/"DISABLED", and in the
// next-fire columns "NEVER_FIRES" for a schedule that can never fire again (its tooltip says why).
class ScheduleTableModel : public ColumnTableModel
{
    Q_OBJECT

public:
    enum Column { Name, Group, State, Expression, NextFire, NextFireLocal, LastOutcome, Target, ColumnCount };

    ScheduleTableModel(ScheduleService &schedules, Clock &clock, Session &session, QObject *parent = nullptr);
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    const PipelineSchedule &scheduleAt(int row) const { return m_rows.at(row).schedule; }
    int rowOf(const QString &arn) const;
    // The zone of the "your time" column (default: the system's).
    void setUserTimeZone(const QTimeZone &zone);
    void reload();

protected:
    int rows() const override { return int(m_rows.size()); }
    int columns() const override { return ColumnCount; }
    QString columnTitle(int column) const override;

private:
    struct Row
    {
        PipelineSchedule schedule;
        std::optional<Firing> last;
        QString lastExecutionStatus; // of the execution `last` started, now
        QString lastExecutionFailure;
        qint64 next = 0;    // 0: none
        QString neverFires; // why it can never fire again; empty when it can
        // The zone the expression runs in: a recurrence's own time_zone, else the schedule's.
        QTimeZone zone;
        QString zoneText; // "Asia/Calcutta (Asia/Kolkata)" when typed as a link or a Windows name
    };
    ScheduleService &m_scheduleService;
    Clock &m_clock;
    Session &m_session;
    QTimeZone m_userZone = QTimeZone::systemTimeZone();
    QList<Row> m_rows;
};

// The slots of one schedule, newest first: scheduled and actual instant, lateness, outcome,
// catch-up or run-now, the execution started. StatusRole: the outcome's API string.
class FiringTableModel : public ColumnTableModel
{
    Q_OBJECT

public:
    enum Column { Scheduled, Actual, Lateness, Outcome, Kind, Execution, ColumnCount };

    FiringTableModel(ScheduleService &schedules, Session &session, QObject *parent = nullptr);
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    void setSchedule(const QString &arn);
    void setUserTimeZone(const QTimeZone &zone);
    void reload();

protected:
    int rows() const override { return int(m_firings.size()); }
    int columns() const override { return ColumnCount; }
    QString columnTitle(int column) const override;

private:
    ScheduleService &m_scheduleService;
    Session &m_session;
    QString m_arn;
    QTimeZone m_userZone = QTimeZone::systemTimeZone();
    QList<Firing> m_firings;
};

// Upcoming runs of all the identity's enabled schedules for the next days, in time order.
class UpcomingRunsModel : public ColumnTableModel
{
    Q_OBJECT

public:
    enum Column { When, WhenInScheduleZone, ScheduleName, Pipeline, ColumnCount };

    UpcomingRunsModel(ScheduleService &schedules, Clock &clock, Session &session, QObject *parent = nullptr);
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    void setDays(int days);
    int days() const { return m_days; }
    void setUserTimeZone(const QTimeZone &zone);
    void reload();

protected:
    int rows() const override { return int(m_fires.size()); }
    int columns() const override { return ColumnCount; }
    QString columnTitle(int column) const override;

private:
    ScheduleService &m_scheduleService;
    Clock &m_clock;
    Session &m_session;
    int m_days = 3;
    QTimeZone m_userZone = QTimeZone::systemTimeZone();
    QList<ScheduleService::UpcomingFire> m_fires;
};

// The dead-letter list of the identity's schedules. IdRole: the dead letter's id.
class DeadLetterTableModel : public ColumnTableModel
{
    Q_OBJECT

public:
    enum Column { Id, ScheduleName, Scheduled, Created, Reason, ColumnCount };

    DeadLetterTableModel(ScheduleService &schedules, Session &session, QObject *parent = nullptr);
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    const DeadLetter &letterAt(int row) const { return m_letters.at(row); }
    void setUserTimeZone(const QTimeZone &zone);
    void reload();

protected:
    int rows() const override { return int(m_letters.size()); }
    int columns() const override { return ColumnCount; }
    QString columnTitle(int column) const override;

private:
    ScheduleService &m_scheduleService;
    Session &m_session;
    QTimeZone m_userZone = QTimeZone::systemTimeZone();
    QList<DeadLetter> m_letters;
};

} // namespace Pd
