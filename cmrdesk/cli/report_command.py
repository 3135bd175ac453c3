"""``report``: how much money do I have, and what should I do with it."""

from __future__ import annotations

import argparse

from cmrdesk.services.reports import report, report_text

from .common import iso_date, open_session
from .output import print_json


def register(commands: argparse._SubParsersAction, parent: argparse.ArgumentParser) -> None:
    """Add ``report`` to the parser."""
    p = commands.add_parser("report", parents=[parent],
                            help="net worth, cash flow, recurring items, forecast and advice")
    p.add_argument("--from", dest="start", type=iso_date, metavar="D",
                   help="period start (default: the rolling 12 months ending on --to)")
    p.add_argument("--to", dest="end", type=iso_date, metavar="D",
                   help="period end (default: today)")
    p.add_argument("--json", action="store_true", help="machine-readable output")
    p.set_defaults(func=cmd_report)


def cmd_report(args: argparse.Namespace) -> int:
    """Print the insights report."""
    with open_session(args, read_only=True) as session:
        data = report(session, start=args.start, end=args.end)
    if args.json:
        print_json(data)
    else:
        print(report_text(data))
    return 0
