"""The domain: what a person's finances are. Standard library only."""

from .accounts import NET_WORTH_GROUPS, Account, AccountKind, mask_number
from .batch import BATCH_COLUMNS, TransactionBatch, from_epoch_day, paused_gc, to_epoch_day
from .changes import ChangeSet
from .commitments import (
    Frequency,
    Goal,
    IncomeKind,
    IncomeSource,
    Policy,
    PolicyType,
    yearly,
)
from .errors import (
    CmrdeskError,
    CurrencyMismatch,
    ImportFormatError,
    MissingRate,
    NotAVault,
    NotFound,
    SchemaTooNew,
    ValidationError,
    VaultCorrupt,
    VaultError,
    VaultExists,
    VaultInUse,
    VaultLocked,
    VaultNotFound,
    WrongPassphrase,
)
from .fx import FxTable
from .holdings import Holding, Price, Security, SecurityKind, Valuation
from .ledger import Category, CategoryKind, CategoryRule, Transaction, TransactionStatus
from .market import FxRate, MarketRate, RateKind
from .money import Money, check_currency, currency_exponent, money_sum, to_decimal
from .profile import PROFILE_FIELDS, EmploymentStatus, Profile, ResidenceStatus
from .vendors import Vendor, VendorKind

__all__ = [
    "BATCH_COLUMNS",
    "NET_WORTH_GROUPS",
    "PROFILE_FIELDS",
    "Account",
    "AccountKind",
    "Category",
    "CategoryKind",
    "CategoryRule",
    "ChangeSet",
    "CmrdeskError",
    "CurrencyMismatch",
    "EmploymentStatus",
    "Frequency",
    "FxRate",
    "FxTable",
    "Goal",
    "Holding",
    "ImportFormatError",
    "IncomeKind",
    "IncomeSource",
    "MarketRate",
    "MissingRate",
    "Money",
    "NotAVault",
    "NotFound",
    "Policy",
    "PolicyType",
    "Price",
    "Profile",
    "RateKind",
    "ResidenceStatus",
    "SchemaTooNew",
    "Security",
    "SecurityKind",
    "Transaction",
    "TransactionBatch",
    "TransactionStatus",
    "ValidationError",
    "Valuation",
    "VaultCorrupt",
    "VaultError",
    "VaultExists",
    "VaultInUse",
    "VaultLocked",
    "VaultNotFound",
    "Vendor",
    "VendorKind",
    "WrongPassphrase",
    "check_currency",
    "currency_exponent",
    "from_epoch_day",
    "mask_number",
    "money_sum",
    "paused_gc",
    "to_decimal",
    "to_epoch_day",
    "yearly",
]
