"""Exchange rates the person keys in, and the list of those the vault holds.

A rate is "on ``date``, one ``base`` bought ``rate`` ``quote``" (:class:`~cmrdesk.domain.FxRate`),
the same record a market-data CSV import writes, so a keyed-in rate and an imported one follow
the same rules (:class:`~cmrdesk.domain.FxTable`): the person's own rate for a pair replaces the
shipped reference rates for it, and the latest rate on or before a day converts that day.
Keying in a rate for a date and pair that already has one replaces it, as an import does.
"""

from __future__ import annotations

from datetime import date
from decimal import Decimal

from cmrdesk.domain import (
    ChangeSet,
    FxRate,
    ValidationError,
    check_currency,
    parse_plain,
    to_epoch_day,
)
from cmrdesk.domain.batch import MAX_YEAR, MIN_YEAR
from cmrdesk.vault import Repository

from .session import VaultSession

#: The ``source`` of a rate keyed in by hand.
MANUAL_SOURCE = "manual"


def parse_rate(text: str) -> Decimal:
    """A rate typed as a plain decimal (``"0.6071"``, ``"0,6071"``): the number grammar of the
    market-data CSV, so a typed rate and an imported one read alike (no exponents, no NaN).
    Zero, negative or not a number: a ``ValidationError`` naming ``rate``."""
    value = parse_plain(text)
    if value is None:
        raise ValidationError("rate", f"{text!r} is not a number")
    if value <= 0:
        raise ValidationError("rate", f"{text!r} must be greater than zero")
    return value


def add_rate(
    session: VaultSession,
    *,
    on: date,
    base: str,
    quote: str,
    rate: Decimal,
    source: str = MANUAL_SOURCE,
) -> tuple[FxRate, bool, ChangeSet]:
    """Store "on ``on``, one ``base`` bought ``rate`` ``quote``".

    Returns the stored rate, whether it replaced one for the same date and pair, and the
    change set. Bad input raises ``ValidationError`` naming the field; nothing is written.
    """
    for field, code in (("base", base), ("quote", quote)):
        try:
            check_currency(code)
        except ValidationError:
            raise ValidationError(field, f"{code!r} is not a three-letter ISO 4217 code") from None
    if base == quote:
        raise ValidationError("quote", f"must differ from the base currency {base}")
    if not isinstance(rate, Decimal) or not rate.is_finite() or rate <= 0:
        raise ValidationError("rate", "must be a positive number")
    if not MIN_YEAR <= on.year <= MAX_YEAR:
        raise ValidationError("date", f"{on.isoformat()} is outside {MIN_YEAR}-{MAX_YEAR}")
    record = FxRate(date=on, base=base, quote=quote, rate=rate, source=source)
    with session.vault.begin() as conn:
        repo = Repository(conn, session.vault.tables)
        existing = repo.find(FxRate, date=to_epoch_day(on), base=base, quote=quote)
        if existing is None:
            repo.add(record)
        else:
            record.id = existing.id
            repo.update(record)
    return record, existing is not None, ChangeSet.of("fx_rates", ids=(record.id,))


def list_rates(session: VaultSession) -> list[FxRate]:
    """The vault's own exchange rates (keyed in or imported), by pair, then by date."""
    return sorted(session.list(FxRate), key=lambda r: (r.base, r.quote, r.date))


__all__ = ["MANUAL_SOURCE", "add_rate", "list_rates", "parse_rate"]
