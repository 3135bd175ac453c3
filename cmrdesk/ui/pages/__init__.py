"""The pages of the main window. Each page registers itself; the sidebar lists what registered.

A page module decorates its :class:`Page` subclass with :func:`register_page` and is named in
:data:`PAGE_MODULES`; the window imports those modules and builds one sidebar entry per
registered page, in ``order``. A feature that adds a page (Share, History) adds one module and
one line here; a page that does not exist yet simply has no entry, so there are no dead buttons.
"""

from __future__ import annotations

import importlib
from collections.abc import Callable
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

from PySide6.QtWidgets import QWidget

if TYPE_CHECKING:
    from ..controller import Figures, VaultController
    from ..settings import AppSettings
    from ..theme import Palette, ThemeManager

#: Modules that define pages, imported when the main window is built.
PAGE_MODULES = (
    "cmrdesk.ui.pages.dashboard",
    "cmrdesk.ui.pages.accounts",
    "cmrdesk.ui.pages.transactions",
    "cmrdesk.ui.pages.insights",
    "cmrdesk.ui.pages.share",
    "cmrdesk.ui.pages.history",
    "cmrdesk.ui.pages.settings_page",
    "cmrdesk.ui.pages.holdings",
    "cmrdesk.ui.pages.details",
)


@dataclass
class PageContext:
    """What every page may use: the vault, the settings, the theme, and navigation."""

    controller: VaultController
    settings: AppSettings
    theme: ThemeManager
    #: ``navigate(key, **arguments)`` shows another page and hands it the arguments.
    navigate: Callable[..., None]
    #: ``choose_period(preset_or_range)`` changes the period every page shows.
    choose_period: Callable[[Any], None]


class Page(QWidget):
    """Base of the main window's pages. Hooks are called on the GUI thread."""

    key = ""
    title = ""

    def __init__(self, context: PageContext) -> None:
        super().__init__()
        self.context = context
        self.setObjectName("page")
        self.setAccessibleName(self.title)

    def vault_loaded(self, ledger: Any) -> None:
        """The vault's ledger is in memory (after unlock)."""

    def figures_ready(self, figures: Figures) -> None:
        """Figures for the chosen period are ready."""

    def vault_locked(self) -> None:
        """The vault was locked: forget every figure shown."""

    def palette_changed(self, palette: Palette) -> None:
        """The theme changed."""

    #: The kinds of change (``ChangeSet.kinds``) this page draws from; a change that touches
    #: none of them leaves the page as it is.
    watches: frozenset[str] = frozenset({
        "accounts", "transactions", "categories", "securities", "holdings", "prices",
        "valuations", "fx_rates", "settings",
    })

    def changes_applied(self, changes: Any) -> None:
        """An edit or its undo changed the vault; the ledger is already reloaded. By default a
        page drawn from the ledger redraws from it when ``changes`` touch what it watches."""
        ledger = self.context.controller.ledger
        if ledger is not None and changes.kinds & self.watches:
            self.vault_loaded(ledger)

    def shown(self, **arguments: Any) -> None:
        """The page became the visible one (``arguments`` from :attr:`PageContext.navigate`)."""


@dataclass(frozen=True)
class PageSpec:
    """A registered page: its key, sidebar title and icon, place, and class."""

    key: str
    title: str
    icon: str
    order: int
    shortcut: str
    factory: type[Page]


_REGISTRY: dict[str, PageSpec] = {}


def register_page(key: str, title: str, icon: str, order: int,
                  shortcut: str = "") -> Callable[[type[Page]], type[Page]]:
    """Class decorator: add a page to the sidebar."""

    def decorate(cls: type[Page]) -> type[Page]:
        cls.key = key
        cls.title = title
        _REGISTRY[key] = PageSpec(key, title, icon, order, shortcut, cls)
        return cls

    return decorate


def page_specs() -> list[PageSpec]:
    """Every registered page, in sidebar order (importing the page modules first)."""
    for module in PAGE_MODULES:
        importlib.import_module(module)
    return sorted(_REGISTRY.values(), key=lambda spec: spec.order)


def make_scroll_page(page: QWidget) -> tuple[QWidget, Any]:
    """A scrollable body for a page: returns (the inner widget, its vertical layout)."""
    from PySide6.QtCore import Qt
    from PySide6.QtWidgets import QScrollArea, QVBoxLayout

    outer = QVBoxLayout(page)
    outer.setContentsMargins(0, 0, 0, 0)
    scroll = QScrollArea()
    scroll.setWidgetResizable(True)
    scroll.setFrameShape(QScrollArea.Shape.NoFrame)
    # Pages reflow to the width (cards wrap, rows stack): only vertical scrolling.
    scroll.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
    inner = QWidget()
    inner.setObjectName("content")
    layout = QVBoxLayout(inner)
    layout.setContentsMargins(28, 22, 28, 28)
    layout.setSpacing(16)
    scroll.setWidget(inner)
    outer.addWidget(scroll)
    page.scroll_area = scroll  # type: ignore[attr-defined]
    return inner, layout
