#include "cli.h"

#include "accounts/accountservice.h"
#include "core/timeformat.h"
#include "core/tr.h"
#include "workspace/workspace.h"

#include <QJsonArray>

namespace Pd::Cli {

namespace {

int listAccounts(Context &context)
{
    auto workspace = context.workspace();
    if (!workspace)
        return context.fail(workspace.error());
    AccountService &service = (*workspace)->accounts();
    auto accounts = service.accounts();
    if (!accounts)
        return context.fail(accounts.error());
    auto organizations = service.organizations();
    if (!organizations)
        return context.fail(organizations.error());
    auto managementOf = [&](const QString &organizationId) {
        for (const Organization &o : organizations.value()) {
            if (o.id == organizationId)
                return o.managementAccountId;
        }
        return QString();
    };
    if (context.json()) {
        // The shape of Organizations ListAccounts.
        QJsonArray array;
        for (const Account &a : accounts.value()) {
            QJsonObject object{{QStringLiteral("Id"), a.id},
                               {QStringLiteral("Name"), a.name},
                               {QStringLiteral("Email"), a.email},
                               {QStringLiteral("Status"), QStringLiteral("ACTIVE")},
                               {QStringLiteral("JoinedMethod"), QStringLiteral("CREATED")},
                               {QStringLiteral("JoinedTimestamp"), isoUtcMs(a.createdAt)}};
            if (!a.organizationId.isEmpty())
                object.insert(QStringLiteral("Arn"), QStringLiteral("arn:aws:organizations::%1:account/%2/%3")
                                                         .arg(managementOf(a.organizationId), a.organizationId, a.id));
            array.append(object);
        }
        context.printJson({{QStringLiteral("Accounts"), array}});
        return 0;
    }
    QList<QStringList> rows;
    for (const Account &a : accounts.value())
        rows.append({a.id, a.name, a.organizationId, a.ouId});
    context.printTable({Tr::tr("ACCOUNT ID"), Tr::tr("NAME"), Tr::tr("ORGANIZATION"), Tr::tr("OU")}, rows);
    return 0;
}

} // namespace

void registerAccountCommands(Registry &registry)
{
    registry.add({QStringLiteral("accounts"), QStringLiteral("list"), Tr::tr("List the accounts of the workspace."), {},
                  listAccounts});
}

} // namespace Pd::Cli
