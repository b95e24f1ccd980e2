#pragma once

#include "itemmodels/columntablemodel.h"
#include "rules/rule.h"

#include <QTimeZone>

namespace Pd {

class Session;
class RuleService;

// The rules of the session's identity, on one event bus or on all: name, bus, kind, the schedule
// expression or a summary of the pattern, state, target count and last change (in the user's
// zone, with the zone). Follows identity changes and RuleService::rulesChanged.
// IdRole: the rule ARN; SortRole: counts and times as numbers; StatusRole: "ENABLED"/"DISABLED".
class RuleTableModel : public ColumnTableModel
{
    Q_OBJECT

public:
    enum Column { Name, EventBus, Type, Definition, State, Targets, Modified, ColumnCount };

    RuleTableModel(RuleService &rules, Session &session, QObject *parent = nullptr);
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;

    const Rule &ruleAt(int row) const { return m_rules.at(row); }
    int rowOf(const QString &arn) const;
    // Only the rules of this bus; empty: every bus.
    void setEventBus(const QString &eventBus);
    QString eventBus() const { return m_eventBus; }
    void setUserTimeZone(const QTimeZone &zone);
    // The service's refusal of the last reload, translated; empty when it answered.
    QString lastError() const { return m_error; }
    void reload();

protected:
    int rows() const override { return int(m_rules.size()); }
    int columns() const override { return ColumnCount; }
    QString columnTitle(int column) const override;

private:
    RuleService &m_ruleService;
    Session &m_session;
    QString m_eventBus;
    QTimeZone m_userZone = QTimeZone::systemTimeZone();
    QList<Rule> m_rules;
    QString m_error;
};

// The invocations of one rule, newest first: when (with the zone), event id, target, outcome,
// the execution started and the message. Follows RuleService::invocationsChanged for its rule.
// IdRole: the execution ARN; StatusRole: "STARTED"/"FAILED"; SortRole: the time as ms.
class InvocationTableModel : public ColumnTableModel
{
    Q_OBJECT

public:
    enum Column { Time, EventId, Target, Outcome, Execution, Message, ColumnCount };

    InvocationTableModel(RuleService &rules, Session &session, QObject *parent = nullptr);
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;

    const RuleInvocation &invocationAt(int row) const { return m_invocations.at(row); }
    void setRule(const QString &ruleArn);
    QString rule() const { return m_ruleArn; }
    void setUserTimeZone(const QTimeZone &zone);
    void reload();

protected:
    int rows() const override { return int(m_invocations.size()); }
    int columns() const override { return ColumnCount; }
    QString columnTitle(int column) const override;

private:
    RuleService &m_ruleService;
    Session &m_session;
    QString m_ruleArn;
    QTimeZone m_userZone = QTimeZone::systemTimeZone();
    QList<RuleInvocation> m_invocations;
};

} // namespace Pd
