"""Text put on the clipboard is taken back after a while."""

from __future__ import annotations

from cmrdesk.ui.clipboard import copy_briefly


def test_copied_text_leaves_the_clipboard_after_a_while(qapp, qtbot):
    copy_briefly("draft about a disclosure", clear_after_ms=50)
    assert qapp.clipboard().text() == "draft about a disclosure"
    qtbot.waitUntil(lambda: qapp.clipboard().text() == "", timeout=2000)
    copy_briefly("ours", clear_after_ms=50)
    qapp.clipboard().setText("the person's own")  # copied since: left alone
    qtbot.wait(120)
    assert qapp.clipboard().text() == "the person's own"
