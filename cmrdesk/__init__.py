"""cmrdesk: your finances in one encrypted vault, and you decide what vendors learn."""

__version__ = "0.1.0"
