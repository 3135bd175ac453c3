"""The desktop app (PySide6 + pyqtgraph). The only package that imports Qt.

``main`` dispatches what the launcher hands over: no arguments (or ``--demo``, ``--vault``,
``--theme``) open the window; ``screenshot`` renders pages to PNG files offscreen;
``render-pdf`` is the command line's PDF child process in a frozen app (where there is no
``python -m cmrdesk.ui.pdf`` to run).
"""

from __future__ import annotations

from . import qtfix

qtfix.apply()  # before any other Qt call: see qtfix for the bug it guards against


def main(argv: list[str]) -> int:
    """Run the desktop app, ``screenshot`` or ``render-pdf``; returns the exit code."""
    if argv and argv[0] == "screenshot":
        from .screenshot import main as screenshot

        return screenshot(argv[1:])
    if argv and argv[0] == "render-pdf":
        from .pdf import main as render_pdf

        return render_pdf()
    from .app import main as run

    return run(argv)
