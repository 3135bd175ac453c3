"""A vault written by an earlier schema version opens and is upgraded in place."""

import functools

from cmrdesk.domain import Goal, Money
from cmrdesk.services.session import VaultSession
from cmrdesk.vault import SCHEMA_VERSION, Vault, migrations, store
from tests.conftest import PASSPHRASE, TEST_PARAMS


def test_version_1_vault_is_upgraded_and_keeps_its_data(vault_path, monkeypatch):
    assert SCHEMA_VERSION >= 2
    monkeypatch.setattr(store, "migrate", functools.partial(migrations.migrate, target=1))
    old = Vault.create(vault_path, PASSPHRASE, TEST_PARAMS)
    with old.begin() as conn:
        columns = {r[1] for r in conn.exec_driver_sql("PRAGMA table_info(accounts)")}
        assert "interest_rate" not in columns  # really the old shape
        conn.exec_driver_sql(
            "INSERT INTO accounts (name, kind, currency, opening_balance_minor, "
            "opening_balance_currency) VALUES ('Old checking', 'checking', 'EUR', 12345, 'EUR')")
    assert old.schema_version == 1
    old.close()
    monkeypatch.undo()

    with VaultSession.open(vault_path, PASSPHRASE) as session:
        assert session.vault.upgraded_from == 1
        assert session.vault.schema_version == SCHEMA_VERSION
        (account,) = session.accounts()
        assert account.name == "Old checking"
        assert account.interest_rate == ""
        assert account.opening() == Money.of("123.45", "EUR")
        session.add(Goal(name="Holiday", target=Money.of("2000", "EUR")))  # a v2 table
        assert [g.name for g in session.list(Goal)] == ["Holiday"]


def test_new_vault_is_at_the_latest_version(session):
    assert session.vault.schema_version == SCHEMA_VERSION
    assert session.vault.upgraded_from is None
