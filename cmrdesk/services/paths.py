"""Where things live on this machine (platform data folder, via platformdirs)."""

from __future__ import annotations

from pathlib import Path

from platformdirs import user_data_path

APP_NAME = "cmrdesk"


def default_vault_path() -> Path:
    """The vault used when no ``--vault`` is given."""
    return user_data_path(APP_NAME, appauthor=False) / "vault.cmrdesk"


def default_demo_vault_path() -> Path:
    """Where ``cmrdesk --demo`` keeps its demo vault."""
    return user_data_path(APP_NAME, appauthor=False) / "demo.cmrdesk"


def default_share_folder() -> Path:
    """Where the Share page writes disclosure packages unless the person picks a folder."""
    from platformdirs import user_documents_path

    return user_documents_path() / "cmrdesk disclosures"
