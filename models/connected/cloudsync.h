#pragma once

#include "core/result.h"

#include <QJsonObject>
#include <QObject>
#include <QPointer>
#include <QString>

#include <deque>
#include <functional>
#include <memory>

namespace Pd {

class AwsClient;
class AwsPager;
class CloudConnections;
class PipelineMirror;
class RuleMirror;
class ScheduleMirror;
class ShareMirror;
class Workspace;
struct AwsOperation;

// What a sync reads. The kinds the pages and commands show; the steps and parameters of an
// execution are read when it is looked at (executionArn), not for every execution.
struct SyncScope
{
    enum Kind {
        Pipelines = 0x1,  // ListPipelines, DescribePipeline
        Executions = 0x2, // ListPipelineExecutions of each pipeline (or of `pipeline`)
        Rules = 0x4,      // ListEventBuses, ListRules, DescribeRule, ListTargetsByRule
        Schedules = 0x8,  // ListSchedules, GetSchedule
        Shares = 0x10,    // GetResourceShares (SELF), ListResources, ListPrincipals, ListResourceSharePermissions,
                          // GetResourceShareInvitations
        All = 0x1f,
    };
    int kinds = All;
    QString pipeline;     // Executions: only this pipeline's (name or ARN); empty: every pipeline's
    QString executionArn; // also this execution whole: DescribePipelineExecution, its steps, parameters

    static SyncScope all() { return {}; }
    static SyncScope of(int kinds) { return {kinds, {}, {}}; }
};

// One sync of a connected account: reads the cloud through the account's profile, page by page,
// into the workspace's tables (the slices' mirrors), and tells how far it is. Asynchronous on the
// event loop: every page is one short transaction, so a window stays responsive. Listings of
// different pipelines run side by side (at most `parallelism` requests in flight); the pages of one
// listing follow its NextToken.
//
// Finishes exactly once (finished(), then status()). A failure stops it where it is and marks the
// account offline with the reason (AccountService::setConnectionState); a sync that completes
// marks it online. What was written stays written (each page whole); a listing that did not
// complete deletes nothing. cancel() stops at once: status() is Cancelled (exit 130).
class CloudSync : public QObject
{
    Q_OBJECT

public:
    CloudSync(CloudConnections &connections, QString accountId, SyncScope scope = SyncScope::all(),
              QObject *parent = nullptr);
    ~CloudSync() override;

    const QString &accountId() const { return m_accountId; }
    void setParallelism(int requests) { m_parallelism = qMax(1, requests); }

    void start();
    void cancel();
    bool isFinished() const { return m_finished; }
    const Status &status() const { return m_status; }

    // What was read: rows written, by kind; and objects the tables cannot hold (a Lambda target).
    struct Counts
    {
        int pipelines = 0, executions = 0, steps = 0, eventBuses = 0, rules = 0, targets = 0, schedules = 0, shares = 0,
            invitations = 0, skipped = 0, deleted = 0, requests = 0;
    };
    const Counts &counts() const { return m_counts; }

signals:
    // After each answer: requests done, and those known to be left (it grows as listings reveal
    // more), with what is being read ("Executions of train-model", translated).
    void progress(int done, int known, const QString &what);
    void finished();

private:
    using Task = std::function<void()>;
    void enqueue(Task task, bool front = false);
    void pump();
    void taskDone();
    // Answers are written in order, one a turn of the event loop.
    void write(std::function<void()> work);
    void writeNext();
    void fail(const Error &error);
    void finish(Status status);

    // A listing: every page handed to apply; when the last came, complete() (the listing finished).
    void list(const AwsOperation &operation, const QJsonObject &input, const QString &what,
              std::function<Status(const QJsonObject &)> apply, std::function<Result<int>()> complete,
              const QString &tokenMember = QStringLiteral("NextToken"));
    // One call, its answer handed to apply. front: before what is queued (what a listing just named).
    void call(const AwsOperation &operation, const QJsonObject &input, const QString &what,
              std::function<Status(const QJsonObject &)> apply, bool front = false);

    void syncPipelines();
    void syncExecutions(const QString &pipelineArn, const QString &pipelineName);
    void syncExecution(const QString &executionArn);
    void syncRules();
    void syncSchedules();
    void syncShares();

    CloudConnections &m_connections;
    Workspace &m_workspace;
    QString m_accountId;
    SyncScope m_scope;
    AwsClient *m_client = nullptr;
    std::unique_ptr<PipelineMirror> m_pipelines;
    std::unique_ptr<RuleMirror> m_rules;
    std::unique_ptr<ScheduleMirror> m_schedules;
    std::unique_ptr<ShareMirror> m_shares;
    std::deque<Task> m_queue;
    std::deque<std::function<void()>> m_writes;
    QList<QPointer<QObject>> m_inFlight; // pagers and calls, to cancel
    int m_running = 0;
    int m_parallelism = 4;
    int m_done = 0;
    int m_known = 0;
    Counts m_counts;
    Status m_status;
    bool m_started = false;
    bool m_cancelled = false;
    bool m_finished = false;
};

} // namespace Pd
