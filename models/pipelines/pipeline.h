#pragma once

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

    // Reads a definition without judging it; unknown members are ignored. Validation with
    // translated errors lives in the pipelines service.
    static PipelineDefinition fromJson(const QByteArray &json);
};

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

} // namespace Pd
