#include "pipelines/pipelineservice.h"

#include "accounts/connectedaccounts.h"
#include "core/ids.h"
#include "core/session.h"
#include "core/tr.h"
#include "interchange/documentlimits.h"
#include "pipelines/localrunner.h"
#include "pipelines/pipelineaccess.h"
#include "pipelines/pipelinestore.h"
#include "store/database.h"
#include "store/servicecontext.h"

#include <QCryptographicHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLocale>
#include <QLoggingCategory>
#include <QSet>

namespace Pd {

Q_LOGGING_CATEGORY(lcPipelines, "pd.pipelines")

namespace {

const QString tokenField = QStringLiteral("client-request-token");

// The account of an ARN: arn:aws:sagemaker:REGION:ACCOUNT:...
QString accountOfArn(const QString &arn)
{
    return arn.section(QLatin1Char(':'), 4, 4);
}

Status checkToken(const QString &token)
{
    if (token.isEmpty() || (token.size() >= 32 && token.size() <= 128))
        return {};
    return Error::invalid(tokenField, Tr::tr("client-request-token: must be 32 to 128 characters long; “%1” has %2.")
                                          .arg(token)
                                          .arg(token.size()));
}

QString requestHash(const QJsonObject &request)
{
    return QString::fromLatin1(
        QCryptographicHash::hash(QJsonDocument(request).toJson(QJsonDocument::Compact), QCryptographicHash::Sha256)
            .toHex());
}

template<typename T>
Status statusOf(const Result<T> &result)
{
    return result ? Status() : Status(result.error());
}

} // namespace

Result<QList<Pipeline>> PipelineService::pipelines(const QString &identity) const
{
    return PipelineStore(m_context.database()).pipelines(identity);
}

Result<QList<Pipeline>> PipelineService::visiblePipelines(const QString &identity) const
{
    auto arns = visiblePipelineArns(identity);
    if (!arns)
        return arns.error();
    return PipelineStore(m_context.database()).pipelinesByArn(arns.value());
}

Result<QList<Pipeline>> PipelineService::startablePipelines(const QString &identity) const
{
    auto visible = visiblePipelines(identity);
    if (!visible)
        return visible.error();
    // A connected identity's pipelines run in the cloud, which decides who starts them: what the
    // access check allows is offered (canStart refuses it, as the local runner never runs it), so
    // that a rule or schedule for the cloud can name it.
    auto profile = ConnectedAccounts::profileOf(m_context.database(), identity);
    if (!profile)
        return profile.error();
    QList<Pipeline> startable;
    for (const Pipeline &p : visible.value()) {
        if (profile->isEmpty() ? canStart(identity, p.arn).ok()
                               : m_access.check(identity, PipelineAction::StartPipelineExecution, p.arn).ok())
            startable.append(p);
    }
    return startable;
}

Result<QStringList> PipelineService::visiblePipelineArns(const QString &identity) const
{
    auto owned = PipelineStore(m_context.database()).pipelineArns(identity);
    if (!owned)
        return owned.error();
    auto shared = m_access.sharedPipelineArns(identity);
    if (!shared)
        return shared.error();
    QStringList all = owned.value();
    for (const QString &arn : shared.value()) {
        if (!all.contains(arn))
            all.append(arn);
    }
    return all;
}

Result<Pipeline> PipelineService::lookup(const QString &identity, const QString &nameOrArn) const
{
    PipelineStore store(m_context.database());
    if (nameOrArn.isEmpty())
        return Error::invalid(QStringLiteral("pipeline-name"), Tr::tr("pipeline-name: a pipeline name or ARN is required."));
    if (nameOrArn.startsWith(QLatin1String("arn:"))) {
        const ArnParts parts = parseArn(nameOrArn);
        if (!parts.valid || parts.service != QLatin1String("sagemaker")
            || !parts.resource.startsWith(QLatin1String("pipeline/")) || parts.resource.contains(QLatin1String("/execution/")))
            return Error::invalid(QStringLiteral("pipeline-name"),
                                  Tr::tr("pipeline-name: “%1” is not a SageMaker pipeline ARN.").arg(nameOrArn));
        return store.pipeline(nameOrArn);
    }
    auto found = store.pipeline(pipelineArn(m_context.region(), identity, nameOrArn));
    if (!found && found.error().code == Error::Code::NotFound) {
        // A bare name means the identity's own account, as in SageMaker; a pipeline of that name
        // shared by another account is reached by its ARN, so say which ARN the person meant.
        QStringList sharedArns;
        if (auto shared = m_access.sharedPipelineArns(identity)) {
            for (const QString &arn : shared.value()) {
                if (arn.section(QLatin1Char('/'), 1) == nameOrArn)
                    sharedArns.append(arn);
            }
        }
        if (!sharedArns.isEmpty())
            return Error::notFound(Tr::tr("Pipeline “%1” does not exist in account %2. Pipelines shared with you "
                                          "are named by their ARN: %3")
                                       .arg(nameOrArn, identity, sharedArns.join(QStringLiteral(", "))));
        return Error::notFound(Tr::tr("Pipeline “%1” does not exist in account %2.").arg(nameOrArn, identity));
    }
    return found;
}

Result<Pipeline> PipelineService::resolve(const QString &identity, const QString &nameOrArn) const
{
    auto found = lookup(identity, nameOrArn);
    if (!found)
        return found;
    if (Status allowed = m_access.check(identity, PipelineAction::DescribePipeline, found->arn); !allowed)
        return allowed.error();
    return found;
}

Result<Pipeline> PipelineService::owned(const QString &identity, const QString &nameOrArn) const
{
    auto found = lookup(identity, nameOrArn);
    if (!found)
        return found;
    if (found->accountId != identity)
        return Error::denied(Tr::tr("Account %1 may not change pipeline %2: only its owner, account %3, may.")
                                 .arg(identity, found->arn, found->accountId));
    return found;
}

Result<QList<Execution>> PipelineService::recentExecutions(const QString &identity, const QString &pipelineArn,
                                                           int limit) const
{
    auto pipeline = lookup(identity, pipelineArn);
    if (!pipeline)
        return pipeline.error();
    if (Status allowed = m_access.check(identity, PipelineAction::ListPipelineExecutions, pipeline->arn);
        !allowed)
        return allowed.error();
    return PipelineStore(m_context.database()).executions(pipeline->arn, limit);
}

namespace {

// CreatePipeline and UpdatePipeline refuse a PipelineDefinition longer than 1,048,576 characters.
Status checkDefinitionLength(const QByteArray &definition)
{
    if (definition.size() <= DocumentLimits::pipelineDefinitionMaxLength)
        return {};
    const QString text = QString::fromUtf8(definition);
    qint64 characters = 0;
    for (const QChar c : text) {
        if (!c.isLowSurrogate())
            ++characters;
    }
    if (characters <= DocumentLimits::pipelineDefinitionMaxLength)
        return {};
    return Error::invalid(QStringLiteral("pipeline-definition"),
                          Tr::tr("pipeline-definition: the definition is longer than %1 characters, the "
                                 "CreatePipeline limit.")
                              .arg(QLocale(QLocale::English).toString(DocumentLimits::pipelineDefinitionMaxLength)));
}

} // namespace

Status PipelineService::checkInput(const PipelineInput &input, bool create)
{
    if (create) {
        if (Status name = checkPipelineName(input.name); !name)
            return name;
        if (input.definition.isEmpty())
            return Error::invalid(QStringLiteral("pipeline-definition"),
                                  Tr::tr("pipeline-definition: a pipeline definition is required."));
    }
    if (!input.definition.isEmpty()) {
        if (Status length = checkDefinitionLength(input.definition); !length)
            return length;
        if (auto definition = PipelineDefinition::parse(input.definition); !definition)
            return definition.error();
    }
    if (!input.roleArn.isEmpty()) {
        if (Status role = checkIamRoleArn(QStringLiteral("role-arn"), input.roleArn); !role)
            return role;
    }
    return {};
}

Result<Pipeline> PipelineService::createPipeline(const QString &identity, const PipelineInput &input)
{
    if (Status checked = checkInput(input, true); !checked)
        return checked.error();
    if (Status local = ConnectedAccounts::checkLocalChange(m_context.database(), identity, CloudObjectKind::Pipeline,
                                                           input.name);
        !local) {
        m_context.audit().record(identity, QStringLiteral("sagemaker:CreatePipeline"), input.name, local);
        return local.error();
    }
    Pipeline p;
    p.accountId = identity;
    p.region = m_context.region();
    p.name = input.name;
    p.arn = pipelineArn(p.region, identity, input.name);
    p.displayName = input.displayName.isEmpty() ? input.name : input.displayName;
    p.description = input.description;
    p.definition = input.definition;
    p.roleArn = input.roleArn;
    p.createdAt = p.modifiedAt = m_context.clock().nowMs();
    p.createdBy = p.modifiedBy = Session::userName();
    PipelineStore store(m_context.database());
    const Status stored = m_context.database().transaction([&]() -> Status {
        auto existing = store.pipeline(p.arn);
        if (existing)
            return Error::conflict(Tr::tr("A pipeline named “%1” already exists in account %2.").arg(p.name, identity));
        if (existing.error().code != Error::Code::NotFound)
            return existing.error();
        return store.insert(p);
    });
    m_context.audit().record(identity, QStringLiteral("sagemaker:CreatePipeline"), p.arn, stored);
    if (!stored)
        return stored.error();
    emit pipelinesChanged(identity);
    return p;
}

Result<Pipeline> PipelineService::updatePipeline(const QString &identity, const PipelineInput &input)
{
    auto found = owned(identity, input.name);
    if (!found)
        return found;
    if (Status local = checkLocal(*found); !local) {
        m_context.audit().record(identity, QStringLiteral("sagemaker:UpdatePipeline"), found->arn, local);
        return local.error();
    }
    if (Status checked = checkInput(input, false); !checked)
        return checked.error();
    Pipeline p = found.value();
    if (!input.definition.isEmpty())
        p.definition = input.definition;
    if (!input.roleArn.isEmpty())
        p.roleArn = input.roleArn;
    if (!input.displayName.isEmpty())
        p.displayName = input.displayName;
    if (!input.description.isEmpty())
        p.description = input.description;
    p.modifiedAt = m_context.clock().nowMs();
    p.modifiedBy = Session::userName();
    const Status stored =
        m_context.database().transaction([&] { return PipelineStore(m_context.database()).update(p); });
    m_context.audit().record(identity, QStringLiteral("sagemaker:UpdatePipeline"), p.arn, stored);
    if (!stored)
        return stored.error();
    emit pipelinesChanged(identity);
    return p;
}

Result<PipelineReferences> PipelineService::references(const QString &identity, const QString &nameOrArn) const
{
    auto found = resolve(identity, nameOrArn);
    if (!found)
        return found.error();
    return PipelineStore(m_context.database()).references(found->arn);
}

Result<PipelineReferences> PipelineService::deletePipeline(const QString &identity, const QString &nameOrArn)
{
    auto found = owned(identity, nameOrArn);
    if (!found)
        return found.error();
    if (Status local = checkLocal(*found); !local) {
        m_context.audit().record(identity, QStringLiteral("sagemaker:DeletePipeline"), found->arn, local);
        return local.error();
    }
    PipelineStore store(m_context.database());
    PipelineReferences references;
    const Status removed = m_context.database().transaction([&]() -> Status {
        auto refs = store.references(found->arn);
        if (!refs)
            return refs.error();
        references = refs.value();
        return store.remove(found->arn);
    });
    m_context.audit().record(identity, QStringLiteral("sagemaker:DeletePipeline"), found->arn, removed);
    if (!removed)
        return removed.error();
    emit pipelinesChanged(identity);
    emit executionsChanged(found->arn);
    return references;
}

Result<QList<ExecutionParameter>> PipelineService::resolveParameters(const PipelineDefinition &definition,
                                                                     const QList<ExecutionParameter> &given)
{
    QHash<QString, QString> values;
    for (const ExecutionParameter &p : given) {
        bool known = false;
        for (const PipelineParameter &d : definition.parameters)
            known = known || d.name == p.name;
        if (!known) {
            QStringList names;
            for (const PipelineParameter &d : definition.parameters)
                names.append(d.name);
            return Error::invalid(p.name, Tr::tr("Parameter %1: the pipeline has no such parameter (it has: %2).")
                                              .arg(p.name, names.isEmpty() ? Tr::tr("none") : names.join(QStringLiteral(", "))));
        }
        if (values.contains(p.name))
            return Error::invalid(p.name, Tr::tr("Parameter %1: given more than once.").arg(p.name));
        values.insert(p.name, p.value);
    }
    QList<ExecutionParameter> resolved;
    for (const PipelineParameter &d : definition.parameters) {
        if (values.contains(d.name)) {
            const QString value = values.value(d.name);
            if (Status ok = checkParameterValue(d, value); !ok)
                return ok.error();
            resolved.append({d.name, value});
        } else if (d.hasDefault) {
            resolved.append({d.name, d.defaultValue});
        } else {
            return Error::invalid(d.name, Tr::tr("Parameter %1: a value is required (the definition gives no default).")
                                              .arg(d.name));
        }
    }
    return resolved;
}

Status PipelineService::canStart(const QString &identity, const QString &pipelineArn) const
{
    if (Status allowed = m_access.check(identity, PipelineAction::StartPipelineExecution, pipelineArn); !allowed)
        return allowed;
    // A connected account's pipeline runs in the cloud; so does whatever a connected identity starts.
    const QString name = pipelineArn.section(QLatin1Char('/'), 1, 1);
    if (Status local = ConnectedAccounts::checkLocalChange(m_context.database(), accountOfArn(pipelineArn),
                                                           CloudObjectKind::Pipeline, name);
        !local)
        return local;
    return ConnectedAccounts::checkLocalChange(m_context.database(), identity, CloudObjectKind::Pipeline, name);
}

Status PipelineService::canCreatePipeline(const QString &identity) const
{
    return ConnectedAccounts::checkLocalChange(m_context.database(), identity, CloudObjectKind::Pipeline, QString());
}

Status PipelineService::checkLocal(const Pipeline &pipeline) const
{
    return ConnectedAccounts::checkLocalChange(m_context.database(), pipeline.accountId, CloudObjectKind::Pipeline,
                                               pipeline.name);
}

Status PipelineService::checkLocal(const Execution &execution) const
{
    return ConnectedAccounts::checkLocalChange(m_context.database(), accountOfArn(execution.pipelineArn),
                                               CloudObjectKind::Execution,
                                               execution.displayName.isEmpty() ? execution.arn : execution.displayName);
}

Status PipelineService::canStop(const QString &identity, const Execution &execution) const
{
    if (Status allowed = m_access.check(identity, PipelineAction::StopPipelineExecution,
                                                    execution.pipelineArn);
        !allowed)
        return allowed;
    if (Status local = checkLocal(execution); !local)
        return local;
    if (execution.status != ExecutionStatus::Executing)
        return Error::conflict(Tr::tr("Only an executing execution can be stopped; this one is %1.")
                                   .arg(displayName(execution.status)));
    return {};
}

Status PipelineService::canRetry(const QString &identity, const Execution &execution) const
{
    if (Status allowed = m_access.check(identity, PipelineAction::RetryPipelineExecution,
                                                    execution.pipelineArn);
        !allowed)
        return allowed;
    if (Status local = checkLocal(execution); !local)
        return local;
    if (execution.status != ExecutionStatus::Failed)
        return Error::conflict(Tr::tr("Only a failed execution can be retried; this one is %1.")
                                   .arg(displayName(execution.status)));
    return {};
}

Result<QString> PipelineService::start(const QString &identity, const StartRequest &request)
{
    Result<Execution> started = Error::internal(QString());
    const Status status = m_context.database().transaction([&]() -> Status {
        started = startInTransaction(identity, request);
        return statusOf(started);
    });
    m_context.audit().record(identity, actionName(PipelineAction::StartPipelineExecution),
          started ? started->arn : request.pipeline, status);
    if (!status)
        return status.error();
    emit executionsChanged(started->pipelineArn);
    return started->arn;
}

Result<Execution> PipelineService::startInTransaction(const QString &identity, const StartRequest &request)
{
    Database &database = m_context.database();
    if (!database.inTransaction())
        return Error::internal(QStringLiteral("PipelineService::startInTransaction called outside a transaction"));
    auto pipeline = lookup(identity, request.pipeline);
    if (!pipeline)
        return pipeline.error();
    if (Status allowed = canStart(identity, pipeline->arn); !allowed)
        return allowed.error();
    if (Status token = checkToken(request.clientRequestToken); !token)
        return token.error();
    const PipelineDefinition definition = PipelineDefinition::fromJson(pipeline->definition);
    auto parameters = resolveParameters(definition, request.parameters);
    if (!parameters)
        return parameters.error();

    PipelineStore store(database);
    const QString operation = actionName(PipelineAction::StartPipelineExecution);
    QJsonArray parameterArray;
    for (const ExecutionParameter &p : parameters.value())
        parameterArray.append(QJsonArray{p.name, p.value});
    const QString hash = requestHash({{QStringLiteral("PipelineArn"), pipeline->arn},
                                      {QStringLiteral("Parameters"), parameterArray},
                                      {QStringLiteral("DisplayName"), request.displayName},
                                      {QStringLiteral("Description"), request.description}});
    if (!request.clientRequestToken.isEmpty()) {
        auto record = store.idempotencyRecord(identity, operation, request.clientRequestToken);
        if (!record)
            return record.error();
        if (record.value()) {
            if (record.value()->requestHash != hash)
                return Error::invalid(tokenField, Tr::tr("client-request-token: “%1” was already used for a different "
                                                         "request; use a new token for new input.")
                                                      .arg(request.clientRequestToken));
            return store.execution(record.value()->response);
        }
    }

    const qint64 now = m_context.clock().nowMs();
    // The execution keeps the definition it starts with: the runner, a retry and
    // DescribePipelineDefinitionForExecution read it, whatever later updates of the pipeline say.
    auto definitionId = store.definitionVersion(pipeline->arn, pipeline->definition, now);
    if (!definitionId)
        return definitionId.error();
    Execution e;
    e.definitionId = definitionId.value();
    e.pipelineArn = pipeline->arn;
    e.arn = executionArn(pipeline->arn, newExecutionId());
    e.displayName = request.displayName.isEmpty() ? QStringLiteral("execution-%1").arg(now) : request.displayName;
    e.description = request.description;
    e.status = ExecutionStatus::Executing;
    e.parameters = parameters.value();
    e.startedByKind = request.startedByKind;
    e.startedBy = request.startedBy.isEmpty() ? Session::userName() : request.startedBy;
    e.actingAccountId = identity;
    e.startTime = e.lastModifiedTime = now;
    e.clientRequestToken = request.clientRequestToken;
    Simulation::launchReadySteps(e, definition, now);
    if (Status inserted = store.insert(e); !inserted)
        return inserted.error();
    if (!request.clientRequestToken.isEmpty()) {
        if (Status remembered =
                store.insertIdempotencyRecord(identity, operation, request.clientRequestToken, {hash, e.arn}, now);
            !remembered)
            return remembered.error();
    }
    return e;
}

Result<QString> PipelineService::stop(const QString &identity, const QString &executionArn,
                                      const QString &clientRequestToken)
{
    return changeExecution(identity, executionArn, clientRequestToken, false);
}

Result<QString> PipelineService::retry(const QString &identity, const QString &executionArn,
                                       const QString &clientRequestToken)
{
    return changeExecution(identity, executionArn, clientRequestToken, true);
}

Result<QString> PipelineService::changeExecution(const QString &identity, const QString &executionArn,
                                                 const QString &token, bool retry)
{
    const PipelineAction action = retry ? PipelineAction::RetryPipelineExecution : PipelineAction::StopPipelineExecution;
    PipelineStore store(m_context.database());
    QString pipelineArn;
    const Status status = m_context.database().transaction([&]() -> Status {
        auto found = store.execution(executionArn);
        if (!found)
            return found.error();
        Execution e = found.value();
        pipelineArn = e.pipelineArn;
        if (Status allowed = m_access.check(identity, action, e.pipelineArn); !allowed)
            return allowed;
        if (Status local = checkLocal(e); !local)
            return local;
        if (Status valid = checkToken(token); !valid)
            return valid;
        const QString hash = requestHash({{QStringLiteral("PipelineExecutionArn"), executionArn}});
        if (!token.isEmpty()) {
            auto record = store.idempotencyRecord(identity, actionName(action), token);
            if (!record)
                return record.error();
            if (record.value()) {
                if (record.value()->requestHash != hash)
                    return Error::invalid(tokenField, Tr::tr("client-request-token: “%1” was already used for a "
                                                             "different request; use a new token for new input.")
                                                          .arg(token));
                return {};
            }
        }
        if (Status legal = retry ? canRetry(identity, e) : canStop(identity, e); !legal)
            return legal;
        const qint64 now = m_context.clock().nowMs();
        if (retry) {
            auto definition = store.executionDefinition(e);
            if (!definition)
                return definition.error();
            e.status = ExecutionStatus::Executing;
            e.failureReason.clear();
            e.endTime = 0;
            e.startedByKind = StartedByKind::Retry;
            e.startedBy = Session::userName();
            e.actingAccountId = identity;
            for (StepExecution &s : e.steps) {
                if (s.status == StepStatus::Failed || s.status == StepStatus::Stopped) {
                    s.status = StepStatus::Starting;
                    s.startTime = now;
                    s.endTime = 0;
                    s.failureReason.clear();
                    ++s.attempt;
                }
            }
            Simulation::launchReadySteps(e, PipelineDefinition::fromJson(definition->definition), now);
        } else {
            e.status = ExecutionStatus::Stopping;
            for (StepExecution &s : e.steps) {
                if (s.status == StepStatus::Starting || s.status == StepStatus::Executing)
                    s.status = StepStatus::Stopping;
            }
        }
        e.lastModifiedTime = now;
        if (Status saved = store.saveState(e); !saved)
            return saved;
        if (!token.isEmpty())
            return store.insertIdempotencyRecord(identity, actionName(action), token, {hash, executionArn}, now);
        return {};
    });
    m_context.audit().record(identity, actionName(action), executionArn, status);
    if (!status)
        return status.error();
    emit executionsChanged(pipelineArn);
    return executionArn;
}

Result<Execution> PipelineService::executionFor(const QString &identity, const QString &executionArn,
                                                 int action) const
{
    auto found = PipelineStore(m_context.database()).execution(executionArn);
    if (!found)
        return found;
    if (Status allowed = m_access.check(identity, PipelineAction(action), found->pipelineArn); !allowed)
        return allowed.error();
    return found;
}

Result<Execution> PipelineService::describeExecution(const QString &identity, const QString &executionArn) const
{
    auto found = executionFor(identity, executionArn, int(PipelineAction::DescribePipelineExecution));
    if (!found)
        return found;
    PipelineStore store(m_context.database());
    auto definition = store.executionDefinition(found.value());
    if (!definition)
        return definition.error();
    Execution e = found.value();
    resolveExperimentConfig(e, QJsonDocument::fromJson(definition->definition).object(),
                            e.pipelineArn.section(QLatin1Char('/'), 1));
    return e;
}

Result<ExecutionDefinition> PipelineService::executionDefinition(const QString &identity,
                                                                 const QString &executionArn) const
{
    auto found = executionFor(identity, executionArn, int(PipelineAction::DescribePipelineDefinitionForExecution));
    if (!found)
        return found.error();
    PipelineStore store(m_context.database());
    auto pipeline = store.pipeline(found->pipelineArn);
    if (!pipeline)
        return pipeline.error();
    auto definition = store.executionDefinition(found.value());
    if (!definition)
        return definition.error();
    return ExecutionDefinition{definition->definition, pipeline->createdAt};
}

Result<QList<StepExecution>> PipelineService::executionSteps(const QString &identity,
                                                             const QString &executionArn) const
{
    auto found = executionFor(identity, executionArn, int(PipelineAction::ListPipelineExecutionSteps));
    if (!found)
        return found.error();
    return found->steps;
}

Result<QList<ExecutionParameter>> PipelineService::executionParameters(const QString &identity,
                                                                       const QString &executionArn) const
{
    auto found = executionFor(identity, executionArn, int(PipelineAction::ListPipelineParametersForExecution));
    if (!found)
        return found.error();
    return found->parameters;
}

Result<QList<Execution>> PipelineService::listExecutions(const QString &identity,
                                                         const QString &pipelineNameOrArn) const
{
    auto pipeline = lookup(identity, pipelineNameOrArn);
    if (!pipeline)
        return pipeline.error();
    if (Status allowed = m_access.check(identity, PipelineAction::ListPipelineExecutions, pipeline->arn);
        !allowed)
        return allowed.error();
    return PipelineStore(m_context.database()).executions(pipeline->arn, -1);
}

Result<QList<Execution>> PipelineService::findExecutions(const QString &identity, ExecutionQuery query, int offset,
                                                         int limit) const
{
    auto visible = visiblePipelineArns(identity);
    if (!visible)
        return visible.error();
    query.visiblePipelineArns = visible.value();
    return PipelineStore(m_context.database()).findExecutions(query, offset, limit);
}

Result<QHash<QString, StepSimulation>> PipelineService::stepSimulations(const QString &identity,
                                                                         const QString &nameOrArn) const
{
    auto found = resolve(identity, nameOrArn);
    if (!found)
        return found.error();
    return PipelineStore(m_context.database()).stepSimulations(found->arn);
}

Status PipelineService::setStepSimulation(const QString &identity, const QString &nameOrArn, const QString &stepName,
                                          const StepSimulation &simulation)
{
    auto found = owned(identity, nameOrArn);
    if (!found)
        return found.error();
    if (Status local = checkLocal(*found); !local)
        return local;
    if (!PipelineDefinition::fromJson(found->definition).step(stepName))
        return Error::invalid(QStringLiteral("step-name"),
                              Tr::tr("step-name: pipeline %1 has no step “%2”.").arg(found->name, stepName));
    if (simulation.durationMs < 0 || simulation.failAttempts < 0)
        return Error::invalid(QStringLiteral("duration"), Tr::tr("duration and fail-attempts must not be negative."));
    return m_context.database().transaction(
        [&] { return PipelineStore(m_context.database()).setStepSimulation(found->arn, stepName, simulation); });
}

} // namespace Pd
