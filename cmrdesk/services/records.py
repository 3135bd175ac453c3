"""Keying in what no bank exports: accounts, hand-entered transactions, policies, income,
goals, valuations, holdings, prices and the profile.

Each ``new_*``/``edit_*``/``remove_*`` function checks the input against the vault and returns
an :class:`~cmrdesk.services.editing.Operation`, which :func:`cmrdesk.services.editing.apply`
runs in one transaction and which knows its own undo. The app's forms and the CLI's commands
call the same functions, so both refuse the same things with the same words: a
``ValidationError`` whose ``field`` is the record's field name (the CLI maps it to its flag,
the form puts the message next to the field) and nothing is changed.
"""

from __future__ import annotations

import copy
import re
from dataclasses import dataclass, fields
from datetime import date
from decimal import Decimal
from typing import Any

from cmrdesk.domain import (
    PROFILE_FIELDS,
    Account,
    AccountKind,
    Category,
    Frequency,
    FxRate,
    Goal,
    Holding,
    IncomeKind,
    IncomeSource,
    Money,
    NotFound,
    Policy,
    PolicyType,
    Price,
    Profile,
    Security,
    SecurityKind,
    Transaction,
    ValidationError,
    Valuation,
    check_currency,
    currency_exponent,
)
from cmrdesk.domain.profile import EmploymentStatus, ResidenceStatus
from cmrdesk.vault import snapshots as vault_snapshots

from .editing import (
    AddRecord,
    AddTransactions,
    Batch,
    DeleteRows,
    Operation,
    Outcome,
    SetProfile,
    UpdateRecord,
    UpdateRows,
)
from .session import VaultSession

#: Account kinds that may hold securities.
HOLDING_KINDS = frozenset({AccountKind.BROKERAGE, AccountKind.PENSION, AccountKind.OTHER_ASSET})
#: Account kinds whose value comes from valuations a person keys in (no bank exports them).
VALUED_KINDS = frozenset({AccountKind.PENSION, AccountKind.PROPERTY, AccountKind.OTHER_ASSET,
                          AccountKind.BROKERAGE})
_MAX_RATE = Decimal(100)


# --- shared checks ---------------------------------------------------------------------------


def known_currency(code: str, field: str = "currency") -> str:
    """``code`` if it is an ISO 4217 currency, else a ``ValidationError`` naming ``field``."""
    from babel.numbers import list_currencies

    try:
        check_currency(code)
    except ValidationError:
        raise ValidationError(field, f"{code!r} is not a three-letter currency code") from None
    if code not in list_currencies():
        raise ValidationError(field, f"{code!r} is not a known currency")
    return code


def _exact(money: Money | None, field: str, currency: str | None = None) -> None:
    """Refuse an amount with more decimals than its currency has (no silent rounding) or in a
    currency other than ``currency``."""
    if money is None:
        return
    if currency is not None and money.currency != currency:
        raise ValidationError(field, f"is in {money.currency}, expected {currency}")
    exponent = currency_exponent(money.currency)
    if money.amount != money.amount.quantize(Decimal(1).scaleb(-exponent)):
        raise ValidationError(
            field, f"{money.amount} has more than {exponent} decimals for {money.currency}")


def _positive(money: Money | None, field: str, *, zero: bool = False) -> None:
    if money is not None and (money.amount < 0 or (not zero and money.amount == 0)):
        raise ValidationError(field, "must be more than zero" if not zero else
                              "must not be negative")


def _rate(text: str, field: str) -> None:
    if not text:
        return
    try:
        value = Decimal(text)
    except ArithmeticError:
        raise ValidationError(field, f"{text!r} is not a percentage") from None
    if not value.is_finite() or not -_MAX_RATE <= value <= _MAX_RATE:
        raise ValidationError(field, f"{text}% is not a yearly rate between -100 and 100")


def _text(value: str, field: str, *, required: bool = False, limit: int = 200) -> None:
    if required and not value.strip():
        raise ValidationError(field, "must not be empty")
    if len(value) > limit:
        raise ValidationError(field, f"is longer than {limit} characters")
    if any(ord(ch) < 32 and ch not in "\t" for ch in value):
        raise ValidationError(field, "contains a control character")


def _account(session: VaultSession, account_id: int | None, field: str = "account") -> Account:
    if account_id is None:
        raise ValidationError(field, "no account chosen")
    try:
        return session.get(Account, account_id)
    except NotFound:
        raise ValidationError(field, f"no account with id {account_id}") from None


def _member(value: Any, enum: Any, field: str) -> None:
    """Refuse a value that is not one of ``enum``'s (a record built from text, not a list)."""
    try:
        enum(value)
    except ValueError:
        raise ValidationError(field, f"{value!r} is not one of "
                              + ", ".join(e.value for e in enum)) from None


def parse_choice(field: str, text: str, enum: Any) -> Any:
    """The member of ``enum`` a person typed (``"half yearly"``, ``"Self-employed"``), or a
    ``ValidationError`` naming ``field`` that lists the choices."""
    return _choice(field, text, enum)


def find_category(session: VaultSession, path: str) -> Category:
    """The category a person named as ``Parent / Child`` (or ``Parent/Child``, any case, as
    :meth:`VaultSession.category_path` writes it) or by a name only one category has;
    ``ValidationError`` naming ``category`` otherwise."""
    wanted = " / ".join(part.strip() for part in path.split("/")).casefold()
    if not wanted.strip(" /"):
        raise ValidationError("category", "no category named")
    paths = session.category_path()
    exact = [ident for ident, text in paths.items() if text.casefold() == wanted]
    if not exact:
        exact = [c.id for c in session.categories() if c.name.casefold() == wanted]
    if len(exact) != 1:
        reason = (f"{path!r} names {len(exact)} categories; give it as 'Parent / Child'"
                  if exact else f"no category {path!r}")
        raise ValidationError("category", reason)
    return session.get(Category, exact[0])


def describe(record: Any) -> str:
    """How the Edit menu and the CLI name a record: ``policy 'Zilveren Kruis'``."""
    name = {
        Account: lambda r: r.name, Policy: lambda r: r.insurer, IncomeSource: lambda r: r.payer,
        Goal: lambda r: r.name, Security: lambda r: r.symbol,
        Valuation: lambda r: f"{r.value} on {r.date.isoformat()}",
        Price: lambda r: f"{r.price} {r.currency} on {r.date.isoformat()}",
        FxRate: lambda r: f"{r.base}/{r.quote} on {r.date.isoformat()}",
    }.get(type(record))
    noun = {Account: "account", Policy: "policy", IncomeSource: "income", Goal: "goal",
            Security: "security", Valuation: "valuation", Price: "price", FxRate: "rate",
            Holding: "holding"}.get(type(record), type(record).__name__.lower())
    return f"{noun} '{name(record)}'" if name else noun


# --- accounts --------------------------------------------------------------------------------


def check_account(session: VaultSession, account: Account) -> None:
    """Every rule a keyed-in account must keep (``ValidationError`` naming the field)."""
    _text(account.name, "name", required=True, limit=80)
    try:
        AccountKind(account.kind)
    except ValueError:
        kinds = ", ".join(k.value for k in AccountKind)
        raise ValidationError("kind", f"{account.kind!r} is not one of {kinds}") from None
    known_currency(account.currency)
    for name in ("institution", "iban", "number", "notes"):
        _text(getattr(account, name), name, limit=2000 if name == "notes" else 200)
    if account.iban:
        from cmrdesk.importers.iban import is_valid_iban

        if not is_valid_iban(account.iban):
            raise ValidationError("iban", f"{account.iban!r} is not a valid IBAN")
    for name in ("opening_balance", "credit_limit", "principal", "monthly_payment",
                 "contribution_own", "contribution_employer"):
        _exact(getattr(account, name), name, account.currency)
    for name in ("credit_limit", "principal", "monthly_payment"):
        _positive(getattr(account, name), name)
    for name in ("contribution_own", "contribution_employer"):
        _positive(getattr(account, name), name, zero=True)
    _rate(account.interest_rate, "interest_rate")
    _rate(account.apr, "apr")
    if account.opening_balance is not None and account.opened_on is None:
        raise ValidationError("opened_on", "give the date of the opening balance")
    if account.fixed_until and account.term_end and account.fixed_until > account.term_end:
        raise ValidationError("fixed_until", "is after the end of the term")
    if account.opened_on and account.term_end and account.term_end <= account.opened_on:
        raise ValidationError("term_end", "is not after the date the loan started")
    for other in session.accounts():
        if other.id != account.id and other.name.casefold() == account.name.casefold():
            raise ValidationError("name", f"an account called {other.name!r} already exists")


def new_account(session: VaultSession, account: Account) -> Operation:
    """Add an account."""
    account.iban = _compact_iban(account.iban)
    check_account(session, account)
    if account.number and not account.number_masked:
        from cmrdesk.domain import mask_number

        account.number_masked = mask_number(account.number)
    return AddRecord(account, label=f"add {describe(account)}")


def edit_account(session: VaultSession, account: Account) -> Operation:
    """Change an account; its currency cannot change once it has transactions."""
    before = session.get(Account, account.id)
    account.iban = _compact_iban(account.iban)
    check_account(session, account)
    if account.number != before.number and account.number_masked == before.number_masked:
        # A new full number shows as its own last four, as when the account was added.
        from cmrdesk.domain import mask_number

        account.number_masked = mask_number(account.number) if account.number else ""
    if account.currency != before.currency and account_usage(session, account.id).transactions:
        raise ValidationError("currency", "cannot change: the account has transactions in "
                              f"{before.currency}")
    label = f"edit {describe(before)}"
    if before.closed != account.closed:
        label = f"{'close' if account.closed else 'reopen'} {describe(before)}"
    return UpdateRecord(account, label=label)


def _compact_iban(iban: str) -> str:
    return re.sub(r"\s+", "", iban).upper()


@dataclass(frozen=True)
class AccountUsage:
    """What goes with an account when it is deleted, and what only points at it."""

    transactions: int
    holdings: int
    valuations: int
    policies: int
    income_sources: int
    goals: int

    def sentence(self) -> str:
        """``"412 transactions, 2 valuations"`` (what is deleted with the account)."""
        parts = [f"{n} {word if n != 1 else word.rstrip('s')}" for n, word in (
            (self.transactions, "transactions"), (self.holdings, "holdings"),
            (self.valuations, "valuations")) if n]
        return ", ".join(parts) or "nothing else"


def account_usage(session: VaultSession, account_id: int) -> AccountUsage:
    """Counts of the rows that belong to or point at an account."""
    with session.vault.read() as conn:
        def count(table: str) -> int:
            return vault_snapshots.count_where(conn, table, "account_id", account_id)

        counts = {t: count(t) for t in ("transactions", "holdings", "valuations", "policies",
                                        "income_sources")}
    goals = sum(1 for g in session.list(Goal) if account_id in g.account_ids)
    return AccountUsage(goals=goals, **counts)


def remove_account(session: VaultSession, account_id: int, *,
                   with_transactions: bool = False) -> Operation:
    """Delete an account. One with transactions is deleted only with ``with_transactions``
    (they go with it); policies, income and goals that name it are kept and unlinked."""
    account = _account(session, account_id)
    usage = account_usage(session, account_id)
    if usage.transactions and not with_transactions:
        raise ValidationError(
            "account", f"{account.name!r} has {usage.transactions} "
            f"{'transaction' if usage.transactions == 1 else 'transactions'}; delete it "
            "with its transactions or not at all")
    parts: list[Operation] = []
    for goal in session.list(Goal):
        if account_id in goal.account_ids:
            changed = copy.copy(goal)
            changed.account_ids = [a for a in goal.account_ids if a != account_id]
            parts.append(UpdateRecord(changed))
    label = f"delete {describe(account)}"
    parts.append(DeleteRows("accounts", [account_id], label=label))
    return Batch(parts, label=label)


# --- transactions ----------------------------------------------------------------------------


def _category(session: VaultSession, category_id: int | None) -> None:
    if category_id is not None:
        try:
            session.get(Category, category_id)
        except NotFound:
            raise ValidationError("category", f"no category with id {category_id}") from None


def new_transaction(session: VaultSession, tx: Transaction,
                    transfer_to: int | None = None) -> Operation:
    """Add a hand-entered transaction; with ``transfer_to`` also the other side on that own
    account (the same amount, opposite sign), linked as one transfer, as one undo step."""
    account = _account(session, tx.account_id)
    if account.closed:
        raise ValidationError("account", f"{account.name!r} is closed; reopen it first")
    _exact(tx.amount, "amount", account.currency)
    _text(tx.payee, "payee", required=transfer_to is None)
    _text(tx.memo, "memo", limit=2000)
    _category(session, tx.category_id)
    rows = [tx]
    if transfer_to is not None:
        other = _account(session, transfer_to, "transfer_to")
        if other.id == account.id:
            raise ValidationError("transfer_to", "is the same account")
        if other.closed:
            raise ValidationError("transfer_to", f"{other.name!r} is closed; reopen it first")
        if other.currency != account.currency:
            raise ValidationError("transfer_to", f"{other.name!r} is in {other.currency}, not "
                                  f"{account.currency}: enter each side on its own")
        if not tx.payee:
            tx.payee = f"Transfer to {other.name}" if tx.amount.amount < 0 else \
                f"Transfer from {other.name}"
        rows.append(Transaction(
            account_id=other.id, date=tx.date, amount=-tx.amount, memo=tx.memo,
            payee=f"Transfer from {account.name}" if tx.amount.amount < 0 else
            f"Transfer to {account.name}",
        ))
    what = "transfer" if transfer_to is not None else "transaction"
    return AddTransactions(rows, transfer=transfer_to is not None,
                           label=f"add {what} '{tx.payee}'")


_UNSET: Any = object()


def edit_transaction(session: VaultSession, ident: int, *, day: date | None = None,
                     amount: Money | None = None, payee: str | None = None,
                     memo: str | None = None, category_id: int | None = _UNSET,
                     account_id: int | None = None) -> Operation:
    """Change fields of a transaction (``category_id=None`` makes it uncategorised). A new
    amount or date of one side of a transfer moves the other side with it."""
    (tx,) = _transactions(session, [ident])
    account = _account(session, account_id if account_id is not None else tx.account_id)
    values: dict[str, Any] = {}
    if account_id is not None and account_id != tx.account_id:
        if account.currency != tx.amount.currency and amount is None:
            raise ValidationError("account", f"{account.name!r} is in {account.currency}; "
                                  "give the amount in that currency too")
        values["account_id"] = account_id
    if day is not None:
        values["day"] = _epoch(day)
    if amount is not None:
        _exact(amount, "amount", account.currency)
        values["amount_minor"] = amount.minor
        values["currency"] = amount.currency
    if payee is not None:
        _text(payee, "payee", required=True)
        values["payee"] = payee
    if memo is not None:
        _text(memo, "memo", limit=2000)
        values["memo"] = memo
    if category_id is not _UNSET:
        _category(session, category_id)
        values["category_id"] = category_id
    if not values:
        raise ValidationError("transaction", "nothing to change")
    changes = {ident: values}
    if tx.transfer_id is not None and ("amount_minor" in values or "day" in values):
        (other,) = _transactions(session, [tx.transfer_id])
        mirrored = {k: v for k, v in values.items() if k == "day"}
        if "amount_minor" in values and other.amount.currency == account.currency:
            mirrored["amount_minor"] = -values["amount_minor"]
        if mirrored:
            changes[other.id] = mirrored
    return UpdateRows("transactions", changes, label=f"edit transaction '{tx.payee}'")


def remove_transactions(session: VaultSession, ids: list[int]) -> Operation:
    """Delete transactions (the other side of a transfer stays, unlinked)."""
    found = _transactions(session, ids)
    label = (f"delete transaction '{found[0].payee}'" if len(found) == 1
             else f"delete {len(found)} transactions")
    return DeleteRows("transactions", list(ids), label=label)


def _transactions(session: VaultSession, ids: list[int]) -> list[Transaction]:
    """The transactions ``ids`` in that order, or ``NotFound`` for the first missing one."""
    from .browse import transactions_by_id

    found = transactions_by_id(session, ids)
    for ident in ids:
        if ident not in found:
            raise NotFound("transaction", ident)
    return [found[ident] for ident in ids]


def _epoch(day: date) -> int:
    from cmrdesk.domain import to_epoch_day

    return to_epoch_day(day)


# --- policies, income, goals, valuations, prices, rates --------------------------------------


def check_policy(session: VaultSession, policy: Policy) -> None:
    """Rules for a keyed-in insurance policy."""
    _text(policy.insurer, "insurer", required=True)
    _member(policy.policy_type, PolicyType, "policy_type")
    _member(policy.frequency, Frequency, "frequency")
    known_currency(policy.premium.currency, "premium")
    _exact(policy.premium, "premium")
    _positive(policy.premium, "premium")
    for name in ("cover", "deductible"):
        money = getattr(policy, name)
        if money is not None:
            known_currency(money.currency, name)
            _exact(money, name)
            _positive(money, name, zero=name == "deductible")
    if policy.start_date and policy.renewal_date and policy.renewal_date < policy.start_date:
        raise ValidationError("renewal_date", "is before the start of the policy")
    if policy.account_id is not None:
        _account(session, policy.account_id)
    _text(policy.notes, "notes", limit=2000)
    _text(policy.number_masked, "number_masked")


def check_income(session: VaultSession, income: IncomeSource) -> None:
    """Rules for a keyed-in income source."""
    _text(income.payer, "payer", required=True)
    _member(income.kind, IncomeKind, "kind")
    _member(income.frequency, Frequency, "frequency")
    known_currency(income.net.currency, "net")
    _exact(income.net, "net")
    _positive(income.net, "net")
    if income.gross is not None:
        _exact(income.gross, "gross", income.net.currency)
        if income.gross < income.net:
            raise ValidationError("gross", "is less than the net amount")
    if income.pay_day is not None and not 1 <= income.pay_day <= 31:
        raise ValidationError("pay_day", "is not a day of the month (1-31)")
    if income.account_id is not None:
        account = _account(session, income.account_id)
        if account.currency != income.net.currency:
            raise ValidationError("net", f"is in {income.net.currency}, the account "
                                  f"{account.name!r} is in {account.currency}")
    _text(income.notes, "notes", limit=2000)


def check_goal(session: VaultSession, goal: Goal) -> None:
    """Rules for a savings goal."""
    _text(goal.name, "name", required=True, limit=80)
    known_currency(goal.target.currency, "target")
    _exact(goal.target, "target")
    _positive(goal.target, "target")
    if len(set(goal.account_ids)) != len(goal.account_ids):
        raise ValidationError("accounts", "an account is named twice")
    for account_id in goal.account_ids:
        _account(session, account_id, "accounts")


def check_valuation(session: VaultSession, valuation: Valuation) -> None:
    """Rules for a statement of value (a pension pot, a house)."""
    account = _account(session, valuation.account_id)
    _exact(valuation.value, "value", account.currency)
    if valuation.date > date.today():
        raise ValidationError("date", "is in the future")
    _text(valuation.source, "source")


def check_price(session: VaultSession, price: Price) -> None:
    """Rules for a price of a security on a date."""
    known_currency(price.currency)
    if price.price <= 0:
        raise ValidationError("price", "must be more than zero")
    _text(price.source, "source")


def check_rate(session: VaultSession, rate: FxRate) -> None:
    """Rules for an exchange rate keyed in by hand."""
    known_currency(rate.base, "base")
    known_currency(rate.quote, "quote")
    if rate.base == rate.quote:
        raise ValidationError("quote", "is the same currency as the base")
    if rate.rate <= 0:
        raise ValidationError("rate", "must be more than zero")


_CHECKS: dict[type, Any] = {
    Account: check_account, Policy: check_policy, IncomeSource: check_income,
    Goal: check_goal, Valuation: check_valuation, Price: check_price, FxRate: check_rate,
}


def new_record(session: VaultSession, record: Any) -> Operation:
    """Add a policy, income source, goal, valuation, price or rate."""
    if isinstance(record, Account):
        return new_account(session, record)
    _CHECKS[type(record)](session, record)
    return AddRecord(record, label=f"add {describe(record)}")


def edit_record(session: VaultSession, record: Any) -> Operation:
    """Change a policy, income source, goal, valuation, price or rate."""
    if isinstance(record, Account):
        return edit_account(session, record)
    before = session.get(type(record), record.id)
    _CHECKS[type(record)](session, record)
    return UpdateRecord(record, label=f"edit {describe(before)}")


def remove_record(session: VaultSession, cls: type, ident: int) -> Operation:
    """Delete a policy, income source, goal, valuation, price or rate."""
    if cls is Account:
        return remove_account(session, ident)
    from cmrdesk.vault import TABLE_OF

    record = session.get(cls, ident)
    return DeleteRows(TABLE_OF[cls], [ident], label=f"delete {describe(record)}")


# --- holdings and prices ---------------------------------------------------------------------


@dataclass(frozen=True)
class SecurityDetails:
    """What a person may say about a security when keying in a holding or a price; empty
    fields keep what the vault knows (or take defaults for a new one)."""

    name: str = ""
    isin: str = ""
    kind: str = ""
    asset_class: str = ""
    currency: str = ""


ASSET_CLASSES = ("equity", "bonds", "cash", "real_estate", "commodities", "other")


def _security(session: VaultSession, symbol: str, details: SecurityDetails,
              default_currency: str) -> tuple[Security, bool]:
    """The security ``symbol`` with ``details`` applied, and whether it is new."""
    symbol = symbol.strip().upper()
    _text(symbol, "symbol", required=True, limit=32)
    existing = next((s for s in session.list(Security) if s.symbol == symbol), None)
    security = copy.copy(existing) if existing else Security(
        symbol=symbol, name=symbol, currency=default_currency)
    if details.name:
        security.name = details.name
    if details.currency:
        security.currency = known_currency(details.currency)
    if details.isin:
        isin = details.isin.strip().upper()
        if not _valid_isin(isin):
            raise ValidationError("isin", f"{details.isin!r} is not a valid ISIN")
        security.isin = isin
    if details.kind:
        try:
            security.kind = SecurityKind(details.kind)
        except ValueError:
            kinds = ", ".join(k.value for k in SecurityKind)
            raise ValidationError("kind", f"{details.kind!r} is not one of {kinds}") from None
    if details.asset_class:
        if details.asset_class not in ASSET_CLASSES:
            raise ValidationError("asset_class", f"{details.asset_class!r} is not one of "
                                  f"{', '.join(ASSET_CLASSES)}")
        security.asset_class = details.asset_class
    return security, existing is None


def _valid_isin(isin: str) -> bool:
    """ISO 6166: two letters, nine alphanumerics, a Luhn check digit over the digit string."""
    if not re.fullmatch(r"[A-Z]{2}[A-Z0-9]{9}\d", isin):
        return False
    digits = "".join(str(int(ch, 36)) for ch in isin)
    total = 0
    for index, ch in enumerate(reversed(digits)):
        value = int(ch) * (2 if index % 2 else 1)
        total += value // 10 + value % 10
    return total % 10 == 0


@dataclass
class _WithSecurity(Operation):
    """Create or update a security, then run an operation built from its id (a holding or
    a price), as one step."""

    security: Security
    is_new: bool
    then: Any  # Callable[[int, VaultSession, conn], Operation]
    label: str = ""

    def run(self, session: VaultSession, conn: Any) -> Outcome:
        first = (AddRecord(self.security) if self.is_new else UpdateRecord(self.security))
        done = first.run(session, conn)
        rest = self.then(self.security.id, session, conn).run(session, conn)
        return Outcome(done.changes | rest.changes,
                       Batch([rest.inverse, done.inverse], label=self.label), rest.result)


def set_holding(session: VaultSession, account_id: int, symbol: str, quantity: Decimal, *,
                cost: Money | None = None, details: SecurityDetails = SecurityDetails()
                ) -> Operation:
    """Say how many units of ``symbol`` an account holds (and what they cost)."""
    account = _account(session, account_id)
    if account.kind not in HOLDING_KINDS:
        raise ValidationError("account", f"{account.name!r} is a {account.kind.value} account; "
                              "holdings belong to brokerage or pension accounts")
    if not isinstance(quantity, Decimal) or not quantity.is_finite() or quantity < 0:
        raise ValidationError("quantity", "must be a number of units, zero or more")
    security, is_new = _security(session, symbol, details, account.currency)
    if cost is not None:
        known_currency(cost.currency, "cost")
        _exact(cost, "cost")
        _positive(cost, "cost", zero=True)

    def holding_op(security_id: int, session: VaultSession, conn: Any) -> Operation:
        current = None if is_new else next(
            (h for h in session.list(Holding, account_id=account_id)
             if h.security_id == security_id), None)
        if current is None:
            return AddRecord(Holding(account_id=account_id, security_id=security_id,
                                     quantity=quantity, cost_basis=cost))
        changed = copy.copy(current)
        changed.quantity = quantity
        changed.cost_basis = cost if cost is not None else current.cost_basis
        return UpdateRecord(changed)

    return _WithSecurity(security, is_new, holding_op,
                         label=f"set holding '{security.symbol}' in '{account.name}'")


def remove_holding(session: VaultSession, account_id: int, symbol: str) -> Operation:
    """Remove a security from an account's holdings."""
    account = _account(session, account_id)
    symbol = symbol.strip().upper()
    security = next((s for s in session.list(Security) if s.symbol == symbol), None)
    holding = security and next((h for h in session.list(Holding, account_id=account_id)
                                 if h.security_id == security.id), None)
    if not holding:
        raise ValidationError("symbol", f"{account.name!r} holds no {symbol!r}")
    return DeleteRows("holdings", [holding.id],
                      label=f"delete holding '{symbol}' in '{account.name}'")


def add_price(session: VaultSession, symbol: str, day: date, price: Decimal, currency: str,
              *, source: str = "manual", details: SecurityDetails = SecurityDetails()
              ) -> Operation:
    """Record a security's price on a day (replacing a price of the same day)."""
    record = Price(security_id=0, date=day, price=price, currency=currency, source=source)
    check_price(session, record)
    security, is_new = _security(session, symbol, details, currency)

    def price_op(security_id: int, session: VaultSession, conn: Any) -> Operation:
        record.security_id = security_id
        same_day = None if is_new else next(
            (p for p in session.list(Price, security_id=security_id) if p.date == day), None)
        if same_day is None:
            return AddRecord(record)
        record.id = same_day.id
        return UpdateRecord(record)

    return _WithSecurity(security, is_new, price_op,
                         label=f"add price of '{security.symbol}' on {day.isoformat()}")


# --- profile ---------------------------------------------------------------------------------


_PROFILE_TYPES = {f.name: f.type for f in fields(Profile)}
_EMAIL = re.compile(r"^[^@\s,;<>\"]+@[^@\s,;<>\"]+\.[^@\s,;<>\"]+$")


def parse_profile_value(name: str, text: str) -> Any:
    """Turn the text a person typed for profile field ``name`` into its typed value (an
    empty text clears the field); ``ValidationError`` naming the field when it is wrong."""
    if name not in PROFILE_FIELDS:
        raise ValidationError(name, "not a profile field; one of " + ", ".join(PROFILE_FIELDS))
    text = text.strip()
    kind = str(_PROFILE_TYPES[name])
    if not text:
        return None if "None" in kind else ""
    if name == "birth_year":
        year = _int(name, text)
        if not 1900 <= year <= date.today().year:
            raise ValidationError(name, f"{year} is not a year of birth")
        return year
    if name in ("household_adults", "household_children"):
        count = _int(name, text)
        if not 0 <= count <= 30:
            raise ValidationError(name, f"{count} is not a number of people")
        return count
    if name == "employment_status":
        return _choice(name, text, EmploymentStatus)
    if name == "residence_status":
        return _choice(name, text, ResidenceStatus)
    if "date" in kind:
        try:
            day = date.fromisoformat(text)
        except ValueError:
            raise ValidationError(name, f"{text!r} is not a date (YYYY-MM-DD)") from None
        if day > date.today():
            raise ValidationError(name, "is in the future")
        return day
    if name == "country":
        code = text.upper()
        if not re.fullmatch(r"[A-Z]{2}", code) or not _known_country(code):
            raise ValidationError(name, f"{text!r} is not a two-letter country code (NL, DE…)")
        return code
    if name == "email" and not _EMAIL.match(text):
        raise ValidationError(name, f"{text!r} is not an e-mail address")
    if name == "phone" and not re.fullmatch(r"\+?[0-9 ()./-]{5,25}", text):
        raise ValidationError(name, f"{text!r} is not a phone number")
    _text(text, name)
    return text


def _int(name: str, text: str) -> int:
    if not re.fullmatch(r"[0-9]{1,4}", text):
        raise ValidationError(name, f"{text!r} is not a whole number")
    return int(text)


def _choice(name: str, text: str, enum: Any) -> Any:
    try:
        return enum(text.strip().lower().replace(" ", "_").replace("-", "_"))
    except ValueError:
        raise ValidationError(name, f"{text!r} is not one of "
                              + ", ".join(e.value for e in enum)) from None


def _known_country(code: str) -> bool:
    from babel import Locale

    return code in Locale("en").territories


def set_profile(session: VaultSession, values: dict[str, Any]) -> Operation:
    """Set profile fields (typed values, see :func:`parse_profile_value`)."""
    unknown = set(values) - set(PROFILE_FIELDS)
    if unknown:
        raise ValidationError(sorted(unknown)[0], "not a profile field")
    names = ", ".join(sorted(values))
    return SetProfile(dict(values), label=f"edit profile ({names})")


def profile_filled(session: VaultSession) -> dict[str, bool]:
    """Which profile fields have a value: the person sees exactly what they have filled."""
    profile = session.profile()
    return {name: getattr(profile, name) not in (None, "") for name in PROFILE_FIELDS}


# --- checks while typing, imports, what is keyed in ----------------------------------------


class _Loaded:
    """The one part of a session :func:`check_account` reads: the accounts (already loaded)."""

    def __init__(self, accounts: list[Account]) -> None:
        self._accounts = accounts

    def accounts(self) -> list[Account]:
        return self._accounts


def check_account_offline(account: Account, accounts: list[Account]) -> None:
    """:func:`check_account` against ``accounts`` already in memory, without the vault: what a
    form checks as the person types (the service checks again when the form is saved)."""
    candidate = copy.copy(account)
    candidate.iban = _compact_iban(candidate.iban)
    check_account(_Loaded(list(accounts)), candidate)  # type: ignore[arg-type]


def import_statements(session: VaultSession, paths: list[Any]) -> Operation:
    """Import bank statement files as one undoable step (see
    :class:`~cmrdesk.services.editing.ImportFiles`). Market data (prices, rates) is refused:
    importing it replaces stored rows, which this step could not give back."""
    from pathlib import Path

    from cmrdesk.domain import ImportFormatError
    from cmrdesk.importers import detect_format, is_market_csv

    from .editing import ImportFiles
    from .importing import MARKET_FORMAT

    if not paths:
        raise ValidationError("file", "no file chosen")
    for path in paths:
        try:
            kind = detect_format(path)
        except ImportFormatError:
            kind = ""  # the import names this file's problem itself, with the others'
        if kind == MARKET_FORMAT or (kind == "csv" and is_market_csv(path)):
            raise ValidationError("file", f"{Path(path).name} holds prices or exchange rates, "
                                  "not a bank statement: import it with 'cmrdesk import'")
    names = [Path(p).name for p in paths]
    label = f"import '{names[0]}'" if len(names) == 1 else f"import {len(names)} files"
    return ImportFiles([str(p) for p in paths], label=label)


@dataclass(frozen=True)
class KeyedIn:
    """How much of a person's financial life the vault holds, by kind (the empty vault's
    checklist ticks each one that is there)."""

    accounts: int
    transactions: int
    income: int
    policies: int
    pensions: int
    properties: int
    investments: int  # brokerage accounts and holdings
    goals: int
    profile: int  # profile fields filled


def keyed_in(session: VaultSession) -> KeyedIn:
    """Counts for the checklist of what to key in next."""
    accounts = session.accounts()
    kinds = [a.kind for a in accounts]
    holdings = len(session.list(Holding))
    return KeyedIn(
        accounts=len(accounts),
        transactions=session.transaction_count(),
        income=len(session.list(IncomeSource)),
        policies=len(session.list(Policy)),
        pensions=kinds.count(AccountKind.PENSION),
        properties=kinds.count(AccountKind.PROPERTY) + kinds.count(AccountKind.OTHER_ASSET),
        investments=kinds.count(AccountKind.BROKERAGE) + holdings,
        goals=len(session.list(Goal)),
        profile=sum(profile_filled(session).values()),
    )
