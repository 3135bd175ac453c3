"""Settings: market data updates are off by default, and nothing reaches the network unless
allowed and asked; with recorded responses the update is stored and shown."""

from __future__ import annotations

import socket

import pytest

from cmrdesk.domain import MarketRate
from cmrdesk.ui.settings import MARKET_UPDATES
from tests.services.test_market_update import recorded


@pytest.fixture
def blocked(monkeypatch):
    opened = []

    def refuse(*args, **kwargs):
        opened.append(args)
        raise AssertionError("the app tried to open a network connection")

    monkeypatch.setattr(socket.socket, "connect", refuse)
    monkeypatch.setattr(socket, "create_connection", refuse)
    return opened


def test_off_by_default_and_nothing_is_fetched(blocked, app_settings, make_window,
                                               empty_vault):
    from tests.ui.conftest import unlock

    assert app_settings.get(MARKET_UPDATES) is False
    window = make_window()
    unlock(window, empty_vault)
    window.navigate("settings")
    card = window.shell.page("settings").market
    assert not card.allowed.isChecked() and not card.update_button.isEnabled()
    card.update_now()  # even called directly: not allowed, so nothing happens
    assert "Never updated" in card.status.text()
    assert blocked == []


def test_allowed_update_stores_and_shows_what_was_fetched(blocked, empty_unlocked,
                                                          app_settings):
    empty_unlocked.navigate("settings")
    card = empty_unlocked.shell.page("settings").market
    card.fetch = recorded
    card.allowed.setChecked(True)
    assert app_settings.get(MARKET_UPDATES) is True and card.update_button.isEnabled()
    card.update_button.click()
    assert "Last updated" in card.status.text() and "48 new" in card.status.text()
    assert "2026-09-30" in card.status.text()
    session = empty_unlocked.controller._session
    assert len(session.list(MarketRate)) == 24
    assert blocked == []
