"""Your details: the profile, income sources, insurance policies and goals, keyed in by hand,
with what the bank data says about them.

A :class:`DetailsPresenter` reads everything on the worker (``services.details``) and runs
every change through :meth:`VaultController.edit`, so each one is named on the undo stack;
the page redraws when a change touches what it shows (``changes_applied``).
"""

from __future__ import annotations

from datetime import date
from typing import Any

from PySide6.QtCore import QObject, Signal
from PySide6.QtWidgets import QTabBar, QWidget

from cmrdesk.domain import Goal, IncomeSource, Policy

from ..details_rows import goal_spec, income_spec, policy_spec, profile_value
from ..details_views import ProfileView, RecordSection, notice_styles
from ..errors import error_text
from ..forms import FormDialog
from ..i18n import QT_TR_NOOP, plural, tr
from ..record_forms import goal_form, income_form, policy_form, profile_form, run_form
from ..widgets import make_label
from . import Page, PageContext, make_scroll_page, register_page

#: Section keys (``shown(section=...)``) in tab order, with their titles.
SECTIONS = (("profile", QT_TR_NOOP("Profile")), ("income", QT_TR_NOOP("Income")), ("policies",
                                                                                   QT_TR_NOOP("Insurance")),
            ("goals", QT_TR_NOOP("Goals")))
_RECORDS = {"income": IncomeSource, "policies": Policy, "goals": Goal}
_FORMS = {"income": income_form, "policies": policy_form, "goals": goal_form}


class DetailsPresenter(QObject):
    """The page's state (the last :class:`~cmrdesk.services.details.Details` read) and the
    service calls behind its buttons."""

    updated = Signal(object)  # Details
    failed = Signal(str)  # a sentence for the person

    def __init__(self, controller: Any) -> None:
        super().__init__()
        self.controller = controller
        self.details: Any = None
        self.today: date | None = None

    def reload(self) -> None:
        """Read the page's records again (on the worker)."""
        today = self.today

        def work(session: Any) -> Any:
            from cmrdesk.services.details import load_details

            return load_details(session, today)

        self.controller.with_session(work, self._loaded, self._failed, label="details")

    def _loaded(self, details: Any) -> None:
        self.details = details
        self.updated.emit(details)

    def _failed(self, error: BaseException) -> None:
        self.failed.emit(error_text(error))

    def record(self, section: str, ident: int) -> Any:
        """The record behind a row of ``section``."""
        rows = {"income": self.details.income, "policies": self.details.policies,
                "goals": self.details.goals}[section]
        row = next(r for r in rows if r.id == ident)
        return {"income": "income", "policies": "policy", "goals": "goal"}[section], row

    def delete(self, section: str, ident: int) -> None:
        """Delete a record (undoable from the Edit menu)."""
        from cmrdesk.services import records

        cls = _RECORDS[section]
        self.controller.edit(lambda s: records.remove_record(s, cls, ident),
                             on_failure=self._failed)

    def update_to_observed(self, observation: Any) -> None:
        """Set the keyed-in figure to what the bank shows (undoable)."""
        from cmrdesk.services.observed import update_to_observed

        self.controller.edit(lambda s: update_to_observed(s, observation),
                             on_failure=self._failed)


@register_page("details", QT_TR_NOOP("Your details"), "details", 35)
class DetailsPage(Page):
    """Profile, Income, Insurance and Goals as tabs of one page."""

    watches = frozenset({"policies", "income_sources", "goals", "profile", "accounts",
                         "transactions", "valuations", "holdings", "prices", "fx_rates",
                         "settings"})

    def __init__(self, context: PageContext) -> None:
        super().__init__(context)
        self.presenter = DetailsPresenter(context.controller)
        self.presenter.updated.connect(self._draw)
        self.presenter.failed.connect(self._show_error)
        self.dialog: FormDialog | None = None  # the open form (tests, screenshots)
        self._stale = False
        _inner, layout = make_scroll_page(self)
        layout.addWidget(make_label(tr("Your details"), "pageTitle"))
        layout.addWidget(make_label(tr("What no bank exports: who you are, what you earn, how "
                                       "you are insured and what you save for."), "muted",
                                    wrap=True))
        self.tabs = QTabBar()
        self.tabs.setDrawBase(False)
        self.tabs.setExpanding(False)
        for _key, title in SECTIONS:
            self.tabs.addTab(tr(title))
        self.tabs.setAccessibleName(tr("Sections"))
        self.tabs.currentChanged.connect(self._tab)
        layout.addWidget(self.tabs)
        self.error = make_label("", "error", wrap=True)
        self.error.hide()
        layout.addWidget(self.error)
        self.profile = ProfileView()
        self.profile.edit_requested.connect(self.edit_profile)
        self.sections: dict[str, QWidget] = {"profile": self.profile}
        texts = {
            "income": (tr("Salaries, pensions and other income, as they reach your accounts."),
                       tr("Add income…"), tr("No income keyed in"),
                       tr("Add your salary or other income to see it next to what the bank "
                          "shows.")),
            "policies": (tr("Insurance policies: what they cost, what they cover and when "
                            "they renew."), tr("Add a policy…"), tr("No policies keyed in"),
                         tr("Add your insurance policies to see their yearly cost and "
                            "renewals.")),
            "goals": (tr("What you are saving for, and how far the linked accounts are."),
                      tr("Add a goal…"), tr("No goals yet"),
                      tr("Add a goal and link the accounts that hold the savings.")),
        }
        for key, words in texts.items():
            section = RecordSection(*words)
            section.add_requested.connect(lambda k=key: self.add(k))
            section.edit_requested.connect(lambda ident, k=key: self.edit(k, ident))
            section.delete_requested.connect(lambda ident, k=key: self.presenter.delete(k,
                                                                                        ident))
            section.update_requested.connect(self.presenter.update_to_observed)
            self.sections[key] = section
        for widget in self.sections.values():
            layout.addWidget(widget)
        layout.addStretch(1)
        self.section = "profile"
        self._tab(0)
        self.palette_changed(context.theme.palette)

    # --- page hooks ------------------------------------------------------------------------------

    def vault_loaded(self, ledger: Any) -> None:
        self.presenter.today = ledger.today
        self._reload()

    def changes_applied(self, changes: Any) -> None:
        ledger = self.context.controller.ledger
        if ledger is not None and changes.kinds & self.watches:
            self.presenter.today = ledger.today
            self._reload()

    def shown(self, **arguments: Any) -> None:
        section = arguments.get("section")
        if section in self.sections:
            self.show_section(section)
        if self._stale:
            self._reload(force=True)

    def vault_locked(self) -> None:
        self.presenter.details = None
        self.profile.set_rows([], 0)
        for key in ("income", "policies", "goals"):
            self.sections[key].set_rows([])  # type: ignore[attr-defined]

    def palette_changed(self, palette: Any) -> None:
        self.setStyleSheet(notice_styles(palette))

    def _reload(self, *, force: bool = False) -> None:
        # A page no one looks at reads again when it is shown (the observations read the
        # accounts' transactions: not worth doing after every edit elsewhere).
        if not force and not self.isVisible() and self.presenter.details is not None:
            self._stale = True
            return
        self._stale = False
        self.presenter.reload()

    # --- sections --------------------------------------------------------------------------------

    def show_section(self, key: str) -> None:
        """Switch to ``profile``, ``income``, ``policies`` or ``goals``."""
        self.tabs.setCurrentIndex([k for k, _t in SECTIONS].index(key))

    def _tab(self, index: int) -> None:
        self.section = SECTIONS[index][0]
        for key, widget in self.sections.items():
            widget.setVisible(key == self.section)

    def _draw(self, details: Any) -> None:
        self.error.hide()
        self.profile.set_rows([(r.name, tr(r.label), profile_value(r.name, r.value), r.filled)
                               for r in details.profile], details.profile_filled)
        income = self.sections["income"]
        income.set_rows([income_spec(r) for r in details.income],  # type: ignore[attr-defined]
                        _mismatches(details.income))
        policies = self.sections["policies"]
        policies.set_rows(  # type: ignore[attr-defined]
            [policy_spec(r, details.today) for r in details.policies],
            _mismatches(details.policies))
        self.sections["goals"].set_rows(  # type: ignore[attr-defined]
            [goal_spec(r) for r in details.goals])
        names = {"income": len(details.income), "policies": len(details.policies),
                 "goals": len(details.goals)}
        for index, (key, title) in enumerate(SECTIONS):
            count = names.get(key)
            self.tabs.setTabText(index, tr(title) if not count else f"{tr(title)} ({count})")

    def _show_error(self, text: str) -> None:
        self.error.setText(text)
        self.error.show()

    # --- actions ---------------------------------------------------------------------------------

    def add(self, section: str) -> FormDialog:
        """Open the form that adds an income source, a policy or a goal."""
        details = self.presenter.details
        dialog, to_build = _FORMS[section](self, details.accounts, details.base)
        return self._open(dialog, to_build)

    def edit(self, section: str, ident: int) -> FormDialog:
        """Open the form of an existing record."""
        details = self.presenter.details
        attribute, row = self.presenter.record(section, ident)
        dialog, to_build = _FORMS[section](self, details.accounts, details.base,
                                           getattr(row, attribute))
        return self._open(dialog, to_build)

    def edit_profile(self) -> FormDialog:
        """Open the profile form."""
        dialog, to_build = profile_form(self, self.presenter.details.profile)
        return self._open(dialog, to_build)

    def _open(self, dialog: FormDialog, to_build: Any) -> FormDialog:
        self.dialog = dialog
        return run_form(self.context.controller, dialog, to_build)


def _mismatches(rows: list[Any]) -> str:
    count = sum(1 for r in rows if r.observation is not None)
    if not count:
        return ""
    return plural(count, "The bank data disagrees with {n} figure you keyed in: see below.",
                  "The bank data disagrees with {n} figures you keyed in: see below.")
