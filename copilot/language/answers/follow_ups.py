"""Follow-up questions that continue the story just told: its result, how it was measured, why,
what was learned, the candidate's part, or simply more of it."""

from __future__ import annotations

import re
from dataclasses import replace

from copilot.language.answers.line_aspects import aspects_asked
from copilot.language.answers.line_kinds import is_failure_line, measures_change
from copilot.language.answers.method import is_hypothetical, is_situation
from copilot.language.answers.plan import Plan, content_words
from copilot.language.answers.results import (
    as_clause,
    failure_key,
    fix_of,
    last_step,
    metric_of,
    result_of,
)
from copilot.language.answers.wording import first_clause
from copilot.language.cv import Fact
from copilot.language.cv.spoken import spoken_title
from copilot.language.knowledge import same_word
from copilot.language.text import fold
from copilot.language.verbs import is_past_tense

# What a follow-up may ask of the story that the result, the lesson and the part played do not cover.
_STORY_ASPECTS = frozenset({"convince", "verify", "why_late", "hardest", "how", "holdout"})
# A follow-up about the people in the story: how they took it, how things stood afterwards.
_RELATIONSHIP = re.compile(
    r"relationship|afterwards|get on|got on|stand with|things stood|react|respond|take it|took it|feel about|"
    r"between you|after that|along|relacj|zareagowal|reakcj|wspolprac|ukladal|stosunk|"
    r"jak (?:to )?przyj\w*|miedzy (?:wami|panem|pania)"
)
_LESSON = re.compile(r"learn|nauczy|takeaway|wniosk|take from|took from|wyni\w*sl")
# "What did you change afterwards?", "co dziś robi Pani inaczej?": what changed for good, not what one
# would do differently next time.
_CHANGED_SINCE = re.compile(
    r"what (?:did|have) (?:you|the team|you and the team) (?:\w+ )?chang|what (?:actually |really )?changed|"
    r"(?:do|doing) (?:anything )?differently (?:now|today|since)|(?:doesn'?t|does not|didn'?t|wouldn'?t|won'?t) happen again|"
    r"co (?:dzis|teraz|od tego czasu|od tamtej pory) (?:\w+ )?(?:robi\w*|wyglada) inaczej|co (?:\w+ )?zmienil\w* (?:potem|po tym|od tego)|"
    r"co sie (?:potem |od tego czasu )?zmienilo|zeby (?:sie )?(?:to )?(?:wiecej )?nie powtorzy\w*"
)
_DIFFERENTLY = re.compile(r"differently|inaczej|again|ponownie|change anything|zmienil")
_OUTCOME_ASKED = re.compile(
    r"result|outcome|in the end|end(?:ed)? up|did (?:it|that|this|things) end|turn out|happen|efekt|rezultat|wynik|"
    r"skonczy|final|wyszlo"
)


def _told_story(composer_class: type, parent: Plan, question: str = "") -> Fact | None:
    """The CV line the answer to the earlier question was built on (the same composer, the same plan);
    of two lines told, the one the follow-up names ("how did you measure those savings?")."""
    told = composer_class(parent).compose().facts
    said = [fact for text in told for fact in parent.profile.facts if fact.text == text]
    # A summary line ("data scientist with 5 years ...") frames an answer; the story is a work line.
    stories = [fact for fact in said if fact.kind not in ("summary", "education", "certificate")]
    asked = [w for w in content_words(question) if len(w) > 4]
    # one shared word ("pracownicy" with "320 pracowników") names no line, unless it is pointed at
    # ("te oszczędności", "those savings"); otherwise the first story told stands
    pointed = set(re.findall(r"\b(?:te|ten|ta|tych|tej|tego|that|those|these|this)\s+(\w+)", fold(question)))

    def names(fact: Fact) -> bool:
        shared = [w for w in asked if any(same_word(w, f) for f in content_words(fact.text))]
        return len(shared) >= 2 or any(w in pointed for w in shared)

    named = [fact for fact in stories if names(fact)]
    return (named or stories or [None])[0]


# "And what if the user adds a fingerprint?" after a question about a subject: more of the subject,
# never the "result" of a CV line the earlier answer only mentioned.
_SUBJECT_TYPES = frozenset({"technical", "system_design"})
_STORY_ASKED = re.compile(
    r"result|outcome|learn|nauczy|your (?:part|role)|pana (?:rola|udzial)|pani (?:rola|udzial)|wynik|efekt|"
    r"\bend\b|turn(?:ed)? out|came of|skonczy|wyszlo"
)


# What a follow-up asks of a story told without a CV line, by the type of the question before.
_ENDED = re.compile(_OUTCOME_ASKED.pattern + r"|still there")
_NOTICED = re.compile(
    r"picked up|noticed|spotted|caught|found out|came to light|wyszl\w* na jaw|zauwaz|wykry"
)
_CHANGED = re.compile(r"chang|differently|again|since|afterwards|zmieni|inaczej|od tego czasu|potem")
_GOT_ON = re.compile(r"relationship|get on|got on|work together|relacj|wspolprac|ukladal")
_GENERIC_ASKED = {
    "failure": {
        "follow_generic_noticed": _NOTICED,
        "follow_generic_failure_changed": _CHANGED,
        "follow_generic_failure_end": _ENDED,
    },
    "conflict": {
        "follow_generic_conflict_relationship": _GOT_ON,
        "follow_generic_conflict_end": _ENDED,
        "follow_generic_conflict_changed": _CHANGED,
    },
}


class FollowUps:
    """The follow-up answers of the Composer."""

    def follow_up(self) -> None:
        parent = self.plan.parent
        question = fold(self.plan.question)
        asks_story = bool(_STORY_ASKED.search(question))
        # "You wrote in your CV about the incremental model…" before: the follow-up is about that line
        named = type(self)(parent).named_fact() if parent is not None else None
        if parent is not None and named is None and parent.type in _SUBJECT_TYPES and not asks_story:
            self._follow_subject(parent)
            return
        story = named or (_told_story(type(self), parent, self.plan.question) if parent else None)
        hypothetical = parent is not None and (
            is_hypothetical(parent.question) or is_situation(parent.question)
        )
        case = named is None and parent is not None and (parent.type == "other" or hypothetical)
        if case and not asks_story and (story is None or parent.topics or hypothetical):
            # a case discussed ("what would you do if…"), any CV line only an example: more of the case
            self._follow_subject(parent)
            return
        lesson_key = (
            f"lesson_{parent.type}"
            if parent and self.voice.has(f"lesson_{parent.type}")
            else "lesson_behavioural"
        )
        if story is None:
            # The earlier answer told no CV story: go on with the story it did tell, on what is asked
            # (how it ended, what changed, how it was noticed, how people got on), then its lesson.
            asked = _GENERIC_ASKED.get(parent.type if parent else "", {})
            keys = [key for key, pattern in asked.items() if pattern.search(question)][:2]
            for rank, key in enumerate(keys):
                self.draft.add(rank, self.say(key))
                self.draft.point(first_clause(self.say(key), 12))
            if keys:
                generic = parent is not None and parent.type == "failure"
                self.draft.add(2, self.say("lesson_generic_failure_general" if generic else lesson_key))
                return
            self.draft.add(0, self.say(lesson_key))
            self.draft.add(1, self.say("follow_none"))
            self.draft.point(first_clause(self.say(lesson_key), 12))
            return
        self._use(story)
        asked = [a for a in aspects_asked(self.plan.question) if a in _STORY_ASPECTS]
        if asked:  # "who was your champion?", "why did it take nine days to notice?"
            self.answer_aspects(story, asked, rank=0)
            return
        failed_story = is_failure_line(story.text) or "failure" in story.themes
        failed = parent.type in ("failure", "incident", "challenge", "conflict") or failed_story
        fix = fix_of(story) if failed else ""
        if fix and (_CHANGED_SINCE.search(question) or _LESSON.search(question)):
            # "What did you change afterwards?", "what did you learn?": the change the line itself tells
            self.draft.add(0, self.say("follow_fix", clause=self.clause(replace(story, text=fix))))
            self.draft.point(("Change: " if self.language == "en" else "Zmiana: ") + fix)
            told = failure_key("lesson_failure_told", story.text) if "failure" in story.themes else lesson_key
            self.draft.add(1, self.say(told))
            return
        if failed_story and _DIFFERENTLY.search(question):
            # "what do you do differently now?" after a setback: its own fix, else the early warnings
            self.draft.add(0, self.say("aspect_differently_failure"))
            self.draft.point(first_clause(self.say("aspect_differently_failure"), 12))
            if fix:
                self.answer_aspects(story, ["differently"], rank=1)
        elif _DIFFERENTLY.search(question):
            # after an emergency or a hard shift, a debrief, not a "pilot first" of a project
            event = parent.type in ("incident", "pressure", "challenge") or "incident" in story.themes
            key = "follow_differently_event" if event else "follow_differently"
            self.draft.add(0, self.say(key))
            self.draft.point(first_clause(self.say(key), 12))
            self.draft.add(1, self.say("follow_keep", clause=self.clause(story)))
            self.point_for(story)
        elif _LESSON.search(question):
            failed = parent.type == "failure" and "failure" in story.themes
            if failed:
                # the lesson of this story: its own change for good, not a general rule
                lesson_key = failure_key("lesson_failure_told", story.text)
            self.draft.add(0, self.say(lesson_key))
            self.draft.point(first_clause(self.say(lesson_key), 12))
            if failed:
                after = failure_key("follow_failure_after", story.text)
                self.draft.add(1, self.say(after))  # nothing of a mistake is "the part that worked"
            else:
                self.draft.add(1, self.say("follow_keep", clause=self.clause(story)))
                self.point_for(story)
        elif re.search(r"\bwhy\b|dlaczego|czemu|choose|chose|wybra", question):
            self.draft.add(0, self.say("follow_why"))
            self.draft.point(first_clause(self.say("follow_why"), 12))
            self.draft.add(1, self.sentence(story))
            self.point_for(story)
        elif re.search(r"measure|how (?:do|did) you know|track|zmierz|mierzy|skad", question):
            self._follow_measure(story)
        elif re.search(
            r"result|outcome|impact|effect|end|turn out|happen|measure|came out|come of|afterwards|after that|"
            r"react|respond|feedback|on time|loss|lost|save|saved|"
            r"efekt|rezultat|wynik|skonczy|dalej|potem|zmierz|wyszlo|przynioslo|reakcj|zareagowal|ile trwal|strat",
            question,
        ):
            result, last = result_of(story), last_step(story)
            if failed_story and fix:
                result, last = "", fix  # how a setback ended: what was changed for good
            disagreement = "conflict" in story.themes or parent.type == "conflict"
            if _RELATIONSHIP.search(question) and not _OUTCOME_ASKED.search(question) and not disagreement:
                result = last = ""  # "how did your manager react?": the people, not the figures
                self.point_for(story)
                if fix:
                    self.draft.add(1, self.say("follow_fix", clause=self.clause(replace(story, text=fix))))
            elif result:
                self.draft.add(0, self.say("follow_result", result=as_clause(result, self.language)))
                self.draft.point(("Result: " if self.language == "en" else "Efekt: ") + result)
            elif measures_change(story.text):
                self.draft.add(0, self.say("follow_result_plain", clause=self.clause(story)))
                self.point_for(story)
            else:
                # No result in the CV: where it ended is the line's last step ("..., then weekly
                # forecast reviews"), never an invented figure.
                said = last
                if last and self.language == "en" and is_past_tense(fold(last.split()[0])):
                    said = "I " + last  # "introduced a weight check" → "I introduced a weight check"
                if said:
                    self.draft.add(0, self.say("follow_result_last", last=said))
                    self.draft.point(("Result: " if self.language == "en" else "Efekt: ") + said)
                else:
                    self.draft.add(0, self.say("follow_result_plain", clause=self.clause(story)))
                    self.point_for(story)
            if _RELATIONSHIP.search(question):
                # "How were things with him afterwards?", "How did the partners react?": asked alone,
                # the people come first and the result after.
                key = (
                    "follow_reaction_failure"
                    if failed_story
                    else "follow_relationship"
                    if disagreement
                    else "aspect_reaction_change"
                )
                if _OUTCOME_ASKED.search(question):
                    self.draft.add(1, self.say(key))
                else:
                    self.draft.sentences.insert(0, (0, self.say(key)))
                self.draft.point(first_clause(self.say(key), 10))
                return
            more = self._sibling(story) if not (result or last) else None
            if more and more.themes & story.themes - {"delivery", "customer"}:
                # Another line of the same kind of work, never an unrelated one.
                self.draft.add(1, self.say("follow_deeper", sentence=self.sentence(embedded=True, fact=more)))
                self.point_for(more)
        elif re.search(r"role|part|rola|udzial", question) and story.role:
            title = (
                spoken_title(story.role.title, self.language)
                if story.role.title
                else ("my part" if self.language == "en" else "moja część")
            )
            self.draft.add(0, self.say("follow_role", title_part=title, clause=self.clause(story)))
            self.point_for(story)
        elif "failure" in story.themes and parent.type in ("failure", "incident", "challenge"):
            # "Can you say more?" after a mistake: what happened in full, and what changed for good.
            self.draft.add(0, self.say("follow_failure_more", clause=self.clause(story)))
            self.point_for(story)
            after = failure_key("follow_failure_after", story.text)
            self.draft.add(1, self.say(after))
            self.draft.point(first_clause(self.say(after), 12))
        else:
            more = self._sibling(story)
            if more:
                self.draft.add(0, self.say("follow_deeper", sentence=self.sentence(embedded=True, fact=more)))
            else:
                self.draft.add(0, self.say("follow_steps", clause=self.clause(story)))
            self.point_for(more or story)
            self.draft.add(
                1,
                self.say(
                    f"action_{parent.type}"
                    if self.voice.has(f"action_{parent.type}")
                    else "action_behavioural"
                ),
            )
            result = result_of(story)
            if result:
                self.draft.add(2, self.say("follow_result", result=result))
                self.draft.point(("Result: " if self.language == "en" else "Efekt: ") + result)

    def _follow_measure(self, story: Fact) -> None:
        """ "How did you measure that?": the number before and after, for the thing the line changed."""
        metric = metric_of(story.text)
        key = "follow_measure" if metric else "follow_measure_plain"
        self.draft.add(0, self.say(key, metric=metric))
        self.draft.point(first_clause(self.say(key, metric=metric), 12))
        result = result_of(story)
        if result:
            self.draft.add(1, self.say("follow_result", result=as_clause(result, self.language)))
        self.point_for(story)

    def _follow_subject(self, parent: Plan) -> None:
        """More of the subject the earlier answer was about: the notes it did not say yet, else how I
        would check the case asked rather than guess."""
        said = fold(self.plan.context.history[-1][1]) if self.plan.context.history else ""
        fresh = [
            point
            for topic in parent.topics[:2]
            for point in topic.points_in(self.language)
            if fold(point)[:40] not in said
        ]
        for priority, point in enumerate(fresh[:2]):
            self.draft.add(priority, point)
            self.draft.point(first_clause(point, 12))
        if fresh and parent.technical_person:
            return  # the notes answer it
        # a shift, a ward, a shop floor: the rules and who decides
        key = "follow_subject_none" if parent.technical_person else "follow_case_rules"
        self.draft.add(2, self.say(key))
        self.draft.point(first_clause(self.say(key), 10))
