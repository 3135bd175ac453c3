"""The passphrase strength rule for the new-vault form's meter (kept in the domain so the
command line applies the same rule without Qt), and the passphrase fields with their meter
that the new-vault form and Change passphrase share."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtWidgets import QFormLayout, QLineEdit, QProgressBar, QVBoxLayout

from cmrdesk.domain.strength import (
    MINIMUM_LENGTH,
    MINIMUM_SCORE,
    THRESHOLDS,
    WORD_BITS,
    Strength,
    estimate,
)

from .i18n import tr
from .widgets import make_label


class PassphraseFields:
    """A passphrase, its repetition and the strength meter under them, as rows of ``form``."""

    def __init__(self, form: QFormLayout, first: str, again: str,
                 changed: Callable[[], None]) -> None:
        self.passphrase = QLineEdit()
        self.repeat = QLineEdit()
        for field, name in ((self.passphrase, first), (self.repeat, again)):
            field.setEchoMode(QLineEdit.EchoMode.Password)
            field.setAccessibleName(name)
            field.textChanged.connect(changed)
            form.addRow(name, field)
        self.meter = QProgressBar()
        self.meter.setRange(0, 4)
        self.meter.setTextVisible(False)
        self.meter.setAccessibleName(tr("Passphrase strength"))
        self.meter_text = make_label("", "muted", wrap=True)
        box = QVBoxLayout()
        box.setSpacing(4)
        box.addWidget(self.meter)
        box.addWidget(self.meter_text)
        form.addRow(tr("Strength"), box)

    def check(self) -> str:
        """Redraw the meter; returns what is wrong in words ('' when nothing is)."""
        text = self.passphrase.text()
        found = estimate(text)
        names = (tr("Very weak"), tr("Weak"), tr("Fair"), tr("Strong"), tr("Very strong"))
        self.meter.setValue(found.score)
        if self.meter.property("strength") != str(found.score):
            self.meter.setProperty("strength", str(found.score))
            self.meter.style().unpolish(self.meter)  # re-read the [strength=..] colour
            self.meter.style().polish(self.meter)
        advice = (tr("Four or more unrelated words make a strong, memorable passphrase.")
                  if found.score < 3 else tr("Good."))
        self.meter_text.setText(f"{names[found.score]} — {advice}" if text else advice)
        if text and not found.acceptable:
            return tr("Choose a stronger passphrase (at least “Fair”).")
        if self.repeat.text() and self.repeat.text() != text:
            return tr("The two passphrases are not the same.")
        return ""

    @property
    def ready(self) -> bool:
        """Strong enough and repeated the same."""
        text = self.passphrase.text()
        return estimate(text).acceptable and self.repeat.text() == text


__all__ = ["MINIMUM_LENGTH", "MINIMUM_SCORE", "THRESHOLDS", "WORD_BITS", "PassphraseFields",
           "Strength", "estimate"]
