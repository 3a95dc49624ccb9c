"""English CV lines whose subject is not the candidate: a thing that failed ("the gearbox failed in
2021, and afterwards I built a spares list"), where the candidate's own steps begin in such a line, and
lines that open with a number ("340 contracts reviewed in 3 weeks")."""

from __future__ import annotations

import re

from copilot.language.cv.casing import lower_first
from copilot.language.cv.english import DETERMINERS, EVENT_NOUNS, INTRANSITIVE, PARTICLES
from copilot.language.cv.english_labels import PROGRAMME_NOUNS
from copilot.language.text import fold, word_set
from copilot.language.verbs import is_past_tense, verb_base

NOT_A_SUBJECT = word_set(
    "and which with the i we they it he she who whom whose then so but also where when while after before"
)


_LATER_STEP = re.compile(r", (?:and )?(?:(?:afterwards|then|later|subsequently) )?(?=(\w+) )")


def me_again(clause: str) -> str:
    """A line whose subject is a thing ("the gearbox failed ..., afterwards built the spares list")
    names the candidate where their own steps begin: "..., and afterwards I built the spares list"."""
    if re.match(r"I\b|there\b", clause):
        return clause
    for step in _LATER_STEP.finditer(clause):
        before = clause[: step.start()]
        if re.search(r"(?:^|, )I\b", before) or re.search(r"\b(?:who|which|that)$", before):
            return clause
        word = fold(step.group(1))
        if is_past_tense(word) and word not in ("based", "used", "given", "located"):
            return clause[: step.end()] + "I " + clause[step.end() :]
    return clause


# "Fryer gearbox failed in 2021", "Store was rated red": a thing is the subject of the line, not "I".
_THING_EVENT = re.compile(
    r"^(?P<subject>(?:[A-Za-z][\w'/-]* ){1,5}?)(?P<event>failed|broke down|broke|went down|crashed|flooded|"
    r"collapsed|leaked|overheated|jammed|burst|tripped|seized|caught fire|ran out|stopped working|was|were)\b(?P<rest>.*)$"
)


# "Ward redeployed as a COVID ward": a thing that was done to, said with "was".
_DONE_TO = re.compile(
    r"^(?P<subject>(?:[A-Za-z][\w'/-]* ){1,3}?)(?P<done>\w+ed) (?P<rest>(?:as|into|by) .*)$"
)


def thing_event(text: str) -> str | None:
    match = _THING_EVENT.match(text)
    done = _DONE_TO.match(text) if not match else None
    if done is not None and not is_past_tense(fold(done.group("subject").split()[0])):
        subject = done.group("subject").strip()
        the = "" if fold(subject.split()[0]) in DETERMINERS or subject[1:2].isupper() else "the "
        return f"{the}{lower_first(subject)} was {done.group('done')} {done.group('rest')}"
    if not match:
        return None
    subject = match.group("subject").split()
    first = fold(subject[0])
    if first in NOT_A_SUBJECT or verb_base(first) == first or any(is_past_tense(fold(w)) for w in subject):
        return None
    the = "" if first in DETERMINERS or subject[0][1:2].isupper() else "the "
    said = the + lower_first(text)
    for step in _LATER_STEP.finditer(said):
        if is_past_tense(fold(step.group(1))):  # "..., moved the team" → "..., and I moved the team"
            lead = said[step.start() + 2 : step.end()].removeprefix("and ")
            return f"{said[: step.start()]}, and {lead}I {said[step.end() :]}"
    return said


_AFTER_VERB = word_set(
    "in at on to by for with within from into across over under during after before off out up"
)
_COUNTED_EVENTS = word_set("inspection audit incident visit outage accident complaint review breach fire")


def numbered_line(text: str, present: bool) -> str:
    """A line that opens with a number: "340 contracts reviewed in 3 weeks" → "I reviewed 340 contracts in
    3 weeks"; "Zero RIDDOR incidents since 2021" → "there have been zero RIDDOR incidents since 2021"."""
    words = text.split()
    first = fold(words[0])
    if first.isalpha() and first not in ("zero", "no"):
        words[0] = first  # "Two HSA inspections" is said mid-sentence
        text = " ".join(words)
    if first in ("zero", "no", "0"):
        if " since " in f" {text} ":
            return "there have been " + lower_first(text)
        return ("there are " if present else "there were ") + lower_first(text)
    if "%" in text.split(",")[0]:
        return "the result was " + text
    for index in range(1, min(6, len(words))):
        word = fold(words[index]).strip(",")
        if words[index - 1].endswith(","):
            break
        following = fold(words[index + 1]).strip(",") if index + 1 < len(words) else ""
        attributive = (
            index == 1 and following and following not in _AFTER_VERB
        )  # "Two unannounced inspections"
        if (
            is_past_tense(word)
            and word not in ("based", "used", "related")
            and word not in INTRANSITIVE
            and not attributive
        ):
            take = index + 1
            if len(words) > take and fold(words[take]).strip(",") in PARTICLES:
                take += 1  # "40 pours signed off"
            verb = " ".join(words[index:take]).rstrip(",")
            rest = " ".join(words[take:])
            thing = " ".join(words[:index])
            return f"I {fold(verb)} {thing}" + (f" {rest}" if rest else "")
    if any(fold(word).strip(",").rstrip("s") in _COUNTED_EVENTS for word in words[1:5]):
        return ("there have been " if present else "there were ") + lower_first(
            text
        )  # "Two HSA inspections, ..."
    return ("I have " if present else "I had ") + text


COUNT_WORDS = word_set("two three four five six seven eight nine ten several 2 3 4 5 6 7 8 9 10")
_AUXILIARY = word_set("have has had are were was is")


_ALL_OF_THEM = word_set("all both most none several")


def own_subject(text: str) -> str | None:
    """A clause that already has its subject: "completion rate went from 54% to 93%" → "the completion
    rate went from 54% to 93%"; "Two have now finished their Level 3" stays as it is."""
    words = text.split()
    folded = [fold(w).strip(",") for w in words]
    if len(words) > 2 and folded[0] in _ALL_OF_THEM and is_past_tense(folded[1]):
        return lower_first(text)  # "All passed their OSCEs at the first attempt"
    at = next((i for i, w in enumerate(folded[:7]) if w in INTRANSITIVE or w in _AUXILIARY), None)
    if not at or at + 1 >= len(words) or folded[0] in ("i", "we") or folded[0] in NOT_A_SUBJECT:
        return None
    # "Reported incidents fell 40%": a participle describing the subject, not a verb of mine
    described = at >= 2 and folded[at] in INTRANSITIVE and is_past_tense(folded[0])
    nouns = folded[1:at] if described else folded[:at]
    if any(verb_base(w) or is_past_tense(w) for w in nouns if w not in COUNT_WORDS):
        return None  # "Rebuilt the deck, completion went up": a verb of mine comes first
    plural = folded[at - 1].endswith("s") and not folded[at - 1].endswith("ss")
    if described or plural or folded[0] in DETERMINERS or folded[0] in COUNT_WORDS:
        return lower_first(text)
    if words[0][:1].isdigit() or words[0].isupper():
        return lower_first(text)
    return "the " + lower_first(text)


def gerund_noun(words: list[str]) -> bool:
    """ "Picking, loading", "Setting out and levels", "Handling of complaints": -ing words naming a task."""
    index = 1
    if len(words) > 1 and fold(words[1]).strip(",") in PARTICLES and not words[0].endswith(","):
        index = 2
    if words[index - 1].endswith(","):
        return True
    following = fold(words[index]).strip(",:") if len(words) > index else ""
    after = fold(words[index + 1]).strip(",:") if len(words) > index + 1 else ""
    if following in ("and", "&") and after.endswith("ing") and verb_base(after) and len(words) > index + 2:
        return False  # "Recognising and escalating deterioration": two verbs with an object
    # "Upselling programme at check-in": an -ing word naming the kind of programme, not a verb
    # "Dispensing error (2022): ...", "Shipping delay": an -ing word naming what went wrong
    return following in ("", "and", "of", "&") or following in PROGRAMME_NOUNS | EVENT_NOUNS | {"delay"}
