"""A situation put to the candidate and "what do you do?" ("imagine it's three in the morning, the
fryer line is down, the order has to be on the wagon by eight, and your only electrician is on his
break. What are you doing?"): the answer is built from the situation's own parts (what has to be
made safe, who to talk to, the deadline, what is missing) and closes with the CV line nearest to it.

A general way of working would fit any such question and answer none of them; naming the person, the
deadline and the constraint the interviewer set shows the candidate heard this one."""

from __future__ import annotations

import re

from copilot.language.answers.method import asks_for_story
from copilot.language.answers.wording import first_clause
from copilot.language.text import fold

SCENARIO_WORDS = 25  # shorter turns ("what would you do if he said no?") are not a situation set out

_ASKS_WHAT_TO_DO = re.compile(
    r"what (?:do|would|will|should) you do|what are you doing|what(?:'s| is) your (?:first )?(?:move|step|plan)|"
    r"how (?:do|would) you (?:handle|deal with|approach|play|respond to) (?:it|this|that)|"
    r"(?:talk|walk) me through (?:what|how) you(?:'?d| would|'re| are)? (?:\w+ ){0,3}(?:do|doing|handle|thinking)|"
    r"co (?:pan |pani )?(?:w tej sytuacji )?(?:robi|zrobi\w*)|jak (?:pan |pani )?(?:to )?(?:ogarnia|rozwiaz\w*|postap\w*|zareag\w*)|"
    r"od czego (?:pan |pani )?(?:zacz\w*)"
)
_SAFETY = re.compile(
    r"injur|unsafe|hazard|\bfire\b|smoke|leak|\bgas\b|live (?:wire|cable|conductor)|electric shock|bleed|collaps|"
    r"\bfell\b|\bburn(?:s|ed|t)?\b(?! ?out)|danger|at risk|bezpiecz|wypad|rann|pozar|zagroz|\bdym|wyciek|porazen"
)
# Something has gone wrong (not only a task to plan): the answer ends with the cause and a fix.
_PROBLEM = re.compile(
    r"\bdown\b|fail|broke|break|crash|won'?t|refus|complain|burnt out|burned out|error|mistake|late\b|delay|die\b|"
    r"threat|quit|hand in|resign|angry|upset|missing|lost|stolen|leak|fault|stopp|wrong|dispute|"
    r"awari|zepsu|nie (?:odbierze|dziala|przyjedzie|zaplaci|dojedzie)|reklamac|opozn|spor\b|odmawia|grozi|"
    r"zgin|kradziez|\bblad|pomylk|\bzly\b|\bzla\b|wypowiedzeni|odejd|rezygn"
)
_FIRST_WEEK = re.compile(r"first (?:week|day|month)|day one|pierwsz\w* (?:tydzien|tygodni\w*|dzien|dniu)")

_WHO_EN = re.compile(
    r"\b(?:the|your|our|their|his|her)\s+((?:[a-z-]+\s+){0,2}?(?:manager|director|client|customer|inspector|"
    r"engineer|electrician|supervisor|nurses?|vet|doctor|surgeon|partner|owner|driver|carrier|supplier|"
    r"contractor|subcontractor|guest|patient|officer|auditor|head(?: of [a-z]+)?|lead|chef|controller|planner|"
    r"team leader|foreman|buyer))\b"
)
_WHO_PL = {
    "inspektor": "z inspektorem",
    "inwestor": "z inwestorem",
    "klient": "z klientem",
    "przewoznik": "z przewoźnikiem",
    "kierownik": "z kierownikiem",
    "dyrektor": "z dyrektorem",
    "kierowc": "z kierowcą",
    "dostawc": "z dostawcą",
    "podwykonawc": "z podwykonawcą",
    "pacjent": "z pacjentem",
    "lekarz": "z lekarzem",
    "szef": "z szefem",
    "audytor": "z audytorem",
    "partner": "z partnerem",
    "projektant": "z projektantem",
    "zleceniodawc": "ze zleceniodawcą",
}
_WHO_PL_WORD = re.compile(r"\b(" + "|".join(_WHO_PL) + r")\w*")
_DEADLINE_EN = re.compile(
    r"\b((?:by|before)\s+(?:\w+\s+){0,1}?(?:\d{1,2}(?::\d{2})?\s?(?:am|pm|o'clock)?|one|two|three|four|five|six|"
    r"seven|eight|nine|ten|eleven|twelve|noon|midnight|tomorrow|tonight|monday|tuesday|wednesday|thursday|friday|"
    r"the end of (?:the )?(?:day|week|month|quarter)|end of (?:the )?(?:day|week)|close of play)\b(?:\s+(?:am|pm|o'clock))?)",
    re.IGNORECASE,
)
_DEADLINE_PL = re.compile(
    r"\b((?:do|na|przed)\s+(?:godziny\s+)?(?:\d{1,2}(?::\d{2})?|osmej|dziewiatej|dziesiatej|szostej|siodmej|"
    r"poludnia|polnocy|jutra|poniedzialku|poniedzialek|wtorku|wtorek|srody|srode|czwartku|czwartek|piatku|piatek|"
    r"konca (?:dnia|tygodnia|miesiaca)))\b"
)
_LACKING_EN = re.compile(
    r"\bno (?:spare |extra |more )?(?:budget|money|staff|people|cover|time|overtime|one else|backup)\b",
    re.IGNORECASE,
)
_LACKING_PL = re.compile(
    r"\b(?:nie ma|brak\w*|bez) (?:zadnego |dodatkowego )?(budzetu|pieniedzy|ludzi|czasu|nikogo|zastepstwa)"
)
_LACKING_PL_SAID = {
    "budzetu": "nie ma budżetu",
    "pieniedzy": "nie ma pieniędzy",
    "ludzi": "brakuje ludzi",
    "czasu": "brakuje czasu",
    "nikogo": "nie ma nikogo do pomocy",
    "zastepstwa": "nie ma zastępstwa",
}
_SWAP = {"your": "my", "you": "me"}


def is_scenario(question: str) -> bool:
    """A situation set out at some length, then "what do you do?" (not "tell me about a time")."""
    folded = fold(question)
    return (
        len(question.split()) >= SCENARIO_WORDS
        and bool(_ASKS_WHAT_TO_DO.search(folded))
        and (not asks_for_story(question) or bool(_IMAGINE.search(folded)))
    )


# "Wyobraźmy sobie taką sytuację": a situation put to the candidate, not "a situation when you …".
_IMAGINE = re.compile(r"\b(?:imagine|picture this|suppose|let'?s say|wyobraz\w*|zalozmy|przyjmijmy)\b")


def _who(question: str, language: str) -> str:
    if language == "pl":
        match = _WHO_PL_WORD.search(fold(question))
        return _WHO_PL[match.group(1)] if match else ""
    match = _WHO_EN.search(question)
    if not match:
        return ""
    owner = question[match.start() : match.start(1)].strip().lower()
    return f"{_SWAP.get(owner, 'the')} {match.group(1).lower()}"


def _deadline(question: str, language: str) -> str:
    if language == "pl":
        match = _DEADLINE_PL.search(fold(question))
        if not match:
            return ""
        # The question's own spelling of the words found in its folded form.
        start = fold(question).find(match.group(1))
        return question[start : start + len(match.group(1))]
    match = _DEADLINE_EN.search(question)
    return match.group(1).lower() if match else ""


def _lacking(question: str, language: str) -> str:
    if language == "pl":
        match = _LACKING_PL.search(fold(question))
        return _LACKING_PL_SAID[match.group(1)] if match else ""
    match = _LACKING_EN.search(question)
    return match.group(0).lower() if match else ""


class Scenario:
    """The answer to a situation set out in the question (a part of the Composer)."""

    def scenario(self) -> None:
        question, language = self.plan.question, self.language
        who, deadline, lacking = (
            _who(question, language),
            _deadline(question, language),
            _lacking(question, language),
        )
        folded = fold(question)
        problem = bool(_PROBLEM.search(folded))
        opening = self.say(
            "scenario_safe" if _SAFETY.search(folded) else "scenario_facts" if problem else "scenario_task"
        )
        self.draft.add(0, opening)
        self.draft.point(first_clause(opening, 9))
        if _FIRST_WEEK.search(folded):
            self.draft.add(2, self.say("scenario_new"))
        if who and deadline:
            talk = self.say("scenario_who_deadline", who=who, deadline=deadline)
        elif who:
            talk = self.say("scenario_who" if problem else "scenario_who_task", who=who)
        elif deadline:
            talk = self.say("scenario_deadline", deadline=deadline)
        else:
            talk = ""
        if talk:
            self.draft.add(0, talk)
            self.draft.point(first_clause(talk, 10))
        if lacking:
            means = self.say("scenario_lacking", lacking=lacking)
        else:
            means = self.say("scenario_authority" if problem else "scenario_options")
        self.draft.add(1, means)
        self.draft.point(first_clause(means, 10))
        self.draft.add(1, self.say("scenario_after" if problem else "scenario_confirm"))
        example = self._closest_fact()
        if example is not None:
            self.draft.add(2, self.say("approach_related", sentence=self.sentence(example, embedded=True)))
            self.point_for(example)
