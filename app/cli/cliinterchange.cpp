// Import and export: "rules export|import" (AWS CLI put-rule/put-targets input, CloudFormation)
// and "schedules export|import" (Azure ML schedule YAML, EventBridge Scheduler create-schedule).
// The conversions are models/events/ruleinterchange.h and models/schedules/scheduleinterchange.h;
// writes go through RuleService and ScheduleService like every other command.
#include "cli.h"

#include "core/tr.h"
#include "pipelines/pipelineservice.h"
#include "rules/ruleinterchange.h"
#include "rules/ruleservice.h"
#include "schedules/scheduleinterchange.h"
#include "schedules/scheduleservice.h"
#include "workspace/workspace.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QSaveFile>

namespace Pd::Cli {

namespace {

QCommandLineOption formatOption(const QString &choices)
{
    return QCommandLineOption(QStringLiteral("format"), Tr::tr("The document format: %1.").arg(choices),
                              Tr::tr("FORMAT"));
}

QCommandLineOption outputOption()
{
    return QCommandLineOption(QStringLiteral("output"),
                              Tr::tr("Write the document to this file instead of printing it."), Tr::tr("FILE"));
}

QCommandLineOption overwriteOption()
{
    return QCommandLineOption(QStringLiteral("overwrite"), Tr::tr("Replace the --output file when it exists."));
}

// An --output that would replace a file the user did not say may go is refused before anything
// is read or written (exit 2, naming the file).
Status checkOutput(Context &context)
{
    const QString output = context.value(QStringLiteral("output"));
    if (output.isEmpty())
        return {};
    const QFileInfo info(output);
    if (info.isDir())
        return Error::invalid(QStringLiteral("output"),
                              Tr::tr("--output: “%1” is a folder; name a file.").arg(QDir::toNativeSeparators(output)));
    if (info.exists() && !context.isSet(QStringLiteral("overwrite")))
        return Error::invalid(QStringLiteral("output"),
                              Tr::tr("--output: “%1” already exists; add --overwrite to replace it.")
                                  .arg(QDir::toNativeSeparators(output)));
    return {};
}

QCommandLineOption fileOption()
{
    return QCommandLineOption(QStringLiteral("file"), Tr::tr("The document to import (YAML or JSON); - reads stdin."),
                              Tr::tr("FILE"));
}

Result<QByteArray> readFile(const QString &option, const QString &path)
{
    return readDocument(option, path, Limits::importDocument());
}

void warn(Context &context, const QStringList &warnings)
{
    for (const QString &w : warnings)
        context.warn(w);
    context.err().flush();
}

// Prints (or writes) an exported document; what the format cannot express goes to stderr, or
// into the JSON answer with --json.
int writeDocument(Context &context, const QByteArray &text, bool isJson, const QStringList &notExpressible)
{
    const QString output = context.value(QStringLiteral("output"));
    if (!output.isEmpty()) {
        // QSaveFile: written beside it, then renamed over it, so a failed write leaves the old file.
        QSaveFile file(output);
        if (!file.open(QIODevice::WriteOnly) || file.write(text) != text.size() || !file.commit())
            return context.fail(Error::invalid(
                QStringLiteral("output"), Tr::tr("--output: cannot write “%1”: %2").arg(output, file.errorString())));
    }
    if (context.json()) {
        QJsonArray notes;
        for (const QString &n : notExpressible)
            notes.append(n);
        QJsonObject answer{{QStringLiteral("NotExpressible"), notes}};
        if (isJson) {
            const QJsonDocument document = QJsonDocument::fromJson(text);
            answer.insert(QStringLiteral("Document"),
                          document.isArray() ? QJsonValue(document.array()) : QJsonValue(document.object()));
        } else {
            answer.insert(QStringLiteral("Document"), QString::fromUtf8(text));
        }
        if (!output.isEmpty())
            answer.insert(QStringLiteral("File"), output);
        context.printJson(answer);
        return 0;
    }
    if (output.isEmpty()) {
        context.out() << QString::fromUtf8(text);
        context.out().flush();
    }
    for (const QString &n : notExpressible)
        context.err() << QStringLiteral("pipelinedesk-cli: ") << Tr::tr("not expressible: %1").arg(n) << '\n';
    context.err().flush();
    return 0;
}

// --- rules --------------------------------------------------------------------------------

int exportRules(Context &context)
{
    if (Status output = checkOutput(context); !output)
        return context.fail(output.error());
    const Who w = who(context);
    if (!w.workspace)
        return w.exitCode;
    RuleFormat format = RuleFormat::AwsCli;
    if (context.isSet(QStringLiteral("format"))) {
        const auto parsed = ruleFormatFromCli(context.value(QStringLiteral("format")));
        if (!parsed)
            return context.fail(
                Error::invalid(QStringLiteral("format"),
                               Tr::tr("--format: “%1” is not aws-cli, cloudformation or cloudformation-json.")
                                   .arg(context.value(QStringLiteral("format")))));
        format = *parsed;
    }
    const QStringList names = context.values(QStringLiteral("name"));
    if (names.isEmpty())
        return context.fail(Error::invalid(QStringLiteral("name"), Tr::tr("--name is required.")));
    QList<Rule> rules;
    for (const QString &name : names) {
        auto rule = w.workspace->rules().rule(w.identity, name, context.value(QStringLiteral("event-bus-name")));
        if (!rule)
            return context.fail(rule.error());
        rules.append(rule.value());
    }
    const RuleExport exported =
        rules.size() == 1 ? exportRule(rules.constFirst(), format) : Pd::exportRules(rules, format);
    return writeDocument(context, exported.text, format != RuleFormat::CloudFormation, exported.notExpressible);
}

int importRules(Context &context)
{
    const Who w = who(context);
    if (!w.workspace)
        return w.exitCode;
    std::optional<RuleFormat> format;
    if (context.isSet(QStringLiteral("format"))) {
        format = ruleFormatFromCli(context.value(QStringLiteral("format")));
        if (!format)
            return context.fail(
                Error::invalid(QStringLiteral("format"),
                               Tr::tr("--format: “%1” is not aws-cli, cloudformation or cloudformation-json.")
                                   .arg(context.value(QStringLiteral("format")))));
    }
    auto text = readFile(QStringLiteral("file"), context.value(QStringLiteral("file")));
    if (!text)
        return context.fail(text.error());
    std::optional<QByteArray> targets;
    if (context.isSet(QStringLiteral("targets-file"))) {
        auto read = readFile(QStringLiteral("targets-file"), context.value(QStringLiteral("targets-file")));
        if (!read)
            return context.fail(read.error());
        targets = read.value();
    }
    auto imported = Pd::importRules(text.value(), format, targets);
    if (!imported) {
        // What importRules says of the put-targets input as a whole is said of the option that
        // gave it; a member inside it keeps its document path.
        if (targets && imported.error().field == QLatin1String("PutTargets"))
            return context.fail(imported.error().renamed(QStringLiteral("--targets-file")));
        return context.fail(imported.error());
    }

    if (!context.json())
        warn(context, imported->warnings);
    auto outcome = w.workspace->rules().importRules(w.identity, imported->rules);
    if (!outcome)
        return context.fail(outcome.error());
    const QStringList &arns = outcome->ruleArns;
    const QStringList &createdBuses = outcome->createdEventBuses;
    QStringList notes;
    for (const QString &bus : createdBuses)
        notes.append(Tr::tr("the event bus “%1” did not exist; it was created.").arg(bus));
    if (context.json()) {
        context.printJson({{QStringLiteral("RuleArns"), QJsonArray::fromStringList(arns)},
                           {QStringLiteral("CreatedEventBuses"), QJsonArray::fromStringList(createdBuses)},
                           {QStringLiteral("Warnings"), QJsonArray::fromStringList(imported->warnings + notes)}});
        return 0;
    }
    warn(context, notes);
    for (const QString &arn : arns)
        context.out() << arn << '\n';
    return 0;
}

// --- schedules ----------------------------------------------------------------------------

int exportSchedule(Context &context)
{
    if (Status output = checkOutput(context); !output)
        return context.fail(output.error());
    const Who w = who(context);
    if (!w.workspace)
        return w.exitCode;
    ScheduleFormat format = ScheduleFormat::AzureMlYaml;
    if (context.isSet(QStringLiteral("format"))) {
        const auto parsed = scheduleFormatFromCli(context.value(QStringLiteral("format")));
        if (!parsed)
            return context.fail(Error::invalid(
                QStringLiteral("format"),
                Tr::tr("--format: “%1” is not azure-ml or scheduler.").arg(context.value(QStringLiteral("format")))));
        format = *parsed;
    }
    auto name = requiredValue(context, QStringLiteral("name"));
    if (!name)
        return context.fail(name.error());
    auto schedule = w.workspace->schedules().describe(w.identity, name.value(), context.value(QStringLiteral("group")));
    if (!schedule)
        return context.fail(schedule.error());
    auto options = exportOptions(w.workspace->pipelines(), w.identity, schedule.value(),
                                 context.value(QStringLiteral("role-arn")));
    if (!options)
        return context.fail(asOption(options.error(), {QCommandLineOption(QStringLiteral("role-arn"))}));
    const ScheduleExport exported = Pd::exportSchedule(schedule.value(), format, options.value());
    return writeDocument(context, exported.text, format == ScheduleFormat::SchedulerJson, exported.notExpressible);
}

int importSchedule(Context &context)
{
    const Who w = who(context);
    if (!w.workspace)
        return w.exitCode;
    std::optional<ScheduleFormat> format;
    if (context.isSet(QStringLiteral("format"))) {
        format = scheduleFormatFromCli(context.value(QStringLiteral("format")));
        if (!format)
            return context.fail(Error::invalid(
                QStringLiteral("format"),
                Tr::tr("--format: “%1” is not azure-ml or scheduler.").arg(context.value(QStringLiteral("format")))));
    }
    auto text = readFile(QStringLiteral("file"), context.value(QStringLiteral("file")));
    if (!text)
        return context.fail(text.error());
    auto imported = Pd::importSchedule(text.value(), format);
    if (!imported)
        return context.fail(imported.error());
    if (!context.json())
        warn(context, imported->warnings);
    ScheduleInput input = imported->input();
    if (context.isSet(QStringLiteral("target-pipeline")))
        input.targetPipeline = context.value(QStringLiteral("target-pipeline"));
    if (context.isSet(QStringLiteral("group")))
        input.groupName = context.value(QStringLiteral("group"));
    // Importing again replaces the schedule of that name, as rules import does.
    QStringList ignored;
    auto result = w.workspace->schedules().createOrReplace(w.identity, input, &ignored);
    if (!result)
        return context.fail(result.error());
    imported->warnings += ignored;
    if (!context.json())
        warn(context, ignored);
    if (context.json()) {
        context.printJson({{QStringLiteral("ScheduleArn"), result->arn},
                           {QStringLiteral("Warnings"), QJsonArray::fromStringList(imported->warnings)}});
        return 0;
    }
    context.out() << result->arn << '\n';
    return 0;
}

} // namespace

void registerInterchangeCommands(Registry &registry)
{
    const QString rules = QStringLiteral("rules");
    const QString schedules = QStringLiteral("schedules");
    const QString ruleFormats = QStringLiteral("aws-cli, cloudformation, cloudformation-json");
    const QString scheduleFormats = QStringLiteral("azure-ml, scheduler");
    registry.add(
        {rules,
         QStringLiteral("export"),
         Tr::tr("Print a rule with its targets as AWS CLI put-rule/put-targets input or a CloudFormation "
                "AWS::Events::Rule."),
         {QCommandLineOption(QStringLiteral("name"), Tr::tr("The rule's name or ARN. Repeatable."), Tr::tr("NAME")),
          QCommandLineOption(QStringLiteral("event-bus-name"), Tr::tr("The rule's event bus (default: default)."),
                             Tr::tr("BUS")),
          formatOption(ruleFormats + Tr::tr(" (default aws-cli)")), outputOption(), overwriteOption()},
         exportRules});
    registry.add(
        {rules,
         QStringLiteral("import"),
         Tr::tr("Create or replace rules with their targets from AWS CLI input or a CloudFormation template; "
                "all or nothing. Prints their ARNs."),
         {fileOption(),
          QCommandLineOption(QStringLiteral("targets-file"),
                             Tr::tr("The put-targets input that goes with a bare put-rule input."), Tr::tr("FILE")),
          formatOption(ruleFormats + Tr::tr(" (default: detected)"))},
         importRules});
    registry.add({schedules,
                  QStringLiteral("export"),
                  Tr::tr("Print a schedule as Azure ML schedule YAML or EventBridge Scheduler create-schedule input."),
                  {QCommandLineOption(QStringLiteral("name"), Tr::tr("The schedule's name or ARN."), Tr::tr("NAME")),
                   QCommandLineOption(QStringLiteral("group"), Tr::tr("The schedule group (default: default)."),
                                      Tr::tr("GROUP")),
                   formatOption(scheduleFormats + Tr::tr(" (default azure-ml)")),
                   QCommandLineOption(QStringLiteral("role-arn"),
                                      Tr::tr("Target.RoleArn of a scheduler document (default: the pipeline's role)."),
                                      Tr::tr("ARN")),
                   outputOption(), overwriteOption()},
                  exportSchedule});
    registry.add({schedules,
                  QStringLiteral("import"),
                  Tr::tr("Create or replace a schedule from Azure ML schedule YAML or EventBridge Scheduler input. "
                         "Prints its ARN."),
                  {fileOption(), formatOption(scheduleFormats + Tr::tr(" (default: detected)")),
                   QCommandLineOption(QStringLiteral("target-pipeline"),
                                      Tr::tr("The pipeline to start, instead of the one the document names."),
                                      Tr::tr("NAME_OR_ARN")),
                   QCommandLineOption(QStringLiteral("group"), Tr::tr("The schedule group, instead of the document's."),
                                      Tr::tr("GROUP"))},
                  importSchedule});
}

} // namespace Pd::Cli
