"""The desktop stages of ``cmrdesk bench``, measured in a subprocess (no Qt in this one)."""

from __future__ import annotations

import pytest

from cmrdesk.services import ui_bench
from cmrdesk.services.bench import _Stages
from cmrdesk.services.demo import populate_demo


@pytest.mark.slow
def test_desktop_stages_are_recorded(session, tmp_path, monkeypatch):
    populate_demo(session, transactions=1200, seed=2)
    monkeypatch.setattr(ui_bench, "PASSPHRASE", "correct horse battery staple")
    stages = _Stages()
    ui_bench.desktop_stages(stages, session, tmp_path)
    assert not stages.notes, stages.notes
    for name in ("desktop_dashboard", "desktop_cold_start"):
        stage = stages.results[name]
        assert stage["seconds"] > 0 and stage["peak_rss_mb"] > 0
    assert stages.details["desktop"]["transactions"] == 1200
    assert not (tmp_path / "passphrase").exists()  # the passphrase file is gone again


def test_can_be_skipped(session, tmp_path, monkeypatch):
    monkeypatch.setenv("CMRDESK_BENCH_DESKTOP", "0")
    stages = _Stages()
    ui_bench.desktop_stages(stages, session, tmp_path)
    assert stages.results == {} and "skipped" in stages.notes[0]


def test_registered_as_an_extra_stage():
    from cmrdesk.services.bench import EXTRA_STAGES

    assert ui_bench.desktop_stages in EXTRA_STAGES
