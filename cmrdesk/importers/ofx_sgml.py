"""A tolerant reader for OFX tag soup: SGML (OFX 1.x) and XML that is not quite XML.

Banks write OFX 1.x as SGML with unclosed leaf elements, and many "OFX 2" files are SGML
under an XML header (half of the XML-headed files in our corpus are not well-formed). One
reader takes all of it:

* a start tag followed by text is a leaf (its end tag is optional and ignored);
* a start tag without text opens an aggregate;
* an end tag closes the innermost open aggregate of that name and everything opened inside
  it (so a missing ``</BANKTRANLIST>`` costs nothing); an end tag with nothing to close is
  ignored;
* comments and CDATA are honoured; entities are unescaped once (the XML ones, character
  references, and the HTML names some banks use) and never defined: any DOCTYPE or ENTITY
  declaration is refused before reading, like :mod:`cmrdesk.importers.xml_safe` does.

The result is a light tree of :class:`Node` objects (leaves become a dict per aggregate),
built in one regular-expression pass. A ``<STMTTRN>`` made of leaves only, which is what
nearly every transaction is, is checked and read in one go by two more expressions instead
of tag by tag. A 100k-transaction statement needs that speed: ofxtools' parser takes over
five seconds for it, and ElementTree element creation alone doubles our time.
"""

from __future__ import annotations

import html
import re
from collections.abc import Iterator
from pathlib import Path

from cmrdesk.domain import ImportFormatError

from .xml_safe import UNSAFE_XML

_TOKEN = re.compile(r"<(/?)([A-Za-z][A-Za-z0-9._:-]*)[^<>]*>([^<]*)")
_COMMENT = re.compile(r"<!--.*?-->", re.S)
_CDATA = re.compile(r"<!\[CDATA\[(.*?)\]\]>", re.S)
_DECLARATION = re.compile(r"<!(?:DOCTYPE|ENTITY)", re.I)


class Node:
    """An OFX aggregate: its tag, its leaf values, its child aggregates, where it starts."""

    __slots__ = ("children", "fields", "offset", "tag")

    def __init__(self, tag: str, offset: int) -> None:
        self.tag = tag
        self.offset = offset  # character offset of the start tag in the text
        self.fields: dict[str, str] = {}
        self.children: list[Node] = []

    def child(self, tag: str) -> Node | None:
        """The first direct child aggregate called ``tag``."""
        for node in self.children:
            if node.tag == tag:
                return node
        return None

    def iter(self, tags: str | frozenset[str] | set[str]) -> Iterator[Node]:
        """All aggregates below (not including) this one whose tag is in ``tags``, in order."""
        wanted = {tags} if isinstance(tags, str) else tags
        stack = list(reversed(self.children))
        while stack:
            node = stack.pop()
            if node.tag in wanted:
                yield node
            stack.extend(reversed(node.children))

    def find(self, tag: str) -> Node | None:
        """The first aggregate called ``tag`` anywhere below this one."""
        return next(self.iter(tag), None)

    def leaf(self, tag: str) -> str | None:
        """A leaf value here or, failing that, anywhere below (first in document order).

        Searching below forgives SGML files whose empty leaf (``<MEMO>`` with no text and no
        end tag) swallowed the elements that follow it.
        """
        value = self.fields.get(tag)
        if value is not None:
            return value
        for node in self.iter_all():
            value = node.fields.get(tag)
            if value is not None:
                return value
        return None

    def iter_all(self) -> Iterator[Node]:
        """Every aggregate below this one, in document order."""
        stack = list(reversed(self.children))
        while stack:
            node = stack.pop()
            yield node
            stack.extend(reversed(node.children))


def _keep_newlines(match: re.Match[str]) -> str:
    """Replace a comment by its newlines so that line numbers stay right."""
    return "\n" * match.group().count("\n")


def read_tree(path: str | Path, text: str) -> tuple[Node, str]:
    """Build the tree of OFX markup; also return the text the offsets refer to."""
    if _DECLARATION.search(text):
        raise ImportFormatError(path, UNSAFE_XML)
    if "<!--" in text:
        text = _COMMENT.sub(_keep_newlines, text)
    if "<![CDATA[" in text:
        text = _CDATA.sub(lambda m: html.escape(m.group(1), quote=False), text)
    root = Node("#root", 0)
    stack = [root]
    open_tags = ["#root"]
    fields = root.fields
    children = root.children
    search = _TOKEN.search
    pos = 0
    while True:
        match = search(text, pos)
        if match is None:
            break
        pos = match.end()
        closing, tag, value = match.groups()
        if not tag.isupper():
            tag = tag.upper()
        if closing:
            if tag in open_tags and tag != "#root":
                while open_tags.pop() != tag:
                    stack.pop()
                stack.pop()
                top = stack[-1]
                fields, children = top.fields, top.children
            continue
        stripped = value.strip()
        if stripped:
            if tag not in fields:
                fields[tag] = html.unescape(stripped) if "&" in stripped else stripped
            continue
        if tag == "STMTTRN" and match.group(2) == tag:  # most of a statement: one record at once
            end = _leaf_record(text, match.start(3))
            if end >= 0:
                node = Node(tag, match.start())
                node.fields = _record_fields(text, match.start(3), end)
                children.append(node)
                pos = end + len("</STMTTRN>")
                continue
        node = Node(tag, match.start())
        children.append(node)
        stack.append(node)
        open_tags.append(tag)
        fields, children = node.fields, node.children
    return root, text


# A record whose content is leaves only (each a tag with text, its end tag optional, or an
# empty leaf closed at once) up to </STMTTRN>. Possessive, so a failed match costs little.
_LEAVES = re.compile(
    r"(?:\s*+<([A-Za-z][A-Za-z0-9._:-]*+)>(?:\s*+</\1>|\s*+[^<\s][^<]*+(?:</\1>)?+))*+\s*+"
)
_PAIR = re.compile(r"<([A-Za-z][A-Za-z0-9._:-]*)>([^<]*)")


def _leaf_record(text: str, start: int) -> int:
    """Where ``</STMTTRN>`` closes a leaves-only record starting at ``start``, else -1."""
    end = text.find("</STMTTRN>", start, start + 16384)  # bounded: records are small
    if end < 0 or not _LEAVES.fullmatch(text, start, end):
        return -1
    return end


def _record_fields(text: str, start: int, end: int) -> dict[str, str]:
    """The leaves of a record as a dict, first occurrence winning, values as the reader
    would store them (stripped, entities unescaped, empty leaves left out)."""
    fields: dict[str, str] = {}
    for tag, value in _PAIR.findall(text, start, end):
        value = value.strip()
        if not value:
            continue
        if not tag.isupper():
            tag = tag.upper()
        if tag not in fields:
            fields[tag] = html.unescape(value) if "&" in value else value
    return fields
