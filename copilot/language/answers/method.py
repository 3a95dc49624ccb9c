"""Answers to "how do you ...?" questions the knowledge base has no topic for.

"How do you optimise transport costs?", "How would you approach reducing app start-up time?",
"Jak budujesz relacje z klientem?": the question names a kind of work (improving a number, spotting
a risk, deciding, building a relationship, handling a problem, organising work). The answer says how
I go about that kind of work in two sentences, then shows it with the CV line closest to the
question, so the candidate has a method and a proof instead of a sentence about how they would
explain it.
"""

from __future__ import annotations

import re

from copilot.language.answers.line_kinds import is_failure_line
from copilot.language.answers.plan import content_words
from copilot.language.answers.wording import first_clause
from copilot.language.answers.work_kinds import kind_of_work
from copilot.language.knowledge import same_word
from copilot.language.text import fold, word_set

# Words of a "how do you ..." question that say nothing about its subject.
_GENERIC = word_set("large small good best usually typically approach work team people make sure when what")

_PRESSED = re.compile(
    r"\b(?:push\w*|pressur\w*|asks? you to|wants? you to|tells? you to|insist\w*|hurry|naciska\w*|prosi|kaze|kazal\w*|"
    r"ponagla\w*|presj\w*|szybko)"
)
_HOW = re.compile(
    r"\b(?:how (?:do|would|should|will|can|could|did) you\b|how you\b|what'?s your (?:approach|process|way)|"
    r"(?:talk|walk|take) me through (?:what|how) you(?:'?d| would)|what would you (?:change|improve|fix|do) first|"
    r"what (?:do|would|should) you do\b|what (?:do|should) (?:we|you|i) (?:need to )?be careful|what (?:\w+ ){0,3}(?:would|do) you (?:check|say|tell|look at|track|measure)|where would you start|"
    r"jak (?!(?:to |sie |by |tam )?(?:wyglad|dlugo|duz|czesto|bardzo|ocenia))|w jaki sposob|co (?:by )?(?:pan |pani )?(?:zrobil\w*|zrobi|robi|robisz)\b|od czego)"
)
# "How would you approach X?" (a noun after it) and "How do you X?" (a verb phrase).
_ECHO = re.compile(
    r"\bhow (?:do|would|should|will|can|could) you (?!think|feel|see|know|rate|describe|define)"
    r"(?:usually |typically |personally |normally )?(?P<approach>approach |go about )?(?P<rest>[^?.!]{4,90})(?=[?.!]|$)",
    re.IGNORECASE,
)


# CV words that show a kind of work, for the example after the method.
_EVIDENCE = {
    "safety_culture": re.compile(r"safe|accident|injur|near miss|incident|riddor|wypad|bezpiecz|bhp|uraz"),
    "accuracy": re.compile(r"accura|error|reconcil|audit|review|dokladn|bled|uzgodn|kontrol"),
    "staff": re.compile(r"absence|attendance|turnover|retention|absencj|rotacj|frekwencj|nieobecn"),
    "aggression": re.compile(r"aggress|de-?escalat|violen|abus|agresj|agresywn|deeskal"),
    "reassure": re.compile(
        r"reassur|anxious|anxiety|confidence|fear|uspokaja|obaw|lek\w* pacjent|pewnosc siebie"
    ),
    "peer": re.compile(
        r"infection|hygien|complian|audit|procedur|protocol|standard|higien|zakazen|procedur|audyt"
    ),
    "reconcile": re.compile(
        r"reconcil|discrepanc|data quality|quality checks?|mismatch|variance|uzgadn|uzgodn|rozbiezn|inwentaryzac|"
        r"stocktak|stock count|audit|audyt"
    ),
}


# "Here's a situation: ...", "Sytuacja: ..." label a scenario put to the candidate, not a story asked for.
_STORY_ASKED = re.compile(
    r"\b(?:a time|an example|a situation(?!\s*:)|(?<!at )once|last time|ever|sytuacj\w*(?!\w|\s*:)|przyklad\w*|"
    r"kiedys|ostatnio)\b"
)


def asks_for_story(question: str) -> bool:
    """ "Tell me about a time ...": one past story is asked for, not a way of working."""
    return bool(_STORY_ASKED.search(fold(question)))


def asks_how(question: str) -> bool:
    """Whether the question asks how someone goes about something (not what it is)."""
    return bool(_HOW.search(fold(question)))


# A situation put to the candidate ("what would you do if ...", "jak postąpi Pani, gdy ...").
_HYPOTHETICAL = re.compile(
    r"\b(?:what (?:would|should|do) you do (?:if|when|about)|what if\b|how would you (?:handle|respond|react|deal|approach)|"
    r"how (?:you )?would you (?:plan|organi[sz]e|set up|run|prepare|structure|go about)|how you would\b|"
    r"(?:how|what) you'?d\b|\b(?:a|the|this) scenario\b|scenario:|\bscenariusz|"
    r"suppose|imagine|say (?:a|an|the|that|you)\b|let'?s say|gdyby|jak (?:by )?(?:pan |pani )?(?:sobie )?(?:z tym )?(?:postapi\w*|zareagowal\w*|zachowal\w*|poradzil\w*)|"
    r"co (?:by )?(?:pan |pani )?(?:zrobi\w*|zrobil\w*),? (?:gdy|gdyby|jesli|jezeli|kiedy)|"
    r"\b(?:jak|w jaki sposob|co|od czego) by (?:pan |pani |pan/pani )?(?:to )?\w+(?:l|la|li|ly)\b|\bjakby (?:pan|pani) \w+(?:l|la)\b)"
)


# A situation described, then "what do you do?" ("A guest arrives at 11pm and there's nothing left.
# What do you do?", "Uczeń ściąga na sprawdzianie. Co Pan robi?").
_SITUATION = re.compile(
    r"[.!]\s+(?:\w+\s+){0,3}(?:what do you do|what(?:'s| is) your (?:next )?(?:move|process|first step)|how do you (?:handle|respond|deal)|"
    r"co (?:pan |pani )?(?:robi|robisz|zrobi|zrobisz)|jak (?:pan |pani )?(?:reaguje|postepuje|to (?:laczy|rozwiaze)))",
    re.IGNORECASE,
)
# "How do you feel about working weekends?", "Jak Pan się zapatruje na pracę w systemie trzyzmianowym?"
_WILLING = re.compile(
    r"\b(?:how do you feel about|are you (?:ok|okay|comfortable|happy|fine) (?:with|working)|would you be (?:ok|okay|comfortable|happy|willing)|"
    r"(?:jak )?(?:pan |pani )?(?:sie )?zapatruje|czy (?:pan |pani )?(?:jest gotow\w*|moze pracowac|odpowiada (?:panu|pani)))"
)


def is_hypothetical(question: str) -> bool:
    return bool(_HYPOTHETICAL.search(fold(question)))


def is_situation(question: str) -> bool:
    """A situation described, then "what do you do?": what I would do, not a story."""
    return bool(_SITUATION.search(question))


def _echo(question: str) -> tuple[str, str]:
    """The question's own words turned to the speaker ("reduce my app's start-up time") and whether
    they name a thing ("approach") or an action ("do")."""
    match = _ECHO.search(question)
    if not match:
        return "", ""
    rest = match.group("rest").strip(" ,")
    words = rest.split()
    if (
        len(words) < 3
        or fold(words[-1]) in ("that", "this", "it", "them")
        or len(words) > 14
        or re.search(r"\b(?:and|or) (?:how|what|why|when)\b", rest, re.I)
    ):
        return "", ""
    rest = _to_speaker(words)
    return rest, "approach" if match.group("approach") else "do"


_CONDITION = re.compile(
    r"(?:what (?:would|should|do) you do|how would you (?:handle|react|respond)(?: to it)?)\s+(?:if|when)\s+(?P<a>[^?]{6,110})\?|"
    r"(?:^|[.!?]\s+)(?:so,? |and |okay,? )?(?:if|say|imagine|suppose)\s+(?P<b>[^,?]{6,110}),\s*(?:what|how)\b",
    re.IGNORECASE,
)
_SWAP = {"you": "I", "your": "my", "yours": "mine", "you're": "I'm", "you've": "I've", "yourself": "myself"}


def _condition(question: str) -> str:
    """The situation a hypothetical question sets, turned to the speaker ("your manager asks you to
    ..." → "my manager asks me to ..."); "" when it is long or has a second question in it."""
    match = _CONDITION.search(question)
    if not match:
        return ""
    words = (match.group("a") or match.group("b")).strip(" ,").split()
    if len(words) > 18 or re.search(r"\b(?:and|or) (?:how|what|why)\b", " ".join(words), re.I):
        return ""
    return _to_speaker(words)


def _to_speaker(words: list[str]) -> str:
    """ "your manager asks you to" → "my manager asks me to": "you" is "I" only as a clause's subject."""
    swapped = []
    for index, word in enumerate(words):
        bare = word.lower().strip(",")
        if bare == "you":
            subject = index == 0 or words[index - 1].lower() in ("if", "when", "and", "but", "that", "where")
            swapped.append("I" if subject else "me")
        else:
            swapped.append(_SWAP.get(bare, word))
    return " ".join(swapped)


def _alike(word: str, other: str) -> bool:
    """Same word or one the start of the other ("startup" and "start", "costs" and "cost")."""
    shorter, longer = sorted((word, other), key=len)
    return len(shorter) >= 4 and longer.startswith(shorter)


# A question about doing something by the book: the procedure paragraph fits it.
_PROCEDURE_WORDS = re.compile(
    r"procedur|protocol|policy|polic|checklist|record|document|standard|complian|regulat|"
    r"audit|safe|hygien|store|storage|label|dispens|administer|handover|sign[- ]off|proces|krok|dokument|zapis|"
    r"przepis|norm|kontrol|bezpiecz|przechow|rejestr"
)


# Situations whose example must show the same thing, or none: a guessed line would say nothing.
_NO_GUESSED_EXAMPLE = frozenset(
    {
        "ethics",
        "privacy",
        "scenario",
        "refusal",
        "query",
        "staff",
        "peer",
        "aggression",
        "reassure",
        "reconcile",
    }
)

# Situations only a line about the same thing can show ("de-escalated ..."), never one sharing a word.
_SHOWN_ONLY_BY_EVIDENCE = frozenset({"peer", "aggression", "reassure", "reconcile"})


class Method:
    """A way of working for the kind of work asked about, and the CV line that shows it."""

    def _likely_example(self):
        """Failing shared words, the line the question's type ranks clearly first, if any."""
        ranked = [
            r
            for r in self.plan.facts
            if r.fits and r.fact.kind not in ("summary", "education", "certificate")
        ]
        return ranked[0].fact if ranked and ranked[0].score > 3.0 else None

    def _closest_fact(self):
        """The work line sharing most of the question's words (counting "startup" as "start"); two
        shared words at least, so an example is about the same thing, not only the same field."""
        question_words = {w for w in content_words(self.plan.question) if len(w) > 3 and w not in _GENERIC}
        best, best_shared = None, 1
        for ranked in self.plan.facts:
            if ranked.fact.kind in ("education", "certificate", "summary"):
                continue
            fact_words = content_words(ranked.fact.text)
            shared = sum(
                1 for w in question_words if any(_alike(w, f) or same_word(w, f) for f in fact_words)
            )
            if shared > best_shared:
                best, best_shared = ranked.fact, shared
        return best

    def _evidence_for(self, kind: str):
        """A CV line that shows this kind of work ("cut accidents by 40%" for keeping people safe)."""
        pattern = _EVIDENCE.get(kind)
        if pattern is None:
            return None
        return next(
            (
                ranked.fact
                for ranked in self.plan.facts
                if ranked.fact.kind not in ("education", "certificate", "summary")
                and pattern.search(fold(ranked.fact.text))
            ),
            None,
        )

    def method(self) -> None:
        kind = kind_of_work(self.plan.question)
        if kind == "procedure" and _WILLING.search(fold(self.plan.question)):
            # "How do you feel about weekend shifts?": a plain yes, said as such.
            self.draft.add(0, self.say("other_yes"))
            self.draft.add(1, self.say("willing_how"))
            self.draft.point(first_clause(self.say("other_yes"), 8))
            return
        if kind == "procedure" and (
            is_hypothetical(self.plan.question) or _SITUATION.search(self.plan.question)
        ):
            kind = "scenario"  # "what would you do if a patient kept asking for codeine?"
        if kind == "procedure" and not _PROCEDURE_WORDS.search(fold(self.plan.question)):
            kind = "general"  # no rule book in the question: the CV's example carries the answer
        if kind == "safety" and _PRESSED.search(fold(self.plan.question)):
            kind = "safety_pressed"  # asked to skip a safety step: the answer is a polite no
        steps = self.say(f"method_{kind}")
        first, _, second = steps.partition(" | ")
        echo, form = _echo(self.plan.question) if self.language == "en" else ("", "")
        condition = _condition(self.plan.question) if self.language == "en" and not echo else ""
        if condition and first.startswith(("First I'd", "I'd")):
            # "If a client disputes an invoice, first I'd ...": the answer names the situation it answers
            first = f"If {condition}, " + (first if first.startswith("I'") else first[:1].lower() + first[1:])
        if echo:
            opener = "When it comes to " + echo if form == "approach" else "To " + echo
            if not first.startswith(("I ", "I'")):
                first = first[:1].lower() + first[1:]
            first = f"{opener}, {first}"
        self.draft.add(0, first)
        self.draft.point(first_clause(steps.partition(" | ")[0], 10))
        example = self._evidence_for(kind)
        if example is None and kind not in _SHOWN_ONLY_BY_EVIDENCE:
            example = self._relevant_fact()
        shown = example is not None  # the line shows this very work, not only something near it
        if example is None and kind not in _SHOWN_ONLY_BY_EVIDENCE:
            example = self._closest_fact()
        if example is None and kind not in _NO_GUESSED_EXAMPLE:
            example = self._likely_example()
        if kind != "general" or example is None:
            self.draft.add(2, second)  # with an example, it says more than a second general sentence
            if second:
                self.draft.point(first_clause(second, 10))
        if example is not None:
            key = self.example_key(example) if shown or is_failure_line(example.text) else "approach_related"
            self.draft.add(1, self.say(key, sentence=self.sentence(example, embedded=True)))
            self.point_for(example)
