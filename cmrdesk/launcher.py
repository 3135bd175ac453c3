"""Console entry point: the desktop app for no subcommand, the CLI otherwise.

It lives outside the layers so that ``cli`` never imports Qt and ``ui`` never parses commands:
``cmrdesk``, ``cmrdesk --demo``, ``cmrdesk --vault PATH`` and ``cmrdesk screenshot ...`` go to
``cmrdesk.ui``; everything else (``cmrdesk accounts``, ``--help``, ``--version``) to the CLI.
"""

from __future__ import annotations

import sys

#: Options that, alone or together, mean "open the window" (with their value counts).
UI_OPTIONS = {"--demo": 0, "--vault": 1, "--theme": 1, "--quit-after-start": 0,
              "--quit-after-ready": 0}
UI_COMMANDS = ("screenshot", "render-pdf")


def wants_ui(argv: list[str]) -> bool:
    """Whether ``argv`` asks for the desktop app rather than a CLI command."""
    if not argv:
        return True
    if argv[0] in UI_COMMANDS:
        # `render-pdf` with options (--help) is answered by the CLI, which knows its help;
        # the child process itself never takes any.
        return not (argv[0] == "render-pdf" and len(argv) > 1)
    index = 0
    while index < len(argv):
        option, _, inline = argv[index].partition("=")
        if option not in UI_OPTIONS:
            return False
        index += 1 + (UI_OPTIONS[option] if not inline else 0)
    return True


def main(argv: list[str] | None = None) -> int:
    """Run ``cmrdesk``; returns the process exit code."""
    args = sys.argv[1:] if argv is None else argv
    if wants_ui(args):
        from cmrdesk.ui import main as ui_main

        return ui_main(args)
    from cmrdesk.cli.main import main as cli_main

    return cli_main(args)


if __name__ == "__main__":
    raise SystemExit(main())
