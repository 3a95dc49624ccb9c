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
    r"|rate|wynagrodzeni\w*|pensj\w*|plac[ay]|widelki|stawk[aiy]|umow[aey] o prace|b2b|uop|brutto|netto|gross"
    r"|base|basic|commission|bonus|per annum|pro rata|prowizj\w*|premi\w*)\b"
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
        # A range in money ("£46,000 – £52,000") among the offer or the ad's opening lines is its pay.
        ranged = section in ("offer", "") and match.group("high") and re.search(_CURRENCY, money, re.I)
        if not (section == "salary" or strong or ranged or _PAY_WORDS.search(folded[left:right])):
            continue
        said = re.sub(r"\s+", " ", match.group().strip(" ,.;"))
        rest = (text[:start] + text[end:]).strip(" ,.;:()-–")
        alone = len(rest.split()) <= 4 or bool(_PAY_WORDS.search(aligned_fold(rest)))
        return said, alone
    return "", False


_NUMBER = re.compile(
    r"(?<![\w.,])(\d{1,3}(?:[ \u00a0,.]\d{3})+|\d+(?:[.,]\d+)?)(?![\d])(\s?(?:k|tys\.?)(?![\w]))?", re.I
)


def _value(number: str) -> float:
    digits = re.sub(r"[ \u00a0,.](?=\d{3}(?:\D|$))", "", number).replace(",", ".")
    return float(digits)


def figure_in(salary: str, senior: bool) -> str:
    """A figure to name inside a posted range, written like its top: the upper part of "£46,000 –
    £52,000" for someone with years behind them ("£50,000"), the middle otherwise; "" for no range."""
    numbers = list(_NUMBER.finditer(salary))
    if len(numbers) != 2:
        return ""
    low, high = (_value(m.group(1)) for m in numbers)
    if not 0 < low < high <= 3 * low:
        return ""
    top = numbers[1]
    written = top.group(1)
    scale = 1000 if top.group(2) else 1  # "£85k", "18 tys."
    size = high * scale
    step = (
        1000 if size >= 20000 else 500 if size >= 5000 else 50 if size >= 1000 else 5 if size >= 100 else 0.5
    )
    target = low + (0.7 if senior else 0.5) * (high - low)
    target = min(high, max(low, round(target * scale / step) * step / scale))
    if re.search(r"\d[,.]\d{3}", written):
        said = f"{target:,.0f}".replace(",", written[-4])
    elif re.search(r"\d[ \u00a0]\d{3}", written):
        said = f"{target:,.0f}".replace(",", " ")
    elif re.search(r"[.,]\d{2}$", written):
        said = f"{target:.2f}".replace(".", written[-3])  # "£14.50 - £16.00 per hour" → "£15.50"
    else:
        said = f"{target:g}"
        if "tys" in (top.group(2) or "").lower():
            said = said.replace(".", ",")  # "16,5 tys. zł"
    # the top's own currency and unit around the number: "£85k" → "£80k", "18 tys. zł" → "17 tys. zł"
    before = salary[: top.start()].split()[-1] if not salary[top.start() - 1 : top.start()].isspace() else ""
    before = re.sub(r"^.*?([£$€]?)$", r"\1", before) if before else ""
    after = (top.group(2) or "") + re.match(
        r"\s?(?:zł|zl|pln|eur|usd|gbp|€)?(?:\s?/\s?(?:h|godz\.?|hr|hour)\b)?", salary[top.end() :], re.I
    ).group()
    return f"{before}{said}{after}".strip()
