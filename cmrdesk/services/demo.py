"""A realistic, deterministic demo household: ten years of a couple's finances.

Two salaries, rent and then a mortgage, groceries, utilities whose bills follow the seasons,
subscriptions whose prices rise, insurance premiums, savings, pension and brokerage
contributions, a credit card paid off monthly, summer holidays and December gifts, accounts in
EUR, USD and GBP at several banks, holdings with monthly prices, pension and house valuations,
policies, income sources, goals, vendors and a filled-in profile.

``transactions=N`` scales the ledger (10k, 100k, 1M for the benchmark) by adding everyday card
and debit purchases; their amounts shrink as they multiply so the household stays solvent.
Everything is vectorised with numpy: a million rows never become a million objects.
"""

from __future__ import annotations

import itertools
from dataclasses import dataclass, field
from datetime import date, timedelta
from decimal import Decimal
from pathlib import Path

import numpy as np

from cmrdesk.domain import (
    Account,
    AccountKind,
    EmploymentStatus,
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
    ResidenceStatus,
    Security,
    SecurityKind,
    TransactionBatch,
    Valuation,
    Vendor,
    VendorKind,
    from_epoch_day,
    to_epoch_day,
)
from cmrdesk.importers import clean_payee
from cmrdesk.insights.frames import months_of_days
from cmrdesk.vault import DEFAULT_PARAMS, KdfParams

from .paths import default_demo_vault_path
from .session import VaultSession

#: The demo vault's passphrase: it holds made-up data only, and the README says so.
DEMO_PASSPHRASE = "demo"  # noqa: S105
YEARS = 10
BASE_PER_YEAR = 800  # roughly what the household itself books in a year


@dataclass
class _Rows:
    """Columns being collected, plus transfer pairs by row position."""

    account: list[np.ndarray] = field(default_factory=list)
    day: list[np.ndarray] = field(default_factory=list)
    amount: list[np.ndarray] = field(default_factory=list)
    payee: list[np.ndarray] = field(default_factory=list)
    category: list[np.ndarray] = field(default_factory=list)
    pairs: list[tuple[int, int]] = field(default_factory=list)
    size: int = 0

    def add(self, account: int, days: np.ndarray, amounts: np.ndarray, payee: str,
            category: int | None) -> np.ndarray:
        """Append rows for one payee; returns their positions."""
        n = len(days)
        self.account.append(np.full(n, account, dtype=np.int64))
        self.day.append(np.asarray(days, dtype=np.int64))
        self.amount.append(np.asarray(amounts, dtype=np.int64))
        self.payee.append(np.full(n, payee, dtype=object))
        self.category.append(np.full(n, -1 if category is None else category, dtype=np.int64))
        positions = np.arange(self.size, self.size + n)
        self.size += n
        return positions

    def transfer(self, source: int, target: int, days: np.ndarray, amounts: np.ndarray,
                 payee_out: str, payee_in: str, category: int) -> None:
        """Money moving between two own accounts: two linked rows per movement."""
        out = self.add(source, days, -np.asarray(amounts), payee_out, category)
        into = self.add(target, days, np.asarray(amounts), payee_in, category)
        self.pairs.extend(zip(out.tolist(), into.tolist(), strict=True))


class _Calendar:
    """Monthly dates over the demo period."""

    def __init__(self, end: date, years: int) -> None:
        self.end = end
        first = date(end.year - years, end.month, 1)
        months = []
        year, month = first.year, first.month
        while (year, month) <= (end.year, end.month):
            months.append((year, month))
            month += 1
            if month > 12:
                year, month = year + 1, 1
        self.months = months
        self.start = first

    def monthly(self, day_of_month: int, *, since: date | None = None,
                until: date | None = None) -> np.ndarray:
        """Epoch days of ``day_of_month`` in every month (clipped to the month and period)."""
        out = []
        for year, month in self.months:
            day = min(day_of_month, _month_length(year, month))
            when = date(year, month, day)
            if when > self.end or (since and when < since) or (until and when > until):
                continue
            out.append(to_epoch_day(when))
        return np.array(out, dtype=np.int64)

    def yearly(self, month: int, day: int) -> np.ndarray:
        """Epoch days of a fixed date each year."""
        out = [to_epoch_day(date(y, month, day)) for y in range(self.start.year, self.end.year + 1)
               if self.start <= date(y, month, day) <= self.end]
        return np.array(out, dtype=np.int64)


def _month_length(year: int, month: int) -> int:
    following = date(year + (month == 12), month % 12 + 1, 1)
    return (following - timedelta(days=1)).day


def _grow(base_minor: int, days: np.ndarray, start_day: int, yearly_pct: float) -> np.ndarray:
    """Amounts rising by a yearly percentage, rounded to whole units (salary, rent)."""
    years = (days - start_day) / 365.25
    grown = base_minor * (1 + yearly_pct / 100) ** years
    return (np.round(grown / 100) * 100).astype(np.int64)


# Everyday spending: payee, category, typical amount in cents, share, card (True) or debit.
_EVERYDAY = [
    ("Albert Heijn", "Groceries", 4200, 0.22, False),
    ("Jumbo", "Groceries", 3600, 0.12, False),
    ("Lidl", "Groceries", 2800, 0.08, False),
    ("Bakkerij Bart", "Groceries", 900, 0.04, False),
    ("Kruidvat", "Pharmacy", 1500, 0.04, False),
    ("NS Reizigers", "Public transport", 1100, 0.06, False),
    ("Shell", "Fuel", 6500, 0.04, True),
    ("Cafe de Zaak", "Restaurants", 3500, 0.06, True),
    ("Thuisbezorgd", "Restaurants", 2800, 0.05, True),
    ("Amazon", "Electronics", 3900, 0.05, True),
    ("Bol.com", "Household", 2900, 0.06, True),
    ("Zalando", "Clothing", 6500, 0.03, True),
    ("HEMA", "Household", 1800, 0.05, False),
    ("Pathe", "Culture", 2400, 0.03, True),
    ("Decathlon", "Sport", 4500, 0.02, True),
    ("Action", "Household", 1200, 0.05, False),
]


def populate_demo(
    session: VaultSession,
    *,
    transactions: int | None = None,
    seed: int = 7,
    end: date | None = None,
) -> int:
    """Fill an empty vault with the demo household; returns the number of transactions.

    Deterministic for a given ``seed``, ``transactions`` and ``end`` date.
    """
    batch, pairs = build_demo(session, transactions=transactions, seed=seed, end=end)
    session.add_transactions(batch, pairs)
    return len(batch)


def open_demo(
    path: Path | None = None, *, params: KdfParams = DEFAULT_PARAMS
) -> tuple[VaultSession, bool]:
    """Unlock the demo vault (``default_demo_vault_path()`` unless ``path``), creating and
    filling it first when it does not exist; returns the session and whether it was created."""
    path = path or default_demo_vault_path()
    if path.exists():
        return VaultSession.open(path, DEMO_PASSPHRASE), False
    session = VaultSession.create(path, DEMO_PASSPHRASE, params=params)
    try:
        populate_demo(session)
    except BaseException:
        session.close()
        path.unlink(missing_ok=True)  # a half-filled demo would be opened as if complete
        raise
    return session, True


def build_demo(
    session: VaultSession,
    *,
    transactions: int | None = None,
    seed: int = 7,
    end: date | None = None,
) -> tuple[TransactionBatch, list[tuple[int, int]]]:
    """Store the demo's records (accounts, policies, ...) and return its ledger unsaved:
    the transaction batch and the transfer pairs (by position) to pass to
    ``VaultSession.add_transactions``."""
    end = end or date.today()
    rng = np.random.default_rng(seed)
    years = YEARS if transactions is None else int(min(YEARS, max(1, transactions // 900)))
    cal = _Calendar(end, years)
    cats = {c.name: c.id for c in session.categories()}
    ids = _add_records(session, cal, rng)
    rows = _Rows()
    _household(rows, cal, rng, cats, ids)
    if transactions is not None and transactions > rows.size:
        _everyday(rows, cal, rng, cats, ids, transactions - rows.size)
    _card_payoff(rows, cal, ids, cats)
    return _to_batch(rows, session, transactions, rng, to_epoch_day(end))


def _add_records(session: VaultSession, cal: _Calendar, rng: np.random.Generator) -> dict:
    """Accounts, vendors, securities, policies, income, goals, profile, FX; returns ids."""
    start = cal.start
    ids: dict[str, int] = {}

    def account(key: str, **kw: object) -> Account:
        acc = Account(**kw)  # type: ignore[arg-type]
        session.add(acc)
        ids[key] = acc.id  # type: ignore[assignment]
        return acc

    eur = "EUR"
    account("checking", name="ING Checking", kind=AccountKind.CHECKING, currency=eur,
            institution="ING Bank", number_masked="••••4521", iban="NL86INGB0004384521",
            opening_balance=Money.of("2450.00", eur), opened_on=start)
    account("savings", name="ING Savings", kind=AccountKind.SAVINGS, currency=eur,
            institution="ING Bank", number_masked="••••7730", interest_rate="0.50",
            opening_balance=Money.of("6000.00", eur), opened_on=start)
    account("card", name="Rabobank Credit Card", kind=AccountKind.CREDIT_CARD, currency=eur,
            institution="Rabobank", number_masked="••••0012", interest_rate="14.00",
            opened_on=start)
    account("usd", name="Wise USD", kind=AccountKind.CHECKING, currency="USD",
            institution="Wise", number_masked="••••9904", opening_balance=Money.of("800", "USD"),
            opened_on=start)
    account("gbp", name="Barclays UK", kind=AccountKind.SAVINGS, currency="GBP",
            institution="Barclays", number_masked="••••3318", interest_rate="1.20",
            opening_balance=Money.of("3200", "GBP"), opened_on=start)
    account("brokerage", name="DEGIRO Brokerage", kind=AccountKind.BROKERAGE, currency=eur,
            institution="DEGIRO", number_masked="••••5150", opened_on=start)
    account("pension", name="ABP Pension", kind=AccountKind.PENSION, currency=eur,
            institution="ABP", number_masked="••••2207", opened_on=start)
    account("house", name="Home, Utrecht", kind=AccountKind.PROPERTY, currency=eur,
            institution="", opened_on=start + timedelta(days=1100))
    account("mortgage", name="ABN AMRO Mortgage", kind=AccountKind.MORTGAGE, currency=eur,
            institution="ABN AMRO", number_masked="••••8812", interest_rate="3.10",
            opened_on=start + timedelta(days=1100))
    account("loan", name="Car loan", kind=AccountKind.LOAN, currency=eur,
            institution="Santander Consumer", number_masked="••••6401", interest_rate="7.90",
            opened_on=cal.end - timedelta(days=730))
    account("cash", name="Cash", kind=AccountKind.CASH, currency=eur,
            opening_balance=Money.of("120", eur), opened_on=start)

    for name, kind, email, web in [
        ("ING Bank", VendorKind.BANK, "klantenservice@ing.nl", "https://www.ing.nl"),
        ("Rabobank", VendorKind.BANK, "service@rabobank.nl", "https://www.rabobank.nl"),
        ("Centraal Beheer", VendorKind.INSURER, "service@centraalbeheer.nl",
         "https://www.centraalbeheer.nl"),
        ("Woonstad Rotterdam", VendorKind.LANDLORD, "verhuur@woonstad.nl",
         "https://www.woonstadrotterdam.nl"),
        ("ACME BV", VendorKind.EMPLOYER, "hr@acme.example", "https://acme.example"),
        ("De Hypotheker", VendorKind.ADVISER, "utrecht@hypotheker.nl",
         "https://www.hypotheker.nl"),
    ]:
        vendor = Vendor(name=name, kind=kind, email=email, website=web)
        session.add(vendor)
        ids[f"vendor:{name}"] = vendor.id  # type: ignore[assignment]

    renewal = cal.end + timedelta(days=45)
    policies = [
        Policy(insurer="Zilveren Kruis", policy_type=PolicyType.HEALTH,
               premium=Money.of("286.40", eur), frequency=Frequency.MONTHLY,
               renewal_date=date(cal.end.year + 1, 1, 1), account_id=ids["checking"]),
        Policy(insurer="Centraal Beheer", policy_type=PolicyType.HOME,
               premium=Money.of("412.00", eur), frequency=Frequency.YEARLY,
               cover=Money.of("450000", eur), renewal_date=renewal,
               account_id=ids["checking"], vendor_id=ids["vendor:Centraal Beheer"]),
        Policy(insurer="ANWB", policy_type=PolicyType.CAR, premium=Money.of("48.50", eur),
               frequency=Frequency.MONTHLY, renewal_date=date(cal.end.year + 1, 4, 1),
               account_id=ids["checking"]),
        Policy(insurer="Aegon", policy_type=PolicyType.LIFE, premium=Money.of("21.30", eur),
               frequency=Frequency.MONTHLY, cover=Money.of("250000", eur),
               renewal_date=date(cal.end.year + 3, 6, 1), account_id=ids["checking"]),
        Policy(insurer="Interpolis", policy_type=PolicyType.LIABILITY,
               premium=Money.of("64.00", eur), frequency=Frequency.YEARLY,
               cover=Money.of("2500000", eur), renewal_date=date(cal.end.year + 1, 9, 1),
               account_id=ids["checking"]),
    ]
    for policy in policies:
        session.add(policy)
    session.add(IncomeSource(payer="ACME BV", kind=IncomeKind.SALARY,
                             net=Money.of("4150.00", eur), gross=Money.of("6100.00", eur),
                             start_date=start, account_id=ids["checking"]))
    session.add(IncomeSource(payer="Gemeente Utrecht", kind=IncomeKind.SALARY,
                             net=Money.of("2480.00", eur), gross=Money.of("3450.00", eur),
                             start_date=start, account_id=ids["checking"]))
    session.add(IncomeSource(payer="Freelance clients", kind=IncomeKind.SELF_EMPLOYED,
                             net=Money.of("1200.00", "USD"), frequency=Frequency.QUARTERLY,
                             start_date=start, account_id=ids["usd"]))
    session.add(Goal(name="Emergency fund", target=Money.of("18000", eur),
                     account_ids=[ids["savings"]]))
    session.add(Goal(name="New car", target=Money.of("22000", eur),
                     target_date=date(cal.end.year + 2, 6, 30)))
    session.update_profile(
        full_name="Sam Jansen", birth_year=1986, email="sam.jansen@example.nl",
        phone="+31 6 1234 5678", street="Oudegracht 112", postcode="3511 AX", city="Utrecht",
        country="NL", household_adults=2, household_children=1,
        employment_status=EmploymentStatus.EMPLOYED, occupation="Software engineer",
        employer="ACME BV", employed_since=start - timedelta(days=700),
        residence_status=ResidenceStatus.OWNER, residence_since=start + timedelta(days=1100),
    )

    # Securities with a monthly random-walk price, holdings, and pension/house valuations.
    securities = [
        ("VWRL", "Vanguard FTSE All-World UCITS ETF", "IE00B3RBWM25", "equity", 62.0, 0.006),
        ("IWDA", "iShares Core MSCI World UCITS ETF", "IE00B4L5Y983", "equity", 38.0, 0.007),
        ("ASML", "ASML Holding NV", "NL0010273215", "equity", 95.0, 0.018),
        ("AGGH", "iShares Core Global Aggregate Bond", "IE00BDBRDM35", "bonds", 5.1, 0.001),
    ]
    quantities = {"VWRL": "210", "IWDA": "160", "ASML": "14", "AGGH": "900"}
    month_starts = cal.monthly(1)
    for symbol, name, isin, asset_class, first_price, drift in securities:
        kind = SecurityKind.STOCK if symbol == "ASML" else SecurityKind.ETF
        sec = Security(symbol=symbol, name=name, currency=eur, kind=kind, isin=isin,
                       asset_class=asset_class)
        session.add(sec)
        steps = rng.normal(drift, 0.04, len(month_starts))
        path = first_price * np.exp(np.cumsum(steps))
        session.add_many(
            Price(security_id=sec.id, date=from_epoch_day(day), price=Decimal(f"{value:.2f}"),
                  currency=eur, source="demo data (synthetic)")
            for day, value in zip(month_starts.tolist(), path.tolist(), strict=True)
        )
        session.add(Holding(account_id=ids["brokerage"], security_id=sec.id,
                            quantity=Decimal(quantities[symbol])))
    bought = start + timedelta(days=1100)
    for year_index, year in enumerate(range(cal.start.year, cal.end.year + 1)):
        when = date(year, 1, 15)
        if when > cal.end:
            continue
        session.add(Valuation(account_id=ids["pension"], date=when,
                              value=Money.of(48000 + 9800 * year_index + 900 * year_index**2,
                                             eur), source="ABP annual statement"))
    for year_index, year in enumerate(range(bought.year, cal.end.year + 1)):
        when = bought if year_index == 0 else date(year, 1, 15)
        if when <= cal.end:
            session.add(Valuation(account_id=ids["house"], date=when,
                                  value=Money.of(375000 + 19000 * year_index, eur),
                                  source="purchase price" if year_index == 0 else "WOZ value"))
    # Monthly FX rates (EUR base): the real level of each month (see fx_anchor) with a little
    # noise that is pulled back towards it. A plain random walk wandered off (to 1 EUR = 0.82
    # USD over ten years), far from anything a person would recognise.
    for quote in ("USD", "GBP"):
        anchors = fx_anchors(quote)
        noise = _mean_reverting(rng, len(month_starts))
        session.add_many(
            FxRate(date=from_epoch_day(day), base=eur, quote=quote,
                   rate=Decimal(f"{fx_anchor(anchors, from_epoch_day(day)) * np.exp(n):.4f}"),
                   source="demo data (synthetic, near ECB reference rates)")
            for day, n in zip(month_starts.tolist(), noise.tolist(), strict=True)
        )
    return ids


#: Yearly averages of the ECB euro reference rates (rounded), placed mid-year: where the demo's
#: rates stay near before the quarter-end rates shipped in ``resources/market`` take over.
FX_YEARLY: dict[str, dict[int, float]] = {
    "USD": {2014: 1.3285, 2015: 1.1095, 2016: 1.1069, 2017: 1.1297, 2018: 1.1810,
            2019: 1.1195, 2020: 1.1422, 2021: 1.1827, 2022: 1.0530, 2023: 1.0813},
    "GBP": {2014: 0.8061, 2015: 0.7258, 2016: 0.8195, 2017: 0.8767, 2018: 0.8847,
            2019: 0.8778, 2020: 0.8897, 2021: 0.8596, 2022: 0.8528, 2023: 0.8698},
}
#: Monthly standard deviation of the noise around the anchor, and how much of it is kept from
#: one month to the next (the rest is pulled back): about 1 % apart, never a trend.
_FX_NOISE, _FX_KEEP = 0.008, 0.5


def fx_anchors(quote: str) -> list[tuple[date, float]]:
    """Where the demo's EUR/``quote`` rate is anchored, by date: the yearly averages of
    :data:`FX_YEARLY`, then the shipped ECB quarter-end reference rates."""
    from cmrdesk.insights import shipped_fx_rates

    shipped = sorted((r.date, float(r.rate)) for r in shipped_fx_rates()
                     if r.base == "EUR" and r.quote == quote)
    first = shipped[0][0] if shipped else date.max
    yearly = [(date(year, 7, 1), rate) for year, rate in FX_YEARLY.get(quote, {}).items()
              if date(year, 7, 1) < first]
    return sorted(yearly + shipped)


def fx_anchor(anchors: list[tuple[date, float]], day: date) -> float:
    """The anchor rate on ``day``: linear between anchors, the nearest one outside them."""
    if day <= anchors[0][0]:
        return anchors[0][1]
    for (d0, r0), (d1, r1) in itertools.pairwise(anchors):
        if day <= d1:
            return r0 + (r1 - r0) * (day - d0).days / (d1 - d0).days
    return anchors[-1][1]


def _mean_reverting(rng: np.random.Generator, count: int) -> np.ndarray:
    """Log deviations from the anchor, each month keeping ``_FX_KEEP`` of the last one."""
    steps = rng.normal(0, _FX_NOISE, count)
    out = np.zeros(count)
    for i in range(count):
        out[i] = (out[i - 1] * _FX_KEEP if i else 0.0) + steps[i]
    return out


def _household(rows: _Rows, cal: _Calendar, rng: np.random.Generator, cats: dict,
               ids: dict) -> None:
    """The fixed rhythm of the household's year."""
    start = to_epoch_day(cal.start)
    checking, card = ids["checking"], ids["card"]
    moved_in = cal.start + timedelta(days=1100)  # rented the first three years, then bought

    salary = cal.monthly(25)
    rows.add(checking, salary, _grow(335000, salary, start, 2.8), "ACME BV", cats["Salary"])
    partner = cal.monthly(24)
    rows.add(checking, partner, _grow(205000, partner, start, 2.2), "Gemeente Utrecht",
             cats["Salary"])
    holiday_pay = cal.yearly(5, 24)
    rows.add(checking, holiday_pay, _grow(320000, holiday_pay, start, 2.6),
             "ACME BV holiday allowance", cats["Salary"])
    interest = cal.yearly(1, 2)
    rows.add(ids["savings"], interest, rng.integers(2500, 9000, len(interest)),
             "ING rente", cats["Interest & dividends"])
    rows.add(ids["gbp"], interest, rng.integers(3000, 5000, len(interest)),
             "Barclays interest", cats["Interest & dividends"])
    freelance = cal.yearly(3, 10)
    for month in (6, 9, 12):
        freelance = np.concatenate([freelance, cal.yearly(month, 10)])
    rows.add(ids["usd"], np.sort(freelance), rng.integers(40000, 90000, len(freelance)),
             "Upwork Inc", cats["Other income"])
    hosting = cal.monthly(3)
    rows.add(ids["usd"], hosting, -rng.integers(2500, 6500, len(hosting)), "AWS EMEA",
             cats["Subscriptions"])

    rent = cal.monthly(1, until=moved_in)
    rows.add(checking, rent, -_grow(125000, rent, start, 3.0), "Woonstad Rotterdam",
             cats["Rent"])
    purchase = np.array([to_epoch_day(moved_in)], dtype=np.int64)
    rows.transfer(ids["mortgage"], ids["house"], purchase, np.array([34000000]),
                  "Hypotheek verstrekking", "Purchase financed by mortgage", cats["Savings"])
    rows.transfer(ids["savings"], ids["house"], purchase, np.array([3500000]),
                  "Eigen inbreng notaris", "Down payment", cats["Savings"])
    mortgage = cal.monthly(1, since=moved_in + timedelta(days=20))
    rows.add(checking, mortgage, np.full(len(mortgage), -98000), "ABN AMRO hypotheek rente",
             cats["Mortgage"])
    rows.transfer(checking, ids["mortgage"], mortgage, np.full(len(mortgage), 52000),
                  "ABN AMRO hypotheek aflossing", "Repayment", cats["Savings"])

    # Energy: a fixed monthly advance, re-set each January, and a yearly settlement in March
    # (how Dutch suppliers bill; seasonal swings show in the settlement, not the advance).
    energy = cal.monthly(3)
    energy_year = months_of_days(energy) // 12
    advance = 14500 + 900 * (energy_year - energy_year.min())
    rows.add(checking, energy, -advance, "Eneco", cats["Utilities"])
    settlement = cal.yearly(3, 18)
    rows.add(checking, settlement, rng.integers(-32000, 18000, len(settlement)),
             "Eneco jaarafrekening", cats["Utilities"])
    water = cal.yearly(2, 20)
    for month in (5, 8, 11):
        water = np.concatenate([water, cal.yearly(month, 20)])
    rows.add(checking, np.sort(water), np.full(len(water), -6230), "Vitens", cats["Utilities"])
    internet = cal.monthly(6)
    rows.add(checking, internet, np.full(len(internet), -5500), "KPN", cats["Phone & internet"])
    phone = cal.monthly(8)
    rows.add(checking, phone, np.full(len(phone), -2500), "Vodafone", cats["Phone & internet"])

    for payee, day, prices in [
        ("NETFLIX.COM", 12, [(0, -1199), (0.45, -1399), (0.85, -1599)]),
        ("Spotify", 14, [(0, -999), (0.6, -1099), (0.9, -1199)]),
        ("Basic-Fit", 20, [(0, -2499), (0.7, -2999)]),
        ("Disney Plus", 18, [(0.6, -899), (0.9, -1099)]),
    ]:
        when = cal.monthly(day)
        share = (when - when.min()) / max(1, when.max() - when.min())
        amount = np.zeros(len(when), dtype=np.int64)
        for from_share, price in prices:
            amount = np.where(share >= from_share, price, amount)
        keep = amount != 0
        rows.add(card, when[keep], amount[keep], payee, cats["Subscriptions"])
    nyt = cal.monthly(5)
    rows.add(ids["usd"], nyt, np.full(len(nyt), -1700), "The New York Times",
             cats["Subscriptions"])

    health = cal.monthly(1)
    rows.add(checking, health, -_grow(28640, health, start, 3.5), "Zilveren Kruis",
             cats["Health insurance"])
    car_ins = cal.monthly(28)
    rows.add(checking, car_ins, np.full(len(car_ins), -4850), "ANWB verzekeringen",
             cats["Car insurance"])
    life = cal.monthly(27)
    rows.add(checking, life, np.full(len(life), -2130), "Aegon", cats["Life insurance"])
    home_ins = cal.yearly((cal.end + timedelta(days=45)).month, 1)
    rows.add(checking, home_ins, -_grow(38000, home_ins, start, 2.0), "Centraal Beheer",
             cats["Home insurance"])
    liability = cal.yearly(9, 1)
    rows.add(checking, liability, np.full(len(liability), -6400), "Interpolis",
             cats["Home insurance"])
    daycare = cal.monthly(2, since=cal.start + timedelta(days=1500))
    rows.add(checking, daycare, np.full(len(daycare), -93000), "Kinderopvang Kikker",
             cats["Childcare"])

    savings = cal.monthly(26)
    rows.transfer(checking, ids["savings"], savings, _grow(55000, savings, start, 4.0),
                  "Naar ING Savings", "Van ING Checking", cats["Savings"])
    broker = cal.monthly(27)
    rows.transfer(checking, ids["brokerage"], broker, np.full(len(broker), 70000),
                  "DEGIRO storting", "Deposit from ING", cats["Investments"])
    buys = cal.monthly(28)
    rows.add(ids["brokerage"], buys, -rng.integers(64000, 70000, len(buys)),
             "DEGIRO buy order", cats["Investments"])
    pension = cal.monthly(25)
    rows.transfer(checking, ids["pension"], pension, np.full(len(pension), 15000),
                  "ABP extra pensioen", "Voluntary contribution", cats["Pension contribution"])
    car_day = cal.end - timedelta(days=730)
    bought_car = np.array([to_epoch_day(car_day)], dtype=np.int64)
    rows.transfer(ids["loan"], checking, bought_car, np.array([1800000]),
                  "Santander autolening", "Loan paid out", cats["Savings"])
    rows.add(checking, bought_car + 1, np.array([-2450000]), "Autobedrijf Van Dijk",
             cats["Car"])
    loan = cal.monthly(15, since=car_day + timedelta(days=20))
    rows.transfer(checking, ids["loan"], loan, np.full(len(loan), 43600),
                  "Santander termijn", "Repayment", cats["Card payment"])
    atm = cal.monthly(9)
    rows.transfer(checking, ids["cash"], atm, np.full(len(atm), 10000), "ING geldautomaat",
                  "ATM withdrawal", cats["Savings"])
    market = cal.monthly(16)
    rows.add(ids["cash"], market, -rng.integers(6000, 9800, len(market)), "Markt Vredenburg",
             cats["Groceries"])

    # Summer holidays and December gifts (on the card), groceries through the year.
    summers = cal.yearly(7, 12)
    rows.add(card, summers, -rng.integers(90000, 180000, len(summers)), "KLM", cats["Travel"])
    rows.add(card, summers + 3, -rng.integers(120000, 240000, len(summers)), "Booking.com",
             cats["Travel"])
    decembers = cal.yearly(12, 12)
    for offset, payee in ((0, "Bol.com"), (3, "Intertoys"), (8, "De Bijenkorf")):
        rows.add(card, decembers + offset, -rng.integers(6000, 25000, len(decembers)), payee,
                 cats["Gifts"])
    weeks = np.arange(to_epoch_day(cal.start) + 4, to_epoch_day(cal.end) + 1, 7)
    rows.add(checking, weeks, -rng.integers(6500, 14500, len(weeks)), "Albert Heijn",
             cats["Groceries"])
    rows.add(checking, weeks + 2, -rng.integers(1800, 5200, len(weeks)), "Jumbo",
             cats["Groceries"])
    restaurants = weeks[rng.random(len(weeks)) < 0.6] + 1
    rows.add(card, restaurants, -rng.integers(2500, 9500, len(restaurants)), "Cafe de Zaak",
             cats["Restaurants"])
    fuel = weeks[rng.random(len(weeks)) < 0.45] + 3
    rows.add(card, fuel, -rng.integers(5000, 8500, len(fuel)), "Shell", cats["Fuel"])
    shopping = weeks[rng.random(len(weeks)) < 0.5] + 5
    rows.add(card, shopping, -rng.integers(1500, 12000, len(shopping)), "AMAZON.COM*RT4K21",
             cats["Electronics"])
    tram = weeks[rng.random(len(weeks)) < 0.7]
    rows.add(checking, tram, -rng.integers(300, 1800, len(tram)), "NS Reizigers",
             cats["Public transport"])
    pharmacy = weeks[rng.random(len(weeks)) < 0.2] + 6
    rows.add(checking, pharmacy, -rng.integers(400, 3500, len(pharmacy)), "Kruidvat",
             cats["Pharmacy"])


def _everyday(rows: _Rows, cal: _Calendar, rng: np.random.Generator, cats: dict, ids: dict,
              count: int) -> None:
    """``count`` extra everyday purchases, amounts scaled so the budget stays sane."""
    first, last = to_epoch_day(cal.start), to_epoch_day(cal.end)
    days = np.sort(rng.integers(first, last + 1, count))
    shares = np.array([p[3] for p in _EVERYDAY])
    choice = rng.choice(len(_EVERYDAY), size=count, p=shares / shares.sum())
    months = max(1, len(cal.months))
    per_month = count / months
    # A household makes ~60 such purchases a month; more of them means smaller ones.
    scale = min(1.0, 60.0 / per_month)
    typical = np.array([p[2] for p in _EVERYDAY], dtype=np.float64)[choice]
    noise = rng.lognormal(0.0, 0.45, count)
    amounts = -np.maximum(10, np.round(typical * noise * scale)).astype(np.int64)
    on_card = np.array([p[4] for p in _EVERYDAY])[choice]
    for index, (payee, category, _typical, _share, _card) in enumerate(_EVERYDAY):
        picked = choice == index
        account = ids["card"] if on_card[index] else ids["checking"]
        rows.add(account, days[picked], amounts[picked], payee, cats[category])


def _card_payoff(rows: _Rows, cal: _Calendar, ids: dict, cats: dict) -> None:
    """Each month, the card's spending of the previous month is paid from checking."""
    account = np.concatenate(rows.account)
    card = account == ids["card"]
    days = np.concatenate(rows.day)[card]
    amounts = np.concatenate(rows.amount)[card]
    month = months_of_days(days)
    pay_days = cal.monthly(22)
    pay_months = months_of_days(pay_days) - 1
    totals = {int(m): int(-amounts[month == m].sum()) for m in np.unique(month)}
    due = np.array([totals.get(int(m), 0) for m in pay_months], dtype=np.int64)
    keep = due > 0
    rows.transfer(ids["checking"], ids["card"], pay_days[keep], due[keep],
                  "Rabobank creditcard incasso", "Payment received", cats["Card payment"])


def _everyday_ids(session: VaultSession) -> list[int]:
    """Category ids of everyday purchases (what people most often leave uncategorised)."""
    names = {category for _payee, category, *_ in _EVERYDAY}
    return [c.id for c in session.categories() if c.name in names and c.id is not None]


def _to_batch(
    rows: _Rows, session: VaultSession, wanted: int | None, rng: np.random.Generator,
    end_day: int,
) -> tuple[TransactionBatch, list[tuple[int, int]]]:
    """Sort by date, trim to ``wanted`` (oldest unlinked rows go first), leave the newest
    2% of everyday rows uncategorised (for the categoriser), and build the batch."""
    account = np.concatenate(rows.account)
    day = np.concatenate(rows.day)
    amount = np.concatenate(rows.amount)
    payee = np.concatenate(rows.payee)
    category = np.concatenate(rows.category)
    order = np.lexsort((np.arange(len(day)), day))
    linked = np.zeros(len(day), dtype=bool)
    pairs = np.array(rows.pairs, dtype=np.int64).reshape(-1, 2)
    linked[pairs.ravel()] = True
    # Offsets on weekly dates can run past the end date; a ledger has no tomorrow. Transfers
    # lose both sides together (a pair is dated the same day).
    keep = day <= end_day
    if wanted is not None and keep.sum() > wanted:
        excess = int(keep.sum()) - wanted
        candidates = order[keep[order] & ~linked[order]][:excess]
        keep[candidates] = False
    # Leave some recent everyday purchases uncategorised, for the categoriser to suggest.
    everyday = np.isin(category, _everyday_ids(session))
    recent = order[keep[order] & ~linked[order] & everyday[order]][-max(1, len(day) // 50):]
    category = category.copy()
    category[recent[rng.random(len(recent)) < 0.5]] = -1

    kept_order = order[keep[order]]
    new_position = np.full(len(day), -1, dtype=np.int64)
    new_position[kept_order] = np.arange(len(kept_order))
    currency_of = {a.id: a.currency for a in session.accounts()}
    accounts_sorted = account[kept_order]
    batch = TransactionBatch()
    batch.account_id = accounts_sorted.tolist()
    batch.day = day[kept_order].tolist()
    batch.amount_minor = amount[kept_order].tolist()
    batch.currency = [currency_of[a] for a in batch.account_id]
    names = payee[kept_order].tolist()
    clean = {raw: clean_payee(raw) for raw in set(names)}  # as an import would show them
    batch.payee = [clean[n] for n in names]
    batch.payee_raw = names
    batch.memo = [""] * len(names)
    batch.category_id = [None if c < 0 else c for c in category[kept_order].tolist()]
    batch.import_id = [""] * len(names)
    batch.status = ["cleared"] * len(names)
    batch.dedupe_key = [None] * len(names)
    linked_pairs = [
        (int(new_position[a]), int(new_position[b]))
        for a, b in pairs.tolist()
        if new_position[a] >= 0 and new_position[b] >= 0
    ]
    return batch, linked_pairs
