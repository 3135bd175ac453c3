"""The readable ``disclosure.pdf``: a disclosure document drawn with Qt's PDF writer.

Only ``cmrdesk.ui`` may import Qt, so the services never call this directly: they take a
renderer callable. The desktop app passes :func:`render_pdf`; the command line, which must not
import Qt, runs ``python -m cmrdesk.ui.pdf`` in a subprocess (canonical JSON on stdin, PDF
bytes on stdout) through ``cmrdesk.cli.pdf_renderer``.

Everything on the page comes from the document through ``cmrdesk.disclosure``'s text helpers,
so the PDF can never show more than the signed JSON holds. The PDF's metadata carries a fixed
title and no values.
"""

from __future__ import annotations

import html
import json
import os
import sys
from collections.abc import Mapping
from typing import Any

from cmrdesk.disclosure import Terms, fingerprint_text, summary_lines
from cmrdesk.disclosure.terms import PurposeKind

PDF_TITLE = "cmrdesk disclosure"

_STYLE = """
body { font-family: 'DejaVu Sans', sans-serif; font-size: 10pt; color: #1a1a1a; }
h1 { font-size: 18pt; margin-bottom: 2pt; }
h2 { font-size: 12pt; margin-top: 14pt; margin-bottom: 4pt; }
td, th { vertical-align: top; }
th { text-align: left; background: #eeeeee; }
.muted { color: #555555; font-size: 8.5pt; }
"""


def _app() -> object:
    """A QGuiApplication for fonts and layout; an existing one (the desktop app's) is reused."""
    from PySide6.QtGui import QGuiApplication

    app = QGuiApplication.instance()
    if app is None:
        os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")  # a PDF needs no screen
        app = QGuiApplication([sys.argv[0] if sys.argv else "cmrdesk"])
    return app


def disclosure_html(document: Mapping[str, Any]) -> str:
    """The page as HTML (escaped throughout: every string in a disclosure is user text)."""

    def esc(text: object) -> str:
        """HTML-escape a value (quotes too: some land in attributes)."""
        return html.escape(str(text), quote=True)

    vendor = document["vendor"]["name"]
    purpose = document.get("purpose", {})
    try:
        kind = PurposeKind(purpose.get("kind", "other")).title
    except ValueError:
        kind = str(purpose.get("kind", ""))
    rows = "".join(
        f"<tr><td>{esc(label)}</td><td>{esc(value)}</td><td class='muted'>{esc(how)}</td></tr>"
        for label, how, value in summary_lines(document)
    )
    intent = document.get("intent", {})
    intent_parts = []
    if intent.get("text"):
        intent_parts.append(f"<p>{esc(intent['text'])}</p>")
    for key, title in (("wants", "I want to hear about"), ("does_not_want", "Not interested in"),
                       ("contact", "Contact me by")):
        if intent.get(key):
            intent_parts.append(f"<p><b>{title}:</b> {esc(', '.join(intent[key]))}</p>")
    terms = "".join(f"<li>{esc(s)}</li>"
                    for s in Terms.from_dict(document.get("terms", {})).sentences())
    fingerprint = fingerprint_text(document.get("signer", {}).get("key_fingerprint", ""))
    return f"""<html><head><style>{_STYLE}</style></head><body>
<h1>Disclosure to {esc(vendor)}</h1>
<p class='muted'>Issued {esc(document['issued'])} · valid until {esc(document['expires'])}
 · {esc(document['id'])}</p>
<h2>Purpose</h2>
<p><b>{esc(kind)}</b>{(': ' + esc(purpose.get('text'))) if purpose.get('text') else ''}</p>
{('<h2>What I am asking for</h2>' + ''.join(intent_parts)) if intent_parts else ''}
<h2>What I share</h2>
<table width='100%' cellspacing='0' cellpadding='3'>
<tr><th width='42%'>Field</th><th width='33%'>Value</th><th width='25%'>Precision</th></tr>
{rows}
</table>
<h2>Terms</h2>
<ul>{terms}</ul>
<h2>Signature</h2>
<p>The file disclosure.jws (or .jwe) holds this disclosure signed with my key. The signed
JSON is what counts; README.txt explains how to check it. My key's fingerprint:</p>
<p><tt>{esc(fingerprint)}</tt></p>
</body></html>"""


def render_pdf(document: Mapping[str, Any]) -> bytes:
    """The disclosure as PDF bytes (A4), drawn by QTextDocument into a QPdfWriter."""
    from PySide6.QtCore import QBuffer, QByteArray, QIODevice, QMarginsF
    from PySide6.QtGui import QPageLayout, QPageSize, QPdfWriter, QTextDocument

    _app()
    data = QByteArray()
    buffer = QBuffer(data)
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    writer = QPdfWriter(buffer)
    writer.setTitle(PDF_TITLE)
    writer.setCreator("cmrdesk")
    writer.setPageLayout(QPageLayout(
        QPageSize(QPageSize.PageSizeId.A4), QPageLayout.Orientation.Portrait,
        QMarginsF(18, 18, 18, 18), QPageLayout.Unit.Millimeter,
    ))
    text = QTextDocument()
    text.setHtml(disclosure_html(document))
    text.print_(writer)
    del writer  # finishes the file
    buffer.close()
    return bytes(data.data())


def main() -> int:
    """``python -m cmrdesk.ui.pdf``: a disclosure as JSON on stdin, the PDF on stdout."""
    try:
        document = json.loads(sys.stdin.buffer.read().decode("utf-8"))
        pdf = render_pdf(document)
    except (ValueError, KeyError, TypeError) as error:
        print(f"error: cannot render the disclosure ({error.__class__.__name__})",
              file=sys.stderr)
        return 1
    sys.stdout.buffer.write(pdf)
    sys.stdout.buffer.flush()
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
