"""CV lines as things a person says: "Led a team of 4..." becomes "At Allegro, I led a team of 4...".

English bullets get "I" and a tense that fits the role (present for the current job, past for the
rest). Polish bullets keep the CV's own first-person verbs; verbal-noun bullets ("Wdrożenie systemu")
are put after "moja praca obejmowała", with the first word moved to the accusative. Polish prefixes
avoid inflecting names: "w firmie Allegro" works for any company name, "jako analityk" for
institutions. Talking points are the same facts cut to a glance.
"""

from __future__ import annotations

import re
from dataclasses import replace

from copilot.language.cv.bilingual import to_english, to_polish
from copilot.language.cv.model import Fact, Role
from copilot.language.cv.roles import is_foreign_institution, is_institution
from copilot.language.text import fold, word_set
from copilot.language.verbs import is_past_tense, past_tense, verb_base

# Bullets that open with the role someone played ("Incident commander during...").
_ROLE_NOUNS = word_set(
    "commander lead owner manager member coordinator champion organiser organizer speaker mentor "
    "host facilitator representative ambassador contact maintainer reviewer trainer captain assessor "
    "practitioner supervisor"
)
_AS_ROLE = re.compile(r"^(?P<role>[^,:]{3,60}?)(?::|,)\s+(?P<verb>\w+)\s*(?P<rest>.*)$")
_SMALL_WORDS = word_set("the a an in at on for with from to of and")
_SUBJECT_CLAUSE = re.compile(r"^(?P<subject>[^:]{3,80}?)(?::|,)\s+(?P<clause>I\s.+)$")
_KEEP_CASE = re.compile(r"^(?:[A-Z0-9]{2,}|[A-Z][a-z]+[A-Z]\w*|[A-Z]\w*\d\w*|I)$")
_LABEL = re.compile(r"^[^:]{2,30}:\s+(?=\S)")
_PARENS = re.compile(r"\s*\(([^()]*)\)")
_PL_FIRST_PERSON = re.compile(r"^\w+(?:łem|łam|lem|lam|łom|liśmy|łyśmy|ę|am|em|im|ym)$", re.I)
_PL_RESPONSIBLE = re.compile(r"^odpowiedzialn(?:y|a)\b", re.I)
_PL_ADJECTIVE_END = ("owa", "na", "ska", "cka", "ąca", "ęca", "ywna", "iwna", "ała", "ela", "sza", "wa")


def _lower_first(text: str) -> str:
    first, _, rest = text.partition(" ")
    if _KEEP_CASE.match(first) or not first:
        return text
    bare = fold(first).strip(",")
    if (
        rest[:1].isupper()
        and first[:1].isupper()
        and bare not in _SMALL_WORDS
        and not (verb_base(bare) or is_past_tense(bare))
    ):
        return text  # a name in Title Case ("Recipe Finder"), not a sentence start
    return first[:1].lower() + first[1:] + (" " + rest if rest else "")


def _tidy(text: str) -> str:
    """Bullet text ready to sit in a sentence: no label, no end mark, brackets spoken as dashes."""
    text = text.strip()
    # A bracket with a number says something ("8 months, 140 tables"); a bracket of tool names is detail.
    text = _PARENS.sub(lambda m: f", {m.group(1).strip()}," if re.search(r"\d", m.group(1)) else "", text)
    text = re.sub(r"\s+[–—-]\s+", ", ", text)
    text = re.sub(r",\s*,", ",", text)
    text = re.sub(r",\s*([.;]|$)", r"\1", text)
    text = re.sub(r"\s*;\s*", ", ", text).rstrip(" .;,:—-")
    return re.sub(r"\s+", " ", text)


_DETERMINERS = word_set(
    "a an the my our their his her its this that these those one two three four five six seven eight nine ten "
    "some several many all each every any both no new over more up"
)
_PHRASE_ENDS = word_set(
    "of for with in to on at by and from using that which who where when across into than"
)
_MASS_NOUNS = word_set(
    "software data code infrastructure research training support documentation feedback work analysis testing "
    "onboarding reporting marketing sales content design engineering security monitoring automation tooling "
    "quality logistics accounting payroll budgeting planning hiring recruitment care customer customers "
    "revenue traffic performance operations deployment deployments governance compliance observability "
    "mentoring coaching modularisation modularization standardisation standardization"
)
# "Escalation point for billing issues" names a position someone held: "I was the escalation point for ...".
_POSITION_HELD = re.compile(
    r"^(?:[\w-]+\s+){0,3}?(?:point|contact|person|liaison|owner|representative|go-to)\s+(?:of\s+contact\s+)?"
    r"(?:for|between|on)\s+\S",
    re.I,
)


def _with_article(words: list[str]) -> list[str]:
    """CV shorthand "Built health-score dashboard" reads "built a health-score dashboard" aloud; "Led
    migration of the app" reads "led the migration of the app"."""
    if len(words) < 3:
        return words
    noun_phrase = []
    for word in words[1:5]:
        bare = fold(word).strip(",")
        if bare in _PHRASE_ENDS or is_past_tense(bare) or word.endswith(","):
            if word.endswith(",") and bare not in _PHRASE_ENDS:
                noun_phrase.append(word)
            break
        noun_phrase.append(word)
    if not noun_phrase:
        return words
    first, last = fold(noun_phrase[0]).strip(","), fold(noun_phrase[-1]).strip(",")
    if (
        first in _DETERMINERS
        or any(re.search(r"\d", word) for word in noun_phrase)
        or noun_phrase[0][:1].isupper()
        or re.match(r"[\d$€£~+]", noun_phrase[0])
        or (last.endswith("s") and not last.endswith("ss"))
        or last in _MASS_NOUNS
        or first in _MASS_NOUNS
        or verb_base(first)
        or first.endswith(("ly", "ing"))
    ):
        return words
    following = fold(words[1 + len(noun_phrase)]) if len(words) > 1 + len(noun_phrase) else ""
    article = "the" if following == "of" else ("an" if first[:1] in "aeio" else "a")
    return [words[0], article, *words[1:]]


def _en_clause(text: str, present: bool) -> str:
    """First-person English clause of a bullet (without the role prefix)."""
    words = text.split()
    if not words:
        return text
    first = fold(words[0]).strip(",")
    if first == "i" or (first in _OPENING_ADVERBIAL and len(words) > 4):
        return text
    if first == "responsible":
        return ("I am " if present else "I was ") + _lower_first(text)
    if first == "part":
        return ("I am " if present else "I was ") + _lower_first(text)
    if first == "member":
        return ("I am a " if present else "I was a ") + _lower_first(text)
    if _POSITION_HELD.match(text) and not verb_base(first) and not is_past_tense(first):
        return ("I am the " if present else "I was the ") + _lower_first(text)
    if labelled := _SUBJECT_CLAUSE.match(text):
        # "Group project StudyBuddy, team of 4: I built the calendar" → "On group project ..., I built ..."
        return f"On {_lower_first(labelled.group('subject'))}, {labelled.group('clause')}"
    base = verb_base(first)
    if is_past_tense(first) and base is None:
        return "I " + _lower_first(" ".join(_with_article(text.split())))
    if base is not None:
        words = _with_article(words)
        converted = [base if present else past_tense(base)]
        for index, word in enumerate(words[1:7], start=1):
            previous = fold(words[index - 1])
            other = verb_base(fold(word).strip(","))
            if other and (previous in ("and", "&") or previous.endswith(",")):
                words[index] = other if present else past_tense(other)
        return "I " + " ".join([*converted, *words[1:]])
    label_words = [fold(w).strip(",:") for w in text.split(":")[0].split(",")[0].split()[:5]]
    role_noun = not base and any(word in _ROLE_NOUNS for word in label_words[:3])
    if role_noun:
        as_role = _AS_ROLE.match(text)
        if as_role and (verb_base(fold(as_role.group("verb"))) or is_past_tense(fold(as_role.group("verb")))):
            # "Falls prevention lead: introduced hourly rounding" → "As falls prevention lead, I introduced ..."
            verb = fold(as_role.group("verb"))
            verb = (
                verb if is_past_tense(verb) and not verb_base(verb) else past_tense(verb_base(verb) or verb)
            )
            return f"As {_lower_first(as_role.group('role'))}, I {verb} {as_role.group('rest')}".strip()
        return "I acted as " + _lower_first(text)
    if first in ("the", "our", "my", "this", "a", "an") and any(
        is_past_tense(fold(w).strip(",")) for w in words[2:7]
    ):
        return _lower_first(
            text
        )  # a whole sentence with its own subject: "The Goals feature missed its target"
    label, colon, rest = text.partition(": ")
    if colon and len(label.split()) <= 8 and re.match(r"[\d+~$€£]", rest):
        return f"I worked on {_lower_first(label)}, with results like {rest}"
    if re.match(r"^[\d+~]", first):
        return "the result was " + text if "%" in text else "I worked on " + text
    head, verb_clause = _split_at_verb_clause(text)
    if verb_clause:
        # "Medication error in 2021, antibiotic given late, reported it on Datix" → "There was ...; I reported it ..."
        return f"there was {_article_for(head)}{_lower_first(head)}; I {verb_clause}"
    return "I worked on " + _lower_first(text)


def _split_at_verb_clause(text: str) -> tuple[str, str]:
    """A noun phrase followed by ", <past verb> ...": the point where "I" belongs."""
    parts = text.split(", ")
    for index in range(1, len(parts)):
        word = fold(parts[index].split()[0]) if parts[index].split() else ""
        if is_past_tense(word) and not verb_base(word) and word not in ("given", "used", "based"):
            return ", ".join(parts[:index]), ", ".join(parts[index:])
    return text, ""


def _article_for(noun_phrase: str) -> str:
    first = fold(noun_phrase.split()[0]) if noun_phrase.split() else ""
    if first in ("a", "an", "the", "my", "our", "one") or (
        noun_phrase[:1].isupper() and not noun_phrase[1:2].islower()
    ):
        return ""
    return "an " if first[:1] in "aeio" else "a "


def _pl_accusative(text: str) -> str:
    """Move a leading verbal-noun phrase to the accusative: "Analiza danych" → "analizę danych"."""
    words = text.split()
    if not words:
        return text

    def noun(word: str) -> str:
        if word.endswith("ja"):
            return word[:-1] + "ę"
        if word.endswith("a") and not word.endswith(("ia",)):
            return word[:-1] + "ę"
        if word.endswith("ia"):
            return word[:-1] + "ę"
        return word

    first = _lower_first(words[0])
    second = words[1] if len(words) > 1 else ""
    if first.endswith(_PL_ADJECTIVE_END) and second.endswith("a"):
        words[0], words[1] = first[:-1] + "ą", noun(second)
    else:
        words[0] = noun(first)
    return " ".join(words)


_OPENING_ADVERBIAL = word_set(
    "w we podczas przez po przy na od in during after while when on at for over within since before"
)


def _has_pl_finite_verb(words: list[str]) -> bool:
    """A past-tense verb of its own ("zakończyła się", "wygasł"): the line is a sentence, not a noun phrase."""
    return any(len(w) > 3 and re.fullmatch(r"\w+(?:ła|ło|ły|li|ł)", w.strip(",.:;")) for w in words)


_PL_RESULT_NOUNS = (
    "obnizenie",
    "zwiekszenie",
    "skrocenie",
    "poprawa",
    "poprawienie",
    "redukcja",
    "zmniejszenie",
    "wzrost",
    "spadek",
    "oszczednosc",
    "przyspieszenie",
    "podniesienie",
    "ograniczenie",
)


def _pl_gender_of_noun(word: str) -> str:
    folded = fold(word)
    if folded.endswith(("nie", "cie", "ie", "o", "e", "um")):
        return "n"
    if folded.endswith(("a", "osc", "c")):
        return "f"
    return "m"


def _pl_noun_phrase(text: str, present: bool) -> str:
    """A Polish noun-phrase bullet said in the nominative, so nothing needs inflecting: "do moich zadań
    należała koordynacja dostaw", and for a measured result "moim osiągnięciem było obniżenie kosztu o 12%"."""
    first = text.split()[0] if text.split() else ""
    gender = _pl_gender_of_noun(first)
    ending = {"n": "o", "f": "a", "m": ""}[gender]
    phrase = _lower_first(text)
    if fold(first).startswith(_PL_RESULT_NOUNS) and re.search(r"\d", text):
        noun = {"n": "moim osiągnięciem", "f": "moim osiągnięciem", "m": "moim osiągnięciem"}[gender]
        return f"{noun} był{ending} {phrase}"
    verb = "należy" if present else f"należał{ending}"
    return f"do moich zadań {verb} {phrase}"


def _pl_clause(text: str, present: bool, gender: str | None) -> str:
    words = text.split()
    first = words[0] if words else ""
    first_clause = re.split(r",\s|\s[–—-]\s|:\s", text, maxsplit=1)[0].split()
    if fold(first) in _OPENING_ADVERBIAL or _has_pl_finite_verb(first_clause[1:10]):
        return _lower_first(text)  # "W 2022 r. błąd zawyżył..." is already a whole sentence
    if _PL_FIRST_PERSON.match(first) and first[:1].isupper():
        return _lower_first(text)
    if _PL_RESPONSIBLE.match(first):
        female = first.lower().endswith("a")
        verb = "jestem" if present else ("byłam" if female else "byłem")
        return f"{verb} {_lower_first(text)}"
    return _pl_noun_phrase(text, present)


def spoken_employer(name: str) -> str:
    """An employer as people say it: no "Sp. z o.o.", "S.A.", "Ltd" or quotes around the name."""
    name = re.sub(
        r"\s*\b(?:sp\.?\s?z\s?o\.?\s?o\.?|s\.?\s?a\.|s\.c\.|sp\.?\s?j\.|sp\.?\s?k\.|ltd\.?|limited|inc\.?|llc|gmbh|plc|corp\.?)$",
        "",
        name.strip(),
        flags=re.I,
    )
    return re.sub(r"[\"„”“]", "", name).strip(" ,'")


def role_prefix(role: Role | None, language: str) -> str:
    """How a sentence opens to say where something happened ("At Allegro, " / "W firmie Allegro ")."""
    if role is None:
        return ""
    role = replace(role, employer=spoken_employer(role.employer))
    if language == "pl":
        if role.employer and is_foreign_institution(role.employer):
            return ("Obecnie w " if role.current else "W ") + role.employer + " "
        if role.employer and not is_institution(role.employer):
            return ("Obecnie w firmie " if role.current else "W firmie ") + role.employer + " "
        if role.title:
            return f"Jako {_lower_first(role.title)} "
        return "W obecnej pracy " if role.current else "W poprzedniej pracy "
    if role.employer:
        return f"In my current role at {role.employer}, " if role.current else f"At {role.employer}, "
    if role.title:
        return f"As {_article(role.title)} {role.title}, "
    return ""


def _article(title: str) -> str:
    return "an" if fold(title)[:1] in "aeio" else "a"


def _sentence(text: str) -> str:
    text = text.strip()
    text = text[:1].upper() + text[1:]
    return text if text.endswith((".", "!", "?")) else text + "."


def first_person(fact: Fact, language: str, gender: str | None = None, *, with_role: bool = True) -> str:
    """The fact as one spoken first-person sentence in ``language``."""
    body = _tidy(fact.text)
    present = bool(fact.role and fact.role.current)
    prefix = role_prefix(fact.role, language) if with_role else ""
    if fact.kind in ("education", "certificate"):
        return _sentence(_CREDENTIAL[language][fact.kind] + body)
    if fact.language != language:
        translated = _translated(body, language, gender)
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
        clause = _pl_summary(body) if fact.kind == "summary" else _pl_clause(body, present, gender)
        if prefix.startswith("Jako"):
            prefix = prefix.rstrip() + ", "
        return _sentence(prefix + clause)
    clause = _en_clause(body, present)
    if fact.kind == "summary":
        clause = _summary_en(body)
    if prefix and not clause.startswith(("I ", "I'")):
        clause = clause[:1].lower() + clause[1:]
    return _sentence(prefix + clause if prefix else clause)


def _summary_en(text: str) -> str:
    """ "Backend engineer with 7 years of experience..." → "I'm a backend engineer with 7 years ..."."""
    first = fold(text.split()[0]) if text.split() else ""
    if first in ("i", "i'm"):
        return text
    if verb_base(first) or is_past_tense(first):
        return _en_clause(text, present=True)
    if first[:1].isdigit():
        return "I have " + text
    return f"I'm {_article(text)} {_lower_first(text)}"


def _translated(body: str, language: str, gender: str | None) -> str | None:
    if language == "pl":
        words = body.split()
        base = verb_base(fold(words[0])) if words else None
        if base:
            body = " ".join([past_tense(base), *words[1:]])
        return to_polish(body, gender)
    return to_english(body)


_CREDENTIAL = {
    "en": {"education": "On the education side: ", "certificate": "I also hold this certification: "},
    "pl": {"education": "Jeśli chodzi o wykształcenie: ", "certificate": "Mam też certyfikat: "},
}


def _cross_language(body: str, language: str) -> str:
    """A line written in the other language: quoted as the CV states it, not half-translated."""
    if language == "pl":
        return f"— jak piszę w CV — „{body}”"
    return f"— in my CV's words — \u201c{body}\u201d"


def _pl_instrumental(word: str, adjective: bool) -> str:
    lower = word.lower() if not _KEEP_CASE.match(word) else word
    if lower.endswith("a"):
        return lower[:-1] + "ą"
    if adjective and lower.endswith("y"):
        return lower + "m"
    if adjective and lower.endswith("i"):
        return lower + "m"
    if lower.endswith(("k", "g")):
        return lower + "iem"
    if lower[-1:].isalpha() and lower[-1] not in "aeiouyąęó":
        return lower + "em"
    return lower


_EN_TITLE_WORDS = word_set(
    "senior junior lead principal staff data software backend frontend full-stack fullstack product project "
    "marketing sales qa devops cloud mobile web ux ui business head chief team"
)


def _pl_summary(text: str) -> str:
    """ "Analityczka danych z 5-letnim doświadczeniem" → "jestem analityczką danych z 5-letnim..."."""
    words = text.split()
    if not words or _PL_FIRST_PERSON.match(words[0]) or not words[0][:1].isupper() or not words[0].isalpha():
        return _lower_first(text)
    if fold(words[0]) not in _EN_TITLE_WORDS:
        out = []
        for index, word in enumerate(words):
            bare = word.strip(",")
            adjective = bare.lower().endswith(
                ("y", "i", "owa", "na", "ona", "sza", "ska", "cka")
            ) and index + 1 < len(words)
            if not bare.isalpha() or (index and bare.lower() in ("z", "ze", "w", "we", "od", "i")):
                out.extend(words[index:])
                break
            out.append(_pl_instrumental(bare, adjective) + ("," if word.endswith(",") else ""))
            if not adjective:
                out.extend(words[index + 1 :])
                break
        result = " ".join(out)
        result = re.sub(
            r"(, (?:wcześniej|obecnie|a wcześniej) )(\w+)",
            lambda m: m.group(1) + _pl_instrumental(m.group(2), False),
            result,
        )
        return "jestem " + result
    return "jestem " + text


def talking_point(fact: Fact, language: str) -> str:
    """A glanceable line: where, the first clause, and the clause that holds the result's number."""
    body = _tidy(fact.text)
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


def spoken_role(role: Role, language: str) -> str:
    """ "Senior Backend Engineer at Allegro" / "Analityk danych w firmie mBank"."""
    role = replace(role, employer=spoken_employer(role.employer))
    if language == "pl":
        if role.title and role.employer:
            if is_institution(role.employer):
                return f"{role.title} — {role.employer}"
            return f"{role.title} w firmie {role.employer}"
        return role.title or role.employer
    if role.title and role.employer:
        return f"{role.title} at {role.employer}"
    return role.title or role.employer
