#pragma once

#include "core/result.h"

namespace Pd {

class Database;

// Workspace-wide key/value settings (region, default identity, simulation defaults).
class SettingsStore
{
public:
    explicit SettingsStore(Database &database) : m_database(database) {}
    QString value(const QString &key, const QString &fallback = QString()) const;
    Status setValue(const QString &key, const QString &value);

private:
    Database &m_database;
};

} // namespace Pd
