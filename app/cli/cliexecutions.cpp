#include "cli.h"

#include "clisignals.h"

#include "connected/cloudactions.h"
#include "connected/cloudsync.h"
#include "core/timeformat.h"
#include "core/tr.h"
#include "pipelines/executionjson.h"
#include "pipelines/localrunner.h"
#include "pipelines/pipelineservice.h"
#include "scheduler/enginelease.h"
#include "workspace/workspace.h"

#include <QEventLoop>
#include <QJsonArray>
#include <QJsonDocument>
#include <QTimer>

#include <algorithm>

namespace Pd::Cli {

namespace {

const QString executionArnOption = QStringLiteral("pipeline-execution-arn");
const QString tokenOption = QStringLiteral("client-request-token");

// Exit codes of --wait beyond the usual ones (README): the execution's end, or the signal that
// ended the wait (128 + its number, as a shell reports it).
constexpr int exitFailed = 4;
constexpr int exitStopped = 5;

// Says, when nothing advances the workspace's executions, that this one stays where it is and what
// makes it go on. Nothing when the execution has ended or a program runs them.
void printProgressNotice(Workspace &workspace, const Execution &execution, QTextStream &stream)
{
    if (isTerminal(execution.status))
        return;
    auto advance = EngineLease::executionsAdvance(workspace.context());
    if (!advance || advance.value())
        return;
    stream << Tr::tr("Note: no program runs the executions of this workspace now, so this execution stays %1 "
                     "until one does. Run “pipelinedesk-cli scheduler run”, open the workspace in Pipeline Desk, "
                     "or follow it with “pipelinedesk-cli executions wait --pipeline-execution-arn %2” "
                     "(“executions start --wait” starts and follows in one go).")
                  .arg(toApiString(execution.status), execution.arn)
           << Qt::endl;
}

// One line per step (and for the execution) whose status differs between two readings.
void printTransitions(QTextStream &stream, const Execution *before, const Execution &after, qint64 now)
{
    for (const StepExecution &s : after.steps) {
        const StepExecution *old = before ? before->step(s.name) : nullptr;
        if (old && old->status == s.status && old->attempt == s.attempt)
            continue;
        const qint64 at = s.endTime > 0 ? s.endTime : s.status == StepStatus::Starting ? s.startTime : now;
        if (s.failureReason.isEmpty())
            stream << Tr::tr("%1  step %2: %3").arg(isoUtcMs(at), s.name, toApiString(s.status)) << '\n';
        else
            stream << Tr::tr("%1  step %2: %3 (%4)").arg(isoUtcMs(at), s.name, toApiString(s.status), s.failureReason)
                   << '\n';
    }
    if (!before || before->status != after.status) {
        const qint64 at = after.endTime > 0 ? after.endTime : before ? now : after.startTime;
        stream << Tr::tr("%1  execution %2: %3").arg(isoUtcMs(at), after.displayName, toApiString(after.status))
               << '\n';
    }
    stream.flush();
}

// The account an ARN names (arn:aws:sagemaker:us-east-1:111111111111:pipeline/train); empty for a name.
QString accountOfArn(const QString &nameOrArn)
{
    return nameOrArn.startsWith(QLatin1String("arn:")) ? nameOrArn.section(QLatin1Char(':'), 4, 4) : QString();
}

// Follows an execution to its end, running the local runner in this process meanwhile. Another
// program may run one at the same time (the GUI, `scheduler run`): each runner applies a transition
// in one write transaction from the state stored, so whichever comes first applies it and the
// other finds it done; no step runs twice. Progress goes to `stream`; returns the exit code.
int followExecution(Context &context, const Who &w, const QString &arn, QTextStream &stream)
{
    StopSignals stopSignals;
    if (!stopSignals.isValid())
        return context.fail(Error::internal(Tr::tr("Could not set up the signal handling to wait for the execution.")));
    PipelineService &service = w.workspace->pipelines();
    auto first = service.describeExecution(w.identity, arn);
    if (!first)
        return context.fail(first.error());
    Execution last = first.value();
    printTransitions(stream, nullptr, last, w.workspace->clock().nowMs());

    std::optional<Error> error;
    if (!isTerminal(last.status)) {
        QEventLoop loop;
        auto look = [&] {
            auto now = service.describeExecution(w.identity, arn);
            if (!now) {
                error = now.error();
                loop.exit(1);
                return;
            }
            printTransitions(stream, &last, now.value(), w.workspace->clock().nowMs());
            last = now.value();
            if (isTerminal(last.status))
                loop.exit(0);
        };
        // The runner says when it changed something; the timer sees what another program changed.
        QObject::connect(&service, &PipelineService::executionsChanged, &loop, [&](const QString &pipelineArn) {
            if (pipelineArn == last.pipelineArn)
                look();
        });
        QTimer poll;
        poll.setInterval(250);
        QObject::connect(&poll, &QTimer::timeout, &loop, look);
        stopSignals.onStop(&loop, [&loop] { loop.exit(0); });
        LocalRunner runner(w.workspace->context(), service);
        runner.start();
        poll.start();
        loop.exec();
        runner.stop();
    }
    if (error)
        return context.fail(*error);
    if (!isTerminal(last.status)) {
        context.err() << Tr::tr("Stopped waiting; execution %1 is still %2 and goes on when a program runs the "
                                "workspace's executions.")
                             .arg(last.arn, toApiString(last.status))
                      << Qt::endl;
        return 128 + StopSignals::signalNumber();
    }
    if (last.status == ExecutionStatus::Failed)
        return exitFailed;
    if (last.status == ExecutionStatus::Stopped)
        return exitStopped;
    return 0;
}

// Follows an execution of a connected account to its end: the cloud runs it, so this program
// asks it (DescribePipelineExecution and the steps, through a sync of that execution into the
// workspace) after 1, 2, 4… seconds, at most 15 apart, printing the transitions as
// followExecution does. A signal stops the wait (the execution goes on in the cloud).
int followCloudExecution(Context &context, const Who &w, const QString &mirrorAccount, const QString &arn,
                         QTextStream &stream)
{
    PipelineService &service = w.workspace->pipelines();
    SyncScope scope;
    scope.kinds = 0;
    scope.executionArn = arn;
    auto first = service.describeExecution(w.identity, arn);
    if (!first && first.error().code == Error::Code::NotFound) {
        // Not read yet (`executions wait` on an execution started elsewhere): read it first.
        if (Status s = context.sync(mirrorAccount, scope, false); !s)
            return context.fail(s.error());
        first = service.describeExecution(w.identity, arn);
    }
    if (!first)
        return context.fail(first.error());
    Execution last = first.value();
    printTransitions(stream, nullptr, last, w.workspace->clock().nowMs());
    int signal = 0;
    for (int delayMs = 1000; !isTerminal(last.status); delayMs = qMin(2 * delayMs, 15000)) {
        if (StopSignals::stopRequested()) {
            signal = StopSignals::signalNumber(); // it came while the last answer was being read
            break;
        }
        {
            QEventLoop loop;
            QTimer::singleShot(delayMs, &loop, &QEventLoop::quit);
            context.stopSignals().onStop(&loop, [&loop, &signal] {
                signal = StopSignals::signalNumber();
                loop.quit();
            });
            loop.exec();
        }
        if (signal != 0)
            break;
        if (Status s = context.sync(mirrorAccount, scope, false); !s) {
            if (!context.wasInterrupted())
                return context.fail(s.error());
            signal = StopSignals::signalNumber(); // the sync was cancelled by it
            break;
        }
        auto now = service.describeExecution(w.identity, arn);
        if (!now)
            return context.fail(now.error());
        printTransitions(stream, &last, now.value(), w.workspace->clock().nowMs());
        last = now.value();
    }
    if (!isTerminal(last.status)) {
        context.err() << Tr::tr("Stopped waiting; execution %1 is still %2 and goes on in the cloud.")
                             .arg(last.arn, toApiString(last.status))
                      << Qt::endl;
        return 128 + signal;
    }
    if (last.status == ExecutionStatus::Failed)
        return exitFailed;
    if (last.status == ExecutionStatus::Stopped)
        return exitStopped;
    return 0;
}

// The account whose mirror holds a connected execution: the account its ARN names when that one
// is connected, else the identity's (a shared pipeline's execution started as it); empty when
// neither is connected.
QString mirrorAccountOf(CloudActions &actions, const QString &identity, const QString &arn)
{
    const QString owner = accountOfArn(arn);
    if (!actions.profileOf(owner).isEmpty())
        return owner;
    return actions.profileOf(identity).isEmpty() ? QString() : identity;
}

int startExecution(Context &context)
{
    const Who w = who(context);
    if (!w.workspace)
        return w.exitCode;
    auto pipeline = requiredValue(context, QStringLiteral("pipeline-name"));
    if (!pipeline)
        return context.fail(pipeline.error());
    auto pairs = context.pairs(QStringLiteral("parameter"));
    if (!pairs)
        return context.fail(pairs.error());
    StartRequest request;
    request.pipeline = pipeline.value();
    for (const auto &[name, value] : pairs.value())
        request.parameters.append({name, value});
    request.displayName = context.value(QStringLiteral("display-name"));
    request.description = context.value(QStringLiteral("description"));
    request.clientRequestToken = context.value(tokenOption);
    auto actions = context.actions();
    if (!actions)
        return context.fail(actions.error());
    // A connected account's execution is started in the cloud (CloudActions decides whose profile
    // calls: the identity's, or the account of a pipeline named by ARN); a local one as always.
    const bool connected = !actions.value()->profileOf(w.identity).isEmpty() ||
                           !actions.value()->profileOf(accountOfArn(request.pipeline)).isEmpty();
    if (connected) {
        if (Status s = context.checkCloudAction(); !s)
            return context.fail(s.error());
    }
    QString arn;
    if (Status s = context.await(actions.value()->start(w.identity, request), &arn); !s)
        return context.fail(s.error());
    if (context.json())
        context.printJson({{QStringLiteral("PipelineExecutionArn"), arn}});
    else
        context.out() << arn << Qt::endl;
    // stdout holds only the ARN (or the AWS shape), so that scripts can keep capturing it: the
    // progress of --wait and the notice go where the JSON cannot be disturbed.
    QTextStream &progress = context.json() ? context.err() : context.out();
    if (connected) {
        // The cloud runs it: no local runner to wait for or to mention.
        const QString mirror = mirrorAccountOf(*actions.value(), w.identity, arn);
        if (!context.isSet(QStringLiteral("wait")) || mirror.isEmpty())
            return 0;
        return followCloudExecution(context, w, mirror, arn, progress);
    }
    if (context.isSet(QStringLiteral("wait")))
        return followExecution(context, w, arn, progress);
    if (auto started = w.workspace->pipelines().describeExecution(w.identity, arn))
        printProgressNotice(*w.workspace, started.value(), context.err());
    return 0;
}

int waitExecution(Context &context)
{
    const Who w = who(context);
    if (!w.workspace)
        return w.exitCode;
    auto arn = requiredValue(context, executionArnOption);
    if (!arn)
        return context.fail(arn.error());
    QTextStream &progress = context.json() ? context.err() : context.out();
    auto actions = context.actions();
    if (!actions)
        return context.fail(actions.error());
    const QString mirror = mirrorAccountOf(*actions.value(), w.identity, arn.value());
    if (!mirror.isEmpty()) {
        if (Status s = context.checkCloudAction(); !s)
            return context.fail(s.error());
        return followCloudExecution(context, w, mirror, arn.value(), progress);
    }
    return followExecution(context, w, arn.value(), progress);
}

int changeExecution(Context &context, bool retry)
{
    const Who w = who(context);
    if (!w.workspace)
        return w.exitCode;
    auto arn = requiredValue(context, executionArnOption);
    if (!arn)
        return context.fail(arn.error());
    auto actions = context.actions();
    if (!actions)
        return context.fail(actions.error());
    if (!actions.value()->profileOf(w.identity).isEmpty() ||
        !actions.value()->profileOf(accountOfArn(arn.value())).isEmpty()) {
        if (Status s = context.checkCloudAction(); !s)
            return context.fail(s.error());
    }
    const QString token = context.value(tokenOption);
    QString changed;
    if (Status s = context.await(retry ? actions.value()->retry(w.identity, arn.value(), token)
                                       : actions.value()->stop(w.identity, arn.value(), token),
                                 &changed);
        !s)
        return context.fail(s.error());
    if (context.json())
        context.printJson({{QStringLiteral("PipelineExecutionArn"), changed}});
    else
        context.out() << changed << Qt::endl;
    return 0;
}

int listExecutions(Context &context)
{
    const Who w = who(context);
    if (!w.workspace)
        return w.exitCode;
    auto pipeline = requiredValue(context, QStringLiteral("pipeline-name"));
    if (!pipeline)
        return context.fail(pipeline.error());
    auto executions = w.workspace->pipelines().listExecutions(w.identity, pipeline.value());
    if (!executions)
        return context.fail(executions.error());
    if (context.json()) {
        QJsonArray summaries;
        for (const Execution &e : executions.value())
            summaries.append(executionSummaryJson(e));
        context.printJson({{QStringLiteral("PipelineExecutionSummaries"), summaries}});
        return 0;
    }
    QList<QStringList> rows;
    for (const Execution &e : executions.value())
        rows.append({e.displayName, toApiString(e.status), isoUtcMs(e.startTime), e.arn});
    context.printTable({Tr::tr("NAME"), Tr::tr("STATUS"), Tr::tr("STARTED"), Tr::tr("ARN")}, rows);
    return 0;
}

int describeExecution(Context &context)
{
    const Who w = who(context);
    if (!w.workspace)
        return w.exitCode;
    auto arn = requiredValue(context, executionArnOption);
    if (!arn)
        return context.fail(arn.error());
    auto e = w.workspace->pipelines().describeExecution(w.identity, arn.value());
    if (!e)
        return context.fail(e.error());
    if (context.json()) {
        context.printJson(executionJson(e.value()));
        printProgressNotice(*w.workspace, e.value(), context.err());
        return 0;
    }
    QTextStream &out = context.out();
    out << Tr::tr("Name: %1").arg(e->displayName) << '\n'
        << Tr::tr("ARN: %1").arg(e->arn) << '\n'
        << Tr::tr("Status: %1").arg(toApiString(e->status)) << '\n'
        << Tr::tr("Started: %1 by %2 (%3, account %4)")
               .arg(isoUtcMs(e->startTime), e->startedBy, toApiString(e->startedByKind), e->actingAccountId)
        << '\n';
    if (e->endTime > 0)
        out << Tr::tr("Ended: %1").arg(isoUtcMs(e->endTime)) << '\n';
    if (!e->failureReason.isEmpty())
        out << Tr::tr("Failure reason: %1").arg(e->failureReason) << '\n';
    printProgressNotice(*w.workspace, e.value(), out);
    out.flush();
    return 0;
}

int describeDefinition(Context &context)
{
    const Who w = who(context);
    if (!w.workspace)
        return w.exitCode;
    auto arn = requiredValue(context, executionArnOption);
    if (!arn)
        return context.fail(arn.error());
    auto definition = w.workspace->pipelines().executionDefinition(w.identity, arn.value());
    if (!definition)
        return context.fail(definition.error());
    if (context.json()) {
        context.printJson({{QStringLiteral("PipelineDefinition"), QString::fromUtf8(definition->definition)},
                           {QStringLiteral("CreationTime"), isoUtcMs(definition->creationTime)}});
        return 0;
    }
    // The definition itself, indented for reading; a text that is not JSON is shown as it is.
    const QJsonDocument document = QJsonDocument::fromJson(definition->definition);
    context.out() << (document.isObject() ? QString::fromUtf8(document.toJson(QJsonDocument::Indented))
                                          : QString::fromUtf8(definition->definition) + QLatin1Char('\n'));
    context.out().flush();
    return 0;
}

int listSteps(Context &context)
{
    const Who w = who(context);
    if (!w.workspace)
        return w.exitCode;
    auto arn = requiredValue(context, executionArnOption);
    if (!arn)
        return context.fail(arn.error());
    auto steps = w.workspace->pipelines().executionSteps(w.identity, arn.value());
    if (!steps)
        return context.fail(steps.error());
    // SageMaker lists the most recently started step first.
    QList<StepExecution> ordered = steps.value();
    std::reverse(ordered.begin(), ordered.end());
    std::stable_sort(ordered.begin(), ordered.end(),
                     [](const StepExecution &a, const StepExecution &b) { return a.startTime > b.startTime; });
    if (context.json()) {
        QJsonArray array;
        for (const StepExecution &s : ordered)
            array.append(stepExecutionJson(s));
        context.printJson({{QStringLiteral("PipelineExecutionSteps"), array}});
        return 0;
    }
    QList<QStringList> rows;
    for (const StepExecution &s : ordered)
        rows.append({s.name, toApiString(s.status), s.startTime > 0 ? isoUtcMs(s.startTime) : QString(),
                     s.endTime > 0 ? isoUtcMs(s.endTime) : QString(), s.failureReason});
    context.printTable({Tr::tr("STEP"), Tr::tr("STATUS"), Tr::tr("STARTED"), Tr::tr("ENDED"), Tr::tr("FAILURE REASON")},
                       rows);
    return 0;
}

int listParameters(Context &context)
{
    const Who w = who(context);
    if (!w.workspace)
        return w.exitCode;
    auto arn = requiredValue(context, executionArnOption);
    if (!arn)
        return context.fail(arn.error());
    auto parameters = w.workspace->pipelines().executionParameters(w.identity, arn.value());
    if (!parameters)
        return context.fail(parameters.error());
    if (context.json()) {
        QJsonArray array;
        for (const ExecutionParameter &p : parameters.value())
            array.append(QJsonObject{{QStringLiteral("Name"), p.name}, {QStringLiteral("Value"), p.value}});
        context.printJson({{QStringLiteral("PipelineParameters"), array}});
        return 0;
    }
    QList<QStringList> rows;
    for (const ExecutionParameter &p : parameters.value())
        rows.append({p.name, p.value});
    context.printTable({Tr::tr("NAME"), Tr::tr("VALUE")}, rows);
    return 0;
}

QCommandLineOption executionArn()
{
    return QCommandLineOption(executionArnOption, Tr::tr("The execution's ARN."), Tr::tr("ARN"));
}

QCommandLineOption token()
{
    return QCommandLineOption(tokenOption,
                              Tr::tr("32 to 128 characters that make a repeated request return the first result."),
                              Tr::tr("TOKEN"));
}

} // namespace

void registerExecutionCommands(Registry &registry)
{
    registry.add(
        {QStringLiteral("executions"),
         QStringLiteral("start"),
         Tr::tr("Start an execution of a pipeline; prints its ARN."),
         {QCommandLineOption(QStringLiteral("pipeline-name"), Tr::tr("The pipeline's name or ARN."),
                             Tr::tr("NAME_OR_ARN")),
          QCommandLineOption(QStringLiteral("parameter"),
                             Tr::tr("A pipeline parameter value (repeatable); others take their default."),
                             Tr::tr("Name=Value")),
          QCommandLineOption(QStringLiteral("display-name"), Tr::tr("The execution's display name."), Tr::tr("NAME")),
          QCommandLineOption(QStringLiteral("description"), Tr::tr("A description of the execution."), Tr::tr("TEXT")),
          token(),
          QCommandLineOption(QStringLiteral("wait"),
                             Tr::tr("Run the execution in this program until it ends, printing each step's "
                                    "transitions; exit 0 when it succeeded, 4 when it failed, 5 when it was "
                                    "stopped."))},
         startExecution});
    registry.add({QStringLiteral("executions"),
                  QStringLiteral("wait"),
                  Tr::tr("Run an execution in this program until it ends, printing each step's transitions; exit 0 "
                         "when it succeeded, 4 when it failed, 5 when it was stopped."),
                  {executionArn()},
                  waitExecution});
    registry.add({QStringLiteral("executions"),
                  QStringLiteral("stop"),
                  Tr::tr("Stop an executing execution."),
                  {executionArn(), token()},
                  [](Context &context) {
                      return changeExecution(context, false);
                  }});
    registry.add({QStringLiteral("executions"),
                  QStringLiteral("retry"),
                  Tr::tr("Retry a failed execution: failed and never-run steps run again."),
                  {executionArn(), token()},
                  [](Context &context) {
                      return changeExecution(context, true);
                  }});
    registry
        .add({QStringLiteral("executions"),
              QStringLiteral("list"),
              Tr::tr("List the executions of a pipeline, newest first."),
              {QCommandLineOption(QStringLiteral("pipeline-name"), Tr::tr("The pipeline's name or ARN."),
                                  Tr::tr("NAME_OR_ARN"))},
              listExecutions})
        .reads = SyncScope::Executions;
    registry
        .add({QStringLiteral("executions"),
              QStringLiteral("describe"),
              Tr::tr("Describe one execution."),
              {executionArn()},
              describeExecution})
        .reads = ReadsExecution;
    registry
        .add({QStringLiteral("executions"),
              QStringLiteral("describe-definition"),
              Tr::tr("Print the pipeline definition an execution started with "
                     "(DescribePipelineDefinitionForExecution)."),
              {executionArn()},
              describeDefinition})
        .reads = ReadsExecution;
    registry
        .add({QStringLiteral("executions"),
              QStringLiteral("list-steps"),
              Tr::tr("List the steps of an execution that have started, newest first."),
              {executionArn()},
              listSteps})
        .reads = ReadsExecution;
    registry
        .add({QStringLiteral("executions"),
              QStringLiteral("list-parameters"),
              Tr::tr("List the parameters an execution runs with."),
              {executionArn()},
              listParameters})
        .reads = ReadsExecution;
}

} // namespace Pd::Cli
