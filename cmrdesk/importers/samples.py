"""Generated bank files for demos and benchmarks: a CSV export and an OFX statement.

Deterministic for a given seed, realistic enough to exercise the importers (card-terminal
payee noise, salaries, repeated merchants, several transactions a day), and written
streaming so a million rows never sit in memory.
"""

from __future__ import annotations

import random
from datetime import date, timedelta
from pathlib import Path

_MERCHANTS = (
    ("AMAZON.COM*RT4K21 AMZN.COM/BILL", 5, 120),
    ("PAYPAL *NETFLIX", 12, 18),
    ("SPOTIFY P0C1A2B3", 10, 11),
    ("KARTENZAHLUNG ALDI SUED 0815", 8, 95),
    ("REWE MARKT GMBH 4471", 6, 80),
    ("STARBUCKS #1234 SEATTLE WA", 3, 9),
    ("SQ *BLUE BOTTLE COFFEE", 4, 8),
    ("SHELL 2291", 30, 90),
    ("DB VERTRIEB GMBH", 20, 140),
    ("UBER *TRIP HELP.UBER.COM", 7, 35),
    ("IKEA 220", 15, 400),
    ("APOTHEKE AM MARKT", 4, 40),
    ("STADTWERKE ABSCHLAG", 60, 90),
    ("VODAFONE GMBH", 25, 45),
)
_MEMOS = ("", "", "", "card", "online", "monthly", "SEPA")
_START = date(2015, 1, 1)


def _transactions(n: int, seed: int):
    """Yield (day, amount in cents, payee, memo, reference), oldest first."""
    rng = random.Random(seed)  # noqa: S311 - demo data, not secrets
    per_day = _per_day(n)
    for i in range(n):
        day = _START + timedelta(days=i // per_day)
        if day.day == 1 and i % per_day == 0:
            yield day, rng.randint(250_000, 450_000), "ACME GMBH GEHALT", "salary", f"T{i:07d}"
            continue
        payee, low, high = _MERCHANTS[rng.randrange(len(_MERCHANTS))]
        cents = -rng.randint(low * 100, high * 100)
        yield day, cents, payee, _MEMOS[rng.randrange(len(_MEMOS))], f"T{i:07d}"


def _per_day(n: int) -> int:
    """Spread ``n`` transactions over about ten years (a busy account, or many merged)."""
    return max(1, n // 3650)


def _money(cents: int) -> str:
    sign = "-" if cents < 0 else ""
    whole, part = divmod(abs(cents), 100)
    return f"{sign}{whole}.{part:02d}"


def write_demo_csv(path: str | Path, n: int, seed: int = 7) -> Path:
    """Write an ``n``-row CSV export (``Date,Payee,Memo,Amount,Reference``).

    About 50 bytes a row, so a million rows stay under the default 50 MB import cap.
    """
    out = Path(path)
    with open(out, "w", encoding="utf-8", newline="") as fh:
        fh.write("Date,Payee,Memo,Amount,Reference\n")
        lines = []
        for day, cents, payee, memo, ref in _transactions(n, seed):
            lines.append(f"{day.isoformat()},{payee},{memo},{_money(cents)},{ref}\n")
            if len(lines) >= 10_000:
                fh.writelines(lines)
                lines.clear()
        fh.writelines(lines)
    return out


def write_demo_ofx(path: str | Path, n: int, seed: int = 7) -> Path:
    """Write an OFX 1.02 (SGML) checking statement with ``n`` transactions."""
    out = Path(path)
    end = _START + timedelta(days=max(n - 1, 0) // _per_day(n))
    total = 0
    with open(out, "w", encoding="cp1252", newline="") as fh:
        fh.write(
            "OFXHEADER:100\r\nDATA:OFXSGML\r\nVERSION:102\r\nSECURITY:NONE\r\n"
            "ENCODING:USASCII\r\nCHARSET:1252\r\nCOMPRESSION:NONE\r\nOLDFILEUID:NONE\r\n"
            "NEWFILEUID:NONE\r\n\r\n<OFX>\r\n<SIGNONMSGSRSV1><SONRS><STATUS><CODE>0"
            "<SEVERITY>INFO</STATUS><DTSERVER>20250101120000<LANGUAGE>ENG"
            "<FI><ORG>Demo Bank<FID>1234</FI></SONRS></SIGNONMSGSRSV1>\r\n"
            "<BANKMSGSRSV1><STMTTRNRS><TRNUID>1<STATUS><CODE>0<SEVERITY>INFO</STATUS>\r\n"
            "<STMTRS><CURDEF>EUR<BANKACCTFROM><BANKID>50010517<ACCTID>DE89370400440532013000"
            "<ACCTTYPE>CHECKING</BANKACCTFROM>\r\n"
            f"<BANKTRANLIST><DTSTART>{_START:%Y%m%d}<DTEND>{end:%Y%m%d}\r\n"
        )
        chunk = []
        for day, cents, payee, memo, ref in _transactions(n, seed):
            total += cents
            kind = "CREDIT" if cents > 0 else "POS"
            chunk.append(
                f"<STMTTRN>\r\n<TRNTYPE>{kind}\r\n<DTPOSTED>{day:%Y%m%d}120000\r\n"
                f"<TRNAMT>{_money(cents)}\r\n<FITID>{ref}\r\n<NAME>{payee[:32]}\r\n"
                + (f"<MEMO>{memo}\r\n" if memo else "")
                + "</STMTTRN>\r\n"
            )
            if len(chunk) >= 5_000:
                fh.writelines(chunk)
                chunk.clear()
        fh.writelines(chunk)
        fh.write(
            f"</BANKTRANLIST><LEDGERBAL><BALAMT>{_money(total)}<DTASOF>{end:%Y%m%d}"
            "</LEDGERBAL></STMTRS></STMTTRNRS></BANKMSGSRSV1></OFX>\r\n"
        )
    return out
