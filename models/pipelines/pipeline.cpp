#include "pipeline.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QLocale>

namespace Pd {

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
        if (defaultValue.isString())
            parameter.defaultValue = defaultValue.toString();
        else if (defaultValue.isBool())
            parameter.defaultValue = defaultValue.toBool() ? QStringLiteral("true") : QStringLiteral("false");
        else if (defaultValue.isDouble())
            parameter.defaultValue = QString::number(defaultValue.toDouble(), 'g', QLocale::FloatingPointShortest);
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

} // namespace Pd
