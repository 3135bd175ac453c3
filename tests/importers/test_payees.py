"""Display payees: the table of examples is the specification."""

from __future__ import annotations

import pytest

from cmrdesk.importers import clean_payee
from cmrdesk.importers.payees import clean_payees


@pytest.mark.parametrize(
    ("raw", "shown"),
    [
        ("AMAZON.COM*RT4K21", "Amazon"),
        ("AMAZON.COM*RT4K21 AMZN.COM/BILL WA", "Amazon"),
        ("AMZN Mktp DE*2K4L1", "Amazon"),
        ("PAYPAL *NETFLIX", "Netflix"),
        ("PAYPAL *SOMESHOP", "Someshop"),
        ("PayPal", "PayPal"),
        ("SQ *BLUE BOTTLE COFFEE", "Blue Bottle Coffee"),
        ("POS 12/03 PAYPAL *SPOTIFY", "Spotify"),
        ("KARTENZAHLUNG ALDI SUED 0815 BERLIN", "Aldi"),
        ("CB CARREFOUR 12/03", "Carrefour"),
        ("STARBUCKS #1234 SEATTLE WA", "Starbucks"),
        ("CARD PURCHASE 01/02 SHELL OIL 57443", "Shell Oil"),
        ("ACME STORE CD 1417    14JAN24", "Acme Store"),
        ("HMRC - TAXES 700000009988776655 8833445566B", "HMRC - Taxes"),
        (
            "EMPLOYER INC    DIRECT DEP                 PPD ID: 1111111111",
            "Employer Inc Direct Dep",
        ),
        ("ATM WITHDRAWAL   001234  03/8888 DELANC", "ATM Withdrawal"),
        ("International Card Services B V", "International Card Services B V"),
        ("INFOPAY FISCAL SERVICES GMBH", "Infopay Fiscal Services GmbH"),
        ("BANK OF AMERICA", "Bank of America"),
        ("JOE'S PIZZA", "Joe's Pizza"),
        ("COCA-COLA", "Coca-Cola"),
        ("MC DONALDS A44 LEIDEN", "McDonald's"),
        ("UBER *TRIP HELP.UBER.COM", "Uber"),
        ("UBER EATS 8005928996", "Uber Eats"),
        ("COMPASS VENDING   BURNABY BC", "Compass Vending"),
        ("SHELL OIL SEATTLE WA", "Shell Oil"),
        ("JOHN DOE", "John Doe"),
        ("Rimi", "Rimi"),
        ("www.example.com", "www.example.com"),
        ("NON-GBP TRANS FEE 2.75% CD 1417", "Non-GBP Trans Fee"),
        ("", ""),
        ("   ", ""),
    ],
)
def test_clean_payee(raw: str, shown: str) -> None:
    assert clean_payee(raw) == shown


def test_clean_payees_column_keeps_order_and_length() -> None:
    raws = ["PAYPAL *NETFLIX", "Rimi", "PAYPAL *NETFLIX", ""]
    assert clean_payees(raws) == ["Netflix", "Rimi", "Netflix", ""]
