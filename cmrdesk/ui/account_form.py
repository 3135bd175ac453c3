"""The account form: what an account is, with the rows its kind needs.

Every account has a name, kind, currency, institution, numbers, an opening balance and notes;
savings and checking accounts add their interest rate, cards their limit and APR, loans and
mortgages what was borrowed and on what terms, pensions the yearly contributions. Editing a
pension or a property also lists its valuations (:mod:`cmrdesk.ui.valuations`); a brokerage
account points to the Holdings page. Rules that span fields (a fixed-rate period that ends
after the loan, a name already taken) are the service's own, checked as the person types
against the accounts already loaded (:func:`cmrdesk.services.records.check_account_offline`).
"""

from __future__ import annotations

import copy
from collections.abc import Callable, Sequence
from decimal import Decimal
from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QCompleter, QLineEdit, QWidget

from cmrdesk.domain import Account, AccountKind, Money, ValidationError, mask_number

from .forms import FormDialog
from .i18n import QT_TR_NOOP, tr
from .widgets import link_button, make_label

#: How each kind is named in the app (the accounts table and the form).
KIND_NAMES = {
    "checking": QT_TR_NOOP("Checking"), "savings": QT_TR_NOOP("Savings"),
    "credit_card": QT_TR_NOOP("Credit card"), "loan": QT_TR_NOOP("Loan"),
    "mortgage": QT_TR_NOOP("Mortgage"), "brokerage": QT_TR_NOOP("Brokerage"),
    "pension": QT_TR_NOOP("Pension"), "cash": QT_TR_NOOP("Cash"),
    "property": QT_TR_NOOP("Property"), "other_asset": QT_TR_NOOP("Other asset"),
}

_COMMON = ("name", "kind", "currency", "institution", "iban", "number", "opening_balance",
           "opened_on", "notes")
_LOAN = ("principal", "interest_rate", "fixed_until", "term_end", "monthly_payment")
#: The rows each kind shows besides the common ones.
KIND_FIELDS: dict[AccountKind, tuple[str, ...]] = {
    AccountKind.CHECKING: ("interest_rate",), AccountKind.SAVINGS: ("interest_rate",),
    AccountKind.CASH: (), AccountKind.CREDIT_CARD: ("credit_limit", "apr"),
    AccountKind.LOAN: _LOAN, AccountKind.MORTGAGE: _LOAN,
    AccountKind.PENSION: ("contribution_own", "contribution_employer"),
    AccountKind.BROKERAGE: (), AccountKind.PROPERTY: (), AccountKind.OTHER_ASSET: (),
}
#: Kinds no bank account number belongs to.
_NO_IBAN = frozenset({AccountKind.PENSION, AccountKind.PROPERTY, AccountKind.OTHER_ASSET})
#: Kinds whose value comes from keyed-in valuations (listed in the edit view).
VALUED = frozenset({AccountKind.PENSION, AccountKind.PROPERTY, AccountKind.OTHER_ASSET})
_MONEY = ("opening_balance", "credit_limit", "principal", "monthly_payment", "contribution_own",
          "contribution_employer")
_RATES = ("interest_rate", "apr")
_DATES = ("opened_on", "fixed_until", "term_end")
_TEXTS = ("name", "institution", "iban", "number", "notes")


def currency_codes() -> list[str]:
    """Every ISO 4217 code the app knows (what the currency field completes)."""
    from babel.numbers import list_currencies

    return sorted(list_currencies())


class AccountForm(FormDialog):
    """Add or edit an account (``account``: the one being edited)."""

    def __init__(self, *, base_currency: str, accounts: Sequence[Account],
                 account: Account | None = None, kind: str | None = None,
                 parent: QWidget | None = None,
                 open_holdings: Callable[[int], None] | None = None,
                 valuations: QWidget | None = None) -> None:
        editing = account is not None
        title = (tr("Edit {name}").format(name=account.name) if account is not None
                 else tr("Add an account"))
        super().__init__(title, parent, submit_text=tr("Save") if editing else tr("Add account"))
        self.setObjectName("accountForm")
        self.account = account
        self.accounts = [a for a in accounts if account is None or a.id != account.id]
        self._record_field = ""  # the field showing a rule that spans fields
        self._build(base_currency, open_holdings, valuations)
        if account is not None:
            self.fill(**{name: getattr(account, name) for name in self.fields
                         if hasattr(account, name)})
            self.fill(kind=account.kind.value, interest_rate=account.interest_rate or None,
                      apr=account.apr or None)
        elif kind:
            self.fill(kind=kind)
        self.field_changed("kind")

    def _build(self, base: str, open_holdings: Callable[[int], None] | None,
               valuations: QWidget | None) -> None:
        from cmrdesk.services.records import known_currency

        def currency() -> str:
            try:
                return known_currency(self.fields["currency"].widget.text().strip().upper())
            except ValidationError:
                return base

        self.text("name", tr("Name"), required=True, placeholder=tr("e.g. ING Checking"))
        self.choice("kind", tr("Kind"), [(k.value, tr(KIND_NAMES[k.value])) for k in AccountKind])
        field = self.text("currency", tr("Currency"), required=True,
                          check=lambda code: known_currency(code.upper()) and None,
                          hint=tr("Three letters, ISO 4217 (EUR, USD, GBP…)"))
        edit = field.widget
        assert isinstance(edit, QLineEdit)
        edit.setText(base)
        edit.setMaxLength(3)
        completer = QCompleter(currency_codes(), edit)
        completer.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        edit.setCompleter(completer)
        self.text("institution", tr("Institution"), placeholder=tr("Bank or provider"))
        self.text("iban", tr("IBAN"), placeholder="NL91 ABNA 0417 1643 00")
        self.text("number", tr("Account number"))
        self.amount("opening_balance", tr("Opening balance"), currency,
                    hint=tr("The balance before the first transaction; what you owe is "
                            "negative."))
        self.day("opened_on", tr("Opening date"), hint=tr("The day of the opening balance"))
        self.number("interest_rate", tr("Interest rate, % a year"),
                    minimum=Decimal(-100), maximum=Decimal(100))
        self.amount("credit_limit", tr("Credit limit"), currency, allow_negative=False)
        self.number("apr", tr("APR, % a year"), minimum=Decimal(0),
                    maximum=Decimal(100), hint=tr("Charged on what is carried over"))
        self.amount("principal", tr("Amount borrowed"), currency, allow_negative=False)
        self.day("fixed_until", tr("Rate fixed until"))
        self.day("term_end", tr("Term ends"))
        self.amount("monthly_payment", tr("Monthly payment"), currency, allow_negative=False)
        self.amount("contribution_own", tr("Own contributions"), currency,
                    allow_negative=False, hint=tr("Paid in by you, a year"))
        self.amount("contribution_employer", tr("Employer contributions"), currency,
                    allow_negative=False, hint=tr("Paid in by your employer, a year"))
        self.notes("notes", tr("Notes"))
        self.valuations = valuations
        if valuations is not None:
            self._widget_row(valuations)
        self.holdings_note = make_label(
            tr("Securities held in this account are keyed in on the Holdings page."),
            "muted", wrap=True)
        self.holdings_link = link_button(tr("Open its holdings"))
        self._widget_row(self.holdings_note)
        self._widget_row(self.holdings_link)
        self.grid.setRowStretch(self._row, 1)  # room to spare goes below the rows
        account = self.account
        if open_holdings is not None and account is not None and account.id is not None:
            ident = account.id
            self.holdings_link.clicked.connect(lambda: (self.reject(), open_holdings(ident)))
        else:
            self.holdings_link.setEnabled(False)
            self.holdings_link.setToolTip(tr("Save the account first") if account is None
                                          else tr("There is no Holdings page yet"))

    def _widget_row(self, widget: QWidget) -> None:
        self.grid.addWidget(widget, self._row, 0, 1, 2)
        self._row += 1

    # --- kind-specific rows and rules across fields ---------------------------------------

    def kind(self) -> AccountKind:
        """The kind chosen now."""
        return AccountKind(self.fields["kind"].widget.currentData())

    def field_changed(self, name: str) -> None:
        if name == "kind":
            kind = self.kind()
            shown = [n for n in _COMMON if not (n == "iban" and kind in _NO_IBAN)]
            self.show_only([*shown, *KIND_FIELDS[kind]])
            loan = kind in (AccountKind.LOAN, AccountKind.MORTGAGE)
            self.fields["institution"].label.setText(
                tr("Provider") if kind == AccountKind.PENSION else
                tr("Lender") if loan else tr("Institution"))
            self.fields["opened_on"].label.setText(tr("Start date") if loan
                                                   else tr("Opening date"))
            brokerage = kind == AccountKind.BROKERAGE
            self.holdings_note.setVisible(brokerage)
            self.holdings_link.setVisible(brokerage)
            if self.valuations is not None:
                self.valuations.setVisible(kind in VALUED)
            self.fit_to_content()
        if name == "currency":
            self.revalidate()
        self._check_record()

    def is_valid(self) -> bool:
        return super().is_valid() and not self._record_field

    def _check_record(self) -> None:
        """Run the service's rules on the whole account and show a broken one next to its
        field (or under the form when no shown field is its own)."""
        from cmrdesk.services.records import check_account_offline

        if self._record_field:
            previous = self.fields.get(self._record_field)
            self._record_field = ""
            if previous is not None:
                self._check(previous, show=True)
            self.general_error.hide()
        if not super().is_valid():
            self._update_save()
            return
        try:
            check_account_offline(self.record(), self.accounts)
        except ValidationError as error:
            target = self.fields.get(error.field)
            if target is not None and target.shown:
                self._set_message(target, error.reason)
            else:
                self.general_error.setText(f"{error.field}: {error.reason}")
                self.general_error.show()
            self._record_field = error.field
        self._update_save()

    # --- the record -------------------------------------------------------------------------

    def record(self) -> Account:
        """The account the form describes (the edited one with its changes, or a new one)."""
        return account_from_values(self.values(), self.account)


def account_from_values(values: dict[str, Any], before: Account | None = None) -> Account:
    """An :class:`Account` from the form's typed values: fields of other kinds are cleared
    (a checking account turned into a card keeps no mortgage terms)."""
    kind = AccountKind(values["kind"])
    currency = str(values["currency"]).upper()
    account = copy.copy(before) if before is not None else Account(
        name="", kind=kind, currency=currency)
    account.kind = kind
    account.currency = currency
    for name in _TEXTS:
        setattr(account, name, values.get(name) or "")
    for name in _MONEY:
        value = values.get(name)
        setattr(account, name, None if value is None else Money(value, currency))
    for name in _RATES:
        value = values.get(name)
        setattr(account, name, "" if value is None else format(value, "f"))
    for name in _DATES:
        setattr(account, name, values.get(name))
    if before is not None and before.number != account.number:
        account.number_masked = mask_number(account.number) if account.number else ""
    return account
