#!/usr/bin/env python3
"""Fill translations after `cmake --build BUILD --target update_translations`.

  scripts/ts-fill.py ko MAP.json   fills unfinished Korean entries from {"source": "translation"}
                                   (a value may be a list for plural forms); prints what is left.
  scripts/ts-fill.py en            marks every English entry finished with the source text
                                   (English sources are the English text).
  scripts/ts-fill.py carry OLD.ts  fills unfinished Korean entries from the finished entries of an
                                   older pipelinedesk_ko.ts with the same source text, whatever their
                                   context: code that moved to another class keeps its translation
                                   (git show REV:translations/pipelinedesk_ko.ts > OLD.ts).
  scripts/ts-fill.py replace MAP.json
                                   overwrites the Korean translation of every source in MAP (finished
                                   or not, in every context) and marks it finished: how a reviewed
                                   rewording of existing translations is applied. Exits 1 when a
                                   source of MAP is not in the file.
  scripts/ts-fill.py check         exits 1 when any entry in either file is unfinished or empty, or
                                   sits in a context the programs never ask for (not "Pd" or
                                   "Pd::Class": lupdate files a message there when it cannot see the
                                   class's namespace, and the translation is then never shown), or
                                   when a Korean translation has a particle placeholder such as
                                   을(를) or a term the glossary replaced (KO_DENY).
  scripts/ts-fill.py verify LUPDATE PROJECT.json
                                   runs lupdate on copies of both files as `make translations` would
                                   and checks the result as `check` does: fails when the sources have
                                   strings the committed files lack or lupdate would misfile (ctest).
Run it while holding the lock when several people work at once: flock /tmp/pd-ts.lock ...
PD_TS_DIR=DIR runs it on the .ts files of DIR instead of translations/ (to try a map on a copy).
"""
import html
import json
import os
import re
import shutil
import subprocess
import sys
import tempfile
import xml.etree.ElementTree as ET
from pathlib import Path

ROOT = Path(os.environ.get("PD_TS_DIR") or Path(__file__).resolve().parent.parent / "translations")

# "%1을(를)" shows the reader that nobody chose the particle; rephrase so that the particle follows
# a fixed word instead ("“%1” 규칙을", "“%1” 값은", "초대(%1)가").
KO_PARTICLE_PLACEHOLDER = re.compile(
    r"은\(는\)|는\(은\)|을\(를\)|를\(을\)|이\(가\)|가\(이\)|와\(과\)|과\(와\)|\(으\)로|으로\(로\)|아\(야\)"
    r"|이나\(나\)|\(이\)라")
# One term per concept (the DESIGN.md glossary, else the word most of the file already uses):
# variants that crept in before, each with the term to use.
KO_DENY = {
    r"워크스페이스|작업공간": "작업 공간",
    r"스케줄(?!러)": "일정",
    r"타깃|타겟": "대상",
    r"프로파일": "프로필",
    r"매개 ?변수": "파라미터",
    r"이벤트버스": "이벤트 버스",
    r"정적 값": "고정 값",
}


def load(lang):
    path = ROOT / f"pipelinedesk_{lang}.ts"
    return path, ET.parse(path)


def save(path, tree):
    ET.indent(tree, space="    ")
    body = ET.tostring(tree.getroot(), encoding="unicode")
    path.write_text('<?xml version="1.0" encoding="utf-8"?>\n<!DOCTYPE TS>\n' + body + "\n", encoding="utf-8")


def messages(tree):
    for context in tree.getroot().iter("context"):
        for message in context.iter("message"):
            yield context.findtext("name"), message


def unfinished(message):
    t = message.find("translation")
    if t is None or t.get("type") in ("unfinished", "vanished", "obsolete"):
        return True
    if message.get("numerus") == "yes":
        return any(not (f.text or "").strip() for f in t.iter("numerusform")) or not list(t.iter("numerusform"))
    return not (t.text or "").strip()


def set_translation(message, value):
    t = message.find("translation")
    if t is None:
        t = ET.SubElement(message, "translation")
    for child in list(t):
        t.remove(child)
    t.attrib.pop("type", None)
    if message.get("numerus") == "yes":
        values = value if isinstance(value, list) else [value]
        t.text = None
        for v in values:
            ET.SubElement(t, "numerusform").text = v
    else:
        t.text = value[0] if isinstance(value, list) else value


def xml_text(value):
    """Text escaped as lupdate writes it (quotes too), so that a replaced entry looks like its
    neighbours."""
    return (value.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")
            .replace("'", "&apos;").replace('"', "&quot;"))


def replace_translations(text, mapping):
    """text with the <translation> of every message whose source is in mapping rewritten as
    finished, and the set of sources replaced. Edits the file's text rather than re-serializing the
    tree: the rest of the file keeps its layout, so the diff shows only the reworded entries."""
    replaced = set()

    def message(match):
        body = match.group(2)
        source = re.search(r"<source>(.*?)</source>", body, re.S)
        old = re.search(r"( *)<translation\b[^>]*?(?:/>|>.*?</translation>)", body, re.S)
        if not source or not old or html.unescape(source.group(1)) not in mapping:
            return match.group(0)
        value = mapping[html.unescape(source.group(1))]
        indent = old.group(1)
        if 'numerus="yes"' in match.group(1):
            forms = "".join(f"{indent}    <numerusform>{xml_text(v)}</numerusform>\n"
                            for v in (value if isinstance(value, list) else [value]))
            new = f"{indent}<translation>\n{forms}{indent}</translation>"
        else:
            new = f"{indent}<translation>{xml_text(value[0] if isinstance(value, list) else value)}</translation>"
        replaced.add(html.unescape(source.group(1)))
        return match.group(1) + body[:old.start()] + new + body[old.end():] + match.group(3)

    return re.sub(r"(<message\b[^>]*>)(.*?)(</message>)", message, text, flags=re.S), replaced


def translations(tree):
    """{source: translation} of every finished entry (a list of forms for plurals)."""
    found = {}
    for _, m in messages(tree):
        if unfinished(m):
            continue
        t = m.find("translation")
        if m.get("numerus") == "yes":
            found[m.findtext("source")] = [f.text or "" for f in t.iter("numerusform")]
        else:
            found[m.findtext("source")] = t.text or ""
    return found


def wording(lang, message):
    """What reads as machine-made in a finished Korean translation: particle placeholders and
    non-glossary terms."""
    t = message.find("translation")
    if lang != "ko" or t is None:
        return []
    text = " | ".join(f.text or "" for f in t.iter("numerusform")) or t.text or ""
    problems = []
    found = KO_PARTICLE_PLACEHOLDER.search(text)
    if found:
        problems.append(f"particle placeholder {found.group(0)} (put the particle after a fixed word)")
    for pattern, term in KO_DENY.items():
        found = re.search(pattern, text)
        if found:
            problems.append(f"{found.group(0)} is not the glossary term (use {term})")
    return [(problem, text) for problem in problems]


def check(trees, files=None):
    """1 when an entry is unfinished, in a context the programs never ask for, or (Korean) worded
    with particle placeholders or non-glossary terms, printing each."""
    bad = 0
    for lang, tree in trees.items():
        name = (files or {}).get(lang, f"pipelinedesk_{lang}.ts")
        for context, m in messages(tree):
            for problem, text in wording(lang, m):
                bad += 1
                print(f"{name}: {problem}: [{context}] {m.findtext('source')!r} -> {text!r}")
            if unfinished(m):
                bad += 1
                print(f"{lang}: unfinished [{context}] {m.findtext('source')!r}")
            if context != "Pd" and not context.startswith("Pd::"):
                bad += 1
                print(f"{lang}: context [{context}] is not one the programs use (Pd or Pd::Class): "
                      f"{m.findtext('source')!r}")
    return 1 if bad else 0


def main():
    if len(sys.argv) < 2:
        print(__doc__)
        return 2
    mode = sys.argv[1]
    if mode == "en":
        path, tree = load("en")
        for _, m in messages(tree):
            source = m.findtext("source")
            if m.get("numerus") == "yes":
                # English has two forms: "%n execution(s)" becomes "%n execution" / "%n executions".
                forms = [f.text or "" for f in m.find("translation").iter("numerusform")] if m.find("translation") is not None else []
                if unfinished(m) or forms == [source] or forms == [source, source]:
                    set_translation(m, [source.replace("(s)", ""), source.replace("(s)", "s")])
            elif unfinished(m):
                set_translation(m, source)
        save(path, tree)
        return 0
    if mode in ("ko", "carry"):
        if mode == "carry":
            if len(sys.argv) < 3:
                print(__doc__)
                return 2
            mapping = translations(ET.parse(sys.argv[2]))
        else:
            mapping = json.loads(Path(sys.argv[2]).read_text(encoding="utf-8")) if len(sys.argv) > 2 else {}
        path, tree = load("ko")
        left = []
        for context, m in messages(tree):
            if not unfinished(m):
                continue
            source = m.findtext("source")
            if source in mapping:
                set_translation(m, mapping[source])
            else:
                left.append((context, source))
        save(path, tree)
        for context, source in left:
            print(f"unfinished [{context}] {json.dumps(source, ensure_ascii=False)}")
        return 0
    if mode == "replace":
        if len(sys.argv) < 3:
            print(__doc__)
            return 2
        mapping = json.loads(Path(sys.argv[2]).read_text(encoding="utf-8"))
        path = ROOT / "pipelinedesk_ko.ts"
        text, replaced = replace_translations(path.read_text(encoding="utf-8"), mapping)
        # Read the result back before writing it: a malformed file or an entry that did not take
        # must not replace the committed one.
        found = translations(ET.ElementTree(ET.fromstring(text.encode("utf-8"))))
        wrong = [source for source in replaced
                 if found.get(source) not in (mapping[source], [mapping[source]])]
        for source in wrong:
            print(f"did not take: {json.dumps(source, ensure_ascii=False)}")
        if wrong:
            return 1
        path.write_text(text, encoding="utf-8")
        missing = [source for source in mapping if source not in replaced]
        for source in missing:
            print(f"not in {path.name}: {json.dumps(source, ensure_ascii=False)}")
        print(f"replaced the Korean of {len(replaced)} sources in {path}")
        return 1 if missing else 0
    if mode == "check":
        return check({lang: load(lang)[1] for lang in ("ko", "en")},
                     {lang: str(ROOT / f"pipelinedesk_{lang}.ts") for lang in ("ko", "en")})
    if mode == "verify":
        if len(sys.argv) < 4:
            print(__doc__)
            return 2
        with tempfile.TemporaryDirectory() as scratch:
            copies = []
            for lang in ("ko", "en"):
                copies.append(Path(scratch) / f"pipelinedesk_{lang}.ts")
                shutil.copyfile(ROOT / f"pipelinedesk_{lang}.ts", copies[-1])
            run = subprocess.run([sys.argv[2], "-project", sys.argv[3], "-no-obsolete", "-locations", "none",
                                  "-ts", *map(str, copies)], capture_output=True, text=True)
            if run.returncode != 0:
                print(run.stdout + run.stderr)
                return 1
            bad = check({lang: ET.parse(copy) for lang, copy in zip(("ko", "en"), copies)})
            if bad:
                print("The sources and translations/*.ts disagree: run `make translations` and translate what it lists.")
            else:
                print("translations ok: every string of the sources is translated, in the context the programs use")
            return bad
    print(__doc__)
    return 2


if __name__ == "__main__":
    sys.exit(main())
