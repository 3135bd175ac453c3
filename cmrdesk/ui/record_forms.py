"""The forms that key in policies, income sources, goals, holdings, prices and the profile.

Each ``*_form`` function builds a :class:`~cmrdesk.ui.forms.FormDialog` whose field names are
the record's field names (so a service's ``ValidationError`` lands next to its field) and
returns it with a function that turns the typed values into the service call to run
(``build(session) -> Operation``). :func:`run_form` wires the two to
:meth:`VaultController.edit`: the edit runs on the worker, goes on the undo stack with its
name, and the dialog closes or shows the service's error.
"""

from __future__ import annotations

import copy
from collections.abc import Callable, Sequence
from datetime import date
from decimal import Decimal
from typing import Any

from PySide6.QtWidgets import QWidget

from cmrdesk.domain import (
    Account,
    Frequency,
    Goal,
    IncomeKind,
    IncomeSource,
    Money,
    Policy,
    PolicyType,
    ValidationError,
)

from . import fmt
from .forms import FormDialog
from .i18n import QT_TR_NOOP, tr

Build = Callable[[Any], Any]  # session -> Operation

POLICY_TYPES = {
    "home": QT_TR_NOOP("Home"), "contents": QT_TR_NOOP("Contents"), "car": QT_TR_NOOP("Car"),
    "life": QT_TR_NOOP("Life"), "health": QT_TR_NOOP("Health"),
    "liability": QT_TR_NOOP("Liability"), "travel": QT_TR_NOOP("Travel"),
    "disability": QT_TR_NOOP("Disability"),
    "legal": QT_TR_NOOP("Legal aid"), "other": QT_TR_NOOP("Other"),
}
FREQUENCIES = {"weekly": QT_TR_NOOP("Weekly"), "monthly": QT_TR_NOOP("Monthly"),
               "quarterly": QT_TR_NOOP("Quarterly"),
               "half_yearly": QT_TR_NOOP("Every six months"), "yearly": QT_TR_NOOP("Yearly")}
#: "€120.00 a month": how an amount paid at a frequency reads.
PER_FREQUENCY = {"weekly": QT_TR_NOOP("a week"), "monthly": QT_TR_NOOP("a month"),
                 "quarterly": QT_TR_NOOP("a quarter"),
                 "half_yearly": QT_TR_NOOP("every six months"), "yearly": QT_TR_NOOP("a year")}
INCOME_KINDS = {"salary": QT_TR_NOOP("Salary"), "self_employed": QT_TR_NOOP("Self-employed"),
                "pension": QT_TR_NOOP("Pension"),
                "benefits": QT_TR_NOOP("Benefits"), "rental": QT_TR_NOOP("Rental"),
                "other": QT_TR_NOOP("Other")}
SECURITY_KINDS = {"stock": QT_TR_NOOP("Stock"), "fund": QT_TR_NOOP("Fund"), "etf": "ETF",
                  "bond": QT_TR_NOOP("Bond"),
                  "cash": QT_TR_NOOP("Cash"), "other": QT_TR_NOOP("Other")}
ASSET_CLASSES = {"equity": QT_TR_NOOP("Equity"), "bonds": QT_TR_NOOP("Bonds"),
                 "cash": QT_TR_NOOP("Cash"),
                 "real_estate": QT_TR_NOOP("Real estate"),
                 "commodities": QT_TR_NOOP("Commodities"), "other": QT_TR_NOOP("Other")}
EMPLOYMENT = {"employed": QT_TR_NOOP("Employed"), "self_employed": QT_TR_NOOP("Self-employed"),
              "unemployed": QT_TR_NOOP("Unemployed"), "retired": QT_TR_NOOP("Retired"),
              "student": QT_TR_NOOP("Student"),
              "other": QT_TR_NOOP("Other")}
RESIDENCE = {"owner": QT_TR_NOOP("Owner"), "tenant": QT_TR_NOOP("Tenant"),
             "with_family": QT_TR_NOOP("With family"),
             "other": QT_TR_NOOP("Other")}


def _records() -> Any:
    """The keying-in services, imported when a form is used (the window starts without
    loading the vault's libraries)."""
    from cmrdesk.services import records

    return records


def options(names: dict[str, str]) -> list[tuple[str, str]]:
    """``(value, translated text)`` pairs for a choice field."""
    return [(value, tr(text)) for value, text in names.items()]


def run_form(controller: Any, dialog: FormDialog,
             to_build: Callable[[dict[str, Any]], Build | None],
             on_saved: Callable[[Any], None] | None = None) -> FormDialog:
    """Open ``dialog``; on Save run ``to_build(values)`` through ``controller.edit`` (the
    dialog closes on success and shows the error next to its field on failure)."""

    def submitted(values: dict[str, Any]) -> None:
        try:
            build = to_build(values)
        except ValidationError as error:
            dialog.failed(error)
            return
        if build is None:
            dialog.succeeded()
            return

        def saved(outcome: Any) -> None:
            dialog.succeeded()
            if on_saved is not None:
                on_saved(outcome)

        controller.edit(build, saved, dialog.failed)

    dialog.submitted.connect(submitted)
    dialog.open()
    return dialog


def _currency(dialog: FormDialog, default: str, *, label: str = "") -> Callable[[], str]:
    """A currency field; amount fields that read ``currency()`` are re-checked when it
    changes (their decimals depend on it)."""

    def check(text: str) -> None:
        _records().known_currency(text.strip().upper())

    field = dialog.text("currency", label or tr("Currency"), required=True, check=check,
                        placeholder="EUR")
    dialog.fill(currency=default)
    dialog.field_changed = (  # type: ignore[method-assign]
        lambda name: dialog.revalidate() if name == "currency" else None)

    def current() -> str:
        try:
            text = field.widget.text().strip().upper()  # type: ignore[attr-defined]
            return _records().known_currency(text)
        except ValidationError:
            return default

    return current


def _accounts(accounts: Sequence[Account]) -> list[tuple[int | None, str]]:
    return [(a.id, a.name) for a in accounts]


def _money(value: Decimal | None, currency: str) -> Money | None:
    return None if value is None else Money.of(value, currency)


# --- policies --------------------------------------------------------------------------------


def policy_form(parent: QWidget | None, accounts: Sequence[Account], base: str,
                policy: Policy | None = None) -> tuple[FormDialog, Callable[..., Build]]:
    """Add or edit an insurance policy."""
    dialog = FormDialog(tr("Edit policy") if policy else tr("Add an insurance policy"), parent,
                        submit_text=tr("Save policy"))
    dialog.text("insurer", tr("Insurer"), required=True, placeholder="Zilveren Kruis")
    dialog.choice("policy_type", tr("Type"), options(POLICY_TYPES))
    currency = _currency(dialog, policy.premium.currency if policy else base)
    dialog.amount("premium", tr("Premium"), currency, required=True, allow_negative=False)
    dialog.choice("frequency", tr("Paid"), options(FREQUENCIES))
    dialog.amount("cover", tr("Cover"), currency, allow_negative=False)
    dialog.amount("deductible", tr("Deductible"), currency, allow_negative=False)
    dialog.day("start_date", tr("Start date"))
    dialog.day("renewal_date", tr("Renewal date"))
    dialog.choice("account_id", tr("Paid from"), _accounts(accounts), required=False,
                  none_text=tr("No account"), aliases=("account",))
    dialog.notes("notes", tr("Notes"))
    if policy is not None:
        dialog.fill(insurer=policy.insurer, policy_type=policy.policy_type.value,
                    premium=policy.premium, frequency=policy.frequency.value,
                    cover=policy.cover, deductible=policy.deductible,
                    start_date=policy.start_date, renewal_date=policy.renewal_date,
                    account_id=policy.account_id, notes=policy.notes)
    else:
        dialog.fill(frequency="monthly")

    def to_build(values: dict[str, Any]) -> Build:
        code = values["currency"].upper()
        record = copy.copy(policy) if policy is not None else Policy(
            insurer="", policy_type=PolicyType.OTHER, premium=Money.zero(code))
        record.insurer = values["insurer"]
        record.policy_type = PolicyType(values["policy_type"])
        record.premium = Money.of(values["premium"], code)
        record.frequency = Frequency(values["frequency"])
        record.cover = _money(values["cover"], code)
        record.deductible = _money(values["deductible"], code)
        record.start_date = values["start_date"]
        record.renewal_date = values["renewal_date"]
        record.account_id = values["account_id"]
        record.notes = values["notes"]
        if policy is not None:
            return lambda s: _records().edit_record(s, record)
        return lambda s: _records().new_record(s, record)

    return dialog, to_build


# --- income ----------------------------------------------------------------------------------


def income_form(parent: QWidget | None, accounts: Sequence[Account], base: str,
                income: IncomeSource | None = None) -> tuple[FormDialog, Callable[..., Build]]:
    """Add or edit an income source."""
    dialog = FormDialog(tr("Edit income") if income else tr("Add an income source"), parent,
                        submit_text=tr("Save income"))
    dialog.text("payer", tr("Employer or payer"), required=True, placeholder="ACME BV")
    dialog.choice("kind", tr("Kind"), options(INCOME_KINDS))
    currency = _currency(dialog, income.net.currency if income else base)
    dialog.amount("net", tr("Net amount"), currency, required=True, allow_negative=False,
                  hint=tr("What reaches the account each time"))
    dialog.amount("gross", tr("Gross amount"), currency, allow_negative=False)
    dialog.choice("frequency", tr("Paid"), options(FREQUENCIES))
    dialog.number("pay_day", tr("Pay day"), whole=True, minimum=Decimal(1),
                  maximum=Decimal(31), suffix=tr("day of the month"))
    dialog.choice("account_id", tr("Paid into"), _accounts(accounts), required=False,
                  none_text=tr("No account"), aliases=("account",))
    dialog.notes("notes", tr("Notes"))
    if income is not None:
        dialog.fill(payer=income.payer, kind=income.kind.value, net=income.net,
                    gross=income.gross, frequency=income.frequency.value,
                    pay_day=income.pay_day, account_id=income.account_id, notes=income.notes)
    else:
        dialog.fill(frequency="monthly")

    def to_build(values: dict[str, Any]) -> Build:
        code = values["currency"].upper()
        record = copy.copy(income) if income is not None else IncomeSource(
            payer="", kind=IncomeKind.OTHER, net=Money.zero(code))
        record.payer = values["payer"]
        record.kind = IncomeKind(values["kind"])
        record.net = Money.of(values["net"], code)
        record.gross = _money(values["gross"], code)
        record.frequency = Frequency(values["frequency"])
        record.pay_day = values["pay_day"]
        record.account_id = values["account_id"]
        record.notes = values["notes"]
        if income is not None:
            return lambda s: _records().edit_record(s, record)
        return lambda s: _records().new_record(s, record)

    return dialog, to_build


# --- goals -----------------------------------------------------------------------------------


def goal_form(parent: QWidget | None, accounts: Sequence[Account], base: str,
              goal: Goal | None = None) -> tuple[FormDialog, Callable[..., Build]]:
    """Add or edit a savings goal."""
    dialog = FormDialog(tr("Edit goal") if goal else tr("Add a goal"), parent,
                        submit_text=tr("Save goal"))
    dialog.text("name", tr("Name"), required=True, placeholder=tr("Emergency fund"))
    currency = _currency(dialog, goal.target.currency if goal else base)
    dialog.amount("target", tr("Target amount"), currency, required=True,
                  allow_negative=False)
    dialog.day("target_date", tr("Target date"))
    dialog.many("accounts", tr("Saved in"), _accounts(accounts),
                hint=tr("Progress is the balance of these accounts today"))
    if goal is not None:
        dialog.fill(name=goal.name, target=goal.target, target_date=goal.target_date,
                    accounts=goal.account_ids)

    def to_build(values: dict[str, Any]) -> Build:
        code = values["currency"].upper()
        record = copy.copy(goal) if goal is not None else Goal(name="", target=Money.zero(code))
        record.name = values["name"]
        record.target = Money.of(values["target"], code)
        record.target_date = values["target_date"]
        record.account_ids = list(values["accounts"])
        if goal is not None:
            return lambda s: _records().edit_record(s, record)
        return lambda s: _records().new_record(s, record)

    return dialog, to_build


# --- holdings and prices ---------------------------------------------------------------------


def holding_form(parent: QWidget | None, accounts: Sequence[Account], base: str, *,
                 row: Any = None, account_id: int | None = None
                 ) -> tuple[FormDialog, Callable[..., Build]]:
    """Set a holding (``row``: a ``HoldingRow`` being edited; its account and symbol stay)."""
    dialog = FormDialog(tr("Edit holding") if row else tr("Set a holding"), parent,
                        submit_text=tr("Save holding"),
                        intro=tr("How many units an account holds; a new symbol adds the "
                                 "security."))
    dialog.choice("account", tr("Account"), _accounts(accounts))
    dialog.text("symbol", tr("Symbol"), required=True, placeholder="VWRL")
    dialog.text("name", tr("Name"), placeholder="Vanguard FTSE All-World")
    dialog.text("isin", tr("ISIN"), placeholder="IE00B3RBWM25")
    dialog.choice("kind", tr("Kind"), options(SECURITY_KINDS))
    dialog.choice("asset_class", tr("Asset class"), options(ASSET_CLASSES))
    security = row.security if row is not None else None
    currency = _currency(dialog, security.currency if security else base)
    dialog.number("quantity", tr("Quantity"), required=True, minimum=Decimal(0),
                  suffix=tr("units"))
    dialog.amount("cost", tr("Cost"), currency, allow_negative=False,
                  hint=tr("What the units cost in total (for the gain)"))
    if row is not None:
        dialog.fill(account=row.account.id, symbol=security.symbol, name=security.name,
                    isin=security.isin, kind=security.kind.value,
                    asset_class=security.asset_class, quantity=row.holding.quantity,
                    cost=row.cost)
        dialog.fields["account"].widget.setEnabled(False)
        dialog.fields["symbol"].widget.setEnabled(False)
    else:
        dialog.fill(account=account_id, kind="etf", asset_class="equity")

    def to_build(values: dict[str, Any]) -> Build:
        code = values["currency"].upper()
        details = _records().SecurityDetails(name=values["name"], isin=values["isin"],
                                          kind=values["kind"], asset_class=values["asset_class"],
                                          currency=code)
        cost = _money(values["cost"], code)
        return lambda s: _records().set_holding(s, values["account"], values["symbol"],
                                             values["quantity"], cost=cost, details=details)

    return dialog, to_build


def price_form(parent: QWidget | None, symbol: str, currency_code: str, today: date
               ) -> tuple[FormDialog, Callable[..., Build]]:
    """Add a price of ``symbol`` on a day (a price on the same day is replaced)."""
    dialog = FormDialog(tr("Add a price of {symbol}").format(symbol=symbol), parent,
                        submit_text=tr("Save price"))
    dialog.day("date", tr("Date"), required=True)
    dialog.number("price", tr("Price"), required=True, minimum=Decimal("0.000001"),
                  suffix=tr("per unit"))
    _currency(dialog, currency_code)
    dialog.fill(date=today)

    def to_build(values: dict[str, Any]) -> Build:
        code = values["currency"].upper()
        return lambda s: _records().add_price(s, symbol, values["date"], values["price"], code)

    return dialog, to_build


# --- profile ---------------------------------------------------------------------------------

_CHOICES = {"employment_status": EMPLOYMENT, "residence_status": RESIDENCE}
_DAYS = ("employed_since", "residence_since")


def profile_form(parent: QWidget | None, rows: Sequence[Any]
                 ) -> tuple[FormDialog, Callable[..., Build]]:
    """Edit every profile field at once (``rows``: ``ProfileRow`` s); saving changes only
    the fields that changed, as one undoable step."""
    dialog = FormDialog(tr("Edit your profile"), parent, submit_text=tr("Save profile"),
                        intro=tr("Only what you fill in can ever be shared, and only when you "
                                 "choose to."))
    before: dict[str, Any] = {}
    for row in rows:
        label = tr(row.label)
        if row.name in _CHOICES:
            dialog.choice(row.name, label, options(_CHOICES[row.name]), required=False,
                          none_text=tr("Not filled"))
            before[row.name] = row.value.value if row.value is not None else None
        elif row.name in _DAYS:
            dialog.day(row.name, label)
            before[row.name] = row.value
        else:
            dialog.text(row.name, label,
                        check=lambda text, n=row.name: _records().parse_profile_value(n, text))
            before[row.name] = "" if row.value in (None, "") else str(row.value)
    dialog.fill(**before)

    def to_build(values: dict[str, Any]) -> Build:
        changed: dict[str, Any] = {}
        for name, value in values.items():
            if value == before[name] or (value in (None, "") and before[name] in (None, "")):
                continue
            text = value.isoformat() if isinstance(value, date) else (value or "")
            changed[name] = _records().parse_profile_value(name, str(text))
        if not changed:
            return None  # nothing to save: the dialog just closes
        return lambda s: _records().set_profile(s, changed)

    return dialog, to_build


def describe_amount(money: Money, frequency: str) -> str:
    """``€286.40 a month``."""
    return tr("{amount} {per}").format(amount=fmt.money(money),
                                       per=tr(PER_FREQUENCY.get(frequency, frequency)))

