"""The category tree every new vault starts with; people rename and extend it."""

from __future__ import annotations

from cmrdesk.domain import CategoryKind

INC, EXP, TRF = CategoryKind.INCOME, CategoryKind.EXPENSE, CategoryKind.TRANSFER

#: (parent, kind, [(child, essential)]): essential spending drives the emergency-fund advice.
DEFAULT_CATEGORIES: list[tuple[str, CategoryKind, list[tuple[str, bool]]]] = [
    ("Income", INC, [("Salary", False), ("Interest & dividends", False), ("Refunds", False),
                   ("Other income", False)]),
    ("Housing", EXP, [("Rent", True), ("Mortgage", True), ("Utilities", True),
                    ("Maintenance", False)]),
    ("Food", EXP, [("Groceries", True), ("Restaurants", False)]),
    ("Transport", EXP, [("Public transport", True), ("Fuel", True), ("Car", True)]),
    ("Insurance", EXP, [("Health insurance", True), ("Home insurance", True),
                      ("Car insurance", True), ("Life insurance", True)]),
    ("Bills", EXP, [("Phone & internet", True), ("Subscriptions", False), ("Bank fees", False)]),
    ("Health", EXP, [("Pharmacy", True), ("Doctor", True)]),
    ("Shopping", EXP, [("Clothing", False), ("Electronics", False), ("Household", False)]),
    ("Leisure", EXP, [("Sport", False), ("Culture", False), ("Travel", False),
                    ("Gifts", False)]),
    ("Children", EXP, [("Childcare", True), ("School", True)]),
    ("Taxes", EXP, [("Income tax", True)]),
    ("Transfers", TRF, [("Savings", False), ("Card payment", False), ("Investments", False),
                      ("Pension contribution", False)]),
]
