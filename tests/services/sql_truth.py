"""The catalogue's figures worked out again from the vault's tables with plain SQL.

Written apart from ``cmrdesk.services.catalogue`` and ``cmrdesk.insights`` on purpose: it
reads the rows through the vault connection, sums them in SQLite and applies the rules the
README states (what counts as income, spending and a move between own accounts; which balance
an account has; when a window of months is covered), so a test can compare every value that
leaves in a package with a second, independent computation.

Only the arithmetic SQLite cannot do exactly (Decimal exchange rates, half-even rounding) is
done in Python. Field names come from the catalogue's ``slug`` (naming is not a value).

Not recomputed here: ``commitment.*`` and ``commitments.monthly_total``. They come from the
recurring-payment detection of ``cmrdesk.insights.recurring`` (period guessing, amount
clustering, activity windows): writing that again in SQL would be the same heuristic twice,
not an independent check of a figure.
"""

from __future__ import annotations

import json
from dataclasses import dataclass, field
from datetime import date, timedelta
from decimal import ROUND_HALF_EVEN, Decimal
from typing import Any

from cmrdesk.services.catalogue import slug

EPOCH = date(1970, 1, 1)
PER_YEAR = {"weekly": 52, "monthly": 12, "quarterly": 4, "half_yearly": 2, "yearly": 1}
GROUP = {"checking": "cash", "cash": "cash", "savings": "savings", "brokerage": "investments",
         "pension": "pension", "property": "property", "other_asset": "property",
         "credit_card": "debts", "loan": "debts", "mortgage": "debts"}
LIQUID = {"checking", "savings", "cash"}
#: Fields whose value these queries do not work out again (see the module docstring).
NOT_RECOMPUTED = ("commitment.", "commitments.monthly_total")


def eday(day: date) -> int:
    return (day - EPOCH).days


def month_no(day: date) -> int:
    return (day.year - 1970) * 12 + day.month - 1


def month_start(month: int) -> date:
    return date(1970 + month // 12, month % 12 + 1, 1)


def month_end(month: int) -> date:
    return month_start(month + 1) - timedelta(days=1)


def half_even(value: Decimal) -> int:
    return int(value.to_integral_value(ROUND_HALF_EVEN))


def money(minor: int) -> str:
    """Minor units of a two-decimal currency as the package writes them."""
    return f"{Decimal(int(minor)).scaleb(-2):.2f}"


@dataclass
class Truth:
    """``values``: field name -> expected JSON value of a known field; ``unknown``: names
    that must be unknown (and so absent from every package)."""

    values: dict[str, Any] = field(default_factory=dict)
    unknown: set[str] = field(default_factory=set)

    def put(self, name: str, known: bool, value: Any) -> None:
        if known:
            self.values[name] = value
        else:
            self.unknown.add(name)


def recompute(conn: Any, base: str, today: date, months: int = 12) -> Truth:
    """Every recomputable field of the vault behind ``conn`` as of ``today``."""

    def rows(sql: str, *params: Any) -> list[tuple]:
        return [tuple(r) for r in conn.exec_driver_sql(sql, params).fetchall()]

    def one(sql: str, *params: Any) -> Any:
        found = rows(sql, *params)
        return found[0][0] if found else None

    def rate(source: str, target: str, day: int) -> Decimal:
        """Units of ``target`` per ``source`` on ``day`` from the vault's own rates: the latest
        on or before the day (the first one before any), typed direction before inverse."""
        if source == target:
            return Decimal(1)
        for frm, to, inverse in ((source, target, False), (target, source, True)):
            found = one("SELECT rate FROM fx_rates WHERE base=? AND quote=? AND date<=? "
                        "ORDER BY date DESC LIMIT 1", frm, to, day) or one(
                "SELECT rate FROM fx_rates WHERE base=? AND quote=? ORDER BY date LIMIT 1",
                frm, to)
            if found is not None:
                return 1 / Decimal(found) if inverse else Decimal(found)
        raise AssertionError(f"the test vault has no {source}->{target} rate")

    truth = Truth()
    day = eday(today)
    last = month_no(today) - 1  # the last complete month

    # --- profile ----------------------------------------------------------------------------
    profile = {k: json.loads(v) for k, v in rows("SELECT field, value FROM profile")}
    texts = ("full_name", "email", "phone", "street", "postcode", "city", "country",
             "employment_status", "occupation", "residence_status")
    for name in texts:
        value = profile.get(name)
        truth.put(f"profile.{name}", value not in (None, ""), value)
    for name in ("birth_year", "household_adults", "household_children"):
        value = profile.get(name)
        truth.put(f"profile.{name}", value is not None, value)
    birth = profile.get("birth_year")
    truth.put("profile.age", birth is not None, birth and max(today.year - int(birth), 0))
    for name, derived in (("employed_since", "employment_years"),
                          ("residence_since", "residence_years")):
        value = profile.get(name)
        since = EPOCH + timedelta(days=int(value)) if value is not None else None
        truth.put(f"profile.{name}", since is not None, since and since.isoformat())
        if since is not None:
            years = today.year - since.year - ((today.month, today.day) < (since.month, since.day))
            truth.put(f"profile.{derived}", True, max(years, 0))
        else:
            truth.put(f"profile.{derived}", False, None)

    # --- income sources ---------------------------------------------------------------------
    sources = rows("SELECT payer, kind, net_minor, net_currency, frequency FROM income_sources "
                   "ORDER BY id")

    def monthly_in_base(net: int, currency: str, frequency: str) -> int:
        own = half_even(Decimal(net) * PER_YEAR[frequency] / 12)
        return half_even(own * rate(currency, base, day))

    salaries = [s for s in sources if s[1] == "salary"]
    for name, chosen in (("income.net_monthly_salary", salaries),
                         ("income.net_monthly_total", sources)):
        total = sum(monthly_in_base(s[2], s[3], s[4]) for s in chosen)
        truth.put(name, bool(chosen), money(total))
    employer = profile.get("employer") or (
        max(salaries, key=lambda s: monthly_in_base(s[2], s[3], "yearly"))[0] if salaries
        else "")
    truth.put("income.employer", bool(employer), employer)

    # --- balances ---------------------------------------------------------------------------
    accounts = rows("SELECT id, name, kind, currency, opening_balance_minor, opened_on, closed "
                    "FROM accounts ORDER BY id")
    valued = {r[0] for r in rows("SELECT DISTINCT account_id FROM valuations")}
    open_accounts = [a for a in accounts if not a[6]]
    known_balance: dict[int, bool] = {}
    base_balance: dict[int, int] = {}
    for acc_id, name, _kind, currency, opening, opened_on, closed in accounts:
        known_balance[acc_id] = opening is not None or opened_on is not None or acc_id in valued
        valuation = rows("SELECT date, value_minor FROM valuations WHERE account_id=? AND "
                         "date<=? ORDER BY date DESC LIMIT 1", acc_id, day)
        if valuation:
            cash = valuation[0][1] + one(
                "SELECT coalesce(sum(amount_minor), 0) FROM transactions WHERE account_id=? "
                "AND day>? AND day<=?", acc_id, valuation[0][0], day)
            held = []
        else:
            cash = (opening or 0) + one("SELECT coalesce(sum(amount_minor), 0) FROM "
                                        "transactions WHERE account_id=? AND day<=?", acc_id, day)
            held = rows("SELECT h.security_id, h.quantity, h.cost_basis_minor, "
                        "h.cost_basis_currency FROM holdings h WHERE h.account_id=?", acc_id)
        in_own, in_base = Decimal(0), Decimal(0)
        for security_id, quantity, basis_minor, basis_currency in held:
            amount, price_currency = holding_amount(rows, security_id, quantity, basis_minor,
                                                    basis_currency, day)
            in_own += amount * rate(price_currency, currency, day) * 100
            in_base += amount * rate(price_currency, base, day) * 100
        native = cash + half_even(in_own)
        if currency == base and not held:
            base_balance[acc_id] = cash
        else:
            base_balance[acc_id] = half_even(Decimal(cash) * rate(currency, base, day) + in_base)
        if not closed:
            truth.put(f"balance.{slug(name)}", known_balance[acc_id], money(native))

    def total(name: str, members: list[tuple], everything: list[tuple], sign: int = 1) -> None:
        known = bool(members) and all(known_balance[a[0]] for a in members)
        truth.put(name, known, money(sign * sum(base_balance[a[0]] for a in everything)))

    for group in ("cash", "savings", "investments", "pension", "property"):
        total(f"total.{group}", [a for a in open_accounts if GROUP[a[2]] == group],
              [a for a in accounts if GROUP[a[2]] == group])
    total("net_worth", open_accounts, accounts)
    total("savings.liquid", [a for a in open_accounts if a[2] in LIQUID],
          [a for a in accounts if a[2] in LIQUID])
    total("debts.total", [a for a in open_accounts if GROUP[a[2]] == "debts"],
          [a for a in accounts if GROUP[a[2]] == "debts"], sign=-1)

    # --- what the records cover --------------------------------------------------------------
    spans = {r[0]: (r[1], r[2]) for r in rows(
        "SELECT account_id, min(day), max(day) FROM transactions GROUP BY account_id")}

    def start_month(acc: tuple) -> int | None:
        if acc[5] is not None:
            return month_no(EPOCH + timedelta(days=acc[5]))
        if acc[0] in spans:
            return month_no(EPOCH + timedelta(days=spans[acc[0]][0]))
        return None

    starts = [m for a in accounts if (m := start_month(a)) is not None]
    # An open account without an opening date covers only the months from its first record.
    late = [month_no(EPOCH + timedelta(days=spans[a[0]][0])) for a in open_accounts
            if a[5] is None and a[0] in spans]
    have = last - max([min(starts), *late]) + 1 if starts else 0
    ends_ok = bool(spans) and max(e for _, e in spans.values()) >= eday(month_start(last))

    def covered(needed: int) -> bool:
        return bool(starts) and have >= needed and ends_ok

    # --- flows: every row classed once ------------------------------------------------------
    flows = rows(f"""
        WITH RECURSIVE up(id, node, depth, essential) AS (
            SELECT id, id, 0, essential FROM categories
            UNION ALL
            SELECT up.id, c.parent_id, up.depth + 1, p.essential
            FROM up JOIN categories c ON c.id = up.node JOIN categories p ON p.id = c.parent_id
            WHERE up.depth < 50),
        root AS MATERIALIZED (SELECT u.id, u.node AS root FROM up u
                 WHERE u.depth = (SELECT max(depth) FROM up v WHERE v.id = u.id)),
        essential AS MATERIALIZED (SELECT id, max(essential) AS flag FROM up GROUP BY id),
        linked AS MATERIALIZED (SELECT id FROM transactions WHERE transfer_id IS NOT NULL
                   UNION SELECT transfer_id FROM transactions WHERE transfer_id IS NOT NULL),
        cand AS MATERIALIZED (SELECT t.id, t.account_id, t.day, t.amount_minor, a.currency
                 FROM transactions t JOIN accounts a ON a.id = t.account_id
                 LEFT JOIN categories c ON c.id = t.category_id
                 WHERE t.id NOT IN (SELECT id FROM linked)
                   AND (c.kind IS NULL OR c.kind = 'transfer') AND t.amount_minor != 0),
        paired AS MATERIALIZED (SELECT x.id FROM cand x WHERE EXISTS (
                   SELECT 1 FROM cand y WHERE y.currency = x.currency
                     AND y.amount_minor = -x.amount_minor AND y.account_id != x.account_id
                     AND abs(y.day - x.day) <= 3)),
        classed AS (
            SELECT t.day, t.amount_minor, a.currency, t.category_id,
                   CASE WHEN t.id IN (SELECT id FROM linked) OR c.kind = 'transfer'
                             OR t.id IN (SELECT id FROM paired) THEN 'none'
                        WHEN c.kind = 'income' OR (c.kind IS NULL AND t.amount_minor > 0)
                             THEN 'income'
                        WHEN c.kind = 'expense' OR (c.kind IS NULL AND t.amount_minor < 0)
                             THEN 'spending'
                        ELSE 'none' END AS cls
            FROM transactions t JOIN accounts a ON a.id = t.account_id
            LEFT JOIN categories c ON c.id = t.category_id)
        SELECT cl.cls, cl.currency, (CAST(strftime('%Y', cl.day * 86400, 'unixepoch') AS INT)
                   - 1970) * 12 + CAST(strftime('%m', cl.day * 86400, 'unixepoch') AS INT) - 1,
               coalesce(rc.name, 'Uncategorised'), coalesce(e.flag, 0), sum(cl.amount_minor)
        FROM classed cl
        LEFT JOIN categories own ON own.id = cl.category_id
        LEFT JOIN root r ON r.id = own.id LEFT JOIN categories rc ON rc.id = r.root
        LEFT JOIN essential e ON e.id = own.id
        WHERE cl.day BETWEEN {eday(month_start(last - months + 1))} AND {eday(month_end(last))}
        GROUP BY 1, 2, 3, 4, 5
    """)
    any_essential = one("""
        WITH RECURSIVE up(id, node, depth, essential) AS (
            SELECT id, id, 0, essential FROM categories UNION ALL
            SELECT up.id, c.parent_id, up.depth + 1, p.essential FROM up
            JOIN categories c ON c.id = up.node JOIN categories p ON p.id = c.parent_id
            WHERE up.depth < 50)
        SELECT count(*) FROM up WHERE essential = 1""")

    def in_base(picked: list[tuple]) -> int:
        """Base-currency sum: home rows exactly, foreign rows per (currency, month) at the
        month's closing rate, the foreign part rounded once."""
        home = sum(r[5] for r in picked if r[1] == base)
        away: dict[tuple[str, int], int] = {}
        for r in picked:
            if r[1] != base:
                away[(r[1], r[2])] = away.get((r[1], r[2]), 0) + r[5]
        exact = sum((Decimal(v) * rate(cur, base, min(eday(month_end(m)), day))
                     for (cur, m), v in away.items() if v), Decimal(0))
        return home + half_even(exact)

    income = in_base([r for r in flows if r[0] == "income"])
    spent = [r for r in flows if r[0] == "spending"]
    spending = -in_base(spent)
    ok = covered(months)

    def per_month(minor: int) -> str:
        return money(half_even(Decimal(minor) / months))

    truth.put("income.received_monthly", ok and income > 0, per_month(income))
    truth.put("spending.monthly_total", ok and spending > 0, per_month(spending))
    for name in {r[3] for r in spent}:
        amount = -in_base([r for r in spent if r[3] == name])
        if amount > 0:
            truth.put(f"spending.{slug(name)}", ok, per_month(amount))
    if ok and income > 0:
        share = (Decimal(income - spending) / Decimal(income)).quantize(
            Decimal("0.0001"), ROUND_HALF_EVEN)
        truth.put("savings.rate", True, (share * 100).quantize(Decimal("0.1"), ROUND_HALF_EVEN))
    else:
        truth.put("savings.rate", False, None)
    suffix = "12m" if months == 12 else f"{months}m"
    truth.put(f"fact.saved_last_{suffix}", ok and income > 0, income - spending > 0)

    essential_rows = [r for r in spent if r[4]] if any_essential else spent
    essential = half_even(Decimal(-in_base(essential_rows)) / months)
    liquid = [a for a in open_accounts if a[2] in LIQUID]
    liquid_known = bool(liquid) and all(known_balance[a[0]] for a in liquid)
    liquid_base = sum(base_balance[a[0]] for a in accounts if a[2] in LIQUID)
    truth.put("fact.emergency_fund_3m", ok and liquid_known and essential > 0,
              liquid_base >= 3 * essential)

    # --- salary -------------------------------------------------------------------------------
    payers = [s[0].lower() for s in salaries if s[0].strip()]
    salary_months = {r[0] for r in rows(f"""
        WITH RECURSIVE tree(id) AS (
            SELECT id FROM categories WHERE kind = 'income' AND lower(name) = 'salary'
            UNION SELECT c.id FROM categories c JOIN tree ON c.parent_id = tree.id)
        SELECT DISTINCT (CAST(strftime('%Y', t.day * 86400, 'unixepoch') AS INT) - 1970) * 12
                        + CAST(strftime('%m', t.day * 86400, 'unixepoch') AS INT) - 1
        FROM transactions t LEFT JOIN categories c ON c.id = t.category_id
        WHERE t.amount_minor > 0 AND t.transfer_id IS NULL
          AND t.id NOT IN (SELECT transfer_id FROM transactions WHERE transfer_id IS NOT NULL)
          AND coalesce(c.kind, '') != 'transfer'
          AND (t.category_id IN (SELECT id FROM tree)
               {''.join(" OR lower(t.payee) LIKE ? || '%'" for _ in payers)})
    """, *payers)}
    run, month = 0, last
    while month in salary_months and run < 36:
        run, month = run + 1, month - 1
    exact_run = bool(salary_months) and ends_ok and bool(starts) and (run >= 36 or run < have)
    truth.put("income.salary_months", exact_run, run)
    truth.put("fact.salary_every_month_24m",
              bool(salary_months) and covered(24) and ends_ok, run >= 24)

    # --- no overdraft: every current and cash account, end of each day, 365 days -------------
    first = day - 364
    current = [a for a in open_accounts if a[2] in ("checking", "cash")]
    fine, values = bool(current), []
    for acc_id, _name, _kind, _cur, opening, opened_on, _closed in current:
        span = spans.get(acc_id)
        start = (EPOCH + timedelta(days=opened_on) if opened_on is not None else
                 month_start(month_no(EPOCH + timedelta(days=span[0]))) if span else None)
        fine = fine and known_balance[acc_id] and span is not None and start is not None and (
            eday(start) <= first or (opened_on is not None and opened_on > first)) and (
            span[1] >= eday(month_start(last)))
        balance = (opening or 0) + one("SELECT coalesce(sum(amount_minor), 0) FROM transactions "
                                       "WHERE account_id=? AND day<?", acc_id, first)
        lows = [balance]
        for _d, amount in rows("SELECT day, sum(amount_minor) FROM transactions WHERE "
                               "account_id=? AND day BETWEEN ? AND ? GROUP BY day ORDER BY day",
                               acc_id, first, day):
            balance += amount
            lows.append(balance)
        values.append(min(lows) >= 0)
    truth.put("fact.no_overdraft_12m", fine, all(values))

    # --- insurance ----------------------------------------------------------------------------
    seen: dict[str, int] = {}
    for kind, premium, _cur, frequency, insurer, cover in rows(
            "SELECT policy_type, premium_minor, premium_currency, frequency, insurer, "
            "cover_minor FROM policies ORDER BY id"):
        seen[kind] = seen.get(kind, 0) + 1
        name = f"insurance.{kind}" + (f"-{seen[kind]}" if seen[kind] > 1 else "")
        truth.put(f"{name}.premium_monthly", True,
                  money(half_even(Decimal(premium) * PER_YEAR[frequency] / 12)))
        truth.put(f"{name}.insurer", True, insurer)
        if cover is not None:
            truth.put(f"{name}.cover", True, money(cover))

    # --- investments --------------------------------------------------------------------------
    by_class: dict[str, int] = {}
    for symbol, asset_class, security_id, quantity, basis_minor, basis_currency in rows(
            "SELECT s.symbol, s.asset_class, h.security_id, h.quantity, h.cost_basis_minor, "
            "h.cost_basis_currency FROM holdings h JOIN securities s ON s.id = h.security_id "
            "ORDER BY h.id"):
        amount, price_currency = holding_amount(rows, security_id, quantity, basis_minor,
                                                basis_currency, day)
        minor = half_even(amount * rate(price_currency, base, day) * 100)
        truth.put(f"holding.{slug(symbol)}", True, money(minor))
        by_class[asset_class] = by_class.get(asset_class, 0) + minor
    invested = sum(by_class.values())
    for asset_class, minor in by_class.items():
        if invested > 0:
            truth.put(f"allocation.{slug(asset_class)}", True,
                      (Decimal(minor) * 100 / invested).quantize(Decimal("0.1"),
                                                                 ROUND_HALF_EVEN))
    return truth


def holding_amount(rows: Any, security_id: int, quantity: str, basis_minor: int | None,
                   basis_currency: str | None, day: int) -> tuple[Decimal, str]:
    """A holding's value in major units of its price currency: the latest price on or before
    the day, else its cost basis, else its first price."""
    price = rows("SELECT price, currency FROM prices WHERE security_id=? AND date<=? "
                 "ORDER BY date DESC LIMIT 1", security_id, day)
    if price:
        return Decimal(quantity) * Decimal(price[0][0]), price[0][1]
    if basis_minor is not None:
        return Decimal(basis_minor).scaleb(-2), str(basis_currency)
    first = rows("SELECT price, currency FROM prices WHERE security_id=? ORDER BY date LIMIT 1",
                 security_id)
    assert first, "a holding without any price or cost basis has no value to compare"
    return Decimal(quantity) * Decimal(first[0][0]), first[0][1]
