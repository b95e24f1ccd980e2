#include "rules/rulemodels.h"

#include "core/session.h"
#include "core/timeformat.h"
#include "rules/ruleservice.h"

#include <QJsonDocument>
#include <QLocale>

namespace Pd {

namespace {

QString when(qint64 ms, const QTimeZone &zone)
{
    return ms ? displayDateTimeMs(ms, zone, QLocale()) : QString();
}

QString lastSegment(const QString &arn)
{
    return arn.section(QLatin1Char('/'), -1);
}

// A pattern on one line, short enough for a table cell; the tooltip has all of it.
QString patternSummary(const QString &pattern)
{
    constexpr int maxLength = 90;
    const QString compact = QString::fromUtf8(QJsonDocument::fromJson(pattern.toUtf8()).toJson(QJsonDocument::Compact));
    const QString text = compact.isEmpty() || compact == QLatin1String("{}") ? pattern : compact;
    return text.size() > maxLength ? text.left(maxLength - 1) + QChar(0x2026) : text;
}

QString prettyPattern(const QString &pattern)
{
    const QJsonDocument document = QJsonDocument::fromJson(pattern.toUtf8());
    return document.isObject() ? QString::fromUtf8(document.toJson(QJsonDocument::Indented)).trimmed() : pattern;
}

} // namespace

// --- RuleTableModel ----------------------------------------------------------------------------

RuleTableModel::RuleTableModel(RuleService &rules, Session &session, QObject *parent)
    : ColumnTableModel(parent)
    , m_ruleService(rules)
    , m_session(session)
{
    connect(&session, &Session::identityChanged, this, &RuleTableModel::reload);
    connect(&rules, &RuleService::rulesChanged, this, [this](const QString &account) {
        if (account == m_session.identity())
            reload();
    });
    reload();
}

void RuleTableModel::setEventBus(const QString &eventBus)
{
    if (eventBus == m_eventBus)
        return;
    m_eventBus = eventBus;
    reload();
}

void RuleTableModel::setUserTimeZone(const QTimeZone &zone)
{
    m_userZone = zone;
    if (!m_rules.isEmpty())
        emit dataChanged(index(0, Modified), index(int(m_rules.size()) - 1, Modified));
}

int RuleTableModel::rowOf(const QString &arn) const
{
    for (int i = 0; i < m_rules.size(); ++i) {
        if (m_rules.at(i).arn == arn)
            return i;
    }
    return -1;
}

void RuleTableModel::reload()
{
    beginResetModel();
    m_rules.clear();
    m_error.clear();
    if (!m_session.identity().isEmpty()) {
        auto rules = m_ruleService.rules(m_session.identity(), m_eventBus);
        if (rules)
            m_rules = rules.value();
        else
            m_error = rules.error().message;
    }
    endResetModel();
}

QString RuleTableModel::columnTitle(int column) const
{
    switch (column) {
    case Name: return tr("Name");
    case EventBus: return tr("Event bus");
    case Type: return tr("Type");
    case Definition: return tr("Schedule or event pattern");
    case State: return tr("State");
    case Targets: return tr("Targets");
    case Modified: return tr("Last modified");
    default: return {};
    }
}

QVariant RuleTableModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Rule &r = m_rules.at(index.row());
    switch (role) {
    case IdRole: return r.arn;
    case StatusRole: return r.stateString();
    case SortRole:
        if (index.column() == Targets)
            return int(r.targets.size());
        if (index.column() == Modified)
            return r.modifiedAt;
        return {};
    case Qt::ToolTipRole:
        if (index.column() == Name)
            return r.description.isEmpty() ? r.arn : r.arn + QLatin1Char('\n') + r.description;
        if (index.column() == Definition)
            return r.isScheduled() ? tr("%1, evaluated in UTC").arg(r.scheduleExpression)
                                   : prettyPattern(r.eventPattern);
        return {};
    case Qt::DisplayRole: break;
    default: return {};
    }
    switch (index.column()) {
    case Name: return r.name;
    case EventBus: return r.eventBus;
    case Type: return r.isScheduled() ? tr("Schedule") : tr("Event pattern");
    case Definition: return r.isScheduled() ? tr("%1 (UTC)").arg(r.scheduleExpression) : patternSummary(r.eventPattern);
    case State: return r.enabled ? tr("Enabled") : tr("Disabled");
    case Targets: return QLocale().toString(r.targets.size());
    case Modified: return when(r.modifiedAt, m_userZone);
    default: return {};
    }
}

// --- InvocationTableModel ----------------------------------------------------------------------

InvocationTableModel::InvocationTableModel(RuleService &rules, Session &session, QObject *parent)
    : ColumnTableModel(parent)
    , m_ruleService(rules)
    , m_session(session)
{
    connect(&rules, &RuleService::invocationsChanged, this, [this](const QString &arn) {
        if (arn == m_ruleArn)
            reload();
    });
    connect(&session, &Session::identityChanged, this, [this] { setRule(QString()); });
}

void InvocationTableModel::setRule(const QString &ruleArn)
{
    m_ruleArn = ruleArn;
    reload();
}

void InvocationTableModel::setUserTimeZone(const QTimeZone &zone)
{
    m_userZone = zone;
    if (!m_invocations.isEmpty())
        emit dataChanged(index(0, Time), index(int(m_invocations.size()) - 1, Time));
}

void InvocationTableModel::reload()
{
    beginResetModel();
    m_invocations.clear();
    if (!m_ruleArn.isEmpty()) {
        auto invocations = m_ruleService.invocations(m_session.identity(), m_ruleArn);
        if (invocations)
            m_invocations = invocations.value();
    }
    endResetModel();
}

QString InvocationTableModel::columnTitle(int column) const
{
    switch (column) {
    case Time: return tr("Time");
    case EventId: return tr("Event id");
    case Target: return tr("Target");
    case Outcome: return tr("Outcome");
    case Execution: return tr("Execution");
    case Message: return tr("Message");
    default: return {};
    }
}

QVariant InvocationTableModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const RuleInvocation &i = m_invocations.at(index.row());
    switch (role) {
    case IdRole: return i.executionArn;
    case StatusRole: return toApiString(i.outcome);
    case SortRole: return index.column() == Time ? QVariant(i.at) : QVariant();
    case Qt::ToolTipRole:
        if (index.column() == Execution)
            return i.executionArn;
        if (index.column() == Message)
            return i.message;
        return {};
    case Qt::DisplayRole: break;
    default: return {};
    }
    switch (index.column()) {
    case Time: return when(i.at, m_userZone);
    case EventId: return i.eventId;
    case Target: return i.targetId;
    case Outcome: return displayName(i.outcome);
    case Execution: return lastSegment(i.executionArn);
    case Message: return i.message;
    default: return {};
    }
}

} // namespace Pd
