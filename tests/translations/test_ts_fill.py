#!/usr/bin/env python3
"""ts-fill.py check's own test: on small .ts files it passes clean Korean and fails, naming the file,
source, translation and the term to use, on each variant translations/glossary-ko.tsv refuses, but not
on a word that merely contains one (스케줄러) or on a variant that is another concept's term (형식
for format). The particle placeholder check still holds."""
import os
import subprocess
import sys
import tempfile
from xml.sax.saxutils import escape

SCRIPT = sys.argv[1]


def ts(language, entries):
    messages = "".join(f"<message><source>{escape(s)}</source><translation>{escape(t)}</translation></message>"
                       for s, t in entries)
    return (f'<?xml version="1.0" encoding="utf-8"?>\n<!DOCTYPE TS>\n<TS version="2.1" language="{language}">'
            f"<context><name>Pd</name>{messages}</context></TS>\n")


def run(ko, glossary=None):
    """Exit code and output of `check` on one Korean entry list (English: the sources)."""
    root = tempfile.mkdtemp()
    with open(os.path.join(root, "pipelinedesk_ko.ts"), "w", encoding="utf-8") as f:
        f.write(ts("ko_KR", ko))
    with open(os.path.join(root, "pipelinedesk_en.ts"), "w", encoding="utf-8") as f:
        f.write(ts("en_US", [(s, s) for s, _ in ko]))
    if glossary is not None:
        with open(os.path.join(root, "glossary-ko.tsv"), "w", encoding="utf-8") as f:
            f.write(glossary)
    p = subprocess.run([sys.executable, SCRIPT, "check"], capture_output=True, text=True,
                       env=dict(os.environ, PD_TS_DIR=root))
    return p.returncode, p.stdout + p.stderr


failures = []


def expect(name, ko, code, needles=(), glossary=None):
    got, out = run(ko, glossary)
    missing = [n for n in needles if n not in out]
    if got != code or missing:
        failures.append(f"{name}: exit {got} (expected {code}), missing {missing}, output:\n{out}")


expect("glossary terms pass (the committed glossary)", [
    ("Schedules", "일정"),
    ("Scheduler engine", "스케줄러 엔진"),
    ("&Format:", "형식(&F):"),
    ("--identity: “%1” is not a 12-digit account id.", "--identity: “%1” 값은 12자리 계정 ID가 아닙니다."),
    ("Retry", "재시도"),
    ("Skip missed runs", "놓친 실행 건너뛰기"),
    ("Dead letters", "배달 못한 편지 대기열(DLQ)"),
], 0)
expect("a variant fails, naming file, source, translation and term", [
    ("Schedules", "스케줄 목록"),
], 1, ["pipelinedesk_ko.ts: 스케줄 is not the glossary term for “schedule” (use 일정)", "'Schedules'", "'스케줄 목록'"])
expect("a variant inside an exception passes, the same variant beside it fails", [
    ("The scheduler runs each schedule.", "스케줄러가 각 스케줄을 실행합니다."),
], 1, ["스케줄 is not the glossary term"])
expect("형식 for a type fails", [
    ("Type", "형식"),
], 1, ["형식 is not the glossary term for “type” (use 유형)"])
expect("a variant of the identity fails where the source says identity", [
    ("Switch the identity in the tool bar.", "도구 모음에서 ID를 바꾸세요."),
], 1, ["ID를 바꾸 is not the glossary term for “identity / act as” (use 작업 계정)"])
expect("the old dead-letter wording fails", [
    ("Dead letters", "배달 불능 항목"),
], 1, ["use 배달 못한 편지 대기열(DLQ)"])
expect("a particle placeholder still fails", [
    ("Delete %1?", "%1을(를) 삭제할까요?"),
], 1, ["particle placeholder 을(를)"])
expect("the glossary beside the .ts files is the one read", [
    ("Queue", "큐"),
], 1, ["큐 is not the glossary term for “queue” (use 대기열)"],
    glossary="# a comment\nenglish\tkorean\tavoid\texcept\tsource\tnote\nqueue\t대기열\t큐\t\t\t\n")
expect("a term that contains its own variant is refused", [
    ("Queue", "대기열"),
], 2, ["glossary:", "contains its own variant"],
    glossary="english\tkorean\tavoid\texcept\tsource\tnote\nqueue\t대기열 큐\t큐\t\t\t\n")

for f in failures:
    print("FAIL", f)
print("%d failure(s)" % len(failures) if failures else "ts-fill.py check selftest: ok")
sys.exit(1 if failures else 0)
