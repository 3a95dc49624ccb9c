"""Read a job description: what the role does, what it asks for, what it pays, who the company is.

Answers to "why us", "why this role", salary and weakness questions are built from this, so the
lines are kept as phrases that can be said inside a sentence ("building event-driven services").

Ads come as bulleted sections, paragraphs with inline labels ("Responsibilities: a; b. Wymagania: c")
or prose ("The Site Manager will run ...: x, y"). Duties come only from a responsibilities section or
a sentence saying what the person will do; requirements and nice-to-haves are kept apart; a salary
only where pay words stand by it, never from a budget, a turnover or a project's value."""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

from copilot.language.answers.job_salary import aligned_fold as _folded
from copilot.language.answers.job_salary import salary_in
from copilot.language.cv.parser import language_of
from copilot.language.text import fold, word_set
from copilot.language.verbs import gerund, is_past_tense, verb_base

_BULLET = re.compile(r"^\s*(?:[•●▪■◦‣∙·*➢►▶✓✔→\-–—>]+|\(?\d{1,2}[.)](?!\d))\s*")
# Section names, folded (no diacritics): a line of its own, or a label before a colon.
_SECTION = {
    "about": r"about us|about the (?:company|team|project)|the company|who we are|our (?:mission|story)|o nas"
    r"|o (?:firmie|zespole|projekcie)|kim jestesmy",
    "duties": (
        r"(?:key |main |your |the )?(?:responsibilities|duties)|what you(?:'ll| will) do|what you(?:'ll| will) be doing"
        r"|in this role you will|you will|you'll|your role|the role|role|your tasks|tasks|day to day|a typical day"
        r"|the job|your impact|(?:glowne |twoje )?obowiazki|zakres obowiazkow|twoje zadania|zadania"
        r"|czym bedziesz sie zajmowac|czym sie zajmiesz|co bedziesz robic|twoja rola|na tym stanowisku bedziesz"
    ),
    "requirements": (
        r"requirements|essential|essentials|essential skills|what we(?:'re| are) looking for|you have"
        r"|you should have|you need|you'll need|you bring|what you bring|must have|must-haves|qualifications"
        r"|skills|skills and experience|who you are|about you|the ideal candidate|person specification"
        r"|(?:nasze )?wymagania|oczekujemy|czego oczekujemy|od kandydatow oczekujemy|szukamy osoby|kogo szukamy"
        r"|twoje kwalifikacje|profil kandydata"
    ),
    "nice": r"nice[ -]to[ -]haves?|desirable|preferred|bonus points|(?:it's|would be) a plus|mile widzian[aey]"
    r"|(?:dodatkowym )?atutem bedzie|dodatkowe atuty",
    "offer": r"(?:what )?we offer|benefits|perks|why join us|what's in it for you|(?:co |to )?oferujemy|benefity"
    r"|w zamian|dajemy|zapewniamy",
    "salary": r"salary|pay|compensation|remuneration|pay range|wynagrodzenie|widelki|widelki placowe|stawka|pensja",
}
_PREFIX = r"(?:(?:our|your|the|key|main|nasze|twoj|twoje|glowne|kluczowe)\s+)?"
_SECTION_RE = {name: re.compile(rf"^{_PREFIX}(?:{pattern})\s*:?\s*$") for name, pattern in _SECTION.items()}
# "Requirements: …" / "… stres. Oferujemy: …" inside a line: a label after a line start or a sentence end.
_INLINE = re.compile(
    r"(?:^|(?<=[.;!?)])\s+)(?:"
    + "|".join(rf"(?P<{name}>{_PREFIX}(?:{pattern}))" for name, pattern in _SECTION.items())
    + r")\s*:\s*"
)
_OPEN_END = re.compile(r"\b(?:and|or|of|the|a|an|to|with|for|in|on|at|by|from|i|oraz|w|z|na|do|dla|lub)$")
_ABBREVIATION = re.compile(
    r"(?:\b(?:approx|min|max|ok|np|e\.g|i\.e|m\.in|tys|ul|sp|o\.o|st|no|nr|ca|incl|etc|vs|godz|zl|mln|mld|m2|r)"
    r"|\b[A-Z])\.$",
    re.I,
)
_ABOUT_CUE = re.compile(
    r"^(?:we are|we're|we build|we make|our mission|our product|our team|at \w+ we|jestesmy|tworzymy|nasza firma"
    r"|nasz zespol|nasza misja|budujemy)\b"
)
_REQUIREMENT_CUE = re.compile(
    r"\b(?:experience (?:with|in|as|of)|years of|years'|knowledge of|familiarity|proficien|you have|must|required|strong"
    r"|degree|qualified|qualification|certificate|licence|license|understanding of|ability to|fluent|proven"
    r"|doswiadczeni|znajomosc|umiejetnosc|wyksztalceni|wymagan|uprawnieni|gotowosc|min\.|minimum)\b"
    r"|^\d+\+?\s*(?:years?|yrs|lat|lata|rok)\b|\b\d+\+\s*(?:years?|yrs|lat|lata)\b"
)
# The head of one requirement in a comma list: "degree in …, 3+ years …, knowledge of …".
_REQUIREMENT_HEAD = re.compile(
    r"^(?:\d|min\b|minimum|knowledge|experience|familiarity|degree|understanding|ability|strong|excellent|good"
    r"|fluent|proven|hands-on|a (?:degree|valid|full|clean)|valid|full|clean|working knowledge|proficiency|confident"
    r"|znajomosc|doswiadczenie|wyksztalcenie|umiejetnosc|uprawnienia|gotowosc|odpornosc|bardzo dobra|dobra"
    r"|biegla|prawo jazdy|samodzieln\w*|komunikatywn\w*|analityczn\w*|certyfikat|mile widzian|nice to have"
    r"|preferably|ideally)"
)
# "experience with Python, Django and Flask": what follows the comma still belongs to the list.
_LIST_OPENER = re.compile(r"\b(?:with|in|of|such as|like|including|e\.g|np|w tym|takich jak|znajomosc|z|w)\b")
_NAME_LIST_WORDS = word_set("or and i lub oraz albo welcome preferred plus mile widziane widziany")
_NICE_CUE = re.compile(
    r"\b(?:nice to have|nice-to-have|a plus|an advantage|advantageous|desirable|(?:would be )?a bonus|welcome|welcomed"
    r"|preferred|mile widzian\w*|(?:dodatkowym )?atutem|plusem)\b"
)
_OFFER_CUE = re.compile(
    r"\b(?:is|are) (?:supported|provided|paid|offered|available)\b|\bwe (?:offer|provide|pay|support)\b"
    r"|^(?:we offer|oferujemy|zapewniamy)\b"
)
# Who the person will be and what they will do, said in a sentence: the duties follow the cue.
_DUTY_CUE = re.compile(
    r"\b(?:you will|you'll|you are going to|you would|(?:will be|is|are) responsible for|responsible for"
    r"|bedziesz odpowiadac za|bedziesz odpowiedzialn[ya] za|bedziesz|twoim zadaniem bedzie|twoje zadania to"
    r"|odpowiadasz za|ktor[ay] bedzie odpowiada[cl] za|ktor[ay] bedzie|osoba na tym stanowisku bedzie)\b\s*:?\s*"
)
_WILL = re.compile(
    r"^(?!(?:we|our|the company|company)\b)(?:[\w&/()'’-]+\s+){1,8}?will\s+(?!be\s+(?:based|offered|paid))"
)
_LOOKING_FOR = re.compile(
    r"\b(?:looking for|seeking|hiring|recruiting|(?:we|i) (?:need|want|require))\b[^.;:]{3,80}?\bto\s+(?=\w)"
)
_PL_TASK = re.compile(r"\w{3,}(?:anie|enie|owac|ywac|iwac|ac|ic|yc|ec|acja)")  # "prowadzenie", "planowac"
_NOT_A_DUTY_VERB = word_set("join become be strengthen complete expand grow fill help")
_DUTY_START = re.compile(
    r"^(?:you will|you'll|you are going to|will|bedziesz|twoim zadaniem bedzie|odpowiadasz za|bedziesz odpowiadac za)\s+"
)


_HOW_TO_APPLY = re.compile(
    r"\b(?:to apply|apply (?:by|via|through|online|now)|send (?:your|a|us) (?:cv|resume|application)|cover (?:note|letter)|"
    r"closing date|aplikuj|przeslij\w* (?:cv|zgloszeni)|wyslij (?:cv|zgloszeni)|klauzul\w*|rodo)\b"
)


@dataclass(frozen=True)
class JobDescription:
    duties: tuple[str, ...] = ()
    requirements: tuple[str, ...] = ()
    about: tuple[str, ...] = ()
    offer: tuple[str, ...] = ()
    salary: str = ""
    language: str = "en"
    nice_to_have: tuple[str, ...] = ()  # "Mile widziane: SQL", "an advantage": never a must, never a duty

    @property
    def lines(self) -> tuple[str, ...]:
        return self.duties + self.requirements + self.about

    @property
    def is_empty(self) -> bool:
        return not (self.duties or self.requirements or self.about)


def _section_of(text: str) -> str | None:
    folded = _folded(_BULLET.sub("", text)).strip(" #*_.;,")
    return next((name for name, pattern in _SECTION_RE.items() if pattern.match(folded)), None)


def _logical_lines(text: str) -> list[tuple[str, bool]]:
    """The ad's lines with the ones a paste wrapped joined again, each with whether it was a bullet."""
    joined: list[tuple[str, bool]] = []
    for raw in text.splitlines():
        line = re.sub(r"\s+", " ", raw).strip()
        if not line:
            joined.append(("", False))
            continue
        bullet = bool(_BULLET.match(raw))
        if joined and joined[-1][0] and not bullet and _section_of(line) is None:
            previous, was_bullet = joined[-1]
            ends = previous.rstrip()[-1:]
            open_end = ends in ",;&/(-–" or _OPEN_END.search(_folded(previous))
            if _section_of(previous) is None and (open_end or (line[:1].islower() and ends not in ".!?")):
                joined[-1] = (previous + " " + line, was_bullet)
                continue
        joined.append((line, bullet))
    return [(line, bullet) for line, bullet in joined if line]


def _sentences(text: str) -> list[str]:
    """Sentences, not broken after "approx.", "min.", "ok." or "Sp. z o.o."."""
    parts, start = [], 0
    for match in re.finditer(r"(?<=[.!?])\s+(?=[A-ZĄĆĘŁŃÓŚŹŻ(„\"\d])", text):
        before = text[start : match.start()]
        if _ABBREVIATION.search(before.split()[-1] if before.split() else ""):
            continue
        parts.append(before)
        start = match.end()
    parts.append(text[start:])
    return [part.strip() for part in parts if part.strip()]


def _top_level(text: str, separator: str) -> list[str]:
    """Split at a separator outside parentheses: "a (x; y); b" → ["a (x; y)", "b"]."""
    parts, depth, current = [], 0, ""
    for index, char in enumerate(text):
        depth += (char == "(") - (char == ")")
        if char == separator and depth <= 0 and text[index + 1 : index + 2] in ("", " "):
            parts.append(current)
            current = ""
        else:
            current += char
    parts.append(current)
    return [part.strip(" .;:,") for part in parts if part.strip(" .;:,")]


def _is_task(text: str) -> bool:
    """A piece that opens as a task does: "coordinating subcontractors", "review RFIs", "prowadzenie kampanii"."""
    first = re.match(r"[^\W\d_][\w'’-]*", _folded(text.strip()))
    word = first.group() if first else ""
    return bool(word) and bool(
        verb_base(word)
        or (word.endswith("ing") and len(word) > 5)
        or is_past_tense(word)
        or _PL_TASK.fullmatch(word)
    )


def _items(text: str, kind: str) -> list[str]:
    """The items of one stretch of an ad: ";"-separated, then sentences, then (for duties and
    requirements) comma lists whose next piece opens a new task or a new requirement."""
    items: list[str] = []
    for clause in _top_level(text, ";"):
        for sentence in _sentences(clause):
            pieces = _top_level(sentence, ",") if kind in ("duties", "requirements", "nice") else [sentence]
            if kind == "duties":
                pieces = [part for piece in pieces for part in _split_at_and_verb(piece)]
            current = ""
            for piece in pieces:
                bare = re.sub(r"^(?:and|or|i|oraz|a takze)\s+", "", piece)
                # "…into clear, engaging learning": two words after a comma finish the task before it
                new = (kind == "duties" and _is_task(bare) and len(bare.split()) > 2) or (
                    kind in ("requirements", "nice")
                    and (
                        _REQUIREMENT_HEAD.match(_folded(bare))
                        or not (
                            _LIST_OPENER.search(_folded(current))
                            and _names(current.split()[-1:])
                            and _names(bare.split())
                        )
                    )
                )
                if current and new and len(current.split()) > 1:  # "Design, build and run …" is one task
                    items.append(current)
                    current = bare
                else:
                    current = f"{current}, {piece}" if current else bare
            if current:
                items.append(current.strip(" .;:,"))
    return [item for item in items if re.search(r"[^\W\d_]{2,}", item)]


def _split_at_and_verb(piece: str) -> list[str]:
    """ "deliver NHS services and keep controlled drug records" -> two tasks; "build and run X" stays one."""
    match = re.search(r"\s+and\s+([a-z]+)\s", piece)
    if (
        match is None
        or len(piece[: match.start()].split()) < 2
        or verb_base(match.group(1)) != match.group(1)
    ):
        return [piece]
    return [piece[: match.start()], *_split_at_and_verb(piece[match.end(1) - len(match.group(1)) :])]


def _names(words: list[str]) -> bool:
    """ "Django and Flask", "BTL1 or SC-200 welcome": tool and certificate names, not a new requirement."""
    return bool(words) and all(
        word[:1].isupper() or re.search(r"\d", word) or fold(word) in _NAME_LIST_WORDS for word in words
    )


def _duty_sentence(sentence: str) -> list[str]:
    """What a sentence says the person will do: "The Site Manager will run X: a, b" → [run X, a, b]."""
    folded = _folded(sentence)
    cue = _DUTY_CUE.search(folded) or _WILL.match(folded)
    if cue is None:
        looking = _LOOKING_FOR.search(folded)
        if looking is None or fold(sentence[looking.end() :].split()[0]) in _NOT_A_DUTY_VERB:
            return []
        cue = looking
    rest = sentence[cue.end() :].strip()
    head, colon, listed = rest.partition(":")
    found = []
    if colon and listed.strip():
        if len(head.split()) >= 3 and _is_task(head):
            found.append(head.strip())
        found.extend(_items(listed, "duties"))
    elif rest:
        found.extend(_items(rest, "duties"))
    return found


def _placed(item: str, section: str) -> str:
    """The section an item belongs to, whatever its heading says: a nice-to-have under
    "Requirements", a "3+ years" line under "Responsibilities", a perk among the requirements."""
    folded = _folded(re.sub(r"\([^()]*\)", "", item))
    if section in ("requirements", "duties", "nice") and _OFFER_CUE.search(folded):
        return "offer"
    if section in ("requirements", "duties") and _NICE_CUE.search(folded):
        return "nice"
    if section == "duties" and _REQUIREMENT_CUE.search(folded) and not _is_task(item):
        return "requirements"
    return section


def _segments(line: str, current: str) -> list[tuple[str, str]]:
    """A line cut at its inline labels: "… 14. Responsibilities: a; b" → [(current, "… 14."), ("duties", "a; b")]."""
    folded = _folded(line)
    found = list(_INLINE.finditer(folded))
    if not found:
        return [(current, line)]
    segments = [(current, line[: found[0].start()])] if found[0].start() else []
    for index, match in enumerate(found):
        end = found[index + 1].start() if index + 1 < len(found) else len(line)
        name = next(name for name in _SECTION if match.group(name))
        segments.append((name, line[match.end() : end]))
    return [(name, text.strip()) for name, text in segments if text.strip()]


@lru_cache(maxsize=32)
def parse_job_description(text: str) -> JobDescription:
    sections: dict[str, list[str]] = {
        name: [] for name in ("duties", "requirements", "nice", "about", "offer")
    }
    current, salary = "", ""
    for line, bullet in _logical_lines(text):
        header = _section_of(line)
        if header:
            current = header
            continue
        line = _BULLET.sub("", line) if bullet else line
        for section, segment in _segments(line, current):
            pay, alone = salary_in(segment, section)
            if pay and not salary:
                salary = pay
            if section == "salary" or (pay and alone):
                continue
            _read(segment, section, bullet, sections)
    return JobDescription(
        duties=_unique(sections["duties"]),
        requirements=_unique(sections["requirements"]),
        about=_unique(sections["about"]),
        offer=_unique(sections["offer"]),
        salary=salary,
        language=language_of(text) if text.strip() else "en",  # the ad's own language
        nice_to_have=_unique(sections["nice"]),
    )


def _read(segment: str, section: str, bullet: bool, sections: dict[str, list[str]]) -> None:
    for sentence in _sentences(segment):
        folded = _folded(sentence)
        if _HOW_TO_APPLY.search(folded):
            continue  # "To apply, send your CV to our Clinical Lead, Sarah Doyle": about applying, not the job
        duties = _duty_sentence(sentence) if section in ("", "about", "duties") else []
        if duties:
            sections["duties"].extend(duties)
        elif section == "":
            if not bullet and (len(sentence.split()) < 6 or not sentence.rstrip().endswith((".", "!"))):
                continue  # before the first heading: the title, place and contract lines say nothing to quote
            sections[_guessed(sentence, folded, bullet)].append(sentence.strip(" .;:,"))
        elif section == "about":
            sections["about"].append(sentence.strip(" .;:,"))
        elif section == "offer":
            sections["offer"].extend(
                part for clause in _top_level(sentence, ";") for part in _top_level(clause, ",")
            )
        else:
            for item in _items(sentence, section):
                sections[_placed(item, section)].append(item)


def _guessed(sentence: str, folded: str, bullet: bool) -> str:
    """A line under no heading: the company, a requirement, or (a bullet opening with a verb) a duty."""
    if _REQUIREMENT_CUE.search(folded) and not _ABOUT_CUE.search(folded):
        return "nice" if _NICE_CUE.search(folded) else "requirements"
    if bullet and _is_task(sentence) and not _ABOUT_CUE.search(folded):
        return "duties"
    return "offer" if _OFFER_CUE.search(folded) and not _ABOUT_CUE.search(folded) else "about"


def _unique(lines: list[str]) -> tuple[str, ...]:
    cleaned = [re.sub(r"\s+", " ", raw).strip(" .;:,") for raw in lines]
    folded = [fold(line) for line in cleaned]
    return tuple(line for i, line in enumerate(cleaned) if len(line) > 2 and folded[i] not in folded[:i])


def duty_phrase(line: str, language: str, max_words: int = 14) -> str:
    """A duty said inside a sentence: "Design, build and run services" → "designing, building and running services"."""
    text = _DUTY_START.sub("", fold_case_start(re.sub(r"\s*\([^()]*\)", "", line)))
    text = text.split("; ")[0]  # "Build pipeline with SDRs; forecast accurately" → its first duty
    head, colon, _list = text.partition(": ")
    if colon and len(head.split()) >= 2:
        text = head  # "running continuous discovery: interviews, tests, analytics" → the activity itself
    words = text.split()
    lead = [fold(w) for w in words[:2]]
    if not words or _PRONOUN_OBJECTS & set(lead[1:] if lead[0] in ("bedziesz", "will") else lead[:1]):
        return ""  # "i będziesz go kontrolować": the half of a duty whose object came before it
    if language == "en":
        words = [_YOURS_EN.get(fold(word), word) for word in words]
        opening = True  # the verbs the duty opens with ("Design, build and run ...")
        for index, word in enumerate(words[:16]):
            bare = fold(word).strip(",;")
            previous = fold(words[index - 1]) if index else ""
            if bare in ("and", "&", "or", "i", "oraz"):
                continue
            base = verb_base(bare)
            chained = index and (previous in ("and", "&", "or") or previous.endswith(","))
            following = fold(words[index + 1]) if index + 1 < len(words) else ""
            if chained and base is None and following in _OBJECT_STARTS and bare.isalpha():
                base = bare  # "Run and evolve our platform": a verb the list does not know, before its object
            if base and (index == 0 or (chained and opening)):
                words[index] = gerund(base) + ("," if word.endswith(",") else "")
            elif (
                chained
                and (base == bare or bare in _IRREGULAR_BASES)
                and following
                and following not in ("and", "or", "&")
                and (bare not in _NOUN_MODIFIERS or following in _OBJECT_STARTS)
            ):
                # a later duty of the same list: "keep people safe and get orders out" → "and getting"
                words[index] = gerund(bare) + ("," if word.endswith(",") else "")
            elif index:
                opening = False
    if language == "pl":
        words = [re.sub(r"^nasz", "wasz", word) for word in words]
        if _PL_INSTRUMENTAL.match(words[0]) and fold(words[0]) not in _PL_NOMINATIVE_EM:
            if _PL_ACTIVITY.search(words[0]):
                # "Czym się zajmiesz: prowadzeniem profili i koordynacją sesji" → "prowadzenie profili i
                # koordynacja sesji": an activity is said in the nominative
                words = [
                    _pl_nominative(word) if i == 0 or fold(words[i - 1]) in ("i", "oraz") else word
                    for i, word in enumerate(words)
                ]
            else:
                # "Będziesz: partnerem dla menedżerów" → "bycie partnerem dla menedżerów"
                words = ["bycie", *words]
    if len(words) > max_words:
        cut = words[:max_words]
        stops = [
            stop
            for stop in range(len(cut) - 1, 1, -1)
            # "…into clear, engaging learning": a comma between two adjectives is no place to stop
            if fold(cut[stop]) in _CUT_BEFORE
            or (cut[stop - 1].endswith(",") and fold(cut[stop]) in _AFTER_LIST_COMMA)
        ]
        if stops:
            cut = cut[: stops[0]]  # the latest place to stop
        words = cut
        if len(words) > 2 and words[-2].endswith(",") and fold(words[-1]).endswith("ly"):
            words = words[:-1]  # "… with 50–500 employees, typically" cut before "with deal sizes …"
    return " ".join(words).rstrip(",;")


# The ad's "our platform" / "your team" said by the candidate: "the platform", "the team".
_YOURS_EN = {"our": "the", "your": "the", "ours": "yours", "we": "you", "us": "you", "we're": "you're"}
_OBJECT_STARTS = frozenset(["our", "your", "the", "a", "an", "their", "its", "new", "existing"])
# Verbs the verb list misses, and words that name a team or a kind of work before a noun ("product
# and design teams"), which are verbs only before an object ("design the flow").
_PRONOUN_OBJECTS = word_set("go ja je ich nim nia nimi it them this that")
_IRREGULAR_BASES = word_set("get set put run cut keep make take give go meet lead")
_NOUN_MODIFIERS = word_set(
    "design product test support data sales marketing process project service change release research build "
    "finance operations quality content security"
)
_CUT_BEFORE = word_set("that which with and to for oraz ktore ktory w z i")
# Words that open the next item after a comma, where a duty can end: "…, and", "…, including", "…, ensuring".
_AFTER_LIST_COMMA = word_set("and or including such as while ensuring making keeping i oraz w tym a")
_PL_INSTRUMENTAL = re.compile(r"^[a-ząćęłńóśźż]{4,}(?:em|ą)$")
_PL_NOMINATIVE_EM = frozenset(["system", "problem", "tandem", "modem", "totem"])
# An activity in the instrumental: a verbal noun ("prowadzeniem") or a feminine noun that names no
# person ("komunikacją", "obsługą"; not "liderką", "opiekunką")
_PL_ACTIVITY = re.compile(r"(?:[nc]iem|(?<!k)ą)$")


def _pl_nominative(word: str) -> str:
    if not _PL_ACTIVITY.search(word):
        return word
    return word[:-2] + "e" if word.endswith("iem") else word[:-1] + "a"


def fold_case_start(line: str) -> str:
    first, _, rest = line.partition(" ")
    if (len(first) > 1 and first.isupper()) or re.search(r"[A-Z].*[A-Z]", first[1:]):
        return line
    return first[:1].lower() + first[1:] + (" " + rest if rest else "")
