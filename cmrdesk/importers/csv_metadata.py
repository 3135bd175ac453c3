"""What a CSV export says about its account outside the transaction rows.

Banks put the account number, the currency and balances in title lines, metadata lines
before the header ("IBAN;DE12...", "Account Number : 0808...", "Saldo;150,00;EUR") and
footers ("Balance at start of period"); a few put the account only in the file name
("History_for_Account_X8YYYYYYY.csv"). Labels are matched in English, German, Dutch,
French and Spanish.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from decimal import Decimal
from pathlib import Path

from .csv_dialect import normalise_header
from .numbers import ISO_CURRENCIES, NumberFormat, try_amount

_ACCOUNT_LABELS = frozenset({
    "iban", "account number", "account", "account no", "kontonummer", "konto",
    "rekeningnummer", "rekening", "compte", "numero de compte", "cuenta", "auftragskonto",
})  # fmt: skip
_BALANCE_WORDS = ("balance", "saldo", "solde", "kontostand")
_OPENING_WORDS = ("start", "opening", "begin", "anfang", "alter", "vorher", "initial", "ouverture")
# "Transactions for account Brokerage XXXX-1234 as of ...", "for Checking account EAC as of"
_TITLE_ACCOUNT = re.compile(r"\baccount\s+(?:[A-Za-z]+\s+)?([A-Z0-9][\w.-]*)\s+as of\b", re.I)
# "History_for_Account_X8YYYYYYY.csv": an id with a digit in it, not a date (20190101).
_FILE_ACCOUNT = re.compile(
    r"(?:^|[_\W])account[_ -]+(?!(?:19|20)\d{6}(?!\d))([A-Z0-9]*\d[A-Z0-9]*)(?:[_\W]|$)", re.I
)
_FILE_IBAN = re.compile(r"[A-Z]{2}\d{2}[A-Z]{4}\d{7,}")


@dataclass
class Metadata:
    """Account facts found outside the data rows ('' or None when not found)."""

    account: str = ""
    currency: str = ""
    opening: Decimal | None = None
    closing: Decimal | None = None


def read_metadata(rows: list[list[str]], fmt: NumberFormat) -> Metadata:
    """Look through non-transaction rows for account number, currency and balances.

    A label and its value share a cell ("Account Number : 0808") or sit in neighbouring
    cells ("IBAN", "DE12 ..."); a balance label with "start"/"opening"/"alter"... is the
    opening balance, any other balance label the closing one. The first of each wins.
    """
    meta = Metadata()
    for row in rows:
        cells = [c.strip() for c in row if c.strip()]
        for i, cell in enumerate(cells):
            label, sep, rest = cell.partition(":")
            if sep and rest.strip():
                value, name = rest.strip(), normalise_header(label)[0]
            else:
                value = cells[i + 1] if i + 1 < len(cells) else ""
                name = normalise_header(cell)[0]
            bare = cell.strip(": ")
            if not meta.currency and bare in ISO_CURRENCIES:
                meta.currency = bare
            if name in _ACCOUNT_LABELS and value and not meta.account:
                meta.account = value
            elif any(w in name for w in _BALANCE_WORDS) and value:
                amount = try_amount(value, fmt)
                if amount is None:
                    continue
                if any(w in name for w in _OPENING_WORDS):
                    meta.opening = amount if meta.opening is None else meta.opening
                else:
                    meta.closing = amount if meta.closing is None else meta.closing
        title = _TITLE_ACCOUNT.search(" ".join(cells))
        if title and not meta.account:
            meta.account = title.group(1)
    return meta


def account_from_file_name(path: Path) -> str:
    """An IBAN or an ``Account_<id>`` in the file name, else ''."""
    found = _FILE_IBAN.search(path.name) or _FILE_ACCOUNT.search(path.stem)
    return found.group(found.lastindex or 0) if found else ""
