#pragma once

#include "core/result.h"
#include "pipelines/pipelineaccess.h"

#include <QElapsedTimer>
#include <QObject>
#include <QString>
#include <QStringList>

#include <memory>

namespace Pd {

class AccessIndex;
class AccountService;
class ServiceContext;

// The one place that decides whether an account may do an action on a pipeline (and all its
// executions). Both programs reach it only through the services, so a check cannot be skipped.
//
// An account may do anything on the pipelines it owns; everything else comes from resource shares.
// A refusal is Error::Code::PermissionDenied with a message that names the missing permission or
// the pending invitation.
//
// Decisions come from an in-memory AccessIndex of every active share, built on first use and
// dropped whenever accessChanged() is emitted (the sharing service emits it after each write, so
// a revocation takes effect at once in this process). Another process's writes are noticed
// through a generation counter in the workspace, looked at no more than every 200 ms.
class AccessService : public PipelineAccess
{
    Q_OBJECT

public:
    AccessService(ServiceContext &context, AccountService &accounts);
    ~AccessService() override;

    // pipelineArn may also be an execution ARN: a permission covers the pipeline's executions.
    Status check(const QString &accountId, PipelineAction action, const QString &pipelineArn) const override;

    // Pipelines of OTHER accounts that accountId may at least read (an accepted or organization
    // share with either permission). Owned pipelines are not listed. Sorted.
    Result<QStringList> sharedPipelineArns(const QString &accountId) const override;

    // The strongest access in force and the share that gives it (for the "permission" column of
    // the cross-account view and Shared-with-me).
    struct Grant
    {
        AccessLevel level = AccessLevel::None;
        QString shareArn;
        QString shareName;
    };
    Grant grant(const QString &accountId, const QString &pipelineArn) const;
    AccessLevel level(const QString &accountId, const QString &pipelineArn) const
    {
        return grant(accountId, pipelineArn).level;
    }

private:
    // Null only when the workspace could not be read; check() then refuses with that error.
    const AccessIndex *index(Error *error) const;

    ServiceContext &m_context;
    mutable std::unique_ptr<AccessIndex> m_index;
    mutable qint64 m_generation = -1;
    mutable QElapsedTimer m_sinceValidated;
};

} // namespace Pd
