"""The unlocked vault as the window sees it: unlock, load, figures per period, lock.

The :class:`VaultController` owns the :class:`~cmrdesk.services.session.VaultSession` and the
loaded :class:`~cmrdesk.services.overview.Ledger`, but only ever touches them inside functions
it hands to the :class:`~cmrdesk.ui.tasks.TaskRunner`: every use of the session happens on the
one worker thread, in order. The GUI thread only sees results, through signals.

Services are imported inside those functions, not at the top, so that the window (and its
unlock screen) starts without loading SQLAlchemy, numpy and pandas.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from datetime import date
from pathlib import Path
from typing import Any

from PySide6.QtCore import QObject, Signal

from .i18n import QT_TR_NOOP
from .tasks import Progress, Task, TaskRunner

#: Kinds of change that the loaded ledger (balances, frames, figures) is built from; others
#: (vendors, receipts, share profiles) only redraw the pages that list them.
LEDGER_KINDS = frozenset({
    "accounts", "transactions", "categories", "category_rules", "securities", "holdings",
    "prices", "valuations", "policies", "income_sources", "goals", "fx_rates", "market_rates",
    "profile", "settings",
})


@dataclass(frozen=True)
class VaultInfo:
    """What the window shows about the open vault (no figures, no secrets)."""

    path: Path
    base_currency: str
    encryption: str
    created: bool = False  # the demo vault was created by this unlock


@dataclass(frozen=True)
class Figures:
    """Everything drawn for one period, computed in one go on the worker."""

    dashboard: Any  # cmrdesk.services.overview.Dashboard
    payees: list[Any]  # cmrdesk.services.overview.PayeeRow, for the period


class VaultController(QObject):
    """Unlocks, loads and locks the vault; runs every vault operation on the task runner."""

    unlocked = Signal(object)  # VaultInfo
    unlock_failed = Signal(object)  # the exception
    loaded = Signal(object)  # cmrdesk.services.overview.Ledger
    figures_ready = Signal(object)  # Figures
    failed = Signal(object)  # an exception from a later operation
    locked = Signal(str)  # why ("" when on demand)
    edited = Signal(object)  # the Outcome of a new edit: the window's undo stack keeps it
    changed = Signal(object)  # a ChangeSet, once the loaded ledger has caught up with it

    def __init__(self, runner: TaskRunner, *, today: date | None = None) -> None:
        super().__init__()
        self.runner = runner
        self.today = today
        self.path: Path | None = None
        self.info: VaultInfo | None = None
        self.ledger: Any = None  # read on the GUI thread only after `loaded`; never mutated
        self._session: Any = None  # touched only inside worker functions
        self._generation = 0  # bumps on lock: results of an older unlock are dropped

    @property
    def is_unlocked(self) -> bool:
        """Whether a vault is open (set on the GUI thread when the unlock reports back)."""
        return self.info is not None

    # --- unlock and create ---------------------------------------------------------------------

    def unlock(self, path: Path, passphrase: str, *, read_only: bool = False) -> Task:
        """Open ``path`` with ``passphrase`` in the background (the KDF takes ~0.5 s);
        ``read_only`` (the benchmark) leaves the writer lock to another process."""

        def work(progress: Progress) -> VaultInfo:
            from cmrdesk.services.session import VaultSession

            progress(10, QT_TR_NOOP("Deriving the key"))
            self._session = VaultSession.open(path, passphrase, read_only=read_only)
            return self._describe(progress)

        return self._start(path, work)

    def create(self, path: Path, passphrase: str, base_currency: str = "EUR") -> Task:
        """Create a new, empty vault at ``path`` and open it."""

        def work(progress: Progress) -> VaultInfo:
            from cmrdesk.services.session import VaultSession

            progress(10, QT_TR_NOOP("Creating the encrypted file"))
            self._session = VaultSession.create(path, passphrase, base_currency=base_currency)
            return self._describe(progress)

        return self._start(path, work)

    def open_demo(self, path: Path | None = None) -> Task:
        """Open the demo vault, creating and filling it on first use."""

        def work(progress: Progress) -> VaultInfo:
            from cmrdesk.services.demo import open_demo
            from cmrdesk.services.paths import default_demo_vault_path

            progress(10, QT_TR_NOOP("Opening the demo household"))
            self._session, created = open_demo(path or default_demo_vault_path())
            return self._describe(progress, created=created)

        return self._start(path, work)

    def _describe(self, progress: Progress, *, created: bool = False) -> VaultInfo:
        session = self._session
        progress(60, QT_TR_NOOP("Checking the vault"))
        return VaultInfo(
            path=session.path,
            base_currency=session.base_currency,
            encryption=session.vault.params.describe(),
            created=created,
        )

    def _start(self, path: Path | None, work: Callable[[Progress], VaultInfo]) -> Task:
        generation = self._generation

        def succeeded(info: VaultInfo) -> None:
            if generation != self._generation:
                return
            self.path = info.path
            self.info = info
            self.unlocked.emit(info)
            self.load()

        def failed(error: BaseException) -> None:
            if generation == self._generation:
                self.unlock_failed.emit(error)

        self.path = path
        return self.runner.submit(work, succeeded, failed, label="unlock")

    # --- loading and figures -------------------------------------------------------------------

    def load(self) -> Task:
        """Read the ledger into memory once (on the worker) and announce it."""

        def done(ledger: Any) -> None:
            self.ledger = ledger
            self.loaded.emit(ledger)

        return self.run(self._read_ledger, done, label="load")

    def _read_ledger(self, progress: Progress) -> Any:
        """The ledger with its period-independent tables (on the worker)."""
        from cmrdesk.services.overview import account_rows, load_ledger, recurring_rows

        ledger = load_ledger(self._session, today=self.today, progress=progress)
        progress(90, QT_TR_NOOP("Balances and recurring payments"))
        account_rows(ledger)  # computed once per load, not per period
        recurring_rows(ledger)
        return ledger

    def request_figures(self, start: date, end: date) -> Task:
        """Compute the dashboard and insights for ``[start, end]`` from the loaded ledger."""

        ledger = self.ledger  # taken here: a lock sets self.ledger to None meanwhile

        def work(_progress: Progress) -> Figures:
            from cmrdesk.services.overview import dashboard, payee_rows

            return Figures(dashboard(ledger, start, end), payee_rows(ledger, start, end))

        return self.run(work, self.figures_ready.emit, label="figures")

    def run(
        self,
        work: Callable[[Progress], Any],
        on_success: Callable[[Any], None] | None = None,
        on_failure: Callable[[BaseException], None] | None = None,
        *,
        label: str = "",
    ) -> Task:
        """Run vault work on the worker; callbacks are dropped if the vault was locked since."""
        generation = self._generation

        def succeeded(result: Any) -> None:
            if generation == self._generation and on_success:
                on_success(result)

        def failed(error: BaseException) -> None:
            if generation != self._generation:
                return
            if on_failure:
                on_failure(error)
            else:
                self.failed.emit(error)

        return self.runner.submit(work, succeeded, failed, label=label)

    def with_session(
        self,
        work: Callable[[Any], Any],
        on_success: Callable[[Any], None] | None = None,
        on_failure: Callable[[BaseException], None] | None = None,
        *,
        label: str = "",
    ) -> Task:
        """Run ``work(session)`` on the worker (pages use this for their queries and
        changes); ``on_failure`` lets a page show the error itself instead of the window."""
        return self.run(lambda _progress: work(self._session), on_success, on_failure,
                        label=label)

    # --- edits ---------------------------------------------------------------------------------

    def edit(
        self,
        build: Callable[[Any], Any],
        on_success: Callable[[Any], None] | None = None,
        on_failure: Callable[[BaseException], None] | None = None,
        *,
        record: bool = True,
        applied: Callable[[Any], None] | None = None,
    ) -> Task:
        """Build an operation from the session with ``build(session)`` (a service call such as
        ``records.new_account(session, account)``) and apply it, on the worker.

        On success the outcome goes to :attr:`edited` (``record``: a new action for the undo
        stack; undo and redo themselves pass False), the ledger is reloaded when the change
        reaches it, and :attr:`changed` tells every page what changed. ``applied`` runs on the
        worker right after the operation (the undo stack keeps the inverse there, so an undo
        queued behind it finds it), ``on_success`` on the GUI thread.
        """

        def work(_progress: Progress) -> Any:
            from cmrdesk.services.editing import apply

            outcome = apply(self._session, build(self._session))
            if applied is not None:
                applied(outcome)
            return outcome

        def done(outcome: Any) -> None:
            if record:
                self.edited.emit(outcome)
            self.refresh(outcome.changes)
            if on_success is not None:
                on_success(outcome)

        return self.run(work, done, on_failure, label="edit")

    def refresh(self, changes: Any) -> None:
        """Bring the loaded ledger up to date with ``changes`` (when they reach it), then emit
        :attr:`changed`. Work is queued in order, so the reload sees the edit."""
        if not changes:
            return
        if not changes.kinds & LEDGER_KINDS:
            self.changed.emit(changes)
            return

        def done(ledger: Any) -> None:
            self.ledger = ledger
            self.changed.emit(changes)

        self.run(self._read_ledger, done, label="refresh")

    # --- lock ----------------------------------------------------------------------------------

    def lock(self, reason: str = "") -> None:
        """Close the vault: drop queued work, close the session on the worker, forget the
        ledger, and tell the window (which shows the unlock screen again)."""
        if self.info is None and self._session is None and not self.runner.busy:
            return
        self._generation += 1
        self.runner.cancel_pending()
        self.info = None
        self.ledger = None

        def close(_progress: Progress) -> None:
            session, self._session = self._session, None
            if session is not None:
                session.close()

        self.runner.submit(close, label="lock")
        self.locked.emit(reason)

    def shutdown(self) -> None:
        """Lock and stop the worker (the window is closing)."""
        self.lock("closing")
        self.runner.wait_idle(10)
        self.runner.shutdown()
