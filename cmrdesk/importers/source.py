"""Reading a bank file safely: size cap, binary refusal, and text decoding.

Every importer starts here, so the limits hold for all formats: nothing larger than the cap
is read into memory, binary files (PDF, spreadsheets, images) are refused with a sentence
that tells the person what to export instead, and text is decoded without ever failing
silently: UTF-8 when the bytes are valid UTF-8, else the declared or the usual Windows
code page. Decoding fails only where an encoding was stated firmly (a BOM, a saved CSV
profile) and the bytes contradict it; the error then names the byte offset.
"""

from __future__ import annotations

import codecs
import contextlib
from pathlib import Path

from cmrdesk.domain import ImportFormatError

# A size cap so a wrong file cannot exhaust memory; 256 MiB holds a decade of any
# household's exports (a 1M-row bank CSV is ~60 MB) with room to spare.
DEFAULT_MAX_BYTES = 256 * 1024 * 1024

_MAGIC: tuple[tuple[bytes, str], ...] = (
    (b"%PDF", "a PDF document"),
    (b"PK\x03\x04", "a ZIP archive (an .xlsx or .ods spreadsheet is one)"),
    (b"\xd0\xcf\x11\xe0", "an old Office document (.xls or .doc)"),
    (b"\x1f\x8b", "a gzip archive"),
    (b"\x89PNG", "a PNG image"),
    (b"\xff\xd8\xff", "a JPEG image"),
    (b"GIF8", "a GIF image"),
    (b"SQLite format 3", "an SQLite database"),
    (b"\x7fELF", "a program"),
    (b"MZ", "a Windows program"),
)
_BOMS: tuple[tuple[bytes, str], ...] = (
    (codecs.BOM_UTF32_LE, "utf-32"),
    (codecs.BOM_UTF32_BE, "utf-32"),
    (codecs.BOM_UTF8, "utf-8-sig"),
    (codecs.BOM_UTF16_LE, "utf-16"),
    (codecs.BOM_UTF16_BE, "utf-16"),
)
# Control bytes a text export may legitimately hold: tab, newlines, form feed, SOH and
# Ctrl-Z (MT940 files from some banks), ESC is not one of them.
_TEXT_CONTROLS = frozenset(b"\t\n\r\x0c\x01\x1a")
_EXPORT_HINT = "export the statement from your bank as CSV, OFX/QFX, QIF, CAMT or MT940"


def _mb(size: int) -> str:
    return f"{size / (1024 * 1024):.1f} MB"


def check_size(path: str | Path, max_bytes: int = DEFAULT_MAX_BYTES) -> int:
    """The file's size; refuse a missing file or one larger than ``max_bytes``."""
    try:
        size = Path(path).stat().st_size
    except OSError as exc:
        raise ImportFormatError(path, f"cannot read the file ({exc.strerror or exc})") from None
    if size > max_bytes:
        raise ImportFormatError(
            path, f"the file is {_mb(size)}; imports are limited to {_mb(max_bytes)}"
        )
    return size


def read_bytes(path: str | Path, max_bytes: int = DEFAULT_MAX_BYTES) -> bytes:
    """The file's bytes, refusing missing, oversized, empty and binary files."""
    p = Path(path)
    check_size(path, max_bytes)
    try:
        with open(p, "rb") as fh:
            data = fh.read(max_bytes + 1)
    except OSError as exc:
        raise ImportFormatError(path, f"cannot read the file ({exc.strerror or exc})") from None
    if len(data) > max_bytes:  # a device or a file that grew while we looked
        raise ImportFormatError(path, f"the file is larger than {_mb(max_bytes)}")
    if not data.strip(b" \t\r\n\x00\x1a"):
        raise ImportFormatError(path, "the file is empty")
    refuse_binary(path, data)
    return data


def bom_encoding(data: bytes) -> str | None:
    """The encoding a byte-order mark announces, if the data starts with one."""
    for bom, encoding in _BOMS:
        if data.startswith(bom):
            return encoding
    return None


def refuse_binary(path: str | Path, data: bytes) -> None:
    """Raise :class:`ImportFormatError` when ``data`` is not a text export."""
    for magic, what in _MAGIC:
        if data.startswith(magic):
            raise ImportFormatError(path, f"this is {what}, not a bank statement; {_EXPORT_HINT}")
    encoding = bom_encoding(data)
    if encoding in ("utf-16", "utf-32"):
        return
    head = data[:65536].rstrip(b"\x00\x1a \r\n")  # a trailing NUL (QBO) is harmless
    nul = head.find(b"\x00")
    if nul >= 0:
        raise ImportFormatError(
            path, f"binary content (a NUL byte at offset {nul}); {_EXPORT_HINT}"
        )
    controls = sum(1 for b in head if b < 32 and b not in _TEXT_CONTROLS)
    if head and controls * 20 > len(head):
        raise ImportFormatError(path, f"this does not look like a text file; {_EXPORT_HINT}")


def _decode_error(path: str | Path, exc: UnicodeDecodeError, encoding: str) -> ImportFormatError:
    bad = exc.object[exc.start : exc.start + 1]
    shown = f" (0x{bad[0]:02x})" if bad else ""
    return ImportFormatError(
        path, f"byte offset {exc.start}{shown} is not valid {encoding} text: {exc.reason}"
    )


def decode(
    path: str | Path,
    data: bytes,
    *,
    declared: str | None = None,
    strict: str | None = None,
) -> tuple[str, str]:
    """Decode ``data``; return the text and the encoding used.

    ``strict`` names an encoding that must be used (a saved CSV profile); ``declared`` is
    a hint from the file itself (OFX ``CHARSET``), tried after UTF-8 because files often
    declare Windows-1252 and carry UTF-8 anyway.
    """
    bom = bom_encoding(data)
    if strict:
        try:
            codecs.lookup(strict)
        except LookupError:
            raise ImportFormatError(path, f"unknown text encoding {strict!r}") from None
        if bom == "utf-8-sig" and strict.replace("_", "-").lower() in ("utf-8", "utf8"):
            strict = "utf-8-sig"
        try:
            return data.decode(strict), strict
        except UnicodeDecodeError as exc:
            raise _decode_error(path, exc, strict) from None
    if bom:
        try:
            return data.decode(bom), bom
        except UnicodeDecodeError as exc:
            raise _decode_error(path, exc, bom) from None
    candidates = ["utf-8"]
    if declared:
        with contextlib.suppress(LookupError):  # an unknown declared code page is ignored
            candidates.append(codecs.lookup(declared).name)
    candidates += ["cp1252", "latin-1"]
    for encoding in candidates:
        try:
            return data.decode(encoding), encoding
        except UnicodeDecodeError:
            continue
    raise AssertionError("latin-1 decodes any bytes")  # pragma: no cover


def line_of(text: str, offset: int) -> int:
    """1-based line number of a character offset."""
    return text.count("\n", 0, offset) + 1


class LineCounter:
    """Turns character offsets into line numbers; each call costs the distance from the
    previous offset, so offsets that mostly increase take linear time overall."""

    __slots__ = ("_line", "_pos", "_text")

    def __init__(self, text: str) -> None:
        self._text = text
        self._pos = 0
        self._line = 1

    def __call__(self, offset: int) -> int:
        """Line number of ``offset``; the cost is the distance from the previous offset, so
        a reader that steps back a little (to a statement's start after its transactions)
        stays linear."""
        if offset < self._pos:
            self._line -= self._text.count("\n", offset, self._pos)
        else:
            self._line += self._text.count("\n", self._pos, offset)
        self._pos = offset
        return self._line
