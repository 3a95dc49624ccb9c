"""Curveballs ("sell me this pen", "how many balls fit in a bus?", "if you were an appliance ...")
and objections ("why should we believe you can sell HubSpot?").

A curveball is answered the way interviewers hope: a light, concrete answer that shows how the
candidate thinks, tied back to real work from the CV. An objection is met head-on: what carries
over from the CV, what in the role is the same work, and how the gap closes.
"""

from __future__ import annotations

import re

from copilot.language.cv.casing import lower_first
from copilot.language.text import fold

_SELL = re.compile(
    r"\bsell me (?:this|that|a|an|the|my|your) (?P<thing>[\w-]+(?: [\w-]+)?)|sprzedaj mi|sprzeda[cć] (?:mi |nam )?(?:ten|te|to)\b"
)
_ESTIMATE = re.compile(
    r"\bhow many\b|\bestimate (?:how|the number)|\bile (?:\w+ ){0,4}(?:zmiesci|miesci|jest w)"
)
_WISH = re.compile(
    r"\bif you (?:could|had|were given)\b|unlimited|magic wand|gdyby (?:pan|pani|ty|pan\w*)? ?(?:mogl\w*|mial\w*|dostal\w*)"
)
_PERSONAL = re.compile(
    r"if you (?:weren'?t|were not)|outside (?:of )?work|free time|hobb|for fun|last book|book you|reading|last meal|"
    r"wolnym czasie|po pracy|poza praca|nie (?:pracuje|naprawia|jest w pracy)|czytal|ksiazk|nothing to do with work|"
    r"niezwiazan\w* z praca|learned|learnt|nauczyl"
)
_NOT_THIS_JOB = re.compile(r"if you (?:weren'?t|were not)|gdyby (?:pan |pani )?nie (?:byl|byla)")
_BUDGET = re.compile(
    r"(?:gave|give|offered|dostal\w*) .{0,30}(?:[£$€]|\d+ ?k\b|budget|budzet|money|pieniad|zl\b)"
)
_ISLAND = re.compile(r"desert island|bezludn\w* wysp")
_MEAL = re.compile(r"meal|dish|food|posil|danie|jedzeni")
_BOOK = re.compile(r"book|read|ksiazk|czytal")
_ONE_METRIC = re.compile(r"\b(?:kpi|metric|measure|number|wskaznik\w*|miar\w*)\b")
# "raised the pick accuracy from 99.1% to 99.7%": the measure a CV line moved.
_MOVED = re.compile(
    r"\b(?:raised|cut|reduced|improved|increased|brought|lowered|grew|boosted|halved|doubled)\s+(?:the\s+|our\s+)?"
    r"(?P<measure>[a-z][\w\s/-]{2,40}?)\s+(?:from|by|down|up|to)\b",
    re.I,
)
_WORDS = re.compile(r"\b(?:three|3|one|a few) words|\b(?:trzema|trzy|jednym) slow")
_BE = re.compile(
    r"\bif you (?:were|could be) (?:an? )?(?P<thing>[\w-]+(?: [\w-]+)?)|what (?P<what>\w+(?: \w+)?) would you be"
    r"|gdyby(?:s|scie)? (?:pan |pani )?(?:byl|byla)\w* (?P<pl>\w+)|jakim (?P<pl2>\w+) (?:by )?(?:pan |pani )?(?:byl|byla)"
)
_CATEGORIES = (
    ("appliance", r"appliance|kitchen|toaster|fridge|sprzet|agd|urzadzeni"),
    ("animal", r"animal|zwierz"),
    ("colour", r"colou?r|kolor"),
    ("tool", r"tool|narzedzi"),
    ("car", r"\bcar\b|vehicle|samochod|auto"),
)
# The candidate's strongest themes, in three words.
_THEME_WORDS = {
    "en": {
        "impact": "results-driven",
        "improvement": "curious",
        "leadership": "dependable",
        "collaboration": "collaborative",
        "customer": "people-focused",
        "learning": "eager to learn",
        "challenge": "persistent",
        "pressure": "calm",
    },
    "pl": {
        "impact": "nastawiony na efekt",
        "improvement": "dociekliwy",
        "leadership": "odpowiedzialny",
        "collaboration": "zespołowy",
        "customer": "uważny na ludzi",
        "learning": "chętny do nauki",
        "challenge": "wytrwały",
        "pressure": "spokojny",
    },
}
_DEFAULT_WORDS = {
    "en": ("reliable", "curious", "organised"),
    "pl": ("rzetelny", "dociekliwy", "zorganizowany"),
}


# Lines of the CV's "other" section that are no interests: references, licences, availability.
_NOT_INTERESTS = re.compile(
    r"referen|request|licen|prawo jazdy|kat\. ?[a-d]\b|driving|available|dostepn|rodo|gdpr"
)


class Curveball:
    """Answers to curveballs and to objections about fit."""

    def curveball(self) -> None:
        folded = fold(self.plan.question)
        if sold := _SELL.search(folded):
            thing = sold.group("thing") or "pen"
            self._two("curve_sell", thing=thing)
        elif _ESTIMATE.search(folded):
            self._two("curve_estimate")
        elif _WORDS.search(folded):
            self._three_words()
        elif _BUDGET.search(folded):
            example = self._strongest_fact()
            self._two("curve_budget")
            if example is not None:
                self.draft.add(
                    2, self.say("curve_budget_tie", sentence=self.sentence(example, embedded=True))
                )
                self.point_for(example)
        elif _ISLAND.search(folded):
            self.draft.add(0, self.say("curve_island"))
            self.draft.point(
                "Light, human, back to the work" if self.language == "en" else "Lekko, po ludzku"
            )
        elif _PERSONAL.search(folded):
            self._personal(folded)
        elif _ONE_METRIC.search(folded) and self._moved_measure():
            measure, fact = self._moved_measure()
            self.draft.add(0, self.say("curve_metric", measure=measure))
            self.draft.point(measure)
            self.draft.add(1, self.say("curve_metric_tie", sentence=self.sentence(fact, embedded=True)))
            self.point_for(fact)
        elif _WISH.search(folded) and not _BE.search(folded):
            self._wish()
        elif being := _BE.search(folded):
            named = " ".join(group or "" for group in being.groups())
            category = next((name for name, pattern in _CATEGORIES if re.search(pattern, named)), "other")
            self.draft.add(0, self.say(f"curve_be_{category}"))
            self.draft.point(self.say(f"curve_be_{category}").split(":")[0])
            example = self._strongest_fact()
            if example is not None:
                self.draft.add(1, self.say("curve_be_tie", sentence=self.sentence(example, embedded=True)))
                self.point_for(example)
        else:
            self._two("curve_puzzle")

    def _personal(self, folded: str) -> None:
        """Life outside work: light and human, with the work in view; the CV's interests when it lists any."""
        interests = [
            lower_first(fact.text)
            for fact in self.plan.profile.facts
            if fact.kind == "other" and not _NOT_INTERESTS.search(fold(fact.text))
        ][:1]
        if _NOT_THIS_JOB.search(folded):
            self.draft.add(0, self.say("curve_other_job"))
            self.draft.add(1, self.say("curve_other_job_tie"))
        elif _MEAL.search(folded):
            self.draft.add(0, self.say("curve_meal"))
        elif _BOOK.search(folded):
            self.draft.add(0, self.say("curve_book"))
        elif interests:
            self.draft.add(0, self.say("curve_interests", interests=interests[0].rstrip(". ")))
        else:
            self.draft.add(0, self.say("curve_free_time"))
        self.draft.point(
            "Light, human, back to the work"
            if self.language == "en"
            else "Lekko, po ludzku, z powrotem do pracy"
        )

    def _moved_measure(self):
        """The measure the strongest CV line moved ("pick accuracy"), with that line."""
        for ranked in self.plan.facts:
            found = _MOVED.search(ranked.fact.text)
            if found and ranked.fact.has_number:
                return found.group("measure").strip(), ranked.fact
        return None

    def _wish(self) -> None:
        """ "If you could change one thing ...": something close to the work, and why it matters."""
        duty = self.duty()
        self.draft.add(0, self.say("curve_wish", area=duty) if duty else self.say("curve_wish_plain"))
        self.draft.point(
            ("Close to the work: " if self.language == "en" else "Blisko pracy: ") + (duty or "…")[:60]
        )
        example = self._strongest_fact()
        if example is not None:
            self.draft.add(1, self.say("curve_wish_tie", sentence=self.sentence(example, embedded=True)))
            self.point_for(example)

    def _two(self, key: str, **fields: str) -> None:
        first, _, second = self.say(key, **fields).partition(" | ")
        self.draft.add(0, first)
        if second:
            self.draft.add(1, second)
        self.draft.point(first.split(":")[0] if ":" in first[:60] else first.split("?")[0][:80])

    def _three_words(self) -> None:
        words: list[str] = []
        table = _THEME_WORDS[self.language]
        for ranked in self.plan.facts:
            for theme in sorted(ranked.fact.themes):
                word = table.get(theme)
                if word and word not in words:
                    words.append(word)
            if len(words) >= 3:
                break
        for word in _DEFAULT_WORDS[self.language]:
            if len(words) >= 3:
                break
            if word not in words:
                words.append(word)
        joined = ", ".join(words[:2]) + (" i " if self.language == "pl" else " and ") + words[2]
        self.draft.add(0, self.say("curve_words", words=joined))
        self.draft.point(" · ".join(words[:3]))
        example = self._strongest_fact()
        if example is not None:
            self.draft.add(1, self.say("curve_words_tie", sentence=self.sentence(example, embedded=True)))
            self.point_for(example)

    def _strongest_fact(self):
        """The CV line that shows the most: a measured result from work, else the first work line."""
        work = [r.fact for r in self.plan.facts if r.fact.kind not in ("education", "certificate", "summary")]
        return next((fact for fact in work if fact.has_number), work[0] if work else None)

    def objection(self) -> None:
        self.draft.add(0, self.say("objection_open"))
        example = self._relevant_fact() or self._closest_fact() or self._strongest_fact()
        if example is not None:
            self.draft.add(1, self.say("objection_transfer", sentence=self.sentence(example, embedded=True)))
            self.point_for(example)
        if self.duty():
            self.draft.add(2, self.say("objection_same", duty=self.duty()))
            self.draft.point(("Same core: " if self.language == "en" else "To samo sedno: ") + self.duty())
        self.draft.add(3, self.say("objection_plan"))
        self.draft.point("Close the gap fast" if self.language == "en" else "Szybko nadrobię")
