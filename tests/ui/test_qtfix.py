"""The guard against PySide6 6.12.0 taking references from None on Python 3.11."""

import sys

from PySide6.QtCore import QObject

from cmrdesk.ui import qtfix


def test_many_void_qt_calls_do_not_exhaust_none():
    qtfix.apply()  # what importing cmrdesk.ui does
    probe = QObject()
    for _ in range(200_000):  # ~40x what crashed an unguarded 6.12.0 process here
        probe.setObjectName("x")
    assert sys.getrefcount(None) > 0


def test_applies_only_when_the_bindings_leak(monkeypatch):
    monkeypatch.setitem(qtfix._state, "applied", False)
    monkeypatch.setattr(qtfix, "leaks_none", lambda: False)
    assert qtfix.apply() is False
