"""Keyed-in versus observed: where the bank data disagrees with a figure a person keyed in.

Two figures are checked against the ledger:

* an income source's net amount against what its account actually received from that payer;
* a policy's premium against what its paid-from account actually paid that insurer.

The transactions of the record's account are read as columns
(:meth:`VaultSession.transaction_columns`), payees are matched once per distinct payee text
(never per row), and amounts are summed per period of the record's frequency (a month for a
monthly salary, a year for a yearly premium) with numpy.

A mismatch is stated only when the data covers it: the last :data:`PERIODS_NEEDED` periods
of that frequency each had a payment, without a gap, and the latest of them is the current or
the previous period (an income that stopped says nothing about today's amount). The observed
amount is the median of those periods (a one-off holiday allowance in one month does not move
it); for a half-yearly or yearly figure, whose periods are far apart, it is the latest period's
amount and the earlier one only shows that it recurs. Differences within :data:`TOLERANCE` of
the keyed figure are not mismatches. Anything not covered yields no observation at all —
never a zero.
"""

from __future__ import annotations

import copy
import re
from dataclasses import dataclass
from datetime import date
from decimal import Decimal
from typing import Any

import numpy as np

from cmrdesk.domain import (
    Frequency,
    IncomeSource,
    Money,
    Policy,
    from_epoch_day,
    to_epoch_day,
)

from .editing import Operation
from .records import describe, edit_record
from .session import VaultSession

#: Periods in a row that must each show a payment before an amount counts as observed.
PERIODS_NEEDED: dict[Frequency, int] = {
    Frequency.WEEKLY: 4, Frequency.MONTHLY: 3, Frequency.QUARTERLY: 3,
    Frequency.HALF_YEARLY: 2, Frequency.YEARLY: 2,
}
#: Relative difference below which the keyed figure and the bank agree (rounding, a few cents).
TOLERANCE = Decimal("0.005")


@dataclass(frozen=True)
class Observation:
    """What the bank shows for a keyed-in figure that it disagrees with."""

    kind: str  # "income_sources" or "policies"
    record_id: int
    field: str  # the record's field: "net" or "premium"
    keyed: Money
    observed: Money  # per period of ``frequency``
    frequency: Frequency
    since: date  # first day of the first period the observed amount is drawn from
    last_paid: date  # the latest payment seen
    periods: int  # how many periods it is drawn from
    account_id: int


def observations(session: VaultSession, today: date | None = None) -> list[Observation]:
    """Every mismatch between a keyed-in income or premium and the bank data."""
    today = today or date.today()
    incomes = [i for i in session.list(IncomeSource) if i.account_id is not None]
    policies = [p for p in session.list(Policy) if p.account_id is not None]
    accounts = {r.account_id for r in (*incomes, *policies)}
    if not accounts:
        return []
    # Enough history for two yearly periods and the one before them.
    since = date(today.year - 3, 1, 1)
    columns = session.transaction_columns(since=since, until=today, account_ids=sorted(accounts))
    payees = _PayeeIndex(columns["payee"])
    out: list[Observation] = []
    for income in incomes:
        found = _observe(columns, payees, income.account_id, income.payer, income.frequency,
                         today, sign=1, currency=income.net.currency)
        if found is not None and _differs(income.net, found[0]):
            out.append(Observation("income_sources", income.id, "net", income.net,
                                   *found, account_id=income.account_id))
    for policy in policies:
        found = _observe(columns, payees, policy.account_id, policy.insurer, policy.frequency,
                         today, sign=-1, currency=policy.premium.currency)
        if found is not None and _differs(policy.premium, found[0]):
            out.append(Observation("policies", policy.id, "premium", policy.premium,
                                   *found, account_id=policy.account_id))
    return out


def update_to_observed(session: VaultSession, observation: Observation) -> Operation:
    """The undoable edit that sets the keyed figure to what the bank shows."""
    cls = IncomeSource if observation.kind == "income_sources" else Policy
    record = copy.copy(session.get(cls, observation.record_id))
    setattr(record, observation.field, observation.observed)
    operation = edit_record(session, record)
    operation.label = f"update {describe(record)} to the bank's amount"
    return operation


# --- matching and periods --------------------------------------------------------------------


def _words(text: str) -> str:
    return " " + " ".join(re.findall(r"[0-9a-z]+", text.casefold())) + " "


class _PayeeIndex:
    """The distinct payee texts of a set of rows, matched once each (a ledger has thousands of
    rows but a few hundred payees)."""

    def __init__(self, payee: np.ndarray) -> None:
        self.unique, self.codes = np.unique(payee.astype(str), return_inverse=True)
        self.words = [_words(p) for p in self.unique]

    def matching(self, name: str) -> np.ndarray:
        """Rows whose payee contains ``name`` as whole words (case and punctuation aside)."""
        wanted = _words(name)
        if not wanted.strip():
            return np.zeros(len(self.codes), dtype=bool)
        hits = np.array([wanted in p for p in self.words], dtype=bool)
        return hits[self.codes] if len(hits) else np.zeros(len(self.codes), dtype=bool)


def _period(days: np.ndarray, frequency: Frequency) -> np.ndarray:
    """Period numbers of epoch days: weeks since 1970, months, quarters, half-years, years."""
    if frequency is Frequency.WEEKLY:
        return (days + 3) // 7  # 1970-01-01 was a Thursday: weeks start on Monday
    as_dates = days.astype("datetime64[D]")
    months = as_dates.astype("datetime64[M]").astype(np.int64)
    size = {Frequency.MONTHLY: 1, Frequency.QUARTERLY: 3, Frequency.HALF_YEARLY: 6,
            Frequency.YEARLY: 12}[frequency]
    return months // size


def _period_start(number: int, frequency: Frequency) -> date:
    if frequency is Frequency.WEEKLY:
        return from_epoch_day(number * 7 - 3)
    size = {Frequency.MONTHLY: 1, Frequency.QUARTERLY: 3, Frequency.HALF_YEARLY: 6,
            Frequency.YEARLY: 12}[frequency]
    months = number * size
    return date(1970 + months // 12, months % 12 + 1, 1)


def _observe(columns: dict[str, Any], payees: _PayeeIndex, account_id: int, name: str,
             frequency: Frequency, today: date, *, sign: int, currency: str
             ) -> tuple[Money, Frequency, date, date, int] | None:
    """(observed amount, frequency, since, last paid, periods) or ``None`` when not covered."""
    amount = columns["amount_minor"]
    keep = ((columns["account_id"] == account_id) & (columns["transfer_id"] < 0)
            & (np.sign(amount) == sign) & payees.matching(name))
    if not keep.any():
        return None
    days = columns["day"][keep].astype(np.int64)
    periods = _period(days, frequency)
    numbers, inverse = np.unique(periods, return_inverse=True)
    sums = np.bincount(inverse, weights=amount[keep] * sign).astype(np.int64)
    needed = PERIODS_NEEDED[frequency]
    current = int(_period(np.array([to_epoch_day(today)]), frequency)[0])
    if len(numbers) < needed:
        return None
    last = numbers[-needed:]
    if int(last[-1]) < current - 1 or int(last[-1] - last[0]) != needed - 1:
        return None  # stopped, or gaps: the data does not cover the figure
    recent = sums[-needed:]
    # The median (the upper one of an even count: always a real period's amount, not a mean);
    # a yearly figure takes its latest period.
    minor = int(sorted(recent)[len(recent) // 2]) if needed > 2 else int(recent[-1])
    first = last[0] if needed > 2 else last[-1]
    return (Money.from_minor(minor, currency), frequency, _period_start(int(first), frequency),
            from_epoch_day(int(days.max())), needed if needed > 2 else 1)


def _differs(keyed: Money, observed: Money) -> bool:
    if keyed.currency != observed.currency:
        return False
    if keyed.amount == 0:
        return observed.amount != 0
    return abs(observed.amount - keyed.amount) / abs(keyed.amount) > TOLERANCE


def by_record(found: list[Observation]) -> dict[tuple[str, int], Observation]:
    """Observations keyed by ``(kind, record id)``, as the lists look them up."""
    return {(o.kind, o.record_id): o for o in found}
