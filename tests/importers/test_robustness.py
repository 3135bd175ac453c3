"""Whatever the bytes, the importers answer with statements or an ImportFormatError.

Real files from the corpus, one or two per format, are truncated, flipped, spliced and
sprinkled with random bytes; arbitrary bytes and text are fed in as well. Nothing may raise
another exception type, and nothing may reach the safety net in ``parse_file`` (whose
message would be the generic one): every refusal must be one the readers chose.
"""

from __future__ import annotations

import contextlib
import os
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from cmrdesk.domain import ImportFormatError
from cmrdesk.importers import UNEXPECTED, detect_format, parse_file
from cmrdesk.importers.samples import write_demo_csv, write_demo_ofx

from .conftest import CORPUS, check_invariants

SETTINGS = settings(
    max_examples=int(os.environ.get("CMRDESK_FUZZ_EXAMPLES", "60")),
    deadline=None,
    suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large],
)

SEEDS = [
    "ofx/ofxparse__checking.ofx",
    "ofx/ofxtools__invstmtrs.ofx",
    "qfx/reds-importers__360Checking.qfx",
    "qif/qifparse__file.qif",
    "qif/quiffen__test.qif",
    "csv/ofxstatement-dutch__Knab_transactieoverzicht_ok.csv",
    "csv/oca-bsi__meta_data_separated_credit_debit.csv",
    "csv/ofxstatement-austrian__easybank-giro.csv",
    "camt/camt_parser__053_valid_example.xml",
    "camt/oca-bsi__test-camt054.xml",
    "mt940/zilverline-mt940__rabobank_mt940_structured.txt",
    "mt940/php-mt940__Asn_sample.sta",
]


@pytest.fixture(scope="module")
def seeds(tmp_path_factory: pytest.TempPathFactory) -> list[bytes]:
    tmp = tmp_path_factory.mktemp("seeds")
    generated = [
        write_demo_csv(tmp / "demo.csv", 60).read_bytes(),
        write_demo_ofx(tmp / "demo.ofx", 20).read_bytes(),
    ]
    return [(CORPUS / key).read_bytes() for key in SEEDS] + generated


@pytest.fixture(scope="module")
def target(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return tmp_path_factory.mktemp("fuzz")


def _survives(path: Path, data: bytes) -> None:
    path.write_bytes(data)
    try:
        statements = parse_file(path)
    except ImportFormatError as err:
        assert UNEXPECTED not in str(err), f"the safety net caught: {err}"
        assert str(path) in str(err)
        return
    for statement in statements:
        check_invariants(statement)


@st.composite
def mutated(draw: st.DrawFn, seeds: list[bytes]) -> bytes:
    data = bytearray(draw(st.sampled_from(seeds)))
    for _ in range(draw(st.integers(1, 6))):
        op = draw(st.sampled_from(["truncate", "flip", "insert", "delete", "duplicate", "swap"]))
        if not data:
            break
        at = draw(st.integers(0, len(data) - 1))
        if op == "truncate":
            del data[at:]
        elif op == "flip":
            data[at] = draw(st.integers(0, 255))
        elif op == "insert":
            data[at:at] = draw(st.binary(min_size=1, max_size=12))
        elif op == "delete":
            del data[at : at + draw(st.integers(1, 40))]
        elif op == "duplicate":
            data[at:at] = data[at : at + draw(st.integers(1, 200))]
        else:
            other = draw(st.integers(0, len(data) - 1))
            data[at], data[other] = data[other], data[at]
    return bytes(data)


@SETTINGS
@given(data=st.data())
def test_corrupted_files(seeds: list[bytes], target: Path, data: st.DataObject) -> None:
    _survives(target / "corrupt.dat", data.draw(mutated(seeds)))


@pytest.mark.parametrize("suffix", [".ofx", ".qfx", ".csv", ".qif", ".xml", ".sta"])
@SETTINGS
@given(raw=st.binary(max_size=600))
def test_arbitrary_bytes(target: Path, suffix: str, raw: bytes) -> None:
    _survives(target / f"raw{suffix}", raw)


_MARKUP = st.sampled_from(
    [
        "<OFX>",
        "<STMTTRN>",
        "</STMTTRN>",
        "<TRNAMT>",
        "<DTPOSTED>",
        "<STMTRS>",
        "<CURDEF>",
        "!Type:Bank\n",
        "D1/2/24\n",
        "T-1.00\n",
        "^\n",
        ":20:X\n",
        ":61:",
        ":86:",
        ":60F:",
        "C240101EUR1,00\n",
        "Date,Amount\n",
        "2024-01-02,",
        "1.00\n",
        ";",
        '"',
        "\n",
        "<Document xmlns='urn:iso:std:iso:20022:tech:xsd:camt.053.001.02'>",
        "<Stmt>",
        "<Ntry>",
        "<Amt>",
        "</Amt>",
        "<CdtDbtInd>DBIT</CdtDbtInd>",
        "&amp;",
        "&#0;",
        "<!--",
        "-->",
    ]
)


@SETTINGS
@given(pieces=st.lists(st.one_of(_MARKUP, st.text(max_size=8)), max_size=40))
def test_structured_garbage(target: Path, pieces: list[str]) -> None:
    _survives(target / "garbage.txt", "".join(pieces).encode("utf-8", "surrogatepass"))


@SETTINGS
@given(raw=st.binary(max_size=300))
def test_detect_format_only_raises_import_errors(target: Path, raw: bytes) -> None:
    path = target / "detect.bin"
    path.write_bytes(raw)
    with contextlib.suppress(ImportFormatError):  # refusing is fine; nothing else is
        detect_format(path)
