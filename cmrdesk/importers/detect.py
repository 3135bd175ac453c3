"""Which format a bank file is in, decided by its content (the extension only breaks ties
between OFX and Intuit's QFX/QBO flavour of it).

Binary files (PDF, spreadsheets, images) and text that is none of our formats are refused
with a message that says what the file looks like and what to export instead.
"""

from __future__ import annotations

import csv
import io
import itertools
import re
from pathlib import Path

from cmrdesk.domain import ImportFormatError

from .csv_dialect import sniff_delimiter
from .source import DEFAULT_MAX_BYTES, bom_encoding, refuse_binary

_CAMT = re.compile(r"camt\.05([234])|BkToCstmr(Stmt|AcctRpt|DbtCdtNtfctn)")
_MT940_TAG = re.compile(r"^\s*:(?:20|25|28C?|60[FM]|61|62[FM]):", re.M)
_QIF_HEADER = re.compile(r"^!(?:type:|account|option:|clear:)", re.I)
_SUPPORTED = "CSV, OFX/QFX, QIF, CAMT.052/053/054 or MT940"


def _head_text(data: bytes) -> str:
    """The start of the file as text, good enough for recognising markers."""
    head = data[:65536]
    encoding = bom_encoding(head)
    if encoding:
        return head.decode(encoding, errors="ignore").lstrip("\ufeff")
    try:
        return head.decode("utf-8")
    except UnicodeDecodeError as exc:
        if exc.start > len(head) - 4:  # a character cut at the end of the sample
            return head[: exc.start].decode("utf-8")
        return head.decode("cp1252", errors="replace")


def sniff(path: str | Path, data: bytes) -> str:
    """The format name of ``data`` (one of :data:`~cmrdesk.importers.statement.FORMATS`)."""
    refuse_binary(path, data)
    text = _head_text(data)
    body = text.lstrip(" \t\r\n\x00\x01\x1a\ufeff")
    if not body:
        raise ImportFormatError(path, "the file is empty")
    upper = body[:8192].upper()
    first = next((ln.strip() for ln in body.splitlines() if ln.strip() and ln[:1] != "#"), "")
    if _QIF_HEADER.match(first):
        return "qif"
    # OFX by where its markers stand (a header first, or markup that is OFX), not by the
    # word appearing somewhere: a QIF or CSV memo may well say "OFXHEADER".
    if upper.startswith(("OFXHEADER", "<OFX")) or (
        upper.startswith("<") and ("<?OFX" in upper[:1000] or "<OFX>" in upper)
    ):
        qfx = "<INTU.BID>" in upper or Path(path).suffix.lower() in (".qfx", ".qbo")
        return "qfx" if qfx else "ofx"
    if body.startswith("<"):
        found = _CAMT.search(body[:8192])
        if found:
            if found.group(1):
                return f"camt.05{found.group(1)}"
            return {"Stmt": "camt.053", "AcctRpt": "camt.052"}.get(found.group(2), "camt.054")
        lowered = body[:2000].lower()
        if "<html" in lowered or "<table" in lowered:
            raise ImportFormatError(
                path, f"this is a web page (HTML), not a bank export; export {_SUPPORTED}"
            )
        raise ImportFormatError(
            path, f"an XML file that is neither CAMT nor OFX; export {_SUPPORTED}"
        )
    tags = {m.group().strip()[:3] for m in _MT940_TAG.finditer(body[:20000])}
    if (":20" in tags and tags & {":25", ":60", ":61", ":62"}) or "{4:" in body[:2000]:
        return "mt940"
    if body[:1] in "{[":
        raise ImportFormatError(path, f"this is JSON, not a bank export; export {_SUPPORTED}")
    delimiter = sniff_delimiter(body)
    reader = csv.reader(io.StringIO(body[:65536], newline=""), delimiter=delimiter)
    try:
        rows = [r for r in itertools.islice(reader, 60) if any(c.strip() for c in r)]
    except csv.Error:
        rows = []
    wide = sum(len(r) >= 2 for r in rows)
    if wide >= 2 and wide * 2 >= len(rows):  # a header and a row, most rows with fields
        return "csv"
    raise ImportFormatError(path, f"not a bank statement format cmrdesk reads ({_SUPPORTED})")


def detect_format(path: str | Path) -> str:
    """The format of the bank file at ``path``, from its content.

    Raises :class:`~cmrdesk.domain.ImportFormatError` for missing, empty, binary and
    unsupported files.
    """
    p = Path(path)
    try:
        with open(p, "rb") as fh:
            data = fh.read(min(DEFAULT_MAX_BYTES, 1 << 20))
    except OSError as exc:
        raise ImportFormatError(path, f"cannot read the file ({exc.strerror or exc})") from None
    if not data.strip(b" \t\r\n\x00\x1a"):
        raise ImportFormatError(path, "the file is empty")
    return sniff(path, data)
