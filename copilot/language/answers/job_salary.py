"""The pay a job ad names: "£45,000 per annum", "15-18 tys. zł brutto", "B2B 150 zł/h", never a
budget, a turnover or a project's value."""

from __future__ import annotations

import re

from copilot.language.text import fold

_CURRENCY = r"(?:pln|zl|zł|eur|euro|usd|gbp|chf|€|\$|£)"
_AMOUNT = r"\d{1,3}(?:[ \u00a0,.]\d{3})+(?:[.,]\d{1,2})?|\d+(?:[.,]\d{1,2})?"
_SCALE = r"(?:\s?(?:k|tys\.?|tysiecy|tysięcy|m|mln|million|bn|mld|billion)(?![\w]))?"
_MONEY = rf"(?:{_CURRENCY}\s?)?(?:{_AMOUNT}){_SCALE}(?:\s?{_CURRENCY}(?![\w]))?"
_PERIOD = (
    r"net|gross|netto|brutto|b2b|uop|\+\s?vat|per annum|p\.\s?a\.?|pa|a year|per year|annually|a month|per month"
    r"|an hour|per hour|a day|per day|hourly|monthly|yearly|ote|doe|base|miesiecznie|miesięcznie|rocznie|na r[eę]k[eę]"
    r"|(?:za|na)\s+(?:godzin\w*|miesi\w*|dzie[nń])|/\s?(?:year|yr|month|mo|mies\w*|m-c|mc|h|hr|hour|godz\w*|day|dzie[nń])"
    r"|\((?:b2b|uop|brutto|netto|gross|net)\)"
)
_SALARY = re.compile(
    rf"(?P<lead>(?:up to|from|starting at|od|do)\s+)?(?P<low>{_MONEY})"
    rf"(?:\s?(?:–|—|-|to|do|and)\s?(?P<high>{_MONEY}))?(?P<period>(?:\s?(?:{_PERIOD})(?![\w]))*)",
    re.I,
)
_PAY_WORDS = re.compile(
    r"\b(?:salary|salaries|pay|paid|paying|compensation|remuneration|wage|wages|ote|package|day rate|hourly rate"
    r"|rate|wynagrodzeni\w*|pensj\w*|plac[ay]|widelki|stawk[aiy]|umow[aey] o prace|b2b|uop|brutto|netto|gross)\b"
)
_STRONG_PERIOD = re.compile(
    r"net|gross|netto|brutto|b2b|uop|vat|annum|p\.\s?a|year|annually|hour|hourly|godz|/h|/hr|/\s?mies|m-c|ote|doe"
    r"|na r[eę]k[eę]",
    re.I,
)
_CLAUSE_END = re.compile(r";|\.\s+(?=[A-ZĄĆĘŁŃÓŚŹŻ])")
_NOT_PAY = re.compile(
    r"\b(?:budget\w*|budzet\w*|turnover|obrot\w*|revenue\w*|przychod\w*|value|valued|worth|wartosc\w*|funding|raised"
    r"|spend\w*|capex|projects?|projekt\w*|contracts?|kontrakt\w*|inwestycj\w*|sales|sprzedaz\w*|portfolio|orders"
    r"|zamowien\w*|gmv|arr|mrr|fund|aum|assets|transakcj\w*|schemes?)\b"
)


def aligned_fold(text: str) -> str:
    """``fold`` that keeps every character where it was, so a match in it is a match in the text."""
    folded = fold(text)
    return folded if len(folded) == len(text) else "".join(fold(char)[:1] or char for char in text)


def salary_in(text: str, section: str) -> tuple[str, bool]:
    """The pay a stretch of an ad names, and whether the stretch says nothing else.

    Pay words must stand by the sum ("salary", "£…k per annum", "brutto", "B2B", "widełki"), and no
    budget, turnover or project value may: "budżet 400 tys. zł miesięcznie" is not a salary."""
    folded = aligned_fold(text)
    for match in _SALARY.finditer(text):
        low, high, period = match.group("low"), match.group("high") or "", match.group("period") or ""
        money = low + " " + high
        digits = len(re.sub(r"\D", "", low)) + bool(re.search(r"\d\s?(?:k|tys)", low, re.I))
        if digits < 2 or re.search(r"\d\s?(?:m|mln|million|bn|mld|billion)\b", money, re.I):
            continue  # millions are budgets and project values, never pay
        start, end = match.start(), match.end()
        stops = [stop.end() for stop in _CLAUSE_END.finditer(folded)]
        left = max([at for at in stops if at <= start] or [0])
        right = min([at for at in stops if at >= end] or [len(text)])
        near = folded[max(left, start - 40) : min(right, end + 40)]
        if _NOT_PAY.search(near):
            continue
        strong = bool(_STRONG_PERIOD.search(period))
        if not re.search(_CURRENCY, money, re.I) and not (strong or section == "salary"):
            continue
        ranged = section == "offer" and match.group("high") and re.search(_CURRENCY, money, re.I)
        if not (section == "salary" or strong or ranged or _PAY_WORDS.search(folded[left:right])):
            continue
        said = re.sub(r"\s+", " ", match.group().strip(" ,.;"))
        rest = (text[:start] + text[end:]).strip(" ,.;:()-–")
        alone = len(rest.split()) <= 4 or bool(_PAY_WORDS.search(aligned_fold(rest)))
        return said, alone
    return "", False
