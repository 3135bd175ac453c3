"""Disclosure history as a person reads it: per vendor, what they were told, what expired, what
changed between two disclosures, and whether each package is still on disk as it was sent.

Everything here is computed from the receipts the vault keeps for every export
(:mod:`cmrdesk.services.sharing`) and returns plain values (dates, counts, receipts); turning
them into words is the screen's job. :func:`read_history` touches the vault and the package
folders, so it runs on the worker; the other functions are pure.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date
from typing import Any

from cmrdesk.disclosure.history import DisclosureDiff
from cmrdesk.domain import DisclosureReceipt

from .session import VaultSession
from .sharing import VendorHistory, check_package, diff_receipts, history

#: The kinds of change in a comparison, in the order a person reads them.
CHANGE_ORDER = ("added", "changed", "removed", "same")
#: What a package folder can be against its receipt.
PACKAGE_STATES = ("intact", "changed", "missing")


def local_day(receipt: DisclosureReceipt) -> date:
    """The day a disclosure was made, in the machine's time zone."""
    created = receipt.created_at
    return (created.astimezone() if created.tzinfo is not None else created).date()


@dataclass(frozen=True)
class VendorTold:
    """One vendor's disclosures and how many of them have expired on the day of the read."""

    history: VendorHistory
    expired: int

    @property
    def key(self) -> tuple[int | None, str]:
        """What identifies the vendor across reads: its id, or for a vendor deleted since, the
        name its packages carried (as :func:`~cmrdesk.services.sharing.history` groups)."""
        vendor_id = self.history.vendor_id
        return (vendor_id, "" if vendor_id is not None else str(self.history.vendor_name))

    @property
    def name(self) -> str:
        """The vendor's name as the packages carried it."""
        return str(self.history.vendor_name)

    @property
    def receipts(self) -> list[DisclosureReceipt]:
        """Their disclosures, newest first."""
        return list(self.history.receipts)

    @property
    def latest(self) -> date:
        """The local day of the most recent disclosure."""
        return local_day(self.history.latest)

    @property
    def first(self) -> date:
        """The local day of the first disclosure."""
        return local_day(self.history.receipts[-1])


@dataclass(frozen=True)
class DisclosureEntry:
    """A disclosure in a vendor's list: its receipt, its place, and its state on ``today``."""

    receipt: DisclosureReceipt
    number: int  # 1 for the first disclosure to this vendor
    expired: bool
    package: str  # one of PACKAGE_STATES
    days_left: int  # until it expires (negative once expired)

    @property
    def id(self) -> int:
        """The receipt's id."""
        return int(self.receipt.id or 0)


@dataclass(frozen=True)
class KnownFields:
    """The labels of what a vendor was ever told: still in the latest disclosure, or only in
    earlier ones (each list sorted as a person reads it)."""

    current: list[str]
    earlier: list[str]

    @property
    def labels(self) -> list[str]:
        """Both lists, the current ones first."""
        return [*self.current, *self.earlier]


@dataclass(frozen=True)
class HistoryRead:
    """One read of the history: every vendor told something (most recently told first) and
    each package's state on disk, as of ``today``."""

    today: date
    vendors: list[VendorTold]
    packages: dict[int, str] = field(default_factory=dict)  # receipt id -> PACKAGE_STATES

    @property
    def disclosures(self) -> int:
        """How many disclosures were made in all."""
        return sum(len(v.history.receipts) for v in self.vendors)

    @property
    def expired(self) -> int:
        """How many of them have expired."""
        return sum(v.expired for v in self.vendors)

    def vendor_of(self, receipt_id: int) -> int | None:
        """The index of the vendor who received ``receipt_id``, or ``None``."""
        for index, told in enumerate(self.vendors):
            if any(int(r.id or 0) == receipt_id for r in told.history.receipts):
                return index
        return None

    def index_of(self, key: tuple[int | None, str] | None) -> int | None:
        """The index of the vendor with ``key``, or ``None``."""
        return next((i for i, v in enumerate(self.vendors) if v.key == key), None)

    def entries(self, told: VendorTold) -> list[DisclosureEntry]:
        """The vendor's disclosures, newest first, numbered from the first one."""
        receipts = told.history.receipts
        total = len(receipts)
        return [DisclosureEntry(
            r, total - i, r.expired(self.today),
            self.packages.get(int(r.id or 0), "missing"), (r.expires - self.today).days)
            for i, r in enumerate(receipts)]


def read_history(session: VaultSession, today: date) -> HistoryRead:
    """The receipts grouped per vendor, and every package folder checked on disk.

    Reads the vault and the package folders: call it on the worker.
    """
    vendors = history(session)
    packages = {int(item.id or 0): check_package(item)
                for told in vendors for item in told.receipts}
    return HistoryRead(today, [VendorTold(v, len(v.expired(today))) for v in vendors],
                       packages)


def known_fields(told: VendorTold) -> KnownFields:
    """What the vendor knows: the fields of the latest disclosure, and those told only
    earlier (a person may want those deleted too)."""
    ever = told.history.told()
    latest = set(told.history.latest.document.get("fields", {}))
    current = sorted((label for name, label in ever.items() if name in latest),
                     key=str.casefold)
    earlier = sorted((label for name, label in ever.items() if name not in latest),
                     key=str.casefold)
    return KnownFields(current, earlier)


@dataclass(frozen=True)
class Comparison:
    """Two disclosures to one vendor compared, the older one always "before".

    ``diff`` is ``None`` when both sides are the same disclosure (``only`` tells whether it is
    the vendor's only one, so there is nothing to choose).
    """

    older: DisclosureReceipt
    newer: DisclosureReceipt
    diff: DisclosureDiff | None
    only: bool = False

    @property
    def counts(self) -> dict[str, int]:
        """How many fields were added, changed, removed and kept the same."""
        changes = self.diff.fields if self.diff is not None else []
        return {kind: sum(1 for c in changes if str(c.change) == kind) for kind in CHANGE_ORDER}

    def rows(self, *, with_same: bool) -> list[Any]:
        """The field changes to list (``FieldChange`` s): every field, or only the changes."""
        if self.diff is None:
            return []
        return list(self.diff.fields if with_same else self.diff.changed)


def compare(receipts: list[DisclosureReceipt], first_id: int,
            second_id: int) -> Comparison | None:
    """Compare two of a vendor's disclosures by id, in either order; ``None`` when one of
    them is not among ``receipts``."""
    by_id = {int(r.id or 0): r for r in receipts}
    a, b = by_id.get(first_id), by_id.get(second_id)
    if a is None or b is None:
        return None
    if a.id == b.id:
        return Comparison(a, a, None, only=len(by_id) == 1)
    older, newer = sorted((a, b), key=lambda r: (r.created_at, r.id or 0))
    return Comparison(older, newer, diff_receipts(older, newer))


def previous(receipts: list[DisclosureReceipt], receipt_id: int) -> DisclosureReceipt | None:
    """The disclosure made just before ``receipt_id`` (receipts newest first), or ``None``."""
    ids = [int(r.id or 0) for r in receipts]
    if receipt_id not in ids:
        return None
    position = ids.index(receipt_id)
    return receipts[position + 1] if position + 1 < len(receipts) else None
