"""Give a demo vault a history of disclosures, for the README's pictures of History.

    python scripts/seed_disclosures.py VAULT OUT_DIR      # passphrase from $CMRDESK_PASSPHRASE

Three months ago a mortgage pre-check to De Hypotheker (since expired), two months ago an
insurance quote to Centraal Beheer (expired), and today a fresh pre-check to De Hypotheker with
a salary band twice as narrow, so History has something expired, something active and a
comparison to show. ``cmrdesk share`` cannot backdate a disclosure (an expiry in the past is
refused there, rightly), so this uses the sharing service with the catalogue of those days.
"""

from __future__ import annotations

import os
import sys
from datetime import UTC, date, datetime, time, timedelta
from pathlib import Path

from cmrdesk.disclosure import Intent, Precision, Purpose, PurposeKind, Terms
from cmrdesk.services import sharing
from cmrdesk.services.catalogue import build_catalogue
from cmrdesk.services.session import VaultSession
from cmrdesk.ui.pdf import render_pdf


def seed(vault: Path, out: Path, today: date) -> None:
    """Write the three disclosures (packages into ``out``, receipts into the vault)."""
    with VaultSession.open(vault, os.environ["CMRDESK_PASSPHRASE"]) as session:
        adviser = sharing.vendor_named(session, "De Hypotheker")
        insurer = sharing.vendor_named(session, "Centraal Beheer")
        plans = [
            (today - timedelta(days=95), adviser, PurposeKind.MORTGAGE_PRECHECK,
             "How much could we borrow for our first home?", "band:1000", 60),
            (today - timedelta(days=61), insurer, PurposeKind.INSURANCE_QUOTE,
             "A quote for home and contents insurance.", "", 30),
            (today, adviser, PurposeKind.MORTGAGE_PRECHECK,
             "How much could we borrow for our first home?", "band:500", 60),
        ]
        for day, vendor, kind, text, salary, days in plans:
            catalogue = build_catalogue(session, today=day)
            selection = sharing.template_selection(catalogue, kind)
            if salary and "income.net_monthly_salary" in selection:
                selection["income.net_monthly_salary"] = Precision.parse(salary)
            request = sharing.ShareRequest(
                vendor, selection, Purpose(kind, text), Terms(retention_days=90),
                Intent(text="Offers by e-mail only; no other products.", contact=("email",)),
                expires=day + timedelta(days=days))
            moment = (datetime.now(UTC) if day == today
                      else datetime.combine(day, time(10, 30), tzinfo=UTC))
            result = sharing.share(session, request, out, render_pdf=render_pdf,
                                   catalogue=catalogue, now=moment)
            print(result.package)


if __name__ == "__main__":
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    seed(Path(sys.argv[1]), Path(sys.argv[2]), date.today())
