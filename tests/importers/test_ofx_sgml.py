"""The tolerant OFX reader: hostile markup costs time linear in its size.

40,000 unclosed aggregates (286 KB) took 18.6 s and 1.4 MB files ran for minutes: end
tags were looked up in a list of open tags, a long tag name backtracked, every unclosed
comment rescanned the rest of the file, and every statement and transaction searched the
whole subtree below it. Each shape below is 1.4 MB and must be answered (imported or
refused with an ImportFormatError) well within 3 seconds.
"""

from __future__ import annotations

import time

import pytest

from cmrdesk.domain import ImportFormatError
from cmrdesk.importers import parse_file
from cmrdesk.importers.ofx_sgml import MAX_DEPTH, read_tree
from tests.reliability.ofx_shapes import ACCEPTED, build

SIZE = 1_400_000
BOUND = 3.0  # seconds; each shape takes well under one on a laptop

# The costliest accepted shapes run in the reliability tier (tests/reliability).
FAST_SHAPES = [
    "unclosed_transactions",
    "unclosed_aggregates",
    "stray_end_tags",
    "nested_statements",
    "nested_responses",
    "unclosed_comments",
    "unclosed_cdata",
    "long_tag_name",
    "lone_angles",
    "failed_responses",
    "plain_statement",
]


@pytest.mark.parametrize("shape", FAST_SHAPES)
def test_hostile_ofx_is_answered_in_linear_time(tmp_file, shape: str) -> None:
    text = build(shape, SIZE)
    assert len(text) >= SIZE * 0.9
    path = tmp_file(f"{shape}.ofx", text)
    start = time.perf_counter()
    try:
        statements = parse_file(path)
    except ImportFormatError as error:
        assert shape not in ACCEPTED, error
        assert str(path) in str(error)
    else:
        assert shape in ACCEPTED
        assert statements
    assert time.perf_counter() - start < BOUND


def test_the_issue_case_is_refused_as_too_deep(tmp_file) -> None:
    path = tmp_file("deep.ofx", build("unclosed_transactions", 286_000))
    with pytest.raises(ImportFormatError, match=f"more than {MAX_DEPTH} aggregates deep"):
        parse_file(path)


def test_end_tags_close_what_they_name_and_mark_it_closed() -> None:
    text = "<OFX><A><B><C>x</B><D>y</A></OFX>"
    root, _ = read_tree("t.ofx", text)
    (ofx,) = root.children
    (a,) = ofx.children
    (b,) = [n for n in a.children if n.tag == "B"]
    assert ofx.closed and a.closed and b.closed
    assert b.fields == {"C": "x"} and a.fields == {"D": "y"}


def test_an_end_tag_with_nothing_open_is_ignored() -> None:
    root, _ = read_tree("t.ofx", "<OFX></NOPE><A>1</OFX>")
    assert root.children[0].fields == {"A": "1"} and root.children[0].closed


def test_comments_and_cdata_keep_line_numbers_and_text() -> None:
    text = "<OFX>\n<!-- a\nb -->\n<NAME><![CDATA[A & B]]>\n</OFX>"
    root, clean = read_tree("t.ofx", text)
    assert clean.count("\n") == text.count("\n")
    assert root.children[0].fields["NAME"] == "A & B"
