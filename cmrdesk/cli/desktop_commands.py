"""``desktop install [--uninstall]``: put cmrdesk in the desktop's application menu.

Writes the freedesktop entry and the icon into the user's data folder (``$XDG_DATA_HOME``,
default ``~/.local/share``), the place every Linux desktop reads for one user:

* ``applications/io.github.cmrdesk.Cmrdesk.desktop``, from ``resources/desktop/`` with ``Exec``
  and ``TryExec`` set to the absolute path of *this* cmrdesk (the frozen bundle's executable,
  the ``cmrdesk`` script of this environment, or ``python -m cmrdesk``), so the menu starts the
  same program whether or not it is on the desktop session's ``PATH``;
* ``icons/hicolor/scalable/apps/cmrdesk.svg``.

The entry keeps the AppStream id (``io.github.cmrdesk.Cmrdesk``), so it replaces, for this user,
an entry a system-wide install put under ``/usr/share`` instead of adding a second one.
``--uninstall`` removes exactly these two files, and only an entry this command wrote.
"""

from __future__ import annotations

import argparse
import os
import shutil
import sys
from pathlib import Path

from cmrdesk.domain import ValidationError
from cmrdesk.domain.resources import resource_path

APP_ID = "io.github.cmrdesk.Cmrdesk"
ICON_NAME = "cmrdesk"
#: Marks an entry this command wrote (``--uninstall`` removes no other file).
MARKER = "X-Cmrdesk-Installed-By=cmrdesk desktop install"
#: Characters that make an Exec argument need quoting (Desktop Entry spec, "The Exec key").
_RESERVED = set(" \t\n\"'\\><~|&;$*?#()`")


def register(commands: argparse._SubParsersAction, parent: argparse.ArgumentParser) -> None:
    """Add ``desktop install`` to the parser."""
    desktop = commands.add_parser("desktop", help="the desktop's application menu entry")
    actions = desktop.add_subparsers(dest="desktop_command", metavar="ACTION", required=True)
    p = actions.add_parser(
        "install", help="add cmrdesk (entry and icon) to your application menu; "
        "--uninstall removes it")
    p.add_argument("--uninstall", action="store_true", help="remove the entry and the icon")
    p.set_defaults(func=cmd_desktop_install)


def data_home() -> Path:
    """``$XDG_DATA_HOME`` when set to an absolute path (the spec ignores a relative one),
    else ``~/.local/share``."""
    value = os.environ.get("XDG_DATA_HOME", "")
    if value and Path(value).is_absolute():
        return Path(value)
    return Path.home() / ".local" / "share"


def entry_path() -> Path:
    """Where the user's desktop entry goes."""
    return data_home() / "applications" / f"{APP_ID}.desktop"


def icon_path() -> Path:
    """Where the user's icon goes."""
    return data_home() / "icons" / "hicolor" / "scalable" / "apps" / f"{ICON_NAME}.svg"


def command_line() -> list[str]:
    """The absolute command that starts this cmrdesk: the frozen executable, the ``cmrdesk``
    script next to this interpreter or on ``PATH``, the script this process was started as,
    or ``python -m cmrdesk`` as the last resort."""
    if getattr(sys, "frozen", False):
        return [str(Path(sys.executable).absolute())]
    beside = Path(sys.executable).parent / "cmrdesk"  # this environment's own script
    if beside.is_file() and os.access(beside, os.X_OK):
        return [str(beside.absolute())]
    found = shutil.which("cmrdesk")
    if found:
        return [str(Path(found).absolute())]
    started = Path(sys.argv[0]) if sys.argv and sys.argv[0] else None
    if started is not None and started.name == "cmrdesk" and started.is_file():
        return [str(started.absolute())]
    return [str(Path(sys.executable).absolute()), "-m", "cmrdesk"]


def exec_value(argv: list[str]) -> str:
    """``argv`` as the value of an ``Exec`` key: arguments with reserved characters in double
    quotes (``"``, backquote, ``$`` and backslash escaped inside), then the string escape
    applied on top (a backslash doubled again) and ``%`` doubled (field codes)."""
    parts = []
    for arg in argv:
        if "\n" in arg or "\r" in arg:
            raise ValidationError("Exec", f"{arg!r} contains a line break")
        if any(c in _RESERVED for c in arg) or not arg:
            inner = "".join("\\" + c if c in '"`$\\' else c for c in arg)
            arg = f'"{inner}"'
        parts.append(arg)
    return " ".join(parts).replace("\\", "\\\\").replace("%", "%%")


def entry_text(argv: list[str]) -> str:
    """The desktop entry for ``argv``: the shipped template with ``Exec``/``TryExec`` set."""
    template = resource_path("desktop", f"{APP_ID}.desktop").read_text(encoding="utf-8")
    lines = []
    for line in template.splitlines():
        if line.startswith("Exec="):
            lines.append(f"TryExec={argv[0]}".replace("\\", "\\\\"))
            lines.append(f"Exec={exec_value(argv)}")
        elif not line.startswith("TryExec="):
            lines.append(line)
    lines.append(MARKER)
    return "\n".join(lines) + "\n"


def install() -> tuple[Path, Path]:
    """Write the entry and the icon; returns their paths."""
    entry, icon = entry_path(), icon_path()
    text = entry_text(command_line())
    for path in (entry, icon):
        path.parent.mkdir(parents=True, exist_ok=True)
    temp = entry.with_name(entry.name + ".partial")
    temp.write_text(text, encoding="utf-8")
    temp.replace(entry)  # a desktop watching the folder never reads half an entry
    shutil.copyfile(resource_path("icons", f"{ICON_NAME}.svg"), icon)
    return entry, icon


def uninstall() -> list[Path]:
    """Remove the entry (only one this command wrote) and the icon; returns what was removed."""
    removed = []
    entry = entry_path()
    if entry.is_file():
        if MARKER not in entry.read_text(encoding="utf-8", errors="replace"):
            raise ValidationError("desktop", f"{entry} was not written by `cmrdesk desktop "
                                  "install`; leaving it alone")
        entry.unlink()
        removed.append(entry)
        icon = icon_path()
        if icon.is_file():
            icon.unlink()
            removed.append(icon)
    return removed


def cmd_desktop_install(args: argparse.Namespace) -> int:
    """Install or remove the menu entry and icon."""
    if args.uninstall:
        removed = uninstall()
        for path in removed:
            print(f"removed {path}")
        if not removed:
            print(f"nothing to remove: no entry at {entry_path()}")
        return 0
    entry, icon = install()
    print(f"installed {entry}")
    print(f"installed {icon}")
    print(f"the menu starts: {' '.join(command_line())}")
    return 0
