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
    // An explicit initializer, so that the aggregate initializations of local accounts need not name it.
    QString profile = QString(); // the AWS profile a connected account is reached through; empty for a local account

    bool isConnected() const { return !profile.isEmpty(); }

    // "dev (111111111111)"
    QString label() const { return name + QStringLiteral(" (") + id + QLatin1Char(')'); }
};

} // namespace Pd
