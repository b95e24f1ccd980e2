#include "sharing/accessservice.h"

#include "accounts/accountservice.h"
#include "core/timeformat.h"
#include "core/tr.h"
#include "sharing/accessindex.h"
#include "sharing/sharestore.h"
#include "store/database.h"
#include "store/servicecontext.h"

#include <QTimeZone>

namespace Pd {

namespace {

// How long a cached index is trusted before the workspace's generation counter is read again.
// Only writes of OTHER processes need it; this process's writes drop the index at once.
constexpr qint64 revalidateAfterMs = 200;

// The pipeline ARN of a pipeline or execution ARN, and the owning account, without allocating
// a list as parseArn() does: this runs on every decision.
QStringView pipelinePart(const QString &arn)
{
    const qsizetype execution = arn.indexOf(QLatin1String("/execution/"));
    return execution < 0 ? QStringView(arn) : QStringView(arn).left(execution);
}

QStringView accountPart(QStringView arn)
{
    qsizetype from = 0;
    for (int field = 0; field < 4; ++field) {
        from = arn.indexOf(QLatin1Char(':'), from);
        if (from < 0)
            return {};
        ++from;
    }
    const qsizetype end = arn.indexOf(QLatin1Char(':'), from);
    return end < 0 ? QStringView() : arn.mid(from, end - from);
}

} // namespace


AccessService::AccessService(ServiceContext &context, AccountService &accounts) : m_context(context)
{
    // Whoever changes shares, invitations or organizations emits accessChanged(); every cached
    // decision goes with it.
    connect(this, &AccessService::accessChanged, this, [this] { m_index.reset(); });
    connect(&accounts, &AccountService::accountsChanged, this, &AccessService::accessChanged);
}

AccessService::~AccessService() = default;

const AccessIndex *AccessService::index(Error *error) const
{
    if (m_index && m_sinceValidated.isValid() && m_sinceValidated.elapsed() < revalidateAfterMs)
        return m_index.get();
    Database &database = m_context.database();
    const qint64 generation = ShareStore(database).generation();
    if (!m_index || generation != m_generation) {
        auto built = AccessIndex::build(database);
        if (!built) {
            *error = built.error();
            m_index.reset();
            return nullptr;
        }
        m_index = std::make_unique<AccessIndex>(std::move(built).value());
        m_generation = generation;
    }
    m_sinceValidated.start();
    return m_index.get();
}

Status AccessService::check(const QString &accountId, PipelineAction action, const QString &pipelineArn) const
{
    const QStringView pipeline = pipelinePart(pipelineArn);
    const QStringView owner = accountPart(pipeline);
    if (!owner.isEmpty() && owner == accountId)
        return {};

    Error error;
    const AccessIndex *index = this->index(&error);
    if (!index)
        return error;
    const SharePermission needed = permissionNeededFor(action);
    const QString pipelineText = pipeline.toString();
    const QString ownerText = owner.toString();
    const auto *entries = index->entriesFor(pipelineText);
    const AccessIndex::Entry *best = nullptr;
    const AccessIndex::Entry *invited = nullptr;
    bool rejected = false;
    if (entries) {
        for (const QString &key : index->keysOf(accountId)) {
            const auto it = entries->constFind(key);
            if (it == entries->cend())
                continue;
            if (it->granted >= 0 && (!best || it->granted > best->granted))
                best = &it.value();
            if (!it->invitationArn.isEmpty() && (!invited || it->invitationExpiresAt > invited->invitationExpiresAt))
                invited = &it.value();
            rejected = rejected || it->rejected;
        }
    }
    if (best && permissionGrants(SharePermission(best->granted), action))
        return {};

    // Refused: say exactly what is missing, so the user knows whom to ask for what.
    const QString neededName = permissionName(needed);
    if (best) {
        return Error::denied(Tr::tr("Account %1 may not perform %2 on %3: the resource share “%4” grants only "
                                    "%5; this action needs %6.")
                                 .arg(accountId, actionName(action), pipelineText, best->grantingShare,
                                      permissionName(SharePermission(best->granted)), neededName));
    }
    if (invited) {
        const qint64 now = m_context.clock().nowMs();
        const QString expires = isoUtcMs(invited->invitationExpiresAt);
        if (now < invited->invitationExpiresAt)
            return Error::denied(Tr::tr("Account %1 may not perform %2 on %3 yet: the invitation %4 to the resource "
                                        "share “%5” is pending. Accept it before %6 to get access.")
                                     .arg(accountId, actionName(action), pipelineText, invited->invitationArn,
                                          invited->invitationShare, expires));
        return Error::denied(Tr::tr("Account %1 may not perform %2 on %3: the invitation %4 to the resource share "
                                    "“%5” expired at %6. Ask account %7 to share the pipeline again.")
                                 .arg(accountId, actionName(action), pipelineText, invited->invitationArn,
                                      invited->invitationShare, expires, ownerText));
    }
    if (rejected)
        return Error::denied(Tr::tr("Account %1 may not perform %2 on %3: the invitation to share it was rejected, "
                                    "so no resource share grants %4.")
                                 .arg(accountId, actionName(action), pipelineText, neededName));
    return Error::denied(Tr::tr("Account %1 may not perform %2 on %3: the pipeline belongs to account %4 and no "
                                "resource share grants %5 to this account.")
                             .arg(accountId, actionName(action), pipelineText, ownerText, neededName));
}

AccessService::Grant AccessService::grant(const QString &accountId, const QString &pipelineArn) const
{
    const QStringView pipeline = pipelinePart(pipelineArn);
    if (accountPart(pipeline) == accountId)
        return {AccessLevel::Owner, QString(), QString()};
    Error error;
    const AccessIndex *index = this->index(&error);
    const auto *entries = index ? index->entriesFor(pipeline.toString()) : nullptr;
    if (!entries)
        return {};
    const AccessIndex::Entry *best = nullptr;
    for (const QString &key : index->keysOf(accountId)) {
        const auto it = entries->constFind(key);
        if (it != entries->cend() && it->granted >= 0 && (!best || it->granted > best->granted))
            best = &it.value();
    }
    if (!best)
        return {};
    return {SharePermission(best->granted) == SharePermission::AllowExecution ? AccessLevel::AllowExecution
                                                                              : AccessLevel::ReadOnly,
            best->grantingShareArn, best->grantingShare};
}

Result<QStringList> AccessService::sharedPipelineArns(const QString &accountId) const
{
    Error error;
    const AccessIndex *index = this->index(&error);
    if (!index)
        return error;
    QStringList result;
    const QStringList keys = index->keysOf(accountId);
    for (const QString &key : keys) {
        if (const QStringList *granted = index->grantedTo(key)) {
            for (const QString &arn : *granted) {
                if (accountPart(arn) != accountId)
                    result.append(arn);
            }
        }
    }
    if (keys.size() > 1) {
        result.sort();
        result.removeDuplicates();
    }
    return result;
}

} // namespace Pd
