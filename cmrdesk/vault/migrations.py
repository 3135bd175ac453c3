"""The vault schema, as the ordered list of migrations that builds it.

This file is the one truth about tables and columns: a new vault runs every step, an old vault
runs the steps it has not seen, and ``PRAGMA user_version`` records how far a vault has come.
Steps are frozen once released: change the schema by appending a step, never by editing one.
SQLAlchemy ``Table`` objects are reflected from the file (see ``schema.py``), not re-declared.

Conventions: money is ``<name>_minor`` INTEGER + ``<name>_currency`` TEXT; dates are INTEGER days
since 1970-01-01; exact decimals (rates, quantities, prices) are TEXT; enums are their TEXT value.
"""

from __future__ import annotations

from collections.abc import Callable

from .identity import create_identity_key

Step = Callable[[object], None]

_V1 = """
CREATE TABLE settings (
    key TEXT PRIMARY KEY,
    value TEXT NOT NULL
);
CREATE TABLE profile (
    field TEXT PRIMARY KEY,
    value TEXT NOT NULL
);
CREATE TABLE accounts (
    id INTEGER PRIMARY KEY,
    name TEXT NOT NULL UNIQUE,
    kind TEXT NOT NULL,
    currency TEXT NOT NULL,
    institution TEXT NOT NULL DEFAULT '',
    number_masked TEXT NOT NULL DEFAULT '',
    iban TEXT NOT NULL DEFAULT '',
    opening_balance_minor INTEGER,
    opening_balance_currency TEXT,
    opened_on INTEGER,
    closed INTEGER NOT NULL DEFAULT 0,
    notes TEXT NOT NULL DEFAULT ''
);
CREATE TABLE categories (
    id INTEGER PRIMARY KEY,
    name TEXT NOT NULL,
    kind TEXT NOT NULL,
    parent_id INTEGER REFERENCES categories(id) ON DELETE CASCADE,
    essential INTEGER NOT NULL DEFAULT 0
);
CREATE UNIQUE INDEX ux_categories_name ON categories(coalesce(parent_id, 0), name);
CREATE TABLE transactions (
    id INTEGER PRIMARY KEY,
    account_id INTEGER NOT NULL REFERENCES accounts(id) ON DELETE CASCADE,
    day INTEGER NOT NULL,
    amount_minor INTEGER NOT NULL,
    currency TEXT NOT NULL,
    payee TEXT NOT NULL DEFAULT '',
    payee_raw TEXT NOT NULL DEFAULT '',
    memo TEXT NOT NULL DEFAULT '',
    category_id INTEGER REFERENCES categories(id) ON DELETE SET NULL,
    import_id TEXT NOT NULL DEFAULT '',
    status TEXT NOT NULL DEFAULT 'cleared',
    dedupe_key INTEGER,
    transfer_id INTEGER
);
CREATE INDEX ix_transactions_account_day ON transactions(account_id, day, amount_minor);
CREATE UNIQUE INDEX ux_transactions_dedupe ON transactions(account_id, dedupe_key)
    WHERE dedupe_key IS NOT NULL;
CREATE TABLE securities (
    id INTEGER PRIMARY KEY,
    symbol TEXT NOT NULL UNIQUE,
    name TEXT NOT NULL,
    currency TEXT NOT NULL,
    kind TEXT NOT NULL,
    isin TEXT NOT NULL DEFAULT '',
    asset_class TEXT NOT NULL DEFAULT 'equity'
);
CREATE TABLE holdings (
    id INTEGER PRIMARY KEY,
    account_id INTEGER NOT NULL REFERENCES accounts(id) ON DELETE CASCADE,
    security_id INTEGER NOT NULL REFERENCES securities(id) ON DELETE CASCADE,
    quantity TEXT NOT NULL,
    cost_basis_minor INTEGER,
    cost_basis_currency TEXT,
    UNIQUE (account_id, security_id)
);
CREATE TABLE prices (
    id INTEGER PRIMARY KEY,
    security_id INTEGER NOT NULL REFERENCES securities(id) ON DELETE CASCADE,
    date INTEGER NOT NULL,
    price TEXT NOT NULL,
    currency TEXT NOT NULL,
    source TEXT NOT NULL,
    UNIQUE (security_id, date)
);
CREATE TABLE valuations (
    id INTEGER PRIMARY KEY,
    account_id INTEGER NOT NULL REFERENCES accounts(id) ON DELETE CASCADE,
    date INTEGER NOT NULL,
    value_minor INTEGER NOT NULL,
    value_currency TEXT NOT NULL,
    source TEXT NOT NULL
);
CREATE INDEX ix_valuations_account_date ON valuations(account_id, date);
CREATE TABLE vendors (
    id INTEGER PRIMARY KEY,
    name TEXT NOT NULL UNIQUE,
    kind TEXT NOT NULL,
    email TEXT NOT NULL DEFAULT '',
    website TEXT NOT NULL DEFAULT '',
    notes TEXT NOT NULL DEFAULT '',
    public_key TEXT NOT NULL DEFAULT ''
);
CREATE TABLE policies (
    id INTEGER PRIMARY KEY,
    insurer TEXT NOT NULL,
    policy_type TEXT NOT NULL,
    premium_minor INTEGER NOT NULL,
    premium_currency TEXT NOT NULL,
    frequency TEXT NOT NULL,
    cover_minor INTEGER,
    cover_currency TEXT,
    renewal_date INTEGER,
    number_masked TEXT NOT NULL DEFAULT '',
    account_id INTEGER REFERENCES accounts(id) ON DELETE SET NULL,
    vendor_id INTEGER REFERENCES vendors(id) ON DELETE SET NULL,
    notes TEXT NOT NULL DEFAULT ''
);
CREATE TABLE income_sources (
    id INTEGER PRIMARY KEY,
    payer TEXT NOT NULL,
    kind TEXT NOT NULL,
    net_minor INTEGER NOT NULL,
    net_currency TEXT NOT NULL,
    gross_minor INTEGER,
    gross_currency TEXT,
    frequency TEXT NOT NULL,
    start_date INTEGER,
    account_id INTEGER REFERENCES accounts(id) ON DELETE SET NULL
);
CREATE TABLE fx_rates (
    id INTEGER PRIMARY KEY,
    date INTEGER NOT NULL,
    base TEXT NOT NULL,
    quote TEXT NOT NULL,
    rate TEXT NOT NULL,
    source TEXT NOT NULL,
    UNIQUE (date, base, quote)
);
CREATE TABLE market_rates (
    id INTEGER PRIMARY KEY,
    kind TEXT NOT NULL,
    name TEXT NOT NULL,
    region TEXT NOT NULL,
    date INTEGER NOT NULL,
    rate TEXT NOT NULL,
    source TEXT NOT NULL,
    UNIQUE (kind, name, region, date)
);
"""

_V2 = """
ALTER TABLE accounts ADD COLUMN interest_rate TEXT NOT NULL DEFAULT '';
CREATE TABLE goals (
    id INTEGER PRIMARY KEY,
    name TEXT NOT NULL,
    target_minor INTEGER NOT NULL,
    target_currency TEXT NOT NULL,
    target_date INTEGER,
    account_id INTEGER REFERENCES accounts(id) ON DELETE SET NULL
);
"""


_V3 = """
CREATE TABLE category_rules (
    id INTEGER PRIMARY KEY,
    category_id INTEGER NOT NULL REFERENCES categories(id) ON DELETE CASCADE,
    name TEXT NOT NULL DEFAULT '',
    payee_contains TEXT NOT NULL DEFAULT '',
    memo_contains TEXT NOT NULL DEFAULT '',
    pattern TEXT NOT NULL DEFAULT '',
    min_amount TEXT,
    max_amount TEXT,
    account_id INTEGER REFERENCES accounts(id) ON DELETE CASCADE
);
CREATE TABLE import_profiles (
    name TEXT PRIMARY KEY,
    format TEXT NOT NULL,
    mapping TEXT NOT NULL
);
"""


_V4 = """
ALTER TABLE accounts ADD COLUMN number TEXT NOT NULL DEFAULT '';
"""


# Random 64-bit fingerprints in their own unique index cost ~6 us per inserted row (measured:
# 100k rows 1.2 s against 0.6 s); as the last column of the per-account index they ride on
# its near-append order, and an account's keys are one index-only range scan. Uniqueness is
# kept by the import path (one writer, keys checked against the account and the batch).
_V5 = """
DROP INDEX ux_transactions_dedupe;
DROP INDEX ix_transactions_account_day;
CREATE INDEX ix_transactions_account_day ON transactions(account_id, day, amount_minor, dedupe_key);
"""


_V6 = """
CREATE TABLE identity_keys (
    id INTEGER PRIMARY KEY,
    algorithm TEXT NOT NULL,
    public_key BLOB NOT NULL,
    private_key BLOB NOT NULL,
    created_at TEXT NOT NULL,
    retired INTEGER NOT NULL DEFAULT 0
);
CREATE TABLE disclosure_receipts (
    id INTEGER PRIMARY KEY,
    disclosure_id TEXT NOT NULL UNIQUE,
    vendor_id INTEGER REFERENCES vendors(id) ON DELETE SET NULL,
    vendor_name TEXT NOT NULL,
    purpose_kind TEXT NOT NULL,
    purpose TEXT NOT NULL,
    terms TEXT NOT NULL,
    intent TEXT NOT NULL,
    expires INTEGER NOT NULL,
    fields TEXT NOT NULL,
    document TEXT NOT NULL,
    package_sha256 TEXT NOT NULL,
    package_path TEXT NOT NULL,
    encrypted INTEGER NOT NULL DEFAULT 0,
    signer_fingerprint TEXT NOT NULL,
    vendor_key_fingerprint TEXT NOT NULL DEFAULT '',
    format_version TEXT NOT NULL,
    created_at TEXT NOT NULL
);
CREATE INDEX ix_disclosure_receipts_vendor ON disclosure_receipts(vendor_id, created_at);
CREATE TABLE share_profiles (
    id INTEGER PRIMARY KEY,
    vendor_id INTEGER NOT NULL REFERENCES vendors(id) ON DELETE CASCADE,
    name TEXT NOT NULL,
    purpose_kind TEXT NOT NULL,
    purpose TEXT NOT NULL DEFAULT '',
    fields TEXT NOT NULL,
    terms TEXT NOT NULL,
    intent TEXT NOT NULL,
    expires_days INTEGER NOT NULL,
    UNIQUE (vendor_id, name)
)
"""


# Keying in what no bank exports: card, loan and pension details on accounts, a policy's
# deductible and start, an income's pay day and notes, and goals saved across several accounts.
# ``goals.account_id`` stays (a step is never edited, and SQLite cannot drop a column that is a
# foreign key); it is copied into ``account_ids`` here and no longer read.
_V7 = """
ALTER TABLE accounts ADD COLUMN credit_limit_minor INTEGER;
ALTER TABLE accounts ADD COLUMN credit_limit_currency TEXT;
ALTER TABLE accounts ADD COLUMN apr TEXT NOT NULL DEFAULT '';
ALTER TABLE accounts ADD COLUMN principal_minor INTEGER;
ALTER TABLE accounts ADD COLUMN principal_currency TEXT;
ALTER TABLE accounts ADD COLUMN fixed_until INTEGER;
ALTER TABLE accounts ADD COLUMN term_end INTEGER;
ALTER TABLE accounts ADD COLUMN monthly_payment_minor INTEGER;
ALTER TABLE accounts ADD COLUMN monthly_payment_currency TEXT;
ALTER TABLE accounts ADD COLUMN contribution_own_minor INTEGER;
ALTER TABLE accounts ADD COLUMN contribution_own_currency TEXT;
ALTER TABLE accounts ADD COLUMN contribution_employer_minor INTEGER;
ALTER TABLE accounts ADD COLUMN contribution_employer_currency TEXT;
ALTER TABLE policies ADD COLUMN deductible_minor INTEGER;
ALTER TABLE policies ADD COLUMN deductible_currency TEXT;
ALTER TABLE policies ADD COLUMN start_date INTEGER;
ALTER TABLE income_sources ADD COLUMN pay_day INTEGER;
ALTER TABLE income_sources ADD COLUMN notes TEXT NOT NULL DEFAULT '';
ALTER TABLE goals ADD COLUMN account_ids TEXT NOT NULL DEFAULT '[]';
UPDATE goals SET account_ids = json_array(account_id) WHERE account_id IS NOT NULL
"""


# Imports, ledger work and their history: each import is a batch a person can list and remove
# as a whole; a transaction remembers its batch and where its category came from (the person,
# a rule, the learned model or the bank's file), so "needs review" and "remove this import"
# are queries, not guesses. A split keeps the parts of one bank line (a receipt over groceries
# and household) exactly; a reconciliation records the statement balance a person agreed with.
# Rules gain an exact-payee match and an order (the first matching rule wins).
_V8 = """
CREATE TABLE import_batches (
    id INTEGER PRIMARY KEY,
    file_name TEXT NOT NULL,
    sha256 TEXT NOT NULL,
    format TEXT NOT NULL,
    imported_at TEXT NOT NULL,
    account_ids TEXT NOT NULL DEFAULT '[]',
    new INTEGER NOT NULL DEFAULT 0,
    duplicates INTEGER NOT NULL DEFAULT 0,
    pending_skipped INTEGER NOT NULL DEFAULT 0,
    report TEXT NOT NULL DEFAULT '{}'
);
ALTER TABLE transactions ADD COLUMN import_batch_id INTEGER
    REFERENCES import_batches(id) ON DELETE SET NULL;
ALTER TABLE transactions ADD COLUMN category_source TEXT NOT NULL DEFAULT '';
CREATE TABLE transaction_splits (
    id INTEGER PRIMARY KEY,
    transaction_id INTEGER NOT NULL REFERENCES transactions(id) ON DELETE CASCADE,
    position INTEGER NOT NULL DEFAULT 0,
    amount_minor INTEGER NOT NULL,
    category_id INTEGER REFERENCES categories(id) ON DELETE SET NULL,
    memo TEXT NOT NULL DEFAULT ''
);
CREATE INDEX ix_transaction_splits_transaction ON transaction_splits(transaction_id);
CREATE TABLE reconciliations (
    id INTEGER PRIMARY KEY,
    account_id INTEGER NOT NULL REFERENCES accounts(id) ON DELETE CASCADE,
    day INTEGER NOT NULL,
    balance_minor INTEGER NOT NULL,
    balance_currency TEXT NOT NULL,
    transactions INTEGER NOT NULL DEFAULT 0,
    created_at TEXT NOT NULL
);
ALTER TABLE category_rules ADD COLUMN payee_equals TEXT NOT NULL DEFAULT '';
ALTER TABLE category_rules ADD COLUMN position INTEGER NOT NULL DEFAULT 0;
UPDATE category_rules SET position = id
"""


# The two-way loop: requests for offers (one signed package per vendor), the offers that come
# back (signed and verified, or keyed in), the deletion requests a person sent and when an
# answer is due, and the key each vendor signs its offers with, pinned like its public key.
_V9 = """
ALTER TABLE vendors ADD COLUMN signing_key TEXT NOT NULL DEFAULT '';
CREATE TABLE offer_requests (
    id INTEGER PRIMARY KEY,
    request_id TEXT NOT NULL UNIQUE,
    product TEXT NOT NULL,
    insurance_type TEXT NOT NULL DEFAULT '',
    amount_minor INTEGER,
    amount_currency TEXT,
    term_years INTEGER,
    fixed_years INTEGER,
    wants TEXT NOT NULL DEFAULT '[]',
    not_wants TEXT NOT NULL DEFAULT '[]',
    fields TEXT NOT NULL DEFAULT '{}',
    respond_by INTEGER,
    packages TEXT NOT NULL DEFAULT '[]',
    document TEXT NOT NULL DEFAULT '{}',
    created_at TEXT NOT NULL
);
CREATE TABLE offers (
    id INTEGER PRIMARY KEY,
    offer_id TEXT NOT NULL UNIQUE,
    request_id TEXT NOT NULL DEFAULT '',
    vendor_id INTEGER REFERENCES vendors(id) ON DELETE SET NULL,
    vendor_name TEXT NOT NULL,
    product TEXT NOT NULL,
    payload TEXT NOT NULL DEFAULT '{}',
    token TEXT NOT NULL DEFAULT '',
    verified INTEGER NOT NULL DEFAULT 0,
    source TEXT NOT NULL,
    signer_fingerprint TEXT NOT NULL DEFAULT '',
    valid_until INTEGER,
    status TEXT NOT NULL DEFAULT 'open',
    decided_on INTEGER,
    received_at TEXT NOT NULL
);
CREATE INDEX ix_offers_request ON offers(request_id);
CREATE TABLE deletion_requests (
    id INTEGER PRIMARY KEY,
    vendor_id INTEGER REFERENCES vendors(id) ON DELETE SET NULL,
    vendor_name TEXT NOT NULL,
    receipt_id INTEGER REFERENCES disclosure_receipts(id) ON DELETE SET NULL,
    disclosure_id TEXT NOT NULL DEFAULT '',
    requested_on INTEGER NOT NULL,
    due_on INTEGER NOT NULL,
    confirmed_on INTEGER,
    confirmation TEXT NOT NULL DEFAULT ''
)
"""


def _script(ddl: str) -> Step:
    def run(dbapi_connection: object) -> None:
        cursor = dbapi_connection.cursor()  # type: ignore[attr-defined]
        for statement in ddl.split(";"):
            if statement.strip():
                cursor.execute(statement)
        cursor.close()

    return run


def _with_identity_key(ddl: str) -> Step:
    """The v6 step: the disclosure tables, and the customer's identity key in the new table.

    Generating the key here means a new vault has one from creation and an older vault gets
    one on the upgrade, inside the same transaction as the table.
    """
    tables = _script(ddl)

    def run(dbapi_connection: object) -> None:
        tables(dbapi_connection)
        cursor = dbapi_connection.cursor()  # type: ignore[attr-defined]
        try:
            create_identity_key(cursor)
        finally:
            cursor.close()

    return run


#: MIGRATIONS[n] upgrades a vault from version n to n + 1.
MIGRATIONS: list[Step] = [
    _script(_V1), _script(_V2), _script(_V3), _script(_V4), _script(_V5),
    _with_identity_key(_V6), _script(_V7), _script(_V8), _script(_V9),
]
SCHEMA_VERSION = len(MIGRATIONS)


def migrate(dbapi_connection: object, *, target: int = SCHEMA_VERSION) -> tuple[int, int]:
    """Bring the vault up to ``target``; returns (version before, version after).

    Runs on the raw DB-API connection inside one transaction, so a crash mid-way leaves the
    vault at its old version.
    """
    cursor = dbapi_connection.cursor()  # type: ignore[attr-defined]
    (before,) = cursor.execute("PRAGMA user_version").fetchone()
    if before >= target:
        return before, before
    cursor.execute("BEGIN IMMEDIATE")
    try:
        for version in range(before, target):
            MIGRATIONS[version](dbapi_connection)
        cursor.execute(f"PRAGMA user_version = {int(target)}")
        cursor.execute("COMMIT")
    except BaseException:
        cursor.execute("ROLLBACK")
        raise
    finally:
        cursor.close()
    return before, target
