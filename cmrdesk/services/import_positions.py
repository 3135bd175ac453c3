"""What a statement says beyond its cash rows: investment positions, categories and splits.

Called by the import service for each statement, inside its transaction, after the
statement's new rows are inserted (:func:`store_extras`), so a refused file or a dry run
leaves none of it behind.

* **Positions** (OFX ``INVPOSLIST`` with ``SECLIST``) become securities (found again by
  ISIN, ticker or the file's security id; created with the file's name and currency
  otherwise), the account's holdings (quantity exactly as written, cost basis only when the
  file states one) and prices (the unit price on its ``DTPRICEASOF``, source
  ``statement <file name>``; a bond's percent-of-par and an option's per-share quote are
  brought to one unit of the quantity, see :func:`_unit_price`). A holding or a price
  already in the vault is updated, never added twice, so importing the same statement again
  changes nothing.
* **Categories** the file names (QIF ``L``) are matched to the vault's categories by path
  (``Parent:Child``) or by a name only one category has, case-insensitively; none is
  created. A matched row gets the category with ``category_source = 'file'``; an unmatched
  one stays uncategorised and keeps the file's text in its memo. ``[Account]`` is a transfer.
* **Splits** (QIF ``S``/``E``/``$``) become ``transaction_splits`` rows of the inserted
  transaction, in the file's order, with their own categories and memos.
"""

from __future__ import annotations

from decimal import ROUND_HALF_EVEN, Decimal
from pathlib import Path
from typing import Any

from cmrdesk.domain import (
    Account,
    Category,
    CategoryKind,
    Holding,
    Money,
    Price,
    Security,
    SecurityKind,
    currency_exponent,
    from_epoch_day,
)
from cmrdesk.importers import ParsedStatement, Position
from cmrdesk.importers.statement import SplitPart
from cmrdesk.vault import Repository
from cmrdesk.vault import splits as vault_splits

FILE_SOURCE = "file"

_KINDS = {
    "POSSTOCK": SecurityKind.STOCK,
    "POSMF": SecurityKind.FUND,
    "POSDEBT": SecurityKind.BOND,
    "POSOPT": SecurityKind.OTHER,
    "POSOTHER": SecurityKind.OTHER,
}
_ASSET_CLASSES = {"POSDEBT": "bonds", "POSOPT": "other", "POSOTHER": "other"}


def store_extras(
    conn: Any, repo: Repository, statement: ParsedStatement, account: Account, kept: list[int]
) -> list[str]:
    """Store a statement's positions, categories and splits; returns warnings for the report.

    ``kept`` are the statement's row indexes that were just inserted (in insert order);
    duplicates and pending rows are not among them and get nothing.
    """
    warnings: list[str] = []
    if statement.positions:
        warnings += store_positions(repo, statement, account)
    if statement.category or statement.splits:
        store_categories(conn, repo, statement, account, kept)
    return warnings


# --- positions -----------------------------------------------------------------------------


def store_positions(repo: Repository, statement: ParsedStatement, account: Account) -> list[str]:
    """Securities, holdings and prices from the statement's positions; returns warnings."""
    warnings: list[str] = []
    source = f"statement {Path(statement.source).name}"
    for position in statement.positions:
        where = f"line {position.line}: position {position.ticker or position.security_id!r}"
        if not (position.security_id or position.ticker):
            warnings.append(f"{where} names no security; it was not stored")
            continue
        currency = position.currency or statement.account.currency or account.currency
        security = _security(repo, position, currency)
        if position.units is None:
            warnings.append(f"{where} states no units; the holding was not stored")
        else:
            _holding(repo, account, security, position, currency)
        price, disagrees = _unit_price(position)
        if disagrees:
            warnings.append(f"{where}: {disagrees}")
        if price is None:
            continue
        if position.day is None:
            warnings.append(f"{where} has no price date (DTPRICEASOF); its price was not stored")
        elif price <= 0:
            warnings.append(f"{where} states a price of {position.unit_price}; not stored")
        else:
            _price(repo, security, position.day, price, currency, source)
    return warnings


def _unit_price(position: Position) -> tuple[Decimal | None, str]:
    """The price of one unit of the holding, and a warning when the statement disagrees.

    OFX quotes a bond (``POSDEBT``) in percent of its par value, which is its ``UNITS``, and
    an option per share while ``UNITS`` counts contracts (100 shares each, as a rule). The
    vault values a holding at quantity times price, so the price is brought to one unit of
    the quantity: divided by 100 for a bond, multiplied by 100 for an option, when the
    statement's market value confirms it (or, for a bond without one, per the specification).
    Anything else that does not give the stated market value is stored as written and said.
    """
    units, price, stated = position.units, position.unit_price, position.market_value
    if price is None:
        return None, ""
    factors = {"POSDEBT": Decimal("0.01"), "POSOPT": Decimal(100)}
    factor = factors.get(position.kind)
    if units is None or stated is None:
        return (price * factor if position.kind == "POSDEBT" and factor else price), ""
    if _close(units * price, stated):
        return price, ""
    if factor is not None and _close(units * price * factor, stated):
        return price * factor, ""
    return price, (
        f"the statement values it at {stated}, but its units times its price give "
        f"{(units * price).normalize():f}; the vault values it at units times price")


def _close(computed: Decimal, stated: Decimal) -> bool:
    """Equal but for the rounding of a statement's market value (within 1 %, or a cent)."""
    return abs(computed - stated) <= max(abs(stated) / 100, Decimal("0.01"))


def _security(repo: Repository, position: Position, currency: str) -> Security:
    isin = position.security_id if position.id_type == "ISIN" else ""
    symbol = position.ticker or position.security_id
    found = (
        (repo.find(Security, isin=isin) if isin else None)
        or repo.find(Security, symbol=symbol)
        or repo.find(Security, symbol=position.security_id)
    )
    if found is not None:
        if isin and not found.isin:
            found.isin = isin
            repo.update(found)
        return found
    security = Security(
        symbol=symbol,
        name=position.security_name or symbol,
        currency=currency,
        kind=_KINDS.get(position.kind, SecurityKind.OTHER),
        isin=isin,
        asset_class=_ASSET_CLASSES.get(position.kind, "equity"),
    )
    repo.add(security)
    return security


def _holding(
    repo: Repository, account: Account, security: Security, position: Position, currency: str
) -> None:
    assert position.units is not None and security.id is not None and account.id is not None
    cost = (
        Money(position.cost_basis, currency).rounded() if position.cost_basis is not None else None
    )
    existing = repo.find(Holding, account_id=account.id, security_id=security.id)
    if existing is None:
        repo.add(Holding(account_id=account.id, security_id=security.id,
                         quantity=position.units, cost_basis=cost))
        return
    existing.quantity = position.units
    if cost is not None:  # a statement without a cost keeps the one the person entered
        existing.cost_basis = cost
    repo.update(existing)


def _price(
    repo: Repository, security: Security, day: int, unit_price: Decimal, currency: str,
    source: str,
) -> None:
    price = Price(security_id=security.id, date=from_epoch_day(day), price=unit_price,
                  currency=currency, source=source)  # fmt: skip
    existing = repo.find(Price, security_id=security.id, date=day)
    if existing is None:
        repo.add(price)
    else:
        price.id = existing.id
        repo.update(price)


# --- categories and splits -------------------------------------------------------------------


class CategoryMatcher:
    """The vault category a file's category text names, or ``None``."""

    def __init__(self, categories: list[Category]) -> None:
        by_id = {c.id: c for c in categories}
        self.paths: dict[str, int] = {}
        names: dict[str, list[int]] = {}
        for cat in categories:
            assert cat.id is not None
            parts = [cat.name]
            parent = by_id.get(cat.parent_id) if cat.parent_id else None
            seen = {cat.id}
            while parent is not None and parent.id not in seen:
                parts.insert(0, parent.name)
                seen.add(parent.id)
                parent = by_id.get(parent.parent_id) if parent.parent_id else None
            self.paths.setdefault(_key(":".join(parts)), cat.id)
            names.setdefault(cat.name.strip().casefold(), []).append(cat.id)
        self.names = {name: ids[0] for name, ids in names.items() if len(ids) == 1}
        # "[Account]" is a transfer: filed under the one top-level transfer category, when
        # the vault has exactly one (its children name purposes the file does not state).
        transfers = [c.id for c in categories
                     if c.kind == CategoryKind.TRANSFER and not c.parent_id]
        self.transfer = transfers[0] if len(transfers) == 1 else None

    def __call__(self, text: str) -> int | None:
        text = text.strip()
        if not text:
            return None
        if is_transfer(text):
            return self.transfer
        key = _key(text)
        found = self.paths.get(key)
        if found is None and ":" not in key:
            found = self.names.get(key)
        return found


def _key(path: str) -> str:
    return ":".join(part.strip().casefold() for part in path.replace("/", ":").split(":"))


def is_transfer(text: str) -> bool:
    """QIF writes a transfer to another account as its name in brackets: ``[Savings]``."""
    text = text.strip()
    return text.startswith("[") and text.endswith("]")


def _note(memo: str, text: str) -> str:
    """The memo with the file's category text kept, so an unmatched category is not lost."""
    what = f"transfer {text}" if is_transfer(text) else f"category {text}"
    return f"{memo} ({what})" if memo else f"({what})"


def store_categories(
    conn: Any, repo: Repository, statement: ParsedStatement, account: Account, kept: list[int]
) -> None:
    """Categories and split parts of the rows just inserted (see the module docstring)."""
    if not kept:
        return
    match = CategoryMatcher(repo.list(Category))
    ids = vault_splits.last_inserted_ids(conn, len(kept))
    exponent = currency_exponent(account.currency)
    updates: list[tuple[int | None, str, str, int]] = []
    parts_rows: list[tuple[int, int, int | None, str]] = []
    texts = statement.category
    for row, tx_id in zip(kept, ids, strict=True):
        text = texts[row] if texts else ""
        memo = statement.memo[row]
        category = match(text) if text else None
        if text and (category is None or is_transfer(text)):
            memo = _note(memo, text)
        if category is not None or memo != statement.memo[row]:
            updates.append((category, FILE_SOURCE if category is not None else "", memo, tx_id))
        for position, part in enumerate(statement.splits.get(row, ())):
            parts_rows.append(_part_row(tx_id, position, part, match, exponent))
    vault_splits.set_file_categories(conn, updates)
    vault_splits.insert_splits(conn, parts_rows)


def _part_row(
    tx_id: int, position: int, part: SplitPart, match: CategoryMatcher, exponent: int
) -> tuple[int, int, int, int | None, str]:
    category = match(part.category) if part.category else None
    memo = part.memo
    if part.category and (category is None or is_transfer(part.category)):
        memo = _note(memo, part.category)
    minor = (part.amount.scaleb(exponent)).quantize(Decimal(1), rounding=ROUND_HALF_EVEN)
    return (tx_id, position, int(minor), category, memo)
