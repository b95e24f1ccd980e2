#pragma once

#include "core/result.h"

#include <QJsonObject>
#include <QList>
#include <QString>
#include <QStringList>

namespace Pd {

// A typed pipeline parameter of a SageMaker pipeline definition.
struct PipelineParameter
{
    QString name;
    QString type; // String | Integer | Float | Boolean
    QString defaultValue; // as text; empty with hasDefault false when the definition gives none
    bool hasDefault = false;
};

struct PipelineStep
{
    QString name;
    QString type; // Processing, Training, Condition, RegisterModel, Model, Transform, ...
    QStringList dependsOn;
    QJsonObject arguments;
};

// The parts of a SageMaker pipeline definition JSON (Version 2020-12-01) that Pipeline Desk uses.
struct PipelineDefinition
{
    QString version;
    QList<PipelineParameter> parameters;
    QList<PipelineStep> steps;

    // Reads a definition without judging it; unknown members are ignored. Use parse() for input
    // that comes from a person.
    static PipelineDefinition fromJson(const QByteArray &json);

    // Reads and validates a definition. The error (InvalidInput, field "pipeline-definition" or a
    // path such as "Steps[2].DependsOn") names what is wrong: not JSON, an unknown Version, a
    // parameter or step without a name, an unknown parameter or step type, duplicate names, a
    // DependsOn naming a missing step, a dependency cycle, a DefaultValue of the wrong type.
    static Result<PipelineDefinition> parse(const QByteArray &json);

    static QString supportedVersion() { return QStringLiteral("2020-12-01"); }
    static QStringList parameterTypes();
    static QStringList stepTypes();

    const PipelineStep *step(const QString &name) const;
    // Step names in an order where every step comes after the steps it depends on (definition
    // order among independent steps). Only meaningful for a validated definition.
    QStringList topologicalOrder() const;
    // The steps of one dependency cycle in run order (each depends on the one before it), the first
    // repeated at the end: {"A", "B", "A"}. It starts at the cycle's step defined first; empty when
    // the steps can be ordered. For a definition whose DependsOn name only its steps.
    QStringList dependencyCycle() const;
};

// Checks a value given as text for a parameter of the given type ("Integer": "12", "Boolean":
// "true"/"false"). Returns an InvalidInput error naming the parameter and the type.
Status checkParameterValue(const PipelineParameter &parameter, const QString &value);

// SageMaker pipeline names: 1–256 characters, letters, digits and single hyphens between them.
Status checkPipelineName(const QString &name);

struct Pipeline
{
    QString arn;
    QString accountId;
    QString region;
    QString name;
    QString displayName;
    QString description;
    QByteArray definition; // the JSON as given
    QString roleArn;
    QString status = QStringLiteral("Active");
    qint64 createdAt = 0;
    QString createdBy;
    qint64 modifiedAt = 0;
    QString modifiedBy;
};

// What would dangle if a pipeline were deleted: names of schedules and rules targeting it.
struct PipelineReferences
{
    QStringList schedules;
    QStringList rules;
    bool isEmpty() const { return schedules.isEmpty() && rules.isEmpty(); }
};

} // namespace Pd
