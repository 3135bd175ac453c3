"""The settings registry: declared once, typed, defaults on bad values, paths only."""

from __future__ import annotations

import pytest

from cmrdesk.ui.settings import (
    AUTO_LOCK_MINUTES,
    LAST_VAULT,
    PERIOD,
    RECENT_LIMIT,
    RECENT_VAULTS,
    REGISTRY,
    THEME,
    Setting,
)


def test_defaults_and_round_trip(app_settings):
    assert app_settings.get(THEME) == "system"
    assert app_settings.get(AUTO_LOCK_MINUTES) == 5
    app_settings.set(AUTO_LOCK_MINUTES, 15)
    app_settings.set(THEME, "dark")
    assert app_settings.get(AUTO_LOCK_MINUTES) == 15 and app_settings.get(THEME) == "dark"


def test_only_declared_settings_of_the_declared_type(app_settings):
    with pytest.raises(KeyError):
        app_settings.get(Setting("secret/passphrase", str, "", "never"))
    with pytest.raises(TypeError):
        app_settings.set(AUTO_LOCK_MINUTES, "5")
    with pytest.raises(ValueError):
        app_settings.set(PERIOD, "2w")
    assert all(s.key == key for key, s in REGISTRY.items())


def test_bad_stored_values_fall_back_to_the_default(app_settings):
    store = app_settings._store
    store.setValue(AUTO_LOCK_MINUTES.key, "soon")
    store.setValue(THEME.key, "purple")
    store.setValue(RECENT_VAULTS.key, "{not json")
    assert app_settings.get(AUTO_LOCK_MINUTES) == 5
    assert app_settings.get(THEME) == "system"
    assert app_settings.get(RECENT_VAULTS) == []


def test_recent_vaults(app_settings, tmp_path):
    files = []
    for number in range(RECENT_LIMIT + 2):
        path = tmp_path / f"v{number}.cmrdesk"
        path.write_bytes(b"")
        files.append(path)
        app_settings.remember_vault(path)
    app_settings.remember_vault(files[3])  # again: moves to the front, no duplicate
    recent = app_settings.recent_vaults()
    assert recent[0] == files[3] and len(recent) == RECENT_LIMIT
    assert len(set(recent)) == len(recent)
    assert app_settings.get(LAST_VAULT) == str(files[3])
    files[3].unlink()
    assert files[3] not in app_settings.recent_vaults()
    app_settings.forget_vaults()
    assert app_settings.recent_vaults() == [] and app_settings.get(LAST_VAULT) == ""
