"""Format detection by content for every corpus file and for what is not a bank file."""

from __future__ import annotations

import pytest

from cmrdesk.domain import ImportFormatError
from cmrdesk.importers import detect_format, parse_file

from .conftest import FACTS, corpus_files, path_of

_EXPECTED = {
    "ofx": {"ofx", "qfx"},
    "qfx": {"qfx"},
    "qif": {"qif"},
    "csv": {"csv"},
    "mt940": {"mt940"},
}


@pytest.mark.parametrize("key", corpus_files(("ofx/", "qfx/", "qif/", "csv/", "camt/", "mt940/")))
def test_corpus_formats(key: str) -> None:
    found = detect_format(path_of(key))
    folder = key.split("/")[0]
    if folder == "camt":
        assert found == "camt." + FACTS[key]["facts"]["namespace"].split("camt.")[1][:3]
    else:
        assert found in _EXPECTED[folder]


def test_qfx_by_intuit_marker_or_extension(tmp_file) -> None:
    body = "OFXHEADER:100\n\n<OFX><SIGNONMSGSRSV1><SONRS><INTU.BID>1</SONRS></SIGNONMSGSRSV1></OFX>"
    assert detect_format(tmp_file("a.ofx", body)) == "qfx"
    assert detect_format(tmp_file("b.qbo", body.replace("<INTU.BID>1", ""))) == "qfx"
    assert detect_format(tmp_file("c.ofx", body.replace("<INTU.BID>1", ""))) == "ofx"


def test_content_beats_the_extension(tmp_file) -> None:
    assert detect_format(tmp_file("really-a-qif.csv", "!Type:Bank\nD1/2/24\nT1\n^\n")) == "qif"
    assert detect_format(tmp_file("x.txt", ":20:A\n:25:1\n:60F:C240101EUR1,\n")) == "mt940"


@pytest.mark.parametrize(
    ("content", "message"),
    [
        ("<html><body><table></table></body></html>", "web page"),
        ('<?xml version="1.0"?><invoice/>', "neither CAMT nor OFX"),
        ('{"transactions": []}', "JSON"),
        ("Dear customer,\nplease find attached.\n", "not a bank statement format"),
    ],
)
def test_unsupported_text(tmp_file, content: str, message: str) -> None:
    path = tmp_file("x.dat", content)
    with pytest.raises(ImportFormatError, match=message):
        detect_format(path)
    with pytest.raises(ImportFormatError, match=message):
        parse_file(path)


def test_explicit_format_and_wrong_mapping_use(tmp_file) -> None:
    from cmrdesk.importers import CsvMapping

    path = tmp_file("x.qif", "!Type:Bank\nD1/2/24\nT1\n^\n")
    with pytest.raises(ImportFormatError, match="unknown format"):
        parse_file(path, format="xlsx")
    with pytest.raises(ImportFormatError, match="CSV profile was given"):
        parse_file(path, mapping=CsvMapping(amount=1))
