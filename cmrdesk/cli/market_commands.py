"""``market update``: fetch the public market series the advice uses (on request only).

``market update --json``: ``{"fetched_at", "new", "updated", "series": [{"key", "provider",
"what", "url", "observations", "first", "last"}]}``.
"""

from __future__ import annotations

import argparse

from cmrdesk.services.market_update import SERIES, update

from .common import open_session
from .output import print_json


def register(commands: argparse._SubParsersAction, parent: argparse.ArgumentParser) -> None:
    """Add ``market update`` to the parser."""
    market = commands.add_parser("market", help="public market data: update it")
    actions = market.add_subparsers(dest="market_command", metavar="ACTION", required=True)
    p = actions.add_parser(
        "update", parents=[parent],
        help=f"fetch {len(SERIES)} public series (ECB interest and exchange rates, Eurostat "
        "inflation) over HTTPS and store them; sends nothing about you")
    p.add_argument("--json", action="store_true", help="machine-readable output")
    p.set_defaults(func=cmd_market_update)


def cmd_market_update(args: argparse.Namespace) -> int:
    """Fetch, validate and store every series (all or nothing)."""
    with open_session(args) as session:
        report = update(session)
    if args.json:
        print_json(report.as_json())
        return 0
    print(f"fetched {report.fetched_at:%Y-%m-%d %H:%M} UTC: {report.new} new rows, "
          f"{report.updated} updated")
    for item in report.series:
        summary = item.as_json()
        print(f"  {summary['provider']:<8} {summary['key']:<34} {summary['observations']:>3} "
              f"observations, {summary['first']} .. {summary['last']}")
    return 0
