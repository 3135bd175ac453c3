"""A vault held open by the app: the CLI says who holds it and how to free it (exit 5)."""

import os
import subprocess
import sys
import textwrap
from pathlib import Path

from cmrdesk.services.session import VaultSession
from tests.conftest import PASSPHRASE, TEST_PARAMS

ROOT = Path(__file__).parents[2]


def test_the_in_use_error_names_the_holder_and_how_to_free_it(vault_path):
    VaultSession.create(vault_path, PASSPHRASE, params=TEST_PARAMS).close()
    # The holder is another process, as the desktop app would be.
    holder = subprocess.Popen(
        [sys.executable, "-c", textwrap.dedent(f"""
            import sys
            from cmrdesk.services.session import VaultSession
            with VaultSession.open({str(vault_path)!r}, {PASSPHRASE!r}):
                print("open", flush=True)
                sys.stdin.readline()
        """)],
        stdin=subprocess.PIPE, stdout=subprocess.PIPE, text=True, cwd=ROOT,
        env={**os.environ, "PYTHONPATH": str(ROOT)})
    try:
        assert holder.stdout.readline().strip() == "open"
        env = {**os.environ, "CMRDESK_PASSPHRASE": PASSPHRASE, "CMRDESK_NEW_PASSPHRASE":
               "a brand new passphrase for this vault", "PYTHONPATH": str(ROOT)}
        result = subprocess.run([sys.executable, "-m", "cmrdesk", "rekey", "--vault",
                                 str(vault_path)], capture_output=True, text=True, env=env,
                                cwd=ROOT, timeout=120)
    finally:
        holder.stdin.write("\n")
        holder.stdin.flush()
        holder.wait(timeout=60)
    assert result.returncode == 5, result.stderr
    message = result.stderr.strip()
    assert message.startswith("error: ") and "\n" not in message
    assert f"(pid {holder.pid})" in message
    assert "lock it there (Ctrl+L) or quit that app" in message
    assert "Traceback" not in result.stderr
    # Once the holder has gone, nothing stale is left to name: the lock file is empty.
    assert (vault_path.parent / (vault_path.name + ".lock")).read_text() == ""
    VaultSession.open(vault_path, PASSPHRASE).close()
