"""The service API over one open vault: what the UI and the CLI call.

Every mutation runs in one transaction (the unit of work) and returns a ``ChangeSet`` naming
what changed, so screens redraw from it.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from dataclasses import dataclass
from datetime import date
from pathlib import Path
from typing import Any, TypeVar

from cmrdesk.domain import (
    PROFILE_FIELDS,
    Account,
    Category,
    ChangeSet,
    FxRate,
    FxTable,
    Holding,
    Money,
    NotFound,
    Price,
    Profile,
    Transaction,
    TransactionBatch,
    ValidationError,
    Valuation,
    check_currency,
    paused_gc,
    to_epoch_day,
)
from cmrdesk.domain.fx import MissingRateWarning, missing_rate_warnings
from cmrdesk.vault import DEFAULT_PARAMS, TABLE_OF, KdfParams, Repository, Vault, keyvalue
from cmrdesk.vault import ledger as vault_ledger

from .categories import DEFAULT_CATEGORIES

T = TypeVar("T")



def _kind(cls: type) -> str:
    return TABLE_OF[cls]


@dataclass(frozen=True)
class AccountBalance:
    """An account's balance at a date, in its own and in the base currency (``None``: no
    exchange rate to the base is known, see :meth:`VaultSession.missing_rates`)."""

    account: Account
    balance: Money
    balance_base: Money | None


class VaultSession:
    """An unlocked vault and everything one can do with it."""

    def __init__(self, vault: Vault) -> None:
        self.vault = vault

    # --- lifecycle ---------------------------------------------------------------------------

    @classmethod
    def create(
        cls,
        path: Path | str,
        passphrase: str,
        *,
        base_currency: str = "EUR",
        params: KdfParams = DEFAULT_PARAMS,
    ) -> VaultSession:
        """Create a vault with the default category tree and a base currency."""
        check_currency(base_currency)
        session = cls(Vault.create(path, passphrase, params))
        with session.vault.begin() as conn:
            keyvalue.write(conn, "settings", {"base_currency": base_currency})
            repo = Repository(conn, session.vault.tables)
            for parent, kind, children in DEFAULT_CATEGORIES:
                parent_id = repo.add(Category(name=parent, kind=kind))
                for child, essential in children:
                    repo.add(
                        Category(name=child, kind=kind, parent_id=parent_id, essential=essential)
                    )
        return session

    @classmethod
    def open(cls, path: Path | str, passphrase: str, *, read_only: bool = False) -> VaultSession:
        """Unlock an existing vault."""
        return cls(Vault.open(path, passphrase, read_only=read_only))

    @property
    def path(self) -> Path:
        """The vault file."""
        return self.vault.path

    def close(self) -> None:
        """Lock: close the file and forget the key."""
        self.vault.close()

    lock = close

    def __enter__(self) -> VaultSession:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    def rekey(self, new_passphrase: str) -> ChangeSet:
        """Change the passphrase atomically."""
        self.vault.rekey(new_passphrase)
        return ChangeSet.of("vault")

    def backup(self, destination: Path | str) -> Path:
        """Write an encrypted copy; open it with the same passphrase to restore."""
        return self.vault.backup(destination)

    def integrity_check(self) -> list[str]:
        """Problems found when authenticating every page (empty: all good)."""
        return self.vault.integrity_check()

    # --- settings and profile ----------------------------------------------------------------

    def settings(self) -> dict[str, Any]:
        """Vault-level settings (base currency, advice thresholds, ...)."""
        with self.vault.read() as conn:
            return keyvalue.read_all(conn, "settings")

    def update_settings(self, **values: Any) -> ChangeSet:
        """Set settings; None removes one."""
        if "base_currency" in values:
            check_currency(values["base_currency"])
        with self.vault.begin() as conn:
            keyvalue.write(conn, "settings", values)
        return ChangeSet.of("settings")

    @property
    def base_currency(self) -> str:
        """The currency totals are shown in."""
        return str(self.settings().get("base_currency", "EUR"))

    def profile(self) -> Profile:
        """The personal profile."""
        with self.vault.read() as conn:
            return keyvalue.read_record(conn, "profile", Profile)

    def update_profile(self, **values: Any) -> ChangeSet:
        """Change profile fields by name (``update_profile(city="Utrecht")``)."""
        with self.vault.begin() as conn:
            self.write_profile(conn, values)
        return ChangeSet.of("profile")

    def write_profile(self, conn: Any, values: dict[str, Any]) -> dict[str, Any]:
        """Set profile fields inside the caller's transaction; return their old values."""
        unknown = set(values) - set(PROFILE_FIELDS)
        if unknown:
            raise ValidationError(sorted(unknown)[0], "not a profile field")
        profile = keyvalue.read_record(conn, "profile", Profile)
        before = {name: getattr(profile, name) for name in values}
        for name, value in values.items():
            setattr(profile, name, value)
        keyvalue.write_fields(conn, "profile", profile, list(values))
        return before

    # --- generic records ---------------------------------------------------------------------

    def add(self, obj: Any) -> ChangeSet:
        """Store a new record (account, policy, vendor, ...); sets its id."""
        _validate(obj)
        with self.vault.begin() as conn:
            ident = Repository(conn, self.vault.tables).add(obj)
        return ChangeSet.of(_kind(type(obj)), ids=(ident,))

    def add_many(self, objs: Iterable[Any]) -> ChangeSet:
        """Store many new records in one transaction (all or nothing)."""
        objs = list(objs)
        for obj in objs:
            _validate(obj)
        with self.vault.begin() as conn:
            repo = Repository(conn, self.vault.tables)
            ids = tuple(repo.add(obj) for obj in objs)
        return ChangeSet.of(*{_kind(type(o)) for o in objs}, ids=ids)

    def update(self, obj: Any) -> ChangeSet:
        """Write back a changed record."""
        _validate(obj)
        with self.vault.begin() as conn:
            Repository(conn, self.vault.tables).update(obj)
        return ChangeSet.of(_kind(type(obj)), ids=(obj.id,))

    def delete(self, cls: type, ident: int) -> ChangeSet:
        """Delete a record (an account takes its transactions with it)."""
        with self.vault.begin() as conn:
            Repository(conn, self.vault.tables).delete(cls, ident)
        kinds = {_kind(cls)} | ({"transactions"} if cls is Account else set())
        return ChangeSet.of(*kinds, ids=(ident,))

    def get(self, cls: type[T], ident: int) -> T:
        """One record by id."""
        with self.vault.read() as conn:
            return Repository(conn, self.vault.tables).get(cls, ident)

    def list(self, cls: type[T], **equals: Any) -> list[T]:
        """All records of a kind."""
        with self.vault.read() as conn:
            return Repository(conn, self.vault.tables).list(cls, **equals)

    # --- accounts ----------------------------------------------------------------------------

    def accounts(self) -> list[Account]:
        """Every account, in creation order."""
        return self.list(Account)

    def account_named(self, name: str) -> Account:
        """The account called ``name`` (case-insensitive), or ``NotFound``."""
        for account in self.accounts():
            if account.name.casefold() == name.casefold():
                return account
        raise NotFound("account", name)

    def categories(self) -> list[Category]:
        """The whole category tree, parents before children."""
        return self.list(Category)

    def category_path(self) -> dict[int, str]:
        """``{id: "Food / Groceries"}`` for display."""
        cats = {c.id: c for c in self.categories()}
        names: dict[int, str] = {}
        for ident, cat in cats.items():
            parent = cats.get(cat.parent_id) if cat.parent_id else None
            names[ident] = f"{parent.name} / {cat.name}" if parent else cat.name
        return names

    # --- transactions ------------------------------------------------------------------------

    def add_transaction(self, tx: Transaction) -> ChangeSet:
        """Add one hand-entered transaction."""
        account = self.get(Account, tx.account_id)
        if tx.amount.currency != account.currency:
            raise ValidationError(
                "amount", f"is in {tx.amount.currency}, account {account.name!r} is in "
                f"{account.currency}"
            )
        batch = TransactionBatch()
        batch.append(
            account_id=tx.account_id, day=tx.date, amount_minor=tx.amount.rounded().minor,
            currency=tx.amount.currency, payee=tx.payee, payee_raw=tx.payee_raw or tx.payee,
            memo=tx.memo, category_id=tx.category_id, import_id=tx.import_id,
            status=str(tx.status),
        )
        return self.add_transactions(batch)

    def add_transactions(
        self, batch: TransactionBatch, transfer_pairs: Iterable[tuple[int, int]] = ()
    ) -> ChangeSet:
        """Bulk-add transactions in one transaction: all or nothing.

        ``transfer_pairs`` links rows of the batch (by position) as two sides of a transfer.
        """
        with paused_gc(), self.vault.bulk() as conn:
            added = vault_ledger.insert_batch(conn, batch, list(transfer_pairs))
        return ChangeSet.of("transactions", transactions_added=added)

    def transaction_count(self) -> int:
        """How many transactions the vault holds."""
        with self.vault.read() as conn:
            return vault_ledger.count_transactions(conn)

    def transactions(
        self,
        *,
        account_id: int | None = None,
        since: date | None = None,
        until: date | None = None,
        limit: int | None = None,
        offset: int = 0,
    ) -> list[Transaction]:
        """A page of transactions as domain objects (for lists and the CLI, not bulk work)."""
        with self.vault.read() as conn:
            rows = vault_ledger.transaction_rows(
                conn,
                since_day=to_epoch_day(since) if since else None,
                until_day=to_epoch_day(until) if until else None,
                account_ids=[account_id] if account_id is not None else None,
                limit=limit,
                offset=offset,
            )
        return [vault_ledger.transaction_from_row(row) for row in rows]

    def transaction_columns(
        self,
        *,
        since: date | None = None,
        until: date | None = None,
        account_ids: Iterable[int] | None = None,
    ) -> dict[str, Any]:
        """Transactions as numpy columns (``cmrdesk.vault.FRAME_COLUMNS``), for analytics."""
        with self.vault.read() as conn:
            return vault_ledger.load_columns(
                conn,
                since_day=to_epoch_day(since) if since else None,
                until_day=to_epoch_day(until) if until else None,
                account_ids=account_ids,
            )

    def categorise(self, ids: Iterable[int], category_id: int | None) -> ChangeSet:
        """File transactions under a category (None: uncategorised)."""
        ids = list(ids)
        with self.vault.begin() as conn:
            changed = vault_ledger.set_category(conn, ids, category_id)
        return ChangeSet.of("transactions", ids=tuple(ids), transactions_changed=changed)

    def link_transfer(self, first: int, second: int) -> ChangeSet:
        """Record that two transactions are one transfer between own accounts."""
        with self.vault.begin() as conn:
            vault_ledger.link_transfer(conn, first, second)
        return ChangeSet.of("transactions", ids=(first, second))

    # --- balances ----------------------------------------------------------------------------

    def fx_table(self) -> FxTable:
        """The person's exchange rates, with the shipped reference rates as the fallback for
        the currency pairs the person has no rate for (``FxTable`` holds that rule, and the
        insights build the same table)."""
        from cmrdesk.insights.benchmarks import shipped_fx_rates

        return FxTable(self.list(FxRate), shipped_fx_rates())

    def balances(self, on: date | None = None) -> list[AccountBalance]:
        """Each account's balance at the end of ``on`` (default: today).

        The rules are those of ``cmrdesk.insights.networth`` (a test keeps them equal):
        transactions are summed by SQLite; an account with manual valuations is worth its
        latest valuation on or before the date plus the transactions booked after it; an
        account with holdings and no valuations adds them at their latest price on or
        before the date.
        """
        when = on or date.today()
        day = to_epoch_day(when)
        with self.vault.read() as conn:
            repo = Repository(conn, self.vault.tables)
            accounts = repo.list(Account)
            sums = vault_ledger.balances_minor(conn, up_to_day=day)
            latest = _latest_on_or_before(repo.list(Valuation), lambda v: v.account_id, when)
            after = vault_ledger.sums_between(
                conn, {a: (to_epoch_day(v.date), day) for a, v in latest.items()}
            )
            holdings = repo.list(Holding)
            prices = repo.list(Price)
        base = self.base_currency
        fx = self.fx_table()
        holding_value = _holdings_value(
            [h for h in holdings if h.account_id not in latest], prices, when
        )
        result = []
        for account in accounts:
            if account.id in latest:
                balance = latest[account.id].value + Money.from_minor(
                    after[account.id], account.currency
                )
            else:
                balance = account.opening() + Money.from_minor(
                    sums.get(account.id, 0), account.currency
                )
            for part in holding_value.get(account.id, []):
                balance = balance + fx.convert(part, account.currency, when)
            converted = fx.convert(balance, base, when) if fx.has_rate(
                account.currency, base) else None
            result.append(AccountBalance(account, balance, converted))
        return result

    def net_worth(self, on: date | None = None) -> Money:
        """Sum of every balance in the base currency; accounts without an exchange rate are
        left out (:meth:`missing_rates` names them)."""
        total = Money.zero(self.base_currency)
        for item in self.balances(on):
            if item.balance_base is not None:
                total = total + item.balance_base
        return total

    def missing_rates(self) -> list[MissingRateWarning]:
        """One warning per account currency with no exchange rate to the base currency: those
        accounts are left out of every base total until a rate is keyed in or imported."""
        return missing_rate_warnings(self.accounts(), self.base_currency, self.fx_table())


_Dated = TypeVar("_Dated", Valuation, Price)


def _latest_on_or_before(
    items: list[_Dated], key: Callable[[_Dated], int], on: date
) -> dict[int, _Dated]:
    """Per ``key``, the item with the latest ``date`` on or before ``on`` (on a tie, the later
    in the list): the "as of" rule of valuations and prices."""
    latest: dict[int, _Dated] = {}
    for item in items:
        if item.date <= on:
            current = latest.get(key(item))
            if current is None or item.date >= current.date:
                latest[key(item)] = item
    return latest


def _holdings_value(
    holdings: list[Holding], prices: list[Price], on: date
) -> dict[int, list[Money]]:
    """Market value of each holding (in the price's currency), grouped by account."""
    values: dict[int, list[Money]] = {}
    for holding, (_price, value) in zip(holdings, holding_values(holdings, prices, on),
                                        strict=True):
        if value is not None:
            values.setdefault(holding.account_id, []).append(value)
    return values


def holding_values(
    holdings: list[Holding], prices: list[Price], on: date
) -> list[tuple[Price | None, Money | None]]:
    """Per holding (in order), the price it is valued at (the latest on or before ``on``)
    and its market value in that price's currency; ``(None, None)`` for a holding whose
    security has no price yet: its value is unknown, not zero."""
    last_price = _latest_on_or_before(prices, lambda p: p.security_id, on)
    out: list[tuple[Price | None, Money | None]] = []
    for holding in holdings:
        price = last_price.get(holding.security_id)
        if price is None:
            out.append((None, None))
        else:
            out.append((price, Money(holding.quantity * price.price, price.currency).rounded()))
    return out


def _validate(obj: Any) -> None:
    currency = getattr(obj, "currency", None)
    if isinstance(currency, str):
        check_currency(currency)
    name = getattr(obj, "name", None)
    if isinstance(name, str) and not name.strip():
        raise ValidationError("name", "must not be empty")
