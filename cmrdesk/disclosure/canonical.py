"""Canonical bytes: RFC 8785 (JSON Canonicalization Scheme) for the values a disclosure holds,
and strict base64url.

A signature is over bytes, so the same disclosure must always give the same bytes: object keys
sorted by their UTF-16 code units, no whitespace, UTF-8, strings escaped as ECMAScript's
``JSON.stringify`` escapes them. Numbers are the one hard part of RFC 8785 (ECMAScript's
double formatting); a disclosure avoids them: money and every other decimal travel as decimal
strings, so only integers within the exact-double range and booleans are accepted here.
"""

from __future__ import annotations

import base64
import binascii
import json
import re
from typing import Any

from cmrdesk.domain import ValidationError

#: Largest integer RFC 8785 can carry exactly (IEEE 754 double): 2**53 - 1.
MAX_SAFE_INTEGER = 2**53 - 1

_B64URL = re.compile(r"^[A-Za-z0-9_-]*$")


def canonical_json(value: Any) -> bytes:
    """``value`` (dicts with str keys, lists, str, int, bool, None) as RFC 8785 bytes.

    Floats and ``Decimal`` are refused: pass decimals as strings (``"12.30"``), which is what a
    disclosure does with every amount.
    """
    ordered = _ordered(value, "$")
    # With keys already in RFC 8785 order, the C encoder writes exactly the canonical form:
    # json.dumps with ensure_ascii=False escapes what JSON.stringify escapes (the quote, the
    # backslash, \b \f \n \r \t and other C0 controls as lower-case \u00xx).
    text = json.dumps(ordered, ensure_ascii=False, separators=(",", ":"), allow_nan=False)
    try:
        return text.encode("utf-8")
    except UnicodeEncodeError:
        raise ValidationError("json", "text holds a lone surrogate, which is not Unicode") from None


def _ordered(value: Any, path: str) -> Any:
    """Check every value is allowed and return a copy with object keys in RFC 8785 order."""
    if value is None or isinstance(value, bool | str):
        return value
    if isinstance(value, int):
        if abs(value) > MAX_SAFE_INTEGER:
            raise ValidationError(path, "integer too large for canonical JSON; use a string")
        return int(value)
    if isinstance(value, dict):
        for key in value:
            if not isinstance(key, str):
                raise ValidationError(path, "object keys must be strings")
        return {key: _ordered(value[key], f"{path}.{key}")
                for key in sorted(value, key=_utf16_order)}
    if isinstance(value, list | tuple):
        return [_ordered(item, f"{path}[{index}]") for index, item in enumerate(value)]
    raise ValidationError(
        path, f"{type(value).__name__} is not allowed in canonical JSON; use a string"
    )


def _utf16_order(key: str) -> bytes:
    """RFC 8785 sorts keys by UTF-16 code units, which differs from code points above U+FFFF."""
    return key.encode("utf-16-be", "surrogatepass")


def parse_canonical(data: bytes, what: str = "json") -> Any:
    """Parse ``data`` and insist it is already canonical (so one disclosure has one encoding).

    Duplicate keys, floats and any other spelling of the same value are refused.
    """

    def no_duplicates(pairs: list[tuple[str, Any]]) -> dict[str, Any]:
        """Build an object, refusing a key given twice (which would make it ambiguous)."""
        result: dict[str, Any] = {}
        for key, item in pairs:
            if key in result:
                raise ValueError("duplicate key")
            result[key] = item
        return result

    try:
        value = json.loads(data.decode("utf-8"), object_pairs_hook=no_duplicates,
                           parse_float=_no_float, parse_constant=_no_float)
    except (UnicodeDecodeError, ValueError) as error:
        raise ValidationError(what, f"not valid JSON ({error.__class__.__name__})") from None
    if canonical_json(value) != data:
        raise ValidationError(what, "not in canonical form (RFC 8785)")
    return value


def _no_float(text: str) -> Any:
    raise ValueError("floats are not allowed")


def b64url_encode(data: bytes) -> str:
    """base64url without padding (RFC 7515 section 2)."""
    return base64.urlsafe_b64encode(data).rstrip(b"=").decode("ascii")


def b64url_decode(text: str, what: str = "base64url") -> bytes:
    """Strict base64url: the alphabet only, no padding, and the one canonical spelling.

    Lenient decoders accept a last character whose unused low bits differ; such a change
    would alter the file without changing what it decodes to, so it is refused here.
    """
    if not _B64URL.match(text) or len(text) % 4 == 1:
        raise ValidationError(what, "not base64url")
    try:
        data = base64.urlsafe_b64decode(text + "=" * (-len(text) % 4))
    except (binascii.Error, ValueError):
        raise ValidationError(what, "not base64url") from None
    if b64url_encode(data) != text:
        raise ValidationError(what, "not the canonical base64url spelling")
    return data
