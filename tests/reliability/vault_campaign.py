"""Hostile campaigns against the vault file: crashes, tampering, truncation, concurrency.

Run by ``tests/reliability/test_vault_reliability.py`` (small sizes in the default run, the
sizes below with ``-m reliability``) and on its own for the published figures::

    python -m tests.reliability.vault_campaign crash --kills 2000
    python -m tests.reliability.vault_campaign rekey --kills 40
    python -m tests.reliability.vault_campaign tamper --flips 1000
    python -m tests.reliability.vault_campaign wal --flips 100
    python -m tests.reliability.vault_campaign truncate --cuts 200
    python -m tests.reliability.vault_campaign concurrency --rounds 50
    python -m tests.reliability.vault_campaign checkpoint-cost --rows 100000

Each prints one JSON object of counts. Crash trials fork a child from this process (cmrdesk is
imported once, the key derived once), let it commit, import or export, and SIGKILL it at a
random moment after it reports that it is ready; the child reports each commit only after the
call that made it returned. Everything happens in a temporary folder.
"""

from __future__ import annotations

import argparse
import contextlib
import json
import os
import random
import shutil
import signal
import sys
import tempfile
import time
from collections import Counter
from collections.abc import Iterator
from datetime import date
from pathlib import Path

from cmrdesk.disclosure import Purpose, PurposeKind
from cmrdesk.domain import (
    CmrdeskError,
    Money,
    NotAVault,
    Transaction,
    VaultCorrupt,
    VaultInUse,
    Vendor,
    VendorKind,
    WrongPassphrase,
)
from cmrdesk.services import importing, sharing
from cmrdesk.services.catalogue import build_catalogue
from cmrdesk.services.demo import populate_demo
from cmrdesk.services.session import VaultSession
from cmrdesk.vault import KdfParams, Vault
from cmrdesk.vault.kdf import derive_key, params_from_salt

PASSPHRASE = "correct horse battery staple"
PARAMS = KdfParams(memory_log2_kib=16, iterations=1, lanes=1)  # real Argon2id, fast
TODAY = date(2026, 11, 23)
VENDOR = "Zeta Lending"
COMMIT_BASE = 10**9  # amounts of the commit workload: no other row has them
IMPORT_ROWS = 1000
PAGE = 4096
REKEY_LEFTOVERS = (".rekey-tmp", ".rekey-tmp-journal", ".rekey-tmp-wal", ".rekey-tmp-shm")


def stub_pdf(document: dict) -> bytes:
    """A PDF stand-in: the crash campaign is about files and receipts, not Qt's drawing."""
    return b"%PDF-1.4\n% stub " + document["id"].encode() + b"\n%%EOF\n"


def key_of(path: Path, passphrase: str = PASSPHRASE) -> bytearray:
    """The vault's raw key, derived once so trials skip the KDF."""
    salt = path.read_bytes()[:16]
    return derive_key(passphrase, salt, params_from_salt(salt, path))


def open_with(path: Path, key: bytearray, *, read_only: bool = False) -> VaultSession:
    return VaultSession(Vault.open(path, "", read_only=read_only, derived_key=key))


def make_vault(folder: Path, transactions: int = 500, name: str = "campaign.cmrdesk") -> Path:
    """A demo household vault with a vendor to share with."""
    path = folder / name
    with VaultSession.create(path, PASSPHRASE, params=PARAMS) as s:
        populate_demo(s, transactions=transactions, seed=5, end=TODAY)
        sharing.add_vendor(s, Vendor(name=VENDOR, kind=VendorKind.BANK,
                                     email="privacy@zeta.example"))
    return path


def qif(path: Path, tag: str, rows: int = IMPORT_ROWS) -> Path:
    """A QIF statement whose payees all start with ``tag``."""
    lines = ["!Type:Bank"]
    for i in range(rows):
        lines += [f"D{i % 28 + 1:02d}/02/2025", f"T-{i + 1}.{i % 100:02d}", f"P{tag} {i}", "^"]
    path.write_text("\n".join(lines) + "\n")
    return path


# --- crash ------------------------------------------------------------------------------------


def _child(kind: str, path: Path, key: bytearray, trial: int, work: Path, out: Path,
           report: int) -> None:
    """Runs in the forked child until it is killed (never returns)."""
    def say(text: str) -> None:
        os.write(report, (text + "\n").encode())

    try:
        session = open_with(path, key)
        checking = next(a for a in session.accounts() if a.name == "ING Checking")
        if kind == "share":
            catalogue = build_catalogue(session, today=TODAY)
            vendor = sharing.vendor_named(session, VENDOR)
            selection = sharing.template_selection(catalogue, PurposeKind.MORTGAGE_PRECHECK)
            purpose = Purpose(PurposeKind.MORTGAGE_PRECHECK, "a first check")
        say("R")
        if kind == "commit":
            for i in range(1000):
                amount = COMMIT_BASE + trial * 1000 + i
                session.add_transaction(Transaction(
                    account_id=checking.id, date=date(2025, 1, 1),
                    amount=Money.from_minor(amount, "EUR"), payee=f"C{trial}"))
                say(f"C {amount}")
        elif kind == "import":
            importing.import_file(session, work / f"t{trial}.qif", account="ING Checking")
            say(f"I {trial}")
        else:
            for _ in range(50):
                request = sharing.ShareRequest(vendor, selection, purpose)
                result = sharing.share(session, request, out, render_pdf=stub_pdf,
                                       catalogue=catalogue)
                say(f"S {result.receipt_id}")
        say("D")
    except BaseException as error:  # reported, never a silent exit
        say(f"E {type(error).__name__}")
    os._exit(0)


def _run_child(kind: str, path: Path, key: bytearray, trial: int, work: Path, out: Path,
               delay: float) -> list[str]:
    """Fork a child, SIGKILL it ``delay`` seconds after it is ready; its report lines."""
    read, write = os.pipe()
    pid = os.fork()
    if pid == 0:  # pragma: no cover - the child
        os.close(read)
        _child(kind, path, key, trial, work, out, write)
    os.close(write)
    lines: list[str] = []
    buffer = b""
    with os.fdopen(read, "rb", buffering=0) as pipe:
        while b"\n" not in buffer:  # wait for "R" (or an early error)
            chunk = pipe.read(64)
            if not chunk:
                break
            buffer += chunk
        time.sleep(delay)
        with contextlib.suppress(ProcessLookupError):
            os.kill(pid, signal.SIGKILL)
        os.waitpid(pid, 0)
        buffer += pipe.read() or b""
    lines = buffer.decode().split("\n")
    return [line for line in lines[:-1] if line]  # a line cut by the kill is not a report


def _packages(out: Path) -> tuple[list[Path], list[Path]]:
    if not out.exists():
        return [], []
    entries = sorted(out.iterdir())
    return ([p for p in entries if not p.name.startswith(".")],
            [p for p in entries if p.name.startswith(".")])


def crash(kills: int, seed: int = 1, folder: Path | None = None) -> dict:
    """SIGKILL children during commits, imports and share exports; check what survived."""
    rng = random.Random(seed)
    with _workdir(folder) as work:
        path = make_vault(work)
        key = key_of(path)
        out = work / "out"
        delays = {"commit": 0.5, "import": 0.12, "share": 0.5}
        kinds = ["commit", "import", "share"]
        counts: Counter = Counter()
        reported_commits: list[int] = []
        reported_imports: set[int] = set()
        reported_receipts: set[int] = set()
        verified: set[Path] = set()
        for trial in range(kills):
            kind = kinds[trial % 3]
            if kind == "import":
                qif(work / f"t{trial}.qif", f"T{trial}")
            with open_with(path, key, read_only=True) as s, s.vault.read() as conn:
                (before,) = conn.connection.dbapi_connection.execute(
                    "SELECT coalesce(max(id), 0) FROM transactions").fetchone()
            lines = _run_child(kind, path, key, trial, work, out,
                               rng.uniform(0.0, delays[kind]))
            counts[f"kills_{kind}"] += 1
            for line in lines:
                tag, _, rest = line.partition(" ")
                if tag == "C":
                    reported_commits.append(int(rest))
                elif tag == "I":
                    reported_imports.add(int(rest))
                elif tag == "S":
                    reported_receipts.add(int(rest))
                elif tag == "E":
                    counts[f"child_error_{rest}"] += 1
                elif tag == "D":
                    counts[f"finished_before_kill_{kind}"] += 1
            with open_with(path, key) as s, s.vault.read() as conn:
                raw = conn.connection.dbapi_connection
                if kind == "commit":
                    mine = [a for a in reported_commits if (a - COMMIT_BASE) // 1000 == trial]
                    # Rows of this trial have ids above ``before``: the primary key finds them
                    # without scanning a vault that grows by every trial.
                    found = {r[0] for r in raw.execute(
                        "SELECT amount_minor FROM transactions WHERE id > ?", (before,))}
                    counts["commits_reported"] += len(mine)
                    counts["commits_lost"] += len(set(mine) - found)
                if kind == "import":
                    (n,) = raw.execute("SELECT count(*) FROM transactions WHERE id > ? AND "
                                       "payee_raw LIKE ?", (before, f"T{trial} %")).fetchone()
                    if trial in reported_imports:
                        counts["imports_reported"] += 1
                        counts["imports_lost"] += n != IMPORT_ROWS
                    elif n == IMPORT_ROWS:
                        counts["imports_done_unreported"] += 1
                    counts["imports_partial"] += n not in (0, IMPORT_ROWS)
                if kind == "share":
                    receipts = dict(raw.execute(
                        "SELECT id, package_path FROM disclosure_receipts").fetchall())
                    counts["receipts_lost"] = len(reported_receipts - set(receipts))
                    counts["receipts_without_package"] = sum(
                        not Path(p).is_dir() for p in receipts.values())
                    folders, hidden = _packages(out)
                    for folder_path in folders:
                        if folder_path in verified:
                            continue
                        try:
                            sharing.verify(folder_path)
                        except CmrdeskError:
                            counts["half_packages"] += 1
                        verified.add(folder_path)
                    on_record = {Path(p) for p in receipts.values()}
                    counts["packages_without_receipt"] = sum(p not in on_record for p in folders)
                    counts["hidden_partial_folders"] = len(hidden)
            (work / f"t{trial}.qif").unlink(missing_ok=True)
            if trial % 100 == 99 or trial == kills - 1:
                _full_check(path, key, reported_commits, counts)
                # Progress, so a run cut short still has figures.
                print(json.dumps({"trials": trial + 1, **dict(sorted(counts.items()))}),
                      file=sys.stderr, flush=True)
        counts["receipts_reported"] = len(reported_receipts)
        return dict(sorted(counts.items()))


def _full_check(path: Path, key: bytearray, reported: list[int], counts: Counter) -> None:
    with open_with(path, key, read_only=True) as s:
        counts["integrity_problems"] += len(s.integrity_check())
        with s.vault.read() as conn:
            found = {r[0] for r in conn.connection.dbapi_connection.execute(
                "SELECT amount_minor FROM transactions WHERE amount_minor >= ?", (COMMIT_BASE,))}
    counts["commits_lost_at_full_check"] = len(set(reported) - found)


# --- rekey ------------------------------------------------------------------------------------


def _rekey_child(path: Path, key: bytearray, new: str, report: int) -> None:
    try:
        session = open_with(path, key)
        os.write(report, b"R\n")
        session.vault.rekey(new, PARAMS)
        os.write(report, b"D\n")
    except BaseException as error:
        os.write(report, f"E {type(error).__name__}\n".encode())
    os._exit(0)


def rekey(kills: int, seed: int = 2, folder: Path | None = None,
          transactions: int | None = None) -> dict:
    """SIGKILL rekeys at random moments: the vault opens with the old or the new passphrase,
    holds every row, and no rekey leftover survives the next open."""
    rng = random.Random(seed)
    counts: Counter = Counter()
    if transactions is None:
        transactions = int(os.environ.get("CMRDESK_RELIABILITY_REKEY_ROWS", "20000"))
    with _workdir(folder) as work:
        path = make_vault(work, transactions)
        with open_with(path, key_of(path), read_only=True) as s:
            rows = s.transaction_count()
        passphrase = PASSPHRASE
        key = key_of(path)
        duration = _fork_rekey(path, key, "a timing passphrase for this run", None)
        passphrase, key = "a timing passphrase for this run", key_of(path, "a timing passphrase "
                                                                           "for this run")
        counts["rekey_seconds_x100"] = round(duration * 100)
        for trial in range(kills):
            new = f"new passphrase number {trial}"
            _fork_rekey(path, key, new, rng.uniform(0.0, duration * 1.2))
            counts["kills"] += 1
            counts["leftovers_after_kill"] += any(
                path.with_name(path.name + s).exists() for s in REKEY_LEFTOVERS)
            try:
                session = open_with(path, key)
            except WrongPassphrase:
                passphrase, key = new, key_of(path, new)
                session = open_with(path, key)
                counts["opened_with_new"] += 1
            else:
                counts["opened_with_old"] += 1
            with session:
                counts["rows_lost"] += rows - session.transaction_count()
                counts["integrity_problems"] += len(session.integrity_check())
            counts["leftovers_after_open"] += any(
                path.with_name(path.name + s).exists() for s in REKEY_LEFTOVERS)
        del passphrase
    return dict(sorted(counts.items()))


def _fork_rekey(path: Path, key: bytearray, new: str, delay: float | None) -> float:
    """Rekey in a child and SIGKILL it ``delay`` seconds in (None: let it finish); returns
    the seconds from the child being ready to its end."""
    read, write = os.pipe()
    pid = os.fork()
    if pid == 0:  # pragma: no cover - the child
        os.close(read)
        _rekey_child(path, key, new, write)
    os.close(write)
    with os.fdopen(read, "rb", buffering=0) as pipe:
        pipe.read(2)  # "R\n": open, rekey under way
        started = time.perf_counter()
        if delay is None:
            pipe.read()  # until the child exits
        else:
            time.sleep(delay)
            with contextlib.suppress(ProcessLookupError):
                os.kill(pid, signal.SIGKILL)
        os.waitpid(pid, 0)
    return time.perf_counter() - started


# --- tamper and truncation ---------------------------------------------------------------------


def digest(session: VaultSession) -> tuple:
    """Everything a person would read back, as one comparable value."""
    with session.vault.read() as conn:
        raw = conn.connection.dbapi_connection
        rows = raw.execute("SELECT id, account_id, day, amount_minor, currency, payee, memo "
                           "FROM transactions ORDER BY id").fetchall()
        accounts = raw.execute("SELECT * FROM accounts ORDER BY id").fetchall()
        receipts = raw.execute("SELECT id, document FROM disclosure_receipts").fetchall()
    return (tuple(rows), tuple(accounts), tuple(receipts))


def classify(path: Path, key: bytearray, truth: tuple, *, use_passphrase: bool) -> str:
    """Open, read everything, authenticate every page: what a person would get.

    ``intact``: same data and a clean check; ``flagged``: same data read, check reports the
    damage; ``<Error>``: a typed error; ``WRONG DATA``: different data with no error;
    ``UNTYPED <Error>``: an error that is not one of cmrdesk's.
    """
    try:
        if use_passphrase:
            session = VaultSession.open(path, PASSPHRASE, read_only=True)
        else:
            session = open_with(path, key, read_only=True)
        with session:
            data = digest(session)
            problems = session.integrity_check()
    except (WrongPassphrase, NotAVault, VaultCorrupt) as error:
        return type(error).__name__
    except CmrdeskError as error:
        return f"other {type(error).__name__}"
    except Exception as error:
        return f"UNTYPED {type(error).__name__}"
    if data != truth:
        return "flagged, data differs" if problems else "WRONG DATA"
    return "flagged" if problems else "intact"


def tamper(flips: int, seed: int = 3, folder: Path | None = None) -> dict:
    """Flip one random bit of one random byte of a closed vault, ``flips`` times."""
    rng = random.Random(seed)
    counts: Counter = Counter()
    with _workdir(folder) as work:
        path = make_vault(work, 2000)
        key = key_of(path)
        with open_with(path, key, read_only=True) as s:
            truth = digest(s)
        data = path.read_bytes()
        copy = work / "flipped.cmrdesk"
        for _ in range(flips):
            offset = rng.randrange(len(data))
            damaged = bytearray(data)
            damaged[offset] ^= 1 << rng.randrange(8)
            copy.write_bytes(bytes(damaged))
            where = "first page" if offset < PAGE else "later page"
            counts[f"{where}: {classify(copy, key, truth, use_passphrase=offset < 16)}"] += 1
    return dict(sorted(counts.items()))


def truncate(cuts: int, seed: int = 4, folder: Path | None = None) -> dict:
    """Cut the vault and a backup of it at random lengths (half of them at page bounds)."""
    rng = random.Random(seed)
    counts: Counter = Counter()
    with _workdir(folder) as work:
        path = make_vault(work, 2000)
        key = key_of(path)
        with open_with(path, key, read_only=True) as s:
            truth = digest(s)
            s.backup(work / "backup.cmrdesk")
        for name in ("campaign.cmrdesk", "backup.cmrdesk"):
            data = (work / name).read_bytes()
            copy = work / "cut.cmrdesk"
            for n in range(cuts):
                length = rng.randrange(len(data))
                if n % 2:
                    length -= length % PAGE
                copy.write_bytes(data[:length])
                kind = "vault" if name.startswith("campaign") else "backup"
                counts[f"{kind}: {classify(copy, key, truth, use_passphrase=False)}"] += 1
    return dict(sorted(counts.items()))


# --- the WAL a crash leaves --------------------------------------------------------------------


def _crash_wal_child(path: Path, key: bytearray, rows: int) -> None:
    import cmrdesk.vault.store as store

    store.checkpoint = lambda raw: None  # the crash lands between commits and checkpoints
    session = open_with(path, key)
    checking = next(a for a in session.accounts() if a.name == "ING Checking")
    for i in range(rows):
        session.add_transaction(Transaction(account_id=checking.id, date=date(2025, 1, 1),
                                            amount=Money.from_minor(COMMIT_BASE + i, "EUR"),
                                            payee=f"W{i}"))
    os.kill(os.getpid(), signal.SIGKILL)


def wal(flips: int, seed: int = 5, folder: Path | None = None, rows: int = 40) -> dict:
    """Flip one byte of a WAL that holds committed transactions after a crash."""
    rng = random.Random(seed)
    counts: Counter = Counter()
    with _workdir(folder) as work:
        path = make_vault(work, 500)
        key = key_of(path)
        pid = os.fork()
        if pid == 0:  # pragma: no cover - the child
            _crash_wal_child(path, key, rows)
        os.waitpid(pid, 0)
        wal_file = path.with_name(path.name + "-wal")
        saved = {suffix: path.with_name(path.name + suffix).read_bytes()
                 for suffix in ("", "-wal", "-shm") if path.with_name(path.name + suffix).exists()}
        counts["wal_bytes"] = len(saved["-wal"])
        with open_with(path, key, read_only=True) as s:  # the committed state, WAL replayed
            truth = digest(s)
        assert sum(r[3] >= COMMIT_BASE for r in truth[0]) == rows, "the crash WAL holds them"
        copy = work / "walflip.cmrdesk"
        for _ in range(flips):
            for suffix, data in saved.items():
                copy.with_name(copy.name + suffix).write_bytes(data)
            data = bytearray(saved["-wal"])
            offset = rng.randrange(len(data))
            data[offset] ^= 1 << rng.randrange(8)
            copy.with_name(copy.name + "-wal").write_bytes(bytes(data))
            counts[classify(copy, key, truth, use_passphrase=False)] += 1
        del wal_file
    return dict(sorted(counts.items()))


# --- concurrency -------------------------------------------------------------------------------


def _concurrent_child(role: str, path: Path, key: bytearray, file: Path | None,
                      report: int) -> None:
    step = "import"
    try:
        if role == "writer":
            with open_with(path, key) as s:
                result = importing.import_file(s, file, account="ING Checking")  # type: ignore[arg-type]
                os.write(report, f"I {result.new}\n".encode())
        else:
            step = "open"
            with open_with(path, key, read_only=True) as s:
                step = "count"
                s.transaction_count()
                step = "integrity"
                problems = s.integrity_check()
            os.write(report, (b"P\n" if problems else b"OK\n"))
    except VaultInUse:
        os.write(report, b"U\n")
    except BaseException as error:  # which error and at which step, for the counts
        os.write(report, f"E {type(error).__name__} at {step}\n".encode())
    os._exit(0)


def concurrency(rounds: int, seed: int = 6, folder: Path | None = None) -> dict:
    """Two writers (through the name, a hard link or a symlink) and two readers at once."""
    rng = random.Random(seed)
    counts: Counter = Counter()
    with _workdir(folder) as work:
        path = make_vault(work, 500)
        key = key_of(path)
        hard = work / "other-folder" / "hardlink.cmrdesk"
        hard.parent.mkdir()
        os.link(path, hard)
        soft = work / "symlink.cmrdesk"
        soft.symlink_to(path)
        with open_with(path, key, read_only=True) as s:
            expected = s.transaction_count()
        for n in range(rounds):
            jobs = []
            for w in range(2):
                file = qif(work / f"c{n}-{w}.qif", f"R{n}w{w}", 300)
                jobs.append(("writer", rng.choice([path, hard, soft]), file))
            jobs += [("reader", rng.choice([path, soft]), None) for _ in range(2)]
            children = []
            for role, name, file in jobs:
                read, write = os.pipe()
                pid = os.fork()
                if pid == 0:  # pragma: no cover - the child
                    os.close(read)
                    _concurrent_child(role, name, key, file, write)
                os.close(write)
                children.append((role, pid, read))
            for role, pid, read in children:
                os.waitpid(pid, 0)
                with os.fdopen(read, "rb") as pipe:
                    line = pipe.read().decode().strip()
                tag, _, rest = line.partition(" ")
                counts[f"{role}: {tag}"] += 1
                if tag == "E":  # which error, so a failure says what to look at
                    counts[f"{role} error: {rest}"] += 1
                if tag == "I":
                    expected += int(rest)
        with open_with(path, key) as s:
            counts["rows_missing"] = expected - s.transaction_count()
            counts["integrity_problems"] = len(s.integrity_check())
    return dict(sorted(counts.items()))


# --- what the checkpoint after every commit costs ----------------------------------------------


def checkpoint_cost(rows: int, seed: int = 0, folder: Path | None = None,
                    repeats: int = 3) -> dict:
    """Import a ``rows``-row statement and make 200 one-row commits, with and without the
    checkpoint after each commit (medians of ``repeats`` runs, alternating)."""
    import statistics

    import cmrdesk.vault.store as store

    real = store.checkpoint
    times: dict[str, list[float]] = {}
    with _workdir(folder) as work:
        statement = qif(work / "big.qif", "Bulk payee", rows)
        for n in range(repeats):
            for mode in ("without", "with"):
                store.checkpoint = real if mode == "with" else (lambda raw: None)
                path = work / f"{mode}{n}.cmrdesk"
                with VaultSession.create(path, PASSPHRASE, params=PARAMS) as s:
                    started = time.perf_counter()
                    importing.import_file(s, statement, account="Checking")
                    times.setdefault(f"import_{mode}_checkpoint_s", []).append(
                        time.perf_counter() - started)
                    (account,) = s.accounts()
                    started = time.perf_counter()
                    for i in range(200):
                        s.add_transaction(Transaction(
                            account_id=account.id, date=date(2025, 1, 1),
                            amount=Money.from_minor(i + 1, "EUR"), payee="one row"))
                    times.setdefault(f"commit_{mode}_checkpoint_ms", []).append(
                        (time.perf_counter() - started) / 200 * 1000)
                store.checkpoint = real
    del seed
    return {name: round(statistics.median(values), 3) for name, values in sorted(times.items())}


# --- plumbing -----------------------------------------------------------------------------------


@contextlib.contextmanager
def _workdir(folder: Path | None) -> Iterator[Path]:
    if folder is not None:
        folder.mkdir(parents=True, exist_ok=True)
        yield folder
        return
    work = Path(tempfile.mkdtemp(prefix="cmrdesk-campaign-"))
    try:
        yield work
    finally:
        shutil.rmtree(work, ignore_errors=True)


CAMPAIGNS = {
    "crash": (crash, "kills", 2000),
    "rekey": (rekey, "kills", 40),
    "tamper": (tamper, "flips", 1000),
    "wal": (wal, "flips", 100),
    "truncate": (truncate, "cuts", 200),
    "concurrency": (concurrency, "rounds", 50),
    "checkpoint-cost": (checkpoint_cost, "rows", 100_000),
}


def main(argv: list[str] | None = None) -> int:
    """Run one campaign and print its counts as JSON."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("campaign", choices=sorted(CAMPAIGNS))
    for flag in sorted({size for _f, size, _d in CAMPAIGNS.values()}):
        parser.add_argument(f"--{flag}", type=int, default=None)
    parser.add_argument("--seed", type=int, default=None)
    args = parser.parse_args(argv)
    function, size, default = CAMPAIGNS[args.campaign]
    n = getattr(args, size) or default
    options = {} if args.seed is None else {"seed": args.seed}
    started = time.perf_counter()
    result = function(n, **options)
    result = {"campaign": args.campaign, size: n, **result,
              "seconds": round(time.perf_counter() - started, 1)}
    print(json.dumps(result, indent=1))
    return 0


if __name__ == "__main__":
    sys.exit(main())
