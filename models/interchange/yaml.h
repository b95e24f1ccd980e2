#pragma once

#include "core/result.h"

#include <QByteArray>
#include <QJsonValue>
#include <QStringList>

namespace Pd::Yaml {

// A small bridge between YAML documents (Azure ML schedules, CloudFormation templates) and
// QJsonValue, so that the interchange code reads and writes one data model whatever the syntax.
//
// parse() reads exactly one YAML document (libyaml):
// - mappings become objects (keys must be scalars and unique), sequences arrays;
// - quoted scalars and scalars tagged !!str are strings; plain scalars resolve as in the YAML 1.2
//   core schema: null / ~ / empty → null, true / false → bool, integers (also 0x.., 0o..) and
//   decimals → numbers, anything else a string;
// - aliases are replaced by a copy of their anchor's value; other tags (!Ref, !Sub ...) are
//   kept as {"<tag>": value} objects such as {"Ref": "X"} / {"Fn::Sub": "..."} so that
//   CloudFormation short forms survive.
// - mappings and sequences may nest DocumentLimits::maxDepth (128) levels, counting what an alias
//   brings in; one deeper is refused as soon as the parser reaches it, without reading on.
// Errors are Error::invalid with field "yaml", a message "line L, column C: reason" (1-based)
// and the byte offset as position.
Result<QJsonValue> parse(const QByteArray &text);

// JSON or YAML: text whose first non-blank character is { or [ is read as JSON first (errors
// then say line and column too); anything else, or JSON that does not parse but YAML does, as YAML.
// JSON nested deeper than DocumentLimits::maxDepth is refused by checkJsonDepth before either
// parser sees it.
Result<QJsonValue> parseDocument(const QByteArray &text);

// Whether the objects and arrays of JSON text nest at most `limit` levels: one linear pass over
// the brackets outside strings, without parsing. InvalidInput with field "json", "line L, column C:
// the document nests deeper than N levels" at the first bracket too deep. Says nothing about
// whether the text is valid JSON otherwise.
Status checkJsonDepth(const QByteArray &text, int limit);

// How toYaml() and toJson() order the keys of objects: keys listed in keyOrder come first, in that order
// (at every nesting level), the rest follow alphabetically.
struct EmitOptions
{
    QStringList keyOrder;
};

// Block-style YAML, two spaces an indent, ending in a newline. Strings are written plain when
// that reads back as the same string, otherwise double-quoted with escapes (so "true", "1.0",
// "", "a: b", "#x", " padded" and multi-line text round-trip); non-ASCII text (Korean) is
// written as UTF-8. Empty objects and arrays are written {} and [].
QByteArray toYaml(const QJsonValue &value, const EmitOptions &options = {});

// The same ordering for JSON output (QJsonDocument always sorts keys): indented by four spaces
// like the AWS CLI, ending in a newline.
QByteArray toJson(const QJsonValue &value, const EmitOptions &options = {});

// 1-based line and column of a byte offset in text (for messages about JSON documents).
std::pair<int, int> lineColumn(const QByteArray &text, qsizetype offset);

} // namespace Pd::Yaml
