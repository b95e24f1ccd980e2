#pragma once

#include <QByteArray>
#include <QtGlobal>

#include <optional>

class QIODevice;

namespace Pd::DocumentLimits {

// How much of a document the desk reads, in one place so that the readers, their messages and the
// README say the same figures. Where the desk mirrors an AWS API the limit is that API's (from the
// AWS API references); where no API bounds the whole document the limit is local, far above any
// real document, there so that a wrong file (or /dev/zero) is refused instead of exhausting memory.

// PutRule and TestEventPattern: EventPattern, "Maximum length of 4096" (characters).
constexpr qint64 eventPatternMaxLength = 4096;
// PutEvents: at most 10 entries a call, and the entries of one call together under 256 KB, each
// entry counted as the EventBridge User Guide's "Calculating PutEvents event entry size" says.
constexpr int putEventsMaxEntries = 10;
constexpr qint64 putEventsMaxBytes = 256 * 1024;
// CreatePipeline and UpdatePipeline: PipelineDefinition, "Maximum length of 1048576" (characters).
constexpr qint64 pipelineDefinitionMaxLength = 1048576;

// Local: an `events put --entries` file (put in PutEvents-sized batches) and its number of entries.
constexpr qint64 eventsFileMaxBytes = 16 * 1024 * 1024;
constexpr int eventsFileMaxEntries = 10000;
// Local: an imported document (rules import / schedules import --file, --targets-file) and the
// Targets of `rules put-targets --targets`.
constexpr qint64 importDocumentMaxBytes = 16 * 1024 * 1024;
// Local: how deeply the objects and arrays (mappings and sequences) of an imported JSON or YAML
// document may nest. Real documents nest under 10 levels; the limit is checked in linear time
// before a parser sees the text, since deep nesting made the parsers quadratic.
constexpr int maxDepth = 128;

// Reads an open QFile (or another blocking device) to its end, but never more than maxBytes + 1
// bytes, so that the caller can refuse a document longer than maxBytes without reading it whole (a
// huge file, a pipe that does not end, /dev/zero). std::nullopt when reading fails (the device's
// errorString() says why). The CLI's document options and the app's file pickers read through it.
std::optional<QByteArray> readAtMost(QIODevice &device, qint64 maxBytes);

} // namespace Pd::DocumentLimits
