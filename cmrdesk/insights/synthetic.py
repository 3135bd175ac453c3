"""A synthetic ledger of any size, for benchmarks and demos: realistic shape, made-up people.

``synthetic_ledger(1_000_000)`` builds ten years of a household with twelve accounts (two
checking, two savings, two cards, brokerage, pension, house, mortgage, car loan, a USD account)
in about a second of numpy work: salaries, a mortgage paid by linked transfers, a car loan and
card payoffs paid by *unlabelled* transfers (the detector has to find them), savings and
pension transfers, subscriptions with price rises, yearly premiums, and the bulk of everyday
purchases across some two thousand payees (store numbers vary, as on real statements). About
6 % of purchases are left uncategorised for the categoriser. Amounts are scaled so that the
household saves roughly 15 % of its income whatever the number of rows.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, timedelta
from decimal import Decimal

import numpy as np

from cmrdesk.domain import (
    Account,
    AccountKind,
    Category,
    CategoryKind,
    Frequency,
    FxRate,
    Goal,
    Holding,
    IncomeKind,
    IncomeSource,
    Money,
    Policy,
    PolicyType,
    Price,
    Security,
    SecurityKind,
    Valuation,
    to_epoch_day,
)

from .inputs import AdviceSettings, LedgerData

CHECKING, JOINT, SAVINGS, HIGH_YIELD, CARD, CARD2 = 1, 2, 3, 4, 5, 6
BROKERAGE, PENSION, HOUSE, MORTGAGE, CAR_LOAN, USD_CHECKING = 7, 8, 9, 10, 11, 12

# (name, kind, parent name, essential)
_CATEGORIES = [
    ("Income", "income", None, False), ("Salary", "income", "Income", False),
    ("Interest", "income", "Income", False), ("Refunds", "income", "Income", False),
    ("Housing", "expense", None, True), ("Mortgage interest", "expense", "Housing", True),
    ("Utilities", "expense", "Housing", True), ("Phone & internet", "expense", "Housing", True),
    ("Food", "expense", None, True), ("Groceries", "expense", "Food", True),
    ("Restaurants", "expense", "Food", False), ("Coffee", "expense", "Food", False),
    ("Transport", "expense", None, False), ("Fuel", "expense", "Transport", True),
    ("Public transport", "expense", "Transport", True), ("Car", "expense", "Transport", False),
    ("Subscriptions", "expense", None, False), ("Streaming", "expense", "Subscriptions", False),
    ("Software", "expense", "Subscriptions", False), ("Fitness", "expense", "Subscriptions", False),
    ("News", "expense", "Subscriptions", False),
    ("Insurance", "expense", None, True), ("Health", "expense", None, True),
    ("Shopping", "expense", None, False), ("Clothing", "expense", "Shopping", False),
    ("Electronics", "expense", "Shopping", False), ("Home", "expense", "Shopping", False),
    ("Leisure", "expense", None, False), ("Travel", "expense", "Leisure", False),
    ("Books", "expense", "Leisure", False), ("Gifts", "expense", None, False),
    ("Fees", "expense", None, False), ("Kids", "expense", None, True),
    ("Transfers", "transfer", None, False),
]

# (payee stem, category, typical amount in EUR, relative frequency, store variants)
_MERCHANTS = [
    ("REWE Markt", "Groceries", 38, 30, 120), ("EDEKA", "Groceries", 31, 22, 90),
    ("Lidl", "Groceries", 24, 20, 110), ("ALDI SUED", "Groceries", 22, 18, 100),
    ("dm-drogerie markt", "Groceries", 14, 10, 80), ("Bäckerei Müller", "Coffee", 4, 14, 20),
    ("Starbucks", "Coffee", 6, 6, 30), ("Pizzeria Roma", "Restaurants", 28, 4, 3),
    ("Sushi Bar Kyoto", "Restaurants", 36, 3, 2), ("Burger Palace", "Restaurants", 17, 4, 15),
    ("Lieferando", "Restaurants", 26, 5, 1), ("Aral Tankstelle", "Fuel", 62, 6, 60),
    ("Shell", "Fuel", 58, 5, 60), ("DB Fernverkehr", "Public transport", 45, 3, 1),
    ("BVG Ticket", "Public transport", 3, 8, 1), ("Amazon Mktp DE", "Shopping", 34, 12, 1),
    ("Zalando", "Clothing", 70, 3, 1), ("H&M", "Clothing", 40, 3, 40),
    ("MediaMarkt", "Electronics", 120, 1, 40), ("IKEA", "Home", 85, 1, 15),
    ("OBI Baumarkt", "Home", 46, 2, 40), ("Apotheke am Markt", "Health", 18, 3, 25),
    ("Thalia", "Books", 19, 2, 30), ("Kino Cineplex", "Leisure", 24, 2, 10),
    ("Lufthansa", "Travel", 320, 1, 1), ("Booking.com", "Travel", 260, 1, 1),
    ("PayPal *Geschenk", "Gifts", 35, 2, 1), ("Spielwaren Kramer", "Kids", 29, 2, 5),
    ("Tchibo", "Shopping", 22, 2, 30), ("Bank fee", "Fees", 5, 1, 1),
]

# (payee, category, monthly amount in EUR, day of month, first price rise month index)
_SUBSCRIPTIONS = [
    ("NETFLIX.COM", "Streaming", "12.99", 3), ("Spotify AB", "Streaming", "10.99", 7),
    ("Disney Plus", "Streaming", "8.99", 12), ("Adobe Creative Cloud", "Software", "23.79", 15),
    ("FitX Studio", "Fitness", "24.99", 1), ("Vodafone GmbH", "Phone & internet", "39.99", 20),
    ("Stadtwerke Strom", "Utilities", "86.00", 14),
]


@dataclass(frozen=True)
class _Rows:
    """Parallel arrays of generated rows before sorting."""

    account: np.ndarray
    day: np.ndarray
    amount: np.ndarray
    category: np.ndarray
    payee: np.ndarray  # codes into the payee table
    pair: np.ndarray  # pair number for linked transfers, -1 otherwise


def synthetic_ledger(
    n_tx: int = 100_000, years: int = 10, seed: int = 0, today: date = date(2026, 6, 30)
) -> LedgerData:
    """A reproducible synthetic household with about ``n_tx`` transactions over ``years``."""
    rng = np.random.default_rng(seed)
    end = to_epoch_day(today)
    start = end - int(years * 365.25)
    categories = [
        Category(id=i + 1, name=name, kind=CategoryKind(kind), essential=essential)
        for i, (name, kind, _, essential) in enumerate(_CATEGORIES)
    ]
    by_name = {c.name: c for c in categories}
    for (_name, _, parent, _), category in zip(_CATEGORIES, categories, strict=True):
        category.parent_id = by_name[parent].id if parent else None
    payees: list[str] = []
    index: dict[str, int] = {}

    def payee(text: str) -> int:
        if text not in index:
            index[text] = len(payees)
            payees.append(text)
        return index[text]

    month_days = _month_starts(start, end)
    parts: list[_Rows] = []
    pair_counter = [0]

    def add(account, day, amount, category, payee_code, pair=None) -> None:
        n = len(day)
        parts.append(_Rows(
            np.full(n, account, np.int64), np.asarray(day, np.int32),
            np.asarray(amount, np.int64), np.full(n, category, np.int64) if np.isscalar(category)
            else np.asarray(category, np.int64),
            np.full(n, payee_code, np.int64) if np.isscalar(payee_code)
            else np.asarray(payee_code, np.int64),
            np.full(n, -1, np.int64) if pair is None else pair,
        ))

    def transfer(frm, to, day, amount, category, text, linked) -> None:
        pair = None
        if linked:
            pair = np.arange(pair_counter[0], pair_counter[0] + len(day))
            pair_counter[0] += len(day)
        code = payee(text)
        add(frm, day, -np.asarray(amount), category, code, pair)
        add(to, np.minimum(np.asarray(day) + (0 if linked else 1), end), amount, category, code,
            pair)

    cid = {c.name: c.id for c in categories}
    n_months = len(month_days)
    # --- recurring ------------------------------------------------------------------------
    for name, category, price, dom in _SUBSCRIPTIONS:
        cents = int(Decimal(price) * 100)
        # Prices rise by about 15 % every three to four years.
        steps = (np.arange(n_months) + rng.integers(0, 40)) // 42
        amounts = np.round(cents * 1.15 ** steps).astype(np.int64)
        if name.startswith("Stadtwerke"):
            amounts = amounts + rng.integers(-900, 900, n_months)  # metered, varies
        add(CARD if dom % 2 else CHECKING, month_days + dom - 1, -amounts, cid[category],
            payee(name))
    yearly = month_days[::12]
    add(CHECKING, yearly + 40, -rng.integers(52000, 56000, len(yearly)), cid["Insurance"],
        payee("HUK-COBURG Kfz"))
    add(CHECKING, yearly + 100, -np.full(len(yearly), 31900), cid["Insurance"],
        payee("Allianz Hausrat"))
    add(CHECKING, yearly + 250, -np.full(len(yearly), 14900), cid["News"],
        payee("Die Zeit Abo"))
    # --- everyday purchases -------------------------------------------------------------------
    fixed = sum(len(p.day) for p in parts) + n_months * 14
    n_random = max(n_tx - fixed, 0)
    weights = np.array([m[3] for m in _MERCHANTS], float)
    merchant = rng.choice(len(_MERCHANTS), n_random, p=weights / weights.sum())
    variants = np.array([m[4] for m in _MERCHANTS])
    store = (rng.random(n_random) * variants[merchant]).astype(np.int64)
    table: list[int] = []
    for stem, *_rest, count in _MERCHANTS:
        texts = [stem] if count == 1 else [f"{stem} {1000 + 37 * k:04d}" for k in range(count)]
        table.extend(payee(t) for t in texts)
    offset = np.concatenate([[0], np.cumsum(variants)[:-1]])
    payee_code = np.array(table, np.int64)[offset[merchant] + store]
    typical = np.array([m[2] for m in _MERCHANTS], float)[merchant]
    amount = -np.maximum(np.round(typical * rng.lognormal(0, 0.45, n_random) * 100), 50)
    amount = amount.astype(np.int64)
    category = np.array([cid[m[1]] for m in _MERCHANTS])[merchant]
    # People are not consistent: 3 % of purchases are filed somewhere else, 6 % not at all.
    expense_ids = np.array([c.id for c in categories if c.kind == CategoryKind.EXPENSE])
    category = np.where(rng.random(n_random) < 0.03, rng.choice(expense_ids, n_random), category)
    category = np.where(rng.random(n_random) < 0.06, -1, category)
    account = rng.choice([CARD, CARD2, CHECKING, JOINT, USD_CHECKING], n_random,
                         p=[0.45, 0.15, 0.28, 0.10, 0.02])
    refund = rng.random(n_random) < 0.01
    amount = np.where(refund, -amount, amount)
    day = rng.integers(start, end + 1, n_random).astype(np.int32)
    parts.append(_Rows(account.astype(np.int64), day, amount, category.astype(np.int64),
                       payee_code, np.full(n_random, -1, np.int64)))
    # --- money in, moved, and owed -----------------------------------------------------------
    spend_per_month = -int(amount.sum()) // max(n_months, 1)
    # Incomes sized to the generated spending so balances stay plausible at any row count.
    salary = int(0.8 * spend_per_month) + 300000
    add(CHECKING, month_days + 24, np.full(n_months, salary), cid["Salary"], payee("ACME GmbH"))
    add(JOINT, month_days + 27, np.full(n_months, int(0.4 * spend_per_month)), cid["Salary"],
        payee("Stadt Berlin Bezuege"))
    add(USD_CHECKING, month_days + 9, np.full(n_months, int(0.03 * spend_per_month)),
        cid["Salary"], payee("Upwork Payout"))
    add(SAVINGS, month_days + 27, np.full(n_months, 150), cid["Interest"],
        payee("Zinsgutschrift"))
    transfer(CHECKING, MORTGAGE, month_days + 1, np.full(n_months, 145000), cid["Transfers"],
             "Baufinanzierung Rate", linked=True)
    transfer(CHECKING, CAR_LOAN, month_days + 14, np.full(n_months, 32000), -1,
             "Autokredit Rate", linked=False)
    transfer(CHECKING, SAVINGS, month_days + 25, np.full(n_months, salary // 10),
             cid["Transfers"], "Sparplan", linked=True)
    transfer(CHECKING, PENSION, month_days + 26, np.full(n_months, salary // 20),
             cid["Transfers"], "Riester Beitrag", linked=True)
    transfer(CHECKING, BROKERAGE, month_days + 26, np.full(n_months, salary // 25),
             cid["Transfers"], "ETF Sparplan", linked=True)
    transfer(JOINT, CHECKING, month_days + 28, np.full(n_months, int(0.28 * spend_per_month)), -1,
             "Haushaltskasse", linked=False)
    # Card payoffs: last month's card spending, from checking, unlabelled.
    for card in (CARD, CARD2):
        owed = _monthly_totals(parts, card, month_days, end)
        owed = np.maximum(-owed[:-1], 0)
        transfer(CHECKING, card, month_days[1:] + 5, owed, -1, "KREDITKARTE ABRECHNUNG",
                 linked=False)
    return _assemble(parts, payees, categories, start, end, today, rng, salary)


def _month_starts(start: int, end: int) -> np.ndarray:
    first = np.datetime64(int(start), "D").astype("datetime64[M]") + 1
    last = np.datetime64(int(end), "D").astype("datetime64[M]")
    months = np.arange(first, last + 1)
    return months.astype("datetime64[D]").astype(np.int64).astype(np.int32)


def _monthly_totals(parts: list[_Rows], account: int, month_days: np.ndarray, end: int):
    total = np.zeros(len(month_days), np.int64)
    for part in parts:
        on = part.account == account
        slot = np.searchsorted(month_days, part.day[on], side="right") - 1
        ok = slot >= 0
        np.add.at(total, slot[ok], part.amount[on][ok])
    return total


def _assemble(parts, payees, categories, start, end, today, rng, salary) -> LedgerData:
    account = np.concatenate([p.account for p in parts])
    day = np.minimum(np.concatenate([p.day for p in parts]), end)
    order = np.argsort(day, kind="stable")
    n = len(order)
    ids = np.arange(1, n + 1, dtype=np.int64)
    position = np.empty(n, np.int64)
    position[order] = np.arange(n)
    pair = np.concatenate([p.pair for p in parts])
    transfer_id = np.full(n, -1, np.int64)
    linked = np.flatnonzero(pair >= 0)
    if len(linked):
        by_pair = linked[np.argsort(pair[linked], kind="stable")].reshape(-1, 2)
        a, b = position[by_pair[:, 0]], position[by_pair[:, 1]]
        transfer_id[a], transfer_id[b] = ids[b], ids[a]
    payee_table = np.array(payees, dtype=object)
    payee_code = np.concatenate([p.payee for p in parts])[order]
    memo_table = np.array(["", *[f"Beleg {k:05d}" for k in range(500)]], dtype=object)
    memo = memo_table[np.where(rng.random(n) < 0.2, rng.integers(1, 501, n), 0)]
    tx = {
        "id": ids,
        "account_id": account[order],
        "day": day[order].astype(np.int32),
        "amount_minor": np.concatenate([p.amount for p in parts])[order],
        "category_id": np.concatenate([p.category for p in parts])[order],
        "transfer_id": transfer_id,
        "payee": payee_table[payee_code],
        "memo": memo,
    }
    first = date(1970, 1, 1) + timedelta(days=int(start))
    return LedgerData(
        base_currency="EUR",
        today=today,
        accounts=_accounts(first),
        categories=categories,
        tx=tx,
        settings=AdviceSettings(),
        **_market_side(first, today, rng, salary),
    )


def _accounts(opened: date) -> list[Account]:
    def make(id_, name, kind, opening="0", rate="", currency="EUR") -> Account:
        return Account(id=id_, name=name, kind=AccountKind(kind), currency=currency,
                       opening_balance=Money.of(opening, currency), interest_rate=rate,
                       opened_on=opened, institution="Synthetic Bank")

    return [
        make(CHECKING, "Main checking", "checking", "2500", "0"),
        make(JOINT, "Joint checking", "checking", "800"),
        make(SAVINGS, "Savings", "savings", "8000", "0.25"),
        make(HIGH_YIELD, "Tagesgeld", "savings", "0", "2.6"),
        make(CARD, "Visa", "credit_card", "0", "19.9"),
        make(CARD2, "Mastercard", "credit_card", "0", "17.5"),
        make(BROKERAGE, "Depot", "brokerage"),
        make(PENSION, "Pension fund", "pension"),
        make(HOUSE, "Flat", "property"),
        make(MORTGAGE, "Mortgage", "mortgage", "-320000", "4.9"),
        make(CAR_LOAN, "Car loan", "loan", "-40000", "7.9"),
        make(USD_CHECKING, "US account", "checking", "1500", "", "USD"),
    ]


def _market_side(first: date, today: date, rng, salary: int) -> dict:
    months = []
    when = date(first.year, first.month, 1)
    while when <= today:
        months.append(when)
        when = date(when.year + when.month // 12, when.month % 12 + 1, 1)
    walk = np.exp(np.cumsum(rng.normal(0.004, 0.04, (3, len(months))), axis=1))
    securities = [
        Security(id=1, symbol="IWDA", name="iShares Core MSCI World", currency="EUR",
                 kind=SecurityKind.ETF),
        Security(id=2, symbol="ACME", name="Acme Corp", currency="USD", kind=SecurityKind.STOCK),
        Security(id=3, symbol="EUNA", name="Euro Aggregate Bond", currency="EUR",
                 kind=SecurityKind.ETF, asset_class="bonds"),
    ]
    start_price = (Decimal("45"), Decimal("120"), Decimal("5"))
    prices = [
        Price(security_id=s.id, date=m, currency=s.currency,
              price=(start_price[i] * Decimal(str(round(float(walk[i, k]), 4)))).quantize(
                  Decimal("0.01")))
        for i, s in enumerate(securities) for k, m in enumerate(months)
    ]
    fx = [FxRate(date=m, base="EUR", quote="USD", rate=Decimal(str(round(1.1 * float(r), 4))))
          for m, r in zip(months, np.exp(np.cumsum(rng.normal(0, 0.01, len(months)))),
                          strict=True)]
    house = [Valuation(account_id=HOUSE, date=date(y, 1, 15),
                       value=Money.of(380000 + 9000 * (y - first.year), "EUR"))
             for y in range(first.year + 1, today.year + 1)]
    pension = [Valuation(account_id=PENSION, date=date(y, 1, 31),
                         value=Money.of(6000 * (y - first.year), "EUR"))
               for y in range(first.year + 1, today.year + 1)]
    return {
        "securities": securities,
        "prices": prices,
        "holdings": [
            Holding(account_id=BROKERAGE, security_id=1, quantity=Decimal("420")),
            Holding(account_id=BROKERAGE, security_id=2, quantity=Decimal("160")),
            Holding(account_id=BROKERAGE, security_id=3, quantity=Decimal("900")),
        ],
        "fx_rates": fx,
        "valuations": house + pension,
        "policies": [
            Policy(id=1, insurer="HUK-COBURG", policy_type=PolicyType.CAR,
                   premium=Money.of("45.50", "EUR"), frequency=Frequency.MONTHLY,
                   renewal_date=today + timedelta(days=35)),
            Policy(id=2, insurer="Allianz", policy_type=PolicyType.CONTENTS,
                   premium=Money.of("319", "EUR"), frequency=Frequency.YEARLY,
                   renewal_date=date(today.year, 1, 15)),
        ],
        "income_sources": [
            IncomeSource(id=1, payer="ACME GmbH", kind=IncomeKind.SALARY,
                         net=Money.from_minor(salary, "EUR"),
                         gross=Money.from_minor(salary * 17 // 10, "EUR")),
        ],
        "goals": [
            Goal(id=1, name="New car", target=Money.of("30000", "EUR"),
                 target_date=date(today.year + 2, today.month, 1), account_ids=[HIGH_YIELD]),
        ],
    }
