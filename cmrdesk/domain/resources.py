"""Where shipped files live (``resources/``: market data, icons): one resolver for every layout.

* source tree and PyInstaller bundle: ``resources/`` next to the ``cmrdesk`` package (the spec
  in ``packaging/`` copies it there);
* installed wheel: ``<prefix>/share/cmrdesk/resources`` (``[tool.setuptools.data-files]``), for
  the interpreter's own prefix and for a ``pip install --user``.
"""

from __future__ import annotations

import site
import sys
import sysconfig
from functools import cache
from pathlib import Path

_INSTALLED = Path("share") / "cmrdesk" / "resources"


def _candidates() -> list[Path]:
    roots = [Path(__file__).resolve().parents[2] / "resources"]
    prefixes = [sysconfig.get_path("data"), sys.prefix, sys.base_prefix]
    user_base = getattr(site, "USER_BASE", None)
    if user_base:
        prefixes.append(user_base)
    roots += [Path(prefix) / _INSTALLED for prefix in prefixes if prefix]
    return roots


@cache
def resources_root() -> Path:
    """The ``resources`` folder this cmrdesk was shipped with (the source tree's when none is
    found, so error messages name a sensible path)."""
    candidates = _candidates()
    for root in candidates:
        if root.is_dir():
            return root
    return candidates[0]


def resource_path(*parts: str) -> Path:
    """A shipped file or folder, e.g. ``resource_path("icons", "cmrdesk.svg")``."""
    return resources_root().joinpath(*parts)
