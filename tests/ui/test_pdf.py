"""The readable PDF: drawn from the disclosure alone, escaped, with value-free metadata."""

import json
import subprocess
import sys
from datetime import UTC, date, datetime
from decimal import Decimal
from pathlib import Path

import pytest

from cmrdesk.disclosure import (
    EXACT,
    CatalogueField,
    Intent,
    Precision,
    Purpose,
    PurposeKind,
    Terms,
    ValueKind,
    VendorRef,
    build_document,
)
from tests.pdf_text import pdf_text, streams


@pytest.fixture
def document():
    catalogue = {f.name: f for f in [
        CatalogueField(name="net_worth", label="Net worth", group="Balances",
                       kind=ValueKind.MONEY, value=Decimal("64344.13"), currency="EUR"),
        CatalogueField(name="profile.city", label="City", group="Profile",
                       kind=ValueKind.TEXT, value="Utrecht <script>"),
        CatalogueField(name="fact.no_overdraft", label="No overdraft", group="Facts",
                       kind=ValueKind.FACT, value=True),
    ]}
    return build_document(
        catalogue=catalogue,
        selection={"net_worth": Precision.parse("band:25000"), "profile.city": EXACT,
                   "fact.no_overdraft": EXACT},
        vendor=VendorRef("Zeta & Lending", "bank"),
        purpose=Purpose(PurposeKind.MORTGAGE_PRECHECK, "first look"),
        terms=Terms(retention_days=30), intent=Intent("fixed-rate offers only"),
        expires=date(2027, 1, 1), as_of=date(2026, 11, 23),
        issued=datetime(2026, 11, 23, 10, 0, tzinfo=UTC), signer_fingerprint="A" * 43)


def test_pdf_shows_the_disclosed_fields_and_terms(qapp, document):
    from cmrdesk.ui.pdf import render_pdf

    data = render_pdf(document)
    assert data.startswith(b"%PDF-")
    text = pdf_text(data)
    squashed = "".join(text.split())
    for expected in ("Disclosure to Zeta & Lending", "Net worth", "EUR 50,000 – 75,000",
                     "Utrecht <script>", "No overdraft", "fixed-rate offers only",
                     "Delete them 30 days after the issue date"):
        assert "".join(expected.split()) in squashed, expected
    assert "64344" not in squashed and "64,344" not in squashed  # only the band left


def test_pdf_metadata_names_no_value(qapp, document):
    from cmrdesk.ui.pdf import PDF_TITLE, render_pdf

    data = render_pdf(document)
    info = data[: data.index(b"endobj")]
    assert PDF_TITLE.encode("utf-16-be") in info
    for needle in ("Zeta", "Utrecht", "50,000"):
        for blob in (data, *streams(data)):
            assert needle.encode("utf-8") not in blob
            assert needle.encode("utf-16-be") not in blob


def test_module_renders_from_stdin_in_a_subprocess(document, tmp_path):
    root = Path(__file__).resolve().parents[2]
    done = subprocess.run(
        [sys.executable, "-m", "cmrdesk.ui.pdf"], input=json.dumps(document).encode(),
        capture_output=True, cwd=root, timeout=120, check=False,
        env={"PYTHONPATH": str(root), "QT_QPA_PLATFORM": "offscreen", "PATH": "/usr/bin:/bin"},
    )
    assert done.returncode == 0, done.stderr
    assert "Networth" in "".join(pdf_text(done.stdout).split())
    bad = subprocess.run(
        [sys.executable, "-m", "cmrdesk.ui.pdf"], input=b"[not json", capture_output=True,
        cwd=root, timeout=120, check=False,
        env={"PYTHONPATH": str(root), "QT_QPA_PLATFORM": "offscreen", "PATH": "/usr/bin:/bin"},
    )
    assert bad.returncode == 1 and bad.stderr.startswith(b"error:") and not bad.stdout
