"""One undo stack for the window: every edit a person makes, named, undone and redone through
the services.

A :class:`ServiceCommand` holds only the operation that takes its change back (the
``inverse`` that :func:`cmrdesk.services.editing.apply` returned); undo applies it through the
controller, and what that returns is the redo. Commands never touch SQL, models or widgets:
the controller reloads what the change reaches and every page redraws from the change set.

Edits are applied before they are pushed (the service may refuse them, and a refused edit
must not sit on the stack), so a command's first ``redo`` — which ``QUndoStack.push`` calls —
does nothing. The inverse is swapped on the worker, right after the operation ran, so an undo
queued behind a redo always finds the operation it needs.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QObject, Signal
from PySide6.QtGui import QAction, QKeySequence, QUndoCommand, QUndoStack

from .i18n import tr


class ServiceCommand(QUndoCommand):
    """An applied edit; undo and redo apply its current inverse through the controller."""

    def __init__(self, controller: Any, outcome: Any) -> None:
        super().__init__(outcome.inverse.label or tr("change"))
        self._controller = controller
        self._next = outcome.inverse
        self._fresh = True  # applied already when pushed

    def redo(self) -> None:
        if self._fresh:
            self._fresh = False
            return
        self._apply()

    def undo(self) -> None:
        self._apply()

    def _apply(self) -> None:
        def swap(outcome: Any) -> None:  # on the worker
            self._next = outcome.inverse

        operation = self._next
        self._controller.edit(lambda _session: operation, record=False, applied=swap)


class UndoHistory(QObject):
    """The window's undo stack, fed by the controller's edits and emptied on lock (the
    snapshots an undo keeps hold the person's data, which must not outlive the unlock)."""

    changed = Signal()

    def __init__(self, controller: Any, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.controller = controller
        self.stack = QUndoStack(self)
        self.stack.setUndoLimit(200)
        controller.edited.connect(self.push)
        controller.locked.connect(lambda _reason: self.stack.clear())
        self.stack.indexChanged.connect(lambda _i: self.changed.emit())

    def push(self, outcome: Any) -> None:
        """Keep an applied edit (the controller's :attr:`edited`)."""
        if outcome.changes:
            self.stack.push(ServiceCommand(self.controller, outcome))

    def undo_text(self) -> str:
        """What Ctrl+Z would take back (``"add policy 'Zilveren Kruis'"``), or ""."""
        return self.stack.undoText()

    def redo_text(self) -> str:
        """What Ctrl+Shift+Z would do again, or ""."""
        return self.stack.redoText()

    def actions(self, parent: QObject) -> tuple[QAction, QAction]:
        """Undo and redo actions named after what they do, with the usual shortcuts."""
        undo = self.stack.createUndoAction(parent, tr("Undo"))
        undo.setShortcuts(QKeySequence.StandardKey.Undo)
        redo = self.stack.createRedoAction(parent, tr("Redo"))
        redo.setShortcuts([QKeySequence("Ctrl+Shift+Z"), QKeySequence("Ctrl+Y")])
        return undo, redo
