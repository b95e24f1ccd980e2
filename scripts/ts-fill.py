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
  scripts/ts-fill.py check         exits 1 when any entry in either file is unfinished or empty, or
                                   sits in a context the programs never ask for (not "Pd" or
                                   "Pd::Class": lupdate files a message there when it cannot see the
                                   class's namespace, and the translation is then never shown).
  scripts/ts-fill.py verify LUPDATE PROJECT.json
                                   runs lupdate on copies of both files as `make translations` would
                                   and checks the result as `check` does: fails when the sources have
                                   strings the committed files lack or lupdate would misfile (ctest).
Run it while holding the lock when several people work at once: flock /tmp/pd-ts.lock ...
"""
import json
import shutil
import subprocess
import sys
import tempfile
import xml.etree.ElementTree as ET
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent / "translations"


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


def check(trees):
    """1 when an entry is unfinished or in a context the programs never ask for, printing each."""
    bad = 0
    for lang, tree in trees.items():
        for context, m in messages(tree):
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
    if mode == "check":
        return check({lang: load(lang)[1] for lang in ("ko", "en")})
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
