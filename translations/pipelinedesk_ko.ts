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
            <source>The account id to act as (default: the workspace's default identity).</source>
            <translation>작업을 수행할 계정 ID (기본값: 작업 공간의 기본 ID).</translation>
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
            <source>The language of messages: ko or en (default: the system's).</source>
            <translation>메시지 언어: ko 또는 en (기본값: 시스템 언어).</translation>
        </message>
        <message>
            <source>LANG</source>
            <translation>언어</translation>
        </message>
        <message>
            <source>Seed a workspace file that does not exist yet with the demo accounts and pipelines.</source>
            <translation>아직 없는 작업 공간 파일을 데모 계정과 파이프라인으로 채워 만듭니다.</translation>
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
            <source>identity: the workspace has no accounts; create one or use --demo.</source>
            <translation>identity: 작업 공간에 계정이 없습니다. 계정을 만들거나 --demo를 사용하세요.</translation>
        </message>
        <message>
            <source>--%1: “%2” is not of the form Name=Value.</source>
            <translation>--%1: “%2”은(는) 이름=값 형식이 아닙니다.</translation>
        </message>
        <message>
            <source>--language: “%1” is not available; use ko or en.</source>
            <translation>--language: “%1”은(는) 지원하지 않습니다. ko 또는 en을 사용하세요.</translation>
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
            <source>List the pipelines of the identity's account.</source>
            <translation>현재 ID 계정의 파이프라인을 나열합니다.</translation>
        </message>
        <message>
            <source>Describe one pipeline.</source>
            <translation>파이프라인 하나를 자세히 표시합니다.</translation>
        </message>
        <message>
            <source>The pipeline's name or ARN.</source>
            <translation>파이프라인 이름 또는 ARN.</translation>
        </message>
        <message>
            <source>NAME_OR_ARN</source>
            <translation>이름_또는_ARN</translation>
        </message>
        <message>
            <source>identity: “%1” is not an account id (12 digits).</source>
            <translation>identity: “%1”은(는) 계정 ID(12자리 숫자)가 아닙니다.</translation>
        </message>
        <message>
            <source>identity: account %1 does not exist in this workspace.</source>
            <translation>identity: 계정 %1이(가) 이 작업 공간에 없습니다.</translation>
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
            <translation>pipeline-name: “%1”은(는) SageMaker 파이프라인 ARN이 아닙니다.</translation>
        </message>
        <message>
            <source>Pipeline “%1” does not exist in account %2.</source>
            <translation>계정 %2에 파이프라인 “%1”이(가) 없습니다.</translation>
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
            <source>Account %1 is not allowed to perform %2 on %3: the pipeline belongs to account %4 and no resource share grants this action.</source>
            <translation>계정 %1은(는) %3에 대해 %2을(를) 수행할 수 없습니다. 이 파이프라인은 계정 %4의 것이며 이 작업을 허용하는 리소스 공유가 없습니다.</translation>
        </message>
        <message>
            <source>Account %1 does not exist in this workspace.</source>
            <translation>계정 %1이(가) 이 작업 공간에 없습니다.</translation>
        </message>
        <message>
            <source>The workspace “%1” is damaged or is not a database, so it was not opened. The file was left unchanged.</source>
            <translation>작업 공간 “%1”이(가) 손상되었거나 데이터베이스가 아니어서 열지 않았습니다. 파일은 변경되지 않았습니다.</translation>
        </message>
        <message>
            <source>“%1” is an SQLite database of another application, not a Pipeline Desk workspace. It was not opened and was left unchanged.</source>
            <translation>“%1”은(는) Pipeline Desk 작업 공간이 아니라 다른 애플리케이션의 SQLite 데이터베이스입니다. 열지 않았으며 변경되지 않았습니다.</translation>
        </message>
        <message>
            <source>The workspace “%1” was written by a newer version of Pipeline Desk (schema %2; this version reads up to schema %3). Open it with a newer Pipeline Desk. The file was left unchanged.</source>
            <translation>작업 공간 “%1”은(는) 더 새로운 버전의 Pipeline Desk로 저장되었습니다(스키마 %2, 이 버전은 스키마 %3까지 읽을 수 있음). 더 새로운 Pipeline Desk로 여세요. 파일은 변경되지 않았습니다.</translation>
        </message>
        <message>
            <source>The workspace could not be read or written: %1</source>
            <translation>작업 공간을 읽거나 쓸 수 없습니다: %1</translation>
        </message>
        <message>
            <source>“%1” is a folder, not a workspace file.</source>
            <translation>“%1”은(는) 작업 공간 파일이 아니라 폴더입니다.</translation>
        </message>
        <message>
            <source>The workspace “%1” could not be read: %2</source>
            <translation>작업 공간 “%1”을(를) 읽을 수 없습니다: %2</translation>
        </message>
        <message>
            <source>“%1” is not a Pipeline Desk workspace (it is not an SQLite database). It was not opened and was left unchanged.</source>
            <translation>“%1”은(는) Pipeline Desk 작업 공간이 아닙니다(SQLite 데이터베이스가 아님). 열지 않았으며 변경되지 않았습니다.</translation>
        </message>
        <message>
            <source>The folder for the workspace “%1” could not be created.</source>
            <translation>작업 공간 “%1”의 폴더를 만들 수 없습니다.</translation>
        </message>
        <message>
            <source>The workspace could not be upgraded to schema %1: %2</source>
            <translation>작업 공간을 스키마 %1(으)로 업그레이드할 수 없습니다: %2</translation>
        </message>
        <message>
            <source>Pipeline %1 does not exist.</source>
            <translation>파이프라인 %1이(가) 없습니다.</translation>
        </message>
        <message>
            <source>Pipeline execution %1 does not exist.</source>
            <translation>파이프라인 실행 %1이(가) 없습니다.</translation>
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
            <translation>ID</translation>
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
            <translation>선택한 ID 없음</translation>
        </message>
        <message>
            <source>Workspace: %1</source>
            <translation>작업 공간: %1</translation>
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
            <source>This account has no pipelines. Switch the identity in the tool bar to see another account's.</source>
            <translation>이 계정에는 파이프라인이 없습니다. 다른 계정의 파이프라인을 보려면 도구 모음에서 ID를 바꾸세요.</translation>
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
            <translation>준비 중: 파이프라인을 시작하는 이벤트 규칙과 예약 규칙, 규칙 생성 마법사를 제공합니다.</translation>
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
</TS>
