// The noun "schedule": schedule preview, pure computation without a workspace.
#include "cli.h"

#include "core/clock.h"
#include "core/timeformat.h"
#include "core/tr.h"
#include "scheduleexpressions/scheduledescription.h"
#include "scheduleexpressions/scheduleexpression.h"
#include "scheduleexpressions/schedulelinter.h"

#include <QJsonArray>

namespace Pd::Cli {

namespace {

constexpr int kMaxCount = 100000;

// schedule preview: pure computation, no workspace (DESIGN.md "A preview").
int previewSchedule(Context &context)
{
    if (!context.isSet(QStringLiteral("expression")))
        return context.fail(Error::invalid(QStringLiteral("expression"), Tr::tr("--expression is required.")));
    auto expression = Schedule::ScheduleExpression::parse(context.value(QStringLiteral("expression")),
                                                          context.value(QStringLiteral("timezone")));
    if (!expression) {
        // One field, the option: a part of the expression ("day-of-week") stays in the reason.
        const Error &e = expression.error();
        if (e.field == QLatin1String("timezone") || e.field == QLatin1String("expression"))
            return context.fail(e.renamed(QStringLiteral("--") + e.field));
        return context.fail(e.about(QStringLiteral("--expression")));
    }

    QDateTime from = Clock::system()->now();
    if (context.isSet(QStringLiteral("from"))) {
        const std::optional<QDateTime> parsed = parseInstant(context.value(QStringLiteral("from")));
        if (!parsed)
            return context.fail(Error::invalid(QStringLiteral("from"),
                                               Tr::tr("--from: “%1” is not an instant such as 2026-11-23T12:00:00Z.")
                                                   .arg(context.value(QStringLiteral("from")))));
        from = *parsed;
    }
    int count = 10;
    if (context.isSet(QStringLiteral("count"))) {
        bool ok = false;
        count = context.value(QStringLiteral("count")).toInt(&ok);
        if (!ok || count < 1 || count > kMaxCount)
            return context.fail(Error::invalid(QStringLiteral("count"),
                                               Tr::tr("--count: “%1” is not a number from 1 to %2.")
                                                   .arg(context.value(QStringLiteral("count")))
                                                   .arg(kMaxCount)));
    }

    // What the expression is meant for; naming a target asks for its warnings, so it explains.
    Schedule::LintOptions options;
    const bool forTarget = context.isSet(QStringLiteral("for"));
    if (forTarget) {
        const std::optional<Schedule::LintTarget> target = Schedule::lintTargetFromName(context.value(QStringLiteral("for")));
        if (!target)
            return context.fail(Error::invalid(QStringLiteral("for"),
                                               Tr::tr("--for: “%1” is not one of %2.")
                                                   .arg(context.value(QStringLiteral("for")),
                                                        Schedule::lintTargetNames().join(QStringLiteral(", ")))));
        options.target = *target;
    }

    const QList<qint64> fires = expression->preview(from.toSecsSinceEpoch(), count);
    const bool explain = context.isSet(QStringLiteral("explain")) || forTarget;
    QString description;
    QStringList warnings;
    if (explain) {
        description = Schedule::describe(*expression);
        options.referenceUtc = from.toSecsSinceEpoch();
        for (const Schedule::LintWarning &warning : Schedule::lint(*expression, options))
            warnings.append(warning.message);
    }
    if (context.json()) {
        QJsonArray array;
        for (qint64 fire : fires)
            array.append(isoUtc(QDateTime::fromSecsSinceEpoch(fire, Qt::UTC)));
        // The zone as given, and the tz database's name for it.
        QJsonObject object{{QStringLiteral("ScheduleExpression"), expression->text()},
                           {QStringLiteral("ScheduleExpressionTimezone"), expression->zoneName().typed},
                           {QStringLiteral("CanonicalTimezone"), expression->zoneName().canonical},
                           {QStringLiteral("NextFireTimes"), array}};
        if (explain) {
            object.insert(QStringLiteral("Description"), description);
            object.insert(QStringLiteral("Warnings"), QJsonArray::fromStringList(warnings));
        }
        if (forTarget) {
            // The expression the target is given: itself, or its exact conversion; null when none.
            const Result<QString> there = Schedule::expressionFor(*expression, options.target);
            object.insert(QStringLiteral("Target"), Schedule::lintTargetName(options.target));
            object.insert(QStringLiteral("TargetExpression"), there ? QJsonValue(there.value()) : QJsonValue());
        }
        context.printJson(object);
        return 0;
    }
    for (qint64 fire : fires)
        context.out() << isoUtc(QDateTime::fromSecsSinceEpoch(fire, Qt::UTC)) << '\n';
    if (explain) {
        // After the instants, so scripts reading the first N lines are unaffected.
        context.out() << '\n' << Tr::tr("Description: %1").arg(description) << '\n';
        context.out() << Tr::tr("Time zone: %1").arg(expression->zoneName().display()) << '\n';
        for (const QString &warning : warnings)
            context.out() << Tr::tr("Warning: %1").arg(warning) << '\n';
    }
    return 0;
}

} // namespace

void registerScheduleCommands(Registry &registry)
{
    Command preview{QStringLiteral("schedule"), QStringLiteral("preview"),
                    Tr::tr("Show the next fire times of a schedule expression (no workspace needed)."),
                    {QCommandLineOption(QStringLiteral("expression"),
                                        Tr::tr("at(...), rate(...), cron(6 fields), crontab(5 fields) or recurrence({...})."),
                                        Tr::tr("EXPR")),
                     QCommandLineOption(QStringLiteral("timezone"),
                                        Tr::tr("The schedule's time zone, IANA or Windows name (default: UTC)."), Tr::tr("TZ")),
                     QCommandLineOption(QStringLiteral("from"), Tr::tr("Fires strictly after this instant (default: now)."),
                                        Tr::tr("INSTANT")),
                     QCommandLineOption(QStringLiteral("count"), Tr::tr("How many fires to print (default: 10)."), Tr::tr("N")),
                     QCommandLineOption(QStringLiteral("explain"), Tr::tr("Also print the description and the linter's warnings.")),
                     QCommandLineOption(QStringLiteral("for"),
                                        Tr::tr("What the expression is meant for: any, eventbridge (a rule), scheduler, "
                                               "azure-ml or crontab; the warnings then say what that service does "
                                               "differently (implies --explain)."),
                                        Tr::tr("TARGET"))},
                    previewSchedule};
    preview.needsWorkspace = false;
    registry.add(std::move(preview));
}

} // namespace Pd::Cli
