"""CV lines as things a person says: "Led a team of 4..." becomes "At Allegro, I led a team of 4...".

English bullets get "I" and a tense that fits the role (present for the current job, past for the
rest), see ``english``. Polish bullets keep the CV's own first-person verbs; noun-phrase bullets are
said in the nominative after "do moich zadań należy", see ``polish``. Polish prefixes avoid inflecting
names: "w firmie Allegro" works for any company name, "jako analityk" for institutions. A line in the
other language gets its opening verb translated and the rest quoted. Talking points are the same
facts cut to a glance.
"""

from __future__ import annotations

import re
from dataclasses import replace
from datetime import date

from copilot.language.cv.bilingual import to_english, to_polish
from copilot.language.cv.casing import lower_first
from copilot.language.cv.english import expand_shorthand, indefinite
from copilot.language.cv.english_clause import en_clause
from copilot.language.cv.english_summary import summary_en
from copilot.language.cv.institutions import is_foreign_institution, is_institution
from copilot.language.cv.model import Fact, Role
from copilot.language.cv.polish import PAST_FRAMES, pl_clause
from copilot.language.cv.polish_places import in_place
from copilot.language.cv.polish_summary import pl_summary
from copilot.language.cv.polish_text import looks_polish
from copilot.language.text import fold, word_set
from copilot.language.verbs import is_past_tense, verb_base

_PARENS = re.compile(r"\s*\(([^()]*)\)")
# A "title" that is really an employer: "Kiwi.com brno", "Seznam.cz".
_DOMAIN = re.compile(r"\w\.(?:com|cz|pl|io|de|co|net|org|eu|ai|app|uk)\b", re.I)
_PL_TITLE_WORDS = word_set(
    "kierownik kierowniczka inzynier inzynierka specjalista specjalistka konstruktor konstruktorka analityk "
    "analityczka starszy starsza mlodszy mlodsza glowny glowna asystent asystentka dyrektor dyrektorka "
    "koordynator koordynatorka ksiegowa ksiegowy praktykant praktykantka stazysta stazystka technolog "
    "kierownik budowy robot projektu referent przedstawiciel handlowy doradca nauczyciel nauczycielka"
)


_DATE_RANGE = re.compile(
    r"^(?:(?:from|od)\s)?(?:\d{1,2}[./])?(?P<start>(?:19|20)\d\d)\s*(?:-|–|—|to|do)\s*"
    r"(?:(?:\d{1,2}[./])?(?P<end>(?:19|20)\d\d)|(?P<now>present|now|current|today|date|obecnie|nadal|teraz|dzi[sś]))$",
    re.I,
)
_BARE_RANGE = re.compile(
    r"(?<![\w/.])(?<!latach )(?<!\bna )(?<!\bfor )(?:\d{1,2}[./])?(?:19|20)\d\d\s*(?:-|–|—)\s*(?:(?:\d{1,2}[./])?(?:19|20)\d\d|present|now|obecnie)\b",
    re.I,
)


def _said_dates(text: str, language: str) -> str | None:
    """ "2022 - present" → "since 2022" / "od 2022 r."; "2020 - 2022" → "from 2020 to 2022" / "w latach
    2020–2022"; "2022" → "in 2022" / "w 2022 r."; None for anything else."""
    text = text.strip()
    if re.fullmatch(r"(?:19|20)\d\d", text):
        return f"in {text}" if language == "en" else f"w {text} r."
    match = _DATE_RANGE.match(text)
    if not match:
        return None
    start, end = match.group("start"), match.group("end")
    if language == "en":
        return f"since {start}" if not end else f"from {start} to {end}"
    return f"od {start} r." if not end else f"w latach {start}–{end}"


def _dates(text: str, language: str) -> str:
    def bracketed(match: re.Match[str]) -> str:
        said = _said_dates(match.group(1), language)
        if said is None:
            return match.group(0)
        return f" {said}" if said.startswith(("in ", "w ")) else f", {said},"

    text = re.sub(r"\s*\(([^()]*)\)", bracketed, text)
    if language == "en":  # "April – December 2020: ..." → "from April to December 2020: ..."
        text = _MONTH_RANGE.sub(lambda m: f"from {m.group(1)} to {m.group(2)} {m.group(3)}", text)
    return _BARE_RANGE.sub(lambda m: _said_dates(m.group(), language) or m.group(), text)


_MONTH = r"(?:January|February|March|April|May|June|July|August|September|October|November|December|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)"
_MONTH_RANGE = re.compile(rf"\b({_MONTH})\s*[-–—]\s*({_MONTH})\s+((?:19|20)\d\d)\b")


def _tidy(text: str, language: str = "en") -> str:
    """Bullet text ready to sit in a sentence: no label, no end mark, no markdown, brackets spoken as
    dashes, dates as words ("(2022 - present)" → ", since 2022")."""
    text = _dates(_unmarked(text), language)
    # A bracket with a number says something ("8 months, 140 tables"); a bracket of tool names is detail.
    text = _PARENS.sub(lambda m: f", {m.group(1).strip()}," if re.search(r"\d", m.group(1)) else "", text)
    text = re.sub(r"\s+[–—-]\s+|\s+\|\s+", ", ", text)  # "SMSTS | Safe Pass" is a list
    text = re.sub(r",\s*,", ",", text)
    text = re.sub(r",\s*([.;]|$)", r"\1", text)
    text = re.sub(r"\s*;\s*", ", ", text).rstrip(" ;,:—-")
    text = re.sub(r",\s*:", ":", text)
    text = (
        text
        if re.search(r"(?<![\w/.])(?:r|o\.o|S\.A|tys|ok|godz|min|mln|ul|nr|m\.in|etc|Ltd|Inc|Co)\.$", text)
        else text.rstrip(".")
    )
    return re.sub(r"\s+", " ", text)


# "FastWay Cargo Sp. z o.o., Swarzędz": the town after the company form is no part of the name.
_FORM_THEN_TOWN = r"((?:\bo\.o\.|\bs\.a\.|\bltd\.?|\bplc|\bgmbh|\binc\.?|\bllc))\s*,\s*[A-ZŁŚŻĆ][\w-]+(?:[ -][A-ZŁŚŻĆ][\w-]+)?\s*$"


def spoken_employer(name: str) -> str:
    """An employer as people say it: no "Sp. z o.o.", "S.A.", "Ltd", town after them or quotes around
    the name."""
    name = re.sub(_FORM_THEN_TOWN, r"\1", name.strip(), flags=re.I)
    name = re.sub(
        r"(?:\s*\b(?:sp\.?\s?z\s?o\.?\s?o\.?|s\.?\s?a\.|s\.c\.|sp\.?\s?j\.|sp\.?\s?k\.|ltd\.?|limited|inc\.?|llc|llp|gmbh|plc|corp\.?))+$",
        "",
        name.strip(),
        flags=re.I,
    )  # "… sp. z o.o. sp.k." has two forms
    brand = re.search(r"[„\"“]([^\"”“„]{2,40})[\"”]", name)
    if brand and name[: brand.start()].strip():
        return brand.group(1).strip()  # "Wielkopolskie Zakłady Opakowań „Kartpak”" is said "Kartpak"
    name = re.sub(r"[\"„”“]", "", _unmarked(name)).strip(" ,'")
    return re.sub(r"^Firma\s+(?=\S+\s+\S)", "", name)  # "w firmie Firma Transportowa X" says "firma" twice


def _unmarked(text: str) -> str:
    """ "### Team Leader", "*Mar 2020*", "**Allegro**": the words without their markdown."""
    return re.sub(r"^#+\s*|(?<!\w)[*_]{1,2}|[*_]{1,2}(?!\w)", "", text.strip()).strip()


def as_employer(role: Role) -> Role:
    """A role whose only "title" is a company's web name is a role at that company."""
    if not role.employer and role.title and _DOMAIN.search(role.title):
        return replace(role, title="", employer=role.title)
    return role


def role_prefix(role: Role | None, language: str) -> str:
    """How a sentence opens to say where something happened ("At Allegro, " / "W firmie Allegro ")."""
    if role is None:
        return ""
    role = as_employer(replace(role, title=_unmarked(role.title), employer=spoken_employer(role.employer)))
    if language == "pl":
        if role.employer and is_foreign_institution(role.employer):
            return ("Obecnie w " if role.current else "W ") + role.employer + " "
        if role.employer and (
            not is_institution(role.employer) or in_place(role.employer) != f"w firmie {role.employer}"
        ):
            place = in_place(role.employer)
            return ("Obecnie " + place if role.current else place[:1].upper() + place[1:]) + " "
        if role.title:
            return f"Jako {lower_first(_pl_title(role.title))} "
        return "W obecnej pracy " if role.current else "W poprzedniej pracy "
    if role.employer:
        return f"In my current role at {role.employer}, " if role.current else f"At {role.employer}, "
    if role.title:
        title = _en_title(role.title)
        return f"As {indefinite(title)} {title}, "
    return ""


def _sentence(text: str) -> str:
    text = text.strip()
    text = text[:1].upper() + text[1:]
    return text if text.endswith((".", "!", "?")) else text + "."


# "in 2022", "w 2022 r.", "(bus crash, 2022)": one past year dates the line's event, even in a current role
_DATED = re.compile(
    r"\b(?:in|w|during|podczas)\s+((?:19|20)\d\d)\b|((?:19|20)\d\d)(?:\s*r\.)?\)\s*(?:[-–—;,]|$)"
)
_ONGOING = re.compile(r"\b(?:since|od|from)\s+(?:\w+\s+)?(?:19|20)\d\d|present|obecnie|currently|ongoing")


def _dated_in_past(text: str) -> bool:
    years = [int(a or b) for a, b in _DATED.findall(text)]
    return bool(years) and max(years) < date.today().year and not _ONGOING.search(fold(text))


def first_person(fact: Fact, language: str, gender: str | None = None, *, with_role: bool = True) -> str:
    """The fact as one spoken first-person sentence in ``language``."""
    body = _tidy(fact.text, language)
    present = bool(fact.role and fact.role.current) and not _dated_in_past(fact.text)
    prefix = role_prefix(fact.role, language) if with_role else ""
    if fact.kind in ("education", "certificate"):
        return _sentence(_CREDENTIAL[language][fact.kind] + body)
    written = _written_in(body, fact.language)
    if written != language:
        translated = _translated(body, language, gender, present)
        if translated:
            if prefix.startswith("Jako"):
                prefix = prefix.rstrip() + ", "
            return _sentence(prefix + translated)
        return _sentence(
            prefix.rstrip(", ") + " " + _cross_language(body, language)
            if prefix
            else _cross_language(body, language)
        )
    if language == "pl":
        clause = pl_summary(body) if fact.kind == "summary" else pl_clause(body, present, gender)
        if prefix.startswith("Jako"):
            prefix = prefix.rstrip() + ", "
        if clause.startswith(PAST_FRAMES) and prefix.startswith("Obecnie w "):
            prefix = "W " + prefix.removeprefix(
                "Obecnie w "
            )  # "W firmie X jednym z moich projektów było ..."
        return _sentence(prefix + clause)
    clause = summary_en(body) if fact.kind == "summary" else en_clause(body, present, fact.skills)
    if prefix and not clause.startswith(("I ", "I'")):
        clause = clause[:1].lower() + clause[1:]
    return _sentence(prefix + clause if prefix else clause)


def _written_in(body: str, declared: str) -> str:
    """The line's own language when it clearly differs from what the CV reader assumed: a Polish bullet
    typed without Polish letters in an English CV, an English bullet opening with its verb in a Polish one."""
    words = body.split()
    if declared == "en" and looks_polish(body):
        return "pl"
    if declared == "pl" and words and not looks_polish(body):
        first = fold(words[0]).strip(",")
        if (is_past_tense(first) or verb_base(first)) and not re.search(r"[ąćęłńóśźż]", body, re.I):
            return "en"
    return declared


def sayable_in(fact: Fact, language: str) -> bool:
    """Whether the line can be said in ``language`` without quoting the CV in the other language."""
    body = _tidy(fact.text, language)
    if fact.kind in ("education", "certificate") or _written_in(body, fact.language) == language:
        return True
    said = _translated(body, language, None, bool(fact.role and fact.role.current))
    return bool(said) and not re.search("[\u201c\u201d\u201e]", said)  # half-translated: a quote inside


def _translated(body: str, language: str, gender: str | None, present: bool) -> str | None:
    if language == "pl":
        return to_polish(expand_shorthand(body), gender, present)
    return to_english(body, present)


_CREDENTIAL = {
    "en": {"education": "On the education side: ", "certificate": "I also hold this certification: "},
    "pl": {"education": "Jeśli chodzi o wykształcenie: ", "certificate": "Mam też certyfikat: "},
}


def _cross_language(body: str, language: str) -> str:
    """A line written in the other language: quoted as the CV states it, not half-translated."""
    if language == "pl":
        return f"— jak piszę w CV — „{body}”"
    return f"— in my CV's words — \u201c{body}\u201d"


def talking_point(fact: Fact, language: str) -> str:
    """A glanceable line: where, the first clause, and the clause that holds the result's number."""
    body = _tidy(fact.text, language)
    clauses = [c.strip() for c in re.split(r",\s+|\s+—\s+|:\s+", body) if c.strip()]
    first = clauses[0] if clauses else body
    measured = next(
        (
            c
            for c in clauses[1:]
            if re.search(r"\d", c) and re.search(r"%|\bto\b|\bdo\b|→|x\b|\d\s?(?:ms|h|k|m)\b", c)
        ),
        "",
    )
    text = f"{_shorten(first, 8)}; {_shorten(measured, 9)}" if measured else _shorten(first, 14)
    where = _short_employer(fact.role.employer) if fact.role and fact.role.employer else ""
    text = text[:1].upper() + text[1:]
    return f"{where}: {text}" if where else text


_CUT_AT = word_set("from to for in with using by within across into on at dla w z do przy za pomocą na")


def _short_employer(name: str) -> str:
    return re.sub(
        r"\s*(?:sp\. ?z ?o\.? ?o\.?|s\.a\.|ltd\.?|inc\.?|llc|gmbh|plc)$", "", name, flags=re.I
    ).strip(" ,")


def _shorten(text: str, limit: int) -> str:
    words = [w for w in text.split() if fold(w) not in ("the", "a", "an")]
    if len(words) > 8:
        last_number = max((i for i, w in enumerate(words) if re.search(r"\d", w)), default=0)
        start = max(5, last_number + 1)
        cut = next((i for i, w in enumerate(words[start:], start=start) if fold(w) in _CUT_AT), None)
        if cut is not None and cut <= limit:
            return " ".join(words[:cut])
    return " ".join(words[:limit]) + ("…" if len(words) > limit else "")


def _pl_title(title: str) -> str:
    """A Polish job title as said in a sentence: "Inżynier Budowy" → "Inżynier budowy" (acronyms and
    English titles keep their letters)."""
    words = title.split()
    if not any(fold(word).strip(",") in _PL_TITLE_WORDS for word in words):
        return title
    return " ".join([words[0], *(lower_first(word) for word in words[1:])])


def _en_title(title: str) -> str:
    """ "Sales Development Representative → Account Executive" → "... Representative, then Account Executive"."""
    return re.sub(r"\s*(?:→|->|=>)\s*", ", then ", title)


def spoken_title(title: str, language: str) -> str:
    """A job title as said in a sentence: no markdown, no shouting ("SITE ENGINEER" → "Site Engineer")."""
    title = _unmarked(title)
    if title.isupper() and len(title) > 5:
        title = " ".join(word if len(word) <= 3 else word.capitalize() for word in title.split())
    return _pl_title(title) if language == "pl" else _en_title(title)


def spoken_role(role: Role, language: str) -> str:
    """ "Senior Backend Engineer at Allegro" / "Analityk danych w firmie mBank"."""
    role = as_employer(replace(role, title=_unmarked(role.title), employer=spoken_employer(role.employer)))
    if language == "pl":
        title = spoken_title(role.title, "pl")
        if title and role.employer:
            if is_institution(role.employer) and in_place(role.employer) == f"w firmie {role.employer}":
                return f"{title} — {role.employer}"
            return f"{title} {in_place(role.employer)}"
        return title or role.employer
    title = spoken_title(role.title, "en")
    if title and role.employer:
        return f"{title} at {role.employer}"
    return title or role.employer
