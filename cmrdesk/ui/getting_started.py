"""The empty vault's "Getting started" panel: add an account or import statements, then a
checklist of what else to key in (income, insurance, pension, property, investments, goals,
profile), each ticked once the vault holds one and each with a link to where it is keyed in.

The dashboard and the Accounts page show it while they have nothing else to show. It counts
what is keyed in on the worker (:func:`cmrdesk.services.records.keyed_in`) whenever the vault
loads or changes, so a tick appears as soon as the thing is saved, from whichever page. A link
to a page the app does not have (yet) is left out rather than shown dead.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QGridLayout, QHBoxLayout, QLabel, QPushButton, QWidget

from .i18n import QT_TR_NOOP, tr
from .widgets import Card, link_button, make_label, primary_button


@dataclass(frozen=True)
class Step:
    """One line of the checklist: what it counts, its text, and where its link goes."""

    key: str  # the KeyedIn field that ticks it
    text: str
    link: str
    page: str  # the page the link opens ("" when it opens the account form)
    arguments: tuple[tuple[str, Any], ...] = ()
    kind: str = ""  # the account kind the form opens with


STEPS = (
    Step("income", QT_TR_NOOP("Income: salary and other pay"), QT_TR_NOOP("Add income"), "details",
         (("section", "income"),)),
    Step("policies", QT_TR_NOOP("Insurance policies"), QT_TR_NOOP("Add a policy"), "details",
         (("section", "policies"),)),
    Step("pensions", QT_TR_NOOP("Pension: pot statements and contributions"),
         QT_TR_NOOP("Add a pension"), "",
         kind="pension"),
    Step("properties", QT_TR_NOOP("Property: a home and what it is worth"),
         QT_TR_NOOP("Add a property"), "",
         kind="property"),
    Step("investments", QT_TR_NOOP("Investments: holdings and prices"),
         QT_TR_NOOP("Open Holdings"), "holdings"),
    Step("goals", QT_TR_NOOP("Goals: what you are saving for"), QT_TR_NOOP("Add a goal"), "details",
         (("section", "goals"),)),
    Step("profile", QT_TR_NOOP("Profile: the facts you may choose to share"),
         QT_TR_NOOP("Fill in your profile"),
         "details", (("section", "profile"),)),
)

TICK, OPEN = "✓", "○"


class GettingStartedPanel(Card):
    """Add an account, import statements, and the checklist; see the module docstring."""

    def __init__(self, context: Any, actions: Any = None, *, title: str = "",
                 text: str = "", parent: QWidget | None = None) -> None:
        super().__init__(parent, margins=20, spacing=10)
        from .account_actions import AccountActions
        from .pages import page_specs

        self.setObjectName("card")
        self.context = context
        self.actions = actions or AccountActions(context, self)
        self.keyed: Any = None  # services.records.KeyedIn, once counted
        self.body.addWidget(make_label(title or tr("Start with your accounts"), "sectionTitle"))
        self.body.addWidget(make_label(text or tr(
            "Add the accounts you have by hand, or import the statements your bank lets you "
            "download (OFX, QFX, QIF, CSV, CAMT.053, MT940). Everything stays in this "
            "encrypted vault."), "muted", wrap=True))
        buttons = QHBoxLayout()
        self.add_button = primary_button(tr("Add an account"))
        self.add_button.clicked.connect(lambda: self.actions.add())
        self.import_button = QPushButton(tr("Import…"))
        self.import_button.clicked.connect(self.actions.import_statements)
        buttons.addWidget(self.add_button)
        buttons.addWidget(self.import_button)
        buttons.addStretch(1)
        self.body.addLayout(buttons)
        self.message = make_label("", "readout", wrap=True)
        self.message.hide()
        self.actions.message.connect(self._message)
        self.body.addWidget(self.message)
        self.body.addWidget(make_label(tr("Then key in what no bank exports"), "cardTitle"))
        grid = QGridLayout()
        grid.setHorizontalSpacing(18)
        grid.setVerticalSpacing(4)
        pages = {spec.key for spec in page_specs()}
        self.marks: dict[str, QLabel] = {}
        self.links: dict[str, QPushButton] = {}
        for index, step in enumerate(STEPS):
            row = QHBoxLayout()
            row.setSpacing(8)
            mark = make_label(OPEN, "muted")
            mark.setFixedWidth(16)
            mark.setAlignment(Qt.AlignmentFlag.AlignCenter)
            text_label = make_label(tr(step.text), wrap=True)
            row.addWidget(mark)
            row.addWidget(text_label, 1)
            link = link_button(tr(step.link))
            link.setAccessibleName(tr(step.link))
            link.clicked.connect(self._opener(step))
            link.setVisible(not step.page or step.page in pages)
            row.addWidget(link)
            holder = QWidget()
            holder.setLayout(row)
            row.setContentsMargins(0, 0, 0, 0)
            grid.addWidget(holder, index // 2, index % 2)
            self.marks[step.key] = mark
            self.links[step.key] = link
        grid.setColumnStretch(0, 1)
        grid.setColumnStretch(1, 1)
        self.body.addLayout(grid)
        controller = context.controller
        controller.loaded.connect(lambda _ledger: self.refresh())
        controller.changed.connect(lambda _changes: self.refresh())
        controller.locked.connect(lambda _reason: self._show(None))
        if controller.ledger is not None:
            self.refresh()

    def _opener(self, step: Step) -> Callable[[], None]:
        if not step.page:
            return lambda: self.actions.add(step.kind)
        return lambda: self.context.navigate(step.page, **dict(step.arguments))

    def refresh(self) -> None:
        """Count what the vault holds (on the worker) and tick the steps; a hidden panel
        counts when it is shown again."""
        from cmrdesk.services import records

        self._stale = not self.isVisible()
        if self.context.controller.is_unlocked and not self._stale:
            self.context.controller.with_session(records.keyed_in, self._show,
                                                 label="what is keyed in")

    _stale = False

    def showEvent(self, event: Any) -> None:
        if self._stale:
            self.refresh()
        super().showEvent(event)

    def _show(self, keyed: Any) -> None:
        self.keyed = keyed
        for step in STEPS:
            done = keyed is not None and getattr(keyed, step.key) > 0
            mark = self.marks[step.key]
            mark.setText(TICK if done else OPEN)
            mark.setProperty("role", "positive" if done else "muted")
            mark.style().unpolish(mark)
            mark.style().polish(mark)
            mark.setAccessibleName(tr("done") if done else tr("not yet"))

    def done(self) -> dict[str, bool]:
        """Which steps are ticked (what a person sees)."""
        return {key: mark.text() == TICK for key, mark in self.marks.items()}

    def _message(self, text: str) -> None:
        self.message.setText(text)
        self.message.setVisible(bool(text))
