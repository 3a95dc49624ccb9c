"""A question about a career break ("Thanks for being upfront about the year out: how are you feeling
about coming back, and what did you do to stay sharp?"): ready to come back, in the CV's own words
when it says so, and what the break held (a course, some freelance work) from the CV, never a job
line from before it."""

from __future__ import annotations

import re

from copilot.language.answers.wording import first_clause
from copilot.language.cv import Fact
from copilot.language.text import fold

ASKED = re.compile(
    r"\b(?:year out|time out|career break|(?:the|your|a) break\b|gap in your (?:cv|career|employment)|sabbatical|"
    r"coming back (?:in)?to|back into (?:a |the )?(?:[\w-]+ ){0,2}(?:work|role|job)|"
    r"przerw\w* (?:w (?:karierze|pracy|zatrudnieniu)|zawodow\w*)|(?:ta|tej|te) przerw\w*|"
    r"powr[oó]t\w* (?:do pracy|na rynek|do zawodu)|urlop\w* (?:macierzy|rodziciel|wychowaw))"
)
# A line about the break itself, and one about what was done during it.
_BREAK = re.compile(
    r"\b(?:break|year out|time out|sabbatical|caring|carer|parental|maternity|przerw|urlop|opiek)"
)
_READY = re.compile(r"\b(?:ready|keen|looking forward|back into|get back|gotow|chetn|wrocic|powrot)")
_KEPT_UP = re.compile(
    r"\b(?:during the break|kept (?:my )?skills|course|completed|freelance|part-time|consult|volunteer|advis\w*|"
    r"w czasie przerwy|kurs|ukonczy|szkoleni|zlecen|wolontari|doradz)"
)


class CareerBreak:
    """The career-break answer of the Composer."""

    def _career_break(self) -> None:
        lines = [fact for fact in self.plan.profile.facts if fact.kind in ("summary", "other", "certificate")]
        ready = next(
            (fact for fact in lines if _BREAK.search(fold(fact.text)) and _READY.search(fold(fact.text))),
            None,
        )
        kept: list[Fact] = [
            fact
            for fact in lines
            if fact is not ready and _KEPT_UP.search(fold(fact.text)) and fact.language == self.language
        ]
        if ready is not None and ready.language == self.language:
            self.draft.add(0, self.say("break_ready_cv", sentence=self._said(ready)))
        else:
            self.draft.add(0, self.say("break_ready"))
        self.draft.point(first_clause(self.say("break_ready"), 10))
        for rank, fact in enumerate(kept[:2], start=1):
            self.draft.add(rank, self._said(fact))
            self.point_for(fact)
        if not kept:
            self.draft.add(1, self.say("break_kept_up"))
        duty = self.duty()
        if duty:
            self.draft.add(3, self.say("break_duty", duty=duty))

    def _said(self, fact: Fact) -> str:
        """A profile sentence that already speaks ("During the break I kept my skills current …") as written."""
        if _SPEAKS.search(fact.text):
            self._use(fact)
            return fact.text.strip()
        return self.sentence(fact)


# "I took", "I'm ready", "wróciłam", "jestem gotowa": a sentence in the first person already.
_SPEAKS = re.compile(r"\bI\b|\bI'm\b|\b(?:jestem|mam|\w+(?:łem|łam))\b")
