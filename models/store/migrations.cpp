#include "store/migrations.h"

namespace Pd {

// Times are INTEGER milliseconds since the Unix epoch, UTC. JSON columns hold compact JSON text.
// Never edit a released step: add a new one.
const QList<Migration> &migrations()
{
    static const QList<Migration> all = {
        {1,
         "accounts, organizations, pipelines, executions, steps, audit log",
         {
             QStringLiteral("CREATE TABLE settings (key TEXT PRIMARY KEY, value TEXT NOT NULL)"),
             QStringLiteral("CREATE TABLE organizations ("
                            " id TEXT PRIMARY KEY,"
                            " arn TEXT NOT NULL UNIQUE,"
                            " management_account_id TEXT NOT NULL,"
                            " name TEXT NOT NULL)"),
             QStringLiteral("CREATE TABLE organizational_units ("
                            " id TEXT PRIMARY KEY,"
                            " arn TEXT NOT NULL UNIQUE,"
                            " organization_id TEXT NOT NULL REFERENCES organizations(id) ON DELETE CASCADE,"
                            " parent_id TEXT REFERENCES organizational_units(id) ON DELETE CASCADE,"
                            " name TEXT NOT NULL)"),
             QStringLiteral("CREATE TABLE accounts ("
                            " id TEXT PRIMARY KEY CHECK (length(id) = 12 AND id NOT GLOB '*[^0-9]*'),"
                            " name TEXT NOT NULL,"
                            " email TEXT,"
                            " organization_id TEXT REFERENCES organizations(id) ON DELETE SET NULL,"
                            " ou_id TEXT REFERENCES organizational_units(id) ON DELETE SET NULL,"
                            " created_at INTEGER NOT NULL)"),
             QStringLiteral("CREATE TABLE pipelines ("
                            " arn TEXT PRIMARY KEY,"
                            " account_id TEXT NOT NULL REFERENCES accounts(id),"
                            " region TEXT NOT NULL,"
                            " name TEXT NOT NULL,"
                            " display_name TEXT,"
                            " description TEXT,"
                            " definition TEXT NOT NULL,"
                            " role_arn TEXT,"
                            " status TEXT NOT NULL DEFAULT 'Active',"
                            " created_at INTEGER NOT NULL,"
                            " created_by TEXT,"
                            " modified_at INTEGER NOT NULL,"
                            " modified_by TEXT,"
                            " UNIQUE (account_id, region, name))"),
             QStringLiteral("CREATE TABLE executions ("
                            " arn TEXT PRIMARY KEY,"
                            " pipeline_arn TEXT NOT NULL REFERENCES pipelines(arn) ON DELETE CASCADE,"
                            " display_name TEXT,"
                            " description TEXT,"
                            " status TEXT NOT NULL CHECK (status IN"
                            "  ('Executing','Stopping','Stopped','Failed','Succeeded')),"
                            " failure_reason TEXT,"
                            " parameters TEXT NOT NULL DEFAULT '[]',"
                            " started_by_kind TEXT NOT NULL DEFAULT 'user'"
                            "  CHECK (started_by_kind IN ('user','schedule','rule','retry')),"
                            " started_by TEXT,"
                            " acting_account_id TEXT,"
                            " start_time INTEGER NOT NULL,"
                            " end_time INTEGER,"
                            " last_modified_time INTEGER NOT NULL,"
                            " client_request_token TEXT)"),
             QStringLiteral("CREATE INDEX executions_by_start ON executions (start_time DESC)"),
             QStringLiteral("CREATE INDEX executions_by_pipeline ON executions (pipeline_arn, start_time DESC)"),
             QStringLiteral("CREATE INDEX executions_by_status ON executions (status, start_time DESC)"),
             QStringLiteral("CREATE TABLE execution_steps ("
                            " execution_arn TEXT NOT NULL REFERENCES executions(arn) ON DELETE CASCADE,"
                            " name TEXT NOT NULL,"
                            " type TEXT NOT NULL,"
                            " status TEXT NOT NULL CHECK (status IN"
                            "  ('Starting','Executing','Stopping','Stopped','Failed','Succeeded')),"
                            " start_time INTEGER,"
                            " end_time INTEGER,"
                            " failure_reason TEXT,"
                            " attempt INTEGER NOT NULL DEFAULT 1,"
                            " PRIMARY KEY (execution_arn, name))"),
             QStringLiteral("CREATE TABLE idempotency_tokens ("
                            " account_id TEXT NOT NULL,"
                            " operation TEXT NOT NULL,"
                            " token TEXT NOT NULL,"
                            " request_hash TEXT NOT NULL,"
                            " response TEXT NOT NULL,"
                            " created_at INTEGER NOT NULL,"
                            " PRIMARY KEY (account_id, operation, token))"),
             QStringLiteral("CREATE TABLE audit_log ("
                            " id INTEGER PRIMARY KEY AUTOINCREMENT,"
                            " at INTEGER NOT NULL,"
                            " actor TEXT NOT NULL,"
                            " identity TEXT,"
                            " action TEXT NOT NULL,"
                            " target TEXT,"
                            " outcome TEXT NOT NULL,"
                            " detail TEXT)"),
             QStringLiteral("CREATE INDEX audit_by_time ON audit_log (at DESC)"),
         }},
        {2,
         "rules and targets, schedules and firings, engine lease, resource shares and invitations",
         {
             QStringLiteral("CREATE TABLE event_buses ("
                            " account_id TEXT NOT NULL REFERENCES accounts(id),"
                            " name TEXT NOT NULL,"
                            " created_at INTEGER NOT NULL,"
                            " PRIMARY KEY (account_id, name))"),
             QStringLiteral("CREATE TABLE rules ("
                            " arn TEXT PRIMARY KEY,"
                            " account_id TEXT NOT NULL REFERENCES accounts(id),"
                            " event_bus TEXT NOT NULL DEFAULT 'default',"
                            " name TEXT NOT NULL,"
                            " description TEXT,"
                            " event_pattern TEXT,"
                            " schedule_expression TEXT,"
                            " state TEXT NOT NULL CHECK (state IN ('ENABLED','DISABLED')),"
                            " role_arn TEXT,"
                            " tags TEXT NOT NULL DEFAULT '{}',"
                            " created_at INTEGER NOT NULL,"
                            " modified_at INTEGER NOT NULL,"
                            " UNIQUE (account_id, event_bus, name),"
                            " CHECK ((event_pattern IS NULL) <> (schedule_expression IS NULL)))"),
             QStringLiteral("CREATE TABLE rule_targets ("
                            " rule_arn TEXT NOT NULL REFERENCES rules(arn) ON DELETE CASCADE,"
                            " target_id TEXT NOT NULL,"
                            " pipeline_arn TEXT NOT NULL,"
                            " role_arn TEXT,"
                            " parameters TEXT NOT NULL DEFAULT '[]',"
                            " PRIMARY KEY (rule_arn, target_id))"),
             QStringLiteral("CREATE TABLE rule_invocations ("
                            " id INTEGER PRIMARY KEY AUTOINCREMENT,"
                            " rule_arn TEXT NOT NULL,"
                            " event_id TEXT NOT NULL,"
                            " target_id TEXT NOT NULL,"
                            " at INTEGER NOT NULL,"
                            " outcome TEXT NOT NULL,"
                            " execution_arn TEXT,"
                            " message TEXT)"),
             QStringLiteral("CREATE TABLE schedules ("
                            " arn TEXT PRIMARY KEY,"
                            " account_id TEXT NOT NULL REFERENCES accounts(id),"
                            " group_name TEXT NOT NULL DEFAULT 'default',"
                            " name TEXT NOT NULL,"
                            " description TEXT,"
                            " expression TEXT NOT NULL,"
                            " timezone TEXT NOT NULL DEFAULT 'UTC',"
                            " start_time INTEGER,"
                            " end_time INTEGER,"
                            " state TEXT NOT NULL CHECK (state IN ('ENABLED','DISABLED')),"
                            " target_pipeline_arn TEXT NOT NULL,"
                            " target_parameters TEXT NOT NULL DEFAULT '[]',"
                            " flexible_window_minutes INTEGER,"
                            " max_retries INTEGER NOT NULL DEFAULT 185,"
                            " max_event_age_seconds INTEGER NOT NULL DEFAULT 86400,"
                            " missed_policy TEXT NOT NULL DEFAULT 'once',"
                            " overlap_policy TEXT NOT NULL DEFAULT 'allow',"
                            " action_after_completion TEXT NOT NULL DEFAULT 'NONE',"
                            " created_at INTEGER NOT NULL,"
                            " modified_at INTEGER NOT NULL,"
                            " UNIQUE (account_id, group_name, name))"),
             // A slot of a schedule or a scheduled rule; the primary key is what makes a slot fire
             // at most once, even across crashes.
             QStringLiteral("CREATE TABLE firings ("
                            " trigger_arn TEXT NOT NULL,"
                            " scheduled_time INTEGER NOT NULL,"
                            " actual_time INTEGER,"
                            " outcome TEXT NOT NULL,"
                            " catch_up INTEGER NOT NULL DEFAULT 0,"
                            " attempts INTEGER NOT NULL DEFAULT 0,"
                            " execution_arn TEXT,"
                            " message TEXT,"
                            " PRIMARY KEY (trigger_arn, scheduled_time))"),
             QStringLiteral("CREATE TABLE dead_letters ("
                            " id INTEGER PRIMARY KEY AUTOINCREMENT,"
                            " trigger_arn TEXT NOT NULL,"
                            " scheduled_time INTEGER NOT NULL,"
                            " created_at INTEGER NOT NULL,"
                            " reason TEXT NOT NULL,"
                            " payload TEXT NOT NULL DEFAULT '{}')"),
             QStringLiteral("CREATE TABLE engine_lease ("
                            " id INTEGER PRIMARY KEY CHECK (id = 1),"
                            " holder TEXT NOT NULL,"
                            " kind TEXT NOT NULL,"
                            " pid INTEGER NOT NULL,"
                            " heartbeat INTEGER NOT NULL)"),
             QStringLiteral("CREATE TABLE resource_shares ("
                            " arn TEXT PRIMARY KEY,"
                            " owner_account_id TEXT NOT NULL REFERENCES accounts(id),"
                            " name TEXT NOT NULL,"
                            " permission TEXT NOT NULL,"
                            " allow_external_principals INTEGER NOT NULL DEFAULT 1,"
                            " status TEXT NOT NULL DEFAULT 'ACTIVE',"
                            " tags TEXT NOT NULL DEFAULT '{}',"
                            " client_token TEXT,"
                            " created_at INTEGER NOT NULL,"
                            " modified_at INTEGER NOT NULL)"),
             QStringLiteral("CREATE TABLE share_resources ("
                            " share_arn TEXT NOT NULL REFERENCES resource_shares(arn) ON DELETE CASCADE,"
                            " resource_arn TEXT NOT NULL,"
                            " PRIMARY KEY (share_arn, resource_arn))"),
             QStringLiteral("CREATE INDEX share_resources_by_resource ON share_resources (resource_arn)"),
             QStringLiteral("CREATE TABLE share_principals ("
                            " share_arn TEXT NOT NULL REFERENCES resource_shares(arn) ON DELETE CASCADE,"
                            " principal TEXT NOT NULL,"
                            " status TEXT NOT NULL DEFAULT 'ASSOCIATED',"
                            " PRIMARY KEY (share_arn, principal))"),
             QStringLiteral("CREATE TABLE share_invitations ("
                            " arn TEXT PRIMARY KEY,"
                            " share_arn TEXT NOT NULL REFERENCES resource_shares(arn) ON DELETE CASCADE,"
                            " sender_account_id TEXT NOT NULL,"
                            " receiver_account_id TEXT NOT NULL,"
                            " status TEXT NOT NULL CHECK (status IN ('PENDING','ACCEPTED','REJECTED','EXPIRED')),"
                            " created_at INTEGER NOT NULL,"
                            " expires_at INTEGER NOT NULL)"),
         }},
        {3,
         "local runner step simulation; indexes for sorting the Executions page",
         {
             QStringLiteral("CREATE TABLE step_simulation ("
                            " pipeline_arn TEXT NOT NULL REFERENCES pipelines(arn) ON DELETE CASCADE,"
                            " step_name TEXT NOT NULL,"
                            " duration_ms INTEGER NOT NULL CHECK (duration_ms >= 0),"
                            " fail_attempts INTEGER NOT NULL DEFAULT 0 CHECK (fail_attempts >= 0),"
                            " failure_reason TEXT,"
                            " PRIMARY KEY (pipeline_arn, step_name))"),
             QStringLiteral("CREATE INDEX executions_by_end ON executions (end_time DESC)"),
             QStringLiteral("CREATE INDEX executions_by_display_name ON executions (display_name)"),
             QStringLiteral("CREATE INDEX executions_by_started_by ON executions (started_by_kind, start_time DESC)"),
         }},
        {5,
         "schedules: the engine's planning cursor; firings: manual runs and retry times",
         {
             QStringLiteral("ALTER TABLE schedules ADD COLUMN planned_through INTEGER"),
             QStringLiteral("ALTER TABLE firings ADD COLUMN manual INTEGER NOT NULL DEFAULT 0"),
             QStringLiteral("ALTER TABLE firings ADD COLUMN next_attempt INTEGER"),
             QStringLiteral("CREATE INDEX firings_pending ON firings (outcome) WHERE outcome IN ('RETRYING','QUEUED')"),
             QStringLiteral("CREATE INDEX dead_letters_by_trigger ON dead_letters (trigger_arn)"),
             QStringLiteral("CREATE INDEX schedules_by_target ON schedules (target_pipeline_arn)"),
         }},
        {6,
         "rules: the engine's planning cursor for scheduled rules; indexes for invocations and targets",
         {
             QStringLiteral("ALTER TABLE rules ADD COLUMN planned_through INTEGER"),
             QStringLiteral("CREATE INDEX rule_invocations_by_rule ON rule_invocations (rule_arn, at DESC)"),
             QStringLiteral("CREATE INDEX rule_targets_by_pipeline ON rule_targets (pipeline_arn)"),
             QStringLiteral("CREATE INDEX rules_scheduled ON rules (state) WHERE schedule_expression IS NOT NULL"),
         }},
        {7,
         "schedules: the role EventBridge Scheduler assumes (Target.RoleArn, put_triggers role_arn)",
         {
             QStringLiteral("ALTER TABLE schedules ADD COLUMN role_arn TEXT"),
         }},
        {8,
         "executions: the pipeline definition each one started with",
         {
             // One row per distinct definition text of a pipeline (by its SHA-256), shared by every
             // execution that started with it. Executions from before this step have no
             // definition_id and are read with their pipeline's current definition.
             QStringLiteral("CREATE TABLE pipeline_definition_versions ("
                            " id INTEGER PRIMARY KEY,"
                            " pipeline_arn TEXT NOT NULL REFERENCES pipelines(arn) ON DELETE CASCADE,"
                            " sha256 TEXT NOT NULL,"
                            " definition TEXT NOT NULL,"
                            " created_at INTEGER NOT NULL,"
                            " UNIQUE (pipeline_arn, sha256))"),
             QStringLiteral("ALTER TABLE executions ADD COLUMN definition_id INTEGER"
                            " REFERENCES pipeline_definition_versions(id)"),
         }},
        {9,
         "audit log: indexes for the Activity page's and `audit list`'s filters, newest first",
         {
             // Each ends in (at, id) (id is the rowid every index carries), the read order, so a
             // filtered page is an index range walked backwards, not a sort.
             QStringLiteral("CREATE INDEX audit_by_target ON audit_log (target, at)"),
             QStringLiteral("CREATE INDEX audit_by_identity ON audit_log (identity, at)"),
             QStringLiteral("CREATE INDEX audit_by_action ON audit_log (action, at)"),
         }},
        {10,
         "firings: manual runs (run now) keyed apart from the slots of the expression",
         {
             // Until now a run-now at the exact millisecond of a slot took that slot's key
             // (trigger_arn, scheduled_time), and the engine then took the slot as handled and never
             // started it. `manual` joins the key: a slot (0) and a manual run (1) at the same instant
             // are two rows. Every row keeps its values, so an old manual run is still a manual run
             // and an old slot still a slot. SQLite cannot change a primary key in place: the table
             // is copied.
             QStringLiteral("CREATE TABLE firings_v10 ("
                            " trigger_arn TEXT NOT NULL,"
                            " scheduled_time INTEGER NOT NULL,"
                            " actual_time INTEGER,"
                            " outcome TEXT NOT NULL,"
                            " catch_up INTEGER NOT NULL DEFAULT 0,"
                            " attempts INTEGER NOT NULL DEFAULT 0,"
                            " execution_arn TEXT,"
                            " message TEXT,"
                            " manual INTEGER NOT NULL DEFAULT 0 CHECK (manual IN (0, 1)),"
                            " next_attempt INTEGER,"
                            " PRIMARY KEY (trigger_arn, scheduled_time, manual))"),
             QStringLiteral("INSERT INTO firings_v10 (trigger_arn, scheduled_time, actual_time, outcome, catch_up,"
                            " attempts, execution_arn, message, manual, next_attempt)"
                            " SELECT trigger_arn, scheduled_time, actual_time, outcome, catch_up, attempts,"
                            " execution_arn, message, CASE WHEN manual = 0 THEN 0 ELSE 1 END, next_attempt"
                            " FROM firings"),
             QStringLiteral("DROP TABLE firings"),
             QStringLiteral("ALTER TABLE firings_v10 RENAME TO firings"),
             QStringLiteral("CREATE INDEX firings_pending ON firings (outcome) WHERE outcome IN ('RETRYING','QUEUED')"),
         }},
        {11,
         "connected AWS accounts: profiles, and the origin and read time of every mirrored row",
         {
             // A profile says how to reach a real account. Only what is not secret is here (the
             // AWS CLI keeps the same values in plain ~/.aws/config); the access keys live in the OS
             // keychain, one entry per profile, and temporary credentials only in memory.
             // service_endpoints: JSON object {"scheduler": "http://localhost:4566"}.
             QStringLiteral("CREATE TABLE profiles ("
                            " name TEXT PRIMARY KEY,"
                            " region TEXT NOT NULL,"
                            " kind TEXT NOT NULL CHECK (kind IN ('static', 'assume-role')),"
                            " source_profile TEXT,"
                            " role_arn TEXT,"
                            " external_id TEXT,"
                            " role_session_name TEXT,"
                            " duration_seconds INTEGER,"
                            " mfa_serial TEXT,"
                            " endpoint_url TEXT,"
                            " service_endpoints TEXT,"
                            " account_id TEXT,"
                            " caller_arn TEXT,"
                            " tested_at INTEGER,"
                            " created_at INTEGER NOT NULL)"),
             // A connected account is an account with a profile; its rows are a mirror of the cloud.
             QStringLiteral("ALTER TABLE accounts ADD COLUMN profile TEXT"),
             // origin: NULL for a local row, else the profile it was read through; read_at: when.
             QStringLiteral("ALTER TABLE pipelines ADD COLUMN origin TEXT"),
             QStringLiteral("ALTER TABLE pipelines ADD COLUMN read_at INTEGER"),
             QStringLiteral("ALTER TABLE executions ADD COLUMN origin TEXT"),
             QStringLiteral("ALTER TABLE executions ADD COLUMN read_at INTEGER"),
             QStringLiteral("ALTER TABLE event_buses ADD COLUMN origin TEXT"),
             QStringLiteral("ALTER TABLE event_buses ADD COLUMN read_at INTEGER"),
             QStringLiteral("ALTER TABLE rules ADD COLUMN origin TEXT"),
             QStringLiteral("ALTER TABLE rules ADD COLUMN read_at INTEGER"),
             QStringLiteral("ALTER TABLE schedules ADD COLUMN origin TEXT"),
             QStringLiteral("ALTER TABLE schedules ADD COLUMN read_at INTEGER"),
             QStringLiteral("ALTER TABLE resource_shares ADD COLUMN origin TEXT"),
             QStringLiteral("ALTER TABLE resource_shares ADD COLUMN read_at INTEGER"),
             QStringLiteral("ALTER TABLE share_invitations ADD COLUMN origin TEXT"),
             QStringLiteral("ALTER TABLE share_invitations ADD COLUMN read_at INTEGER"),
         }},
    };
    return all;
}

} // namespace Pd
