"""Shared helpers for the importer tests: the corpus, its facts, and statement invariants."""

from __future__ import annotations

import hashlib
import json
from decimal import Decimal
from pathlib import Path

import pytest

from cmrdesk.domain import AccountKind
from cmrdesk.importers import ParsedStatement, dedupe_keys

CORPUS = Path(__file__).resolve().parent.parent / "data" / "corpus"
FACTS: dict[str, dict] = json.loads((CORPUS / "expected_facts.json").read_text("utf-8"))

#: Files that are refused, with a piece of the reason the refusal must give. Everything else in
#: the corpus must parse. Keep this list short and explained.
REFUSED = {
    # An OFX error response: status 2000 ERROR "General Server Error" and no statement.
    "ofx/ofxparse__error_message.ofx": "code 2000 (General Server Error)",
    # TRNAMT "$120": a currency symbol in an OFX amount means a broken export.
    "ofx/ofxparse__fail_nice_decimal_error.ofx": "line 37: TRNAMT: '$120' is not a number",
    # Transaction 1 has no DTPOSTED (2 has an empty one, 3 the impossible 20120231).
    "ofx/ofxparse__fail_nice_date_missing.ofx": "line 33: DTPOSTED: missing",
}


def corpus_files(prefix: str | tuple[str, ...]) -> list[str]:
    """Corpus keys (``format/file``) starting with ``prefix``, as pytest parameters."""
    return sorted(k for k in FACTS if k.startswith(prefix))


def path_of(key: str) -> Path:
    """Path of a corpus file, after checking it is byte-identical to the recorded source."""
    path = CORPUS / key
    assert hashlib.sha256(path.read_bytes()).hexdigest() == FACTS[key]["sha256"], key
    return path


def dec(text: str | None) -> Decimal | None:
    """A recorded number as Decimal ('' and None mean no value)."""
    return Decimal(text) if text not in (None, "") else None


def check_invariants(st: ParsedStatement) -> None:
    """What every parsed statement must satisfy, whatever the format."""
    n = len(st.day)
    for column in ("amount_minor", "payee", "payee_raw", "memo", "import_id", "status", "line"):
        assert len(getattr(st, column)) == n, column
    assert set(st.status) <= {"cleared", "pending"}
    assert all(isinstance(a, int) for a in st.amount_minor)
    assert all(-25_567 <= d <= 83_665 for d in st.day)  # 1900..2199, as the readers enforce
    assert all(line > 0 for line in st.line)
    assert st.scale >= 0
    if st.account.kind_hint:
        AccountKind(st.account.kind_hint)
    keys = dedupe_keys(st)
    assert len(keys) == n and len(set(keys)) == n, "dedupe keys must be unique in a statement"
    assert all(-(2**63) <= k < 2**63 for k in keys)


@pytest.fixture
def tmp_file(tmp_path: Path):
    """Write bytes or text to a file in a temporary directory and return its path."""

    def write(name: str, content: bytes | str, encoding: str = "utf-8") -> Path:
        path = tmp_path / name
        if isinstance(content, str):
            content = content.encode(encoding)
        path.write_bytes(content)
        return path

    return write
