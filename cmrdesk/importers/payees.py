"""Display payees: ``AMAZON.COM*RT4K21 AMZN.COM/BILL WA`` becomes ``Amazon``.

Bank text is written for machines: card-terminal prefixes, payment processors in front of
the merchant, store numbers, references, dates, times, cities. :func:`clean_payee` removes
that noise with the tables below (extend them, not the code), maps well-known merchants to
their usual name, and turns SHOUTING into title case. The raw text is always kept next to
the cleaned one (``payee_raw``), so nothing is lost and rules can improve later.
"""

from __future__ import annotations

import re

from .numbers import ISO_CURRENCIES

# Card-terminal and booking-type prefixes, in English, German, Dutch, French, Spanish.
# Each may be followed by an authorisation date ("PURCHASE AUTHORIZED ON 01/02").
_TERMINAL_PREFIXES = (
    r"POS(?: PURCHASE| DEBIT| TRANSACTION)?",
    r"EFTPOS",
    r"(?:DEBIT |CREDIT )?CARD (?:PURCHASE|PAYMENT|TRANSACTION)",
    r"PURCHASE(?: AUTHORI[SZ]ED ON)?",
    r"CHECK ?CARD(?: PURCHASE)?",
    r"VISA(?: DEBIT| PURCHASE)?",
    r"MASTERCARD|MAESTRO|DEBIT PURCHASE",
    r"RECURRING (?:PAYMENT|DEBIT)|PREAUTHORI[SZ]ED DEBIT",
    r"(?:SEPA[- ])?(?:KARTENZAHLUNG|LASTSCHRIFT|BASISLASTSCHRIFT|UEBERWEISUNG|ÜBERWEISUNG)",
    r"GIROCARD|EC(?:-KARTE)?|BETAALAUTOMAAT|BEA|GEA|PINBETALING|BETALING",
    r"PAIEMENT (?:PAR )?(?:CARTE|CB)|CARTE|CB|PRLV SEPA|PRELEVEMENT|PRÉLÈVEMENT",
    r"COMPRA(?: CON TARJETA)?|PAGO(?: CON TARJETA)?|TARJETA",
)
_PREFIX = re.compile(
    r"^(?:" + "|".join(_TERMINAL_PREFIXES) + r")\b[\s:*-]*"
    r"(?:\d{1,2}[./]\d{1,2}(?:[./]\d{2,4})?\s+)?(?:\d{2}:\d{2}\s+)?",
    re.I,
)
# Payment processors written in front of the merchant: "PAYPAL *NETFLIX", "SQ *BLUE CAFE".
_PROCESSOR = re.compile(
    r"^(?:PAYPAL|PP|SQ|SQU|TST|SUMUP|ZTL|IZ|IZETTLE|SP|PY|CKO|PADDLE\.NET|FS|2CO\.COM|"
    r"GOOGLE PAY|GPAY|APPLE PAY|KLARNA|STRIPE|MOLLIE|ADYEN|PAYU|DNH|WPY|BT|CCBILL)"
    r"\s*\*\s*",
    re.I,
)
# Well-known merchants: pattern at the start of the text -> display name. Order matters
# (more specific first).
_BRANDS: tuple[tuple[str, str], ...] = (
    (r"AMAZON WEB SERVICES|AWS EMEA|AWS\b", "Amazon Web Services"),
    (r"AMZN|AMAZON|AMZ\*", "Amazon"),
    (r"NETFLIX", "Netflix"),
    (r"SPOTIFY", "Spotify"),
    (r"APPLE\.COM|APPLE COM|ITUNES", "Apple"),
    (r"GOOGLE|YOUTUBE", "Google"),
    (r"UBER ?EATS", "Uber Eats"),
    (r"UBER", "Uber"),
    (r"LYFT", "Lyft"),
    (r"STARBUCKS", "Starbucks"),
    (r"MC ?DONALD'?S", "McDonald's"),
    (r"WAL-?MART|WM SUPERCENTER", "Walmart"),
    (r"COSTCO", "Costco"),
    (r"AIRBNB", "Airbnb"),
    (r"BOOKING\.COM", "Booking.com"),
    (r"EBAY", "eBay"),
    (r"IKEA", "IKEA"),
    (r"LIDL", "Lidl"),
    (r"ALDI", "Aldi"),
    (r"REWE", "REWE"),
    (r"EDEKA", "EDEKA"),
    (r"ALBERT HEIJN|AH TO GO", "Albert Heijn"),
    (r"TESCO", "Tesco"),
    (r"SAINSBURY", "Sainsbury's"),
    (r"CARREFOUR", "Carrefour"),
    (r"MERCADONA", "Mercadona"),
    (r"DELIVEROO", "Deliveroo"),
    (r"JUST ?EAT|JUST-EAT", "Just Eat"),
    (r"ZALANDO", "Zalando"),
    (r"MICROSOFT|MSFT", "Microsoft"),
    (r"STEAM ?GAMES|STEAMPOWERED|STEAM PURCHASE", "Steam"),
    (r"DISNEY ?PLUS", "Disney+"),
    (r"AUDIBLE", "Audible"),
    (r"DROPBOX", "Dropbox"),
    (r"PAYPAL", "PayPal"),
    (r"DM[- ]DROGERIE|DM FIL", "dm-drogerie markt"),
    (r"DEUTSCHE BAHN|DB VERTRIEB|DB FERNVERKEHR", "Deutsche Bahn"),
    (r"NS REIZIGERS", "NS"),
    (r"TFL\.GOV|TFL TRAVEL|TRANSPORT FOR LONDON", "TfL"),
)
_BRAND_PATTERNS = tuple((re.compile(rf"^(?:{p})(?![A-Z])", re.I), name) for p, name in _BRANDS)

# Tokens after which the rest is reference noise.
_NOISE_WORDS = frozenset({
    "REF", "REF:", "REF.", "REFERENCE", "ID:", "PPD", "WEB", "CCD", "TEL", "AUTH",
    "VALUTADATUM:", "IBAN:", "BIC:", "KD-NR", "KD-NR.", "EREF:", "MREF:", "CRED:",
    "BETALINGSKENM.", "KENMERK:",
})  # fmt: skip
# Words that start noise only when a number follows: "CD 1417", "CARD 1234", "NR 5".
_NOISE_BEFORE_NUMBER = frozenset({
    "CD", "CARD", "KARTE", "NR", "NR.", "NO", "NO.", "ID", "TERMINAL", "TERM", "PAS", "PASNR",
    "TRANSACTION", "FIL", "FILIALE",
})  # fmt: skip
_DATE_OR_TIME = re.compile(
    r"^(?:\d{1,2}[./-]\d{1,2}(?:[./-]\d{2,4})?|\d{2}:\d{2}(?::\d{2})?|"
    r"\d{1,2}(?:JAN|FEB|MAR|APR|MAY|JUN|JUL|AUG|SEP|OCT|NOV|DEC)\d{0,4})$",
    re.I,
)
_KEEP_UPPER = frozenset({
    "ATM", "ACH", "POS", "SEPA", "BV", "NV", "AG", "SA", "SL", "UK", "USA", "US", "EU",
    "PLC", "LLC", "AB", "ASA", "HMRC", "IRS", "BP", "DM", "KG", "OHG", "UG", "IBAN", "BIC",
    "TV", "ING", "ABN", "AMRO", "HSBC", "RBS", "BNP", "CIC", "DHL", "UPS", "KPN", "ANWB",
    "ASN", "SNS", "IKEA", "REWE", "EDEKA", "ADAC", "ARD", "ZDF", "AOK", "TK", "BMW", "VW",
})  # fmt: skip
_SPECIAL_CASE = {"GMBH": "GmbH", "MBH": "mbH", "EV": "e.V.", "E.V.": "e.V.", "SARL": "SARL"}
_SMALL_WORDS = frozenset({
    "of", "and", "the", "to", "for", "by", "at", "de", "van", "der", "den", "la", "le", "du", "y",
})  # fmt: skip
_SPACES = re.compile(r"\s+")
_TRIM = " -–,;:/*.#"


def _is_noise(token: str, following: str = "") -> bool:
    """A token that starts the trailing reference/date/location noise."""
    upper = token.upper()
    if upper in _NOISE_WORDS:
        return True
    if upper in _NOISE_BEFORE_NUMBER and any(c.isdigit() for c in following):
        return True
    if token[:1] in "#*" and any(c.isdigit() for c in token):
        return True
    if _DATE_OR_TIME.match(token):
        return True
    digits = sum(c.isdigit() for c in token)
    return digits > 0 and (len(token) >= 4 or digits == len(token) >= 3)


def _title_word(word: str, first: bool) -> str:
    special = _SPECIAL_CASE.get(word.upper())
    if special:
        return special
    if word.upper() in _KEEP_UPPER or word.upper().strip("-") in ISO_CURRENCIES:
        return word.upper()
    lower = word.lower()
    if not first and lower in _SMALL_WORDS:
        return lower
    letters = [c for c in word if c.isalpha()]
    if 1 < len(letters) <= 4 and not any(c in "AEIOUYÄÖÜÉÈ" for c in word.upper()):
        return word.upper()  # no vowel: an acronym (HMRC, KPN)
    parts = re.split(r"([-'.&/])", lower)
    out = []
    capitalise = True
    for part in parts:
        if part in ("'",):
            out.append(part)
            capitalise = False
            continue
        if part in ("-", ".", "&", "/"):
            out.append(part)
            capitalise = part in ("-", "&", "/")
            continue
        if part.upper() in _KEEP_UPPER or part.upper() in ISO_CURRENCIES:
            out.append(part.upper())
        else:
            out.append(part[:1].upper() + part[1:] if capitalise else part)
        capitalise = False
    return "".join(out)


def _title(text: str) -> str:
    """Title case for text written in capitals; mixed-case text is left alone."""
    letters = [c for c in text if c.isalpha()]
    if not letters or any(c.islower() for c in letters) or len(letters) <= 3:
        return text
    return " ".join(_title_word(w, i == 0) for i, w in enumerate(text.split(" ")))


# US states and Canadian provinces: card terminals end the merchant with "CITY ST".
_REGIONS = frozenset({
    "AL", "AK", "AZ", "AR", "CA", "CO", "CT", "DC", "DE", "FL", "GA", "HI", "IA", "ID", "IL",
    "IN", "KS", "KY", "LA", "MA", "MD", "ME", "MI", "MN", "MO", "MS", "MT", "NC", "ND", "NE",
    "NH", "NJ", "NM", "NV", "NY", "OH", "OK", "OR", "PA", "RI", "SC", "SD", "TN", "TX", "UT",
    "VA", "VT", "WA", "WI", "WV", "WY", "AB", "BC", "MB", "NB", "NL", "NS", "ON", "PE", "QC",
    "SK",
})  # fmt: skip


def _cut_city(text: str) -> str:
    """Drop a trailing "CITY ST" from capitals text with at least two words before it."""
    words = text.split(" ")
    if len(words) >= 4 and words[-1] in _REGIONS and words[-2].isalpha() and text.isupper():
        return " ".join(words[:-2])
    return text


def _cut_noise(text: str) -> str:
    """Keep the words before the first reference, date, store number or card mask."""
    tokens = text.split(" ")
    keep: list[str] = []
    for i, token in enumerate(tokens):
        following = tokens[i + 1] if i + 1 < len(tokens) else ""
        if i > 0 and _is_noise(token, following):
            break
        if "*" in token and i > 0:
            head, _, tail = token.partition("*")
            if head:
                keep.append(head)
            if tail and any(c.isdigit() for c in tail):
                break
            if tail:
                keep.append(tail)
            continue
        keep.append(token)
    return " ".join(keep).strip(_TRIM)


def clean_payee(raw: str) -> str:
    """A short display name for a payee as the bank wrote it.

    >>> clean_payee("AMAZON.COM*RT4K21 AMZN.COM/BILL WA")
    'Amazon'
    >>> clean_payee("PAYPAL *NETFLIX")
    'Netflix'
    >>> clean_payee("KARTENZAHLUNG ALDI SUED 0815 BERLIN")
    'Aldi'
    """
    text = _SPACES.sub(" ", raw).strip()
    if not text:
        return ""
    for _ in range(3):  # "POS 12/03 PAYPAL *NETFLIX": prefixes can stack
        before = text
        text = _PREFIX.sub("", text, count=1).strip()
        text = _PROCESSOR.sub("", text, count=1).strip()
        if text == before:
            break
    if not text:
        text = _SPACES.sub(" ", raw).strip()
    for pattern, name in _BRAND_PATTERNS:
        if pattern.match(text):
            return name
    cut = _cut_city(_cut_noise(text.lstrip(_TRIM)))
    if len(cut) < 2:
        cut = text.strip(_TRIM) or text
    return _title(cut)


def clean_payees(raws: list[str]) -> list[str]:
    """:func:`clean_payee` over a column, computing each distinct text once."""
    table = {raw: clean_payee(raw) for raw in set(raws)}
    return list(map(table.__getitem__, raws))
