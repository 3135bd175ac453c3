"""The benchmark's sharing stages: the catalogue, and a full-catalogue export.

``share_catalogue`` builds the field catalogue from the vault (one ledger load and one
insights frame, like ``cmrdesk report``); the Share page does it once when it opens.
``share_export`` is the one-click export the issue targets (<= 1 s at 1M transactions): every
field at its default precision, encrypted to an X25519 vendor key, PDF included (drawn the way
the caller draws it: the CLI in a subprocess), written atomically, receipt stored.
``share_verify`` checks the package as the vendor would.
"""

from __future__ import annotations

import functools
import tempfile
from pathlib import Path
from typing import Any

from cmrdesk.disclosure import (
    PdfRenderer,
    Purpose,
    PurposeKind,
    generate_vendor_key,
    verify_package,
)
from cmrdesk.domain import Vendor, VendorKind

from . import bench, sharing
from .catalogue import build_catalogue
from .session import VaultSession


def export_stages(stages: Any, session: VaultSession, root: Path, *,
                  render_pdf: PdfRenderer) -> None:
    """Measure ``share_catalogue``, ``share_export`` and ``share_verify`` on ``session``."""
    key, info = generate_vendor_key("X25519")
    vendor = Vendor(name="Benchmark Bank", kind=VendorKind.BANK, public_key=info.text())
    sharing.add_vendor(session, vendor)
    with stages.stage("share_catalogue"):
        catalogue = build_catalogue(session)
    request = sharing.ShareRequest(vendor, catalogue.defaults(),
                                   Purpose(PurposeKind.ADVISER_INTAKE, "benchmark"))
    out = Path(tempfile.mkdtemp(prefix="share-", dir=root))
    with stages.stage("share_export"):
        result = sharing.share(session, request, out, render_pdf=render_pdf,
                               catalogue=catalogue)
    with stages.stage("share_verify"):
        verify_package(result.package, key)


def register(render_pdf: PdfRenderer) -> None:
    """Add the sharing stages to ``cmrdesk bench`` (once, however often it is called)."""
    if any(getattr(s, "func", None) is export_stages for s in bench.EXTRA_STAGES):
        return
    bench.EXTRA_STAGES.append(functools.partial(export_stages, render_pdf=render_pdf))
