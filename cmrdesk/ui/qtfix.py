"""A guard against a reference-count bug in the Qt bindings (PySide6 6.12.0 on Python < 3.12).

Measured here: with PySide6 6.12.0 on CPython 3.11 every call of a Qt method that returns
nothing (``widget.update()``, ``label.setText()``) takes one reference from ``None`` that it
never gave, and emitting a signal takes one from ``True``. After a few thousand calls CPython
aborts with "Fatal Python error: none_dealloc" (or "bool_dealloc"), i.e. the app dies within
seconds of use. PySide6 6.11.3 does not do it, and Python 3.12 made these singletons immortal,
which hides it.

When (and only when) a probe shows the leak, :func:`apply` gives ``None``, ``True`` and
``False`` a huge number of extra references, which is what 3.12's immortality amounts to. The
singletons are statically allocated and never freed, so this changes nothing else.
"""

from __future__ import annotations

import ctypes
import sys

#: Extra references given to each singleton: at one lost reference per Qt call, ~10^12 calls.
BOOST = 1 << 40
_state = {"applied": False}


def leaks_none() -> bool:
    """Whether calling a Qt method that returns nothing loses a reference to ``None``."""
    from PySide6.QtCore import QObject

    probe = QObject()
    before = sys.getrefcount(None)
    for _ in range(64):
        probe.setObjectName("probe")
    return sys.getrefcount(None) < before - 32


def apply() -> bool:
    """Protect ``None``, ``True`` and ``False`` if the installed bindings leak; returns whether
    the guard is (now) in place."""
    if _state["applied"]:
        return True
    if sys.version_info >= (3, 12) or sys.implementation.name != "cpython":
        return False  # immortal singletons: nothing to protect
    if not leaks_none():
        return False
    for singleton in (None, True, False):
        # ob_refcnt is the first field of every CPython object (a Py_ssize_t).
        ctypes.c_ssize_t.from_address(id(singleton)).value += BOOST
    _state["applied"] = True
    return True
