"""Questions about one CV line ("tell me about the forecasting model you built at Boots", "your CV
says the handover was late"): which line is meant, and that line told, or told as the story it is."""

from __future__ import annotations

import re
from itertools import pairwise

from copilot.language.answers.line_aspects import aspects_asked
from copilot.language.answers.line_kinds import is_failure_line, is_superlative
from copilot.language.answers.method import asks_for_story, is_hypothetical, is_situation
from copilot.language.answers.plan import content_words, prefix_alike
from copilot.language.answers.stories import asks_for_approach
from copilot.language.answers.wording import first_clause
from copilot.language.cv import Fact
from copilot.language.cv.years import NUMBER_WORDS
from copilot.language.knowledge import same_word
from copilot.language.questions.types import points_at_cv
from copilot.language.text import fold, word_set

# "Tell me about the forecasting model you built at Boots": a question about one CV line.
_ABOUT_CV_LINE = re.compile(
    r"\b(?:tell (?:me|us) (?:more |a bit |a little )?about (?:the|your|that|this)|walk (?:me|us) through (?:the|your|that|this)|"
    r"talk (?:me|us) through|describe (?:the|your|that|this)|what exactly did you do|how did you (?:do|achieve|get|manage|reach|pull|build|deliver)|"
    r"what did you do (?:to|at|in|there|exactly)|what was your (?:role|part) in|opowiedz\w*|prosze opowiedziec|"
    r"jak (?:pan |pani )?(?:to )?osiagn\w*|co (?:dokladnie )?(?:pan |pani )?zrobil\w*|na czym polegal\w*|"
    r"(?:jak|w jaki sposob) (?:konkretnie )?(?:to )?udalo (?:sie|ci|panu|pani)|how (?:exactly )?did you|"
    r"walk (?:me|us) through what|what (?:exactly )?happened|(?:on|in) your (?:cv|resume)|your (?:cv|resume) (?:says|mentions|shows)|"
    r"i see (?:on|in|from) your|widze w (?:pana |pani |twoim )?cv|you mention|you(?:'re| are) open about|"
    r"(?:w|na) (?:pana |pani |twoim )?cv|pisze (?:pan|pani)|wspomina (?:pan|pani)|co sie (?:wtedy )?stalo|"
    r"you wrote|in your portfolio|widze(?: tez| rowniez)?,? ze|let'?s talk about (?:the|your|that)|"
    r"zatrzymajmy sie (?:przy|na)|wrocmy do|what happened there|jak do tego doszlo|napisal\w* (?:pan|pani)|"
    r"zaciekawil\w* mnie|you(?:'ve| have) put|jak (?:pan |pani )?(?:to )?zrobil\w*|how did you do (?:it|that)|"
    r"^(?:so |and |now )?you(?:'ve| have)? (?:\w+ )?(?:mentor|manag|lead|led|run|ran|train|teach|coach|own|built|cut|grew|"
    r"moved|took|introduc|set up|launch)\w*)"
)
# Numbers said in words ("nine days", "z dwunastu do siedmiu dni") name a CV line's figures.
_NUMBER_WORDS = {word: str(n) for word, n in NUMBER_WORDS.items() if n >= 2}  # "one" names nothing
_GENERIC_WORDS = word_set("time project work team role company tell about walk through your with what")


_NAMES_CV = re.compile(r"\b(?:your|on your|in your) (?:cv|resume)\b|widze w|w (?:pana |pani |twoim )?cv\b")


class AboutLine:
    """The CV-line answers of the Composer."""

    def named_fact(self) -> Fact | None:
        """The CV line a question points at ("the forecasting model you built at Boots"), when it
        shares two of its words with the question, or one and the employer's name."""
        gated = bool(_ABOUT_CV_LINE.search(fold(self.plan.question)))
        if is_hypothetical(self.plan.question) or is_situation(self.plan.question):
            return None  # "talk me through how you'd fault-find that": what I would do, not a line
        if self.plan.topics_named and not points_at_cv(self.plan.question):
            return None  # "your end-tidal CO2 is climbing": the subject asked, not a line sharing its words
        if self.plan.type == "introduction" and not _NAMES_CV.search(fold(self.plan.question)):
            return None  # "opowiedzieć o sobie i o tym, jak wygląda praca w Kartpaku": the introduction
        if asks_for_story(self.plan.question) and not _NAMES_CV.search(fold(self.plan.question)):
            return None  # "a time you dealt with an angry relative ... how did you handle it?": a story asked
        asked = _with_compound_numbers(
            [
                _NUMBER_WORDS.get(w, w)
                for w in content_words(self.plan.question)
                if (len(w) > 3 or w.isdigit() or w in _NUMBER_WORDS) and w not in _GENERIC_WORDS
            ]
        )
        # "when someone asks for X, how do you handle it?", "how do you vet a new carrier?": no line asked
        approach = asks_for_approach(self.plan.question) or bool(
            self.plan.topics and self.plan.type in ("technical", "system_design", "other")
        )
        best, best_score = None, 0.0
        superlative = is_superlative(self.plan.question)  # "the biggest deal" → the line with "largest deal"
        for fact in self.plan.profile.facts:
            if fact.kind in ("education", "summary"):
                continue
            words = content_words(fact.text)
            employer = content_words(fact.role.employer) if fact.role and fact.role.employer else []
            in_text = {q for q in asked if any(same_word(q, w) or prefix_alike(q, w) for w in words)}
            at_employer = {q for q in asked if any(same_word(q, e) for e in employer)} - in_text
            # "18 percent", "£210k", "nine of thirteen" for "9/13": figures name one line of a CV
            numbers = {n for q in asked for n in re.findall(r"\d+", q)} & set(re.findall(r"\d+", fact.text))
            in_text |= numbers
            # "bank-connection" is one word, but no other line says it
            in_text |= {f"{q}+" for q in in_text if "-" in q.strip("-") and q in words}
            if fact.kind == "certificate" and not numbers:
                continue  # "ACCA, nine of thirteen" is about the exams; "ACCA" alone names no line
            top = superlative and bool(in_text) and is_superlative(fact.text)
            named = len(in_text) + len(numbers) >= 2 or (in_text and at_employer) or top
            # unasked, only a line the question all but quotes: a figure and two words, or four words
            quoted = not approach and ((len(numbers) >= 1 and len(in_text) >= 3) or len(in_text) >= 4)
            if (named and gated) or quoted:
                score = len(in_text) + 0.5 * len(at_employer) + (1.5 if top else 0.0)
                if score > best_score:
                    best, best_score = fact, score
        return best

    def about_fact(self, fact: Fact) -> None:
        """A question about one CV line: that line, what else the same role adds, how it worked; a
        mistake or a disagreement the interviewer picked out is told as that story."""
        asked = aspects_asked(self.plan.question)  # "…and who did you have to convince?"
        if is_failure_line(fact.text) or "conflict" in fact.themes:
            self._tell([fact], "failure" if is_failure_line(fact.text) else "conflict")
            self.answer_aspects(fact, asked, rank=2)
            return
        self.draft.add(0, self.say("about_fact_lead", sentence=self.sentence(fact)))
        self.point_for(fact)
        if self.answer_aspects(fact, asked):
            return
        more = self._sibling(fact)
        if more is not None:
            self.draft.add(2, self.say("follow_deeper", sentence=self.sentence(more, embedded=True)))
            self.point_for(more)
        if not self._tells_itself(fact, self.draft.sentences[0][1]):
            self.draft.add(1, self.say("about_fact_how"))  # only a bare line needs how it worked
            self.draft.point(first_clause(self.say("about_fact_how"), 10))
        duty = self.duty_near(fact)
        if duty:
            self.draft.add(3, self.say("story_transfer", duty=duty))


def _with_compound_numbers(words: list[str]) -> list[str]:
    """ "dwudziestu siedmiu" is 27 as well as 20 and 7."""
    joined = [
        str(int(a) + int(b))
        for a, b in pairwise(words)
        if a.isdigit() and b.isdigit() and int(a) % 10 == 0 and 20 <= int(a) <= 90 and int(b) < 10
    ]
    return words + joined
