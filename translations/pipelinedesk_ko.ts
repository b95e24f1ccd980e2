<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ko_KR">
<context>
    <name>Pd</name>
    <message>
        <source>The workspace file (default: %1).</source>
        <translation>작업 공간 파일 (기본값: %1).</translation>
    </message>
    <message>
        <source>FILE</source>
        <translation>파일</translation>
    </message>
    <message>
        <source>The account id to act as (default: the workspace&apos;s default identity).</source>
        <translation>작업 계정으로 쓸 계정 ID(기본값: 작업 공간의 기본 작업 계정).</translation>
    </message>
    <message>
        <source>ACCOUNT_ID</source>
        <translation>계정_ID</translation>
    </message>
    <message>
        <source>Print the AWS API response shape as JSON.</source>
        <translation>AWS API 응답 형식의 JSON으로 출력합니다.</translation>
    </message>
    <message>
        <source>The language of messages: ko or en (default: the system&apos;s).</source>
        <translation>메시지 언어: ko 또는 en (기본값: 시스템 언어).</translation>
    </message>
    <message>
        <source>LANG</source>
        <translation>언어</translation>
    </message>
    <message>
        <source>Show help for the program or for one command.</source>
        <translation>프로그램 또는 한 명령의 도움말을 표시합니다.</translation>
    </message>
    <message>
        <source>Show the version.</source>
        <translation>버전을 표시합니다.</translation>
    </message>
    <message>
        <source>Usage: %1 [global options] NOUN VERB [options]</source>
        <translation>사용법: %1 [전역 옵션] 명사 동사 [옵션]</translation>
    </message>
    <message>
        <source>Pipeline Desk from the command line: the same operations as the app, without a window.</source>
        <translation>명령줄용 Pipeline Desk: 창 없이 앱과 같은 작업을 수행합니다.</translation>
    </message>
    <message>
        <source>Global options (they may stand anywhere on the line):</source>
        <translation>전역 옵션 (명령줄 어디에 두어도 됩니다):</translation>
    </message>
    <message>
        <source>Commands:</source>
        <translation>명령:</translation>
    </message>
    <message>
        <source>Exit codes: 0 ok, 2 invalid input, 3 refused by permissions, 1 anything else.</source>
        <translation>종료 코드: 0 성공, 2 잘못된 입력, 3 권한 거부, 1 그 밖의 오류.</translation>
    </message>
    <message>
        <source>Run “%1 NOUN VERB --help” for the options of one command.</source>
        <translation>한 명령의 옵션은 “%1 명사 동사 --help”로 확인하세요.</translation>
    </message>
    <message>
        <source>--%1: “%2” is not of the form Name=Value.</source>
        <translation>--%1: “%2” 값은 이름=값 형식이 아닙니다.</translation>
    </message>
    <message>
        <source>--language: “%1” is not available; use ko or en.</source>
        <translation>--language: “%1” 언어는 지원하지 않습니다. ko 또는 en을 사용하세요.</translation>
    </message>
    <message>
        <source>unknown command “%1”. Run “pipelinedesk-cli --help” for the list.</source>
        <translation>알 수 없는 명령 “%1”입니다. 목록은 “pipelinedesk-cli --help”로 확인하세요.</translation>
    </message>
    <message>
        <source>unexpected argument “%1”.</source>
        <translation>예상하지 못한 인수 “%1”입니다.</translation>
    </message>
    <message>
        <source>ACCOUNT ID</source>
        <translation>계정 ID</translation>
    </message>
    <message>
        <source>NAME</source>
        <translation>이름</translation>
    </message>
    <message>
        <source>ORGANIZATION</source>
        <translation>조직</translation>
    </message>
    <message>
        <source>OU</source>
        <translation>OU</translation>
    </message>
    <message>
        <source>List the accounts of the workspace.</source>
        <translation>작업 공간의 계정을 나열합니다.</translation>
    </message>
    <message>
        <source>CREATED</source>
        <translation>생성 시각</translation>
    </message>
    <message>
        <source>ARN</source>
        <translation>ARN</translation>
    </message>
    <message>
        <source>--pipeline-name is required.</source>
        <translation>--pipeline-name이 필요합니다.</translation>
    </message>
    <message>
        <source>Name: %1</source>
        <translation>이름: %1</translation>
    </message>
    <message>
        <source>ARN: %1</source>
        <translation>ARN: %1</translation>
    </message>
    <message>
        <source>Description: %1</source>
        <translation>설명: %1</translation>
    </message>
    <message>
        <source>Role: %1</source>
        <translation>역할: %1</translation>
    </message>
    <message>
        <source>Created: %1 by %2</source>
        <translation>생성: %1, 생성자 %2</translation>
    </message>
    <message>
        <source>Parameters:</source>
        <translation>파라미터:</translation>
    </message>
    <message>
        <source>Steps:</source>
        <translation>단계:</translation>
    </message>
    <message>
        <source>List the pipelines of the identity&apos;s account.</source>
        <translation>작업 계정의 파이프라인을 나열합니다.</translation>
    </message>
    <message>
        <source>Describe one pipeline.</source>
        <translation>파이프라인 하나를 자세히 표시합니다.</translation>
    </message>
    <message>
        <source>The pipeline&apos;s name or ARN.</source>
        <translation>파이프라인 이름 또는 ARN.</translation>
    </message>
    <message>
        <source>NAME_OR_ARN</source>
        <translation>이름_또는_ARN</translation>
    </message>
    <message>
        <source>identity: “%1” is not an account id (12 digits).</source>
        <translation>identity: “%1” 값은 계정 ID(12자리 숫자)가 아닙니다.</translation>
    </message>
    <message>
        <source>identity: account %1 does not exist in this workspace.</source>
        <translation>identity: 이 작업 공간에 없는 계정입니다: %1.</translation>
    </message>
    <message>
        <source>Executing</source>
        <translation>실행 중</translation>
    </message>
    <message>
        <source>Stopping</source>
        <translation>중지 중</translation>
    </message>
    <message>
        <source>Stopped</source>
        <translation>중지됨</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>실패</translation>
    </message>
    <message>
        <source>Succeeded</source>
        <translation>성공</translation>
    </message>
    <message>
        <source>Starting</source>
        <translation>시작 중</translation>
    </message>
    <message>
        <source>pipeline-name: “%1” is not a SageMaker pipeline ARN.</source>
        <translation>pipeline-name: “%1” 값은 SageMaker 파이프라인 ARN이 아닙니다.</translation>
    </message>
    <message>
        <source>Pipeline “%1” does not exist in account %2.</source>
        <translation>계정 %2에 “%1” 파이프라인이 없습니다.</translation>
    </message>
    <message>
        <source>The keychain has no entry for “%1”.</source>
        <translation>키체인에 “%1” 항목이 없습니다.</translation>
    </message>
    <message>
        <source>The keychain refused the request for “%1”: %2</source>
        <translation>키체인이 “%1” 요청을 거부했습니다: %2</translation>
    </message>
    <message>
        <source>Account %1 does not exist in this workspace.</source>
        <translation>이 작업 공간에 없는 계정입니다: %1.</translation>
    </message>
    <message>
        <source>The workspace “%1” is damaged or is not a database, so it was not opened. The file was left unchanged.</source>
        <translation>“%1” 작업 공간이 손상되었거나 데이터베이스가 아니어서 열지 않았습니다. 파일은 변경되지 않았습니다.</translation>
    </message>
    <message>
        <source>“%1” is an SQLite database of another application, not a Pipeline Desk workspace. It was not opened and was left unchanged.</source>
        <translation>“%1” 파일은 Pipeline Desk 작업 공간이 아니라 다른 애플리케이션의 SQLite 데이터베이스입니다. 열지 않았으며 변경되지 않았습니다.</translation>
    </message>
    <message>
        <source>The workspace “%1” was written by a newer version of Pipeline Desk (schema %2; this version reads up to schema %3). Open it with a newer Pipeline Desk. The file was left unchanged.</source>
        <translation>“%1” 작업 공간은 더 새로운 버전의 Pipeline Desk로 저장되었습니다(스키마 %2, 이 버전은 스키마 %3까지 읽을 수 있음). 더 새로운 Pipeline Desk로 여세요. 파일은 변경되지 않았습니다.</translation>
    </message>
    <message>
        <source>The workspace could not be read or written: %1</source>
        <translation>작업 공간을 읽거나 쓸 수 없습니다: %1</translation>
    </message>
    <message>
        <source>“%1” is a folder, not a workspace file.</source>
        <translation>“%1” 경로는 작업 공간 파일이 아니라 폴더입니다.</translation>
    </message>
    <message>
        <source>The workspace “%1” could not be read: %2</source>
        <translation>“%1” 작업 공간을 읽을 수 없습니다: %2</translation>
    </message>
    <message>
        <source>“%1” is not a Pipeline Desk workspace (it is not an SQLite database). It was not opened and was left unchanged.</source>
        <translation>“%1” 파일은 Pipeline Desk 작업 공간이 아닙니다(SQLite 데이터베이스가 아님). 열지 않았으며 변경되지 않았습니다.</translation>
    </message>
    <message>
        <source>The folder for the workspace “%1” could not be created.</source>
        <translation>작업 공간 “%1”의 폴더를 만들 수 없습니다.</translation>
    </message>
    <message>
        <source>The workspace could not be upgraded to schema %1: %2</source>
        <translation>작업 공간을 %1 스키마로 업그레이드할 수 없습니다: %2</translation>
    </message>
    <message>
        <source>Pipeline %1 does not exist.</source>
        <translation>%1 파이프라인이 없습니다.</translation>
    </message>
    <message>
        <source>Pipeline execution %1 does not exist.</source>
        <translation>%1 파이프라인 실행이 없습니다.</translation>
    </message>
    <message>
        <source>--%1 is required.</source>
        <translation>--%1 옵션이 필요합니다.</translation>
    </message>
    <message>
        <source>STATUS</source>
        <translation>상태</translation>
    </message>
    <message>
        <source>STARTED</source>
        <translation>시작</translation>
    </message>
    <message>
        <source>Status: %1</source>
        <translation>상태: %1</translation>
    </message>
    <message>
        <source>Started: %1 by %2 (%3, account %4)</source>
        <translation>시작: %1, %2 (%3, 계정 %4)</translation>
    </message>
    <message>
        <source>Ended: %1</source>
        <translation>종료: %1</translation>
    </message>
    <message>
        <source>Failure reason: %1</source>
        <translation>실패 이유: %1</translation>
    </message>
    <message>
        <source>STEP</source>
        <translation>단계</translation>
    </message>
    <message>
        <source>ENDED</source>
        <translation>종료</translation>
    </message>
    <message>
        <source>FAILURE REASON</source>
        <translation>실패 이유</translation>
    </message>
    <message>
        <source>VALUE</source>
        <translation>값</translation>
    </message>
    <message>
        <source>The execution&apos;s ARN.</source>
        <translation>실행의 ARN.</translation>
    </message>
    <message>
        <source>32 to 128 characters that make a repeated request return the first result.</source>
        <translation>반복된 요청이 첫 결과를 돌려주도록 하는 32~128자의 문자열.</translation>
    </message>
    <message>
        <source>TOKEN</source>
        <translation>토큰</translation>
    </message>
    <message>
        <source>Start an execution of a pipeline; prints its ARN.</source>
        <translation>파이프라인 실행을 시작하고 ARN을 출력합니다.</translation>
    </message>
    <message>
        <source>A pipeline parameter value (repeatable); others take their default.</source>
        <translation>파이프라인 파라미터 값(반복 가능). 나머지는 기본값을 사용합니다.</translation>
    </message>
    <message>
        <source>Name=Value</source>
        <translation>이름=값</translation>
    </message>
    <message>
        <source>The execution&apos;s display name.</source>
        <translation>실행의 표시 이름.</translation>
    </message>
    <message>
        <source>A description of the execution.</source>
        <translation>실행에 대한 설명.</translation>
    </message>
    <message>
        <source>TEXT</source>
        <translation>텍스트</translation>
    </message>
    <message>
        <source>Stop an executing execution.</source>
        <translation>실행 중인 실행을 중지합니다.</translation>
    </message>
    <message>
        <source>Retry a failed execution: failed and never-run steps run again.</source>
        <translation>실패한 실행을 재시도합니다. 실패했거나 실행되지 않은 단계가 다시 실행됩니다.</translation>
    </message>
    <message>
        <source>List the executions of a pipeline, newest first.</source>
        <translation>파이프라인의 실행을 최신순으로 나열합니다.</translation>
    </message>
    <message>
        <source>Describe one execution.</source>
        <translation>실행 하나를 설명합니다.</translation>
    </message>
    <message>
        <source>List the steps of an execution that have started, newest first.</source>
        <translation>실행에서 시작된 단계를 최신순으로 나열합니다.</translation>
    </message>
    <message>
        <source>List the parameters an execution runs with.</source>
        <translation>실행에 사용된 파라미터를 나열합니다.</translation>
    </message>
    <message>
        <source>--pipeline-definition-file (or --pipeline-definition) is required.</source>
        <translation>--pipeline-definition-file(또는 --pipeline-definition)이 필요합니다.</translation>
    </message>
    <message>
        <source>warning: schedule “%1” targets the deleted pipeline; its firings will fail.</source>
        <translation>경고: “%1” 일정이 삭제된 파이프라인을 대상으로 합니다. 이 일정의 실행은 실패합니다.</translation>
    </message>
    <message>
        <source>warning: rule “%1” targets the deleted pipeline; its invocations will fail.</source>
        <translation>경고: “%1” 규칙이 삭제된 파이프라인을 대상으로 합니다. 이 규칙의 호출은 실패합니다.</translation>
    </message>
    <message>
        <source>--duration-seconds: “%1” is not a number of seconds ≥ 0.</source>
        <translation>--duration-seconds: “%1” 값은 0 이상의 초 단위 숫자가 아닙니다.</translation>
    </message>
    <message>
        <source>--fail-attempts: “%1” is not a whole number ≥ 0.</source>
        <translation>--fail-attempts: “%1” 값은 0 이상의 정수가 아닙니다.</translation>
    </message>
    <message>
        <source>The pipeline&apos;s name (update: or ARN).</source>
        <translation>파이프라인 이름(update에서는 ARN도 가능).</translation>
    </message>
    <message>
        <source>A file with the SageMaker pipeline definition JSON.</source>
        <translation>SageMaker 파이프라인 정의 JSON이 담긴 파일.</translation>
    </message>
    <message>
        <source>The pipeline definition JSON itself.</source>
        <translation>파이프라인 정의 JSON 자체.</translation>
    </message>
    <message>
        <source>JSON</source>
        <translation>JSON</translation>
    </message>
    <message>
        <source>The IAM role the pipeline runs as.</source>
        <translation>파이프라인이 실행될 IAM 역할.</translation>
    </message>
    <message>
        <source>The name shown for the pipeline.</source>
        <translation>파이프라인에 표시할 이름.</translation>
    </message>
    <message>
        <source>A description.</source>
        <translation>설명.</translation>
    </message>
    <message>
        <source>Create a pipeline in the identity&apos;s account from a definition; prints its ARN.</source>
        <translation>정의로부터 작업 계정에 파이프라인을 만들고 ARN을 출력합니다.</translation>
    </message>
    <message>
        <source>Change a pipeline&apos;s definition, role, display name or description.</source>
        <translation>파이프라인의 정의, 역할, 표시 이름 또는 설명을 변경합니다.</translation>
    </message>
    <message>
        <source>Delete a pipeline and its executions; warns about schedules and rules that target it.</source>
        <translation>파이프라인과 그 실행을 삭제합니다. 이 파이프라인을 대상으로 하는 일정과 규칙을 경고합니다.</translation>
    </message>
    <message>
        <source>Set how the local runner plays one step: its duration and how many attempts fail.</source>
        <translation>로컬 실행기가 단계 하나를 재생하는 방식(소요 시간과 실패할 시도 횟수)을 설정합니다.</translation>
    </message>
    <message>
        <source>The step.</source>
        <translation>단계.</translation>
    </message>
    <message>
        <source>How long the step runs (default 5).</source>
        <translation>단계 실행 시간(기본값 5).</translation>
    </message>
    <message>
        <source>SECONDS</source>
        <translation>초</translation>
    </message>
    <message>
        <source>How many attempts fail before one succeeds (default 0).</source>
        <translation>성공하기 전에 실패할 시도 횟수(기본값 0).</translation>
    </message>
    <message>
        <source>N</source>
        <translation>N</translation>
    </message>
    <message>
        <source>The failure reason to report.</source>
        <translation>보고할 실패 이유.</translation>
    </message>
    <message>
        <source>--expression is required.</source>
        <translation>--expression이 필요합니다.</translation>
    </message>
    <message>
        <source>--from: “%1” is not an instant such as 2026-11-23T12:00:00Z.</source>
        <translation>--from: “%1” 값은 2026-11-23T12:00:00Z 같은 시각이 아닙니다.</translation>
    </message>
    <message>
        <source>--count: “%1” is not a number from 1 to %2.</source>
        <translation>--count: “%1” 값은 1부터 %2 사이의 숫자가 아닙니다.</translation>
    </message>
    <message>
        <source>Warning: %1</source>
        <translation>경고: %1</translation>
    </message>
    <message>
        <source>Show the next fire times of a schedule expression (no workspace needed).</source>
        <translation>일정 표현식의 다음 실행 시각을 보여 줍니다(작업 공간 불필요).</translation>
    </message>
    <message>
        <source>at(...), rate(...), cron(6 fields), crontab(5 fields) or recurrence({...}).</source>
        <translation>at(...), rate(...), cron(필드 6개), crontab(필드 5개) 또는 recurrence({...}).</translation>
    </message>
    <message>
        <source>EXPR</source>
        <translation>EXPR</translation>
    </message>
    <message>
        <source>The schedule&apos;s time zone, IANA or Windows name (default: UTC).</source>
        <translation>일정의 시간대, IANA 또는 Windows 이름(기본값: UTC).</translation>
    </message>
    <message>
        <source>TZ</source>
        <translation>TZ</translation>
    </message>
    <message>
        <source>Fires strictly after this instant (default: now).</source>
        <translation>이 시각 이후의 실행만 보여 줍니다(기본값: 지금).</translation>
    </message>
    <message>
        <source>INSTANT</source>
        <translation>INSTANT</translation>
    </message>
    <message>
        <source>How many fires to print (default: 10).</source>
        <translation>출력할 실행 횟수(기본값: 10).</translation>
    </message>
    <message>
        <source>Also print the description and the linter&apos;s warnings.</source>
        <translation>설명과 린터 경고도 출력합니다.</translation>
    </message>
    <message>
        <source>The schedule&apos;s name or ARN.</source>
        <translation>일정의 이름 또는 ARN.</translation>
    </message>
    <message>
        <source>The schedule group (default: default).</source>
        <translation>일정 그룹(기본값: default).</translation>
    </message>
    <message>
        <source>GROUP</source>
        <translation>GROUP</translation>
    </message>
    <message>
        <source>at(...), rate(...), cron(...), crontab(...) or recurrence(...).</source>
        <translation>at(...), rate(...), cron(...), crontab(...) 또는 recurrence(...).</translation>
    </message>
    <message>
        <source>IANA or Windows time zone (default UTC).</source>
        <translation>IANA 또는 Windows 시간대(기본값 UTC).</translation>
    </message>
    <message>
        <source>The pipeline to start: name or ARN.</source>
        <translation>시작할 파이프라인: 이름 또는 ARN.</translation>
    </message>
    <message>
        <source>A pipeline parameter; values may use ${{name}} and ${{creation_context.trigger_time}}. Repeatable.</source>
        <translation>파이프라인 파라미터. 값에 ${{name}}과 ${{creation_context.trigger_time}}을 쓸 수 있습니다. 여러 번 지정할 수 있습니다.</translation>
    </message>
    <message>
        <source>No slot before this instant.</source>
        <translation>이 시각 전에는 실행하지 않습니다.</translation>
    </message>
    <message>
        <source>No slot after this instant.</source>
        <translation>이 시각 뒤에는 실행하지 않습니다.</translation>
    </message>
    <message>
        <source>ENABLED or DISABLED (default ENABLED).</source>
        <translation>ENABLED 또는 DISABLED(기본값 ENABLED).</translation>
    </message>
    <message>
        <source>STATE</source>
        <translation>STATE</translation>
    </message>
    <message>
        <source>Fire at a random instant within this many minutes (1–1440); OFF or 0: exactly.</source>
        <translation>이 분 수 안의 임의 시각에 실행합니다(1–1440). OFF 또는 0: 정확히 예정 시각에.</translation>
    </message>
    <message>
        <source>MINUTES</source>
        <translation>MINUTES</translation>
    </message>
    <message>
        <source>Retry attempts when starting fails (0–185, default 185).</source>
        <translation>시작이 실패했을 때의 재시도 횟수(0–185, 기본값 185).</translation>
    </message>
    <message>
        <source>Give up on a slot this old (60–86400 seconds, default 86400).</source>
        <translation>이만큼 오래된 예정 실행은 포기합니다(60–86400초, 기본값 86400).</translation>
    </message>
    <message>
        <source>Missed runs: skip, once (default) or all.</source>
        <translation>놓친 실행: skip, once(기본값) 또는 all.</translation>
    </message>
    <message>
        <source>POLICY</source>
        <translation>POLICY</translation>
    </message>
    <message>
        <source>While the previous run is active: allow (default), skip, queue or stop.</source>
        <translation>이전 실행이 진행 중일 때: allow(기본값), skip, queue 또는 stop.</translation>
    </message>
    <message>
        <source>NONE (default) or DELETE the schedule after its last slot.</source>
        <translation>NONE(기본값) 또는 마지막 실행 후 일정을 DELETE.</translation>
    </message>
    <message>
        <source>ACTION</source>
        <translation>ACTION</translation>
    </message>
    <message>
        <source>--%1: “%2” is not a whole number.</source>
        <translation>--%1: “%2” 값은 정수가 아닙니다.</translation>
    </message>
    <message>
        <source>--%1: “%2” is not an instant such as 2026-11-23T12:00:00Z.</source>
        <translation>--%1: “%2” 값은 2026-11-23T12:00:00Z 같은 시각이 아닙니다.</translation>
    </message>
    <message>
        <source>--state: “%1” is not ENABLED or DISABLED.</source>
        <translation>--state: “%1” 값은 ENABLED, DISABLED 중 하나가 아닙니다.</translation>
    </message>
    <message>
        <source>--missed: “%1” is not skip, once or all.</source>
        <translation>--missed: “%1” 값은 skip, once, all 중 하나가 아닙니다.</translation>
    </message>
    <message>
        <source>--overlap: “%1” is not allow, skip, queue or stop.</source>
        <translation>--overlap: “%1” 값은 allow, skip, queue, stop 중 하나가 아닙니다.</translation>
    </message>
    <message>
        <source>--action-after-completion: “%1” is not NONE or DELETE.</source>
        <translation>--action-after-completion: “%1” 값은 NONE, DELETE 중 하나가 아닙니다.</translation>
    </message>
    <message>
        <source> (orphaned)</source>
        <translation> (대상 없음)</translation>
    </message>
    <message>
        <source>EXPRESSION</source>
        <translation>표현식</translation>
    </message>
    <message>
        <source>NEXT (UTC)</source>
        <translation>다음 실행(UTC)</translation>
    </message>
    <message>
        <source>LAST OUTCOME</source>
        <translation>마지막 결과</translation>
    </message>
    <message>
        <source>run now</source>
        <translation>지금 실행</translation>
    </message>
    <message>
        <source>catch-up</source>
        <translation>따라잡기</translation>
    </message>
    <message>
        <source>SCHEDULED</source>
        <translation>예정 시각</translation>
    </message>
    <message>
        <source>ACTUAL</source>
        <translation>실제 시각</translation>
    </message>
    <message>
        <source>LATENESS MS</source>
        <translation>지연(ms)</translation>
    </message>
    <message>
        <source>OUTCOME</source>
        <translation>결과</translation>
    </message>
    <message>
        <source>KIND</source>
        <translation>종류</translation>
    </message>
    <message>
        <source>EXECUTION</source>
        <translation>실행</translation>
    </message>
    <message>
        <source>--id: “%1” is not a dead-letter id.</source>
        <translation>--id: “%1” 값은 DLQ 항목 ID가 아닙니다.</translation>
    </message>
    <message>
        <source>--retry needs --id.</source>
        <translation>--retry에는 --id가 필요합니다.</translation>
    </message>
    <message numerus="yes">
        <source>%n dead letter(s) cleared.</source>
        <translation>
            <numerusform>DLQ 항목 %n개를 지웠습니다.</numerusform>
        </translation>
    </message>
    <message>
        <source>ID</source>
        <translation>ID</translation>
    </message>
    <message>
        <source>SCHEDULE</source>
        <translation>일정</translation>
    </message>
    <message>
        <source>REASON</source>
        <translation>이유</translation>
    </message>
    <message>
        <source>--for: the number of seconds must not be negative.</source>
        <translation>--for: 초는 음수일 수 없습니다.</translation>
    </message>
    <message>
        <source>scheduler: engine running (daemon, pid %1, %2 schedules); stop with Ctrl+C or SIGTERM.</source>
        <translation>scheduler: 엔진 실행 중(데몬, pid %1, 일정 %2개). Ctrl+C 또는 SIGTERM으로 멈춥니다.</translation>
    </message>
    <message>
        <source>The scheduler could not set up its signal handling.</source>
        <translation>스케줄러가 신호 처리를 설정하지 못했습니다.</translation>
    </message>
    <message>
        <source>scheduler: stopped.</source>
        <translation>scheduler: 멈췄습니다.</translation>
    </message>
    <message>
        <source>engine: %1, pid %2</source>
        <translation>엔진: %1, pid %2</translation>
    </message>
    <message>
        <source>engine: not running</source>
        <translation>엔진: 실행 중 아님</translation>
    </message>
    <message>
        <source>Create a schedule that starts a pipeline; prints its ARN.</source>
        <translation>파이프라인을 시작하는 일정을 만들고 ARN을 출력합니다.</translation>
    </message>
    <message>
        <source>Change a schedule; options not given keep their value.</source>
        <translation>일정을 바꿉니다. 지정하지 않은 옵션은 값을 유지합니다.</translation>
    </message>
    <message>
        <source>List the schedules of the identity&apos;s account.</source>
        <translation>작업 계정의 일정을 나열합니다.</translation>
    </message>
    <message>
        <source>Only ENABLED or DISABLED schedules.</source>
        <translation>ENABLED 또는 DISABLED 일정만.</translation>
    </message>
    <message>
        <source>Only schedules of this pipeline.</source>
        <translation>이 파이프라인의 일정만.</translation>
    </message>
    <message>
        <source>Describe one schedule with its next fire times.</source>
        <translation>일정 하나를 다음 실행 시각과 함께 설명합니다.</translation>
    </message>
    <message>
        <source>Enable a schedule; slots count from now.</source>
        <translation>일정을 사용합니다. 실행 시각은 지금부터 셉니다.</translation>
    </message>
    <message>
        <source>Disable a schedule.</source>
        <translation>일정을 사용 중지합니다.</translation>
    </message>
    <message>
        <source>Delete a disabled schedule (the executions it started stay).</source>
        <translation>사용 중지된 일정을 삭제합니다(시작한 실행은 남습니다).</translation>
    </message>
    <message>
        <source>Disable an enabled schedule, then delete it.</source>
        <translation>사용 중인 일정을 사용 중지한 뒤 삭제합니다.</translation>
    </message>
    <message>
        <source>Start the schedule&apos;s target now; the cadence is unchanged. Prints the execution ARN.</source>
        <translation>일정의 대상을 지금 시작합니다. 주기는 바뀌지 않습니다. 실행 ARN을 출력합니다.</translation>
    </message>
    <message>
        <source>The slots of a schedule, newest first.</source>
        <translation>일정의 실행 기록, 최신순.</translation>
    </message>
    <message>
        <source>At most this many (default 100).</source>
        <translation>최대 개수(기본값 100).</translation>
    </message>
    <message>
        <source>List the slots that could not start; --retry or --clear them by --id (--clear alone clears all).</source>
        <translation>시작하지 못한 실행을 나열합니다. --id로 골라 --retry 또는 --clear합니다(--clear만 쓰면 모두 지웁니다).</translation>
    </message>
    <message>
        <source>A dead letter&apos;s id. Repeatable.</source>
        <translation>DLQ 항목 ID. 여러 번 지정할 수 있습니다.</translation>
    </message>
    <message>
        <source>Start the given dead letters again now.</source>
        <translation>지정한 DLQ 항목을 지금 다시 시작합니다.</translation>
    </message>
    <message>
        <source>Remove the given dead letters, or all of them.</source>
        <translation>지정한 DLQ 항목을 지웁니다. 지정하지 않으면 모두 지웁니다.</translation>
    </message>
    <message>
        <source>Run the scheduler engine headless until SIGTERM/SIGINT (or for SECONDS).</source>
        <translation>SIGTERM/SIGINT를 받을 때까지(또는 SECONDS 동안) 창 없이 스케줄러 엔진을 실행합니다.</translation>
    </message>
    <message>
        <source>Stop after this many seconds.</source>
        <translation>이 초만큼 지난 뒤 멈춥니다.</translation>
    </message>
    <message>
        <source>Do not advance executions locally (another program runs them).</source>
        <translation>실행을 이 프로세스에서 진행하지 않습니다(다른 프로그램이 진행).</translation>
    </message>
    <message>
        <source>Show which program runs the scheduler engine of the workspace.</source>
        <translation>작업 공간의 스케줄러 엔진을 어느 프로그램이 실행하는지 보여 줍니다.</translation>
    </message>
    <message>
        <source>--%1: “%2” is neither true nor false.</source>
        <translation>--%1: “%2” 값은 true도 false도 아닙니다.</translation>
    </message>
    <message>
        <source>--permission-arns is required: %1 or %2.</source>
        <translation>--permission-arns가 필요합니다: %1 또는 %2.</translation>
    </message>
    <message>
        <source>--resource-owner: “%1” is neither SELF nor OTHER-ACCOUNTS.</source>
        <translation>--resource-owner: “%1” 값은 SELF도 OTHER-ACCOUNTS도 아닙니다.</translation>
    </message>
    <message>
        <source>PERMISSION</source>
        <translation>권한</translation>
    </message>
    <message>
        <source>RESOURCES</source>
        <translation>리소스</translation>
    </message>
    <message>
        <source>PRINCIPALS</source>
        <translation>보안 주체</translation>
    </message>
    <message>
        <source>Owner: %1</source>
        <translation>소유자: %1</translation>
    </message>
    <message>
        <source>Permission: %1</source>
        <translation>권한: %1</translation>
    </message>
    <message>
        <source>Allow external principals: %1</source>
        <translation>외부 보안 주체 허용: %1</translation>
    </message>
    <message>
        <source>Resources:</source>
        <translation>리소스:</translation>
    </message>
    <message>
        <source>Principals:</source>
        <translation>보안 주체:</translation>
    </message>
    <message>
        <source>--resource-arns or --principals is required.</source>
        <translation>--resource-arns 또는 --principals가 필요합니다.</translation>
    </message>
    <message>
        <source>SHARE</source>
        <translation>공유</translation>
    </message>
    <message>
        <source>SENDER</source>
        <translation>보낸 계정</translation>
    </message>
    <message>
        <source>EXPIRES</source>
        <translation>만료</translation>
    </message>
    <message>
        <source>PIPELINE</source>
        <translation>파이프라인</translation>
    </message>
    <message>
        <source>OWNER</source>
        <translation>소유자</translation>
    </message>
    <message>
        <source>The resource share&apos;s ARN.</source>
        <translation>리소스 공유의 ARN.</translation>
    </message>
    <message>
        <source>A pipeline to share: its ARN or its name in your account. Repeat or separate with commas.</source>
        <translation>공유할 파이프라인: ARN 또는 내 계정에서의 이름. 반복하거나 쉼표로 구분하세요.</translation>
    </message>
    <message>
        <source>Who gets access: a 12-digit account id, an organization ARN or an OU ARN. Repeat or separate with commas.</source>
        <translation>액세스 권한을 받을 대상: 12자리 계정 ID, 조직 ARN 또는 OU ARN. 반복하거나 쉼표로 구분하세요.</translation>
    </message>
    <message>
        <source>ID_OR_ARN</source>
        <translation>ID_또는_ARN</translation>
    </message>
    <message>
        <source>The managed permission, by name or ARN: %1 (read-only) or %2.</source>
        <translation>관리형 권한(이름 또는 ARN): %1(읽기 전용) 또는 %2.</translation>
    </message>
    <message>
        <source>true: share with anyone; false: only within your organization (default true).</source>
        <translation>true: 누구와도 공유, false: 조직 내에서만 공유(기본값 true).</translation>
    </message>
    <message>
        <source>Share only within your organization.</source>
        <translation>조직 내에서만 공유합니다.</translation>
    </message>
    <message>
        <source>The invitation&apos;s ARN.</source>
        <translation>초대의 ARN.</translation>
    </message>
    <message>
        <source>Create a resource share; prints its ARN.</source>
        <translation>리소스 공유를 생성하고 ARN을 출력합니다.</translation>
    </message>
    <message>
        <source>The share&apos;s name.</source>
        <translation>공유 이름.</translation>
    </message>
    <message>
        <source>A tag as Key=Value; repeat for more.</source>
        <translation>Key=Value 형식의 태그. 여러 개는 반복하세요.</translation>
    </message>
    <message>
        <source>KEY=VALUE</source>
        <translation>KEY=VALUE</translation>
    </message>
    <message>
        <source>Makes a repeated request create one share only.</source>
        <translation>같은 요청을 반복해도 공유가 하나만 생성되게 합니다.</translation>
    </message>
    <message>
        <source>List resource shares (yours, or those shared with you).</source>
        <translation>리소스 공유 목록을 표시합니다(내 공유 또는 나와 공유된 공유).</translation>
    </message>
    <message>
        <source>SELF (default): shares you own; OTHER-ACCOUNTS: shares that give you access.</source>
        <translation>SELF(기본값): 내가 소유한 공유, OTHER-ACCOUNTS: 나에게 액세스 권한을 주는 공유.</translation>
    </message>
    <message>
        <source>Only shares in this status (ACTIVE, DELETED).</source>
        <translation>이 상태(ACTIVE, DELETED)의 공유만 표시합니다.</translation>
    </message>
    <message>
        <source>Describe a resource share with its resources, principals and permission.</source>
        <translation>리소스 공유의 리소스, 보안 주체, 권한을 표시합니다.</translation>
    </message>
    <message>
        <source>Rename a share, change its permission, or whether it allows external principals.</source>
        <translation>공유 이름, 권한 또는 외부 보안 주체 허용 여부를 변경합니다.</translation>
    </message>
    <message>
        <source>The new name.</source>
        <translation>새 이름.</translation>
    </message>
    <message>
        <source>Delete a resource share: every principal loses access.</source>
        <translation>리소스 공유를 삭제합니다. 모든 보안 주체가 액세스 권한을 잃습니다.</translation>
    </message>
    <message>
        <source>Add pipelines or principals to a resource share.</source>
        <translation>리소스 공유에 파이프라인이나 보안 주체를 추가합니다.</translation>
    </message>
    <message>
        <source>Remove pipelines or principals from a resource share; access ends at once.</source>
        <translation>리소스 공유에서 파이프라인이나 보안 주체를 제거합니다. 액세스는 즉시 끝납니다.</translation>
    </message>
    <message>
        <source>Let shares name your organization and its OUs, and members skip invitations (management account only).</source>
        <translation>공유에 조직과 OU를 지정할 수 있게 하고 구성원은 초대 없이 액세스하게 합니다(관리 계정만).</translation>
    </message>
    <message>
        <source>Stop sharing with the organization as a whole (management account only).</source>
        <translation>조직 전체와의 공유를 중지합니다(관리 계정만).</translation>
    </message>
    <message>
        <source>List the resource share invitations you received.</source>
        <translation>받은 리소스 공유 초대 목록을 표시합니다.</translation>
    </message>
    <message>
        <source>Accept a resource share invitation.</source>
        <translation>리소스 공유 초대를 수락합니다.</translation>
    </message>
    <message>
        <source>Reject a resource share invitation.</source>
        <translation>리소스 공유 초대를 거부합니다.</translation>
    </message>
    <message>
        <source>List the pipelines other accounts share with you, with owner and permission.</source>
        <translation>다른 계정이 나와 공유한 파이프라인을 소유자, 권한과 함께 표시합니다.</translation>
    </message>
    <message>
        <source>The scheduler of this workspace already runs elsewhere (engine: %1, pid %2).</source>
        <translation>이 작업 공간의 스케줄러가 이미 다른 곳에서 실행 중입니다(엔진: %1, pid %2).</translation>
    </message>
    <message>
        <source>Another scheduler engine took over this workspace.</source>
        <translation>다른 스케줄러 엔진이 이 작업 공간을 넘겨받았습니다.</translation>
    </message>
    <message>
        <source>No access</source>
        <translation>액세스 없음</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>소유자</translation>
    </message>
    <message>
        <source>User</source>
        <translation>사용자</translation>
    </message>
    <message>
        <source>Schedule</source>
        <translation>일정</translation>
    </message>
    <message>
        <source>Rule</source>
        <translation>규칙</translation>
    </message>
    <message>
        <source>Retry</source>
        <translation>재시도</translation>
    </message>
    <message>
        <source>pipeline-definition: not valid JSON at offset %1: %2.</source>
        <translation>pipeline-definition: 오프셋 %1에서 올바른 JSON이 아닙니다: %2.</translation>
    </message>
    <message>
        <source>pipeline-definition: the definition must be a JSON object.</source>
        <translation>pipeline-definition: 정의는 JSON 객체여야 합니다.</translation>
    </message>
    <message>
        <source>Version: the definition has no Version; use %1.</source>
        <translation>Version: 정의에 Version이 없습니다. %1 버전을 사용하세요.</translation>
    </message>
    <message>
        <source>Version: “%1” is not a supported pipeline definition version; use %2.</source>
        <translation>Version: 파이프라인 정의 버전으로 “%1” 값은 지원되지 않습니다. %2 버전을 사용하세요.</translation>
    </message>
    <message>
        <source>Parameters: must be a list.</source>
        <translation>Parameters: 목록이어야 합니다.</translation>
    </message>
    <message>
        <source>%1: the parameter has no Name.</source>
        <translation>%1: 파라미터에 Name이 없습니다.</translation>
    </message>
    <message>
        <source>%1: the parameter name “%2” is used twice.</source>
        <translation>%1: “%2” 파라미터 이름이 두 번 사용되었습니다.</translation>
    </message>
    <message>
        <source>%1: parameter “%2” has the unknown type “%3”; use one of %4.</source>
        <translation>%1: 파라미터 “%2”의 “%3” 유형을 알 수 없습니다. %4 중 하나를 사용하세요.</translation>
    </message>
    <message>
        <source>%1: the DefaultValue of parameter “%2” is not of type %3.</source>
        <translation>%1: 파라미터 “%2”의 DefaultValue가 %3 유형이 아닙니다.</translation>
    </message>
    <message>
        <source>Steps: the definition must have a list of steps.</source>
        <translation>Steps: 정의에 단계 목록이 있어야 합니다.</translation>
    </message>
    <message>
        <source>%1: the step has no Name.</source>
        <translation>%1: 단계에 Name이 없습니다.</translation>
    </message>
    <message>
        <source>%1: the step name “%2” is used twice.</source>
        <translation>%1: “%2” 단계 이름이 두 번 사용되었습니다.</translation>
    </message>
    <message>
        <source>%1: step “%2” has the unknown type “%3”.</source>
        <translation>%1: 단계 “%2”의 “%3” 유형을 알 수 없습니다.</translation>
    </message>
    <message>
        <source>%1: DependsOn of step “%2” must be a list of step names.</source>
        <translation>%1: 단계 “%2”의 DependsOn은 단계 이름의 목록이어야 합니다.</translation>
    </message>
    <message>
        <source>%1: step “%2” depends on “%3”, which is not a step of this pipeline.</source>
        <translation>%1: “%2” 단계가 의존하는 “%3” 항목은 이 파이프라인의 단계가 아닙니다.</translation>
    </message>
    <message>
        <source>Parameter %1: “%2” is not a valid %3 value.</source>
        <translation>파라미터 %1: “%2” 값은 올바른 %3 값이 아닙니다.</translation>
    </message>
    <message>
        <source>pipeline-name: a name is required.</source>
        <translation>pipeline-name: 이름이 필요합니다.</translation>
    </message>
    <message>
        <source>pipeline-name: “%1” is not a valid pipeline name; use up to 256 letters, digits and hyphens, starting and ending with a letter or digit.</source>
        <translation>pipeline-name: “%1” 이름은 파이프라인 이름으로 쓸 수 없습니다. 문자나 숫자로 시작하고 끝나는, 문자·숫자·하이픈 최대 256자를 사용하세요.</translation>
    </message>
    <message>
        <source>client-request-token: must be 32 to 128 characters long; “%1” has %2.</source>
        <translation>client-request-token: 32~128자여야 합니다. “%1” 토큰은 %2자입니다.</translation>
    </message>
    <message>
        <source>pipeline-name: a pipeline name or ARN is required.</source>
        <translation>pipeline-name: 파이프라인 이름 또는 ARN이 필요합니다.</translation>
    </message>
    <message>
        <source>Account %1 may not change pipeline %2: only its owner, account %3, may.</source>
        <translation>%1 계정은 %2 파이프라인을 변경할 수 없습니다. 소유자인 계정 %3만 변경할 수 있습니다.</translation>
    </message>
    <message>
        <source>pipeline-definition: a pipeline definition is required.</source>
        <translation>pipeline-definition: 파이프라인 정의가 필요합니다.</translation>
    </message>
    <message>
        <source>A pipeline named “%1” already exists in account %2.</source>
        <translation>계정 %2에 이름이 “%1”인 파이프라인이 이미 있습니다.</translation>
    </message>
    <message>
        <source>Parameter %1: the pipeline has no such parameter (it has: %2).</source>
        <translation>파라미터 %1: 파이프라인에 이런 파라미터가 없습니다(있는 파라미터: %2).</translation>
    </message>
    <message>
        <source>none</source>
        <translation>없음</translation>
    </message>
    <message>
        <source>Parameter %1: given more than once.</source>
        <translation>파라미터 %1: 두 번 이상 지정되었습니다.</translation>
    </message>
    <message>
        <source>Parameter %1: a value is required (the definition gives no default).</source>
        <translation>파라미터 %1: 값이 필요합니다(정의에 기본값이 없습니다).</translation>
    </message>
    <message>
        <source>Only an executing execution can be stopped; this one is %1.</source>
        <translation>실행 중인 실행만 중지할 수 있습니다. 이 실행의 상태는 %1입니다.</translation>
    </message>
    <message>
        <source>Only a failed execution can be retried; this one is %1.</source>
        <translation>실패한 실행만 재시도할 수 있습니다. 이 실행의 상태는 %1입니다.</translation>
    </message>
    <message>
        <source>client-request-token: “%1” was already used for a different request; use a new token for new input.</source>
        <translation>client-request-token: “%1” 토큰은 이미 다른 요청에 사용되었습니다. 새 입력에는 새 토큰을 사용하세요.</translation>
    </message>
    <message>
        <source>step-name: pipeline %1 has no step “%2”.</source>
        <translation>step-name: 파이프라인 %1에 “%2” 단계가 없습니다.</translation>
    </message>
    <message>
        <source>duration and fail-attempts must not be negative.</source>
        <translation>duration과 fail-attempts는 음수일 수 없습니다.</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>a value is missing</source>
        <translation>값이 없습니다</translation>
    </message>
    <message>
        <source>%1 is out of range %2–%3</source>
        <translation>%1 값은 %2–%3 범위를 벗어납니다</translation>
    </message>
    <message>
        <source>“%1” is not a number or a three-letter name (%2)</source>
        <translation>“%1” 값은 숫자나 세 글자 이름(%2)이 아닙니다</translation>
    </message>
    <message>
        <source>“%1” is not a number</source>
        <translation>“%1” 값은 숫자가 아닙니다</translation>
    </message>
    <message>
        <source>the step after / must be a positive number, not “%1”</source>
        <translation>/ 뒤의 간격은 양수여야 합니다(입력값: “%1”)</translation>
    </message>
    <message>
        <source>minutes</source>
        <translation>분</translation>
    </message>
    <message>
        <source>hours</source>
        <translation>시</translation>
    </message>
    <message>
        <source>day-of-month</source>
        <translation>일</translation>
    </message>
    <message>
        <source>month</source>
        <translation>월</translation>
    </message>
    <message>
        <source>day-of-week</source>
        <translation>요일</translation>
    </message>
    <message>
        <source>year</source>
        <translation>연도</translation>
    </message>
    <message>
        <source>a list has an empty item</source>
        <translation>목록에 빈 항목이 있습니다</translation>
    </message>
    <message>
        <source>? must stand alone</source>
        <translation>?는 단독으로만 쓸 수 있습니다</translation>
    </message>
    <message>
        <source>“%1” must stand alone, not in a list</source>
        <translation>“%1” 값은 목록이 아니라 단독으로만 쓸 수 있습니다</translation>
    </message>
    <message>
        <source># is only allowed in day-of-week</source>
        <translation>#은 요일 필드에서만 쓸 수 있습니다</translation>
    </message>
    <message>
        <source>nL is only allowed in day-of-week; use L for the last day of the month</source>
        <translation>nL은 요일 필드에서만 쓸 수 있습니다. 월말은 L을 쓰세요</translation>
    </message>
    <message>
        <source>W is only allowed in day-of-month</source>
        <translation>W는 일 필드에서만 쓸 수 있습니다</translation>
    </message>
    <message>
        <source># occurrence %1 is out of range 1–5</source>
        <translation># 뒤의 순번(%1)이 1–5 범위를 벗어납니다</translation>
    </message>
    <message>
        <source>L is only allowed in day-of-month or day-of-week</source>
        <translation>L은 일 또는 요일 필드에서만 쓸 수 있습니다</translation>
    </message>
    <message>
        <source>the range %1-%2 runs backwards</source>
        <translation>범위 %1-%2의 순서가 거꾸로입니다</translation>
    </message>
    <message>
        <source>crontab() needs 5 fields (minute hour day-of-month month day-of-week), not %1</source>
        <translation>crontab()에는 필드 5개(분 시 일 월 요일)가 필요합니다. 현재 %1개입니다</translation>
    </message>
    <message>
        <source>cron() needs 6 fields (minutes hours day-of-month month day-of-week year), not %1</source>
        <translation>cron()에는 필드 6개(분 시 일 월 요일 연도)가 필요합니다. 현재 %1개입니다</translation>
    </message>
    <message>
        <source>? is not part of crontab; use *</source>
        <translation>crontab에는 ?가 없습니다. *를 쓰세요</translation>
    </message>
    <message>
        <source>? is only allowed in day-of-month or day-of-week</source>
        <translation>?는 일 또는 요일 필드에서만 쓸 수 있습니다</translation>
    </message>
    <message>
        <source>day-of-week: only one of day-of-month and day-of-week may be ?</source>
        <translation>요일: 일과 요일 중 하나만 ?일 수 있습니다</translation>
    </message>
    <message>
        <source>day-of-week: use ? in day-of-week when day-of-month is set</source>
        <translation>요일: 일을 지정하면 요일에는 ?를 쓰세요</translation>
    </message>
    <message>
        <source>day-of-month: use ? in day-of-month when day-of-week is set</source>
        <translation>일: 요일을 지정하면 일에는 ?를 쓰세요</translation>
    </message>
    <message>
        <source>recurrence: the JSON is not valid: %1</source>
        <translation>recurrence: JSON이 올바르지 않습니다: %1</translation>
    </message>
    <message>
        <source>recurrence: expected a JSON object {...}</source>
        <translation>recurrence: JSON 객체 {...}가 필요합니다</translation>
    </message>
    <message>
        <source>unknown key; use frequency, interval, schedule, start_time, end_time or time_zone</source>
        <translation>알 수 없는 키입니다. frequency, interval, schedule, start_time, end_time, time_zone 중 하나를 쓰세요</translation>
    </message>
    <message>
        <source>required: minute, hour, day, week or month</source>
        <translation>필수 항목입니다: minute, hour, day, week, month 중 하나</translation>
    </message>
    <message>
        <source>“%1” is not one of minute, hour, day, week, month</source>
        <translation>“%1” 값은 minute, hour, day, week, month 중 하나가 아닙니다</translation>
    </message>
    <message>
        <source>must be a positive integer up to %1</source>
        <translation>%1 이하의 양의 정수여야 합니다</translation>
    </message>
    <message>
        <source>expected an object with hours, minutes and weekdays</source>
        <translation>hours, minutes, weekdays가 있는 객체가 필요합니다</translation>
    </message>
    <message>
        <source>only allowed when frequency is day, week or month</source>
        <translation>frequency가 day, week, month일 때만 쓸 수 있습니다</translation>
    </message>
    <message>
        <source>expected a list of numbers 0–%1</source>
        <translation>0–%1 사이 숫자의 목록이 필요합니다</translation>
    </message>
    <message>
        <source>%1 is out of range 0–%2</source>
        <translation>%1 값은 0–%2 범위를 벗어납니다</translation>
    </message>
    <message>
        <source>weekdays only with frequency week or month</source>
        <translation>weekdays는 frequency가 week 또는 month일 때만 쓸 수 있습니다</translation>
    </message>
    <message>
        <source>expected a list of day names (monday … sunday)</source>
        <translation>요일 이름(monday … sunday)의 목록이 필요합니다</translation>
    </message>
    <message>
        <source>“%1” is not a day name (monday … sunday)</source>
        <translation>“%1” 값은 요일 이름(monday … sunday)이 아닙니다</translation>
    </message>
    <message>
        <source>month_days only with frequency month</source>
        <translation>month_days는 frequency가 month일 때만 쓸 수 있습니다</translation>
    </message>
    <message>
        <source>expected a list of numbers 1–31</source>
        <translation>1–31 사이 숫자의 목록이 필요합니다</translation>
    </message>
    <message>
        <source>unknown key; use hours, minutes or weekdays</source>
        <translation>알 수 없는 키입니다. hours, minutes, weekdays 중 하나를 쓰세요</translation>
    </message>
    <message>
        <source>use either weekdays or month_days, not both</source>
        <translation>weekdays와 month_days 중 하나만 쓰세요</translation>
    </message>
    <message>
        <source>expected a date and time yyyy-mm-ddThh:mm:ss</source>
        <translation>yyyy-mm-ddThh:mm:ss 형식의 날짜와 시각이 필요합니다</translation>
    </message>
    <message>
        <source>“%1” is not a known time zone (IANA such as Asia/Seoul, or Windows such as Pacific Standard Time)</source>
        <translation>알 수 없는 시간대 “%1”입니다(IANA 예: Asia/Seoul, Windows 예: Pacific Standard Time)</translation>
    </message>
    <message>
        <source>Cannot convert exactly: %1</source>
        <translation>정확히 변환할 수 없습니다: %1</translation>
    </message>
    <message>
        <source>it fires at second %1 of the minute; cron fires at second 0</source>
        <translation>이 일정은 %1초에 실행되지만 cron은 0초에 실행됩니다</translation>
    </message>
    <message>
        <source>that dialect cannot express a repeating calendar schedule</source>
        <translation>그 형식으로는 반복되는 달력 일정을 나타낼 수 없습니다</translation>
    </message>
    <message>
        <source>rate() and minute/hour recurrences count elapsed time from the start, while cron matches the clock (DST changes and the start&apos;s offset make them differ)</source>
        <translation>rate()와 분/시간 단위 반복은 시작 시각부터 흐른 시간을 세고 cron은 시계 시각을 맞춥니다(일광 절약 시간 변경과 시작 시각의 오프셋 때문에 결과가 달라집니다)</translation>
    </message>
    <message>
        <source>only cron() can name one year; crontab and recurrence repeat</source>
        <translation>특정 연도를 지정할 수 있는 것은 cron()뿐입니다. crontab과 recurrence는 매년 반복됩니다</translation>
    </message>
    <message>
        <source>cron() can only name the years %1–%2</source>
        <translation>cron()으로 지정할 수 있는 연도는 %1–%2입니다</translation>
    </message>
    <message>
        <source>a recurrence&apos;s interval is at most %1</source>
        <translation>recurrence의 간격은 최대 %1입니다</translation>
    </message>
    <message>
        <source>L, W and # have no equivalent in crontab or recurrence</source>
        <translation>L, W, #에 해당하는 표현이 crontab이나 recurrence에는 없습니다</translation>
    </message>
    <message>
        <source>only cron() can restrict years</source>
        <translation>연도를 제한할 수 있는 것은 cron()뿐입니다</translation>
    </message>
    <message>
        <source>crontab fires when either day-of-month or day-of-week matches; cron() and recurrence cannot combine both</source>
        <translation>crontab은 일이나 요일 중 하나만 맞아도 실행되지만 cron()과 recurrence는 둘을 함께 쓸 수 없습니다</translation>
    </message>
    <message>
        <source>a recurrence cannot restrict months or days of the month together with times of day</source>
        <translation>recurrence는 시각과 함께 월이나 날짜를 제한할 수 없습니다</translation>
    </message>
    <message>
        <source>both day fields are restricted</source>
        <translation>일과 요일 필드가 모두 지정되어 있습니다</translation>
    </message>
    <message>
        <source>at() fires once and rate() counts elapsed time; a calendar schedule repeats on the clock</source>
        <translation>at()은 한 번만 실행되고 rate()는 흐른 시간을 셉니다. 달력 일정은 시계 시각에 맞춰 반복됩니다</translation>
    </message>
    <message>
        <source>start_time and end_time bound the recurrence; cron has no bounds (set them as the schedule&apos;s start and end instead)</source>
        <translation>start_time과 end_time은 반복 기간을 제한하지만 cron에는 기간이 없습니다(대신 일정의 시작과 종료로 설정하세요)</translation>
    </message>
    <message>
        <source>an interval of %1 counts from the start; cron has no start</source>
        <translation>간격(%1)은 시작 시각부터 세지만 cron에는 시작 시각이 없습니다</translation>
    </message>
    <message>
        <source>without hours and minutes the time of day comes from the start</source>
        <translation>hours와 minutes가 없으면 시각을 시작 시각에서 가져옵니다</translation>
    </message>
    <message>
        <source>without month_days the day of the month comes from the start</source>
        <translation>month_days가 없으면 날짜를 시작 시각에서 가져옵니다</translation>
    </message>
    <message>
        <source>without weekdays the day of the week comes from the start</source>
        <translation>weekdays가 없으면 요일을 시작 시각에서 가져옵니다</translation>
    </message>
    <message>
        <source>every month</source>
        <translation>매월</translation>
    </message>
    <message>
        <source>first</source>
        <translation>첫째</translation>
    </message>
    <message>
        <source>second</source>
        <translation>둘째</translation>
    </message>
    <message>
        <source>third</source>
        <translation>셋째</translation>
    </message>
    <message>
        <source>fourth</source>
        <translation>넷째</translation>
    </message>
    <message>
        <source>fifth</source>
        <translation>다섯째</translation>
    </message>
    <message>
        <source>every minute</source>
        <translation>매분</translation>
    </message>
    <message>
        <source>every %1 minutes</source>
        <translation>%1분마다</translation>
    </message>
    <message>
        <source>at minute %1 of every hour</source>
        <translation>매시 %1분</translation>
    </message>
    <message>
        <source>at minutes %1 of every hour</source>
        <translation>매시 %1분</translation>
    </message>
    <message>
        <source>at %1</source>
        <translation>%1</translation>
    </message>
    <message>
        <source>every %1 hours</source>
        <translation>%1시간마다</translation>
    </message>
    <message>
        <source>hours %1</source>
        <translation>%1시</translation>
    </message>
    <message>
        <source>at minute %1</source>
        <translation>%1분</translation>
    </message>
    <message>
        <source>at minutes %1</source>
        <translation>%1분</translation>
    </message>
    <message>
        <source>%1 during %2</source>
        <comment>minutes during hours</comment>
        <translation>%2 중 %1</translation>
    </message>
    <message>
        <source>on the last day of %1</source>
        <translation>%1 마지막 날</translation>
    </message>
    <message>
        <source>on the last weekday of %1</source>
        <translation>%1 마지막 평일</translation>
    </message>
    <message>
        <source>on the weekday nearest day %1 of %2</source>
        <translation>%2 %1일에 가장 가까운 평일</translation>
    </message>
    <message>
        <source>every day</source>
        <translation>매일</translation>
    </message>
    <message>
        <source>every day in %1</source>
        <translation>%1 매일</translation>
    </message>
    <message>
        <source>on day %1 of %2</source>
        <translation>%2 %1일</translation>
    </message>
    <message>
        <source>on the last %1 of %2</source>
        <translation>%2 마지막 %1</translation>
    </message>
    <message>
        <source>on the %1 %2 of %3</source>
        <translation>%3 %1 %2</translation>
    </message>
    <message>
        <source>on %1</source>
        <translation>매주 %1</translation>
    </message>
    <message>
        <source>on %1 in %2</source>
        <translation>%2의 %1</translation>
    </message>
    <message>
        <source>on day %1 of %2 or on %3</source>
        <translation>%2 %1일 또는 매주 %3</translation>
    </message>
    <message>
        <source>at %1 %2 %3</source>
        <comment>%1 clock time, %2 zone, %3 days</comment>
        <translation>%3 %1 (%2)</translation>
    </message>
    <message>
        <source>%1, %2 (%3)</source>
        <comment>%1 times of day, %2 days, %3 zone</comment>
        <translation>%2 %1 (%3)</translation>
    </message>
    <message>
        <source>once at %1 (%2)</source>
        <translation>%1 (%2)에 한 번</translation>
    </message>
    <message>
        <source>every minute, counted from the start</source>
        <translation>시작 시각부터 매분</translation>
    </message>
    <message>
        <source>every %1 minutes, counted from the start</source>
        <translation>시작 시각부터 %1분마다</translation>
    </message>
    <message>
        <source>every hour, counted from the start</source>
        <translation>시작 시각부터 매시간</translation>
    </message>
    <message>
        <source>every %1 hours, counted from the start</source>
        <translation>시작 시각부터 %1시간마다</translation>
    </message>
    <message>
        <source>every 24 hours, counted from the start</source>
        <translation>시작 시각부터 24시간마다</translation>
    </message>
    <message>
        <source>every %1 days of 24 hours, counted from the start</source>
        <translation>시작 시각부터 %1일(24시간 단위)마다</translation>
    </message>
    <message>
        <source>%1 in %2</source>
        <comment>days in years</comment>
        <translation>%2년 %1</translation>
    </message>
    <message>
        <source>every hour</source>
        <translation>매시간</translation>
    </message>
    <message>
        <source>%1 from %2 (%3)</source>
        <translation>%2 (%3)부터 %1</translation>
    </message>
    <message>
        <source>%1 from the start (%2)</source>
        <translation>시작 시각부터 %1 (%2)</translation>
    </message>
    <message>
        <source>at the start&apos;s time of day</source>
        <translation>시작 시각과 같은 시각</translation>
    </message>
    <message>
        <source>every %1 days</source>
        <translation>%1일마다</translation>
    </message>
    <message>
        <source>the start&apos;s weekday</source>
        <translation>시작일과 같은 요일</translation>
    </message>
    <message>
        <source>every week on %1</source>
        <translation>매주 %1</translation>
    </message>
    <message>
        <source>every %1 weeks on %2</source>
        <translation>%1주마다 %2</translation>
    </message>
    <message>
        <source>day %1</source>
        <translation>%1일</translation>
    </message>
    <message>
        <source>the start&apos;s day</source>
        <translation>시작일과 같은 날</translation>
    </message>
    <message>
        <source>every month on %1</source>
        <translation>매월 %1</translation>
    </message>
    <message>
        <source>every %1 months on %2</source>
        <translation>%1개월마다 %2</translation>
    </message>
    <message>
        <source>%1, until %2</source>
        <translation>%1, %2까지</translation>
    </message>
    <message>
        <source>expression: empty; use at(), rate(), cron(), crontab() or recurrence()</source>
        <translation>expression: 비어 있습니다. at(), rate(), cron(), crontab(), recurrence() 중 하나를 쓰세요</translation>
    </message>
    <message>
        <source>expression: unknown type “%1”; use at(), rate(), cron(), crontab() or recurrence()</source>
        <translation>expression: 알 수 없는 유형 “%1”입니다. at(), rate(), cron(), crontab(), recurrence() 중 하나를 쓰세요</translation>
    </message>
    <message>
        <source>expression: write %1(...) with the closing parenthesis</source>
        <translation>expression: 닫는 괄호까지 %1(...) 형태로 쓰세요</translation>
    </message>
    <message>
        <source>timezone: “%1” is not a known time zone (IANA such as Asia/Seoul, or Windows such as Pacific Standard Time)</source>
        <translation>timezone: 알 수 없는 시간대 “%1”입니다(IANA 예: Asia/Seoul, Windows 예: Pacific Standard Time)</translation>
    </message>
    <message>
        <source>at: date and time must be joined by T (yyyy-mm-ddThh:mm:ss)</source>
        <translation>at: 날짜와 시각은 T로 이어야 합니다(yyyy-mm-ddThh:mm:ss)</translation>
    </message>
    <message>
        <source>at: write the time as yyyy-mm-ddThh:mm:ss, not “%1”</source>
        <translation>at: 시각은 yyyy-mm-ddThh:mm:ss 형식으로 쓰세요(입력값: “%1”)</translation>
    </message>
    <message>
        <source>at: %1 is not a date</source>
        <translation>at: 존재하지 않는 날짜입니다(%1)</translation>
    </message>
    <message>
        <source>at: %1 is not a time of day</source>
        <translation>at: 올바른 시각이 아닙니다(%1)</translation>
    </message>
    <message>
        <source>rate: write rate(N unit), for example rate(5 minutes)</source>
        <translation>rate: rate(N 단위) 형식으로 쓰세요. 예: rate(5 minutes)</translation>
    </message>
    <message>
        <source>rate: the value is missing, for example rate(5 minutes)</source>
        <translation>rate: 값이 없습니다. 예: rate(5 minutes)</translation>
    </message>
    <message>
        <source>rate: the unit is missing (minute(s), hour(s) or day(s))</source>
        <translation>rate: 단위가 없습니다(minute(s), hour(s), day(s))</translation>
    </message>
    <message>
        <source>rate: separate the value and the unit with a space</source>
        <translation>rate: 값과 단위 사이에 공백을 넣으세요</translation>
    </message>
    <message>
        <source>rate: the value must be a positive number, not %1</source>
        <translation>rate: 값은 양수여야 합니다(입력값: %1)</translation>
    </message>
    <message>
        <source>rate: “%1” is not a unit; use minute(s), hour(s) or day(s)</source>
        <translation>rate: “%1” 값은 단위가 아닙니다. minute(s), hour(s), day(s) 중 하나를 쓰세요</translation>
    </message>
    <message>
        <source>rate: a value of 1 needs the singular unit (%1)</source>
        <translation>rate: 값이 1이면 단수 단위(%1)를 써야 합니다</translation>
    </message>
    <message>
        <source>rate: a value above 1 needs the plural unit (%1s)</source>
        <translation>rate: 값이 1보다 크면 복수 단위(%1s)를 써야 합니다</translation>
    </message>
    <message>
        <source>Schedule&apos;s time zone</source>
        <translation>일정의 시간대</translation>
    </message>
    <message>
        <source>UTC</source>
        <translation>UTC</translation>
    </message>
    <message>
        <source>Your time zone</source>
        <translation>내 시간대</translation>
    </message>
    <message>
        <source>Daylight saving time</source>
        <translation>일광 절약 시간</translation>
    </message>
    <message>
        <source>Skipped: this time does not exist (clocks go forward)</source>
        <translation>건너뜀: 존재하지 않는 시각입니다(시계가 앞당겨짐)</translation>
    </message>
    <message>
        <source>Once: this time occurs twice (clocks go back)</source>
        <translation>한 번만: 두 번 나타나는 시각입니다(시계가 되돌려짐)</translation>
    </message>
    <message>
        <source>Moved: the offset changed since the previous fire</source>
        <translation>이동됨: 이전 실행 이후 UTC 오프셋이 바뀌었습니다</translation>
    </message>
    <message>
        <source>Rules on a custom event bus cannot have a schedule expression; use the default event bus or a standalone schedule.</source>
        <translation>사용자 지정 이벤트 버스의 규칙에는 일정 표현식을 쓸 수 없습니다. 기본 이벤트 버스나 독립 일정을 사용하세요.</translation>
    </message>
    <message>
        <source>Day-of-month %1 does not exist in every month; months without it are skipped (use L for the last day).</source>
        <translation>%1일이 없는 달이 있으며, 그런 달에는 실행되지 않습니다(월말은 L을 쓰세요).</translation>
    </message>
    <message>
        <source>Day-of-month %1W does not exist in every month; months without day %1 are skipped.</source>
        <translation>%1W: %1일이 없는 달이 있으며, 그런 달에는 실행되지 않습니다.</translation>
    </message>
    <message>
        <source>Day %1 does not exist in every month; the recurrence does not fire in months without it.</source>
        <translation>%1일이 없는 달이 있으며, 그런 달에는 반복 일정이 실행되지 않습니다.</translation>
    </message>
    <message>
        <source>Azure ML cron triggers ignore day-of-month and month (they are treated as *); this schedule would fire on other days there.</source>
        <translation>Azure ML cron 트리거는 일과 월 필드를 무시합니다(*로 처리). Azure에서는 이 일정이 다른 날에도 실행됩니다.</translation>
    </message>
    <message>
        <source>Fires every minute, the most often a schedule can fire (1,440 runs a day); check that the pipeline finishes within a minute.</source>
        <translation>매분 실행됩니다. 일정이 실행될 수 있는 가장 짧은 간격입니다(하루 1,440회). 파이프라인이 1분 안에 끝나는지 확인하세요.</translation>
    </message>
    <message>
        <source>The end is before the start: the schedule never fires.</source>
        <translation>종료 시각이 시작 시각보다 앞서므로 일정이 한 번도 실행되지 않습니다.</translation>
    </message>
    <message>
        <source>rate() counts 24-hour days: after the change of offset on %1 in %2, it fires at a different wall-clock time.</source>
        <translation>rate()는 하루를 24시간으로 셉니다. %2에서 %1에 UTC 오프셋이 바뀐 뒤에는 다른 현지 시각에 실행됩니다.</translation>
    </message>
    <message>
        <source>%1 on %2 does not exist in %3 (clocks go forward); that fire is skipped.</source>
        <translation>%3에서 %2 %1 시각은 존재하지 않으므로(시계가 앞당겨짐) 그 실행은 건너뜁니다.</translation>
    </message>
    <message>
        <source>%1 on %2 occurs twice in %3 (clocks go back); it fires once, at the first.</source>
        <translation>%3에서 %2 %1 시각은 두 번 나타나므로(시계가 되돌려짐) 첫 번째에 한 번만 실행됩니다.</translation>
    </message>
    <message>
        <source>Skip missed runs</source>
        <translation>놓친 실행 건너뛰기</translation>
    </message>
    <message>
        <source>Run all missed runs</source>
        <translation>놓친 실행 모두 실행</translation>
    </message>
    <message>
        <source>Run once</source>
        <translation>한 번 실행</translation>
    </message>
    <message>
        <source>Skip while the previous run is active</source>
        <translation>이전 실행이 진행 중이면 건너뛰기</translation>
    </message>
    <message>
        <source>Queue after the previous run</source>
        <translation>이전 실행 뒤로 대기</translation>
    </message>
    <message>
        <source>Stop the previous run</source>
        <translation>이전 실행 중지</translation>
    </message>
    <message>
        <source>Allow overlapping runs</source>
        <translation>겹치는 실행 허용</translation>
    </message>
    <message>
        <source>Retrying</source>
        <translation>재시도 중</translation>
    </message>
    <message>
        <source>Queued</source>
        <translation>대기 중</translation>
    </message>
    <message>
        <source>Skipped (overlap)</source>
        <translation>건너뜀(겹침)</translation>
    </message>
    <message>
        <source>Dead-lettered</source>
        <translation>DLQ로 보냄</translation>
    </message>
    <message>
        <source>Started</source>
        <translation>시작</translation>
    </message>
    <message>
        <source>%1: a name is required (1 to %2 characters).</source>
        <translation>%1: 이름이 필요합니다(1–%2자).</translation>
    </message>
    <message>
        <source>%1: “%2” has %3 characters; at most %4 are allowed.</source>
        <translation>%1: “%2” 값은 %3자입니다. 최대 %4자까지 쓸 수 있습니다.</translation>
    </message>
    <message>
        <source>%1: “%2” may only contain letters A–Z and a–z, digits, “-”, “_” and “.”.</source>
        <translation>%1: “%2”에는 영문자 A–Z, a–z, 숫자, “-”, “_”, “.”만 쓸 수 있습니다.</translation>
    </message>
    <message>
        <source>description: at most 512 characters are allowed (it has %1).</source>
        <translation>description: 최대 512자까지 쓸 수 있습니다(현재 %1자).</translation>
    </message>
    <message>
        <source>end: the end (%1) must be after the start (%2).</source>
        <translation>end: 끝(%1)은 시작(%2)보다 뒤여야 합니다.</translation>
    </message>
    <message>
        <source>flexible-window: %1 minutes is out of range; use OFF (0) or %2 to %3 minutes.</source>
        <translation>flexible-window: %1분은 범위를 벗어납니다. OFF(0) 또는 %2–%3분을 쓰십시오.</translation>
    </message>
    <message>
        <source>max-retries: %1 is out of range; use %2 to %3.</source>
        <translation>max-retries: %1 값은 범위를 벗어납니다. %2–%3 사이의 값을 쓰십시오.</translation>
    </message>
    <message>
        <source>max-event-age: %1 seconds is out of range; use %2 to %3 seconds.</source>
        <translation>max-event-age: %1초는 범위를 벗어납니다. %2–%3초를 쓰십시오.</translation>
    </message>
    <message>
        <source>action-after-completion: DELETE on a recurring schedule needs an end; set --end or use NONE.</source>
        <translation>action-after-completion: 반복 일정에 DELETE를 쓰려면 끝이 필요합니다. --end를 지정하거나 NONE을 쓰십시오.</translation>
    </message>
    <message>
        <source>target-pipeline: a target pipeline is required.</source>
        <translation>target-pipeline: 대상 파이프라인이 필요합니다.</translation>
    </message>
    <message>
        <source>name: the schedule&apos;s name is required.</source>
        <translation>name: 일정 이름이 필요합니다.</translation>
    </message>
    <message>
        <source>The schedule “%1” does not exist in group “%2” of account %3.</source>
        <translation>계정 %3의 “%2” 그룹에 “%1” 일정이 없습니다.</translation>
    </message>
    <message>
        <source>The schedule “%1” does not exist in account %2.</source>
        <translation>계정 %2에 “%1” 일정이 없습니다.</translation>
    </message>
    <message>
        <source>expression: a schedule expression is required.</source>
        <translation>expression: 일정 표현식이 필요합니다.</translation>
    </message>
    <message>
        <source>A schedule named “%1” already exists in group “%2”.</source>
        <translation>그룹 “%2”에 이름이 “%1”인 일정이 이미 있습니다.</translation>
    </message>
    <message>
        <source>The schedule “%1” is enabled; disable it before deleting it.</source>
        <translation>“%1” 일정이 사용 중입니다. 삭제하기 전에 사용 중지하십시오.</translation>
    </message>
    <message>
        <source>Skipped: the previous execution %1 was still running.</source>
        <translation>건너뜀: 이전 실행(%1)이 아직 진행 중이었습니다.</translation>
    </message>
    <message>
        <source>Queued until the previous execution %1 ends.</source>
        <translation>이전 실행(%1)이 끝날 때까지 대기합니다.</translation>
    </message>
    <message>
        <source>The event is older than the maximum event age (%1 s) after %2 attempts: %3</source>
        <translation>%2번 시도한 뒤 이벤트가 최대 이벤트 보존 시간(%1초)을 넘었습니다: %3</translation>
    </message>
    <message>
        <source>Starting the pipeline failed %1 times: %2</source>
        <translation>파이프라인 시작이 %1번 실패했습니다: %2</translation>
    </message>
    <message>
        <source>There is no dead letter with id %1.</source>
        <translation>ID가 %1인 DLQ 항목이 없습니다.</translation>
    </message>
    <message>
        <source>Account %1 may not perform %2 on %3: the resource share “%4” grants only %5; this action needs %6.</source>
        <translation>%1 계정은 %3에 대해 %2 작업을 수행할 수 없습니다. “%4” 리소스 공유는 %5 권한만 부여하며, 이 작업에는 %6 권한이 필요합니다.</translation>
    </message>
    <message>
        <source>Account %1 may not perform %2 on %3 yet: the invitation %4 to the resource share “%5” is pending. Accept it before %6 to get access.</source>
        <translation>%1 계정은 아직 %3에 대해 %2 작업을 수행할 수 없습니다. “%5” 리소스 공유에 대한 초대(%4)가 대기 중입니다. 액세스하려면 %6 전에 수락하세요.</translation>
    </message>
    <message>
        <source>Account %1 may not perform %2 on %3: the invitation %4 to the resource share “%5” expired at %6. Ask account %7 to share the pipeline again.</source>
        <translation>%1 계정은 %3에 대해 %2 작업을 수행할 수 없습니다. “%5” 리소스 공유에 대한 초대(%4)가 %6에 만료되었습니다. 계정 %7에 파이프라인을 다시 공유해 달라고 요청하세요.</translation>
    </message>
    <message>
        <source>Account %1 may not perform %2 on %3: the invitation to share it was rejected, so no resource share grants %4.</source>
        <translation>%1 계정은 %3에 대해 %2 작업을 수행할 수 없습니다. 공유 초대가 거부되었으므로 %4 권한을 부여하는 리소스 공유가 없습니다.</translation>
    </message>
    <message>
        <source>Account %1 may not perform %2 on %3: the pipeline belongs to account %4 and no resource share grants %5 to this account.</source>
        <translation>%1 계정은 %3에 대해 %2 작업을 수행할 수 없습니다. 파이프라인은 계정 %4의 것이며 이 계정에 %5 권한을 부여하는 리소스 공유가 없습니다.</translation>
    </message>
    <message>
        <source>Read-only</source>
        <translation>읽기 전용</translation>
    </message>
    <message>
        <source>Allow execution</source>
        <translation>실행 허용</translation>
    </message>
    <message>
        <source>Pending</source>
        <translation>대기 중</translation>
    </message>
    <message>
        <source>Accepted</source>
        <translation>수락됨</translation>
    </message>
    <message>
        <source>Rejected</source>
        <translation>거부됨</translation>
    </message>
    <message>
        <source>Expired</source>
        <translation>만료됨</translation>
    </message>
    <message>
        <source>Account %1 may not change sharing with AWS Organizations: only the management account of an organization may.</source>
        <translation>%1 계정은 AWS Organizations와의 공유 설정을 변경할 수 없습니다. 조직의 관리 계정만 변경할 수 있습니다.</translation>
    </message>
    <message>
        <source>resource-arns: “%1” is not a SageMaker pipeline ARN; only pipelines can be shared.</source>
        <translation>resource-arns: “%1” 값은 SageMaker 파이프라인 ARN이 아닙니다. 파이프라인만 공유할 수 있습니다.</translation>
    </message>
    <message>
        <source>Account %1 may not share %2: it belongs to account %3, and only a resource&apos;s owner may share it.</source>
        <translation>%1 계정은 %2 리소스를 공유할 수 없습니다. 이 리소스는 계정 %3의 것이며, 리소스 소유자만 공유할 수 있습니다.</translation>
    </message>
    <message>
        <source>resource-arns: pipeline “%1” does not exist in account %2.</source>
        <translation>resource-arns: 계정 %2에 “%1” 파이프라인이 없습니다.</translation>
    </message>
    <message>
        <source>principals: %1 can not be a principal: account %2 belongs to no organization.</source>
        <translation>principals: %1 항목은 보안 주체가 될 수 없습니다. %2 계정은 어떤 조직에도 속해 있지 않습니다.</translation>
    </message>
    <message>
        <source>principals: sharing with an organization or OU (%1) needs sharing with AWS Organizations, which is off for %2. Its management account can turn it on, or name the accounts instead.</source>
        <translation>principals: 조직이나 OU(%1)와 공유하려면 AWS Organizations와의 공유가 필요하지만 %2에서는 꺼져 있습니다. 관리 계정에서 켜거나, 대신 계정을 지정하세요.</translation>
    </message>
    <message>
        <source>principals: “%1” is not a 12-digit account id, an organization ARN or an OU ARN.</source>
        <translation>principals: “%1” 값은 12자리 계정 ID, 조직 ARN, OU ARN 중 어느 것도 아닙니다.</translation>
    </message>
    <message>
        <source>principals: %1 is not the organization of account %2; a share can name only the owner&apos;s own organization.</source>
        <translation>principals: %1 조직은 계정 %2의 조직이 아닙니다. 공유에는 소유자 자신의 조직만 지정할 수 있습니다.</translation>
    </message>
    <message>
        <source>principals: %1 is not an OU of the organization of account %2.</source>
        <translation>principals: %1 항목은 계정 %2 소속 조직의 OU가 아닙니다.</translation>
    </message>
    <message>
        <source>principals: %1 owns the share; an account can not share with itself.</source>
        <translation>principals: %1 계정은 이 공유의 소유자입니다. 계정은 자기 자신과 공유할 수 없습니다.</translation>
    </message>
    <message>
        <source>principals: account %1 is outside the organization of account %2, and the resource share “%3” allows principals only within the organization.</source>
        <translation>principals: %1 계정은 %2 계정이 속한 조직 밖에 있으며, “%3” 리소스 공유는 조직 내 보안 주체만 허용합니다.</translation>
    </message>
    <message>
        <source>name: a resource share needs a name.</source>
        <translation>name: 리소스 공유에는 이름이 필요합니다.</translation>
    </message>
    <message>
        <source>name: at most 255 characters are allowed.</source>
        <translation>name: 최대 255자까지 입력할 수 있습니다.</translation>
    </message>
    <message>
        <source>permission-arns: “%1” is not a permission for SageMaker pipelines; use %2 or %3.</source>
        <translation>permission-arns: “%1” 값은 SageMaker 파이프라인용 권한이 아닙니다. %2 또는 %3 권한을 사용하세요.</translation>
    </message>
    <message>
        <source>client-token: “%1” was already used for the resource share %2 with different parameters.</source>
        <translation>client-token: “%1” 토큰은 이미 다른 파라미터로 리소스 공유 %2에 사용되었습니다.</translation>
    </message>
    <message>
        <source>Account %1 may not describe the resource share %2: it belongs to account %3 and grants this account nothing.</source>
        <translation>%1 계정은 %2 리소스 공유를 조회할 수 없습니다. 이 공유는 계정 %3의 것이며 이 계정에 아무것도 부여하지 않습니다.</translation>
    </message>
    <message>
        <source>Account %1 may not change the resource share %2: only its owner, account %3, may.</source>
        <translation>%1 계정은 %2 리소스 공유를 변경할 수 없습니다. 소유자인 계정 %3만 변경할 수 있습니다.</translation>
    </message>
    <message>
        <source>The resource share %1 was deleted and can not be changed.</source>
        <translation>%1 리소스 공유는 삭제되어 변경할 수 없습니다.</translation>
    </message>
    <message>
        <source>allow-external-principals: the share still names account %1, which is outside the organization; remove it first.</source>
        <translation>allow-external-principals: 공유에 아직 조직 밖의 계정(%1)이 지정되어 있습니다. 먼저 제거하세요.</translation>
    </message>
    <message>
        <source>resource-arns: %1 is not a resource of the share “%2”.</source>
        <translation>resource-arns: “%2” 공유에 %1 리소스가 없습니다.</translation>
    </message>
    <message>
        <source>principals: %1 is not a principal of the share “%2”.</source>
        <translation>principals: “%2” 공유에 %1 보안 주체가 없습니다.</translation>
    </message>
    <message>
        <source>Account %1 may not answer the invitation %2: it was sent to account %3.</source>
        <translation>%1 계정은 %2 초대에 응답할 수 없습니다. 이 초대는 계정 %3에 보낸 것입니다.</translation>
    </message>
    <message>
        <source>The invitation %1 expired at %2; ask account %3 to share again.</source>
        <translation>%1 초대는 %2에 만료되었습니다. 계정 %3에 다시 공유해 달라고 요청하세요.</translation>
    </message>
    <message>
        <source>The invitation %1 was already answered: it is %2.</source>
        <translation>초대 %1에는 이미 응답했습니다. 상태: %2.</translation>
    </message>
    <message>
        <source>The invitation %1 no longer applies: the resource share “%2” no longer names account %3.</source>
        <translation>%1 초대는 더 이상 유효하지 않습니다. “%2” 리소스 공유가 더 이상 %3 계정을 지정하지 않습니다.</translation>
    </message>
    <message>
        <source>The schedule “%1” does not exist.</source>
        <translation>“%1” 일정이 없습니다.</translation>
    </message>
    <message>
        <source>Resource share %1 does not exist.</source>
        <translation>%1 리소스 공유가 없습니다.</translation>
    </message>
    <message>
        <source>Resource share invitation %1 does not exist.</source>
        <translation>%1 리소스 공유 초대가 없습니다.</translation>
    </message>
    <message>
        <source>Enter a schedule expression to see when it fires.</source>
        <translation>일정 표현식을 입력하면 언제 실행되는지 보여 줍니다.</translation>
    </message>
    <message>
        <source>%1 (at character %2)</source>
        <translation>%1 (%2번째 문자)</translation>
    </message>
    <message>
        <source>--trigger-name is required.</source>
        <translation>--trigger-name이 필요합니다.</translation>
    </message>
    <message>
        <source>A trigger (schedule) name. Repeatable.</source>
        <translation>트리거(일정) 이름. 여러 번 지정할 수 있습니다.</translation>
    </message>
    <message>
        <source>Create or update schedules that start a pipeline (SageMaker SDK put_triggers).</source>
        <translation>파이프라인을 시작하는 일정을 만들거나 바꿉니다(SageMaker SDK put_triggers).</translation>
    </message>
    <message>
        <source>The schedule expression.</source>
        <translation>일정 표현식.</translation>
    </message>
    <message>
        <source>Describe one trigger of a pipeline (SageMaker SDK describe_trigger).</source>
        <translation>파이프라인의 트리거 하나를 설명합니다(SageMaker SDK describe_trigger).</translation>
    </message>
    <message>
        <source>Disable and delete triggers (SageMaker SDK delete_triggers); their executions stay.</source>
        <translation>트리거를 사용 중지하고 삭제합니다(SageMaker SDK delete_triggers). 시작한 실행은 남습니다.</translation>
    </message>
    <message>
        <source>--%1: cannot read “%2”: %3</source>
        <translation>--%1: “%2” 파일을 읽을 수 없습니다: %3</translation>
    </message>
    <message>
        <source>--entries: not JSON (%1 at offset %2).</source>
        <translation>--entries: JSON이 아닙니다(오프셋 %2에서 %1).</translation>
    </message>
    <message>
        <source>--entries: expected a non-empty array of entries, or an object with one in “Entries”.</source>
        <translation>--entries: 비어 있지 않은 항목 배열이나, “Entries”에 그런 배열을 가진 객체여야 합니다.</translation>
    </message>
    <message>
        <source>--entries: %1 must be %2.</source>
        <translation>--entries: %1 멤버는 %2이어야 합니다.</translation>
    </message>
    <message>
        <source>an object</source>
        <translation>객체</translation>
    </message>
    <message>
        <source>a string</source>
        <translation>문자열</translation>
    </message>
    <message>
        <source>a string of JSON</source>
        <translation>JSON 문자열</translation>
    </message>
    <message>
        <source>an array of strings</source>
        <translation>문자열 배열</translation>
    </message>
    <message>
        <source>a timestamp</source>
        <translation>타임스탬프</translation>
    </message>
    <message>
        <source>entry %1: %2: %3</source>
        <translation>항목 %1: %2: %3</translation>
    </message>
    <message>
        <source>The put-events Entries JSON: a file, file://PATH, - for stdin, or inline.</source>
        <translation>put-events의 Entries JSON: 파일, file://경로, 표준 입력은 -, 또는 직접 입력.</translation>
    </message>
    <message>
        <source>Whether an event pattern matches an event; prints {&quot;Result&quot;: true|false}.</source>
        <translation>이벤트 패턴이 이벤트와 일치하는지 확인하고 {&quot;Result&quot;: true|false}를 출력합니다.</translation>
    </message>
    <message>
        <source>The event pattern: JSON text or file://PATH.</source>
        <translation>이벤트 패턴: JSON 텍스트 또는 file://경로.</translation>
    </message>
    <message>
        <source>The event, a full envelope (id, account, source, time, region, resources, detail-type, detail): JSON text or file://PATH.</source>
        <translation>전체 봉투 형식의 이벤트(id, account, source, time, region, resources, detail-type, detail): JSON 텍스트 또는 file://경로.</translation>
    </message>
    <message>
        <source>The rule&apos;s name or ARN.</source>
        <translation>규칙의 이름 또는 ARN.</translation>
    </message>
    <message>
        <source>The event bus: name or ARN (default: default).</source>
        <translation>이벤트 버스: 이름 또는 ARN(기본값: default).</translation>
    </message>
    <message>
        <source>BUS</source>
        <translation>버스</translation>
    </message>
    <message>
        <source>--tags: “%1” is not of the form Key=Value.</source>
        <translation>--tags: “%1” 값은 Key=Value 형식이 아닙니다.</translation>
    </message>
    <message>
        <source>--targets: not JSON (%1 at offset %2).</source>
        <translation>--targets: JSON이 아닙니다(오프셋 %2에서 %1).</translation>
    </message>
    <message>
        <source>--targets: expected a non-empty array of targets.</source>
        <translation>--targets: 비어 있지 않은 대상 배열이어야 합니다.</translation>
    </message>
    <message>
        <source>--target-pipeline (or --targets) is required.</source>
        <translation>--target-pipeline(또는 --targets)이 필요합니다.</translation>
    </message>
    <message>
        <source>--targets: give either --targets or --target-pipeline, not both.</source>
        <translation>--targets: --targets와 --target-pipeline 중 하나만 지정하세요.</translation>
    </message>
    <message>
        <source>--ids is required.</source>
        <translation>--ids가 필요합니다.</translation>
    </message>
    <message>
        <source>EVENT BUS</source>
        <translation>이벤트 버스</translation>
    </message>
    <message>
        <source>TARGETS</source>
        <translation>대상</translation>
    </message>
    <message>
        <source>PATTERN OR SCHEDULE</source>
        <translation>패턴 또는 일정</translation>
    </message>
    <message>
        <source>ROLE</source>
        <translation>역할</translation>
    </message>
    <message>
        <source>PARAMETERS</source>
        <translation>파라미터</translation>
    </message>
    <message>
        <source>--max-items: “%1” is not a whole number of 1 or more.</source>
        <translation>--max-items: “%1” 값은 1 이상의 정수가 아닙니다.</translation>
    </message>
    <message>
        <source>TIME (UTC)</source>
        <translation>시각(UTC)</translation>
    </message>
    <message>
        <source>EVENT</source>
        <translation>이벤트</translation>
    </message>
    <message>
        <source>TARGET</source>
        <translation>대상</translation>
    </message>
    <message>
        <source>EXECUTION OR REASON</source>
        <translation>실행 또는 사유</translation>
    </message>
    <message>
        <source>The rule&apos;s name.</source>
        <translation>규칙의 이름.</translation>
    </message>
    <message>
        <source>rate(...) or cron(6 fields), in UTC; only on the default bus.</source>
        <translation>rate(...) 또는 cron(필드 6개), UTC 기준. 기본 버스에서만 사용할 수 있습니다.</translation>
    </message>
    <message>
        <source>The role the rule acts with.</source>
        <translation>규칙이 사용하는 역할.</translation>
    </message>
    <message>
        <source>Create a rule with an event pattern or a schedule expression; prints its ARN.</source>
        <translation>이벤트 패턴이나 일정 표현식으로 규칙을 만들고 ARN을 출력합니다.</translation>
    </message>
    <message>
        <source>Create a rule, or replace the rule of that name keeping its targets (put-rule); prints its ARN.</source>
        <translation>규칙을 만들거나, 같은 이름의 규칙을 대상은 그대로 두고 바꿉니다(put-rule). ARN을 출력합니다.</translation>
    </message>
    <message>
        <source>Add a pipeline target to a rule, or replace the target with the same id.</source>
        <translation>규칙에 파이프라인 대상을 추가하거나, 같은 ID의 대상을 바꿉니다.</translation>
    </message>
    <message>
        <source>The target&apos;s id in the rule (default: the pipeline&apos;s name).</source>
        <translation>규칙 안에서 대상의 ID(기본값: 파이프라인 이름).</translation>
    </message>
    <message>
        <source>The role the target starts the pipeline with.</source>
        <translation>대상이 파이프라인을 시작할 때 쓰는 역할.</translation>
    </message>
    <message>
        <source>A pipeline parameter with a fixed value. Repeatable.</source>
        <translation>고정 값을 가진 파이프라인 파라미터. 반복할 수 있습니다.</translation>
    </message>
    <message>
        <source>A pipeline parameter taken from the event by a JSONPath such as $.detail.name. Repeatable.</source>
        <translation>$.detail.name 같은 JSONPath로 이벤트에서 가져오는 파이프라인 파라미터. 반복할 수 있습니다.</translation>
    </message>
    <message>
        <source>Name=$.PATH</source>
        <translation>Name=$.경로</translation>
    </message>
    <message>
        <source>Instead of the options above: the put-targets Targets JSON, inline, file://PATH or a file.</source>
        <translation>위 옵션 대신: put-targets의 Targets JSON(직접 입력, file://경로 또는 파일).</translation>
    </message>
    <message>
        <source>Remove targets from a rule by their ids.</source>
        <translation>ID로 규칙의 대상을 제거합니다.</translation>
    </message>
    <message>
        <source>A target id; repeat or separate by commas.</source>
        <translation>대상 ID. 반복하거나 쉼표로 구분하세요.</translation>
    </message>
    <message>
        <source>List the identity&apos;s rules (on every bus unless one is named).</source>
        <translation>작업 계정의 규칙을 나열합니다(버스를 지정하지 않으면 모든 버스).</translation>
    </message>
    <message>
        <source>Only the rules of this event bus.</source>
        <translation>이 이벤트 버스의 규칙만.</translation>
    </message>
    <message>
        <source>Only rules whose name starts so.</source>
        <translation>이름이 이렇게 시작하는 규칙만.</translation>
    </message>
    <message>
        <source>PREFIX</source>
        <translation>접두사</translation>
    </message>
    <message>
        <source>Describe one rule (DescribeRule, as JSON).</source>
        <translation>규칙 하나를 설명합니다(DescribeRule, JSON).</translation>
    </message>
    <message>
        <source>List the targets of a rule.</source>
        <translation>규칙의 대상을 나열합니다.</translation>
    </message>
    <message>
        <source>Enable a rule.</source>
        <translation>규칙을 사용합니다.</translation>
    </message>
    <message>
        <source>Disable a rule: events and slots no longer start its targets.</source>
        <translation>규칙을 사용 중지합니다. 이벤트와 일정 슬롯이 더 이상 대상을 시작하지 않습니다.</translation>
    </message>
    <message>
        <source>Delete a rule; refused while it has targets unless --force (the executions it started stay).</source>
        <translation>규칙을 삭제합니다. 대상이 있으면 --force 없이는 거부됩니다(시작한 실행은 남습니다).</translation>
    </message>
    <message>
        <source>Delete the rule together with its targets.</source>
        <translation>규칙을 대상과 함께 삭제합니다.</translation>
    </message>
    <message>
        <source>What the rule&apos;s targets did for each event or slot, newest first.</source>
        <translation>이벤트나 슬롯마다 규칙의 대상이 한 일, 최신순.</translation>
    </message>
    <message>
        <source>At most this many (default 500).</source>
        <translation>최대 개수(기본값 500).</translation>
    </message>
    <message>
        <source>List the identity&apos;s event buses.</source>
        <translation>작업 계정의 이벤트 버스를 나열합니다.</translation>
    </message>
    <message>
        <source>Create a custom event bus; prints its ARN.</source>
        <translation>사용자 지정 이벤트 버스를 만들고 ARN을 출력합니다.</translation>
    </message>
    <message>
        <source>The event bus&apos;s name.</source>
        <translation>이벤트 버스의 이름.</translation>
    </message>
    <message>
        <source>Delete a custom event bus that has no rules.</source>
        <translation>규칙이 없는 사용자 지정 이벤트 버스를 삭제합니다.</translation>
    </message>
    <message>
        <source>line %1, column %2: %3</source>
        <translation>%1행 %2열: %3</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>the file holds more than one YAML document; expected one</source>
        <translation>파일에 YAML 문서가 둘 이상 있습니다. 하나만 있어야 합니다</translation>
    </message>
    <message>
        <source>a mapping key must be a plain value, not a list or mapping</source>
        <translation>매핑 키는 목록이나 매핑이 아닌 단순 값이어야 합니다</translation>
    </message>
    <message>
        <source>the alias *%1 names no anchor</source>
        <translation>별칭 *%1에 해당하는 앵커가 없습니다</translation>
    </message>
    <message>
        <source>the key “%1” appears twice in one mapping</source>
        <translation>한 매핑에 “%1” 키가 두 번 나옵니다</translation>
    </message>
    <message>
        <source>in a wildcard, “\” may only escape “*” or “\”.</source>
        <translation>와일드카드에서 “\”는 “*” 또는 “\”만 이스케이프할 수 있습니다.</translation>
    </message>
    <message>
        <source>a wildcard may not have consecutive stars (**).</source>
        <translation>와일드카드에는 별표를 연속으로(**) 쓸 수 없습니다.</translation>
    </message>
    <message>
        <source>“%1” is not a CIDR block like 10.0.0.0/24 or 2001:db8::/32.</source>
        <translation>“%1” 값은 10.0.0.0/24 또는 2001:db8::/32 같은 CIDR 블록이 아닙니다.</translation>
    </message>
    <message>
        <source>%1 needs a string or {&quot;equals-ignore-case&quot;: &quot;…&quot;}.</source>
        <translation>%1에는 문자열 또는 {&quot;equals-ignore-case&quot;: &quot;…&quot;}가 필요합니다.</translation>
    </message>
    <message>
        <source>numeric needs an operator followed by a number: [&quot;=&quot;, 5], [&quot;&gt;&quot;, 0], [&quot;&gt;=&quot;, 0, &quot;&lt;&quot;, 10] (=, &lt;, &lt;=, &gt;, &gt;=).</source>
        <translation>numeric에는 연산자와 그 뒤의 숫자가 필요합니다: [&quot;=&quot;, 5], [&quot;&gt;&quot;, 0], [&quot;&gt;=&quot;, 0, &quot;&lt;&quot;, 10] (=, &lt;, &lt;=, &gt;, &gt;=).</translation>
    </message>
    <message>
        <source>numeric values must be between -5.0e9 and 5.0e9.</source>
        <translation>numeric 값은 -5.0e9에서 5.0e9 사이여야 합니다.</translation>
    </message>
    <message>
        <source>a numeric range is a lower bound (&gt; or &gt;=) followed by an upper bound (&lt; or &lt;=).</source>
        <translation>numeric 범위는 하한(&gt; 또는 &gt;=) 다음에 상한(&lt; 또는 &lt;=)을 씁니다.</translation>
    </message>
    <message>
        <source>“%1” is not a numeric operator (=, &lt;, &lt;=, &gt;, &gt;=).</source>
        <translation>“%1” 값은 numeric 연산자가 아닙니다(=, &lt;, &lt;=, &gt;, &gt;=).</translation>
    </message>
    <message>
        <source>the lower bound of a numeric range must be below its upper bound.</source>
        <translation>numeric 범위의 하한은 상한보다 작아야 합니다.</translation>
    </message>
    <message>
        <source>anything-but lists strings or numbers.</source>
        <translation>anything-but에는 문자열 또는 숫자만 나열할 수 있습니다.</translation>
    </message>
    <message>
        <source>anything-but needs at least one value.</source>
        <translation>anything-but에는 값이 하나 이상 필요합니다.</translation>
    </message>
    <message>
        <source>anything-but needs a value, a list of values, or one of {&quot;prefix&quot;: …}, {&quot;suffix&quot;: …}, {&quot;equals-ignore-case&quot;: …}, {&quot;wildcard&quot;: …}.</source>
        <translation>anything-but에는 값, 값 목록, 또는 {&quot;prefix&quot;: …}, {&quot;suffix&quot;: …}, {&quot;equals-ignore-case&quot;: …}, {&quot;wildcard&quot;: …} 중 하나가 필요합니다.</translation>
    </message>
    <message>
        <source>anything-but %1 needs a string or a list of strings.</source>
        <translation>anything-but %1에는 문자열 또는 문자열 목록이 필요합니다.</translation>
    </message>
    <message>
        <source>“%1” can not be used inside anything-but; use prefix, suffix, equals-ignore-case or wildcard.</source>
        <translation>“%1” 연산자는 anything-but 안에서 쓸 수 없습니다. prefix, suffix, equals-ignore-case 또는 wildcard를 사용하세요.</translation>
    </message>
    <message>
        <source>an operator object has exactly one operator: prefix, suffix, anything-but, numeric, exists, cidr, equals-ignore-case or wildcard.</source>
        <translation>연산자 객체에는 연산자가 정확히 하나 있어야 합니다: prefix, suffix, anything-but, numeric, exists, cidr, equals-ignore-case 또는 wildcard.</translation>
    </message>
    <message>
        <source>exists needs true or false.</source>
        <translation>exists에는 true 또는 false가 필요합니다.</translation>
    </message>
    <message>
        <source>equals-ignore-case needs a string.</source>
        <translation>equals-ignore-case에는 문자열이 필요합니다.</translation>
    </message>
    <message>
        <source>wildcard needs a string.</source>
        <translation>wildcard에는 문자열이 필요합니다.</translation>
    </message>
    <message>
        <source>cidr needs a string like 10.0.0.0/24.</source>
        <translation>cidr에는 10.0.0.0/24 같은 문자열이 필요합니다.</translation>
    </message>
    <message>
        <source>“%1” is not an operator of event patterns (prefix, suffix, anything-but, numeric, exists, cidr, equals-ignore-case, wildcard).</source>
        <translation>“%1” 값은 이벤트 패턴의 연산자가 아닙니다(prefix, suffix, anything-but, numeric, exists, cidr, equals-ignore-case, wildcard).</translation>
    </message>
    <message>
        <source>needs at least one value to match.</source>
        <translation>일치시킬 값이 하나 이상 필요합니다.</translation>
    </message>
    <message>
        <source>an alternative is a value or an object with one operator, not an array.</source>
        <translation>대안은 값이거나 연산자가 하나인 객체여야 하며, 배열일 수 없습니다.</translation>
    </message>
    <message>
        <source>an event pattern needs at least one field.</source>
        <translation>이벤트 패턴에는 필드가 하나 이상 필요합니다.</translation>
    </message>
    <message>
        <source>an object in an event pattern needs at least one field.</source>
        <translation>이벤트 패턴의 객체에는 필드가 하나 이상 필요합니다.</translation>
    </message>
    <message>
        <source>$or needs at least two patterns.</source>
        <translation>$or에는 패턴이 두 개 이상 필요합니다.</translation>
    </message>
    <message>
        <source>each $or alternative must be an object.</source>
        <translation>$or의 각 대안은 객체여야 합니다.</translation>
    </message>
    <message>
        <source>must be an array of values to match, or an object of fields.</source>
        <translation>일치시킬 값의 배열이거나 필드의 객체여야 합니다.</translation>
    </message>
    <message>
        <source>%1 is not in the event.</source>
        <translation>이벤트에 %1 필드가 없습니다.</translation>
    </message>
    <message>
        <source>%1 is in the event (%2); the pattern needs it absent.</source>
        <translation>이벤트에 %1 필드가 있습니다(%2). 패턴은 이 필드가 없어야 합니다.</translation>
    </message>
    <message>
        <source>%1: %2 is not one of %3</source>
        <translation>%1: %2 값은 %3 중 하나가 아닙니다</translation>
    </message>
    <message>
        <source>%1: %2 does not match %3</source>
        <translation>%1: %2 값이 %3 패턴과 일치하지 않습니다</translation>
    </message>
    <message>
        <source>No element of %1 matches; in the first: %2</source>
        <translation>%1의 어떤 요소도 일치하지 않습니다. 첫 요소에서: %2</translation>
    </message>
    <message>
        <source>None of the $or patterns matches; the first: %1</source>
        <translation>$or 패턴 중 일치하는 것이 없습니다. 첫 패턴에서: %1</translation>
    </message>
    <message>
        <source>%1 does not match.</source>
        <translation>%1 필드가 일치하지 않습니다.</translation>
    </message>
    <message>
        <source>$: the event pattern is not valid JSON (%1 at offset %2).</source>
        <translation>$: 이벤트 패턴이 올바른 JSON이 아닙니다(오프셋 %2에서 %1).</translation>
    </message>
    <message>
        <source>$: the event pattern must be a JSON object.</source>
        <translation>$: 이벤트 패턴은 JSON 객체여야 합니다.</translation>
    </message>
    <message>
        <source>$: the $or alternatives of this pattern combine into more than %1 patterns; simplify it.</source>
        <translation>$: 이 패턴의 $or 대안을 조합하면 패턴이 %1개를 넘습니다. 패턴을 단순하게 만드세요.</translation>
    </message>
    <message>
        <source>The event pattern is empty.</source>
        <translation>이벤트 패턴이 비어 있습니다.</translation>
    </message>
    <message>
        <source>the event needs the field “%1”.</source>
        <translation>이벤트에 “%1” 필드가 필요합니다.</translation>
    </message>
    <message>
        <source>“%1” must be a string.</source>
        <translation>“%1” 필드는 문자열이어야 합니다.</translation>
    </message>
    <message>
        <source>“%1” is not an ISO-8601 time like 2026-03-01T08:00:00Z.</source>
        <translation>“%1” 값은 2026-03-01T08:00:00Z 같은 ISO-8601 시각이 아닙니다.</translation>
    </message>
    <message>
        <source>“resources” must be an array.</source>
        <translation>“resources”는 배열이어야 합니다.</translation>
    </message>
    <message>
        <source>“detail” must be a JSON object.</source>
        <translation>“detail”은 JSON 객체여야 합니다.</translation>
    </message>
    <message>
        <source>$: the event is not valid JSON (%1 at offset %2).</source>
        <translation>$: 이벤트가 올바른 JSON이 아닙니다(오프셋 %2에서 %1).</translation>
    </message>
    <message>
        <source>$: the event must be a JSON object.</source>
        <translation>$: 이벤트는 JSON 객체여야 합니다.</translation>
    </message>
    <message>
        <source>nothing</source>
        <translation>값 없음</translation>
    </message>
    <message>
        <source>a boolean</source>
        <translation>불리언</translation>
    </message>
    <message>
        <source>a number</source>
        <translation>숫자</translation>
    </message>
    <message>
        <source>a list</source>
        <translation>목록</translation>
    </message>
    <message>
        <source>%1: required but missing.</source>
        <translation>%1: 필수 항목이 없습니다.</translation>
    </message>
    <message>
        <source>%1: expected %2, found %3.</source>
        <translation>%1: %2 형식이어야 하지만 %3 형식입니다.</translation>
    </message>
    <message>
        <source>%1: must not be empty.</source>
        <translation>%1: 비어 있으면 안 됩니다.</translation>
    </message>
    <message>
        <source>a whole number</source>
        <translation>정수</translation>
    </message>
    <message>
        <source>%1: “%2” is not an instant such as 2026-11-23T12:00:00Z.</source>
        <translation>%1: “%2” 값은 2026-11-23T12:00:00Z 같은 시각이 아닙니다.</translation>
    </message>
    <message>
        <source>an instant</source>
        <translation>시각</translation>
    </message>
    <message>
        <source>%1 is not supported; ignored.</source>
        <translation>%1 항목은 지원하지 않아 무시합니다.</translation>
    </message>
    <message>
        <source>path: “%1” must start with “$”.</source>
        <translation>path: “%1” 경로는 “$”로 시작해야 합니다.</translation>
    </message>
    <message>
        <source>path: a name is missing after “.” at position %1 of “%2”.</source>
        <translation>path: “%2”의 위치 %1에서 “.” 다음에 이름이 없습니다.</translation>
    </message>
    <message>
        <source>path: the quoted key at position %1 of “%2” is not closed with %3].</source>
        <translation>path: “%2”의 위치 %1에 있는 따옴표 키가 %3]로 닫히지 않았습니다.</translation>
    </message>
    <message>
        <source>path: expected an index like [0] or a quoted key like [&apos;name&apos;] at position %1 of “%2”.</source>
        <translation>path: “%2”의 위치 %1에는 [0] 같은 인덱스나 [&apos;name&apos;] 같은 따옴표 키가 와야 합니다.</translation>
    </message>
    <message>
        <source>path: unexpected “%1” at position %2 of “%3”; steps are .name, [n] or [&apos;name&apos;].</source>
        <translation>path: “%3”의 위치 %2에 예상하지 못한 “%1” 토큰이 있습니다. 단계는 .name, [n] 또는 [&apos;name&apos;]입니다.</translation>
    </message>
    <message>
        <source>%1 found nothing in the event.</source>
        <translation>%1에서 이벤트의 값을 찾지 못했습니다.</translation>
    </message>
    <message>
        <source>%1: “%2” may only contain %3.</source>
        <translation>%1: “%2”에는 %3만 사용할 수 있습니다.</translation>
    </message>
    <message>
        <source>letters A–Z and a–z, digits, “-”, “_” and “.”</source>
        <translation>영문자 A–Z, a–z, 숫자, “-”, “_”, “.”</translation>
    </message>
    <message>
        <source>letters A–Z and a–z, digits, “/”, “-”, “_” and “.”</source>
        <translation>영문자 A–Z, a–z, 숫자, “/”, “-”, “_”, “.”</translation>
    </message>
    <message>
        <source>%1: “%2” is not an IAM role ARN (arn:aws:iam::&lt;account&gt;:role/&lt;name&gt;).</source>
        <translation>%1: “%2” 값은 IAM 역할 ARN(arn:aws:iam::&lt;account&gt;:role/&lt;name&gt;)이 아닙니다.</translation>
    </message>
    <message>
        <source>--state: “%1” is not a state; use ENABLED or DISABLED.</source>
        <translation>--state: “%1” 값은 상태가 아닙니다. ENABLED, DISABLED 중 하나를 사용하십시오.</translation>
    </message>
    <message>
        <source>%1: “%2” is not a SageMaker pipeline ARN (arn:aws:sagemaker:&lt;region&gt;:&lt;account&gt;:pipeline/&lt;name&gt;).</source>
        <translation>%1: “%2” 값은 SageMaker 파이프라인 ARN(arn:aws:sagemaker:&lt;region&gt;:&lt;account&gt;:pipeline/&lt;name&gt;)이 아닙니다.</translation>
    </message>
    <message>
        <source>%1: %2 parameters given; at most %3 are allowed.</source>
        <translation>%1: 파라미터가 %2개 지정되었습니다. 최대 %3개까지 허용됩니다.</translation>
    </message>
    <message>
        <source>letters A–Z and a–z, digits, “-” and “_”</source>
        <translation>영문자 A–Z, a–z, 숫자, “-”, “_”</translation>
    </message>
    <message>
        <source>%1: the parameter “%2” is given twice.</source>
        <translation>%1: “%2” 파라미터가 두 번 지정되었습니다.</translation>
    </message>
    <message>
        <source>%1: the value has %2 characters; at most %3 are allowed.</source>
        <translation>%1: 값이 %2자입니다. 최대 %3자까지 허용됩니다.</translation>
    </message>
    <message>
        <source>%1: “%2” is not a JSONPath into the event: %3</source>
        <translation>%1: “%2” 값은 이벤트에 대한 JSONPath가 아닙니다: %3</translation>
    </message>
    <message>
        <source>--description: at most %1 characters are allowed (it has %2).</source>
        <translation>--description: 최대 %1자까지 허용됩니다(현재 %2자).</translation>
    </message>
    <message>
        <source>--event-pattern: a rule needs an event pattern or a schedule expression.</source>
        <translation>--event-pattern: 규칙에는 이벤트 패턴 또는 일정 표현식이 필요합니다.</translation>
    </message>
    <message>
        <source>--schedule-expression: a rule has an event pattern or a schedule expression, not both.</source>
        <translation>--schedule-expression: 규칙에는 이벤트 패턴과 일정 표현식 중 하나만 지정할 수 있습니다.</translation>
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
        <translation>--schedule-expression: 일정 규칙은 기본 이벤트 버스에서만 만들 수 있으며 “%1”에서는 만들 수 없습니다.</translation>
    </message>
    <message>
        <source>--schedule-expression: %1</source>
        <translation>--schedule-expression: %1</translation>
    </message>
    <message>
        <source>--schedule-expression: rules take rate() or cron() with 6 fields, evaluated in UTC; “%1” is neither.</source>
        <translation>--schedule-expression: 규칙에는 UTC로 평가되는 rate() 또는 6개 필드의 cron()만 사용할 수 있습니다. “%1” 값은 둘 중 어느 것도 아닙니다.</translation>
    </message>
    <message>
        <source>Tags: %1 tags given; at most %2 are allowed.</source>
        <translation>Tags: 태그가 %1개 지정되었습니다. 최대 %2개까지 허용됩니다.</translation>
    </message>
    <message>
        <source>%1: a tag key has 1 to %2 characters.</source>
        <translation>%1: 태그 키는 1~%2자여야 합니다.</translation>
    </message>
    <message>
        <source>%1: tag keys starting with “aws:” are reserved.</source>
        <translation>%1: “aws:”로 시작하는 태그 키는 예약되어 있습니다.</translation>
    </message>
    <message>
        <source>%1: a tag value has at most %2 characters.</source>
        <translation>%1: 태그 값은 최대 %2자입니다.</translation>
    </message>
    <message>
        <source>Targets: a rule has at most %1 targets (%2 given).</source>
        <translation>Targets: 규칙에는 대상을 최대 %1개까지 지정할 수 있습니다(%2개 지정됨).</translation>
    </message>
    <message>
        <source>%1: the target id “%2” is used twice in the rule.</source>
        <translation>%1: “%2” 대상 ID가 규칙에서 두 번 사용되었습니다.</translation>
    </message>
    <message>
        <source>%1: the pipeline “%2” has no parameter “%3”.</source>
        <translation>%1: “%2” 파이프라인에는 “%3” 파라미터가 없습니다.</translation>
    </message>
    <message>
        <source>The event bus “default” always exists.</source>
        <translation>이벤트 버스 “default”는 항상 존재합니다.</translation>
    </message>
    <message>
        <source>The event bus “%1” already exists in account %2.</source>
        <translation>“%1” 이벤트 버스가 계정 %2에 이미 있습니다.</translation>
    </message>
    <message>
        <source>The default event bus cannot be deleted.</source>
        <translation>기본 이벤트 버스는 삭제할 수 없습니다.</translation>
    </message>
    <message>
        <source>The event bus “%1” does not exist in account %2.</source>
        <translation>“%1” 이벤트 버스가 계정 %2에 없습니다.</translation>
    </message>
    <message>
        <source>The event bus “%1” still has %2 rules; delete them first.</source>
        <translation>이벤트 버스 “%1”에 규칙이 아직 %2개 있습니다. 먼저 규칙을 삭제하십시오.</translation>
    </message>
    <message>
        <source>--name: the rule&apos;s name is required.</source>
        <translation>--name: 규칙 이름이 필요합니다.</translation>
    </message>
    <message>
        <source>The rule “%1” does not exist on event bus “%2” of account %3.</source>
        <translation>계정 %3의 “%2” 이벤트 버스에 “%1” 규칙이 없습니다.</translation>
    </message>
    <message>
        <source>--event-bus-name: the event bus “%1” does not exist in account %2.</source>
        <translation>--event-bus-name: “%1” 이벤트 버스가 계정 %2에 없습니다.</translation>
    </message>
    <message>
        <source>The rule “%1” does not exist in account %2.</source>
        <translation>“%1” 규칙이 계정 %2에 없습니다.</translation>
    </message>
    <message>
        <source>A rule named “%1” already exists on event bus “%2”.</source>
        <translation>이벤트 버스 “%2”에 이름이 “%1”인 규칙이 이미 있습니다.</translation>
    </message>
    <message>
        <source>The rule “%1” still has %2 targets; remove them first or delete with force.</source>
        <translation>규칙 “%1”에 대상이 아직 %2개 있습니다. 먼저 대상을 제거하거나 강제로 삭제하십시오.</translation>
    </message>
    <message>
        <source>Targets: a rule has at most %1 targets; “%2” would have %3.</source>
        <translation>Targets: 규칙에는 대상을 최대 %1개까지 지정할 수 있습니다. “%2”에는 %3개가 됩니다.</translation>
    </message>
    <message>
        <source>%1: the rule “%2” has no target “%3”.</source>
        <translation>%1: “%2” 규칙에 “%3” 대상이 없습니다.</translation>
    </message>
    <message>
        <source>The parameter “%1” could not be resolved: %2</source>
        <translation>파라미터 “%1”의 값을 확인할 수 없습니다: %2</translation>
    </message>
    <message>
        <source>Source: an event needs a source.</source>
        <translation>Source: 이벤트에는 소스가 필요합니다.</translation>
    </message>
    <message>
        <source>DetailType: an event needs a detail type.</source>
        <translation>DetailType: 이벤트에는 세부 정보 유형이 필요합니다.</translation>
    </message>
    <message>
        <source>Detail: the detail of an event is a JSON object.</source>
        <translation>Detail: 이벤트의 세부 정보는 JSON 객체여야 합니다.</translation>
    </message>
    <message>
        <source>EventBusName: the event bus “%1” does not exist in account %2.</source>
        <translation>EventBusName: “%1” 이벤트 버스가 계정 %2에 없습니다.</translation>
    </message>
    <message>
        <source>Time: “%1” is not an ISO-8601 instant.</source>
        <translation>Time: “%1” 값은 ISO-8601 시각이 아닙니다.</translation>
    </message>
    <message>
        <source>Detail: not valid JSON at offset %1: %2</source>
        <translation>Detail: 오프셋 %1에서 올바른 JSON이 아닙니다: %2</translation>
    </message>
    <message>
        <source>The rule has no targets.</source>
        <translation>규칙에 대상이 없습니다.</translation>
    </message>
    <message>
        <source>S3 Object Created</source>
        <translation>S3 객체 생성됨(Object Created)</translation>
    </message>
    <message>
        <source>SageMaker Endpoint State Change</source>
        <translation>SageMaker 엔드포인트 상태 변경</translation>
    </message>
    <message>
        <source>SageMaker Training Job State Change</source>
        <translation>SageMaker 훈련 작업 상태 변경</translation>
    </message>
    <message>
        <source>SNS Publish (AWS API Call via CloudTrail)</source>
        <translation>SNS 게시(CloudTrail을 통한 AWS API 호출)</translation>
    </message>
    <message>
        <source>Object Created</source>
        <translation>객체 생성됨(Object Created)</translation>
    </message>
    <message>
        <source>Any object created in any bucket of the account (buckets need EventBridge notifications on).</source>
        <translation>계정의 모든 버킷에서 생성된 모든 객체(버킷에 EventBridge 알림이 켜져 있어야 함).</translation>
    </message>
    <message>
        <source>Object Created in a specific bucket</source>
        <translation>특정 버킷에서 객체 생성됨</translation>
    </message>
    <message>
        <source>Objects created in the named bucket; edit the bucket name.</source>
        <translation>지정한 버킷에서 생성된 객체. 버킷 이름을 고치세요.</translation>
    </message>
    <message>
        <source>Object Created under a key prefix</source>
        <translation>키 접두사 아래에 객체 생성됨</translation>
    </message>
    <message>
        <source>Objects created whose key starts with a prefix, such as a data set&apos;s folder.</source>
        <translation>데이터 세트 폴더처럼 키가 접두사로 시작하는 생성된 객체.</translation>
    </message>
    <message>
        <source>All SageMaker events</source>
        <translation>모든 SageMaker 이벤트</translation>
    </message>
    <message>
        <source>Every event SageMaker sends.</source>
        <translation>SageMaker가 보내는 모든 이벤트.</translation>
    </message>
    <message>
        <source>Endpoint state change (any status)</source>
        <translation>엔드포인트 상태 변경(모든 상태)</translation>
    </message>
    <message>
        <source>An endpoint changed its status.</source>
        <translation>엔드포인트의 상태가 바뀌었습니다.</translation>
    </message>
    <message>
        <source>Endpoint state change: FAILED</source>
        <translation>엔드포인트 상태 변경: FAILED</translation>
    </message>
    <message>
        <source>An endpoint failed to be created or updated.</source>
        <translation>엔드포인트 생성 또는 업데이트에 실패했습니다.</translation>
    </message>
    <message>
        <source>Training job state change: Completed</source>
        <translation>훈련 작업 상태 변경: Completed</translation>
    </message>
    <message>
        <source>A training job completed.</source>
        <translation>훈련 작업이 완료되었습니다.</translation>
    </message>
    <message>
        <source>Training job state change: Failed</source>
        <translation>훈련 작업 상태 변경: Failed</translation>
    </message>
    <message>
        <source>A training job failed.</source>
        <translation>훈련 작업이 실패했습니다.</translation>
    </message>
    <message>
        <source>Publish (AWS API Call via CloudTrail)</source>
        <translation>게시(CloudTrail을 통한 AWS API 호출)</translation>
    </message>
    <message>
        <source>A message published to a topic, as CloudTrail records it.</source>
        <translation>CloudTrail이 기록한, 주제에 게시된 메시지.</translation>
    </message>
    <message>
        <source>trigger.schedule: Azure ML needs both hours and minutes in a recurrence pattern; the one left out is taken from start_time here, Azure ML refuses the pattern.</source>
        <translation>trigger.schedule: Azure ML의 반복 패턴에는 hours와 minutes가 모두 필요합니다. 여기서는 빠진 값을 start_time에서 가져오지만 Azure ML은 이 패턴을 거부합니다.</translation>
    </message>
    <message>
        <source>trigger: the expression “%1” cannot be read (%2); written unchanged.</source>
        <translation>trigger: “%1” 표현식을 읽을 수 없어(%2) 그대로 썼습니다.</translation>
    </message>
    <message>
        <source>trigger.expression: Azure ML ignores the day-of-month and month fields of “%1” and fires on every day and month.</source>
        <translation>trigger.expression: Azure ML은 “%1”의 일(day-of-month)과 월 필드를 무시하고 매일, 매월 실행합니다.</translation>
    </message>
    <message>
        <source>trigger: “%1” is written as the Azure ML cron expression “%2” (the same instants).</source>
        <translation>trigger: “%1” 표현식을 Azure ML cron 표현식 “%2” 형태로 썼습니다(실행 시각은 같습니다).</translation>
    </message>
    <message>
        <source>trigger: “%1” is written as an Azure ML recurrence (the same instants).</source>
        <translation>trigger: “%1” 표현식을 Azure ML 반복(recurrence)으로 썼습니다(실행 시각은 같습니다).</translation>
    </message>
    <message>
        <source>trigger: Azure ML cannot express “%1” (%2); written unchanged, Azure ML will refuse it.</source>
        <translation>trigger: Azure ML로는 “%1” 표현식을 나타낼 수 없습니다(%2). 그대로 썼으며 Azure ML은 이를 거부합니다.</translation>
    </message>
    <message>
        <source>%1: Azure ML has no such setting; kept under properties for Pipeline Desk, ignored by Azure ML.</source>
        <translation>%1: Azure ML에는 이 설정이 없습니다. Pipeline Desk를 위해 properties에 보관하며 Azure ML은 무시합니다.</translation>
    </message>
    <message>
        <source>schedule group “%1”</source>
        <translation>일정 그룹 “%1”</translation>
    </message>
    <message>
        <source>state: Azure ML creates every schedule enabled; DISABLED is kept under properties (run “az ml schedule disable” after creating it).</source>
        <translation>state: Azure ML은 모든 일정을 사용 상태로 만듭니다. DISABLED 상태는 properties에 보관합니다(만든 뒤 “az ml schedule disable”을 실행하세요).</translation>
    </message>
    <message numerus="yes">
        <source>flexible time window of %n minute(s)</source>
        <translation>
            <numerusform>유연한 기간 %n분</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>at most %n retry attempt(s)</source>
        <translation>
            <numerusform>최대 재시도 %n회</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>maximum event age of %n second(s)</source>
        <translation>
            <numerusform>최대 이벤트 수명 %n초</numerusform>
        </translation>
    </message>
    <message>
        <source>missed runs policy “%1”</source>
        <translation>놓친 실행 정책 “%1”</translation>
    </message>
    <message>
        <source>overlap policy “%1”</source>
        <translation>중복 실행 정책 “%1”</translation>
    </message>
    <message>
        <source>action after completion “%1”</source>
        <translation>완료 후 작업 “%1”</translation>
    </message>
    <message>
        <source>ScheduleExpression: “%1” is written as “%2” (the same instants).</source>
        <translation>ScheduleExpression: “%1” 표현식을 “%2” 형태로 썼습니다(실행 시각은 같습니다).</translation>
    </message>
    <message>
        <source>ScheduleExpression: EventBridge Scheduler cannot express “%1” (%2); written unchanged, AWS will refuse it.</source>
        <translation>ScheduleExpression: EventBridge Scheduler로는 “%1” 표현식을 나타낼 수 없습니다(%2). 그대로 썼으며 AWS는 이를 거부합니다.</translation>
    </message>
    <message>
        <source>ScheduleExpressionTimezone: the Windows zone “%1” is written as “%2”.</source>
        <translation>ScheduleExpressionTimezone: “%1” Windows 시간대를 “%2” 시간대로 썼습니다.</translation>
    </message>
    <message>
        <source>Target.RoleArn: EventBridge Scheduler needs a role that may start the pipeline; the schedule has none, fill it in.</source>
        <translation>Target.RoleArn: EventBridge Scheduler에는 파이프라인을 시작할 수 있는 역할이 필요합니다. 일정에 역할이 없으니 채워 넣으세요.</translation>
    </message>
    <message>
        <source>missed runs policy “%1”: EventBridge Scheduler has no such setting; not written.</source>
        <translation>놓친 실행 정책 “%1”: EventBridge Scheduler에는 이 설정이 없어 쓰지 않았습니다.</translation>
    </message>
    <message>
        <source>overlap policy “%1”: EventBridge Scheduler has no such setting; not written.</source>
        <translation>중복 실행 정책 “%1”: EventBridge Scheduler에는 이 설정이 없어 쓰지 않았습니다.</translation>
    </message>
    <message>
        <source>%1: “%2” is not ENABLED or DISABLED.</source>
        <translation>%1: “%2” 값은 ENABLED, DISABLED 중 하나가 아닙니다.</translation>
    </message>
    <message>
        <source>%1: “%2” is not a whole number.</source>
        <translation>%1: “%2” 값은 정수가 아닙니다.</translation>
    </message>
    <message>
        <source>%1: “%2” is not a date and time such as 2026-11-23T09:00:00.</source>
        <translation>%1: “%2” 값은 2026-11-23T09:00:00 같은 날짜와 시각이 아닙니다.</translation>
    </message>
    <message>
        <source>tags: schedules have no tags in Pipeline Desk; ignored.</source>
        <translation>tags: Pipeline Desk의 일정에는 태그가 없어 무시합니다.</translation>
    </message>
    <message>
        <source>display_name: schedules have no display name in Pipeline Desk; ignored.</source>
        <translation>display_name: Pipeline Desk의 일정에는 표시 이름이 없어 무시합니다.</translation>
    </message>
    <message>
        <source>%1: “%2” is not a known time zone (IANA such as Asia/Seoul, or Windows such as Pacific Standard Time).</source>
        <translation>%1: “%2” 값은 알려진 시간대가 아닙니다(Asia/Seoul 같은 IANA 이름 또는 Pacific Standard Time 같은 Windows 이름).</translation>
    </message>
    <message>
        <source>%1: “%2” is not cron or recurrence.</source>
        <translation>%1: “%2” 값은 cron, recurrence 중 하나가 아닙니다.</translation>
    </message>
    <message>
        <source>trigger: changed since it was exported; the trigger is used and the %1expression property ignored.</source>
        <translation>trigger: 내보낸 뒤 바뀌었습니다. trigger를 쓰고 %1expression 속성은 무시합니다.</translation>
    </message>
    <message>
        <source>%1: “%2” is not skip, once or all.</source>
        <translation>%1: “%2” 값은 skip, once, all 중 하나가 아닙니다.</translation>
    </message>
    <message>
        <source>%1: “%2” is not allow, skip, queue or stop.</source>
        <translation>%1: “%2” 값은 allow, skip, queue, stop 중 하나가 아닙니다.</translation>
    </message>
    <message>
        <source>%1: “%2” is not NONE or DELETE.</source>
        <translation>%1: “%2” 값은 NONE, DELETE 중 하나가 아닙니다.</translation>
    </message>
    <message>
        <source>%1: “%2” is not pipeline; only pipeline jobs can be imported.</source>
        <translation>%1: “%2” 유형은 pipeline이 아닙니다. 파이프라인 작업만 가져올 수 있습니다.</translation>
    </message>
    <message>
        <source>%1: data inputs are not pipeline parameters; ignored.</source>
        <translation>%1: 데이터 입력은 파이프라인 파라미터가 아니므로 무시합니다.</translation>
    </message>
    <message>
        <source>a string or an object</source>
        <translation>문자열 또는 객체</translation>
    </message>
    <message>
        <source>%1: “%2” is a local job file, not a pipeline; name the pipeline with --target-pipeline.</source>
        <translation>%1: “%2” 파일은 파이프라인이 아닌 로컬 작업 파일입니다. --target-pipeline 옵션으로 파이프라인을 지정하세요.</translation>
    </message>
    <message>
        <source>%1: “%2” is not OFF or FLEXIBLE.</source>
        <translation>%1: “%2” 값은 OFF, FLEXIBLE 중 하나가 아닙니다.</translation>
    </message>
    <message>
        <source>the document</source>
        <translation>문서</translation>
    </message>
    <message>
        <source>format: the document is neither an Azure ML schedule (trigger, create_job) nor an EventBridge Scheduler schedule (ScheduleExpression, Target).</source>
        <translation>format: 문서가 Azure ML 일정(trigger, create_job)도, EventBridge Scheduler 일정(ScheduleExpression, Target)도 아닙니다.</translation>
    </message>
    <message>
        <source>The rule “%1” does not exist.</source>
        <translation>“%1” 규칙이 없습니다.</translation>
    </message>
    <message>
        <source>The document format: %1.</source>
        <translation>문서 형식: %1.</translation>
    </message>
    <message>
        <source>FORMAT</source>
        <translation>FORMAT</translation>
    </message>
    <message>
        <source>Write the document to this file instead of printing it.</source>
        <translation>문서를 출력하지 않고 이 파일에 씁니다.</translation>
    </message>
    <message>
        <source>The document to import (YAML or JSON); - reads stdin.</source>
        <translation>가져올 문서(YAML 또는 JSON). -는 표준 입력을 읽습니다.</translation>
    </message>
    <message>
        <source>warning: %1</source>
        <translation>경고: %1</translation>
    </message>
    <message>
        <source>--output: cannot write “%1”: %2</source>
        <translation>--output: “%1”에 쓸 수 없습니다: %2</translation>
    </message>
    <message>
        <source>not expressible: %1</source>
        <translation>표현할 수 없음: %1</translation>
    </message>
    <message>
        <source>--format: “%1” is not aws-cli, cloudformation or cloudformation-json.</source>
        <translation>--format: “%1” 값은 aws-cli, cloudformation, cloudformation-json 중 하나가 아닙니다.</translation>
    </message>
    <message>
        <source>--name is required.</source>
        <translation>--name은 필수입니다.</translation>
    </message>
    <message>
        <source>rule “%1”: %2</source>
        <translation>규칙 “%1”: %2</translation>
    </message>
    <message>
        <source>the event bus “%1” did not exist; it was created.</source>
        <translation>“%1” 이벤트 버스가 없어서 만들었습니다.</translation>
    </message>
    <message>
        <source>--format: “%1” is not azure-ml or scheduler.</source>
        <translation>--format: “%1” 값은 azure-ml, scheduler 중 하나가 아닙니다.</translation>
    </message>
    <message>
        <source>Print a rule with its targets as AWS CLI put-rule/put-targets input or a CloudFormation AWS::Events::Rule.</source>
        <translation>규칙과 대상을 AWS CLI put-rule/put-targets 입력 또는 CloudFormation AWS::Events::Rule로 출력합니다.</translation>
    </message>
    <message>
        <source>The rule&apos;s name or ARN. Repeatable.</source>
        <translation>규칙 이름 또는 ARN. 여러 번 쓸 수 있습니다.</translation>
    </message>
    <message>
        <source>The rule&apos;s event bus (default: default).</source>
        <translation>규칙의 이벤트 버스(기본값: default).</translation>
    </message>
    <message>
        <source> (default aws-cli)</source>
        <translation> (기본값 aws-cli)</translation>
    </message>
    <message>
        <source>Create or replace rules with their targets from AWS CLI input or a CloudFormation template; all or nothing. Prints their ARNs.</source>
        <translation>AWS CLI 입력 또는 CloudFormation 템플릿에서 규칙과 대상을 만들거나 바꿉니다. 전부 되거나 전혀 되지 않습니다. ARN을 출력합니다.</translation>
    </message>
    <message>
        <source>The put-targets input that goes with a bare put-rule input.</source>
        <translation>put-rule 입력과 함께 쓸 put-targets 입력.</translation>
    </message>
    <message>
        <source> (default: detected)</source>
        <translation> (기본값: 자동 감지)</translation>
    </message>
    <message>
        <source>Print a schedule as Azure ML schedule YAML or EventBridge Scheduler create-schedule input.</source>
        <translation>일정을 Azure ML 일정 YAML 또는 EventBridge Scheduler create-schedule 입력으로 출력합니다.</translation>
    </message>
    <message>
        <source> (default azure-ml)</source>
        <translation> (기본값 azure-ml)</translation>
    </message>
    <message>
        <source>Target.RoleArn of a scheduler document (default: the pipeline&apos;s role).</source>
        <translation>scheduler 문서의 Target.RoleArn(기본값: 파이프라인의 역할).</translation>
    </message>
    <message>
        <source>Create or replace a schedule from Azure ML schedule YAML or EventBridge Scheduler input. Prints its ARN.</source>
        <translation>Azure ML 일정 YAML 또는 EventBridge Scheduler 입력에서 일정을 만들거나 바꿉니다. ARN을 출력합니다.</translation>
    </message>
    <message>
        <source>The pipeline to start, instead of the one the document names.</source>
        <translation>문서에 적힌 파이프라인 대신 시작할 파이프라인.</translation>
    </message>
    <message>
        <source>The schedule group, instead of the document&apos;s.</source>
        <translation>문서에 적힌 그룹 대신 쓸 일정 그룹.</translation>
    </message>
    <message>
        <source>%1: the static value “%2” begins with “$.”, which EventBridge reads as a JSONPath into the event; it is written as it is and comes back as a path.</source>
        <translation>%1: “%2” 고정 값이 “$.”로 시작하므로 EventBridge는 이벤트에 대한 JSONPath로 읽습니다. 그대로 내보내며, 가져오면 경로가 됩니다.</translation>
    </message>
    <message>
        <source>%1: not a JSON object: %2</source>
        <translation>%1: JSON 객체가 아닙니다: %2</translation>
    </message>
    <message>
        <source>expected {...}</source>
        <translation>{...}가 와야 합니다</translation>
    </message>
    <message>
        <source>an object or a JSON string</source>
        <translation>객체 또는 JSON 문자열</translation>
    </message>
    <message>
        <source>%1: CloudTrail management events do not reach the local event bus; imported as ENABLED.</source>
        <translation>%1: CloudTrail 관리 이벤트는 로컬 이벤트 버스에 오지 않으므로 ENABLED로 가져왔습니다.</translation>
    </message>
    <message>
        <source>%1: the tag “%2” is given twice.</source>
        <translation>%1: “%2” 태그가 두 번 있습니다.</translation>
    </message>
    <message>
        <source>%1: “%2” is not the rule of the put-rule input (“%3”).</source>
        <translation>%1: “%2” 규칙은 put-rule 입력의 규칙(“%3”)이 아닙니다.</translation>
    </message>
    <message>
        <source>%1: “%2” is not the event bus of the put-rule input (“%3”).</source>
        <translation>%1: “%2” 이벤트 버스는 put-rule 입력의 이벤트 버스(“%3”)가 아닙니다.</translation>
    </message>
    <message>
        <source>PutTargets: a separate put-targets input goes with a single bare put-rule input.</source>
        <translation>PutTargets: 별도의 put-targets 입력은 put-rule 입력 하나와만 함께 쓸 수 있습니다.</translation>
    </message>
    <message>
        <source>%1 (%2) is not an AWS::Events::Rule; ignored.</source>
        <translation>%1 리소스(%2)는 AWS::Events::Rule이 아니므로 무시합니다.</translation>
    </message>
    <message>
        <source>%1: no Name; the rule is named after its logical id “%2”.</source>
        <translation>%1: Name이 없어 논리적 ID(“%2”)를 규칙 이름으로 씁니다.</translation>
    </message>
    <message>
        <source>the template has no resource of Type AWS::Events::Rule.</source>
        <translation>템플릿에 Type이 AWS::Events::Rule인 리소스가 없습니다.</translation>
    </message>
    <message>
        <source>an object or a list</source>
        <translation>객체 또는 목록</translation>
    </message>
    <message>
        <source>format: the document is neither AWS CLI put-rule input (PutRule, Name) nor a CloudFormation template with an AWS::Events::Rule.</source>
        <translation>format: 문서가 AWS CLI put-rule 입력(PutRule, Name)도, AWS::Events::Rule이 있는 CloudFormation 템플릿도 아닙니다.</translation>
    </message>
    <message>
        <source>%1: the rule “%2” on the event bus “%3” is in the document twice.</source>
        <translation>%1: “%3” 이벤트 버스의 “%2” 규칙이 문서에 두 번 있습니다.</translation>
    </message>
    <message>
        <source>Seed a new workspace file (or one without accounts) with the demo accounts and pipelines.</source>
        <translation>새 작업 공간 파일(또는 계정이 없는 파일)을 데모 계정과 파이프라인으로 채웁니다.</translation>
    </message>
    <message>
        <source>Run “%1 NOUN --help” for the verbs of one noun.</source>
        <translation>한 명사의 동사는 “%1 명사 --help”로 확인하세요.</translation>
    </message>
    <message>
        <source>Usage: %1 VERB [options]</source>
        <translation>사용법: %1 동사 [옵션]</translation>
    </message>
    <message>
        <source>Verbs:</source>
        <translation>동사:</translation>
    </message>
    <message>
        <source>Run “%1 VERB --help” for the options of one command.</source>
        <translation>한 명령의 옵션은 “%1 동사 --help”로 확인하세요.</translation>
    </message>
    <message>
        <source>Usage: %1 [options]</source>
        <translation>사용법: %1 [옵션]</translation>
    </message>
    <message>
        <source>Options:</source>
        <translation>옵션:</translation>
    </message>
    <message>
        <source>--demo: the workspace %1 had no accounts; it now holds the demo.</source>
        <translation>--demo: 계정이 없던 작업 공간에 데모를 채웠습니다: %1</translation>
    </message>
    <message>
        <source>--demo: the workspace %1 already has accounts, so nothing was seeded; --demo only seeds a new or empty workspace (name a new file with --workspace).</source>
        <translation>--demo: 작업 공간에 이미 계정이 있어 아무것도 채우지 않았습니다: %1. --demo는 새 작업 공간이나 빈 작업 공간만 채웁니다(--workspace로 새 파일을 지정하세요).</translation>
    </message>
    <message>
        <source>identity: the workspace has no accounts yet. Create one with “%1”, or fill it with the demo accounts and pipelines by adding --demo.</source>
        <translation>identity: 작업 공간에 아직 계정이 없습니다. “%1” 명령으로 계정을 만들거나, --demo를 붙여 데모 계정과 파이프라인으로 채우세요.</translation>
    </message>
    <message>
        <source>nothing to change: give --name, --email, --organization-id or --ou-id.</source>
        <translation>바꿀 것이 없습니다: --name, --email, --organization-id, --ou-id 중 하나 이상을 지정하세요.</translation>
    </message>
    <message>
        <source>ORGANIZATION ID</source>
        <translation>조직 ID</translation>
    </message>
    <message>
        <source>MANAGEMENT ACCOUNT</source>
        <translation>관리 계정</translation>
    </message>
    <message>
        <source>OU ID</source>
        <translation>OU ID</translation>
    </message>
    <message>
        <source>PARENT OU</source>
        <translation>상위 OU</translation>
    </message>
    <message>
        <source>The account id (12 digits).</source>
        <translation>계정 ID(12자리 숫자).</translation>
    </message>
    <message>
        <source>The account&apos;s name (up to 50 characters).</source>
        <translation>계정 이름(최대 50자).</translation>
    </message>
    <message>
        <source>The account&apos;s new name.</source>
        <translation>계정의 새 이름.</translation>
    </message>
    <message>
        <source>The account&apos;s email address (optional).</source>
        <translation>계정의 이메일 주소(선택).</translation>
    </message>
    <message>
        <source>EMAIL</source>
        <translation>EMAIL</translation>
    </message>
    <message>
        <source>The organization the account belongs to (optional).</source>
        <translation>계정이 속할 조직(선택).</translation>
    </message>
    <message>
        <source>The organization to move the account to; empty takes it out.</source>
        <translation>계정을 옮길 조직. 비워 두면 조직에서 뺍니다.</translation>
    </message>
    <message>
        <source>ORGANIZATION_ID</source>
        <translation>ORGANIZATION_ID</translation>
    </message>
    <message>
        <source>The organizational unit the account belongs to (optional; it names the organization too).</source>
        <translation>계정이 속할 OU(선택. OU로 조직도 정해집니다).</translation>
    </message>
    <message>
        <source>The organizational unit to move the account to; empty puts it directly under the root.</source>
        <translation>계정을 옮길 OU. 비워 두면 루트 바로 아래에 둡니다.</translation>
    </message>
    <message>
        <source>OU_ID</source>
        <translation>OU_ID</translation>
    </message>
    <message>
        <source>Add an account to the workspace; prints it.</source>
        <translation>작업 공간에 계정을 추가하고 출력합니다.</translation>
    </message>
    <message>
        <source>Rename an account or move it to another organization or OU; prints it.</source>
        <translation>계정 이름을 바꾸거나 다른 조직이나 OU로 옮기고 출력합니다.</translation>
    </message>
    <message>
        <source>Delete an account that owns nothing any more; prints its id.</source>
        <translation>더 이상 소유한 것이 없는 계정을 삭제하고 ID를 출력합니다.</translation>
    </message>
    <message>
        <source>List the organizations of the workspace.</source>
        <translation>작업 공간의 조직을 나열합니다.</translation>
    </message>
    <message>
        <source>Create an organization; its management account joins it. Prints it.</source>
        <translation>조직을 만들고 출력합니다. 관리 계정이 조직에 들어갑니다.</translation>
    </message>
    <message>
        <source>The organization&apos;s name.</source>
        <translation>조직 이름.</translation>
    </message>
    <message>
        <source>The account that manages the organization.</source>
        <translation>조직을 관리하는 계정.</translation>
    </message>
    <message>
        <source>List the organizational units, of one organization or of all.</source>
        <translation>OU를 나열합니다. 한 조직의 OU만 또는 전부.</translation>
    </message>
    <message>
        <source>Only this organization&apos;s OUs.</source>
        <translation>이 조직의 OU만.</translation>
    </message>
    <message>
        <source>Create an organizational unit; prints it.</source>
        <translation>OU를 만들고 출력합니다.</translation>
    </message>
    <message>
        <source>The organization.</source>
        <translation>조직.</translation>
    </message>
    <message>
        <source>The OU to create it in (default: directly under the root).</source>
        <translation>새 OU를 둘 상위 OU(기본값: 루트 바로 아래).</translation>
    </message>
    <message>
        <source>The OU&apos;s name.</source>
        <translation>OU 이름.</translation>
    </message>
    <message>
        <source>--identity: “%1” is not a 12-digit account id.</source>
        <translation>--identity: “%1” 값은 12자리 계정 ID가 아닙니다.</translation>
    </message>
    <message>
        <source>--outcome: “%1” is neither ok nor failed.</source>
        <translation>--outcome: “%1” 값은 ok도 failed도 아닙니다.</translation>
    </message>
    <message>
        <source>--max-items: %1 is not between 1 and %2.</source>
        <translation>--max-items: %1 값은 1에서 %2 사이여야 합니다.</translation>
    </message>
    <message>
        <source>failed: %1</source>
        <translation>실패: %1</translation>
    </message>
    <message>
        <source>IDENTITY</source>
        <translation>계정</translation>
    </message>
    <message>
        <source>BY</source>
        <translation>수행자</translation>
    </message>
    <message>
        <source>NextToken: %1</source>
        <translation>NextToken: %1</translation>
    </message>
    <message>
        <source>What was done in the workspace, newest first: who, as which account, what, on which object, with which outcome (CloudTrail LookupEvents shape). The global --identity filters by the account that acted.</source>
        <translation>작업 공간에서 수행된 작업을 최신순으로 보여 줍니다. 누가 어느 계정으로 어떤 개체에 무엇을 했고 결과가 어땠는지 나옵니다(CloudTrail LookupEvents 형식). 전역 --identity 옵션을 주면 그 계정이 수행한 작업만 보여 줍니다.</translation>
    </message>
    <message>
        <source>Only rows about this object: an ARN (a pipeline&apos;s also finds its executions) or a name.</source>
        <translation>이 개체에 대한 행만 보여 줍니다. ARN(파이프라인 ARN이면 그 실행도 포함) 또는 이름을 쓰세요.</translation>
    </message>
    <message>
        <source>Only this action, such as StartPipelineExecution or CreateSchedule.</source>
        <translation>이 작업만 보여 줍니다. 예: StartPipelineExecution, CreateSchedule</translation>
    </message>
    <message>
        <source>Only rows at or after T: an instant (2026-11-23T12:00:00Z, 2026-11-23) or a time ago (15m, 2h, 7d).</source>
        <translation>T 시각 이후(T 포함)의 행만 보여 줍니다. 시각(2026-11-23T12:00:00Z, 2026-11-23) 또는 경과 시간(15m, 2h, 7d)을 쓰세요.</translation>
    </message>
    <message>
        <source>T</source>
        <translation>T</translation>
    </message>
    <message>
        <source>Only rows at or before T (same forms as --since).</source>
        <translation>T 시각 이전(T 포함)의 행만 보여 줍니다(형식은 --since와 같습니다).</translation>
    </message>
    <message>
        <source>Only rows that succeeded (ok) or failed.</source>
        <translation>성공(ok)하거나 실패(failed)한 행만 보여 줍니다.</translation>
    </message>
    <message>
        <source>ok|failed</source>
        <translation>ok|failed</translation>
    </message>
    <message>
        <source>At most N rows (1–1000, default 100); a NextToken follows when there are more.</source>
        <translation>최대 N개 행(1–1000, 기본값 100)을 보여 줍니다. 더 있으면 NextToken이 뒤따릅니다.</translation>
    </message>
    <message>
        <source>Go on after the page that printed this NextToken.</source>
        <translation>이 NextToken을 출력한 페이지 다음부터 이어서 보여 줍니다.</translation>
    </message>
    <message>
        <source>Note: no program runs the executions of this workspace now, so this execution stays %1 until one does. Run “pipelinedesk-cli scheduler run”, open the workspace in Pipeline Desk, or follow it with “pipelinedesk-cli executions wait --pipeline-execution-arn %2” (“executions start --wait” starts and follows in one go).</source>
        <translation>참고: 지금은 이 작업 공간의 실행을 진행하는 프로그램이 없어서, 그런 프로그램이 돌 때까지 이 실행은 멈춰 있습니다(현재 상태: %1). “pipelinedesk-cli scheduler run”을 실행하거나, Pipeline Desk에서 작업 공간을 열거나, “pipelinedesk-cli executions wait --pipeline-execution-arn %2” 명령으로 끝까지 지켜보세요(“executions start --wait”는 시작과 지켜보기를 한 번에 합니다).</translation>
    </message>
    <message>
        <source>%1  step %2: %3</source>
        <translation>%1  단계 %2: %3</translation>
    </message>
    <message>
        <source>%1  step %2: %3 (%4)</source>
        <translation>%1  단계 %2: %3 (%4)</translation>
    </message>
    <message>
        <source>%1  execution %2: %3</source>
        <translation>%1  실행 %2: %3</translation>
    </message>
    <message>
        <source>Could not set up the signal handling to wait for the execution.</source>
        <translation>실행을 기다리는 데 필요한 신호 처리를 설정하지 못했습니다.</translation>
    </message>
    <message>
        <source>Stopped waiting; execution %1 is still %2 and goes on when a program runs the workspace&apos;s executions.</source>
        <translation>기다리기를 멈췄습니다. 실행: %1, 현재 상태: %2. 작업 공간의 실행을 진행하는 프로그램이 돌면 이어서 진행됩니다.</translation>
    </message>
    <message>
        <source>Run the execution in this program until it ends, printing each step&apos;s transitions; exit 0 when it succeeded, 4 when it failed, 5 when it was stopped.</source>
        <translation>실행이 끝날 때까지 이 프로그램에서 진행하며 단계마다 상태 변화를 출력합니다. 종료 코드: 성공 0, 실패 4, 중지 5.</translation>
    </message>
    <message>
        <source>Run an execution in this program until it ends, printing each step&apos;s transitions; exit 0 when it succeeded, 4 when it failed, 5 when it was stopped.</source>
        <translation>실행 하나를 끝날 때까지 이 프로그램에서 진행하며 단계마다 상태 변화를 출력합니다. 종료 코드: 성공 0, 실패 4, 중지 5.</translation>
    </message>
    <message>
        <source>Print the pipeline definition an execution started with (DescribePipelineDefinitionForExecution).</source>
        <translation>실행이 시작될 때 쓰인 파이프라인 정의를 출력합니다(DescribePipelineDefinitionForExecution).</translation>
    </message>
    <message>
        <source>The IAM role EventBridge Scheduler assumes to start the pipeline (Target.RoleArn); empty clears it.</source>
        <translation>EventBridge Scheduler가 파이프라인을 시작할 때 맡는 IAM 역할(Target.RoleArn)입니다. 빈 값을 주면 지웁니다.</translation>
    </message>
    <message>
        <source>--targets takes the Targets list of “aws events put-targets”, or its whole input, checked member by member as the AWS CLI checks it: a member EventBridge does not have is refused (exit code 2) naming its path; one a target here cannot hold (DeadLetterConfig, Input, …) is ignored with a warning. A parameter Value beginning with $. is a JSONPath into the event.</source>
        <translation>--targets에는 “aws events put-targets”의 Targets 목록이나 입력 전체를 줍니다. AWS CLI처럼 멤버를 하나하나 확인해서, EventBridge에 없는 멤버는 경로를 밝혀 거부하고(종료 코드 2), EventBridge에는 있지만 여기 대상에 담을 수 없는 멤버(DeadLetterConfig, Input 등)는 경고를 내고 무시합니다. $.로 시작하는 파라미터 Value는 이벤트 안을 가리키는 JSONPath입니다.</translation>
    </message>
    <message>
        <source>Time zone: %1</source>
        <translation>시간대: %1</translation>
    </message>
    <message>
        <source>%1: a name is required.</source>
        <translation>%1: 이름이 필요합니다.</translation>
    </message>
    <message>
        <source>%1: at most %2 characters are allowed.</source>
        <translation>%1: 최대 %2자까지 쓸 수 있습니다.</translation>
    </message>
    <message>
        <source>%1: the name may not contain control characters.</source>
        <translation>%1: 이름에는 제어 문자를 쓸 수 없습니다.</translation>
    </message>
    <message>
        <source>email: “%1” is not an email address (name@example.com, 6 to 64 characters).</source>
        <translation>email: 이메일 주소가 아닙니다: “%1” (name@example.com 형식, 6~64자).</translation>
    </message>
    <message>
        <source>%1: an account id is required.</source>
        <translation>%1: 계정 ID가 필요합니다.</translation>
    </message>
    <message>
        <source>%1: “%2” is not an account id (12 digits).</source>
        <translation>%1: 계정 ID(12자리 숫자)가 아닙니다: “%2”.</translation>
    </message>
    <message>
        <source>organization-id: organization %1 does not exist in this workspace.</source>
        <translation>organization-id: 이 작업 공간에 없는 조직입니다: %1.</translation>
    </message>
    <message>
        <source>ou-id: organizational unit %1 does not exist in this workspace.</source>
        <translation>ou-id: 이 작업 공간에 없는 OU입니다: %1.</translation>
    </message>
    <message>
        <source>ou-id: organizational unit %1 belongs to organization %2, not to %3.</source>
        <translation>ou-id: OU %1 소속 조직은 %2이며, %3 조직이 아닙니다.</translation>
    </message>
    <message>
        <source>account-id: account %1 already exists (%2).</source>
        <translation>account-id: 이미 있는 계정입니다: %1 (%2).</translation>
    </message>
    <message>
        <source>organization-id: account %1 is the management account of organization %2 and cannot leave it.</source>
        <translation>organization-id: 계정 %1 — 조직 %2의 관리 계정이라 조직을 떠날 수 없습니다.</translation>
    </message>
    <message>
        <source>account-id: account %1 is the management account of organization %2; it cannot be deleted.</source>
        <translation>account-id: 계정 %1 — 조직 %2의 관리 계정이라 삭제할 수 없습니다.</translation>
    </message>
    <message>
        <source>account-id: account %1 still owns %2; delete them first.</source>
        <translation>account-id: 계정 %1 소유로 아직 남아 있는 것: %2. 먼저 삭제하세요.</translation>
    </message>
    <message>
        <source>management-account-id: account %1 does not exist in this workspace.</source>
        <translation>management-account-id: 이 작업 공간에 없는 계정입니다: %1.</translation>
    </message>
    <message>
        <source>management-account-id: account %1 already belongs to organization %2.</source>
        <translation>management-account-id: 계정 %1 — 이미 조직 %2에 속해 있습니다.</translation>
    </message>
    <message>
        <source>organization-id: an organization is required.</source>
        <translation>organization-id: 조직이 필요합니다.</translation>
    </message>
    <message>
        <source>parent-id: organizational unit %1 does not exist in this workspace.</source>
        <translation>parent-id: 이 작업 공간에 없는 OU입니다: %1.</translation>
    </message>
    <message>
        <source>parent-id: organizational unit %1 belongs to organization %2, not to %3.</source>
        <translation>parent-id: OU %1 소속 조직은 %2이며, %3 조직이 아닙니다.</translation>
    </message>
    <message>
        <source>name: an organizational unit named “%1” already exists there (%2).</source>
        <translation>name: 같은 위치에 이름이 “%1”인 OU가 이미 있습니다(%2).</translation>
    </message>
    <message>
        <source>Create pipeline</source>
        <translation>파이프라인 생성</translation>
    </message>
    <message>
        <source>Update pipeline</source>
        <translation>파이프라인 수정</translation>
    </message>
    <message>
        <source>Delete pipeline</source>
        <translation>파이프라인 삭제</translation>
    </message>
    <message>
        <source>Start execution</source>
        <translation>실행 시작</translation>
    </message>
    <message>
        <source>Stop execution</source>
        <translation>실행 중지</translation>
    </message>
    <message>
        <source>Retry execution</source>
        <translation>실행 재시도</translation>
    </message>
    <message>
        <source>Create schedule</source>
        <translation>일정 생성</translation>
    </message>
    <message>
        <source>Update schedule</source>
        <translation>일정 수정</translation>
    </message>
    <message>
        <source>Delete schedule</source>
        <translation>일정 삭제</translation>
    </message>
    <message>
        <source>Run schedule now</source>
        <translation>일정 지금 실행</translation>
    </message>
    <message>
        <source>Schedule fired</source>
        <translation>일정 실행됨</translation>
    </message>
    <message>
        <source>Missed runs skipped</source>
        <translation>놓친 실행 건너뜀</translation>
    </message>
    <message>
        <source>Retry dead letter</source>
        <translation>DLQ 항목 재시도</translation>
    </message>
    <message>
        <source>Clear dead letters</source>
        <translation>DLQ 항목 비우기</translation>
    </message>
    <message>
        <source>Create event bus</source>
        <translation>이벤트 버스 생성</translation>
    </message>
    <message>
        <source>Delete event bus</source>
        <translation>이벤트 버스 삭제</translation>
    </message>
    <message>
        <source>Create rule</source>
        <translation>규칙 생성</translation>
    </message>
    <message>
        <source>Update rule</source>
        <translation>규칙 수정</translation>
    </message>
    <message>
        <source>Put rule</source>
        <translation>규칙 저장</translation>
    </message>
    <message>
        <source>Enable rule</source>
        <translation>규칙 사용</translation>
    </message>
    <message>
        <source>Disable rule</source>
        <translation>규칙 사용 중지</translation>
    </message>
    <message>
        <source>Delete rule</source>
        <translation>규칙 삭제</translation>
    </message>
    <message>
        <source>Put rule targets</source>
        <translation>규칙 대상 저장</translation>
    </message>
    <message>
        <source>Remove rule targets</source>
        <translation>규칙 대상 제거</translation>
    </message>
    <message>
        <source>Send events</source>
        <translation>이벤트 전송</translation>
    </message>
    <message>
        <source>Rule target invoked</source>
        <translation>규칙 대상 호출됨</translation>
    </message>
    <message>
        <source>Scheduled rule fired</source>
        <translation>일정 규칙 실행됨</translation>
    </message>
    <message>
        <source>Create resource share</source>
        <translation>리소스 공유 생성</translation>
    </message>
    <message>
        <source>Update resource share</source>
        <translation>리소스 공유 수정</translation>
    </message>
    <message>
        <source>Delete resource share</source>
        <translation>리소스 공유 삭제</translation>
    </message>
    <message>
        <source>Add to resource share</source>
        <translation>리소스 공유에 추가</translation>
    </message>
    <message>
        <source>Remove from resource share</source>
        <translation>리소스 공유에서 제거</translation>
    </message>
    <message>
        <source>Accept share invitation</source>
        <translation>공유 초대 수락</translation>
    </message>
    <message>
        <source>Reject share invitation</source>
        <translation>공유 초대 거부</translation>
    </message>
    <message>
        <source>Enable sharing with the organization</source>
        <translation>조직과 공유 사용</translation>
    </message>
    <message>
        <source>Disable sharing with the organization</source>
        <translation>조직과 공유 사용 중지</translation>
    </message>
    <message>
        <source>max-items: %1 is not between 1 and %2.</source>
        <translation>max-items: %1 값은 1에서 %2 사이여야 합니다.</translation>
    </message>
    <message>
        <source>starting-token: “%1” is not a NextToken printed by an earlier audit list.</source>
        <translation>starting-token: “%1” 값은 앞서 audit list가 출력한 NextToken이 아닙니다.</translation>
    </message>
    <message>
        <source>action: “%1” is not an action the audit log records, such as StartPipelineExecution or CreateSchedule.</source>
        <translation>action: “%1” 작업은 감사 로그에 기록되는 작업이 아닙니다. StartPipelineExecution, CreateSchedule 같은 이름을 쓰세요.</translation>
    </message>
    <message>
        <source>%1: “%2” is neither an instant such as 2026-11-23T12:00:00Z nor a time ago such as 15m, 2h or 7d.</source>
        <translation>%1: “%2” 값은 2026-11-23T12:00:00Z 같은 시각도, 15m·2h·7d 같은 경과 시간도 아닙니다.</translation>
    </message>
    <message>
        <source>anything-but %1 needs a non-empty string or a list of non-empty strings.</source>
        <translation>anything-but %1에는 비어 있지 않은 문자열 또는 비어 있지 않은 문자열 목록이 필요합니다.</translation>
    </message>
    <message>
        <source>Unknown parameter at the top of the document: “%1”, must be one of: %2</source>
        <translation>문서 최상위: 알 수 없는 파라미터 “%1”. 다음 중 하나여야 합니다: %2</translation>
    </message>
    <message>
        <source>Unknown parameter in %1: “%2”, must be one of: %3</source>
        <translation>%1: 알 수 없는 파라미터 “%2”. 다음 중 하나여야 합니다: %3</translation>
    </message>
    <message>
        <source>Steps: the dependencies form a cycle: %1 (each step depends on the one before it).</source>
        <translation>Steps: 의존 관계가 순환합니다: %1 (각 단계는 바로 앞 단계에 의존합니다).</translation>
    </message>
    <message>
        <source>Pipeline “%1” does not exist in account %2. Pipelines shared with you are named by their ARN: %3</source>
        <translation>계정 %2 안에서 찾을 수 없는 파이프라인 이름: “%1”. 공유받은 파이프라인은 ARN으로 지정합니다: %3</translation>
    </message>
    <message>
        <source>Pipeline definition %1 does not exist.</source>
        <translation>파이프라인 정의를 찾을 수 없습니다: %1.</translation>
    </message>
    <message>
        <source>Never fires: %1 is in the past.</source>
        <translation>실행되지 않습니다: %1 시각은 이미 지났습니다.</translation>
    </message>
    <message>
        <source>Never fires: the end (%1) comes before the next fire (%2).</source>
        <translation>실행되지 않습니다: 끝(%1)이 다음 실행(%2)보다 앞섭니다.</translation>
    </message>
    <message>
        <source>Never fires: no date after %1 matches the expression.</source>
        <translation>실행되지 않습니다: %1 이후로 표현식에 맞는 날짜가 없습니다.</translation>
    </message>
    <message>
        <source>No more fires after %1: the expression matches no later date.</source>
        <translation>%1 이후에는 더 실행되지 않습니다: 표현식에 맞는 날짜가 그 뒤로 없습니다.</translation>
    </message>
    <message>
        <source>role “%1”</source>
        <translation>역할 “%1”</translation>
    </message>
    <message>
        <source>start and end: a one-time at() schedule fires at its instant; the start (%1) and end (%2) are ignored, as EventBridge Scheduler ignores them, and not kept.</source>
        <translation>start, end: 한 번만 실행하는 at() 일정은 지정한 시각에 실행됩니다. EventBridge Scheduler처럼 시작(%1)과 끝(%2)은 무시하며 저장하지 않습니다.</translation>
    </message>
    <message>
        <source>start: a one-time at() schedule fires at its instant; the start (%1) is ignored, as EventBridge Scheduler ignores it, and not kept.</source>
        <translation>start: 한 번만 실행하는 at() 일정은 지정한 시각에 실행됩니다. EventBridge Scheduler처럼 시작(%1)은 무시하며 저장하지 않습니다.</translation>
    </message>
    <message>
        <source>end: a one-time at() schedule fires at its instant; the end (%1) is ignored, as EventBridge Scheduler ignores it, and not kept.</source>
        <translation>end: 한 번만 실행하는 at() 일정은 지정한 시각에 실행됩니다. EventBridge Scheduler처럼 끝(%1)은 무시하며 저장하지 않습니다.</translation>
    </message>
    <message numerus="yes">
        <source>%n pipeline(s)</source>
        <translation>
            <numerusform>파이프라인 %n개</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n rule(s)</source>
        <translation>
            <numerusform>규칙 %n개</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n event bus(es)</source>
        <translation>
            <numerusform>이벤트 버스 %n개</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n schedule(s)</source>
        <translation>
            <numerusform>일정 %n개</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n resource share(s)</source>
        <translation>
            <numerusform>리소스 공유 %n개</numerusform>
        </translation>
    </message>
    <message>
        <source>Expression</source>
        <translation>표현식</translation>
    </message>
    <message>
        <source>Time zone</source>
        <translation>시간대</translation>
    </message>
    <message>
        <source>--for: “%1” is not one of %2.</source>
        <translation>--for: “%1” 대신 %2 중 하나를 쓰세요.</translation>
    </message>
    <message>
        <source>What the expression is meant for: any, eventbridge (a rule), scheduler, azure-ml or crontab; the warnings then say what that service does differently (implies --explain).</source>
        <translation>표현식을 어디에서 쓸지 정합니다: any, eventbridge(규칙), scheduler, azure-ml, crontab 중 하나. 그 서비스가 다르게 처리하는 점을 경고로 알려 줍니다(--explain 포함).</translation>
    </message>
    <message>
        <source>EventBridge rules take only cron() and rate()</source>
        <translation>EventBridge 규칙은 cron()과 rate()만 받습니다</translation>
    </message>
    <message>
        <source>EventBridge Scheduler takes only at(), rate() and cron()</source>
        <translation>EventBridge Scheduler는 at(), rate(), cron()만 받습니다</translation>
    </message>
    <message>
        <source>Azure ML schedules take only a cron trigger (crontab) and a recurrence</source>
        <translation>Azure ML 일정은 cron 트리거(crontab)와 recurrence만 받습니다</translation>
    </message>
    <message>
        <source>A crontab takes only its five fields (crontab)</source>
        <translation>crontab은 다섯 필드로 된 형식(crontab)만 받습니다</translation>
    </message>
    <message>
        <source>%1, and this schedule has no exact equivalent there: %2</source>
        <translation>%1. 이 일정은 그곳에서 똑같이 나타낼 수 없습니다: %2</translation>
    </message>
    <message>
        <source>%1: there this schedule is written “%2” (the same instants).</source>
        <translation>%1. 그곳에서는 이 일정을 “%2” 표현식으로 씁니다(실행 시각은 같습니다).</translation>
    </message>
    <message>
        <source>EventBridge rules fire in UTC only: the time zone %1 is not kept there, so the fires move by its offset. EventBridge Scheduler fires in a time zone.</source>
        <translation>EventBridge 규칙은 UTC로만 실행됩니다. 시간대 %1 설정은 그곳에 남지 않아 실행 시각이 그 시간대의 시차만큼 달라집니다. 시간대에 맞춰 실행하려면 EventBridge Scheduler를 쓰세요.</translation>
    </message>
    <message>
        <source>the PutRule limit</source>
        <translation>PutRule 한도</translation>
    </message>
    <message>
        <source>the TestEventPattern limit</source>
        <translation>TestEventPattern 한도</translation>
    </message>
    <message>
        <source>the PutEvents limit</source>
        <translation>PutEvents 한도</translation>
    </message>
    <message>
        <source>the local limit of events put</source>
        <translation>events put 명령의 로컬 한도</translation>
    </message>
    <message>
        <source>the CreatePipeline limit</source>
        <translation>CreatePipeline 한도</translation>
    </message>
    <message>
        <source>the local limit for documents</source>
        <translation>문서의 로컬 한도</translation>
    </message>
    <message>
        <source>--%1: the document is longer than %2 characters, %3.</source>
        <translation>--%1: 문서가 %2자보다 깁니다(%3).</translation>
    </message>
    <message>
        <source>--%1: the document is larger than %2 bytes, %3.</source>
        <translation>--%1: 문서가 %2바이트보다 큽니다(%3).</translation>
    </message>
    <message>
        <source>no file name</source>
        <translation>파일 이름이 없습니다</translation>
    </message>
    <message>
        <source>put %1 of %2 events</source>
        <translation>이벤트 %2개 중 %1개를 보냈습니다</translation>
    </message>
    <message>
        <source>The entries go in calls of the PutEvents shape, at most 10 entries and 256 KB a call, in order; with more than one call, stderr says how many were put (“put 120 of 10,000 events”) once a second and at the end. An entry over 256 KB is refused before any is put (exit code 2). The document may hold at most 10,000 entries and 16 MiB.</source>
        <translation>항목은 PutEvents 형태의 호출로 차례대로 보냅니다. 호출 한 번에 항목은 최대 10개, 크기는 최대 256KB입니다. 호출이 여러 번이면 보낸 개수를 1초마다, 그리고 끝날 때 표준 오류에 알립니다(“이벤트 10,000개 중 120개를 보냈습니다”). 256KB를 넘는 항목이 있으면 어떤 항목도 보내기 전에 거부합니다(종료 코드 2). 문서에는 항목을 최대 10,000개, 크기는 최대 16MiB까지 담을 수 있습니다.</translation>
    </message>
    <message>
        <source>Replace the --output file when it exists.</source>
        <translation>--output 파일이 이미 있으면 새 내용으로 바꿉니다.</translation>
    </message>
    <message>
        <source>--output: “%1” is a folder; name a file.</source>
        <translation>--output: “%1” 경로는 폴더입니다. 파일을 지정하세요.</translation>
    </message>
    <message>
        <source>--output: “%1” already exists; add --overwrite to replace it.</source>
        <translation>--output: “%1” 파일이 이미 있습니다. 바꾸려면 --overwrite를 붙이세요.</translation>
    </message>
    <message>
        <source>Put pipeline triggers</source>
        <translation>파이프라인 트리거 저장</translation>
    </message>
    <message>
        <source>%1: “%2” is not an IAM role ARN (arn:aws:iam::&lt;12-digit account&gt;:role/&lt;name&gt;, optionally with a path: role/&lt;path&gt;/&lt;name&gt;).</source>
        <translation>%1: “%2” 값은 IAM 역할 ARN이 아닙니다. arn:aws:iam::&lt;12자리 계정&gt;:role/&lt;이름&gt; 형식이어야 하며, 경로를 넣으려면 role/&lt;경로&gt;/&lt;이름&gt;으로 씁니다.</translation>
    </message>
    <message>
        <source>%1: the text is not valid UTF-8 (the byte 0x%2 at character %3).</source>
        <translation>%1: UTF-8로 읽을 수 없는 텍스트입니다(%3번째 글자의 바이트 0x%2).</translation>
    </message>
    <message>
        <source>%1: the text is not valid Unicode (a lone surrogate U+%2 at character %3).</source>
        <translation>%1: 올바른 유니코드 텍스트가 아닙니다(%3번째 글자에 짝 없는 서로게이트 U+%2).</translation>
    </message>
    <message>
        <source>%1: the character U+%2 at character %3 is not allowed: of the control characters, text may only hold tab, line feed and carriage return.</source>
        <translation>%1: %3번째 글자 U+%2 문자는 쓸 수 없습니다. 제어 문자 가운데 텍스트에 넣을 수 있는 것은 탭, 줄 바꿈(LF), 캐리지 리턴(CR)뿐입니다.</translation>
    </message>
    <message>
        <source>the document nests deeper than %1 levels</source>
        <translation>문서가 %1단계보다 깊게 중첩되어 있습니다</translation>
    </message>
    <message>
        <source>pipeline-definition: the definition is longer than %1 characters, the CreatePipeline limit.</source>
        <translation>pipeline-definition: 정의가 %1자보다 깁니다(CreatePipeline 한도).</translation>
    </message>
    <message>
        <source>Entries[%1]: the entry is %2 bytes, more than %3 bytes (256 KB), the PutEvents limit.</source>
        <translation>Entries[%1]: 항목 크기가 %2바이트로, PutEvents 한도인 %3바이트(256KB)를 넘습니다.</translation>
    </message>
    <message>
        <source>Entries: PutEvents takes at most %1 entries a call; %2 were given.</source>
        <translation>Entries: PutEvents는 호출 한 번에 항목을 최대 %1개까지 받습니다. 받은 항목 수: %2개.</translation>
    </message>
    <message>
        <source>Entries: the entries are %1 bytes together, more than %2 bytes (256 KB), the PutEvents limit.</source>
        <translation>Entries: 항목 크기의 합이 %1바이트로, PutEvents 한도인 %2바이트(256KB)를 넘습니다.</translation>
    </message>
    <message>
        <source>PutTargets: the put-targets input is empty; give the rule&apos;s targets, or no put-targets input at all.</source>
        <translation>PutTargets: put-targets 입력이 비어 있습니다. 규칙의 대상을 넣거나, put-targets 입력을 아예 주지 마세요.</translation>
    </message>
    <message>
        <source>--entries: the document holds %1 entries, more than %2, the local limit of events put.</source>
        <translation>--entries: 문서의 항목 수가 %1개로, events put 명령의 로컬 한도인 %2개를 넘습니다.</translation>
    </message>
    <message>
        <source>%1: “%2” is not an event bus ARN (arn:aws:events:&lt;region&gt;:&lt;account&gt;:event-bus/&lt;name&gt;).</source>
        <translation>%1: “%2” 값은 이벤트 버스 ARN이 아닙니다. arn:aws:events:&lt;리전&gt;:&lt;계정&gt;:event-bus/&lt;이름&gt; 형식이어야 합니다.</translation>
    </message>
    <message>
        <source>%1: “%2” is an event bus of account %3; account %4 can only use its own event buses.</source>
        <translation>%1: “%2” 버스는 계정 %3의 이벤트 버스입니다. 계정 %4에서는 자기 계정의 이벤트 버스만 쓸 수 있습니다.</translation>
    </message>
    <message>
        <source>%1: “%2” is an event bus in region %3; this workspace&apos;s event buses are in %4.</source>
        <translation>%1: “%2” 버스는 리전 %3의 이벤트 버스입니다. 이 작업 공간의 이벤트 버스는 리전 %4에 있습니다.</translation>
    </message>
    <message>
        <source>%1 (target “%2”): %3</source>
        <translation>%1(대상 “%2”): %3</translation>
    </message>
    <message>
        <source>--event-pattern: the pattern is longer than %1 characters, the PutRule limit.</source>
        <translation>--event-pattern: 패턴이 %1자보다 깁니다(PutRule 한도).</translation>
    </message>
    <message>
        <source>trigger “%1”: %2</source>
        <translation>트리거 “%1”: %2</translation>
    </message>
    <message>
        <source>The workspace “%1” is locked by another program that is using it, so it was not opened. Wait until that program has finished with it, or close it, and try again. The file was left unchanged.</source>
        <translation>다른 프로그램이 작업 공간 “%1” 파일을 잠근 채 사용하고 있어 열지 않았습니다. 그 프로그램이 작업을 마칠 때까지 기다리거나 그 프로그램을 닫은 뒤 다시 시도하세요. 파일은 바뀌지 않았습니다.</translation>
    </message>
    <message>
        <source>The workspace “%1” is read-only, so it was not opened: Pipeline Desk writes to its workspace while it works. Make the file writable (chmod u+w), or copy it to a folder of your own and open the copy.</source>
        <translation>작업 공간 “%1” 파일이 읽기 전용이라 열지 않았습니다. Pipeline Desk는 작업하는 동안 작업 공간에 기록합니다. 파일에 쓰기 권한을 주거나(chmod u+w), 본인의 폴더로 복사해 그 사본을 여세요.</translation>
    </message>
    <message>
        <source>The folder “%1” is read-only, so the workspace “%2” could not be created there. Name a file in a folder you may write to.</source>
        <translation>“%1” 폴더가 읽기 전용이라 그곳에 작업 공간 “%2” 파일을 만들 수 없습니다. 쓰기 권한이 있는 폴더의 파일을 지정하세요.</translation>
    </message>
    <message>
        <source>The folder “%1” is read-only, so the workspace “%2” was not opened: Pipeline Desk keeps the workspace&apos;s journal (the -wal and -shm files) next to it. Make the folder writable, or copy the workspace to a folder of your own and open the copy.</source>
        <translation>“%1” 폴더가 읽기 전용이라 작업 공간 “%2” 파일을 열지 않았습니다. Pipeline Desk는 작업 공간 파일 옆에 저널(-wal, -shm 파일)을 둡니다. 폴더에 쓰기 권한을 주거나, 작업 공간을 본인의 폴더로 복사해 그 사본을 여세요.</translation>
    </message>
    <message>
        <source>The workspace is locked by another program, so it could not be read or written and nothing was changed. Wait until that program has finished with it, or close it, and try again.</source>
        <translation>다른 프로그램이 작업 공간을 잠그고 있어 읽거나 쓸 수 없었고, 아무것도 바뀌지 않았습니다. 그 프로그램이 작업을 마칠 때까지 기다리거나 그 프로그램을 닫은 뒤 다시 시도하세요.</translation>
    </message>
    <message>
        <source>The workspace is read-only, so nothing was changed. Make the workspace file and its folder writable, and try again.</source>
        <translation>작업 공간이 읽기 전용이라 아무것도 바뀌지 않았습니다. 작업 공간 파일과 그 폴더에 쓰기 권한을 준 뒤 다시 시도하세요.</translation>
    </message>
    <message>
        <source>workspace: the folder “%1” does not exist, so the workspace “%2” was not created. Create the folder first, or name a file in a folder that exists.</source>
        <translation>workspace: “%1” 폴더가 없어서 작업 공간 “%2” 파일을 만들지 않았습니다. 먼저 폴더를 만들거나, 이미 있는 폴더의 파일을 지정하세요.</translation>
    </message>
    <message>
        <source>The workspace “%1” could not be created: %2</source>
        <translation>작업 공간 “%1” 파일을 만들 수 없습니다: %2</translation>
    </message>
    <message>
        <source>%1: a value is required; it goes in the request&apos;s path.</source>
        <translation>%1: 값이 필요합니다. 요청 경로에 들어가는 값입니다.</translation>
    </message>
    <message>
        <source>%1: only text, a number, true or false can go in the request&apos;s path.</source>
        <translation>%1: 요청 경로에는 텍스트, 숫자, true 또는 false만 넣을 수 있습니다.</translation>
    </message>
    <message>
        <source>%1: only text, numbers, true or false can go in the request&apos;s query or headers.</source>
        <translation>%1: 요청의 쿼리나 헤더에는 텍스트, 숫자, true 또는 false만 넣을 수 있습니다.</translation>
    </message>
    <message>
        <source>The answer to %1 is not valid JSON: %2.</source>
        <translation>%1 요청의 응답이 올바른 JSON이 아닙니다: %2.</translation>
    </message>
    <message>
        <source>The answer to %1 is not a JSON object.</source>
        <translation>%1 요청의 응답이 JSON 객체가 아닙니다.</translation>
    </message>
    <message>
        <source>The answer to %1 has “%2” in %3, which is not of the expected type.</source>
        <translation>%1 요청의 응답에서 %3 값의 유형이 예상과 다릅니다: “%2”.</translation>
    </message>
    <message>
        <source>The answer to %1 is not valid XML: %2.</source>
        <translation>%1 요청의 응답이 올바른 XML이 아닙니다: %2.</translation>
    </message>
    <message>
        <source>it is empty</source>
        <translation>응답이 비어 있습니다</translation>
    </message>
    <message>
        <source>The answer to %1 starts with &lt;%2&gt; where &lt;%3&gt; was expected.</source>
        <translation>%1 요청의 응답 첫 요소는 &lt;%3&gt; 요소여야 하는데 &lt;%2&gt; 요소입니다.</translation>
    </message>
    <message>
        <source>The profile&apos;s name.</source>
        <translation>프로필 이름입니다.</translation>
    </message>
    <message>
        <source>The region, such as us-east-1.</source>
        <translation>리전입니다(예: us-east-1).</translation>
    </message>
    <message>
        <source>REGION</source>
        <translation>리전</translation>
    </message>
    <message>
        <source>The role to assume (the profile then takes its keys from --source-profile).</source>
        <translation>수임할 역할입니다(이때 프로필의 키는 --source-profile에서 가져옵니다).</translation>
    </message>
    <message>
        <source>The profile whose keys assume the role.</source>
        <translation>역할을 수임할 키를 가진 프로필입니다.</translation>
    </message>
    <message>
        <source>The external id the role asks for (optional).</source>
        <translation>역할이 요구하는 외부 ID입니다(선택).</translation>
    </message>
    <message>
        <source>The role session&apos;s name (optional).</source>
        <translation>역할 세션 이름입니다(선택).</translation>
    </message>
    <message>
        <source>How long a role session lasts, 900 to 43200 seconds (default 3600).</source>
        <translation>역할 세션 유지 시간으로, 900~43200초입니다(기본값 3600).</translation>
    </message>
    <message>
        <source>The MFA device whose code assuming the role needs (optional).</source>
        <translation>역할을 수임할 때 코드가 필요한 MFA 장치입니다(선택).</translation>
    </message>
    <message>
        <source>Send every request of this profile to this URL instead of AWS (an emulator).</source>
        <translation>이 프로필의 모든 요청을 AWS 대신 이 URL(에뮬레이터)로 보냅니다.</translation>
    </message>
    <message>
        <source>URL</source>
        <translation>URL</translation>
    </message>
    <message>
        <source>role %1 from %2</source>
        <translation>역할 %1(원본: %2)</translation>
    </message>
    <message>
        <source>CREDENTIALS</source>
        <translation>자격 증명</translation>
    </message>
    <message>
        <source>TESTED</source>
        <translation>테스트 시각</translation>
    </message>
    <message>
        <source>ENDPOINT</source>
        <translation>엔드포인트</translation>
    </message>
    <message>
        <source>the keys of some profiles could not be read from the keychain: %1</source>
        <translation>일부 프로필의 키를 키체인에서 읽지 못했습니다: %1</translation>
    </message>
    <message>
        <source>AWS access key id: </source>
        <translation>AWS 액세스 키 ID: </translation>
    </message>
    <message>
        <source>AWS secret access key: </source>
        <translation>AWS 보안 액세스 키: </translation>
    </message>
    <message>
        <source>AWS session token (empty for none): </source>
        <translation>AWS 세션 토큰(없으면 비워 두세요): </translation>
    </message>
    <message>
        <source>standard input cannot be read.</source>
        <translation>표준 입력을 읽을 수 없습니다.</translation>
    </message>
    <message>
        <source>standard input holds more than 64 KiB; give only the keys.</source>
        <translation>표준 입력이 64KiB를 넘습니다. 키만 입력하세요.</translation>
    </message>
    <message>
        <source>standard input, line %1: expected aws_access_key_id=…, aws_secret_access_key=… or aws_session_token=….</source>
        <translation>표준 입력 %1번째 줄: aws_access_key_id=…, aws_secret_access_key=…, aws_session_token=… 중 하나여야 합니다.</translation>
    </message>
    <message>
        <source>--duration-seconds: “%1” is not a whole number of seconds.</source>
        <translation>--duration-seconds: “%1”: 초 단위 정수가 아닙니다.</translation>
    </message>
    <message>
        <source>would add</source>
        <translation>추가 예정</translation>
    </message>
    <message>
        <source>added</source>
        <translation>추가됨</translation>
    </message>
    <message>
        <source>would replace</source>
        <translation>교체 예정</translation>
    </message>
    <message>
        <source>replaced</source>
        <translation>교체됨</translation>
    </message>
    <message>
        <source>skipped</source>
        <translation>건너뜀</translation>
    </message>
    <message>
        <source>--%1: there is no file %2.</source>
        <translation>--%1: 파일이 없습니다: %2</translation>
    </message>
    <message>
        <source>No profiles in %1 or %2.</source>
        <translation>프로필이 없습니다(%1, %2).</translation>
    </message>
    <message>
        <source>failed</source>
        <translation>실패</translation>
    </message>
    <message>
        <source>keys from the environment (AWS_ACCESS_KEY_ID)</source>
        <translation>환경 변수(AWS_ACCESS_KEY_ID)의 키</translation>
    </message>
    <message>
        <source>PROFILE</source>
        <translation>프로필</translation>
    </message>
    <message>
        <source>FROM</source>
        <translation>출처</translation>
    </message>
    <message>
        <source>NOTE</source>
        <translation>비고</translation>
    </message>
    <message>
        <source>List the AWS profiles of the workspace (never their secrets).</source>
        <translation>작업 공간의 AWS 프로필을 나열합니다(비밀 값은 보여 주지 않습니다).</translation>
    </message>
    <message>
        <source>Static profiles show their access key id masked, as the AWS CLI&apos;s `configure list` does; reading it may ask to unlock the keychain.</source>
        <translation>액세스 키를 쓰는 프로필은 AWS CLI의 `configure list`처럼 액세스 키 ID를 가려서 보여 줍니다. 이를 읽을 때 키체인 잠금 해제를 요청할 수 있습니다.</translation>
    </message>
    <message>
        <source>Add an AWS profile: static keys, or a role to assume from another profile. Prints it.</source>
        <translation>AWS 프로필을 추가합니다. 액세스 키를 쓰거나, 다른 프로필로 역할을 수임합니다. 추가한 프로필을 출력합니다.</translation>
    </message>
    <message>
        <source>The keys of a static profile are never taken from an argument: from a terminal they are asked for without echo; otherwise standard input gives lines aws_access_key_id=…, aws_secret_access_key=… and optionally aws_session_token=…. They go to the OS keychain only.</source>
        <translation>액세스 키는 명령줄 인수로 받지 않습니다. 터미널에서는 입력 내용을 표시하지 않고 물어보며, 그 밖에는 표준 입력에서 aws_access_key_id=…, aws_secret_access_key=…, 필요하면 aws_session_token=… 줄을 읽습니다. 키는 OS 키체인에만 저장됩니다.</translation>
    </message>
    <message>
        <source>Remove an AWS profile and its keychain entry; prints its name.</source>
        <translation>AWS 프로필과 키체인 항목을 제거하고 프로필 이름을 출력합니다.</translation>
    </message>
    <message>
        <source>Import the AWS CLI&apos;s profiles, keeping their names; prints what was added, replaced and skipped.</source>
        <translation>AWS CLI의 프로필을 이름 그대로 가져오고, 추가·교체·건너뛴 항목을 출력합니다.</translation>
    </message>
    <message>
        <source>The AWS CLI&apos;s config file (default: AWS_CONFIG_FILE, else ~/.aws/config).</source>
        <translation>AWS CLI의 config 파일입니다(기본값: AWS_CONFIG_FILE, 없으면 ~/.aws/config).</translation>
    </message>
    <message>
        <source>The AWS CLI&apos;s credentials file (default: AWS_SHARED_CREDENTIALS_FILE, else ~/.aws/credentials).</source>
        <translation>AWS CLI의 credentials 파일입니다(기본값: AWS_SHARED_CREDENTIALS_FILE, 없으면 ~/.aws/credentials).</translation>
    </message>
    <message>
        <source>Import only this profile (repeatable).</source>
        <translation>이 프로필만 가져옵니다(여러 번 지정 가능).</translation>
    </message>
    <message>
        <source>The region of the profiles that name none.</source>
        <translation>리전이 지정되지 않은 프로필에 쓸 리전입니다.</translation>
    </message>
    <message>
        <source>Show what would be imported; change nothing.</source>
        <translation>가져올 내용만 보여 주고 아무것도 바꾸지 않습니다.</translation>
    </message>
    <message>
        <source>The AWS_* environment variables apply as in the AWS CLI: the keys, region and endpoints of AWS_ACCESS_KEY_ID, AWS_SECRET_ACCESS_KEY, AWS_SESSION_TOKEN, AWS_REGION, AWS_ENDPOINT_URL and AWS_ENDPOINT_URL_&lt;SERVICE&gt; go to the profile it would use (AWS_PROFILE, else default). Profiles that cannot be imported (IAM Identity Center, credential_process…) are listed with the reason; a malformed line is a warning naming its file and line. Keys go to the OS keychain only.</source>
        <translation>AWS_* 환경 변수는 AWS CLI에서와 똑같이 적용됩니다. AWS_ACCESS_KEY_ID, AWS_SECRET_ACCESS_KEY, AWS_SESSION_TOKEN, AWS_REGION, AWS_ENDPOINT_URL, AWS_ENDPOINT_URL_&lt;SERVICE&gt;의 키, 리전, 엔드포인트는 AWS CLI가 사용할 프로필(AWS_PROFILE, 없으면 default)에 들어갑니다. 가져올 수 없는 프로필(IAM Identity Center, credential_process 등)은 이유와 함께 나열하고, 형식이 잘못된 줄은 파일과 줄 번호를 밝혀 경고합니다. 키는 OS 키체인에만 저장됩니다.</translation>
    </message>
    <message>
        <source>profile: a connected account needs a profile.</source>
        <translation>profile: 연결된 계정에는 프로필이 있어야 합니다.</translation>
    </message>
    <message>
        <source>account-id: account %1 (%2) is a local account of this workspace; a profile cannot connect it, as a sync would replace its pipelines and runs with the cloud&apos;s. Use another workspace for the real account.</source>
        <translation>account-id: %1(%2) 계정은 이 작업 공간의 로컬 계정이라서 프로필로 연결할 수 없습니다. 연결하면 동기화가 이 계정의 파이프라인과 실행을 클라우드의 것으로 바꿔 버립니다. 실제 계정은 다른 작업 공간에서 사용하세요.</translation>
    </message>
    <message>
        <source>Pipeline</source>
        <translation>파이프라인</translation>
    </message>
    <message>
        <source>Pipeline execution</source>
        <translation>파이프라인 실행</translation>
    </message>
    <message>
        <source>Event bus</source>
        <translation>이벤트 버스</translation>
    </message>
    <message>
        <source>Resource share</source>
        <translation>리소스 공유</translation>
    </message>
    <message>
        <source>Resource share invitation</source>
        <translation>리소스 공유 초대</translation>
    </message>
    <message>
        <source>The connected account %1 (profile %2) is changed in the cloud first, and this version of Pipeline Desk cannot send changes there yet. Make the change in the AWS console or the AWS CLI, then sync again.</source>
        <translation>연결된 계정 %1(프로필 %2): 변경은 클라우드에서 먼저 해야 하는데, 이 버전의 Pipeline Desk는 아직 변경 내용을 클라우드로 보내지 못합니다. AWS 콘솔이나 AWS CLI에서 변경한 다음 다시 동기화하세요.</translation>
    </message>
    <message>
        <source>%1 %2 belongs to the connected account %3 (profile %4): changes to it are made in the cloud, and this version of Pipeline Desk cannot send them there yet. Make the change in the AWS console or the AWS CLI, then sync again.</source>
        <translation>%1 %2: 연결된 계정 %3(프로필 %4)의 객체라서 클라우드에서 변경해야 하는데, 이 버전의 Pipeline Desk는 아직 변경 내용을 클라우드로 보내지 못합니다. AWS 콘솔이나 AWS CLI에서 변경한 다음 다시 동기화하세요.</translation>
    </message>
    <message>
        <source>Account %1 is not connected to a profile: only a connected account can be synced.</source>
        <translation>계정 %1: 프로필에 연결되지 않은 계정입니다. 연결된 계정만 동기화할 수 있습니다.</translation>
    </message>
    <message>
        <source>just now</source>
        <translation>방금</translation>
    </message>
    <message numerus="yes">
        <source>%n min ago</source>
        <translation>
            <numerusform>%n분 전</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n h ago</source>
        <translation>
            <numerusform>%n시간 전</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n day(s) ago</source>
        <translation>
            <numerusform>%n일 전</numerusform>
        </translation>
    </message>
    <message>
        <source>The role %1 needs a code from the MFA device %2, and nothing here can ask for it.</source>
        <translation>%1 역할을 수임하려면 MFA 장치 %2의 코드가 필요한데, 여기서는 코드를 물어볼 수 없습니다.</translation>
    </message>
    <message>
        <source>TokenCode: no MFA code was given, so the role %1 was not assumed.</source>
        <translation>TokenCode: MFA 코드를 입력하지 않아서 %1 역할을 수임하지 않았습니다.</translation>
    </message>
    <message>
        <source>sts:AssumeRole answered without complete credentials for %1.</source>
        <translation>sts:AssumeRole이 %1에 대한 자격 증명을 일부만 돌려주었습니다.</translation>
    </message>
    <message>
        <source>a nested setting under “%1” is not “key = value”; the line was skipped.</source>
        <translation>“%1” 아래의 중첩 설정이 “키 = 값” 형식이 아니어서 이 줄을 건너뛰었습니다.</translation>
    </message>
    <message>
        <source>a section header must be “[name]”; the line was skipped, and so is what follows it up to the next section.</source>
        <translation>섹션 머리글은 “[이름]” 형식이어야 합니다. 이 줄과 다음 섹션 전까지의 내용을 건너뛰었습니다.</translation>
    </message>
    <message>
        <source>not a “key = value” line, a [section] or a comment; the line was skipped.</source>
        <translation>“키 = 값”, [섹션], 주석 중 어느 것도 아니어서 이 줄을 건너뛰었습니다.</translation>
    </message>
    <message>
        <source>“%1” stands before any [section]; the line was skipped.</source>
        <translation>“%1” 설정이 [섹션]보다 앞에 있어서 이 줄을 건너뛰었습니다.</translation>
    </message>
    <message>
        <source>“%1” is set twice in this section; the later value is used.</source>
        <translation>이 섹션에 “%1” 설정이 두 번 있습니다. 나중 값을 사용합니다.</translation>
    </message>
    <message>
        <source>[%1] is not a profile in the config file (write [profile %1]); it was skipped.</source>
        <translation>config 파일에서 [%1] 섹션은 프로필이 아니어서 건너뛰었습니다([profile %1]로 쓰세요).</translation>
    </message>
    <message>
        <source>AWS_ACCESS_KEY_ID and AWS_SECRET_ACCESS_KEY go together; with only one of them set, the environment&apos;s keys were not used.</source>
        <translation>AWS_ACCESS_KEY_ID와 AWS_SECRET_ACCESS_KEY는 함께 있어야 합니다. 하나만 설정되어 있어 환경 변수의 키를 사용하지 않았습니다.</translation>
    </message>
    <message>
        <source>the nested settings of “%1” in profile %2 are not used by Pipeline Desk; they were skipped.</source>
        <translation>%2 프로필의 “%1” 중첩 설정은 Pipeline Desk에서 쓰지 않으므로 건너뛰었습니다.</translation>
    </message>
    <message>
        <source>it signs in through IAM Identity Center (SSO), which Pipeline Desk does not support yet; add a profile with access keys or a role instead.</source>
        <translation>IAM Identity Center(SSO)로 로그인하는 프로필이며, Pipeline Desk는 아직 이를 지원하지 않습니다. 액세스 키나 역할을 쓰는 프로필을 대신 추가하세요.</translation>
    </message>
    <message>
        <source>it gets its credentials from an external program (credential_process), which Pipeline Desk does not run.</source>
        <translation>외부 프로그램(credential_process)에서 자격 증명을 받는 프로필이며, Pipeline Desk는 그 프로그램을 실행하지 않습니다.</translation>
    </message>
    <message>
        <source>it assumes a role with a web identity token (web_identity_token_file), which Pipeline Desk does not support.</source>
        <translation>웹 자격 증명 토큰(web_identity_token_file)으로 역할을 수임하는 프로필이며, Pipeline Desk는 이를 지원하지 않습니다.</translation>
    </message>
    <message>
        <source>it assumes a role with credentials from its environment (credential_source = %1), which Pipeline Desk does not support; use source_profile instead.</source>
        <translation>실행 환경의 자격 증명(credential_source = %1)으로 역할을 수임하는 프로필이며, Pipeline Desk는 이를 지원하지 않습니다. 대신 source_profile을 쓰세요.</translation>
    </message>
    <message>
        <source>it has role_arn but no source_profile: Pipeline Desk assumes a role only with another profile&apos;s keys.</source>
        <translation>role_arn은 있지만 source_profile이 없습니다. Pipeline Desk는 다른 프로필의 키로만 역할을 수임합니다.</translation>
    </message>
    <message>
        <source>duration_seconds is not a whole number of seconds.</source>
        <translation>duration_seconds 값이 초 단위 정수가 아닙니다.</translation>
    </message>
    <message>
        <source>it has aws_access_key_id but no aws_secret_access_key.</source>
        <translation>aws_access_key_id는 있지만 aws_secret_access_key가 없습니다.</translation>
    </message>
    <message>
        <source>it has aws_secret_access_key but no aws_access_key_id.</source>
        <translation>aws_secret_access_key는 있지만 aws_access_key_id가 없습니다.</translation>
    </message>
    <message>
        <source>it has no credentials: neither access keys nor a role to assume.</source>
        <translation>자격 증명이 없습니다. 액세스 키도, 수임할 역할도 없습니다.</translation>
    </message>
    <message>
        <source>it has no region; add “region = …” to it, or give a region for the profiles that have none.</source>
        <translation>리전이 없습니다. 프로필에 “region = …”을 추가하거나, 리전이 없는 프로필에 쓸 리전을 지정하세요.</translation>
    </message>
    <message>
        <source>profile %1 names the services section “%2”, which the config file does not have; its endpoints were not read.</source>
        <translation>%1 프로필이 가리키는 services 섹션이 config 파일에 없어 엔드포인트를 읽지 못했습니다(섹션 이름: “%2”).</translation>
    </message>
    <message>
        <source>the file cannot be read: %1</source>
        <translation>파일을 읽을 수 없습니다: %1</translation>
    </message>
    <message>
        <source>the answer holds no error code or message</source>
        <translation>응답에 오류 코드나 메시지가 없습니다</translation>
    </message>
    <message>
        <source>%1 was cancelled.</source>
        <translation>%1 호출이 취소되었습니다.</translation>
    </message>
    <message>
        <source>No usable credentials to call %1: %2</source>
        <translation>%1 호출에 쓸 수 있는 자격 증명이 없습니다: %2</translation>
    </message>
    <message>
        <source>Could not reach AWS to call %1: %2</source>
        <translation>%1 호출을 위해 AWS에 연결하지 못했습니다: %2</translation>
    </message>
    <message>
        <source>%1 got no answer in time: %2</source>
        <translation>%1 호출이 제한 시간 안에 응답을 받지 못했습니다: %2</translation>
    </message>
    <message>
        <source>The answer to %1 could not be read: %2</source>
        <translation>%1 호출의 응답을 읽을 수 없습니다: %2</translation>
    </message>
    <message>
        <source>The credentials in use are not allowed to call %1. AWS said: %2</source>
        <translation>사용 중인 자격 증명에는 %1 호출 권한이 없습니다. AWS 응답: %2</translation>
    </message>
    <message>
        <source>AWS did not accept the credentials used to call %1: %2</source>
        <translation>AWS가 %1 호출에 사용한 자격 증명을 받아들이지 않았습니다: %2</translation>
    </message>
    <message numerus="yes">
        <source>AWS kept throttling %1 (%n attempt(s)): %2</source>
        <translation>
            <numerusform>AWS가 %1 호출을 계속 제한했습니다(%n회 시도): %2</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 failed: what it names does not exist. AWS said: %2</source>
        <translation>%1 호출이 실패했습니다. 요청에 지정한 리소스가 없습니다. AWS 응답: %2</translation>
    </message>
    <message>
        <source>%1 failed: it conflicts with the current state of the resource. AWS said: %2</source>
        <translation>%1 호출이 실패했습니다. 리소스의 현재 상태와 충돌합니다. AWS 응답: %2</translation>
    </message>
    <message>
        <source>AWS refused the input of %1: %2</source>
        <translation>AWS가 %1 호출의 입력값을 거부했습니다: %2</translation>
    </message>
    <message>
        <source>%1 failed with HTTP status %2: %3</source>
        <translation>%1 호출이 HTTP 상태 %2 오류로 실패했습니다: %3</translation>
    </message>
    <message>
        <source>(request id %1)</source>
        <translation>(요청 ID %1)</translation>
    </message>
    <message>
        <source>Assumed role</source>
        <translation>역할 수임</translation>
    </message>
    <message>
        <source>Access keys</source>
        <translation>액세스 키</translation>
    </message>
    <message>
        <source>%1: a profile name is required.</source>
        <translation>%1: 프로필 이름이 필요합니다.</translation>
    </message>
    <message>
        <source>%1: “%2” is not a profile name: use 1 to 64 letters, digits and - _ . @ + = , (no spaces or slashes).</source>
        <translation>%1: “%2”: 프로필 이름으로 쓸 수 없습니다. 영문자, 숫자, - _ . @ + = , 로 1~64자를 쓰세요(공백과 슬래시는 안 됩니다).</translation>
    </message>
    <message>
        <source>%1: a region is required (such as us-east-1).</source>
        <translation>%1: 리전이 필요합니다(예: us-east-1).</translation>
    </message>
    <message>
        <source>%1: “%2” is not a region (such as us-east-1 or eu-central-1).</source>
        <translation>%1: “%2”: 리전 이름이 아닙니다(예: us-east-1, eu-central-1).</translation>
    </message>
    <message>
        <source>%1: “%2” is not an endpoint URL: give an absolute http:// or https:// URL with a host, such as http://localhost:4566.</source>
        <translation>%1: “%2”: 엔드포인트 URL이 아닙니다. http://localhost:4566처럼 호스트가 있는 절대 http:// 또는 https:// URL을 입력하세요.</translation>
    </message>
    <message>
        <source>%1: a profile that assumes a role needs the role&apos;s ARN.</source>
        <translation>%1: 역할을 수임하는 프로필에는 역할 ARN이 필요합니다.</translation>
    </message>
    <message>
        <source>%1: a profile that assumes a role needs the profile whose credentials assume it.</source>
        <translation>%1: 역할을 수임하는 프로필에는 그 역할을 수임할 자격 증명을 가진 프로필이 필요합니다.</translation>
    </message>
    <message>
        <source>%1: a profile cannot be its own source profile.</source>
        <translation>%1: 프로필은 자기 자신을 원본 프로필로 삼을 수 없습니다.</translation>
    </message>
    <message>
        <source>%1: an external id is 2 to 1,224 letters, digits and + = , . @ : / _ -.</source>
        <translation>%1: 외부 ID는 영문자, 숫자, + = , . @ : / _ - 로 된 2~1,224자입니다.</translation>
    </message>
    <message>
        <source>%1: “%2” is not a session name: use 2 to 64 letters, digits and + = , . @ _ -.</source>
        <translation>%1: “%2”: 세션 이름으로 쓸 수 없습니다. 영문자, 숫자, + = , . @ _ - 로 2~64자를 쓰세요.</translation>
    </message>
    <message>
        <source>%1: %2 is out of range: a role session lasts 900 to 43,200 seconds (15 minutes to 12 hours).</source>
        <translation>%1: %2초는 범위를 벗어납니다. 역할 세션은 900~43,200초(15분~12시간) 동안 유지됩니다.</translation>
    </message>
    <message>
        <source>%1: “%2” is not an MFA device: give its serial number or ARN (arn:aws:iam::&lt;account&gt;:mfa/&lt;name&gt;).</source>
        <translation>%1: “%2”: MFA 장치가 아닙니다. 일련번호나 ARN(arn:aws:iam::&lt;계정&gt;:mfa/&lt;이름&gt;)을 입력하세요.</translation>
    </message>
    <message>
        <source>%1: only a profile that assumes a role takes this; give --role-arn and --source-profile too.</source>
        <translation>%1: 역할을 수임하는 프로필에만 쓸 수 있습니다. --role-arn과 --source-profile도 함께 지정하세요.</translation>
    </message>
    <message>
        <source>%1: “%2” is not a service of this program (%3).</source>
        <translation>%1: “%2”: 이 프로그램이 다루는 서비스가 아닙니다(%3).</translation>
    </message>
    <message>
        <source>%1: an access key id is required.</source>
        <translation>%1: 액세스 키 ID가 필요합니다.</translation>
    </message>
    <message>
        <source>%1: an access key id is 1 to 128 letters and digits (AWS&apos;s start with AKIA or ASIA).</source>
        <translation>%1: 액세스 키 ID는 영문자와 숫자로 된 1~128자입니다(AWS의 키는 AKIA나 ASIA로 시작합니다).</translation>
    </message>
    <message>
        <source>%1: a secret access key is required.</source>
        <translation>%1: 보안 액세스 키가 필요합니다.</translation>
    </message>
    <message>
        <source>%1: the secret access key holds a space or a control character, or is too long; it was not kept.</source>
        <translation>%1: 보안 액세스 키에 공백이나 제어 문자가 있거나 너무 깁니다. 저장하지 않았습니다.</translation>
    </message>
    <message>
        <source>%1: the session token holds a space or a control character, or is too long; it was not kept.</source>
        <translation>%1: 세션 토큰에 공백이나 제어 문자가 있거나 너무 깁니다. 저장하지 않았습니다.</translation>
    </message>
    <message>
        <source>The profile&apos;s keychain entry does not hold an access key id and a secret access key; add the profile&apos;s keys again.</source>
        <translation>프로필의 키체인 항목에 액세스 키 ID와 보안 액세스 키가 없습니다. 프로필의 키를 다시 추가하세요.</translation>
    </message>
    <message>
        <source>%1: profile %2 leads back to %3 through its source profiles; a chain of roles must end at a profile with keys.</source>
        <translation>%1: %2 프로필의 원본 프로필을 따라가면 다시 %3 프로필로 돌아옵니다. 역할 연결은 키가 있는 프로필에서 끝나야 합니다.</translation>
    </message>
    <message>
        <source>%1: there is no profile named %2 in this workspace; add it first.</source>
        <translation>%1: 이 작업 공간에는 %2 프로필이 없습니다. 먼저 추가하세요.</translation>
    </message>
    <message>
        <source>%1: profile %2 takes its keys from %3, which is not in this workspace.</source>
        <translation>%1: %2 프로필의 키를 가져올 %3 프로필이 이 작업 공간에 없습니다.</translation>
    </message>
    <message>
        <source>profile-name: a profile named %1 is already in this workspace.</source>
        <translation>profile-name: 이 작업 공간에 이미 %1 프로필이 있습니다.</translation>
    </message>
    <message>
        <source>aws_access_key_id: a profile that assumes a role takes no keys of its own; they come from its source profile.</source>
        <translation>aws_access_key_id: 역할을 수임하는 프로필에는 자체 키가 없습니다. 키는 원본 프로필에서 가져옵니다.</translation>
    </message>
    <message>
        <source>aws_access_key_id: profile %1 assumed a role until now; give it keys of its own.</source>
        <translation>aws_access_key_id: %1 프로필은 지금까지 역할을 수임했습니다. 이 프로필의 키를 입력하세요.</translation>
    </message>
    <message>
        <source>profile-name: profile %1 is the source profile of %2; remove or change those first.</source>
        <translation>profile-name: %1 프로필을 원본 프로필로 쓰는 프로필이 있습니다(%2). 그 프로필들을 먼저 제거하거나 변경하세요.</translation>
    </message>
    <message>
        <source>profile-name: the connected accounts %1 are reached through profile %2; disconnect them first.</source>
        <translation>profile-name: 연결된 계정(%1)이 %2 프로필을 통해 연결되어 있습니다. 먼저 연결을 해제하세요.</translation>
    </message>
    <message>
        <source>profile-name: profile %1 assumes a role; its keys come from profile %2.</source>
        <translation>profile-name: %1 프로필은 역할을 수임하며, 키는 %2 프로필에서 가져옵니다.</translation>
    </message>
    <message>
        <source>profile: the AWS CLI&apos;s files have no profile named %1.</source>
        <translation>profile: AWS CLI 파일에 %1 프로필이 없습니다.</translation>
    </message>
    <message>
        <source>its source profile %1 cannot be imported (see there).</source>
        <translation>원본 프로필(%1)을 가져올 수 없습니다(해당 항목 참고).</translation>
    </message>
    <message>
        <source>its source profile %1 cannot be imported either: the chain of source profiles leads back to a role instead of ending at a profile with keys.</source>
        <translation>원본 프로필(%1)도 가져올 수 없습니다. 원본 프로필을 따라가면 키가 있는 프로필에서 끝나지 않고 다시 역할로 돌아옵니다.</translation>
    </message>
    <message>
        <source>its source profile %1 is not being imported and is not in this workspace; import them together.</source>
        <translation>원본 프로필(%1)은 가져오는 대상이 아니고 이 작업 공간에도 없습니다. 함께 가져오세요.</translation>
    </message>
    <message>
        <source>its source profile %1 is neither in the AWS CLI&apos;s files nor in this workspace.</source>
        <translation>원본 프로필(%1)이 AWS CLI 파일에도, 이 작업 공간에도 없습니다.</translation>
    </message>
    <message>
        <source>There is no profile named %1 in this workspace.</source>
        <translation>이 작업 공간에는 %1 프로필이 없습니다.</translation>
    </message>
    <message>
        <source>source-profile: the profile %1 takes its keys from a chain of roles that does not end at a profile with keys.</source>
        <translation>source-profile: %1 프로필은 역할을 여러 단계 거쳐 키를 가져오는데, 그 연결이 키가 있는 프로필에서 끝나지 않습니다.</translation>
    </message>
    <message>
        <source>Account %1 (%2) is a local account: there is nothing to sync from the cloud. Connect an account by testing a profile.</source>
        <translation>%1(%2) 계정은 로컬 계정이라서 클라우드에서 동기화할 것이 없습니다. 계정을 연결하려면 프로필을 테스트하세요.</translation>
    </message>
    <message>
        <source>Pipeline %1</source>
        <translation>파이프라인 %1</translation>
    </message>
    <message>
        <source>The sync of account %1 was cancelled; what was read before stays.</source>
        <translation>계정 %1의 동기화를 취소했습니다. 그전까지 읽은 내용은 그대로 남습니다.</translation>
    </message>
    <message>
        <source>Pipelines</source>
        <translation>파이프라인</translation>
    </message>
    <message>
        <source>Executions of %1</source>
        <translation>%1의 실행</translation>
    </message>
    <message>
        <source>Execution %1</source>
        <translation>실행 %1</translation>
    </message>
    <message>
        <source>Steps of %1</source>
        <translation>%1의 단계</translation>
    </message>
    <message>
        <source>Parameters of %1</source>
        <translation>%1의 파라미터</translation>
    </message>
    <message>
        <source>Rules of %1</source>
        <translation>%1의 규칙</translation>
    </message>
    <message>
        <source>Targets of %1</source>
        <translation>%1의 대상</translation>
    </message>
    <message>
        <source>Event buses</source>
        <translation>이벤트 버스</translation>
    </message>
    <message>
        <source>Schedules</source>
        <translation>일정</translation>
    </message>
    <message>
        <source>Schedule %1</source>
        <translation>일정 %1</translation>
    </message>
    <message>
        <source>Resource shares</source>
        <translation>리소스 공유</translation>
    </message>
    <message>
        <source>Resources of %1</source>
        <translation>%1의 리소스</translation>
    </message>
    <message>
        <source>Principals of %1</source>
        <translation>%1의 보안 주체</translation>
    </message>
    <message>
        <source>Permission of %1</source>
        <translation>%1의 권한</translation>
    </message>
    <message>
        <source>Invitations</source>
        <translation>초대</translation>
    </message>
    <message>
        <source>Pipeline %1 is not a pipeline of account %2 in this workspace.</source>
        <translation>파이프라인 %1: 이 작업 공간에서 계정 %2의 파이프라인이 아닙니다.</translation>
    </message>
    <message>
        <source>Pipeline execution %1 is not an execution of account %2 in this workspace.</source>
        <translation>파이프라인 실행 %1: 이 작업 공간에서 계정 %2의 실행이 아닙니다.</translation>
    </message>
    <message>
        <source>“%1” is not the ARN of a SageMaker pipeline.</source>
        <translation>“%1”: SageMaker 파이프라인의 ARN이 아닙니다.</translation>
    </message>
    <message>
        <source>the pipeline %1 is in account %2, not in the synced account %3.</source>
        <translation>파이프라인 %1의 계정은 %2입니다. 동기화하는 계정(%3)의 파이프라인이 아닙니다.</translation>
    </message>
    <message>
        <source>“%1” is not the ARN of an execution of pipeline %2.</source>
        <translation>“%1”: 파이프라인 %2의 실행 ARN이 아닙니다.</translation>
    </message>
    <message>
        <source>“%1” is not a pipeline execution status.</source>
        <translation>“%1”: 파이프라인 실행 상태가 아닙니다.</translation>
    </message>
    <message>
        <source>a start time is required.</source>
        <translation>시작 시간이 필요합니다.</translation>
    </message>
    <message>
        <source>a creation time is required.</source>
        <translation>생성 시간이 필요합니다.</translation>
    </message>
    <message>
        <source>a step name is required.</source>
        <translation>단계 이름이 필요합니다.</translation>
    </message>
    <message>
        <source>“%1” is not a pipeline execution step status.</source>
        <translation>“%1”: 파이프라인 실행 단계 상태가 아닙니다.</translation>
    </message>
    <message>
        <source>a parameter name is required.</source>
        <translation>파라미터 이름이 필요합니다.</translation>
    </message>
    <message>
        <source>“%1” is not an event bus of the synced account %2.</source>
        <translation>“%1”: 동기화하는 계정 %2의 이벤트 버스가 아닙니다.</translation>
    </message>
    <message>
        <source>a name is required.</source>
        <translation>이름이 필요합니다.</translation>
    </message>
    <message>
        <source>“%1” is not a rule of the synced account %2.</source>
        <translation>“%1”: 동기화하는 계정 %2의 규칙이 아닙니다.</translation>
    </message>
    <message>
        <source>the rule is on the event bus “%1”, not on “%2”.</source>
        <translation>규칙의 이벤트 버스는 “%1”입니다(“%2” 아님).</translation>
    </message>
    <message>
        <source>“%1” is not a rule state.</source>
        <translation>“%1”: 규칙 상태가 아닙니다.</translation>
    </message>
    <message>
        <source>the event pattern is not JSON.</source>
        <translation>이벤트 패턴이 JSON이 아닙니다.</translation>
    </message>
    <message>
        <source>a rule has either an event pattern or a schedule expression.</source>
        <translation>규칙에는 이벤트 패턴과 일정 표현식 중 하나만 있어야 합니다.</translation>
    </message>
    <message>
        <source>Rule %1 is not a rule of account %2 in this workspace.</source>
        <translation>규칙 %1: 이 작업 공간에서 계정 %2의 규칙이 아닙니다.</translation>
    </message>
    <message>
        <source>a target id is required.</source>
        <translation>대상 ID가 필요합니다.</translation>
    </message>
    <message>
        <source>“%1” is not a schedule of the synced account %2.</source>
        <translation>“%1”: 동기화하는 계정 %2의 일정이 아닙니다.</translation>
    </message>
    <message>
        <source>“%1” is not a schedule state.</source>
        <translation>“%1”: 일정 상태가 아닙니다.</translation>
    </message>
    <message>
        <source>a schedule expression is required.</source>
        <translation>일정 표현식이 필요합니다.</translation>
    </message>
    <message>
        <source>Resource share %1 is not a share of account %2 in this workspace.</source>
        <translation>리소스 공유 %1: 이 작업 공간에서 계정 %2의 공유가 아닙니다.</translation>
    </message>
    <message>
        <source>the resource share %1 is not owned by the synced account %2.</source>
        <translation>리소스 공유 %1: 동기화하는 계정 %2의 공유가 아닙니다.</translation>
    </message>
    <message>
        <source>an invitation needs its ARN and its share&apos;s ARN.</source>
        <translation>초대에는 초대 ARN과 공유 ARN이 필요합니다.</translation>
    </message>
    <message>
        <source>“%1” is not an invitation status.</source>
        <translation>“%1”: 초대 상태가 아닙니다.</translation>
    </message>
    <message>
        <source>Act as the connected account this AWS profile reaches (tested first when it never was); reads come fresh from the cloud.</source>
        <translation>이 AWS 프로필로 연결되는 계정을 작업 계정으로 씁니다(한 번도 테스트하지 않았다면 먼저 테스트합니다). 조회는 클라우드에서 새로 읽어 옵니다.</translation>
    </message>
    <message>
        <source>With --profile: read only what the workspace holds of the account, without the network.</source>
        <translation>--profile과 함께: 네트워크 없이 작업 공간에 있는 그 계정의 내용만 읽습니다.</translation>
    </message>
    <message>
        <source>Send every AWS request to this URL instead (an emulator); wins over AWS_ENDPOINT_URL and the profile&apos;s own.</source>
        <translation>모든 AWS 요청을 대신 이 URL(에뮬레이터)로 보냅니다. AWS_ENDPOINT_URL과 프로필의 엔드포인트보다 우선합니다.</translation>
    </message>
    <message>
        <source>--identity: %1 is not the account %2 that --profile %3 acts as; give one of them.</source>
        <translation>--identity: %1 계정은 --profile %3 프로필로 연결되는 계정(%2)이 아닙니다. 둘 중 하나만 지정하세요.</translation>
    </message>
    <message>
        <source>--endpoint-url: “%1” is not an http:// or https:// URL.</source>
        <translation>--endpoint-url: “%1” 값은 http:// 또는 https:// URL이 아닙니다.</translation>
    </message>
    <message>
        <source>the code of the MFA device %1 could not be asked: standard input is not a terminal. Run the command in a terminal, or use a profile without an MFA device.</source>
        <translation>MFA 장치 %1의 코드를 물어볼 수 없습니다. 표준 입력이 터미널이 아닙니다. 터미널에서 명령을 실행하거나 MFA 장치가 없는 프로필을 사용하세요.</translation>
    </message>
    <message>
        <source>MFA code for %1: </source>
        <translation>%1의 MFA 코드: </translation>
    </message>
    <message>
        <source>--profile: the workspace has no profile named %1 (see “profiles list”).</source>
        <translation>--profile: 작업 공간에 이름이 %1인 프로필이 없습니다(“profiles list”로 확인하세요).</translation>
    </message>
    <message>
        <source>--cached: the profile %1 was never tested, so the workspace holds nothing of its account yet. Run “pipelinedesk-cli profiles test %1” or leave out --cached.</source>
        <translation>--cached: %1 프로필을 한 번도 테스트하지 않아 작업 공간에 그 계정의 내용이 아직 없습니다. “pipelinedesk-cli profiles test %1” 명령을 실행하거나 --cached 없이 실행하세요.</translation>
    </message>
    <message>
        <source>Syncing %1: %2 of %3 requests, %4</source>
        <translation>%1 동기화 중: 요청 %3개 중 %2개, %4</translation>
    </message>
    <message>
        <source>cancelled; what was read before stays in the workspace, and nothing was left half written.</source>
        <translation>취소했습니다. 그때까지 읽은 내용은 작업 공간에 남아 있고, 쓰다 만 내용은 없습니다.</translation>
    </message>
    <message>
        <source>--cached: sync reads the cloud; it cannot work without the network.</source>
        <translation>--cached: 동기화는 클라우드를 읽으므로 네트워크 없이는 할 수 없습니다.</translation>
    </message>
    <message>
        <source>no connected accounts to sync. Connect one with “pipelinedesk-cli profiles test NAME”.</source>
        <translation>동기화할 연결된 계정이 없습니다. “pipelinedesk-cli profiles test NAME”으로 계정을 연결하세요.</translation>
    </message>
    <message>
        <source>ok</source>
        <translation>성공</translation>
    </message>
    <message>
        <source>SYNC</source>
        <translation>동기화</translation>
    </message>
    <message>
        <source>PIPELINES</source>
        <translation>파이프라인</translation>
    </message>
    <message>
        <source>EXECUTIONS</source>
        <translation>실행</translation>
    </message>
    <message>
        <source>RULES</source>
        <translation>규칙</translation>
    </message>
    <message>
        <source>SCHEDULES</source>
        <translation>일정</translation>
    </message>
    <message>
        <source>SHARES</source>
        <translation>리소스 공유</translation>
    </message>
    <message>
        <source>INVITATIONS</source>
        <translation>초대</translation>
    </message>
    <message>
        <source>DELETED</source>
        <translation>삭제됨</translation>
    </message>
    <message>
        <source>REQUESTS</source>
        <translation>요청</translation>
    </message>
    <message>
        <source>Read connected accounts from the cloud into the workspace: the one of --profile, or every connected account; prints what was read.</source>
        <translation>연결된 계정을 클라우드에서 읽어 작업 공간에 반영합니다. --profile의 계정이나, 없으면 모든 연결된 계정을 읽고 읽은 내용을 출력합니다.</translation>
    </message>
    <message>
        <source>Pipelines, executions, rules, schedules, resource shares and invitations are read page by page; what the cloud no longer has is removed from the workspace. On a terminal, stderr shows the progress. Ctrl+C cancels (exit 130); what was read stays. When one account fails, the others are still synced and the exit code is the first failure&apos;s.</source>
        <translation>파이프라인, 실행, 규칙, 일정, 리소스 공유와 초대를 페이지 단위로 읽고, 클라우드에 더 이상 없는 것은 작업 공간에서 지웁니다. 터미널에서는 진행 상황이 stderr에 표시됩니다. Ctrl+C로 취소하면(종료 코드 130) 그때까지 읽은 내용은 남습니다. 한 계정이 실패해도 나머지 계정은 계속 동기화하며, 종료 코드는 처음 실패한 계정의 것입니다.</translation>
    </message>
    <message>
        <source>--cached: an action on a connected account goes to the cloud first; it cannot work without the network.</source>
        <translation>--cached: 연결된 계정에 대한 작업은 먼저 클라우드로 가므로 네트워크 없이는 할 수 없습니다.</translation>
    </message>
    <message>
        <source>Stopped waiting; execution %1 is still %2 and goes on in the cloud.</source>
        <translation>기다리기를 멈췄습니다. %1 실행은 아직 %2 상태이며 클라우드에서 계속 진행됩니다.</translation>
    </message>
    <message>
        <source>profiles test needs the profile&apos;s name: “profiles test NAME”.</source>
        <translation>profiles test에는 프로필 이름이 필요합니다: “profiles test NAME”.</translation>
    </message>
    <message>
        <source>--cached: testing a profile asks the cloud; it cannot work without the network.</source>
        <translation>--cached: 프로필 테스트는 클라우드에 물어보므로 네트워크 없이는 할 수 없습니다.</translation>
    </message>
    <message>
        <source>there is no profile named %1 in this workspace (see “profiles list”).</source>
        <translation>이 작업 공간에 이름이 %1인 프로필이 없습니다(“profiles list”로 확인하세요).</translation>
    </message>
    <message>
        <source>Account: %1</source>
        <translation>계정: %1</translation>
    </message>
    <message>
        <source>Arn: %1</source>
        <translation>ARN: %1</translation>
    </message>
    <message>
        <source>UserId: %1</source>
        <translation>사용자 ID: %1</translation>
    </message>
    <message>
        <source>Connected account %1 (%2) through the profile %3.</source>
        <translation>%3 프로필로 %1(%2) 계정을 연결했습니다.</translation>
    </message>
    <message>
        <source>Call sts:GetCallerIdentity with a profile; prints the account, ARN and user id it reached and connects that account.</source>
        <translation>프로필로 sts:GetCallerIdentity를 호출해 연결된 계정, ARN, 사용자 ID를 출력하고 그 계정을 연결합니다.</translation>
    </message>
    <message>
        <source>The profile&apos;s name (or give it after the verb).</source>
        <translation>프로필 이름(동사 뒤에 바로 써도 됩니다).</translation>
    </message>
    <message>
        <source>With --json the answer has GetCallerIdentity&apos;s shape: UserId, Account, Arn. The account reached becomes a connected account of the workspace, named after the profile when new; --profile NAME then acts as it. A refusal is printed as AWS said it, with the request id: exit 3 when the credentials are refused or not allowed, 2 for invalid input, 1 otherwise.</source>
        <translation>--json을 주면 GetCallerIdentity와 같은 형태(UserId, Account, Arn)로 출력합니다. 연결한 계정은 작업 공간의 연결된 계정이 되고, 새 계정이면 프로필 이름을 붙입니다. 그다음부터는 --profile NAME으로 그 계정을 작업 계정으로 쓸 수 있습니다. 거부되면 AWS가 보낸 메시지를 요청 ID와 함께 그대로 출력합니다. 자격 증명이 거부되거나 권한이 없으면 종료 코드 3, 입력이 잘못되면 2, 그 밖에는 1입니다.</translation>
    </message>
    <message>
        <source>The cloud did not remove the target %1 of the rule, so the rule was not deleted: %2</source>
        <translation>클라우드에서 규칙의 %1 대상을 제거하지 못해서 규칙을 삭제하지 않았습니다: %2</translation>
    </message>
    <message>
        <source>Cancelled.</source>
        <translation>취소했습니다.</translation>
    </message>
    <message>
        <source>%1: put on EventBridge, which starts the targets of the rules it matches</source>
        <translation>%1: EventBridge에 넣었습니다. 일치하는 규칙의 대상은 EventBridge가 시작합니다</translation>
    </message>
    <message>
        <source>Put events on the event bus: matching rules start their targets (put-events). A connected account&apos;s events go to EventBridge.</source>
        <translation>이벤트 버스에 이벤트를 넣습니다. 일치하는 규칙이 대상을 시작합니다(put-events). 연결된 계정의 이벤트는 EventBridge로 보냅니다.</translation>
    </message>
    <message>
        <source>RAM has no operation that stops sharing with AWS Organizations: for the connected account %1 it is turned off in AWS Organizations, by disabling trusted access for AWS RAM.</source>
        <translation>RAM에는 AWS Organizations와의 공유를 끄는 작업이 없습니다. 연결된 계정 %1에서는 AWS Organizations에서 AWS RAM의 신뢰할 수 있는 액세스를 사용 중지해서 끕니다.</translation>
    </message>
    <message>
        <source>role-arn: a pipeline of a connected account runs in the cloud as an IAM role; name it (arn:aws:iam::&lt;account&gt;:role/&lt;name&gt;).</source>
        <translation>role-arn: 연결된 계정의 파이프라인은 클라우드에서 IAM 역할로 실행되므로 역할을 지정해야 합니다(arn:aws:iam::&lt;account&gt;:role/&lt;name&gt;).</translation>
    </message>
    <message>
        <source>target %1: %2 (%3)</source>
        <translation>대상 %1: %2 (%3)</translation>
    </message>
    <message>
        <source>The cloud did not put these targets of the rule “%1”: %2</source>
        <translation>클라우드가 규칙 “%1”의 다음 대상을 넣지 않았습니다: %2</translation>
    </message>
    <message>
        <source>The cloud did not remove these targets of the rule “%1”: %2</source>
        <translation>클라우드가 규칙 “%1”의 다음 대상을 제거하지 않았습니다: %2</translation>
    </message>
    <message>
        <source>The rule “%1” was saved in the cloud, but its targets were not all changed: %2</source>
        <translation>규칙 “%1”: 규칙은 클라우드에 저장되었지만 대상 중 일부가 바뀌지 않았습니다: %2</translation>
    </message>
    <message>
        <source>%1: “%2” is not an ISO-8601 instant.</source>
        <translation>%1: ISO-8601 시각이 아닙니다: “%2”.</translation>
    </message>
    <message>
        <source>--name: EventBridge cannot rename a rule or move it to another event bus; keep “%1” on “%2”, or create a new rule and delete this one.</source>
        <translation>--name: EventBridge에서는 규칙의 이름을 바꾸거나 규칙을 다른 이벤트 버스로 옮길 수 없습니다. 이름(“%1”)과 이벤트 버스(“%2”)는 그대로 두거나, 새 규칙을 만들고 이 규칙을 삭제하세요.</translation>
    </message>
    <message>
        <source>missed: EventBridge Scheduler has no missed-run policy (it runs in the cloud, so no slot waits for this computer); a connected account&apos;s schedule cannot have one. Leave it out.</source>
        <translation>missed: EventBridge Scheduler에는 놓친 실행 정책이 없습니다(클라우드에서 실행되므로 이 컴퓨터를 기다리는 슬롯이 없습니다). 연결된 계정의 일정에는 이 정책을 지정할 수 없으니 빼 주세요.</translation>
    </message>
    <message>
        <source>overlap: EventBridge Scheduler has no overlap policy (it starts every slot, whether the previous execution still runs or not); a connected account&apos;s schedule cannot have one. Leave it out.</source>
        <translation>overlap: EventBridge Scheduler에는 겹침 정책이 없습니다(이전 실행이 아직 진행 중이든 아니든 모든 슬롯을 시작합니다). 연결된 계정의 일정에는 이 정책을 지정할 수 없으니 빼 주세요.</translation>
    </message>
    <message>
        <source>expression: EventBridge Scheduler knows only at(), rate() and cron(); “%1” is run by the local engine only. Write it as “%2” (the same instants).</source>
        <translation>expression: EventBridge Scheduler는 at(), rate(), cron()만 지원합니다. 다음 식은 로컬 엔진에서만 실행됩니다: “%1”. 같은 시각을 나타내는 다음 식으로 작성하세요: “%2”</translation>
    </message>
    <message>
        <source>expression: EventBridge Scheduler knows only at(), rate() and cron(); “%1” is run by the local engine only, and has no cron() or rate() with the same instants.</source>
        <translation>expression: EventBridge Scheduler는 at(), rate(), cron()만 지원합니다. 다음 식은 로컬 엔진에서만 실행되며, 같은 시각을 나타내는 cron()이나 rate() 식이 없습니다: “%1”</translation>
    </message>
    <message>
        <source>timezone: EventBridge Scheduler takes IANA zone names only; write “%1” for “%2”.</source>
        <translation>timezone: EventBridge Scheduler는 IANA 시간대 이름만 받습니다. 시간대 이름 “%2” 대신 다음 이름을 쓰세요: “%1”</translation>
    </message>
    <message>
        <source>parameter: %1: the ${{…}} macros are filled in by the local engine only; EventBridge Scheduler would pass “%2” as written. For the time of the slot, write &lt;aws.scheduler.scheduled-time&gt;.</source>
        <translation>parameter: %1: ${{…}} 매크로는 로컬 엔진에서만 채워집니다. EventBridge Scheduler는 다음 값을 쓰인 그대로 전달합니다: “%2”. 슬롯의 시각이 필요하면 &lt;aws.scheduler.scheduled-time&gt;을 쓰세요.</translation>
    </message>
    <message>
        <source>role-arn: EventBridge Scheduler starts the pipeline with a role it assumes, so a connected account&apos;s schedule needs one: the ARN of a role that scheduler.amazonaws.com may assume and that may start the pipeline.</source>
        <translation>role-arn: EventBridge Scheduler는 자신이 맡는 역할로 파이프라인을 시작하므로 연결된 계정의 일정에는 역할이 필요합니다. scheduler.amazonaws.com이 맡을 수 있고 파이프라인을 시작할 수 있는 역할의 ARN을 지정하세요.</translation>
    </message>
    <message>
        <source>target-pipeline: the schedule&apos;s target is not a SageMaker pipeline; name the pipeline to start with these parameters.</source>
        <translation>target-pipeline: 이 일정의 대상은 SageMaker 파이프라인이 아닙니다. 이 파라미터로 시작할 파이프라인을 지정하세요.</translation>
    </message>
    <message>
        <source>The cloud did not make every association of the resource share: %1</source>
        <translation>클라우드가 리소스 공유의 연결을 모두 만들지는 않았습니다: %1</translation>
    </message>
    <message>
        <source>permission-arns: RAM&apos;s UpdateResourceShare does not change the permission of the connected account&apos;s resource share %1. Change it in the AWS console, or share the pipelines again with the other permission.</source>
        <translation>permission-arns: RAM의 UpdateResourceShare로는 연결된 계정의 리소스 공유 %1의 권한을 바꿀 수 없습니다. AWS 콘솔에서 바꾸거나, 다른 권한으로 파이프라인을 다시 공유하세요.</translation>
    </message>
    <message>
        <source>The cloud did not enable sharing with AWS Organizations.</source>
        <translation>클라우드가 AWS Organizations와의 공유를 켜지 않았습니다.</translation>
    </message>
    <message numerus="yes">
        <source>%1: %n target(s) started</source>
        <translation>
            <numerusform>%1: 대상 %n개 시작</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>, %n failed</source>
        <translation>
            <numerusform>, %n개 실패</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Pd::AccountFormDialog</name>
    <message>
        <source>Edit account %1</source>
        <translation>계정 편집: %1</translation>
    </message>
    <message>
        <source>Add an account</source>
        <translation>계정 추가</translation>
    </message>
    <message>
        <source>Account &amp;ID:</source>
        <translation>계정 ID(&amp;I):</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>이름(&amp;N):</translation>
    </message>
    <message>
        <source>&amp;Email:</source>
        <translation>이메일(&amp;E):</translation>
    </message>
    <message>
        <source>&amp;Organization:</source>
        <translation>조직(&amp;O):</translation>
    </message>
    <message>
        <source>Organizational &amp;unit:</source>
        <translation>OU(&amp;U):</translation>
    </message>
    <message>
        <source>12 digits, as AWS account ids are.</source>
        <translation>AWS 계정 ID처럼 12자리 숫자입니다.</translation>
    </message>
    <message>
        <source>optional</source>
        <translation>선택</translation>
    </message>
    <message>
        <source>New organization…</source>
        <translation>새 조직…</translation>
    </message>
    <message>
        <source>None</source>
        <translation>없음</translation>
    </message>
    <message>
        <source>None (directly under the root)</source>
        <translation>없음(루트 바로 아래)</translation>
    </message>
</context>
<context>
    <name>Pd::AccountTableModel</name>
    <message>
        <source>Account ID</source>
        <translation>계정 ID</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>이름</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>이메일</translation>
    </message>
    <message>
        <source>Organization</source>
        <translation>조직</translation>
    </message>
    <message>
        <source>Organizational unit</source>
        <translation>OU</translation>
    </message>
</context>
<context>
    <name>Pd::AccountsDialog</name>
    <message>
        <source>Accounts</source>
        <translation>계정</translation>
    </message>
    <message>
        <source>The accounts of this workspace. Every page acts as one of them (“Act as” in the tool bar).</source>
        <translation>이 작업 공간의 계정입니다. 모든 페이지는 그중 한 계정으로 작업합니다(도구 모음의 “작업 계정”).</translation>
    </message>
    <message>
        <source>&amp;Add…</source>
        <translation>추가(&amp;A)…</translation>
    </message>
    <message>
        <source>&amp;Edit…</source>
        <translation>편집(&amp;E)…</translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation>삭제(&amp;D)</translation>
    </message>
    <message>
        <source>New &amp;organization…</source>
        <translation>새 조직(&amp;O)…</translation>
    </message>
    <message>
        <source>Create an organization managed by one of the accounts.</source>
        <translation>계정 하나가 관리하는 조직을 만듭니다.</translation>
    </message>
    <message>
        <source>Added account %1.</source>
        <translation>계정을 추가했습니다: %1.</translation>
    </message>
    <message>
        <source>Saved account %1.</source>
        <translation>계정을 저장했습니다: %1.</translation>
    </message>
    <message>
        <source>Delete account</source>
        <translation>계정 삭제</translation>
    </message>
    <message>
        <source>Delete account %1? Its audit entries stay; the account itself cannot be restored.</source>
        <translation>계정 %1 — 삭제할까요? 감사 로그의 항목은 남지만 계정 자체는 되살릴 수 없습니다.</translation>
    </message>
    <message>
        <source>Deleted account %1.</source>
        <translation>계정을 삭제했습니다: %1.</translation>
    </message>
    <message>
        <source>Created organization %1 (%2).</source>
        <translation>조직을 만들었습니다: %1 (%2).</translation>
    </message>
</context>
<context>
    <name>Pd::ActivityPage</name>
    <message>
        <source>Activity</source>
        <translation>활동</translation>
    </message>
    <message>
        <source>&amp;Object:</source>
        <translation>개체(&amp;O):</translation>
    </message>
    <message>
        <source>ARN or name</source>
        <translation>ARN 또는 이름</translation>
    </message>
    <message>
        <source>&amp;Account:</source>
        <translation>계정(&amp;A):</translation>
    </message>
    <message>
        <source>A&amp;ction:</source>
        <translation>작업(&amp;C):</translation>
    </message>
    <message>
        <source>O&amp;utcome:</source>
        <translation>결과(&amp;U):</translation>
    </message>
    <message>
        <source>&amp;Period:</source>
        <translation>기간(&amp;P):</translation>
    </message>
    <message>
        <source>Any outcome</source>
        <translation>모든 결과</translation>
    </message>
    <message>
        <source>Succeeded</source>
        <translation>성공</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>실패</translation>
    </message>
    <message>
        <source>Any time</source>
        <translation>전체 기간</translation>
    </message>
    <message>
        <source>Last hour</source>
        <translation>최근 1시간</translation>
    </message>
    <message>
        <source>Last 24 hours</source>
        <translation>최근 24시간</translation>
    </message>
    <message>
        <source>Last 7 days</source>
        <translation>최근 7일</translation>
    </message>
    <message>
        <source>Last 30 days</source>
        <translation>최근 30일</translation>
    </message>
    <message>
        <source>All accounts</source>
        <translation>모든 계정</translation>
    </message>
    <message>
        <source>All actions</source>
        <translation>모든 작업</translation>
    </message>
    <message>
        <source>Nothing was recorded that matches the filters.</source>
        <translation>필터에 맞는 기록이 없습니다.</translation>
    </message>
    <message>
        <source>Select a row to see all of it.</source>
        <translation>행을 선택하면 전체 내용이 보입니다.</translation>
    </message>
    <message>
        <source>When: %1 (%2)</source>
        <translation>시각: %1 (%2)</translation>
    </message>
    <message>
        <source>Account: %1</source>
        <translation>계정: %1</translation>
    </message>
    <message>
        <source>By: %1</source>
        <translation>수행자: %1</translation>
    </message>
    <message>
        <source>Action: %1 (%2)</source>
        <translation>작업: %1 (%2)</translation>
    </message>
    <message>
        <source>Target: %1</source>
        <translation>대상: %1</translation>
    </message>
    <message>
        <source>Outcome: %1</source>
        <translation>결과: %1</translation>
    </message>
    <message>
        <source>Detail: %1</source>
        <translation>세부 정보: %1</translation>
    </message>
</context>
<context>
    <name>Pd::AuditTableModel</name>
    <message>
        <source>When</source>
        <translation>시각</translation>
    </message>
    <message>
        <source>Identity</source>
        <translation>작업 계정</translation>
    </message>
    <message>
        <source>By</source>
        <translation>수행자</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>작업</translation>
    </message>
    <message>
        <source>Target</source>
        <translation>대상</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>결과</translation>
    </message>
    <message>
        <source>Scheduler engine</source>
        <translation>스케줄러 엔진</translation>
    </message>
    <message>
        <source>Event bus</source>
        <translation>이벤트 버스</translation>
    </message>
    <message>
        <source>Succeeded</source>
        <translation>성공</translation>
    </message>
    <message>
        <source>Failed: %1</source>
        <translation>실패: %1</translation>
    </message>
</context>
<context>
    <name>Pd::AwsCall</name>
    <message>
        <source>the call was cancelled</source>
        <translation>호출이 취소되었습니다</translation>
    </message>
    <message>
        <source>the access key id or the secret access key is missing</source>
        <translation>액세스 키 ID나 보안 액세스 키가 없습니다</translation>
    </message>
    <message>
        <source>there is no endpoint for the service %1: set a region or an endpoint URL</source>
        <translation>%1 서비스의 엔드포인트가 없습니다. 리전이나 엔드포인트 URL을 설정하세요</translation>
    </message>
    <message>
        <source>the answer broke off after %1 of %2 bytes</source>
        <translation>응답이 전체 %2바이트 중 %1바이트까지만 오고 끊겼습니다</translation>
    </message>
    <message>
        <source>the connection closed before the end of the answer</source>
        <translation>응답이 끝나기 전에 연결이 닫혔습니다</translation>
    </message>
    <message>
        <source>the answer is not HTTP</source>
        <translation>응답이 HTTP 형식이 아닙니다</translation>
    </message>
    <message>
        <source>no answer within %1 ms</source>
        <translation>%1ms 안에 응답이 없었습니다</translation>
    </message>
    <message>
        <source>the call took longer than %1 ms</source>
        <translation>호출 시간이 제한 시간 %1ms를 넘었습니다</translation>
    </message>
</context>
<context>
    <name>Pd::BusyAction</name>
    <message>
        <source>Cancelled. The cloud may have done it all the same; refresh (F5) to see.</source>
        <translation>취소했습니다. 클라우드에서는 이미 처리되었을 수 있으니 새로 고침(F5)으로 확인하세요.</translation>
    </message>
    <message>
        <source>The cloud refused</source>
        <translation>클라우드가 거부했습니다</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>취소</translation>
    </message>
    <message>
        <source>Stop waiting for the cloud&apos;s answer.</source>
        <translation>클라우드의 응답을 더 기다리지 않습니다.</translation>
    </message>
</context>
<context>
    <name>Pd::CloudJob</name>
    <message>
        <source>Cancelled.</source>
        <translation>취소했습니다.</translation>
    </message>
</context>
<context>
    <name>Pd::ConnectionBanner</name>
    <message>
        <source>Connected through profile %1 · not synced yet</source>
        <translation>연결됨 (프로필: %1) · 아직 동기화하지 않음</translation>
    </message>
    <message>
        <source>Connected through profile %1 · as of %2, %3</source>
        <translation>연결됨 (프로필: %1) · %2 기준, %3</translation>
    </message>
    <message>
        <source>Offline through profile %1</source>
        <translation>오프라인 (프로필: %1)</translation>
    </message>
    <message>
        <source>The credentials of profile %1 expired: renew them, then refresh (F5)</source>
        <translation>%1 프로필의 자격 증명이 만료되었습니다. 자격 증명을 새로 받은 뒤 새로 고치세요(F5)</translation>
    </message>
    <message>
        <source>Profile %1 cannot connect: fix it under Connections</source>
        <translation>%1 프로필로 연결할 수 없습니다. ‘연결’에서 프로필을 고치세요</translation>
    </message>
    <message>
        <source>%1 · not synced yet · actions are disabled: %2</source>
        <translation>%1 · 아직 동기화하지 않음 · 작업할 수 없습니다: %2</translation>
    </message>
    <message>
        <source>%1 · as of %2, %3 · actions are disabled: %4</source>
        <translation>%1 · %2 기준, %3 · 작업할 수 없습니다: %4</translation>
    </message>
</context>
<context>
    <name>Pd::ConnectionsDialog</name>
    <message>
        <source>Connections</source>
        <translation>연결</translation>
    </message>
    <message>
        <source>AWS profiles connect this workspace to real accounts. Their settings are kept in the workspace; their keys only in the system keychain.</source>
        <translation>AWS 프로필로 이 작업 공간을 실제 계정에 연결합니다. 설정은 작업 공간에, 키는 시스템 키체인에만 보관합니다.</translation>
    </message>
    <message>
        <source>&amp;Add…</source>
        <translation>추가(&amp;A)…</translation>
    </message>
    <message>
        <source>&amp;Edit…</source>
        <translation>편집(&amp;E)…</translation>
    </message>
    <message>
        <source>&amp;Test</source>
        <translation>테스트(&amp;T)</translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation>제거(&amp;R)</translation>
    </message>
    <message>
        <source>&amp;Import from AWS CLI…</source>
        <translation>AWS CLI에서 가져오기(&amp;I)…</translation>
    </message>
    <message>
        <source>Reads %1 and %2.</source>
        <translation>읽을 파일: %1, %2</translation>
    </message>
    <message>
        <source>Added profile %1.</source>
        <translation>프로필을 추가했습니다: %1</translation>
    </message>
    <message>
        <source>Saved profile %1.</source>
        <translation>프로필을 저장했습니다: %1</translation>
    </message>
    <message>
        <source>Remove profile</source>
        <translation>프로필 제거</translation>
    </message>
    <message>
        <source>Remove profile %1? Its keys are deleted from the keychain; the AWS CLI&apos;s own files are not touched.</source>
        <translation>%1 프로필을 제거할까요? 키는 키체인에서 삭제되며, AWS CLI 자체 파일은 건드리지 않습니다.</translation>
    </message>
    <message>
        <source>Removed profile %1.</source>
        <translation>프로필을 제거했습니다: %1</translation>
    </message>
    <message>
        <source>Ask the cloud who this profile is and in which account; that account then appears connected.</source>
        <translation>이 프로필이 누구이며 어느 계정에 속하는지 클라우드에 묻습니다. 그러면 그 계정이 연결된 계정으로 나타납니다.</translation>
    </message>
    <message>
        <source>Testing a profile needs the main window&apos;s connections.</source>
        <translation>프로필을 테스트하려면 주 창의 연결이 필요합니다.</translation>
    </message>
    <message>
        <source>Cancel test</source>
        <translation>테스트 취소</translation>
    </message>
    <message>
        <source>Account %1 as %2</source>
        <translation>계정 %1 · %2</translation>
    </message>
    <message>
        <source>Testing profile %1…</source>
        <translation>프로필 %1 테스트 중…</translation>
    </message>
    <message>
        <source>Profile %1 reached account %2 as %3. The account is connected: choose it under &quot;Act as&quot; and refresh (F5) to read it.</source>
        <translation>프로필 %1: %3 자격으로 계정 %2에 연결했습니다. 이제 연결된 계정입니다. &quot;작업 계정&quot;에서 선택하고 새로 고침(F5)하면 내용을 읽어 옵니다.</translation>
    </message>
    <message>
        <source>Test of profile %1 cancelled.</source>
        <translation>프로필 %1 테스트를 취소했습니다.</translation>
    </message>
</context>
<context>
    <name>Pd::CrossAccountExecutionModel</name>
    <message>
        <source>Pipeline</source>
        <translation>파이프라인</translation>
    </message>
    <message>
        <source>Owner account</source>
        <translation>소유자 계정</translation>
    </message>
    <message>
        <source>Execution</source>
        <translation>실행</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>상태</translation>
    </message>
    <message>
        <source>Started</source>
        <translation>시작</translation>
    </message>
    <message>
        <source>Ended</source>
        <translation>종료</translation>
    </message>
    <message>
        <source>Started by account</source>
        <translation>시작한 계정</translation>
    </message>
    <message>
        <source>Permission</source>
        <translation>권한</translation>
    </message>
</context>
<context>
    <name>Pd::CrossAccountExecutionsView</name>
    <message numerus="yes">
        <source>%n execution(s)</source>
        <translation>
            <numerusform>실행 %n개</numerusform>
        </translation>
    </message>
    <message>
        <source>Select an execution to start its pipeline again.</source>
        <translation>파이프라인을 다시 시작하려면 실행을 선택하세요.</translation>
    </message>
    <message>
        <source>Select an executing execution to stop it.</source>
        <translation>중지하려면 실행 중인 실행을 선택하세요.</translation>
    </message>
    <message>
        <source>Select a failed execution to retry it.</source>
        <translation>재시도하려면 실패한 실행을 선택하세요.</translation>
    </message>
    <message>
        <source>Start a new execution of %1 in account %2.</source>
        <translation>계정 %2에서 %1의 새 실행을 시작합니다.</translation>
    </message>
    <message>
        <source>Stop this execution.</source>
        <translation>이 실행을 중지합니다.</translation>
    </message>
    <message>
        <source>Retry the failed and never-run steps of this execution.</source>
        <translation>이 실행에서 실패했거나 실행되지 않은 단계를 재시도합니다.</translation>
    </message>
    <message>
        <source>Started %1.</source>
        <translation>%1 실행을 시작했습니다.</translation>
    </message>
    <message>
        <source>Stopping %1.</source>
        <translation>%1 실행을 중지하는 중입니다.</translation>
    </message>
    <message>
        <source>Retrying %1.</source>
        <translation>%1 실행을 재시도하는 중입니다.</translation>
    </message>
    <message>
        <source>Filter by pipeline, owner, execution or account</source>
        <translation>파이프라인, 소유자, 실행 또는 계정으로 필터링</translation>
    </message>
    <message>
        <source>S&amp;tatus:</source>
        <translation>상태(&amp;T):</translation>
    </message>
    <message>
        <source>All statuses</source>
        <translation>모든 상태</translation>
    </message>
    <message>
        <source>&amp;Start</source>
        <translation>시작(&amp;S)</translation>
    </message>
    <message>
        <source>St&amp;op</source>
        <translation>중지(&amp;O)</translation>
    </message>
    <message>
        <source>&amp;Retry</source>
        <translation>재시도(&amp;R)</translation>
    </message>
    <message>
        <source>Starting pipeline %1…</source>
        <translation>%1 파이프라인의 실행을 시작하는 중…</translation>
    </message>
    <message>
        <source>Stopping execution %1…</source>
        <translation>%1 실행을 중지하는 중…</translation>
    </message>
    <message>
        <source>Retrying execution %1…</source>
        <translation>%1 실행을 재시도하는 중…</translation>
    </message>
    <message>
        <source>Stop execution</source>
        <translation>실행 중지</translation>
    </message>
    <message>
        <source>Stop the execution “%1” of pipeline %2?

Its running steps are stopped and it ends as Stopped; Retry cannot resume a stopped execution.</source>
        <translation>파이프라인 %2의 “%1” 실행을 중지할까요?

실행 중인 단계가 중지되고 실행은 Stopped 상태로 끝납니다. 중지한 실행은 재시도로 이어서 실행할 수 없습니다.</translation>
    </message>
</context>
<context>
    <name>Pd::DeadLetterTableModel</name>
    <message>
        <source>Id</source>
        <translation>ID</translation>
    </message>
    <message>
        <source>Schedule</source>
        <translation>일정</translation>
    </message>
    <message>
        <source>Scheduled</source>
        <translation>예정 시각</translation>
    </message>
    <message>
        <source>Dead-lettered</source>
        <translation>DLQ로 보냄</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>이유</translation>
    </message>
</context>
<context>
    <name>Pd::DeadLetterView</name>
    <message>
        <source>&amp;Retry now</source>
        <translation>지금 재시도(&amp;R)</translation>
    </message>
    <message>
        <source>C&amp;lear</source>
        <translation>지우기(&amp;L)</translation>
    </message>
    <message>
        <source>Removes the selected dead letters; with none selected, all of them.</source>
        <translation>선택한 DLQ 항목을 지웁니다. 선택한 항목이 없으면 모두 지웁니다.</translation>
    </message>
    <message numerus="yes">
        <source>%n execution(s) started.</source>
        <translation>
            <numerusform>실행 %n개를 시작했습니다.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n dead letter(s) cleared.</source>
        <translation>
            <numerusform>DLQ 항목 %n개를 지웠습니다.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Pd::DiscardGuard</name>
    <message>
        <source>Discard entries</source>
        <translation>입력 내용 버리기</translation>
    </message>
    <message>
        <source>Close “%1” and discard what you entered?</source>
        <translation>“%1” 창을 닫고 입력한 내용을 버릴까요?</translation>
    </message>
</context>
<context>
    <name>Pd::ExecutionActions</name>
    <message>
        <source>Account %1 is offline (%2). Refresh (F5) to reconnect first.</source>
        <translation>%1 계정은 오프라인입니다(%2). 먼저 새로 고침(F5)으로 다시 연결하세요.</translation>
    </message>
    <message>
        <source>Only an executing execution can be stopped; this one is %1.</source>
        <translation>실행 중인 실행만 중지할 수 있습니다. 이 실행의 상태는 %1입니다.</translation>
    </message>
    <message>
        <source>Only a failed execution can be retried; this one is %1.</source>
        <translation>실패한 실행만 재시도할 수 있습니다. 이 실행의 상태는 %1입니다.</translation>
    </message>
</context>
<context>
    <name>Pd::ExecutionDetailWidget</name>
    <message>
        <source>Select an execution to see its steps, parameters and timeline.</source>
        <translation>실행을 선택하면 단계, 파라미터, 타임라인을 볼 수 있습니다.</translation>
    </message>
    <message>
        <source>Started %1 by %2 (%3), account %4</source>
        <translation>%1 시작 (시작한 주체: %2, %3), 계정 %4</translation>
    </message>
    <message>
        <source>ended %1</source>
        <translation>%1에 종료</translation>
    </message>
    <message>
        <source>Graph</source>
        <translation>그래프</translation>
    </message>
    <message>
        <source>Steps</source>
        <translation>단계</translation>
    </message>
    <message>
        <source>Parameters</source>
        <translation>파라미터</translation>
    </message>
    <message>
        <source>Timeline</source>
        <translation>타임라인</translation>
    </message>
</context>
<context>
    <name>Pd::ExecutionParameterModel</name>
    <message>
        <source>Name</source>
        <translation>이름</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>값</translation>
    </message>
</context>
<context>
    <name>Pd::ExecutionStepModel</name>
    <message>
        <source>Step</source>
        <translation>단계</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>유형</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>상태</translation>
    </message>
    <message>
        <source>Started</source>
        <translation>시작</translation>
    </message>
    <message>
        <source>Ended</source>
        <translation>종료</translation>
    </message>
    <message>
        <source>Attempt</source>
        <translation>시도</translation>
    </message>
    <message>
        <source>Failure reason</source>
        <translation>실패 이유</translation>
    </message>
    <message>
        <source>Not started</source>
        <translation>시작 안 됨</translation>
    </message>
</context>
<context>
    <name>Pd::ExecutionTableModel</name>
    <message>
        <source>%1 as %2</source>
        <translation>%1 (%2 계정)</translation>
    </message>
    <message>
        <source>Schedule %1</source>
        <translation>일정 %1</translation>
    </message>
    <message>
        <source>Rule %1</source>
        <translation>규칙 %1</translation>
    </message>
    <message>
        <source>Retry by %1 as %2</source>
        <translation>%1의 재시도 (%2 계정)</translation>
    </message>
    <message>
        <source>Execution</source>
        <translation>실행</translation>
    </message>
    <message>
        <source>Pipeline</source>
        <translation>파이프라인</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>상태</translation>
    </message>
    <message>
        <source>Started</source>
        <translation>시작</translation>
    </message>
    <message>
        <source>Ended</source>
        <translation>종료</translation>
    </message>
    <message>
        <source>Started by</source>
        <translation>시작한 주체</translation>
    </message>
</context>
<context>
    <name>Pd::ExecutionTimelineModel</name>
    <message>
        <source>Time</source>
        <translation>시각</translation>
    </message>
    <message>
        <source>Event</source>
        <translation>이벤트</translation>
    </message>
    <message>
        <source>Execution started by %1</source>
        <translation>실행 시작 (시작한 주체: %1)</translation>
    </message>
    <message>
        <source>Step %1 started</source>
        <translation>단계 %1 시작</translation>
    </message>
    <message>
        <source>Step %1 ended: %2</source>
        <translation>단계 %1 종료: %2</translation>
    </message>
    <message>
        <source>Execution ended: %1</source>
        <translation>실행 종료: %1</translation>
    </message>
</context>
<context>
    <name>Pd::ExecutionsPage</name>
    <message>
        <source>Any status</source>
        <translation>모든 상태</translation>
    </message>
    <message>
        <source>Started by anything</source>
        <translation>모든 시작 주체</translation>
    </message>
    <message>
        <source>Any time</source>
        <translation>전체 기간</translation>
    </message>
    <message>
        <source>Last hour</source>
        <translation>최근 1시간</translation>
    </message>
    <message>
        <source>Last 24 hours</source>
        <translation>최근 24시간</translation>
    </message>
    <message>
        <source>Last 7 days</source>
        <translation>최근 7일</translation>
    </message>
    <message>
        <source>Last 30 days</source>
        <translation>최근 30일</translation>
    </message>
    <message>
        <source>All pipelines</source>
        <translation>모든 파이프라인</translation>
    </message>
    <message>
        <source>%1 (account %2)</source>
        <translation>%1 (계정 %2)</translation>
    </message>
    <message>
        <source>This account has no pipelines it may start.</source>
        <translation>이 계정이 시작할 수 있는 파이프라인이 없습니다.</translation>
    </message>
    <message>
        <source>Start an execution with parameters you choose.</source>
        <translation>선택한 파라미터로 실행을 시작합니다.</translation>
    </message>
    <message>
        <source>Select an execution first.</source>
        <translation>먼저 실행을 선택하세요.</translation>
    </message>
    <message>
        <source>Stop this execution and its running steps.</source>
        <translation>이 실행과 실행 중인 단계를 중지합니다.</translation>
    </message>
    <message>
        <source>Run the failed and never-run steps again, keeping the succeeded ones.</source>
        <translation>성공한 단계는 그대로 두고, 실패했거나 실행되지 않은 단계를 다시 실행합니다.</translation>
    </message>
    <message>
        <source>Started %1.</source>
        <translation>%1 실행을 시작했습니다.</translation>
    </message>
    <message>
        <source>Retrying %1.</source>
        <translation>%1 실행을 재시도하는 중입니다.</translation>
    </message>
    <message>
        <source>Stopping %1.</source>
        <translation>%1 실행을 중지하는 중입니다.</translation>
    </message>
    <message>
        <source>Executions</source>
        <translation>실행</translation>
    </message>
    <message>
        <source>&amp;Pipeline:</source>
        <translation>파이프라인(&amp;P):</translation>
    </message>
    <message>
        <source>S&amp;tatus:</source>
        <translation>상태(&amp;T):</translation>
    </message>
    <message>
        <source>Started &amp;by:</source>
        <translation>시작 주체(&amp;B):</translation>
    </message>
    <message>
        <source>&amp;When:</source>
        <translation>기간(&amp;W):</translation>
    </message>
    <message>
        <source>&amp;Start…</source>
        <translation>시작(&amp;S)…</translation>
    </message>
    <message>
        <source>St&amp;op</source>
        <translation>중지(&amp;O)</translation>
    </message>
    <message>
        <source>&amp;Retry</source>
        <translation>재시도(&amp;R)</translation>
    </message>
    <message>
        <source>Retrying %1…</source>
        <translation>%1 실행을 재시도하는 중…</translation>
    </message>
    <message>
        <source>Stopping %1…</source>
        <translation>%1 실행을 중지하는 중…</translation>
    </message>
    <message>
        <source>Cancelled. The cloud may have done it all the same; refresh (F5) to see.</source>
        <translation>취소했습니다. 클라우드에서는 이미 처리되었을 수 있으니 새로 고침(F5)으로 확인하세요.</translation>
    </message>
    <message>
        <source>The cloud refused</source>
        <translation>클라우드가 거부했습니다</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>취소</translation>
    </message>
    <message>
        <source>Stop waiting for the cloud&apos;s answer.</source>
        <translation>클라우드의 응답을 더 기다리지 않습니다.</translation>
    </message>
    <message>
        <source>Stop the execution “%1” of pipeline %2?

Its running steps are stopped and it ends as Stopped; Retry cannot resume a stopped execution.</source>
        <translation>파이프라인 %2의 “%1” 실행을 중지할까요?

실행 중인 단계가 중지되고 실행은 Stopped 상태로 끝납니다. 중지한 실행은 재시도로 이어서 실행할 수 없습니다.</translation>
    </message>
    <message>
        <source>Stop execution</source>
        <translation>실행 중지</translation>
    </message>
    <message>
        <source>Started %1. The filters hide it from the list.</source>
        <translation>시작한 실행 %1: 지금 필터 때문에 목록에 보이지 않습니다.</translation>
    </message>
    <message>
        <source>Show it</source>
        <translation>보이기</translation>
    </message>
    <message>
        <source>Clear the filters and select the execution.</source>
        <translation>필터를 지우고 이 실행을 선택합니다.</translation>
    </message>
</context>
<context>
    <name>Pd::ExportDialog</name>
    <message>
        <source>Export</source>
        <translation>내보내기</translation>
    </message>
    <message>
        <source>Export %1</source>
        <translation>%1 내보내기</translation>
    </message>
    <message>
        <source>&amp;Format:</source>
        <translation>형식(&amp;F):</translation>
    </message>
    <message>
        <source>&amp;Copy</source>
        <translation>복사(&amp;C)</translation>
    </message>
    <message>
        <source>Copies the document to the clipboard.</source>
        <translation>문서를 클립보드에 복사합니다.</translation>
    </message>
    <message>
        <source>&amp;Save to file…</source>
        <translation>파일로 저장(&amp;S)…</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>닫기</translation>
    </message>
    <message numerus="yes">
        <source>Not expressible in this format (%n):</source>
        <translation>
            <numerusform>이 형식으로 표현할 수 없음 (%n개):</numerusform>
        </translation>
    </message>
    <message>
        <source>Nothing is lost in this format.</source>
        <translation>이 형식에서는 잃는 것이 없습니다.</translation>
    </message>
    <message>
        <source>The document was copied to the clipboard.</source>
        <translation>문서를 클립보드에 복사했습니다.</translation>
    </message>
    <message>
        <source>JSON documents (*.json)</source>
        <translation>JSON 문서 (*.json)</translation>
    </message>
    <message>
        <source>YAML documents (*.yaml *.yml)</source>
        <translation>YAML 문서 (*.yaml *.yml)</translation>
    </message>
    <message>
        <source>Save the document</source>
        <translation>문서 저장</translation>
    </message>
    <message>
        <source>All files (*)</source>
        <translation>모든 파일 (*)</translation>
    </message>
    <message>
        <source>Cannot write “%1”: %2</source>
        <translation>“%1”에 쓸 수 없습니다: %2</translation>
    </message>
    <message>
        <source>Saved to “%1”.</source>
        <translation>“%1”에 저장했습니다.</translation>
    </message>
</context>
<context>
    <name>Pd::FiringTableModel</name>
    <message>
        <source>Scheduled</source>
        <translation>예정 시각</translation>
    </message>
    <message>
        <source>Actual</source>
        <translation>실제 시각</translation>
    </message>
    <message>
        <source>Lateness</source>
        <translation>지연</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>결과</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>종류</translation>
    </message>
    <message>
        <source>Execution</source>
        <translation>실행</translation>
    </message>
    <message>
        <source>%1 ms</source>
        <translation>%1ms</translation>
    </message>
    <message>
        <source>%1 s</source>
        <translation>%1초</translation>
    </message>
    <message>
        <source>Run now</source>
        <translation>지금 실행</translation>
    </message>
    <message>
        <source>Catch-up</source>
        <translation>따라잡기</translation>
    </message>
    <message>
        <source>On time</source>
        <translation>정시</translation>
    </message>
</context>
<context>
    <name>Pd::FirstStartDialog</name>
    <message>
        <source>Welcome to Pipeline Desk</source>
        <translation>Pipeline Desk에 오신 것을 환영합니다</translation>
    </message>
    <message>
        <source>There is no workspace at %1 yet. How should it start?</source>
        <translation>아직 작업 공간이 없습니다: %1. 어떻게 시작할까요?</translation>
    </message>
    <message>
        <source>&amp;Demo workspace</source>
        <translation>데모 작업 공간(&amp;D)</translation>
    </message>
    <message>
        <source>Three accounts in one organization, pipelines with executions, rules, schedules and resource shares: everything to try the desk on.</source>
        <translation>한 조직의 계정 세 개, 실행 기록이 있는 파이프라인, 규칙, 일정, 리소스 공유까지 — 바로 써 볼 수 있는 모든 것이 들어 있습니다.</translation>
    </message>
    <message>
        <source>&amp;Empty workspace</source>
        <translation>빈 작업 공간(&amp;E)</translation>
    </message>
    <message>
        <source>Nothing yet: you add your first account, then its pipelines.</source>
        <translation>아무것도 없이 시작합니다. 첫 계정을 추가한 다음 그 계정의 파이프라인을 만드세요.</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>끝내기(&amp;Q)</translation>
    </message>
</context>
<context>
    <name>Pd::IdentityStateModel</name>
    <message>
        <source>Offline: %1</source>
        <translation>오프라인: %1</translation>
    </message>
    <message>
        <source>%1 · connected, profile %2</source>
        <translation>%1 · 연결됨, 프로필 %2</translation>
    </message>
    <message>
        <source>%1 · offline, profile %2</source>
        <translation>%1 · 오프라인, 프로필 %2</translation>
    </message>
    <message>
        <source>%1 · local</source>
        <translation>%1 · 로컬</translation>
    </message>
    <message>
        <source>Credentials expired: %1</source>
        <translation>자격 증명 만료: %1</translation>
    </message>
    <message>
        <source>Cannot connect: %1</source>
        <translation>연결할 수 없음: %1</translation>
    </message>
    <message>
        <source>%1 · credentials expired, profile %2</source>
        <translation>%1 · 자격 증명 만료, 프로필 %2</translation>
    </message>
    <message>
        <source>%1 · connection error, profile %2</source>
        <translation>%1 · 연결 오류, 프로필 %2</translation>
    </message>
</context>
<context>
    <name>Pd::ImportDialog</name>
    <message>
        <source>%1 (account %2)</source>
        <translation>%1 (계정 %2)</translation>
    </message>
    <message>
        <source>Import rules</source>
        <translation>규칙 가져오기</translation>
    </message>
    <message>
        <source>Import a schedule</source>
        <translation>일정 가져오기</translation>
    </message>
    <message>
        <source>&amp;Document:</source>
        <translation>문서(&amp;D):</translation>
    </message>
    <message>
        <source>Paste the document below or open a file.</source>
        <translation>아래에 문서를 붙여 넣거나 파일을 여세요.</translation>
    </message>
    <message>
        <source>&amp;Open file…</source>
        <translation>파일 열기(&amp;O)…</translation>
    </message>
    <message>
        <source>AWS CLI input JSON ({&quot;PutRule&quot;: …, &quot;PutTargets&quot;: …}) or a CloudFormation template or snippet with AWS::Events::Rule resources, in YAML or JSON.</source>
        <translation>AWS CLI 입력 JSON({&quot;PutRule&quot;: …, &quot;PutTargets&quot;: …}) 또는 AWS::Events::Rule 리소스가 있는 CloudFormation 템플릿이나 조각(YAML 또는 JSON).</translation>
    </message>
    <message>
        <source>An Azure ML schedule (YAML) or EventBridge Scheduler create-schedule input (JSON).</source>
        <translation>Azure ML 일정(YAML) 또는 EventBridge Scheduler create-schedule 입력(JSON).</translation>
    </message>
    <message>
        <source>&amp;Format:</source>
        <translation>형식(&amp;F):</translation>
    </message>
    <message>
        <source>Detect automatically</source>
        <translation>자동 감지</translation>
    </message>
    <message>
        <source>&amp;Target pipeline:</source>
        <translation>대상 파이프라인(&amp;T):</translation>
    </message>
    <message>
        <source>Choose the pipeline to start</source>
        <translation>시작할 파이프라인을 고르세요</translation>
    </message>
    <message>
        <source>What will be imported</source>
        <translation>가져올 항목</translation>
    </message>
    <message>
        <source>Warnings</source>
        <translation>경고</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>작업</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>이름</translation>
    </message>
    <message>
        <source>Event bus</source>
        <translation>이벤트 버스</translation>
    </message>
    <message>
        <source>Group</source>
        <translation>그룹</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>유형</translation>
    </message>
    <message>
        <source>Expression</source>
        <translation>표현식</translation>
    </message>
    <message>
        <source>Targets</source>
        <translation>대상</translation>
    </message>
    <message>
        <source>Target pipeline</source>
        <translation>대상 파이프라인</translation>
    </message>
    <message>
        <source>&amp;Import</source>
        <translation>가져오기(&amp;I)</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>닫기</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>취소</translation>
    </message>
    <message>
        <source>Cannot read “%1”: %2</source>
        <translation>“%1” 파일을 읽을 수 없습니다: %2</translation>
    </message>
    <message>
        <source>YAML and JSON documents (*.yaml *.yml *.json)</source>
        <translation>YAML 및 JSON 문서 (*.yaml *.yml *.json)</translation>
    </message>
    <message>
        <source>All files (*)</source>
        <translation>모든 파일 (*)</translation>
    </message>
    <message>
        <source>Open a document to import</source>
        <translation>가져올 문서 열기</translation>
    </message>
    <message>
        <source>Detected: %1</source>
        <translation>감지됨: %1</translation>
    </message>
    <message>
        <source>Replace</source>
        <translation>바꾸기</translation>
    </message>
    <message>
        <source>Create</source>
        <translation>만들기</translation>
    </message>
    <message>
        <source>Schedule %1</source>
        <translation>일정 %1</translation>
    </message>
    <message>
        <source>Event pattern</source>
        <translation>이벤트 패턴</translation>
    </message>
    <message>
        <source>None</source>
        <translation>없음</translation>
    </message>
    <message>
        <source>rule “%1”: %2</source>
        <translation>규칙 “%1”: %2</translation>
    </message>
    <message>
        <source>The event bus “%1” does not exist; it will be created.</source>
        <translation>“%1” 이벤트 버스가 없습니다. 새로 만듭니다.</translation>
    </message>
    <message>
        <source>The document names no pipeline (a local job file): choose the pipeline to start.</source>
        <translation>문서에 파이프라인이 없습니다(로컬 작업 파일). 시작할 파이프라인을 고르세요.</translation>
    </message>
    <message>
        <source>The document&apos;s pipeline “%1” is not in this workspace: choose the pipeline to start.</source>
        <translation>문서의 파이프라인 “%1”: 이 작업 공간에 없는 파이프라인입니다. 시작할 파이프라인을 고르세요.</translation>
    </message>
    <message>
        <source>%1 in %2</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>—</source>
        <translation>—</translation>
    </message>
    <message numerus="yes">
        <source>Imported %n rule(s); nothing else changed:</source>
        <translation>
            <numerusform>규칙 %n개를 가져왔습니다. 다른 것은 바뀌지 않았습니다:</numerusform>
        </translation>
    </message>
    <message>
        <source>The event bus “%1” was created.</source>
        <translation>“%1” 이벤트 버스를 만들었습니다.</translation>
    </message>
    <message>
        <source>Imported the schedule:</source>
        <translation>일정을 가져왔습니다:</translation>
    </message>
    <message>
        <source>Ta&amp;rgets (optional):</source>
        <translation>대상(선택)(&amp;R):</translation>
    </message>
    <message>
        <source>With a bare put-rule input: its put-targets input, pasted or opened.</source>
        <translation>put-rule 입력만 있는 문서라면 그 put-targets 입력을 붙여 넣거나 여세요.</translation>
    </message>
    <message>
        <source>Open &amp;targets file…</source>
        <translation>대상 파일 열기(&amp;T)…</translation>
    </message>
    <message>
        <source>put-targets input JSON ({&quot;Rule&quot;: …, &quot;Targets&quot;: […]}), as aws events put-targets --cli-input-json takes it.</source>
        <translation>aws events put-targets --cli-input-json이 받는 put-targets 입력 JSON ({&quot;Rule&quot;: …, &quot;Targets&quot;: […]}).</translation>
    </message>
    <message>
        <source>“%1” is larger than %2 bytes, the local limit for documents.</source>
        <translation>“%1” 파일이 %2바이트보다 큽니다(문서의 로컬 한도).</translation>
    </message>
</context>
<context>
    <name>Pd::InterchangeFormats</name>
    <message>
        <source>AWS CLI input JSON (put-rule, put-targets)</source>
        <translation>AWS CLI 입력 JSON (put-rule, put-targets)</translation>
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
        <translation>Azure ML 일정 YAML</translation>
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
        <translation>리소스 공유</translation>
    </message>
    <message>
        <source>From account</source>
        <translation>보낸 계정</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>상태</translation>
    </message>
    <message>
        <source>Received</source>
        <translation>받은 시각</translation>
    </message>
    <message>
        <source>Expires</source>
        <translation>만료 시각</translation>
    </message>
</context>
<context>
    <name>Pd::InvocationTableModel</name>
    <message>
        <source>Time</source>
        <translation>시각</translation>
    </message>
    <message>
        <source>Event id</source>
        <translation>이벤트 ID</translation>
    </message>
    <message>
        <source>Target</source>
        <translation>대상</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>결과</translation>
    </message>
    <message>
        <source>Execution</source>
        <translation>실행</translation>
    </message>
    <message>
        <source>Message</source>
        <translation>메시지</translation>
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
        <translation>파이프라인</translation>
    </message>
    <message>
        <source>Executions</source>
        <translation>실행</translation>
    </message>
    <message>
        <source>Rules</source>
        <translation>규칙</translation>
    </message>
    <message>
        <source>Schedules</source>
        <translation>일정</translation>
    </message>
    <message>
        <source>Resource shares</source>
        <translation>리소스 공유</translation>
    </message>
    <message>
        <source>Shared with me</source>
        <translation>나와 공유됨</translation>
    </message>
    <message>
        <source>About Pipeline Desk</source>
        <translation>Pipeline Desk 정보</translation>
    </message>
    <message>
        <source>&lt;h3&gt;Pipeline Desk %1&lt;/h3&gt;&lt;p&gt;Pipelines, executions, rules, schedules and resource shares of several accounts, from one window.&lt;/p&gt;&lt;p&gt;Workspace: %2&lt;/p&gt;</source>
        <translation>&lt;h3&gt;Pipeline Desk %1&lt;/h3&gt;&lt;p&gt;여러 계정의 파이프라인, 실행, 규칙, 일정, 리소스 공유를 한 창에서 관리합니다.&lt;/p&gt;&lt;p&gt;작업 공간: %2&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>파일(&amp;F)</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>끝내기(&amp;Q)</translation>
    </message>
    <message>
        <source>&amp;Language</source>
        <translation>언어(&amp;L)</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>도움말(&amp;H)</translation>
    </message>
    <message>
        <source>&amp;About Pipeline Desk</source>
        <translation>Pipeline Desk 정보(&amp;A)</translation>
    </message>
    <message>
        <source>Identity</source>
        <translation>작업 계정</translation>
    </message>
    <message>
        <source>&amp;Act as:</source>
        <translation>작업 계정(&amp;A):</translation>
    </message>
    <message>
        <source>The account you act as. Every page shows and changes what this account may.</source>
        <translation>작업을 수행하는 계정입니다. 모든 페이지는 이 계정에 허용된 것만 보여 주고 변경합니다.</translation>
    </message>
    <message>
        <source>Navigation</source>
        <translation>탐색</translation>
    </message>
    <message>
        <source>Region: %1</source>
        <translation>리전: %1</translation>
    </message>
    <message>
        <source>Acting as %1</source>
        <translation>작업 계정: %1</translation>
    </message>
    <message>
        <source>No identity chosen</source>
        <translation>선택한 작업 계정 없음</translation>
    </message>
    <message>
        <source>Workspace: %1</source>
        <translation>작업 공간: %1</translation>
    </message>
    <message>
        <source>engine: not running</source>
        <translation>엔진: 실행 중 아님</translation>
    </message>
    <message>
        <source>engine: this window</source>
        <translation>엔진: 이 창</translation>
    </message>
    <message>
        <source>engine: daemon, pid %1</source>
        <translation>엔진: 데몬, pid %1</translation>
    </message>
    <message>
        <source>engine: another window, pid %1</source>
        <translation>엔진: 다른 창, pid %1</translation>
    </message>
    <message>
        <source>Activity</source>
        <translation>활동</translation>
    </message>
    <message>
        <source>&amp;Accounts…</source>
        <translation>계정(&amp;A)…</translation>
    </message>
    <message>
        <source>This workspace has no accounts yet</source>
        <translation>이 작업 공간에는 아직 계정이 없습니다</translation>
    </message>
    <message>
        <source>Every pipeline, rule, schedule and share belongs to an account. Add the first one (its 12-digit id and a name) to start; organizations can come later.</source>
        <translation>파이프라인, 규칙, 일정, 공유는 모두 어떤 계정에 속합니다. 먼저 첫 계정(12자리 ID와 이름)을 추가하세요. 조직은 나중에 만들어도 됩니다.</translation>
    </message>
    <message>
        <source>Add your first account…</source>
        <translation>첫 계정 추가…</translation>
    </message>
    <message>
        <source>&amp;Connections…</source>
        <translation>연결(&amp;C)…</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>보기(&amp;V)</translation>
    </message>
    <message>
        <source>&amp;Refresh</source>
        <translation>새로 고침(&amp;R)</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>취소</translation>
    </message>
    <message>
        <source>Stop reading the account; what was read so far stays.</source>
        <translation>계정 읽기를 멈춥니다. 지금까지 읽은 내용은 그대로 남습니다.</translation>
    </message>
    <message>
        <source>Choose an account to act as first.</source>
        <translation>먼저 작업 계정을 선택하세요.</translation>
    </message>
    <message>
        <source>%1 is a local account: its data lives in this workspace and is always current. Connect an AWS profile (File › Connections…) to read a real account.</source>
        <translation>%1 계정은 로컬 계정입니다. 데이터가 이 작업 공간에 있으므로 항상 최신입니다. 실제 계정을 읽으려면 AWS 프로필을 연결하세요(파일 › 연결…).</translation>
    </message>
    <message>
        <source>A refresh is running; cancel it in the status bar.</source>
        <translation>새로 고침이 진행 중입니다. 상태 표시줄에서 취소할 수 있습니다.</translation>
    </message>
    <message>
        <source>Read %1 again from the cloud through profile %2.</source>
        <translation>%1 계정을 클라우드에서 다시 읽습니다(프로필: %2).</translation>
    </message>
    <message>
        <source>Refreshing %1…</source>
        <translation>%1 새로 고치는 중…</translation>
    </message>
    <message>
        <source>Refreshed.</source>
        <translation>새로 고쳤습니다.</translation>
    </message>
    <message>
        <source>Refresh cancelled; what was read so far is kept.</source>
        <translation>새로 고침을 취소했습니다. 지금까지 읽은 내용은 유지됩니다.</translation>
    </message>
    <message>
        <source>Refresh failed</source>
        <translation>새로 고침 실패</translation>
    </message>
    <message>
        <source>MFA code</source>
        <translation>MFA 코드</translation>
    </message>
    <message>
        <source>The code your MFA device %1 shows now:</source>
        <translation>MFA 장치 %1에 지금 표시된 코드:</translation>
    </message>
</context>
<context>
    <name>Pd::MessageBox</name>
    <message>
        <source>Copy details</source>
        <translation>세부 정보 복사</translation>
    </message>
</context>
<context>
    <name>Pd::OrganizationFormDialog</name>
    <message>
        <source>New organization</source>
        <translation>새 조직</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>이름(&amp;N):</translation>
    </message>
    <message>
        <source>&amp;Management account:</source>
        <translation>관리 계정(&amp;M):</translation>
    </message>
    <message>
        <source>The account that manages the organization; it joins the organization.</source>
        <translation>조직을 관리하는 계정입니다. 이 계정도 조직에 들어갑니다.</translation>
    </message>
    <message>
        <source>Add an account first: an organization needs a management account.</source>
        <translation>먼저 계정을 추가하세요. 조직에는 관리 계정이 있어야 합니다.</translation>
    </message>
</context>
<context>
    <name>Pd::ParameterTableModel</name>
    <message>
        <source>Name</source>
        <translation>이름</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>유형</translation>
    </message>
    <message>
        <source>Default value</source>
        <translation>기본값</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(없음)</translation>
    </message>
</context>
<context>
    <name>Pd::PipelineComboBox</name>
    <message>
        <source>%1 (account %2)</source>
        <translation>%1 (계정 %2)</translation>
    </message>
</context>
<context>
    <name>Pd::PipelineTableModel</name>
    <message>
        <source>Name</source>
        <translation>이름</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>설명</translation>
    </message>
    <message>
        <source>Created</source>
        <translation>생성 시각</translation>
    </message>
    <message>
        <source>Last modified</source>
        <translation>마지막 수정</translation>
    </message>
</context>
<context>
    <name>Pd::PipelinesPage</name>
    <message>
        <source>Pipelines</source>
        <translation>파이프라인</translation>
    </message>
    <message>
        <source>Filter pipelines by name or description (Ctrl+F)</source>
        <translation>이름 또는 설명으로 파이프라인 필터링 (Ctrl+F)</translation>
    </message>
    <message>
        <source>This account has no pipelines. Switch the identity in the tool bar to see another account&apos;s.</source>
        <translation>이 계정에는 파이프라인이 없습니다. 다른 계정의 파이프라인을 보려면 도구 모음에서 작업 계정을 바꾸세요.</translation>
    </message>
    <message>
        <source>Parameters</source>
        <translation>파라미터</translation>
    </message>
    <message>
        <source>Steps</source>
        <translation>단계</translation>
    </message>
    <message>
        <source>Recent executions</source>
        <translation>최근 실행</translation>
    </message>
    <message>
        <source>New pipeline</source>
        <translation>새 파이프라인</translation>
    </message>
    <message>
        <source>&amp;Load from file…</source>
        <translation>파일에서 불러오기(&amp;L)…</translation>
    </message>
    <message>
        <source>&amp;Create</source>
        <translation>만들기(&amp;C)</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>이름(&amp;N):</translation>
    </message>
    <message>
        <source>&amp;Role ARN:</source>
        <translation>역할 ARN(&amp;R):</translation>
    </message>
    <message>
        <source>&amp;Description:</source>
        <translation>설명(&amp;D):</translation>
    </message>
    <message>
        <source>De&amp;finition:</source>
        <translation>정의(&amp;F):</translation>
    </message>
    <message>
        <source>Pipeline definition</source>
        <translation>파이프라인 정의</translation>
    </message>
    <message>
        <source>JSON files (*.json);;All files (*)</source>
        <translation>JSON 파일 (*.json);;모든 파일 (*)</translation>
    </message>
    <message>
        <source>Cannot read “%1”: %2</source>
        <translation>“%1” 파일을 읽을 수 없습니다: %2</translation>
    </message>
    <message>
        <source>Delete pipeline “%1” and all its executions?</source>
        <translation>“%1” 파이프라인과 그 모든 실행을 삭제할까요?</translation>
    </message>
    <message>
        <source>schedule %1</source>
        <translation>일정 %1</translation>
    </message>
    <message>
        <source>rule %1</source>
        <translation>규칙 %1</translation>
    </message>
    <message>
        <source>These still target it and will fail to start it: %1.</source>
        <translation>다음 항목이 아직 이 파이프라인을 대상으로 하며, 시작에 실패하게 됩니다: %1.</translation>
    </message>
    <message>
        <source>Delete pipeline</source>
        <translation>파이프라인 삭제</translation>
    </message>
    <message>
        <source>&amp;New pipeline…</source>
        <translation>새 파이프라인(&amp;N)…</translation>
    </message>
    <message>
        <source>&amp;Delete…</source>
        <translation>삭제(&amp;D)…</translation>
    </message>
    <message>
        <source>Step graph</source>
        <translation>단계 그래프</translation>
    </message>
    <message>
        <source>“%1” is longer than %2 characters, the CreatePipeline limit.</source>
        <translation>“%1” 파일이 %2자보다 깁니다(CreatePipeline 한도).</translation>
    </message>
    <message>
        <source>Creating pipeline “%1”…</source>
        <translation>“%1” 파이프라인을 만드는 중…</translation>
    </message>
    <message>
        <source>Pipeline “%1” was created.</source>
        <translation>“%1” 파이프라인을 만들었습니다.</translation>
    </message>
    <message>
        <source>Deleting pipeline “%1”…</source>
        <translation>“%1” 파이프라인을 삭제하는 중…</translation>
    </message>
    <message>
        <source>Pipeline “%1” was deleted.</source>
        <translation>“%1” 파이프라인을 삭제했습니다.</translation>
    </message>
</context>
<context>
    <name>Pd::PlaceholderPage</name>
    <message>
        <source>Executions</source>
        <translation>실행</translation>
    </message>
    <message>
        <source>Coming: every execution you may see, with filters, live status, and start, stop and retry.</source>
        <translation>준비 중: 볼 수 있는 모든 실행을 필터, 실시간 상태, 시작·중지·재시도와 함께 제공합니다.</translation>
    </message>
    <message>
        <source>Rules</source>
        <translation>규칙</translation>
    </message>
    <message>
        <source>Coming: event rules and scheduled rules that start pipelines, with the create-rule wizard.</source>
        <translation>준비 중: 파이프라인을 시작하는 이벤트 규칙과 일정 규칙, 규칙 생성 마법사를 제공합니다.</translation>
    </message>
    <message>
        <source>Schedules</source>
        <translation>일정</translation>
    </message>
    <message>
        <source>Coming: schedules of every kind, their next runs, history and the local scheduler engine.</source>
        <translation>준비 중: 모든 종류의 일정, 다음 실행 시각, 기록, 로컬 스케줄러 엔진을 제공합니다.</translation>
    </message>
    <message>
        <source>Resource shares</source>
        <translation>리소스 공유</translation>
    </message>
    <message>
        <source>Coming: sharing pipelines with other accounts, organizations and OUs.</source>
        <translation>준비 중: 다른 계정, 조직, OU와 파이프라인을 공유합니다.</translation>
    </message>
    <message>
        <source>Shared with me</source>
        <translation>나와 공유됨</translation>
    </message>
    <message>
        <source>Coming: invitations, pipelines shared with this account, and their executions.</source>
        <translation>준비 중: 초대, 이 계정과 공유된 파이프라인과 그 실행을 제공합니다.</translation>
    </message>
</context>
<context>
    <name>Pd::ProfileFormDialog</name>
    <message>
        <source>Edit profile %1</source>
        <translation>프로필 편집: %1</translation>
    </message>
    <message>
        <source>Add profile</source>
        <translation>프로필 추가</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>이름(&amp;N):</translation>
    </message>
    <message>
        <source>&amp;Region:</source>
        <translation>리전(&amp;R):</translation>
    </message>
    <message>
        <source>&amp;Endpoint URL:</source>
        <translation>엔드포인트 URL(&amp;E):</translation>
    </message>
    <message>
        <source>&amp;Credentials:</source>
        <translation>자격 증명(&amp;C):</translation>
    </message>
    <message>
        <source>Letters, digits and - _ . @ + = , as in the AWS CLI&apos;s files.</source>
        <translation>AWS CLI 파일에서처럼 영문자, 숫자, - _ . @ + = , 를 쓸 수 있습니다.</translation>
    </message>
    <message>
        <source>Optional: send this profile&apos;s requests to an emulator instead of AWS.</source>
        <translation>선택: 이 프로필의 요청을 AWS 대신 에뮬레이터로 보냅니다.</translation>
    </message>
    <message>
        <source>Access keys</source>
        <translation>액세스 키</translation>
    </message>
    <message>
        <source>Assume a role with another profile</source>
        <translation>다른 프로필로 역할 수임</translation>
    </message>
    <message>
        <source>Access keys (kept in the system keychain)</source>
        <translation>액세스 키(시스템 키체인에 보관)</translation>
    </message>
    <message>
        <source>Access &amp;key ID:</source>
        <translation>액세스 키 ID(&amp;K):</translation>
    </message>
    <message>
        <source>&amp;Secret access key:</source>
        <translation>보안 액세스 키(&amp;S):</translation>
    </message>
    <message>
        <source>Session &amp;token:</source>
        <translation>세션 토큰(&amp;T):</translation>
    </message>
    <message>
        <source>unchanged</source>
        <translation>변경 안 함</translation>
    </message>
    <message>
        <source>optional</source>
        <translation>선택</translation>
    </message>
    <message>
        <source>Role to assume</source>
        <translation>수임할 역할</translation>
    </message>
    <message>
        <source>Role &amp;ARN:</source>
        <translation>역할 ARN(&amp;A):</translation>
    </message>
    <message>
        <source>&amp;Source profile:</source>
        <translation>원본 프로필(&amp;S):</translation>
    </message>
    <message>
        <source>E&amp;xternal ID:</source>
        <translation>외부 ID(&amp;X):</translation>
    </message>
    <message>
        <source>Session na&amp;me:</source>
        <translation>세션 이름(&amp;M):</translation>
    </message>
    <message>
        <source>&amp;Duration:</source>
        <translation>유지 시간(&amp;D):</translation>
    </message>
    <message>
        <source>&amp;MFA device:</source>
        <translation>MFA 장치(&amp;M):</translation>
    </message>
    <message>
        <source>default (1 hour)</source>
        <translation>기본값(1시간)</translation>
    </message>
    <message>
        <source> s</source>
        <translation>초</translation>
    </message>
    <message>
        <source>optional; the code is asked for when the role is assumed</source>
        <translation>선택. 역할을 수임할 때 코드를 물어봅니다</translation>
    </message>
</context>
<context>
    <name>Pd::ProfileImportDialog</name>
    <message>
        <source>Import from the AWS CLI</source>
        <translation>AWS CLI에서 가져오기</translation>
    </message>
    <message>
        <source>Profiles in %1 and %2, and the AWS_* environment variables. Names are kept; keys go to the system keychain. Nothing is changed until you choose Import.</source>
        <translation>%1, %2 파일과 AWS_* 환경 변수의 프로필입니다. 이름은 그대로 유지하고, 키는 시스템 키체인에 보관합니다. 가져오기를 누르기 전에는 아무것도 바뀌지 않습니다.</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>작업</translation>
    </message>
    <message>
        <source>Profile</source>
        <translation>프로필</translation>
    </message>
    <message>
        <source>From</source>
        <translation>출처</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>비고</translation>
    </message>
    <message>
        <source>Where</source>
        <translation>위치</translation>
    </message>
    <message>
        <source>Warning</source>
        <translation>경고</translation>
    </message>
    <message>
        <source>Lines that were not understood:</source>
        <translation>이해하지 못한 줄:</translation>
    </message>
    <message>
        <source>&amp;Import</source>
        <translation>가져오기(&amp;I)</translation>
    </message>
    <message>
        <source>Added</source>
        <translation>추가됨</translation>
    </message>
    <message>
        <source>Add</source>
        <translation>추가</translation>
    </message>
    <message>
        <source>Replaced</source>
        <translation>교체됨</translation>
    </message>
    <message>
        <source>Replace</source>
        <translation>교체</translation>
    </message>
    <message>
        <source>Skip</source>
        <translation>건너뜀</translation>
    </message>
    <message>
        <source>A profile of this name is in the workspace: its settings and keys are replaced.</source>
        <translation>작업 공간에 같은 이름의 프로필이 있어 설정과 키를 교체합니다.</translation>
    </message>
    <message>
        <source>Keys from the environment (AWS_ACCESS_KEY_ID).</source>
        <translation>환경 변수(AWS_ACCESS_KEY_ID)의 키입니다.</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>실패</translation>
    </message>
    <message>
        <source>The AWS CLI&apos;s files have no profiles.</source>
        <translation>AWS CLI 파일에 프로필이 없습니다.</translation>
    </message>
    <message numerus="yes">
        <source>Imported %n profile(s).</source>
        <translation>
            <numerusform>프로필 %n개를 가져왔습니다.</numerusform>
        </translation>
    </message>
    <message>
        <source>Imported %1 of %2 profiles; see the list for what failed.</source>
        <translation>프로필 %2개 중 %1개를 가져왔습니다. 실패한 항목은 목록을 확인하세요.</translation>
    </message>
</context>
<context>
    <name>Pd::ProfileTableModel</name>
    <message>
        <source>Profile</source>
        <translation>프로필</translation>
    </message>
    <message>
        <source>Region</source>
        <translation>리전</translation>
    </message>
    <message>
        <source>Credentials</source>
        <translation>자격 증명</translation>
    </message>
    <message>
        <source>Account ID</source>
        <translation>계정 ID</translation>
    </message>
    <message>
        <source>Last tested</source>
        <translation>마지막 테스트</translation>
    </message>
    <message>
        <source>Role from %1</source>
        <translation>역할(원본: %1)</translation>
    </message>
    <message>
        <source>Never</source>
        <translation>안 함</translation>
    </message>
    <message>
        <source>Endpoint: %1</source>
        <translation>엔드포인트: %1</translation>
    </message>
    <message>
        <source>State</source>
        <translation>상태</translation>
    </message>
    <message>
        <source>Never tested</source>
        <translation>테스트 안 함</translation>
    </message>
    <message>
        <source>Tested</source>
        <translation>테스트함</translation>
    </message>
    <message>
        <source>Connected</source>
        <translation>연결됨</translation>
    </message>
    <message>
        <source>Offline</source>
        <translation>오프라인</translation>
    </message>
    <message>
        <source>Error</source>
        <translation>오류</translation>
    </message>
    <message>
        <source>Expired</source>
        <translation>만료됨</translation>
    </message>
</context>
<context>
    <name>Pd::RecentExecutionsModel</name>
    <message>
        <source>Execution</source>
        <translation>실행</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>상태</translation>
    </message>
    <message>
        <source>Started</source>
        <translation>시작 시각</translation>
    </message>
    <message>
        <source>Ended</source>
        <translation>종료 시각</translation>
    </message>
    <message>
        <source>Started by</source>
        <translation>시작한 주체</translation>
    </message>
    <message>
        <source>%1 as %2</source>
        <translation>%1 (%2 계정)</translation>
    </message>
</context>
<context>
    <name>Pd::RuleDetailsPage</name>
    <message>
        <source>A rule named “%1” already exists on the event bus “%2”.</source>
        <translation>이벤트 버스 “%2”에 이름이 “%1”인 규칙이 이미 있습니다.</translation>
    </message>
    <message>
        <source>Step 1: Define rule detail</source>
        <translation>1단계: 규칙 세부 정보 정의</translation>
    </message>
    <message>
        <source>A rule watches an event bus for events that match a pattern, or runs on a schedule.</source>
        <translation>규칙은 이벤트 버스에서 패턴과 일치하는 이벤트를 감시하거나 일정에 따라 실행됩니다.</translation>
    </message>
    <message>
        <source>&amp;Name*:</source>
        <translation>이름*(&amp;N):</translation>
    </message>
    <message>
        <source>1–64 letters, digits, - _ .</source>
        <translation>영문자, 숫자, - _ . 1–64자</translation>
    </message>
    <message>
        <source>&amp;Description:</source>
        <translation>설명(&amp;D):</translation>
    </message>
    <message>
        <source>Optional, up to 512 characters</source>
        <translation>선택 사항, 최대 512자</translation>
    </message>
    <message>
        <source>&amp;Event bus:</source>
        <translation>이벤트 버스(&amp;E):</translation>
    </message>
    <message>
        <source>Ena&amp;ble the rule on the selected event bus</source>
        <translation>선택한 이벤트 버스에서 규칙 사용(&amp;B)</translation>
    </message>
    <message>
        <source>Rule type:</source>
        <translation>규칙 유형:</translation>
    </message>
    <message>
        <source>Rule with an event &amp;pattern — when an event matching the pattern arrives</source>
        <translation>이벤트 패턴이 있는 규칙 — 패턴과 일치하는 이벤트가 도착하면(&amp;P)</translation>
    </message>
    <message>
        <source>&amp;Schedule — at a regular rate or on a cron schedule, in UTC</source>
        <translation>일정 — 일정한 간격 또는 cron 일정, UTC 기준(&amp;S)</translation>
    </message>
    <message>
        <source>Scheduled rules run only on the default event bus. For a schedule in your time zone, use the Schedules page (EventBridge Scheduler).</source>
        <translation>일정 규칙은 기본(default) 이벤트 버스에서만 실행됩니다. 내 시간대의 일정이 필요하면 일정 페이지(EventBridge Scheduler)를 사용하세요.</translation>
    </message>
</context>
<context>
    <name>Pd::RulePatternPage</name>
    <message>
        <source>The pattern is valid.</source>
        <translation>패턴이 올바릅니다.</translation>
    </message>
    <message>
        <source>Fix the event pattern first: %1</source>
        <translation>먼저 이벤트 패턴을 고치세요: %1</translation>
    </message>
    <message>
        <source>The sample event is not valid JSON (at character %1): %2</source>
        <translation>샘플 이벤트가 올바른 JSON이 아닙니다(%1번째 문자): %2</translation>
    </message>
    <message>
        <source>The sample event must be a JSON object.</source>
        <translation>샘플 이벤트는 JSON 객체여야 합니다.</translation>
    </message>
    <message>
        <source>Match: the sample event matches the event pattern.</source>
        <translation>일치: 샘플 이벤트가 이벤트 패턴과 일치합니다.</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>No match: %1</source>
        <translation>일치하지 않음: %1</translation>
    </message>
    <message>
        <source>Step 2: Build event pattern</source>
        <translation>2단계: 이벤트 패턴 빌드</translation>
    </message>
    <message>
        <source>The rule matches events whose fields have the values the pattern names. Test the pattern against a sample event before you go on.</source>
        <translation>규칙은 필드 값이 패턴에 지정된 값과 같은 이벤트와 일치합니다. 다음으로 넘어가기 전에 샘플 이벤트로 패턴을 테스트하세요.</translation>
    </message>
    <message>
        <source>Event source</source>
        <translation>이벤트 소스</translation>
    </message>
    <message>
        <source>&amp;AWS events or EventBridge partner events</source>
        <translation>AWS 이벤트 또는 EventBridge 파트너 이벤트(&amp;A)</translation>
    </message>
    <message>
        <source>&amp;Other — custom events from your own applications</source>
        <translation>기타 — 내 애플리케이션의 사용자 지정 이벤트(&amp;O)</translation>
    </message>
    <message>
        <source>A&amp;ll events — every event on the bus</source>
        <translation>모든 이벤트 — 버스의 모든 이벤트(&amp;L)</translation>
    </message>
    <message>
        <source>Sample event — optional</source>
        <translation>샘플 이벤트 — 선택 사항</translation>
    </message>
    <message>
        <source>AWS e&amp;vents</source>
        <translation>AWS 이벤트(&amp;V)</translation>
    </message>
    <message>
        <source>Enter &amp;my own</source>
        <translation>직접 입력(&amp;M)</translation>
    </message>
    <message>
        <source>Event pattern — creation method</source>
        <translation>이벤트 패턴 — 생성 방법</translation>
    </message>
    <message>
        <source>Use &amp;pattern form</source>
        <translation>패턴 양식 사용(&amp;P)</translation>
    </message>
    <message>
        <source>&amp;Custom pattern (JSON editor)</source>
        <translation>사용자 지정 패턴(JSON 편집기)(&amp;C)</translation>
    </message>
    <message>
        <source>AWS ser&amp;vice:</source>
        <translation>AWS 서비스(&amp;V):</translation>
    </message>
    <message>
        <source>Event &amp;type:</source>
        <translation>이벤트 유형(&amp;T):</translation>
    </message>
    <message>
        <source>Event pattern</source>
        <translation>이벤트 패턴</translation>
    </message>
    <message>
        <source>&amp;Test pattern</source>
        <translation>패턴 테스트(&amp;T)</translation>
    </message>
    <message>
        <source>Matches the sample event against the pattern and says why it does not match.</source>
        <translation>샘플 이벤트를 패턴과 비교하고 일치하지 않으면 그 이유를 보여 줍니다.</translation>
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
        <translation>이름: %1</translation>
    </message>
    <message>
        <source>Description: %1</source>
        <translation>설명: %1</translation>
    </message>
    <message>
        <source>Event bus: %1</source>
        <translation>이벤트 버스: %1</translation>
    </message>
    <message>
        <source>Rule type: %1</source>
        <translation>규칙 유형: %1</translation>
    </message>
    <message>
        <source>Schedule</source>
        <translation>일정</translation>
    </message>
    <message>
        <source>Rule with an event pattern</source>
        <translation>이벤트 패턴이 있는 규칙</translation>
    </message>
    <message>
        <source>State: %1</source>
        <translation>상태: %1</translation>
    </message>
    <message>
        <source>Enabled</source>
        <translation>사용</translation>
    </message>
    <message>
        <source>Disabled</source>
        <translation>사용 중지</translation>
    </message>
    <message>
        <source>Step 2: Define schedule</source>
        <translation>2단계: 일정 정의</translation>
    </message>
    <message>
        <source>Step 2: Build event pattern</source>
        <translation>2단계: 이벤트 패턴 빌드</translation>
    </message>
    <message>
        <source>Schedule expression: %1 (UTC)</source>
        <translation>일정 표현식: %1 (UTC)</translation>
    </message>
    <message>
        <source>Runs %1</source>
        <translation>실행: %1</translation>
    </message>
    <message>
        <source>Next: %1</source>
        <translation>다음: %1</translation>
    </message>
    <message>
        <source>%1: SageMaker pipeline %2 (account %3)</source>
        <translation>%1: SageMaker 파이프라인 %2 (계정 %3)</translation>
    </message>
    <message>
        <source>    Role: %1</source>
        <translation>    역할: %1</translation>
    </message>
    <message>
        <source>    Parameters: the pipeline&apos;s defaults</source>
        <translation>    파라미터: 파이프라인 기본값</translation>
    </message>
    <message>
        <source>    %1 ← %2 (JSONPath into the event)</source>
        <translation>    %1 ← %2 (이벤트의 JSONPath)</translation>
    </message>
    <message>
        <source>    %1 = %2</source>
        <translation>    %1 = %2</translation>
    </message>
    <message>
        <source>No targets</source>
        <translation>대상 없음</translation>
    </message>
    <message>
        <source>%1 = %2</source>
        <translation>%1 = %2</translation>
    </message>
    <message>
        <source>No tags</source>
        <translation>태그 없음</translation>
    </message>
    <message>
        <source>Step 5: Review and create</source>
        <translation>5단계: 검토 및 생성</translation>
    </message>
    <message>
        <source>Check every choice; Edit goes back to its step and keeps what you entered.</source>
        <translation>모든 선택을 확인하세요. 편집을 누르면 해당 단계로 돌아가며 입력한 내용은 유지됩니다.</translation>
    </message>
    <message>
        <source>Step 1: Define rule detail</source>
        <translation>1단계: 규칙 세부 정보 정의</translation>
    </message>
    <message>
        <source>Step 3: Select targets</source>
        <translation>3단계: 대상 선택</translation>
    </message>
    <message>
        <source>Step 4: Configure tags</source>
        <translation>4단계: 태그 구성</translation>
    </message>
    <message>
        <source>Edit</source>
        <translation>편집</translation>
    </message>
</context>
<context>
    <name>Pd::RuleSchedulePage</name>
    <message>
        <source>Step 2: Define schedule</source>
        <translation>2단계: 일정 정의</translation>
    </message>
    <message>
        <source>Scheduled rules are evaluated in UTC. The preview lists the next fires.</source>
        <translation>일정 규칙은 UTC로 평가됩니다. 미리 보기에 다음 실행 시각이 나옵니다.</translation>
    </message>
    <message>
        <source>A schedule that runs at a regular &amp;rate, such as every 10 minutes</source>
        <translation>10분마다처럼 일정한 간격으로 실행되는 일정(&amp;R)</translation>
    </message>
    <message>
        <source>A fine-grained schedule that runs at a specific time, such as 8:00 a.m. UTC on the first Monday of every month (&amp;cron)</source>
        <translation>매월 첫째 월요일 UTC 오전 8:00처럼 특정 시각에 실행되는 세분화된 일정(cron)(&amp;C)</translation>
    </message>
    <message>
        <source>Every:</source>
        <translation>간격:</translation>
    </message>
    <message>
        <source>minute(s)</source>
        <translation>분</translation>
    </message>
    <message>
        <source>hour(s)</source>
        <translation>시간</translation>
    </message>
    <message>
        <source>day(s)</source>
        <translation>일</translation>
    </message>
    <message>
        <source>Minutes</source>
        <translation>분</translation>
    </message>
    <message>
        <source>Hours</source>
        <translation>시</translation>
    </message>
    <message>
        <source>Day of month</source>
        <translation>일</translation>
    </message>
    <message>
        <source>Month</source>
        <translation>월</translation>
    </message>
    <message>
        <source>Day of the week</source>
        <translation>요일</translation>
    </message>
    <message>
        <source>Year</source>
        <translation>연도</translation>
    </message>
    <message>
        <source>Expression:</source>
        <translation>표현식:</translation>
    </message>
    <message>
        <source>All times are UTC. Use the Schedules page for a schedule in another time zone.</source>
        <translation>모든 시각은 UTC입니다. 다른 시간대의 일정은 일정 페이지를 사용하세요.</translation>
    </message>
</context>
<context>
    <name>Pd::RuleTableModel</name>
    <message>
        <source>Name</source>
        <translation>이름</translation>
    </message>
    <message>
        <source>Event bus</source>
        <translation>이벤트 버스</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>유형</translation>
    </message>
    <message>
        <source>Schedule or event pattern</source>
        <translation>일정 또는 이벤트 패턴</translation>
    </message>
    <message>
        <source>State</source>
        <translation>상태</translation>
    </message>
    <message>
        <source>Targets</source>
        <translation>대상</translation>
    </message>
    <message>
        <source>Last modified</source>
        <translation>마지막 수정</translation>
    </message>
    <message>
        <source>%1, evaluated in UTC</source>
        <translation>%1, UTC로 평가</translation>
    </message>
    <message>
        <source>Schedule</source>
        <translation>일정</translation>
    </message>
    <message>
        <source>Event pattern</source>
        <translation>이벤트 패턴</translation>
    </message>
    <message>
        <source>%1 (UTC)</source>
        <translation>%1 (UTC)</translation>
    </message>
    <message>
        <source>Enabled</source>
        <translation>사용</translation>
    </message>
    <message>
        <source>Disabled</source>
        <translation>사용 중지</translation>
    </message>
</context>
<context>
    <name>Pd::RuleTagsPage</name>
    <message>
        <source>The tag key “%1” is used twice.</source>
        <translation>“%1” 태그 키가 두 번 쓰였습니다.</translation>
    </message>
    <message>
        <source>Step 4: Configure tags — optional</source>
        <translation>4단계: 태그 구성 — 선택 사항</translation>
    </message>
    <message>
        <source>A tag is a label of a key and an optional value, for finding and grouping rules.</source>
        <translation>태그는 키와 선택적 값으로 된 레이블로, 규칙을 찾고 묶는 데 씁니다.</translation>
    </message>
    <message>
        <source>Up to 50 tags. Keys are unique.</source>
        <translation>태그는 최대 50개이며 키는 중복될 수 없습니다.</translation>
    </message>
    <message>
        <source>Key</source>
        <translation>키</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>값</translation>
    </message>
    <message>
        <source>&amp;Add new tag</source>
        <translation>새 태그 추가(&amp;A)</translation>
    </message>
    <message>
        <source>&amp;Remove tag</source>
        <translation>태그 제거(&amp;R)</translation>
    </message>
</context>
<context>
    <name>Pd::RuleTargetPanel</name>
    <message>
        <source>Static value</source>
        <translation>고정 값</translation>
    </message>
    <message>
        <source>JSONPath</source>
        <translation>JSONPath</translation>
    </message>
    <message>
        <source>Target &amp;ID:</source>
        <translation>대상 ID(&amp;I):</translation>
    </message>
    <message>
        <source>Target t&amp;ype:</source>
        <translation>대상 유형(&amp;Y):</translation>
    </message>
    <message>
        <source>SageMaker Pipeline</source>
        <translation>SageMaker 파이프라인</translation>
    </message>
    <message>
        <source>&amp;Pipeline:</source>
        <translation>파이프라인(&amp;P):</translation>
    </message>
    <message>
        <source>Pipeline parameters — a static value, or a JSONPath into the matched event such as $.detail.object.key</source>
        <translation>파이프라인 파라미터 — 고정 값 또는 $.detail.object.key 같은 일치한 이벤트의 JSONPath</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>이름</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>값</translation>
    </message>
    <message>
        <source>Value type</source>
        <translation>값 유형</translation>
    </message>
    <message>
        <source>&amp;Add parameter</source>
        <translation>파라미터 추가(&amp;A)</translation>
    </message>
    <message>
        <source>&amp;Remove parameter</source>
        <translation>파라미터 제거(&amp;R)</translation>
    </message>
    <message>
        <source>Execution role</source>
        <translation>실행 역할</translation>
    </message>
    <message>
        <source>Create a &amp;new role for this specific resource</source>
        <translation>이 특정 리소스에 대해 새 역할 생성(&amp;N)</translation>
    </message>
    <message>
        <source>&amp;Use existing role</source>
        <translation>기존 역할 사용(&amp;U)</translation>
    </message>
</context>
<context>
    <name>Pd::RuleTargetsPage</name>
    <message>
        <source>Step 3: Select targets</source>
        <translation>3단계: 대상 선택</translation>
    </message>
    <message>
        <source>Each matching event starts every target: up to 5 SageMaker pipelines, with parameters taken from the event where you give a JSONPath.</source>
        <translation>일치하는 이벤트마다 모든 대상이 시작됩니다. SageMaker 파이프라인은 최대 5개이며, JSONPath를 준 파라미터는 이벤트에서 값을 가져옵니다.</translation>
    </message>
    <message>
        <source>Target %1</source>
        <translation>대상 %1</translation>
    </message>
    <message>
        <source>Add &amp;another target</source>
        <translation>다른 대상 추가(&amp;A)</translation>
    </message>
    <message>
        <source>Remo&amp;ve this target</source>
        <translation>이 대상 제거(&amp;V)</translation>
    </message>
</context>
<context>
    <name>Pd::RuleWizard</name>
    <message>
        <source>Edit rule “%1”</source>
        <translation>규칙 “%1” 편집</translation>
    </message>
    <message>
        <source>Create rule</source>
        <translation>규칙 생성</translation>
    </message>
    <message>
        <source>S&amp;kip to Review and create</source>
        <translation>검토 및 생성으로 건너뛰기(&amp;K)</translation>
    </message>
    <message>
        <source>&amp;Save rule</source>
        <translation>규칙 저장(&amp;S)</translation>
    </message>
    <message>
        <source>&amp;Create rule</source>
        <translation>규칙 생성(&amp;C)</translation>
    </message>
    <message>
        <source>Saving “%1”…</source>
        <translation>규칙 “%1” 저장 중…</translation>
    </message>
    <message>
        <source>Creating “%1”…</source>
        <translation>규칙 “%1” 만드는 중…</translation>
    </message>
    <message>
        <source>EventBridge cannot rename a rule or move it to another event bus.</source>
        <translation>EventBridge에서는 규칙의 이름을 바꾸거나 규칙을 다른 이벤트 버스로 옮길 수 없습니다.</translation>
    </message>
</context>
<context>
    <name>Pd::RulesPage</name>
    <message>
        <source>Delete rule</source>
        <translation>규칙 삭제</translation>
    </message>
    <message>
        <source>Rules</source>
        <translation>규칙</translation>
    </message>
    <message>
        <source>Filter rules by name</source>
        <translation>이름으로 규칙 필터링</translation>
    </message>
    <message>
        <source>All event buses</source>
        <translation>모든 이벤트 버스</translation>
    </message>
    <message>
        <source>&amp;Create rule…</source>
        <translation>규칙 생성(&amp;C)…</translation>
    </message>
    <message>
        <source>&amp;Edit…</source>
        <translation>편집(&amp;E)…</translation>
    </message>
    <message>
        <source>E&amp;nable</source>
        <translation>사용(&amp;N)</translation>
    </message>
    <message>
        <source>&amp;Disable</source>
        <translation>사용 중지(&amp;D)</translation>
    </message>
    <message>
        <source>De&amp;lete…</source>
        <translation>삭제(&amp;L)…</translation>
    </message>
    <message>
        <source>&amp;Send event…</source>
        <translation>이벤트 전송(&amp;S)…</translation>
    </message>
    <message>
        <source>Puts an event on the local event bus; matching enabled rules start their targets.</source>
        <translation>로컬 이벤트 버스에 이벤트를 넣습니다. 사용 중이고 패턴이 일치하는 규칙이 대상을 시작합니다.</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>세부 정보</translation>
    </message>
    <message>
        <source>Invocations</source>
        <translation>호출 기록</translation>
    </message>
    <message>
        <source>Select a rule to see its pattern or schedule, targets and tags.</source>
        <translation>규칙을 선택하면 패턴 또는 일정, 대상, 태그가 나옵니다.</translation>
    </message>
    <message>
        <source>ARN</source>
        <translation>ARN</translation>
    </message>
    <message>
        <source>Event bus</source>
        <translation>이벤트 버스</translation>
    </message>
    <message>
        <source>State</source>
        <translation>상태</translation>
    </message>
    <message>
        <source>Enabled</source>
        <translation>사용</translation>
    </message>
    <message>
        <source>Disabled</source>
        <translation>사용 중지</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>설명</translation>
    </message>
    <message>
        <source>—</source>
        <translation>—</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>역할</translation>
    </message>
    <message>
        <source>Created</source>
        <translation>생성 시각</translation>
    </message>
    <message>
        <source>Last modified</source>
        <translation>마지막 수정</translation>
    </message>
    <message>
        <source>Schedule</source>
        <translation>일정</translation>
    </message>
    <message>
        <source>%1, evaluated in UTC</source>
        <translation>%1, UTC로 평가</translation>
    </message>
    <message>
        <source>Event pattern</source>
        <translation>이벤트 패턴</translation>
    </message>
    <message>
        <source>Targets (%1)</source>
        <translation>대상 (%1)</translation>
    </message>
    <message>
        <source>SageMaker pipeline %1 (account %2)</source>
        <translation>SageMaker 파이프라인 %1 (계정 %2)</translation>
    </message>
    <message>
        <source>Role: %1</source>
        <translation>역할: %1</translation>
    </message>
    <message>
        <source>%1 ← %2 (JSONPath into the event)</source>
        <translation>%1 ← %2 (이벤트의 JSONPath)</translation>
    </message>
    <message>
        <source>%1 = %2</source>
        <translation>%1 = %2</translation>
    </message>
    <message>
        <source>Tags</source>
        <translation>태그</translation>
    </message>
    <message>
        <source>No tags</source>
        <translation>태그 없음</translation>
    </message>
    <message>
        <source>“%1” was saved.</source>
        <translation>“%1” 규칙을 저장했습니다.</translation>
    </message>
    <message>
        <source>“%1” was created.</source>
        <translation>“%1” 규칙을 생성했습니다.</translation>
    </message>
    <message>
        <source>“%1” is enabled.</source>
        <translation>“%1”의 상태: 사용</translation>
    </message>
    <message>
        <source>“%1” is disabled.</source>
        <translation>“%1”의 상태: 사용 중지</translation>
    </message>
    <message>
        <source>Delete the rule “%1”?</source>
        <translation>“%1” 규칙을 삭제할까요?</translation>
    </message>
    <message numerus="yes">
        <source>Delete the rule “%1” and its %n target(s)? AWS deletes a rule that has targets only when forced (delete-rule --force) or after remove-targets; this removes the targets with it.</source>
        <translation>
            <numerusform>“%1” 규칙과 대상 %n개를 삭제할까요? AWS는 대상이 있는 규칙을 강제(delete-rule --force)하거나 remove-targets 후에만 삭제합니다. 여기서는 대상도 함께 제거합니다.</numerusform>
        </translation>
    </message>
    <message>
        <source>“%1” was deleted.</source>
        <translation>“%1” 항목을 삭제했습니다.</translation>
    </message>
    <message>
        <source>No targets: the rule starts nothing.</source>
        <translation>대상 없음: 이 규칙은 아무것도 시작하지 않습니다.</translation>
    </message>
    <message>
        <source>&amp;Import…</source>
        <translation>가져오기(&amp;I)…</translation>
    </message>
    <message>
        <source>Creates or replaces rules from AWS CLI input JSON or a CloudFormation template; all or nothing.</source>
        <translation>AWS CLI 입력 JSON이나 CloudFormation 템플릿에서 규칙을 만들거나 바꿉니다. 모두 가져오거나 하나도 가져오지 않습니다.</translation>
    </message>
    <message>
        <source>E&amp;xport…</source>
        <translation>내보내기(&amp;X)…</translation>
    </message>
    <message>
        <source>Shows the selected rules as AWS CLI input JSON or CloudFormation, to copy or save.</source>
        <translation>선택한 규칙을 AWS CLI 입력 JSON이나 CloudFormation으로 보여 주며, 복사하거나 저장할 수 있습니다.</translation>
    </message>
    <message numerus="yes">
        <source>Imported %n rule(s).</source>
        <translation>
            <numerusform>규칙 %n개를 가져왔습니다.</numerusform>
        </translation>
    </message>
    <message>
        <source>the rule “%1”</source>
        <translation>규칙 “%1”</translation>
    </message>
    <message numerus="yes">
        <source>%n rules: %1</source>
        <translation>
            <numerusform>규칙 %n개: %1</numerusform>
        </translation>
    </message>
    <message>
        <source>Enabling “%1”…</source>
        <translation>“%1” 사용 설정 중…</translation>
    </message>
    <message>
        <source>Disabling “%1”…</source>
        <translation>“%1” 사용 중지 중…</translation>
    </message>
    <message>
        <source>Deleting “%1”…</source>
        <translation>“%1” 삭제 중…</translation>
    </message>
    <message>
        <source>Puts an event on the connected account&apos;s event bus in EventBridge, which starts the targets of the rules it matches.</source>
        <translation>연결된 계정의 EventBridge 이벤트 버스에 이벤트를 넣습니다. 일치하는 규칙의 대상은 EventBridge가 시작합니다.</translation>
    </message>
    <message>
        <source>Disable rule</source>
        <translation>규칙 사용 중지</translation>
    </message>
    <message>
        <source>Disable the rule “%1”? It matches no event, and starts no target, until it is enabled again.</source>
        <translation>“%1” 규칙의 사용을 중지할까요? 다시 사용할 때까지 이벤트와 일치하지 않고 대상도 시작하지 않습니다.</translation>
    </message>
</context>
<context>
    <name>Pd::ScheduleExpressionPage</name>
    <message>
        <source>Name, expression and time zone</source>
        <translation>이름, 표현식, 시간대</translation>
    </message>
    <message>
        <source>The preview shows the next fires in the schedule&apos;s zone, in UTC and in yours, with daylight saving changes flagged.</source>
        <translation>미리 보기는 다음 실행 시각을 일정의 시간대, UTC, 사용자의 시간대로 보여 주며 일광 절약 시간 변경을 표시합니다.</translation>
    </message>
    <message>
        <source>&amp;Name*:</source>
        <translation>이름*(&amp;N):</translation>
    </message>
    <message>
        <source>1–64 letters, digits, - _ .</source>
        <translation>영문자, 숫자, - _ . 1–64자</translation>
    </message>
    <message>
        <source>&amp;Group:</source>
        <translation>그룹(&amp;G):</translation>
    </message>
    <message>
        <source>&amp;Expression*:</source>
        <translation>표현식*(&amp;E):</translation>
    </message>
    <message>
        <source>&amp;Time zone:</source>
        <translation>시간대(&amp;T):</translation>
    </message>
    <message>
        <source>&amp;Meant for:</source>
        <translation>쓸 곳(&amp;M):</translation>
    </message>
    <message>
        <source>Where this schedule will also run. The warnings below then say what that service does differently: the dialects it takes, the fields or time zone it ignores.</source>
        <translation>이 일정을 함께 실행할 곳입니다. 그 서비스가 다르게 처리하는 점, 곧 받는 표현식 형식과 무시하는 필드나 시간대를 아래 경고로 알려 줍니다.</translation>
    </message>
    <message>
        <source>This workspace only (every dialect)</source>
        <translation>이 작업 공간만(모든 형식)</translation>
    </message>
    <message>
        <source>EventBridge rule</source>
        <translation>EventBridge 규칙</translation>
    </message>
    <message>
        <source>EventBridge Scheduler</source>
        <translation>EventBridge Scheduler</translation>
    </message>
    <message>
        <source>Azure ML schedule</source>
        <translation>Azure ML 일정</translation>
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
        <translation>어떤 종류의 일정입니까?</translation>
    </message>
    <message>
        <source>Pick how the instants are described; the next page shows them before anything is created.</source>
        <translation>실행 시각을 나타낼 방식을 고르십시오. 다음 페이지에서 만들기 전에 시각을 미리 보여 줍니다.</translation>
    </message>
    <message>
        <source>&amp;One time — at(…)</source>
        <translation>한 번 — at(…)(&amp;O)</translation>
    </message>
    <message>
        <source>&amp;Rate — every N minutes, hours or days</source>
        <translation>간격 — N분, N시간 또는 N일마다(&amp;R)</translation>
    </message>
    <message>
        <source>&amp;Cron — EventBridge / SageMaker cron(…), six fields</source>
        <translation>Cron — EventBridge / SageMaker cron(…), 필드 6개(&amp;C)</translation>
    </message>
    <message>
        <source>&amp;Azure ML recurrence — frequency, interval, hours and weekdays</source>
        <translation>Azure ML 반복 — 빈도, 간격, 시각, 요일(&amp;A)</translation>
    </message>
    <message>
        <source>C&amp;rontab — classic five fields</source>
        <translation>Crontab — 전통적인 필드 5개(&amp;R)</translation>
    </message>
    <message>
        <source>EventBridge Scheduler knows only at(), rate() and cron(); this kind is run by the local engine only, so a connected account&apos;s schedule cannot use it.</source>
        <translation>EventBridge Scheduler는 at(), rate(), cron()만 지원합니다. 이 종류는 로컬 엔진에서만 실행되므로 연결된 계정의 일정에는 쓸 수 없습니다.</translation>
    </message>
</context>
<context>
    <name>Pd::SchedulePoliciesPage</name>
    <message>
        <source>Policies</source>
        <translation>정책</translation>
    </message>
    <message>
        <source>What happens when a fire is late, fails, was missed or overlaps the previous run.</source>
        <translation>실행이 늦거나, 실패하거나, 놓쳤거나, 이전 실행과 겹칠 때 어떻게 할지 정합니다.</translation>
    </message>
    <message>
        <source>&amp;Enabled: start firing right away</source>
        <translation>사용(&amp;E): 바로 실행을 시작합니다</translation>
    </message>
    <message>
        <source>&amp;Flexible time window (minutes):</source>
        <translation>유연한 기간(분)(&amp;F):</translation>
    </message>
    <message>
        <source>Fire at a random instant within this window after each slot (1–1440 minutes).</source>
        <translation>각 예정 시각 뒤 이 기간 안의 임의 시각에 실행합니다(1–1440분).</translation>
    </message>
    <message>
        <source>Maximum &amp;retries (0–185):</source>
        <translation>최대 재시도 횟수(0–185)(&amp;R):</translation>
    </message>
    <message>
        <source>Maximum event &amp;age (60–86400 s):</source>
        <translation>최대 이벤트 보존 시간(60–86400초)(&amp;A):</translation>
    </message>
    <message>
        <source> s</source>
        <translation>초</translation>
    </message>
    <message>
        <source>&amp;Missed runs:</source>
        <translation>놓친 실행(&amp;M):</translation>
    </message>
    <message>
        <source>While the previous run is &amp;active:</source>
        <translation>이전 실행이 진행 중일 때(&amp;A):</translation>
    </message>
    <message>
        <source>&amp;Delete the schedule after its last run</source>
        <translation>마지막 실행 후 일정 삭제(&amp;D)</translation>
    </message>
    <message>
        <source>EventBridge Scheduler has no such policy: it runs the schedule in the cloud and starts every slot, so a connected account&apos;s schedule cannot have one.</source>
        <translation>EventBridge Scheduler에는 이런 정책이 없습니다. 클라우드에서 일정을 실행하고 모든 슬롯을 시작하므로 연결된 계정의 일정에는 지정할 수 없습니다.</translation>
    </message>
</context>
<context>
    <name>Pd::ScheduleReviewPage</name>
    <message>
        <source>Name: %1 (group %2)</source>
        <translation>이름: %1 (그룹 %2)</translation>
    </message>
    <message>
        <source>Expression: %1 in %2</source>
        <translation>표현식: %1 (%2)</translation>
    </message>
    <message>
        <source>Start: %1</source>
        <translation>시작: %1</translation>
    </message>
    <message>
        <source>End: %1</source>
        <translation>끝: %1</translation>
    </message>
    <message>
        <source>Target: %1</source>
        <translation>대상: %1</translation>
    </message>
    <message>
        <source>  %1 = %2</source>
        <translation>  %1 = %2</translation>
    </message>
    <message>
        <source>State: enabled</source>
        <translation>상태: 사용</translation>
    </message>
    <message>
        <source>State: disabled</source>
        <translation>상태: 사용 중지</translation>
    </message>
    <message numerus="yes">
        <source>Flexible window: %n minute(s)</source>
        <translation>
            <numerusform>유연한 기간: %n분</numerusform>
        </translation>
    </message>
    <message>
        <source>Flexible window: off</source>
        <translation>유연한 기간: 끔</translation>
    </message>
    <message>
        <source>Retries: at most %1, for at most %2 s</source>
        <translation>재시도: 최대 %1회, 최대 %2초 동안</translation>
    </message>
    <message>
        <source>Missed runs: %1</source>
        <translation>놓친 실행: %1</translation>
    </message>
    <message>
        <source>Overlap: %1</source>
        <translation>겹침: %1</translation>
    </message>
    <message>
        <source>Deletes itself after its last run</source>
        <translation>마지막 실행 후 스스로 삭제됨</translation>
    </message>
    <message>
        <source>Review and create</source>
        <translation>검토 및 만들기</translation>
    </message>
    <message>
        <source>Nothing is created until you press Create.</source>
        <translation>만들기를 누르기 전에는 아무것도 만들어지지 않습니다.</translation>
    </message>
    <message>
        <source>&amp;Create</source>
        <translation>만들기(&amp;C)</translation>
    </message>
    <message>
        <source>Role: %1</source>
        <translation>역할: %1</translation>
    </message>
    <message>
        <source>Warning: %1</source>
        <translation>경고: %1</translation>
    </message>
    <message>
        <source>Nothing is created until you press Create; then EventBridge Scheduler of the connected account creates it, and it shows here as the cloud made it.</source>
        <translation>만들기를 누르기 전에는 아무것도 만들어지지 않습니다. 누르면 연결된 계정의 EventBridge Scheduler가 일정을 만들고, 클라우드가 만든 그대로 여기에 표시됩니다.</translation>
    </message>
</context>
<context>
    <name>Pd::ScheduleTableModel</name>
    <message>
        <source>Name</source>
        <translation>이름</translation>
    </message>
    <message>
        <source>Group</source>
        <translation>그룹</translation>
    </message>
    <message>
        <source>State</source>
        <translation>상태</translation>
    </message>
    <message>
        <source>Next fire (schedule&apos;s zone)</source>
        <translation>다음 실행(일정의 시간대)</translation>
    </message>
    <message>
        <source>Next fire (your zone)</source>
        <translation>다음 실행(내 시간대)</translation>
    </message>
    <message>
        <source>Last outcome</source>
        <translation>마지막 결과</translation>
    </message>
    <message>
        <source>Target pipeline</source>
        <translation>대상 파이프라인</translation>
    </message>
    <message>
        <source>The target pipeline was deleted. Disable and delete this schedule, or point it to another pipeline.</source>
        <translation>대상 파이프라인이 삭제되었습니다. 이 일정을 사용 중지하고 삭제하거나 다른 파이프라인을 지정하십시오.</translation>
    </message>
    <message>
        <source>Enabled</source>
        <translation>사용</translation>
    </message>
    <message>
        <source>Disabled</source>
        <translation>사용 중지</translation>
    </message>
    <message>
        <source>Never fired</source>
        <translation>실행된 적 없음</translation>
    </message>
    <message>
        <source>%1 at %2</source>
        <translation>%2에 %1</translation>
    </message>
    <message>
        <source>%1 (orphaned)</source>
        <translation>%1 (대상 없음)</translation>
    </message>
    <message>
        <source>Never fires</source>
        <translation>실행되지 않음</translation>
    </message>
    <message>
        <source>When</source>
        <translation>실행 일정</translation>
    </message>
    <message>
        <source>%1
Time zone: %2</source>
        <translation>%1
시간대: %2</translation>
    </message>
    <message>
        <source>Started · %1</source>
        <translation>시작됨 · %1</translation>
    </message>
</context>
<context>
    <name>Pd::ScheduleTargetPage</name>
    <message>
        <source>Target pipeline and parameters</source>
        <translation>대상 파이프라인과 파라미터</translation>
    </message>
    <message>
        <source>Each fire starts one execution of this pipeline.</source>
        <translation>실행 시각마다 이 파이프라인의 실행을 하나 시작합니다.</translation>
    </message>
    <message>
        <source>&amp;Pipeline*:</source>
        <translation>파이프라인*(&amp;P):</translation>
    </message>
    <message>
        <source>Parameter</source>
        <translation>파라미터</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>유형</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>값</translation>
    </message>
    <message>
        <source>Values may use ${{name}} (the execution&apos;s display name, &lt;schedule&gt;-YYYYMMDDThhmmssZ) and ${{creation_context.trigger_time}} (the scheduled instant in UTC).</source>
        <translation>값에 ${{name}}(실행의 표시 이름, &lt;schedule&gt;-YYYYMMDDThhmmssZ)과 ${{creation_context.trigger_time}}(UTC 기준 예정 시각)을 쓸 수 있습니다.</translation>
    </message>
    <message>
        <source>&amp;Role ARN:</source>
        <translation>역할 ARN(&amp;R):</translation>
    </message>
    <message>
        <source>Optional: the IAM role EventBridge Scheduler assumes to start the pipeline (Target.RoleArn). Kept and exported; the local engine does not need it.</source>
        <translation>선택 사항: EventBridge Scheduler가 파이프라인을 시작할 때 맡는 IAM 역할(Target.RoleArn)입니다. 저장되고 내보내기에 포함되지만, 로컬 엔진에는 필요하지 않습니다.</translation>
    </message>
    <message>
        <source>&amp;Role ARN*:</source>
        <translation>역할 ARN*(&amp;R):</translation>
    </message>
    <message>
        <source>Required: the IAM role EventBridge Scheduler assumes to start the pipeline (Target.RoleArn); scheduler.amazonaws.com must be allowed to assume it.</source>
        <translation>필수: EventBridge Scheduler가 파이프라인을 시작할 때 맡는 IAM 역할(Target.RoleArn)입니다. scheduler.amazonaws.com이 이 역할을 맡을 수 있어야 합니다.</translation>
    </message>
    <message>
        <source>Values are sent as written. EventBridge Scheduler fills in &lt;aws.scheduler.scheduled-time&gt; (the scheduled instant) and &lt;aws.scheduler.execution-id&gt;; the local engine&apos;s ${{…}} macros are not available in the cloud.</source>
        <translation>값은 쓰인 그대로 전송됩니다. EventBridge Scheduler가 &lt;aws.scheduler.scheduled-time&gt;(예정 시각)과 &lt;aws.scheduler.execution-id&gt;를 채웁니다. 로컬 엔진의 ${{…}} 매크로는 클라우드에서 쓸 수 없습니다.</translation>
    </message>
</context>
<context>
    <name>Pd::ScheduleWindowPage</name>
    <message>
        <source>Start and end</source>
        <translation>시작과 끝</translation>
    </message>
    <message>
        <source>Optional: no slot fires before the start or after the end.</source>
        <translation>선택 사항: 시작 전이나 끝 뒤에는 실행하지 않습니다.</translation>
    </message>
    <message>
        <source>&amp;Start</source>
        <translation>시작(&amp;S)</translation>
    </message>
    <message>
        <source>&amp;End</source>
        <translation>끝(&amp;E)</translation>
    </message>
    <message>
        <source>rate() counts from the start, or from when the schedule is created. A schedule that deletes itself after its last run needs an end.</source>
        <translation>rate()는 시작 시각부터, 시작이 없으면 일정을 만든 시각부터 셉니다. 마지막 실행 후 스스로 삭제되는 일정에는 끝이 필요합니다.</translation>
    </message>
</context>
<context>
    <name>Pd::ScheduleWizard</name>
    <message>
        <source>New schedule</source>
        <translation>새 일정</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>이름</translation>
    </message>
    <message>
        <source>Group</source>
        <translation>그룹</translation>
    </message>
    <message>
        <source>Expression</source>
        <translation>표현식</translation>
    </message>
    <message>
        <source>Time zone</source>
        <translation>시간대</translation>
    </message>
    <message>
        <source>Start</source>
        <translation>시작</translation>
    </message>
    <message>
        <source>End</source>
        <translation>끝</translation>
    </message>
    <message>
        <source>Pipeline</source>
        <translation>파이프라인</translation>
    </message>
    <message>
        <source>Parameter</source>
        <translation>파라미터</translation>
    </message>
    <message>
        <source>Flexible time window</source>
        <translation>유연한 기간</translation>
    </message>
    <message>
        <source>Maximum retries</source>
        <translation>최대 재시도 횟수</translation>
    </message>
    <message>
        <source>Maximum event age</source>
        <translation>최대 이벤트 보존 시간</translation>
    </message>
    <message>
        <source>Delete the schedule after its last run</source>
        <translation>마지막 실행 후 일정 삭제</translation>
    </message>
    <message>
        <source>Role ARN</source>
        <translation>역할 ARN</translation>
    </message>
    <message>
        <source>Creating “%1” in the cloud…</source>
        <translation>클라우드에 일정 “%1” 만드는 중…</translation>
    </message>
</context>
<context>
    <name>Pd::SchedulesPage</name>
    <message>
        <source>Disable and delete</source>
        <translation>사용 중지 후 삭제</translation>
    </message>
    <message>
        <source>Schedules</source>
        <translation>일정</translation>
    </message>
    <message>
        <source>Filter schedules</source>
        <translation>일정 필터</translation>
    </message>
    <message>
        <source>&amp;New schedule…</source>
        <translation>새 일정(&amp;N)…</translation>
    </message>
    <message>
        <source>&amp;Enable</source>
        <translation>사용(&amp;E)</translation>
    </message>
    <message>
        <source>&amp;Disable</source>
        <translation>사용 중지(&amp;D)</translation>
    </message>
    <message>
        <source>&amp;Run now</source>
        <translation>지금 실행(&amp;R)</translation>
    </message>
    <message>
        <source>Starts the target once now; the schedule&apos;s cadence does not change.</source>
        <translation>지금 대상을 한 번 시작합니다. 일정의 주기는 바뀌지 않습니다.</translation>
    </message>
    <message>
        <source>Disable and de&amp;lete…</source>
        <translation>사용 중지 후 삭제(&amp;L)…</translation>
    </message>
    <message>
        <source>History</source>
        <translation>기록</translation>
    </message>
    <message>
        <source>Upcoming runs</source>
        <translation>예정된 실행</translation>
    </message>
    <message>
        <source>Dead letters</source>
        <translation>배달 못한 편지 대기열(DLQ)</translation>
    </message>
    <message>
        <source>“%1” is enabled.</source>
        <translation>“%1”의 상태: 사용</translation>
    </message>
    <message>
        <source>“%1” is disabled.</source>
        <translation>“%1”의 상태: 사용 중지</translation>
    </message>
    <message>
        <source>Started %1.</source>
        <translation>%1 실행을 시작했습니다.</translation>
    </message>
    <message>
        <source>Disable and delete the schedule “%1”? The executions it started stay.</source>
        <translation>“%1” 일정을 사용 중지하고 삭제하시겠습니까? 이 일정이 시작한 실행은 남습니다.</translation>
    </message>
    <message>
        <source>“%1” was deleted.</source>
        <translation>“%1” 항목을 삭제했습니다.</translation>
    </message>
    <message>
        <source>&amp;Import…</source>
        <translation>가져오기(&amp;I)…</translation>
    </message>
    <message>
        <source>Creates or replaces a schedule from Azure ML schedule YAML or EventBridge Scheduler input.</source>
        <translation>Azure ML 일정 YAML이나 EventBridge Scheduler 입력에서 일정을 만들거나 바꿉니다.</translation>
    </message>
    <message>
        <source>E&amp;xport…</source>
        <translation>내보내기(&amp;X)…</translation>
    </message>
    <message>
        <source>Shows the selected schedule as Azure ML schedule YAML or EventBridge Scheduler input, to copy or save.</source>
        <translation>선택한 일정을 Azure ML 일정 YAML이나 EventBridge Scheduler 입력으로 보여 주며, 복사하거나 저장할 수 있습니다.</translation>
    </message>
    <message>
        <source>Imported the schedule “%1”.</source>
        <translation>“%1” 일정을 가져왔습니다.</translation>
    </message>
    <message>
        <source>the schedule “%1”</source>
        <translation>일정 “%1”</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>세부 정보</translation>
    </message>
    <message>
        <source>Select a schedule to see its details.</source>
        <translation>일정을 선택하면 세부 정보가 표시됩니다.</translation>
    </message>
    <message>
        <source>Name: %1 (group %2)</source>
        <translation>이름: %1 (그룹 %2)</translation>
    </message>
    <message>
        <source>ARN: %1</source>
        <translation>ARN: %1</translation>
    </message>
    <message>
        <source>Description: %1</source>
        <translation>설명: %1</translation>
    </message>
    <message>
        <source>Expression: %1 in %2</source>
        <translation>표현식: %1 (%2)</translation>
    </message>
    <message>
        <source>Start: %1</source>
        <translation>시작: %1</translation>
    </message>
    <message>
        <source>End: %1</source>
        <translation>끝: %1</translation>
    </message>
    <message>
        <source>State: enabled</source>
        <translation>상태: 사용</translation>
    </message>
    <message>
        <source>State: disabled</source>
        <translation>상태: 사용 중지</translation>
    </message>
    <message>
        <source>Target: %1</source>
        <translation>대상: %1</translation>
    </message>
    <message>
        <source>  %1 = %2</source>
        <translation>  %1 = %2</translation>
    </message>
    <message>
        <source>Role: none</source>
        <translation>역할: 없음</translation>
    </message>
    <message>
        <source>Role: %1</source>
        <translation>역할: %1</translation>
    </message>
    <message numerus="yes">
        <source>Flexible window: %n minute(s)</source>
        <translation>
            <numerusform>유연한 기간: %n분</numerusform>
        </translation>
    </message>
    <message>
        <source>Flexible window: off</source>
        <translation>유연한 기간: 끔</translation>
    </message>
    <message>
        <source>Retries: at most %1, for at most %2 s</source>
        <translation>재시도: 최대 %1회, 최대 %2초 동안</translation>
    </message>
    <message>
        <source>Missed runs: %1</source>
        <translation>놓친 실행: %1</translation>
    </message>
    <message>
        <source>Overlap: %1</source>
        <translation>겹침: %1</translation>
    </message>
    <message>
        <source>Deletes itself after its last run</source>
        <translation>마지막 실행 후 스스로 삭제됨</translation>
    </message>
    <message>
        <source>When: %1</source>
        <translation>실행 일정: %1</translation>
    </message>
    <message>
        <source>Enabling “%1”…</source>
        <translation>“%1” 사용 설정 중…</translation>
    </message>
    <message>
        <source>Disabling “%1”…</source>
        <translation>“%1” 사용 중지 중…</translation>
    </message>
    <message>
        <source>Deleting “%1”…</source>
        <translation>“%1” 삭제 중…</translation>
    </message>
    <message>
        <source>Creates the schedule in EventBridge Scheduler of the connected account; it shows here as the cloud made it.</source>
        <translation>연결된 계정의 EventBridge Scheduler에 일정을 만듭니다. 클라우드가 만든 그대로 여기에 표시됩니다.</translation>
    </message>
    <message>
        <source>Disable schedule</source>
        <translation>일정 사용 중지</translation>
    </message>
    <message>
        <source>Disable the schedule “%1”? It fires no more until it is enabled again.</source>
        <translation>“%1” 일정의 사용을 중지할까요? 다시 사용할 때까지 실행되지 않습니다.</translation>
    </message>
</context>
<context>
    <name>Pd::SendEventDialog</name>
    <message>
        <source>The event is not valid JSON (at character %1): %2</source>
        <translation>이벤트가 올바른 JSON이 아닙니다(%1번째 문자): %2</translation>
    </message>
    <message>
        <source>The event must be a JSON object.</source>
        <translation>이벤트는 JSON 객체여야 합니다.</translation>
    </message>
    <message>
        <source>Refused (%1): %2</source>
        <translation>거부됨(%1): %2</translation>
    </message>
    <message>
        <source>Send event</source>
        <translation>이벤트 전송</translation>
    </message>
    <message>
        <source>&amp;Event bus:</source>
        <translation>이벤트 버스(&amp;E):</translation>
    </message>
    <message>
        <source>&amp;Sample event:</source>
        <translation>샘플 이벤트(&amp;S):</translation>
    </message>
    <message>
        <source>Enter my own</source>
        <translation>직접 입력</translation>
    </message>
    <message>
        <source>E&amp;vent (source, detail-type, detail, resources):</source>
        <translation>이벤트(source, detail-type, detail, resources)(&amp;V):</translation>
    </message>
    <message>
        <source>Fields left out — id, time, account, region — are filled in by the event bus, as PutEvents does. Every enabled rule of the bus whose pattern matches starts its targets.</source>
        <translation>빠진 필드(id, time, account, region)는 PutEvents처럼 이벤트 버스가 채웁니다. 버스에서 사용 중이고 패턴이 일치하는 모든 규칙이 대상을 시작합니다.</translation>
    </message>
    <message>
        <source>Se&amp;nd</source>
        <translation>전송(&amp;N)</translation>
    </message>
    <message>
        <source>&amp;Close</source>
        <translation>닫기(&amp;C)</translation>
    </message>
    <message>
        <source>Sending the event to EventBridge…</source>
        <translation>EventBridge로 이벤트를 보내는 중…</translation>
    </message>
    <message>
        <source>Event %1 was put on the event bus “%2” in EventBridge, which starts the targets of the rules it matches.</source>
        <translation>EventBridge의 이벤트 버스 “%2”에 이벤트를 넣었습니다(이벤트 ID %1). 일치하는 규칙의 대상은 EventBridge가 시작합니다.</translation>
    </message>
    <message>
        <source>Event %1 was put on the event bus “%2”.</source>
        <translation>이벤트 버스 “%2”에 이벤트(ID %1)를 넣었습니다.</translation>
    </message>
    <message numerus="yes">
        <source>%n target(s) started.</source>
        <translation>
            <numerusform>대상 %n개가 파이프라인을 시작했습니다.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n target(s) could not start their pipeline:</source>
        <translation>
            <numerusform>대상 %n개가 파이프라인을 시작하지 못했습니다:</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Pd::ShareDetailsPage</name>
    <message>
        <source>Specify resource share details</source>
        <translation>리소스 공유 세부 정보 지정</translation>
    </message>
    <message>
        <source>Name the share and choose the pipelines of this account to share.</source>
        <translation>공유 이름을 정하고 공유할 이 계정의 파이프라인을 선택하세요.</translation>
    </message>
    <message>
        <source>&amp;Name *</source>
        <translation>이름(&amp;N) *</translation>
    </message>
    <message>
        <source>for example: abalone-models-for-dev</source>
        <translation>예: abalone-models-for-dev</translation>
    </message>
    <message>
        <source>Resource &amp;type</source>
        <translation>리소스 유형(&amp;T)</translation>
    </message>
    <message>
        <source>SageMaker Pipelines</source>
        <translation>SageMaker 파이프라인</translation>
    </message>
    <message>
        <source>&amp;Pipelines to share *</source>
        <translation>공유할 파이프라인(&amp;P) *</translation>
    </message>
</context>
<context>
    <name>Pd::SharePermissionPage</name>
    <message>
        <source>Actions granted by %1 (on the pipeline and all its executions):</source>
        <translation>%1 권한이 부여하는 작업(파이프라인과 모든 실행에 적용):</translation>
    </message>
    <message>
        <source>Associate a managed permission</source>
        <translation>관리형 권한 연결</translation>
    </message>
    <message>
        <source>A share carries exactly one permission. It decides what the principals may do.</source>
        <translation>공유에는 권한이 정확히 하나 있으며, 보안 주체가 할 수 있는 일을 결정합니다.</translation>
    </message>
    <message>
        <source>%1 — read-only</source>
        <translation>%1 — 읽기 전용</translation>
    </message>
    <message>
        <source>%1 — read and start, stop, retry executions</source>
        <translation>%1 — 읽기 및 실행 시작·중지·재시도</translation>
    </message>
</context>
<context>
    <name>Pd::SharePrincipalsPage</name>
    <message>
        <source>Enter a principal id first.</source>
        <translation>먼저 보안 주체 ID를 입력하세요.</translation>
    </message>
    <message>
        <source>“%1” is not an AWS account id: it must be exactly 12 digits.</source>
        <translation>“%1” 값은 AWS 계정 ID가 아닙니다. 정확히 12자리 숫자여야 합니다.</translation>
    </message>
    <message>
        <source>“%1” is not an organization ARN (arn:aws:organizations::ACCOUNT:organization/o-ID).</source>
        <translation>“%1” 값은 조직 ARN(arn:aws:organizations::ACCOUNT:organization/o-ID)이 아닙니다.</translation>
    </message>
    <message>
        <source>“%1” is not an OU ARN (arn:aws:organizations::ACCOUNT:ou/o-ID/ou-ID).</source>
        <translation>“%1” 값은 OU ARN(arn:aws:organizations::ACCOUNT:ou/o-ID/ou-ID)이 아닙니다.</translation>
    </message>
    <message>
        <source>An account can not share with itself.</source>
        <translation>계정은 자기 자신과 공유할 수 없습니다.</translation>
    </message>
    <message>
        <source>A 12-digit AWS account id, for example 111111111111.</source>
        <translation>12자리 AWS 계정 ID(예: 111111111111).</translation>
    </message>
    <message>
        <source>Your organization&apos;s ARN: every account in it gets access.</source>
        <translation>조직 ARN: 조직의 모든 계정이 액세스 권한을 받습니다.</translation>
    </message>
    <message>
        <source>An OU ARN: the accounts in the OU and in all OUs below it get access.</source>
        <translation>OU ARN: 해당 OU와 그 아래 모든 OU의 계정이 액세스 권한을 받습니다.</translation>
    </message>
    <message>
        <source>Grant access to principals</source>
        <translation>보안 주체에 액세스 권한 부여</translation>
    </message>
    <message>
        <source>Principals outside your organization, or any account while organization sharing is off, get an invitation that they accept within 7 days.</source>
        <translation>조직 밖의 보안 주체, 또는 조직 공유가 꺼져 있을 때의 모든 계정은 초대를 받으며 7일 안에 수락해야 합니다.</translation>
    </message>
    <message>
        <source>Allow sharing only within your &amp;organization</source>
        <translation>조직 내에서만 공유 허용(&amp;O)</translation>
    </message>
    <message>
        <source>Allow sharing with &amp;anyone</source>
        <translation>누구와도 공유 허용(&amp;A)</translation>
    </message>
    <message>
        <source>Principal &amp;type</source>
        <translation>보안 주체 유형(&amp;T)</translation>
    </message>
    <message>
        <source>AWS account</source>
        <translation>AWS 계정</translation>
    </message>
    <message>
        <source>Organization</source>
        <translation>조직</translation>
    </message>
    <message>
        <source>Organizational unit (OU)</source>
        <translation>조직 단위(OU)</translation>
    </message>
    <message>
        <source>Principal &amp;id</source>
        <translation>보안 주체 ID(&amp;I)</translation>
    </message>
    <message>
        <source>A&amp;dd</source>
        <translation>추가(&amp;D)</translation>
    </message>
    <message>
        <source>Selected principals *</source>
        <translation>선택한 보안 주체 *</translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation>제거(&amp;R)</translation>
    </message>
</context>
<context>
    <name>Pd::ShareReviewPage</name>
    <message>
        <source>Review and save</source>
        <translation>검토 후 저장</translation>
    </message>
    <message>
        <source>Review and create</source>
        <translation>검토 및 만들기</translation>
    </message>
    <message>
        <source>Check the changes. Principals you remove lose access at once.</source>
        <translation>변경 내용을 확인하세요. 제거한 보안 주체는 즉시 액세스 권한을 잃습니다.</translation>
    </message>
    <message>
        <source>Check the share. Nothing is shared until you create it.</source>
        <translation>공유 내용을 확인하세요. 생성하기 전에는 아무것도 공유되지 않습니다.</translation>
    </message>
</context>
<context>
    <name>Pd::ShareTableModel</name>
    <message>
        <source>Name</source>
        <translation>이름</translation>
    </message>
    <message>
        <source>Permission</source>
        <translation>권한</translation>
    </message>
    <message>
        <source>Pipelines</source>
        <translation>파이프라인</translation>
    </message>
    <message>
        <source>Principals</source>
        <translation>보안 주체</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>상태</translation>
    </message>
    <message>
        <source>Last modified</source>
        <translation>마지막 수정</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>활성</translation>
    </message>
    <message>
        <source>Deleted</source>
        <translation>삭제됨</translation>
    </message>
</context>
<context>
    <name>Pd::ShareWizard</name>
    <message>
        <source>&lt;p&gt;&lt;b&gt;Name:&lt;/b&gt; %1&lt;/p&gt;&lt;p&gt;&lt;b&gt;Resource type:&lt;/b&gt; SageMaker Pipelines&lt;/p&gt;&lt;p&gt;&lt;b&gt;Pipelines:&lt;/b&gt;&lt;br&gt;%2&lt;/p&gt;&lt;p&gt;&lt;b&gt;Permission:&lt;/b&gt; %3&lt;/p&gt;&lt;p&gt;&lt;b&gt;Sharing:&lt;/b&gt; %4&lt;/p&gt;&lt;p&gt;&lt;b&gt;Principals:&lt;/b&gt;&lt;br&gt;%5&lt;/p&gt;</source>
        <translation>&lt;p&gt;&lt;b&gt;이름:&lt;/b&gt; %1&lt;/p&gt;&lt;p&gt;&lt;b&gt;리소스 유형:&lt;/b&gt; SageMaker 파이프라인&lt;/p&gt;&lt;p&gt;&lt;b&gt;파이프라인:&lt;/b&gt;&lt;br&gt;%2&lt;/p&gt;&lt;p&gt;&lt;b&gt;권한:&lt;/b&gt; %3&lt;/p&gt;&lt;p&gt;&lt;b&gt;공유 범위:&lt;/b&gt; %4&lt;/p&gt;&lt;p&gt;&lt;b&gt;보안 주체:&lt;/b&gt;&lt;br&gt;%5&lt;/p&gt;</translation>
    </message>
    <message>
        <source>with anyone</source>
        <translation>누구와도</translation>
    </message>
    <message>
        <source>only within your organization</source>
        <translation>조직 내에서만</translation>
    </message>
    <message>
        <source>Edit resource share</source>
        <translation>리소스 공유 편집</translation>
    </message>
    <message>
        <source>Create resource share</source>
        <translation>리소스 공유 생성</translation>
    </message>
    <message>
        <source>Save changes</source>
        <translation>변경 내용 저장</translation>
    </message>
    <message>
        <source>Saving the resource share “%1”…</source>
        <translation>리소스 공유 “%1” 저장 중…</translation>
    </message>
    <message>
        <source>Creating the resource share “%1”…</source>
        <translation>리소스 공유 “%1” 만드는 중…</translation>
    </message>
</context>
<context>
    <name>Pd::SharedResourceTableModel</name>
    <message>
        <source>Pipeline</source>
        <translation>파이프라인</translation>
    </message>
    <message>
        <source>Owner account</source>
        <translation>소유자 계정</translation>
    </message>
    <message>
        <source>Permission</source>
        <translation>권한</translation>
    </message>
    <message>
        <source>Resource share</source>
        <translation>리소스 공유</translation>
    </message>
</context>
<context>
    <name>Pd::SharedWithMePage</name>
    <message>
        <source>Accepted the invitation to “%1”.</source>
        <translation>“%1” 초대를 수락했습니다.</translation>
    </message>
    <message>
        <source>Rejected the invitation to “%1”.</source>
        <translation>“%1” 초대를 거부했습니다.</translation>
    </message>
    <message>
        <source>Shared with me</source>
        <translation>나와 공유됨</translation>
    </message>
    <message>
        <source>Invitations (%1 pending)</source>
        <translation>초대(대기 중 %1개)</translation>
    </message>
    <message>
        <source>Shared pipelines (%1)</source>
        <translation>공유된 파이프라인(%1)</translation>
    </message>
    <message>
        <source>Cross-account executions (%1)</source>
        <translation>교차 계정 실행(%1)</translation>
    </message>
    <message>
        <source>&amp;Accept</source>
        <translation>수락(&amp;A)</translation>
    </message>
    <message>
        <source>Re&amp;ject</source>
        <translation>거부(&amp;J)</translation>
    </message>
    <message>
        <source>Accepting the invitation to “%1”…</source>
        <translation>“%1” 초대를 수락하는 중…</translation>
    </message>
    <message>
        <source>Rejecting the invitation to “%1”…</source>
        <translation>“%1” 초대를 거절하는 중…</translation>
    </message>
    <message>
        <source>Reject invitation</source>
        <translation>초대 거절</translation>
    </message>
    <message>
        <source>Reject the invitation to the resource share “%1”? Its pipelines are not shared with this account, and a rejected invitation cannot be accepted later.</source>
        <translation>“%1” 리소스 공유의 초대를 거절할까요? 공유의 파이프라인이 이 계정과 공유되지 않으며, 거절한 초대는 나중에 수락할 수 없습니다.</translation>
    </message>
</context>
<context>
    <name>Pd::SharesPage</name>
    <message>
        <source>Saved the resource share %1.</source>
        <translation>%1 리소스 공유를 저장했습니다.</translation>
    </message>
    <message>
        <source>Created the resource share %1.</source>
        <translation>%1 리소스 공유를 생성했습니다.</translation>
    </message>
    <message>
        <source>Delete the resource share “%1”? Every principal loses access to its pipelines at once.</source>
        <translation>“%1” 리소스 공유를 삭제할까요? 모든 보안 주체가 즉시 해당 파이프라인에 대한 액세스 권한을 잃습니다.</translation>
    </message>
    <message>
        <source>Deleted the resource share “%1”.</source>
        <translation>“%1” 리소스 공유를 삭제했습니다.</translation>
    </message>
    <message>
        <source>Resource shares</source>
        <translation>리소스 공유</translation>
    </message>
    <message>
        <source>Pipelines this account shares with other accounts, its organization or OUs.</source>
        <translation>이 계정이 다른 계정, 조직 또는 OU와 공유하는 파이프라인입니다.</translation>
    </message>
    <message>
        <source>Filter shares by name, pipeline or principal</source>
        <translation>이름, 파이프라인 또는 보안 주체로 공유 필터링</translation>
    </message>
    <message>
        <source>&amp;Create resource share…</source>
        <translation>리소스 공유 생성(&amp;C)…</translation>
    </message>
    <message>
        <source>&amp;Edit…</source>
        <translation>편집(&amp;E)…</translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation>삭제(&amp;D)</translation>
    </message>
    <message>
        <source>Deleting the resource share “%1”…</source>
        <translation>리소스 공유 “%1” 삭제 중…</translation>
    </message>
</context>
<context>
    <name>Pd::StartExecutionDialog</name>
    <message>
        <source>%1 (account %2)</source>
        <translation>%1 (계정 %2)</translation>
    </message>
    <message>
        <source>required</source>
        <translation>필수</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>This pipeline has no parameters.</source>
        <translation>이 파이프라인에는 파라미터가 없습니다.</translation>
    </message>
    <message>
        <source>Start execution</source>
        <translation>실행 시작</translation>
    </message>
    <message>
        <source>&amp;Pipeline:</source>
        <translation>파이프라인(&amp;P):</translation>
    </message>
    <message>
        <source>&amp;Display name:</source>
        <translation>표시 이름(&amp;D):</translation>
    </message>
    <message>
        <source>optional; default: execution-&lt;time&gt;</source>
        <translation>선택 사항. 기본값: execution-&lt;시각&gt;</translation>
    </message>
    <message>
        <source>Parameters</source>
        <translation>파라미터</translation>
    </message>
    <message>
        <source>&amp;Start</source>
        <translation>시작(&amp;S)</translation>
    </message>
    <message>
        <source>The cloud refused</source>
        <translation>클라우드가 거부했습니다</translation>
    </message>
    <message>
        <source>Starting in the cloud… Cancel stops waiting.</source>
        <translation>클라우드에서 시작하는 중… 취소하면 더 기다리지 않습니다.</translation>
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
        <translation>%1: 시작 안 됨</translation>
    </message>
</context>
<context>
    <name>Pd::StepTableModel</name>
    <message>
        <source>Step</source>
        <translation>단계</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>유형</translation>
    </message>
    <message>
        <source>Depends on</source>
        <translation>선행 단계</translation>
    </message>
</context>
<context>
    <name>Pd::UpcomingRunsModel</name>
    <message>
        <source>When (your zone)</source>
        <translation>시각(내 시간대)</translation>
    </message>
    <message>
        <source>When (schedule&apos;s zone)</source>
        <translation>시각(일정의 시간대)</translation>
    </message>
    <message>
        <source>Schedule</source>
        <translation>일정</translation>
    </message>
    <message>
        <source>Pipeline</source>
        <translation>파이프라인</translation>
    </message>
</context>
<context>
    <name>Pd::UpcomingRunsView</name>
    <message>
        <source>Show the next</source>
        <translation>표시 기간: 앞으로</translation>
    </message>
    <message>
        <source> days</source>
        <translation>일</translation>
    </message>
</context>
</TS>
