"""History helpers: what changed between two disclosures, and e-mail drafts about one.

Pure functions over disclosure documents (as signed, see :mod:`.document`) so the History
page and the CLI show the same thing. Drafts are ``mailto:`` URLs (RFC 6068) the person's
own mail program opens: cmrdesk never sends anything itself. A draft names the disclosure by
id and date, never by its values (e-mail is not encrypted) and never by a local path (it would
tell the vendor the person's user name and folders). A draft goes to one address at most: a
``to`` that is not exactly one address (a comma, a semicolon, a line break) is left empty, so
it can never add a recipient.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Mapping
from dataclasses import dataclass
from enum import StrEnum
from typing import Any
from urllib.parse import quote

from .document import one_line, summary_lines, value_text

# One addr-spec, as people type them: no spaces, no list separators, no quoting or comments.
_ADDRESS = re.compile(r"^[^\s@,;:<>()\[\]\\\"]+@[^\s@,;:<>()\[\]\\\"]+$")


def is_single_address(text: str) -> bool:
    """Whether ``text`` is exactly one plain e-mail address (``name@example.org``): no
    comma, semicolon, space, line break, control character, angle bracket or quote, so it can
    never become two recipients of a ``mailto:`` draft."""
    return (_ADDRESS.match(text) is not None
            and not any(unicodedata.category(ch).startswith("C") for ch in text))


class Change(StrEnum):
    """How a field differs between an older and a newer disclosure."""

    ADDED = "added"
    REMOVED = "removed"
    CHANGED = "changed"  # the value, the precision or both
    SAME = "same"


@dataclass(frozen=True)
class FieldChange:
    """One field in a comparison of two disclosures."""

    name: str
    label: str
    change: Change
    before: dict[str, Any] | None
    after: dict[str, Any] | None

    @property
    def before_text(self) -> str:
        """The older value in words, or ``""``."""
        return value_text(self.before) if self.before else ""

    @property
    def after_text(self) -> str:
        """The newer value in words, or ``""``."""
        return value_text(self.after) if self.after else ""


@dataclass(frozen=True)
class DisclosureDiff:
    """Field by field changes, plus which other parts changed (terms, purpose, ...)."""

    fields: list[FieldChange]
    sections: list[str]

    @property
    def changed(self) -> list[FieldChange]:
        """Only the fields that were added, removed or changed."""
        return [f for f in self.fields if f.change is not Change.SAME]


_SECTIONS = ("purpose", "terms", "intent", "expires", "vendor")


def diff_documents(older: Mapping[str, Any], newer: Mapping[str, Any]) -> DisclosureDiff:
    """Compare two disclosures: every field of either, sorted by label, with its change."""
    before = older.get("fields", {})
    after = newer.get("fields", {})
    changes = []
    for name in set(before) | set(after):
        old, new = before.get(name), after.get(name)
        if old is None:
            change = Change.ADDED
        elif new is None:
            change = Change.REMOVED
        elif (old["value"], old["precision"]) != (new["value"], new["precision"]):
            change = Change.CHANGED
        else:
            change = Change.SAME
        label = (new or old)["label"]
        changes.append(FieldChange(name, label, change, old, new))
    changes.sort(key=lambda c: (c.label.casefold(), c.name))
    sections = [s for s in _SECTIONS if older.get(s) != newer.get(s)]
    return DisclosureDiff(changes, sections)


@dataclass(frozen=True)
class Draft:
    """An e-mail for the person to review and send from their own mail program."""

    to: str
    subject: str
    body: str

    @property
    def mailto(self) -> str:
        """The draft as a ``mailto:`` URL (RFC 6068: UTF-8, percent-encoded, CRLF lines).

        The recipient is left empty unless ``to`` is one address (see
        :func:`is_single_address`).
        """
        body = self.body.replace("\r\n", "\n").replace("\n", "\r\n")
        query = f"subject={quote(self.subject, safe='')}&body={quote(body, safe='')}"
        to = self.to if is_single_address(self.to) else ""
        return f"mailto:{quote(to, safe='@')}?{query}"


def deletion_request(document: Mapping[str, Any], *, to: str, sender: str = "") -> Draft:
    """A request to delete everything a disclosure told the vendor, citing its terms."""
    vendor = one_line(str(document["vendor"]["name"]))
    issued = str(document["issued"])[:10]
    names = ", ".join(label for label, _, _ in summary_lines(document))
    terms = document.get("terms", {})
    basis = ("the terms of that disclosure (delete on request)"
             if terms.get("delete_on_request") else "my right to erasure")
    lines = [
        f"Dear {vendor},",
        "",
        f"On {issued} I shared some of my financial information with you (disclosure",
        f"{document['id']}). Under {basis}, and under data protection law (GDPR",
        "article 17 where it applies), please delete all of it, and anything you derived",
        "from it, and confirm to me by e-mail when that is done.",
        "",
        f"What I shared: {names}.",
        "",
        "Kind regards,",
        sender,
    ]
    return Draft(to if is_single_address(to) else "",
                 f"Please delete the information I shared on {issued}", _join(lines))


def follow_up(document: Mapping[str, Any], *, to: str, sender: str = "") -> Draft:
    """A friendly reminder about a disclosure: the request it carried, and its expiry."""
    vendor = one_line(str(document["vendor"]["name"]))
    issued = str(document["issued"])[:10]
    purpose = document.get("purpose", {}).get("text", "") or "my request"
    intent = document.get("intent", {}).get("text", "")
    lines = [
        f"Dear {vendor},",
        "",
        f"On {issued} I sent you a signed disclosure (id {document['id']}) for: {purpose}",
    ]
    if intent:
        lines.append(f"What I asked for: {intent}")
    lines += [
        "",
        f"It may be used until {document['expires']}. Could you let me know where things",
        "stand?",
        "",
        "I can send you the package again if you need it.",
        "",
        "Kind regards,",
        sender,
    ]
    return Draft(to if is_single_address(to) else "",
                 f"Following up on my disclosure of {issued}", _join(lines))


def _join(lines: list[str]) -> str:
    return "\n".join(lines).rstrip() + "\n"
