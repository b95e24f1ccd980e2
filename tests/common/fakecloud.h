#pragma once

// A small AWS account behind a FakeAwsServer for tests and benchmarks of connected accounts: STS,
// SageMaker pipelines and executions (paginated, each page answered as the API pages), EventBridge,
// Scheduler and RAM with what a test puts in them. Answers by operation, so one handler serves a
// whole sync; a test can make one operation fail or wait.
//
//     PdTest::FakeAwsServer server;
//     PdTest::FakeCloud cloud;
//     cloud.addPipelines(2, 3); // 2 pipelines of 3 executions
//     cloud.serve(server);

#include "fakeawsserver.h"

#include <QHash>
#include <QJsonArray>
#include <QList>
#include <QString>

namespace PdTest {

class FakeCloud
{
public:
    QString accountId = QStringLiteral("444444444444");
    QString region = QStringLiteral("us-east-1");
    QString callerArn = QStringLiteral("arn:aws:iam::444444444444:user/ana");
    int pageSize = 100; // what the fake pages by, whatever MaxResults says (the API's largest)

    struct Pipeline
    {
        QString name;
        QList<QJsonObject> executions; // ListPipelineExecutions summaries, newest first
        // What CreatePipeline / UpdatePipeline said; empty: the fake's own (two steps, its role).
        QString displayName;
        QString description;
        QString definition;
        QString roleArn;
    };
    QList<Pipeline> pipelines;
    // CreatePipeline's, UpdatePipeline's and DeletePipeline's inputs, in order. A name taken is
    // refused as SageMaker does (ValidationException "Pipeline names must be unique…"); a pipeline
    // that is not there is ResourceNotFound for update and delete.
    QList<QJsonObject> createdPipelines;
    QList<QJsonObject> updatedPipelines;
    QList<QJsonObject> deletedPipelines;
    QJsonArray rules;                            // ListRules entries of the default bus
    QJsonArray targets;                          // ListTargetsByRule of every rule without its own in ruleTargets
    QHash<QString, QJsonArray> ruleTargets;      // by rule name: its targets (PutTargets, RemoveTargets change them)
    QList<QJsonObject> putRules;                 // PutRule's inputs, in order (ListRules then lists the rule)
    QList<QJsonObject> putTargets;               // PutTargets' inputs, in order
    QList<QJsonObject> putEvents;                // PutEvents' inputs, in order
    QHash<QString, QString> refusedTargets;      // target id → the message PutTargets fails its entry with
    QJsonArray schedules;                        // ListSchedules entries
    QHash<QString, QJsonObject> scheduleDetails; // "group/name" → what GetSchedule answers
    QList<QJsonObject> scheduleUpdates;          // UpdateSchedule's inputs, in order
    QList<QJsonObject> scheduleCreates;          // CreateSchedule's inputs, in order
    int scheduleChanges = 0;                     // creates and updates so far: each one's LastModificationDate is later
    QJsonArray invitations; // GetResourceShareInvitations entries (Accept/Reject change their status)
    // A rule on the default bus with `targetCount` pipeline targets.
    void addRule(const QString &name, const QString &pattern, int targetCount);
    // A schedule of the default group that starts `pipeline`.
    void addSchedule(const QString &name, const QString &expression, const QString &pipeline);
    // GetResourceShares (SELF) entries, and per share ARN its ListResources / ListPrincipals entries
    // and ListResourceSharePermissions' permissions.
    QJsonArray shares;
    QHash<QString, QJsonArray> shareResources;
    QHash<QString, QJsonArray> sharePrincipals;
    QHash<QString, QJsonArray> sharePermissions;
    // A share of pipeline `pipeline` with `principal` (an account id) under the given permission ARN.
    QString addShare(const QString &name, const QString &pipeline, const QString &principal,
                     const QString &permissionArn);
    // The inputs of the RAM writes (Create/Update/DeleteResourceShare, Associate/
    // DisassociateResourceShare, EnableSharingWithAwsOrganization), by API name, in order; they
    // change the lists above as RAM would, so that a sync reads the change back. Errors as RAM
    // answers them: UnknownResourceException for a share or pipeline it does not have,
    // InvalidParameterException for a missing name, IdempotentParameterMismatchException for a
    // client token used with another name.
    QHash<QString, QList<QJsonObject>> shareWrites;
    // Associate/Disassociate: an entity (pipeline ARN or principal) named here is answered with
    // status FAILED and this statusMessage, and left as it was.
    QHash<QString, QString> failingAssociations;
    bool organizationSharing = false;
    // The operation (API name) → the answer it gets instead of the fake's own, every time.
    QHash<QString, FakeAnswer> overrides;
    // Each operation's requests, by API name.
    QHash<QString, int> calls;
    // StartPipelineExecution's inputs, in order.
    QList<QJsonObject> started;

    QString pipelineArn(const QString &name) const;
    QString executionArn(const QString &pipeline, int index) const;
    // `count` pipelines "pipeline-0"… of `executions` executions each (statuses in turn).
    void addPipelines(int count, int executions);

    void serve(FakeAwsServer &server);
    FakeAnswer answer(const FakeRequest &request);
    // The API name of a request of any of the three protocols.
    static QString operationOf(const FakeRequest &request);

private:
    FakeAnswer page(const QJsonArray &all, const QString &member, const QJsonObject &input,
                    const QString &tokenMember = QStringLiteral("NextToken"));
    const Pipeline *find(const QString &nameOrArn) const;
    QJsonObject describeExecution(const QString &arn) const;
    FakeAnswer answerShareWrite(const QString &operation, const QJsonObject &input);
};

} // namespace PdTest
