"""Bank files -> parsed statements. Pure parsing: no database, no Qt.

Formats: OFX 1.x/2.x and QFX/QBO (:mod:`.ofx`), QIF (:mod:`.qif`), CSV of any dialect
(:mod:`.csv_import`, with :class:`CsvMapping` profiles), ISO 20022 CAMT.052/.053/.054
(:mod:`.camt`) and SWIFT MT940/MT942 (:mod:`.mt940`); market data CSVs (:mod:`.market`).

Public API::

    detect_format(path) -> str
    parse_file(path, *, format=None, mapping=None, max_bytes=256 MiB) -> list[ParsedStatement]
    dedupe_keys(statement) -> list[int]
    clean_payee(raw) -> str
    detect_csv_mapping(path) -> CsvMapping
    csv_head(path, *, encoding=None, rows=50) -> CsvHead   (the import dialog's preview)
    preview_rows(head, mapping) -> list[PreviewRow]
    parse_market_csv(path) -> list[(kind, record)]

Every problem with a file, whatever the input, is raised as
:class:`cmrdesk.domain.ImportFormatError` naming the file and, where it can, the line and
field. Amounts in a :class:`ParsedStatement` are exact integers at ``scale`` decimals
(see :mod:`.statement`).
"""

from __future__ import annotations

import csv
from pathlib import Path

from cmrdesk.domain import ImportFormatError, paused_gc

from .camt import parse_camt
from .csv_import import parse_csv
from .csv_mapping import (
    CSV_ROLES,
    DATE_FORMATS,
    DECIMAL_MARKS,
    ENCODINGS,
    SIGN_CONVENTIONS,
    THOUSANDS_SEPARATORS,
    CsvMapping,
)
from .csv_preview import CsvHead, PreviewRow, csv_head, detect_csv_mapping, preview_rows
from .detect import detect_format, sniff
from .fingerprint import dedupe_keys
from .market import SecurityPrice, is_market_csv, parse_market_csv
from .mt940 import parse_mt940
from .ofx import parse_ofx
from .payees import clean_payee
from .qif import parse_qif
from .source import DEFAULT_MAX_BYTES, read_bytes
from .statement import (
    FORMATS,
    InvestmentTransaction,
    ParsedStatement,
    Position,
    StatementAccount,
)

__all__ = [
    "CSV_ROLES",
    "DATE_FORMATS",
    "DECIMAL_MARKS",
    "ENCODINGS",
    "FORMATS",
    "SIGN_CONVENTIONS",
    "THOUSANDS_SEPARATORS",
    "CsvHead",
    "CsvMapping",
    "InvestmentTransaction",
    "ParsedStatement",
    "Position",
    "PreviewRow",
    "SecurityPrice",
    "StatementAccount",
    "clean_payee",
    "csv_head",
    "dedupe_keys",
    "detect_csv_mapping",
    "detect_format",
    "is_market_csv",
    "parse_file",
    "parse_market_csv",
    "preview_rows",
]

#: Marks the reason of an error that only the safety net in :func:`parse_file` produced;
#: tests check that no input reaches it.
UNEXPECTED = "could not be read (unexpected content"


def _dispatch(
    path: str | Path, source: list[bytes], fmt: str, mapping: CsvMapping | None
) -> list[ParsedStatement]:
    # The bytes are handed over from a list that is emptied, so that no frame keeps them:
    # a reader that has decoded them lets them go (250 MB for a large CSV).
    if fmt in ("ofx", "qfx"):
        return parse_ofx(path, source.pop(), fmt)
    if fmt == "qif":
        return parse_qif(path, source.pop())
    if fmt == "csv":
        return parse_csv(path, source.pop(), mapping)
    if fmt.startswith("camt."):
        return parse_camt(path, source.pop())
    return parse_mt940(path, source.pop())


def parse_file(
    path: str | Path,
    *,
    format: str | None = None,  # the name the brief and callers use
    mapping: CsvMapping | None = None,
    max_bytes: int = DEFAULT_MAX_BYTES,
) -> list[ParsedStatement]:
    """Parse the bank file at ``path`` into one :class:`ParsedStatement` per account
    statement in it.

    ``format`` overrides detection (one of :data:`FORMATS`); ``mapping`` reads a CSV with a
    saved profile instead of a proposed one; files larger than ``max_bytes`` are refused
    before they are read. Nothing in a file is ever evaluated or executed.
    """
    data = read_bytes(path, max_bytes)
    if format is not None and format not in FORMATS:
        raise ImportFormatError(path, f"unknown format {format!r}; use one of {', '.join(FORMATS)}")
    fmt = format or sniff(path, data)
    if mapping is not None and fmt != "csv":
        raise ImportFormatError(path, f"a CSV profile was given, but this is a {fmt} file")
    source = [data]
    del data
    try:
        with paused_gc():
            return _dispatch(path, source, fmt, mapping)
    except ImportFormatError:
        raise
    except (ValueError, ArithmeticError, LookupError, TypeError, RecursionError, csv.Error) as exc:
        # A safety net, so that no input ever shows a person a traceback; the readers raise
        # their own precise errors, and the property tests make sure nothing lands here.
        raise ImportFormatError(
            path, f"{UNEXPECTED} for a {fmt} file: {type(exc).__name__}: {exc})"
        ) from exc
