"""What one CV line is: a bullet, a section heading, a labelled line, contact details, the name,
an education entry, a list of languages, a place; lines a PDF copy broke or ran together, and the
marks Markdown puts around them."""

from __future__ import annotations

import re
from collections import Counter
from dataclasses import dataclass

from copilot.language.cv.lexicon import (
    CONSENT_MARKERS,
    CONSENT_TOPICS,
    CONSENT_WORDS,
    HEADINGS,
    JOINERS,
    LANGUAGE_LEVELS,
    LANGUAGE_NAMES,
    STOPWORDS,
    TITLE_WORDS,
)
from copilot.language.cv.roles import (
    is_date_only,
    is_location,
)
from copilot.language.text import fold, word_set

BULLET = re.compile(r"^\s*(?:[•●▪■◦‣∙·*➢►▶✓✔→\-–—>]+|\(?\d{1,2}[.)](?!\d))\s*")
_EMAIL = re.compile(r"[\w.+-]+@[\w-]+\.[\w.-]+")
_URL = re.compile(
    r"https?://\S+|www\.\S+|\b(?:linkedin|github|gitlab|behance|dribbble)\.com/\S*|(?<!\S)/in/\S+", re.I
)
_PHONE = re.compile(r"(?<!\d)(?:\+\d{1,3}[\s-]?)?(?:\(?\d{2,4}\)?[\s-]?){2,4}\d{2,4}(?!\d)")
_CONTACT_WORDS = re.compile(
    r"^(?:e-?mail|tel|tel\.|phone|mobile|telefon|adres|address|linkedin|github|www|portfolio|"
    r"date of birth|data urodzenia|born|urodzon[ay]|nationality|obywatelstwo)\b",
    re.I,
)
_PERSONAL = re.compile(
    r"\b(?:date of birth|data urodzenia|nationality|obywatelstwo|marital status|stan cywilny)\b", re.I
)
_POSTCODE = re.compile(
    r"\b\d{2}-\d{3}\b|\bul\.\s|\b(?:street|road|avenue|lane)\b|\bst\.\s*\d|\b[A-Z]{1,2}\d[A-Z\d]? \d[A-Z]{2}\b"
)
_LABELLED = re.compile(r"^([^\W\d][^:\t]{0,40}?)\s*(?::\s*|\t+|\s{2,})(\S.*)$")
# A degree, a school or a bootcamp: an education entry wherever it stands.
_DEGREE = re.compile(
    r"(?<![\w.])(?:B\.?A|M\.?A|B\.?Ed|M\.?Ed|B\.S\.|M\.S\.)(?![\w])"
    r"|(?i:(?<![\w.])(?:B\.?Sc|M\.?Sc|B\.?Eng|M\.?Eng|Ph\.?D|MBA|LLB|LLM|B\.?Comm?|M\.?Des|B\.?Des|PGCE|PGDip"
    r"|HND|HNC|BTEC|NVQ|GCSEs?|A[- ]?levels?|MPhil|DPhil|BBA)(?![\w])"
    r"|\b(?:bachelor\w*|master(?:'?s)?\s+(?:degree|of|in)|diploma|bootcamp|licencjat\w*|magister\w*"
    r"|mgr\b|in[zż]\.|studia|absolwent\w*|high school|secondary school|liceum|technikum|matura))"
)
# Job title words that say what someone is, not what a degree is about ("Data", "Software").
_NOT_A_JOB = word_set(
    "software data product project mobile backend frontend front-end back-end fullstack full-stack junior senior "
    "principal staff chief agile scrum master student engineering sales devops qa ux ui freelance"
)
_HONORIFIC = re.compile(r"^(?:(?:in[zż]|mgr|dr|prof|lek|mr|mrs|ms|miss|dipl|ing|hab)\.?\s+)+", re.I)
_NAME_SPLIT = re.compile(r"\s+[—–|·•-]\s+|\s*\|\s*|,\s+")


def clean(line: str) -> str:
    """One spaced line; a wide gap between two parts (a PDF's columns: "04.2022 – now   Sofftrix
    (Gdynia)   Java Developer") separates them as " | " does."""
    line = re.sub(r"(?<=\S)(?: {3,}|\t+)(?=\S)", " | ", line.replace("\u00a0", " "))
    return re.sub(r"\s+", " ", line).strip()


_MD_RULE = re.compile(r"^\s*(?:(?:[-*_=]\s*){3,}|\|?(?:\s*:?-{3,}:?\s*\|)+\s*:?-*:?\s*)$")
_MD_PREFIX = re.compile(r"^(\s*)#{1,6}\s+")
_MD_LINK = re.compile(r"!?\[([^\]]*)\]\(\s*([^)\s]*)\s*\)")
_MD_EMPHASIS = re.compile(r"(?<![\w*])(\*{1,3}|_{1,3})(?=[^\s*_])(.+?)(?<=[^\s*_])\1(?![\w*])")
_MD_CODE = re.compile(r"`+([^`]*)`+")


def unmark(line: str) -> str:
    """A Markdown line as plain text: "### **Team Leader** — *Acme*" → "Team Leader — Acme";
    "*Jan 2019 – Mar 2021*" → the dates; "[LinkedIn](https://…)" → "LinkedIn"; rules and table
    separators → an empty line. A "* " or "- " bullet stays a bullet."""
    if _MD_RULE.match(line):
        return ""
    if "`" not in line and "[" not in line and not re.search(r"[*_#\\|]", line):
        return line
    line = _MD_PREFIX.sub(r"\1", line, count=1)
    line = _MD_LINK.sub(lambda m: m.group(1) or m.group(2), line)
    line = _MD_CODE.sub(r"\1", line)
    for _ in range(2):  # "***bold italic***", "**_both_**"
        line = _MD_EMPHASIS.sub(r"\2", line)
    line = re.sub(r"\\([\\`*_{}\[\]()#+\-.!|>])", r"\1", line)
    stripped = line.strip()
    if stripped.startswith("|") and stripped.endswith("|") and stripped.count("|") >= 2:
        line = " | ".join(cell.strip() for cell in stripped.strip("|").split("|"))  # a table row
    return line


def has_letters(text: str) -> bool:
    """Whether a piece of text says anything: "*", "###" and "—" do not."""
    return bool(re.search(r"[^\W\d_]", text))


def heading(line: str) -> str | None:
    """The section a heading line opens ("WORK EXPERIENCE", "Education & qualifications:"), if any."""
    bare = fold(line).strip(" :#*=_-–—|•").strip()
    bare = re.sub(r"\s+", " ", bare.replace("(s)", "s"))
    if bare.endswith(")") and "(" in bare and bare[: bare.index("(")].strip() in HEADINGS:
        bare = bare[: bare.index("(")].strip()  # "JĘZYKI OBCE (wg ESOKJ)", "Languages (CEFR)"
    if not bare or len(bare) > 45 or re.search(r"\d", bare) or bare.endswith("."):
        return None
    if bare in HEADINGS:
        return HEADINGS[bare]
    parts = [part for part in re.split(r"\s*(?:&|\+|/|,|\band\b|\bi\b|\boraz\b)\s*", bare) if part]
    if 2 <= len(parts) <= 3 and all(part in HEADINGS for part in parts):
        return HEADINGS[parts[0]]  # "Education & qualifications", "Uprawnienia i kursy"
    words = bare.split()
    if len(words) == 2 and words[0] in _HEADING_KINDS and words[1] in _HEADING_NOUNS:
        return HEADINGS[words[1]]  # "Teaching experience", "Other skills", but not "Customer Experience"
    return None


_HEADING_NOUNS = word_set(
    "skills experience projects education certifications certificates courses languages achievements awards "
    "interests hobbies umiejetnosci doswiadczenie projekty kursy certyfikaty jezyki"
)
_HEADING_KINDS = word_set(
    "other additional relevant professional teaching research work industry volunteer leadership management "
    "technical key selected personal academic it computer soft hard core international previous recent "
    "commercial clinical consulting freelance pozostale dodatkowe inne wybrane"
)


def labelled(line: str) -> tuple[str, str, str] | None:
    """ "Skills: JavaScript, React", "certs: CKA (2022)", "Mother tongue(s)   Polish": a heading and its
    content on one line, as (section, content, label)."""
    match = _LABELLED.match(BULLET.sub("", line).strip())
    if not match:
        return None
    section = heading(match.group(1))
    content = match.group(2).strip()
    if section is None or heading(content) is not None:
        return None
    return section, content, match.group(1)


def split_layout(lines: list[str]) -> list[str]:
    """A two-column PDF pasted with its layout ("SOFIA ALVES        CONTACT"): the right column's
    lines are read after the left column's, so neither interrupts the other mid-sentence.

    A table of labels and values (Europass: "01/03/2019–Present    Staff Nurse") is one column."""
    votes: Counter[int] = Counter()
    for line in lines:
        for gap in _COLUMN_START.finditer(line):
            if not is_date_only(line[gap.end() :]):
                votes[gap.end()] += 1
    if not votes:
        return lines
    column = max(
        votes, key=lambda at: (sum(n for other, n in votes.items() if abs(other - at) <= 2), votes[at])
    )
    cuts = [_cut(line, column) for line in lines]
    pairs = [
        (line[:cut].strip(), line[cut:].strip())
        for line, cut in zip(lines, cuts, strict=True)
        if cut is not None
    ]
    labels = sum(
        bool(left)
        and (heading(left) is not None or is_date_only(left) or bool(re.fullmatch(r"[\d\s./–-]+", left)))
        for left, _ in pairs
    )
    beside = [left for left, _ in pairs if left]
    if (
        len(pairs) < 4
        or not any(heading(right) is not None for _, right in pairs)
        or labels >= max(1, len(beside)) * 0.5
    ):
        return lines
    left_column, right_column = [], []
    for line, cut in zip(lines, cuts, strict=True):
        if cut is None:
            left_column.append(line)
        else:
            left_column.append(line[:cut].rstrip())
            right_column.append(line[cut:].strip())
    return [*left_column, "", *right_column]


_COLUMN_START = re.compile(r"(?<=\S)\s{4,}(?=\S)|^\s{8,}(?=\S)")


def _cut(line: str, column: int) -> int | None:
    """Where the right column starts in a line, if the line reaches it."""
    for gap in re.finditer(r"(?<=\S)\s{2,}(?=\S)|^\s{4,}(?=\S)", line):
        if abs(gap.end() - column) <= 2:
            return gap.end()
    return None


def is_contact(line: str) -> bool:
    if (
        _EMAIL.search(line)
        or _URL.search(line)
        or _CONTACT_WORDS.match(line.strip())
        or _PERSONAL.search(line)
    ):
        return True
    phone = _PHONE.search(line)
    digits = sum(c.isdigit() for c in line)
    if (
        phone
        and sum(c.isdigit() for c in phone.group()) >= 9
        and digits / max(1, len(line.replace(" ", ""))) > 0.4
    ):
        return True
    return bool(_POSTCODE.search(line)) and len(line.split()) <= 8


def is_consent(line: str) -> bool:
    """A data-processing clause or "References available on request": never a fact."""
    folded = fold(line)
    if any(re.search(rf"\b{marker}\b", folded) for marker in CONSENT_MARKERS):
        return True  # whole words: "miedzynarodowy" holds "rodo"
    if any(topic in folded for topic in CONSENT_TOPICS) and any(word in folded for word in CONSENT_WORDS):
        return True
    return bool(
        re.match(
            r"references?\s+(?:are\s+)?(?:available\s+)?(?:up)?on\s+request|referencje\s+na\s+zadanie", folded
        )
    )


def is_location_line(line: str) -> bool:
    """ "Stockholm, Sweden · Hybrid", "brno cz": where, not what."""
    parts = [part for part in re.split(r"\s*[,|·•/]\s*|\s{2,}", line.strip()) if part]
    return bool(parts) and all(is_location(part) for part in parts)


def is_place_line(line: str) -> bool:
    """ "Austin, Texas, United States": a town and a region the gazetteer lacks, ending in one it knows."""
    parts = [part for part in re.split(r"\s*[,|·•]\s*", line.strip()) if part]
    return (
        len(parts) >= 2
        and is_location(parts[-1])
        and all(
            len(part.split()) <= 3 and all(word[:1].isupper() and word.isalpha() for word in part.split())
            for part in parts
        )
        and not any(word in TITLE_WORDS for word in fold(line).replace(",", " ").split())
    )


def is_language_line(line: str) -> bool:
    """ "English (native), Spanish (B1)", "angielski – C1", "english B2/C1, czech native"."""
    words = re.findall(r"[abc][12]|[^\W\d_][\w'-]*", fold(line))
    if not any(word in LANGUAGE_NAMES for word in words):
        return False
    return all(word in LANGUAGE_NAMES or word in LANGUAGE_LEVELS for word in words)


def is_education_line(line: str) -> bool:
    """A degree, a school or a bootcamp, and no job: "BA History, University of Exeter (2021)"."""
    if not _DEGREE.search(line) or len(line.split()) > 16:
        return False
    words = [word.strip(".,()") for word in fold(line).replace("/", " ").split()]
    return not any(word in TITLE_WORDS and word not in _NOT_A_JOB for word in words)


@dataclass(frozen=True)
class NameLine:
    index: int  # which line holds the name
    name: str
    rest: str  # what followed it on the line: "Priya Raman — Product / UX Designer"


def _name_of(candidate: str) -> str | None:
    candidate = _HONORIFIC.sub("", re.sub(r"\s*\([^()]*\)", "", candidate).strip())
    words = candidate.split()
    if not 2 <= len(words) <= 4 or not all(re.sub(r"[-'’.]", "", word).isalpha() for word in words):
        return None
    folded = [fold(word).strip(".") for word in words]
    if folded[0] in TITLE_WORDS or sum(word in TITLE_WORDS for word in folded) >= 2:
        return None
    if all(word in LANGUAGE_NAMES or is_location(word) for word in folded) or heading(candidate):
        return None
    if any(word in ("curriculum", "vitae", "resume", "cv", "europass", "zyciorys") for word in folded):
        return None
    return " ".join(words)


def _contact_tokens(lines: list[str]) -> list[str]:
    tokens = []
    for line in lines:
        for email in _EMAIL.findall(line):
            tokens.append(re.sub(r"[^a-z]", "", fold(email.split("@")[0])))
        for path in re.findall(r"(?:linkedin\.com/in|github\.com|gitlab\.com|/in)/([\w-]+)", line, re.I):
            tokens.append(re.sub(r"[^a-z]", "", fold(path)))
    return [token for token in tokens if token]


def _confirmed(name: str, tokens: list[str]) -> bool:
    words = [re.sub(r"[^a-z]", "", fold(word)) for word in name.split()]
    found = [word for word in words if len(word) >= 3 and any(word in token for token in tokens)]
    return len(found) >= 2 or (bool(found) and found[-1] == words[-1])


def find_name(lines: list[str]) -> NameLine | None:
    """The candidate's name: a capitalised name at the top, or one the e-mail address confirms
    anywhere near the top (a lowercase "marek novak", a LinkedIn export that opens with its sidebar)."""
    tokens = _contact_tokens(lines[:80])
    seen, in_header = 0, True
    for index, raw in enumerate(lines[:80]):
        line = clean(BULLET.sub("", raw))
        if not line:
            continue
        section = heading(line)
        if section is not None:
            in_header = in_header and section in ("contact", "ignore")
            continue
        label = labelled(raw)
        if label is not None and label[0] in ("contact", "ignore"):
            line = label[1]  # "PERSONAL INFORMATION    Magdalena Kaczmarek"
        candidate, rest = _split_name(line)
        if is_contact(line):
            # "Paweł Grabowski, Poznań, tel 698 111 222, pawel@example.pl": the name opens the line
            name = _name_of(candidate) if in_header and not seen and not is_contact(candidate) else None
            if name and (_confirmed(name, tokens) or _partly_confirmed(name, tokens)):
                return NameLine(index, _cased(name), rest.strip(" .|"))
            continue
        seen += 1
        name = _name_of(candidate)
        if name:
            cased = all(word[:1].isupper() for word in name.split())
            top = in_header and seen == 1 and _partly_confirmed(name, tokens)  # "tomasz wisniewski"
            if (in_header and seen <= 2 and cased) or top or _confirmed(name, tokens):
                return NameLine(index, _cased(name), rest.strip(" .|"))
        if not tokens and (seen >= 2 or not in_header):
            return None
    return None


def _cased(name: str) -> str:
    return name.title() if name.islower() else name


def _partly_confirmed(name: str, tokens: list[str]) -> bool:
    """A lowercase line at the very top whose first or last name the e-mail address holds
    ("tomasz wisniewski" / tomasz.w@…) and which reads as no ordinary words."""
    words = [re.sub(r"[^a-z]", "", fold(word)) for word in name.split()]
    if any(word in STOPWORDS or word in JOINERS or len(word) < 2 for word in words):
        return False
    return any(
        len(word) >= 3 and any(token.startswith(word) or token.endswith(word) for token in tokens)
        for word in words
    )


def _split_name(line: str) -> tuple[str, str]:
    parts = _NAME_SPLIT.split(line, maxsplit=1)
    return parts[0], parts[1] if len(parts) > 1 else ""


def is_postnominal(text: str) -> bool:
    """ "PGCE, QTS", "MBA, ACCA": letters after a name, not a headline."""
    items = [item.strip() for item in re.split(r"[,|]", re.sub(r"\([^()]*\)", "", text)) if item.strip()]
    return bool(items) and all(
        re.fullmatch(r"[A-Z][A-Za-z.&]{1,9}", item) and sum(c.isupper() for c in item) >= 2 for item in items
    )
