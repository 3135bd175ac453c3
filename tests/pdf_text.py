"""Read the text back out of a PDF that Qt wrote, so tests can check what a person would see.

Qt's PDF writer compresses content streams and draws text as glyph ids of subset fonts, so a
value never appears as plain bytes: searching the raw file would prove nothing. This walks the
file the way a viewer does for text: inflate every stream, map each font's glyph ids to Unicode
through its ToUnicode CMap, and decode the ``Tj``/``TJ`` strings of the content streams.
Enough for Qt's output, not a general PDF parser.
"""

from __future__ import annotations

import re
import unicodedata
import zlib

_OBJECT = re.compile(rb"(\d+) 0 obj(.*?)endobj", re.S)
_LENGTH = re.compile(rb"/Length (\d+)( 0 R)?")
_FONT_REF = re.compile(rb"/(F\d+) (\d+) 0 R")
_TO_UNICODE = re.compile(rb"/ToUnicode (\d+) 0 R")
_TOKEN = re.compile(rb"/(\S+)\s+[\d.]+\s+Tf|<([0-9A-Fa-f]*)>|(\[)|(\])|(T[Jj])|(BT|ET)")


def objects(data: bytes) -> dict[int, bytes]:
    """Object number -> its body."""
    return {int(m.group(1)): m.group(2) for m in _OBJECT.finditer(data)}


def stream_of(body: bytes, objs: dict[int, bytes]) -> bytes | None:
    """The decoded stream of an object body (inflated when it is Flate-compressed).

    The stream's extent comes from its /Length (direct, or an indirect object as Qt writes
    it), never from searching for "endstream": compressed bytes may end in a CR that a
    search would take for part of the line break.
    """
    start = body.find(b"stream")
    if start < 0:
        return None
    head = body[:start]
    length = _LENGTH.search(head)
    if length is None:
        return None
    count = int(length.group(1))
    if length.group(2):  # "/Length 14 0 R": the number lives in object 14
        count = int(objs[count].strip())
    start += len(b"stream")
    start += 2 if body[start : start + 2] == b"\r\n" else 1
    raw = body[start : start + count]
    if b"/FlateDecode" in head:
        return zlib.decompress(raw)
    return raw


def streams(data: bytes) -> list[bytes]:
    """Every stream of the file, decoded."""
    objs = objects(data)
    return [s for body in objs.values() if (s := stream_of(body, objs)) is not None]


def _cmap(text: bytes) -> dict[int, str]:
    mapping: dict[int, str] = {}
    for block in re.findall(rb"beginbfchar(.*?)endbfchar", text, re.S):
        for src, dst in re.findall(rb"<([0-9A-Fa-f]+)>\s*<([0-9A-Fa-f]+)>", block):
            mapping[int(src, 16)] = bytes.fromhex(dst.decode()).decode("utf-16-be")
    for block in re.findall(rb"beginbfrange(.*?)endbfrange", text, re.S):
        for lo, hi, rest in re.findall(
                rb"<([0-9A-Fa-f]+)>\s*<([0-9A-Fa-f]+)>\s*(<[0-9A-Fa-f]+>|\[[^\]]*\])", block):
            lo_i, hi_i = int(lo, 16), int(hi, 16)
            if rest.startswith(b"["):
                targets = re.findall(rb"<([0-9A-Fa-f]+)>", rest)
                for offset, dst in enumerate(targets):
                    mapping[lo_i + offset] = bytes.fromhex(dst.decode()).decode("utf-16-be")
            else:
                start = int(rest[1:-1], 16)
                for offset in range(hi_i - lo_i + 1):
                    mapping[lo_i + offset] = chr(start + offset)
    return mapping


def pdf_text(data: bytes) -> str:
    """All text drawn in the PDF, one line per text object.

    NFKC-normalised, because Qt draws ligatures ("ff" in "offers") as one glyph.
    """
    objs = objects(data)
    fonts: dict[str, dict[int, str]] = {}
    for name, number in _FONT_REF.findall(data):
        body = objs.get(int(number), b"")
        found = _TO_UNICODE.search(body)
        if found:
            cmap = stream_of(objs.get(int(found.group(1)), b""), objs) or b""
            fonts[name.decode()] = _cmap(cmap)
    lines: list[str] = []
    for body in objs.values():
        content = stream_of(body, objs)
        if content is None or b"BT" not in content or b"Tf" not in content:
            continue
        font: dict[int, str] = {}
        current: list[str] = []
        for match in _TOKEN.finditer(content):
            font_name, hex_string, _, _, _, marker = match.groups()
            if font_name is not None:
                font = fonts.get(font_name.decode(), {})
            elif hex_string is not None:
                for i in range(0, len(hex_string), 4):
                    code = int(hex_string[i : i + 4], 16)
                    current.append(font.get(code, ""))
            elif marker == b"ET":
                lines.append("".join(current))
                current = []
        if current:
            lines.append("".join(current))
    return unicodedata.normalize("NFKC", "\n".join(lines))
