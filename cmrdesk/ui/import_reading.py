"""How the import wizard reads a file before the import does: the first rows of a CSV, a
blank reading for a CSV whose columns could not be detected, and the format of a refused file.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

from cmrdesk.domain import CmrdeskError

#: How many rows of a CSV the columns page previews.
PREVIEW_ROWS = 30


def blank_mapping(head: Any) -> Any:
    """A reading with no roles yet (the date in the first column, nothing else) for a CSV
    whose columns could not be detected: the person gives each column its role."""
    from cmrdesk.importers import CsvMapping

    header_row = head.header_line - 1 if head.header_line else None
    return CsvMapping(delimiter=head.delimiter, quotechar=head.quotechar,
                      encoding=head.encoding, header_row=header_row,
                      first_row=0 if header_row is None else header_row + 1,
                      columns=list(head.header), date=0)


def detected_format(path: Path) -> str:
    """The format of a file the import refused ("" when not even that is known)."""
    from cmrdesk.importers import detect_format

    try:
        return detect_format(path)
    except CmrdeskError:
        return ""


def read_head(path: Path, mapping: Any) -> Any:
    """The first rows of a CSV (``importers.CsvHead``), or the typed error that says why they
    cannot be read (e.g. bytes that are not text in the chosen encoding)."""
    from cmrdesk.importers import csv_head

    encoding = getattr(mapping, "encoding", "") or None
    try:
        return csv_head(path, encoding=encoding, rows=PREVIEW_ROWS)
    except CmrdeskError as error:
        return error
