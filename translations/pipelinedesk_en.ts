<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_US">
    <context>
        <name>Pd</name>
        <message>
            <source>The workspace file (default: %1).</source>
            <translation>The workspace file (default: %1).</translation>
        </message>
        <message>
            <source>FILE</source>
            <translation>FILE</translation>
        </message>
        <message>
            <source>The account id to act as (default: the workspace's default identity).</source>
            <translation>The account id to act as (default: the workspace's default identity).</translation>
        </message>
        <message>
            <source>ACCOUNT_ID</source>
            <translation>ACCOUNT_ID</translation>
        </message>
        <message>
            <source>Print the AWS API response shape as JSON.</source>
            <translation>Print the AWS API response shape as JSON.</translation>
        </message>
        <message>
            <source>The language of messages: ko or en (default: the system's).</source>
            <translation>The language of messages: ko or en (default: the system's).</translation>
        </message>
        <message>
            <source>LANG</source>
            <translation>LANG</translation>
        </message>
        <message>
            <source>Show help for the program or for one command.</source>
            <translation>Show help for the program or for one command.</translation>
        </message>
        <message>
            <source>Show the version.</source>
            <translation>Show the version.</translation>
        </message>
        <message>
            <source>Usage: %1 [global options] NOUN VERB [options]</source>
            <translation>Usage: %1 [global options] NOUN VERB [options]</translation>
        </message>
        <message>
            <source>Pipeline Desk from the command line: the same operations as the app, without a window.</source>
            <translation>Pipeline Desk from the command line: the same operations as the app, without a window.</translation>
        </message>
        <message>
            <source>Global options (they may stand anywhere on the line):</source>
            <translation>Global options (they may stand anywhere on the line):</translation>
        </message>
        <message>
            <source>Commands:</source>
            <translation>Commands:</translation>
        </message>
        <message>
            <source>Exit codes: 0 ok, 2 invalid input, 3 refused by permissions, 1 anything else.</source>
            <translation>Exit codes: 0 ok, 2 invalid input, 3 refused by permissions, 1 anything else.</translation>
        </message>
        <message>
            <source>Run “%1 NOUN VERB --help” for the options of one command.</source>
            <translation>Run “%1 NOUN VERB --help” for the options of one command.</translation>
        </message>
        <message>
            <source>--%1: “%2” is not of the form Name=Value.</source>
            <translation>--%1: “%2” is not of the form Name=Value.</translation>
        </message>
        <message>
            <source>--language: “%1” is not available; use ko or en.</source>
            <translation>--language: “%1” is not available; use ko or en.</translation>
        </message>
        <message>
            <source>unknown command “%1”. Run “pipelinedesk-cli --help” for the list.</source>
            <translation>unknown command “%1”. Run “pipelinedesk-cli --help” for the list.</translation>
        </message>
        <message>
            <source>unexpected argument “%1”.</source>
            <translation>unexpected argument “%1”.</translation>
        </message>
        <message>
            <source>ACCOUNT ID</source>
            <translation>ACCOUNT ID</translation>
        </message>
        <message>
            <source>NAME</source>
            <translation>NAME</translation>
        </message>
        <message>
            <source>ORGANIZATION</source>
            <translation>ORGANIZATION</translation>
        </message>
        <message>
            <source>OU</source>
            <translation>OU</translation>
        </message>
        <message>
            <source>List the accounts of the workspace.</source>
            <translation>List the accounts of the workspace.</translation>
        </message>
        <message>
            <source>CREATED</source>
            <translation>CREATED</translation>
        </message>
        <message>
            <source>ARN</source>
            <translation>ARN</translation>
        </message>
        <message>
            <source>--pipeline-name is required.</source>
            <translation>--pipeline-name is required.</translation>
        </message>
        <message>
            <source>Name: %1</source>
            <translation>Name: %1</translation>
        </message>
        <message>
            <source>ARN: %1</source>
            <translation>ARN: %1</translation>
        </message>
        <message>
            <source>Description: %1</source>
            <translation>Description: %1</translation>
        </message>
        <message>
            <source>Role: %1</source>
            <translation>Role: %1</translation>
        </message>
        <message>
            <source>Created: %1 by %2</source>
            <translation>Created: %1 by %2</translation>
        </message>
        <message>
            <source>Parameters:</source>
            <translation>Parameters:</translation>
        </message>
        <message>
            <source>Steps:</source>
            <translation>Steps:</translation>
        </message>
        <message>
            <source>List the pipelines of the identity's account.</source>
            <translation>List the pipelines of the identity's account.</translation>
        </message>
        <message>
            <source>Describe one pipeline.</source>
            <translation>Describe one pipeline.</translation>
        </message>
        <message>
            <source>The pipeline's name or ARN.</source>
            <translation>The pipeline's name or ARN.</translation>
        </message>
        <message>
            <source>NAME_OR_ARN</source>
            <translation>NAME_OR_ARN</translation>
        </message>
        <message>
            <source>identity: “%1” is not an account id (12 digits).</source>
            <translation>identity: “%1” is not an account id (12 digits).</translation>
        </message>
        <message>
            <source>identity: account %1 does not exist in this workspace.</source>
            <translation>identity: account %1 does not exist in this workspace.</translation>
        </message>
        <message>
            <source>Executing</source>
            <translation>Executing</translation>
        </message>
        <message>
            <source>Stopping</source>
            <translation>Stopping</translation>
        </message>
        <message>
            <source>Stopped</source>
            <translation>Stopped</translation>
        </message>
        <message>
            <source>Failed</source>
            <translation>Failed</translation>
        </message>
        <message>
            <source>Succeeded</source>
            <translation>Succeeded</translation>
        </message>
        <message>
            <source>Starting</source>
            <translation>Starting</translation>
        </message>
        <message>
            <source>pipeline-name: “%1” is not a SageMaker pipeline ARN.</source>
            <translation>pipeline-name: “%1” is not a SageMaker pipeline ARN.</translation>
        </message>
        <message>
            <source>Pipeline “%1” does not exist in account %2.</source>
            <translation>Pipeline “%1” does not exist in account %2.</translation>
        </message>
        <message>
            <source>The keychain has no entry for “%1”.</source>
            <translation>The keychain has no entry for “%1”.</translation>
        </message>
        <message>
            <source>The keychain refused the request for “%1”: %2</source>
            <translation>The keychain refused the request for “%1”: %2</translation>
        </message>
        <message>
            <source>Account %1 does not exist in this workspace.</source>
            <translation>Account %1 does not exist in this workspace.</translation>
        </message>
        <message>
            <source>The workspace “%1” is damaged or is not a database, so it was not opened. The file was left unchanged.</source>
            <translation>The workspace “%1” is damaged or is not a database, so it was not opened. The file was left unchanged.</translation>
        </message>
        <message>
            <source>“%1” is an SQLite database of another application, not a Pipeline Desk workspace. It was not opened and was left unchanged.</source>
            <translation>“%1” is an SQLite database of another application, not a Pipeline Desk workspace. It was not opened and was left unchanged.</translation>
        </message>
        <message>
            <source>The workspace “%1” was written by a newer version of Pipeline Desk (schema %2; this version reads up to schema %3). Open it with a newer Pipeline Desk. The file was left unchanged.</source>
            <translation>The workspace “%1” was written by a newer version of Pipeline Desk (schema %2; this version reads up to schema %3). Open it with a newer Pipeline Desk. The file was left unchanged.</translation>
        </message>
        <message>
            <source>The workspace could not be read or written: %1</source>
            <translation>The workspace could not be read or written: %1</translation>
        </message>
        <message>
            <source>“%1” is a folder, not a workspace file.</source>
            <translation>“%1” is a folder, not a workspace file.</translation>
        </message>
        <message>
            <source>The workspace “%1” could not be read: %2</source>
            <translation>The workspace “%1” could not be read: %2</translation>
        </message>
        <message>
            <source>“%1” is not a Pipeline Desk workspace (it is not an SQLite database). It was not opened and was left unchanged.</source>
            <translation>“%1” is not a Pipeline Desk workspace (it is not an SQLite database). It was not opened and was left unchanged.</translation>
        </message>
        <message>
            <source>The folder for the workspace “%1” could not be created.</source>
            <translation>The folder for the workspace “%1” could not be created.</translation>
        </message>
        <message>
            <source>The workspace could not be upgraded to schema %1: %2</source>
            <translation>The workspace could not be upgraded to schema %1: %2</translation>
        </message>
        <message>
            <source>Pipeline %1 does not exist.</source>
            <translation>Pipeline %1 does not exist.</translation>
        </message>
        <message>
            <source>Pipeline execution %1 does not exist.</source>
            <translation>Pipeline execution %1 does not exist.</translation>
        </message>
        <message>
            <source>--%1 is required.</source>
            <translation>--%1 is required.</translation>
        </message>
        <message>
            <source>STATUS</source>
            <translation>STATUS</translation>
        </message>
        <message>
            <source>STARTED</source>
            <translation>STARTED</translation>
        </message>
        <message>
            <source>Status: %1</source>
            <translation>Status: %1</translation>
        </message>
        <message>
            <source>Started: %1 by %2 (%3, account %4)</source>
            <translation>Started: %1 by %2 (%3, account %4)</translation>
        </message>
        <message>
            <source>Ended: %1</source>
            <translation>Ended: %1</translation>
        </message>
        <message>
            <source>Failure reason: %1</source>
            <translation>Failure reason: %1</translation>
        </message>
        <message>
            <source>STEP</source>
            <translation>STEP</translation>
        </message>
        <message>
            <source>ENDED</source>
            <translation>ENDED</translation>
        </message>
        <message>
            <source>FAILURE REASON</source>
            <translation>FAILURE REASON</translation>
        </message>
        <message>
            <source>VALUE</source>
            <translation>VALUE</translation>
        </message>
        <message>
            <source>The execution's ARN.</source>
            <translation>The execution's ARN.</translation>
        </message>
        <message>
            <source>32 to 128 characters that make a repeated request return the first result.</source>
            <translation>32 to 128 characters that make a repeated request return the first result.</translation>
        </message>
        <message>
            <source>TOKEN</source>
            <translation>TOKEN</translation>
        </message>
        <message>
            <source>Start an execution of a pipeline; prints its ARN.</source>
            <translation>Start an execution of a pipeline; prints its ARN.</translation>
        </message>
        <message>
            <source>A pipeline parameter value (repeatable); others take their default.</source>
            <translation>A pipeline parameter value (repeatable); others take their default.</translation>
        </message>
        <message>
            <source>Name=Value</source>
            <translation>Name=Value</translation>
        </message>
        <message>
            <source>The execution's display name.</source>
            <translation>The execution's display name.</translation>
        </message>
        <message>
            <source>A description of the execution.</source>
            <translation>A description of the execution.</translation>
        </message>
        <message>
            <source>TEXT</source>
            <translation>TEXT</translation>
        </message>
        <message>
            <source>Stop an executing execution.</source>
            <translation>Stop an executing execution.</translation>
        </message>
        <message>
            <source>Retry a failed execution: failed and never-run steps run again.</source>
            <translation>Retry a failed execution: failed and never-run steps run again.</translation>
        </message>
        <message>
            <source>List the executions of a pipeline, newest first.</source>
            <translation>List the executions of a pipeline, newest first.</translation>
        </message>
        <message>
            <source>Describe one execution.</source>
            <translation>Describe one execution.</translation>
        </message>
        <message>
            <source>List the steps of an execution that have started, newest first.</source>
            <translation>List the steps of an execution that have started, newest first.</translation>
        </message>
        <message>
            <source>List the parameters an execution runs with.</source>
            <translation>List the parameters an execution runs with.</translation>
        </message>
        <message>
            <source>--pipeline-definition-file (or --pipeline-definition) is required.</source>
            <translation>--pipeline-definition-file (or --pipeline-definition) is required.</translation>
        </message>
        <message>
            <source>warning: schedule “%1” targets the deleted pipeline; its firings will fail.</source>
            <translation>warning: schedule “%1” targets the deleted pipeline; its firings will fail.</translation>
        </message>
        <message>
            <source>warning: rule “%1” targets the deleted pipeline; its invocations will fail.</source>
            <translation>warning: rule “%1” targets the deleted pipeline; its invocations will fail.</translation>
        </message>
        <message>
            <source>--duration-seconds: “%1” is not a number of seconds ≥ 0.</source>
            <translation>--duration-seconds: “%1” is not a number of seconds ≥ 0.</translation>
        </message>
        <message>
            <source>--fail-attempts: “%1” is not a whole number ≥ 0.</source>
            <translation>--fail-attempts: “%1” is not a whole number ≥ 0.</translation>
        </message>
        <message>
            <source>The pipeline's name (update: or ARN).</source>
            <translation>The pipeline's name (update: or ARN).</translation>
        </message>
        <message>
            <source>A file with the SageMaker pipeline definition JSON.</source>
            <translation>A file with the SageMaker pipeline definition JSON.</translation>
        </message>
        <message>
            <source>The pipeline definition JSON itself.</source>
            <translation>The pipeline definition JSON itself.</translation>
        </message>
        <message>
            <source>JSON</source>
            <translation>JSON</translation>
        </message>
        <message>
            <source>The IAM role the pipeline runs as.</source>
            <translation>The IAM role the pipeline runs as.</translation>
        </message>
        <message>
            <source>The name shown for the pipeline.</source>
            <translation>The name shown for the pipeline.</translation>
        </message>
        <message>
            <source>A description.</source>
            <translation>A description.</translation>
        </message>
        <message>
            <source>Create a pipeline in the identity's account from a definition; prints its ARN.</source>
            <translation>Create a pipeline in the identity's account from a definition; prints its ARN.</translation>
        </message>
        <message>
            <source>Change a pipeline's definition, role, display name or description.</source>
            <translation>Change a pipeline's definition, role, display name or description.</translation>
        </message>
        <message>
            <source>Delete a pipeline and its executions; warns about schedules and rules that target it.</source>
            <translation>Delete a pipeline and its executions; warns about schedules and rules that target it.</translation>
        </message>
        <message>
            <source>Set how the local runner plays one step: its duration and how many attempts fail.</source>
            <translation>Set how the local runner plays one step: its duration and how many attempts fail.</translation>
        </message>
        <message>
            <source>The step.</source>
            <translation>The step.</translation>
        </message>
        <message>
            <source>How long the step runs (default 5).</source>
            <translation>How long the step runs (default 5).</translation>
        </message>
        <message>
            <source>SECONDS</source>
            <translation>SECONDS</translation>
        </message>
        <message>
            <source>How many attempts fail before one succeeds (default 0).</source>
            <translation>How many attempts fail before one succeeds (default 0).</translation>
        </message>
        <message>
            <source>N</source>
            <translation>N</translation>
        </message>
        <message>
            <source>The failure reason to report.</source>
            <translation>The failure reason to report.</translation>
        </message>
        <message>
            <source>--expression is required.</source>
            <translation>--expression is required.</translation>
        </message>
        <message>
            <source>--from: “%1” is not an instant such as 2026-11-23T12:00:00Z.</source>
            <translation>--from: “%1” is not an instant such as 2026-11-23T12:00:00Z.</translation>
        </message>
        <message>
            <source>--count: “%1” is not a number from 1 to %2.</source>
            <translation>--count: “%1” is not a number from 1 to %2.</translation>
        </message>
        <message>
            <source>Warning: %1</source>
            <translation>Warning: %1</translation>
        </message>
        <message>
            <source>Show the next fire times of a schedule expression (no workspace needed).</source>
            <translation>Show the next fire times of a schedule expression (no workspace needed).</translation>
        </message>
        <message>
            <source>at(...), rate(...), cron(6 fields), crontab(5 fields) or recurrence({...}).</source>
            <translation>at(...), rate(...), cron(6 fields), crontab(5 fields) or recurrence({...}).</translation>
        </message>
        <message>
            <source>EXPR</source>
            <translation>EXPR</translation>
        </message>
        <message>
            <source>The schedule's time zone, IANA or Windows name (default: UTC).</source>
            <translation>The schedule's time zone, IANA or Windows name (default: UTC).</translation>
        </message>
        <message>
            <source>TZ</source>
            <translation>TZ</translation>
        </message>
        <message>
            <source>Fires strictly after this instant (default: now).</source>
            <translation>Fires strictly after this instant (default: now).</translation>
        </message>
        <message>
            <source>INSTANT</source>
            <translation>INSTANT</translation>
        </message>
        <message>
            <source>How many fires to print (default: 10).</source>
            <translation>How many fires to print (default: 10).</translation>
        </message>
        <message>
            <source>Also print the description and the linter's warnings.</source>
            <translation>Also print the description and the linter's warnings.</translation>
        </message>
        <message>
            <source>The schedule's name or ARN.</source>
            <translation>The schedule's name or ARN.</translation>
        </message>
        <message>
            <source>The schedule group (default: default).</source>
            <translation>The schedule group (default: default).</translation>
        </message>
        <message>
            <source>GROUP</source>
            <translation>GROUP</translation>
        </message>
        <message>
            <source>at(...), rate(...), cron(...), crontab(...) or recurrence(...).</source>
            <translation>at(...), rate(...), cron(...), crontab(...) or recurrence(...).</translation>
        </message>
        <message>
            <source>IANA or Windows time zone (default UTC).</source>
            <translation>IANA or Windows time zone (default UTC).</translation>
        </message>
        <message>
            <source>The pipeline to start: name or ARN.</source>
            <translation>The pipeline to start: name or ARN.</translation>
        </message>
        <message>
            <source>A pipeline parameter; values may use ${{name}} and ${{creation_context.trigger_time}}. Repeatable.</source>
            <translation>A pipeline parameter; values may use ${{name}} and ${{creation_context.trigger_time}}. Repeatable.</translation>
        </message>
        <message>
            <source>No slot before this instant.</source>
            <translation>No slot before this instant.</translation>
        </message>
        <message>
            <source>No slot after this instant.</source>
            <translation>No slot after this instant.</translation>
        </message>
        <message>
            <source>ENABLED or DISABLED (default ENABLED).</source>
            <translation>ENABLED or DISABLED (default ENABLED).</translation>
        </message>
        <message>
            <source>STATE</source>
            <translation>STATE</translation>
        </message>
        <message>
            <source>Fire at a random instant within this many minutes (1–1440); OFF or 0: exactly.</source>
            <translation>Fire at a random instant within this many minutes (1–1440); OFF or 0: exactly.</translation>
        </message>
        <message>
            <source>MINUTES</source>
            <translation>MINUTES</translation>
        </message>
        <message>
            <source>Retry attempts when starting fails (0–185, default 185).</source>
            <translation>Retry attempts when starting fails (0–185, default 185).</translation>
        </message>
        <message>
            <source>Give up on a slot this old (60–86400 seconds, default 86400).</source>
            <translation>Give up on a slot this old (60–86400 seconds, default 86400).</translation>
        </message>
        <message>
            <source>Missed runs: skip, once (default) or all.</source>
            <translation>Missed runs: skip, once (default) or all.</translation>
        </message>
        <message>
            <source>POLICY</source>
            <translation>POLICY</translation>
        </message>
        <message>
            <source>While the previous run is active: allow (default), skip, queue or stop.</source>
            <translation>While the previous run is active: allow (default), skip, queue or stop.</translation>
        </message>
        <message>
            <source>NONE (default) or DELETE the schedule after its last slot.</source>
            <translation>NONE (default) or DELETE the schedule after its last slot.</translation>
        </message>
        <message>
            <source>ACTION</source>
            <translation>ACTION</translation>
        </message>
        <message>
            <source>--%1: “%2” is not a whole number.</source>
            <translation>--%1: “%2” is not a whole number.</translation>
        </message>
        <message>
            <source>--%1: “%2” is not an instant such as 2026-11-23T12:00:00Z.</source>
            <translation>--%1: “%2” is not an instant such as 2026-11-23T12:00:00Z.</translation>
        </message>
        <message>
            <source>--state: “%1” is not ENABLED or DISABLED.</source>
            <translation>--state: “%1” is not ENABLED or DISABLED.</translation>
        </message>
        <message>
            <source>--missed: “%1” is not skip, once or all.</source>
            <translation>--missed: “%1” is not skip, once or all.</translation>
        </message>
        <message>
            <source>--overlap: “%1” is not allow, skip, queue or stop.</source>
            <translation>--overlap: “%1” is not allow, skip, queue or stop.</translation>
        </message>
        <message>
            <source>--action-after-completion: “%1” is not NONE or DELETE.</source>
            <translation>--action-after-completion: “%1” is not NONE or DELETE.</translation>
        </message>
        <message>
            <source> (orphaned)</source>
            <translation> (orphaned)</translation>
        </message>
        <message>
            <source>EXPRESSION</source>
            <translation>EXPRESSION</translation>
        </message>
        <message>
            <source>NEXT (UTC)</source>
            <translation>NEXT (UTC)</translation>
        </message>
        <message>
            <source>LAST OUTCOME</source>
            <translation>LAST OUTCOME</translation>
        </message>
        <message>
            <source>run now</source>
            <translation>run now</translation>
        </message>
        <message>
            <source>catch-up</source>
            <translation>catch-up</translation>
        </message>
        <message>
            <source>SCHEDULED</source>
            <translation>SCHEDULED</translation>
        </message>
        <message>
            <source>ACTUAL</source>
            <translation>ACTUAL</translation>
        </message>
        <message>
            <source>LATENESS MS</source>
            <translation>LATENESS MS</translation>
        </message>
        <message>
            <source>OUTCOME</source>
            <translation>OUTCOME</translation>
        </message>
        <message>
            <source>KIND</source>
            <translation>KIND</translation>
        </message>
        <message>
            <source>EXECUTION</source>
            <translation>EXECUTION</translation>
        </message>
        <message>
            <source>--id: “%1” is not a dead-letter id.</source>
            <translation>--id: “%1” is not a dead-letter id.</translation>
        </message>
        <message>
            <source>--retry needs --id.</source>
            <translation>--retry needs --id.</translation>
        </message>
        <message numerus="yes">
            <source>%n dead letter(s) cleared.</source>
            <translation>
                <numerusform>%n dead letter cleared.</numerusform>
                <numerusform>%n dead letters cleared.</numerusform>
            </translation>
        </message>
        <message>
            <source>ID</source>
            <translation>ID</translation>
        </message>
        <message>
            <source>SCHEDULE</source>
            <translation>SCHEDULE</translation>
        </message>
        <message>
            <source>REASON</source>
            <translation>REASON</translation>
        </message>
        <message>
            <source>--for: the number of seconds must not be negative.</source>
            <translation>--for: the number of seconds must not be negative.</translation>
        </message>
        <message>
            <source>scheduler: engine running (daemon, pid %1, %2 schedules); stop with Ctrl+C or SIGTERM.</source>
            <translation>scheduler: engine running (daemon, pid %1, %2 schedules); stop with Ctrl+C or SIGTERM.</translation>
        </message>
        <message>
            <source>The scheduler could not set up its signal handling.</source>
            <translation>The scheduler could not set up its signal handling.</translation>
        </message>
        <message>
            <source>scheduler: stopped.</source>
            <translation>scheduler: stopped.</translation>
        </message>
        <message>
            <source>engine: %1, pid %2</source>
            <translation>engine: %1, pid %2</translation>
        </message>
        <message>
            <source>engine: not running</source>
            <translation>engine: not running</translation>
        </message>
        <message>
            <source>Create a schedule that starts a pipeline; prints its ARN.</source>
            <translation>Create a schedule that starts a pipeline; prints its ARN.</translation>
        </message>
        <message>
            <source>Change a schedule; options not given keep their value.</source>
            <translation>Change a schedule; options not given keep their value.</translation>
        </message>
        <message>
            <source>List the schedules of the identity's account.</source>
            <translation>List the schedules of the identity's account.</translation>
        </message>
        <message>
            <source>Only ENABLED or DISABLED schedules.</source>
            <translation>Only ENABLED or DISABLED schedules.</translation>
        </message>
        <message>
            <source>Only schedules of this pipeline.</source>
            <translation>Only schedules of this pipeline.</translation>
        </message>
        <message>
            <source>Describe one schedule with its next fire times.</source>
            <translation>Describe one schedule with its next fire times.</translation>
        </message>
        <message>
            <source>Enable a schedule; slots count from now.</source>
            <translation>Enable a schedule; slots count from now.</translation>
        </message>
        <message>
            <source>Disable a schedule.</source>
            <translation>Disable a schedule.</translation>
        </message>
        <message>
            <source>Delete a disabled schedule (the executions it started stay).</source>
            <translation>Delete a disabled schedule (the executions it started stay).</translation>
        </message>
        <message>
            <source>Disable an enabled schedule, then delete it.</source>
            <translation>Disable an enabled schedule, then delete it.</translation>
        </message>
        <message>
            <source>Start the schedule's target now; the cadence is unchanged. Prints the execution ARN.</source>
            <translation>Start the schedule's target now; the cadence is unchanged. Prints the execution ARN.</translation>
        </message>
        <message>
            <source>The slots of a schedule, newest first.</source>
            <translation>The slots of a schedule, newest first.</translation>
        </message>
        <message>
            <source>At most this many (default 100).</source>
            <translation>At most this many (default 100).</translation>
        </message>
        <message>
            <source>List the slots that could not start; --retry or --clear them by --id (--clear alone clears all).</source>
            <translation>List the slots that could not start; --retry or --clear them by --id (--clear alone clears all).</translation>
        </message>
        <message>
            <source>A dead letter's id. Repeatable.</source>
            <translation>A dead letter's id. Repeatable.</translation>
        </message>
        <message>
            <source>Start the given dead letters again now.</source>
            <translation>Start the given dead letters again now.</translation>
        </message>
        <message>
            <source>Remove the given dead letters, or all of them.</source>
            <translation>Remove the given dead letters, or all of them.</translation>
        </message>
        <message>
            <source>Run the scheduler engine headless until SIGTERM/SIGINT (or for SECONDS).</source>
            <translation>Run the scheduler engine headless until SIGTERM/SIGINT (or for SECONDS).</translation>
        </message>
        <message>
            <source>Stop after this many seconds.</source>
            <translation>Stop after this many seconds.</translation>
        </message>
        <message>
            <source>Do not advance executions locally (another program runs them).</source>
            <translation>Do not advance executions locally (another program runs them).</translation>
        </message>
        <message>
            <source>Show which program runs the scheduler engine of the workspace.</source>
            <translation>Show which program runs the scheduler engine of the workspace.</translation>
        </message>
        <message>
            <source>--%1: “%2” is neither true nor false.</source>
            <translation>--%1: “%2” is neither true nor false.</translation>
        </message>
        <message>
            <source>--permission-arns is required: %1 or %2.</source>
            <translation>--permission-arns is required: %1 or %2.</translation>
        </message>
        <message>
            <source>--resource-owner: “%1” is neither SELF nor OTHER-ACCOUNTS.</source>
            <translation>--resource-owner: “%1” is neither SELF nor OTHER-ACCOUNTS.</translation>
        </message>
        <message>
            <source>PERMISSION</source>
            <translation>PERMISSION</translation>
        </message>
        <message>
            <source>RESOURCES</source>
            <translation>RESOURCES</translation>
        </message>
        <message>
            <source>PRINCIPALS</source>
            <translation>PRINCIPALS</translation>
        </message>
        <message>
            <source>Owner: %1</source>
            <translation>Owner: %1</translation>
        </message>
        <message>
            <source>Permission: %1</source>
            <translation>Permission: %1</translation>
        </message>
        <message>
            <source>Allow external principals: %1</source>
            <translation>Allow external principals: %1</translation>
        </message>
        <message>
            <source>Resources:</source>
            <translation>Resources:</translation>
        </message>
        <message>
            <source>Principals:</source>
            <translation>Principals:</translation>
        </message>
        <message>
            <source>--resource-arns or --principals is required.</source>
            <translation>--resource-arns or --principals is required.</translation>
        </message>
        <message>
            <source>SHARE</source>
            <translation>SHARE</translation>
        </message>
        <message>
            <source>SENDER</source>
            <translation>SENDER</translation>
        </message>
        <message>
            <source>EXPIRES</source>
            <translation>EXPIRES</translation>
        </message>
        <message>
            <source>PIPELINE</source>
            <translation>PIPELINE</translation>
        </message>
        <message>
            <source>OWNER</source>
            <translation>OWNER</translation>
        </message>
        <message>
            <source>The resource share's ARN.</source>
            <translation>The resource share's ARN.</translation>
        </message>
        <message>
            <source>A pipeline to share: its ARN or its name in your account. Repeat or separate with commas.</source>
            <translation>A pipeline to share: its ARN or its name in your account. Repeat or separate with commas.</translation>
        </message>
        <message>
            <source>Who gets access: a 12-digit account id, an organization ARN or an OU ARN. Repeat or separate with commas.</source>
            <translation>Who gets access: a 12-digit account id, an organization ARN or an OU ARN. Repeat or separate with commas.</translation>
        </message>
        <message>
            <source>ID_OR_ARN</source>
            <translation>ID_OR_ARN</translation>
        </message>
        <message>
            <source>The managed permission, by name or ARN: %1 (read-only) or %2.</source>
            <translation>The managed permission, by name or ARN: %1 (read-only) or %2.</translation>
        </message>
        <message>
            <source>true: share with anyone; false: only within your organization (default true).</source>
            <translation>true: share with anyone; false: only within your organization (default true).</translation>
        </message>
        <message>
            <source>Share only within your organization.</source>
            <translation>Share only within your organization.</translation>
        </message>
        <message>
            <source>The invitation's ARN.</source>
            <translation>The invitation's ARN.</translation>
        </message>
        <message>
            <source>Create a resource share; prints its ARN.</source>
            <translation>Create a resource share; prints its ARN.</translation>
        </message>
        <message>
            <source>The share's name.</source>
            <translation>The share's name.</translation>
        </message>
        <message>
            <source>A tag as Key=Value; repeat for more.</source>
            <translation>A tag as Key=Value; repeat for more.</translation>
        </message>
        <message>
            <source>KEY=VALUE</source>
            <translation>KEY=VALUE</translation>
        </message>
        <message>
            <source>Makes a repeated request create one share only.</source>
            <translation>Makes a repeated request create one share only.</translation>
        </message>
        <message>
            <source>List resource shares (yours, or those shared with you).</source>
            <translation>List resource shares (yours, or those shared with you).</translation>
        </message>
        <message>
            <source>SELF (default): shares you own; OTHER-ACCOUNTS: shares that give you access.</source>
            <translation>SELF (default): shares you own; OTHER-ACCOUNTS: shares that give you access.</translation>
        </message>
        <message>
            <source>Only shares in this status (ACTIVE, DELETED).</source>
            <translation>Only shares in this status (ACTIVE, DELETED).</translation>
        </message>
        <message>
            <source>Describe a resource share with its resources, principals and permission.</source>
            <translation>Describe a resource share with its resources, principals and permission.</translation>
        </message>
        <message>
            <source>Rename a share, change its permission, or whether it allows external principals.</source>
            <translation>Rename a share, change its permission, or whether it allows external principals.</translation>
        </message>
        <message>
            <source>The new name.</source>
            <translation>The new name.</translation>
        </message>
        <message>
            <source>Delete a resource share: every principal loses access.</source>
            <translation>Delete a resource share: every principal loses access.</translation>
        </message>
        <message>
            <source>Add pipelines or principals to a resource share.</source>
            <translation>Add pipelines or principals to a resource share.</translation>
        </message>
        <message>
            <source>Remove pipelines or principals from a resource share; access ends at once.</source>
            <translation>Remove pipelines or principals from a resource share; access ends at once.</translation>
        </message>
        <message>
            <source>Let shares name your organization and its OUs, and members skip invitations (management account only).</source>
            <translation>Let shares name your organization and its OUs, and members skip invitations (management account only).</translation>
        </message>
        <message>
            <source>Stop sharing with the organization as a whole (management account only).</source>
            <translation>Stop sharing with the organization as a whole (management account only).</translation>
        </message>
        <message>
            <source>List the resource share invitations you received.</source>
            <translation>List the resource share invitations you received.</translation>
        </message>
        <message>
            <source>Accept a resource share invitation.</source>
            <translation>Accept a resource share invitation.</translation>
        </message>
        <message>
            <source>Reject a resource share invitation.</source>
            <translation>Reject a resource share invitation.</translation>
        </message>
        <message>
            <source>List the pipelines other accounts share with you, with owner and permission.</source>
            <translation>List the pipelines other accounts share with you, with owner and permission.</translation>
        </message>
        <message>
            <source>The scheduler of this workspace already runs elsewhere (engine: %1, pid %2).</source>
            <translation>The scheduler of this workspace already runs elsewhere (engine: %1, pid %2).</translation>
        </message>
        <message>
            <source>Another scheduler engine took over this workspace.</source>
            <translation>Another scheduler engine took over this workspace.</translation>
        </message>
        <message>
            <source>No access</source>
            <translation>No access</translation>
        </message>
        <message>
            <source>Owner</source>
            <translation>Owner</translation>
        </message>
        <message>
            <source>User</source>
            <translation>User</translation>
        </message>
        <message>
            <source>Schedule</source>
            <translation>Schedule</translation>
        </message>
        <message>
            <source>Rule</source>
            <translation>Rule</translation>
        </message>
        <message>
            <source>Retry</source>
            <translation>Retry</translation>
        </message>
        <message>
            <source>pipeline-definition: not valid JSON at offset %1: %2.</source>
            <translation>pipeline-definition: not valid JSON at offset %1: %2.</translation>
        </message>
        <message>
            <source>pipeline-definition: the definition must be a JSON object.</source>
            <translation>pipeline-definition: the definition must be a JSON object.</translation>
        </message>
        <message>
            <source>Version: the definition has no Version; use %1.</source>
            <translation>Version: the definition has no Version; use %1.</translation>
        </message>
        <message>
            <source>Version: “%1” is not a supported pipeline definition version; use %2.</source>
            <translation>Version: “%1” is not a supported pipeline definition version; use %2.</translation>
        </message>
        <message>
            <source>Parameters: must be a list.</source>
            <translation>Parameters: must be a list.</translation>
        </message>
        <message>
            <source>%1: the parameter has no Name.</source>
            <translation>%1: the parameter has no Name.</translation>
        </message>
        <message>
            <source>%1: the parameter name “%2” is used twice.</source>
            <translation>%1: the parameter name “%2” is used twice.</translation>
        </message>
        <message>
            <source>%1: parameter “%2” has the unknown type “%3”; use one of %4.</source>
            <translation>%1: parameter “%2” has the unknown type “%3”; use one of %4.</translation>
        </message>
        <message>
            <source>%1: the DefaultValue of parameter “%2” is not of type %3.</source>
            <translation>%1: the DefaultValue of parameter “%2” is not of type %3.</translation>
        </message>
        <message>
            <source>Steps: the definition must have a list of steps.</source>
            <translation>Steps: the definition must have a list of steps.</translation>
        </message>
        <message>
            <source>%1: the step has no Name.</source>
            <translation>%1: the step has no Name.</translation>
        </message>
        <message>
            <source>%1: the step name “%2” is used twice.</source>
            <translation>%1: the step name “%2” is used twice.</translation>
        </message>
        <message>
            <source>%1: step “%2” has the unknown type “%3”.</source>
            <translation>%1: step “%2” has the unknown type “%3”.</translation>
        </message>
        <message>
            <source>%1: DependsOn of step “%2” must be a list of step names.</source>
            <translation>%1: DependsOn of step “%2” must be a list of step names.</translation>
        </message>
        <message>
            <source>%1: step “%2” depends on “%3”, which is not a step of this pipeline.</source>
            <translation>%1: step “%2” depends on “%3”, which is not a step of this pipeline.</translation>
        </message>
        <message>
            <source>Parameter %1: “%2” is not a valid %3 value.</source>
            <translation>Parameter %1: “%2” is not a valid %3 value.</translation>
        </message>
        <message>
            <source>pipeline-name: a name is required.</source>
            <translation>pipeline-name: a name is required.</translation>
        </message>
        <message>
            <source>pipeline-name: “%1” is not a valid pipeline name; use up to 256 letters, digits and hyphens, starting and ending with a letter or digit.</source>
            <translation>pipeline-name: “%1” is not a valid pipeline name; use up to 256 letters, digits and hyphens, starting and ending with a letter or digit.</translation>
        </message>
        <message>
            <source>client-request-token: must be 32 to 128 characters long; “%1” has %2.</source>
            <translation>client-request-token: must be 32 to 128 characters long; “%1” has %2.</translation>
        </message>
        <message>
            <source>pipeline-name: a pipeline name or ARN is required.</source>
            <translation>pipeline-name: a pipeline name or ARN is required.</translation>
        </message>
        <message>
            <source>Account %1 may not change pipeline %2: only its owner, account %3, may.</source>
            <translation>Account %1 may not change pipeline %2: only its owner, account %3, may.</translation>
        </message>
        <message>
            <source>pipeline-definition: a pipeline definition is required.</source>
            <translation>pipeline-definition: a pipeline definition is required.</translation>
        </message>
        <message>
            <source>A pipeline named “%1” already exists in account %2.</source>
            <translation>A pipeline named “%1” already exists in account %2.</translation>
        </message>
        <message>
            <source>Parameter %1: the pipeline has no such parameter (it has: %2).</source>
            <translation>Parameter %1: the pipeline has no such parameter (it has: %2).</translation>
        </message>
        <message>
            <source>none</source>
            <translation>none</translation>
        </message>
        <message>
            <source>Parameter %1: given more than once.</source>
            <translation>Parameter %1: given more than once.</translation>
        </message>
        <message>
            <source>Parameter %1: a value is required (the definition gives no default).</source>
            <translation>Parameter %1: a value is required (the definition gives no default).</translation>
        </message>
        <message>
            <source>Only an executing execution can be stopped; this one is %1.</source>
            <translation>Only an executing execution can be stopped; this one is %1.</translation>
        </message>
        <message>
            <source>Only a failed execution can be retried; this one is %1.</source>
            <translation>Only a failed execution can be retried; this one is %1.</translation>
        </message>
        <message>
            <source>client-request-token: “%1” was already used for a different request; use a new token for new input.</source>
            <translation>client-request-token: “%1” was already used for a different request; use a new token for new input.</translation>
        </message>
        <message>
            <source>step-name: pipeline %1 has no step “%2”.</source>
            <translation>step-name: pipeline %1 has no step “%2”.</translation>
        </message>
        <message>
            <source>duration and fail-attempts must not be negative.</source>
            <translation>duration and fail-attempts must not be negative.</translation>
        </message>
        <message>
            <source>%1: %2</source>
            <translation>%1: %2</translation>
        </message>
        <message>
            <source>a value is missing</source>
            <translation>a value is missing</translation>
        </message>
        <message>
            <source>%1 is out of range %2–%3</source>
            <translation>%1 is out of range %2–%3</translation>
        </message>
        <message>
            <source>“%1” is not a number or a three-letter name (%2)</source>
            <translation>“%1” is not a number or a three-letter name (%2)</translation>
        </message>
        <message>
            <source>“%1” is not a number</source>
            <translation>“%1” is not a number</translation>
        </message>
        <message>
            <source>the step after / must be a positive number, not “%1”</source>
            <translation>the step after / must be a positive number, not “%1”</translation>
        </message>
        <message>
            <source>minutes</source>
            <translation>minutes</translation>
        </message>
        <message>
            <source>hours</source>
            <translation>hours</translation>
        </message>
        <message>
            <source>day-of-month</source>
            <translation>day-of-month</translation>
        </message>
        <message>
            <source>month</source>
            <translation>month</translation>
        </message>
        <message>
            <source>day-of-week</source>
            <translation>day-of-week</translation>
        </message>
        <message>
            <source>year</source>
            <translation>year</translation>
        </message>
        <message>
            <source>a list has an empty item</source>
            <translation>a list has an empty item</translation>
        </message>
        <message>
            <source>? must stand alone</source>
            <translation>? must stand alone</translation>
        </message>
        <message>
            <source>“%1” must stand alone, not in a list</source>
            <translation>“%1” must stand alone, not in a list</translation>
        </message>
        <message>
            <source># is only allowed in day-of-week</source>
            <translation># is only allowed in day-of-week</translation>
        </message>
        <message>
            <source>nL is only allowed in day-of-week; use L for the last day of the month</source>
            <translation>nL is only allowed in day-of-week; use L for the last day of the month</translation>
        </message>
        <message>
            <source>W is only allowed in day-of-month</source>
            <translation>W is only allowed in day-of-month</translation>
        </message>
        <message>
            <source># occurrence %1 is out of range 1–5</source>
            <translation># occurrence %1 is out of range 1–5</translation>
        </message>
        <message>
            <source>L is only allowed in day-of-month or day-of-week</source>
            <translation>L is only allowed in day-of-month or day-of-week</translation>
        </message>
        <message>
            <source>the range %1-%2 runs backwards</source>
            <translation>the range %1-%2 runs backwards</translation>
        </message>
        <message>
            <source>crontab() needs 5 fields (minute hour day-of-month month day-of-week), not %1</source>
            <translation>crontab() needs 5 fields (minute hour day-of-month month day-of-week), not %1</translation>
        </message>
        <message>
            <source>cron() needs 6 fields (minutes hours day-of-month month day-of-week year), not %1</source>
            <translation>cron() needs 6 fields (minutes hours day-of-month month day-of-week year), not %1</translation>
        </message>
        <message>
            <source>? is not part of crontab; use *</source>
            <translation>? is not part of crontab; use *</translation>
        </message>
        <message>
            <source>? is only allowed in day-of-month or day-of-week</source>
            <translation>? is only allowed in day-of-month or day-of-week</translation>
        </message>
        <message>
            <source>day-of-week: only one of day-of-month and day-of-week may be ?</source>
            <translation>day-of-week: only one of day-of-month and day-of-week may be ?</translation>
        </message>
        <message>
            <source>day-of-week: use ? in day-of-week when day-of-month is set</source>
            <translation>day-of-week: use ? in day-of-week when day-of-month is set</translation>
        </message>
        <message>
            <source>day-of-month: use ? in day-of-month when day-of-week is set</source>
            <translation>day-of-month: use ? in day-of-month when day-of-week is set</translation>
        </message>
        <message>
            <source>recurrence: the JSON is not valid: %1</source>
            <translation>recurrence: the JSON is not valid: %1</translation>
        </message>
        <message>
            <source>recurrence: expected a JSON object {...}</source>
            <translation>recurrence: expected a JSON object {...}</translation>
        </message>
        <message>
            <source>unknown key; use frequency, interval, schedule, start_time, end_time or time_zone</source>
            <translation>unknown key; use frequency, interval, schedule, start_time, end_time or time_zone</translation>
        </message>
        <message>
            <source>required: minute, hour, day, week or month</source>
            <translation>required: minute, hour, day, week or month</translation>
        </message>
        <message>
            <source>“%1” is not one of minute, hour, day, week, month</source>
            <translation>“%1” is not one of minute, hour, day, week, month</translation>
        </message>
        <message>
            <source>must be a positive integer up to %1</source>
            <translation>must be a positive integer up to %1</translation>
        </message>
        <message>
            <source>expected an object with hours, minutes and weekdays</source>
            <translation>expected an object with hours, minutes and weekdays</translation>
        </message>
        <message>
            <source>only allowed when frequency is day, week or month</source>
            <translation>only allowed when frequency is day, week or month</translation>
        </message>
        <message>
            <source>expected a list of numbers 0–%1</source>
            <translation>expected a list of numbers 0–%1</translation>
        </message>
        <message>
            <source>%1 is out of range 0–%2</source>
            <translation>%1 is out of range 0–%2</translation>
        </message>
        <message>
            <source>weekdays only with frequency week or month</source>
            <translation>weekdays only with frequency week or month</translation>
        </message>
        <message>
            <source>expected a list of day names (monday … sunday)</source>
            <translation>expected a list of day names (monday … sunday)</translation>
        </message>
        <message>
            <source>“%1” is not a day name (monday … sunday)</source>
            <translation>“%1” is not a day name (monday … sunday)</translation>
        </message>
        <message>
            <source>month_days only with frequency month</source>
            <translation>month_days only with frequency month</translation>
        </message>
        <message>
            <source>expected a list of numbers 1–31</source>
            <translation>expected a list of numbers 1–31</translation>
        </message>
        <message>
            <source>unknown key; use hours, minutes or weekdays</source>
            <translation>unknown key; use hours, minutes or weekdays</translation>
        </message>
        <message>
            <source>use either weekdays or month_days, not both</source>
            <translation>use either weekdays or month_days, not both</translation>
        </message>
        <message>
            <source>expected a date and time yyyy-mm-ddThh:mm:ss</source>
            <translation>expected a date and time yyyy-mm-ddThh:mm:ss</translation>
        </message>
        <message>
            <source>“%1” is not a known time zone (IANA such as Asia/Seoul, or Windows such as Pacific Standard Time)</source>
            <translation>“%1” is not a known time zone (IANA such as Asia/Seoul, or Windows such as Pacific Standard Time)</translation>
        </message>
        <message>
            <source>Cannot convert exactly: %1</source>
            <translation>Cannot convert exactly: %1</translation>
        </message>
        <message>
            <source>it fires at second %1 of the minute; cron fires at second 0</source>
            <translation>it fires at second %1 of the minute; cron fires at second 0</translation>
        </message>
        <message>
            <source>that dialect cannot express a repeating calendar schedule</source>
            <translation>that dialect cannot express a repeating calendar schedule</translation>
        </message>
        <message>
            <source>rate() and minute/hour recurrences count elapsed time from the start, while cron matches the clock (DST changes and the start's offset make them differ)</source>
            <translation>rate() and minute/hour recurrences count elapsed time from the start, while cron matches the clock (DST changes and the start's offset make them differ)</translation>
        </message>
        <message>
            <source>only cron() can name one year; crontab and recurrence repeat</source>
            <translation>only cron() can name one year; crontab and recurrence repeat</translation>
        </message>
        <message>
            <source>cron() can only name the years %1–%2</source>
            <translation>cron() can only name the years %1–%2</translation>
        </message>
        <message>
            <source>a recurrence's interval is at most %1</source>
            <translation>a recurrence's interval is at most %1</translation>
        </message>
        <message>
            <source>L, W and # have no equivalent in crontab or recurrence</source>
            <translation>L, W and # have no equivalent in crontab or recurrence</translation>
        </message>
        <message>
            <source>only cron() can restrict years</source>
            <translation>only cron() can restrict years</translation>
        </message>
        <message>
            <source>crontab fires when either day-of-month or day-of-week matches; cron() and recurrence cannot combine both</source>
            <translation>crontab fires when either day-of-month or day-of-week matches; cron() and recurrence cannot combine both</translation>
        </message>
        <message>
            <source>a recurrence cannot restrict months or days of the month together with times of day</source>
            <translation>a recurrence cannot restrict months or days of the month together with times of day</translation>
        </message>
        <message>
            <source>both day fields are restricted</source>
            <translation>both day fields are restricted</translation>
        </message>
        <message>
            <source>at() fires once and rate() counts elapsed time; a calendar schedule repeats on the clock</source>
            <translation>at() fires once and rate() counts elapsed time; a calendar schedule repeats on the clock</translation>
        </message>
        <message>
            <source>start_time and end_time bound the recurrence; cron has no bounds (set them as the schedule's start and end instead)</source>
            <translation>start_time and end_time bound the recurrence; cron has no bounds (set them as the schedule's start and end instead)</translation>
        </message>
        <message>
            <source>an interval of %1 counts from the start; cron has no start</source>
            <translation>an interval of %1 counts from the start; cron has no start</translation>
        </message>
        <message>
            <source>without hours and minutes the time of day comes from the start</source>
            <translation>without hours and minutes the time of day comes from the start</translation>
        </message>
        <message>
            <source>without month_days the day of the month comes from the start</source>
            <translation>without month_days the day of the month comes from the start</translation>
        </message>
        <message>
            <source>without weekdays the day of the week comes from the start</source>
            <translation>without weekdays the day of the week comes from the start</translation>
        </message>
        <message>
            <source>every month</source>
            <translation>every month</translation>
        </message>
        <message>
            <source>first</source>
            <translation>first</translation>
        </message>
        <message>
            <source>second</source>
            <translation>second</translation>
        </message>
        <message>
            <source>third</source>
            <translation>third</translation>
        </message>
        <message>
            <source>fourth</source>
            <translation>fourth</translation>
        </message>
        <message>
            <source>fifth</source>
            <translation>fifth</translation>
        </message>
        <message>
            <source>every minute</source>
            <translation>every minute</translation>
        </message>
        <message>
            <source>every %1 minutes</source>
            <translation>every %1 minutes</translation>
        </message>
        <message>
            <source>at minute %1 of every hour</source>
            <translation>at minute %1 of every hour</translation>
        </message>
        <message>
            <source>at minutes %1 of every hour</source>
            <translation>at minutes %1 of every hour</translation>
        </message>
        <message>
            <source>at %1</source>
            <translation>at %1</translation>
        </message>
        <message>
            <source>every %1 hours</source>
            <translation>every %1 hours</translation>
        </message>
        <message>
            <source>hours %1</source>
            <translation>hours %1</translation>
        </message>
        <message>
            <source>at minute %1</source>
            <translation>at minute %1</translation>
        </message>
        <message>
            <source>at minutes %1</source>
            <translation>at minutes %1</translation>
        </message>
        <message>
            <source>%1 during %2</source>
            <comment>minutes during hours</comment>
            <translation>%1 during %2</translation>
        </message>
        <message>
            <source>on the last day of %1</source>
            <translation>on the last day of %1</translation>
        </message>
        <message>
            <source>on the last weekday of %1</source>
            <translation>on the last weekday of %1</translation>
        </message>
        <message>
            <source>on the weekday nearest day %1 of %2</source>
            <translation>on the weekday nearest day %1 of %2</translation>
        </message>
        <message>
            <source>every day</source>
            <translation>every day</translation>
        </message>
        <message>
            <source>every day in %1</source>
            <translation>every day in %1</translation>
        </message>
        <message>
            <source>on day %1 of %2</source>
            <translation>on day %1 of %2</translation>
        </message>
        <message>
            <source>on the last %1 of %2</source>
            <translation>on the last %1 of %2</translation>
        </message>
        <message>
            <source>on the %1 %2 of %3</source>
            <translation>on the %1 %2 of %3</translation>
        </message>
        <message>
            <source>on %1</source>
            <translation>on %1</translation>
        </message>
        <message>
            <source>on %1 in %2</source>
            <translation>on %1 in %2</translation>
        </message>
        <message>
            <source>on day %1 of %2 or on %3</source>
            <translation>on day %1 of %2 or on %3</translation>
        </message>
        <message>
            <source>at %1 %2 %3</source>
            <comment>%1 clock time, %2 zone, %3 days</comment>
            <translation>at %1 %2 %3</translation>
        </message>
        <message>
            <source>%1, %2 (%3)</source>
            <comment>%1 times of day, %2 days, %3 zone</comment>
            <translation>%1, %2 (%3)</translation>
        </message>
        <message>
            <source>once at %1 (%2)</source>
            <translation>once at %1 (%2)</translation>
        </message>
        <message>
            <source>every minute, counted from the start</source>
            <translation>every minute, counted from the start</translation>
        </message>
        <message>
            <source>every %1 minutes, counted from the start</source>
            <translation>every %1 minutes, counted from the start</translation>
        </message>
        <message>
            <source>every hour, counted from the start</source>
            <translation>every hour, counted from the start</translation>
        </message>
        <message>
            <source>every %1 hours, counted from the start</source>
            <translation>every %1 hours, counted from the start</translation>
        </message>
        <message>
            <source>every 24 hours, counted from the start</source>
            <translation>every 24 hours, counted from the start</translation>
        </message>
        <message>
            <source>every %1 days of 24 hours, counted from the start</source>
            <translation>every %1 days of 24 hours, counted from the start</translation>
        </message>
        <message>
            <source>%1 in %2</source>
            <comment>days in years</comment>
            <translation>%1 in %2</translation>
        </message>
        <message>
            <source>every hour</source>
            <translation>every hour</translation>
        </message>
        <message>
            <source>%1 from %2 (%3)</source>
            <translation>%1 from %2 (%3)</translation>
        </message>
        <message>
            <source>%1 from the start (%2)</source>
            <translation>%1 from the start (%2)</translation>
        </message>
        <message>
            <source>at the start's time of day</source>
            <translation>at the start's time of day</translation>
        </message>
        <message>
            <source>every %1 days</source>
            <translation>every %1 days</translation>
        </message>
        <message>
            <source>the start's weekday</source>
            <translation>the start's weekday</translation>
        </message>
        <message>
            <source>every week on %1</source>
            <translation>every week on %1</translation>
        </message>
        <message>
            <source>every %1 weeks on %2</source>
            <translation>every %1 weeks on %2</translation>
        </message>
        <message>
            <source>day %1</source>
            <translation>day %1</translation>
        </message>
        <message>
            <source>the start's day</source>
            <translation>the start's day</translation>
        </message>
        <message>
            <source>every month on %1</source>
            <translation>every month on %1</translation>
        </message>
        <message>
            <source>every %1 months on %2</source>
            <translation>every %1 months on %2</translation>
        </message>
        <message>
            <source>%1, until %2</source>
            <translation>%1, until %2</translation>
        </message>
        <message>
            <source>expression: empty; use at(), rate(), cron(), crontab() or recurrence()</source>
            <translation>expression: empty; use at(), rate(), cron(), crontab() or recurrence()</translation>
        </message>
        <message>
            <source>expression: unknown type “%1”; use at(), rate(), cron(), crontab() or recurrence()</source>
            <translation>expression: unknown type “%1”; use at(), rate(), cron(), crontab() or recurrence()</translation>
        </message>
        <message>
            <source>expression: write %1(...) with the closing parenthesis</source>
            <translation>expression: write %1(...) with the closing parenthesis</translation>
        </message>
        <message>
            <source>timezone: “%1” is not a known time zone (IANA such as Asia/Seoul, or Windows such as Pacific Standard Time)</source>
            <translation>timezone: “%1” is not a known time zone (IANA such as Asia/Seoul, or Windows such as Pacific Standard Time)</translation>
        </message>
        <message>
            <source>at: date and time must be joined by T (yyyy-mm-ddThh:mm:ss)</source>
            <translation>at: date and time must be joined by T (yyyy-mm-ddThh:mm:ss)</translation>
        </message>
        <message>
            <source>at: write the time as yyyy-mm-ddThh:mm:ss, not “%1”</source>
            <translation>at: write the time as yyyy-mm-ddThh:mm:ss, not “%1”</translation>
        </message>
        <message>
            <source>at: %1 is not a date</source>
            <translation>at: %1 is not a date</translation>
        </message>
        <message>
            <source>at: %1 is not a time of day</source>
            <translation>at: %1 is not a time of day</translation>
        </message>
        <message>
            <source>rate: write rate(N unit), for example rate(5 minutes)</source>
            <translation>rate: write rate(N unit), for example rate(5 minutes)</translation>
        </message>
        <message>
            <source>rate: the value is missing, for example rate(5 minutes)</source>
            <translation>rate: the value is missing, for example rate(5 minutes)</translation>
        </message>
        <message>
            <source>rate: the unit is missing (minute(s), hour(s) or day(s))</source>
            <translation>rate: the unit is missing (minute(s), hour(s) or day(s))</translation>
        </message>
        <message>
            <source>rate: separate the value and the unit with a space</source>
            <translation>rate: separate the value and the unit with a space</translation>
        </message>
        <message>
            <source>rate: the value must be a positive number, not %1</source>
            <translation>rate: the value must be a positive number, not %1</translation>
        </message>
        <message>
            <source>rate: “%1” is not a unit; use minute(s), hour(s) or day(s)</source>
            <translation>rate: “%1” is not a unit; use minute(s), hour(s) or day(s)</translation>
        </message>
        <message>
            <source>rate: a value of 1 needs the singular unit (%1)</source>
            <translation>rate: a value of 1 needs the singular unit (%1)</translation>
        </message>
        <message>
            <source>rate: a value above 1 needs the plural unit (%1s)</source>
            <translation>rate: a value above 1 needs the plural unit (%1s)</translation>
        </message>
        <message>
            <source>Schedule's time zone</source>
            <translation>Schedule's time zone</translation>
        </message>
        <message>
            <source>UTC</source>
            <translation>UTC</translation>
        </message>
        <message>
            <source>Your time zone</source>
            <translation>Your time zone</translation>
        </message>
        <message>
            <source>Daylight saving time</source>
            <translation>Daylight saving time</translation>
        </message>
        <message>
            <source>Skipped: this time does not exist (clocks go forward)</source>
            <translation>Skipped: this time does not exist (clocks go forward)</translation>
        </message>
        <message>
            <source>Once: this time occurs twice (clocks go back)</source>
            <translation>Once: this time occurs twice (clocks go back)</translation>
        </message>
        <message>
            <source>Moved: the offset changed since the previous fire</source>
            <translation>Moved: the offset changed since the previous fire</translation>
        </message>
        <message>
            <source>Rules on a custom event bus cannot have a schedule expression; use the default event bus or a standalone schedule.</source>
            <translation>Rules on a custom event bus cannot have a schedule expression; use the default event bus or a standalone schedule.</translation>
        </message>
        <message>
            <source>Day-of-month %1 does not exist in every month; months without it are skipped (use L for the last day).</source>
            <translation>Day-of-month %1 does not exist in every month; months without it are skipped (use L for the last day).</translation>
        </message>
        <message>
            <source>Day-of-month %1W does not exist in every month; months without day %1 are skipped.</source>
            <translation>Day-of-month %1W does not exist in every month; months without day %1 are skipped.</translation>
        </message>
        <message>
            <source>Day %1 does not exist in every month; the recurrence does not fire in months without it.</source>
            <translation>Day %1 does not exist in every month; the recurrence does not fire in months without it.</translation>
        </message>
        <message>
            <source>Azure ML cron triggers ignore day-of-month and month (they are treated as *); this schedule would fire on other days there.</source>
            <translation>Azure ML cron triggers ignore day-of-month and month (they are treated as *); this schedule would fire on other days there.</translation>
        </message>
        <message>
            <source>Fires every minute, the most often a schedule can fire (1,440 runs a day); check that the pipeline finishes within a minute.</source>
            <translation>Fires every minute, the most often a schedule can fire (1,440 runs a day); check that the pipeline finishes within a minute.</translation>
        </message>
        <message>
            <source>The end is before the start: the schedule never fires.</source>
            <translation>The end is before the start: the schedule never fires.</translation>
        </message>
        <message>
            <source>rate() counts 24-hour days: after the change of offset on %1 in %2, it fires at a different wall-clock time.</source>
            <translation>rate() counts 24-hour days: after the change of offset on %1 in %2, it fires at a different wall-clock time.</translation>
        </message>
        <message>
            <source>%1 on %2 does not exist in %3 (clocks go forward); that fire is skipped.</source>
            <translation>%1 on %2 does not exist in %3 (clocks go forward); that fire is skipped.</translation>
        </message>
        <message>
            <source>%1 on %2 occurs twice in %3 (clocks go back); it fires once, at the first.</source>
            <translation>%1 on %2 occurs twice in %3 (clocks go back); it fires once, at the first.</translation>
        </message>
        <message>
            <source>Skip missed runs</source>
            <translation>Skip missed runs</translation>
        </message>
        <message>
            <source>Run all missed runs</source>
            <translation>Run all missed runs</translation>
        </message>
        <message>
            <source>Run once</source>
            <translation>Run once</translation>
        </message>
        <message>
            <source>Skip while the previous run is active</source>
            <translation>Skip while the previous run is active</translation>
        </message>
        <message>
            <source>Queue after the previous run</source>
            <translation>Queue after the previous run</translation>
        </message>
        <message>
            <source>Stop the previous run</source>
            <translation>Stop the previous run</translation>
        </message>
        <message>
            <source>Allow overlapping runs</source>
            <translation>Allow overlapping runs</translation>
        </message>
        <message>
            <source>Retrying</source>
            <translation>Retrying</translation>
        </message>
        <message>
            <source>Queued</source>
            <translation>Queued</translation>
        </message>
        <message>
            <source>Skipped (overlap)</source>
            <translation>Skipped (overlap)</translation>
        </message>
        <message>
            <source>Dead-lettered</source>
            <translation>Dead-lettered</translation>
        </message>
        <message>
            <source>Started</source>
            <translation>Started</translation>
        </message>
        <message>
            <source>%1: a name is required (1 to %2 characters).</source>
            <translation>%1: a name is required (1 to %2 characters).</translation>
        </message>
        <message>
            <source>%1: “%2” has %3 characters; at most %4 are allowed.</source>
            <translation>%1: “%2” has %3 characters; at most %4 are allowed.</translation>
        </message>
        <message>
            <source>%1: “%2” may only contain letters A–Z and a–z, digits, “-”, “_” and “.”.</source>
            <translation>%1: “%2” may only contain letters A–Z and a–z, digits, “-”, “_” and “.”.</translation>
        </message>
        <message>
            <source>description: at most 512 characters are allowed (it has %1).</source>
            <translation>description: at most 512 characters are allowed (it has %1).</translation>
        </message>
        <message>
            <source>end: the end (%1) must be after the start (%2).</source>
            <translation>end: the end (%1) must be after the start (%2).</translation>
        </message>
        <message>
            <source>flexible-window: %1 minutes is out of range; use OFF (0) or %2 to %3 minutes.</source>
            <translation>flexible-window: %1 minutes is out of range; use OFF (0) or %2 to %3 minutes.</translation>
        </message>
        <message>
            <source>max-retries: %1 is out of range; use %2 to %3.</source>
            <translation>max-retries: %1 is out of range; use %2 to %3.</translation>
        </message>
        <message>
            <source>max-event-age: %1 seconds is out of range; use %2 to %3 seconds.</source>
            <translation>max-event-age: %1 seconds is out of range; use %2 to %3 seconds.</translation>
        </message>
        <message>
            <source>action-after-completion: DELETE on a recurring schedule needs an end; set --end or use NONE.</source>
            <translation>action-after-completion: DELETE on a recurring schedule needs an end; set --end or use NONE.</translation>
        </message>
        <message>
            <source>target-pipeline: a target pipeline is required.</source>
            <translation>target-pipeline: a target pipeline is required.</translation>
        </message>
        <message>
            <source>name: the schedule's name is required.</source>
            <translation>name: the schedule's name is required.</translation>
        </message>
        <message>
            <source>The schedule “%1” does not exist in group “%2” of account %3.</source>
            <translation>The schedule “%1” does not exist in group “%2” of account %3.</translation>
        </message>
        <message>
            <source>The schedule “%1” does not exist in account %2.</source>
            <translation>The schedule “%1” does not exist in account %2.</translation>
        </message>
        <message>
            <source>expression: a schedule expression is required.</source>
            <translation>expression: a schedule expression is required.</translation>
        </message>
        <message>
            <source>A schedule named “%1” already exists in group “%2”.</source>
            <translation>A schedule named “%1” already exists in group “%2”.</translation>
        </message>
        <message>
            <source>The schedule “%1” is enabled; disable it before deleting it.</source>
            <translation>The schedule “%1” is enabled; disable it before deleting it.</translation>
        </message>
        <message>
            <source>Skipped: the previous execution %1 was still running.</source>
            <translation>Skipped: the previous execution %1 was still running.</translation>
        </message>
        <message>
            <source>Queued until the previous execution %1 ends.</source>
            <translation>Queued until the previous execution %1 ends.</translation>
        </message>
        <message>
            <source>The event is older than the maximum event age (%1 s) after %2 attempts: %3</source>
            <translation>The event is older than the maximum event age (%1 s) after %2 attempts: %3</translation>
        </message>
        <message>
            <source>Starting the pipeline failed %1 times: %2</source>
            <translation>Starting the pipeline failed %1 times: %2</translation>
        </message>
        <message>
            <source>There is no dead letter with id %1.</source>
            <translation>There is no dead letter with id %1.</translation>
        </message>
        <message>
            <source>Account %1 may not perform %2 on %3: the resource share “%4” grants only %5; this action needs %6.</source>
            <translation>Account %1 may not perform %2 on %3: the resource share “%4” grants only %5; this action needs %6.</translation>
        </message>
        <message>
            <source>Account %1 may not perform %2 on %3 yet: the invitation %4 to the resource share “%5” is pending. Accept it before %6 to get access.</source>
            <translation>Account %1 may not perform %2 on %3 yet: the invitation %4 to the resource share “%5” is pending. Accept it before %6 to get access.</translation>
        </message>
        <message>
            <source>Account %1 may not perform %2 on %3: the invitation %4 to the resource share “%5” expired at %6. Ask account %7 to share the pipeline again.</source>
            <translation>Account %1 may not perform %2 on %3: the invitation %4 to the resource share “%5” expired at %6. Ask account %7 to share the pipeline again.</translation>
        </message>
        <message>
            <source>Account %1 may not perform %2 on %3: the invitation to share it was rejected, so no resource share grants %4.</source>
            <translation>Account %1 may not perform %2 on %3: the invitation to share it was rejected, so no resource share grants %4.</translation>
        </message>
        <message>
            <source>Account %1 may not perform %2 on %3: the pipeline belongs to account %4 and no resource share grants %5 to this account.</source>
            <translation>Account %1 may not perform %2 on %3: the pipeline belongs to account %4 and no resource share grants %5 to this account.</translation>
        </message>
        <message>
            <source>Read-only</source>
            <translation>Read-only</translation>
        </message>
        <message>
            <source>Allow execution</source>
            <translation>Allow execution</translation>
        </message>
        <message>
            <source>Pending</source>
            <translation>Pending</translation>
        </message>
        <message>
            <source>Accepted</source>
            <translation>Accepted</translation>
        </message>
        <message>
            <source>Rejected</source>
            <translation>Rejected</translation>
        </message>
        <message>
            <source>Expired</source>
            <translation>Expired</translation>
        </message>
        <message>
            <source>Account %1 may not change sharing with AWS Organizations: only the management account of an organization may.</source>
            <translation>Account %1 may not change sharing with AWS Organizations: only the management account of an organization may.</translation>
        </message>
        <message>
            <source>resource-arns: “%1” is not a SageMaker pipeline ARN; only pipelines can be shared.</source>
            <translation>resource-arns: “%1” is not a SageMaker pipeline ARN; only pipelines can be shared.</translation>
        </message>
        <message>
            <source>Account %1 may not share %2: it belongs to account %3, and only a resource's owner may share it.</source>
            <translation>Account %1 may not share %2: it belongs to account %3, and only a resource's owner may share it.</translation>
        </message>
        <message>
            <source>resource-arns: pipeline “%1” does not exist in account %2.</source>
            <translation>resource-arns: pipeline “%1” does not exist in account %2.</translation>
        </message>
        <message>
            <source>principals: %1 can not be a principal: account %2 belongs to no organization.</source>
            <translation>principals: %1 can not be a principal: account %2 belongs to no organization.</translation>
        </message>
        <message>
            <source>principals: sharing with an organization or OU (%1) needs sharing with AWS Organizations, which is off for %2. Its management account can turn it on, or name the accounts instead.</source>
            <translation>principals: sharing with an organization or OU (%1) needs sharing with AWS Organizations, which is off for %2. Its management account can turn it on, or name the accounts instead.</translation>
        </message>
        <message>
            <source>principals: “%1” is not a 12-digit account id, an organization ARN or an OU ARN.</source>
            <translation>principals: “%1” is not a 12-digit account id, an organization ARN or an OU ARN.</translation>
        </message>
        <message>
            <source>principals: %1 is not the organization of account %2; a share can name only the owner's own organization.</source>
            <translation>principals: %1 is not the organization of account %2; a share can name only the owner's own organization.</translation>
        </message>
        <message>
            <source>principals: %1 is not an OU of the organization of account %2.</source>
            <translation>principals: %1 is not an OU of the organization of account %2.</translation>
        </message>
        <message>
            <source>principals: %1 owns the share; an account can not share with itself.</source>
            <translation>principals: %1 owns the share; an account can not share with itself.</translation>
        </message>
        <message>
            <source>principals: account %1 is outside the organization of account %2, and the resource share “%3” allows principals only within the organization.</source>
            <translation>principals: account %1 is outside the organization of account %2, and the resource share “%3” allows principals only within the organization.</translation>
        </message>
        <message>
            <source>name: a resource share needs a name.</source>
            <translation>name: a resource share needs a name.</translation>
        </message>
        <message>
            <source>name: at most 255 characters are allowed.</source>
            <translation>name: at most 255 characters are allowed.</translation>
        </message>
        <message>
            <source>permission-arns: “%1” is not a permission for SageMaker pipelines; use %2 or %3.</source>
            <translation>permission-arns: “%1” is not a permission for SageMaker pipelines; use %2 or %3.</translation>
        </message>
        <message>
            <source>client-token: “%1” was already used for the resource share %2 with different parameters.</source>
            <translation>client-token: “%1” was already used for the resource share %2 with different parameters.</translation>
        </message>
        <message>
            <source>Account %1 may not describe the resource share %2: it belongs to account %3 and grants this account nothing.</source>
            <translation>Account %1 may not describe the resource share %2: it belongs to account %3 and grants this account nothing.</translation>
        </message>
        <message>
            <source>Account %1 may not change the resource share %2: only its owner, account %3, may.</source>
            <translation>Account %1 may not change the resource share %2: only its owner, account %3, may.</translation>
        </message>
        <message>
            <source>The resource share %1 was deleted and can not be changed.</source>
            <translation>The resource share %1 was deleted and can not be changed.</translation>
        </message>
        <message>
            <source>allow-external-principals: the share still names account %1, which is outside the organization; remove it first.</source>
            <translation>allow-external-principals: the share still names account %1, which is outside the organization; remove it first.</translation>
        </message>
        <message>
            <source>resource-arns: %1 is not a resource of the share “%2”.</source>
            <translation>resource-arns: %1 is not a resource of the share “%2”.</translation>
        </message>
        <message>
            <source>principals: %1 is not a principal of the share “%2”.</source>
            <translation>principals: %1 is not a principal of the share “%2”.</translation>
        </message>
        <message>
            <source>Account %1 may not answer the invitation %2: it was sent to account %3.</source>
            <translation>Account %1 may not answer the invitation %2: it was sent to account %3.</translation>
        </message>
        <message>
            <source>The invitation %1 expired at %2; ask account %3 to share again.</source>
            <translation>The invitation %1 expired at %2; ask account %3 to share again.</translation>
        </message>
        <message>
            <source>The invitation %1 was already answered: it is %2.</source>
            <translation>The invitation %1 was already answered: it is %2.</translation>
        </message>
        <message>
            <source>The invitation %1 no longer applies: the resource share “%2” no longer names account %3.</source>
            <translation>The invitation %1 no longer applies: the resource share “%2” no longer names account %3.</translation>
        </message>
        <message>
            <source>The schedule “%1” does not exist.</source>
            <translation>The schedule “%1” does not exist.</translation>
        </message>
        <message>
            <source>Resource share %1 does not exist.</source>
            <translation>Resource share %1 does not exist.</translation>
        </message>
        <message>
            <source>Resource share invitation %1 does not exist.</source>
            <translation>Resource share invitation %1 does not exist.</translation>
        </message>
        <message>
            <source>Enter a schedule expression to see when it fires.</source>
            <translation>Enter a schedule expression to see when it fires.</translation>
        </message>
        <message>
            <source>%1 (at character %2)</source>
            <translation>%1 (at character %2)</translation>
        </message>
        <message>
            <source>--trigger-name is required.</source>
            <translation>--trigger-name is required.</translation>
        </message>
        <message>
            <source>A trigger (schedule) name. Repeatable.</source>
            <translation>A trigger (schedule) name. Repeatable.</translation>
        </message>
        <message>
            <source>Create or update schedules that start a pipeline (SageMaker SDK put_triggers).</source>
            <translation>Create or update schedules that start a pipeline (SageMaker SDK put_triggers).</translation>
        </message>
        <message>
            <source>The schedule expression.</source>
            <translation>The schedule expression.</translation>
        </message>
        <message>
            <source>Describe one trigger of a pipeline (SageMaker SDK describe_trigger).</source>
            <translation>Describe one trigger of a pipeline (SageMaker SDK describe_trigger).</translation>
        </message>
        <message>
            <source>Disable and delete triggers (SageMaker SDK delete_triggers); their executions stay.</source>
            <translation>Disable and delete triggers (SageMaker SDK delete_triggers); their executions stay.</translation>
        </message>
        <message>
            <source>--%1: cannot read “%2”: %3</source>
            <translation>--%1: cannot read “%2”: %3</translation>
        </message>
        <message>
            <source>--entries: not JSON (%1 at offset %2).</source>
            <translation>--entries: not JSON (%1 at offset %2).</translation>
        </message>
        <message>
            <source>--entries: expected a non-empty array of entries, or an object with one in “Entries”.</source>
            <translation>--entries: expected a non-empty array of entries, or an object with one in “Entries”.</translation>
        </message>
        <message>
            <source>--entries: %1 must be %2.</source>
            <translation>--entries: %1 must be %2.</translation>
        </message>
        <message>
            <source>an object</source>
            <translation>an object</translation>
        </message>
        <message>
            <source>a string</source>
            <translation>a string</translation>
        </message>
        <message>
            <source>a string of JSON</source>
            <translation>a string of JSON</translation>
        </message>
        <message>
            <source>an array of strings</source>
            <translation>an array of strings</translation>
        </message>
        <message>
            <source>a timestamp</source>
            <translation>a timestamp</translation>
        </message>
        <message>
            <source>entry %1: %2: %3</source>
            <translation>entry %1: %2: %3</translation>
        </message>
        <message>
            <source>The put-events Entries JSON: a file, file://PATH, - for stdin, or inline.</source>
            <translation>The put-events Entries JSON: a file, file://PATH, - for stdin, or inline.</translation>
        </message>
        <message>
            <source>Whether an event pattern matches an event; prints {"Result": true|false}.</source>
            <translation>Whether an event pattern matches an event; prints {"Result": true|false}.</translation>
        </message>
        <message>
            <source>The event pattern: JSON text or file://PATH.</source>
            <translation>The event pattern: JSON text or file://PATH.</translation>
        </message>
        <message>
            <source>The event, a full envelope (id, account, source, time, region, resources, detail-type, detail): JSON text or file://PATH.</source>
            <translation>The event, a full envelope (id, account, source, time, region, resources, detail-type, detail): JSON text or file://PATH.</translation>
        </message>
        <message>
            <source>The rule's name or ARN.</source>
            <translation>The rule's name or ARN.</translation>
        </message>
        <message>
            <source>The event bus: name or ARN (default: default).</source>
            <translation>The event bus: name or ARN (default: default).</translation>
        </message>
        <message>
            <source>BUS</source>
            <translation>BUS</translation>
        </message>
        <message>
            <source>--tags: “%1” is not of the form Key=Value.</source>
            <translation>--tags: “%1” is not of the form Key=Value.</translation>
        </message>
        <message>
            <source>--targets: not JSON (%1 at offset %2).</source>
            <translation>--targets: not JSON (%1 at offset %2).</translation>
        </message>
        <message>
            <source>--targets: expected a non-empty array of targets.</source>
            <translation>--targets: expected a non-empty array of targets.</translation>
        </message>
        <message>
            <source>--target-pipeline (or --targets) is required.</source>
            <translation>--target-pipeline (or --targets) is required.</translation>
        </message>
        <message>
            <source>--targets: give either --targets or --target-pipeline, not both.</source>
            <translation>--targets: give either --targets or --target-pipeline, not both.</translation>
        </message>
        <message>
            <source>--ids is required.</source>
            <translation>--ids is required.</translation>
        </message>
        <message>
            <source>EVENT BUS</source>
            <translation>EVENT BUS</translation>
        </message>
        <message>
            <source>TARGETS</source>
            <translation>TARGETS</translation>
        </message>
        <message>
            <source>PATTERN OR SCHEDULE</source>
            <translation>PATTERN OR SCHEDULE</translation>
        </message>
        <message>
            <source>ROLE</source>
            <translation>ROLE</translation>
        </message>
        <message>
            <source>PARAMETERS</source>
            <translation>PARAMETERS</translation>
        </message>
        <message>
            <source>--max-items: “%1” is not a whole number of 1 or more.</source>
            <translation>--max-items: “%1” is not a whole number of 1 or more.</translation>
        </message>
        <message>
            <source>TIME (UTC)</source>
            <translation>TIME (UTC)</translation>
        </message>
        <message>
            <source>EVENT</source>
            <translation>EVENT</translation>
        </message>
        <message>
            <source>TARGET</source>
            <translation>TARGET</translation>
        </message>
        <message>
            <source>EXECUTION OR REASON</source>
            <translation>EXECUTION OR REASON</translation>
        </message>
        <message>
            <source>The rule's name.</source>
            <translation>The rule's name.</translation>
        </message>
        <message>
            <source>rate(...) or cron(6 fields), in UTC; only on the default bus.</source>
            <translation>rate(...) or cron(6 fields), in UTC; only on the default bus.</translation>
        </message>
        <message>
            <source>The role the rule acts with.</source>
            <translation>The role the rule acts with.</translation>
        </message>
        <message>
            <source>Create a rule with an event pattern or a schedule expression; prints its ARN.</source>
            <translation>Create a rule with an event pattern or a schedule expression; prints its ARN.</translation>
        </message>
        <message>
            <source>Create a rule, or replace the rule of that name keeping its targets (put-rule); prints its ARN.</source>
            <translation>Create a rule, or replace the rule of that name keeping its targets (put-rule); prints its ARN.</translation>
        </message>
        <message>
            <source>Add a pipeline target to a rule, or replace the target with the same id.</source>
            <translation>Add a pipeline target to a rule, or replace the target with the same id.</translation>
        </message>
        <message>
            <source>The target's id in the rule (default: the pipeline's name).</source>
            <translation>The target's id in the rule (default: the pipeline's name).</translation>
        </message>
        <message>
            <source>The role the target starts the pipeline with.</source>
            <translation>The role the target starts the pipeline with.</translation>
        </message>
        <message>
            <source>A pipeline parameter with a fixed value. Repeatable.</source>
            <translation>A pipeline parameter with a fixed value. Repeatable.</translation>
        </message>
        <message>
            <source>A pipeline parameter taken from the event by a JSONPath such as $.detail.name. Repeatable.</source>
            <translation>A pipeline parameter taken from the event by a JSONPath such as $.detail.name. Repeatable.</translation>
        </message>
        <message>
            <source>Name=$.PATH</source>
            <translation>Name=$.PATH</translation>
        </message>
        <message>
            <source>Instead of the options above: the put-targets Targets JSON, inline, file://PATH or a file.</source>
            <translation>Instead of the options above: the put-targets Targets JSON, inline, file://PATH or a file.</translation>
        </message>
        <message>
            <source>Remove targets from a rule by their ids.</source>
            <translation>Remove targets from a rule by their ids.</translation>
        </message>
        <message>
            <source>A target id; repeat or separate by commas.</source>
            <translation>A target id; repeat or separate by commas.</translation>
        </message>
        <message>
            <source>List the identity's rules (on every bus unless one is named).</source>
            <translation>List the identity's rules (on every bus unless one is named).</translation>
        </message>
        <message>
            <source>Only the rules of this event bus.</source>
            <translation>Only the rules of this event bus.</translation>
        </message>
        <message>
            <source>Only rules whose name starts so.</source>
            <translation>Only rules whose name starts so.</translation>
        </message>
        <message>
            <source>PREFIX</source>
            <translation>PREFIX</translation>
        </message>
        <message>
            <source>Describe one rule (DescribeRule, as JSON).</source>
            <translation>Describe one rule (DescribeRule, as JSON).</translation>
        </message>
        <message>
            <source>List the targets of a rule.</source>
            <translation>List the targets of a rule.</translation>
        </message>
        <message>
            <source>Enable a rule.</source>
            <translation>Enable a rule.</translation>
        </message>
        <message>
            <source>Disable a rule: events and slots no longer start its targets.</source>
            <translation>Disable a rule: events and slots no longer start its targets.</translation>
        </message>
        <message>
            <source>Delete a rule; refused while it has targets unless --force (the executions it started stay).</source>
            <translation>Delete a rule; refused while it has targets unless --force (the executions it started stay).</translation>
        </message>
        <message>
            <source>Delete the rule together with its targets.</source>
            <translation>Delete the rule together with its targets.</translation>
        </message>
        <message>
            <source>What the rule's targets did for each event or slot, newest first.</source>
            <translation>What the rule's targets did for each event or slot, newest first.</translation>
        </message>
        <message>
            <source>At most this many (default 500).</source>
            <translation>At most this many (default 500).</translation>
        </message>
        <message>
            <source>List the identity's event buses.</source>
            <translation>List the identity's event buses.</translation>
        </message>
        <message>
            <source>Create a custom event bus; prints its ARN.</source>
            <translation>Create a custom event bus; prints its ARN.</translation>
        </message>
        <message>
            <source>The event bus's name.</source>
            <translation>The event bus's name.</translation>
        </message>
        <message>
            <source>Delete a custom event bus that has no rules.</source>
            <translation>Delete a custom event bus that has no rules.</translation>
        </message>
        <message>
            <source>line %1, column %2: %3</source>
            <translation>line %1, column %2: %3</translation>
        </message>
        <message>
            <source>%1 (%2)</source>
            <translation>%1 (%2)</translation>
        </message>
        <message>
            <source>the file holds more than one YAML document; expected one</source>
            <translation>the file holds more than one YAML document; expected one</translation>
        </message>
        <message>
            <source>a mapping key must be a plain value, not a list or mapping</source>
            <translation>a mapping key must be a plain value, not a list or mapping</translation>
        </message>
        <message>
            <source>the alias *%1 names no anchor</source>
            <translation>the alias *%1 names no anchor</translation>
        </message>
        <message>
            <source>the key “%1” appears twice in one mapping</source>
            <translation>the key “%1” appears twice in one mapping</translation>
        </message>
        <message>
            <source>in a wildcard, “\” may only escape “*” or “\”.</source>
            <translation>in a wildcard, “\” may only escape “*” or “\”.</translation>
        </message>
        <message>
            <source>a wildcard may not have consecutive stars (**).</source>
            <translation>a wildcard may not have consecutive stars (**).</translation>
        </message>
        <message>
            <source>“%1” is not a CIDR block like 10.0.0.0/24 or 2001:db8::/32.</source>
            <translation>“%1” is not a CIDR block like 10.0.0.0/24 or 2001:db8::/32.</translation>
        </message>
        <message>
            <source>%1 needs a string or {"equals-ignore-case": "…"}.</source>
            <translation>%1 needs a string or {"equals-ignore-case": "…"}.</translation>
        </message>
        <message>
            <source>numeric needs an operator followed by a number: ["=", 5], ["&gt;", 0], ["&gt;=", 0, "&lt;", 10] (=, &lt;, &lt;=, &gt;, &gt;=).</source>
            <translation>numeric needs an operator followed by a number: ["=", 5], ["&gt;", 0], ["&gt;=", 0, "&lt;", 10] (=, &lt;, &lt;=, &gt;, &gt;=).</translation>
        </message>
        <message>
            <source>numeric values must be between -5.0e9 and 5.0e9.</source>
            <translation>numeric values must be between -5.0e9 and 5.0e9.</translation>
        </message>
        <message>
            <source>a numeric range is a lower bound (&gt; or &gt;=) followed by an upper bound (&lt; or &lt;=).</source>
            <translation>a numeric range is a lower bound (&gt; or &gt;=) followed by an upper bound (&lt; or &lt;=).</translation>
        </message>
        <message>
            <source>“%1” is not a numeric operator (=, &lt;, &lt;=, &gt;, &gt;=).</source>
            <translation>“%1” is not a numeric operator (=, &lt;, &lt;=, &gt;, &gt;=).</translation>
        </message>
        <message>
            <source>the lower bound of a numeric range must be below its upper bound.</source>
            <translation>the lower bound of a numeric range must be below its upper bound.</translation>
        </message>
        <message>
            <source>anything-but lists strings or numbers.</source>
            <translation>anything-but lists strings or numbers.</translation>
        </message>
        <message>
            <source>anything-but needs at least one value.</source>
            <translation>anything-but needs at least one value.</translation>
        </message>
        <message>
            <source>anything-but needs a value, a list of values, or one of {"prefix": …}, {"suffix": …}, {"equals-ignore-case": …}, {"wildcard": …}.</source>
            <translation>anything-but needs a value, a list of values, or one of {"prefix": …}, {"suffix": …}, {"equals-ignore-case": …}, {"wildcard": …}.</translation>
        </message>
        <message>
            <source>anything-but %1 needs a string or a list of strings.</source>
            <translation>anything-but %1 needs a string or a list of strings.</translation>
        </message>
        <message>
            <source>“%1” can not be used inside anything-but; use prefix, suffix, equals-ignore-case or wildcard.</source>
            <translation>“%1” can not be used inside anything-but; use prefix, suffix, equals-ignore-case or wildcard.</translation>
        </message>
        <message>
            <source>an operator object has exactly one operator: prefix, suffix, anything-but, numeric, exists, cidr, equals-ignore-case or wildcard.</source>
            <translation>an operator object has exactly one operator: prefix, suffix, anything-but, numeric, exists, cidr, equals-ignore-case or wildcard.</translation>
        </message>
        <message>
            <source>exists needs true or false.</source>
            <translation>exists needs true or false.</translation>
        </message>
        <message>
            <source>equals-ignore-case needs a string.</source>
            <translation>equals-ignore-case needs a string.</translation>
        </message>
        <message>
            <source>wildcard needs a string.</source>
            <translation>wildcard needs a string.</translation>
        </message>
        <message>
            <source>cidr needs a string like 10.0.0.0/24.</source>
            <translation>cidr needs a string like 10.0.0.0/24.</translation>
        </message>
        <message>
            <source>“%1” is not an operator of event patterns (prefix, suffix, anything-but, numeric, exists, cidr, equals-ignore-case, wildcard).</source>
            <translation>“%1” is not an operator of event patterns (prefix, suffix, anything-but, numeric, exists, cidr, equals-ignore-case, wildcard).</translation>
        </message>
        <message>
            <source>needs at least one value to match.</source>
            <translation>needs at least one value to match.</translation>
        </message>
        <message>
            <source>an alternative is a value or an object with one operator, not an array.</source>
            <translation>an alternative is a value or an object with one operator, not an array.</translation>
        </message>
        <message>
            <source>an event pattern needs at least one field.</source>
            <translation>an event pattern needs at least one field.</translation>
        </message>
        <message>
            <source>an object in an event pattern needs at least one field.</source>
            <translation>an object in an event pattern needs at least one field.</translation>
        </message>
        <message>
            <source>$or needs at least two patterns.</source>
            <translation>$or needs at least two patterns.</translation>
        </message>
        <message>
            <source>each $or alternative must be an object.</source>
            <translation>each $or alternative must be an object.</translation>
        </message>
        <message>
            <source>must be an array of values to match, or an object of fields.</source>
            <translation>must be an array of values to match, or an object of fields.</translation>
        </message>
        <message>
            <source>%1 is not in the event.</source>
            <translation>%1 is not in the event.</translation>
        </message>
        <message>
            <source>%1 is in the event (%2); the pattern needs it absent.</source>
            <translation>%1 is in the event (%2); the pattern needs it absent.</translation>
        </message>
        <message>
            <source>%1: %2 is not one of %3</source>
            <translation>%1: %2 is not one of %3</translation>
        </message>
        <message>
            <source>%1: %2 does not match %3</source>
            <translation>%1: %2 does not match %3</translation>
        </message>
        <message>
            <source>No element of %1 matches; in the first: %2</source>
            <translation>No element of %1 matches; in the first: %2</translation>
        </message>
        <message>
            <source>None of the $or patterns matches; the first: %1</source>
            <translation>None of the $or patterns matches; the first: %1</translation>
        </message>
        <message>
            <source>%1 does not match.</source>
            <translation>%1 does not match.</translation>
        </message>
        <message>
            <source>$: the event pattern is not valid JSON (%1 at offset %2).</source>
            <translation>$: the event pattern is not valid JSON (%1 at offset %2).</translation>
        </message>
        <message>
            <source>$: the event pattern must be a JSON object.</source>
            <translation>$: the event pattern must be a JSON object.</translation>
        </message>
        <message>
            <source>$: the $or alternatives of this pattern combine into more than %1 patterns; simplify it.</source>
            <translation>$: the $or alternatives of this pattern combine into more than %1 patterns; simplify it.</translation>
        </message>
        <message>
            <source>The event pattern is empty.</source>
            <translation>The event pattern is empty.</translation>
        </message>
        <message>
            <source>the event needs the field “%1”.</source>
            <translation>the event needs the field “%1”.</translation>
        </message>
        <message>
            <source>“%1” must be a string.</source>
            <translation>“%1” must be a string.</translation>
        </message>
        <message>
            <source>“%1” is not an ISO-8601 time like 2026-03-01T08:00:00Z.</source>
            <translation>“%1” is not an ISO-8601 time like 2026-03-01T08:00:00Z.</translation>
        </message>
        <message>
            <source>“resources” must be an array.</source>
            <translation>“resources” must be an array.</translation>
        </message>
        <message>
            <source>“detail” must be a JSON object.</source>
            <translation>“detail” must be a JSON object.</translation>
        </message>
        <message>
            <source>$: the event is not valid JSON (%1 at offset %2).</source>
            <translation>$: the event is not valid JSON (%1 at offset %2).</translation>
        </message>
        <message>
            <source>$: the event must be a JSON object.</source>
            <translation>$: the event must be a JSON object.</translation>
        </message>
        <message>
            <source>nothing</source>
            <translation>nothing</translation>
        </message>
        <message>
            <source>a boolean</source>
            <translation>a boolean</translation>
        </message>
        <message>
            <source>a number</source>
            <translation>a number</translation>
        </message>
        <message>
            <source>a list</source>
            <translation>a list</translation>
        </message>
        <message>
            <source>%1: required but missing.</source>
            <translation>%1: required but missing.</translation>
        </message>
        <message>
            <source>%1: expected %2, found %3.</source>
            <translation>%1: expected %2, found %3.</translation>
        </message>
        <message>
            <source>%1: must not be empty.</source>
            <translation>%1: must not be empty.</translation>
        </message>
        <message>
            <source>a whole number</source>
            <translation>a whole number</translation>
        </message>
        <message>
            <source>%1: “%2” is not an instant such as 2026-11-23T12:00:00Z.</source>
            <translation>%1: “%2” is not an instant such as 2026-11-23T12:00:00Z.</translation>
        </message>
        <message>
            <source>an instant</source>
            <translation>an instant</translation>
        </message>
        <message>
            <source>%1 is not supported; ignored.</source>
            <translation>%1 is not supported; ignored.</translation>
        </message>
        <message>
            <source>path: “%1” must start with “$”.</source>
            <translation>path: “%1” must start with “$”.</translation>
        </message>
        <message>
            <source>path: a name is missing after “.” at position %1 of “%2”.</source>
            <translation>path: a name is missing after “.” at position %1 of “%2”.</translation>
        </message>
        <message>
            <source>path: the quoted key at position %1 of “%2” is not closed with %3].</source>
            <translation>path: the quoted key at position %1 of “%2” is not closed with %3].</translation>
        </message>
        <message>
            <source>path: expected an index like [0] or a quoted key like ['name'] at position %1 of “%2”.</source>
            <translation>path: expected an index like [0] or a quoted key like ['name'] at position %1 of “%2”.</translation>
        </message>
        <message>
            <source>path: unexpected “%1” at position %2 of “%3”; steps are .name, [n] or ['name'].</source>
            <translation>path: unexpected “%1” at position %2 of “%3”; steps are .name, [n] or ['name'].</translation>
        </message>
        <message>
            <source>%1 found nothing in the event.</source>
            <translation>%1 found nothing in the event.</translation>
        </message>
        <message>
            <source>%1: “%2” may only contain %3.</source>
            <translation>%1: “%2” may only contain %3.</translation>
        </message>
        <message>
            <source>letters A–Z and a–z, digits, “-”, “_” and “.”</source>
            <translation>letters A–Z and a–z, digits, “-”, “_” and “.”</translation>
        </message>
        <message>
            <source>letters A–Z and a–z, digits, “/”, “-”, “_” and “.”</source>
            <translation>letters A–Z and a–z, digits, “/”, “-”, “_” and “.”</translation>
        </message>
        <message>
            <source>%1: “%2” is not an IAM role ARN (arn:aws:iam::&lt;account&gt;:role/&lt;name&gt;).</source>
            <translation>%1: “%2” is not an IAM role ARN (arn:aws:iam::&lt;account&gt;:role/&lt;name&gt;).</translation>
        </message>
        <message>
            <source>--state: “%1” is not a state; use ENABLED or DISABLED.</source>
            <translation>--state: “%1” is not a state; use ENABLED or DISABLED.</translation>
        </message>
        <message>
            <source>%1: “%2” is not a SageMaker pipeline ARN (arn:aws:sagemaker:&lt;region&gt;:&lt;account&gt;:pipeline/&lt;name&gt;).</source>
            <translation>%1: “%2” is not a SageMaker pipeline ARN (arn:aws:sagemaker:&lt;region&gt;:&lt;account&gt;:pipeline/&lt;name&gt;).</translation>
        </message>
        <message>
            <source>%1: %2 parameters given; at most %3 are allowed.</source>
            <translation>%1: %2 parameters given; at most %3 are allowed.</translation>
        </message>
        <message>
            <source>letters A–Z and a–z, digits, “-” and “_”</source>
            <translation>letters A–Z and a–z, digits, “-” and “_”</translation>
        </message>
        <message>
            <source>%1: the parameter “%2” is given twice.</source>
            <translation>%1: the parameter “%2” is given twice.</translation>
        </message>
        <message>
            <source>%1: the value has %2 characters; at most %3 are allowed.</source>
            <translation>%1: the value has %2 characters; at most %3 are allowed.</translation>
        </message>
        <message>
            <source>%1: “%2” is not a JSONPath into the event: %3</source>
            <translation>%1: “%2” is not a JSONPath into the event: %3</translation>
        </message>
        <message>
            <source>--description: at most %1 characters are allowed (it has %2).</source>
            <translation>--description: at most %1 characters are allowed (it has %2).</translation>
        </message>
        <message>
            <source>--event-pattern: a rule needs an event pattern or a schedule expression.</source>
            <translation>--event-pattern: a rule needs an event pattern or a schedule expression.</translation>
        </message>
        <message>
            <source>--schedule-expression: a rule has an event pattern or a schedule expression, not both.</source>
            <translation>--schedule-expression: a rule has an event pattern or a schedule expression, not both.</translation>
        </message>
        <message>
            <source>--event-pattern: %1</source>
            <translation>--event-pattern: %1</translation>
        </message>
        <message>
            <source>--event-pattern: %1: %2</source>
            <translation>--event-pattern: %1: %2</translation>
        </message>
        <message>
            <source>--schedule-expression: scheduled rules are only possible on the default event bus, not on “%1”.</source>
            <translation>--schedule-expression: scheduled rules are only possible on the default event bus, not on “%1”.</translation>
        </message>
        <message>
            <source>--schedule-expression: %1</source>
            <translation>--schedule-expression: %1</translation>
        </message>
        <message>
            <source>--schedule-expression: rules take rate() or cron() with 6 fields, evaluated in UTC; “%1” is neither.</source>
            <translation>--schedule-expression: rules take rate() or cron() with 6 fields, evaluated in UTC; “%1” is neither.</translation>
        </message>
        <message>
            <source>Tags: %1 tags given; at most %2 are allowed.</source>
            <translation>Tags: %1 tags given; at most %2 are allowed.</translation>
        </message>
        <message>
            <source>%1: a tag key has 1 to %2 characters.</source>
            <translation>%1: a tag key has 1 to %2 characters.</translation>
        </message>
        <message>
            <source>%1: tag keys starting with “aws:” are reserved.</source>
            <translation>%1: tag keys starting with “aws:” are reserved.</translation>
        </message>
        <message>
            <source>%1: a tag value has at most %2 characters.</source>
            <translation>%1: a tag value has at most %2 characters.</translation>
        </message>
        <message>
            <source>Targets: a rule has at most %1 targets (%2 given).</source>
            <translation>Targets: a rule has at most %1 targets (%2 given).</translation>
        </message>
        <message>
            <source>%1: the target id “%2” is used twice in the rule.</source>
            <translation>%1: the target id “%2” is used twice in the rule.</translation>
        </message>
        <message>
            <source>%1: the pipeline “%2” has no parameter “%3”.</source>
            <translation>%1: the pipeline “%2” has no parameter “%3”.</translation>
        </message>
        <message>
            <source>The event bus “default” always exists.</source>
            <translation>The event bus “default” always exists.</translation>
        </message>
        <message>
            <source>The event bus “%1” already exists in account %2.</source>
            <translation>The event bus “%1” already exists in account %2.</translation>
        </message>
        <message>
            <source>The default event bus cannot be deleted.</source>
            <translation>The default event bus cannot be deleted.</translation>
        </message>
        <message>
            <source>The event bus “%1” does not exist in account %2.</source>
            <translation>The event bus “%1” does not exist in account %2.</translation>
        </message>
        <message>
            <source>The event bus “%1” still has %2 rules; delete them first.</source>
            <translation>The event bus “%1” still has %2 rules; delete them first.</translation>
        </message>
        <message>
            <source>--name: the rule's name is required.</source>
            <translation>--name: the rule's name is required.</translation>
        </message>
        <message>
            <source>The rule “%1” does not exist on event bus “%2” of account %3.</source>
            <translation>The rule “%1” does not exist on event bus “%2” of account %3.</translation>
        </message>
        <message>
            <source>--event-bus-name: the event bus “%1” does not exist in account %2.</source>
            <translation>--event-bus-name: the event bus “%1” does not exist in account %2.</translation>
        </message>
        <message>
            <source>The rule “%1” does not exist in account %2.</source>
            <translation>The rule “%1” does not exist in account %2.</translation>
        </message>
        <message>
            <source>A rule named “%1” already exists on event bus “%2”.</source>
            <translation>A rule named “%1” already exists on event bus “%2”.</translation>
        </message>
        <message>
            <source>The rule “%1” still has %2 targets; remove them first or delete with force.</source>
            <translation>The rule “%1” still has %2 targets; remove them first or delete with force.</translation>
        </message>
        <message>
            <source>Targets: a rule has at most %1 targets; “%2” would have %3.</source>
            <translation>Targets: a rule has at most %1 targets; “%2” would have %3.</translation>
        </message>
        <message>
            <source>%1: the rule “%2” has no target “%3”.</source>
            <translation>%1: the rule “%2” has no target “%3”.</translation>
        </message>
        <message>
            <source>The parameter “%1” could not be resolved: %2</source>
            <translation>The parameter “%1” could not be resolved: %2</translation>
        </message>
        <message>
            <source>Source: an event needs a source.</source>
            <translation>Source: an event needs a source.</translation>
        </message>
        <message>
            <source>DetailType: an event needs a detail type.</source>
            <translation>DetailType: an event needs a detail type.</translation>
        </message>
        <message>
            <source>Detail: the detail of an event is a JSON object.</source>
            <translation>Detail: the detail of an event is a JSON object.</translation>
        </message>
        <message>
            <source>EventBusName: the event bus “%1” does not exist in account %2.</source>
            <translation>EventBusName: the event bus “%1” does not exist in account %2.</translation>
        </message>
        <message>
            <source>Time: “%1” is not an ISO-8601 instant.</source>
            <translation>Time: “%1” is not an ISO-8601 instant.</translation>
        </message>
        <message>
            <source>Detail: not valid JSON at offset %1: %2</source>
            <translation>Detail: not valid JSON at offset %1: %2</translation>
        </message>
        <message>
            <source>The rule has no targets.</source>
            <translation>The rule has no targets.</translation>
        </message>
        <message>
            <source>S3 Object Created</source>
            <translation>S3 Object Created</translation>
        </message>
        <message>
            <source>SageMaker Endpoint State Change</source>
            <translation>SageMaker Endpoint State Change</translation>
        </message>
        <message>
            <source>SageMaker Training Job State Change</source>
            <translation>SageMaker Training Job State Change</translation>
        </message>
        <message>
            <source>SNS Publish (AWS API Call via CloudTrail)</source>
            <translation>SNS Publish (AWS API Call via CloudTrail)</translation>
        </message>
        <message>
            <source>Object Created</source>
            <translation>Object Created</translation>
        </message>
        <message>
            <source>Any object created in any bucket of the account (buckets need EventBridge notifications on).</source>
            <translation>Any object created in any bucket of the account (buckets need EventBridge notifications on).</translation>
        </message>
        <message>
            <source>Object Created in a specific bucket</source>
            <translation>Object Created in a specific bucket</translation>
        </message>
        <message>
            <source>Objects created in the named bucket; edit the bucket name.</source>
            <translation>Objects created in the named bucket; edit the bucket name.</translation>
        </message>
        <message>
            <source>Object Created under a key prefix</source>
            <translation>Object Created under a key prefix</translation>
        </message>
        <message>
            <source>Objects created whose key starts with a prefix, such as a data set's folder.</source>
            <translation>Objects created whose key starts with a prefix, such as a data set's folder.</translation>
        </message>
        <message>
            <source>All SageMaker events</source>
            <translation>All SageMaker events</translation>
        </message>
        <message>
            <source>Every event SageMaker sends.</source>
            <translation>Every event SageMaker sends.</translation>
        </message>
        <message>
            <source>Endpoint state change (any status)</source>
            <translation>Endpoint state change (any status)</translation>
        </message>
        <message>
            <source>An endpoint changed its status.</source>
            <translation>An endpoint changed its status.</translation>
        </message>
        <message>
            <source>Endpoint state change: FAILED</source>
            <translation>Endpoint state change: FAILED</translation>
        </message>
        <message>
            <source>An endpoint failed to be created or updated.</source>
            <translation>An endpoint failed to be created or updated.</translation>
        </message>
        <message>
            <source>Training job state change: Completed</source>
            <translation>Training job state change: Completed</translation>
        </message>
        <message>
            <source>A training job completed.</source>
            <translation>A training job completed.</translation>
        </message>
        <message>
            <source>Training job state change: Failed</source>
            <translation>Training job state change: Failed</translation>
        </message>
        <message>
            <source>A training job failed.</source>
            <translation>A training job failed.</translation>
        </message>
        <message>
            <source>Publish (AWS API Call via CloudTrail)</source>
            <translation>Publish (AWS API Call via CloudTrail)</translation>
        </message>
        <message>
            <source>A message published to a topic, as CloudTrail records it.</source>
            <translation>A message published to a topic, as CloudTrail records it.</translation>
        </message>
        <message>
            <source>trigger.schedule: Azure ML needs both hours and minutes in a recurrence pattern; the one left out is taken from start_time here, Azure ML refuses the pattern.</source>
            <translation>trigger.schedule: Azure ML needs both hours and minutes in a recurrence pattern; the one left out is taken from start_time here, Azure ML refuses the pattern.</translation>
        </message>
        <message>
            <source>trigger: the expression “%1” cannot be read (%2); written unchanged.</source>
            <translation>trigger: the expression “%1” cannot be read (%2); written unchanged.</translation>
        </message>
        <message>
            <source>trigger.expression: Azure ML ignores the day-of-month and month fields of “%1” and fires on every day and month.</source>
            <translation>trigger.expression: Azure ML ignores the day-of-month and month fields of “%1” and fires on every day and month.</translation>
        </message>
        <message>
            <source>trigger: “%1” is written as the Azure ML cron expression “%2” (the same instants).</source>
            <translation>trigger: “%1” is written as the Azure ML cron expression “%2” (the same instants).</translation>
        </message>
        <message>
            <source>trigger: “%1” is written as an Azure ML recurrence (the same instants).</source>
            <translation>trigger: “%1” is written as an Azure ML recurrence (the same instants).</translation>
        </message>
        <message>
            <source>trigger: Azure ML cannot express “%1” (%2); written unchanged, Azure ML will refuse it.</source>
            <translation>trigger: Azure ML cannot express “%1” (%2); written unchanged, Azure ML will refuse it.</translation>
        </message>
        <message>
            <source>%1: Azure ML has no such setting; kept under properties for Pipeline Desk, ignored by Azure ML.</source>
            <translation>%1: Azure ML has no such setting; kept under properties for Pipeline Desk, ignored by Azure ML.</translation>
        </message>
        <message>
            <source>schedule group “%1”</source>
            <translation>schedule group “%1”</translation>
        </message>
        <message>
            <source>state: Azure ML creates every schedule enabled; DISABLED is kept under properties (run “az ml schedule disable” after creating it).</source>
            <translation>state: Azure ML creates every schedule enabled; DISABLED is kept under properties (run “az ml schedule disable” after creating it).</translation>
        </message>
        <message numerus="yes">
            <source>flexible time window of %n minute(s)</source>
            <translation>
                <numerusform>flexible time window of %n minute</numerusform>
                <numerusform>flexible time window of %n minutes</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>at most %n retry attempt(s)</source>
            <translation>
                <numerusform>at most %n retry attempt</numerusform>
                <numerusform>at most %n retry attempts</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>maximum event age of %n second(s)</source>
            <translation>
                <numerusform>maximum event age of %n second</numerusform>
                <numerusform>maximum event age of %n seconds</numerusform>
            </translation>
        </message>
        <message>
            <source>missed runs policy “%1”</source>
            <translation>missed runs policy “%1”</translation>
        </message>
        <message>
            <source>overlap policy “%1”</source>
            <translation>overlap policy “%1”</translation>
        </message>
        <message>
            <source>action after completion “%1”</source>
            <translation>action after completion “%1”</translation>
        </message>
        <message>
            <source>ScheduleExpression: “%1” is written as “%2” (the same instants).</source>
            <translation>ScheduleExpression: “%1” is written as “%2” (the same instants).</translation>
        </message>
        <message>
            <source>ScheduleExpression: EventBridge Scheduler cannot express “%1” (%2); written unchanged, AWS will refuse it.</source>
            <translation>ScheduleExpression: EventBridge Scheduler cannot express “%1” (%2); written unchanged, AWS will refuse it.</translation>
        </message>
        <message>
            <source>ScheduleExpressionTimezone: the Windows zone “%1” is written as “%2”.</source>
            <translation>ScheduleExpressionTimezone: the Windows zone “%1” is written as “%2”.</translation>
        </message>
        <message>
            <source>Target.RoleArn: EventBridge Scheduler needs a role that may start the pipeline; the schedule has none, fill it in.</source>
            <translation>Target.RoleArn: EventBridge Scheduler needs a role that may start the pipeline; the schedule has none, fill it in.</translation>
        </message>
        <message>
            <source>missed runs policy “%1”: EventBridge Scheduler has no such setting; not written.</source>
            <translation>missed runs policy “%1”: EventBridge Scheduler has no such setting; not written.</translation>
        </message>
        <message>
            <source>overlap policy “%1”: EventBridge Scheduler has no such setting; not written.</source>
            <translation>overlap policy “%1”: EventBridge Scheduler has no such setting; not written.</translation>
        </message>
        <message>
            <source>%1: “%2” is not ENABLED or DISABLED.</source>
            <translation>%1: “%2” is not ENABLED or DISABLED.</translation>
        </message>
        <message>
            <source>%1: “%2” is not a whole number.</source>
            <translation>%1: “%2” is not a whole number.</translation>
        </message>
        <message>
            <source>%1: “%2” is not a date and time such as 2026-11-23T09:00:00.</source>
            <translation>%1: “%2” is not a date and time such as 2026-11-23T09:00:00.</translation>
        </message>
        <message>
            <source>tags: schedules have no tags in Pipeline Desk; ignored.</source>
            <translation>tags: schedules have no tags in Pipeline Desk; ignored.</translation>
        </message>
        <message>
            <source>display_name: schedules have no display name in Pipeline Desk; ignored.</source>
            <translation>display_name: schedules have no display name in Pipeline Desk; ignored.</translation>
        </message>
        <message>
            <source>%1: “%2” is not a known time zone (IANA such as Asia/Seoul, or Windows such as Pacific Standard Time).</source>
            <translation>%1: “%2” is not a known time zone (IANA such as Asia/Seoul, or Windows such as Pacific Standard Time).</translation>
        </message>
        <message>
            <source>%1: “%2” is not cron or recurrence.</source>
            <translation>%1: “%2” is not cron or recurrence.</translation>
        </message>
        <message>
            <source>trigger: changed since it was exported; the trigger is used and the %1expression property ignored.</source>
            <translation>trigger: changed since it was exported; the trigger is used and the %1expression property ignored.</translation>
        </message>
        <message>
            <source>%1: “%2” is not skip, once or all.</source>
            <translation>%1: “%2” is not skip, once or all.</translation>
        </message>
        <message>
            <source>%1: “%2” is not allow, skip, queue or stop.</source>
            <translation>%1: “%2” is not allow, skip, queue or stop.</translation>
        </message>
        <message>
            <source>%1: “%2” is not NONE or DELETE.</source>
            <translation>%1: “%2” is not NONE or DELETE.</translation>
        </message>
        <message>
            <source>%1: “%2” is not pipeline; only pipeline jobs can be imported.</source>
            <translation>%1: “%2” is not pipeline; only pipeline jobs can be imported.</translation>
        </message>
        <message>
            <source>%1: data inputs are not pipeline parameters; ignored.</source>
            <translation>%1: data inputs are not pipeline parameters; ignored.</translation>
        </message>
        <message>
            <source>a string or an object</source>
            <translation>a string or an object</translation>
        </message>
        <message>
            <source>%1: “%2” is a local job file, not a pipeline; name the pipeline with --target-pipeline.</source>
            <translation>%1: “%2” is a local job file, not a pipeline; name the pipeline with --target-pipeline.</translation>
        </message>
        <message>
            <source>%1: “%2” is not OFF or FLEXIBLE.</source>
            <translation>%1: “%2” is not OFF or FLEXIBLE.</translation>
        </message>
        <message>
            <source>the document</source>
            <translation>the document</translation>
        </message>
        <message>
            <source>format: the document is neither an Azure ML schedule (trigger, create_job) nor an EventBridge Scheduler schedule (ScheduleExpression, Target).</source>
            <translation>format: the document is neither an Azure ML schedule (trigger, create_job) nor an EventBridge Scheduler schedule (ScheduleExpression, Target).</translation>
        </message>
        <message>
            <source>The rule “%1” does not exist.</source>
            <translation>The rule “%1” does not exist.</translation>
        </message>
        <message>
            <source>The document format: %1.</source>
            <translation>The document format: %1.</translation>
        </message>
        <message>
            <source>FORMAT</source>
            <translation>FORMAT</translation>
        </message>
        <message>
            <source>Write the document to this file instead of printing it.</source>
            <translation>Write the document to this file instead of printing it.</translation>
        </message>
        <message>
            <source>The document to import (YAML or JSON); - reads stdin.</source>
            <translation>The document to import (YAML or JSON); - reads stdin.</translation>
        </message>
        <message>
            <source>warning: %1</source>
            <translation>warning: %1</translation>
        </message>
        <message>
            <source>--output: cannot write “%1”: %2</source>
            <translation>--output: cannot write “%1”: %2</translation>
        </message>
        <message>
            <source>not expressible: %1</source>
            <translation>not expressible: %1</translation>
        </message>
        <message>
            <source>--format: “%1” is not aws-cli, cloudformation or cloudformation-json.</source>
            <translation>--format: “%1” is not aws-cli, cloudformation or cloudformation-json.</translation>
        </message>
        <message>
            <source>--name is required.</source>
            <translation>--name is required.</translation>
        </message>
        <message>
            <source>rule “%1”: %2</source>
            <translation>rule “%1”: %2</translation>
        </message>
        <message>
            <source>the event bus “%1” did not exist; it was created.</source>
            <translation>the event bus “%1” did not exist; it was created.</translation>
        </message>
        <message>
            <source>--format: “%1” is not azure-ml or scheduler.</source>
            <translation>--format: “%1” is not azure-ml or scheduler.</translation>
        </message>
        <message>
            <source>Print a rule with its targets as AWS CLI put-rule/put-targets input or a CloudFormation AWS::Events::Rule.</source>
            <translation>Print a rule with its targets as AWS CLI put-rule/put-targets input or a CloudFormation AWS::Events::Rule.</translation>
        </message>
        <message>
            <source>The rule's name or ARN. Repeatable.</source>
            <translation>The rule's name or ARN. Repeatable.</translation>
        </message>
        <message>
            <source>The rule's event bus (default: default).</source>
            <translation>The rule's event bus (default: default).</translation>
        </message>
        <message>
            <source> (default aws-cli)</source>
            <translation> (default aws-cli)</translation>
        </message>
        <message>
            <source>Create or replace rules with their targets from AWS CLI input or a CloudFormation template; all or nothing. Prints their ARNs.</source>
            <translation>Create or replace rules with their targets from AWS CLI input or a CloudFormation template; all or nothing. Prints their ARNs.</translation>
        </message>
        <message>
            <source>The put-targets input that goes with a bare put-rule input.</source>
            <translation>The put-targets input that goes with a bare put-rule input.</translation>
        </message>
        <message>
            <source> (default: detected)</source>
            <translation> (default: detected)</translation>
        </message>
        <message>
            <source>Print a schedule as Azure ML schedule YAML or EventBridge Scheduler create-schedule input.</source>
            <translation>Print a schedule as Azure ML schedule YAML or EventBridge Scheduler create-schedule input.</translation>
        </message>
        <message>
            <source> (default azure-ml)</source>
            <translation> (default azure-ml)</translation>
        </message>
        <message>
            <source>Target.RoleArn of a scheduler document (default: the pipeline's role).</source>
            <translation>Target.RoleArn of a scheduler document (default: the pipeline's role).</translation>
        </message>
        <message>
            <source>Create or replace a schedule from Azure ML schedule YAML or EventBridge Scheduler input. Prints its ARN.</source>
            <translation>Create or replace a schedule from Azure ML schedule YAML or EventBridge Scheduler input. Prints its ARN.</translation>
        </message>
        <message>
            <source>The pipeline to start, instead of the one the document names.</source>
            <translation>The pipeline to start, instead of the one the document names.</translation>
        </message>
        <message>
            <source>The schedule group, instead of the document's.</source>
            <translation>The schedule group, instead of the document's.</translation>
        </message>
        <message>
            <source>%1: the static value “%2” begins with “$.”, which EventBridge reads as a JSONPath into the event; it is written as it is and comes back as a path.</source>
            <translation>%1: the static value “%2” begins with “$.”, which EventBridge reads as a JSONPath into the event; it is written as it is and comes back as a path.</translation>
        </message>
        <message>
            <source>%1: not a JSON object: %2</source>
            <translation>%1: not a JSON object: %2</translation>
        </message>
        <message>
            <source>expected {...}</source>
            <translation>expected {...}</translation>
        </message>
        <message>
            <source>an object or a JSON string</source>
            <translation>an object or a JSON string</translation>
        </message>
        <message>
            <source>%1: CloudTrail management events do not reach the local event bus; imported as ENABLED.</source>
            <translation>%1: CloudTrail management events do not reach the local event bus; imported as ENABLED.</translation>
        </message>
        <message>
            <source>%1: the tag “%2” is given twice.</source>
            <translation>%1: the tag “%2” is given twice.</translation>
        </message>
        <message>
            <source>%1: “%2” is not the rule of the put-rule input (“%3”).</source>
            <translation>%1: “%2” is not the rule of the put-rule input (“%3”).</translation>
        </message>
        <message>
            <source>%1: “%2” is not the event bus of the put-rule input (“%3”).</source>
            <translation>%1: “%2” is not the event bus of the put-rule input (“%3”).</translation>
        </message>
        <message>
            <source>PutTargets: a separate put-targets input goes with a single bare put-rule input.</source>
            <translation>PutTargets: a separate put-targets input goes with a single bare put-rule input.</translation>
        </message>
        <message>
            <source>%1 (%2) is not an AWS::Events::Rule; ignored.</source>
            <translation>%1 (%2) is not an AWS::Events::Rule; ignored.</translation>
        </message>
        <message>
            <source>%1: no Name; the rule is named after its logical id “%2”.</source>
            <translation>%1: no Name; the rule is named after its logical id “%2”.</translation>
        </message>
        <message>
            <source>the template has no resource of Type AWS::Events::Rule.</source>
            <translation>the template has no resource of Type AWS::Events::Rule.</translation>
        </message>
        <message>
            <source>an object or a list</source>
            <translation>an object or a list</translation>
        </message>
        <message>
            <source>format: the document is neither AWS CLI put-rule input (PutRule, Name) nor a CloudFormation template with an AWS::Events::Rule.</source>
            <translation>format: the document is neither AWS CLI put-rule input (PutRule, Name) nor a CloudFormation template with an AWS::Events::Rule.</translation>
        </message>
        <message>
            <source>%1: the rule “%2” on the event bus “%3” is in the document twice.</source>
            <translation>%1: the rule “%2” on the event bus “%3” is in the document twice.</translation>
        </message>
        <message>
            <source>Seed a new workspace file (or one without accounts) with the demo accounts and pipelines.</source>
            <translation>Seed a new workspace file (or one without accounts) with the demo accounts and pipelines.</translation>
        </message>
        <message>
            <source>Run “%1 NOUN --help” for the verbs of one noun.</source>
            <translation>Run “%1 NOUN --help” for the verbs of one noun.</translation>
        </message>
        <message>
            <source>Usage: %1 VERB [options]</source>
            <translation>Usage: %1 VERB [options]</translation>
        </message>
        <message>
            <source>Verbs:</source>
            <translation>Verbs:</translation>
        </message>
        <message>
            <source>Run “%1 VERB --help” for the options of one command.</source>
            <translation>Run “%1 VERB --help” for the options of one command.</translation>
        </message>
        <message>
            <source>Usage: %1 [options]</source>
            <translation>Usage: %1 [options]</translation>
        </message>
        <message>
            <source>Options:</source>
            <translation>Options:</translation>
        </message>
        <message>
            <source>--demo: the workspace %1 had no accounts; it now holds the demo.</source>
            <translation>--demo: the workspace %1 had no accounts; it now holds the demo.</translation>
        </message>
        <message>
            <source>--demo: the workspace %1 already has accounts, so nothing was seeded; --demo only seeds a new or empty workspace (name a new file with --workspace).</source>
            <translation>--demo: the workspace %1 already has accounts, so nothing was seeded; --demo only seeds a new or empty workspace (name a new file with --workspace).</translation>
        </message>
        <message>
            <source>identity: the workspace has no accounts yet. Create one with “%1”, or fill it with the demo accounts and pipelines by adding --demo.</source>
            <translation>identity: the workspace has no accounts yet. Create one with “%1”, or fill it with the demo accounts and pipelines by adding --demo.</translation>
        </message>
        <message>
            <source>nothing to change: give --name, --email, --organization-id or --ou-id.</source>
            <translation>nothing to change: give --name, --email, --organization-id or --ou-id.</translation>
        </message>
        <message>
            <source>ORGANIZATION ID</source>
            <translation>ORGANIZATION ID</translation>
        </message>
        <message>
            <source>MANAGEMENT ACCOUNT</source>
            <translation>MANAGEMENT ACCOUNT</translation>
        </message>
        <message>
            <source>OU ID</source>
            <translation>OU ID</translation>
        </message>
        <message>
            <source>PARENT OU</source>
            <translation>PARENT OU</translation>
        </message>
        <message>
            <source>The account id (12 digits).</source>
            <translation>The account id (12 digits).</translation>
        </message>
        <message>
            <source>The account's name (up to 50 characters).</source>
            <translation>The account's name (up to 50 characters).</translation>
        </message>
        <message>
            <source>The account's new name.</source>
            <translation>The account's new name.</translation>
        </message>
        <message>
            <source>The account's email address (optional).</source>
            <translation>The account's email address (optional).</translation>
        </message>
        <message>
            <source>EMAIL</source>
            <translation>EMAIL</translation>
        </message>
        <message>
            <source>The organization the account belongs to (optional).</source>
            <translation>The organization the account belongs to (optional).</translation>
        </message>
        <message>
            <source>The organization to move the account to; empty takes it out.</source>
            <translation>The organization to move the account to; empty takes it out.</translation>
        </message>
        <message>
            <source>ORGANIZATION_ID</source>
            <translation>ORGANIZATION_ID</translation>
        </message>
        <message>
            <source>The organizational unit the account belongs to (optional; it names the organization too).</source>
            <translation>The organizational unit the account belongs to (optional; it names the organization too).</translation>
        </message>
        <message>
            <source>The organizational unit to move the account to; empty puts it directly under the root.</source>
            <translation>The organizational unit to move the account to; empty puts it directly under the root.</translation>
        </message>
        <message>
            <source>OU_ID</source>
            <translation>OU_ID</translation>
        </message>
        <message>
            <source>Add an account to the workspace; prints it.</source>
            <translation>Add an account to the workspace; prints it.</translation>
        </message>
        <message>
            <source>Rename an account or move it to another organization or OU; prints it.</source>
            <translation>Rename an account or move it to another organization or OU; prints it.</translation>
        </message>
        <message>
            <source>Delete an account that owns nothing any more; prints its id.</source>
            <translation>Delete an account that owns nothing any more; prints its id.</translation>
        </message>
        <message>
            <source>List the organizations of the workspace.</source>
            <translation>List the organizations of the workspace.</translation>
        </message>
        <message>
            <source>Create an organization; its management account joins it. Prints it.</source>
            <translation>Create an organization; its management account joins it. Prints it.</translation>
        </message>
        <message>
            <source>The organization's name.</source>
            <translation>The organization's name.</translation>
        </message>
        <message>
            <source>The account that manages the organization.</source>
            <translation>The account that manages the organization.</translation>
        </message>
        <message>
            <source>List the organizational units, of one organization or of all.</source>
            <translation>List the organizational units, of one organization or of all.</translation>
        </message>
        <message>
            <source>Only this organization's OUs.</source>
            <translation>Only this organization's OUs.</translation>
        </message>
        <message>
            <source>Create an organizational unit; prints it.</source>
            <translation>Create an organizational unit; prints it.</translation>
        </message>
        <message>
            <source>The organization.</source>
            <translation>The organization.</translation>
        </message>
        <message>
            <source>The OU to create it in (default: directly under the root).</source>
            <translation>The OU to create it in (default: directly under the root).</translation>
        </message>
        <message>
            <source>The OU's name.</source>
            <translation>The OU's name.</translation>
        </message>
        <message>
            <source>--identity: “%1” is not a 12-digit account id.</source>
            <translation>--identity: “%1” is not a 12-digit account id.</translation>
        </message>
        <message>
            <source>--outcome: “%1” is neither ok nor failed.</source>
            <translation>--outcome: “%1” is neither ok nor failed.</translation>
        </message>
        <message>
            <source>--max-items: %1 is not between 1 and %2.</source>
            <translation>--max-items: %1 is not between 1 and %2.</translation>
        </message>
        <message>
            <source>failed: %1</source>
            <translation>failed: %1</translation>
        </message>
        <message>
            <source>IDENTITY</source>
            <translation>IDENTITY</translation>
        </message>
        <message>
            <source>BY</source>
            <translation>BY</translation>
        </message>
        <message>
            <source>NextToken: %1</source>
            <translation>NextToken: %1</translation>
        </message>
        <message>
            <source>What was done in the workspace, newest first: who, as which account, what, on which object, with which outcome (CloudTrail LookupEvents shape). The global --identity filters by the account that acted.</source>
            <translation>What was done in the workspace, newest first: who, as which account, what, on which object, with which outcome (CloudTrail LookupEvents shape). The global --identity filters by the account that acted.</translation>
        </message>
        <message>
            <source>Only rows about this object: an ARN (a pipeline's also finds its executions) or a name.</source>
            <translation>Only rows about this object: an ARN (a pipeline's also finds its executions) or a name.</translation>
        </message>
        <message>
            <source>Only this action, such as StartPipelineExecution or CreateSchedule.</source>
            <translation>Only this action, such as StartPipelineExecution or CreateSchedule.</translation>
        </message>
        <message>
            <source>Only rows at or after T: an instant (2026-11-23T12:00:00Z, 2026-11-23) or a time ago (15m, 2h, 7d).</source>
            <translation>Only rows at or after T: an instant (2026-11-23T12:00:00Z, 2026-11-23) or a time ago (15m, 2h, 7d).</translation>
        </message>
        <message>
            <source>T</source>
            <translation>T</translation>
        </message>
        <message>
            <source>Only rows at or before T (same forms as --since).</source>
            <translation>Only rows at or before T (same forms as --since).</translation>
        </message>
        <message>
            <source>Only rows that succeeded (ok) or failed.</source>
            <translation>Only rows that succeeded (ok) or failed.</translation>
        </message>
        <message>
            <source>ok|failed</source>
            <translation>ok|failed</translation>
        </message>
        <message>
            <source>At most N rows (1–1000, default 100); a NextToken follows when there are more.</source>
            <translation>At most N rows (1–1000, default 100); a NextToken follows when there are more.</translation>
        </message>
        <message>
            <source>Go on after the page that printed this NextToken.</source>
            <translation>Go on after the page that printed this NextToken.</translation>
        </message>
        <message>
            <source>Note: no program runs the executions of this workspace now, so this execution stays %1 until one does. Run “pipelinedesk-cli scheduler run”, open the workspace in Pipeline Desk, or follow it with “pipelinedesk-cli executions wait --pipeline-execution-arn %2” (“executions start --wait” starts and follows in one go).</source>
            <translation>Note: no program runs the executions of this workspace now, so this execution stays %1 until one does. Run “pipelinedesk-cli scheduler run”, open the workspace in Pipeline Desk, or follow it with “pipelinedesk-cli executions wait --pipeline-execution-arn %2” (“executions start --wait” starts and follows in one go).</translation>
        </message>
        <message>
            <source>%1  step %2: %3</source>
            <translation>%1  step %2: %3</translation>
        </message>
        <message>
            <source>%1  step %2: %3 (%4)</source>
            <translation>%1  step %2: %3 (%4)</translation>
        </message>
        <message>
            <source>%1  execution %2: %3</source>
            <translation>%1  execution %2: %3</translation>
        </message>
        <message>
            <source>Could not set up the signal handling to wait for the execution.</source>
            <translation>Could not set up the signal handling to wait for the execution.</translation>
        </message>
        <message>
            <source>Stopped waiting; execution %1 is still %2 and goes on when a program runs the workspace's executions.</source>
            <translation>Stopped waiting; execution %1 is still %2 and goes on when a program runs the workspace's executions.</translation>
        </message>
        <message>
            <source>Run the execution in this program until it ends, printing each step's transitions; exit 0 when it succeeded, 4 when it failed, 5 when it was stopped.</source>
            <translation>Run the execution in this program until it ends, printing each step's transitions; exit 0 when it succeeded, 4 when it failed, 5 when it was stopped.</translation>
        </message>
        <message>
            <source>Run an execution in this program until it ends, printing each step's transitions; exit 0 when it succeeded, 4 when it failed, 5 when it was stopped.</source>
            <translation>Run an execution in this program until it ends, printing each step's transitions; exit 0 when it succeeded, 4 when it failed, 5 when it was stopped.</translation>
        </message>
        <message>
            <source>Print the pipeline definition an execution started with (DescribePipelineDefinitionForExecution).</source>
            <translation>Print the pipeline definition an execution started with (DescribePipelineDefinitionForExecution).</translation>
        </message>
        <message>
            <source>The IAM role EventBridge Scheduler assumes to start the pipeline (Target.RoleArn); empty clears it.</source>
            <translation>The IAM role EventBridge Scheduler assumes to start the pipeline (Target.RoleArn); empty clears it.</translation>
        </message>
        <message>
            <source>--targets takes the Targets list of “aws events put-targets”, or its whole input, checked member by member as the AWS CLI checks it: a member EventBridge does not have is refused (exit code 2) naming its path; one a target here cannot hold (DeadLetterConfig, Input, …) is ignored with a warning. A parameter Value beginning with $. is a JSONPath into the event.</source>
            <translation>--targets takes the Targets list of “aws events put-targets”, or its whole input, checked member by member as the AWS CLI checks it: a member EventBridge does not have is refused (exit code 2) naming its path; one a target here cannot hold (DeadLetterConfig, Input, …) is ignored with a warning. A parameter Value beginning with $. is a JSONPath into the event.</translation>
        </message>
        <message>
            <source>Time zone: %1</source>
            <translation>Time zone: %1</translation>
        </message>
        <message>
            <source>%1: a name is required.</source>
            <translation>%1: a name is required.</translation>
        </message>
        <message>
            <source>%1: at most %2 characters are allowed.</source>
            <translation>%1: at most %2 characters are allowed.</translation>
        </message>
        <message>
            <source>%1: the name may not contain control characters.</source>
            <translation>%1: the name may not contain control characters.</translation>
        </message>
        <message>
            <source>email: “%1” is not an email address (name@example.com, 6 to 64 characters).</source>
            <translation>email: “%1” is not an email address (name@example.com, 6 to 64 characters).</translation>
        </message>
        <message>
            <source>%1: an account id is required.</source>
            <translation>%1: an account id is required.</translation>
        </message>
        <message>
            <source>%1: “%2” is not an account id (12 digits).</source>
            <translation>%1: “%2” is not an account id (12 digits).</translation>
        </message>
        <message>
            <source>organization-id: organization %1 does not exist in this workspace.</source>
            <translation>organization-id: organization %1 does not exist in this workspace.</translation>
        </message>
        <message>
            <source>ou-id: organizational unit %1 does not exist in this workspace.</source>
            <translation>ou-id: organizational unit %1 does not exist in this workspace.</translation>
        </message>
        <message>
            <source>ou-id: organizational unit %1 belongs to organization %2, not to %3.</source>
            <translation>ou-id: organizational unit %1 belongs to organization %2, not to %3.</translation>
        </message>
        <message>
            <source>account-id: account %1 already exists (%2).</source>
            <translation>account-id: account %1 already exists (%2).</translation>
        </message>
        <message>
            <source>organization-id: account %1 is the management account of organization %2 and cannot leave it.</source>
            <translation>organization-id: account %1 is the management account of organization %2 and cannot leave it.</translation>
        </message>
        <message>
            <source>account-id: account %1 is the management account of organization %2; it cannot be deleted.</source>
            <translation>account-id: account %1 is the management account of organization %2; it cannot be deleted.</translation>
        </message>
        <message>
            <source>account-id: account %1 still owns %2; delete them first.</source>
            <translation>account-id: account %1 still owns %2; delete them first.</translation>
        </message>
        <message>
            <source>management-account-id: account %1 does not exist in this workspace.</source>
            <translation>management-account-id: account %1 does not exist in this workspace.</translation>
        </message>
        <message>
            <source>management-account-id: account %1 already belongs to organization %2.</source>
            <translation>management-account-id: account %1 already belongs to organization %2.</translation>
        </message>
        <message>
            <source>organization-id: an organization is required.</source>
            <translation>organization-id: an organization is required.</translation>
        </message>
        <message>
            <source>parent-id: organizational unit %1 does not exist in this workspace.</source>
            <translation>parent-id: organizational unit %1 does not exist in this workspace.</translation>
        </message>
        <message>
            <source>parent-id: organizational unit %1 belongs to organization %2, not to %3.</source>
            <translation>parent-id: organizational unit %1 belongs to organization %2, not to %3.</translation>
        </message>
        <message>
            <source>name: an organizational unit named “%1” already exists there (%2).</source>
            <translation>name: an organizational unit named “%1” already exists there (%2).</translation>
        </message>
        <message>
            <source>Create pipeline</source>
            <translation>Create pipeline</translation>
        </message>
        <message>
            <source>Update pipeline</source>
            <translation>Update pipeline</translation>
        </message>
        <message>
            <source>Delete pipeline</source>
            <translation>Delete pipeline</translation>
        </message>
        <message>
            <source>Start execution</source>
            <translation>Start execution</translation>
        </message>
        <message>
            <source>Stop execution</source>
            <translation>Stop execution</translation>
        </message>
        <message>
            <source>Retry execution</source>
            <translation>Retry execution</translation>
        </message>
        <message>
            <source>Create schedule</source>
            <translation>Create schedule</translation>
        </message>
        <message>
            <source>Update schedule</source>
            <translation>Update schedule</translation>
        </message>
        <message>
            <source>Delete schedule</source>
            <translation>Delete schedule</translation>
        </message>
        <message>
            <source>Run schedule now</source>
            <translation>Run schedule now</translation>
        </message>
        <message>
            <source>Schedule fired</source>
            <translation>Schedule fired</translation>
        </message>
        <message>
            <source>Missed runs skipped</source>
            <translation>Missed runs skipped</translation>
        </message>
        <message>
            <source>Retry dead letter</source>
            <translation>Retry dead letter</translation>
        </message>
        <message>
            <source>Clear dead letters</source>
            <translation>Clear dead letters</translation>
        </message>
        <message>
            <source>Create event bus</source>
            <translation>Create event bus</translation>
        </message>
        <message>
            <source>Delete event bus</source>
            <translation>Delete event bus</translation>
        </message>
        <message>
            <source>Create rule</source>
            <translation>Create rule</translation>
        </message>
        <message>
            <source>Update rule</source>
            <translation>Update rule</translation>
        </message>
        <message>
            <source>Put rule</source>
            <translation>Put rule</translation>
        </message>
        <message>
            <source>Enable rule</source>
            <translation>Enable rule</translation>
        </message>
        <message>
            <source>Disable rule</source>
            <translation>Disable rule</translation>
        </message>
        <message>
            <source>Delete rule</source>
            <translation>Delete rule</translation>
        </message>
        <message>
            <source>Put rule targets</source>
            <translation>Put rule targets</translation>
        </message>
        <message>
            <source>Remove rule targets</source>
            <translation>Remove rule targets</translation>
        </message>
        <message>
            <source>Send events</source>
            <translation>Send events</translation>
        </message>
        <message>
            <source>Rule target invoked</source>
            <translation>Rule target invoked</translation>
        </message>
        <message>
            <source>Scheduled rule fired</source>
            <translation>Scheduled rule fired</translation>
        </message>
        <message>
            <source>Create resource share</source>
            <translation>Create resource share</translation>
        </message>
        <message>
            <source>Update resource share</source>
            <translation>Update resource share</translation>
        </message>
        <message>
            <source>Delete resource share</source>
            <translation>Delete resource share</translation>
        </message>
        <message>
            <source>Add to resource share</source>
            <translation>Add to resource share</translation>
        </message>
        <message>
            <source>Remove from resource share</source>
            <translation>Remove from resource share</translation>
        </message>
        <message>
            <source>Accept share invitation</source>
            <translation>Accept share invitation</translation>
        </message>
        <message>
            <source>Reject share invitation</source>
            <translation>Reject share invitation</translation>
        </message>
        <message>
            <source>Enable sharing with the organization</source>
            <translation>Enable sharing with the organization</translation>
        </message>
        <message>
            <source>Disable sharing with the organization</source>
            <translation>Disable sharing with the organization</translation>
        </message>
        <message>
            <source>max-items: %1 is not between 1 and %2.</source>
            <translation>max-items: %1 is not between 1 and %2.</translation>
        </message>
        <message>
            <source>starting-token: “%1” is not a NextToken printed by an earlier audit list.</source>
            <translation>starting-token: “%1” is not a NextToken printed by an earlier audit list.</translation>
        </message>
        <message>
            <source>action: “%1” is not an action the audit log records, such as StartPipelineExecution or CreateSchedule.</source>
            <translation>action: “%1” is not an action the audit log records, such as StartPipelineExecution or CreateSchedule.</translation>
        </message>
        <message>
            <source>%1: “%2” is neither an instant such as 2026-11-23T12:00:00Z nor a time ago such as 15m, 2h or 7d.</source>
            <translation>%1: “%2” is neither an instant such as 2026-11-23T12:00:00Z nor a time ago such as 15m, 2h or 7d.</translation>
        </message>
        <message>
            <source>anything-but %1 needs a non-empty string or a list of non-empty strings.</source>
            <translation>anything-but %1 needs a non-empty string or a list of non-empty strings.</translation>
        </message>
        <message>
            <source>Unknown parameter at the top of the document: “%1”, must be one of: %2</source>
            <translation>Unknown parameter at the top of the document: “%1”, must be one of: %2</translation>
        </message>
        <message>
            <source>Unknown parameter in %1: “%2”, must be one of: %3</source>
            <translation>Unknown parameter in %1: “%2”, must be one of: %3</translation>
        </message>
        <message>
            <source>Steps: the dependencies form a cycle: %1 (each step depends on the one before it).</source>
            <translation>Steps: the dependencies form a cycle: %1 (each step depends on the one before it).</translation>
        </message>
        <message>
            <source>Pipeline “%1” does not exist in account %2. Pipelines shared with you are named by their ARN: %3</source>
            <translation>Pipeline “%1” does not exist in account %2. Pipelines shared with you are named by their ARN: %3</translation>
        </message>
        <message>
            <source>Pipeline definition %1 does not exist.</source>
            <translation>Pipeline definition %1 does not exist.</translation>
        </message>
        <message>
            <source>Never fires: %1 is in the past.</source>
            <translation>Never fires: %1 is in the past.</translation>
        </message>
        <message>
            <source>Never fires: the end (%1) comes before the next fire (%2).</source>
            <translation>Never fires: the end (%1) comes before the next fire (%2).</translation>
        </message>
        <message>
            <source>Never fires: no date after %1 matches the expression.</source>
            <translation>Never fires: no date after %1 matches the expression.</translation>
        </message>
        <message>
            <source>No more fires after %1: the expression matches no later date.</source>
            <translation>No more fires after %1: the expression matches no later date.</translation>
        </message>
        <message>
            <source>role “%1”</source>
            <translation>role “%1”</translation>
        </message>
        <message>
            <source>start and end: a one-time at() schedule fires at its instant; the start (%1) and end (%2) are ignored, as EventBridge Scheduler ignores them, and not kept.</source>
            <translation>start and end: a one-time at() schedule fires at its instant; the start (%1) and end (%2) are ignored, as EventBridge Scheduler ignores them, and not kept.</translation>
        </message>
        <message>
            <source>start: a one-time at() schedule fires at its instant; the start (%1) is ignored, as EventBridge Scheduler ignores it, and not kept.</source>
            <translation>start: a one-time at() schedule fires at its instant; the start (%1) is ignored, as EventBridge Scheduler ignores it, and not kept.</translation>
        </message>
        <message>
            <source>end: a one-time at() schedule fires at its instant; the end (%1) is ignored, as EventBridge Scheduler ignores it, and not kept.</source>
            <translation>end: a one-time at() schedule fires at its instant; the end (%1) is ignored, as EventBridge Scheduler ignores it, and not kept.</translation>
        </message>
        <message numerus="yes">
            <source>%n pipeline(s)</source>
            <translation>
                <numerusform>%n pipeline</numerusform>
                <numerusform>%n pipelines</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n rule(s)</source>
            <translation>
                <numerusform>%n rule</numerusform>
                <numerusform>%n rules</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n event bus(es)</source>
            <translation>
                <numerusform>%n event bus(es)</numerusform>
                <numerusform>%n event bus(es)</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n schedule(s)</source>
            <translation>
                <numerusform>%n schedule</numerusform>
                <numerusform>%n schedules</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n resource share(s)</source>
            <translation>
                <numerusform>%n resource share</numerusform>
                <numerusform>%n resource shares</numerusform>
            </translation>
        </message>
        <message>
            <source>Expression</source>
            <translation>Expression</translation>
        </message>
        <message>
            <source>Time zone</source>
            <translation>Time zone</translation>
        </message>
        <message>
            <source>--for: “%1” is not one of %2.</source>
            <translation>--for: “%1” is not one of %2.</translation>
        </message>
        <message>
            <source>What the expression is meant for: any, eventbridge (a rule), scheduler, azure-ml or crontab; the warnings then say what that service does differently (implies --explain).</source>
            <translation>What the expression is meant for: any, eventbridge (a rule), scheduler, azure-ml or crontab; the warnings then say what that service does differently (implies --explain).</translation>
        </message>
        <message>
            <source>EventBridge rules take only cron() and rate()</source>
            <translation>EventBridge rules take only cron() and rate()</translation>
        </message>
        <message>
            <source>EventBridge Scheduler takes only at(), rate() and cron()</source>
            <translation>EventBridge Scheduler takes only at(), rate() and cron()</translation>
        </message>
        <message>
            <source>Azure ML schedules take only a cron trigger (crontab) and a recurrence</source>
            <translation>Azure ML schedules take only a cron trigger (crontab) and a recurrence</translation>
        </message>
        <message>
            <source>A crontab takes only its five fields (crontab)</source>
            <translation>A crontab takes only its five fields (crontab)</translation>
        </message>
        <message>
            <source>%1, and this schedule has no exact equivalent there: %2</source>
            <translation>%1, and this schedule has no exact equivalent there: %2</translation>
        </message>
        <message>
            <source>%1: there this schedule is written “%2” (the same instants).</source>
            <translation>%1: there this schedule is written “%2” (the same instants).</translation>
        </message>
        <message>
            <source>EventBridge rules fire in UTC only: the time zone %1 is not kept there, so the fires move by its offset. EventBridge Scheduler fires in a time zone.</source>
            <translation>EventBridge rules fire in UTC only: the time zone %1 is not kept there, so the fires move by its offset. EventBridge Scheduler fires in a time zone.</translation>
        </message>
        <message>
            <source>the PutRule limit</source>
            <translation>the PutRule limit</translation>
        </message>
        <message>
            <source>the TestEventPattern limit</source>
            <translation>the TestEventPattern limit</translation>
        </message>
        <message>
            <source>the PutEvents limit</source>
            <translation>the PutEvents limit</translation>
        </message>
        <message>
            <source>the local limit of events put</source>
            <translation>the local limit of events put</translation>
        </message>
        <message>
            <source>the CreatePipeline limit</source>
            <translation>the CreatePipeline limit</translation>
        </message>
        <message>
            <source>the local limit for documents</source>
            <translation>the local limit for documents</translation>
        </message>
        <message>
            <source>--%1: the document is longer than %2 characters, %3.</source>
            <translation>--%1: the document is longer than %2 characters, %3.</translation>
        </message>
        <message>
            <source>--%1: the document is larger than %2 bytes, %3.</source>
            <translation>--%1: the document is larger than %2 bytes, %3.</translation>
        </message>
        <message>
            <source>no file name</source>
            <translation>no file name</translation>
        </message>
        <message>
            <source>put %1 of %2 events</source>
            <translation>put %1 of %2 events</translation>
        </message>
        <message>
            <source>The entries go in calls of the PutEvents shape, at most 10 entries and 256 KB a call, in order; with more than one call, stderr says how many were put (“put 120 of 10,000 events”) once a second and at the end. An entry over 256 KB is refused before any is put (exit code 2). The document may hold at most 10,000 entries and 16 MiB.</source>
            <translation>The entries go in calls of the PutEvents shape, at most 10 entries and 256 KB a call, in order; with more than one call, stderr says how many were put (“put 120 of 10,000 events”) once a second and at the end. An entry over 256 KB is refused before any is put (exit code 2). The document may hold at most 10,000 entries and 16 MiB.</translation>
        </message>
        <message>
            <source>Replace the --output file when it exists.</source>
            <translation>Replace the --output file when it exists.</translation>
        </message>
        <message>
            <source>--output: “%1” is a folder; name a file.</source>
            <translation>--output: “%1” is a folder; name a file.</translation>
        </message>
        <message>
            <source>--output: “%1” already exists; add --overwrite to replace it.</source>
            <translation>--output: “%1” already exists; add --overwrite to replace it.</translation>
        </message>
        <message>
            <source>Put pipeline triggers</source>
            <translation>Put pipeline triggers</translation>
        </message>
        <message>
            <source>%1: “%2” is not an IAM role ARN (arn:aws:iam::&lt;12-digit account&gt;:role/&lt;name&gt;, optionally with a path: role/&lt;path&gt;/&lt;name&gt;).</source>
            <translation>%1: “%2” is not an IAM role ARN (arn:aws:iam::&lt;12-digit account&gt;:role/&lt;name&gt;, optionally with a path: role/&lt;path&gt;/&lt;name&gt;).</translation>
        </message>
        <message>
            <source>%1: the text is not valid UTF-8 (the byte 0x%2 at character %3).</source>
            <translation>%1: the text is not valid UTF-8 (the byte 0x%2 at character %3).</translation>
        </message>
        <message>
            <source>%1: the text is not valid Unicode (a lone surrogate U+%2 at character %3).</source>
            <translation>%1: the text is not valid Unicode (a lone surrogate U+%2 at character %3).</translation>
        </message>
        <message>
            <source>%1: the character U+%2 at character %3 is not allowed: of the control characters, text may only hold tab, line feed and carriage return.</source>
            <translation>%1: the character U+%2 at character %3 is not allowed: of the control characters, text may only hold tab, line feed and carriage return.</translation>
        </message>
        <message>
            <source>the document nests deeper than %1 levels</source>
            <translation>the document nests deeper than %1 levels</translation>
        </message>
        <message>
            <source>pipeline-definition: the definition is longer than %1 characters, the CreatePipeline limit.</source>
            <translation>pipeline-definition: the definition is longer than %1 characters, the CreatePipeline limit.</translation>
        </message>
        <message>
            <source>Entries[%1]: the entry is %2 bytes, more than %3 bytes (256 KB), the PutEvents limit.</source>
            <translation>Entries[%1]: the entry is %2 bytes, more than %3 bytes (256 KB), the PutEvents limit.</translation>
        </message>
        <message>
            <source>Entries: PutEvents takes at most %1 entries a call; %2 were given.</source>
            <translation>Entries: PutEvents takes at most %1 entries a call; %2 were given.</translation>
        </message>
        <message>
            <source>Entries: the entries are %1 bytes together, more than %2 bytes (256 KB), the PutEvents limit.</source>
            <translation>Entries: the entries are %1 bytes together, more than %2 bytes (256 KB), the PutEvents limit.</translation>
        </message>
        <message>
            <source>PutTargets: the put-targets input is empty; give the rule's targets, or no put-targets input at all.</source>
            <translation>PutTargets: the put-targets input is empty; give the rule's targets, or no put-targets input at all.</translation>
        </message>
        <message>
            <source>--entries: the document holds %1 entries, more than %2, the local limit of events put.</source>
            <translation>--entries: the document holds %1 entries, more than %2, the local limit of events put.</translation>
        </message>
        <message>
            <source>%1: “%2” is not an event bus ARN (arn:aws:events:&lt;region&gt;:&lt;account&gt;:event-bus/&lt;name&gt;).</source>
            <translation>%1: “%2” is not an event bus ARN (arn:aws:events:&lt;region&gt;:&lt;account&gt;:event-bus/&lt;name&gt;).</translation>
        </message>
        <message>
            <source>%1: “%2” is an event bus of account %3; account %4 can only use its own event buses.</source>
            <translation>%1: “%2” is an event bus of account %3; account %4 can only use its own event buses.</translation>
        </message>
        <message>
            <source>%1: “%2” is an event bus in region %3; this workspace's event buses are in %4.</source>
            <translation>%1: “%2” is an event bus in region %3; this workspace's event buses are in %4.</translation>
        </message>
        <message>
            <source>%1 (target “%2”): %3</source>
            <translation>%1 (target “%2”): %3</translation>
        </message>
        <message>
            <source>--event-pattern: the pattern is longer than %1 characters, the PutRule limit.</source>
            <translation>--event-pattern: the pattern is longer than %1 characters, the PutRule limit.</translation>
        </message>
        <message>
            <source>trigger “%1”: %2</source>
            <translation>trigger “%1”: %2</translation>
        </message>
        <message>
            <source>The workspace “%1” is locked by another program that is using it, so it was not opened. Wait until that program has finished with it, or close it, and try again. The file was left unchanged.</source>
            <translation>The workspace “%1” is locked by another program that is using it, so it was not opened. Wait until that program has finished with it, or close it, and try again. The file was left unchanged.</translation>
        </message>
        <message>
            <source>The workspace “%1” is read-only, so it was not opened: Pipeline Desk writes to its workspace while it works. Make the file writable (chmod u+w), or copy it to a folder of your own and open the copy.</source>
            <translation>The workspace “%1” is read-only, so it was not opened: Pipeline Desk writes to its workspace while it works. Make the file writable (chmod u+w), or copy it to a folder of your own and open the copy.</translation>
        </message>
        <message>
            <source>The folder “%1” is read-only, so the workspace “%2” could not be created there. Name a file in a folder you may write to.</source>
            <translation>The folder “%1” is read-only, so the workspace “%2” could not be created there. Name a file in a folder you may write to.</translation>
        </message>
        <message>
            <source>The folder “%1” is read-only, so the workspace “%2” was not opened: Pipeline Desk keeps the workspace's journal (the -wal and -shm files) next to it. Make the folder writable, or copy the workspace to a folder of your own and open the copy.</source>
            <translation>The folder “%1” is read-only, so the workspace “%2” was not opened: Pipeline Desk keeps the workspace's journal (the -wal and -shm files) next to it. Make the folder writable, or copy the workspace to a folder of your own and open the copy.</translation>
        </message>
        <message>
            <source>The workspace is locked by another program, so it could not be read or written and nothing was changed. Wait until that program has finished with it, or close it, and try again.</source>
            <translation>The workspace is locked by another program, so it could not be read or written and nothing was changed. Wait until that program has finished with it, or close it, and try again.</translation>
        </message>
        <message>
            <source>The workspace is read-only, so nothing was changed. Make the workspace file and its folder writable, and try again.</source>
            <translation>The workspace is read-only, so nothing was changed. Make the workspace file and its folder writable, and try again.</translation>
        </message>
        <message>
            <source>workspace: the folder “%1” does not exist, so the workspace “%2” was not created. Create the folder first, or name a file in a folder that exists.</source>
            <translation>workspace: the folder “%1” does not exist, so the workspace “%2” was not created. Create the folder first, or name a file in a folder that exists.</translation>
        </message>
        <message>
            <source>The workspace “%1” could not be created: %2</source>
            <translation>The workspace “%1” could not be created: %2</translation>
        </message>
        <message>
            <source>%1: a value is required; it goes in the request's path.</source>
            <translation>%1: a value is required; it goes in the request's path.</translation>
        </message>
        <message>
            <source>%1: only text, a number, true or false can go in the request's path.</source>
            <translation>%1: only text, a number, true or false can go in the request's path.</translation>
        </message>
        <message>
            <source>%1: only text, numbers, true or false can go in the request's query or headers.</source>
            <translation>%1: only text, numbers, true or false can go in the request's query or headers.</translation>
        </message>
        <message>
            <source>The answer to %1 is not valid JSON: %2.</source>
            <translation>The answer to %1 is not valid JSON: %2.</translation>
        </message>
        <message>
            <source>The answer to %1 is not a JSON object.</source>
            <translation>The answer to %1 is not a JSON object.</translation>
        </message>
        <message>
            <source>The answer to %1 has “%2” in %3, which is not of the expected type.</source>
            <translation>The answer to %1 has “%2” in %3, which is not of the expected type.</translation>
        </message>
        <message>
            <source>The answer to %1 is not valid XML: %2.</source>
            <translation>The answer to %1 is not valid XML: %2.</translation>
        </message>
        <message>
            <source>it is empty</source>
            <translation>it is empty</translation>
        </message>
        <message>
            <source>The answer to %1 starts with &lt;%2&gt; where &lt;%3&gt; was expected.</source>
            <translation>The answer to %1 starts with &lt;%2&gt; where &lt;%3&gt; was expected.</translation>
        </message>
        <message>
            <source>The profile's name.</source>
            <translation>The profile's name.</translation>
        </message>
        <message>
            <source>The region, such as us-east-1.</source>
            <translation>The region, such as us-east-1.</translation>
        </message>
        <message>
            <source>REGION</source>
            <translation>REGION</translation>
        </message>
        <message>
            <source>The role to assume (the profile then takes its keys from --source-profile).</source>
            <translation>The role to assume (the profile then takes its keys from --source-profile).</translation>
        </message>
        <message>
            <source>The profile whose keys assume the role.</source>
            <translation>The profile whose keys assume the role.</translation>
        </message>
        <message>
            <source>The external id the role asks for (optional).</source>
            <translation>The external id the role asks for (optional).</translation>
        </message>
        <message>
            <source>The role session's name (optional).</source>
            <translation>The role session's name (optional).</translation>
        </message>
        <message>
            <source>How long a role session lasts, 900 to 43200 seconds (default 3600).</source>
            <translation>How long a role session lasts, 900 to 43200 seconds (default 3600).</translation>
        </message>
        <message>
            <source>The MFA device whose code assuming the role needs (optional).</source>
            <translation>The MFA device whose code assuming the role needs (optional).</translation>
        </message>
        <message>
            <source>Send every request of this profile to this URL instead of AWS (an emulator).</source>
            <translation>Send every request of this profile to this URL instead of AWS (an emulator).</translation>
        </message>
        <message>
            <source>URL</source>
            <translation>URL</translation>
        </message>
        <message>
            <source>role %1 from %2</source>
            <translation>role %1 from %2</translation>
        </message>
        <message>
            <source>CREDENTIALS</source>
            <translation>CREDENTIALS</translation>
        </message>
        <message>
            <source>TESTED</source>
            <translation>TESTED</translation>
        </message>
        <message>
            <source>ENDPOINT</source>
            <translation>ENDPOINT</translation>
        </message>
        <message>
            <source>the keys of some profiles could not be read from the keychain: %1</source>
            <translation>the keys of some profiles could not be read from the keychain: %1</translation>
        </message>
        <message>
            <source>AWS access key id: </source>
            <translation>AWS access key id: </translation>
        </message>
        <message>
            <source>AWS secret access key: </source>
            <translation>AWS secret access key: </translation>
        </message>
        <message>
            <source>AWS session token (empty for none): </source>
            <translation>AWS session token (empty for none): </translation>
        </message>
        <message>
            <source>standard input cannot be read.</source>
            <translation>standard input cannot be read.</translation>
        </message>
        <message>
            <source>standard input holds more than 64 KiB; give only the keys.</source>
            <translation>standard input holds more than 64 KiB; give only the keys.</translation>
        </message>
        <message>
            <source>standard input, line %1: expected aws_access_key_id=…, aws_secret_access_key=… or aws_session_token=….</source>
            <translation>standard input, line %1: expected aws_access_key_id=…, aws_secret_access_key=… or aws_session_token=….</translation>
        </message>
        <message>
            <source>--duration-seconds: “%1” is not a whole number of seconds.</source>
            <translation>--duration-seconds: “%1” is not a whole number of seconds.</translation>
        </message>
        <message>
            <source>would add</source>
            <translation>would add</translation>
        </message>
        <message>
            <source>added</source>
            <translation>added</translation>
        </message>
        <message>
            <source>would replace</source>
            <translation>would replace</translation>
        </message>
        <message>
            <source>replaced</source>
            <translation>replaced</translation>
        </message>
        <message>
            <source>skipped</source>
            <translation>skipped</translation>
        </message>
        <message>
            <source>--%1: there is no file %2.</source>
            <translation>--%1: there is no file %2.</translation>
        </message>
        <message>
            <source>No profiles in %1 or %2.</source>
            <translation>No profiles in %1 or %2.</translation>
        </message>
        <message>
            <source>failed</source>
            <translation>failed</translation>
        </message>
        <message>
            <source>keys from the environment (AWS_ACCESS_KEY_ID)</source>
            <translation>keys from the environment (AWS_ACCESS_KEY_ID)</translation>
        </message>
        <message>
            <source>PROFILE</source>
            <translation>PROFILE</translation>
        </message>
        <message>
            <source>FROM</source>
            <translation>FROM</translation>
        </message>
        <message>
            <source>NOTE</source>
            <translation>NOTE</translation>
        </message>
        <message>
            <source>List the AWS profiles of the workspace (never their secrets).</source>
            <translation>List the AWS profiles of the workspace (never their secrets).</translation>
        </message>
        <message>
            <source>Static profiles show their access key id masked, as the AWS CLI's `configure list` does; reading it may ask to unlock the keychain.</source>
            <translation>Static profiles show their access key id masked, as the AWS CLI's `configure list` does; reading it may ask to unlock the keychain.</translation>
        </message>
        <message>
            <source>Add an AWS profile: static keys, or a role to assume from another profile. Prints it.</source>
            <translation>Add an AWS profile: static keys, or a role to assume from another profile. Prints it.</translation>
        </message>
        <message>
            <source>The keys of a static profile are never taken from an argument: from a terminal they are asked for without echo; otherwise standard input gives lines aws_access_key_id=…, aws_secret_access_key=… and optionally aws_session_token=…. They go to the OS keychain only.</source>
            <translation>The keys of a static profile are never taken from an argument: from a terminal they are asked for without echo; otherwise standard input gives lines aws_access_key_id=…, aws_secret_access_key=… and optionally aws_session_token=…. They go to the OS keychain only.</translation>
        </message>
        <message>
            <source>Remove an AWS profile and its keychain entry; prints its name.</source>
            <translation>Remove an AWS profile and its keychain entry; prints its name.</translation>
        </message>
        <message>
            <source>Import the AWS CLI's profiles, keeping their names; prints what was added, replaced and skipped.</source>
            <translation>Import the AWS CLI's profiles, keeping their names; prints what was added, replaced and skipped.</translation>
        </message>
        <message>
            <source>The AWS CLI's config file (default: AWS_CONFIG_FILE, else ~/.aws/config).</source>
            <translation>The AWS CLI's config file (default: AWS_CONFIG_FILE, else ~/.aws/config).</translation>
        </message>
        <message>
            <source>The AWS CLI's credentials file (default: AWS_SHARED_CREDENTIALS_FILE, else ~/.aws/credentials).</source>
            <translation>The AWS CLI's credentials file (default: AWS_SHARED_CREDENTIALS_FILE, else ~/.aws/credentials).</translation>
        </message>
        <message>
            <source>Import only this profile (repeatable).</source>
            <translation>Import only this profile (repeatable).</translation>
        </message>
        <message>
            <source>The region of the profiles that name none.</source>
            <translation>The region of the profiles that name none.</translation>
        </message>
        <message>
            <source>Show what would be imported; change nothing.</source>
            <translation>Show what would be imported; change nothing.</translation>
        </message>
        <message>
            <source>The AWS_* environment variables apply as in the AWS CLI: the keys, region and endpoints of AWS_ACCESS_KEY_ID, AWS_SECRET_ACCESS_KEY, AWS_SESSION_TOKEN, AWS_REGION, AWS_ENDPOINT_URL and AWS_ENDPOINT_URL_&lt;SERVICE&gt; go to the profile it would use (AWS_PROFILE, else default). Profiles that cannot be imported (IAM Identity Center, credential_process…) are listed with the reason; a malformed line is a warning naming its file and line. Keys go to the OS keychain only.</source>
            <translation>The AWS_* environment variables apply as in the AWS CLI: the keys, region and endpoints of AWS_ACCESS_KEY_ID, AWS_SECRET_ACCESS_KEY, AWS_SESSION_TOKEN, AWS_REGION, AWS_ENDPOINT_URL and AWS_ENDPOINT_URL_&lt;SERVICE&gt; go to the profile it would use (AWS_PROFILE, else default). Profiles that cannot be imported (IAM Identity Center, credential_process…) are listed with the reason; a malformed line is a warning naming its file and line. Keys go to the OS keychain only.</translation>
        </message>
        <message>
            <source>profile: a connected account needs a profile.</source>
            <translation>profile: a connected account needs a profile.</translation>
        </message>
        <message>
            <source>account-id: account %1 (%2) is a local account of this workspace; a profile cannot connect it, as a sync would replace its pipelines and runs with the cloud's. Use another workspace for the real account.</source>
            <translation>account-id: account %1 (%2) is a local account of this workspace; a profile cannot connect it, as a sync would replace its pipelines and runs with the cloud's. Use another workspace for the real account.</translation>
        </message>
        <message>
            <source>Pipeline</source>
            <translation>Pipeline</translation>
        </message>
        <message>
            <source>Pipeline execution</source>
            <translation>Pipeline execution</translation>
        </message>
        <message>
            <source>Event bus</source>
            <translation>Event bus</translation>
        </message>
        <message>
            <source>Resource share</source>
            <translation>Resource share</translation>
        </message>
        <message>
            <source>Resource share invitation</source>
            <translation>Resource share invitation</translation>
        </message>
        <message>
            <source>The connected account %1 (profile %2) is changed in the cloud first, and this version of Pipeline Desk cannot send changes there yet. Make the change in the AWS console or the AWS CLI, then sync again.</source>
            <translation>The connected account %1 (profile %2) is changed in the cloud first, and this version of Pipeline Desk cannot send changes there yet. Make the change in the AWS console or the AWS CLI, then sync again.</translation>
        </message>
        <message>
            <source>%1 %2 belongs to the connected account %3 (profile %4): changes to it are made in the cloud, and this version of Pipeline Desk cannot send them there yet. Make the change in the AWS console or the AWS CLI, then sync again.</source>
            <translation>%1 %2 belongs to the connected account %3 (profile %4): changes to it are made in the cloud, and this version of Pipeline Desk cannot send them there yet. Make the change in the AWS console or the AWS CLI, then sync again.</translation>
        </message>
        <message>
            <source>Account %1 is not connected to a profile: only a connected account can be synced.</source>
            <translation>Account %1 is not connected to a profile: only a connected account can be synced.</translation>
        </message>
        <message>
            <source>just now</source>
            <translation>just now</translation>
        </message>
        <message numerus="yes">
            <source>%n min ago</source>
            <translation>
                <numerusform>%n min ago</numerusform>
                <numerusform>%n min ago</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n h ago</source>
            <translation>
                <numerusform>%n h ago</numerusform>
                <numerusform>%n h ago</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n day(s) ago</source>
            <translation>
                <numerusform>%n day ago</numerusform>
                <numerusform>%n days ago</numerusform>
            </translation>
        </message>
        <message>
            <source>The role %1 needs a code from the MFA device %2, and nothing here can ask for it.</source>
            <translation>The role %1 needs a code from the MFA device %2, and nothing here can ask for it.</translation>
        </message>
        <message>
            <source>TokenCode: no MFA code was given, so the role %1 was not assumed.</source>
            <translation>TokenCode: no MFA code was given, so the role %1 was not assumed.</translation>
        </message>
        <message>
            <source>sts:AssumeRole answered without complete credentials for %1.</source>
            <translation>sts:AssumeRole answered without complete credentials for %1.</translation>
        </message>
        <message>
            <source>a nested setting under “%1” is not “key = value”; the line was skipped.</source>
            <translation>a nested setting under “%1” is not “key = value”; the line was skipped.</translation>
        </message>
        <message>
            <source>a section header must be “[name]”; the line was skipped, and so is what follows it up to the next section.</source>
            <translation>a section header must be “[name]”; the line was skipped, and so is what follows it up to the next section.</translation>
        </message>
        <message>
            <source>not a “key = value” line, a [section] or a comment; the line was skipped.</source>
            <translation>not a “key = value” line, a [section] or a comment; the line was skipped.</translation>
        </message>
        <message>
            <source>“%1” stands before any [section]; the line was skipped.</source>
            <translation>“%1” stands before any [section]; the line was skipped.</translation>
        </message>
        <message>
            <source>“%1” is set twice in this section; the later value is used.</source>
            <translation>“%1” is set twice in this section; the later value is used.</translation>
        </message>
        <message>
            <source>[%1] is not a profile in the config file (write [profile %1]); it was skipped.</source>
            <translation>[%1] is not a profile in the config file (write [profile %1]); it was skipped.</translation>
        </message>
        <message>
            <source>AWS_ACCESS_KEY_ID and AWS_SECRET_ACCESS_KEY go together; with only one of them set, the environment's keys were not used.</source>
            <translation>AWS_ACCESS_KEY_ID and AWS_SECRET_ACCESS_KEY go together; with only one of them set, the environment's keys were not used.</translation>
        </message>
        <message>
            <source>the nested settings of “%1” in profile %2 are not used by Pipeline Desk; they were skipped.</source>
            <translation>the nested settings of “%1” in profile %2 are not used by Pipeline Desk; they were skipped.</translation>
        </message>
        <message>
            <source>it signs in through IAM Identity Center (SSO), which Pipeline Desk does not support yet; add a profile with access keys or a role instead.</source>
            <translation>it signs in through IAM Identity Center (SSO), which Pipeline Desk does not support yet; add a profile with access keys or a role instead.</translation>
        </message>
        <message>
            <source>it gets its credentials from an external program (credential_process), which Pipeline Desk does not run.</source>
            <translation>it gets its credentials from an external program (credential_process), which Pipeline Desk does not run.</translation>
        </message>
        <message>
            <source>it assumes a role with a web identity token (web_identity_token_file), which Pipeline Desk does not support.</source>
            <translation>it assumes a role with a web identity token (web_identity_token_file), which Pipeline Desk does not support.</translation>
        </message>
        <message>
            <source>it assumes a role with credentials from its environment (credential_source = %1), which Pipeline Desk does not support; use source_profile instead.</source>
            <translation>it assumes a role with credentials from its environment (credential_source = %1), which Pipeline Desk does not support; use source_profile instead.</translation>
        </message>
        <message>
            <source>it has role_arn but no source_profile: Pipeline Desk assumes a role only with another profile's keys.</source>
            <translation>it has role_arn but no source_profile: Pipeline Desk assumes a role only with another profile's keys.</translation>
        </message>
        <message>
            <source>duration_seconds is not a whole number of seconds.</source>
            <translation>duration_seconds is not a whole number of seconds.</translation>
        </message>
        <message>
            <source>it has aws_access_key_id but no aws_secret_access_key.</source>
            <translation>it has aws_access_key_id but no aws_secret_access_key.</translation>
        </message>
        <message>
            <source>it has aws_secret_access_key but no aws_access_key_id.</source>
            <translation>it has aws_secret_access_key but no aws_access_key_id.</translation>
        </message>
        <message>
            <source>it has no credentials: neither access keys nor a role to assume.</source>
            <translation>it has no credentials: neither access keys nor a role to assume.</translation>
        </message>
        <message>
            <source>it has no region; add “region = …” to it, or give a region for the profiles that have none.</source>
            <translation>it has no region; add “region = …” to it, or give a region for the profiles that have none.</translation>
        </message>
        <message>
            <source>profile %1 names the services section “%2”, which the config file does not have; its endpoints were not read.</source>
            <translation>profile %1 names the services section “%2”, which the config file does not have; its endpoints were not read.</translation>
        </message>
        <message>
            <source>the file cannot be read: %1</source>
            <translation>the file cannot be read: %1</translation>
        </message>
        <message>
            <source>the answer holds no error code or message</source>
            <translation>the answer holds no error code or message</translation>
        </message>
        <message>
            <source>%1 was cancelled.</source>
            <translation>%1 was cancelled.</translation>
        </message>
        <message>
            <source>No usable credentials to call %1: %2</source>
            <translation>No usable credentials to call %1: %2</translation>
        </message>
        <message>
            <source>Could not reach AWS to call %1: %2</source>
            <translation>Could not reach AWS to call %1: %2</translation>
        </message>
        <message>
            <source>%1 got no answer in time: %2</source>
            <translation>%1 got no answer in time: %2</translation>
        </message>
        <message>
            <source>The answer to %1 could not be read: %2</source>
            <translation>The answer to %1 could not be read: %2</translation>
        </message>
        <message>
            <source>The credentials in use are not allowed to call %1. AWS said: %2</source>
            <translation>The credentials in use are not allowed to call %1. AWS said: %2</translation>
        </message>
        <message>
            <source>AWS did not accept the credentials used to call %1: %2</source>
            <translation>AWS did not accept the credentials used to call %1: %2</translation>
        </message>
        <message numerus="yes">
            <source>AWS kept throttling %1 (%n attempt(s)): %2</source>
            <translation>
                <numerusform>AWS kept throttling %1 (%n attempt): %2</numerusform>
                <numerusform>AWS kept throttling %1 (%n attempts): %2</numerusform>
            </translation>
        </message>
        <message>
            <source>%1 failed: what it names does not exist. AWS said: %2</source>
            <translation>%1 failed: what it names does not exist. AWS said: %2</translation>
        </message>
        <message>
            <source>%1 failed: it conflicts with the current state of the resource. AWS said: %2</source>
            <translation>%1 failed: it conflicts with the current state of the resource. AWS said: %2</translation>
        </message>
        <message>
            <source>AWS refused the input of %1: %2</source>
            <translation>AWS refused the input of %1: %2</translation>
        </message>
        <message>
            <source>%1 failed with HTTP status %2: %3</source>
            <translation>%1 failed with HTTP status %2: %3</translation>
        </message>
        <message>
            <source>(request id %1)</source>
            <translation>(request id %1)</translation>
        </message>
        <message>
            <source>Assumed role</source>
            <translation>Assumed role</translation>
        </message>
        <message>
            <source>Access keys</source>
            <translation>Access keys</translation>
        </message>
        <message>
            <source>%1: a profile name is required.</source>
            <translation>%1: a profile name is required.</translation>
        </message>
        <message>
            <source>%1: “%2” is not a profile name: use 1 to 64 letters, digits and - _ . @ + = , (no spaces or slashes).</source>
            <translation>%1: “%2” is not a profile name: use 1 to 64 letters, digits and - _ . @ + = , (no spaces or slashes).</translation>
        </message>
        <message>
            <source>%1: a region is required (such as us-east-1).</source>
            <translation>%1: a region is required (such as us-east-1).</translation>
        </message>
        <message>
            <source>%1: “%2” is not a region (such as us-east-1 or eu-central-1).</source>
            <translation>%1: “%2” is not a region (such as us-east-1 or eu-central-1).</translation>
        </message>
        <message>
            <source>%1: “%2” is not an endpoint URL: give an absolute http:// or https:// URL with a host, such as http://localhost:4566.</source>
            <translation>%1: “%2” is not an endpoint URL: give an absolute http:// or https:// URL with a host, such as http://localhost:4566.</translation>
        </message>
        <message>
            <source>%1: a profile that assumes a role needs the role's ARN.</source>
            <translation>%1: a profile that assumes a role needs the role's ARN.</translation>
        </message>
        <message>
            <source>%1: a profile that assumes a role needs the profile whose credentials assume it.</source>
            <translation>%1: a profile that assumes a role needs the profile whose credentials assume it.</translation>
        </message>
        <message>
            <source>%1: a profile cannot be its own source profile.</source>
            <translation>%1: a profile cannot be its own source profile.</translation>
        </message>
        <message>
            <source>%1: an external id is 2 to 1,224 letters, digits and + = , . @ : / _ -.</source>
            <translation>%1: an external id is 2 to 1,224 letters, digits and + = , . @ : / _ -.</translation>
        </message>
        <message>
            <source>%1: “%2” is not a session name: use 2 to 64 letters, digits and + = , . @ _ -.</source>
            <translation>%1: “%2” is not a session name: use 2 to 64 letters, digits and + = , . @ _ -.</translation>
        </message>
        <message>
            <source>%1: %2 is out of range: a role session lasts 900 to 43,200 seconds (15 minutes to 12 hours).</source>
            <translation>%1: %2 is out of range: a role session lasts 900 to 43,200 seconds (15 minutes to 12 hours).</translation>
        </message>
        <message>
            <source>%1: “%2” is not an MFA device: give its serial number or ARN (arn:aws:iam::&lt;account&gt;:mfa/&lt;name&gt;).</source>
            <translation>%1: “%2” is not an MFA device: give its serial number or ARN (arn:aws:iam::&lt;account&gt;:mfa/&lt;name&gt;).</translation>
        </message>
        <message>
            <source>%1: only a profile that assumes a role takes this; give --role-arn and --source-profile too.</source>
            <translation>%1: only a profile that assumes a role takes this; give --role-arn and --source-profile too.</translation>
        </message>
        <message>
            <source>%1: “%2” is not a service of this program (%3).</source>
            <translation>%1: “%2” is not a service of this program (%3).</translation>
        </message>
        <message>
            <source>%1: an access key id is required.</source>
            <translation>%1: an access key id is required.</translation>
        </message>
        <message>
            <source>%1: an access key id is 1 to 128 letters and digits (AWS's start with AKIA or ASIA).</source>
            <translation>%1: an access key id is 1 to 128 letters and digits (AWS's start with AKIA or ASIA).</translation>
        </message>
        <message>
            <source>%1: a secret access key is required.</source>
            <translation>%1: a secret access key is required.</translation>
        </message>
        <message>
            <source>%1: the secret access key holds a space or a control character, or is too long; it was not kept.</source>
            <translation>%1: the secret access key holds a space or a control character, or is too long; it was not kept.</translation>
        </message>
        <message>
            <source>%1: the session token holds a space or a control character, or is too long; it was not kept.</source>
            <translation>%1: the session token holds a space or a control character, or is too long; it was not kept.</translation>
        </message>
        <message>
            <source>The profile's keychain entry does not hold an access key id and a secret access key; add the profile's keys again.</source>
            <translation>The profile's keychain entry does not hold an access key id and a secret access key; add the profile's keys again.</translation>
        </message>
        <message>
            <source>%1: profile %2 leads back to %3 through its source profiles; a chain of roles must end at a profile with keys.</source>
            <translation>%1: profile %2 leads back to %3 through its source profiles; a chain of roles must end at a profile with keys.</translation>
        </message>
        <message>
            <source>%1: there is no profile named %2 in this workspace; add it first.</source>
            <translation>%1: there is no profile named %2 in this workspace; add it first.</translation>
        </message>
        <message>
            <source>%1: profile %2 takes its keys from %3, which is not in this workspace.</source>
            <translation>%1: profile %2 takes its keys from %3, which is not in this workspace.</translation>
        </message>
        <message>
            <source>profile-name: a profile named %1 is already in this workspace.</source>
            <translation>profile-name: a profile named %1 is already in this workspace.</translation>
        </message>
        <message>
            <source>aws_access_key_id: a profile that assumes a role takes no keys of its own; they come from its source profile.</source>
            <translation>aws_access_key_id: a profile that assumes a role takes no keys of its own; they come from its source profile.</translation>
        </message>
        <message>
            <source>aws_access_key_id: profile %1 assumed a role until now; give it keys of its own.</source>
            <translation>aws_access_key_id: profile %1 assumed a role until now; give it keys of its own.</translation>
        </message>
        <message>
            <source>profile-name: profile %1 is the source profile of %2; remove or change those first.</source>
            <translation>profile-name: profile %1 is the source profile of %2; remove or change those first.</translation>
        </message>
        <message>
            <source>profile-name: the connected accounts %1 are reached through profile %2; disconnect them first.</source>
            <translation>profile-name: the connected accounts %1 are reached through profile %2; disconnect them first.</translation>
        </message>
        <message>
            <source>profile-name: profile %1 assumes a role; its keys come from profile %2.</source>
            <translation>profile-name: profile %1 assumes a role; its keys come from profile %2.</translation>
        </message>
        <message>
            <source>profile: the AWS CLI's files have no profile named %1.</source>
            <translation>profile: the AWS CLI's files have no profile named %1.</translation>
        </message>
        <message>
            <source>its source profile %1 cannot be imported (see there).</source>
            <translation>its source profile %1 cannot be imported (see there).</translation>
        </message>
        <message>
            <source>its source profile %1 cannot be imported either: the chain of source profiles leads back to a role instead of ending at a profile with keys.</source>
            <translation>its source profile %1 cannot be imported either: the chain of source profiles leads back to a role instead of ending at a profile with keys.</translation>
        </message>
        <message>
            <source>its source profile %1 is not being imported and is not in this workspace; import them together.</source>
            <translation>its source profile %1 is not being imported and is not in this workspace; import them together.</translation>
        </message>
        <message>
            <source>its source profile %1 is neither in the AWS CLI's files nor in this workspace.</source>
            <translation>its source profile %1 is neither in the AWS CLI's files nor in this workspace.</translation>
        </message>
        <message>
            <source>There is no profile named %1 in this workspace.</source>
            <translation>There is no profile named %1 in this workspace.</translation>
        </message>
        <message>
            <source>source-profile: the profile %1 takes its keys from a chain of roles that does not end at a profile with keys.</source>
            <translation>source-profile: the profile %1 takes its keys from a chain of roles that does not end at a profile with keys.</translation>
        </message>
        <message>
            <source>Account %1 (%2) is a local account: there is nothing to sync from the cloud. Connect an account by testing a profile.</source>
            <translation>Account %1 (%2) is a local account: there is nothing to sync from the cloud. Connect an account by testing a profile.</translation>
        </message>
        <message>
            <source>Pipeline %1</source>
            <translation>Pipeline %1</translation>
        </message>
        <message>
            <source>The sync of account %1 was cancelled; what was read before stays.</source>
            <translation>The sync of account %1 was cancelled; what was read before stays.</translation>
        </message>
        <message>
            <source>Pipelines</source>
            <translation>Pipelines</translation>
        </message>
        <message>
            <source>Executions of %1</source>
            <translation>Executions of %1</translation>
        </message>
        <message>
            <source>Execution %1</source>
            <translation>Execution %1</translation>
        </message>
        <message>
            <source>Steps of %1</source>
            <translation>Steps of %1</translation>
        </message>
        <message>
            <source>Parameters of %1</source>
            <translation>Parameters of %1</translation>
        </message>
        <message>
            <source>Rules of %1</source>
            <translation>Rules of %1</translation>
        </message>
        <message>
            <source>Targets of %1</source>
            <translation>Targets of %1</translation>
        </message>
        <message>
            <source>Event buses</source>
            <translation>Event buses</translation>
        </message>
        <message>
            <source>Schedules</source>
            <translation>Schedules</translation>
        </message>
        <message>
            <source>Schedule %1</source>
            <translation>Schedule %1</translation>
        </message>
        <message>
            <source>Resource shares</source>
            <translation>Resource shares</translation>
        </message>
        <message>
            <source>Resources of %1</source>
            <translation>Resources of %1</translation>
        </message>
        <message>
            <source>Principals of %1</source>
            <translation>Principals of %1</translation>
        </message>
        <message>
            <source>Permission of %1</source>
            <translation>Permission of %1</translation>
        </message>
        <message>
            <source>Invitations</source>
            <translation>Invitations</translation>
        </message>
        <message>
            <source>Pipeline %1 is not a pipeline of account %2 in this workspace.</source>
            <translation>Pipeline %1 is not a pipeline of account %2 in this workspace.</translation>
        </message>
        <message>
            <source>Pipeline execution %1 is not an execution of account %2 in this workspace.</source>
            <translation>Pipeline execution %1 is not an execution of account %2 in this workspace.</translation>
        </message>
        <message>
            <source>“%1” is not the ARN of a SageMaker pipeline.</source>
            <translation>“%1” is not the ARN of a SageMaker pipeline.</translation>
        </message>
        <message>
            <source>the pipeline %1 is in account %2, not in the synced account %3.</source>
            <translation>the pipeline %1 is in account %2, not in the synced account %3.</translation>
        </message>
        <message>
            <source>“%1” is not the ARN of an execution of pipeline %2.</source>
            <translation>“%1” is not the ARN of an execution of pipeline %2.</translation>
        </message>
        <message>
            <source>“%1” is not a pipeline execution status.</source>
            <translation>“%1” is not a pipeline execution status.</translation>
        </message>
        <message>
            <source>a start time is required.</source>
            <translation>a start time is required.</translation>
        </message>
        <message>
            <source>a creation time is required.</source>
            <translation>a creation time is required.</translation>
        </message>
        <message>
            <source>a step name is required.</source>
            <translation>a step name is required.</translation>
        </message>
        <message>
            <source>“%1” is not a pipeline execution step status.</source>
            <translation>“%1” is not a pipeline execution step status.</translation>
        </message>
        <message>
            <source>a parameter name is required.</source>
            <translation>a parameter name is required.</translation>
        </message>
        <message>
            <source>“%1” is not an event bus of the synced account %2.</source>
            <translation>“%1” is not an event bus of the synced account %2.</translation>
        </message>
        <message>
            <source>a name is required.</source>
            <translation>a name is required.</translation>
        </message>
        <message>
            <source>“%1” is not a rule of the synced account %2.</source>
            <translation>“%1” is not a rule of the synced account %2.</translation>
        </message>
        <message>
            <source>the rule is on the event bus “%1”, not on “%2”.</source>
            <translation>the rule is on the event bus “%1”, not on “%2”.</translation>
        </message>
        <message>
            <source>“%1” is not a rule state.</source>
            <translation>“%1” is not a rule state.</translation>
        </message>
        <message>
            <source>the event pattern is not JSON.</source>
            <translation>the event pattern is not JSON.</translation>
        </message>
        <message>
            <source>a rule has either an event pattern or a schedule expression.</source>
            <translation>a rule has either an event pattern or a schedule expression.</translation>
        </message>
        <message>
            <source>Rule %1 is not a rule of account %2 in this workspace.</source>
            <translation>Rule %1 is not a rule of account %2 in this workspace.</translation>
        </message>
        <message>
            <source>a target id is required.</source>
            <translation>a target id is required.</translation>
        </message>
        <message>
            <source>“%1” is not a schedule of the synced account %2.</source>
            <translation>“%1” is not a schedule of the synced account %2.</translation>
        </message>
        <message>
            <source>“%1” is not a schedule state.</source>
            <translation>“%1” is not a schedule state.</translation>
        </message>
        <message>
            <source>a schedule expression is required.</source>
            <translation>a schedule expression is required.</translation>
        </message>
        <message>
            <source>Resource share %1 is not a share of account %2 in this workspace.</source>
            <translation>Resource share %1 is not a share of account %2 in this workspace.</translation>
        </message>
        <message>
            <source>the resource share %1 is not owned by the synced account %2.</source>
            <translation>the resource share %1 is not owned by the synced account %2.</translation>
        </message>
        <message>
            <source>an invitation needs its ARN and its share's ARN.</source>
            <translation>an invitation needs its ARN and its share's ARN.</translation>
        </message>
        <message>
            <source>“%1” is not an invitation status.</source>
            <translation>“%1” is not an invitation status.</translation>
        </message>
        <message>
            <source>Act as the connected account this AWS profile reaches (tested first when it never was); reads come fresh from the cloud.</source>
            <translation>Act as the connected account this AWS profile reaches (tested first when it never was); reads come fresh from the cloud.</translation>
        </message>
        <message>
            <source>With --profile: read only what the workspace holds of the account, without the network.</source>
            <translation>With --profile: read only what the workspace holds of the account, without the network.</translation>
        </message>
        <message>
            <source>Send every AWS request to this URL instead (an emulator); wins over AWS_ENDPOINT_URL and the profile's own.</source>
            <translation>Send every AWS request to this URL instead (an emulator); wins over AWS_ENDPOINT_URL and the profile's own.</translation>
        </message>
        <message>
            <source>--identity: %1 is not the account %2 that --profile %3 acts as; give one of them.</source>
            <translation>--identity: %1 is not the account %2 that --profile %3 acts as; give one of them.</translation>
        </message>
        <message>
            <source>--endpoint-url: “%1” is not an http:// or https:// URL.</source>
            <translation>--endpoint-url: “%1” is not an http:// or https:// URL.</translation>
        </message>
        <message>
            <source>the code of the MFA device %1 could not be asked: standard input is not a terminal. Run the command in a terminal, or use a profile without an MFA device.</source>
            <translation>the code of the MFA device %1 could not be asked: standard input is not a terminal. Run the command in a terminal, or use a profile without an MFA device.</translation>
        </message>
        <message>
            <source>MFA code for %1: </source>
            <translation>MFA code for %1: </translation>
        </message>
        <message>
            <source>--profile: the workspace has no profile named %1 (see “profiles list”).</source>
            <translation>--profile: the workspace has no profile named %1 (see “profiles list”).</translation>
        </message>
        <message>
            <source>--cached: the profile %1 was never tested, so the workspace holds nothing of its account yet. Run “pipelinedesk-cli profiles test %1” or leave out --cached.</source>
            <translation>--cached: the profile %1 was never tested, so the workspace holds nothing of its account yet. Run “pipelinedesk-cli profiles test %1” or leave out --cached.</translation>
        </message>
        <message>
            <source>Syncing %1: %2 of %3 requests, %4</source>
            <translation>Syncing %1: %2 of %3 requests, %4</translation>
        </message>
        <message>
            <source>cancelled; what was read before stays in the workspace, and nothing was left half written.</source>
            <translation>cancelled; what was read before stays in the workspace, and nothing was left half written.</translation>
        </message>
        <message>
            <source>--cached: sync reads the cloud; it cannot work without the network.</source>
            <translation>--cached: sync reads the cloud; it cannot work without the network.</translation>
        </message>
        <message>
            <source>no connected accounts to sync. Connect one with “pipelinedesk-cli profiles test NAME”.</source>
            <translation>no connected accounts to sync. Connect one with “pipelinedesk-cli profiles test NAME”.</translation>
        </message>
        <message>
            <source>ok</source>
            <translation>ok</translation>
        </message>
        <message>
            <source>SYNC</source>
            <translation>SYNC</translation>
        </message>
        <message>
            <source>PIPELINES</source>
            <translation>PIPELINES</translation>
        </message>
        <message>
            <source>EXECUTIONS</source>
            <translation>EXECUTIONS</translation>
        </message>
        <message>
            <source>RULES</source>
            <translation>RULES</translation>
        </message>
        <message>
            <source>SCHEDULES</source>
            <translation>SCHEDULES</translation>
        </message>
        <message>
            <source>SHARES</source>
            <translation>SHARES</translation>
        </message>
        <message>
            <source>INVITATIONS</source>
            <translation>INVITATIONS</translation>
        </message>
        <message>
            <source>DELETED</source>
            <translation>DELETED</translation>
        </message>
        <message>
            <source>REQUESTS</source>
            <translation>REQUESTS</translation>
        </message>
        <message>
            <source>Read connected accounts from the cloud into the workspace: the one of --profile, or every connected account; prints what was read.</source>
            <translation>Read connected accounts from the cloud into the workspace: the one of --profile, or every connected account; prints what was read.</translation>
        </message>
        <message>
            <source>Pipelines, executions, rules, schedules, resource shares and invitations are read page by page; what the cloud no longer has is removed from the workspace. On a terminal, stderr shows the progress. Ctrl+C cancels (exit 130); what was read stays. When one account fails, the others are still synced and the exit code is the first failure's.</source>
            <translation>Pipelines, executions, rules, schedules, resource shares and invitations are read page by page; what the cloud no longer has is removed from the workspace. On a terminal, stderr shows the progress. Ctrl+C cancels (exit 130); what was read stays. When one account fails, the others are still synced and the exit code is the first failure's.</translation>
        </message>
        <message>
            <source>--cached: an action on a connected account goes to the cloud first; it cannot work without the network.</source>
            <translation>--cached: an action on a connected account goes to the cloud first; it cannot work without the network.</translation>
        </message>
        <message>
            <source>Stopped waiting; execution %1 is still %2 and goes on in the cloud.</source>
            <translation>Stopped waiting; execution %1 is still %2 and goes on in the cloud.</translation>
        </message>
        <message>
            <source>profiles test needs the profile's name: “profiles test NAME”.</source>
            <translation>profiles test needs the profile's name: “profiles test NAME”.</translation>
        </message>
        <message>
            <source>--cached: testing a profile asks the cloud; it cannot work without the network.</source>
            <translation>--cached: testing a profile asks the cloud; it cannot work without the network.</translation>
        </message>
        <message>
            <source>there is no profile named %1 in this workspace (see “profiles list”).</source>
            <translation>there is no profile named %1 in this workspace (see “profiles list”).</translation>
        </message>
        <message>
            <source>Account: %1</source>
            <translation>Account: %1</translation>
        </message>
        <message>
            <source>Arn: %1</source>
            <translation>Arn: %1</translation>
        </message>
        <message>
            <source>UserId: %1</source>
            <translation>UserId: %1</translation>
        </message>
        <message>
            <source>Connected account %1 (%2) through the profile %3.</source>
            <translation>Connected account %1 (%2) through the profile %3.</translation>
        </message>
        <message>
            <source>Call sts:GetCallerIdentity with a profile; prints the account, ARN and user id it reached and connects that account.</source>
            <translation>Call sts:GetCallerIdentity with a profile; prints the account, ARN and user id it reached and connects that account.</translation>
        </message>
        <message>
            <source>The profile's name (or give it after the verb).</source>
            <translation>The profile's name (or give it after the verb).</translation>
        </message>
        <message>
            <source>With --json the answer has GetCallerIdentity's shape: UserId, Account, Arn. The account reached becomes a connected account of the workspace, named after the profile when new; --profile NAME then acts as it. A refusal is printed as AWS said it, with the request id: exit 3 when the credentials are refused or not allowed, 2 for invalid input, 1 otherwise.</source>
            <translation>With --json the answer has GetCallerIdentity's shape: UserId, Account, Arn. The account reached becomes a connected account of the workspace, named after the profile when new; --profile NAME then acts as it. A refusal is printed as AWS said it, with the request id: exit 3 when the credentials are refused or not allowed, 2 for invalid input, 1 otherwise.</translation>
        </message>
        <message>
            <source>The cloud did not remove the target %1 of the rule, so the rule was not deleted: %2</source>
            <translation>The cloud did not remove the target %1 of the rule, so the rule was not deleted: %2</translation>
        </message>
        <message>
            <source>Cancelled.</source>
            <translation>Cancelled.</translation>
        </message>
        <message>
            <source>%1: put on EventBridge, which starts the targets of the rules it matches</source>
            <translation>%1: put on EventBridge, which starts the targets of the rules it matches</translation>
        </message>
        <message>
            <source>Put events on the event bus: matching rules start their targets (put-events). A connected account's events go to EventBridge.</source>
            <translation>Put events on the event bus: matching rules start their targets (put-events). A connected account's events go to EventBridge.</translation>
        </message>
        <message>
            <source>RAM has no operation that stops sharing with AWS Organizations: for the connected account %1 it is turned off in AWS Organizations, by disabling trusted access for AWS RAM.</source>
            <translation>RAM has no operation that stops sharing with AWS Organizations: for the connected account %1 it is turned off in AWS Organizations, by disabling trusted access for AWS RAM.</translation>
        </message>
        <message>
            <source>role-arn: a pipeline of a connected account runs in the cloud as an IAM role; name it (arn:aws:iam::&lt;account&gt;:role/&lt;name&gt;).</source>
            <translation>role-arn: a pipeline of a connected account runs in the cloud as an IAM role; name it (arn:aws:iam::&lt;account&gt;:role/&lt;name&gt;).</translation>
        </message>
        <message>
            <source>target %1: %2 (%3)</source>
            <translation>target %1: %2 (%3)</translation>
        </message>
        <message>
            <source>The cloud did not put these targets of the rule “%1”: %2</source>
            <translation>The cloud did not put these targets of the rule “%1”: %2</translation>
        </message>
        <message>
            <source>The cloud did not remove these targets of the rule “%1”: %2</source>
            <translation>The cloud did not remove these targets of the rule “%1”: %2</translation>
        </message>
        <message>
            <source>The rule “%1” was saved in the cloud, but its targets were not all changed: %2</source>
            <translation>The rule “%1” was saved in the cloud, but its targets were not all changed: %2</translation>
        </message>
        <message>
            <source>%1: “%2” is not an ISO-8601 instant.</source>
            <translation>%1: “%2” is not an ISO-8601 instant.</translation>
        </message>
        <message>
            <source>--name: EventBridge cannot rename a rule or move it to another event bus; keep “%1” on “%2”, or create a new rule and delete this one.</source>
            <translation>--name: EventBridge cannot rename a rule or move it to another event bus; keep “%1” on “%2”, or create a new rule and delete this one.</translation>
        </message>
        <message>
            <source>missed: EventBridge Scheduler has no missed-run policy (it runs in the cloud, so no slot waits for this computer); a connected account's schedule cannot have one. Leave it out.</source>
            <translation>missed: EventBridge Scheduler has no missed-run policy (it runs in the cloud, so no slot waits for this computer); a connected account's schedule cannot have one. Leave it out.</translation>
        </message>
        <message>
            <source>overlap: EventBridge Scheduler has no overlap policy (it starts every slot, whether the previous execution still runs or not); a connected account's schedule cannot have one. Leave it out.</source>
            <translation>overlap: EventBridge Scheduler has no overlap policy (it starts every slot, whether the previous execution still runs or not); a connected account's schedule cannot have one. Leave it out.</translation>
        </message>
        <message>
            <source>expression: EventBridge Scheduler knows only at(), rate() and cron(); “%1” is run by the local engine only. Write it as “%2” (the same instants).</source>
            <translation>expression: EventBridge Scheduler knows only at(), rate() and cron(); “%1” is run by the local engine only. Write it as “%2” (the same instants).</translation>
        </message>
        <message>
            <source>expression: EventBridge Scheduler knows only at(), rate() and cron(); “%1” is run by the local engine only, and has no cron() or rate() with the same instants.</source>
            <translation>expression: EventBridge Scheduler knows only at(), rate() and cron(); “%1” is run by the local engine only, and has no cron() or rate() with the same instants.</translation>
        </message>
        <message>
            <source>timezone: EventBridge Scheduler takes IANA zone names only; write “%1” for “%2”.</source>
            <translation>timezone: EventBridge Scheduler takes IANA zone names only; write “%1” for “%2”.</translation>
        </message>
        <message>
            <source>parameter: %1: the ${{…}} macros are filled in by the local engine only; EventBridge Scheduler would pass “%2” as written. For the time of the slot, write &lt;aws.scheduler.scheduled-time&gt;.</source>
            <translation>parameter: %1: the ${{…}} macros are filled in by the local engine only; EventBridge Scheduler would pass “%2” as written. For the time of the slot, write &lt;aws.scheduler.scheduled-time&gt;.</translation>
        </message>
        <message>
            <source>role-arn: EventBridge Scheduler starts the pipeline with a role it assumes, so a connected account's schedule needs one: the ARN of a role that scheduler.amazonaws.com may assume and that may start the pipeline.</source>
            <translation>role-arn: EventBridge Scheduler starts the pipeline with a role it assumes, so a connected account's schedule needs one: the ARN of a role that scheduler.amazonaws.com may assume and that may start the pipeline.</translation>
        </message>
        <message>
            <source>target-pipeline: the schedule's target is not a SageMaker pipeline; name the pipeline to start with these parameters.</source>
            <translation>target-pipeline: the schedule's target is not a SageMaker pipeline; name the pipeline to start with these parameters.</translation>
        </message>
        <message>
            <source>The cloud did not make every association of the resource share: %1</source>
            <translation>The cloud did not make every association of the resource share: %1</translation>
        </message>
        <message>
            <source>permission-arns: RAM's UpdateResourceShare does not change the permission of the connected account's resource share %1. Change it in the AWS console, or share the pipelines again with the other permission.</source>
            <translation>permission-arns: RAM's UpdateResourceShare does not change the permission of the connected account's resource share %1. Change it in the AWS console, or share the pipelines again with the other permission.</translation>
        </message>
        <message>
            <source>The cloud did not enable sharing with AWS Organizations.</source>
            <translation>The cloud did not enable sharing with AWS Organizations.</translation>
        </message>
        <message numerus="yes">
            <source>%1: %n target(s) started</source>
            <translation>
                <numerusform>%1: %n target started</numerusform>
                <numerusform>%1: %n targets started</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>, %n failed</source>
            <translation>
                <numerusform>, %n failed</numerusform>
                <numerusform>, %n failed</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>Pd::AccountFormDialog</name>
        <message>
            <source>Edit account %1</source>
            <translation>Edit account %1</translation>
        </message>
        <message>
            <source>Add an account</source>
            <translation>Add an account</translation>
        </message>
        <message>
            <source>Account &amp;ID:</source>
            <translation>Account &amp;ID:</translation>
        </message>
        <message>
            <source>&amp;Name:</source>
            <translation>&amp;Name:</translation>
        </message>
        <message>
            <source>&amp;Email:</source>
            <translation>&amp;Email:</translation>
        </message>
        <message>
            <source>&amp;Organization:</source>
            <translation>&amp;Organization:</translation>
        </message>
        <message>
            <source>Organizational &amp;unit:</source>
            <translation>Organizational &amp;unit:</translation>
        </message>
        <message>
            <source>12 digits, as AWS account ids are.</source>
            <translation>12 digits, as AWS account ids are.</translation>
        </message>
        <message>
            <source>optional</source>
            <translation>optional</translation>
        </message>
        <message>
            <source>New organization…</source>
            <translation>New organization…</translation>
        </message>
        <message>
            <source>None</source>
            <translation>None</translation>
        </message>
        <message>
            <source>None (directly under the root)</source>
            <translation>None (directly under the root)</translation>
        </message>
    </context>
    <context>
        <name>Pd::AccountTableModel</name>
        <message>
            <source>Account ID</source>
            <translation>Account ID</translation>
        </message>
        <message>
            <source>Name</source>
            <translation>Name</translation>
        </message>
        <message>
            <source>Email</source>
            <translation>Email</translation>
        </message>
        <message>
            <source>Organization</source>
            <translation>Organization</translation>
        </message>
        <message>
            <source>Organizational unit</source>
            <translation>Organizational unit</translation>
        </message>
    </context>
    <context>
        <name>Pd::AccountsDialog</name>
        <message>
            <source>Accounts</source>
            <translation>Accounts</translation>
        </message>
        <message>
            <source>The accounts of this workspace. Every page acts as one of them (“Act as” in the tool bar).</source>
            <translation>The accounts of this workspace. Every page acts as one of them (“Act as” in the tool bar).</translation>
        </message>
        <message>
            <source>&amp;Add…</source>
            <translation>&amp;Add…</translation>
        </message>
        <message>
            <source>&amp;Edit…</source>
            <translation>&amp;Edit…</translation>
        </message>
        <message>
            <source>&amp;Delete</source>
            <translation>&amp;Delete</translation>
        </message>
        <message>
            <source>New &amp;organization…</source>
            <translation>New &amp;organization…</translation>
        </message>
        <message>
            <source>Create an organization managed by one of the accounts.</source>
            <translation>Create an organization managed by one of the accounts.</translation>
        </message>
        <message>
            <source>Added account %1.</source>
            <translation>Added account %1.</translation>
        </message>
        <message>
            <source>Saved account %1.</source>
            <translation>Saved account %1.</translation>
        </message>
        <message>
            <source>Delete account</source>
            <translation>Delete account</translation>
        </message>
        <message>
            <source>Delete account %1? Its audit entries stay; the account itself cannot be restored.</source>
            <translation>Delete account %1? Its audit entries stay; the account itself cannot be restored.</translation>
        </message>
        <message>
            <source>Deleted account %1.</source>
            <translation>Deleted account %1.</translation>
        </message>
        <message>
            <source>Created organization %1 (%2).</source>
            <translation>Created organization %1 (%2).</translation>
        </message>
    </context>
    <context>
        <name>Pd::ActivityPage</name>
        <message>
            <source>Activity</source>
            <translation>Activity</translation>
        </message>
        <message>
            <source>&amp;Object:</source>
            <translation>&amp;Object:</translation>
        </message>
        <message>
            <source>ARN or name</source>
            <translation>ARN or name</translation>
        </message>
        <message>
            <source>&amp;Account:</source>
            <translation>&amp;Account:</translation>
        </message>
        <message>
            <source>A&amp;ction:</source>
            <translation>A&amp;ction:</translation>
        </message>
        <message>
            <source>O&amp;utcome:</source>
            <translation>O&amp;utcome:</translation>
        </message>
        <message>
            <source>&amp;Period:</source>
            <translation>&amp;Period:</translation>
        </message>
        <message>
            <source>Any outcome</source>
            <translation>Any outcome</translation>
        </message>
        <message>
            <source>Succeeded</source>
            <translation>Succeeded</translation>
        </message>
        <message>
            <source>Failed</source>
            <translation>Failed</translation>
        </message>
        <message>
            <source>Any time</source>
            <translation>Any time</translation>
        </message>
        <message>
            <source>Last hour</source>
            <translation>Last hour</translation>
        </message>
        <message>
            <source>Last 24 hours</source>
            <translation>Last 24 hours</translation>
        </message>
        <message>
            <source>Last 7 days</source>
            <translation>Last 7 days</translation>
        </message>
        <message>
            <source>Last 30 days</source>
            <translation>Last 30 days</translation>
        </message>
        <message>
            <source>All accounts</source>
            <translation>All accounts</translation>
        </message>
        <message>
            <source>All actions</source>
            <translation>All actions</translation>
        </message>
        <message>
            <source>Nothing was recorded that matches the filters.</source>
            <translation>Nothing was recorded that matches the filters.</translation>
        </message>
        <message>
            <source>Select a row to see all of it.</source>
            <translation>Select a row to see all of it.</translation>
        </message>
        <message>
            <source>When: %1 (%2)</source>
            <translation>When: %1 (%2)</translation>
        </message>
        <message>
            <source>Account: %1</source>
            <translation>Account: %1</translation>
        </message>
        <message>
            <source>By: %1</source>
            <translation>By: %1</translation>
        </message>
        <message>
            <source>Action: %1 (%2)</source>
            <translation>Action: %1 (%2)</translation>
        </message>
        <message>
            <source>Target: %1</source>
            <translation>Target: %1</translation>
        </message>
        <message>
            <source>Outcome: %1</source>
            <translation>Outcome: %1</translation>
        </message>
        <message>
            <source>Detail: %1</source>
            <translation>Detail: %1</translation>
        </message>
    </context>
    <context>
        <name>Pd::AuditTableModel</name>
        <message>
            <source>When</source>
            <translation>When</translation>
        </message>
        <message>
            <source>Identity</source>
            <translation>Identity</translation>
        </message>
        <message>
            <source>By</source>
            <translation>By</translation>
        </message>
        <message>
            <source>Action</source>
            <translation>Action</translation>
        </message>
        <message>
            <source>Target</source>
            <translation>Target</translation>
        </message>
        <message>
            <source>Outcome</source>
            <translation>Outcome</translation>
        </message>
        <message>
            <source>Scheduler engine</source>
            <translation>Scheduler engine</translation>
        </message>
        <message>
            <source>Event bus</source>
            <translation>Event bus</translation>
        </message>
        <message>
            <source>Succeeded</source>
            <translation>Succeeded</translation>
        </message>
        <message>
            <source>Failed: %1</source>
            <translation>Failed: %1</translation>
        </message>
    </context>
    <context>
        <name>Pd::AwsCall</name>
        <message>
            <source>the call was cancelled</source>
            <translation>the call was cancelled</translation>
        </message>
        <message>
            <source>the access key id or the secret access key is missing</source>
            <translation>the access key id or the secret access key is missing</translation>
        </message>
        <message>
            <source>there is no endpoint for the service %1: set a region or an endpoint URL</source>
            <translation>there is no endpoint for the service %1: set a region or an endpoint URL</translation>
        </message>
        <message>
            <source>the answer broke off after %1 of %2 bytes</source>
            <translation>the answer broke off after %1 of %2 bytes</translation>
        </message>
        <message>
            <source>the connection closed before the end of the answer</source>
            <translation>the connection closed before the end of the answer</translation>
        </message>
        <message>
            <source>the answer is not HTTP</source>
            <translation>the answer is not HTTP</translation>
        </message>
        <message>
            <source>no answer within %1 ms</source>
            <translation>no answer within %1 ms</translation>
        </message>
        <message>
            <source>the call took longer than %1 ms</source>
            <translation>the call took longer than %1 ms</translation>
        </message>
    </context>
    <context>
        <name>Pd::BusyAction</name>
        <message>
            <source>Cancelled. The cloud may have done it all the same; refresh (F5) to see.</source>
            <translation>Cancelled. The cloud may have done it all the same; refresh (F5) to see.</translation>
        </message>
        <message>
            <source>The cloud refused</source>
            <translation>The cloud refused</translation>
        </message>
        <message>
            <source>Cancel</source>
            <translation>Cancel</translation>
        </message>
        <message>
            <source>Stop waiting for the cloud's answer.</source>
            <translation>Stop waiting for the cloud's answer.</translation>
        </message>
    </context>
    <context>
        <name>Pd::CloudJob</name>
        <message>
            <source>Cancelled.</source>
            <translation>Cancelled.</translation>
        </message>
    </context>
    <context>
        <name>Pd::ConnectionBanner</name>
        <message>
            <source>Connected through profile %1 · not synced yet</source>
            <translation>Connected through profile %1 · not synced yet</translation>
        </message>
        <message>
            <source>Connected through profile %1 · as of %2, %3</source>
            <translation>Connected through profile %1 · as of %2, %3</translation>
        </message>
        <message>
            <source>Offline through profile %1</source>
            <translation>Offline through profile %1</translation>
        </message>
        <message>
            <source>The credentials of profile %1 expired: renew them, then refresh (F5)</source>
            <translation>The credentials of profile %1 expired: renew them, then refresh (F5)</translation>
        </message>
        <message>
            <source>Profile %1 cannot connect: fix it under Connections</source>
            <translation>Profile %1 cannot connect: fix it under Connections</translation>
        </message>
        <message>
            <source>%1 · not synced yet · actions are disabled: %2</source>
            <translation>%1 · not synced yet · actions are disabled: %2</translation>
        </message>
        <message>
            <source>%1 · as of %2, %3 · actions are disabled: %4</source>
            <translation>%1 · as of %2, %3 · actions are disabled: %4</translation>
        </message>
    </context>
    <context>
        <name>Pd::ConnectionsDialog</name>
        <message>
            <source>Connections</source>
            <translation>Connections</translation>
        </message>
        <message>
            <source>AWS profiles connect this workspace to real accounts. Their settings are kept in the workspace; their keys only in the system keychain.</source>
            <translation>AWS profiles connect this workspace to real accounts. Their settings are kept in the workspace; their keys only in the system keychain.</translation>
        </message>
        <message>
            <source>&amp;Add…</source>
            <translation>&amp;Add…</translation>
        </message>
        <message>
            <source>&amp;Edit…</source>
            <translation>&amp;Edit…</translation>
        </message>
        <message>
            <source>&amp;Test</source>
            <translation>&amp;Test</translation>
        </message>
        <message>
            <source>&amp;Remove</source>
            <translation>&amp;Remove</translation>
        </message>
        <message>
            <source>&amp;Import from AWS CLI…</source>
            <translation>&amp;Import from AWS CLI…</translation>
        </message>
        <message>
            <source>Reads %1 and %2.</source>
            <translation>Reads %1 and %2.</translation>
        </message>
        <message>
            <source>Added profile %1.</source>
            <translation>Added profile %1.</translation>
        </message>
        <message>
            <source>Saved profile %1.</source>
            <translation>Saved profile %1.</translation>
        </message>
        <message>
            <source>Remove profile</source>
            <translation>Remove profile</translation>
        </message>
        <message>
            <source>Remove profile %1? Its keys are deleted from the keychain; the AWS CLI's own files are not touched.</source>
            <translation>Remove profile %1? Its keys are deleted from the keychain; the AWS CLI's own files are not touched.</translation>
        </message>
        <message>
            <source>Removed profile %1.</source>
            <translation>Removed profile %1.</translation>
        </message>
        <message>
            <source>Ask the cloud who this profile is and in which account; that account then appears connected.</source>
            <translation>Ask the cloud who this profile is and in which account; that account then appears connected.</translation>
        </message>
        <message>
            <source>Testing a profile needs the main window's connections.</source>
            <translation>Testing a profile needs the main window's connections.</translation>
        </message>
        <message>
            <source>Cancel test</source>
            <translation>Cancel test</translation>
        </message>
        <message>
            <source>Account %1 as %2</source>
            <translation>Account %1 as %2</translation>
        </message>
        <message>
            <source>Testing profile %1…</source>
            <translation>Testing profile %1…</translation>
        </message>
        <message>
            <source>Profile %1 reached account %2 as %3. The account is connected: choose it under "Act as" and refresh (F5) to read it.</source>
            <translation>Profile %1 reached account %2 as %3. The account is connected: choose it under "Act as" and refresh (F5) to read it.</translation>
        </message>
        <message>
            <source>Test of profile %1 cancelled.</source>
            <translation>Test of profile %1 cancelled.</translation>
        </message>
    </context>
    <context>
        <name>Pd::CrossAccountExecutionModel</name>
        <message>
            <source>Pipeline</source>
            <translation>Pipeline</translation>
        </message>
        <message>
            <source>Owner account</source>
            <translation>Owner account</translation>
        </message>
        <message>
            <source>Execution</source>
            <translation>Execution</translation>
        </message>
        <message>
            <source>Status</source>
            <translation>Status</translation>
        </message>
        <message>
            <source>Started</source>
            <translation>Started</translation>
        </message>
        <message>
            <source>Ended</source>
            <translation>Ended</translation>
        </message>
        <message>
            <source>Started by account</source>
            <translation>Started by account</translation>
        </message>
        <message>
            <source>Permission</source>
            <translation>Permission</translation>
        </message>
    </context>
    <context>
        <name>Pd::CrossAccountExecutionsView</name>
        <message numerus="yes">
            <source>%n execution(s)</source>
            <translation>
                <numerusform>%n execution</numerusform>
                <numerusform>%n executions</numerusform>
            </translation>
        </message>
        <message>
            <source>Select an execution to start its pipeline again.</source>
            <translation>Select an execution to start its pipeline again.</translation>
        </message>
        <message>
            <source>Select an executing execution to stop it.</source>
            <translation>Select an executing execution to stop it.</translation>
        </message>
        <message>
            <source>Select a failed execution to retry it.</source>
            <translation>Select a failed execution to retry it.</translation>
        </message>
        <message>
            <source>Start a new execution of %1 in account %2.</source>
            <translation>Start a new execution of %1 in account %2.</translation>
        </message>
        <message>
            <source>Stop this execution.</source>
            <translation>Stop this execution.</translation>
        </message>
        <message>
            <source>Retry the failed and never-run steps of this execution.</source>
            <translation>Retry the failed and never-run steps of this execution.</translation>
        </message>
        <message>
            <source>Started %1.</source>
            <translation>Started %1.</translation>
        </message>
        <message>
            <source>Stopping %1.</source>
            <translation>Stopping %1.</translation>
        </message>
        <message>
            <source>Retrying %1.</source>
            <translation>Retrying %1.</translation>
        </message>
        <message>
            <source>Filter by pipeline, owner, execution or account</source>
            <translation>Filter by pipeline, owner, execution or account</translation>
        </message>
        <message>
            <source>S&amp;tatus:</source>
            <translation>S&amp;tatus:</translation>
        </message>
        <message>
            <source>All statuses</source>
            <translation>All statuses</translation>
        </message>
        <message>
            <source>&amp;Start</source>
            <translation>&amp;Start</translation>
        </message>
        <message>
            <source>St&amp;op</source>
            <translation>St&amp;op</translation>
        </message>
        <message>
            <source>&amp;Retry</source>
            <translation>&amp;Retry</translation>
        </message>
        <message>
            <source>Starting pipeline %1…</source>
            <translation>Starting pipeline %1…</translation>
        </message>
        <message>
            <source>Stopping execution %1…</source>
            <translation>Stopping execution %1…</translation>
        </message>
        <message>
            <source>Retrying execution %1…</source>
            <translation>Retrying execution %1…</translation>
        </message>
        <message>
            <source>Stop execution</source>
            <translation>Stop execution</translation>
        </message>
        <message>
            <source>Stop the execution “%1” of pipeline %2?

Its running steps are stopped and it ends as Stopped; Retry cannot resume a stopped execution.</source>
            <translation>Stop the execution “%1” of pipeline %2?

Its running steps are stopped and it ends as Stopped; Retry cannot resume a stopped execution.</translation>
        </message>
    </context>
    <context>
        <name>Pd::DeadLetterTableModel</name>
        <message>
            <source>Id</source>
            <translation>Id</translation>
        </message>
        <message>
            <source>Schedule</source>
            <translation>Schedule</translation>
        </message>
        <message>
            <source>Scheduled</source>
            <translation>Scheduled</translation>
        </message>
        <message>
            <source>Dead-lettered</source>
            <translation>Dead-lettered</translation>
        </message>
        <message>
            <source>Reason</source>
            <translation>Reason</translation>
        </message>
    </context>
    <context>
        <name>Pd::DeadLetterView</name>
        <message>
            <source>&amp;Retry now</source>
            <translation>&amp;Retry now</translation>
        </message>
        <message>
            <source>C&amp;lear</source>
            <translation>C&amp;lear</translation>
        </message>
        <message>
            <source>Removes the selected dead letters; with none selected, all of them.</source>
            <translation>Removes the selected dead letters; with none selected, all of them.</translation>
        </message>
        <message numerus="yes">
            <source>%n execution(s) started.</source>
            <translation>
                <numerusform>%n execution started.</numerusform>
                <numerusform>%n executions started.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n dead letter(s) cleared.</source>
            <translation>
                <numerusform>%n dead letter cleared.</numerusform>
                <numerusform>%n dead letters cleared.</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>Pd::DiscardGuard</name>
        <message>
            <source>Discard entries</source>
            <translation>Discard entries</translation>
        </message>
        <message>
            <source>Close “%1” and discard what you entered?</source>
            <translation>Close “%1” and discard what you entered?</translation>
        </message>
    </context>
    <context>
        <name>Pd::ExecutionActions</name>
        <message>
            <source>Account %1 is offline (%2). Refresh (F5) to reconnect first.</source>
            <translation>Account %1 is offline (%2). Refresh (F5) to reconnect first.</translation>
        </message>
        <message>
            <source>Only an executing execution can be stopped; this one is %1.</source>
            <translation>Only an executing execution can be stopped; this one is %1.</translation>
        </message>
        <message>
            <source>Only a failed execution can be retried; this one is %1.</source>
            <translation>Only a failed execution can be retried; this one is %1.</translation>
        </message>
    </context>
    <context>
        <name>Pd::ExecutionDetailWidget</name>
        <message>
            <source>Select an execution to see its steps, parameters and timeline.</source>
            <translation>Select an execution to see its steps, parameters and timeline.</translation>
        </message>
        <message>
            <source>Started %1 by %2 (%3), account %4</source>
            <translation>Started %1 by %2 (%3), account %4</translation>
        </message>
        <message>
            <source>ended %1</source>
            <translation>ended %1</translation>
        </message>
        <message>
            <source>Graph</source>
            <translation>Graph</translation>
        </message>
        <message>
            <source>Steps</source>
            <translation>Steps</translation>
        </message>
        <message>
            <source>Parameters</source>
            <translation>Parameters</translation>
        </message>
        <message>
            <source>Timeline</source>
            <translation>Timeline</translation>
        </message>
    </context>
    <context>
        <name>Pd::ExecutionParameterModel</name>
        <message>
            <source>Name</source>
            <translation>Name</translation>
        </message>
        <message>
            <source>Value</source>
            <translation>Value</translation>
        </message>
    </context>
    <context>
        <name>Pd::ExecutionStepModel</name>
        <message>
            <source>Step</source>
            <translation>Step</translation>
        </message>
        <message>
            <source>Type</source>
            <translation>Type</translation>
        </message>
        <message>
            <source>Status</source>
            <translation>Status</translation>
        </message>
        <message>
            <source>Started</source>
            <translation>Started</translation>
        </message>
        <message>
            <source>Ended</source>
            <translation>Ended</translation>
        </message>
        <message>
            <source>Attempt</source>
            <translation>Attempt</translation>
        </message>
        <message>
            <source>Failure reason</source>
            <translation>Failure reason</translation>
        </message>
        <message>
            <source>Not started</source>
            <translation>Not started</translation>
        </message>
    </context>
    <context>
        <name>Pd::ExecutionTableModel</name>
        <message>
            <source>%1 as %2</source>
            <translation>%1 as %2</translation>
        </message>
        <message>
            <source>Schedule %1</source>
            <translation>Schedule %1</translation>
        </message>
        <message>
            <source>Rule %1</source>
            <translation>Rule %1</translation>
        </message>
        <message>
            <source>Retry by %1 as %2</source>
            <translation>Retry by %1 as %2</translation>
        </message>
        <message>
            <source>Execution</source>
            <translation>Execution</translation>
        </message>
        <message>
            <source>Pipeline</source>
            <translation>Pipeline</translation>
        </message>
        <message>
            <source>Status</source>
            <translation>Status</translation>
        </message>
        <message>
            <source>Started</source>
            <translation>Started</translation>
        </message>
        <message>
            <source>Ended</source>
            <translation>Ended</translation>
        </message>
        <message>
            <source>Started by</source>
            <translation>Started by</translation>
        </message>
    </context>
    <context>
        <name>Pd::ExecutionTimelineModel</name>
        <message>
            <source>Time</source>
            <translation>Time</translation>
        </message>
        <message>
            <source>Event</source>
            <translation>Event</translation>
        </message>
        <message>
            <source>Execution started by %1</source>
            <translation>Execution started by %1</translation>
        </message>
        <message>
            <source>Step %1 started</source>
            <translation>Step %1 started</translation>
        </message>
        <message>
            <source>Step %1 ended: %2</source>
            <translation>Step %1 ended: %2</translation>
        </message>
        <message>
            <source>Execution ended: %1</source>
            <translation>Execution ended: %1</translation>
        </message>
    </context>
    <context>
        <name>Pd::ExecutionsPage</name>
        <message>
            <source>Any status</source>
            <translation>Any status</translation>
        </message>
        <message>
            <source>Started by anything</source>
            <translation>Started by anything</translation>
        </message>
        <message>
            <source>Any time</source>
            <translation>Any time</translation>
        </message>
        <message>
            <source>Last hour</source>
            <translation>Last hour</translation>
        </message>
        <message>
            <source>Last 24 hours</source>
            <translation>Last 24 hours</translation>
        </message>
        <message>
            <source>Last 7 days</source>
            <translation>Last 7 days</translation>
        </message>
        <message>
            <source>Last 30 days</source>
            <translation>Last 30 days</translation>
        </message>
        <message>
            <source>All pipelines</source>
            <translation>All pipelines</translation>
        </message>
        <message>
            <source>%1 (account %2)</source>
            <translation>%1 (account %2)</translation>
        </message>
        <message>
            <source>This account has no pipelines it may start.</source>
            <translation>This account has no pipelines it may start.</translation>
        </message>
        <message>
            <source>Start an execution with parameters you choose.</source>
            <translation>Start an execution with parameters you choose.</translation>
        </message>
        <message>
            <source>Select an execution first.</source>
            <translation>Select an execution first.</translation>
        </message>
        <message>
            <source>Stop this execution and its running steps.</source>
            <translation>Stop this execution and its running steps.</translation>
        </message>
        <message>
            <source>Run the failed and never-run steps again, keeping the succeeded ones.</source>
            <translation>Run the failed and never-run steps again, keeping the succeeded ones.</translation>
        </message>
        <message>
            <source>Started %1.</source>
            <translation>Started %1.</translation>
        </message>
        <message>
            <source>Retrying %1.</source>
            <translation>Retrying %1.</translation>
        </message>
        <message>
            <source>Stopping %1.</source>
            <translation>Stopping %1.</translation>
        </message>
        <message>
            <source>Executions</source>
            <translation>Executions</translation>
        </message>
        <message>
            <source>&amp;Pipeline:</source>
            <translation>&amp;Pipeline:</translation>
        </message>
        <message>
            <source>S&amp;tatus:</source>
            <translation>S&amp;tatus:</translation>
        </message>
        <message>
            <source>Started &amp;by:</source>
            <translation>Started &amp;by:</translation>
        </message>
        <message>
            <source>&amp;When:</source>
            <translation>&amp;When:</translation>
        </message>
        <message>
            <source>&amp;Start…</source>
            <translation>&amp;Start…</translation>
        </message>
        <message>
            <source>St&amp;op</source>
            <translation>St&amp;op</translation>
        </message>
        <message>
            <source>&amp;Retry</source>
            <translation>&amp;Retry</translation>
        </message>
        <message>
            <source>Retrying %1…</source>
            <translation>Retrying %1…</translation>
        </message>
        <message>
            <source>Stopping %1…</source>
            <translation>Stopping %1…</translation>
        </message>
        <message>
            <source>Cancelled. The cloud may have done it all the same; refresh (F5) to see.</source>
            <translation>Cancelled. The cloud may have done it all the same; refresh (F5) to see.</translation>
        </message>
        <message>
            <source>The cloud refused</source>
            <translation>The cloud refused</translation>
        </message>
        <message>
            <source>Cancel</source>
            <translation>Cancel</translation>
        </message>
        <message>
            <source>Stop waiting for the cloud's answer.</source>
            <translation>Stop waiting for the cloud's answer.</translation>
        </message>
        <message>
            <source>Stop the execution “%1” of pipeline %2?

Its running steps are stopped and it ends as Stopped; Retry cannot resume a stopped execution.</source>
            <translation>Stop the execution “%1” of pipeline %2?

Its running steps are stopped and it ends as Stopped; Retry cannot resume a stopped execution.</translation>
        </message>
        <message>
            <source>Stop execution</source>
            <translation>Stop execution</translation>
        </message>
        <message>
            <source>Started %1. The filters hide it from the list.</source>
            <translation>Started %1. The filters hide it from the list.</translation>
        </message>
        <message>
            <source>Show it</source>
            <translation>Show it</translation>
        </message>
        <message>
            <source>Clear the filters and select the execution.</source>
            <translation>Clear the filters and select the execution.</translation>
        </message>
    </context>
    <context>
        <name>Pd::ExportDialog</name>
        <message>
            <source>Export</source>
            <translation>Export</translation>
        </message>
        <message>
            <source>Export %1</source>
            <translation>Export %1</translation>
        </message>
        <message>
            <source>&amp;Format:</source>
            <translation>&amp;Format:</translation>
        </message>
        <message>
            <source>&amp;Copy</source>
            <translation>&amp;Copy</translation>
        </message>
        <message>
            <source>Copies the document to the clipboard.</source>
            <translation>Copies the document to the clipboard.</translation>
        </message>
        <message>
            <source>&amp;Save to file…</source>
            <translation>&amp;Save to file…</translation>
        </message>
        <message>
            <source>Close</source>
            <translation>Close</translation>
        </message>
        <message numerus="yes">
            <source>Not expressible in this format (%n):</source>
            <translation>
                <numerusform>Not expressible in this format (%n):</numerusform>
                <numerusform>Not expressible in this format (%n):</numerusform>
            </translation>
        </message>
        <message>
            <source>Nothing is lost in this format.</source>
            <translation>Nothing is lost in this format.</translation>
        </message>
        <message>
            <source>The document was copied to the clipboard.</source>
            <translation>The document was copied to the clipboard.</translation>
        </message>
        <message>
            <source>JSON documents (*.json)</source>
            <translation>JSON documents (*.json)</translation>
        </message>
        <message>
            <source>YAML documents (*.yaml *.yml)</source>
            <translation>YAML documents (*.yaml *.yml)</translation>
        </message>
        <message>
            <source>Save the document</source>
            <translation>Save the document</translation>
        </message>
        <message>
            <source>All files (*)</source>
            <translation>All files (*)</translation>
        </message>
        <message>
            <source>Cannot write “%1”: %2</source>
            <translation>Cannot write “%1”: %2</translation>
        </message>
        <message>
            <source>Saved to “%1”.</source>
            <translation>Saved to “%1”.</translation>
        </message>
    </context>
    <context>
        <name>Pd::FiringTableModel</name>
        <message>
            <source>Scheduled</source>
            <translation>Scheduled</translation>
        </message>
        <message>
            <source>Actual</source>
            <translation>Actual</translation>
        </message>
        <message>
            <source>Lateness</source>
            <translation>Lateness</translation>
        </message>
        <message>
            <source>Outcome</source>
            <translation>Outcome</translation>
        </message>
        <message>
            <source>Kind</source>
            <translation>Kind</translation>
        </message>
        <message>
            <source>Execution</source>
            <translation>Execution</translation>
        </message>
        <message>
            <source>%1 ms</source>
            <translation>%1 ms</translation>
        </message>
        <message>
            <source>%1 s</source>
            <translation>%1 s</translation>
        </message>
        <message>
            <source>Run now</source>
            <translation>Run now</translation>
        </message>
        <message>
            <source>Catch-up</source>
            <translation>Catch-up</translation>
        </message>
        <message>
            <source>On time</source>
            <translation>On time</translation>
        </message>
    </context>
    <context>
        <name>Pd::FirstStartDialog</name>
        <message>
            <source>Welcome to Pipeline Desk</source>
            <translation>Welcome to Pipeline Desk</translation>
        </message>
        <message>
            <source>There is no workspace at %1 yet. How should it start?</source>
            <translation>There is no workspace at %1 yet. How should it start?</translation>
        </message>
        <message>
            <source>&amp;Demo workspace</source>
            <translation>&amp;Demo workspace</translation>
        </message>
        <message>
            <source>Three accounts in one organization, pipelines with executions, rules, schedules and resource shares: everything to try the desk on.</source>
            <translation>Three accounts in one organization, pipelines with executions, rules, schedules and resource shares: everything to try the desk on.</translation>
        </message>
        <message>
            <source>&amp;Empty workspace</source>
            <translation>&amp;Empty workspace</translation>
        </message>
        <message>
            <source>Nothing yet: you add your first account, then its pipelines.</source>
            <translation>Nothing yet: you add your first account, then its pipelines.</translation>
        </message>
        <message>
            <source>&amp;Quit</source>
            <translation>&amp;Quit</translation>
        </message>
    </context>
    <context>
        <name>Pd::IdentityStateModel</name>
        <message>
            <source>Offline: %1</source>
            <translation>Offline: %1</translation>
        </message>
        <message>
            <source>%1 · connected, profile %2</source>
            <translation>%1 · connected, profile %2</translation>
        </message>
        <message>
            <source>%1 · offline, profile %2</source>
            <translation>%1 · offline, profile %2</translation>
        </message>
        <message>
            <source>%1 · local</source>
            <translation>%1 · local</translation>
        </message>
        <message>
            <source>Credentials expired: %1</source>
            <translation>Credentials expired: %1</translation>
        </message>
        <message>
            <source>Cannot connect: %1</source>
            <translation>Cannot connect: %1</translation>
        </message>
        <message>
            <source>%1 · credentials expired, profile %2</source>
            <translation>%1 · credentials expired, profile %2</translation>
        </message>
        <message>
            <source>%1 · connection error, profile %2</source>
            <translation>%1 · connection error, profile %2</translation>
        </message>
    </context>
    <context>
        <name>Pd::ImportDialog</name>
        <message>
            <source>%1 (account %2)</source>
            <translation>%1 (account %2)</translation>
        </message>
        <message>
            <source>Import rules</source>
            <translation>Import rules</translation>
        </message>
        <message>
            <source>Import a schedule</source>
            <translation>Import a schedule</translation>
        </message>
        <message>
            <source>&amp;Document:</source>
            <translation>&amp;Document:</translation>
        </message>
        <message>
            <source>Paste the document below or open a file.</source>
            <translation>Paste the document below or open a file.</translation>
        </message>
        <message>
            <source>&amp;Open file…</source>
            <translation>&amp;Open file…</translation>
        </message>
        <message>
            <source>AWS CLI input JSON ({"PutRule": …, "PutTargets": …}) or a CloudFormation template or snippet with AWS::Events::Rule resources, in YAML or JSON.</source>
            <translation>AWS CLI input JSON ({"PutRule": …, "PutTargets": …}) or a CloudFormation template or snippet with AWS::Events::Rule resources, in YAML or JSON.</translation>
        </message>
        <message>
            <source>An Azure ML schedule (YAML) or EventBridge Scheduler create-schedule input (JSON).</source>
            <translation>An Azure ML schedule (YAML) or EventBridge Scheduler create-schedule input (JSON).</translation>
        </message>
        <message>
            <source>&amp;Format:</source>
            <translation>&amp;Format:</translation>
        </message>
        <message>
            <source>Detect automatically</source>
            <translation>Detect automatically</translation>
        </message>
        <message>
            <source>&amp;Target pipeline:</source>
            <translation>&amp;Target pipeline:</translation>
        </message>
        <message>
            <source>Choose the pipeline to start</source>
            <translation>Choose the pipeline to start</translation>
        </message>
        <message>
            <source>What will be imported</source>
            <translation>What will be imported</translation>
        </message>
        <message>
            <source>Warnings</source>
            <translation>Warnings</translation>
        </message>
        <message>
            <source>Action</source>
            <translation>Action</translation>
        </message>
        <message>
            <source>Name</source>
            <translation>Name</translation>
        </message>
        <message>
            <source>Event bus</source>
            <translation>Event bus</translation>
        </message>
        <message>
            <source>Group</source>
            <translation>Group</translation>
        </message>
        <message>
            <source>Type</source>
            <translation>Type</translation>
        </message>
        <message>
            <source>Expression</source>
            <translation>Expression</translation>
        </message>
        <message>
            <source>Targets</source>
            <translation>Targets</translation>
        </message>
        <message>
            <source>Target pipeline</source>
            <translation>Target pipeline</translation>
        </message>
        <message>
            <source>&amp;Import</source>
            <translation>&amp;Import</translation>
        </message>
        <message>
            <source>Close</source>
            <translation>Close</translation>
        </message>
        <message>
            <source>Cancel</source>
            <translation>Cancel</translation>
        </message>
        <message>
            <source>Cannot read “%1”: %2</source>
            <translation>Cannot read “%1”: %2</translation>
        </message>
        <message>
            <source>YAML and JSON documents (*.yaml *.yml *.json)</source>
            <translation>YAML and JSON documents (*.yaml *.yml *.json)</translation>
        </message>
        <message>
            <source>All files (*)</source>
            <translation>All files (*)</translation>
        </message>
        <message>
            <source>Open a document to import</source>
            <translation>Open a document to import</translation>
        </message>
        <message>
            <source>Detected: %1</source>
            <translation>Detected: %1</translation>
        </message>
        <message>
            <source>Replace</source>
            <translation>Replace</translation>
        </message>
        <message>
            <source>Create</source>
            <translation>Create</translation>
        </message>
        <message>
            <source>Schedule %1</source>
            <translation>Schedule %1</translation>
        </message>
        <message>
            <source>Event pattern</source>
            <translation>Event pattern</translation>
        </message>
        <message>
            <source>None</source>
            <translation>None</translation>
        </message>
        <message>
            <source>rule “%1”: %2</source>
            <translation>rule “%1”: %2</translation>
        </message>
        <message>
            <source>The event bus “%1” does not exist; it will be created.</source>
            <translation>The event bus “%1” does not exist; it will be created.</translation>
        </message>
        <message>
            <source>The document names no pipeline (a local job file): choose the pipeline to start.</source>
            <translation>The document names no pipeline (a local job file): choose the pipeline to start.</translation>
        </message>
        <message>
            <source>The document's pipeline “%1” is not in this workspace: choose the pipeline to start.</source>
            <translation>The document's pipeline “%1” is not in this workspace: choose the pipeline to start.</translation>
        </message>
        <message>
            <source>%1 in %2</source>
            <translation>%1 in %2</translation>
        </message>
        <message>
            <source>—</source>
            <translation>—</translation>
        </message>
        <message numerus="yes">
            <source>Imported %n rule(s); nothing else changed:</source>
            <translation>
                <numerusform>Imported %n rule; nothing else changed:</numerusform>
                <numerusform>Imported %n rules; nothing else changed:</numerusform>
            </translation>
        </message>
        <message>
            <source>The event bus “%1” was created.</source>
            <translation>The event bus “%1” was created.</translation>
        </message>
        <message>
            <source>Imported the schedule:</source>
            <translation>Imported the schedule:</translation>
        </message>
        <message>
            <source>Ta&amp;rgets (optional):</source>
            <translation>Ta&amp;rgets (optional):</translation>
        </message>
        <message>
            <source>With a bare put-rule input: its put-targets input, pasted or opened.</source>
            <translation>With a bare put-rule input: its put-targets input, pasted or opened.</translation>
        </message>
        <message>
            <source>Open &amp;targets file…</source>
            <translation>Open &amp;targets file…</translation>
        </message>
        <message>
            <source>put-targets input JSON ({"Rule": …, "Targets": […]}), as aws events put-targets --cli-input-json takes it.</source>
            <translation>put-targets input JSON ({"Rule": …, "Targets": […]}), as aws events put-targets --cli-input-json takes it.</translation>
        </message>
        <message>
            <source>“%1” is larger than %2 bytes, the local limit for documents.</source>
            <translation>“%1” is larger than %2 bytes, the local limit for documents.</translation>
        </message>
    </context>
    <context>
        <name>Pd::InterchangeFormats</name>
        <message>
            <source>AWS CLI input JSON (put-rule, put-targets)</source>
            <translation>AWS CLI input JSON (put-rule, put-targets)</translation>
        </message>
        <message>
            <source>CloudFormation YAML (AWS::Events::Rule)</source>
            <translation>CloudFormation YAML (AWS::Events::Rule)</translation>
        </message>
        <message>
            <source>CloudFormation JSON (AWS::Events::Rule)</source>
            <translation>CloudFormation JSON (AWS::Events::Rule)</translation>
        </message>
        <message>
            <source>Azure ML schedule YAML</source>
            <translation>Azure ML schedule YAML</translation>
        </message>
        <message>
            <source>EventBridge Scheduler create-schedule JSON</source>
            <translation>EventBridge Scheduler create-schedule JSON</translation>
        </message>
    </context>
    <context>
        <name>Pd::InvitationTableModel</name>
        <message>
            <source>Resource share</source>
            <translation>Resource share</translation>
        </message>
        <message>
            <source>From account</source>
            <translation>From account</translation>
        </message>
        <message>
            <source>Status</source>
            <translation>Status</translation>
        </message>
        <message>
            <source>Received</source>
            <translation>Received</translation>
        </message>
        <message>
            <source>Expires</source>
            <translation>Expires</translation>
        </message>
    </context>
    <context>
        <name>Pd::InvocationTableModel</name>
        <message>
            <source>Time</source>
            <translation>Time</translation>
        </message>
        <message>
            <source>Event id</source>
            <translation>Event id</translation>
        </message>
        <message>
            <source>Target</source>
            <translation>Target</translation>
        </message>
        <message>
            <source>Outcome</source>
            <translation>Outcome</translation>
        </message>
        <message>
            <source>Execution</source>
            <translation>Execution</translation>
        </message>
        <message>
            <source>Message</source>
            <translation>Message</translation>
        </message>
    </context>
    <context>
        <name>Pd::MainWindow</name>
        <message>
            <source>Pipeline Desk</source>
            <translation>Pipeline Desk</translation>
        </message>
        <message>
            <source>Pipelines</source>
            <translation>Pipelines</translation>
        </message>
        <message>
            <source>Executions</source>
            <translation>Executions</translation>
        </message>
        <message>
            <source>Rules</source>
            <translation>Rules</translation>
        </message>
        <message>
            <source>Schedules</source>
            <translation>Schedules</translation>
        </message>
        <message>
            <source>Resource shares</source>
            <translation>Resource shares</translation>
        </message>
        <message>
            <source>Shared with me</source>
            <translation>Shared with me</translation>
        </message>
        <message>
            <source>About Pipeline Desk</source>
            <translation>About Pipeline Desk</translation>
        </message>
        <message>
            <source>&lt;h3&gt;Pipeline Desk %1&lt;/h3&gt;&lt;p&gt;Pipelines, executions, rules, schedules and resource shares of several accounts, from one window.&lt;/p&gt;&lt;p&gt;Workspace: %2&lt;/p&gt;</source>
            <translation>&lt;h3&gt;Pipeline Desk %1&lt;/h3&gt;&lt;p&gt;Pipelines, executions, rules, schedules and resource shares of several accounts, from one window.&lt;/p&gt;&lt;p&gt;Workspace: %2&lt;/p&gt;</translation>
        </message>
        <message>
            <source>&amp;File</source>
            <translation>&amp;File</translation>
        </message>
        <message>
            <source>&amp;Quit</source>
            <translation>&amp;Quit</translation>
        </message>
        <message>
            <source>&amp;Language</source>
            <translation>&amp;Language</translation>
        </message>
        <message>
            <source>&amp;Help</source>
            <translation>&amp;Help</translation>
        </message>
        <message>
            <source>&amp;About Pipeline Desk</source>
            <translation>&amp;About Pipeline Desk</translation>
        </message>
        <message>
            <source>Identity</source>
            <translation>Identity</translation>
        </message>
        <message>
            <source>&amp;Act as:</source>
            <translation>&amp;Act as:</translation>
        </message>
        <message>
            <source>The account you act as. Every page shows and changes what this account may.</source>
            <translation>The account you act as. Every page shows and changes what this account may.</translation>
        </message>
        <message>
            <source>Navigation</source>
            <translation>Navigation</translation>
        </message>
        <message>
            <source>Region: %1</source>
            <translation>Region: %1</translation>
        </message>
        <message>
            <source>Acting as %1</source>
            <translation>Acting as %1</translation>
        </message>
        <message>
            <source>No identity chosen</source>
            <translation>No identity chosen</translation>
        </message>
        <message>
            <source>Workspace: %1</source>
            <translation>Workspace: %1</translation>
        </message>
        <message>
            <source>engine: not running</source>
            <translation>engine: not running</translation>
        </message>
        <message>
            <source>engine: this window</source>
            <translation>engine: this window</translation>
        </message>
        <message>
            <source>engine: daemon, pid %1</source>
            <translation>engine: daemon, pid %1</translation>
        </message>
        <message>
            <source>engine: another window, pid %1</source>
            <translation>engine: another window, pid %1</translation>
        </message>
        <message>
            <source>Activity</source>
            <translation>Activity</translation>
        </message>
        <message>
            <source>&amp;Accounts…</source>
            <translation>&amp;Accounts…</translation>
        </message>
        <message>
            <source>This workspace has no accounts yet</source>
            <translation>This workspace has no accounts yet</translation>
        </message>
        <message>
            <source>Every pipeline, rule, schedule and share belongs to an account. Add the first one (its 12-digit id and a name) to start; organizations can come later.</source>
            <translation>Every pipeline, rule, schedule and share belongs to an account. Add the first one (its 12-digit id and a name) to start; organizations can come later.</translation>
        </message>
        <message>
            <source>Add your first account…</source>
            <translation>Add your first account…</translation>
        </message>
        <message>
            <source>&amp;Connections…</source>
            <translation>&amp;Connections…</translation>
        </message>
        <message>
            <source>&amp;View</source>
            <translation>&amp;View</translation>
        </message>
        <message>
            <source>&amp;Refresh</source>
            <translation>&amp;Refresh</translation>
        </message>
        <message>
            <source>Cancel</source>
            <translation>Cancel</translation>
        </message>
        <message>
            <source>Stop reading the account; what was read so far stays.</source>
            <translation>Stop reading the account; what was read so far stays.</translation>
        </message>
        <message>
            <source>Choose an account to act as first.</source>
            <translation>Choose an account to act as first.</translation>
        </message>
        <message>
            <source>%1 is a local account: its data lives in this workspace and is always current. Connect an AWS profile (File › Connections…) to read a real account.</source>
            <translation>%1 is a local account: its data lives in this workspace and is always current. Connect an AWS profile (File › Connections…) to read a real account.</translation>
        </message>
        <message>
            <source>A refresh is running; cancel it in the status bar.</source>
            <translation>A refresh is running; cancel it in the status bar.</translation>
        </message>
        <message>
            <source>Read %1 again from the cloud through profile %2.</source>
            <translation>Read %1 again from the cloud through profile %2.</translation>
        </message>
        <message>
            <source>Refreshing %1…</source>
            <translation>Refreshing %1…</translation>
        </message>
        <message>
            <source>Refreshed.</source>
            <translation>Refreshed.</translation>
        </message>
        <message>
            <source>Refresh cancelled; what was read so far is kept.</source>
            <translation>Refresh cancelled; what was read so far is kept.</translation>
        </message>
        <message>
            <source>Refresh failed</source>
            <translation>Refresh failed</translation>
        </message>
        <message>
            <source>MFA code</source>
            <translation>MFA code</translation>
        </message>
        <message>
            <source>The code your MFA device %1 shows now:</source>
            <translation>The code your MFA device %1 shows now:</translation>
        </message>
    </context>
    <context>
        <name>Pd::MessageBox</name>
        <message>
            <source>Copy details</source>
            <translation>Copy details</translation>
        </message>
    </context>
    <context>
        <name>Pd::OrganizationFormDialog</name>
        <message>
            <source>New organization</source>
            <translation>New organization</translation>
        </message>
        <message>
            <source>&amp;Name:</source>
            <translation>&amp;Name:</translation>
        </message>
        <message>
            <source>&amp;Management account:</source>
            <translation>&amp;Management account:</translation>
        </message>
        <message>
            <source>The account that manages the organization; it joins the organization.</source>
            <translation>The account that manages the organization; it joins the organization.</translation>
        </message>
        <message>
            <source>Add an account first: an organization needs a management account.</source>
            <translation>Add an account first: an organization needs a management account.</translation>
        </message>
    </context>
    <context>
        <name>Pd::ParameterTableModel</name>
        <message>
            <source>Name</source>
            <translation>Name</translation>
        </message>
        <message>
            <source>Type</source>
            <translation>Type</translation>
        </message>
        <message>
            <source>Default value</source>
            <translation>Default value</translation>
        </message>
        <message>
            <source>(none)</source>
            <translation>(none)</translation>
        </message>
    </context>
    <context>
        <name>Pd::PipelineComboBox</name>
        <message>
            <source>%1 (account %2)</source>
            <translation>%1 (account %2)</translation>
        </message>
    </context>
    <context>
        <name>Pd::PipelineTableModel</name>
        <message>
            <source>Name</source>
            <translation>Name</translation>
        </message>
        <message>
            <source>Description</source>
            <translation>Description</translation>
        </message>
        <message>
            <source>Created</source>
            <translation>Created</translation>
        </message>
        <message>
            <source>Last modified</source>
            <translation>Last modified</translation>
        </message>
    </context>
    <context>
        <name>Pd::PipelinesPage</name>
        <message>
            <source>Pipelines</source>
            <translation>Pipelines</translation>
        </message>
        <message>
            <source>Filter pipelines by name or description (Ctrl+F)</source>
            <translation>Filter pipelines by name or description (Ctrl+F)</translation>
        </message>
        <message>
            <source>This account has no pipelines. Switch the identity in the tool bar to see another account's.</source>
            <translation>This account has no pipelines. Switch the identity in the tool bar to see another account's.</translation>
        </message>
        <message>
            <source>Parameters</source>
            <translation>Parameters</translation>
        </message>
        <message>
            <source>Steps</source>
            <translation>Steps</translation>
        </message>
        <message>
            <source>Recent executions</source>
            <translation>Recent executions</translation>
        </message>
        <message>
            <source>New pipeline</source>
            <translation>New pipeline</translation>
        </message>
        <message>
            <source>&amp;Load from file…</source>
            <translation>&amp;Load from file…</translation>
        </message>
        <message>
            <source>&amp;Create</source>
            <translation>&amp;Create</translation>
        </message>
        <message>
            <source>&amp;Name:</source>
            <translation>&amp;Name:</translation>
        </message>
        <message>
            <source>&amp;Role ARN:</source>
            <translation>&amp;Role ARN:</translation>
        </message>
        <message>
            <source>&amp;Description:</source>
            <translation>&amp;Description:</translation>
        </message>
        <message>
            <source>De&amp;finition:</source>
            <translation>De&amp;finition:</translation>
        </message>
        <message>
            <source>Pipeline definition</source>
            <translation>Pipeline definition</translation>
        </message>
        <message>
            <source>JSON files (*.json);;All files (*)</source>
            <translation>JSON files (*.json);;All files (*)</translation>
        </message>
        <message>
            <source>Cannot read “%1”: %2</source>
            <translation>Cannot read “%1”: %2</translation>
        </message>
        <message>
            <source>Delete pipeline “%1” and all its executions?</source>
            <translation>Delete pipeline “%1” and all its executions?</translation>
        </message>
        <message>
            <source>schedule %1</source>
            <translation>schedule %1</translation>
        </message>
        <message>
            <source>rule %1</source>
            <translation>rule %1</translation>
        </message>
        <message>
            <source>These still target it and will fail to start it: %1.</source>
            <translation>These still target it and will fail to start it: %1.</translation>
        </message>
        <message>
            <source>Delete pipeline</source>
            <translation>Delete pipeline</translation>
        </message>
        <message>
            <source>&amp;New pipeline…</source>
            <translation>&amp;New pipeline…</translation>
        </message>
        <message>
            <source>&amp;Delete…</source>
            <translation>&amp;Delete…</translation>
        </message>
        <message>
            <source>Step graph</source>
            <translation>Step graph</translation>
        </message>
        <message>
            <source>“%1” is longer than %2 characters, the CreatePipeline limit.</source>
            <translation>“%1” is longer than %2 characters, the CreatePipeline limit.</translation>
        </message>
        <message>
            <source>Creating pipeline “%1”…</source>
            <translation>Creating pipeline “%1”…</translation>
        </message>
        <message>
            <source>Pipeline “%1” was created.</source>
            <translation>Pipeline “%1” was created.</translation>
        </message>
        <message>
            <source>Deleting pipeline “%1”…</source>
            <translation>Deleting pipeline “%1”…</translation>
        </message>
        <message>
            <source>Pipeline “%1” was deleted.</source>
            <translation>Pipeline “%1” was deleted.</translation>
        </message>
    </context>
    <context>
        <name>Pd::PlaceholderPage</name>
        <message>
            <source>Executions</source>
            <translation>Executions</translation>
        </message>
        <message>
            <source>Coming: every execution you may see, with filters, live status, and start, stop and retry.</source>
            <translation>Coming: every execution you may see, with filters, live status, and start, stop and retry.</translation>
        </message>
        <message>
            <source>Rules</source>
            <translation>Rules</translation>
        </message>
        <message>
            <source>Coming: event rules and scheduled rules that start pipelines, with the create-rule wizard.</source>
            <translation>Coming: event rules and scheduled rules that start pipelines, with the create-rule wizard.</translation>
        </message>
        <message>
            <source>Schedules</source>
            <translation>Schedules</translation>
        </message>
        <message>
            <source>Coming: schedules of every kind, their next runs, history and the local scheduler engine.</source>
            <translation>Coming: schedules of every kind, their next runs, history and the local scheduler engine.</translation>
        </message>
        <message>
            <source>Resource shares</source>
            <translation>Resource shares</translation>
        </message>
        <message>
            <source>Coming: sharing pipelines with other accounts, organizations and OUs.</source>
            <translation>Coming: sharing pipelines with other accounts, organizations and OUs.</translation>
        </message>
        <message>
            <source>Shared with me</source>
            <translation>Shared with me</translation>
        </message>
        <message>
            <source>Coming: invitations, pipelines shared with this account, and their executions.</source>
            <translation>Coming: invitations, pipelines shared with this account, and their executions.</translation>
        </message>
    </context>
    <context>
        <name>Pd::ProfileFormDialog</name>
        <message>
            <source>Edit profile %1</source>
            <translation>Edit profile %1</translation>
        </message>
        <message>
            <source>Add profile</source>
            <translation>Add profile</translation>
        </message>
        <message>
            <source>&amp;Name:</source>
            <translation>&amp;Name:</translation>
        </message>
        <message>
            <source>&amp;Region:</source>
            <translation>&amp;Region:</translation>
        </message>
        <message>
            <source>&amp;Endpoint URL:</source>
            <translation>&amp;Endpoint URL:</translation>
        </message>
        <message>
            <source>&amp;Credentials:</source>
            <translation>&amp;Credentials:</translation>
        </message>
        <message>
            <source>Letters, digits and - _ . @ + = , as in the AWS CLI's files.</source>
            <translation>Letters, digits and - _ . @ + = , as in the AWS CLI's files.</translation>
        </message>
        <message>
            <source>Optional: send this profile's requests to an emulator instead of AWS.</source>
            <translation>Optional: send this profile's requests to an emulator instead of AWS.</translation>
        </message>
        <message>
            <source>Access keys</source>
            <translation>Access keys</translation>
        </message>
        <message>
            <source>Assume a role with another profile</source>
            <translation>Assume a role with another profile</translation>
        </message>
        <message>
            <source>Access keys (kept in the system keychain)</source>
            <translation>Access keys (kept in the system keychain)</translation>
        </message>
        <message>
            <source>Access &amp;key ID:</source>
            <translation>Access &amp;key ID:</translation>
        </message>
        <message>
            <source>&amp;Secret access key:</source>
            <translation>&amp;Secret access key:</translation>
        </message>
        <message>
            <source>Session &amp;token:</source>
            <translation>Session &amp;token:</translation>
        </message>
        <message>
            <source>unchanged</source>
            <translation>unchanged</translation>
        </message>
        <message>
            <source>optional</source>
            <translation>optional</translation>
        </message>
        <message>
            <source>Role to assume</source>
            <translation>Role to assume</translation>
        </message>
        <message>
            <source>Role &amp;ARN:</source>
            <translation>Role &amp;ARN:</translation>
        </message>
        <message>
            <source>&amp;Source profile:</source>
            <translation>&amp;Source profile:</translation>
        </message>
        <message>
            <source>E&amp;xternal ID:</source>
            <translation>E&amp;xternal ID:</translation>
        </message>
        <message>
            <source>Session na&amp;me:</source>
            <translation>Session na&amp;me:</translation>
        </message>
        <message>
            <source>&amp;Duration:</source>
            <translation>&amp;Duration:</translation>
        </message>
        <message>
            <source>&amp;MFA device:</source>
            <translation>&amp;MFA device:</translation>
        </message>
        <message>
            <source>default (1 hour)</source>
            <translation>default (1 hour)</translation>
        </message>
        <message>
            <source> s</source>
            <translation> s</translation>
        </message>
        <message>
            <source>optional; the code is asked for when the role is assumed</source>
            <translation>optional; the code is asked for when the role is assumed</translation>
        </message>
    </context>
    <context>
        <name>Pd::ProfileImportDialog</name>
        <message>
            <source>Import from the AWS CLI</source>
            <translation>Import from the AWS CLI</translation>
        </message>
        <message>
            <source>Profiles in %1 and %2, and the AWS_* environment variables. Names are kept; keys go to the system keychain. Nothing is changed until you choose Import.</source>
            <translation>Profiles in %1 and %2, and the AWS_* environment variables. Names are kept; keys go to the system keychain. Nothing is changed until you choose Import.</translation>
        </message>
        <message>
            <source>Action</source>
            <translation>Action</translation>
        </message>
        <message>
            <source>Profile</source>
            <translation>Profile</translation>
        </message>
        <message>
            <source>From</source>
            <translation>From</translation>
        </message>
        <message>
            <source>Note</source>
            <translation>Note</translation>
        </message>
        <message>
            <source>Where</source>
            <translation>Where</translation>
        </message>
        <message>
            <source>Warning</source>
            <translation>Warning</translation>
        </message>
        <message>
            <source>Lines that were not understood:</source>
            <translation>Lines that were not understood:</translation>
        </message>
        <message>
            <source>&amp;Import</source>
            <translation>&amp;Import</translation>
        </message>
        <message>
            <source>Added</source>
            <translation>Added</translation>
        </message>
        <message>
            <source>Add</source>
            <translation>Add</translation>
        </message>
        <message>
            <source>Replaced</source>
            <translation>Replaced</translation>
        </message>
        <message>
            <source>Replace</source>
            <translation>Replace</translation>
        </message>
        <message>
            <source>Skip</source>
            <translation>Skip</translation>
        </message>
        <message>
            <source>A profile of this name is in the workspace: its settings and keys are replaced.</source>
            <translation>A profile of this name is in the workspace: its settings and keys are replaced.</translation>
        </message>
        <message>
            <source>Keys from the environment (AWS_ACCESS_KEY_ID).</source>
            <translation>Keys from the environment (AWS_ACCESS_KEY_ID).</translation>
        </message>
        <message>
            <source>Failed</source>
            <translation>Failed</translation>
        </message>
        <message>
            <source>The AWS CLI's files have no profiles.</source>
            <translation>The AWS CLI's files have no profiles.</translation>
        </message>
        <message numerus="yes">
            <source>Imported %n profile(s).</source>
            <translation>
                <numerusform>Imported %n profile.</numerusform>
                <numerusform>Imported %n profiles.</numerusform>
            </translation>
        </message>
        <message>
            <source>Imported %1 of %2 profiles; see the list for what failed.</source>
            <translation>Imported %1 of %2 profiles; see the list for what failed.</translation>
        </message>
    </context>
    <context>
        <name>Pd::ProfileTableModel</name>
        <message>
            <source>Profile</source>
            <translation>Profile</translation>
        </message>
        <message>
            <source>Region</source>
            <translation>Region</translation>
        </message>
        <message>
            <source>Credentials</source>
            <translation>Credentials</translation>
        </message>
        <message>
            <source>Account ID</source>
            <translation>Account ID</translation>
        </message>
        <message>
            <source>Last tested</source>
            <translation>Last tested</translation>
        </message>
        <message>
            <source>Role from %1</source>
            <translation>Role from %1</translation>
        </message>
        <message>
            <source>Never</source>
            <translation>Never</translation>
        </message>
        <message>
            <source>Endpoint: %1</source>
            <translation>Endpoint: %1</translation>
        </message>
        <message>
            <source>State</source>
            <translation>State</translation>
        </message>
        <message>
            <source>Never tested</source>
            <translation>Never tested</translation>
        </message>
        <message>
            <source>Tested</source>
            <translation>Tested</translation>
        </message>
        <message>
            <source>Connected</source>
            <translation>Connected</translation>
        </message>
        <message>
            <source>Offline</source>
            <translation>Offline</translation>
        </message>
        <message>
            <source>Error</source>
            <translation>Error</translation>
        </message>
        <message>
            <source>Expired</source>
            <translation>Expired</translation>
        </message>
    </context>
    <context>
        <name>Pd::RecentExecutionsModel</name>
        <message>
            <source>Execution</source>
            <translation>Execution</translation>
        </message>
        <message>
            <source>Status</source>
            <translation>Status</translation>
        </message>
        <message>
            <source>Started</source>
            <translation>Started</translation>
        </message>
        <message>
            <source>Ended</source>
            <translation>Ended</translation>
        </message>
        <message>
            <source>Started by</source>
            <translation>Started by</translation>
        </message>
        <message>
            <source>%1 as %2</source>
            <translation>%1 as %2</translation>
        </message>
    </context>
    <context>
        <name>Pd::RuleDetailsPage</name>
        <message>
            <source>A rule named “%1” already exists on the event bus “%2”.</source>
            <translation>A rule named “%1” already exists on the event bus “%2”.</translation>
        </message>
        <message>
            <source>Step 1: Define rule detail</source>
            <translation>Step 1: Define rule detail</translation>
        </message>
        <message>
            <source>A rule watches an event bus for events that match a pattern, or runs on a schedule.</source>
            <translation>A rule watches an event bus for events that match a pattern, or runs on a schedule.</translation>
        </message>
        <message>
            <source>&amp;Name*:</source>
            <translation>&amp;Name*:</translation>
        </message>
        <message>
            <source>1–64 letters, digits, - _ .</source>
            <translation>1–64 letters, digits, - _ .</translation>
        </message>
        <message>
            <source>&amp;Description:</source>
            <translation>&amp;Description:</translation>
        </message>
        <message>
            <source>Optional, up to 512 characters</source>
            <translation>Optional, up to 512 characters</translation>
        </message>
        <message>
            <source>&amp;Event bus:</source>
            <translation>&amp;Event bus:</translation>
        </message>
        <message>
            <source>Ena&amp;ble the rule on the selected event bus</source>
            <translation>Ena&amp;ble the rule on the selected event bus</translation>
        </message>
        <message>
            <source>Rule type:</source>
            <translation>Rule type:</translation>
        </message>
        <message>
            <source>Rule with an event &amp;pattern — when an event matching the pattern arrives</source>
            <translation>Rule with an event &amp;pattern — when an event matching the pattern arrives</translation>
        </message>
        <message>
            <source>&amp;Schedule — at a regular rate or on a cron schedule, in UTC</source>
            <translation>&amp;Schedule — at a regular rate or on a cron schedule, in UTC</translation>
        </message>
        <message>
            <source>Scheduled rules run only on the default event bus. For a schedule in your time zone, use the Schedules page (EventBridge Scheduler).</source>
            <translation>Scheduled rules run only on the default event bus. For a schedule in your time zone, use the Schedules page (EventBridge Scheduler).</translation>
        </message>
    </context>
    <context>
        <name>Pd::RulePatternPage</name>
        <message>
            <source>The pattern is valid.</source>
            <translation>The pattern is valid.</translation>
        </message>
        <message>
            <source>Fix the event pattern first: %1</source>
            <translation>Fix the event pattern first: %1</translation>
        </message>
        <message>
            <source>The sample event is not valid JSON (at character %1): %2</source>
            <translation>The sample event is not valid JSON (at character %1): %2</translation>
        </message>
        <message>
            <source>The sample event must be a JSON object.</source>
            <translation>The sample event must be a JSON object.</translation>
        </message>
        <message>
            <source>Match: the sample event matches the event pattern.</source>
            <translation>Match: the sample event matches the event pattern.</translation>
        </message>
        <message>
            <source>%1: %2</source>
            <translation>%1: %2</translation>
        </message>
        <message>
            <source>No match: %1</source>
            <translation>No match: %1</translation>
        </message>
        <message>
            <source>Step 2: Build event pattern</source>
            <translation>Step 2: Build event pattern</translation>
        </message>
        <message>
            <source>The rule matches events whose fields have the values the pattern names. Test the pattern against a sample event before you go on.</source>
            <translation>The rule matches events whose fields have the values the pattern names. Test the pattern against a sample event before you go on.</translation>
        </message>
        <message>
            <source>Event source</source>
            <translation>Event source</translation>
        </message>
        <message>
            <source>&amp;AWS events or EventBridge partner events</source>
            <translation>&amp;AWS events or EventBridge partner events</translation>
        </message>
        <message>
            <source>&amp;Other — custom events from your own applications</source>
            <translation>&amp;Other — custom events from your own applications</translation>
        </message>
        <message>
            <source>A&amp;ll events — every event on the bus</source>
            <translation>A&amp;ll events — every event on the bus</translation>
        </message>
        <message>
            <source>Sample event — optional</source>
            <translation>Sample event — optional</translation>
        </message>
        <message>
            <source>AWS e&amp;vents</source>
            <translation>AWS e&amp;vents</translation>
        </message>
        <message>
            <source>Enter &amp;my own</source>
            <translation>Enter &amp;my own</translation>
        </message>
        <message>
            <source>Event pattern — creation method</source>
            <translation>Event pattern — creation method</translation>
        </message>
        <message>
            <source>Use &amp;pattern form</source>
            <translation>Use &amp;pattern form</translation>
        </message>
        <message>
            <source>&amp;Custom pattern (JSON editor)</source>
            <translation>&amp;Custom pattern (JSON editor)</translation>
        </message>
        <message>
            <source>AWS ser&amp;vice:</source>
            <translation>AWS ser&amp;vice:</translation>
        </message>
        <message>
            <source>Event &amp;type:</source>
            <translation>Event &amp;type:</translation>
        </message>
        <message>
            <source>Event pattern</source>
            <translation>Event pattern</translation>
        </message>
        <message>
            <source>&amp;Test pattern</source>
            <translation>&amp;Test pattern</translation>
        </message>
        <message>
            <source>Matches the sample event against the pattern and says why it does not match.</source>
            <translation>Matches the sample event against the pattern and says why it does not match.</translation>
        </message>
    </context>
    <context>
        <name>Pd::RuleReviewPage</name>
        <message>
            <source>—</source>
            <translation>—</translation>
        </message>
        <message>
            <source>Name: %1</source>
            <translation>Name: %1</translation>
        </message>
        <message>
            <source>Description: %1</source>
            <translation>Description: %1</translation>
        </message>
        <message>
            <source>Event bus: %1</source>
            <translation>Event bus: %1</translation>
        </message>
        <message>
            <source>Rule type: %1</source>
            <translation>Rule type: %1</translation>
        </message>
        <message>
            <source>Schedule</source>
            <translation>Schedule</translation>
        </message>
        <message>
            <source>Rule with an event pattern</source>
            <translation>Rule with an event pattern</translation>
        </message>
        <message>
            <source>State: %1</source>
            <translation>State: %1</translation>
        </message>
        <message>
            <source>Enabled</source>
            <translation>Enabled</translation>
        </message>
        <message>
            <source>Disabled</source>
            <translation>Disabled</translation>
        </message>
        <message>
            <source>Step 2: Define schedule</source>
            <translation>Step 2: Define schedule</translation>
        </message>
        <message>
            <source>Step 2: Build event pattern</source>
            <translation>Step 2: Build event pattern</translation>
        </message>
        <message>
            <source>Schedule expression: %1 (UTC)</source>
            <translation>Schedule expression: %1 (UTC)</translation>
        </message>
        <message>
            <source>Runs %1</source>
            <translation>Runs %1</translation>
        </message>
        <message>
            <source>Next: %1</source>
            <translation>Next: %1</translation>
        </message>
        <message>
            <source>%1: SageMaker pipeline %2 (account %3)</source>
            <translation>%1: SageMaker pipeline %2 (account %3)</translation>
        </message>
        <message>
            <source>    Role: %1</source>
            <translation>    Role: %1</translation>
        </message>
        <message>
            <source>    Parameters: the pipeline's defaults</source>
            <translation>    Parameters: the pipeline's defaults</translation>
        </message>
        <message>
            <source>    %1 ← %2 (JSONPath into the event)</source>
            <translation>    %1 ← %2 (JSONPath into the event)</translation>
        </message>
        <message>
            <source>    %1 = %2</source>
            <translation>    %1 = %2</translation>
        </message>
        <message>
            <source>No targets</source>
            <translation>No targets</translation>
        </message>
        <message>
            <source>%1 = %2</source>
            <translation>%1 = %2</translation>
        </message>
        <message>
            <source>No tags</source>
            <translation>No tags</translation>
        </message>
        <message>
            <source>Step 5: Review and create</source>
            <translation>Step 5: Review and create</translation>
        </message>
        <message>
            <source>Check every choice; Edit goes back to its step and keeps what you entered.</source>
            <translation>Check every choice; Edit goes back to its step and keeps what you entered.</translation>
        </message>
        <message>
            <source>Step 1: Define rule detail</source>
            <translation>Step 1: Define rule detail</translation>
        </message>
        <message>
            <source>Step 3: Select targets</source>
            <translation>Step 3: Select targets</translation>
        </message>
        <message>
            <source>Step 4: Configure tags</source>
            <translation>Step 4: Configure tags</translation>
        </message>
        <message>
            <source>Edit</source>
            <translation>Edit</translation>
        </message>
    </context>
    <context>
        <name>Pd::RuleSchedulePage</name>
        <message>
            <source>Step 2: Define schedule</source>
            <translation>Step 2: Define schedule</translation>
        </message>
        <message>
            <source>Scheduled rules are evaluated in UTC. The preview lists the next fires.</source>
            <translation>Scheduled rules are evaluated in UTC. The preview lists the next fires.</translation>
        </message>
        <message>
            <source>A schedule that runs at a regular &amp;rate, such as every 10 minutes</source>
            <translation>A schedule that runs at a regular &amp;rate, such as every 10 minutes</translation>
        </message>
        <message>
            <source>A fine-grained schedule that runs at a specific time, such as 8:00 a.m. UTC on the first Monday of every month (&amp;cron)</source>
            <translation>A fine-grained schedule that runs at a specific time, such as 8:00 a.m. UTC on the first Monday of every month (&amp;cron)</translation>
        </message>
        <message>
            <source>Every:</source>
            <translation>Every:</translation>
        </message>
        <message>
            <source>minute(s)</source>
            <translation>minute(s)</translation>
        </message>
        <message>
            <source>hour(s)</source>
            <translation>hour(s)</translation>
        </message>
        <message>
            <source>day(s)</source>
            <translation>day(s)</translation>
        </message>
        <message>
            <source>Minutes</source>
            <translation>Minutes</translation>
        </message>
        <message>
            <source>Hours</source>
            <translation>Hours</translation>
        </message>
        <message>
            <source>Day of month</source>
            <translation>Day of month</translation>
        </message>
        <message>
            <source>Month</source>
            <translation>Month</translation>
        </message>
        <message>
            <source>Day of the week</source>
            <translation>Day of the week</translation>
        </message>
        <message>
            <source>Year</source>
            <translation>Year</translation>
        </message>
        <message>
            <source>Expression:</source>
            <translation>Expression:</translation>
        </message>
        <message>
            <source>All times are UTC. Use the Schedules page for a schedule in another time zone.</source>
            <translation>All times are UTC. Use the Schedules page for a schedule in another time zone.</translation>
        </message>
    </context>
    <context>
        <name>Pd::RuleTableModel</name>
        <message>
            <source>Name</source>
            <translation>Name</translation>
        </message>
        <message>
            <source>Event bus</source>
            <translation>Event bus</translation>
        </message>
        <message>
            <source>Type</source>
            <translation>Type</translation>
        </message>
        <message>
            <source>Schedule or event pattern</source>
            <translation>Schedule or event pattern</translation>
        </message>
        <message>
            <source>State</source>
            <translation>State</translation>
        </message>
        <message>
            <source>Targets</source>
            <translation>Targets</translation>
        </message>
        <message>
            <source>Last modified</source>
            <translation>Last modified</translation>
        </message>
        <message>
            <source>%1, evaluated in UTC</source>
            <translation>%1, evaluated in UTC</translation>
        </message>
        <message>
            <source>Schedule</source>
            <translation>Schedule</translation>
        </message>
        <message>
            <source>Event pattern</source>
            <translation>Event pattern</translation>
        </message>
        <message>
            <source>%1 (UTC)</source>
            <translation>%1 (UTC)</translation>
        </message>
        <message>
            <source>Enabled</source>
            <translation>Enabled</translation>
        </message>
        <message>
            <source>Disabled</source>
            <translation>Disabled</translation>
        </message>
    </context>
    <context>
        <name>Pd::RuleTagsPage</name>
        <message>
            <source>The tag key “%1” is used twice.</source>
            <translation>The tag key “%1” is used twice.</translation>
        </message>
        <message>
            <source>Step 4: Configure tags — optional</source>
            <translation>Step 4: Configure tags — optional</translation>
        </message>
        <message>
            <source>A tag is a label of a key and an optional value, for finding and grouping rules.</source>
            <translation>A tag is a label of a key and an optional value, for finding and grouping rules.</translation>
        </message>
        <message>
            <source>Up to 50 tags. Keys are unique.</source>
            <translation>Up to 50 tags. Keys are unique.</translation>
        </message>
        <message>
            <source>Key</source>
            <translation>Key</translation>
        </message>
        <message>
            <source>Value</source>
            <translation>Value</translation>
        </message>
        <message>
            <source>&amp;Add new tag</source>
            <translation>&amp;Add new tag</translation>
        </message>
        <message>
            <source>&amp;Remove tag</source>
            <translation>&amp;Remove tag</translation>
        </message>
    </context>
    <context>
        <name>Pd::RuleTargetPanel</name>
        <message>
            <source>Static value</source>
            <translation>Static value</translation>
        </message>
        <message>
            <source>JSONPath</source>
            <translation>JSONPath</translation>
        </message>
        <message>
            <source>Target &amp;ID:</source>
            <translation>Target &amp;ID:</translation>
        </message>
        <message>
            <source>Target t&amp;ype:</source>
            <translation>Target t&amp;ype:</translation>
        </message>
        <message>
            <source>SageMaker Pipeline</source>
            <translation>SageMaker Pipeline</translation>
        </message>
        <message>
            <source>&amp;Pipeline:</source>
            <translation>&amp;Pipeline:</translation>
        </message>
        <message>
            <source>Pipeline parameters — a static value, or a JSONPath into the matched event such as $.detail.object.key</source>
            <translation>Pipeline parameters — a static value, or a JSONPath into the matched event such as $.detail.object.key</translation>
        </message>
        <message>
            <source>Name</source>
            <translation>Name</translation>
        </message>
        <message>
            <source>Value</source>
            <translation>Value</translation>
        </message>
        <message>
            <source>Value type</source>
            <translation>Value type</translation>
        </message>
        <message>
            <source>&amp;Add parameter</source>
            <translation>&amp;Add parameter</translation>
        </message>
        <message>
            <source>&amp;Remove parameter</source>
            <translation>&amp;Remove parameter</translation>
        </message>
        <message>
            <source>Execution role</source>
            <translation>Execution role</translation>
        </message>
        <message>
            <source>Create a &amp;new role for this specific resource</source>
            <translation>Create a &amp;new role for this specific resource</translation>
        </message>
        <message>
            <source>&amp;Use existing role</source>
            <translation>&amp;Use existing role</translation>
        </message>
    </context>
    <context>
        <name>Pd::RuleTargetsPage</name>
        <message>
            <source>Step 3: Select targets</source>
            <translation>Step 3: Select targets</translation>
        </message>
        <message>
            <source>Each matching event starts every target: up to 5 SageMaker pipelines, with parameters taken from the event where you give a JSONPath.</source>
            <translation>Each matching event starts every target: up to 5 SageMaker pipelines, with parameters taken from the event where you give a JSONPath.</translation>
        </message>
        <message>
            <source>Target %1</source>
            <translation>Target %1</translation>
        </message>
        <message>
            <source>Add &amp;another target</source>
            <translation>Add &amp;another target</translation>
        </message>
        <message>
            <source>Remo&amp;ve this target</source>
            <translation>Remo&amp;ve this target</translation>
        </message>
    </context>
    <context>
        <name>Pd::RuleWizard</name>
        <message>
            <source>Edit rule “%1”</source>
            <translation>Edit rule “%1”</translation>
        </message>
        <message>
            <source>Create rule</source>
            <translation>Create rule</translation>
        </message>
        <message>
            <source>S&amp;kip to Review and create</source>
            <translation>S&amp;kip to Review and create</translation>
        </message>
        <message>
            <source>&amp;Save rule</source>
            <translation>&amp;Save rule</translation>
        </message>
        <message>
            <source>&amp;Create rule</source>
            <translation>&amp;Create rule</translation>
        </message>
        <message>
            <source>Saving “%1”…</source>
            <translation>Saving “%1”…</translation>
        </message>
        <message>
            <source>Creating “%1”…</source>
            <translation>Creating “%1”…</translation>
        </message>
        <message>
            <source>EventBridge cannot rename a rule or move it to another event bus.</source>
            <translation>EventBridge cannot rename a rule or move it to another event bus.</translation>
        </message>
    </context>
    <context>
        <name>Pd::RulesPage</name>
        <message>
            <source>Delete rule</source>
            <translation>Delete rule</translation>
        </message>
        <message>
            <source>Rules</source>
            <translation>Rules</translation>
        </message>
        <message>
            <source>Filter rules by name</source>
            <translation>Filter rules by name</translation>
        </message>
        <message>
            <source>All event buses</source>
            <translation>All event buses</translation>
        </message>
        <message>
            <source>&amp;Create rule…</source>
            <translation>&amp;Create rule…</translation>
        </message>
        <message>
            <source>&amp;Edit…</source>
            <translation>&amp;Edit…</translation>
        </message>
        <message>
            <source>E&amp;nable</source>
            <translation>E&amp;nable</translation>
        </message>
        <message>
            <source>&amp;Disable</source>
            <translation>&amp;Disable</translation>
        </message>
        <message>
            <source>De&amp;lete…</source>
            <translation>De&amp;lete…</translation>
        </message>
        <message>
            <source>&amp;Send event…</source>
            <translation>&amp;Send event…</translation>
        </message>
        <message>
            <source>Puts an event on the local event bus; matching enabled rules start their targets.</source>
            <translation>Puts an event on the local event bus; matching enabled rules start their targets.</translation>
        </message>
        <message>
            <source>Details</source>
            <translation>Details</translation>
        </message>
        <message>
            <source>Invocations</source>
            <translation>Invocations</translation>
        </message>
        <message>
            <source>Select a rule to see its pattern or schedule, targets and tags.</source>
            <translation>Select a rule to see its pattern or schedule, targets and tags.</translation>
        </message>
        <message>
            <source>ARN</source>
            <translation>ARN</translation>
        </message>
        <message>
            <source>Event bus</source>
            <translation>Event bus</translation>
        </message>
        <message>
            <source>State</source>
            <translation>State</translation>
        </message>
        <message>
            <source>Enabled</source>
            <translation>Enabled</translation>
        </message>
        <message>
            <source>Disabled</source>
            <translation>Disabled</translation>
        </message>
        <message>
            <source>Description</source>
            <translation>Description</translation>
        </message>
        <message>
            <source>—</source>
            <translation>—</translation>
        </message>
        <message>
            <source>Role</source>
            <translation>Role</translation>
        </message>
        <message>
            <source>Created</source>
            <translation>Created</translation>
        </message>
        <message>
            <source>Last modified</source>
            <translation>Last modified</translation>
        </message>
        <message>
            <source>Schedule</source>
            <translation>Schedule</translation>
        </message>
        <message>
            <source>%1, evaluated in UTC</source>
            <translation>%1, evaluated in UTC</translation>
        </message>
        <message>
            <source>Event pattern</source>
            <translation>Event pattern</translation>
        </message>
        <message>
            <source>Targets (%1)</source>
            <translation>Targets (%1)</translation>
        </message>
        <message>
            <source>SageMaker pipeline %1 (account %2)</source>
            <translation>SageMaker pipeline %1 (account %2)</translation>
        </message>
        <message>
            <source>Role: %1</source>
            <translation>Role: %1</translation>
        </message>
        <message>
            <source>%1 ← %2 (JSONPath into the event)</source>
            <translation>%1 ← %2 (JSONPath into the event)</translation>
        </message>
        <message>
            <source>%1 = %2</source>
            <translation>%1 = %2</translation>
        </message>
        <message>
            <source>Tags</source>
            <translation>Tags</translation>
        </message>
        <message>
            <source>No tags</source>
            <translation>No tags</translation>
        </message>
        <message>
            <source>“%1” was saved.</source>
            <translation>“%1” was saved.</translation>
        </message>
        <message>
            <source>“%1” was created.</source>
            <translation>“%1” was created.</translation>
        </message>
        <message>
            <source>“%1” is enabled.</source>
            <translation>“%1” is enabled.</translation>
        </message>
        <message>
            <source>“%1” is disabled.</source>
            <translation>“%1” is disabled.</translation>
        </message>
        <message>
            <source>Delete the rule “%1”?</source>
            <translation>Delete the rule “%1”?</translation>
        </message>
        <message numerus="yes">
            <source>Delete the rule “%1” and its %n target(s)? AWS deletes a rule that has targets only when forced (delete-rule --force) or after remove-targets; this removes the targets with it.</source>
            <translation>
                <numerusform>Delete the rule “%1” and its %n target? AWS deletes a rule that has targets only when forced (delete-rule --force) or after remove-targets; this removes the targets with it.</numerusform>
                <numerusform>Delete the rule “%1” and its %n targets? AWS deletes a rule that has targets only when forced (delete-rule --force) or after remove-targets; this removes the targets with it.</numerusform>
            </translation>
        </message>
        <message>
            <source>“%1” was deleted.</source>
            <translation>“%1” was deleted.</translation>
        </message>
        <message>
            <source>No targets: the rule starts nothing.</source>
            <translation>No targets: the rule starts nothing.</translation>
        </message>
        <message>
            <source>&amp;Import…</source>
            <translation>&amp;Import…</translation>
        </message>
        <message>
            <source>Creates or replaces rules from AWS CLI input JSON or a CloudFormation template; all or nothing.</source>
            <translation>Creates or replaces rules from AWS CLI input JSON or a CloudFormation template; all or nothing.</translation>
        </message>
        <message>
            <source>E&amp;xport…</source>
            <translation>E&amp;xport…</translation>
        </message>
        <message>
            <source>Shows the selected rules as AWS CLI input JSON or CloudFormation, to copy or save.</source>
            <translation>Shows the selected rules as AWS CLI input JSON or CloudFormation, to copy or save.</translation>
        </message>
        <message numerus="yes">
            <source>Imported %n rule(s).</source>
            <translation>
                <numerusform>Imported %n rule.</numerusform>
                <numerusform>Imported %n rules.</numerusform>
            </translation>
        </message>
        <message>
            <source>the rule “%1”</source>
            <translation>the rule “%1”</translation>
        </message>
        <message numerus="yes">
            <source>%n rules: %1</source>
            <translation>
                <numerusform>%n rules: %1</numerusform>
                <numerusform>%n rules: %1</numerusform>
            </translation>
        </message>
        <message>
            <source>Enabling “%1”…</source>
            <translation>Enabling “%1”…</translation>
        </message>
        <message>
            <source>Disabling “%1”…</source>
            <translation>Disabling “%1”…</translation>
        </message>
        <message>
            <source>Deleting “%1”…</source>
            <translation>Deleting “%1”…</translation>
        </message>
        <message>
            <source>Puts an event on the connected account's event bus in EventBridge, which starts the targets of the rules it matches.</source>
            <translation>Puts an event on the connected account's event bus in EventBridge, which starts the targets of the rules it matches.</translation>
        </message>
        <message>
            <source>Disable rule</source>
            <translation>Disable rule</translation>
        </message>
        <message>
            <source>Disable the rule “%1”? It matches no event, and starts no target, until it is enabled again.</source>
            <translation>Disable the rule “%1”? It matches no event, and starts no target, until it is enabled again.</translation>
        </message>
    </context>
    <context>
        <name>Pd::ScheduleExpressionPage</name>
        <message>
            <source>Name, expression and time zone</source>
            <translation>Name, expression and time zone</translation>
        </message>
        <message>
            <source>The preview shows the next fires in the schedule's zone, in UTC and in yours, with daylight saving changes flagged.</source>
            <translation>The preview shows the next fires in the schedule's zone, in UTC and in yours, with daylight saving changes flagged.</translation>
        </message>
        <message>
            <source>&amp;Name*:</source>
            <translation>&amp;Name*:</translation>
        </message>
        <message>
            <source>1–64 letters, digits, - _ .</source>
            <translation>1–64 letters, digits, - _ .</translation>
        </message>
        <message>
            <source>&amp;Group:</source>
            <translation>&amp;Group:</translation>
        </message>
        <message>
            <source>&amp;Expression*:</source>
            <translation>&amp;Expression*:</translation>
        </message>
        <message>
            <source>&amp;Time zone:</source>
            <translation>&amp;Time zone:</translation>
        </message>
        <message>
            <source>&amp;Meant for:</source>
            <translation>&amp;Meant for:</translation>
        </message>
        <message>
            <source>Where this schedule will also run. The warnings below then say what that service does differently: the dialects it takes, the fields or time zone it ignores.</source>
            <translation>Where this schedule will also run. The warnings below then say what that service does differently: the dialects it takes, the fields or time zone it ignores.</translation>
        </message>
        <message>
            <source>This workspace only (every dialect)</source>
            <translation>This workspace only (every dialect)</translation>
        </message>
        <message>
            <source>EventBridge rule</source>
            <translation>EventBridge rule</translation>
        </message>
        <message>
            <source>EventBridge Scheduler</source>
            <translation>EventBridge Scheduler</translation>
        </message>
        <message>
            <source>Azure ML schedule</source>
            <translation>Azure ML schedule</translation>
        </message>
        <message>
            <source>crontab</source>
            <translation>crontab</translation>
        </message>
    </context>
    <context>
        <name>Pd::ScheduleKindPage</name>
        <message>
            <source>What kind of schedule?</source>
            <translation>What kind of schedule?</translation>
        </message>
        <message>
            <source>Pick how the instants are described; the next page shows them before anything is created.</source>
            <translation>Pick how the instants are described; the next page shows them before anything is created.</translation>
        </message>
        <message>
            <source>&amp;One time — at(…)</source>
            <translation>&amp;One time — at(…)</translation>
        </message>
        <message>
            <source>&amp;Rate — every N minutes, hours or days</source>
            <translation>&amp;Rate — every N minutes, hours or days</translation>
        </message>
        <message>
            <source>&amp;Cron — EventBridge / SageMaker cron(…), six fields</source>
            <translation>&amp;Cron — EventBridge / SageMaker cron(…), six fields</translation>
        </message>
        <message>
            <source>&amp;Azure ML recurrence — frequency, interval, hours and weekdays</source>
            <translation>&amp;Azure ML recurrence — frequency, interval, hours and weekdays</translation>
        </message>
        <message>
            <source>C&amp;rontab — classic five fields</source>
            <translation>C&amp;rontab — classic five fields</translation>
        </message>
        <message>
            <source>EventBridge Scheduler knows only at(), rate() and cron(); this kind is run by the local engine only, so a connected account's schedule cannot use it.</source>
            <translation>EventBridge Scheduler knows only at(), rate() and cron(); this kind is run by the local engine only, so a connected account's schedule cannot use it.</translation>
        </message>
    </context>
    <context>
        <name>Pd::SchedulePoliciesPage</name>
        <message>
            <source>Policies</source>
            <translation>Policies</translation>
        </message>
        <message>
            <source>What happens when a fire is late, fails, was missed or overlaps the previous run.</source>
            <translation>What happens when a fire is late, fails, was missed or overlaps the previous run.</translation>
        </message>
        <message>
            <source>&amp;Enabled: start firing right away</source>
            <translation>&amp;Enabled: start firing right away</translation>
        </message>
        <message>
            <source>&amp;Flexible time window (minutes):</source>
            <translation>&amp;Flexible time window (minutes):</translation>
        </message>
        <message>
            <source>Fire at a random instant within this window after each slot (1–1440 minutes).</source>
            <translation>Fire at a random instant within this window after each slot (1–1440 minutes).</translation>
        </message>
        <message>
            <source>Maximum &amp;retries (0–185):</source>
            <translation>Maximum &amp;retries (0–185):</translation>
        </message>
        <message>
            <source>Maximum event &amp;age (60–86400 s):</source>
            <translation>Maximum event &amp;age (60–86400 s):</translation>
        </message>
        <message>
            <source> s</source>
            <translation> s</translation>
        </message>
        <message>
            <source>&amp;Missed runs:</source>
            <translation>&amp;Missed runs:</translation>
        </message>
        <message>
            <source>While the previous run is &amp;active:</source>
            <translation>While the previous run is &amp;active:</translation>
        </message>
        <message>
            <source>&amp;Delete the schedule after its last run</source>
            <translation>&amp;Delete the schedule after its last run</translation>
        </message>
        <message>
            <source>EventBridge Scheduler has no such policy: it runs the schedule in the cloud and starts every slot, so a connected account's schedule cannot have one.</source>
            <translation>EventBridge Scheduler has no such policy: it runs the schedule in the cloud and starts every slot, so a connected account's schedule cannot have one.</translation>
        </message>
    </context>
    <context>
        <name>Pd::ScheduleReviewPage</name>
        <message>
            <source>Name: %1 (group %2)</source>
            <translation>Name: %1 (group %2)</translation>
        </message>
        <message>
            <source>Expression: %1 in %2</source>
            <translation>Expression: %1 in %2</translation>
        </message>
        <message>
            <source>Start: %1</source>
            <translation>Start: %1</translation>
        </message>
        <message>
            <source>End: %1</source>
            <translation>End: %1</translation>
        </message>
        <message>
            <source>Target: %1</source>
            <translation>Target: %1</translation>
        </message>
        <message>
            <source>  %1 = %2</source>
            <translation>  %1 = %2</translation>
        </message>
        <message>
            <source>State: enabled</source>
            <translation>State: enabled</translation>
        </message>
        <message>
            <source>State: disabled</source>
            <translation>State: disabled</translation>
        </message>
        <message numerus="yes">
            <source>Flexible window: %n minute(s)</source>
            <translation>
                <numerusform>Flexible window: %n minute</numerusform>
                <numerusform>Flexible window: %n minutes</numerusform>
            </translation>
        </message>
        <message>
            <source>Flexible window: off</source>
            <translation>Flexible window: off</translation>
        </message>
        <message>
            <source>Retries: at most %1, for at most %2 s</source>
            <translation>Retries: at most %1, for at most %2 s</translation>
        </message>
        <message>
            <source>Missed runs: %1</source>
            <translation>Missed runs: %1</translation>
        </message>
        <message>
            <source>Overlap: %1</source>
            <translation>Overlap: %1</translation>
        </message>
        <message>
            <source>Deletes itself after its last run</source>
            <translation>Deletes itself after its last run</translation>
        </message>
        <message>
            <source>Review and create</source>
            <translation>Review and create</translation>
        </message>
        <message>
            <source>Nothing is created until you press Create.</source>
            <translation>Nothing is created until you press Create.</translation>
        </message>
        <message>
            <source>&amp;Create</source>
            <translation>&amp;Create</translation>
        </message>
        <message>
            <source>Role: %1</source>
            <translation>Role: %1</translation>
        </message>
        <message>
            <source>Warning: %1</source>
            <translation>Warning: %1</translation>
        </message>
        <message>
            <source>Nothing is created until you press Create; then EventBridge Scheduler of the connected account creates it, and it shows here as the cloud made it.</source>
            <translation>Nothing is created until you press Create; then EventBridge Scheduler of the connected account creates it, and it shows here as the cloud made it.</translation>
        </message>
    </context>
    <context>
        <name>Pd::ScheduleTableModel</name>
        <message>
            <source>Name</source>
            <translation>Name</translation>
        </message>
        <message>
            <source>Group</source>
            <translation>Group</translation>
        </message>
        <message>
            <source>State</source>
            <translation>State</translation>
        </message>
        <message>
            <source>Next fire (schedule's zone)</source>
            <translation>Next fire (schedule's zone)</translation>
        </message>
        <message>
            <source>Next fire (your zone)</source>
            <translation>Next fire (your zone)</translation>
        </message>
        <message>
            <source>Last outcome</source>
            <translation>Last outcome</translation>
        </message>
        <message>
            <source>Target pipeline</source>
            <translation>Target pipeline</translation>
        </message>
        <message>
            <source>The target pipeline was deleted. Disable and delete this schedule, or point it to another pipeline.</source>
            <translation>The target pipeline was deleted. Disable and delete this schedule, or point it to another pipeline.</translation>
        </message>
        <message>
            <source>Enabled</source>
            <translation>Enabled</translation>
        </message>
        <message>
            <source>Disabled</source>
            <translation>Disabled</translation>
        </message>
        <message>
            <source>Never fired</source>
            <translation>Never fired</translation>
        </message>
        <message>
            <source>%1 at %2</source>
            <translation>%1 at %2</translation>
        </message>
        <message>
            <source>%1 (orphaned)</source>
            <translation>%1 (orphaned)</translation>
        </message>
        <message>
            <source>Never fires</source>
            <translation>Never fires</translation>
        </message>
        <message>
            <source>When</source>
            <translation>When</translation>
        </message>
        <message>
            <source>%1
Time zone: %2</source>
            <translation>%1
Time zone: %2</translation>
        </message>
        <message>
            <source>Started · %1</source>
            <translation>Started · %1</translation>
        </message>
    </context>
    <context>
        <name>Pd::ScheduleTargetPage</name>
        <message>
            <source>Target pipeline and parameters</source>
            <translation>Target pipeline and parameters</translation>
        </message>
        <message>
            <source>Each fire starts one execution of this pipeline.</source>
            <translation>Each fire starts one execution of this pipeline.</translation>
        </message>
        <message>
            <source>&amp;Pipeline*:</source>
            <translation>&amp;Pipeline*:</translation>
        </message>
        <message>
            <source>Parameter</source>
            <translation>Parameter</translation>
        </message>
        <message>
            <source>Type</source>
            <translation>Type</translation>
        </message>
        <message>
            <source>Value</source>
            <translation>Value</translation>
        </message>
        <message>
            <source>Values may use ${{name}} (the execution's display name, &lt;schedule&gt;-YYYYMMDDThhmmssZ) and ${{creation_context.trigger_time}} (the scheduled instant in UTC).</source>
            <translation>Values may use ${{name}} (the execution's display name, &lt;schedule&gt;-YYYYMMDDThhmmssZ) and ${{creation_context.trigger_time}} (the scheduled instant in UTC).</translation>
        </message>
        <message>
            <source>&amp;Role ARN:</source>
            <translation>&amp;Role ARN:</translation>
        </message>
        <message>
            <source>Optional: the IAM role EventBridge Scheduler assumes to start the pipeline (Target.RoleArn). Kept and exported; the local engine does not need it.</source>
            <translation>Optional: the IAM role EventBridge Scheduler assumes to start the pipeline (Target.RoleArn). Kept and exported; the local engine does not need it.</translation>
        </message>
        <message>
            <source>&amp;Role ARN*:</source>
            <translation>&amp;Role ARN*:</translation>
        </message>
        <message>
            <source>Required: the IAM role EventBridge Scheduler assumes to start the pipeline (Target.RoleArn); scheduler.amazonaws.com must be allowed to assume it.</source>
            <translation>Required: the IAM role EventBridge Scheduler assumes to start the pipeline (Target.RoleArn); scheduler.amazonaws.com must be allowed to assume it.</translation>
        </message>
        <message>
            <source>Values are sent as written. EventBridge Scheduler fills in &lt;aws.scheduler.scheduled-time&gt; (the scheduled instant) and &lt;aws.scheduler.execution-id&gt;; the local engine's ${{…}} macros are not available in the cloud.</source>
            <translation>Values are sent as written. EventBridge Scheduler fills in &lt;aws.scheduler.scheduled-time&gt; (the scheduled instant) and &lt;aws.scheduler.execution-id&gt;; the local engine's ${{…}} macros are not available in the cloud.</translation>
        </message>
    </context>
    <context>
        <name>Pd::ScheduleWindowPage</name>
        <message>
            <source>Start and end</source>
            <translation>Start and end</translation>
        </message>
        <message>
            <source>Optional: no slot fires before the start or after the end.</source>
            <translation>Optional: no slot fires before the start or after the end.</translation>
        </message>
        <message>
            <source>&amp;Start</source>
            <translation>&amp;Start</translation>
        </message>
        <message>
            <source>&amp;End</source>
            <translation>&amp;End</translation>
        </message>
        <message>
            <source>rate() counts from the start, or from when the schedule is created. A schedule that deletes itself after its last run needs an end.</source>
            <translation>rate() counts from the start, or from when the schedule is created. A schedule that deletes itself after its last run needs an end.</translation>
        </message>
    </context>
    <context>
        <name>Pd::ScheduleWizard</name>
        <message>
            <source>New schedule</source>
            <translation>New schedule</translation>
        </message>
        <message>
            <source>Name</source>
            <translation>Name</translation>
        </message>
        <message>
            <source>Group</source>
            <translation>Group</translation>
        </message>
        <message>
            <source>Expression</source>
            <translation>Expression</translation>
        </message>
        <message>
            <source>Time zone</source>
            <translation>Time zone</translation>
        </message>
        <message>
            <source>Start</source>
            <translation>Start</translation>
        </message>
        <message>
            <source>End</source>
            <translation>End</translation>
        </message>
        <message>
            <source>Pipeline</source>
            <translation>Pipeline</translation>
        </message>
        <message>
            <source>Parameter</source>
            <translation>Parameter</translation>
        </message>
        <message>
            <source>Flexible time window</source>
            <translation>Flexible time window</translation>
        </message>
        <message>
            <source>Maximum retries</source>
            <translation>Maximum retries</translation>
        </message>
        <message>
            <source>Maximum event age</source>
            <translation>Maximum event age</translation>
        </message>
        <message>
            <source>Delete the schedule after its last run</source>
            <translation>Delete the schedule after its last run</translation>
        </message>
        <message>
            <source>Role ARN</source>
            <translation>Role ARN</translation>
        </message>
        <message>
            <source>Creating “%1” in the cloud…</source>
            <translation>Creating “%1” in the cloud…</translation>
        </message>
    </context>
    <context>
        <name>Pd::SchedulesPage</name>
        <message>
            <source>Disable and delete</source>
            <translation>Disable and delete</translation>
        </message>
        <message>
            <source>Schedules</source>
            <translation>Schedules</translation>
        </message>
        <message>
            <source>Filter schedules</source>
            <translation>Filter schedules</translation>
        </message>
        <message>
            <source>&amp;New schedule…</source>
            <translation>&amp;New schedule…</translation>
        </message>
        <message>
            <source>&amp;Enable</source>
            <translation>&amp;Enable</translation>
        </message>
        <message>
            <source>&amp;Disable</source>
            <translation>&amp;Disable</translation>
        </message>
        <message>
            <source>&amp;Run now</source>
            <translation>&amp;Run now</translation>
        </message>
        <message>
            <source>Starts the target once now; the schedule's cadence does not change.</source>
            <translation>Starts the target once now; the schedule's cadence does not change.</translation>
        </message>
        <message>
            <source>Disable and de&amp;lete…</source>
            <translation>Disable and de&amp;lete…</translation>
        </message>
        <message>
            <source>History</source>
            <translation>History</translation>
        </message>
        <message>
            <source>Upcoming runs</source>
            <translation>Upcoming runs</translation>
        </message>
        <message>
            <source>Dead letters</source>
            <translation>Dead letters</translation>
        </message>
        <message>
            <source>“%1” is enabled.</source>
            <translation>“%1” is enabled.</translation>
        </message>
        <message>
            <source>“%1” is disabled.</source>
            <translation>“%1” is disabled.</translation>
        </message>
        <message>
            <source>Started %1.</source>
            <translation>Started %1.</translation>
        </message>
        <message>
            <source>Disable and delete the schedule “%1”? The executions it started stay.</source>
            <translation>Disable and delete the schedule “%1”? The executions it started stay.</translation>
        </message>
        <message>
            <source>“%1” was deleted.</source>
            <translation>“%1” was deleted.</translation>
        </message>
        <message>
            <source>&amp;Import…</source>
            <translation>&amp;Import…</translation>
        </message>
        <message>
            <source>Creates or replaces a schedule from Azure ML schedule YAML or EventBridge Scheduler input.</source>
            <translation>Creates or replaces a schedule from Azure ML schedule YAML or EventBridge Scheduler input.</translation>
        </message>
        <message>
            <source>E&amp;xport…</source>
            <translation>E&amp;xport…</translation>
        </message>
        <message>
            <source>Shows the selected schedule as Azure ML schedule YAML or EventBridge Scheduler input, to copy or save.</source>
            <translation>Shows the selected schedule as Azure ML schedule YAML or EventBridge Scheduler input, to copy or save.</translation>
        </message>
        <message>
            <source>Imported the schedule “%1”.</source>
            <translation>Imported the schedule “%1”.</translation>
        </message>
        <message>
            <source>the schedule “%1”</source>
            <translation>the schedule “%1”</translation>
        </message>
        <message>
            <source>Details</source>
            <translation>Details</translation>
        </message>
        <message>
            <source>Select a schedule to see its details.</source>
            <translation>Select a schedule to see its details.</translation>
        </message>
        <message>
            <source>Name: %1 (group %2)</source>
            <translation>Name: %1 (group %2)</translation>
        </message>
        <message>
            <source>ARN: %1</source>
            <translation>ARN: %1</translation>
        </message>
        <message>
            <source>Description: %1</source>
            <translation>Description: %1</translation>
        </message>
        <message>
            <source>Expression: %1 in %2</source>
            <translation>Expression: %1 in %2</translation>
        </message>
        <message>
            <source>Start: %1</source>
            <translation>Start: %1</translation>
        </message>
        <message>
            <source>End: %1</source>
            <translation>End: %1</translation>
        </message>
        <message>
            <source>State: enabled</source>
            <translation>State: enabled</translation>
        </message>
        <message>
            <source>State: disabled</source>
            <translation>State: disabled</translation>
        </message>
        <message>
            <source>Target: %1</source>
            <translation>Target: %1</translation>
        </message>
        <message>
            <source>  %1 = %2</source>
            <translation>  %1 = %2</translation>
        </message>
        <message>
            <source>Role: none</source>
            <translation>Role: none</translation>
        </message>
        <message>
            <source>Role: %1</source>
            <translation>Role: %1</translation>
        </message>
        <message numerus="yes">
            <source>Flexible window: %n minute(s)</source>
            <translation>
                <numerusform>Flexible window: %n minute</numerusform>
                <numerusform>Flexible window: %n minutes</numerusform>
            </translation>
        </message>
        <message>
            <source>Flexible window: off</source>
            <translation>Flexible window: off</translation>
        </message>
        <message>
            <source>Retries: at most %1, for at most %2 s</source>
            <translation>Retries: at most %1, for at most %2 s</translation>
        </message>
        <message>
            <source>Missed runs: %1</source>
            <translation>Missed runs: %1</translation>
        </message>
        <message>
            <source>Overlap: %1</source>
            <translation>Overlap: %1</translation>
        </message>
        <message>
            <source>Deletes itself after its last run</source>
            <translation>Deletes itself after its last run</translation>
        </message>
        <message>
            <source>When: %1</source>
            <translation>When: %1</translation>
        </message>
        <message>
            <source>Enabling “%1”…</source>
            <translation>Enabling “%1”…</translation>
        </message>
        <message>
            <source>Disabling “%1”…</source>
            <translation>Disabling “%1”…</translation>
        </message>
        <message>
            <source>Deleting “%1”…</source>
            <translation>Deleting “%1”…</translation>
        </message>
        <message>
            <source>Creates the schedule in EventBridge Scheduler of the connected account; it shows here as the cloud made it.</source>
            <translation>Creates the schedule in EventBridge Scheduler of the connected account; it shows here as the cloud made it.</translation>
        </message>
        <message>
            <source>Disable schedule</source>
            <translation>Disable schedule</translation>
        </message>
        <message>
            <source>Disable the schedule “%1”? It fires no more until it is enabled again.</source>
            <translation>Disable the schedule “%1”? It fires no more until it is enabled again.</translation>
        </message>
    </context>
    <context>
        <name>Pd::SendEventDialog</name>
        <message>
            <source>The event is not valid JSON (at character %1): %2</source>
            <translation>The event is not valid JSON (at character %1): %2</translation>
        </message>
        <message>
            <source>The event must be a JSON object.</source>
            <translation>The event must be a JSON object.</translation>
        </message>
        <message>
            <source>Refused (%1): %2</source>
            <translation>Refused (%1): %2</translation>
        </message>
        <message>
            <source>Send event</source>
            <translation>Send event</translation>
        </message>
        <message>
            <source>&amp;Event bus:</source>
            <translation>&amp;Event bus:</translation>
        </message>
        <message>
            <source>&amp;Sample event:</source>
            <translation>&amp;Sample event:</translation>
        </message>
        <message>
            <source>Enter my own</source>
            <translation>Enter my own</translation>
        </message>
        <message>
            <source>E&amp;vent (source, detail-type, detail, resources):</source>
            <translation>E&amp;vent (source, detail-type, detail, resources):</translation>
        </message>
        <message>
            <source>Fields left out — id, time, account, region — are filled in by the event bus, as PutEvents does. Every enabled rule of the bus whose pattern matches starts its targets.</source>
            <translation>Fields left out — id, time, account, region — are filled in by the event bus, as PutEvents does. Every enabled rule of the bus whose pattern matches starts its targets.</translation>
        </message>
        <message>
            <source>Se&amp;nd</source>
            <translation>Se&amp;nd</translation>
        </message>
        <message>
            <source>&amp;Close</source>
            <translation>&amp;Close</translation>
        </message>
        <message>
            <source>Sending the event to EventBridge…</source>
            <translation>Sending the event to EventBridge…</translation>
        </message>
        <message>
            <source>Event %1 was put on the event bus “%2” in EventBridge, which starts the targets of the rules it matches.</source>
            <translation>Event %1 was put on the event bus “%2” in EventBridge, which starts the targets of the rules it matches.</translation>
        </message>
        <message>
            <source>Event %1 was put on the event bus “%2”.</source>
            <translation>Event %1 was put on the event bus “%2”.</translation>
        </message>
        <message numerus="yes">
            <source>%n target(s) started.</source>
            <translation>
                <numerusform>%n target started.</numerusform>
                <numerusform>%n targets started.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n target(s) could not start their pipeline:</source>
            <translation>
                <numerusform>%n target could not start their pipeline:</numerusform>
                <numerusform>%n targets could not start their pipeline:</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>Pd::ShareDetailsPage</name>
        <message>
            <source>Specify resource share details</source>
            <translation>Specify resource share details</translation>
        </message>
        <message>
            <source>Name the share and choose the pipelines of this account to share.</source>
            <translation>Name the share and choose the pipelines of this account to share.</translation>
        </message>
        <message>
            <source>&amp;Name *</source>
            <translation>&amp;Name *</translation>
        </message>
        <message>
            <source>for example: abalone-models-for-dev</source>
            <translation>for example: abalone-models-for-dev</translation>
        </message>
        <message>
            <source>Resource &amp;type</source>
            <translation>Resource &amp;type</translation>
        </message>
        <message>
            <source>SageMaker Pipelines</source>
            <translation>SageMaker Pipelines</translation>
        </message>
        <message>
            <source>&amp;Pipelines to share *</source>
            <translation>&amp;Pipelines to share *</translation>
        </message>
    </context>
    <context>
        <name>Pd::SharePermissionPage</name>
        <message>
            <source>Actions granted by %1 (on the pipeline and all its executions):</source>
            <translation>Actions granted by %1 (on the pipeline and all its executions):</translation>
        </message>
        <message>
            <source>Associate a managed permission</source>
            <translation>Associate a managed permission</translation>
        </message>
        <message>
            <source>A share carries exactly one permission. It decides what the principals may do.</source>
            <translation>A share carries exactly one permission. It decides what the principals may do.</translation>
        </message>
        <message>
            <source>%1 — read-only</source>
            <translation>%1 — read-only</translation>
        </message>
        <message>
            <source>%1 — read and start, stop, retry executions</source>
            <translation>%1 — read and start, stop, retry executions</translation>
        </message>
    </context>
    <context>
        <name>Pd::SharePrincipalsPage</name>
        <message>
            <source>Enter a principal id first.</source>
            <translation>Enter a principal id first.</translation>
        </message>
        <message>
            <source>“%1” is not an AWS account id: it must be exactly 12 digits.</source>
            <translation>“%1” is not an AWS account id: it must be exactly 12 digits.</translation>
        </message>
        <message>
            <source>“%1” is not an organization ARN (arn:aws:organizations::ACCOUNT:organization/o-ID).</source>
            <translation>“%1” is not an organization ARN (arn:aws:organizations::ACCOUNT:organization/o-ID).</translation>
        </message>
        <message>
            <source>“%1” is not an OU ARN (arn:aws:organizations::ACCOUNT:ou/o-ID/ou-ID).</source>
            <translation>“%1” is not an OU ARN (arn:aws:organizations::ACCOUNT:ou/o-ID/ou-ID).</translation>
        </message>
        <message>
            <source>An account can not share with itself.</source>
            <translation>An account can not share with itself.</translation>
        </message>
        <message>
            <source>A 12-digit AWS account id, for example 111111111111.</source>
            <translation>A 12-digit AWS account id, for example 111111111111.</translation>
        </message>
        <message>
            <source>Your organization's ARN: every account in it gets access.</source>
            <translation>Your organization's ARN: every account in it gets access.</translation>
        </message>
        <message>
            <source>An OU ARN: the accounts in the OU and in all OUs below it get access.</source>
            <translation>An OU ARN: the accounts in the OU and in all OUs below it get access.</translation>
        </message>
        <message>
            <source>Grant access to principals</source>
            <translation>Grant access to principals</translation>
        </message>
        <message>
            <source>Principals outside your organization, or any account while organization sharing is off, get an invitation that they accept within 7 days.</source>
            <translation>Principals outside your organization, or any account while organization sharing is off, get an invitation that they accept within 7 days.</translation>
        </message>
        <message>
            <source>Allow sharing only within your &amp;organization</source>
            <translation>Allow sharing only within your &amp;organization</translation>
        </message>
        <message>
            <source>Allow sharing with &amp;anyone</source>
            <translation>Allow sharing with &amp;anyone</translation>
        </message>
        <message>
            <source>Principal &amp;type</source>
            <translation>Principal &amp;type</translation>
        </message>
        <message>
            <source>AWS account</source>
            <translation>AWS account</translation>
        </message>
        <message>
            <source>Organization</source>
            <translation>Organization</translation>
        </message>
        <message>
            <source>Organizational unit (OU)</source>
            <translation>Organizational unit (OU)</translation>
        </message>
        <message>
            <source>Principal &amp;id</source>
            <translation>Principal &amp;id</translation>
        </message>
        <message>
            <source>A&amp;dd</source>
            <translation>A&amp;dd</translation>
        </message>
        <message>
            <source>Selected principals *</source>
            <translation>Selected principals *</translation>
        </message>
        <message>
            <source>&amp;Remove</source>
            <translation>&amp;Remove</translation>
        </message>
    </context>
    <context>
        <name>Pd::ShareReviewPage</name>
        <message>
            <source>Review and save</source>
            <translation>Review and save</translation>
        </message>
        <message>
            <source>Review and create</source>
            <translation>Review and create</translation>
        </message>
        <message>
            <source>Check the changes. Principals you remove lose access at once.</source>
            <translation>Check the changes. Principals you remove lose access at once.</translation>
        </message>
        <message>
            <source>Check the share. Nothing is shared until you create it.</source>
            <translation>Check the share. Nothing is shared until you create it.</translation>
        </message>
    </context>
    <context>
        <name>Pd::ShareTableModel</name>
        <message>
            <source>Name</source>
            <translation>Name</translation>
        </message>
        <message>
            <source>Permission</source>
            <translation>Permission</translation>
        </message>
        <message>
            <source>Pipelines</source>
            <translation>Pipelines</translation>
        </message>
        <message>
            <source>Principals</source>
            <translation>Principals</translation>
        </message>
        <message>
            <source>Status</source>
            <translation>Status</translation>
        </message>
        <message>
            <source>Last modified</source>
            <translation>Last modified</translation>
        </message>
        <message>
            <source>%1 (%2)</source>
            <translation>%1 (%2)</translation>
        </message>
        <message>
            <source>Active</source>
            <translation>Active</translation>
        </message>
        <message>
            <source>Deleted</source>
            <translation>Deleted</translation>
        </message>
    </context>
    <context>
        <name>Pd::ShareWizard</name>
        <message>
            <source>&lt;p&gt;&lt;b&gt;Name:&lt;/b&gt; %1&lt;/p&gt;&lt;p&gt;&lt;b&gt;Resource type:&lt;/b&gt; SageMaker Pipelines&lt;/p&gt;&lt;p&gt;&lt;b&gt;Pipelines:&lt;/b&gt;&lt;br&gt;%2&lt;/p&gt;&lt;p&gt;&lt;b&gt;Permission:&lt;/b&gt; %3&lt;/p&gt;&lt;p&gt;&lt;b&gt;Sharing:&lt;/b&gt; %4&lt;/p&gt;&lt;p&gt;&lt;b&gt;Principals:&lt;/b&gt;&lt;br&gt;%5&lt;/p&gt;</source>
            <translation>&lt;p&gt;&lt;b&gt;Name:&lt;/b&gt; %1&lt;/p&gt;&lt;p&gt;&lt;b&gt;Resource type:&lt;/b&gt; SageMaker Pipelines&lt;/p&gt;&lt;p&gt;&lt;b&gt;Pipelines:&lt;/b&gt;&lt;br&gt;%2&lt;/p&gt;&lt;p&gt;&lt;b&gt;Permission:&lt;/b&gt; %3&lt;/p&gt;&lt;p&gt;&lt;b&gt;Sharing:&lt;/b&gt; %4&lt;/p&gt;&lt;p&gt;&lt;b&gt;Principals:&lt;/b&gt;&lt;br&gt;%5&lt;/p&gt;</translation>
        </message>
        <message>
            <source>with anyone</source>
            <translation>with anyone</translation>
        </message>
        <message>
            <source>only within your organization</source>
            <translation>only within your organization</translation>
        </message>
        <message>
            <source>Edit resource share</source>
            <translation>Edit resource share</translation>
        </message>
        <message>
            <source>Create resource share</source>
            <translation>Create resource share</translation>
        </message>
        <message>
            <source>Save changes</source>
            <translation>Save changes</translation>
        </message>
        <message>
            <source>Saving the resource share “%1”…</source>
            <translation>Saving the resource share “%1”…</translation>
        </message>
        <message>
            <source>Creating the resource share “%1”…</source>
            <translation>Creating the resource share “%1”…</translation>
        </message>
    </context>
    <context>
        <name>Pd::SharedResourceTableModel</name>
        <message>
            <source>Pipeline</source>
            <translation>Pipeline</translation>
        </message>
        <message>
            <source>Owner account</source>
            <translation>Owner account</translation>
        </message>
        <message>
            <source>Permission</source>
            <translation>Permission</translation>
        </message>
        <message>
            <source>Resource share</source>
            <translation>Resource share</translation>
        </message>
    </context>
    <context>
        <name>Pd::SharedWithMePage</name>
        <message>
            <source>Accepted the invitation to “%1”.</source>
            <translation>Accepted the invitation to “%1”.</translation>
        </message>
        <message>
            <source>Rejected the invitation to “%1”.</source>
            <translation>Rejected the invitation to “%1”.</translation>
        </message>
        <message>
            <source>Shared with me</source>
            <translation>Shared with me</translation>
        </message>
        <message>
            <source>Invitations (%1 pending)</source>
            <translation>Invitations (%1 pending)</translation>
        </message>
        <message>
            <source>Shared pipelines (%1)</source>
            <translation>Shared pipelines (%1)</translation>
        </message>
        <message>
            <source>Cross-account executions (%1)</source>
            <translation>Cross-account executions (%1)</translation>
        </message>
        <message>
            <source>&amp;Accept</source>
            <translation>&amp;Accept</translation>
        </message>
        <message>
            <source>Re&amp;ject</source>
            <translation>Re&amp;ject</translation>
        </message>
        <message>
            <source>Accepting the invitation to “%1”…</source>
            <translation>Accepting the invitation to “%1”…</translation>
        </message>
        <message>
            <source>Rejecting the invitation to “%1”…</source>
            <translation>Rejecting the invitation to “%1”…</translation>
        </message>
        <message>
            <source>Reject invitation</source>
            <translation>Reject invitation</translation>
        </message>
        <message>
            <source>Reject the invitation to the resource share “%1”? Its pipelines are not shared with this account, and a rejected invitation cannot be accepted later.</source>
            <translation>Reject the invitation to the resource share “%1”? Its pipelines are not shared with this account, and a rejected invitation cannot be accepted later.</translation>
        </message>
    </context>
    <context>
        <name>Pd::SharesPage</name>
        <message>
            <source>Saved the resource share %1.</source>
            <translation>Saved the resource share %1.</translation>
        </message>
        <message>
            <source>Created the resource share %1.</source>
            <translation>Created the resource share %1.</translation>
        </message>
        <message>
            <source>Delete the resource share “%1”? Every principal loses access to its pipelines at once.</source>
            <translation>Delete the resource share “%1”? Every principal loses access to its pipelines at once.</translation>
        </message>
        <message>
            <source>Deleted the resource share “%1”.</source>
            <translation>Deleted the resource share “%1”.</translation>
        </message>
        <message>
            <source>Resource shares</source>
            <translation>Resource shares</translation>
        </message>
        <message>
            <source>Pipelines this account shares with other accounts, its organization or OUs.</source>
            <translation>Pipelines this account shares with other accounts, its organization or OUs.</translation>
        </message>
        <message>
            <source>Filter shares by name, pipeline or principal</source>
            <translation>Filter shares by name, pipeline or principal</translation>
        </message>
        <message>
            <source>&amp;Create resource share…</source>
            <translation>&amp;Create resource share…</translation>
        </message>
        <message>
            <source>&amp;Edit…</source>
            <translation>&amp;Edit…</translation>
        </message>
        <message>
            <source>&amp;Delete</source>
            <translation>&amp;Delete</translation>
        </message>
        <message>
            <source>Deleting the resource share “%1”…</source>
            <translation>Deleting the resource share “%1”…</translation>
        </message>
    </context>
    <context>
        <name>Pd::StartExecutionDialog</name>
        <message>
            <source>%1 (account %2)</source>
            <translation>%1 (account %2)</translation>
        </message>
        <message>
            <source>required</source>
            <translation>required</translation>
        </message>
        <message>
            <source>%1 (%2)</source>
            <translation>%1 (%2)</translation>
        </message>
        <message>
            <source>This pipeline has no parameters.</source>
            <translation>This pipeline has no parameters.</translation>
        </message>
        <message>
            <source>Start execution</source>
            <translation>Start execution</translation>
        </message>
        <message>
            <source>&amp;Pipeline:</source>
            <translation>&amp;Pipeline:</translation>
        </message>
        <message>
            <source>&amp;Display name:</source>
            <translation>&amp;Display name:</translation>
        </message>
        <message>
            <source>optional; default: execution-&lt;time&gt;</source>
            <translation>optional; default: execution-&lt;time&gt;</translation>
        </message>
        <message>
            <source>Parameters</source>
            <translation>Parameters</translation>
        </message>
        <message>
            <source>&amp;Start</source>
            <translation>&amp;Start</translation>
        </message>
        <message>
            <source>The cloud refused</source>
            <translation>The cloud refused</translation>
        </message>
        <message>
            <source>Starting in the cloud… Cancel stops waiting.</source>
            <translation>Starting in the cloud… Cancel stops waiting.</translation>
        </message>
    </context>
    <context>
        <name>Pd::StepGraphView</name>
        <message>
            <source>%1: %2</source>
            <translation>%1: %2</translation>
        </message>
        <message>
            <source>%1: not started</source>
            <translation>%1: not started</translation>
        </message>
    </context>
    <context>
        <name>Pd::StepTableModel</name>
        <message>
            <source>Step</source>
            <translation>Step</translation>
        </message>
        <message>
            <source>Type</source>
            <translation>Type</translation>
        </message>
        <message>
            <source>Depends on</source>
            <translation>Depends on</translation>
        </message>
    </context>
    <context>
        <name>Pd::UpcomingRunsModel</name>
        <message>
            <source>When (your zone)</source>
            <translation>When (your zone)</translation>
        </message>
        <message>
            <source>When (schedule's zone)</source>
            <translation>When (schedule's zone)</translation>
        </message>
        <message>
            <source>Schedule</source>
            <translation>Schedule</translation>
        </message>
        <message>
            <source>Pipeline</source>
            <translation>Pipeline</translation>
        </message>
    </context>
    <context>
        <name>Pd::UpcomingRunsView</name>
        <message>
            <source>Show the next</source>
            <translation>Show the next</translation>
        </message>
        <message>
            <source> days</source>
            <translation> days</translation>
        </message>
    </context>
</TS>
