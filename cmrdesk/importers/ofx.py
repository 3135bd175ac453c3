"""OFX and QFX/QBO: bank, credit-card and investment statements.

Any OFX version, any header (or none), any ``CHARSET``: the body is read by the tolerant
reader in :mod:`cmrdesk.importers.ofx_sgml`, the header only tells us the version and the
declared code page (UTF-8 wins when the bytes are valid UTF-8, because banks often declare
1252 and send UTF-8). An OFX 2 prolog goes through defusedxml first, so a DTD in it is
refused exactly as in CAMT.

One :class:`ParsedStatement` per ``STMTRS``, ``CCSTMTRS`` and ``INVSTMTRS``. A response
that carries only an error status (``<SEVERITY>ERROR``) and no statement is refused with the
bank's own code and message.

Investment statements (``INVSTMTRS``) — what becomes a cash transaction:

* every ``INVBANKTRAN`` (deposits, withdrawals, interest and fees on the cash balance);
* the cash leg of a buy, sell, income, expense, margin interest or return of capital that
  states a ``TOTAL``, when the money moved through the account's cash (``SUBACCTFUND`` is
  ``CASH``, ``MARGIN`` or missing); a 401(k) purchase paid from payroll (``OTHER``) never
  touched the cash balance;
* not ``REINVEST`` (the income is reinvested at once: no net cash), not share movements
  (``TRANSFER``, ``SPLIT``, ``JRNLSEC``) and not ``JRNLFUND`` (between sub-accounts).

Every investment transaction, cash or not, is also listed in
:attr:`ParsedStatement.investments`, and holdings in :attr:`ParsedStatement.positions`, so
the services can keep units and prices. ``AVAILCASH`` is the closing (cash) balance.
"""

from __future__ import annotations

import bisect
import functools
import html
import re
from collections.abc import Iterable, Iterator
from decimal import Decimal
from pathlib import Path

from cmrdesk.domain import ImportFormatError

from .dates import DateError, ofx_day
from .iban import is_valid_iban
from .numbers import COMMA, POINT, decimal_units, fast_units, parse_plain, try_amount
from .ofx_sgml import RECORD_GROUP, Node, read_tree
from .source import LineCounter, decode, line_of
from .statement import (
    InvestmentTransaction,
    ParsedStatement,
    Position,
    StatementAccount,
    StatementBuilder,
)
from .xml_safe import parse_xml

_STATEMENTS = frozenset({"STMTRS", "CCSTMTRS", "INVSTMTRS"})
_RESPONSES = frozenset({"STMTTRNRS", "CCSTMTTRNRS", "INVSTMTTRNRS"})
_SGML_HEADER = re.compile(r"^\s*([A-Z]+)\s*:\s*([^\r\n<]*)", re.M)
_XML_ATTR = re.compile(r'(\w+)\s*=\s*["\']([^"\']*)["\']')
_OFX_PI = re.compile(r"<\?OFX\b([^>]*)\?>", re.I)
_CODEPAGES = {
    "1252": "cp1252",
    "ISO-8859-1": "latin-1",
    "8859-1": "latin-1",
    "ISO-8859-15": "iso8859-15",
    "NONE": "utf-8",
    "UTF-8": "utf-8",
}
_ACCOUNT_KINDS = {
    "CHECKING": "checking",
    "SAVINGS": "savings",
    "MONEYMRKT": "savings",
    "CD": "savings",
    "CREDITLINE": "loan",
}
# Investment transactions whose TOTAL moves cash when paid from the account's own cash.
_CASH_LEG = frozenset({
    "BUYDEBT", "BUYMF", "BUYOPT", "BUYOTHER", "BUYSTOCK",
    "SELLDEBT", "SELLMF", "SELLOPT", "SELLOTHER", "SELLSTOCK",
    "INCOME", "INVEXPENSE", "MARGININTEREST", "RETOFCAP",
})  # fmt: skip
_NOT_CASH_FUNDS = frozenset({"OTHER", "SHORT"})
_CUT = (
    "the file ends before </OFX>: it was cut short (an interrupted download?) or damaged; "
    "nothing was imported; download the statement again"
)


@functools.cache
def _investment_catalogue() -> tuple[frozenset[str], frozenset[str]]:
    """Names of investment transaction and position aggregates, from ofxtools' OFX models.

    ofxtools carries the OFX specification's catalogue; asking it keeps our list complete
    without copying the spec. Imported lazily: it costs half a second and only investment
    statements need it.
    """
    from ofxtools.models.invest.positions import INVPOSLIST
    from ofxtools.models.invest.transactions import INVTRANLIST

    transactions = frozenset(name.upper() for name in INVTRANLIST.listaggregates) - {"INVBANKTRAN"}
    positions = frozenset(name.upper() for name in INVPOSLIST.listaggregates)
    return transactions, positions


class _Rows:
    """The plain transactions of one ``BANKTRANLIST``, as columns (see :class:`_Sink`)."""

    __slots__ = ("day", "decimals", "fitid", "memo", "name", "offset", "units")

    def __init__(self) -> None:
        self.offset: list[int] = []
        self.day: list[int] = []
        self.units: list[int] = []
        self.decimals: list[int] = []
        self.fitid: list[str] = []
        self.name: list[str] = []
        self.memo: list[str] = []


class _Sink:
    """Takes in each ordinary bank transaction while the tree is read, straight into columns.

    Only a record that reads exactly as :meth:`_OfxReader._bank_transactions` would read it
    without a remark is taken: a date in the cache or a valid one, a plain amount, a posted
    date (no DTUSER fallback), no correction. Anything else is left to become a node and go
    the careful way, with its error or warning naming its line.
    """

    def __init__(self) -> None:
        self.days: dict[str, int] = {}
        self.texts: dict[str, str] = {}  # one string per distinct payee or memo text

    def __call__(self, parent: Node, records: Iterator[re.Match[str]]) -> int:
        rows = parent.rows
        if rows is None:
            rows = parent.rows = _Rows()
        days, texts = self.days, self.texts
        keep = texts.setdefault
        offsets, day_column, units, decimals_column = (
            rows.offset, rows.day, rows.units, rows.decimals)
        fitids, names, memos = rows.fitid, rows.name, rows.memo
        taken = 0
        unescape = html.unescape
        for record in records:
            posted, whole, decimals, fitid, checknum, name, memo = record.group(
                _DTPOSTED, _TRNAMT, _DECIMALS, _FITID, _CHECKNUM, _NAME, _MEMO)
            if posted is None or whole is None:
                return taken
            day = days.get(posted)
            if day is None:
                day = self._new_day(posted)
                if day is None:
                    return taken
            # Captured values start with a non-space; only their end needs trimming.
            memo = "" if memo is None else memo.rstrip()
            name = "" if name is None else name.rstrip()
            fitid = "" if fitid is None else fitid.rstrip()
            if "&" in record.group(0):  # rare: entities are unescaped once, as for any leaf
                memo, name, fitid = unescape(memo), unescape(name), unescape(fitid)
                checknum = checknum and unescape(checknum.rstrip())
            elif checknum:
                checknum = checknum.rstrip()
            if not name:
                name = memo or (f"Check {checknum}" if checknum else "")
            offsets.append(record.start(1))
            day_column.append(day)
            if decimals is None:
                units.append(int(whole))
                decimals_column.append(0)
            else:
                units.append(int(whole + decimals))
                decimals_column.append(len(decimals))
            fitids.append(fitid)
            names.append(keep(name, name))
            memos.append(keep(memo, memo))
            taken += 1
        return taken

    def _new_day(self, posted: str) -> int | None:
        """The day of eight digits not seen before, cached; ``None`` when not a valid day
        (the record is then read the careful way, which names its line)."""
        try:
            day = ofx_day(posted)
        except DateError:
            return None
        self.days[posted] = day
        return day


_DTPOSTED, _TRNAMT, _FITID, _CHECKNUM, _NAME, _MEMO = (
    RECORD_GROUP[tag] for tag in ("DTPOSTED", "TRNAMT", "FITID", "CHECKNUM", "NAME", "MEMO")
)
_DECIMALS = _TRNAMT + 1


class _OfxReader:
    """State of one OFX file while its statements are extracted."""

    def __init__(self, path: str | Path, fmt: str, text: str, root: Node) -> None:
        self.path = path
        self.fmt = fmt
        self.root = root
        self.text = text
        self.lines = LineCounter(text)
        self.institution = ""
        signon = root.find("SONRS")
        if signon is not None:
            fi = signon.child("FI")
            self.institution = (fi.fields.get("ORG", "") if fi else "") or ""
        self._securities: dict[str, tuple[str, str]] | None = None
        self._currencies: dict[str, str] | None = None
        self._days: dict[str, int] = {}
        self._answered: set[int] = set()  # ids of the responses that hold a statement

    # --- helpers ---------------------------------------------------------------------------

    def line(self, node: Node) -> int:
        return self.lines(node.offset)

    def fail(self, node: Node, reason: str, field: str | None = None) -> ImportFormatError:
        """An error at ``node``, pointing at the line of ``field`` inside it when present."""
        offset = node.offset
        if field:
            text = self.text
            ends = [text.find(f"</{node.tag}", offset), text.find(f"<{node.tag}", offset + 1)]
            end = min([e for e in ends if e >= 0], default=len(text))
            found = text.find(f"<{field}", offset, end)
            offset = found if found >= 0 else offset
        return ImportFormatError(self.path, reason, line=line_of(self.text, offset), field=field)

    def day(self, node: Node, tag: str, value: str | None) -> int:
        if not value:
            raise self.fail(node, f"missing in this {node.tag} (a date is required)", tag)
        key = value[:8]  # the calendar day; many transactions share it
        day = self._days.get(key)
        if day is not None:
            return day
        try:
            day = ofx_day(value)
        except DateError:
            raise self.fail(node, f"{value.strip()!r} is not a valid date", tag) from None
        if key.isdigit():
            self._days[key] = day
        return day

    def amount_units(self, node: Node, tag: str, value: str | None) -> tuple[int, int]:
        """An amount as ``(units, decimals)``; plain ``-12.34`` skips building a Decimal."""
        if value:
            text = value.strip()
            units = fast_units(text, ".") or fast_units(text, ",")
            if units is not None:
                return units
        return decimal_units(self.amount(node, tag, value))

    def amount(self, node: Node, tag: str, value: str | None) -> Decimal:
        if value is None or not value.strip():
            raise self.fail(node, f"missing in this {node.tag} (an amount is required)", tag)
        amount = parse_plain(value)
        if amount is None:
            raise self.fail(node, f"{value.strip()!r} is not a number", tag)
        return amount

    def optional_number(self, node: Node, tag: str) -> Decimal | None:
        value = node.leaf(tag)
        if not value:
            return None
        return parse_plain(value)

    # --- statements ------------------------------------------------------------------------

    def statements(self) -> list[ParsedStatement]:
        found, responses = self._outline()
        if not found:
            raise ImportFormatError(self.path, self._no_statement_reason())
        self._check_whole(found)
        out = []
        for node in found:
            if node.tag == "INVSTMTRS":
                out.append(self.investment_statement(node))
            else:
                out.append(self.bank_statement(node))
        for response in responses:
            if id(response) not in self._answered:
                problem = self._status_text(response.child("STATUS"))
                if problem:
                    out[0].warnings.append(f"a statement request failed: {problem}")
        return out

    def _outline(self) -> tuple[list[Node], list[Node]]:
        """The statements and the statement responses, in document order, in one walk.

        A statement inside a statement (or a response inside a response) is refused: no
        bank writes one, and refusing it keeps every per-statement search over its own
        part of the file, which makes reading linear in the file's size.
        """
        statements: list[Node] = []
        responses: list[Node] = []
        stack: list[tuple[Node, Node | None, Node | None]] = [
            (node, None, None) for node in reversed(self.root.children)
        ]
        while stack:
            node, in_statement, in_response = stack.pop()
            if node.tag in _STATEMENTS:
                if in_statement is not None:
                    raise self.fail(
                        node,
                        f"a {node.tag} inside the {in_statement.tag} of line "
                        f"{self.line(in_statement)}: the file is damaged",
                    )
                statements.append(node)
                in_statement = node
                if in_response is not None:
                    self._answered.add(id(in_response))
            elif node.tag in _RESPONSES:
                if in_response is not None:
                    raise self.fail(
                        node,
                        f"a {node.tag} inside the {in_response.tag} of line "
                        f"{self.line(in_response)}: the file is damaged",
                    )
                responses.append(node)
                in_response = node
            stack.extend((child, in_statement, in_response) for child in reversed(node.children))
        return statements, responses

    def _check_whole(self, statements: list[Node]) -> None:
        """Refuse a file that stops before its statements close.

        A statement is whole when its own end tag (``</STMTRS>``, ``</CCSTMTRS>``,
        ``</INVSTMTRS>``) closed it and the message ends with ``</OFX>``: a download cut
        short loses ``</OFX>`` wherever the cut falls, so no part of it is imported.
        ``LEDGERBAL`` is not required: some banks leave it out of whole statements (a Bank
        of America export in the corpus does); the end tags are what proves the file whole.
        """
        ofx = self.root.find("OFX")
        if ofx is None or not ofx.closed:
            raise ImportFormatError(
                self.path, _CUT, line=line_of(self.text, len(self.text.rstrip()))
            )
        for stmt in statements:
            if not stmt.closed:
                raise self.fail(
                    stmt,
                    f"this {stmt.tag} is never closed (no </{stmt.tag}>): "
                    "the file is damaged; nothing was imported",
                )

    def _status_text(self, status: Node | None) -> str:
        if status is None:
            return ""
        severity = (status.fields.get("SEVERITY") or "").upper()
        if severity != "ERROR":
            return ""
        code = status.fields.get("CODE", "?")
        message = status.fields.get("MESSAGE", "")
        return f"code {code}" + (f" ({message})" if message else "")

    def _no_statement_reason(self) -> str:
        for tag in ("STMTTRNRS", "CCSTMTTRNRS", "INVSTMTTRNRS", "SONRS"):
            for response in self.root.iter(tag):
                problem = self._status_text(response.child("STATUS"))
                if problem:
                    return (
                        f"the bank sent an error instead of a statement: {problem}; "
                        "download the statement again"
                    )
        ofx = self.root.find("OFX")
        if ofx is None:
            return "no <OFX> element: this is not an OFX file"
        if not ofx.closed:
            return _CUT
        return "the OFX file contains no statement (no STMTRS, CCSTMTRS or INVSTMTRS)"

    def account(self, stmt: Node) -> StatementAccount:
        acct = (
            stmt.child("BANKACCTFROM")
            or stmt.child("CCACCTFROM")
            or stmt.child("INVACCTFROM")
            or _first_of(stmt, ("BANKACCTFROM", "CCACCTFROM", "INVACCTFROM"))
        )
        currency = (stmt.fields.get("CURDEF") or "").strip().upper()
        out = StatementAccount(currency=currency, institution=self.institution)
        if acct is None:
            return out
        number = acct.fields.get("ACCTID", "")
        out.number = number
        if is_valid_iban(number):
            out.iban = number.replace(" ", "").upper()
        if not out.institution:
            out.institution = acct.fields.get("BROKERID") or acct.fields.get("BANKID") or ""
        if acct.tag == "CCACCTFROM":
            out.kind_hint = "credit_card"
        elif acct.tag == "INVACCTFROM":
            out.kind_hint = "brokerage"
        else:
            out.kind_hint = _ACCOUNT_KINDS.get((acct.fields.get("ACCTTYPE") or "").upper(), "")
        return out

    def _balance(self, st: ParsedStatement, agg: Node | None, amount_tag: str) -> None:
        if agg is None:
            return
        raw = agg.fields.get(amount_tag)
        if not raw:
            st.warnings.append(f"line {self.line(agg)}: {agg.tag} has no {amount_tag}")
            return
        # Balances only cross-check the statement; read them as people write them
        # ("R$ 5.326,43") rather than refuse the file for it.
        value = parse_plain(raw)
        if value is None:
            value = try_amount(raw, COMMA if raw.rfind(",") > raw.rfind(".") else POINT)
        if value is None:
            st.warnings.append(f"line {self.line(agg)}: {amount_tag} {raw!r} is not a number")
            return
        st.closing_balance = value
        asof = agg.fields.get("DTASOF")
        if asof:
            try:
                st.closing_date = ofx_day(asof)
            except DateError:
                st.warnings.append(f"line {self.line(agg)}: DTASOF {asof!r} is not a date")

    def bank_statement(self, stmt: Node) -> ParsedStatement:
        builder = StatementBuilder(str(self.path), self.fmt, self.account(stmt))
        if stmt.tag == "CCSTMTRS":
            builder.statement.account.kind_hint = "credit_card"
        deleted: set[str] = set()
        nodes = list(stmt.iter("STMTTRN"))
        taken = [n.rows for n in stmt.iter("BANKTRANLIST") if n.rows is not None and n.rows.day]
        at = 0  # the next node to place
        for rows in taken:  # in document order, each in document order
            # The careful nodes that come before this list's last row, in their places.
            start = 0
            while at < len(nodes) and nodes[at].offset < rows.offset[-1]:
                end = bisect.bisect_left(rows.offset, nodes[at].offset, start)
                self._extend(builder, rows, start, end)
                self._bank_transactions(builder, [nodes[at]], deleted)
                start, at = end, at + 1
            self._extend(builder, rows, start, len(rows.offset))
        self._bank_transactions(builder, nodes[at:], deleted)
        for node in stmt.iter("BANKTRANLIST"):
            node.rows = None  # the columns are the statement's now
        if deleted:
            _drop_ids(builder.statement, deleted)
        st = builder.build()
        self._balance(st, stmt.child("LEDGERBAL") or stmt.find("LEDGERBAL"), "BALAMT")
        self._check_account(st, stmt)
        return st

    def _check_account(self, st: ParsedStatement, stmt: Node) -> None:
        if not st.account.number:
            st.warnings.append(f"line {self.line(stmt)}: the statement names no account (ACCTID)")
        if not st.account.currency:
            st.warnings.append(f"line {self.line(stmt)}: the statement names no currency (CURDEF)")

    def _extend(self, builder: StatementBuilder, rows: _Rows, start: int, end: int) -> None:
        """Rows ``start:end`` of columns the sink took in, onto the statement."""
        if end <= start:
            return
        whole = start == 0 and end == len(rows.offset)

        def part(column: list) -> list:
            return column if whole else column[start:end]

        builder.extend(
            day=part(rows.day),
            units=part(rows.units),
            decimals=part(rows.decimals),
            payee_raw=part(rows.name),
            memo=part(rows.memo),
            import_id=part(rows.fitid),
            line=self._lines_at(part(rows.offset)),
        )

    def _lines_at(self, offsets: list[int]) -> list[int]:
        """Line numbers of increasing ``offsets``, counted in one pass."""
        count = self.text.count
        line = self.lines(offsets[0])
        previous = offsets[0]
        out = [line]
        append = out.append
        for offset in offsets[1:]:
            line += count("\n", previous, offset)
            previous = offset
            append(line)
        self.lines(previous)  # the shared counter continues from here
        return out

    def _bank_transactions(
        self, builder: StatementBuilder, nodes: Iterable[Node], deleted: set[str]
    ) -> None:
        """Add the STMTTRN ``nodes``; the FITIDs the bank corrects away go into ``deleted``
        (the caller drops them once every transaction is in)."""
        for trn in nodes:
            f = trn.fields
            posted = f.get("DTPOSTED")
            if not posted and f.get("DTUSER"):
                posted = f["DTUSER"]
                builder.statement.warnings.append(
                    f"line {self.line(trn)}: no DTPOSTED, the user date DTUSER is used"
                )
            amount = self.amount_units(trn, "TRNAMT", f.get("TRNAMT") or trn.leaf("TRNAMT"))
            day = self.day(trn, "DTPOSTED", posted if posted is not None else trn.leaf("DTPOSTED"))
            fitid = (f.get("FITID") or "").strip()
            name = f.get("NAME") or trn.leaf("NAME") or ""
            memo = f.get("MEMO") or ""
            checknum = f.get("CHECKNUM") or ""
            if not name:
                name = memo or (f"Check {checknum}" if checknum else "")
            action = (f.get("CORRECTACTION") or "").upper()
            corrected = (f.get("CORRECTFITID") or "").strip()
            if action == "DELETE":
                deleted.add(corrected)
                builder.statement.warnings.append(
                    f"line {self.line(trn)}: the bank deletes transaction {corrected}"
                )
                continue
            if action == "REPLACE" and corrected and corrected != fitid:
                deleted.add(corrected)
            builder.add(
                day=day,
                amount=amount,
                payee_raw=name.strip(),
                memo=memo.strip(),
                import_id=fitid,
                line=self.line(trn),
            )

    # --- investments -----------------------------------------------------------------------

    def securities(self) -> dict[str, tuple[str, str]]:
        """Security id -> (ticker, name) from SECLIST (first entry wins on duplicates)."""
        if self._securities is None:
            table: dict[str, tuple[str, str]] = {}
            for info in self.root.iter("SECINFO"):
                uid = info.leaf("UNIQUEID") or ""
                if uid and uid not in table:
                    table[uid] = (info.leaf("TICKER") or "", info.leaf("SECNAME") or "")
            self._securities = table
        return self._securities

    def investment_statement(self, stmt: Node) -> ParsedStatement:
        transactions, position_tags = _investment_catalogue()
        builder = StatementBuilder(str(self.path), self.fmt, self.account(stmt))
        st = builder.statement
        st.account.kind_hint = (
            "pension" if _first_of(stmt, ("INV401K", "INV401KBAL")) else "brokerage"
        )
        tranlist = stmt.child("INVTRANLIST") or stmt.find("INVTRANLIST")
        cash: list[tuple[int, Node]] = []  # document order of cash rows
        if tranlist is not None:
            for node in tranlist.iter(transactions | {"INVBANKTRAN"}):
                if node.tag == "INVBANKTRAN":
                    cash.extend((t.offset, t) for t in node.iter("STMTTRN"))
                    continue
                inv = self._investment(node)
                st.investments.append(inv)
                fund = (node.leaf("SUBACCTFUND") or "").upper()
                if (
                    node.tag in _CASH_LEG
                    and inv.total is not None
                    and (fund not in _NOT_CASH_FUNDS)
                ):
                    cash.append((node.offset, node))
        cash.sort(key=lambda pair: pair[0])
        deleted: set[str] = set()
        for _offset, node in cash:
            if node.tag == "STMTTRN":
                self._bank_transactions(builder, [node], deleted)
            else:
                self._cash_leg(builder, node)
        if deleted:
            _drop_ids(builder.statement, deleted)
        st = builder.build()
        poslist = stmt.child("INVPOSLIST") or stmt.find("INVPOSLIST")
        if poslist is not None:
            st.positions = [self._position(p) for p in poslist.iter(position_tags)]
        balance = stmt.find("INVBAL")
        if balance is not None:
            self._balance(st, balance, "AVAILCASH")
            if st.closing_balance is not None and stmt.fields.get("DTASOF"):
                try:
                    st.closing_date = ofx_day(stmt.fields["DTASOF"])
                except DateError:
                    st.warnings.append(f"line {self.line(stmt)}: DTASOF is not a date")
        self._check_account(st, stmt)
        return st

    def _investment(self, node: Node) -> InvestmentTransaction:
        tran = node.find("INVTRAN")
        when = (tran.fields.get("DTTRADE") if tran else None) or node.leaf("DTSETTLE")
        uid = node.leaf("UNIQUEID") or ""
        ticker, name = self.securities().get(uid, ("", ""))
        total = node.leaf("TOTAL")
        return InvestmentTransaction(
            day=self.day(node, "DTTRADE", when),
            kind=node.tag,
            security_id=uid,
            ticker=ticker,
            security_name=name,
            units=self.optional_number(node, "UNITS"),
            unit_price=self.optional_number(node, "UNITPRICE"),
            total=None if not total else self.amount(node, "TOTAL", total),
            import_id=((tran.fields.get("FITID") if tran else "") or "").strip(),
            memo=((tran.fields.get("MEMO") if tran else "") or "").strip(),
            line=self.line(node),
        )

    def _cash_leg(self, builder: StatementBuilder, node: Node) -> None:
        inv = self._investment(node)
        assert inv.total is not None
        label = inv.security_name or inv.ticker or inv.security_id or inv.memo
        detail = [node.tag.title()]
        if inv.units is not None:
            detail.append(f"{inv.units:f}")
        if inv.ticker or inv.security_id:
            detail.append(inv.ticker or inv.security_id)
        if inv.unit_price is not None:
            detail.append(f"@ {inv.unit_price:f}")
        income = node.leaf("INCOMETYPE")
        if income:
            detail.append(income.lower())
        memo = " ".join(detail) + (f" — {inv.memo}" if inv.memo else "")
        builder.add(
            day=inv.day,
            amount=inv.total,
            payee_raw=label,
            memo=memo,
            import_id=inv.import_id,
            line=inv.line,
        )

    def _position(self, node: Node) -> Position:
        uid = node.leaf("UNIQUEID") or ""
        ticker, name = self.securities().get(uid, ("", ""))
        priced = node.leaf("DTPRICEASOF")
        try:
            day = ofx_day(priced) if priced else None
        except DateError:
            day = None
        # A position in another currency than the statement's says so in its own CURRENCY
        # aggregate, else in its security's (OFX 13.9.2.4.3); neither means CURDEF.
        currency = node.leaf("CURSYM") or self.security_currencies().get(uid, "")
        return Position(
            security_id=uid,
            ticker=ticker,
            security_name=name,
            units=self.optional_number(node, "UNITS"),
            unit_price=self.optional_number(node, "UNITPRICE"),
            market_value=self.optional_number(node, "MKTVAL"),
            day=day,
            id_type=(node.leaf("UNIQUEIDTYPE") or "").strip().upper(),
            kind=node.tag,
            currency=currency.strip().upper(),
            cost_basis=self.optional_number(node, "COSTBASIS"),  # a common broker extension
            line=self.line(node),
        )

    def security_currencies(self) -> dict[str, str]:
        """Security id -> the CURSYM its SECINFO states (only those that state one)."""
        if self._currencies is None:
            table: dict[str, str] = {}
            for info in self.root.iter("SECINFO"):
                uid = info.leaf("UNIQUEID") or ""
                currency = info.leaf("CURSYM") or ""
                if uid and currency and uid not in table:
                    table[uid] = currency
            self._currencies = table
        return self._currencies


def _first_of(node: Node, tags: tuple[str, ...]) -> Node | None:
    """The first aggregate below ``node`` called ``tags[0]``, else the first called
    ``tags[1]``, and so on; one walk instead of one per tag."""
    first: dict[str, Node] = {}
    for found in node.iter(frozenset(tags)):
        if found.tag == tags[0]:
            return found
        first.setdefault(found.tag, found)
    return next((first[tag] for tag in tags if tag in first), None)


def _drop_ids(st: ParsedStatement, ids: set[str]) -> None:
    """Remove transactions the bank itself corrected away (CORRECTACTION)."""
    keep = [i for i, fitid in enumerate(st.import_id) if fitid not in ids]
    if len(keep) == len(st.import_id):
        return
    for column in ("day", "amount_minor", "payee_raw", "memo", "import_id", "status", "line"):
        values = getattr(st, column)
        setattr(st, column, [values[i] for i in keep])


def ofx_header(text: str) -> dict[str, str]:
    """The header fields of an OFX file (SGML ``KEY:VALUE`` lines or the ``<?OFX ...?>``)."""
    start = text.upper().find("<OFX")
    head = text[: start if start >= 0 else 4096]
    pi = _OFX_PI.search(head)
    if pi:
        return {k.upper(): v for k, v in _XML_ATTR.findall(pi.group(1))} | {"XML": "1"}
    return {k.upper(): v.strip() for k, v in _SGML_HEADER.findall(head)}


def _check_prolog(path: str | Path, text: str) -> None:
    """Run an OFX 2 prolog (declaration, PI, any DTD) through defusedxml."""
    start = text.upper().find("<OFX")
    if start <= 0:
        return
    prolog = text[:start].lstrip("\ufeff \t\r\n\x00")
    if prolog.startswith("<?xml") or "<!" in prolog:
        parse_xml(path, prolog + "<OFX/>")


def parse_ofx(path: str | Path, data: bytes, fmt: str = "ofx") -> list[ParsedStatement]:
    """Parse an OFX/QFX/QBO file into one statement per account statement in it."""
    data = data.rstrip(b"\x00\x1a \t\r\n")  # QBO files may end in a NUL byte
    head = data[:4096].decode("latin-1")
    header = ofx_header(head)
    declared = _CODEPAGES.get(header.get("CHARSET", "").upper())
    if header.get("ENCODING", "").upper() == "UTF-8" or "XML" in header:
        declared = "utf-8"
    text, _encoding = decode(path, data, declared=declared)
    del data  # the text is all that is needed now: do not hold the file twice
    if "XML" in header:
        _check_prolog(path, text)
    root, text = read_tree(path, text, _Sink())
    return _OfxReader(path, fmt, text, root).statements()
