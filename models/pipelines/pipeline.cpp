#include "pipelines/pipeline.h"

#include "core/tr.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QLocale>
#include <QRegularExpression>
#include <QSet>

#include <algorithm>
#include <cmath>

namespace Pd {

namespace {

QString defaultText(const QJsonValue &value)
{
    if (value.isString())
        return value.toString();
    if (value.isBool())
        return value.toBool() ? QStringLiteral("true") : QStringLiteral("false");
    if (value.isDouble())
        return QString::number(value.toDouble(), 'g', QLocale::FloatingPointShortest);
    return QString();
}

bool isIntegral(double value)
{
    return std::isfinite(value) && std::floor(value) == value && std::fabs(value) < 9.0e15;
}

// Whether a JSON DefaultValue has the parameter's type.
bool defaultMatches(const QString &type, const QJsonValue &value)
{
    if (type == QLatin1String("String"))
        return value.isString();
    if (type == QLatin1String("Integer"))
        return value.isDouble() && isIntegral(value.toDouble());
    if (type == QLatin1String("Float"))
        return value.isDouble();
    if (type == QLatin1String("Boolean"))
        return value.isBool();
    return false;
}

} // namespace

QStringList PipelineDefinition::parameterTypes()
{
    return {QStringLiteral("String"), QStringLiteral("Integer"), QStringLiteral("Float"), QStringLiteral("Boolean")};
}

QStringList PipelineDefinition::stepTypes()
{
    // The step types of the SageMaker pipeline definition schema.
    return {QStringLiteral("Processing"),   QStringLiteral("Training"),      QStringLiteral("Tuning"),
            QStringLiteral("Transform"),    QStringLiteral("Model"),         QStringLiteral("CreateModel"),
            QStringLiteral("RegisterModel"), QStringLiteral("Condition"),    QStringLiteral("Callback"),
            QStringLiteral("Lambda"),       QStringLiteral("QualityCheck"),  QStringLiteral("ClarifyCheck"),
            QStringLiteral("EMR"),          QStringLiteral("Fail"),          QStringLiteral("AutoML"),
            QStringLiteral("NotebookJob")};
}

PipelineDefinition PipelineDefinition::fromJson(const QByteArray &json)
{
    PipelineDefinition definition;
    const QJsonObject root = QJsonDocument::fromJson(json).object();
    definition.version = root.value(QLatin1String("Version")).toString();
    const QJsonArray parameters = root.value(QLatin1String("Parameters")).toArray();
    for (const QJsonValue &value : parameters) {
        const QJsonObject object = value.toObject();
        PipelineParameter parameter;
        parameter.name = object.value(QLatin1String("Name")).toString();
        parameter.type = object.value(QLatin1String("Type")).toString(QStringLiteral("String"));
        const QJsonValue defaultValue = object.value(QLatin1String("DefaultValue"));
        parameter.hasDefault = !defaultValue.isUndefined() && !defaultValue.isNull();
        parameter.defaultValue = defaultText(defaultValue);
        definition.parameters.append(parameter);
    }
    const QJsonArray steps = root.value(QLatin1String("Steps")).toArray();
    for (const QJsonValue &value : steps) {
        const QJsonObject object = value.toObject();
        PipelineStep step;
        step.name = object.value(QLatin1String("Name")).toString();
        step.type = object.value(QLatin1String("Type")).toString();
        for (const QJsonValue &dependency : object.value(QLatin1String("DependsOn")).toArray())
            step.dependsOn.append(dependency.toString());
        step.arguments = object.value(QLatin1String("Arguments")).toObject();
        definition.steps.append(step);
    }
    return definition;
}

Result<PipelineDefinition> PipelineDefinition::parse(const QByteArray &json)
{
    const QString field = QStringLiteral("pipeline-definition");
    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(json, &parseError);
    if (parseError.error != QJsonParseError::NoError)
        return Error::invalid(field,
                              Tr::tr("pipeline-definition: not valid JSON at offset %1: %2.")
                                  .arg(parseError.offset)
                                  .arg(parseError.errorString()),
                              parseError.offset);
    if (!document.isObject())
        return Error::invalid(field, Tr::tr("pipeline-definition: the definition must be a JSON object."));
    const QJsonObject root = document.object();
    const QJsonValue version = root.value(QLatin1String("Version"));
    if (version.isUndefined())
        return Error::invalid(QStringLiteral("Version"),
                              Tr::tr("Version: the definition has no Version; use %1.").arg(supportedVersion()));
    if (version.toString() != supportedVersion())
        return Error::invalid(QStringLiteral("Version"),
                              Tr::tr("Version: “%1” is not a supported pipeline definition version; use %2.")
                                  .arg(version.isString() ? version.toString() : version.toVariant().toString(),
                                       supportedVersion()));
    const QJsonValue parametersValue = root.value(QLatin1String("Parameters"));
    if (!parametersValue.isUndefined() && !parametersValue.isArray())
        return Error::invalid(QStringLiteral("Parameters"), Tr::tr("Parameters: must be a list."));
    QSet<QString> parameterNames;
    const QJsonArray parameters = parametersValue.toArray();
    for (int i = 0; i < parameters.size(); ++i) {
        const QString path = QStringLiteral("Parameters[%1]").arg(i);
        const QJsonObject object = parameters.at(i).toObject();
        const QString name = object.value(QLatin1String("Name")).toString();
        if (name.isEmpty())
            return Error::invalid(path, Tr::tr("%1: the parameter has no Name.").arg(path));
        if (parameterNames.contains(name))
            return Error::invalid(path, Tr::tr("%1: the parameter name “%2” is used twice.").arg(path, name));
        parameterNames.insert(name);
        const QJsonValue typeValue = object.value(QLatin1String("Type"));
        const QString type = typeValue.isUndefined() ? QStringLiteral("String") : typeValue.toString();
        if (!parameterTypes().contains(type))
            return Error::invalid(path + QStringLiteral(".Type"),
                                  Tr::tr("%1: parameter “%2” has the unknown type “%3”; use one of %4.")
                                      .arg(path, name, type, parameterTypes().join(QStringLiteral(", "))));
        const QJsonValue defaultValue = object.value(QLatin1String("DefaultValue"));
        if (!defaultValue.isUndefined() && !defaultValue.isNull() && !defaultMatches(type, defaultValue))
            return Error::invalid(path + QStringLiteral(".DefaultValue"),
                                  Tr::tr("%1: the DefaultValue of parameter “%2” is not of type %3.")
                                      .arg(path, name, type));
    }

    const QJsonValue stepsValue = root.value(QLatin1String("Steps"));
    if (!stepsValue.isArray())
        return Error::invalid(QStringLiteral("Steps"), Tr::tr("Steps: the definition must have a list of steps."));
    const QJsonArray steps = stepsValue.toArray();
    QSet<QString> stepNames;
    for (int i = 0; i < steps.size(); ++i) {
        const QString path = QStringLiteral("Steps[%1]").arg(i);
        const QJsonObject object = steps.at(i).toObject();
        const QString name = object.value(QLatin1String("Name")).toString();
        if (name.isEmpty())
            return Error::invalid(path, Tr::tr("%1: the step has no Name.").arg(path));
        if (stepNames.contains(name))
            return Error::invalid(path, Tr::tr("%1: the step name “%2” is used twice.").arg(path, name));
        stepNames.insert(name);
        const QString type = object.value(QLatin1String("Type")).toString();
        if (!stepTypes().contains(type))
            return Error::invalid(path + QStringLiteral(".Type"),
                                  Tr::tr("%1: step “%2” has the unknown type “%3”.").arg(path, name, type));
        const QJsonValue dependsOn = object.value(QLatin1String("DependsOn"));
        if (!dependsOn.isUndefined() && !dependsOn.isArray())
            return Error::invalid(path + QStringLiteral(".DependsOn"),
                                  Tr::tr("%1: DependsOn of step “%2” must be a list of step names.").arg(path, name));
    }
    PipelineDefinition definition = fromJson(json);
    for (int i = 0; i < definition.steps.size(); ++i) {
        const PipelineStep &step = definition.steps.at(i);
        for (const QString &dependency : step.dependsOn) {
            const QString path = QStringLiteral("Steps[%1].DependsOn").arg(i);
            if (!stepNames.contains(dependency))
                return Error::invalid(path, Tr::tr("%1: step “%2” depends on “%3”, which is not a step of this "
                                                   "pipeline.")
                                                .arg(path, step.name, dependency));
        }
    }
    // Kahn's algorithm leaves unordered every step on a cycle and every step behind one; name only
    // the steps of one cycle, so the person sees which DependsOn to cut.
    const QStringList order = definition.topologicalOrder();
    if (order.size() < definition.steps.size()) {
        const QStringList cycle = definition.dependencyCycle();
        return Error::invalid(QStringLiteral("Steps"),
                              Tr::tr("Steps: the dependencies form a cycle: %1 (each step depends on the one before "
                                     "it).")
                                  .arg(cycle.join(QStringLiteral(" → "))));
    }
    return definition;
}

const PipelineStep *PipelineDefinition::step(const QString &name) const
{
    for (const PipelineStep &s : steps) {
        if (s.name == name)
            return &s;
    }
    return nullptr;
}

QStringList PipelineDefinition::dependencyCycle() const
{
    const QStringList order = topologicalOrder();
    QSet<QString> unordered;
    for (const PipelineStep &s : steps) {
        if (!order.contains(s.name))
            unordered.insert(s.name);
    }
    if (unordered.isEmpty())
        return {};
    // Every unordered step depends on at least one other unordered step (else Kahn's algorithm would
    // have placed it), so following such a dependency never stops and must come back to a step it
    // has seen: the steps from that step on form a cycle.
    QStringList walk;
    QString current;
    for (const PipelineStep &s : steps) {
        if (unordered.contains(s.name)) {
            current = s.name;
            break;
        }
    }
    while (!walk.contains(current)) {
        walk.append(current);
        const PipelineStep *s = step(current);
        QString next;
        for (const QString &dependency : s->dependsOn) {
            if (unordered.contains(dependency)) {
                next = dependency;
                break;
            }
        }
        current = next;
    }
    // The walk goes against the flow (each step to one it depends on); turn it to run order and
    // start at the step defined first, so the same definition always gets the same message.
    QStringList cycle = walk.mid(walk.indexOf(current));
    std::reverse(cycle.begin(), cycle.end());
    int first = 0;
    int firstIndex = int(steps.size());
    for (int i = 0; i < cycle.size(); ++i) {
        for (int j = 0; j < steps.size(); ++j) {
            if (steps.at(j).name == cycle.at(i) && j < firstIndex) {
                firstIndex = j;
                first = i;
            }
        }
    }
    QStringList rotated = cycle.mid(first) + cycle.mid(0, first);
    rotated.append(rotated.first());
    return rotated;
}

QStringList PipelineDefinition::topologicalOrder() const
{
    QStringList order;
    QSet<QString> placed;
    bool progress = true;
    while (progress && order.size() < steps.size()) {
        progress = false;
        for (const PipelineStep &s : steps) {
            if (placed.contains(s.name))
                continue;
            bool ready = true;
            for (const QString &dependency : s.dependsOn)
                ready = ready && placed.contains(dependency);
            if (ready) {
                order.append(s.name);
                placed.insert(s.name);
                progress = true;
            }
        }
    }
    return order;
}

Status checkParameterValue(const PipelineParameter &parameter, const QString &value)
{
    bool ok = true;
    if (parameter.type == QLatin1String("Integer"))
        value.trimmed().toLongLong(&ok);
    else if (parameter.type == QLatin1String("Float"))
        value.trimmed().toDouble(&ok);
    else if (parameter.type == QLatin1String("Boolean"))
        ok = value == QLatin1String("true") || value == QLatin1String("false");
    if (ok)
        return {};
    return Error::invalid(parameter.name, Tr::tr("Parameter %1: “%2” is not a valid %3 value.")
                                              .arg(parameter.name, value, parameter.type));
}

Status checkPipelineName(const QString &name)
{
    static const QRegularExpression pattern(QStringLiteral("^[a-zA-Z0-9](-*[a-zA-Z0-9]){0,255}$"));
    if (name.isEmpty())
        return Error::invalid(QStringLiteral("pipeline-name"), Tr::tr("pipeline-name: a name is required."));
    if (name.size() > 256 || !pattern.match(name).hasMatch())
        return Error::invalid(QStringLiteral("pipeline-name"),
                              Tr::tr("pipeline-name: “%1” is not a valid pipeline name; use up to 256 letters, "
                                     "digits and hyphens, starting and ending with a letter or digit.")
                                  .arg(name));
    return {};
}

} // namespace Pd
