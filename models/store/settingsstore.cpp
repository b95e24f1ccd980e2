#include "store/settingsstore.h"

#include "store/database.h"

#include <QSqlQuery>
#include <QVariant>

namespace Pd {

QString SettingsStore::value(const QString &key, const QString &fallback) const
{
    QSqlQuery q(m_database.db());
    q.prepare(QStringLiteral("SELECT value FROM settings WHERE key = ?"));
    q.addBindValue(key);
    if (q.exec() && q.next())
        return q.value(0).toString();
    return fallback;
}

Status SettingsStore::setValue(const QString &key, const QString &value)
{
    QSqlQuery q(m_database.db());
    q.prepare(QStringLiteral("INSERT INTO settings (key, value) VALUES (?, ?) "
                             "ON CONFLICT (key) DO UPDATE SET value = excluded.value"));
    q.addBindValue(key);
    q.addBindValue(value);
    if (!q.exec())
        return sqlError(q);
    return {};
}

} // namespace Pd
