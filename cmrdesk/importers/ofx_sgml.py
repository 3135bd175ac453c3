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
built in one regular-expression pass. Each node remembers whether its own end tag closed it
(:attr:`Node.closed`): a statement is only whole when it was, which is how a file cut short
is told from a complete one (see :mod:`cmrdesk.importers.ofx`).

A ``<STMTTRN>`` made of leaves only, which is what nearly every transaction is, is checked
and read in one go by two more expressions instead of tag by tag. A 100k-transaction
statement needs that speed: ofxtools' parser takes over five seconds for it, and ElementTree
element creation alone doubles our time.

Hostile markup costs linear time: every pattern is possessive (no backtracking), comments
and CDATA are found with ``str.find`` (an unclosed one is refused), end tags are matched
against a count of open tags, and aggregates may nest at most :data:`MAX_DEPTH` deep (real
statements nest 8), so that a search below any node is bounded.
"""

from __future__ import annotations

import html
import re
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

from cmrdesk.domain import ImportFormatError

from .xml_safe import UNSAFE_XML

# Possessive: a tag name or attribute run that never reaches ">" fails at once instead of
# backtracking through every split of it (quadratic on a long run of letters).
_TOKEN = re.compile(r"<(/?)([A-Za-z][A-Za-z0-9._:-]*+)[^<>]*+>([^<]*+)")
_DECLARATION = re.compile(r"<!(?:DOCTYPE|ENTITY)", re.I)


#: How deep aggregates may nest. The OFX specification nests 9 deep at most (an investment
#: transaction's INVTRAN); empty leaves written without an end tag add a level each inside
#: their aggregate. Deeper markup is refused: it is not a statement, and the bound keeps
#: every search below a node (which the statement reader does per statement and per
#: transaction) linear in the file's size overall.
MAX_DEPTH = 32

#: How many aggregates :meth:`Node.leaf` looks through below its own: a swallowed leaf sits
#: within a few levels of the aggregate it belongs to.
_LEAF_SEARCH = 16


class Node:
    """An OFX aggregate: its tag, its leaf values, its child aggregates, where it starts,
    and whether its own end tag closed it."""

    __slots__ = ("children", "closed", "fields", "offset", "rows", "tag")

    def __init__(self, tag: str, offset: int) -> None:
        self.tag = tag
        self.offset = offset  # character offset of the start tag in the text
        self.fields: dict[str, str] = {}
        self.children: list[Node] = []
        self.closed = False  # True once </TAG> closed this node (not an enclosing end tag)
        self.rows: Any = None  # records a sink of read_tree took in as columns (see there)

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
        for seen, node in enumerate(self.iter_all()):
            if seen == _LEAF_SEARCH:
                break
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


def _without_comments(path: str | Path, text: str) -> str:
    """Comments replaced by their newlines (so line numbers stay right); linear time."""
    parts: list[str] = []
    pos = 0
    while True:
        start = text.find("<!--", pos)
        if start < 0:
            break
        end = text.find("-->", start + 4)
        if end < 0:
            raise ImportFormatError(
                path,
                "a comment (<!--) is never closed: the file is cut short or damaged; "
                "nothing was imported",
                line=text.count("\n", 0, start) + 1,
            )
        parts += (text[pos:start], "\n" * text.count("\n", start, end))
        pos = end + 3
    parts.append(text[pos:])
    return "".join(parts)


def _without_cdata(path: str | Path, text: str) -> str:
    """CDATA sections replaced by their escaped text; linear time."""
    parts: list[str] = []
    pos = 0
    while True:
        start = text.find("<![CDATA[", pos)
        if start < 0:
            break
        end = text.find("]]>", start + 9)
        if end < 0:
            raise ImportFormatError(
                path,
                "a CDATA section is never closed: the file is cut short or damaged; "
                "nothing was imported",
                line=text.count("\n", 0, start) + 1,
            )
        parts += (text[pos:start], html.escape(text[start + 9 : end], quote=False))
        pos = end + 3
    parts.append(text[pos:])
    return "".join(parts)


#: The leaves of a ``<STMTTRN>`` in the order the OFX specification writes them (11.4.3),
#: without the correction leaves (CORRECTFITID, CORRECTACTION) and the aggregates.
SPEC_LEAVES = (
    "TRNTYPE", "DTPOSTED", "DTUSER", "DTAVAIL", "TRNAMT", "FITID", "SRVRTID", "CHECKNUM",
    "REFNUM", "SIC", "PAYEEID", "NAME", "EXTDNAME", "MEMO", "INV401KSOURCE",
)  # fmt: skip

def _spec_leaf(tag: str) -> str:
    """One optional leaf of :data:`SPEC_RECORD`: its value, from its first non-space, is a
    group (an empty leaf must be closed at once, as in ``_LEAVES``). ``DTPOSTED``
    only matches when it starts with the eight digits of a day (its group); ``TRNAMT`` only
    as a plain number (``-1234.56``, ``12,5``), in two groups: integer part and decimals."""
    if tag == "TRNAMT":
        value = r"\s*+(-?+[0-9]++)(?:[.,]([0-9]++))?+[ \t\r\n]*+"
    elif tag == "DTPOSTED":
        value = r"\s*+([0-9]{8}+)[^<]*+"
    else:
        return rf"(?:\s*+<{tag}>(?:\s*+</{tag}>|\s*+([^<\s][^<]*+)(?:</{tag}>)?+))?+"
    return rf"(?:\s*+<{tag}>{value}(?:</{tag}>)?+)?+"


def _groups() -> dict[str, int]:
    groups, number = {}, 2
    for tag in SPEC_LEAVES:
        groups[tag] = number
        number += 2 if tag == "TRNAMT" else 1
    return groups


#: ``match[RECORD_GROUP[tag]]`` is the value of leaf ``tag`` of a record :data:`SPEC_RECORD`
#: matched (``None`` when absent; trailing space and entities left for the reader).
#: ``DTPOSTED`` is its eight digits; ``TRNAMT`` has two groups: the signed integer part and
#: then the decimals.
RECORD_GROUP = _groups()
# A whole leaves-only record in specification order, each leaf optional, its end tag
# optional: the shape nearly every transaction has, read by one match instead of tag by
# tag. Group 1 marks where it starts. Possessive throughout, so a record of another shape
# (another order, an aggregate, an amount that is not plain) fails in time linear in its
# length and is read the general way.
SPEC_RECORD = re.compile(
    r"\s*+()<STMTTRN>" + "".join(_spec_leaf(tag) for tag in SPEC_LEAVES) + r"\s*+</STMTTRN>"
)

#: ``sink(parent, records)`` is offered the run of consecutive :data:`SPEC_RECORD` matches
#: directly inside a ``<BANKTRANLIST>``, one by one from an iterator; it takes in (into
#: ``parent.rows``) the first ones it can and returns how many. The record it stopped at is
#: read as a node like any other.
RecordSink = Callable[[Node, "Iterator[re.Match[str]]"], int]


class _Run:
    """The consecutive records from ``start``, matched only as the sink asks for them (so a
    sink that stops early costs no extra matching)."""

    __slots__ = ("end", "handed", "last", "text")

    def __init__(self, text: str, start: int) -> None:
        self.text = text
        self.end = start  # where the last record handed out ends
        self.last = start  # where it starts
        self.handed = 0

    def __iter__(self) -> Iterator[re.Match[str]]:
        match, text = SPEC_RECORD.match, self.text
        record = match(text, self.end)
        while record is not None:
            self.handed += 1
            self.last, self.end = record.start(1), record.end()
            yield record
            record = match(text, self.end)


def _offer(text: str, start: int, parent: Node, sink: RecordSink) -> tuple[int, int] | None:
    """Offer the run of records at ``start`` to ``sink``; ``None`` when it took none, else
    where reading goes on and where the sink refused a record (-1: none refused)."""
    run = _Run(text, start)
    took = sink(parent, iter(run))
    if not took:
        return None
    if took == run.handed:  # it took every record of the run
        return run.end, -1
    return run.last, run.last  # it stopped at the last record handed out: read it as a node


def read_tree(
    path: str | Path, text: str, sink: RecordSink | None = None
) -> tuple[Node, str]:
    """Build the tree of OFX markup; also return the text the offsets refer to.

    With a ``sink``, the plain transactions of a bank statement never become nodes: the
    sink reads each into columns as it is found, so a million-row statement costs its
    columns, not a million dictionaries.
    """
    if _DECLARATION.search(text):
        raise ImportFormatError(path, UNSAFE_XML)
    if "<!--" in text:
        text = _without_comments(path, text)
    if "<![CDATA[" in text:
        text = _without_cdata(path, text)
    root = Node("#root", 0)
    root.closed = True
    stack = [root]
    open_tags = ["#root"]
    open_count: dict[str, int] = {}  # tag -> how many of it are open: end tags in O(1)
    fields = root.fields
    children = root.children
    search = _TOKEN.search
    pos = 0
    refused = -1  # where the sink refused a record: that one is read as a node
    while True:
        match = search(text, pos)
        if match is None:
            break
        pos = match.end()
        closing, tag, value = match.groups()
        if not tag.isupper():
            tag = tag.upper()
        if closing:
            if open_count.get(tag):
                while True:  # close the innermost open `tag` and everything inside it
                    node = stack.pop()
                    popped = open_tags.pop()
                    open_count[popped] -= 1
                    if popped == tag:
                        node.closed = True
                        break
                top = stack[-1]
                fields, children = top.fields, top.children
            continue
        stripped = value.strip()
        if stripped:
            if tag not in fields:
                fields[tag] = html.unescape(stripped) if "&" in stripped else stripped
            continue
        if (
            sink is not None
            and tag == "STMTTRN"
            and stack[-1].tag == "BANKTRANLIST"
            and match.start() != refused
        ):
            taken = _offer(text, match.start(), stack[-1], sink)
            if taken is not None:
                pos, refused = taken
                continue
        if tag == "STMTTRN" and match.group(2) == tag:  # most of a statement: one record at once
            end = _leaf_record(text, match.start(3))
            if end >= 0:
                node = Node(tag, match.start())
                node.fields = _record_fields(text, match.start(3), end)
                node.closed = True
                children.append(node)
                pos = end + len("</STMTTRN>")
                continue
        if len(stack) > MAX_DEPTH:
            raise ImportFormatError(
                path,
                f"the markup nests more than {MAX_DEPTH} aggregates deep (<{tag}>); "
                "this is not a bank statement, or it is damaged",
                line=text.count("\n", 0, match.start()) + 1,
            )
        node = Node(tag, match.start())
        children.append(node)
        stack.append(node)
        open_tags.append(tag)
        open_count[tag] = open_count.get(tag, 0) + 1
        fields, children = node.fields, node.children
    return root, text


# A record whose content is leaves only (each a tag with text, its end tag optional, or an
# empty leaf closed at once) up to </STMTTRN>. Possessive, so a failed match costs little.
_LEAVES = re.compile(
    r"(?:\s*+<([A-Za-z][A-Za-z0-9._:-]*+)>(?:\s*+</\1>|\s*+[^<\s][^<]*+(?:</\1>)?+))*+\s*+"
)
_PAIR = re.compile(r"<([A-Za-z][A-Za-z0-9._:-]*)>([^<]*)")


def _leaf_record(text: str, start: int) -> int:
    """Where ``</STMTTRN>`` closes a leaves-only record starting at ``start``, else -1.

    The run of leaves is matched first and ``</STMTTRN>`` looked for only where it ends:
    the cost is the length of that run, so consecutive records never rescan each other.
    """
    run = _LEAVES.match(text, start, start + 16384)  # bounded: records are small
    assert run is not None  # the pattern matches the empty string
    end = run.end()
    return end if text.startswith("</STMTTRN>", end) else -1


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
