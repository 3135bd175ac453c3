"""Console entry point: the desktop app for no subcommand, the CLI otherwise.

It lives outside the layers so that ``cli`` never imports Qt and ``ui`` never parses commands.
"""

from __future__ import annotations

import sys


def main(argv: list[str] | None = None) -> int:
    """Run ``cmrdesk``; returns the process exit code."""
    from cmrdesk.cli.main import main as cli_main

    return cli_main(sys.argv[1:] if argv is None else argv)


if __name__ == "__main__":
    raise SystemExit(main())
