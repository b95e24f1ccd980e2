#pragma once

#include <QList>
#include <QString>

namespace Pd {

struct Organization
{
    QString id;  // o-exampleorgid
    QString arn; // arn:aws:organizations::<management>:organization/<id>
    QString managementAccountId;
    QString name;
};

struct OrganizationalUnit
{
    QString id;  // ou-root-xxxxxxxx
    QString arn; // arn:aws:organizations::<management>:ou/<org>/<id>
    QString organizationId;
    QString parentId; // empty for a top-level OU
    QString name;
};

struct Account
{
    QString id; // 12 digits
    QString name;
    QString email;
    QString organizationId; // empty when outside any organization
    QString ouId;           // empty when directly under the root
    qint64 createdAt = 0;
    QString profile{}; // {}: the aggregate initialisations that predate it stay complete (-Wmissing-field-initializers)

    bool isConnected() const { return !profile.isEmpty(); }

    // "dev (111111111111)"
    QString label() const { return name + QStringLiteral(" (") + id + QLatin1Char(')'); }
};

} // namespace Pd
