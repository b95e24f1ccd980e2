#pragma once

#include <QJsonObject>
#include <QList>
#include <QString>

#include <optional>

namespace Pd::Events {

// A sample event as the EventBridge console offers it: a full event envelope (version, id,
// detail-type, source, account, time, region, resources, detail) in the demo's account and region.
struct SampleEvent
{
    QString id;     // stable key ("s3-object-created"), never shown
    QString name;   // translated, for pickers
    QString source; // "aws.s3"
    QJsonObject event;
};

// The samples: S3 Object Created, SageMaker Endpoint State Change, SageMaker Training Job State
// Change and an SNS Publish recorded by CloudTrail. Names follow the current UI language.
QList<SampleEvent> sampleEvents();
std::optional<SampleEvent> sampleEvent(const QString &id);

// A predefined pattern, as the console's "AWS services → service → event type" picker offers it.
struct PredefinedPattern
{
    QString id;          // stable key ("sagemaker-endpoint-failed")
    QString source;      // the event source it filters on ("aws.sagemaker")
    QString service;     // the product name ("Amazon SageMaker"), not translated
    QString eventType;   // translated ("Endpoint state change: FAILED")
    QString description; // translated: what it matches
    QJsonObject pattern;
    QString sampleId; // a sample event it matches
};

QList<PredefinedPattern> predefinedPatterns();
std::optional<PredefinedPattern> predefinedPattern(const QString &id);
// The services that have predefined patterns, in display order (distinct PredefinedPattern::service).
QStringList predefinedPatternServices();

// The console's "All events" pattern: every event on the bus.
QJsonObject allEventsPattern();

} // namespace Pd::Events
