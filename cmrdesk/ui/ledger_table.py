"""The Transactions page's widgets that are more than a line to build: the table (editing,
sizes that stay O(1) at a million rows), the tool row and a row's context menu.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QFrame,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QMenu,
    QPushButton,
    QTableView,
)

from .i18n import QT_TR_NOOP, tr
from .ledger_delegates import CategoryDelegate
from .transactions_model import (
    COL_AMOUNT,
    COL_BALANCE,
    COL_CATEGORY,
    COL_DATE,
    COL_MEMO,
    COL_PAYEE,
    COL_SUGGESTION,
)
from .widgets import make_label

#: "Accept suggestions" choices: (label, lowest confidence).
ACCEPT_LEVELS = ((QT_TR_NOOP("Accept those at least 95 % sure"), 0.95),
                 (QT_TR_NOOP("Accept those at least 80 % sure"), 0.8),
                 (QT_TR_NOOP("Accept all of them"), 0.0))


def ledger_table(model: Any, presenter: Any) -> QTableView:
    """The ledger's table over ``model``: rows selected whole, cells edited by typing or F2,
    the category cell completing over the category tree."""
    table = QTableView()
    table.setModel(model)
    table.setAccessibleName(tr("Transactions"))
    table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    table.setEditTriggers(QAbstractItemView.EditTrigger.EditKeyPressed
                          | QAbstractItemView.EditTrigger.SelectedClicked
                          | QAbstractItemView.EditTrigger.AnyKeyPressed)
    table.setItemDelegateForColumn(COL_CATEGORY,
                                   CategoryDelegate(presenter.category_paths, table))
    table.setAlternatingRowColors(True)
    table.setShowGrid(False)
    table.setWordWrap(False)
    table.setSortingEnabled(True)
    table.setHorizontalScrollMode(QAbstractItemView.ScrollMode.ScrollPerPixel)
    vertical = table.verticalHeader()
    vertical.hide()
    vertical.setSectionResizeMode(QHeaderView.ResizeMode.Fixed)  # O(1) at 1M rows
    vertical.setDefaultSectionSize(34)
    header = table.horizontalHeader()
    header.setHighlightSections(False)
    # The last column (suggestion, or the balance) takes the room left; the payee keeps a
    # readable width, and a narrow window scrolls sideways rather than squeezing it.
    header.setStretchLastSection(True)
    header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
    for column, width in ((COL_DATE, 108), (1, 140), (COL_PAYEE, 180), (COL_CATEGORY, 170),
                          (COL_AMOUNT, 108), (COL_MEMO, 100), (COL_SUGGESTION, 150),
                          (COL_BALANCE, 120)):
        table.setColumnWidth(column, width)
    table.setColumnHidden(COL_BALANCE, True)  # shown when one account is
    header.setSortIndicator(COL_DATE, Qt.SortOrder.DescendingOrder)
    table.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
    return table


class Tools(dict):
    """The tool row's buttons by key, and the row (``layout``) that holds them."""

    layout: QHBoxLayout


def ledger_tools(page: Any) -> Tools:
    """Accept suggestions (the selection, or all above a confidence), Rules…, Categories…,
    Reconcile…, Export… for ``page`` (the Transactions page)."""
    tools = Tools()
    tools.layout = QHBoxLayout()
    tools.layout.setSpacing(4)  # room for the longer Dutch and German words at 1024 px
    tools.layout.addWidget(make_label(tr("Show"), "muted"))
    tools.layout.addWidget(page.bar.show_choice)
    accept = QPushButton(tr("Suggestions"))
    accept.setAccessibleName(tr("Accept suggestions"))
    menu = QMenu(accept)
    menu.addAction(tr("Accept for the selected rows"), page.accept_selected)
    for label, floor in ACCEPT_LEVELS:
        menu.addAction(tr(label), lambda f=floor: page.presenter.accept_above(f))
    accept.setMenu(menu)
    tools["accept"] = accept
    for key, label, slot in (
            ("rules", QT_TR_NOOP("Rules…"), lambda: page.dialogs.open_rules()),
            ("categories", QT_TR_NOOP("Categories…"), lambda: page.dialogs.open_categories()),
            ("reconcile", QT_TR_NOOP("Reconcile…"),
             lambda: page.dialogs.open_reconcile(page.bar.account_id())),
            ("export", QT_TR_NOOP("Export…"), page.open_export)):
        button = QPushButton(tr(label))
        button.clicked.connect(slot)
        tools[key] = button
    for button in tools.values():
        button.setMinimumWidth(button.sizeHint().width())  # never clipped: the row scrolls
        tools.layout.addWidget(button)
    tools.layout.addStretch(1)
    return tools


def row_menu(page: Any, ids: list[int], tx: Any) -> QMenu:
    """The context menu of the selected rows ``ids`` (``tx``: the current one, if loaded)."""
    presenter, dialogs = page.presenter, page.dialogs
    menu = QMenu(page)
    menu.addAction(tr("Edit…"), page.edit_current)
    sub = menu.addMenu(tr("Categorise as"))
    for ident, path in sorted(presenter.model.categories.items(),
                              key=lambda kv: kv[1].casefold()):
        sub.addAction(path, lambda i=ident: presenter.categorise(ids, i))
    sub.addSeparator()
    sub.addAction(tr("Uncategorised"), lambda: presenter.categorise(ids, None))
    menu.addAction(tr("Accept suggestion"), lambda: presenter.accept(ids))
    menu.addAction(tr("Reject suggestion"), lambda: presenter.reject(ids))
    if tx is not None:
        menu.addAction(tr("Always categorise like this…"), lambda: dialogs.open_rule(tx))
        menu.addAction(tr("Split…"), lambda: dialogs.open_split(tx.id))
        if tx.transfer_id is not None:
            menu.addAction(tr("Unlink transfer"), lambda: presenter.unlink_transfer(tx.id))
    if len(ids) <= 2:
        menu.addAction(tr("Link as transfer"), lambda: presenter.link_transfer(ids))
    menu.addSeparator()
    menu.addAction(tr("Delete"), page.delete_selected)
    return menu


def drill_chip(clear: Any) -> tuple[QFrame, QLabel, QPushButton]:
    """The chip naming a dashboard drill-down above the list, with its "Show all" link
    (hidden until a chart opens the page); ``clear`` runs when the link is pressed."""
    chip = QFrame()
    chip.setObjectName("chip")
    layout = QHBoxLayout(chip)
    layout.setContentsMargins(12, 6, 6, 6)
    label = make_label("")
    label.setStyleSheet("font-weight: 600;")
    button = QPushButton(tr("Show all transactions"))
    button.setProperty("role", "link")
    button.setAccessibleName(tr("Clear the chart's filter"))
    button.clicked.connect(clear)
    layout.addWidget(make_label(tr("From the dashboard:"), "muted"))
    layout.addWidget(label, 1)
    layout.addWidget(button)
    chip.hide()
    return chip, label, button
