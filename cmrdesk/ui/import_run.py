"""The wizard's last two steps: the import running (progress and Cancel), then its Summary.

Cancel stops the import between chunks and the vault stays exactly as it was (the service
rolls the whole run back). The Summary says per file what came in; a statement whose closing
balance does not reconcile is shown in red with the difference and its likely cause.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QProgressBar, QScrollArea, QVBoxLayout, QWidget

from . import fmt
from .errors import error_text
from .i18n import plural, tr
from .import_review import money_text
from .widgets import Card, link_button, make_label


class RunPage(QWidget):
    """The import on the worker: a progress bar and Cancel (the wizard's Cancel button)."""

    def __init__(self, presenter: Any, wizard: Any) -> None:
        super().__init__()
        self.presenter = presenter
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 40, 0, 0)
        layout.setSpacing(12)
        self.title = make_label(tr("Importing…"), "sectionTitle")
        layout.addWidget(self.title)
        self.bar = QProgressBar()
        self.bar.setRange(0, 0)
        self.bar.setAccessibleName(tr("Import progress"))
        layout.addWidget(self.bar)
        self.text = make_label("", "muted", wrap=True)
        layout.addWidget(self.text)
        layout.addStretch(1)
        presenter.progressed.connect(self.progressed)

    def enter(self) -> None:
        """The run starts."""
        files = len(self.presenter.usable_files())
        self.title.setText(tr("Importing {files}…").format(
            files=plural(files, "{n} file", "{n} files")))
        self.bar.setRange(0, 0)
        self.text.setText(tr("Cancel leaves the vault exactly as it was."))

    def progressed(self, done: int, total: int) -> None:
        """Rows written so far (from the worker, delivered on the GUI thread)."""
        if total > 0:
            self.bar.setRange(0, total)
            self.bar.setValue(min(done, total))
            self.text.setText(tr("{done} of {total} rows").format(done=fmt.count(done),
                                                                 total=fmt.count(total)))

    def cancelling(self) -> None:
        """Cancel was pressed: the import stops at the next chunk."""
        self.text.setText(tr("Cancelling… nothing will be kept."))

    def complete(self) -> bool:
        """Never: the run moves on by itself."""
        return False

    def show_error(self, error: BaseException) -> None:
        """Shown on the Summary instead."""
        self.text.setText(error_text(error))


class SummaryPage(QWidget):
    """What the import did, per file; see the module docstring."""

    def __init__(self, presenter: Any, wizard: Any) -> None:
        super().__init__()
        self.presenter = presenter
        self.wizard = wizard
        outer = QVBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)
        outer.setSpacing(8)
        self.title = make_label(tr("Summary"), "sectionTitle")
        outer.addWidget(self.title)
        self.headline = make_label("", wrap=True)
        outer.addWidget(self.headline)
        self.scroll = QScrollArea()
        self.scroll.setWidgetResizable(True)
        self.scroll.setFrameShape(QScrollArea.Shape.NoFrame)
        outer.addWidget(self.scroll, 1)
        self.history_link = link_button(tr("See every import in the import history…"))
        self.history_link.clicked.connect(wizard.show_history)
        outer.addWidget(self.history_link, 0, Qt.AlignmentFlag.AlignLeft)
        self.cards: list[Card] = []

    def enter(self) -> None:
        """Draw the outcome (or why nothing was imported)."""
        from cmrdesk.services.editing import ImportProblem

        inner = QWidget()
        inner.setObjectName("content")
        layout = QVBoxLayout(inner)
        layout.setContentsMargins(0, 0, 8, 0)
        layout.setSpacing(10)
        self.cards = []
        presenter = self.presenter
        if presenter.outcome is None:
            error = presenter.error
            cancelled = presenter.cancel_requested or type(error).__name__ == "ImportCancelled"
            self.title.setText(tr("Cancelled") if cancelled else tr("Nothing was imported"))
            why = tr("The import was cancelled.") if cancelled else \
                error_text(error) if error is not None else ""
            self.headline.setText(why + " " + tr("The vault is exactly as it was."))
            self.headline.setProperty("role", "muted" if cancelled else "error")
        else:
            results = presenter.outcome.result or []
            new = sum(getattr(r, "new", 0) for r in results)
            self.title.setText(tr("Imported"))
            self.headline.setText(tr("{new} in all. Edit > Undo (Ctrl+Z) takes the whole "
                                     "import back.").format(
                new=plural(new, "{n} new transaction", "{n} new transactions")))
            self.headline.setProperty("role", "")
            for result in results:
                card = problem_card(result) if isinstance(result, ImportProblem) else \
                    report_card(result, self._plan_of(result),
                                presenter.accepted_count(Path(result.file).name))
                self.cards.append(card)
                layout.addWidget(card)
        self.headline.style().unpolish(self.headline)
        self.headline.style().polish(self.headline)
        layout.addStretch(1)
        self.scroll.setWidget(inner)

    def _plan_of(self, report: Any) -> Any:
        name = Path(report.file).name
        return next((f.plan for f in self.presenter.files if f.name == name), None)

    def complete(self) -> bool:
        """Done closes the wizard."""
        return True

    def show_error(self, error: BaseException) -> None:
        """A late failure (e.g. the history)."""
        self.headline.setText(error_text(error))

    def texts(self) -> list[str]:
        """Every line the summary shows (tests read what a person reads)."""
        return [self.title.text(), self.headline.text()] + [
            label.text() for card in self.cards for label in card.findChildren(type(
                self.title))]


def report_card(report: Any, plan: Any, accepted: int = 0) -> Card:
    """One imported file: counts, categories, and its balance check."""
    card = Card(spacing=4)
    card.body.addWidget(make_label(Path(report.file).name, "cardTitle"))
    if report.format == "market":
        card.body.addWidget(make_label(tr("market data: {n} rates/prices").format(
            n=fmt.count(report.new)), wrap=True))
        return card
    where = tr("into the new account '{name}'") if report.created_account else \
        tr("into '{name}'")
    parts = [plural(report.new, "{n} new", "{n} new"),
             plural(report.duplicates, "{n} duplicate", "{n} duplicates"),
             plural(report.pending_skipped, "{n} pending (skipped)", "{n} pending (skipped)")]
    by = dict(getattr(report, "categorised", None) or {})
    by["user"] = accepted
    if any(by.values()):
        named = [text.format(n=fmt.count(by[key])) for key, text in (
            ("rule", tr("{n} by your rules")), ("model", tr("{n} learned")),
            ("user", tr("{n} you accepted"))) if by.get(key)]
        parts.append(tr("{n} categorised ({how})").format(n=fmt.count(sum(by.values())),
                                                          how=", ".join(named)))
    else:
        parts.append(tr("none categorised"))
    card.body.addWidget(make_label(", ".join(parts) + " " + where.format(name=report.account),
                                   wrap=True))
    card.body.addWidget(reconcile_label(report, plan))
    for warning in report.warnings:
        card.body.addWidget(make_label(warning, "readout", wrap=True))
    return card


def reconcile_label(report: Any, plan: Any) -> Any:
    """Whether the statement's closing balance agrees with the vault's."""
    if report.statement_balance is None or report.reconciled is None:
        return make_label(tr("Balance: unknown, because the file states no closing balance."),
                          "muted", wrap=True)
    currency = plan.statements[0].currency if plan is not None and plan.statements else ""
    stated = money_text(report.statement_balance, currency)
    if report.reconciled:
        return make_label(tr("Reconciled: the vault's balance is {stated}, as the statement "
                             "says.").format(stated=stated), "positive", wrap=True)
    vault = money_text(report.vault_balance, currency)
    difference = money_text(report.vault_balance - report.statement_balance, currency)
    text = tr("Does not reconcile: the statement says {stated}, the vault {vault}, a "
              "difference of {difference}.").format(stated=stated, vault=vault,
                                                    difference=difference)
    causes = [s.likely_cause for s in (plan.statements if plan is not None else [])
              if s.likely_cause]
    if causes:
        text += " " + tr("Likely cause: {cause}.").format(cause=causes[0].rstrip("."))
    return make_label(text, "negative", wrap=True)


def problem_card(problem: Any) -> Card:
    """A file the import refused (nothing of it was written)."""
    card = Card(spacing=4)
    card.body.addWidget(make_label(Path(problem.file).name, "cardTitle"))
    why = error_text(problem.error).replace(str(problem.file), Path(problem.file).name)
    card.body.addWidget(make_label(tr("Not imported: {why}").format(why=why), "error",
                                   wrap=True))
    return card
