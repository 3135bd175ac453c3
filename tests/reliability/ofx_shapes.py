"""Hostile OFX markup of any size: the shapes that made the OFX reader quadratic.

Each shape is a function of a count ``n`` that returns the file's text; :func:`build`
picks ``n`` so that the file is about a given number of bytes. Some shapes are refused
(nesting deeper than any statement, unclosed comments), some are whole statements that
must import; all must take time linear in their size.
"""

from __future__ import annotations

from collections.abc import Callable

HEAD = "OFXHEADER:100\nDATA:OFXSGML\nVERSION:102\n\n<OFX>\n"
STMT = "<BANKMSGSRSV1><STMTTRNRS><STMTRS><CURDEF>USD\n"
ACCT = "<BANKACCTFROM><BANKID>1<ACCTID>42<ACCTTYPE>CHECKING</BANKACCTFROM>\n"
END = "</STMTRS></STMTTRNRS></BANKMSGSRSV1></OFX>\n"
TRN = "<STMTTRN><TRNTYPE>DEBIT<DTPOSTED>20240101<TRNAMT>-1.00<FITID>{i}</STMTTRN>\n"
OPEN_TRN = "<STMTTRN><TRNAMT>1<DTPOSTED>20240101\n"


def _chain(item: str, close: str, depth: int, n: int) -> str:
    """``depth`` nested ``item``s closed one by one, repeated to ``n`` items in all."""
    return ((item * depth) + close * depth + "\n") * max(1, n // depth)


SHAPES: dict[str, Callable[[int], str]] = {
    # The case: tens of thousands of aggregates opened and never closed.
    "unclosed_transactions": lambda n: HEAD + STMT + OPEN_TRN * n + "</OFX>\n",
    "unclosed_aggregates": lambda n: HEAD + "<ABCD>\n" * n + "</OFX>\n",
    "stray_end_tags": lambda n: HEAD + "<ABCD>\n" * (n // 2) + "</EFGH>\n" * (n // 2) + "</OFX>\n",
    "nested_statements": lambda n: HEAD + "<STMTRS>\n" * n + "</STMTRS>\n" * n + "</OFX>\n",
    "nested_responses": lambda n: HEAD + "<STMTTRNRS>\n" * n + "</OFX>\n",
    "unclosed_comments": lambda n: HEAD + "<!--\n" * n + "</OFX>\n",
    "unclosed_cdata": lambda n: HEAD + "<STMTRS><![CDATA[\n" * n + "</OFX>\n",
    "long_tag_name": lambda n: HEAD + "<" + "A" * (8 * n) + "\n</OFX>\n",
    "lone_angles": lambda n: HEAD + "<A x\n" * n + "</OFX>\n",
    # Whole statements that nest as deep as allowed, or repeat the costly parts.
    "transaction_chains": lambda n: (
        HEAD + STMT + ACCT + "<BANKTRANLIST>\n" + _chain(OPEN_TRN, "</STMTTRN>", 24, n)
        + "</BANKTRANLIST>" + END
    ),
    "empty_leaf_chains": lambda n: (
        HEAD + STMT + ACCT + "<BANKTRANLIST>\n"
        + ("<STMTTRN><TRNAMT>1<DTPOSTED>20240101" + "<X>" * 25 + "</STMTTRN>\n") * n
        + "</BANKTRANLIST>" + END
    ),
    "many_statements": lambda n: (
        HEAD + "<BANKMSGSRSV1>\n"
        + "".join(
            f"<STMTTRNRS><STMTRS><BANKTRANLIST>{TRN.format(i=i)}</BANKTRANLIST></STMTRS>"
            "</STMTTRNRS>\n"
            for i in range(n)
        )
        + "</BANKMSGSRSV1></OFX>\n"
    ),
    "failed_responses": lambda n: (
        HEAD + STMT + ACCT + "</STMTRS></STMTTRNRS>\n"
        + "<STMTTRNRS><STATUS><CODE>2000<SEVERITY>ERROR</STATUS></STMTTRNRS>\n" * n
        + "</BANKMSGSRSV1></OFX>\n"
    ),
    "plain_statement": lambda n: (
        HEAD + STMT + ACCT + "<BANKTRANLIST>\n" + "".join(TRN.format(i=i) for i in range(n))
        + "</BANKTRANLIST><LEDGERBAL><BALAMT>1<DTASOF>20240101</LEDGERBAL>" + END
    ),
}  # fmt: skip

#: Shapes that are whole statements (they must import, not only end quickly).
ACCEPTED = frozenset({"transaction_chains", "empty_leaf_chains", "many_statements",
                      "failed_responses", "plain_statement"})  # fmt: skip


def build(shape: str, size: int) -> str:
    """The text of ``shape`` at about ``size`` bytes."""
    make = SHAPES[shape]
    per_item = (len(make(600)) - len(make(300))) / 300
    return make(max(1, int(size / per_item)))
