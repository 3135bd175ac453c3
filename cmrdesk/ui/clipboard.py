"""The clipboard, briefly: whatever cmrdesk puts there is taken back after a short time.

Other programs read the clipboard freely (and clipboard managers keep a history), so text from
a vault never stays there longer than a person needs to paste it.
"""

from __future__ import annotations

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication

#: How long copied text stays on the clipboard (long enough to switch to a mail program).
CLEAR_AFTER_MS = 120_000


def copy_briefly(text: str, clear_after_ms: int = CLEAR_AFTER_MS) -> None:
    """Put ``text`` on the clipboard and clear it after ``clear_after_ms``, unless something
    else has been copied since (that is the person's, not ours)."""
    clipboard = QApplication.clipboard()
    clipboard.setText(text)

    def clear() -> None:
        if clipboard.text() == text:
            clipboard.clear()

    QTimer.singleShot(clear_after_ms, clear)
