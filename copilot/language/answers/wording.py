"""Small wording helpers shared by the answer composer: sentences, articles, years, talking points."""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from datetime import date

from copilot.language.answers.plan import content_words
from copilot.language.answers.voice import Voice
from copilot.language.cv import Fact
from copilot.language.cv.spoken import spoken_employer, spoken_title
from copilot.language.cv.years import stated_years
from copilot.language.text import fold, sentences


@dataclass
class Draft:
    sentences: list[tuple[int, str]] = field(default_factory=list)
    points: list[str] = field(default_factory=list)
    facts: list[Fact] = field(default_factory=list)

    def add(self, priority: int, text: str) -> None:
        if text and text.strip():
            self.sentences.append((priority, text.strip()))

    def point(self, text: str) -> None:
        text = text.strip().rstrip(".")
        if text and text not in self.points:
            self.points.append(text)


def end_sentence(text: str) -> str:
    """One full stop at the end, also after a name that ends in one ("PakTech Sp. z o.o.", "S.A.")."""
    text = re.sub(r"(?<!\.)\.\.(?!\.)", ".", text.strip())
    text = re.sub(r"\s*[,;:–—-]+(?=\.?$)", "", text)  # "… w 2023,": a CV line cut where it went on
    return text if text.endswith((".", "!", "?", "…", "”", "\u201d")) else text + "."


def strip_end(text: str) -> str:
    return text.strip().rstrip(".")


def first_clause(text: str, limit: int = 12) -> str:
    """A key point cut for a glance: up to its first colon, semicolon or dash, at most ``limit`` words."""
    clause = re.split(r"[;:]\s|\s[—–]\s", sentences(text)[0] if text else text, maxsplit=1)[0]
    clause = clause.strip().rstrip(".")
    words = clause.split()
    if len(words) > limit:
        head = " ".join(words[:limit])
        comma = head.rfind(", ")
        return head[:comma] if comma > len(head) // 2 else head + "…"
    return clause


_FUNCTION_STARTS = frozenset(
    [
        "the",
        "a",
        "an",
        "it",
        "its",
        "this",
        "these",
        "in",
        "on",
        "at",
        "for",
        "to",
        "with",
        "when",
        "if",
        "it's",
        "w",
        "to",
        "ten",
        "ta",
        "te",
        "przy",
        "gdy",
        "jeśli",
    ]
)


def lower_function_word(sentence: str) -> str:
    first = sentence.split()[0] if sentence.split() else ""
    return sentence[:1].lower() + sentence[1:] if fold(first) in _FUNCTION_STARTS else sentence


def keep_case(text: str) -> bool:
    first = text.split()[0] if text.split() else ""
    return bool(re.match(r"^(?:[A-Z0-9]{2,}|[A-Z][a-z]+[A-Z])", first))


def looks_english(text: str) -> bool:
    return not re.search(r"[ąćęłńóśźż]", text.lower()) and bool(
        re.search(
            r"\b(?:manager|engineer|developer|analyst|designer|lead|senior|junior|specialist|owner|head)\b",
            text.lower(),
        )
    )


def said_there(voice: Voice, sentence: str) -> str:
    """A second line about the role just named: "There, I ..." / "Tam ..."."""
    keep = sentence.startswith(("I ", "I'"))
    return voice.say("there") + (sentence if keep else sentence[:1].lower() + sentence[1:])


def said_also(voice: Voice, sentence: str) -> str:
    if voice.language == "en" and (be := re.match(r"I (?:was|am|have been) |I'm ", sentence)):
        return be.group() + "also " + sentence[be.end() :]  # "I was also on call", not "I also was"
    if voice.language == "en" and sentence.startswith("I "):
        return voice.say("also_i") + sentence[2:]
    return voice.say("also") + sentence[:1].lower() + sentence[1:]


def article(title: str) -> str:
    return "an" if fold(title)[:1] in "aeio" else "a"


def current_en(role) -> str:
    if role is None:
        return ""
    title = spoken_title(role.title, "en") if role.title else ""
    if title and role.employer:
        return f"{article(title)} {title} at {spoken_employer(role.employer)}"
    return f"at {spoken_employer(role.employer)}" if role.employer else f"{article(title)} {title}"


def years_fields(years: int | None, language: str) -> dict[str, str]:
    if not years:
        return {"years": "", "years_pl": "", "years_pl_count": ""}
    return {"years": str(years), "years_pl": pl_years_genitive(years), "years_pl_count": pl_years(years)}


def pl_years(years: int) -> str:
    """ "5 lat", "2 lata", "1 rok" — the number with the right form of the noun."""
    if years == 1:
        return "rok"
    if years % 10 in (2, 3, 4) and years % 100 not in (12, 13, 14):
        return f"{years} lata"
    return f"{years} lat"


def pl_years_genitive(years: int) -> str:
    return "roku" if years == 1 else f"{years} lat"


def years_with(facts: list[Fact]) -> int | None:
    roles = {fact.role for fact in facts if fact.role is not None}
    total = 0
    for role in roles:
        if role.start_year:
            end = role.end_year or (this_year() if role.current else role.start_year)
            total += max(1, end - role.start_year)
    return total or None


def this_year() -> int:

    return date.today().year


def years_belong(profile, headline: str) -> bool:
    """Years counted from role dates only describe the headline when the roles share its words."""
    if any(re.search(r"\d", line) and re.search(r"year|lat|rok", fold(line)) for line in profile.summary):
        return True
    head = set(content_words(headline))
    return any(head & set(content_words(role.title)) for role in profile.roles)


def title_words(position: str) -> set[str]:
    """The words of a job title that name the job ("Junior Data Analyst – Customer Insights" → data,
    analyst): no level, nothing after a dash or in brackets."""
    title = re.split(r"\s+[–—|-]\s+|\s*\(", position)[0]
    return set(content_words(title)) - {"junior", "senior", "lead", "starszy", "mlodszy", "specjalista"}


def years_in_field(profile, position: str) -> int | None:
    """The years a pay figure rests on: those the CV's summary states, else the span of roles whose
    titles share a word with ``position`` (internships not counted; a student's till job is no
    experience for an analyst role)."""
    stated = stated_years(list(profile.summary))
    if stated:
        return stated
    head = title_words(position)
    years = [
        (role.start_year, role.end_year or date.today().year)
        for role in profile.roles
        if role.start_year and not role.internship and head & set(content_words(role.title))
    ]
    if not years:
        return None
    return max(1, max(end for _, end in years) - min(start for start, _ in years))


_YEARS_OF = re.compile(r"(\d{1,2})\+?\s*(?:years?|yrs?|lat[a]?|-letni\w*)")


def tool_years(profile, names: list[str]) -> int | None:
    """Years the CV itself states for a tool ("6+ years building apps in Kotlin")."""
    for line in [*profile.summary, *(fact.text for fact in profile.facts)]:
        # one clause holds both: "Teacher, 8 years, QTS, … built modules in Storyline" are a career's
        # years, not Storyline's
        for clause in re.split(r"[,;.()]\s", fold(line)):
            match = _YEARS_OF.search(clause)
            if match and any(fold(name) in clause for name in names):
                return int(match.group(1))
    return None
