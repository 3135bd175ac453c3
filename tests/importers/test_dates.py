"""Date reading and the day/month order decision."""

from __future__ import annotations

import pytest

from cmrdesk.domain import from_epoch_day
from cmrdesk.importers.dates import (
    DMY,
    MDY,
    YMD,
    DateError,
    DayReader,
    detect_date_order,
    ofx_day,
    parse_day,
)


def _iso(day: int | None) -> str | None:
    return None if day is None else str(from_epoch_day(day))


@pytest.mark.parametrize(
    ("text", "order", "expected"),
    [
        ("2/10'2020", MDY, "2020-02-10"),
        ("1/ 2'24", MDY, "2024-01-02"),
        ("1/ 1/10", MDY, "2010-01-01"),
        ("29/12/10", DMY, "2010-12-29"),
        ("13/08/12", YMD, "2013-08-12"),
        ("2024-01-02 12:16:54", DMY, "2024-01-02"),
        ("2020-01-01T13:00:00", MDY, "2020-01-01"),
        ("09/16/2020 as of 09/15/2020", MDY, "2020-09-16"),
        ("03.04.18", DMY, "2018-04-03"),
        ("20200213", DMY, "2020-02-13"),
        ("15 Jan 2024", DMY, "2024-01-15"),
        ("14JAN24", DMY, "2024-01-14"),
        ("Jan 15, 2024", MDY, "2024-01-15"),
        ("3. März 2024", DMY, "2024-03-03"),
        ("01-déc-2023", DMY, "2023-12-01"),
        ("1/1/70", DMY, "1970-01-01"),
        ("1/1/69", DMY, "2069-01-01"),
    ],
)
def test_parse_day(text: str, order: str, expected: str) -> None:
    assert _iso(parse_day(text, order)) == expected


def test_not_a_date_versus_an_impossible_one() -> None:
    assert parse_day("Transactions Total") is None
    assert parse_day("") is None
    with pytest.raises(DateError):
        parse_day("31/02/2024", DMY)
    with pytest.raises(DateError):
        parse_day("2024/13/01", DMY)


@pytest.mark.parametrize(
    ("samples", "default", "order", "ambiguous"),
    [
        (["13/08/12", "13/08/15", "13/3/3", "13/3/4"], MDY, YMD, False),
        (["12/8/13", "15/8/13", "3/3/13"], MDY, DMY, False),
        (["8/12/13", "8/15/13"], DMY, MDY, False),
        (["01/02/2024", "02/02/2024", "03/02/2024"], MDY, DMY, False),  # shortest span
        (["02/03/2024"], MDY, MDY, True),
        (["03/03/10"], MDY, MDY, False),  # every order reads the same day
        (["2023-01-02", "2022-12-31"], MDY, MDY, False),
        ([], DMY, DMY, False),
    ],
)
def test_detect_date_order(samples: list[str], default: str, order: str, ambiguous: bool) -> None:
    assert detect_date_order(samples, default) == (order, ambiguous)


def test_ofx_dates_keep_the_bank_calendar_day() -> None:
    assert _iso(ofx_day("20130101230000[-5:EST]")) == "2013-01-01"
    assert _iso(ofx_day("20180804093914:014")) == "2018-08-04"
    assert _iso(ofx_day("20110331120000.000")) == "2011-03-31"
    for bad in ("2011", "", "20120231", "X0110101"):
        with pytest.raises(DateError):
            ofx_day(bad)


def test_day_reader_caches() -> None:
    read = DayReader(DMY)
    assert read("01.02.2024") == read("01.02.2024") == parse_day("01.02.2024", DMY)
