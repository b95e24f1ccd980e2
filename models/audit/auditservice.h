#pragma once

#include "core/result.h"
#include "store/auditlog.h"

#include <QObject>

#include <optional>

namespace Pd {

class ServiceContext;

// One read of the audit log. Empty members do not filter.
struct AuditQuery
{
    QString target;              // an ARN (also matches what lies under it) or an object's name
    QString identity;            // the acting account id
    QString action;              // "sagemaker:StartPipelineExecution", or without the service prefix
    std::optional<qint64> since; // inclusive, ms since the epoch
    std::optional<qint64> until; // inclusive
    std::optional<bool> succeeded;
    int maxItems = 50;     // 1..AuditService::maxPageSize
    QString startingToken; // a nextToken of an earlier page of the same query
};

struct AuditPage
{
    QList<AuditEntry> entries; // newest first
    QString nextToken;         // empty on the last page
};

// The read side of the audit log, which every service writes through store/AuditLog: who did
// what, on which object, with which outcome, when. Rows are workspace-local (the file on the
// administrator's own machine), so every identity reads every row (DESIGN.md has no access rule
// for them). Pages are keyset pages in SQL: a token names the last row a page showed, so rows
// written while someone pages neither repeat nor go missing.
//
// entriesAdded() is emitted once per turn of the event loop after a commit that wrote audit rows
// (any service's, the engine's, the event bus's), so readers refresh without polling. Rows another
// process writes (the scheduler daemon) show on the next commit here or on the next read.
class AuditService : public QObject
{
    Q_OBJECT

public:
    static constexpr int maxPageSize = 1000;

    explicit AuditService(ServiceContext &context, QObject *parent = nullptr);
    ~AuditService() override;

    // InvalidInput naming "max-items", "starting-token" or "action" (an action never recorded and
    // not one the desk records) when the query is malformed.
    Result<AuditPage> list(const AuditQuery &query) const;

    // An instant as people type it: ISO 8601 ("2026-11-23T12:00:00Z", "2026-11-23" as midnight UTC)
    // or a time ago from the workspace clock ("90s", "15m", "2h", "7d", "1w"). InvalidInput naming
    // field otherwise.
    Result<qint64> parseTime(const QString &text, const QString &field) const;

    // Every action name recorded in this workspace or recorded by this version, sorted by title.
    Result<QStringList> actions() const;
    // A person's name for an action ("Start execution"), translated; the name itself when unknown.
    static QString actionTitle(const QString &action);
    // The readable name of what a row is about: a pipeline's or rule's name, "pipeline / execution
    // id" for an execution; the text itself when it is not an ARN.
    static QString targetName(const QString &target);
    // The CloudFormation-style type of an ARN ("AWS::SageMaker::Pipeline"); empty when unknown.
    static QString resourceType(const QString &target);

signals:
    void entriesAdded();

private:
    void onCommit();

    ServiceContext &m_context;
    int m_listener = 0;
    qint64 m_lastId = 0;
    bool m_checkPending = false;
};

} // namespace Pd
