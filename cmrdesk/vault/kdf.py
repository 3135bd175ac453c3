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

# What a header may ask for. The lower bounds are the weakest cmrdesk ever writes; the upper
# bounds are sane maxima above the defaults (4x the memory, 2x the passes, 2x the lanes: at
# most ~4 s on the reference machine). A header asking for more is refused before any key
# derivation: one changed byte must not make every unlock run Argon2id with 4 GiB.
MIN_MEMORY_LOG2_KIB, MAX_MEMORY_LOG2_KIB = 16, 19  # 64 MiB .. 512 MiB
MIN_ITERATIONS, MAX_ITERATIONS = 1, 6
MIN_LANES, MAX_LANES = 1, 8


def _mib(log2_kib: int) -> str:
    return f"{(1 << log2_kib) // 1024:,} MiB" if log2_kib >= 10 else f"{1 << log2_kib} KiB"


def check_params(params: KdfParams, path: object = "the vault") -> None:
    """Raise ``NotAVault`` unless ``params`` are inside the bounds above (cheap, no KDF)."""
    if (
        MIN_MEMORY_LOG2_KIB <= params.memory_log2_kib <= MAX_MEMORY_LOG2_KIB
        and MIN_ITERATIONS <= params.iterations <= MAX_ITERATIONS
        and MIN_LANES <= params.lanes <= MAX_LANES
    ):
        return
    raise NotAVault(
        path,
        f"unknown file header: it asks for Argon2id with {_mib(params.memory_log2_kib)}, "
        f"{params.iterations} passes and {params.lanes} lanes, and cmrdesk accepts "
        f"{_mib(MIN_MEMORY_LOG2_KIB)} to {_mib(MAX_MEMORY_LOG2_KIB)}, {MIN_ITERATIONS} to "
        f"{MAX_ITERATIONS} passes and {MIN_LANES} to {MAX_LANES} lanes (the header is "
        "damaged, or the file was not written by cmrdesk)",
    )


def new_salt(params: KdfParams = DEFAULT_PARAMS) -> bytes:
    """A fresh salt whose first four bytes record ``params``."""
    check_params(params, "a new vault")
    header = bytes([FORMAT_VERSION, params.memory_log2_kib, params.iterations, params.lanes])
    return header + os.urandom(SALT_BYTES - len(header))


def params_from_salt(salt: bytes, path: object) -> KdfParams:
    """Read the KDF parameters from a vault's salt; raise ``NotAVault`` if it is not ours or
    asks for more than the bounds above."""
    if len(salt) < SALT_BYTES:
        raise NotAVault(path, "the file is too short")
    if salt.startswith(b"SQLite format 3\x00"):
        raise NotAVault(path, "it is an unencrypted SQLite database")
    if salt[0] != FORMAT_VERSION:
        raise NotAVault(path, "unknown file header")
    params = KdfParams(salt[1], salt[2], salt[3])
    check_params(params, path)
    return params


def derive_key(passphrase: str, salt: bytes, params: KdfParams) -> bytearray:
    """Derive the 32-byte SQLCipher raw key. Returned as a bytearray so it can be wiped."""
    check_params(params)
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
