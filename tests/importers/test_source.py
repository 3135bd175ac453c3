"""Reading files: size cap, binary refusal, decoding with byte offsets."""

from __future__ import annotations

import pytest

from cmrdesk.domain import ImportFormatError
from cmrdesk.importers import CsvMapping, parse_file
from cmrdesk.importers.source import decode, read_bytes


def test_size_cap_is_checked_before_reading(tmp_file) -> None:
    path = tmp_file("big.csv", "Date,Amount\n" + "2024-01-01,1.00\n" * 1000)
    with pytest.raises(ImportFormatError, match=r"limited to 0\.0 MB|imports are limited"):
        parse_file(path, max_bytes=1000)


@pytest.mark.parametrize(
    ("content", "what"),
    [
        (b"%PDF-1.7\n...", "PDF"),
        (b"PK\x03\x04rest-of-zip", "ZIP archive"),
        (b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1", "Office"),
        (b"\x89PNG\r\n\x1a\n", "PNG"),
        (b"date,amount\n\x00\x01\x02\x03", "NUL byte at offset 12"),
        (bytes(range(1, 9)) * 100, "not look like a text file"),
    ],
)
def test_binary_files_are_refused_with_a_reason(tmp_file, content: bytes, what: str) -> None:
    with pytest.raises(ImportFormatError, match=what):
        parse_file(tmp_file("statement.bin", content))


@pytest.mark.parametrize("content", [b"", b"  \r\n\n", b"\x00\x00"])
def test_empty_files(tmp_file, content: bytes) -> None:
    with pytest.raises(ImportFormatError, match="empty"):
        parse_file(tmp_file("empty.csv", content))


def test_missing_file_and_directory(tmp_path) -> None:
    with pytest.raises(ImportFormatError, match="cannot read"):
        parse_file(tmp_path / "nope.ofx")
    with pytest.raises(ImportFormatError, match="cannot read"):
        parse_file(tmp_path)


def test_decoding_error_names_the_byte_offset(tmp_file) -> None:
    path = tmp_file("latin.csv", "Date;Text;Amount\n01.02.2024;Café;1,00\n", "cp1252")
    mapping = CsvMapping(delimiter=";", encoding="utf-8", date=0, amount=2, payee=[1])
    mapping.decimal = ","
    with pytest.raises(ImportFormatError, match=r"byte offset 31 \(0xe9\) is not valid utf-8"):
        parse_file(path, mapping=mapping)


def test_decode_prefers_utf8_then_the_declared_page() -> None:
    assert decode("x", "é".encode())[1] == "utf-8"
    assert decode("x", "é".encode("cp1252"), declared="latin-1") == ("é", "iso8859-1")
    assert decode("x", b"\x81", declared=None) == ("\x81", "latin-1")  # not cp1252 either
    assert decode("x", "é".encode("utf-16"))[0] == "é"
    with pytest.raises(ImportFormatError, match="byte offset"):
        decode("x", b"\xff\xfe\x00")  # a UTF-16 BOM and half a character


def test_read_bytes_allows_a_trailing_nul(tmp_file) -> None:
    assert read_bytes(tmp_file("x.qbo", b"<OFX></OFX>\x00")).endswith(b"\x00")
