#include "core/ids.h"

#include "core/tr.h"

#include <QRandomGenerator>
#include <QRegularExpression>
#include <QStringList>

namespace Pd {

bool isAccountId(const QString &text)
{
    if (text.size() != 12)
        return false;
    for (const QChar c : text) {
        if (c < QLatin1Char('0') || c > QLatin1Char('9'))
            return false;
    }
    return true;
}

bool isIamRoleArn(const QString &text)
{
    static const QRegularExpression pattern(
        QStringLiteral("^arn:(?:aws|aws-cn|aws-us-gov):iam::[0-9]{12}:role(/(?:[\\x21-\\x7e]*/)?)([A-Za-z0-9+=,.@_-]{1,64})$"));
    const QRegularExpressionMatch match = pattern.match(text);
    // The path is at most 512 characters, its slashes included.
    return match.hasMatch() && match.capturedLength(1) <= 512;
}

Status checkIamRoleArn(const QString &field, const QString &arn)
{
    if (arn.isEmpty() || isIamRoleArn(arn))
        return {};
    return Error::invalid(field, Tr::tr("%1: “%2” is not an IAM role ARN (arn:aws:iam::<12-digit account>:role/<name>, "
                                        "optionally with a path: role/<path>/<name>).")
                                     .arg(field, arn));
}

QString pipelineArn(const QString &region, const QString &accountId, const QString &name)
{
    return QStringLiteral("arn:aws:sagemaker:%1:%2:pipeline/%3").arg(region, accountId, name.toLower());
}

QString executionArn(const QString &pipelineArn, const QString &executionId)
{
    return pipelineArn + QStringLiteral("/execution/") + executionId;
}

ArnParts parseArn(const QString &arn)
{
    ArnParts parts;
    const QStringList fields = arn.split(QLatin1Char(':'));
    if (fields.size() < 6 || fields.at(0) != QLatin1String("arn"))
        return parts;
    parts.partition = fields.at(1);
    parts.service = fields.at(2);
    parts.region = fields.at(3);
    parts.account = fields.at(4);
    parts.resource = fields.mid(5).join(QLatin1Char(':'));
    parts.valid = !parts.partition.isEmpty() && !parts.service.isEmpty() && !parts.resource.isEmpty();
    return parts;
}

QString newExecutionId()
{
    static const char alphabet[] = "abcdefghijklmnopqrstuvwxyz0123456789";
    QString id;
    id.reserve(12);
    for (int i = 0; i < 12; ++i)
        id.append(QLatin1Char(alphabet[QRandomGenerator::global()->bounded(36)]));
    return id;
}

} // namespace Pd
