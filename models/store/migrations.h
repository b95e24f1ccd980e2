#pragma once

#include <QStringList>
#include <QList>

namespace Pd {

// One step of the schema's history. Steps are applied in order, each in the transaction that also
// records it in schema_version, so a file is always at exactly one version.
struct Migration
{
    int version;
    const char *summary;
    QStringList statements;
};

const QList<Migration> &migrations();

} // namespace Pd
