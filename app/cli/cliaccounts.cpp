#include "cli.h"

#include "accounts/accountservice.h"
#include "core/timeformat.h"
#include "core/tr.h"
#include "workspace/workspace.h"

#include <QJsonArray>

namespace Pd::Cli {

namespace {

QString managementOf(const QList<Organization> &organizations, const QString &organizationId)
{
    for (const Organization &o : organizations) {
        if (o.id == organizationId)
            return o.managementAccountId;
    }
    return QString();
}

// The shape of an Organizations Account (ListAccounts, DescribeAccount).
QJsonObject accountJson(const Account &a, const QList<Organization> &organizations)
{
    QJsonObject object{{QStringLiteral("Id"), a.id},
                       {QStringLiteral("Name"), a.name},
                       {QStringLiteral("Email"), a.email},
                       {QStringLiteral("Status"), QStringLiteral("ACTIVE")},
                       {QStringLiteral("JoinedMethod"), QStringLiteral("CREATED")},
                       {QStringLiteral("JoinedTimestamp"), isoUtcMs(a.createdAt)}};
    if (!a.organizationId.isEmpty())
        object.insert(QStringLiteral("Arn"),
                      QStringLiteral("arn:aws:organizations::%1:account/%2/%3")
                          .arg(managementOf(organizations, a.organizationId), a.organizationId, a.id));
    return object;
}

void printAccounts(Context &context, const QList<Account> &accounts)
{
    QList<QStringList> rows;
    for (const Account &a : accounts)
        rows.append({a.id, a.name, a.organizationId, a.ouId});
    context.printTable({Tr::tr("ACCOUNT ID"), Tr::tr("NAME"), Tr::tr("ORGANIZATION"), Tr::tr("OU")}, rows);
}

// Who an account or organization change is recorded as: --identity when given (it must exist), else
// the workspace's default identity, which is empty while the workspace has no accounts: managing
// accounts is how a workspace gets its first one, so it needs no identity.
Who acting(Context &context)
{
    auto workspace = context.workspace();
    if (!workspace)
        return {nullptr, QString(), context.fail(workspace.error())};
    if (!context.isSet(QStringLiteral("identity")))
        return {*workspace, (*workspace)->defaultIdentity(), 0};
    const QString id = context.value(QStringLiteral("identity"));
    if (Status s = (*workspace)->accounts().checkIdentity(id); !s)
        return {nullptr, QString(), context.fail(s.error())};
    return {*workspace, id, 0};
}

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
    if (context.json()) {
        // The shape of Organizations ListAccounts.
        QJsonArray array;
        for (const Account &a : accounts.value())
            array.append(accountJson(a, organizations.value()));
        context.printJson({{QStringLiteral("Accounts"), array}});
        return 0;
    }
    printAccounts(context, accounts.value());
    return 0;
}

int printAccount(Context &context, AccountService &service, const Account &account)
{
    if (context.json()) {
        auto organizations = service.organizations();
        if (!organizations)
            return context.fail(organizations.error());
        context.printJson({{QStringLiteral("Account"), accountJson(account, organizations.value())}});
    } else {
        printAccounts(context, {account});
    }
    return 0;
}

int createAccount(Context &context)
{
    const Who w = acting(context);
    if (!w.workspace)
        return w.exitCode;
    AccountInput input;
    input.id = context.value(QStringLiteral("account-id"));
    input.name = context.value(QStringLiteral("name"));
    input.email = context.value(QStringLiteral("email"));
    input.organizationId = context.value(QStringLiteral("organization-id"));
    input.ouId = context.value(QStringLiteral("ou-id"));
    AccountService &service = w.workspace->accounts();
    auto created = service.createAccount(w.identity, input);
    if (!created)
        return context.fail(created.error());
    return printAccount(context, service, created.value());
}

int updateAccount(Context &context)
{
    const Who w = acting(context);
    if (!w.workspace)
        return w.exitCode;
    AccountChange change;
    change.id = context.value(QStringLiteral("account-id"));
    // Given, even empty ("--organization-id="), means change: empty takes the account out.
    auto optional = [&context](const char *option) -> std::optional<QString> {
        const QString name = QLatin1String(option);
        return context.isSet(name) ? std::optional<QString>(context.value(name)) : std::nullopt;
    };
    change.name = optional("name");
    change.email = optional("email");
    change.organizationId = optional("organization-id");
    change.ouId = optional("ou-id");
    if (!change.name && !change.email && !change.organizationId && !change.ouId)
        return context.fail(Error::invalid(QString(), Tr::tr("nothing to change: give --name, --email, "
                                                             "--organization-id or --ou-id.")));
    AccountService &service = w.workspace->accounts();
    auto updated = service.updateAccount(w.identity, change);
    if (!updated)
        return context.fail(updated.error());
    return printAccount(context, service, updated.value());
}

int deleteAccount(Context &context)
{
    const Who w = acting(context);
    if (!w.workspace)
        return w.exitCode;
    const QString id = context.value(QStringLiteral("account-id")).trimmed();
    if (Status s = w.workspace->accounts().deleteAccount(w.identity, id); !s)
        return context.fail(s.error());
    if (context.json())
        context.printJson({{QStringLiteral("AccountId"), id}});
    else
        context.out() << id << Qt::endl;
    return 0;
}

// The shape of Organizations CreateOrganization / DescribeOrganization, with the desk's name.
QJsonObject organizationJson(const Organization &o, const QString &managementEmail)
{
    return {{QStringLiteral("Id"), o.id},
            {QStringLiteral("Arn"), o.arn},
            {QStringLiteral("Name"), o.name},
            {QStringLiteral("FeatureSet"), QStringLiteral("ALL")},
            {QStringLiteral("MasterAccountArn"),
             QStringLiteral("arn:aws:organizations::%1:account/%2/%1").arg(o.managementAccountId, o.id)},
            {QStringLiteral("MasterAccountId"), o.managementAccountId},
            {QStringLiteral("MasterAccountEmail"), managementEmail}};
}

void printOrganizations(Context &context, const QList<Organization> &organizations)
{
    QList<QStringList> rows;
    for (const Organization &o : organizations)
        rows.append({o.id, o.name, o.managementAccountId});
    context.printTable({Tr::tr("ORGANIZATION ID"), Tr::tr("NAME"), Tr::tr("MANAGEMENT ACCOUNT")}, rows);
}

int createOrganization(Context &context)
{
    const Who w = acting(context);
    if (!w.workspace)
        return w.exitCode;
    AccountService &service = w.workspace->accounts();
    auto created = service.createOrganization(w.identity, context.value(QStringLiteral("name")),
                                              context.value(QStringLiteral("management-account-id")));
    if (!created)
        return context.fail(created.error());
    if (context.json()) {
        auto management = service.account(created->managementAccountId);
        context.printJson({{QStringLiteral("Organization"),
                            organizationJson(created.value(), management ? management->email : QString())}});
    } else {
        printOrganizations(context, {created.value()});
    }
    return 0;
}

int listOrganizations(Context &context)
{
    auto workspace = context.workspace();
    if (!workspace)
        return context.fail(workspace.error());
    AccountService &service = (*workspace)->accounts();
    auto organizations = service.organizations();
    if (!organizations)
        return context.fail(organizations.error());
    if (context.json()) {
        QJsonArray array;
        for (const Organization &o : organizations.value()) {
            auto management = service.account(o.managementAccountId);
            array.append(organizationJson(o, management ? management->email : QString()));
        }
        context.printJson({{QStringLiteral("Organizations"), array}});
        return 0;
    }
    printOrganizations(context, organizations.value());
    return 0;
}

// The shape of Organizations OrganizationalUnit, with where it hangs.
QJsonObject unitJson(const OrganizationalUnit &u)
{
    return {{QStringLiteral("Id"), u.id},
            {QStringLiteral("Arn"), u.arn},
            {QStringLiteral("Name"), u.name},
            {QStringLiteral("OrganizationId"), u.organizationId},
            {QStringLiteral("ParentId"), u.parentId}};
}

void printUnits(Context &context, const QList<OrganizationalUnit> &units)
{
    QList<QStringList> rows;
    for (const OrganizationalUnit &u : units)
        rows.append({u.id, u.name, u.organizationId, u.parentId});
    context.printTable({Tr::tr("OU ID"), Tr::tr("NAME"), Tr::tr("ORGANIZATION"), Tr::tr("PARENT OU")}, rows);
}

int createUnit(Context &context)
{
    const Who w = acting(context);
    if (!w.workspace)
        return w.exitCode;
    auto created = w.workspace->accounts().createOrganizationalUnit(
        w.identity, context.value(QStringLiteral("organization-id")), context.value(QStringLiteral("parent-id")),
        context.value(QStringLiteral("name")));
    if (!created)
        return context.fail(created.error());
    if (context.json())
        context.printJson({{QStringLiteral("OrganizationalUnit"), unitJson(created.value())}});
    else
        printUnits(context, {created.value()});
    return 0;
}

int listUnits(Context &context)
{
    auto workspace = context.workspace();
    if (!workspace)
        return context.fail(workspace.error());
    auto units = (*workspace)->accounts().organizationalUnits();
    if (!units)
        return context.fail(units.error());
    const QString organization = context.value(QStringLiteral("organization-id"));
    QList<OrganizationalUnit> shown;
    for (const OrganizationalUnit &u : units.value()) {
        if (organization.isEmpty() || u.organizationId == organization)
            shown.append(u);
    }
    if (context.json()) {
        QJsonArray array;
        for (const OrganizationalUnit &u : shown)
            array.append(unitJson(u));
        context.printJson({{QStringLiteral("OrganizationalUnits"), array}});
        return 0;
    }
    printUnits(context, shown);
    return 0;
}

QList<QCommandLineOption> accountOptions(bool create)
{
    return {
        QCommandLineOption(QStringLiteral("account-id"), Tr::tr("The account id (12 digits)."), Tr::tr("ID")),
        QCommandLineOption(QStringLiteral("name"),
                           create ? Tr::tr("The account's name (up to 50 characters).")
                                  : Tr::tr("The account's new name."),
                           Tr::tr("NAME")),
        QCommandLineOption(QStringLiteral("email"), Tr::tr("The account's email address (optional)."), Tr::tr("EMAIL")),
        QCommandLineOption(QStringLiteral("organization-id"),
                           create ? Tr::tr("The organization the account belongs to (optional).")
                                  : Tr::tr("The organization to move the account to; empty takes it out."),
                           Tr::tr("ORGANIZATION_ID")),
        QCommandLineOption(QStringLiteral("ou-id"),
                           create ? Tr::tr("The organizational unit the account belongs to (optional; it "
                                           "names the organization too).")
                                  : Tr::tr("The organizational unit to move the account to; empty puts it "
                                           "directly under the root."),
                           Tr::tr("OU_ID"))};
}

} // namespace

void registerAccountCommands(Registry &registry)
{
    registry.add({QStringLiteral("accounts"),
                  QStringLiteral("list"),
                  Tr::tr("List the accounts of the workspace."),
                  {},
                  listAccounts});
    registry.add({QStringLiteral("accounts"), QStringLiteral("create"),
                  Tr::tr("Add an account to the workspace; prints it."), accountOptions(true), createAccount});
    registry.add({QStringLiteral("accounts"), QStringLiteral("update"),
                  Tr::tr("Rename an account or move it to another organization or OU; prints it."),
                  accountOptions(false), updateAccount});
    registry.add(
        {QStringLiteral("accounts"),
         QStringLiteral("delete"),
         Tr::tr("Delete an account that owns nothing any more; prints its id."),
         {QCommandLineOption(QStringLiteral("account-id"), Tr::tr("The account id (12 digits)."), Tr::tr("ID"))},
         deleteAccount});
    registry.add({QStringLiteral("organizations"),
                  QStringLiteral("list"),
                  Tr::tr("List the organizations of the workspace."),
                  {},
                  listOrganizations});
    registry.add({QStringLiteral("organizations"),
                  QStringLiteral("create"),
                  Tr::tr("Create an organization; its management account joins it. Prints it."),
                  {QCommandLineOption(QStringLiteral("name"), Tr::tr("The organization's name."), Tr::tr("NAME")),
                   QCommandLineOption(QStringLiteral("management-account-id"),
                                      Tr::tr("The account that manages the organization."), Tr::tr("ID"))},
                  createOrganization});
    registry.add({QStringLiteral("organizations"),
                  QStringLiteral("list-organizational-units"),
                  Tr::tr("List the organizational units, of one organization or of all."),
                  {QCommandLineOption(QStringLiteral("organization-id"), Tr::tr("Only this organization's OUs."),
                                      Tr::tr("ORGANIZATION_ID"))},
                  listUnits});
    registry.add(
        {QStringLiteral("organizations"),
         QStringLiteral("create-organizational-unit"),
         Tr::tr("Create an organizational unit; prints it."),
         {QCommandLineOption(QStringLiteral("organization-id"), Tr::tr("The organization."), Tr::tr("ORGANIZATION_ID")),
          QCommandLineOption(QStringLiteral("parent-id"),
                             Tr::tr("The OU to create it in (default: directly under the root)."), Tr::tr("OU_ID")),
          QCommandLineOption(QStringLiteral("name"), Tr::tr("The OU's name."), Tr::tr("NAME"))},
         createUnit});
}

} // namespace Pd::Cli
