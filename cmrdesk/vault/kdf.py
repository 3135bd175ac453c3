"""Passphrase -> vault key, with Argon2id from ``cryptography``.

The vault is one file. SQLCipher keeps a 16-byte plaintext salt at the start of the file; we
choose that salt ourselves and make its first four bytes describe the KDF (format version,
log2 of memory in KiB, iterations, lanes), the other twelve bytes random. So the parameters
travel with the file, old vaults keep opening after the defaults are raised, and a rekey can
raise them. Argon2id uses all sixteen bytes as its salt.

Chosen defaults: 128 MiB, 3 iterations, 4 lanes -> about 0.45 s on the reference 2-core machine
(measured with ``cmrdesk bench``): inside the 0.3-1 s unlock budget, twice the 64 MiB minimum,
and lanes = 4 so a faster machine with more cores does not make guessing cheaper than intended.
"""

from __future__ import annotations

import os
from dataclasses import dataclass

from cryptography.hazmat.primitives.kdf.argon2 import Argon2id

from cmrdesk.domain import NotAVault

FORMAT_VERSION = 1
SALT_BYTES = 16
KEY_BYTES = 32


@dataclass(frozen=True)
class KdfParams:
    """Argon2id parameters as stored in the vault header."""

    memory_log2_kib: int = 17  # 2**17 KiB = 128 MiB
    iterations: int = 3
    lanes: int = 4

    @property
    def memory_kib(self) -> int:
        """Memory cost in KiB."""
        return 1 << self.memory_log2_kib

    def describe(self) -> str:
        """Human-readable summary, safe to print."""
        return (
            f"Argon2id, {self.memory_kib // 1024} MiB, {self.iterations} iterations, "
            f"{self.lanes} lanes"
        )


DEFAULT_PARAMS = KdfParams()

# Bounds a header must respect; anything else is not one of our vaults (and refusing keeps a
# hostile file from asking for terabytes of memory).
_MEMORY_RANGE = range(16, 23)  # 64 MiB .. 4 GiB
_ITERATION_RANGE = range(1, 33)
_LANE_RANGE = range(1, 17)


def new_salt(params: KdfParams = DEFAULT_PARAMS) -> bytes:
    """A fresh salt whose first four bytes record ``params``."""
    header = bytes([FORMAT_VERSION, params.memory_log2_kib, params.iterations, params.lanes])
    return header + os.urandom(SALT_BYTES - len(header))


def params_from_salt(salt: bytes, path: object) -> KdfParams:
    """Read the KDF parameters from a vault's salt; raise ``NotAVault`` if it is not ours."""
    if len(salt) < SALT_BYTES:
        raise NotAVault(path, "the file is too short")
    if salt.startswith(b"SQLite format 3\x00"):
        raise NotAVault(path, "it is an unencrypted SQLite database")
    version, memory, iterations, lanes = salt[0], salt[1], salt[2], salt[3]
    if (
        version != FORMAT_VERSION
        or memory not in _MEMORY_RANGE
        or iterations not in _ITERATION_RANGE
        or lanes not in _LANE_RANGE
    ):
        raise NotAVault(path, "unknown file header")
    return KdfParams(memory, iterations, lanes)


def derive_key(passphrase: str, salt: bytes, params: KdfParams) -> bytearray:
    """Derive the 32-byte SQLCipher raw key. Returned as a bytearray so it can be wiped."""
    kdf = Argon2id(
        salt=salt,
        length=KEY_BYTES,
        iterations=params.iterations,
        lanes=params.lanes,
        memory_cost=params.memory_kib,
    )
    return bytearray(kdf.derive(passphrase.encode("utf-8")))


def wipe(buffer: bytearray) -> None:
    """Overwrite a key buffer in place (best effort: Python may hold other copies)."""
    for i in range(len(buffer)):
        buffer[i] = 0
