"""An English CV line as one first-person clause: the chain from the line's own verb to a frame that fits it.

A line with a verb gets "I" and the role's tense. A line without one is said in the frame its shape
asks for: "Project: 5-storey block (2022 - present)" → "since 2022, I've been working on a 5-storey
block project"; "Key user for the WMS move: tested flows" → "as key user for the WMS move, I tested
flows"; "340 contracts reviewed in 3 weeks" → "I reviewed 340 contracts in 3 weeks"; "Zero lost-time
injuries since 2021" → "there have been zero lost-time injuries since 2021"; "Diary management" → "I
was responsible for diary management"; "Picking, loading" → "I did picking and loading". "I worked on
..." is the last resort, for a thing that was made ("I worked on a churn model").
"""

from __future__ import annotations

import re

from copilot.language.cv.casing import lower_first
from copilot.language.cv.english import (
    AS_ROLE,
    DETERMINERS,
    EVENT_NOUNS,
    MASS_NOUNS,
    OPENING_ADVERBIAL,
    PARTICLES,
    RELEASE_VERBS,
    ROLE_NOUNS,
    SUBJECT_CLAUSE,
    TITLE_NOUNS,
    article_for,
    count_article,
    expand_shorthand,
    held,
    indefinite,
    later_verbs,
    split_at_verb_clause,
    with_article,
    with_object,
)
from copilot.language.cv.english_events import (
    COUNT_WORDS,
    INTRANSITIVE,
    NOT_A_SUBJECT,
    gerund_noun,
    me_again,
    numbered_line,
    own_subject,
    thing_event,
)
from copilot.language.cv.english_labelled import listed, project_line, said_date, the_for
from copilot.language.cv.english_labels import (
    AMOUNT_LABELS,
    CLIENT_LABELS,
    DUTY_ENDS,
    DUTY_NOUNS,
    GENERIC_LEAD,
    HARD_PERSON,
    HELD_NOUNS,
    LABEL,
    META_LABELS,
    PROGRAMME_NOUNS,
    PROJECT_LABELS,
    SUPERLATIVE_LABELS,
    TOOL_LABELS,
)
from copilot.language.cv.roles import title_score
from copilot.language.text import fold, word_set
from copilot.language.verbs import is_past_tense, past_tense, verb_base

# "Escalation point for billing issues" names a position someone held: "I was the escalation point for ...".
_POSITION_HELD = re.compile(
    r"^(?:[\w-]+\s+){0,3}?(?:point|contact|person|liaison|owner|representative|go-to)\s+(?:of\s+contact\s+)?"
    r"(?:for|between|on)\s+\S|^(?:[\w-]+\s+){0,2}?\w+ in charge\b",
    re.I,
)
_LEAD_ROLE = re.compile(
    r"^(?:lead|principal|chief|head|senior|staff)\s+(?:[\w-]+\s+)?"
    r"(?:researcher|engineer|designer|developer|analyst|nurse|pharmacist|consultant|architect|tester|user|auditor|"
    r"trainer|buyer|planner|scientist|writer|editor|teacher|officer|coordinator|surveyor|electrician|hand)s?\b",
    re.I,
)
# Verbs that take no object: "noise dropped around 35%" is "and the noise dropped", never passive.
_NUMBER_START = re.compile(r"^(?:(?:over|about|around|nearly|almost|more than|up to|under)\s)?[\d~+$€£]")
# A line that opens with a count in words ("Two HSA inspections, no enforcement action").
_COUNT_START = re.compile(r"^(?:two|three|four|five|six|seven|eight|nine|ten|eleven|twelve)\s", re.IGNORECASE)
_DATE_LABEL = re.compile(
    r"^(?:(?:in|since|from)\s)?(?:Q[1-4]\s)?(?:19|20)\d\d(?:\s?(?:-|–|to)\s?(?:(?:19|20)\d\d|now|present))?$|"
    r"^from [A-Z][a-z]+ to [A-Z][a-z]+ (?:19|20)\d\d$",
    re.I,
)
_QUANTIFIERS = word_set("all both most none two three four five six seven eight nine ten several many some")
# People things are done to: "patient transferred to HDU" is passive, never "the patient transferred".
_ACTED_ON = word_set("patient resident customer client child pupil student candidate passenger guest caller")
_ROLE_VERBS = word_set("mentor coach tutor host chair judge volunteer guide buddy ambassador champion")
_PASSIVE_FIRST = word_set(
    "promoted awarded nominated selected shortlisted elected invited asked appointed seconded"
)


_THEN = word_set("afterwards afterward then later subsequently next")


def _then_clause(part: str, present: bool) -> str | None:
    """ "afterwards built the spares list" → "afterwards I built the spares list"."""
    words = part.split()
    if len(words) > 2 and fold(words[0]).strip(",") in _THEN:
        clause = _verb_clause(words[1:], present)
        return f"{words[0].rstrip(',')} {clause}" if clause else None
    return None


def en_clause(text: str, present: bool, skills: tuple[str, ...] = ()) -> str:
    """First-person English clause of a bullet (without the role prefix)."""
    text = re.sub(r"\s+[-–—]\s*(?=,|$)", "", expand_shorthand(text))  # a dash left where the line wrapped
    sentences = re.split(r"(?<=[a-z0-9%)]{2}\.)\s+(?=[A-Z])", text)
    if len(sentences) > 1:  # "Own the checkout. Launched one-click reorder." → each in the first person
        said = [_later_sentence(s.rstrip("."), present, skills) for s in sentences]
        said[0] = _clause(sentences[0].rstrip("."), present, skills)
        return ". ".join(s[:1].upper() + s[1:] if i else s for i, s in enumerate(said))
    parts = text.split("; ")
    if len(parts) > 1 and any(
        _verb_clause(part.split(), present) or _then_clause(part, present) or own_subject(part)
        for part in parts[1:]
    ):
        # "Medication error in 2021; reported it on Datix" → "there was a medication error in 2021; I
        # reported it on Datix"; "Owned the roadmap; shipped 3 releases" → "...; I shipped 3 releases"
        first = _verb_clause(parts[0].split(), present)
        head = [fold(w).strip(",()") for w in parts[0].split()[:4]]
        if first is None and any(word in EVENT_NOUNS for word in head):
            first = f"there was {article_for(parts[0])}{lower_first(parts[0])}"
        first = first or thing_event(parts[0])
        if first is not None:
            later = (
                _verb_clause(part.split(), present) or _then_clause(part, present) or own_subject(part)
                for part in parts[1:]
            )
            said = [first, *(clause or part for clause, part in zip(later, parts[1:], strict=True))]
            return "; ".join(said)
    return me_again(_joined(_clause(text, present, skills)))


def _later_sentence(text: str, present: bool, skills: tuple[str, ...]) -> str:
    """A sentence after the first that opens with a participle says what became of the work: "Used
    as a case study in trust training" → "it was used as ..."; "Adopted by 3 teams" → "it was ..."."""
    words = text.split()
    first = fold(words[0]) if words else ""
    participle = first.endswith("ed") and first not in _PASSIVE_FIRST
    if participle and len(words) > 2 and fold(words[1]) in ("as", "by", "in", "across", "at"):
        return "it was " + lower_first(text)
    second = fold(words[1]) if len(words) > 2 else ""
    if (
        first in ("now", "still")
        and second.endswith("ed")
        and fold(words[2]) in ("as", "by", "in", "across", "at")
    ):
        return "it's " + lower_first(text)  # "Now used by 14 fee earners" → "it's now used by 14 fee earners"
    if first in _FREQUENCY and second in DETERMINERS | {"the", "my", "our", "one"}:
        return "I'm " + lower_first(text)  # "Often the client's first point of contact" → "I'm often ..."
    return own_subject(text) or _clause(text, present, skills)


def _clause(text: str, present: bool, skills: tuple[str, ...] = ()) -> str:
    words = text.split()
    if not words:
        return text
    first = fold(words[0]).strip(",:")
    if first == "i":
        return text
    if first in OPENING_ADVERBIAL and len(words) > 4:
        return _opening_phrase(text, present, skills)
    if first == "one" and len(words) > 3 and fold(words[1]) == "of":
        return ("I'm " if present else "I was ") + lower_first(text)  # "One of 3 Android devs on the app"
    named = len(words) == 2 or (
        len(words) > 2 and (words[1][-1:] in ",:" or words[2] in ("–", "-", "—", ":"))
    )
    if words[0][:1].isupper() and named and _VERSION.fullmatch(words[1].strip(",:–-")):
        return "I worked with " + text  # "Empower 3 – running sequences": a product and its version
    if first == "care" and len(words) > 2 and fold(words[1]) in ("of", "for"):
        return ("I care for " if present else "I cared for ") + " ".join(
            words[2:]
        )  # "Care of up to 8 patients"
    if first in ("responsible", "part"):
        return ("I'm " if present else "I was ") + lower_first(text)
    if first == "member":
        return ("I'm a " if present else "I was a ") + lower_first(text)
    in_charge = fold(" ".join(words[1:3])) == "in charge"  # "Engineer in charge of the night shift"
    if _POSITION_HELD.match(text) and (in_charge or (not verb_base(first) and not is_past_tense(first))):
        return ("I'm the " if present else "I was the ") + lower_first(text)
    if _LEAD_ROLE.match(text):
        # "Lead researcher for checkout" is a position, not "I lead a researcher".
        article = "a" if first in ("senior", "staff") else "the"
        return (f"I'm {article} " if present else f"I was {article} ") + lower_first(text)
    if labelled := SUBJECT_CLAUSE.match(text):
        # "Group project StudyBuddy, team of 4: I built the calendar" → "On group project ..., I built ..."
        return f"On {lower_first(labelled.group('subject'))}, {labelled.group('clause')}"
    if (
        len(words) > 3
        and fold(words[1]) in _ROLE_VERBS
        and fold(words[2]) in ("for", "to", "of")
        and not _is_verb(first)
    ):
        # "Clinical coach to 5 student nurses": a role held, its kind before it
        return ("I'm " if present else "I was ") + indefinite(first) + " " + lower_first(text)
    if first in _ROLE_VERBS and len(words) > 2 and fold(words[1]) in ("for", "to", "of", "on"):
        # "Mentor for 4 trainee teachers": a role held, not "I mentored for"
        return ("I'm " if present else "I was ") + indefinite(first) + " " + lower_first(text)
    verb_led = _verb_clause(words, present)
    if verb_led:
        return verb_led
    if len(words) > 2 and fold(words[1]) in ("for", "across") and first in {fold(s) for s in skills}:
        # "terraform for all aws infra" → "I used terraform for all AWS infra"
        return ("I use " if present else "I used ") + text
    if (title := _title_held(text, present)) is not None:
        return title
    if (labelled_line := _labelled(text, present)) is not None:
        return labelled_line
    label_words = [fold(w).strip(",:") for w in text.split(",")[0].split()[:5]]
    if any(word in ROLE_NOUNS for word in label_words[:3]) and not re.match(r"[\d~]", first):
        as_role = AS_ROLE.match(text)
        if as_role and _is_verb(fold(as_role.group("verb"))):
            return f"As {lower_first(as_role.group('role'))}, {_verb_clause(as_role.group('verb', 'rest'), present)}"
        return _role_held(text, present)
    if first in ("the", "our", "my", "this", "a", "an") and any(
        is_past_tense(fold(w).strip(",")) for w in words[2:7]
    ):
        return lower_first(
            text
        )  # a whole sentence with its own subject: "The Goals feature missed its target"
    if (event := thing_event(text)) is not None:
        return event
    head, verb_clause = split_at_verb_clause(text)
    if verb_clause:
        return _noun_then_verb(head, verb_clause, present)
    if _NUMBER_START.match(text) or _COUNT_START.match(text) or first in ("zero", "no"):
        return numbered_line(text, present)
    if first in AMOUNT_LABELS and len(words) > 2 and fold(words[1]) == "of":
        return (
            "I have " if present else "I had "
        ) + f"{indefinite(first)} {lower_first(text)}"  # "Team of 9"
    if (
        first in _FREQUENCY
        and len(words) > 2
        and (is_past_tense(fold(words[1])) or verb_base(fold(words[1])))
    ):
        return "I " + lower_first(text)  # "Sometimes had 3 projects at once" → "I sometimes had ..."
    if len(words) > 2 and fold(words[1]) in ("in", "on", "at", "for") and title_score(words[0]):
        # "Designer in the Budgeting squad, working with a PM": the post held, not a thing worked on
        return ("I'm the " if present else "I was the ") + lower_first(text)
    return _noun_phrase(text, present)


_FREQUENCY = word_set("sometimes often usually regularly occasionally frequently always mostly mainly also")


# Words that open a later part of a line without being its subject: "..., who agreed", "..., then introduced".


def _is_verb(word: str) -> bool:
    return bool(verb_base(word)) or is_past_tense(word)


def _verb_clause(words: list[str] | tuple[str, ...], present: bool) -> str | None:
    """ "Co-wrote 4 menus; costed every dish" → "I co-wrote 4 menus and costed every dish"; None when
    the line does not open with a verb."""
    words = " ".join(words).split()
    if not words:
        return None
    first = fold(words[0]).strip(",")
    base = verb_base(first)
    if first in _PASSIVE_FIRST:
        return "I was " + lower_first(" ".join(words))  # "Promoted to shift lead" → "I was promoted ..."
    if is_past_tense(first) and base is None:
        return _joined("I " + lower_first(" ".join(later_verbs(with_object(words), present))))
    if base is None:
        return None
    if first.endswith("ing") and gerund_noun(words):
        return None  # "Setting out and levels for groundworks": a task, not "I set out"
    words = with_object(words)
    words = later_verbs([base if present else past_tense(base), *words[1:]], present, base_forms=True)
    return _joined("I " + " ".join(words))


# "Empower 3", "Windows 11", "Office 365": a name with its version, not a verb
_VERSION = re.compile(r"(?!(?:19|20)\d{2}\b)\d{1,4}(?:\.\d+)*")
# "After a difficult 4.2 release (Nov 2022) worked with QA": the lead ends with a bracketed date or a year
_DATED_LEAD = re.compile(
    r"^(?P<phrase>(?:\S+\s){1,7}?(?:\([^()]*(?:19|20)\d{2}\)|(?:19|20)\d{2}))\s+(?P<rest>[a-z]+ed\b.*)$"
)
_DATE_FIRST = re.compile(r"^(?P<date>(?:[A-Z][a-z]{2,8}\.? )?(?:19|20)\d{2}),\s+(?=[a-z])")
_DATE_IN_BRACKETS = re.compile(r"\s*\(([^()]*(?:19|20)\d{2})\)")


def _opening_phrase(text: str, present: bool, skills: tuple[str, ...]) -> str:
    """ "During COVID: ran the vaccination hub" → "During COVID, I ran the vaccination hub"; a line that is
    a whole sentence already ("In 2022 I reorganised ...") is kept."""
    match = re.match(r"^(?P<phrase>(?:\S+\s){1,6}?\S+?)(?::|,)\s+(?P<rest>\S.*)$", text) or _DATED_LEAD.match(
        text
    )
    if match and "(" in match.group("phrase"):
        # "After a difficult release (Nov 2022) worked with QA" → "after a difficult release in Nov 2022, I worked …"
        dated = _DATE_IN_BRACKETS.sub(r" in \1", match.group("phrase"))
        text = dated + ", " + match.group("rest")
        match = re.match(r"^(?P<phrase>.+?), (?P<rest>\S.*)$", text)
    dated = _DATE_FIRST.match(match.group("rest")) if match else None
    if dated:  # "After a failed release, May 2023, rewrote …": the date belongs to the lead
        text = f"{match.group('phrase')} in {dated.group('date')}, {match.group('rest')[dated.end() :]}"
        match = re.match(r"^(?P<phrase>.+?), (?P<rest>\S.*)$", text)
    rest_words = match.group("rest").split() if match else []
    if match and rest_words and fold(rest_words[0]) != "i" and not _has_subject(rest_words):
        return f"{lower_first(match.group('phrase'))}, {_clause(match.group('rest'), present, skills)}"
    return text


def _has_subject(words: list[str]) -> bool:
    return fold(words[0]) in ("the", "a", "an", "my", "our", "we", "they", "it")


def _title_held(text: str, present: bool) -> str | None:
    """ "Head chef, 40-cover bistro" → "I work as a head chef, 40-cover bistro"."""
    head, _, rest = text.partition(", ")
    head_words = [fold(w) for w in head.split()]
    verb = "I work as" if present else "I worked as"
    header = (
        head.istitle() and rest[:1].isupper() and len(head_words) <= 7
    )  # "Night Shift Manager, Harland Foods"
    if header and head_words[-1] in TITLE_NOUNS | ROLE_NOUNS | {"operative", "leader", "director"}:
        return f"{verb} {indefinite(head)} {head} at {rest}"
    if not (0 < len(head_words) <= 5 and head_words[-1] in TITLE_NOUNS and not verb_base(head_words[0])):
        return None
    team = f", in the {rest}" if rest and fold(rest.split()[-1]) == "team" and len(rest.split()) <= 3 else ""
    rest = "" if team else (", " + rest if rest else "")
    return f"{verb} {indefinite(head)} {lower_first(head)}{team}{rest}"


def _role_held(text: str, present: bool) -> str:
    """ "Temporary Works Supervisor for the back-propping" → "I'm the Temporary Works Supervisor for ..."."""
    words = text.split()
    role_end = next((i for i, w in enumerate(words) if fold(w).strip(",") in ROLE_NOUNS), 0)
    following = fold(words[role_end + 1]) if len(words) > role_end + 1 else ""
    if following in ("for", "on", "of", "in", "at") or role_end == len(words) - 1:
        return ("I'm the " if present else "I was the ") + lower_first(text)
    return "I acted as " + lower_first(text)  # "incident commander during the 2022 outage": one occasion


def _labelled(text: str, present: bool) -> str | None:
    """A "label: content" line said as a sentence, the label's kind deciding the frame."""
    match = LABEL.match(text)
    if not match:
        return None
    label, rest = match.group("label").strip(), match.group("rest").strip()
    label_words = [fold(w).strip(",") for w in label.split()]
    verb_first = _is_verb(label_words[0]) and not gerund_noun(label.split())
    if len(label_words) > 8 or verb_first or label_words[0] == "i":
        return None
    if any(word in ROLE_NOUNS for word in label_words[:3]):
        return None  # "Incident commander during the outage: ..." is said as the role held
    if _DATE_LABEL.match(label):
        return f"{said_date(label)}, {_clause(rest, present)}"
    rest_first = fold(rest.split()[0]).strip(",")
    noun = label_words[-1]
    if any(word.strip("()") in EVENT_NOUNS for word in label_words) and not _is_verb(rest_first):
        return f"there was {article_for(label)}{lower_first(label)}: {rest}"  # "Dispensing error (2022): ..."
    if label_words[0] in HARD_PERSON and label_words[-1] in _ACTED_ON and len(label_words) <= 3:
        return f"I once had {article_for(label)}{lower_first(label)}: {rest}"  # "Difficult patient: ..."
    if label_words[0] in SUPERLATIVE_LABELS:
        return f"my {lower_first(label)} was {rest}"  # "Largest deal: £210k ACV" → "my largest deal was £210k ACV"
    measured = re.search(r"\d", rest) and re.search(
        r"\b(?:up|down|rose|fell|grew|increased|decreased)\b|%", rest
    )
    if any(word in PROGRAMME_NOUNS for word in label_words) and measured:
        # "Upselling programme at check-in: upsell revenue up from £7.2k to £19.5k" → "I ran an upselling
        # programme at check-in, and upsell revenue went up from ..."
        result = re.sub(r"^((?:\S+ ){1,4}?)(up|down) (from|by|to)\b", r"\1went \2 \3", rest)
        return f"I ran {article_for(label)}{lower_first(label)}, and {lower_first(result)}"
    if _is_verb(rest_first) and not gerund_noun(rest.split()):
        said = _clause(rest, present)
        if any(word in ROLE_NOUNS for word in label_words):
            return f"as {lower_first(label)}, {said}"
        if all(word in META_LABELS for word in label_words):
            return said
        return f"on {the_for(label)}{lower_first(label)}, {said}"
    if all(word in META_LABELS for word in label_words):
        verb = "include" if present else "included"
        return f"my {fold(label)} {verb} {listed(rest)}"
    if noun in TOOL_LABELS:
        return ("I work with " if present else "I worked with ") + listed(rest)
    generic = all(word in GENERIC_LEAD for word in label_words[:-1])
    if generic and (noun in PROJECT_LABELS or noun in CLIENT_LABELS):
        return project_line(noun, rest, present)
    if noun in AMOUNT_LABELS and re.match(r"[\d~$€£]|about|over|up to", rest):
        return f"{'I have' if present else 'I had'} {indefinite(noun)} {fold(label)} of {rest}"
    joiner = "with" if re.search(r"\d", rest) else "covering"
    return f"I worked on {article_for(label)}{lower_first(label)}, {joiner} {listed(rest)}"


def _noun_then_verb(head: str, verb_clause: str, present: bool) -> str:
    """A noun phrase, then what was done: "Zero incidents since 2021, investigated 6 near misses"."""
    clause_words = verb_clause.split()
    if fold(clause_words[0]) in RELEASE_VERBS and fold(" ".join(clause_words[1:2])) in (
        "on",
        "to",
        "in",
        "at",
        "via",
    ):
        clause_words.insert(1, "it")  # "NC News, ..., deployed on Render" → "... and deployed it on Render"
    clause = _joined(" ".join(later_verbs(with_article(clause_words), present=False)))
    head_words = [fold(w).strip(",") for w in head.split()]
    if any(word in ROLE_NOUNS or word in ("on-call",) for word in head_words):
        return f"I was {held(head)}, and I {clause}"
    numbered = bool(_NUMBER_START.match(head)) or head_words[0] in ("zero", "no")
    if any(word in EVENT_NOUNS for word in head_words) and head_words[0] in COUNT_WORDS:
        # "Two forklift drivers in conflict, spoke to each" → "there were two forklift drivers in conflict; I spoke"
        return f"there were {lower_first(head)}; I {clause}"
    if any(word in EVENT_NOUNS for word in head_words) and not numbered:
        # "Medication error in 2021, antibiotic given late, reported it" → "There was ...; I reported it"
        return f"there was {article_for(head)}{lower_first(head)}; I {clause}"
    if numbered:
        return f"{numbered_line(head, present)}, and I {clause}"
    if _duty(head):
        return f"{_noun_phrase(head, present)}, and I {clause}"
    return f"I worked on {article_for(head)}{lower_first(head)} and {clause}"


def _duty(phrase: str) -> bool:
    head = re.split(r",| for | of | in | on | with | at | across ", phrase)[0].split()
    last = fold(head[-1]).strip(",") if head else ""
    return last in DUTY_NOUNS or (last.endswith(DUTY_ENDS) and len(last) > 6)


def _noun_phrase(text: str, present: bool) -> str:
    """A line naming a task or a thing, with no verb of its own."""
    words = text.split()
    first = fold(words[0]).strip(",")
    head = re.split(r",| for | of | in | on | with | at | across ", text)[0].split()
    last = fold(head[-1]).strip(",") if head else ""
    as_list = listed(lower_first(text))
    gerund = (first.endswith("ing") and len(first) > 4) or (
        last.endswith("ing") and len(last) > 4 and len(head) <= 3
    )
    if gerund:
        return (
            "I do " if present else "I did "
        ) + as_list  # "Picking, loading" → "I did picking and loading"
    if last in HELD_NOUNS:
        article = "" if last.endswith("s") else article_for(text)
        return f"I have {article}{lower_first(text)}"
    if _duty(text):
        return ("I'm responsible for " if present else "I was responsible for ") + as_list
    return "I worked on " + " ".join(count_article(lower_first(text).split()))


def _joined(text: str) -> str:
    """Later clauses that have their own subject: ", restaurant kept its rating" → ", and the restaurant
    kept its rating"; ", account disabled within 40 minutes" → ", with the account disabled within ..."."""
    parts = text.split(", ")
    for index in range(1, len(parts)):
        words = parts[index].split()
        if len(words) < 3 or fold(words[0]) in NOT_A_SUBJECT:
            continue
        subject, verb = fold(words[0]), fold(words[1])
        if _NUMBER_START.match(parts[index]):
            # ", over 40 pours signed off" → ", with over 40 pours signed off"
            participle = next(
                (
                    i
                    for i, w in enumerate(words[1:5], 1)
                    if is_past_tense(fold(w)) and fold(w) not in INTRANSITIVE
                ),
                0,
            )
            ends = participle == len(words) - 1 or (participle and fold(words[participle + 1]) in PARTICLES)
            if participle and ends:
                parts[index] = "with " + parts[index]
            continue
        if subject in _QUANTIFIERS and (verb.endswith("ed") or _is_verb(verb) or verb in ("still", "now")):
            parts[index] = "and " + parts[index]  # "..., two still work in the kitchen", "..., all passed"
            continue
        if not subject.isalpha() or _is_verb(subject) or subject in DETERMINERS or words[0][:1].isupper():
            continue
        if not is_past_tense(verb) or verb_base(verb):
            second = fold(words[2]).strip(",")  # "customer satisfaction rose to 92%": a two-word subject
            if verb.isalpha() and not _is_verb(verb) and second in INTRANSITIVE:
                parts[index] = "and " + parts[index]
            continue
        article = (
            "" if (subject.endswith("s") and not subject.endswith("ss")) or subject in MASS_NOUNS else "the "
        )
        after = fold(words[2]).strip(",")
        if subject in _ACTED_ON and verb not in INTRANSITIVE:
            # "..., patient transferred to HDU" → "and the patient was transferred to HDU"
            parts[index] = f"and the {words[0]} was {' '.join(words[1:])}"
            continue
        if verb not in INTRANSITIVE and (
            after in ("within", "by", "after", "in", "at", "for", "on") or len(words) == 2
        ):
            parts[index] = f"with {article}{parts[index]}"  # the thing done to it: an absolute clause
        else:
            parts[index] = f"and {article}{' '.join([words[0], *with_article(words[1:])])}"
    return ", ".join(parts)
