"""The Transactions page's presenter: every ledger change a person makes there, as one undo
step through the services, and the side tables the list draws (suggestions, running balance).

The view (``ui.pages.transactions``) only shows widgets and forwards clicks here; nothing here
touches a widget. Every change goes through :meth:`VaultController.edit`, so it lands on the
undo stack, and the page redraws from the ``ChangeSet`` that comes back.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import Any

from PySide6.QtCore import QObject, Signal

from cmrdesk.domain import Money

from . import fmt
from .errors import error_text
from .i18n import plural, tr
from .transactions_model import COL_AMOUNT, COL_CATEGORY, COL_DATE, COL_MEMO, COL_PAYEE


class LedgerPresenter(QObject):
    """Edits, categorising, suggestions, transfers and the running balance of the page."""

    message = Signal(str)  # what happened, or why it could not

    def __init__(self, context: Any, model: Any, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.context = context
        self.model = model
        model.editor = self.edit_cell
        self._wants_suggestions = False

    @property
    def controller(self) -> Any:
        """The vault controller (every vault call goes through it)."""
        return self.context.controller

    # --- names ---------------------------------------------------------------------------------

    def category_paths(self) -> list[str]:
        """Every category path, sorted, for completers."""
        return sorted(self.model.categories.values(), key=str.casefold)

    def category_id(self, text: str) -> int | None:
        """The category typed (``""``: uncategorised); ``fmt.InputError`` when there is none."""
        wanted = text.strip().casefold()
        if not wanted or wanted == tr("Uncategorised").casefold():
            return None
        for ident, path in self.model.categories.items():
            if path.casefold() == wanted:
                return ident
        matches = [i for i, p in self.model.categories.items()
                   if p.split(" / ")[-1].casefold() == wanted]
        if len(matches) == 1:  # the last part alone is enough when it is unambiguous
            return matches[0]
        raise fmt.InputError(tr("no category called {name!r}").format(name=text.strip()))

    # --- editing cells -------------------------------------------------------------------------

    def edit_cell(self, ident: int, column: int, text: str) -> str | None:
        """Apply an edited cell (the model's ``editor``): ``None`` when the edit was sent, else
        why the text cannot be read (also told through :attr:`message`)."""
        from cmrdesk.services import ledger_edits, records

        row = self.model.row_of(ident)
        tx = self.model.transaction(row) if row >= 0 else None
        try:
            if column == COL_CATEGORY:
                category = self.category_id(text)
                self._edit(lambda s: ledger_edits.categorise(s, [ident], category))
                return None
            changes: dict[str, Any] = {}
            if column == COL_DATE:
                changes["day"] = fmt.parse_day(text)
            elif column == COL_AMOUNT:
                if tx is None:
                    raise fmt.InputError(tr("the row is not loaded yet"))
                currency = tx.amount.currency
                changes["amount"] = Money(fmt.parse_amount(text, currency), currency)
            elif column == COL_PAYEE:
                if not text.strip():
                    raise fmt.InputError(tr("a payee cannot be empty"))
                changes["payee"] = text.strip()
            elif column == COL_MEMO:
                changes["memo"] = text
            else:
                return tr("this column cannot be edited")
        except fmt.InputError as error:
            self.message.emit(str(error))
            return str(error)
        self._edit(lambda s: records.edit_transaction(s, ident, **changes))
        return None

    def _edit(self, build: Callable[[Any], Any], done: Callable[[Any], None] | None = None
              ) -> None:
        def succeeded(outcome: Any) -> None:
            self.message.emit(tr("Saved: {what}. Undo with Ctrl+Z.").format(
                what=getattr(outcome, "label", "") or tr("the change")))
            if done is not None:
                done(outcome)

        self.controller.edit(build, succeeded, self.failed)

    def failed(self, error: BaseException) -> None:
        """Tell the person why a change was refused (nothing was changed)."""
        self.message.emit(error_text(error))

    # --- categorising --------------------------------------------------------------------------

    def categorise(self, ids: Sequence[int], category_id: int | None) -> None:
        """File the rows under one category, as one undo step however many there are."""
        from cmrdesk.services import ledger_edits

        chosen = list(ids)
        if chosen:
            self._edit(lambda s: ledger_edits.categorise(s, chosen, category_id))

    # --- suggestions ---------------------------------------------------------------------------

    def load_suggestions(self) -> None:
        """Ask for the categoriser's suggestions on the loaded ledger (on the worker)."""
        from cmrdesk.services import ledger_view

        ledger = self.controller.ledger
        self._wants_suggestions = True
        if ledger is None:
            return
        frame = ledger.frame
        self.controller.with_session(lambda s: ledger_view.suggestion_table(s, frame),
                                     self._suggestions_ready, self.failed, label="suggestions")

    def _suggestions_ready(self, table: Any) -> None:
        self.model.set_suggestions(table)

    def want_suggestions(self) -> None:
        """The page is shown: suggestions are wanted (now, if its rows are already there and
        none are loaded; else once the first rows arrive)."""
        self._wants_suggestions = True
        if self.model.suggestions is None and self.model._pages:
            self.load_suggestions()

    def suggestions_due(self) -> None:
        """The first rows are on screen: load the suggestions if wanted and missing."""
        if self._wants_suggestions and self.model.suggestions is None:
            self.load_suggestions()

    def suggestions_wanted(self) -> bool:
        """Whether the suggestions have been asked for (they follow every change then)."""
        return self._wants_suggestions

    def accept(self, ids: Sequence[int]) -> None:
        """Accept the suggestions of these rows (those without one are left out)."""
        from cmrdesk.services import ledger_edits

        table = self.model.suggestions
        chosen = [i for i in ids if table is not None and table.at(i) is not None]
        if not chosen:
            self.message.emit(tr("None of the selected rows has a suggestion."))
            return
        frame = self.controller.ledger.frame
        self._edit(lambda s: ledger_edits.accept_suggestions(s, chosen, frame=frame))

    def accept_above(self, floor: float) -> None:
        """Accept every suggestion at or above ``floor`` (0-1), as one undo step."""
        from cmrdesk.services import ledger_edits

        table = self.model.suggestions
        if table is None or not table.above(floor):
            self.message.emit(tr("No suggestion is that sure."))
            return
        frame = self.controller.ledger.frame
        self._edit(lambda s: ledger_edits.accept_suggestions(s, min_confidence=floor,
                                                             frame=frame))

    def reject(self, ids: Sequence[int]) -> None:
        """Stop suggesting for these rows while the vault stays open (nothing is written)."""
        from cmrdesk.services import ledger_edits

        chosen = list(ids)
        table = self.model.suggestions
        if table is not None:
            self.model.set_suggestions(table.without(chosen))
        self.controller.with_session(lambda s: ledger_edits.reject_suggestions(s, chosen),
                                     on_failure=self.failed, label="reject")
        self.message.emit(plural(len(chosen), "{n} suggestion turned down",
                                 "{n} suggestions turned down", fmt.count(len(chosen))))

    # --- transfers -----------------------------------------------------------------------------

    def link_transfer(self, ids: Sequence[int]) -> None:
        """Two rows: link them. One row: link it with the other side the ledger detected."""
        from cmrdesk.services import ledger_edits

        chosen = list(ids)
        if len(chosen) == 2:
            self._edit(lambda s: ledger_edits.link_transfer(s, chosen[0], chosen[1]))
            return
        if len(chosen) != 1:
            self.message.emit(tr("Select the two sides of the transfer (or one, to find the "
                                 "other)."))
            return
        frame = self.controller.ledger.frame
        ident = chosen[0]

        def found(pairs: list[tuple[int, int]]) -> None:
            for out, into in pairs:
                if ident in (out, into):
                    self._edit(lambda s, a=out, b=into: ledger_edits.link_transfer(s, a, b))
                    return
            self.message.emit(tr("No other side found for this row: select both rows."))

        self.controller.with_session(lambda s: ledger_edits.detected_transfers(s, frame=frame),
                                     found, self.failed, label="transfers")

    def unlink_transfer(self, ident: int) -> None:
        """Undo a transfer link (both sides)."""
        from cmrdesk.services import ledger_edits

        self._edit(lambda s: ledger_edits.unlink_transfer(s, ident))

    # --- running balance -----------------------------------------------------------------------

    def update_balance(self, account_ids: tuple[int, ...] | None) -> None:
        """A running balance when exactly one account is shown, else none."""
        from cmrdesk.services import ledger_view

        if not account_ids or len(account_ids) != 1:
            self.model.set_balance(None)
            return
        account = account_ids[0]
        self.controller.with_session(lambda s: ledger_view.running_balance(s, account),
                                     self.model.set_balance, self.failed, label="balance")
