"""``rates add`` and ``rates list``: exchange rates keyed in by hand.

* ``rates add --json``: ``{"rate": {"id", "date", "base", "quote", "rate", "source"},
  "replaced": false}``;
* ``rates list --json``: ``{"rates": [{"id", "date", "base", "quote", "rate", "source"}]}``.

A market-data CSV (``date,base,quote,rate,source``) imported with ``cmrdesk import`` adds the
same records in bulk.
"""

from __future__ import annotations

import argparse
from typing import Any

from cmrdesk.domain import FxRate
from cmrdesk.services.rates import add_rate, list_rates, parse_rate

from .common import iso_date, open_session
from .output import print_json, print_table


def register(commands: argparse._SubParsersAction, parent: argparse.ArgumentParser) -> None:
    """Add ``rates add`` and ``rates list`` to the parser."""
    rates = commands.add_parser("rates", help="exchange rates: key one in, list them")
    actions = rates.add_subparsers(dest="rates_command", metavar="ACTION", required=True)

    p = actions.add_parser("add", parents=[parent],
                           help="key in a rate: on DATE one BASE bought RATE QUOTE")
    p.add_argument("--date", required=True, type=iso_date, metavar="D",
                   help="the day of the rate (YYYY-MM-DD)")
    p.add_argument("--base", required=True, metavar="CUR", type=str.upper,
                   help="the currency bought, e.g. AUD")
    p.add_argument("--quote", required=True, metavar="CUR", type=str.upper,
                   help="the currency paid, e.g. EUR")
    p.add_argument("--rate", required=True, metavar="R",
                   help="units of QUOTE for one BASE, a plain decimal (e.g. 0.6071)")
    p.add_argument("--json", action="store_true", help="machine-readable output")
    p.set_defaults(func=cmd_rates_add)

    p = actions.add_parser("list", parents=[parent],
                           help="the vault's own rates (keyed in or imported)")
    p.add_argument("--json", action="store_true", help="machine-readable output")
    p.set_defaults(func=cmd_rates_list)


def _rate_json(rate: FxRate) -> dict[str, Any]:
    return {"id": rate.id, "date": rate.date.isoformat(), "base": rate.base,
            "quote": rate.quote, "rate": f"{rate.rate:f}", "source": rate.source}


def cmd_rates_add(args: argparse.Namespace) -> int:
    """Store one exchange rate (replacing the one for the same date and pair)."""
    value = parse_rate(args.rate)  # checked before the vault is unlocked
    with open_session(args) as session:
        rate, replaced, _changes = add_rate(session, on=args.date, base=args.base,
                                            quote=args.quote, rate=value)
    if args.json:
        print_json({"rate": _rate_json(rate), "replaced": replaced})
    else:
        verb = "replaced" if replaced else "added"
        print(f"{verb}: on {rate.date.isoformat()} 1 {rate.base} = {rate.rate:f} {rate.quote}")
    return 0


def cmd_rates_list(args: argparse.Namespace) -> int:
    """List the vault's own exchange rates."""
    with open_session(args, read_only=True) as session:
        rates = list_rates(session)
    if args.json:
        print_json({"rates": [_rate_json(r) for r in rates]})
        return 0
    print_table(["Date", "Base", "Quote", "Rate", "Source"],
                [[r.date.isoformat(), r.base, r.quote, f"{r.rate:f}", r.source] for r in rates],
                right=(3,))
    return 0


__all__ = ["register"]
