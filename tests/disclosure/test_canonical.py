"""Canonical JSON (RFC 8785) and strict base64url: one disclosure, one spelling."""

import json

import pytest
from hypothesis import given
from hypothesis import strategies as st

from cmrdesk.disclosure import b64url_decode, b64url_encode, canonical_json, parse_canonical
from cmrdesk.domain import ValidationError


def test_keys_sorted_by_utf16_code_units_no_whitespace_utf8():
    # RFC 8785 section 3.2.3: keys sort by UTF-16 code units, so U+1F600 (a surrogate pair,
    # D83D ...) comes before U+FB33 although its code point is larger.
    value = {"\ufb33": 1, "\U0001f600": 2, "z": [True, None, "é\n"], "a": {"b": "€"}}
    assert canonical_json(value) == (
        '{"a":{"b":"€"},"z":[true,null,"é\\n"],"\U0001f600":2,"\ufb33":1}'.encode()
    )


def test_string_escapes_follow_json_stringify():
    assert canonical_json("\u0000\u001f\"\\\b\f\n\r\t\u007f\u2028") == (
        b'"\\u0000\\u001f\\"\\\\\\b\\f\\n\\r\\t\x7f\xe2\x80\xa8"')


@pytest.mark.parametrize("bad", [1.5, float("nan"), 2**53, {1: "x"}, object(), "\ud800"])
def test_floats_big_integers_and_odd_values_are_refused(bad):
    with pytest.raises(ValidationError):
        canonical_json(bad)


def test_decimal_is_refused_money_travels_as_a_string():
    from decimal import Decimal

    with pytest.raises(ValidationError, match="use a string"):
        canonical_json({"amount": Decimal("12.30")})


json_values = st.recursive(
    st.none() | st.booleans() | st.integers(-(2**53) + 1, 2**53 - 1) | st.text(),
    lambda inner: st.lists(inner, max_size=4) | st.dictionaries(st.text(), inner, max_size=4),
    max_leaves=20,
)


@given(json_values)
def test_canonical_form_parses_back_and_is_stable(value):
    data = canonical_json(value)
    assert json.loads(data) == value
    assert parse_canonical(data) == value
    assert canonical_json(json.loads(data)) == data


def test_parse_canonical_refuses_other_spellings():
    for data in (b'{"b":1, "a":2}', b'{"b":1,"a":2}', b'{"a":1,"a":1}', b'{"a":1.0}',
                 b'{"a":"\\u0041"}', b"\xff"):
        with pytest.raises(ValidationError):
            parse_canonical(data)


@given(st.binary(max_size=80))
def test_base64url_round_trip(data):
    text = b64url_encode(data)
    assert "=" not in text and "+" not in text and "/" not in text
    assert b64url_decode(text) == data


def test_base64url_refuses_padding_alphabet_and_unused_bits():
    assert b64url_decode("AQ") == b"\x01"
    for bad in ("AR", "AQ==", "A", "A+", "a b", "AQ\n"):
        with pytest.raises(ValidationError):
            b64url_decode(bad)


def test_the_package_exports_its_names_lazily_and_completely():
    import subprocess
    import sys
    from pathlib import Path

    import cmrdesk.disclosure as disclosure

    assert set(disclosure.__all__) == set(disclosure._EXPORTS)
    for name in disclosure.__all__:
        assert getattr(disclosure, name) is not None
    # The PDF child process needs only the text helpers: no JOSE stack on its import path.
    code = ("import sys; from cmrdesk.disclosure import summary_lines, fingerprint_text, Terms;"
            " print('jwcrypto' in sys.modules)")
    done = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True,
                          check=True, timeout=60, cwd=Path(__file__).resolve().parents[2])
    assert done.stdout.strip() == "False"
