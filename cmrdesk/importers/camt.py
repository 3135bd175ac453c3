"""ISO 20022 CAMT.053 (statement), CAMT.052 (intraday report), CAMT.054 (notification).

Any version of the schema: element names are read without namespaces, and both the old
``<Sts>BOOK</Sts>`` and the newer ``<Sts><Cd>BOOK</Cd></Sts>`` forms are understood. Parsing
goes through :mod:`cmrdesk.importers.xml_safe` (defusedxml, DTDs refused).

One :class:`ParsedStatement` per ``Stmt``/``Rpt``/``Ntfctn``; one transaction per ``Ntry``
(the booking on the account), signed by ``CdtDbtInd`` (a reversal's indicator already says
which way the money went, so ``RvslInd`` does not flip it). A batch entry with several
``TxDtls`` stays one transaction; its parts (counterparty, amount, remittance) are listed
in the memo. ``BOOK`` entries are cleared, ``PDNG`` pending, ``INFO`` (information only,
not booked) is skipped with a warning.

Balances: opening ``OPBD`` (else ``PRCD``), closing ``CLBD`` (else ``ITBD`` in reports).
A statement whose balances do not add up keeps its numbers and says so in ``warnings``.
"""

from __future__ import annotations

import xml.etree.ElementTree as ET
from decimal import Decimal
from pathlib import Path

from cmrdesk.domain import ImportFormatError

from .dates import DateError, iso_day
from .iban import is_valid_iban
from .numbers import parse_plain
from .statement import PENDING, ParsedStatement, StatementAccount, StatementBuilder, check_balances
from .xml_safe import XmlDocument, parse_xml

_STATEMENT_TAGS = {"Stmt": "camt.053", "Rpt": "camt.052", "Ntfctn": "camt.054"}
_WATCH = frozenset({"Ntry", "Stmt", "Rpt", "Ntfctn", "Bal"})
_NOT_PROVIDED = frozenset({"", "NOTPROVIDED", "NONREF", "NOT PROVIDED"})


def _text(elem: ET.Element | None, path: str) -> str:
    """Stripped text at ``path`` below ``elem`` ('' when absent)."""
    if elem is None:
        return ""
    return (elem.findtext(path) or "").strip()


def _first(elem: ET.Element | None, *paths: str) -> str:
    """The first non-empty text among ``paths``."""
    for path in paths:
        value = _text(elem, path)
        if value:
            return value
    return ""


class _CamtReader:
    def __init__(self, path: str | Path, doc: XmlDocument) -> None:
        self.path = path
        self.doc = doc

    def fail(self, elem: ET.Element, reason: str, field: str | None = None) -> ImportFormatError:
        return ImportFormatError(self.path, reason, line=self.doc.line(elem), field=field)

    def statements(self) -> list[ParsedStatement]:
        root = self.doc.root
        out: list[ParsedStatement] = []
        for message in root:
            for elem in message:
                fmt = _STATEMENT_TAGS.get(elem.tag)
                if fmt:
                    out.append(self.statement(elem, fmt))
        if not out:
            if "camt" not in self.doc.namespace and not root.tag.startswith("Document"):
                raise ImportFormatError(self.path, "this XML file is not a CAMT bank statement")
            raise ImportFormatError(
                self.path, "the CAMT file contains no statement, report or notification"
            )
        return out

    def account(self, stmt: ET.Element) -> StatementAccount:
        acct = stmt.find("Acct")
        iban = _text(acct, "Id/IBAN")
        number = iban or _first(acct, "Id/Othr/Id", "Id/PrtryAcct/Id", "Id/Prtry/Id")
        currency = _text(acct, "Ccy").upper()
        institution = _first(
            acct, "Svcr/FinInstnId/BICFI", "Svcr/FinInstnId/BIC", "Svcr/FinInstnId/Nm"
        )
        return StatementAccount(
            number=number,
            iban=iban.replace(" ", "") if iban and is_valid_iban(iban) else "",
            currency="" if currency == "XXX" else currency,
            institution=institution,
            name=_first(acct, "Nm", "Ownr/Nm"),
        )

    def amount(self, elem: ET.Element, path: str = "Amt") -> tuple[Decimal, str]:
        amt = elem.find(path)
        if amt is None or not (amt.text or "").strip():
            raise self.fail(elem, f"the {elem.tag} has no amount", path)
        value = parse_plain(amt.text or "")
        if value is None or value < 0:
            raise self.fail(elem, f"{(amt.text or '').strip()!r} is not an amount", path)
        indicator = _text(elem, "CdtDbtInd").upper()
        if indicator not in ("CRDT", "DBIT"):
            raise self.fail(
                elem, f"credit/debit indicator {indicator!r} is not CRDT or DBIT", "CdtDbtInd"
            )
        return (-value if indicator == "DBIT" else value), amt.get("Ccy", "").upper()

    def day(self, elem: ET.Element, *paths: str) -> int | None:
        for path in paths:
            value = _first(elem, f"{path}/Dt", f"{path}/DtTm")
            if value:
                try:
                    return iso_day(value)
                except DateError:
                    raise self.fail(elem, f"{value!r} is not a valid date", path) from None
        return None

    def balances(self, st: ParsedStatement, stmt: ET.Element) -> None:
        found: dict[str, tuple[Decimal, int | None]] = {}
        for bal in stmt.findall("Bal"):
            code = _first(bal, "Tp/CdOrPrtry/Cd", "Tp/CdOrPrtry/Prtry", "Tp/Cd").upper()
            if code and code not in found:
                value, _ccy = self.amount(bal)
                found[code] = (value, self.day(bal, "Dt"))
        opening = found.get("OPBD") or found.get("PRCD")
        closing = found.get("CLBD") or found.get("ITBD")
        if opening:
            st.opening_balance = opening[0]
        if closing:
            st.closing_balance, st.closing_date = closing
        if bool(opening) != bool(closing):  # a statement states both, or neither
            has, lacks = (
                ("an opening", "closing (CLBD)") if opening else ("a closing", "opening (OPBD)")
            )
            st.warnings.append(
                f"the statement states {has} balance but no {lacks} one, so its transactions "
                "cannot be checked against them"
            )

    def statement(self, stmt: ET.Element, fmt: str) -> ParsedStatement:
        builder = StatementBuilder(str(self.path), fmt, self.account(stmt))
        st = builder.statement
        currencies: set[str] = set()
        for entry in stmt.findall("Ntry"):
            self.entry(builder, entry, currencies)
        account = st.account
        currencies.discard("XXX")
        if not account.currency and len(currencies) == 1:
            account.currency = currencies.pop()
        elif account.currency and currencies - {account.currency}:
            others = ", ".join(sorted(currencies - {account.currency}))
            st.warnings.append(
                f"some entries are in {others} while the account is in {account.currency}; "
                "their amounts are taken as written"
            )
        st = builder.build()
        self.balances(st, stmt)
        check_balances(st)
        if not account.number:
            st.warnings.append(f"line {self.doc.line(stmt)}: the statement names no account")
        return st

    def entry(self, builder: StatementBuilder, entry: ET.Element, currencies: set[str]) -> None:
        line = self.doc.line(entry) or 0
        status = _first(entry, "Sts/Cd", "Sts").upper() or "BOOK"
        if status == "INFO":
            builder.statement.warnings.append(
                f"line {line}: an information-only entry (Sts INFO) was skipped"
            )
            return
        amount, currency = self.amount(entry)
        currencies.add(currency)
        day = self.day(entry, "BookgDt", "ValDt")
        if day is None:
            raise self.fail(entry, "the entry has no booking or value date", "BookgDt")
        credit = amount >= 0
        reversal = _text(entry, "RvslInd").lower() in ("true", "1")
        details = entry.findall("NtryDtls/TxDtls")
        parties = [self.party(tx, credit ^ reversal) for tx in details]
        remittances = [self.remittance(tx) for tx in details]
        extra = _text(entry, "AddtlNtryInf")
        if len(details) <= 1:
            payee = parties[0] if parties else ""
            memo = remittances[0] if remittances else ""
            if not payee:
                payee = extra or memo
            if not memo and extra != payee:
                memo = extra
        else:
            names = [p for p in dict.fromkeys(parties) if p]
            payee = names[0] if len(names) == 1 else (extra or f"{len(details)} transactions")
            parts = []
            for tx, party, remittance in zip(details, parties, remittances, strict=True):
                tx_amount = _text(tx, "Amt") or _text(tx, "AmtDtls/TxAmt/Amt")
                parts.append(" ".join(x for x in (party, tx_amount, remittance) if x))
            memo = f"batch of {len(details)}: " + "; ".join(parts)
        reference = _text(entry, "AcctSvcrRef")
        if not reference and len(details) == 1:
            reference = _text(details[0], "Refs/AcctSvcrRef")
            end_to_end = _text(details[0], "Refs/EndToEndId")
            if not reference and end_to_end.upper() not in _NOT_PROVIDED:
                reference = end_to_end
        builder.add(
            day=day,
            amount=amount,
            payee_raw=payee,
            memo=memo,
            import_id=reference,
            status=PENDING if status == "PDNG" else "cleared",
            line=line,
        )

    @staticmethod
    def party(tx: ET.Element, incoming: bool) -> str:
        """The counterparty's name: the debtor of money that came in, else the creditor."""
        roles = ("Dbtr", "UltmtDbtr", "Cdtr", "UltmtCdtr")
        if not incoming:
            roles = ("Cdtr", "UltmtCdtr", "Dbtr", "UltmtDbtr")
        for role in roles:
            name = _first(tx, f"RltdPties/{role}/Nm", f"RltdPties/{role}/Pty/Nm")
            if name:
                return name
        return ""

    @staticmethod
    def remittance(tx: ET.Element) -> str:
        """Unstructured remittance lines, else the structured creditor reference."""
        lines = [(u.text or "").strip() for u in tx.findall("RmtInf/Ustrd")]
        text = " ".join(x for x in lines if x)
        if not text:
            text = _first(tx, "RmtInf/Strd/CdtrRefInf/Ref", "AddtlTxInf")
        return text


def parse_camt(path: str | Path, data: bytes) -> list[ParsedStatement]:
    """Parse a CAMT.052/.053/.054 file into one statement per account report in it."""
    doc = parse_xml(path, data, _WATCH)
    return _CamtReader(path, doc).statements()
