"""The import wizard's state and what it asks of the services, with no widgets.

The wizard's pages are views over one :class:`ImportPresenter`. It keeps the chosen files
with their plans (:func:`cmrdesk.services.import_plan.plan_file`: what an import would do,
nothing written), the account and CSV reading the person chose for each, and the categories
they accepted; it turns these into :class:`~cmrdesk.services.import_plan.ImportChoice` values
and applies them as one :class:`~cmrdesk.services.editing.ImportFiles` operation through
:meth:`VaultController.edit`, so the whole import is one undo step.

Every service call runs on the controller's worker; the presenter only sees results, through
its signals. The import's progress and cancel cross threads through a signal and an event
(the worker never touches a widget).
"""

from __future__ import annotations

import copy
import threading
from collections.abc import Iterable
from dataclasses import dataclass, field, replace
from pathlib import Path
from typing import Any

from PySide6.QtCore import QObject, Signal

from cmrdesk.domain import ValidationError

from .i18n import plural, tr
from .import_reading import blank_mapping, detected_format, read_head

#: How many rows of a statement the review lists (a 1M-row file is not listed whole).
REVIEW_ROWS = 500


@dataclass
class ImportFile:
    """One chosen file: its plan (once made) and what the person chose for it."""

    path: Path
    plan: Any = None  # services.import_plan.FilePlan, once planned
    failure: BaseException | None = None  # planning itself failed (not a file problem)
    account: str | None = None  # the account chosen by name; None: the plan's own
    mapping: Any = None  # importers.CsvMapping in use for a CSV (the plan's, then edited)
    head: Any = None  # importers.CsvHead of a CSV, read once for the preview
    preview: list[Any] = field(default_factory=list)  # importers.PreviewRow per head row
    preview_error: BaseException | None = None
    rows: dict[int, list[Any]] = field(default_factory=dict)  # statement -> RowPlans shown
    accepted: dict[int, int] = field(default_factory=dict)  # row index -> category id
    stale: bool = False  # the CSV reading changed since the plan was made
    busy: bool = False  # a plan is being made (the one shown, if any, is out of date)
    generation: int = 0  # of the latest plan asked for: an older answer is dropped

    @property
    def name(self) -> str:
        """The file's name (never the full local path on screen)."""
        return self.path.name

    @property
    def error(self) -> BaseException | None:
        """Why this file cannot be imported (it is left out), or None."""
        if self.failure is not None:
            return self.failure
        return getattr(self.plan, "error", None)

    @property
    def planned(self) -> bool:
        """Whether the plan (or its failure) is known and up to date."""
        return not self.busy and (self.plan is not None or self.failure is not None)

    @property
    def usable(self) -> bool:
        """Whether this file goes into the import."""
        return self.plan is not None and self.error is None

    @property
    def is_csv(self) -> bool:
        """A bank CSV (market data is read without column roles), readable or not yet."""
        plan = self.plan
        return plan is not None and plan.format == "csv" and not plan.is_market

    @property
    def fixable(self) -> bool:
        """A bank CSV that cannot be read as detected, but whose columns the person can set
        (its first rows could be read)."""
        return self.is_csv and self.error is not None and self.head is not None

    def row_count(self) -> int:
        """Rows in every statement of the file."""
        if self.plan is None:
            return 0
        return sum(s.rows for s in self.plan.statements)


class ImportPresenter(QObject):
    """The wizard's state; see the module docstring."""

    files_changed = Signal()  # a file was added, removed or (re)planned
    preview_changed = Signal(int)  # the CSV preview of file N was re-read
    progressed = Signal(int, int)  # rows done, rows in all (from the worker)
    finished = Signal(object)  # the import's Outcome (result: FileReport | ImportProblem)
    failed = Signal(object)  # the import was refused or cancelled: nothing changed

    def __init__(self, controller: Any, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.controller = controller
        self.files: list[ImportFile] = []
        self.threshold: float | None = None  # accept every suggestion at or above this
        self.outcome: Any = None
        self.error: BaseException | None = None
        self.running = False
        self._cancel = threading.Event()
        self._settings_read = False

    # --- files ---------------------------------------------------------------------------------

    def account_names(self) -> list[str]:
        """Every open account of the vault, by name (the choices of the account combo)."""
        ledger = self.controller.ledger
        if ledger is None:
            return []
        return sorted((a.name for a in ledger.accounts if not a.closed), key=str.casefold)

    def add_files(self, paths: Iterable[Path | str]) -> None:
        """Add files (a file already listed is not added twice) and plan them."""
        if not self._settings_read:
            self._read_settings()
        known = {f.path.resolve() for f in self.files}
        for path in paths:
            path = Path(path)
            if path.resolve() in known:
                continue
            known.add(path.resolve())
            entry = ImportFile(path)
            self.files.append(entry)
            self._plan(entry)
        self.files_changed.emit()

    def _read_settings(self) -> None:
        """Start from the vault's own threshold (Settings), if it sets one."""
        self._settings_read = True

        def work(session: Any) -> Any:
            from cmrdesk.services.import_settings import import_settings

            return import_settings(session).apply_model_above

        def done(threshold: float | None) -> None:
            if threshold is not None and self.threshold is None:
                self.threshold = threshold

        self.controller.with_session(work, done, lambda _e: None, label="import settings")

    def remove_file(self, index: int) -> None:
        """Leave file ``index`` out."""
        if 0 <= index < len(self.files):
            del self.files[index]
            self.files_changed.emit()

    def usable_files(self) -> list[ImportFile]:
        """The files that go into the import (the unreadable ones are left out)."""
        return [f for f in self.files if f.usable]

    def csv_files(self) -> list[int]:
        """Indexes of the bank CSV files whose columns can be shown (the columns page lists
        these; a CSV whose columns could not be detected is among them, to be set)."""
        return [i for i, f in enumerate(self.files) if f.is_csv and f.head is not None]

    def ready(self) -> bool:
        """Every file is planned, and something can be imported or set right."""
        return bool(self.files) and all(f.planned for f in self.files) and any(
            f.usable or f.fixable for f in self.files)

    def set_account(self, index: int, name: str | None) -> None:
        """The account file ``index`` goes into (by name; a new name creates it), and plan
        again: duplicates and balances depend on the account."""
        entry = self.files[index]
        if entry.account == name:
            return
        entry.account = name
        self._plan(entry)
        self.files_changed.emit()

    def _plan(self, entry: ImportFile) -> None:
        path, account, mapping = entry.path, entry.account, entry.mapping
        want_head = entry.head is None
        entry.busy = True
        entry.generation += 1
        generation = entry.generation

        def work(session: Any) -> Any:
            from cmrdesk.services.import_plan import plan_file

            plan = plan_file(session, path, account=account, mapping=mapping)
            if plan.error is not None and not plan.format:
                plan.format = detected_format(path)  # a CSV may still be read by hand
            # The rows the review lists are made here: they may read the vault (duplicates'
            # sources, suggestions), and the session belongs to the worker.
            rows = {} if plan.error is not None else {
                s.index: s.row_plans(REVIEW_ROWS) for s in plan.statements}
            head = read_head(path, mapping) if want_head and plan.format == "csv" and \
                not plan.is_market else None
            return plan, rows, head

        def done(result: Any) -> None:
            if generation != entry.generation:
                return
            plan, rows, head = result
            entry.plan, entry.failure, entry.rows, entry.busy = plan, None, rows, False
            if entry.mapping is None and plan.mapping is not None:
                entry.mapping = plan.mapping
            if isinstance(head, BaseException):
                entry.preview_error = head
            elif head is not None:
                self._use_head(entry, head)
            self.files_changed.emit()

        def fail(error: BaseException) -> None:
            if generation != entry.generation:
                return
            entry.plan, entry.failure, entry.busy = None, error, False
            self.files_changed.emit()

        self.controller.with_session(work, done, fail, label="plan import")

    # --- CSV columns ---------------------------------------------------------------------------

    def _read_head(self, entry: ImportFile) -> None:
        """Read the CSV's first rows again (another encoding); the preview is re-parsed from
        them on each change."""
        head = read_head(entry.path, entry.mapping)
        if isinstance(head, BaseException):  # the old rows stay, so another can be chosen
            entry.preview, entry.preview_error = [], head
            return
        self._use_head(entry, head)

    def _use_head(self, entry: ImportFile, head: Any) -> None:
        entry.head = head
        if entry.mapping is None:
            entry.mapping = entry.head.mapping or blank_mapping(entry.head)
        self._reparse(entry)

    def _reparse(self, entry: ImportFile) -> None:
        from cmrdesk.importers import preview_rows

        if entry.head is None or entry.mapping is None:
            entry.preview = []
            return
        try:
            entry.preview, entry.preview_error = preview_rows(entry.head, entry.mapping), None
        except ValidationError as error:  # a reading that lacks a column (e.g. the amount)
            entry.preview, entry.preview_error = [], error

    def change_mapping(self, index: int, **changes: Any) -> None:
        """Change how CSV file ``index`` is read (``date_order``, ``decimal``, ``thousands``,
        ``encoding``, ``sign``): the preview is re-parsed at once; the plan is made again when
        the person moves on. A reading the parser refuses is shown, and not kept."""
        entry = self.files[index]
        mapping = copy.deepcopy(entry.mapping)
        for name, value in changes.items():
            setattr(mapping, name, value)  # date_format/date_order also clears "ambiguous"
        if "sign" in changes:
            mapping.negate = False  # the convention now says whether signs flip
        self._use(index, mapping, reread="encoding" in changes)

    def set_role(self, index: int, column: int, role: str) -> None:
        """Give column ``column`` of CSV file ``index`` a role (a key of ``CSV_ROLES``)."""
        mapping = copy.deepcopy(self.files[index].mapping)
        try:
            mapping.set_role(column, role)
        except ValidationError as error:
            self.files[index].preview_error = error
            self.preview_changed.emit(index)
            return
        self._use(index, mapping)

    def _use(self, index: int, mapping: Any, *, reread: bool = False) -> None:
        entry = self.files[index]
        entry.mapping, entry.stale = mapping, True
        if reread:
            self._read_head(entry)
        else:
            self._reparse(entry)
        self.preview_changed.emit(index)

    def replan_stale(self) -> None:
        """Plan again every CSV whose reading changed since its plan."""
        for entry in self.files:
            if entry.stale:
                entry.stale = False
                self._plan(entry)
        self.files_changed.emit()

    def remember_mapping(self, index: int, name: str) -> None:
        """Save file ``index``'s reading as the profile ``name`` for the bank's next files."""
        entry = self.files[index]
        mapping = entry.mapping

        def work(session: Any) -> Any:
            from cmrdesk.services import importing

            return importing.save_mapping(session, name, mapping)

        def done(_changes: Any) -> None:
            if entry.plan is not None:
                entry.plan = replace(entry.plan, profile=name)
            self.preview_changed.emit(index)

        self.controller.with_session(work, done, self._failed, label="save CSV profile")

    # --- review --------------------------------------------------------------------------------

    def rows(self, entry: ImportFile, statement: Any) -> list[Any]:
        """The rows of ``statement`` the review lists (the first :data:`REVIEW_ROWS`, made
        with the plan on the worker)."""
        return entry.rows.get(statement.index, [])

    def set_threshold(self, percent: int | None) -> None:
        """Accept every learned suggestion at or above ``percent`` (None: only the ticked
        ones) and tick those rows; the service applies the same threshold to the rows the
        review does not list."""
        self.threshold = None if percent is None else percent / 100
        for entry in self.usable_files():
            for statement in entry.plan.statements:
                for row in self.rows(entry, statement):
                    suggestion = row.suggestion
                    if suggestion is None or row.status != "new" or suggestion.source == "rule":
                        continue
                    if self.threshold is not None and suggestion.confidence >= self.threshold:
                        entry.accepted[row.index] = suggestion.category_id
                    else:
                        entry.accepted.pop(row.index, None)

    def accept(self, entry: ImportFile, row: Any, on: bool) -> None:
        """Accept (or not) the learned suggestion of one row."""
        if on and row.suggestion is not None:
            entry.accepted[row.index] = row.suggestion.category_id
        else:
            entry.accepted.pop(row.index, None)

    def is_accepted(self, entry: ImportFile, row: Any) -> bool:
        """Whether the row gets its suggested category: a rule's always (the import applies
        the person's rules by itself), a learned one when accepted."""
        if row.suggestion is not None and row.suggestion.source == "rule":
            return True
        return row.index in entry.accepted

    def accepted_count(self, name: str) -> int:
        """How many learned suggestions the person accepted in file ``name``."""
        return sum(len(f.accepted) for f in self.usable_files() if f.name == name)

    # --- run -----------------------------------------------------------------------------------

    def choices(self) -> list[Any]:
        """What the person chose, as the service's ``ImportChoice`` per usable file."""
        from cmrdesk.services.import_plan import ImportChoice

        return [ImportChoice(str(f.path), f.account, f.mapping if f.is_csv else None,
                             self.threshold, dict(f.accepted))
                for f in self.usable_files()]

    def label(self) -> str:
        """The undo step's name."""
        names = [f.name for f in self.usable_files()]
        if len(names) == 1:
            return tr("import '{name}'").format(name=names[0])
        return tr("import {files}").format(files=plural(len(names), "{n} file", "{n} files"))

    def run(self) -> None:
        """Import the usable files on the worker, as one undo step (see the module
        docstring); :attr:`finished` or :attr:`failed` tells how it went."""
        from cmrdesk.services.editing import ImportFiles

        choices, label = self.choices(), self.label()
        self._cancel.clear()
        self.running, self.outcome, self.error = True, None, None

        def build(_session: Any) -> Any:
            return ImportFiles(choices=choices, label=label, progress=self.progressed.emit,
                               cancelled=self._cancel.is_set)

        self.controller.edit(build, self._done, self._failed)

    def cancel(self) -> None:
        """Stop the running import between chunks; the vault stays as it was."""
        self._cancel.set()

    @property
    def cancel_requested(self) -> bool:
        """Whether Cancel was pressed during the run."""
        return self._cancel.is_set()

    def _done(self, outcome: Any) -> None:
        self.running, self.outcome = False, outcome
        self.finished.emit(outcome)

    def _failed(self, error: BaseException) -> None:
        self.running, self.error = False, error
        self.failed.emit(error)
