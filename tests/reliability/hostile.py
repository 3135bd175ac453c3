"""Hostile bank files: mutants of the real corpus, and how an import answers each one.

A mutant is a corpus file truncated, with bytes flipped, inserted or deleted, or with a line
duplicated. Each is parsed the way ``cmrdesk import`` parses it (:func:`parse_file`, format
detected from the content) and the answer is put in one class:

``refused``
    an :class:`ImportFormatError` naming the file: nothing is imported.
``same``
    statements whose money, counts, balances and (for a truncated file) days equal the
    uncut file's (text may differ, e.g. a memo cut short after the last amount).
``warned``
    different money or counts, but with a warning the original did not have.
``silent``
    different money or counts and no new warning: the defect this campaign hunts. For a
    truncated file any such answer counts, unless the cut fell on a record boundary (see
    below); for other mutants only where the change is detectable, i.e. the file states
    opening and closing balances that reconciled.
``undetectable``
    a silent answer where nothing could tell: a mutant of a file without balances, or a cut
    that leaves a file ending exactly where a record ends (a CSV at a line end or just before
    a row's last field, a QIF after a ``^``, an MT940 at a line end after a whole
    statement), which is a whole, shorter file.
``crash``
    any other exception, or a refusal that only the safety net of ``parse_file`` produced.

Run as a script for the full campaign (one process, one core)::

    python -m tests.reliability.hostile --mutants 10000 --seed 13

which prints, per format, how many mutants fell in each class, the slowest parse and the
peak memory of the process.
"""

from __future__ import annotations

import argparse
import json
import random
import resource
import sys
import tempfile
import time
import traceback
from collections import Counter
from dataclasses import dataclass, field
from decimal import Decimal
from pathlib import Path

from cmrdesk.domain import ImportFormatError
from cmrdesk.importers import UNEXPECTED, ParsedStatement, parse_file

CORPUS = Path(__file__).resolve().parent.parent / "data" / "corpus"
FORMATS = ("ofx", "qfx", "qif", "csv", "camt", "mt940")
OPERATIONS = ("truncate", "flip", "insert", "delete", "duplicate_line")

#: Corpus files the importers refuse as they are (see tests/importers/conftest.py): they
#: cannot seed mutants, whose answers are judged against the uncut file's.
_REFUSED = frozenset({
    "ofx/ofxparse__error_message.ofx",
    "ofx/ofxparse__fail_nice_decimal_error.ofx",
    "ofx/ofxparse__fail_nice_date_missing.ofx",
})  # fmt: skip


def seed_files(fmt: str) -> list[Path]:
    """The corpus files of one format that import as they are."""
    facts = json.loads((CORPUS / "expected_facts.json").read_text("utf-8"))
    keys = sorted(k for k in facts if k.split("/", 1)[0] == fmt and k not in _REFUSED)
    return [CORPUS / k for k in keys]


def _money(values: list[int], scale: int) -> tuple[Decimal, ...]:
    return tuple(Decimal(v).scaleb(-scale).normalize() for v in values)


def _norm(value: Decimal | None) -> Decimal | None:
    return None if value is None else value.normalize()


def facts_of(statements: list[ParsedStatement]) -> tuple:
    """What must not change silently: per statement the count, days, amounts, balances and
    investment records (text such as payees and memos is left out)."""
    return tuple(
        (
            len(st),
            tuple(st.day),
            _money(st.amount_minor, st.scale),
            _norm(st.opening_balance),
            _norm(st.closing_balance),
            tuple(
                (i.day, i.kind, _norm(i.units), _norm(i.unit_price), _norm(i.total))
                for i in st.investments
            ),
            tuple((p.security_id, _norm(p.units), _norm(p.market_value)) for p in st.positions),
        )
        for st in statements
    )


def _without_days(facts: tuple) -> tuple:
    """The facts without the days: what "money or count" compares."""
    return tuple(f[:1] + f[2:] for f in facts)


def _warnings(statements: list[ParsedStatement]) -> Counter[str]:
    return Counter(w for st in statements for w in st.warnings)


def reconciles(statements: list[ParsedStatement]) -> bool:
    """Whether every statement states opening and closing balances that add up, so that a
    change of any amount in it is detectable."""
    return bool(statements) and all(
        st.opening_balance is not None
        and st.closing_balance is not None
        and st.opening_balance + st.total() == st.closing_balance
        for st in statements
    )


@dataclass
class Original:
    """A seed file and how it imports uncut."""

    path: Path
    data: bytes
    facts: tuple
    warnings: Counter[str]
    reconciles: bool

    @classmethod
    def load(cls, path: Path) -> Original:
        """Parse the uncut file (it must import)."""
        statements = parse_file(path)
        return cls(path, path.read_bytes(), facts_of(statements), _warnings(statements),
                   reconciles(statements))  # fmt: skip


def mutate(data: bytes, rng: random.Random, op: str) -> bytes:
    """One mutant of ``data`` by operation ``op`` (one of :data:`OPERATIONS`)."""
    out = bytearray(data)
    at = rng.randrange(len(out))
    if op == "truncate":
        del out[max(at, 1) :]
    elif op == "flip":
        out[at] ^= 1 << rng.randrange(8) if rng.random() < 0.5 else rng.randrange(1, 256)
    elif op == "insert":
        out[at:at] = bytes(rng.randrange(256) for _ in range(rng.randint(1, 8)))
    elif op == "delete":
        del out[at : at + rng.randint(1, 16)]
    elif op == "duplicate_line":
        start = out.rfind(b"\n", 0, at) + 1
        end = out.find(b"\n", at)
        end = len(out) if end < 0 else end + 1
        out[end:end] = out[start:end] if out[start:end].endswith(b"\n") else b"\n" + out[start:end]
    else:  # pragma: no cover - a typo in a caller
        raise ValueError(op)
    return bytes(out)


def at_record_boundary(fmt: str, mutant: bytes, original: bytes) -> bool:
    """Whether a truncated file ends exactly where a record of its format ends, so that it
    is a whole file with fewer records (OFX, QFX and CAMT never: they end with end tags).
    A cut just before a line end counts: the line is whole, only its line end is gone."""
    if fmt in ("qif", "csv", "mt940") and original[len(mutant) : len(mutant) + 1] in (b"\r", b"\n"):
        mutant += b"\n"
    if fmt == "qif":
        return mutant.rstrip().endswith(b"^")
    if fmt == "csv":
        if mutant[-1:] in (b",", b";", b"\t", b"|"):  # cut just before a row's last field
            start = mutant.rfind(b"\n") + 1
            end = original.find(b"\n", len(mutant))
            row = original[start : len(original) if end < 0 else end]
            # A row whose last field is empty is whole: only what the field held is lost.
            return mutant[start:].count(mutant[-1:]) == row.count(mutant[-1:])
        return mutant.endswith((b"\n", b"\r")) and mutant.count(b'"') % 2 == 0
    if fmt == "mt940":
        return mutant.rstrip(b"\x00\x01\x03\x1a").endswith((b"\n", b"\r", b"-", b"}"))
    return False


def classify(original: Original, op: str, target: Path, mutant: bytes) -> tuple[str, str]:
    """Parse ``mutant`` (written to ``target``) and return its class and a short note."""
    target.write_bytes(mutant)
    try:
        statements = parse_file(target)
    except ImportFormatError as exc:
        if UNEXPECTED in str(exc) or str(target) not in str(exc):
            return "crash", f"safety net or unnamed file: {exc}"
        return "refused", exc.reason
    except Exception as exc:  # anything else is what we are hunting
        return "crash", "".join(traceback.format_exception_only(exc)).strip()
    facts = facts_of(statements)
    if facts == original.facts or (
        op != "truncate" and _without_days(facts) == _without_days(original.facts)
    ):
        return "same", ""
    fmt = original.path.parent.name
    if op == "truncate" and at_record_boundary(fmt, mutant, original.data):
        return "undetectable", "cut at a record boundary"
    if _warnings(statements) - original.warnings:
        return "warned", ""
    if op == "truncate" or original.reconciles:
        return "silent", ""
    return "undetectable", "no balance states what changed"


@dataclass
class Tally:
    """Answers of one format's mutants."""

    fmt: str
    counts: Counter[str] = field(default_factory=Counter)
    max_seconds: float = 0.0
    slowest: str = ""
    examples: dict[str, list[str]] = field(default_factory=dict)

    def add(self, outcome: str, seconds: float, label: str, note: str) -> None:
        """Record one mutant's answer."""
        self.counts[outcome] += 1
        if seconds > self.max_seconds:
            self.max_seconds, self.slowest = seconds, label
        if outcome in ("silent", "crash") or (outcome == "warned" and "truncate" in label):
            shown = self.examples.setdefault(outcome, [])
            if len(shown) < 12:
                shown.append(f"{label} {note}".strip())


def run_format(
    fmt: str, n: int, seed: int, workdir: Path, ops: tuple[str, ...] = OPERATIONS
) -> Tally:
    """Build and parse ``n`` mutants of the corpus files of ``fmt``; seed files are taken
    round robin and operations in turn, positions at random (reproducible by ``seed``)."""
    rng = random.Random(f"{seed}:{fmt}")
    originals = [Original.load(p) for p in seed_files(fmt)]
    suffixes = {o.path.suffix for o in originals}
    targets = {s: workdir / f"mutant{s}" for s in suffixes}
    tally = Tally(fmt)
    for i in range(n):
        original = originals[i % len(originals)]
        op = ops[(i // len(originals)) % len(ops)]
        mutant = mutate(original.data, rng, op)
        label = f"{original.path.parent.name}/{original.path.name} {op} #{i}"
        if op == "truncate":
            label += f" at byte {len(mutant)}"
        start = time.perf_counter()
        outcome, note = classify(original, op, targets[original.path.suffix], mutant)
        tally.add(outcome, time.perf_counter() - start, label, note)
    return tally


def peak_rss_mb() -> float:
    """Peak resident memory of this process so far, in MB.

    Linux's VmHWM starts afresh at exec; ``ru_maxrss`` keeps the parent's peak from
    before it (a campaign started from pytest would report pytest's memory)."""
    try:
        status = Path("/proc/self/status").read_text()
    except OSError:
        return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    kib = next(int(line.split()[1]) for line in status.splitlines() if line.startswith("VmHWM"))
    return kib / 1024


def main(argv: list[str] | None = None) -> int:
    """Run the campaign and print its figures as JSON lines (one per format)."""
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--mutants", type=int, default=1000, help="mutants per format")
    parser.add_argument("--seed", type=int, default=13)
    parser.add_argument("--formats", default=",".join(FORMATS))
    parser.add_argument("--ops", default=",".join(OPERATIONS))
    args = parser.parse_args(argv)
    ops = tuple(args.ops.split(","))
    failed = False
    with tempfile.TemporaryDirectory(prefix="cmrdesk-hostile-") as tmp:
        for fmt in args.formats.split(","):
            before = peak_rss_mb()
            start = time.perf_counter()
            tally = run_format(fmt, args.mutants, args.seed, Path(tmp), ops)
            line = {
                "format": fmt,
                "mutants": args.mutants,
                **dict(sorted(tally.counts.items())),
                "max_seconds": round(tally.max_seconds, 3),
                "slowest": tally.slowest,
                "peak_rss_mb": round(peak_rss_mb(), 1),
                "peak_rss_before_mb": round(before, 1),
                "wall_seconds": round(time.perf_counter() - start, 1),
                "examples": tally.examples,
            }
            print(json.dumps(line), flush=True)
            failed |= bool(tally.counts["silent"] or tally.counts["crash"])
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())
