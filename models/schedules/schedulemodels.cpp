#include "schedules/schedulemodels.h"

#include "core/clock.h"
#include "core/session.h"
#include "core/timeformat.h"
#include "pipelines/execution.h"
#include "pipelines/pipelineservice.h"
#include "scheduleexpressions/scheduledescription.h"
#include "scheduleexpressions/scheduleexpression.h"
#include "scheduleexpressions/zonetable.h"
#include "schedules/scheduleservice.h"

#include <QLocale>

namespace Pd {

namespace {

// "Started · Failed": what the schedule did and what became of the run it started.
QString executionOutcomeText(const QString &apiStatus)
{
    ExecutionStatus status;
    if (!executionStatusFromApi(apiStatus, &status))
        return apiStatus;
    return ScheduleTableModel::tr("Started · %1").arg(displayName(status));
}

QString when(qint64 ms, const QTimeZone &zone)
{
    return ms ? displayDateTimeMs(ms, zone, QLocale()) : QString();
}

QString lastSegment(const QString &arn)
{
    return arn.section(QLatin1Char('/'), -1);
}

} // namespace

// --- ScheduleTableModel ------------------------------------------------------------------------

ScheduleTableModel::ScheduleTableModel(ScheduleService &schedules, Clock &clock, Session &session, QObject *parent)
    : ColumnTableModel(parent)
    , m_scheduleService(schedules)
    , m_clock(clock)
    , m_session(session)
{
    connect(&session, &Session::identityChanged, this, &ScheduleTableModel::reload);
    connect(&schedules, &ScheduleService::schedulesChanged, this, [this](const QString &account) {
        if (account == m_session.identity())
            reload();
    });
    connect(&schedules, &ScheduleService::firingsChanged, this, [this](const QString &arn) {
        if (rowOf(arn) >= 0)
            reload();
    });
    // The last outcome shows what became of the run, so a run that fails changes the row.
    connect(&schedules.pipelines(), &PipelineService::executionsChanged, this, [this](const QString &pipelineArn) {
        const QString prefix = pipelineArn + QLatin1Char('/');
        for (const Row &row : std::as_const(m_rows)) {
            if (row.last && row.last->executionArn.startsWith(prefix))
                return reload();
        }
    });
    reload();
}

void ScheduleTableModel::setUserTimeZone(const QTimeZone &zone)
{
    m_userZone = zone;
    if (!m_rows.isEmpty())
        emit dataChanged(index(0, NextFireLocal), index(int(m_rows.size()) - 1, NextFireLocal));
}

int ScheduleTableModel::rowOf(const QString &arn) const
{
    for (int i = 0; i < m_rows.size(); ++i) {
        if (m_rows.at(i).schedule.arn == arn)
            return i;
    }
    return -1;
}

void ScheduleTableModel::reload()
{
    beginResetModel();
    m_rows.clear();
    auto summaries = m_scheduleService.summaries(m_session.identity());
    const qint64 now = m_clock.nowMs();
    if (summaries) {
        for (const ScheduleSummaryRow &s : summaries.value()) {
            Row row{s.schedule,
                    s.lastFiring,
                    s.lastExecutionStatus,
                    s.lastExecutionFailure,
                    0,
                    {},
                    Schedule::zoneFromName(s.schedule.timeZone),
                    s.schedule.timeZone};
            if (const auto parsed = Schedule::ScheduleExpression::parse(s.schedule.expression, s.schedule.timeZone)) {
                row.zone = parsed->timeZone();
                row.zoneText = parsed->zoneName().display();
            }
            const QList<qint64> next = ScheduleService::nextFires(s.schedule, now, 1);
            if (s.schedule.enabled)
                row.next = next.isEmpty() ? 0 : next.constFirst();
            // Only a schedule without a next fire can never fire; the linter says why.
            if (next.isEmpty()) {
                for (const Schedule::LintWarning &w : ScheduleService::warnings(s.schedule, now)) {
                    if (Schedule::neverFires({w}))
                        row.neverFires = w.message;
                }
            }
            m_rows.append(row);
        }
    }
    endResetModel();
}

QString ScheduleTableModel::columnTitle(int column) const
{
    switch (column) {
    case Name: return tr("Name");
    case Group: return tr("Group");
    case State: return tr("State");
    case Expression: return tr("When");
    case NextFire: return tr("Next fire (schedule's zone)");
    case NextFireLocal: return tr("Next fire (your zone)");
    case LastOutcome: return tr("Last outcome");
    case Target: return tr("Target pipeline");
    default: return {};
    }
}

QVariant ScheduleTableModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Row &row = m_rows.at(index.row());
    const PipelineSchedule &s = row.schedule;
    switch (role) {
    case IdRole: return s.arn;
    case StatusRole:
        if ((index.column() == NextFire || index.column() == NextFireLocal) && !row.neverFires.isEmpty())
            return QStringLiteral("NEVER_FIRES");
        if (index.column() == LastOutcome && row.last) {
            // A run that started and then failed or stopped is what the admin must see.
            if (row.last->outcome == FiringOutcome::Started && !row.lastExecutionStatus.isEmpty())
                return row.lastExecutionStatus;
            return toApiString(row.last->outcome);
        }
        return s.stateString();
    case SortRole:
        if (index.column() == NextFire || index.column() == NextFireLocal)
            return row.next;
        return {};
    case Qt::ToolTipRole:
        if (index.column() == Name)
            return s.description.isEmpty() ? s.arn : s.arn + QLatin1Char('\n') + s.description;
        if (index.column() == LastOutcome && row.last) {
            if (row.last->outcome == FiringOutcome::Started && !row.lastExecutionFailure.isEmpty())
                return row.last->executionArn + QLatin1Char('\n') + row.lastExecutionFailure;
            if (row.last->outcome == FiringOutcome::Started)
                return row.last->executionArn;
            return row.last->message;
        }
        if (index.column() == Expression)
            return tr("%1\nTime zone: %2")
                .arg(s.expression, row.zoneText.isEmpty() ? QStringLiteral("UTC") : row.zoneText);
        if ((index.column() == NextFire || index.column() == NextFireLocal) && !row.neverFires.isEmpty())
            return row.neverFires;
        if (index.column() == Target && s.orphaned)
            return tr("The target pipeline was deleted. Disable and delete this schedule, or point it to another "
                      "pipeline.");
        return {};
    case Qt::DisplayRole: break;
    default: return {};
    }
    switch (index.column()) {
    case Name: return s.name;
    case Group: return s.groupName;
    case State: return s.enabled ? tr("Enabled") : tr("Disabled");
    case Expression: {
        // The sentence, in the current language (so made here, not cached at reload); the
        // expression itself is in the tooltip and the Details tab.
        const auto parsed = Schedule::ScheduleExpression::parse(s.expression, s.timeZone);
        return parsed ? Schedule::describe(parsed.value()) : s.expression;
    }
    case NextFire: return row.neverFires.isEmpty() ? when(row.next, row.zone) : tr("Never fires");
    case NextFireLocal: return row.neverFires.isEmpty() ? when(row.next, m_userZone) : tr("Never fires");
    case LastOutcome:
        if (!row.last)
            return tr("Never fired");
        if (row.last->outcome == FiringOutcome::Started && !row.lastExecutionStatus.isEmpty())
            return tr("%1 at %2")
                .arg(executionOutcomeText(row.lastExecutionStatus), when(row.last->scheduledTime, m_userZone));
        return tr("%1 at %2").arg(displayName(row.last->outcome), when(row.last->scheduledTime, m_userZone));
    case Target:
        return s.orphaned ? tr("%1 (orphaned)").arg(lastSegment(s.targetPipelineArn))
                          : lastSegment(s.targetPipelineArn);
    default: return {};
    }
}

// --- FiringTableModel --------------------------------------------------------------------------

FiringTableModel::FiringTableModel(ScheduleService &schedules, Session &session, QObject *parent)
    : ColumnTableModel(parent)
    , m_scheduleService(schedules)
    , m_session(session)
{
    connect(&schedules, &ScheduleService::firingsChanged, this, [this](const QString &arn) {
        if (arn == m_arn)
            reload();
    });
    connect(&session, &Session::identityChanged, this, [this] { setSchedule(QString()); });
}

void FiringTableModel::setSchedule(const QString &arn)
{
    m_arn = arn;
    reload();
}

void FiringTableModel::setUserTimeZone(const QTimeZone &zone)
{
    m_userZone = zone;
    reload();
}

void FiringTableModel::reload()
{
    beginResetModel();
    m_firings.clear();
    if (!m_arn.isEmpty()) {
        auto history = m_scheduleService.history(m_session.identity(), m_arn, {}, 500);
        if (history)
            m_firings = history.value();
    }
    endResetModel();
}

QString FiringTableModel::columnTitle(int column) const
{
    switch (column) {
    case Scheduled: return tr("Scheduled");
    case Actual: return tr("Actual");
    case Lateness: return tr("Lateness");
    case Outcome: return tr("Outcome");
    case Kind: return tr("Kind");
    case Execution: return tr("Execution");
    default: return {};
    }
}

QVariant FiringTableModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Firing &f = m_firings.at(index.row());
    switch (role) {
    case IdRole: return f.executionArn;
    case StatusRole: return toApiString(f.outcome);
    case SortRole:
        switch (index.column()) {
        case Scheduled: return f.scheduledTime;
        case Actual: return f.actualTime;
        case Lateness: return f.latenessMs();
        default: return {};
        }
    case Qt::ToolTipRole: return index.column() == Execution ? f.executionArn : f.message;
    case Qt::DisplayRole: break;
    default: return {};
    }
    switch (index.column()) {
    case Scheduled: return when(f.scheduledTime, m_userZone);
    case Actual: return when(f.actualTime, m_userZone);
    case Lateness: {
        const qint64 ms = f.latenessMs();
        return ms < 1000 ? tr("%1 ms").arg(ms) : tr("%1 s").arg(QLocale().toString(double(ms) / 1000.0, 'f', 1));
    }
    case Outcome: return displayName(f.outcome);
    case Kind: return f.manual ? tr("Run now") : (f.catchUp ? tr("Catch-up") : tr("On time"));
    case Execution: return lastSegment(f.executionArn);
    default: return {};
    }
}

// --- UpcomingRunsModel -------------------------------------------------------------------------

UpcomingRunsModel::UpcomingRunsModel(ScheduleService &schedules, Clock &clock, Session &session, QObject *parent)
    : ColumnTableModel(parent)
    , m_scheduleService(schedules)
    , m_clock(clock)
    , m_session(session)
{
    connect(&session, &Session::identityChanged, this, &UpcomingRunsModel::reload);
    connect(&schedules, &ScheduleService::schedulesChanged, this, [this](const QString &account) {
        if (account == m_session.identity())
            reload();
    });
    reload();
}

void UpcomingRunsModel::setDays(int days)
{
    m_days = qBound(1, days, 31);
    reload();
}

void UpcomingRunsModel::setUserTimeZone(const QTimeZone &zone)
{
    m_userZone = zone;
    reload();
}

void UpcomingRunsModel::reload()
{
    beginResetModel();
    const qint64 now = m_clock.nowMs();
    auto fires = m_scheduleService.upcoming(m_session.identity(), now + 1, now + qint64(m_days) * 86400 * 1000, 2000);
    m_fires = fires ? fires.value() : QList<ScheduleService::UpcomingFire>();
    endResetModel();
}

QString UpcomingRunsModel::columnTitle(int column) const
{
    switch (column) {
    case When: return tr("When (your zone)");
    case WhenInScheduleZone: return tr("When (schedule's zone)");
    case ScheduleName: return tr("Schedule");
    case Pipeline: return tr("Pipeline");
    default: return {};
    }
}

QVariant UpcomingRunsModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const ScheduleService::UpcomingFire &f = m_fires.at(index.row());
    switch (role) {
    case IdRole: return f.schedule.arn;
    case SortRole: return index.column() <= WhenInScheduleZone ? QVariant(f.at) : QVariant();
    case Qt::DisplayRole: break;
    default: return {};
    }
    switch (index.column()) {
    case When: return when(f.at, m_userZone);
    case WhenInScheduleZone: return when(f.at, Schedule::zoneFromName(f.schedule.timeZone));
    case ScheduleName: return f.schedule.name;
    case Pipeline: return lastSegment(f.schedule.targetPipelineArn);
    default: return {};
    }
}

// --- DeadLetterTableModel ----------------------------------------------------------------------

DeadLetterTableModel::DeadLetterTableModel(ScheduleService &schedules, Session &session, QObject *parent)
    : ColumnTableModel(parent)
    , m_scheduleService(schedules)
    , m_session(session)
{
    connect(&session, &Session::identityChanged, this, &DeadLetterTableModel::reload);
    connect(&schedules, &ScheduleService::deadLettersChanged, this, &DeadLetterTableModel::reload);
    // A firing can dead-letter a slot.
    connect(&schedules, &ScheduleService::firingsChanged, this, &DeadLetterTableModel::reload);
    reload();
}

void DeadLetterTableModel::setUserTimeZone(const QTimeZone &zone)
{
    m_userZone = zone;
    reload();
}

void DeadLetterTableModel::reload()
{
    beginResetModel();
    auto letters = m_scheduleService.deadLetters(m_session.identity());
    m_letters = letters ? letters.value() : QList<DeadLetter>();
    endResetModel();
}

QString DeadLetterTableModel::columnTitle(int column) const
{
    switch (column) {
    case Id: return tr("Id");
    case ScheduleName: return tr("Schedule");
    case Scheduled: return tr("Scheduled");
    case Created: return tr("Dead-lettered");
    case Reason: return tr("Reason");
    default: return {};
    }
}

QVariant DeadLetterTableModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const DeadLetter &d = m_letters.at(index.row());
    switch (role) {
    case IdRole: return d.id;
    case SortRole:
        switch (index.column()) {
        case Id: return d.id;
        case Scheduled: return d.scheduledTime;
        case Created: return d.createdAt;
        default: return {};
        }
    case Qt::ToolTipRole: return index.column() == Reason ? d.reason + QLatin1Char('\n') + d.payload : d.triggerArn;
    case Qt::DisplayRole: break;
    default: return {};
    }
    switch (index.column()) {
    case Id: return d.id;
    case ScheduleName: return lastSegment(d.triggerArn);
    case Scheduled: return when(d.scheduledTime, m_userZone);
    case Created: return when(d.createdAt, m_userZone);
    case Reason: return d.reason;
    default: return {};
    }
}

} // namespace Pd
