"""The customer's identity key: created with the vault (or by the upgrade), kept inside it."""

import functools

from cmrdesk.domain import IdentityKey
from cmrdesk.services.session import VaultSession
from cmrdesk.vault import SCHEMA_VERSION, Vault, migrations, store
from cmrdesk.vault import identity as vault_identity
from tests.conftest import PASSPHRASE, TEST_PARAMS


def test_a_new_vault_has_an_ed25519_identity(session):
    with session.vault.read() as conn:
        key = vault_identity.active_identity(conn)
        secret = vault_identity.private_key(conn, key.id)
        count = conn.exec_driver_sql("SELECT count(*) FROM identity_keys").scalar_one()
    assert count == 1 and key.algorithm == "Ed25519"
    assert len(key.public_key) == 32 and len(secret) == 32
    assert isinstance(secret, bytearray)  # so callers can wipe it
    assert not any(f == "private_key" for f in IdentityKey.__dataclass_fields__)
    from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey

    derived = Ed25519PrivateKey.from_private_bytes(bytes(secret)).public_key()
    assert derived.public_bytes_raw() == key.public_key


def test_the_identity_survives_reopening(session, vault_path):
    with session.vault.read() as conn:
        before = vault_identity.active_identity(conn).public_key
    session.close()
    with VaultSession.open(vault_path, PASSPHRASE, read_only=True) as again, \
            again.vault.read() as conn:
        assert vault_identity.active_identity(conn).public_key == before


def test_an_older_vault_gets_an_identity_on_upgrade(vault_path, monkeypatch):
    assert SCHEMA_VERSION >= 4
    monkeypatch.setattr(store, "migrate", functools.partial(migrations.migrate, target=3))
    old = Vault.create(vault_path, PASSPHRASE, TEST_PARAMS)
    with old.begin() as conn:
        tables = {r[0] for r in conn.exec_driver_sql(
            "SELECT name FROM sqlite_master WHERE type = 'table'")}
    assert "identity_keys" not in tables  # really the old shape
    old.close()
    monkeypatch.undo()
    with VaultSession.open(vault_path, PASSPHRASE) as session, session.vault.read() as conn:
        assert session.vault.upgraded_from == 3
        assert len(vault_identity.active_identity(conn).public_key) == 32


def test_ensure_identity_makes_one_when_none_is_active(session):
    with session.vault.begin() as conn:
        conn.exec_driver_sql("UPDATE identity_keys SET retired = 1")
        fresh = vault_identity.ensure_identity(conn)
        count = conn.exec_driver_sql("SELECT count(*) FROM identity_keys").scalar_one()
    assert count == 2 and not fresh.retired
