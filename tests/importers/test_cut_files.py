"""A statement cut short (an interrupted download) or damaged is refused as a whole.

Each reader must see that a file stops before its statement's closing part: an OFX without
its end tags, an MT940 block without ``:62F:``, a QIF record without ``^``, a CSV whose
last line was cut inside. The examples are the ones a hostile test of the importers found
imported with exit 0, no warning and wrong money or counts.
"""

from __future__ import annotations

from decimal import Decimal
from pathlib import Path

import pytest

from cmrdesk.domain import ImportFormatError
from cmrdesk.importers import parse_file

from .conftest import REFUSED, corpus_files, path_of


def cut(tmp_file, key: str, at: int | bytes, name: str | None = None) -> Path:
    """The corpus file ``key`` cut at byte ``at``, or just after the first ``at`` bytes."""
    data = path_of(key).read_bytes()
    if isinstance(at, bytes):
        at = data.index(at) + len(at)
    return tmp_file(name or Path(key).name, data[:at])


def refused(path: Path, *words: str) -> ImportFormatError:
    with pytest.raises(ImportFormatError) as caught:
        parse_file(path)
    error = caught.value
    assert str(path) in str(error)
    for word in words:
        assert word in str(error)
    return error


# --- the hostile test's examples ------------------------------------------------------------


def test_lloyds_csv_cut_at_byte_493_is_refused_not_a_credit_of_200(tmp_file) -> None:
    # Imported a credit of 200.00 where the file says 2000.00.
    path = cut(tmp_file, "csv/ofxstatement-lloyds__sample-statement.csv", 493)
    error = refused(path, "cut short", "no line end")
    assert error.line == 5


def test_qif_record_cut_after_t_minus_20_is_refused(tmp_file) -> None:
    # Imported -20.00 where the file says -20.28.
    path = cut(tmp_file, "qif/oca-bsi__test_qif.qif", b"T-20")
    assert path.read_bytes().endswith(b"\nT-20")
    refused(path, "no end marker (^)", "cut short")


def test_mt940_cut_inside_the_bookings_is_refused(tmp_file) -> None:
    # A cut Bunq file imported 61 of 111 bookings, the last one a made-up 0.00.
    key = "mt940/php-mt940__Bunq_sample.sta"
    data = path_of(key).read_bytes()
    at = data.index(b":61:", len(data) // 2) + len(":61:190524")
    error = refused(tmp_file("bunq.sta", data[:at]), "without its closing balance (:62F:)")
    assert error.line is not None


@pytest.mark.parametrize("key", [k for k in corpus_files(("ofx/", "qfx/")) if k not in REFUSED])
def test_ofx_cut_anywhere_before_its_end_is_refused(tmp_file, key: str) -> None:
    # Twelve cut OFX/QFX files imported 0 rows with exit 0.
    data = path_of(key).read_bytes()
    start = data.upper().find(b"<OFX")
    end = data.upper().rfind(b"</OFX>")
    for fraction in (0.2, 0.5, 0.8, 0.99):
        at = start + 5 + int((end - start - 5) * fraction)
        with pytest.raises(ImportFormatError, match="cut short"):
            parse_file(tmp_file(Path(key).name, data[:at]))


def test_cut_right_after_a_transaction_with_zero_rows_left_is_refused(tmp_file) -> None:
    path = cut(tmp_file, "ofx/ofxparse__checking.ofx", b"<BANKTRANLIST>")
    error = refused(path, "ends before </OFX>", "cut short")
    assert error.line == path.read_text().count("\n") + 1


# --- OFX ------------------------------------------------------------------------------------

_SGML = """OFXHEADER:100
DATA:OFXSGML
VERSION:102

<OFX>
<BANKMSGSRSV1><STMTTRNRS><STMTRS><CURDEF>EUR
<BANKACCTFROM><BANKID>1<ACCTID>42<ACCTTYPE>CHECKING</BANKACCTFROM>
<BANKTRANLIST>
<STMTTRN><TRNTYPE>DEBIT<DTPOSTED>20240102<TRNAMT>-12.50<FITID>1<NAME>Shop</STMTTRN>
</BANKTRANLIST>
<LEDGERBAL><BALAMT>87.50<DTASOF>20240131</LEDGERBAL>
</STMTRS></STMTTRNRS></BANKMSGSRSV1>
</OFX>
"""

_XML = """<?xml version="1.0" encoding="UTF-8"?>
<?OFX OFXHEADER="200" VERSION="220" SECURITY="NONE" OLDFILEUID="NONE" NEWFILEUID="NONE"?>
<OFX><BANKMSGSRSV1><STMTTRNRS><STMTRS><CURDEF>EUR</CURDEF>
<BANKACCTFROM><BANKID>1</BANKID><ACCTID>42</ACCTID><ACCTTYPE>CHECKING</ACCTTYPE></BANKACCTFROM>
<BANKTRANLIST><STMTTRN><TRNTYPE>DEBIT</TRNTYPE><DTPOSTED>20240102</DTPOSTED>
<TRNAMT>-12.50</TRNAMT><FITID>1</FITID><NAME>Shop</NAME></STMTTRN></BANKTRANLIST>
<LEDGERBAL><BALAMT>87.50</BALAMT><DTASOF>20240131</DTASOF></LEDGERBAL>
</STMTRS></STMTTRNRS></BANKMSGSRSV1></OFX>
"""


@pytest.mark.parametrize("text", [_SGML, _XML], ids=["sgml", "xml"])
def test_whole_ofx_imports(tmp_file, text: str) -> None:
    (st,) = parse_file(tmp_file("whole.ofx", text))
    assert st.amounts() == [Decimal("-12.50")]
    assert st.closing_balance == Decimal("87.50")


@pytest.mark.parametrize("text", [_SGML, _XML], ids=["sgml", "xml"])
def test_ofx_without_its_closing_ofx_tag_is_refused(tmp_file, text: str) -> None:
    cut_text = text[: text.rindex("</OFX>")]
    refused(tmp_file("cut.ofx", cut_text), "ends before </OFX>")


@pytest.mark.parametrize("text", [_SGML, _XML], ids=["sgml", "xml"])
def test_ofx_statement_without_its_end_tag_is_refused(tmp_file, text: str) -> None:
    damaged = text.replace("</STMTRS>", "")
    error = refused(tmp_file("open.ofx", damaged), "STMTRS is never closed")
    assert error.line is not None


def test_ofx_cut_inside_the_ledger_balance_is_refused(tmp_file) -> None:
    refused(tmp_file("cut.ofx", _SGML[: _SGML.index("87.5") + 3]), "ends before </OFX>")


def test_a_statement_inside_a_statement_is_damage(tmp_file) -> None:
    nested = _SGML.replace("<BANKTRANLIST>", "<BANKTRANLIST><STMTRS></STMTRS>", 1)
    refused(tmp_file("nested.ofx", nested), "a STMTRS inside the STMTRS")


# --- MT940 ----------------------------------------------------------------------------------

_MT940 = """:20:STMT1
:25:NL91ABNA0417164300
:28C:1/1
:60F:C240101EUR100,00
:61:2401020102D12,50NTRFNONREF//B1
:86:Shop
:62F:C240102EUR87,50
"""


def test_whole_mt940_imports(tmp_file) -> None:
    (st,) = parse_file(tmp_file("whole.sta", _MT940))
    assert (st.opening_balance, st.closing_balance) == (Decimal("100.00"), Decimal("87.50"))
    assert st.warnings == []


def test_mt940_block_without_closing_balance_is_refused(tmp_file) -> None:
    text = _MT940 + _MT940.replace("STMT1", "STMT2").split(":62F:")[0]
    error = refused(tmp_file("two.sta", text), "'STMT2'", ":62F:")
    assert error.line == 13


def test_mt940_statement_closed_by_the_message_end_is_whole_with_a_warning(tmp_file) -> None:
    # A real SNS file closes its last statement with "-}" and no :62F:; a damaged :62F:
    # tag looks the same, so the missing balance is said.
    text = _MT940.split(":62F:")[0] + "-}\n"
    (st,) = parse_file(tmp_file("sns.sta", text))
    assert st.closing_balance is None and len(st) == 1
    assert any("no closing balance (:62F:)" in w for w in st.warnings)


def test_mt940_statements_run_together_are_refused(tmp_file) -> None:
    # A lost ":20:" line merged two statements into one that still added up.
    second = _MT940.replace("STMT1", "STMT2").replace(":20:STMT2\n", "")
    refused(tmp_file("merged.sta", _MT940 + second), "second :60F:", "ran together")
    orphan = _MT940.replace(":20:STMT1\n", ":25:X\n:61:2401020102D1,00NTRF\n") + _MT940
    refused(tmp_file("orphan.sta", orphan), "before the first statement reference")


def test_mt940_last_line_cut_inside_the_closing_balance_is_refused(tmp_file) -> None:
    for end in ("87,5", "87", "8"):  # no line end after it
        text = _MT940.replace("87,50\n", end)
        refused(tmp_file("cut.sta", text), "ends inside this line")
    whole = _MT940.rstrip("\n")  # no line end, but it adds up and has its decimals
    assert parse_file(tmp_file("whole.sta", whole))[0].closing_balance == Decimal("87.50")


def test_mt940_last_line_cut_inside_a_booking_or_balance_is_refused(tmp_file) -> None:
    text = _MT940 + ":64:C240102EUR87"
    refused(tmp_file("cut.sta", text), "middle of its last line (:64:)")


def test_mt940_damaged_tag_and_missing_opening_are_refused(tmp_file) -> None:
    refused(tmp_file("tag.sta", _MT940.replace(":60F:C", ":60R")), "damaged field tag")
    no_opening = _MT940.replace(":60F:C240101EUR100,00\n", "")
    refused(tmp_file("open.sta", no_opening), "no opening balance")


def test_mt942_totals_are_checked(tmp_file) -> None:
    text = path_of("mt940/wolph-mt940__mBank_mt942.sta").read_text("utf-8")
    assert parse_file(tmp_file("ok.sta", text))[0].warnings == []
    (st,) = parse_file(tmp_file("off.sta", text.replace(":90C:3PLN0,03", ":90C:4PLN0,04")))
    assert any(":90C: states 4 credits totalling 0.04" in w for w in st.warnings)


# --- QIF ------------------------------------------------------------------------------------

_QIF = "!Type:Bank\nD01/02/2024\nT-20.28\nPShop\n^\nD01/03/2024\nT-5.00\nPCafe\n^\n"


def test_qif_record_without_end_marker_before_a_header_is_refused(tmp_file) -> None:
    text = _QIF.replace("PCafe\n^\n", "PCafe\n") + "!Type:CCard\nD01/04/2024\nT-1.00\n^\n"
    refused(tmp_file("open.qif", text), "line 6 has no end marker (^) before the header on line 9")


def test_qif_records_run_together_are_refused(tmp_file) -> None:
    # A lost "^" made the second record vanish into the first (first value wins).
    refused(tmp_file("merged.qif", _QIF.replace("PShop\n^\n", "PShop\n", 1)), "second D line")


def test_qif_last_record_without_end_marker_is_refused_when_others_have_one(tmp_file) -> None:
    refused(tmp_file("cut.qif", _QIF[: _QIF.rindex("PCafe") + 3]), "although the records")


def test_qif_file_ending_in_a_header_or_account_block_is_refused(tmp_file) -> None:
    refused(tmp_file("h.qif", _QIF + "!Type:Ba"), "ends with a header")
    refused(tmp_file("h2.qif", _QIF + "!Ac"), "ends with a header")
    assert parse_file(tmp_file("switch.qif", _QIF + "!Clear:AutoSwitch\n"))
    refused(tmp_file("a.qif", _QIF + "!Account\nNSavings\nTBa"), "inside an account block")


def test_one_record_file_without_end_marker_imports_with_a_warning() -> None:
    # Two real exports (qif2json) end that way; the money and date lines are whole.
    (st,) = parse_file(path_of("qif/qif2json__utf8.qif"))
    assert st.amounts() == [Decimal("-379.00")]
    assert any("may be cut short" in w for w in st.warnings)


def test_one_record_file_ending_in_its_amount_is_refused(tmp_file) -> None:
    refused(tmp_file("one.qif", "!Type:Bank\nD01/02/2024\nPShop\nT-20"), "may be cut mid-way")


def test_qif_file_whose_records_all_appear_twice_is_flagged(tmp_file) -> None:
    (st,) = parse_file(tmp_file("twice.qif", _QIF + _QIF.split("\n", 1)[1]))
    assert len(st) == 4  # imported as written: every record is whole
    assert any("appears exactly twice" in w for w in st.warnings)
    # Two identical coffees are two coffees, not a doubled file.
    coffees = "!Type:Bank\n" + "D01/20/2024\nT-3.00\nPCafe\n^\n" * 2
    (st,) = parse_file(tmp_file("coffee.qif", coffees))
    assert len(st) == 2 and st.warnings == []


# --- CSV ------------------------------------------------------------------------------------

_CSV = (
    "Date,Payee,Amount,Balance\n"
    "2024-01-02,Shop,-12.50,1087.50\n"
    "2024-01-03,Cafe,-3.20,1084.30\n"
    "2024-01-15,Salary,2000.00,3084.30\n"
)


@pytest.mark.parametrize(
    ("ending", "why"),
    [
        ("2024-01-15,Salary,2000.00", "only 3 of the 4 fields"),
        ("2024-01-15,Salary,200", "only 3 of the 4 fields"),
        ("2024-01-15,Sal", "only 2 of the 4 fields"),
        ('2024-01-15,Salary,2000.00,"3084.3', "inside a quoted field"),
        ("2024-01-15,Salary,2000.00,3084.3", "only the beginning"),
        ("2024-01-15,Salary,2000.00,308", "only the beginning"),
    ],
)
def test_csv_last_line_cut_inside_is_refused(tmp_file, ending: str, why: str) -> None:
    text = _CSV.rsplit("\n", 2)[0] + "\n" + ending
    error = refused(tmp_file("cut.csv", text), why, "cut short")
    assert error.line == 4


def test_csv_amount_cut_in_its_decimals_is_refused(tmp_file) -> None:
    text = "Date,Payee,Amount\n2024-01-02,Shop,-12.50\n2024-01-03,Cafe,-3.25\n2024-01-15,Pay,20.0"
    refused(tmp_file("cut.csv", text), "fewer decimals")


def test_csv_date_cut_short_is_refused(tmp_file) -> None:
    text = "Payee,Amount,Date\nShop,-12.50,2024-01-02\nCafe,-3.25,2024-01-13\nPay,20.00,2024-01-1"
    refused(tmp_file("cut.csv", text), "its date '2024-01-1'")


def test_csv_cut_after_a_delimiter_is_refused(tmp_file) -> None:
    quoted = '"Date";"Payee";"Amount";"Note"\n"2024-01-02";"Shop";"-12.50";""\n'
    refused(tmp_file("q.csv", quoted + '"2024-01-03";"Cafe";"-3.20";'), "empty and unquoted")
    plain = "Date,Payee,Amount,Note\n2024-01-02,Shop,-12.50,a\n2024-01-03,Cafe,-3.20,b\n"
    refused(tmp_file("p.csv", plain + "2024-01-04,Pay,20.00,"), "is empty")


def test_csv_whole_without_final_line_end_imports(tmp_file) -> None:
    (st,) = parse_file(tmp_file("whole.csv", _CSV.rstrip("\n")))
    assert st.amounts()[-1] == Decimal("2000.00")
    (st,) = parse_file(path_of("csv/hledger__sample.fr.cp1252.csv"))  # a real one
    assert len(st) > 0


def test_csv_footer_after_a_blank_line_without_line_end_imports(tmp_file) -> None:
    # A real Fidelity export ends like this.
    (st,) = parse_file(tmp_file("footer.csv", _CSV + "\nDate downloaded 01/16/2024 3:00 pm"))
    assert len(st) == 3


def test_csv_last_line_cut_with_only_a_header_before_it_is_refused(tmp_file) -> None:
    refused(tmp_file("one.csv", "Date,Payee,Amount,Balance\n2024-01-02,Shop,-12.50"), "header")
    # A real ING-DiBa export cut in its first row's credit (12,23).
    cut_row = "Konto;Text;Datum;Soll;Haben\n1234;Zinsen;31.12.2013;0,00;1"
    refused(tmp_file("diba.csv", cut_row), "fewer decimals")


# --- CAMT -----------------------------------------------------------------------------------


def test_camt_statement_with_one_balance_only_says_so(tmp_file) -> None:
    # A damaged balance code (CLBD -> CLBT) dropped the closing balance without a word.
    text = path_of("camt/ofxstatement-iso20022__camt053.xml").read_text("utf-8")
    assert parse_file(tmp_file("ok.xml", text))[0].closing_balance is not None
    (st,) = parse_file(tmp_file("bad.xml", text.replace("<Cd>CLBD</Cd>", "<Cd>CLBT</Cd>")))
    assert st.closing_balance is None
    assert any("no closing (CLBD) one" in w for w in st.warnings)
