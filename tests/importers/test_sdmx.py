"""SDMX-CSV responses (ECB Data Portal, Eurostat): dated, the series asked for, or refused."""

from datetime import date
from decimal import Decimal
from pathlib import Path

import pytest

from cmrdesk.domain import ImportFormatError
from cmrdesk.importers.sdmx import MAX_RESPONSE_BYTES, parse_sdmx_csv, period_end

DATA = Path(__file__).parents[1] / "data" / "market"
USD = "EXR.M.USD.EUR.SP00.E"


def test_ecb_csvdata_is_read_exactly():
    obs = parse_sdmx_csv((DATA / f"{USD}.csv").read_bytes(), USD, {"KEY": USD})
    assert [o.period for o in obs][:2] == ["2026-04", "2026-05"]
    assert obs[0].day == date(2026, 4, 30) and obs[0].value == Decimal("1.1390")
    assert str(obs[0].value) == "1.1390"  # as published, never through float


def test_eurostat_sdmx_csv_skips_an_unpublished_month():
    expected = {"freq": "M", "unit": "RCH_A", "coicop": "CP00", "geo": "EA"}
    obs = parse_sdmx_csv((DATA / "prc_hicp_manr.csv").read_bytes(), "hicp", expected)
    assert len(obs) == 6 and obs[-1].period == "2026-09"  # 2026-10 is empty: unknown, not 0
    assert obs[-1].value == Decimal("2.2")


@pytest.mark.parametrize(("text", "day"), [
    ("2025-10", date(2025, 10, 31)), ("2024-02", date(2024, 2, 29)),
    ("2025-10-17", date(2025, 10, 17)), ("2025-Q3", date(2025, 9, 30)),
    ("2025", date(2025, 12, 31)),
])
def test_period_end(text, day):
    assert period_end(text) == day


GOOD = "KEY,TIME_PERIOD,OBS_VALUE\nA.B,2025-01,1.5\nA.B,2025-02,1.6\n"


@pytest.mark.parametrize(("body", "where"), [
    (GOOD.replace("A.B,2025-02", "A.C,2025-02"), "line 3: key: 'A.C' is not the series"),
    (GOOD.replace("1.6", "1,6"), "line 3"),
    (GOOD.replace("1.6", "n/a"), "line 3: OBS_VALUE: 'n/a' is not a number"),
    (GOOD.replace("2025-02", "Feb 2025"), "line 3: TIME_PERIOD"),
    (GOOD.replace("2025-02", "2025-01"), "appears twice"),
    ("KEY,TIME_PERIOD,OBS_VALUE\n", "no observation"),
    ("<html><body>Service unavailable</body></html>", "not CSV"),
    ("KEY,DATE,VALUE\nA.B,2025-01,1\n", "not an SDMX-CSV response"),
    ("KEY,TIME_PERIOD,OBS_VALUE\nA.B,2025-01\n", "line 2: 2 columns"),
])
def test_a_malformed_response_is_refused_whole(body, where):
    with pytest.raises(ImportFormatError) as caught:
        parse_sdmx_csv(body.encode(), "ECB A.B", {"KEY": "A.B"})
    assert str(caught.value).startswith("ECB A.B")
    assert where in str(caught.value)


def test_oversized_and_binary_responses_are_refused():
    with pytest.raises(ImportFormatError, match="larger than"):
        parse_sdmx_csv(b"x" * (MAX_RESPONSE_BYTES + 1), "big")
    with pytest.raises(ImportFormatError, match="not UTF-8"):
        parse_sdmx_csv(b"\xff\xfe\x00K", "binary")
