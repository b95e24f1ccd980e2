#include "audit/auditservice.h"

#include "core/clock.h"
#include "core/ids.h"
#include "core/timeformat.h"
#include "core/tr.h"
#include "store/database.h"
#include "store/servicecontext.h"

#include <QCoreApplication>
#include <QRegularExpression>

#include <algorithm>

namespace Pd {

namespace {

// Every action the desk records (grep AuditLog::record and AuditEntry::action), with its title.
// The names are the API operations they stand for; the engine's and the event bus's own doings
// (FireSchedule, SkipMissedRuns, InvokeTarget, ...) have names in the same style.
struct KnownAction
{
    const char *name;
    const char *title;
};

const KnownAction knownActions[] = {
    {"sagemaker:CreatePipeline", QT_TRANSLATE_NOOP("Pd", "Create pipeline")},
    {"sagemaker:UpdatePipeline", QT_TRANSLATE_NOOP("Pd", "Update pipeline")},
    {"sagemaker:DeletePipeline", QT_TRANSLATE_NOOP("Pd", "Delete pipeline")},
    {"sagemaker:StartPipelineExecution", QT_TRANSLATE_NOOP("Pd", "Start execution")},
    {"sagemaker:StopPipelineExecution", QT_TRANSLATE_NOOP("Pd", "Stop execution")},
    {"sagemaker:RetryPipelineExecution", QT_TRANSLATE_NOOP("Pd", "Retry execution")},
    {"CreateSchedule", QT_TRANSLATE_NOOP("Pd", "Create schedule")},
    {"UpdateSchedule", QT_TRANSLATE_NOOP("Pd", "Update schedule")},
    {"DeleteSchedule", QT_TRANSLATE_NOOP("Pd", "Delete schedule")},
    {"RunScheduleNow", QT_TRANSLATE_NOOP("Pd", "Run schedule now")},
    {"PutTriggers", QT_TRANSLATE_NOOP("Pd", "Put pipeline triggers")},
    {"FireSchedule", QT_TRANSLATE_NOOP("Pd", "Schedule fired")},
    {"SkipMissedRuns", QT_TRANSLATE_NOOP("Pd", "Missed runs skipped")},
    {"RetryDeadLetter", QT_TRANSLATE_NOOP("Pd", "Retry dead letter")},
    {"ClearDeadLetters", QT_TRANSLATE_NOOP("Pd", "Clear dead letters")},
    {"CreateEventBus", QT_TRANSLATE_NOOP("Pd", "Create event bus")},
    {"DeleteEventBus", QT_TRANSLATE_NOOP("Pd", "Delete event bus")},
    {"CreateRule", QT_TRANSLATE_NOOP("Pd", "Create rule")},
    {"UpdateRule", QT_TRANSLATE_NOOP("Pd", "Update rule")},
    {"PutRule", QT_TRANSLATE_NOOP("Pd", "Put rule")},
    {"EnableRule", QT_TRANSLATE_NOOP("Pd", "Enable rule")},
    {"DisableRule", QT_TRANSLATE_NOOP("Pd", "Disable rule")},
    {"DeleteRule", QT_TRANSLATE_NOOP("Pd", "Delete rule")},
    {"PutTargets", QT_TRANSLATE_NOOP("Pd", "Put rule targets")},
    {"RemoveTargets", QT_TRANSLATE_NOOP("Pd", "Remove rule targets")},
    {"PutEvents", QT_TRANSLATE_NOOP("Pd", "Send events")},
    {"InvokeTarget", QT_TRANSLATE_NOOP("Pd", "Rule target invoked")},
    {"FireRule", QT_TRANSLATE_NOOP("Pd", "Scheduled rule fired")},
    {"CreateResourceShare", QT_TRANSLATE_NOOP("Pd", "Create resource share")},
    {"UpdateResourceShare", QT_TRANSLATE_NOOP("Pd", "Update resource share")},
    {"DeleteResourceShare", QT_TRANSLATE_NOOP("Pd", "Delete resource share")},
    {"AssociateResourceShare", QT_TRANSLATE_NOOP("Pd", "Add to resource share")},
    {"DisassociateResourceShare", QT_TRANSLATE_NOOP("Pd", "Remove from resource share")},
    {"AcceptResourceShareInvitation", QT_TRANSLATE_NOOP("Pd", "Accept share invitation")},
    {"RejectResourceShareInvitation", QT_TRANSLATE_NOOP("Pd", "Reject share invitation")},
    {"EnableSharingWithAwsOrganization", QT_TRANSLATE_NOOP("Pd", "Enable sharing with the organization")},
    {"DisableSharingWithAwsOrganization", QT_TRANSLATE_NOOP("Pd", "Disable sharing with the organization")},
};

// "sagemaker:StartPipelineExecution" → "StartPipelineExecution".
QString bareAction(const QString &action)
{
    const int colon = action.indexOf(QLatin1Char(':'));
    return colon < 0 ? action : action.mid(colon + 1);
}

const QLatin1String tokenVersion("a1");

// Opaque to callers, like an AWS NextToken: the (at, id) of the last row shown.
QString encodeToken(const AuditEntry &last)
{
    const QByteArray text = QStringLiteral("%1.%2.%3").arg(tokenVersion).arg(last.at).arg(last.id).toLatin1();
    return QString::fromLatin1(text.toBase64(QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals));
}

std::optional<AuditPosition> decodeToken(const QString &token)
{
    const auto decoded = QByteArray::fromBase64Encoding(token.toLatin1(), QByteArray::Base64UrlEncoding |
                                                                              QByteArray::AbortOnBase64DecodingErrors);
    if (!decoded)
        return std::nullopt;
    const QList<QByteArray> parts = decoded.decoded.split('.');
    if (parts.size() != 3 || parts.at(0) != QByteArray(tokenVersion.data()))
        return std::nullopt;
    bool atOk = false, idOk = false;
    AuditPosition position{parts.at(1).toLongLong(&atOk), parts.at(2).toLongLong(&idOk)};
    if (!atOk || !idOk || position.id <= 0)
        return std::nullopt;
    return position;
}

} // namespace

AuditService::AuditService(ServiceContext &context, QObject *parent)
    : QObject(parent)
    , m_context(context)
{
    if (auto last = AuditStore(m_context.database()).lastId())
        m_lastId = last.value();
    m_listener = m_context.database().addCommitListener([this] { onCommit(); });
}

AuditService::~AuditService()
{
    m_context.database().removeCommitListener(m_listener);
}

void AuditService::onCommit()
{
    // Coalesced: the engine may commit a hundred slots in one go; readers re-read once.
    if (m_checkPending)
        return;
    m_checkPending = true;
    QMetaObject::invokeMethod(
        this,
        [this] {
            m_checkPending = false;
            auto last = AuditStore(m_context.database()).lastId();
            if (!last || last.value() == m_lastId)
                return;
            m_lastId = last.value();
            emit entriesAdded();
        },
        Qt::QueuedConnection);
}

Result<AuditPage> AuditService::list(const AuditQuery &query) const
{
    if (query.maxItems < 1 || query.maxItems > maxPageSize)
        return Error::invalid(QStringLiteral("max-items"),
                              Tr::tr("max-items: %1 is not between 1 and %2.").arg(query.maxItems).arg(maxPageSize));
    std::optional<AuditPosition> after;
    if (!query.startingToken.isEmpty()) {
        after = decodeToken(query.startingToken);
        if (!after)
            return Error::invalid(QStringLiteral("starting-token"),
                                  Tr::tr("starting-token: “%1” is not a NextToken printed by an earlier audit list.")
                                      .arg(query.startingToken));
    }
    AuditStore store(m_context.database());
    AuditFilter filter;
    filter.target = query.target.trimmed();
    filter.identity = query.identity.trimmed();
    filter.since = query.since;
    filter.until = query.until;
    filter.succeeded = query.succeeded;
    const QString action = query.action.trimmed();
    if (!action.isEmpty()) {
        auto known = actions();
        if (!known)
            return known.error();
        // A name without its service prefix matches every service's action of that name, as
        // CloudTrail's EventName does.
        for (const QString &candidate : known.value()) {
            if (candidate == action || (!action.contains(QLatin1Char(':')) && bareAction(candidate) == action))
                filter.actions << candidate;
        }
        if (filter.actions.isEmpty())
            return Error::invalid(QStringLiteral("action"),
                                  Tr::tr("action: “%1” is not an action the audit log records, such as "
                                         "StartPipelineExecution or CreateSchedule.")
                                      .arg(action));
    }
    auto rows = store.find(filter, after, query.maxItems + 1);
    if (!rows)
        return rows.error();
    AuditPage page;
    page.entries = std::move(rows).value();
    // One row more than asked says whether another page exists, so the last page never has a token.
    if (page.entries.size() > query.maxItems) {
        page.entries.resize(query.maxItems);
        page.nextToken = encodeToken(page.entries.constLast());
    }
    return page;
}

Result<qint64> AuditService::parseTime(const QString &text, const QString &field) const
{
    const QString trimmed = text.trimmed();
    static const QRegularExpression ago(QStringLiteral(R"(^(\d{1,6})\s*([smhdw])$)"));
    if (const auto m = ago.match(trimmed); m.hasMatch()) {
        static const QHash<QChar, qint64> unitMs{{QLatin1Char('s'), 1000},
                                                 {QLatin1Char('m'), 60 * 1000},
                                                 {QLatin1Char('h'), 3600 * 1000},
                                                 {QLatin1Char('d'), 86400 * 1000},
                                                 {QLatin1Char('w'), 7 * 86400 * 1000}};
        return m_context.clock().nowMs() - m.captured(1).toLongLong() * unitMs.value(m.captured(2).at(0));
    }
    static const QRegularExpression dateOnly(QStringLiteral(R"(^\d{4}-\d{2}-\d{2}$)"));
    if (dateOnly.match(trimmed).hasMatch()) {
        const QDate date = QDate::fromString(trimmed, Qt::ISODate);
        if (date.isValid())
            return QDateTime(date, QTime(0, 0), Qt::UTC).toMSecsSinceEpoch();
    } else if (const auto instant = parseInstant(trimmed)) {
        return instant->toMSecsSinceEpoch();
    }
    return Error::invalid(field, Tr::tr("%1: “%2” is neither an instant such as 2026-11-23T12:00:00Z nor a time "
                                        "ago such as 15m, 2h or 7d.")
                                     .arg(field, text));
}

Result<QStringList> AuditService::actions() const
{
    auto recorded = AuditStore(m_context.database()).actions();
    if (!recorded)
        return recorded.error();
    QStringList all = recorded.value();
    for (const KnownAction &known : knownActions)
        all << QString::fromLatin1(known.name);
    all.removeDuplicates();
    std::sort(all.begin(), all.end(), [](const QString &a, const QString &b) {
        return QString::localeAwareCompare(actionTitle(a), actionTitle(b)) < 0;
    });
    return all;
}

QString AuditService::actionTitle(const QString &action)
{
    for (const KnownAction &known : knownActions) {
        if (action == QLatin1String(known.name))
            return QCoreApplication::translate("Pd", known.title);
    }
    return action;
}

QString AuditService::targetName(const QString &target)
{
    const ArnParts arn = parseArn(target);
    if (!arn.valid)
        return target;
    const QStringList path = arn.resource.split(QLatin1Char('/'));
    // pipeline/<name>/execution/<id>
    if (path.size() == 4 && path.at(0) == QLatin1String("pipeline") && path.at(2) == QLatin1String("execution"))
        return QStringLiteral("%1 / %2").arg(path.at(1), path.at(3));
    return path.constLast();
}

QString AuditService::resourceType(const QString &target)
{
    const ArnParts arn = parseArn(target);
    if (!arn.valid)
        return QString();
    const QStringList path = arn.resource.split(QLatin1Char('/'));
    const QString kind = path.constFirst();
    if (arn.service == QLatin1String("sagemaker") && kind == QLatin1String("pipeline"))
        return path.size() >= 4 ? QStringLiteral("AWS::SageMaker::PipelineExecution")
                                : QStringLiteral("AWS::SageMaker::Pipeline");
    if (arn.service == QLatin1String("events") && kind == QLatin1String("rule"))
        return QStringLiteral("AWS::Events::Rule");
    if (arn.service == QLatin1String("events") && kind == QLatin1String("event-bus"))
        return QStringLiteral("AWS::Events::EventBus");
    if (arn.service == QLatin1String("scheduler") && kind == QLatin1String("schedule"))
        return QStringLiteral("AWS::Scheduler::Schedule");
    if (arn.service == QLatin1String("ram") && kind == QLatin1String("resource-share"))
        return QStringLiteral("AWS::RAM::ResourceShare");
    if (arn.service == QLatin1String("ram") && kind == QLatin1String("resource-share-invitation"))
        return QStringLiteral("AWS::RAM::ResourceShareInvitation");
    if (arn.service == QLatin1String("organizations"))
        return QStringLiteral("AWS::Organizations::Organization");
    return QString();
}

} // namespace Pd
