#pragma once

#include "core/result.h"

#include <QString>

namespace Pd {

class Database;

// The kinds of object a refusal of a local change names.
enum class CloudObjectKind { Pipeline, Execution, EventBus, Rule, Schedule, ResourceShare, Invitation };

// A connected account (an account with a profile) is a mirror of the cloud: its rows are written
// by a sync, never by a local action, and the local runner, engine and event bus never act on
// them (DESIGN.md "Connected accounts: a mirror, the cloud first"). One place decides that, for
// every service and store.
namespace ConnectedAccounts {

// The profile an account is connected through; empty for a local account or an unknown id.
Result<QString> profileOf(Database &database, const QString &accountId);

// Refuses (Conflict, exit 2) a local change to an object of a connected account: the change has to
// go to the cloud first, which this build does not do yet. The message names the object (when
// `name` is empty, as for a new one, only the account), the account and the profile. Ok for a
// local account or an empty id.
Status checkLocalChange(Database &database, const QString &accountId, CloudObjectKind kind, const QString &name);

// An SQL condition, true when `column` (an account id column) names a local account: for the
// queries of the runner, the engine and the event bus. Uses no bound values.
QString localAccountSql(const QString &column);
// An SQL query of the ids of the connected accounts, for an IN (...) test.
QString connectedAccountIdsSql();

} // namespace ConnectedAccounts

} // namespace Pd
