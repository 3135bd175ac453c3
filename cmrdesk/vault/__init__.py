"""The encrypted vault file. The only package that imports SQLAlchemy or sqlcipher3."""

from .kdf import DEFAULT_PARAMS, KdfParams
from .ledger import FRAME_COLUMNS, TRANSACTION_FIELDS
from .mapper import TABLE_OF
from .migrations import SCHEMA_VERSION
from .repository import Repository
from .store import Vault

__all__ = [
    "DEFAULT_PARAMS", "FRAME_COLUMNS", "SCHEMA_VERSION", "TABLE_OF", "TRANSACTION_FIELDS",
    "KdfParams", "Repository", "Vault",
]
