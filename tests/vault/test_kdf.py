"""The vault header records the KDF; hostile or foreign headers are refused."""

from pathlib import Path

import pytest

from cmrdesk.domain import NotAVault
from cmrdesk.vault.kdf import DEFAULT_PARAMS, KdfParams, derive_key, new_salt, params_from_salt


def test_salt_records_parameters_and_is_random():
    params = KdfParams(memory_log2_kib=18, iterations=2, lanes=3)
    salt = new_salt(params)
    assert params_from_salt(salt, "v") == params
    assert new_salt(params) != salt
    assert DEFAULT_PARAMS.memory_kib >= 64 * 1024


def test_plain_sqlite_and_random_headers_are_not_vaults():
    with pytest.raises(NotAVault, match="unencrypted SQLite"):
        params_from_salt(b"SQLite format 3\x00", Path("x"))
    with pytest.raises(NotAVault, match="unknown file header"):
        params_from_salt(bytes([1, 40, 3, 4]) + bytes(12), Path("x"))  # 1 TiB of memory


def test_key_derivation_is_deterministic_per_salt():
    params = KdfParams(16, 1, 1)
    salt = new_salt(params)
    assert derive_key("pw", salt, params) == derive_key("pw", salt, params)
    assert derive_key("pw", salt, params) != derive_key("pw2", salt, params)
    assert len(derive_key("pw", salt, params)) == 32
