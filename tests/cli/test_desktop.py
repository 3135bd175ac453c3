"""``cmrdesk desktop install [--uninstall]``: the menu entry and icon in a temporary XDG folder,
pointing at this cmrdesk, valid per the spec's own validator where it is installed."""

import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from cmrdesk.cli import desktop_commands
from cmrdesk.cli.main import main

RESOURCES = Path(__file__).parents[2] / "resources" / "desktop"


@pytest.fixture
def data_home(tmp_path, monkeypatch):
    home = tmp_path / "data home"  # a space, as some people's folders have
    monkeypatch.setenv("XDG_DATA_HOME", str(home))
    return home


def keys(text: str) -> dict[str, str]:
    return dict(line.split("=", 1) for line in text.splitlines() if "=" in line)


def test_install_writes_entry_and_icon_for_this_cmrdesk(data_home, capsys):
    assert main(["desktop", "install"]) == 0
    entry = data_home / "applications" / "io.github.cmrdesk.Cmrdesk.desktop"
    icon = data_home / "icons" / "hicolor" / "scalable" / "apps" / "cmrdesk.svg"
    assert entry.is_file() and icon.read_bytes().startswith(b"<")
    found = keys(entry.read_text())
    argv = desktop_commands.command_line()
    assert Path(argv[0]).is_absolute() and Path(argv[0]).exists()
    assert found["TryExec"] == argv[0]
    assert found["Icon"] == "cmrdesk" and found["Type"] == "Application"
    assert str(entry) in capsys.readouterr().out
    if shutil.which("desktop-file-validate"):
        result = subprocess.run(["desktop-file-validate", str(entry)], capture_output=True,
                                text=True)
        assert result.returncode == 0 and result.stdout == "", result.stdout
    # Again: replaced in place, still one entry.
    assert main(["desktop", "install"]) == 0
    assert len(list((data_home / "applications").iterdir())) == 1


def test_the_exec_line_runs_this_cmrdesk(data_home):
    assert main(["desktop", "install"]) == 0
    entry = data_home / "applications" / "io.github.cmrdesk.Cmrdesk.desktop"
    exec_line = keys(entry.read_text())["Exec"]
    # Undo the two escapes as a desktop would, then run it with --version.
    import shlex

    argv = shlex.split(exec_line.replace("%%", "%").replace("\\\\", "\\"))
    result = subprocess.run([*argv, "--version"], capture_output=True, text=True, timeout=120)
    assert result.returncode == 0 and result.stdout.startswith("cmrdesk "), result.stderr


@pytest.mark.parametrize(("argv", "expected"), [
    (["/opt/cmrdesk/cmrdesk"], "/opt/cmrdesk/cmrdesk"),
    (["/home/a b/venv/bin/cmrdesk"], '"/home/a b/venv/bin/cmrdesk"'),
    (["/srv/$x/cmrdesk"], '"/srv/\\\\$x/cmrdesk"'),
    (["/srv/100%/cmrdesk"], "/srv/100%%/cmrdesk"),
    (["/usr/bin/python3", "-m", "cmrdesk"], "/usr/bin/python3 -m cmrdesk"),
])
def test_exec_quoting_follows_the_desktop_entry_spec(argv, expected):
    assert desktop_commands.exec_value(argv) == expected


def test_frozen_bundle_points_at_its_own_executable(monkeypatch, tmp_path):
    exe = tmp_path / "dist" / "cmrdesk" / "cmrdesk"
    monkeypatch.setattr(sys, "frozen", True, raising=False)
    monkeypatch.setattr(sys, "executable", str(exe))
    assert desktop_commands.command_line() == [str(exe)]


def test_uninstall_removes_only_what_install_wrote(data_home, capsys):
    assert main(["desktop", "install", "--uninstall"]) == 0
    assert "nothing to remove" in capsys.readouterr().out
    assert main(["desktop", "install"]) == 0
    assert main(["desktop", "install", "--uninstall"]) == 0
    assert list((data_home / "applications").iterdir()) == []
    assert not (data_home / "icons" / "hicolor" / "scalable" / "apps" / "cmrdesk.svg").exists()
    foreign = data_home / "applications" / "io.github.cmrdesk.Cmrdesk.desktop"
    foreign.write_text("[Desktop Entry]\nType=Application\nName=mine\nExec=mine\n")
    assert main(["desktop", "install", "--uninstall"]) == 1
    assert "leaving it alone" in capsys.readouterr().err and foreign.exists()


def test_shipped_metadata_validates():
    if shutil.which("desktop-file-validate"):
        result = subprocess.run(["desktop-file-validate",
                                 str(RESOURCES / "io.github.cmrdesk.Cmrdesk.desktop")],
                                capture_output=True, text=True)
        assert result.returncode == 0 and result.stdout == "", result.stdout
    if shutil.which("appstreamcli"):
        result = subprocess.run(["appstreamcli", "validate", "--no-net",
                                 str(RESOURCES / "io.github.cmrdesk.Cmrdesk.metainfo.xml")],
                                capture_output=True, text=True)
        assert result.returncode == 0, result.stdout
    if not (shutil.which("desktop-file-validate") or shutil.which("appstreamcli")):
        pytest.skip("neither desktop-file-validate nor appstreamcli is installed")
