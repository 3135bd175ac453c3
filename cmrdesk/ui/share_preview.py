"""The Share page's preview: exactly what the vendor will receive, before anything is written.

Everything shown comes from the previewed disclosure document (the one the export signs)
through ``cmrdesk.disclosure``'s text helpers, the same ones the PDF uses: what a person
reads here is what the vendor reads in ``disclosure.pdf``, and "Show the signed data" shows
the JSON itself.
"""

from __future__ import annotations

import json
from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtGui import QFontDatabase
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHeaderView,
    QPlainTextEdit,
    QTableView,
    QWidget,
)

from cmrdesk.disclosure import Terms, fingerprint_text
from cmrdesk.disclosure.terms import PurposeKind

from . import fmt
from .history_rows import CONTACT_NAMES
from .i18n import plural, tr
from .models import Column, RecordTableModel
from .widgets import Card, EmptyState, link_button, make_label, set_role

ROW_HEIGHT = 30
#: Space between two wrapped rows, so a long label never seems to run into the next one.
ROW_PADDING = 10
#: Neither column gets narrower than this: long labels and values wrap instead.
MIN_COLUMN = 120


def preview_columns() -> list[Column]:
    """The preview table: the field and what the vendor reads (how precise that is in the
    tooltip: the value itself already says "about", a range, or yes/no)."""
    return [
        Column(tr("Field"), lambda r: r[0], lambda r: r[0].casefold(),
               tooltip=lambda r: f"{r[0]}: {r[2]}"),
        Column(tr("They see"), lambda r: r[1], lambda r: r[1], tooltip=lambda r: r[2]),
    ]


class PreviewPanel(Card):
    """What leaves the machine: recipient, protection, purpose, fields, terms, intent, files."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent, margins=18, spacing=8)
        self.setAccessibleName(tr("Preview of what the vendor receives"))
        self.body.addWidget(make_label(tr("What leaves this computer"), "sectionTitle"))
        self.recipient = make_label("", wrap=True, selectable=True)
        self.protection = make_label("", "muted", wrap=True)
        self.purpose = make_label("", wrap=True, selectable=True)
        self.dates = make_label("", "muted", wrap=True)
        for label in (self.recipient, self.protection, self.purpose, self.dates):
            self.body.addWidget(label)
        self.model = RecordTableModel(preview_columns(), self)
        self.table = QTableView()
        self.table.setModel(self.model)
        self.table.setAccessibleName(tr("Fields as the vendor sees them"))
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.NoSelection)
        self.table.setFocusPolicy(Qt.FocusPolicy.TabFocus)
        self.table.setShowGrid(False)
        self.table.setWordWrap(True)  # long labels wrap: the whole table is always shown
        self.table.verticalHeader().hide()
        self.table.verticalHeader().setMinimumSectionSize(ROW_HEIGHT)
        self.table.verticalHeader().setDefaultSectionSize(ROW_HEIGHT)
        header = self.table.horizontalHeader()
        header.setMinimumSectionSize(MIN_COLUMN)
        # Both columns share the width and wrap: a value as long as "EUR 300,000 – 350,000"
        # cannot squeeze the field names to one word per line.
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        self.table.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.table.setVerticalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.body.addWidget(self.table)
        self.terms_title = make_label(tr("Their terms of use"), "cardTitle")
        self.terms = make_label("", wrap=True)
        self.intent_title = make_label(tr("What you ask for"), "cardTitle")
        self.intent = make_label("", wrap=True, selectable=True)
        self.files_title = make_label(tr("The package"), "cardTitle")
        self.files = make_label("", "muted", wrap=True, selectable=True)
        for label in (self.terms_title, self.terms, self.intent_title, self.intent,
                      self.files_title, self.files):
            self.body.addWidget(label)
        self.warnings = make_label("", "negative", wrap=True)
        self.body.addWidget(self.warnings)
        self.json_toggle = link_button(tr("Show the signed data (JSON)"))
        self.json_toggle.setCheckable(True)
        self.json_toggle.toggled.connect(self._toggle_json)
        self.body.addWidget(self.json_toggle, 0, Qt.AlignmentFlag.AlignLeft)
        self.json = QPlainTextEdit()
        self.json.setReadOnly(True)
        self.json.setAccessibleName(tr("The disclosure as signed JSON"))
        self.json.setFont(QFontDatabase.systemFont(QFontDatabase.SystemFont.FixedFont))
        self.json.setMinimumHeight(260)
        self.json.hide()
        self.body.addWidget(self.json)
        self.empty = EmptyState(tr("Nothing to preview yet"),
                                tr("Choose a vendor and tick at least one field. The preview "
                                   "shows, word for word, what they will receive."))
        self.body.addWidget(self.empty)
        self.body.addStretch(1)
        self.document: dict[str, Any] | None = None
        self.show_empty()

    def set_colours(self, palette: Any) -> None:
        """Muted text follows the theme."""
        self.model.set_colours({"muted": palette.muted})

    def show_empty(self, title: str = "", text: str = "") -> None:
        """Nothing to preview (no vendor, no field, or a choice that cannot be shared)."""
        self.document = None
        if title:
            self.empty.title.setText(title)
            self.empty.text.setText(text)
        self._set_content_visible(False)
        self.model.set_records([])

    def show_preview(self, preview: Any) -> None:
        """Show a :class:`cmrdesk.services.sharing.Preview`."""
        doc = preview.document
        self.document = doc
        vendor = doc["vendor"]
        self.recipient.setText(tr("To <b>{name}</b>").format(name=_escape(vendor["name"])))
        signer = fingerprint_text(doc["signer"]["key_fingerprint"])[:19]
        if preview.encrypted:
            self.protection.setText(tr(
                "Signed with your key ({signer} …) and encrypted to their {curve} key "
                "({theirs} …): only they can read it.").format(
                    signer=signer, curve=preview.vendor_key.curve,
                    theirs=fingerprint_text(preview.vendor_key.fingerprint)[:19]))
            set_role(self.protection, "positive")
        else:
            self.protection.setText(tr("Signed with your key ({signer} …), not encrypted: "
                                       "anyone who gets the files can read them.").format(
                                           signer=signer))
            set_role(self.protection, "muted")
        purpose = doc["purpose"]
        kind = PurposeKind(purpose["kind"]).title
        self.purpose.setText(tr("<b>{kind}</b>: {text}").format(
            kind=_escape(tr(kind)), text=_escape(purpose["text"]) or tr("(no description)")))
        self.dates.setText(tr("Figures as of {as_of} · valid until {expires}").format(
            as_of=fmt.day(_date(doc["as_of"])), expires=fmt.day(_date(doc["expires"]))))
        rows = preview.rows
        self.model.set_records(rows)
        self._fit_table()
        self.terms.setText("\n".join(f"• {s}" for s in Terms.from_dict(doc["terms"]).sentences()))
        intent = doc.get("intent", {})
        intent_lines = [intent.get("text", "")]
        if intent.get("contact"):
            intent_lines.append(tr("Contact me by: {ways}").format(
                ways=", ".join(tr(CONTACT_NAMES.get(c, c)) for c in intent["contact"])))
        self.intent.setText("\n".join(line for line in intent_lines if line)
                            or tr("(nothing asked)"))
        self.files.setText(tr("Folder “{folder}” with {files}. {count}.").format(
            folder=preview.folder, files=", ".join(preview.files),
            count=plural(len(rows), "{n} field", "{n} fields")))
        self.warnings.setText("\n".join(preview.warnings))
        self.warnings.setVisible(bool(preview.warnings))
        self.json.setPlainText(json.dumps(doc, indent=2, ensure_ascii=False, sort_keys=True))
        self._set_content_visible(True)

    def resizeEvent(self, event: Any) -> None:
        super().resizeEvent(event)
        self._fit_table()  # wrapped rows change height with the width

    def _fit_table(self) -> None:
        """As tall as its rows (the panel scrolls, the table does not)."""
        self.table.resizeRowsToContents()
        for row in range(self.model.rowCount()):
            self.table.setRowHeight(row, max(ROW_HEIGHT,
                                             self.table.rowHeight(row) + ROW_PADDING))
        rows = sum(self.table.rowHeight(r) for r in range(self.model.rowCount()))
        self.table.setFixedHeight(self.table.horizontalHeader().sizeHint().height() + rows + 4)

    def _set_content_visible(self, visible: bool) -> None:
        for widget in (self.recipient, self.protection, self.purpose, self.dates, self.table,
                       self.terms_title, self.terms, self.intent_title, self.intent,
                       self.files_title, self.files, self.json_toggle):
            widget.setVisible(visible)
        self.warnings.setVisible(visible and bool(self.warnings.text()))
        self.json.setVisible(visible and self.json_toggle.isChecked())
        self.empty.setVisible(not visible)

    def _toggle_json(self, on: bool) -> None:
        self.json.setVisible(on and self.document is not None)
        self.json_toggle.setText(tr("Hide the signed data") if on
                                 else tr("Show the signed data (JSON)"))


def _escape(text: str) -> str:
    import html

    return html.escape(str(text))


def _date(text: str) -> Any:
    from datetime import date

    return date.fromisoformat(text)
