"""Build hook: compile the interface translations (``resources/i18n/*.ts``) into the package.

Everything else about the package is declared in ``pyproject.toml``. ``build_py`` runs
``pyside6-lrelease`` so a wheel (and so ``pip install .``) carries ``cmrdesk/i18n/*.qm``; when
the tool is missing the build goes on without them and the app compiles the shipped ``.ts``
into the user's cache folder at first start (``cmrdesk.ui.i18n.qm_file``).
"""

from __future__ import annotations

import os
import shutil
import subprocess
from pathlib import Path

from setuptools import setup
from setuptools.command.build_py import build_py

ROOT = Path(__file__).resolve().parent


class build_py_with_translations(build_py):  # noqa: N801 - setuptools command naming
    """``build_py`` that also writes ``cmrdesk/i18n/cmrdesk_<lang>.qm``."""

    def run(self) -> None:
        super().run()
        tool = shutil.which("pyside6-lrelease")
        sources = sorted((ROOT / "resources" / "i18n").glob("cmrdesk_*.ts"))
        if tool is None:
            self.warn("pyside6-lrelease not found: translations will be compiled at first start")
            return
        target = Path(self.build_lib) / "cmrdesk" / "i18n"
        target.mkdir(parents=True, exist_ok=True)
        # The tool is a Python wrapper around Qt's lrelease: run it outside the build's
        # isolated environment (whose PYTHONPATH hides the PySide6 it belongs to).
        env = {k: v for k, v in os.environ.items() if k not in ("PYTHONPATH", "PYTHONNOUSERSITE")}
        for source in sources:
            done = subprocess.run([tool, "-silent", str(source), "-qm",
                                   str(target / source.with_suffix(".qm").name)],
                                  env=env, capture_output=True, text=True, check=False)
            if done.returncode != 0:
                self.warn(f"pyside6-lrelease failed on {source.name} ({done.stderr.strip()}): "
                          "translations will be compiled at first start")


setup(cmdclass={"build_py": build_py_with_translations})
