"""Extract cmrdesk's interface text into ``resources/i18n/cmrdesk_<lang>.ts`` (and compile).

``pyside6-lupdate`` reads every ``tr("...")`` and ``QT_TR_NOOP("...")`` in ``cmrdesk/ui``; the
syntax tree adds the two forms of :func:`cmrdesk.ui.i18n.plural` (lupdate cannot see through
the helper) and ``tr()`` calls inside f-strings (which lupdate skips). All messages go into
the one context :data:`cmrdesk.ui.i18n.CONTEXT` that ``tr`` asks for. Translations already in
the files are kept, keyed by source text and disambiguation; messages no longer in the code are
dropped.

    python scripts/update_translations.py            # refresh the .ts files
    python scripts/update_translations.py --qm DIR   # also compile .qm files into DIR
"""

from __future__ import annotations

import argparse
import ast
import shutil
import subprocess
import sys
import tempfile
import xml.etree.ElementTree as ET  # building the output only
from pathlib import Path

from defusedxml.ElementTree import parse as parse_xml

ROOT = Path(__file__).resolve().parents[1]
UI = ROOT / "cmrdesk" / "ui"
I18N = ROOT / "resources" / "i18n"
LANGUAGES = ("nl", "de")
CONTEXT = "cmrdesk"


def _extracted() -> list[tuple[str, str, bool]]:
    """(source, disambiguation, numerus) of every message, in first-seen order."""
    files = sorted(str(p) for p in UI.rglob("*.py"))
    with tempfile.TemporaryDirectory() as folder:
        out = Path(folder) / "all.ts"
        lupdate = shutil.which("pyside6-lupdate") or "pyside6-lupdate"
        subprocess.run([lupdate, *files, "-ts", str(out), "-silent"], check=True)
        tree = parse_xml(out)
    found: dict[tuple[str, str], bool] = {}
    for message in tree.iter("message"):
        source = message.findtext("source") or ""
        comment = message.findtext("comment") or ""
        found.setdefault((source, comment), message.get("numerus") == "yes")
    for path in sorted(UI.rglob("*.py")):
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if not (isinstance(node, ast.Call) and isinstance(node.func, ast.Name)):
                continue
            if node.func.id == "plural":
                for arg in node.args[1:3]:
                    if isinstance(arg, ast.Constant) and isinstance(arg.value, str):
                        found.setdefault((arg.value, ""), False)
            elif node.func.id == "tr" and node.args and _text(node.args[0]) is not None:
                comment = _text(node.args[1]) if len(node.args) > 1 else None
                found.setdefault((_text(node.args[0]) or "", comment or ""), False)
    return [(s, c, n) for (s, c), n in found.items()]


def _text(node: ast.expr) -> str | None:
    return node.value if isinstance(node, ast.Constant) and isinstance(node.value, str) else None


def _existing(path: Path) -> dict[tuple[str, str], ET.Element]:
    if not path.is_file():
        return {}
    return {(m.findtext("source") or "", m.findtext("comment") or ""): m
            for m in parse_xml(path).iter("message")}


def write_ts(language: str, messages: list[tuple[str, str, bool]]) -> tuple[int, int]:
    """Write one .ts file; returns (messages, untranslated)."""
    path = I18N / f"cmrdesk_{language}.ts"
    old = _existing(path)
    ts = ET.Element("TS", version="2.1", language=language)
    context = ET.SubElement(ts, "context")
    ET.SubElement(context, "name").text = CONTEXT
    missing = 0
    for source, comment, numerus in messages:
        message = ET.SubElement(context, "message")
        if numerus:
            message.set("numerus", "yes")
        ET.SubElement(message, "source").text = source
        if comment:
            ET.SubElement(message, "comment").text = comment
        previous = old.get((source, comment))
        translation = previous.find("translation") if previous is not None else None
        if translation is not None and (translation.text or len(translation)) and \
                translation.get("type") not in ("unfinished", "obsolete"):
            message.append(translation)
        else:
            missing += 1
            ET.SubElement(message, "translation", type="unfinished")
    ET.indent(ts)
    I18N.mkdir(parents=True, exist_ok=True)
    body = ET.tostring(ts, encoding="unicode")
    path.write_text('<?xml version="1.0" encoding="utf-8"?>\n<!DOCTYPE TS>\n' + body + "\n",
                    encoding="utf-8")
    return len(messages), missing


def compile_qm(folder: Path) -> None:
    """Compile every .ts into ``folder`` with pyside6-lrelease."""
    folder.mkdir(parents=True, exist_ok=True)
    tool = shutil.which("pyside6-lrelease") or "pyside6-lrelease"
    for language in LANGUAGES:
        subprocess.run([tool, "-silent", str(I18N / f"cmrdesk_{language}.ts"),
                        "-qm", str(folder / f"cmrdesk_{language}.qm")], check=True)


def main(argv: list[str]) -> int:
    """Run the command; returns the exit code."""
    p = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    p.add_argument("--qm", type=Path, help="also compile .qm files into this folder")
    p.add_argument("--no-extract", action="store_true", help="only compile")
    args = p.parse_args(argv)
    if not args.no_extract:
        messages = _extracted()
        for language in LANGUAGES:
            total, missing = write_ts(language, messages)
            print(f"{language}: {total} messages, {missing} untranslated")
    if args.qm:
        compile_qm(args.qm)
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
