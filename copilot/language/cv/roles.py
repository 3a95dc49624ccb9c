"""Role header lines: dates, job title and employer in the many ways CVs write them.

"Senior Backend Engineer | Allegro | 2020–2024", "Intensive Care Nurse, St. Mary's Hospital, 2018–2024",
"Allegro — Senior Engineer (Jan 2020 – present)", "03.2019 – obecnie  Specjalista ds. marketingu, Grupa XYZ".
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from copilot.language.cv.lexicon import (
    DEPARTMENT_WORDS,
    EMPLOYER_WORDS,
    INTERNSHIP_WORDS,
    LOCATIONS,
    PL_TITLE_WORDS,
    QUALIFIERS,
    TITLE_WORDS,
)
from copilot.language.text import fold, word_set

_MONTHS = (
    r"jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sep(?:t(?:ember)?)?"
    r"|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?"
    r"|stycz(?:en|eń|nia)|sty|lut(?:y|ego)?|mar(?:zec|ca)|kwi(?:ecień|ecien|etnia)?|maj(?:a)?"
    r"|czer(?:wiec|wca)|cze|lip(?:iec|ca)?|sier(?:pień|pien|pnia)|sie|wrz(?:esień|esien|eśnia|esnia)?"
    r"|paź(?:dziernik|dziernika)?|paz(?:dziernik|dziernika)?|lis(?:topad|topada)?|gru(?:dzień|dzien|dnia)?"
)
_SEASONS = r"summer|winter|spring|autumn|fall|lato|latem|zima|zimą|wiosna|jesień|jesien"
_ROMAN = r"(?-i:XII|XI|IX|X|VIII|VII|VI|IV|V|III|II|I)"
_YEAR = r"(?:19|20)\d{2}"
_DATE = (
    rf"(?:(?:{_MONTHS})\.?,?\s+{_YEAR}|(?:{_SEASONS})\s+{_YEAR}|\b[QH][1-4]\s+{_YEAR}"
    rf"|\b{_ROMAN}\s*[.\s]\s*{_YEAR}"
    rf"|(?:\d{{1,2}}\s*[./]\s*)?\d{{1,2}}\s*[./]\s*{_YEAR}"
    rf"|{_YEAR}\s*[./-]\s*\d{{1,2}}(?:\s*[./-]\s*\d{{1,2}})?(?!\d)|{_YEAR})"
)
# "Now" in English and Polish, with and without diacritics ("do dziś" / "do dzis", "wciąż" / "wciaz").
_PRESENT = (
    r"present|now|current(?:ly)?|today|ongoing|to date|date|(?:till|until|to) (?:now|today|present)"
    r"|(?:do\s+)?(?:teraz|dzi[sś](?:iaj)?|chwili obecnej|dnia dzisiejszego|dzisiejszego dnia)"
    r"|obecnie|obecn[aey]|nadal|wci[aą][zż]|aktualnie|(?:na\s+)?bie[zż][aą]co|trwa"
)
_SINCE = r"since|from|od|starting"
_RANGE = re.compile(
    rf"(?:\(\s*)?(?:(?:{_SINCE})\s+)?(?P<start>{_DATE})"
    rf"(?:\s*(?:–|—|->|-|−|to|until|till|do|→|>)\s*(?P<end>{_DATE}|{_PRESENT}|date\b))?(?:\s*\))?",
    re.IGNORECASE,
)
_PRESENT_RE = re.compile(rf"^(?:{_PRESENT})$", re.IGNORECASE)
_SINCE_RE = re.compile(rf"\(?\s*(?:{_SINCE})\b", re.IGNORECASE)
_YEAR_RE = re.compile(_YEAR)
_STRONG = re.compile(r"\s+[|•·–—-]\s+|\s*[|·•]\s*|\t+|\s{3,}")
_COMMA = re.compile(r"[,;]\s+")
_AT = re.compile(r"\s+(?:at|@|w firmie|w)\s+", re.IGNORECASE)
_ARROW = re.compile(r"\s*(?:->|→|=>|⇒|>)\s*")
_DURATION = re.compile(
    r"\(?\s*(?:less than a year|\d+\s*(?:years?|yrs?|months?|mos?|lat[a]?|rok|miesi\w*)\b"
    r"(?:\s+\d+\s*(?:months?|mos?|miesi\w*)\b)?)\s*\)?",
    re.IGNORECASE,
)
# "Sp. z o.o.", "S.A.", "Ltd": a company's legal form, in folded text
COMPANY_FORM = re.compile(r"\b(?:sp\. ?z ?o\.? ?o|s\.a|s\.c|inc|ltd|llc|gmbh|plc|corp)\b")
_DOMAIN = re.compile(r"\w\.(?:com|pl|cz|sk|de|io|net|org|eu|co|ai|dev|app|uk)\b", re.IGNORECASE)

# One field of a role written as a form: "Firma: Budimex S.A." / "Stanowisko: ..." / "Okres: 2019 – obecnie".
FIELD = re.compile(
    r"^(?:(?P<employer>firma|pracodawca|nazwa (?:firmy|pracodawcy)|miejsce pracy|employer(?: name)?|company(?: name)?)"
    r"|(?P<title>stanowisko|position|job title|title|role)|(?P<period>okres(?: zatrudnienia)?|period|dates?|daty))"
    r"\s*:\s*(?P<value>\S.*)$",
    re.I,
)
# A project, client or site inside a role: context for the lines below it, never a duty.
PROJECT = re.compile(
    r"^(?:project|projekt|client|klient|contract|kontrakt|engagement|assignment|inwestycja|scheme|site|budowa)"
    r"(?:\s+(?:name|nazwa))?\s*(?::|\s[–—-])\s*(?P<value>\S.*)$",
    re.I,
)
PERIOD_AFTER = re.compile(r"\s*[,(]?\s*(?:(?:19|20)\d{2}|\d{1,2}[./]\d{4})\s*[-–—]\s*\S+\s*\)?\s*$")
# A sub-heading inside a role: "Key achievements:", "Obowiązki:", "• Responsibilities", and two of them
# joined: "Główne obowiązki i osiągnięcia:", "Duties and achievements".
_SUBHEADING_WORD = (
    r"(?:key |main |glowne |najwazniejsze )?(?:achievements|responsibilities|duties|tasks|highlights|osiagniecia"
    r"|obowiazki|zakres obowiazkow|zadania)"
)
SUBHEADING = re.compile(rf"^{_SUBHEADING_WORD}(?:\s*(?:and|&|i|oraz)\s*{_SUBHEADING_WORD})?\s*:?$")


@dataclass(frozen=True)
class Header:
    title: str
    employer: str
    start: str
    end: str
    current: bool
    start_year: int | None
    end_year: int | None
    internship: bool = False


def find_range(line: str) -> re.Match[str] | None:
    """The date range in a line ("Jan 2020 – present", "2018-2021", "03.2019 – obecnie"), if any."""
    for match in _RANGE.finditer(line):
        if match.group("start"):
            return match
    return None


def is_duration(line: str) -> bool:
    """A line that only says how long ("3 years 2 months", "(1 yr 10 mos)")."""
    return bool(line.strip()) and not re.sub(r"[\s|·•,;()]+", "", _DURATION.sub("", line))


def is_date_only(line: str) -> bool:
    match = find_range(line)
    if match is None:
        return False
    rest = _DURATION.sub("", line[: match.start()] + line[match.end() :])
    return not re.sub(r"[\s|,;:()\-–—·]+", "", rest)


def _year(text: str | None) -> int | None:
    if not text:
        return None
    found = _YEAR_RE.search(text)
    return int(found.group()) if found else None


def title_score(part: str) -> int:
    words = fold(part).replace("/", " ").split()
    return sum(word.strip(".,()") in TITLE_WORDS for word in words)


def employer_score(part: str) -> int:
    folded = fold(part)
    words = [word.strip(".,()") for word in folded.split()]
    score = sum(word in EMPLOYER_WORDS for word in words)
    if COMPANY_FORM.search(folded) or _DOMAIN.search(part):
        score += 2
    return score


def is_internship(text: str) -> bool:
    return any(word in INTERNSHIP_WORDS for word in re.findall(r"[^\W\d_]+", fold(text)))


def is_location(part: str) -> bool:
    folded = re.sub(r"[()]", " ", fold(part)).strip(" .")
    return bool(folded) and (
        folded in LOCATIONS or all(word in LOCATIONS for word in folded.replace(",", " ").split())
    )


def _is_qualifier(part: str) -> bool:
    """ "Mid-Market", "platform team", "dział technologii", "Full-time": what narrows a job, not who employs."""
    words = [word.strip(".,()") for word in fold(part).split()]
    if not words or title_score(part):
        return False
    if all(word in QUALIFIERS for word in words):
        return True
    if re.search(r"&| and ", part) and all(
        word in _PRACTICE_AREAS for word in words if word not in ("&", "and")
    ):
        return True  # "Commercial & Technology", "Tax and Legal": a practice area, not an employer
    return (words[0] in DEPARTMENT_WORDS and words[0] != "department") or words[-1] in DEPARTMENT_WORDS


_PRACTICE_AREAS = word_set(
    """commercial technology corporate finance financial tax legal operations marketing sales risk compliance it hr
    data digital product engineering procurement supply chain customer service people property real estate
    employment litigation banking ip media regulatory disputes restructuring insolvency projects energy"""
)


def _all_locations(text: str) -> bool:
    parts = [part for part in re.split(r"\s*[,|·•/]\s*", text.strip()) if part]
    return bool(parts) and all(is_location(part) for part in parts)


def _strip_parenthetical_location(text: str) -> str:
    return re.sub(r"\(([^()]*)\)", lambda m: "" if is_location(m.group(1)) else m.group(0), text)


def _strip_trailing_location(part: str) -> str:
    """ "Kiwi.com brno" → "Kiwi.com": a lowercase city written after the name."""
    words = part.split()
    while len(words) > 1 and words[-1][:1].islower() and fold(words[-1]).strip(".,") in LOCATIONS:
        words.pop()
    return " ".join(words)


def _spoken_title(title: str) -> str:
    """A promotion written with an arrow, "SDR → Account Executive", said in words."""
    steps = [step.strip() for step in _ARROW.split(title) if step.strip()]
    if len(steps) < 2:
        return title
    polish = re.search(r"[ąćęłńóśźż]", title, re.I) or any(
        word.strip(".,") in PL_TITLE_WORDS for word in fold(title).split()
    )
    return (", następnie " if polish else ", then ").join(steps)


def _items(text: str) -> list[str]:
    groups = []
    for group in _STRONG.split(text):
        kept = []
        for item in _COMMA.split(group):
            item = _strip_trailing_location(item.strip(" :;()[]-–—"))
            if item and not is_location(item) and not _DURATION.fullmatch(item) and not _is_qualifier(item):
                kept.append(item)
        if kept:
            groups.append(kept)
    items = []
    for kept in groups:
        inside_title = title_score(kept[0]) and not any(employer_score(part) for part in kept)
        if len(groups) > 1 and len(kept) > 1 and inside_title:
            # "Account Executive, SMB -> Mid-Market | Routeway": the comma is inside the title
            kept = [", ".join(kept)]
        items.extend(kept)
    if len(items) == 1 and title_score(
        _AT.split(items[0])[0]
    ):  # "Developer at Acme", not "Szpital w Krakowie"
        parts = [part.strip() for part in _AT.split(items[0]) if part.strip()]
        parts = [part for part in parts if not is_location(part) and not _is_qualifier(part)]
        if len(parts) >= 2:
            items = parts
    return items


def _ends_in_title(text: str) -> bool:
    words = fold(text).split()
    return bool(words) and words[-1].strip(".,()") in TITLE_WORDS


_EARLIER_TITLE = re.compile(
    r",?\s+(?:wcze[sś]niej|previously|formerly|a wcze[sś]niej|before that)\b.*$", re.I
)


_SINCE_NOTE = re.compile(r"\s*\((?:od|since|from)\s[^()]*\d{4}[^()]*\)", re.I)
# "- poprawa dokładności z 99,2% do 99,7% (2022–2023)", "* lider zespołu (od 2017)"
_DATED_REMARK = re.compile(
    r"^[a-ząćęłńóśźż][^()]*\((?:od |since |from )?[^()]*\d{4}[^()]*\)\s*[.;]?$|"
    r"^(?:od|since|from|w|in)\s+(?:\d{1,2}[./])?\d{4}\s+[a-ząćęłńóśźż][^–—|]*$"  # "od 2019 samodzielne planowanie …"
)


def title_now(line: str) -> str:
    """ "Kierownik zmiany (od 03.2021), wcześniej Brygadzista" and "Samodzielna Księgowa, później
    Zastępca Głównej Księgowej" under a header's dates: the title held last; the promotion date is
    detail and the earlier title is dropped. Other lines as given."""
    later = _EARLIER_THEN.sub("", line, count=1)
    if later != line and title_score(later):
        return later.strip()
    bare = _SINCE_NOTE.sub("", line)
    earlier = _EARLIER_TITLE.search(bare)
    if earlier and (bare != line or title_score(bare[: earlier.start()])):
        return bare[: earlier.start()].strip()  # "Starszy inspektor, wcześniej inspektor"
    return bare.strip() if bare != line else line


_EARLIER_THEN = re.compile(
    r"[^,|–—\s][^,|–—]{2,59},?\s+(?:a\s+|and\s+|i\s+)?(?:p[oó][zź]niej|potem|nast[eę]pnie|later|then|promoted to|awans na)\s+(?=\S)",
    re.I,
)


def dated_remark(line: str) -> bool:
    """A bullet that starts in lowercase and dates itself in brackets is an achievement, not a role header."""
    return _DATED_REMARK.match(line) is not None


def split_header(text: str) -> tuple[str, str]:
    """(title, employer) from a header line whose dates were removed."""
    text = re.sub(r"\s*[.·…]{3,}\s*", " ", text).strip()  # "Salford ............... Aug 2013": dot leaders
    text = re.sub(r"\s*\([^()]*\)", "", _strip_parenthetical_location(text))
    # "Answear.com S.A. | Specjalistka ds. PPC, później Performance Marketing Manager": the later title
    text = _EARLIER_THEN.sub("", text)
    items = _items(text)
    if not items:
        return "", ""
    if len(items) == 1:
        only = items[0]
        titled, employs = title_score(only), employer_score(only)
        if titled > employs or not employs or (titled == employs and _ends_in_title(only)):
            # "Social Media Specialist": the last word names the job, "Media" only the field
            return _spoken_title(only), ""
        return "", only
    titles = [title_score(part) - employer_score(part) for part in items]
    best = max(range(len(items)), key=lambda i: (titles[i], -i))
    if titles[best] <= 0:
        best = 0  # no title words anywhere: CVs more often put the title first
    title = items[best]
    others = [part for i, part in enumerate(items) if i != best]
    employer = max(
        others,
        key=lambda part: (employer_score(part), not part[:1].islower(), -others.index(part)),
    )
    return _spoken_title(title), employer


def complete_from_above(title: str, employer: str, above: str) -> tuple[str, str] | None:
    """(title, employer) of a dated header completed by the plain line(s) above it, or None when the
    header is whole without them."""
    if title and employer:
        bare = re.sub(r"\s*\([^()]*\)", "", above)  # "(temporary, via agency)" is no employer
        named_job = title_score(bare) or (employer_score(title) and len(bare.split()) <= 6)
        if not title_score(title) and named_job and not employer_score(bare):
            # "Legal Assistant" above "Brent & Harrow Solicitors, Ealing | 2020 – 2022": the employer
            # comes first on the dated line, then a place or a department. A short line above a dated
            # "Trentvale Analytical Services, Welwyn Garden City" is its title even in words the
            # lexicon lacks ("Analytical Chemist").
            return split_header(above)[0] or above, title
        return None
    pending_title, pending_employer = split_header(above)
    if not title:
        return pending_title or employer, employer or pending_employer
    if title_score(above) > title_score(title):
        return pending_title, title  # "Allegro | 2020-2024" under "Senior Engineer": the dated part employs
    # "Senior Financial Analyst   June 2019 – Present" under "Dell Technologies, Round Rock, TX"
    return title, pending_employer if title_score(pending_title) else (pending_title or pending_employer)


def title_over_employer(lines: list[str]) -> tuple[str, str] | None:
    """(title, employer) of two lines above a line of dates: "Staff Nurse (Band 5) – Ward 12" (the
    ward is detail) over "Avon Valley NHS Trust, Bristol"; None when they do not read so."""
    if len(lines) != 2:
        return None
    first, second = lines
    if not title_score(first) and title_score(second):
        first, second = second, first  # "Birmingham City Council" over "Housing Options Officer"
    title = title_now(split_header(first)[0] or first)
    if title_score(title) and not title_score(second):
        return title, employer_of(second)
    return None


def employer_of(line: str) -> str:
    """The employer of a line that names no title: "Meble Rogalski S.A., Swarzędz" and "Euro-Trans
    Dariusz Nowak, Zgierz" end in the town, whatever the place list knows."""
    items = _items(re.sub(r"\s*\([^()]*\)", "", line))
    if len(items) >= 2 and len(items[-1].split()) <= 3 and not employer_score(items[-1]):
        return ", ".join(items[:-1])
    return items[0] if items else line


def _single_date_header(line: str, match: re.Match[str]) -> bool:
    """ "UX Design Intern, IDEO — Palo Alto    Summer 2018": one date at an end of a title line."""
    before, after = line[: match.start()], line[match.end() :]
    if re.search(r"\w", before) and re.search(r"\w", after):
        return False
    outside = before + after
    if re.search(r"\b(?:in|since|during|by|of|from|until|w|od|do|przez)\s*$", before, re.I):
        return False  # "Promoted to team lead in 2019" is a sentence
    return (
        (title_score(outside) > 0 or is_internship(outside))
        and len(outside.split()) <= 12
        and not outside.rstrip().endswith(".")
    )


def parse_header(line: str, *, single: bool = False) -> Header | None:
    """A role header, or None when the line has no date range ("2019 – 2021", "since 2020").

    With ``single``, one date at either end of a line with a job title also opens a role."""
    match = find_range(line)
    if match is None:
        return None
    since = bool(_SINCE_RE.match(match.group()))
    if not (match.group("end") or since or (single and _single_date_header(line, match))):
        return None
    start, end = (match.group("start") or "").strip(), (match.group("end") or "").strip()
    current = bool(end and _PRESENT_RE.match(end)) or (since and not end)
    if not end and not since:
        end = start
    rest = _DURATION.sub(" ", line[: match.start()] + " | " + line[match.end() :])
    rest = re.sub(r"\(\s*\)", " ", rest)
    rest = re.sub(r"^[\s|,;:\-–—·]+|[\s|,;:\-–—·]+$", "", rest)
    title, employer = split_header(rest)
    return Header(title, employer, start, end, current, _year(start), _year(end), is_internship(line))


def header_shaped(line: str, *, strict: bool = False) -> bool:
    """Whether a line holding a date range reads as a role header, not a sentence that names years.

    "(waloryzacja w okresie wzrostu cen stali 2021–2022)" is a remark; with ``strict`` (a bullet)
    the dates must also stand at an end of the line."""
    match = find_range(line)
    if match is None:
        return False
    before, after = line[: match.start()], line[match.end() :]
    if "(" not in match.group():
        opened = before.rfind("(")
        if opened > before.rfind(")"):
            inside = before[opened + 1 :]
            if re.search(r"[^\W\d_]{3,}", re.sub(rf"(?i)\b(?:{_SINCE})\b", "", inside)):
                return False
    outside = _DURATION.sub(" ", before + " " + after)
    words = re.findall(r"[^\W_]+", outside)
    if _TWO_SENTENCES.search(line):
        return False  # "Benefits, debt and housing advice. Paid part-time post from 2014.": two sentences
    if strict:
        at_end = not re.search(r"\w", before) or not re.search(r"\w", after)
        return at_end and len(words) <= 12 and not outside.rstrip().endswith(".")
    return len(words) <= 16


_TWO_SENTENCES = re.compile(r"(?:[\w-]+\s+){2}[a-ząćęłńóśźż]{3,}\.\s+[A-ZĄĆĘŁŃÓŚŹŻ][\w-]*(?:\s+[\w-]+){2}")
_CONTENT_START = re.compile(
    r",\s+(?=(?:where|in which|gdzie|w kt[oó]rej|w kt[oó]rym)\b|[a-z]+ing\b)|:\s+(?=\S+(?:\s+\S+){5})"
)


def header_and_content(line: str) -> tuple[str, str]:
    """ "2019-2024: engineer at Allegro, where I built Kafka pipelines" → the header and "I built ...";
    "Barista, Pret A Manger (2021-2023) - trained new staff" → the header and "trained new staff"."""
    match = find_range(line)
    if match and match.start() >= 3:
        before, after = line[: match.start()], line[match.end() :]
        title, employer = split_header(before)
        dash = re.match(r"\s*[-–—:]\s+(\S.*)$", after)
        if dash and title and employer and not _all_locations(dash.group(1)):
            tail = dash.group(1)
            if len(tail.split()) >= 3 or any(word.islower() for word in tail.split()):
                return line[: match.end()], tail.strip()
        items = top_level_items(after.strip(" ,-–—:"))
        if (
            bool(title) != bool(employer)
            and len(items) >= 2
            and title_score(items[0])
            and not any(title_score(item) or employer_score(item) for item in items[1:])
        ):
            # "Seznam.cz 2015-2017 junior linux admin, monitoring (nagios), backups"
            return line[: match.end()] + " " + items[0], ", ".join(items[1:])
    tail_start = match.end() if match and match.start() < 3 else 0
    found = _CONTENT_START.search(line, tail_start + 1)
    if not found:
        return line, ""
    content = re.sub(
        r"^(?:where|in which|gdzie|w kt[oó]rej|w kt[oó]rym)\s+", "", line[found.end() :], flags=re.I
    )
    return line[: found.start()], content.strip()


def top_level_items(text: str) -> list[str]:
    """Comma-separated items, commas inside parentheses kept: "monitoring (nagios, zabbix), backups"."""
    items, depth, current = [], 0, ""
    for char in text:
        depth += (char == "(") - (char == ")")
        if char == "," and depth == 0:
            items.append(current.strip())
            current = ""
        else:
            current += char
    items.append(current.strip())
    return [item for item in items if item]


def reads_as_role(line: str) -> bool:
    """A dated line that opens a role, its content after "where ..." or a dash set aside: "2019-2024:
    backend engineer at Allegro, where I built Kafka pipelines that process 2 million events a day"."""
    header_text, _content = header_and_content(line)
    return bool(parse_header(header_text)) and header_shaped(header_text)


def role_line(line: str) -> bool:
    """A dated role header standing where no "Experience" heading announced it ("Career break - Mar
    2023 to Mar 2024" is no job)."""
    return bool(find_range(line)) and len(line) < 200 and reads_as_role(line) and not BREAK.match(fold(line))


# "Career break", "Maternity leave", "Przerwa – opieka nad chorym", "urlop macierzyński i rodzicielski": no job
BREAK = re.compile(
    r"^\W*(?:career break|career gap|break\b|sabbatical|parental leave|maternity leave|paternity leave|"
    r"family leave|caring for (?:a |my )|full-time carer for|przerwa|urlop|opieka nad (?:chor|dzieck|rodzic|czlonk|mam|tat))"
)


def ends_sentence(line: str) -> bool:
    """Whether a line ends a sentence; "Budimex S.A." and "Acme Ltd." only end a name."""
    if line.endswith(("!", "?")):
        return True
    last = line.split()[-1] if line.split() else ""
    return line.endswith(".") and "." not in last[:-1] and (len(last) > 4 or last[:1].islower())


def capitalised(text: str) -> bool:
    """Most words of the text start with a capital: a name ("Harbour Foods Ltd")."""
    words = [word for word in re.findall(r"[^\W\d_][\w.&'-]*", text) if len(word) > 2]
    return bool(words) and sum(word[:1].isupper() for word in words) / len(words) >= 0.6
