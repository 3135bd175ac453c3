"""The PDF renderer the command line hands to the services: Qt in a child process.

The CLI must not import Qt (the layer contracts forbid it, and a terminal command should not
load a GUI toolkit to print a table), so ``disclosure.pdf`` is drawn by ``python -m
cmrdesk.ui.pdf`` in a subprocess. The disclosure goes in on stdin and the PDF comes back on
stdout: nothing touches the disk or the process list (no temporary file, no argument).
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path
from typing import Any

from cmrdesk.domain import DisclosureError

PDF_MODULE = "cmrdesk.ui.pdf"
TIMEOUT_SECONDS = 120
#: Secrets the CLI may hold in its environment; a child that draws a PDF needs none of them.
_WITHHELD = ("CMRDESK_PASSPHRASE", "CMRDESK_NEW_PASSPHRASE")


def _package_root() -> str:
    """The folder holding the ``cmrdesk`` package, so the child imports this same copy
    (from a source tree as much as from an installed wheel)."""
    return str(Path(__file__).resolve().parents[2])


def renderer_command() -> list[str]:
    """How to start the child: ``python -m cmrdesk.ui.pdf``, or in a frozen app (where
    ``sys.executable`` is cmrdesk itself) ``cmrdesk render-pdf``."""
    if getattr(sys, "frozen", False):
        return [sys.executable, "render-pdf"]
    return [sys.executable, "-m", PDF_MODULE]


def subprocess_pdf_renderer(document: dict[str, Any]) -> bytes:
    """Render ``document`` to PDF bytes with ``python -m cmrdesk.ui.pdf``."""
    env = {k: v for k, v in os.environ.items() if k not in _WITHHELD}
    env.setdefault("QT_QPA_PLATFORM", "offscreen")  # a PDF needs no screen
    paths = [_package_root(), *filter(None, env.get("PYTHONPATH", "").split(os.pathsep))]
    env["PYTHONPATH"] = os.pathsep.join(dict.fromkeys(paths))
    try:
        done = subprocess.run(
            renderer_command(),
            input=json.dumps(document, ensure_ascii=False).encode("utf-8"),
            capture_output=True, env=env, timeout=TIMEOUT_SECONDS, check=False,
        )
    except (OSError, subprocess.TimeoutExpired) as error:
        raise DisclosureError(f"could not start the PDF renderer ({error.__class__.__name__})"
                              ) from None
    if done.returncode != 0 or not done.stdout.startswith(b"%PDF-"):
        # The child's own messages name no value (see cmrdesk.ui.pdf.main); pass the last on.
        lines = done.stderr.decode("utf-8", "replace").strip().splitlines()
        detail = f": {lines[-1][:200]}" if lines else ""
        raise DisclosureError(f"the PDF renderer failed{detail}")
    return done.stdout
