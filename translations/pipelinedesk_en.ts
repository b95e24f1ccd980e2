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
            <source>Seed a workspace file that does not exist yet with the demo accounts and pipelines.</source>
            <translation>Seed a workspace file that does not exist yet with the demo accounts and pipelines.</translation>
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
            <source>identity: the workspace has no accounts; create one or use --demo.</source>
            <translation>identity: the workspace has no accounts; create one or use --demo.</translation>
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
            <source>Account %1 is not allowed to perform %2 on %3: the pipeline belongs to account %4 and no resource share grants this action.</source>
            <translation>Account %1 is not allowed to perform %2 on %3: the pipeline belongs to account %4 and no resource share grants this action.</translation>
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
</TS>
