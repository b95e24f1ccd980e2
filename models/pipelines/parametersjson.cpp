#include "pipelines/parametersjson.h"

#include "core/tr.h"
#include "interchange/interchangedocument.h"

#include <QJsonDocument>

namespace Pd {

QString parametersToJson(const QList<ExecutionParameter> &parameters)
{
    return QString::fromUtf8(QJsonDocument(parameterListJson(parameters)).toJson(QJsonDocument::Compact));
}

QList<ExecutionParameter> parametersFromJson(const QString &json)
{
    QList<ExecutionParameter> result;
    if (json.size() <= 2) // "[]": most rows; skips a JSON parse per row when loading many
        return result;
    const QJsonArray array = QJsonDocument::fromJson(json.toUtf8()).array();
    for (const QJsonValue &v : array) {
        const QJsonObject o = v.toObject();
        result.append({o.value(QLatin1String("Name")).toString(), o.value(QLatin1String("Value")).toString()});
    }
    return result;
}

namespace Interchange {

Result<QList<ExecutionParameter>> pipelineParameters(const QJsonObject &target, const QString &path,
                                                     ParameterValues values)
{
    // Both members of both shapes are read: nothing to warn about, only unknown members to refuse.
    static const Shape parametersShape = shape("PipelineParameterList");
    static const Shape parameterShape = shape("Name Value");
    QStringList none;
    auto sagemaker = object(target, QStringLiteral("SageMakerPipelineParameters"), path);
    if (!sagemaker)
        return sagemaker.error();
    const QString sp = member(path, QStringLiteral("SageMakerPipelineParameters"));
    if (Status s = checkMembers(sagemaker.value(), parametersShape, sp, &none); !s)
        return s.error();
    auto list = array(sagemaker.value(), QStringLiteral("PipelineParameterList"), sp);
    if (!list)
        return list.error();
    QList<ExecutionParameter> parameters;
    for (int i = 0; i < list->size(); ++i) {
        const QString at = element(member(sp, QStringLiteral("PipelineParameterList")), i);
        if (!list->at(i).isObject())
            return wrongType(at, Tr::tr("an object"), list->at(i));
        const QJsonObject o = list->at(i).toObject();
        if (Status s = checkMembers(o, parameterShape, at, &none); !s)
            return s.error();
        auto name = string(o, QStringLiteral("Name"), at, true);
        if (!name)
            return name.error();
        const QJsonValue v = o.value(QStringLiteral("Value"));
        auto value = values == ParameterValues::Strings || v.isUndefined() || v.isNull()
                         ? string(o, QStringLiteral("Value"), at)
                         : scalarText(v, member(at, QStringLiteral("Value")));
        if (!value)
            return value.error();
        parameters.append({name.value(), value.value()});
    }
    return parameters;
}

QJsonObject pipelineParametersJson(const QList<ExecutionParameter> &parameters)
{
    return QJsonObject{{QStringLiteral("PipelineParameterList"), parameterListJson(parameters)}};
}

} // namespace Interchange

} // namespace Pd
