#include "connected/cloudsync.h"

#include "accounts/accountservice.h"
#include "accounts/connectedaccounts.h"
#include "cloud/awsapicall.h"
#include "connected/cloudconnections.h"
#include "core/tr.h"
#include "pipelines/pipelinemirror.h"
#include "pipelines/sagemakerapi.h"
#include "rules/eventbridgeapi.h"
#include "rules/rulemirror.h"
#include "schedules/schedulemirror.h"
#include "schedules/schedulerapi.h"
#include "sharing/ramapi.h"
#include "sharing/sharemirror.h"
#include "workspace/workspace.h"

#include <QJsonArray>
#include <QTimer>

namespace Pd {

namespace {

// The largest pages the APIs give: fewer requests for the same rows.
constexpr int sageMakerPage = 100;
constexpr int eventBridgePage = 100;
constexpr int schedulerPage = 100;
constexpr int ramPage = 500;

int countOf(const QJsonObject &page, const QString &member)
{
    return int(page.value(member).toArray().size());
}

} // namespace

CloudSync::CloudSync(CloudConnections &connections, QString accountId, SyncScope scope, QObject *parent)
    : QObject(parent)
    , m_connections(connections)
    , m_workspace(connections.workspace())
    , m_accountId(std::move(accountId))
    , m_scope(std::move(scope))
{}

CloudSync::~CloudSync()
{
    // Silently: nobody listens any more. The mirrors end their sessions without deleting anything.
    m_finished = true;
    for (const QPointer<QObject> &step : std::as_const(m_inFlight)) {
        if (auto *pager = qobject_cast<AwsPager *>(step.data()))
            pager->cancel();
        else if (auto *call = qobject_cast<AwsApiCall *>(step.data()))
            call->cancel();
    }
}

void CloudSync::start()
{
    if (m_started)
        return;
    m_started = true;
    // Everything that can be refused before the network is, but still from the event loop, so
    // that finished() always comes after start() returned.
    auto refuse = [this](Status status) {
        QTimer::singleShot(0, this, [this, status] { finish(status); });
    };
    auto profile = ConnectedAccounts::profileOf(m_workspace.database(), m_accountId);
    if (!profile)
        return refuse(profile.error());
    if (profile->isEmpty()) {
        auto account = m_workspace.accounts().account(m_accountId);
        if (!account)
            return refuse(account.error());
        return refuse(Error::conflict(Tr::tr("Account %1 (%2) is a local account: there is nothing to sync from the "
                                             "cloud. Connect an account by testing a profile.")
                                          .arg(account->id, account->name)));
    }
    auto client = m_connections.client(profile.value());
    if (!client)
        return refuse(client.error());
    m_client = client.value();

    ServiceContext &context = m_workspace.context();
    if (m_scope.kinds & (SyncScope::Pipelines | SyncScope::Executions) || !m_scope.executionArn.isEmpty()) {
        auto mirror = PipelineMirror::begin(context, m_workspace.pipelines(), m_accountId);
        if (!mirror)
            return refuse(mirror.error());
        m_pipelines = std::move(mirror).value();
    }
    if (m_scope.kinds & SyncScope::Rules) {
        auto mirror = RuleMirror::begin(context, m_workspace.rules(), m_accountId);
        if (!mirror)
            return refuse(mirror.error());
        m_rules = std::move(mirror).value();
    }
    if (m_scope.kinds & SyncScope::Schedules) {
        auto mirror = ScheduleMirror::begin(context, m_workspace.schedules(), m_accountId);
        if (!mirror)
            return refuse(mirror.error());
        m_schedules = std::move(mirror).value();
    }
    if (m_scope.kinds & SyncScope::Shares) {
        auto mirror = ShareMirror::begin(context, m_workspace.sharing(), m_workspace.access(), m_accountId);
        if (!mirror)
            return refuse(mirror.error());
        m_shares = std::move(mirror).value();
    }

    if (m_scope.kinds & SyncScope::Pipelines)
        syncPipelines();
    else if ((m_scope.kinds & SyncScope::Executions) && !m_scope.pipeline.isEmpty())
        // Only one pipeline's executions: the pipeline first, so that its row is there.
        call(SageMakerApi::describePipeline(), {{QStringLiteral("PipelineName"), m_scope.pipeline}},
             Tr::tr("Pipeline %1").arg(m_scope.pipeline), [this](const QJsonObject &answer) -> Status {
                 if (Status s = m_pipelines->applyPipeline(answer); !s)
                     return s;
                 ++m_counts.pipelines;
                 syncExecutions(answer.value(QStringLiteral("PipelineArn")).toString(),
                                answer.value(QStringLiteral("PipelineName")).toString());
                 return {};
             });
    if (!m_scope.executionArn.isEmpty())
        syncExecution(m_scope.executionArn);
    if (m_scope.kinds & SyncScope::Rules)
        syncRules();
    if (m_scope.kinds & SyncScope::Schedules)
        syncSchedules();
    if (m_scope.kinds & SyncScope::Shares)
        syncShares();
    if (m_queue.empty())
        return refuse(Status()); // nothing asked: done at once
    pump();
}

void CloudSync::cancel()
{
    if (!m_started || m_finished)
        return;
    m_cancelled = true;
    finish(
        Error::internal(Tr::tr("The sync of account %1 was cancelled; what was read before stays.").arg(m_accountId)));
}

void CloudSync::enqueue(Task task, bool front)
{
    if (front)
        m_queue.push_front(std::move(task));
    else
        m_queue.push_back(std::move(task));
    ++m_known;
}

void CloudSync::pump()
{
    while (!m_finished && m_running < m_parallelism && !m_queue.empty()) {
        Task task = std::move(m_queue.front());
        m_queue.pop_front();
        ++m_running;
        task();
    }
    if (!m_finished && m_running == 0 && m_queue.empty())
        finish(Status());
}

void CloudSync::taskDone()
{
    --m_running;
    if (m_finished)
        return;
    pump();
}

void CloudSync::fail(const Error &error)
{
    if (!m_finished)
        finish(error);
}

void CloudSync::finish(Status status)
{
    if (m_finished)
        return;
    m_finished = true;
    m_status = std::move(status);
    m_queue.clear();
    m_writes.clear();
    const QList<QPointer<QObject>> inFlight = m_inFlight;
    m_inFlight.clear();
    for (const QPointer<QObject> &step : inFlight) {
        if (auto *pager = qobject_cast<AwsPager *>(step.data()))
            pager->cancel();
        else if (auto *call = qobject_cast<AwsApiCall *>(step.data()))
            call->cancel();
    }
    if (m_rules)
        m_counts.skipped += m_rules->skippedTargets();
    if (m_schedules)
        m_counts.skipped += m_schedules->skippedSchedules();
    if (m_shares)
        m_counts.skipped += m_shares->skipped();
    // The mirrors end here: their sessions' temporary rows go, nothing unfinished is deleted.
    m_pipelines.reset();
    m_rules.reset();
    m_schedules.reset();
    m_shares.reset();
    if (m_status.ok()) {
        m_workspace.accounts().setConnectionState(m_accountId, ConnectionState::Online);
    } else if (m_client && !m_cancelled) {
        // The window says why the rows are old; the message never holds a secret (the client scrubs).
        // A sync that failed for another reason than the connection (the workspace could not be
        // written, the cloud refused one listing) still leaves the account unusable until the next
        // sync: its rows are partly old.
        ConnectionState state = connectionStateAfter(m_status.error());
        if (state == ConnectionState::Online)
            state = ConnectionState::Offline;
        m_workspace.accounts().setConnectionState(m_accountId, state, m_status.error().message);
    }
    emit finished();
}

void CloudSync::list(const AwsOperation &operation, const QJsonObject &input, const QString &what,
                     std::function<Status(const QJsonObject &)> apply, std::function<Result<int>()> complete,
                     const QString &tokenMember)
{
    enqueue([=] {
        auto *pager = new AwsPager(m_client, operation, input, this, tokenMember);
        m_inFlight.append(pager);
        connect(pager, &AwsPager::page, this, [=](const QJsonObject &page) {
            ++m_known; // the page that followed it is on its way (or the listing ends: corrected below)
            write([=] {
                ++m_done;
                ++m_counts.requests;
                if (Status s = apply(page); !s)
                    return fail(s.error());
                emit progress(m_done, m_known, what);
            });
        });
        connect(pager, &AwsPager::finished, this, [=] {
            m_inFlight.removeAll(pager);
            pager->deleteLater();
            if (m_finished)
                return taskDone();
            const Status status = pager->status();
            write([=] {
                --m_known; // the listing ended: no page follows the last
                if (!status)
                    return fail(status.error());
                if (complete) {
                    auto deleted = complete();
                    if (!deleted)
                        return fail(deleted.error());
                    m_counts.deleted += deleted.value();
                }
                taskDone();
            });
        });
        pager->start();
    });
}

void CloudSync::write(std::function<void()> work)
{
    m_writes.push_back(std::move(work));
    if (m_writes.size() == 1)
        QTimer::singleShot(0, this, &CloudSync::writeNext);
}

void CloudSync::writeNext()
{
    // One answer a turn of the event loop: answers that arrive together are written one after the
    // other with the window's painting and input between them, never as one long stretch.
    if (m_finished || m_writes.empty())
        return;
    auto work = std::move(m_writes.front());
    m_writes.pop_front();
    work();
    if (!m_finished && !m_writes.empty())
        QTimer::singleShot(0, this, &CloudSync::writeNext);
}

void CloudSync::call(const AwsOperation &operation, const QJsonObject &input, const QString &what,
                     std::function<Status(const QJsonObject &)> apply, bool front)
{
    enqueue(
        [=] {
            auto *call = new AwsApiCall(m_client, operation, input, this);
            m_inFlight.append(call);
            connect(call, &AwsApiCall::finished, this, [=] {
                m_inFlight.removeAll(call);
                if (m_finished)
                    return taskDone();
                const Result<QJsonObject> result = call->result();
                write([=] {
                    ++m_done;
                    ++m_counts.requests;
                    if (!result)
                        return fail(result.error());
                    if (Status s = apply(result.value()); !s)
                        return fail(s.error());
                    emit progress(m_done, m_known, what);
                    taskDone();
                });
            });
        },
        front);
}

void CloudSync::syncPipelines()
{
    list(
        SageMakerApi::listPipelines(), {{QStringLiteral("MaxResults"), sageMakerPage}}, Tr::tr("Pipelines"),
        [this](const QJsonObject &page) -> Status {
            if (Status s = m_pipelines->applyPipelines(page); !s)
                return s;
            const QJsonArray summaries = page.value(QStringLiteral("PipelineSummaries")).toArray();
            m_counts.pipelines += int(summaries.size());
            for (const QJsonValue &summary : summaries) {
                const QString arn = summary[QStringLiteral("PipelineArn")].toString();
                const QString name = summary[QStringLiteral("PipelineName")].toString();
                // The definition and status are only in DescribePipeline.
                call(
                    SageMakerApi::describePipeline(), {{QStringLiteral("PipelineName"), arn}},
                    Tr::tr("Pipeline %1").arg(name),
                    [this](const QJsonObject &answer) { return m_pipelines->applyPipeline(answer); }, true);
                if ((m_scope.kinds & SyncScope::Executions) &&
                    (m_scope.pipeline.isEmpty() || m_scope.pipeline == name || m_scope.pipeline == arn))
                    syncExecutions(arn, name);
            }
            return {};
        },
        [this] { return m_pipelines->finishPipelines(); });
}

void CloudSync::syncExecutions(const QString &pipelineArn, const QString &pipelineName)
{
    list(
        SageMakerApi::listPipelineExecutions(),
        {{QStringLiteral("PipelineName"), pipelineArn}, {QStringLiteral("MaxResults"), sageMakerPage}},
        Tr::tr("Executions of %1").arg(pipelineName),
        [this, pipelineArn](const QJsonObject &page) -> Status {
            m_counts.executions += countOf(page, QStringLiteral("PipelineExecutionSummaries"));
            return m_pipelines->applyExecutions(pipelineArn, page);
        },
        [this, pipelineArn] { return m_pipelines->finishExecutions(pipelineArn); });
}

void CloudSync::syncExecution(const QString &executionArn)
{
    const QJsonObject byArn{{QStringLiteral("PipelineExecutionArn"), executionArn}};
    const QString name = executionArn.section(QLatin1Char('/'), -1);
    call(SageMakerApi::describePipelineExecution(), byArn, Tr::tr("Execution %1").arg(name),
         [this, byArn, executionArn, name](const QJsonObject &answer) -> Status {
             if (Status s = m_pipelines->applyExecution(answer); !s)
                 return s;
             // Its steps and parameters need its row: asked for once it is written.
             QJsonObject steps = byArn;
             steps.insert(QStringLiteral("MaxResults"), sageMakerPage);
             list(
                 SageMakerApi::listPipelineExecutionSteps(), steps, Tr::tr("Steps of %1").arg(name),
                 [this, executionArn](const QJsonObject &page) -> Status {
                     m_counts.steps += countOf(page, QStringLiteral("PipelineExecutionSteps"));
                     return m_pipelines->applySteps(executionArn, page);
                 },
                 [this, executionArn] { return m_pipelines->finishSteps(executionArn); });
             auto first = std::make_shared<bool>(true);
             list(SageMakerApi::listPipelineParametersForExecution(), steps, Tr::tr("Parameters of %1").arg(name),
                  [this, executionArn, first](const QJsonObject &page) -> Status {
                      const bool isFirst = std::exchange(*first, false);
                      return m_pipelines->applyParameters(executionArn, page, isFirst);
                  },
                  {});
             return {};
         });
}

void CloudSync::syncRules()
{
    // The default bus is not listed as a row but has rules of its own.
    auto rulesOf = [this](const QString &bus) {
        list(
            EventBridgeApi::listRules(),
            {{QStringLiteral("EventBusName"), bus}, {QStringLiteral("Limit"), eventBridgePage}},
            Tr::tr("Rules of %1").arg(bus),
            [this, bus](const QJsonObject &page) -> Status {
                if (Status s = m_rules->applyRules(bus, page); !s)
                    return s;
                const QJsonArray rules = page.value(QStringLiteral("Rules")).toArray();
                m_counts.rules += int(rules.size());
                for (const QJsonValue &rule : rules) {
                    const QString ruleArn = rule[QStringLiteral("Arn")].toString();
                    const QString name = rule[QStringLiteral("Name")].toString();
                    list(
                        EventBridgeApi::listTargetsByRule(),
                        {{QStringLiteral("Rule"), name},
                         {QStringLiteral("EventBusName"), bus},
                         {QStringLiteral("Limit"), eventBridgePage}},
                        Tr::tr("Targets of %1").arg(name),
                        [this, ruleArn](const QJsonObject &page) -> Status {
                            m_counts.targets += countOf(page, QStringLiteral("Targets"));
                            return m_rules->applyTargets(ruleArn, page);
                        },
                        [this, ruleArn] { return m_rules->finishTargets(ruleArn); });
                }
                return {};
            },
            [this, bus] { return m_rules->finishRules(bus); });
    };
    rulesOf(QStringLiteral("default"));
    list(
        EventBridgeApi::listEventBuses(), {{QStringLiteral("Limit"), eventBridgePage}}, Tr::tr("Event buses"),
        [this, rulesOf](const QJsonObject &page) -> Status {
            if (Status s = m_rules->applyEventBuses(page); !s)
                return s;
            for (const QJsonValue &bus : page.value(QStringLiteral("EventBuses")).toArray()) {
                const QString name = bus[QStringLiteral("Name")].toString();
                if (name == QLatin1String("default"))
                    continue;
                ++m_counts.eventBuses;
                rulesOf(name);
            }
            return {};
        },
        [this] { return m_rules->finishEventBuses(); });
}

void CloudSync::syncSchedules()
{
    list(
        SchedulerApi::listSchedules(), {{QStringLiteral("MaxResults"), schedulerPage}}, Tr::tr("Schedules"),
        [this](const QJsonObject &page) -> Status {
            auto whole = m_schedules->applySchedules(page);
            if (!whole)
                return whole.error();
            m_counts.schedules += countOf(page, QStringLiteral("Schedules"));
            for (const QString &groupAndName : whole.value()) {
                const QString group = groupAndName.section(QLatin1Char('/'), 0, 0);
                const QString name = groupAndName.section(QLatin1Char('/'), 1);
                call(
                    SchedulerApi::getSchedule(), {{QStringLiteral("Name"), name}, {QStringLiteral("GroupName"), group}},
                    Tr::tr("Schedule %1").arg(name),
                    [this](const QJsonObject &answer) { return m_schedules->applySchedule(answer); }, true);
            }
            return {};
        },
        [this] { return m_schedules->finishSchedules(); });
}

void CloudSync::syncShares()
{
    const QString token = QStringLiteral("nextToken");
    list(
        RamApi::getResourceShares(),
        {{QStringLiteral("resourceOwner"), QStringLiteral("SELF")}, {QStringLiteral("maxResults"), ramPage}},
        Tr::tr("Resource shares"),
        [this, token](const QJsonObject &page) -> Status {
            if (Status s = m_shares->applyShares(page); !s)
                return s;
            const QJsonArray shares = page.value(QStringLiteral("resourceShares")).toArray();
            m_counts.shares += int(shares.size());
            for (const QJsonValue &share : shares) {
                const QString arn = share[QStringLiteral("resourceShareArn")].toString();
                list(
                    RamApi::listResources(),
                    {{QStringLiteral("resourceOwner"), QStringLiteral("SELF")},
                     {QStringLiteral("resourceShareArns"), QJsonArray{arn}},
                     {QStringLiteral("maxResults"), ramPage}},
                    Tr::tr("Resources of %1").arg(share[QStringLiteral("name")].toString()),
                    [this, arn](const QJsonObject &page) { return m_shares->applyResources(arn, page); },
                    [this, arn] { return m_shares->finishResources(arn); }, token);
                // Who it is shared with and with which permission decide what they may do here.
                list(
                    RamApi::listPrincipals(),
                    {{QStringLiteral("resourceOwner"), QStringLiteral("SELF")},
                     {QStringLiteral("resourceShareArns"), QJsonArray{arn}},
                     {QStringLiteral("maxResults"), ramPage}},
                    Tr::tr("Principals of %1").arg(share[QStringLiteral("name")].toString()),
                    [this, arn](const QJsonObject &page) { return m_shares->applyPrincipals(arn, page); },
                    [this, arn] { return m_shares->finishPrincipals(arn); }, token);
                list(
                    RamApi::listResourceSharePermissions(),
                    {{QStringLiteral("resourceShareArn"), arn}, {QStringLiteral("maxResults"), 100}},
                    Tr::tr("Permission of %1").arg(share[QStringLiteral("name")].toString()),
                    [this, arn](const QJsonObject &page) { return m_shares->applyPermissions(arn, page); }, {}, token);
            }
            return {};
        },
        [this] { return m_shares->finishShares(); }, token);
    list(
        RamApi::getResourceShareInvitations(), {{QStringLiteral("maxResults"), ramPage}}, Tr::tr("Invitations"),
        [this](const QJsonObject &page) -> Status {
            m_counts.invitations += countOf(page, QStringLiteral("resourceShareInvitations"));
            return m_shares->applyInvitations(page);
        },
        [this] { return m_shares->finishInvitations(); }, token);
}

} // namespace Pd
