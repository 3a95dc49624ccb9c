"""The offline composer: a plan worded as a short spoken answer plus two to four talking points.

Every answer type has its own shape (a story for "tell me about a time", key points and a link to
the CV for technical questions, the job description for "why us"), in the question's language.
Sentences carry priorities; the lowest give way when the answer would run past about 120 words.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import replace

from copilot.language.answers.about_line import AboutLine
from copilot.language.answers.about_me import AboutMe
from copilot.language.answers.base import Answer
from copilot.language.answers.career_break import CareerBreak
from copilot.language.answers.curveball import Curveball
from copilot.language.answers.follow_ups import FollowUps
from copilot.language.answers.line_aspects import LineAspects
from copilot.language.answers.line_kinds import is_failure_line
from copilot.language.answers.logistics import Logistics
from copilot.language.answers.method import Method, asks_for_story
from copilot.language.answers.personal import Personal, personal_kind
from copilot.language.answers.plan import Plan, content_words
from copilot.language.answers.scenario import Scenario, is_scenario
from copilot.language.answers.stories import Stories
from copilot.language.answers.subject import Subject
from copilot.language.answers.voice import Voice, guess_gender
from copilot.language.answers.wording import Draft, article, end_sentence, said_also, said_there, strip_end
from copilot.language.answers.work_kinds import kind_of_work
from copilot.language.cv import Fact
from copilot.language.cv.institutions import is_institution
from copilot.language.cv.polish_places import locative
from copilot.language.cv.spoken import as_employer, first_person, spoken_employer, spoken_title, talking_point
from copilot.language.knowledge import same_word
from copilot.language.questions.types import STORY_TYPES
from copilot.language.text import fold

MAX_WORDS = 120
BRIEF_WORDS = 70
_BRIEF = re.compile(r"\b(brief|briefly|short|shorter|concise|succinct|krotk|krotko|zwiezl|krocej)")
_DETAILED = re.compile(r"\b(detailed|in detail|thorough|szczegolow|wyczerpuj|rozbudowan|dokladn)")


def spoken_position(position: str) -> str:
    """ "Android Developer (Kotlin) – Mid Level" → "Android Developer": a job ad's title as said aloud,
    without brackets and what a dash adds (a level, a team, a place)."""
    said = re.sub(r"\s*\([^()]*\)", "", position).strip()
    return re.split(r"\s+[–—|]\s+|\s+-\s+", said, maxsplit=1)[0].strip() or said


class Composer(
    AboutMe,
    AboutLine,
    LineAspects,
    CareerBreak,
    Stories,
    FollowUps,
    Subject,
    Logistics,
    Method,
    Scenario,
    Curveball,
    Personal,
):
    """Words one plan: picks the answer shape for its type and keeps the answer to a spoken length."""

    def __init__(self, plan: Plan) -> None:
        self.plan = plan
        context = plan.context
        self.language = plan.language
        asked = (plan.question, *(question for question, _ in reversed(context.history)))
        gender = guess_gender(context.full_name or plan.profile.name, plan.profile.gender, asked)
        self.voice = Voice(plan.language, fold(plan.question), gender if plan.language == "pl" else None)
        self.gender = gender
        self.draft = Draft()
        self.word_limit: int | None = None
        self.named_roles: set = set()  # roles the answer has already named ("currently at Allegro")

    # -- wording helpers ----------------------------------------------------------------------
    def say(self, key: str, **fields: str) -> str:
        if not self.plan.technical_person and self.voice.has(f"{key}_general"):
            key = f"{key}_general"  # no rollbacks and first versions for a chef or a nurse
        return self.voice.say(key, **self._common(), **fields)

    def _common(self) -> dict[str, str]:
        context = self.plan.context
        position, company = spoken_position(context.position), spoken_employer(context.company)
        variant = (
            "full" if position and company else "position" if position else "company" if company else "none"
        )
        role = self.voice.say(f"role_{variant}", position=position, company=company)
        fallback_position = self.voice.say("role_none")
        fallback_company = self.voice.say("company_none")
        return {
            "role": role,
            "position": position or fallback_position,
            "company": company or fallback_company,
        }

    def sentence(self, fact: Fact, embedded: bool = False, also: bool = True) -> str:
        """The fact as a sentence; a second fact from the role just named says "also" instead."""
        same_role = fact.role is not None and any(used.role == fact.role for used in self.draft.facts)
        named = fact.role is not None and fact.role in self.named_roles
        self._use(fact)
        if fact.role is not None:
            self.named_roles.add(fact.role)
        if same_role or named:
            text = first_person(fact, self.language, self.gender, with_role=False)
            if also:
                text = said_also(self.voice, text) if same_role else said_there(self.voice, text)
        else:
            text = first_person(fact, self.language, self.gender)
        if embedded and not text.startswith(("I ", "I'")) and not re.match(r"[A-ZĄĆĘŁŃÓŚŹŻ]{2}", text):
            text = text[:1].lower() + text[1:]  # "ROAS blended wzrósł" keeps its capitals
        return text

    def clause(self, fact: Fact) -> str:
        """The fact without where it happened, ready to follow a colon."""
        self._use(fact)
        if fact.language != self.language:
            text = strip_end(first_person(fact, self.language, self.gender, with_role=False)).lstrip("— ")
            return text if text.startswith(("I ", "I'")) else text[:1].lower() + text[1:]
        text = strip_end(first_person(fact, self.language, self.gender, with_role=False))
        if self.language == "pl" or not text.startswith("I "):
            return text[:1].lower() + text[1:] if not text.startswith(("I ", "I'")) else text
        return text

    def where(self, fact: Fact | None) -> str:
        role = fact.role if fact else None
        if role is None:
            return self.say("where_none")
        role = as_employer(replace(role, employer=spoken_employer(role.employer)))
        if role.employer and not (
            self.language == "pl" and is_institution(role.employer) and not locative(role.employer)
        ):
            return self.say("where_current" if role.current else "where_past", employer=role.employer)
        if role.title:
            title = spoken_title(role.title, self.language)
            title = title if self.language == "en" else title[:1].lower() + title[1:]
            return self.say("where_title", title=title, a_title=f"{article(title)} {title}")
        return self.say("where_none")

    def _use(self, fact: Fact) -> None:
        if fact not in self.draft.facts:
            self.draft.facts.append(fact)

    def point_for(self, fact: Fact) -> None:
        self.draft.point(talking_point(fact, self.language))

    def duty(self, index: int = 0) -> str:
        """The job ad's n-th duty as a phrase; none when the ad is in the other language (a quote in
        the other language is not something to say aloud)."""
        duties = self.plan.duties
        if len(duties) <= index or self.plan.job.language != self.language:
            return ""
        return duties[index]

    def growth_duty(self) -> str:
        """The duty among the ad's first few that the CV shows least: what would be new in this job
        ("why leave?" is answered with more of that, not with what the candidate already does)."""
        cv_words = [w for fact in self.plan.profile.facts for w in content_words(fact.text)]
        best_index, best_overlap = 0, None
        for index, duty in enumerate(self.plan.duties[:5]):
            overlap = sum(1 for w in content_words(duty) if any(same_word(w, c) for c in cv_words))
            if best_overlap is None or overlap < best_overlap:
                best_index, best_overlap = index, overlap
        return self.duty(best_index)

    def example_key(self, fact: Fact) -> str:
        """ "For example: ..." for a line that shows the way of working; a mistake shows it as a lesson."""
        return "approach_example_lesson" if is_failure_line(fact.text) else "approach_example"

    def duty_near(self, fact: Fact) -> str:
        """The job duty closest to a fact, for "I'd bring this to ..." (the first duty otherwise)."""
        if self.plan.job.language != self.language:
            return ""
        fact_words = content_words(fact.text)
        best, best_overlap = "", 1  # two words in common at least: one shared word is no bridge
        for duty in self.plan.duties:
            overlap = sum(1 for w in content_words(duty) if any(same_word(w, f) for f in fact_words))
            if overlap > best_overlap:
                best, best_overlap = duty, overlap
        return best

    # -- the answer ---------------------------------------------------------------------------
    def compose(self) -> Answer:
        builder = _BUILDERS.get(self.plan.type, Composer.other)
        named = self.named_fact() if self.plan.type in _ABOUT_A_LINE else None
        if self.plan.profile.is_empty and self.voice.has(f"guide_{self.guided_type()}"):
            builder = Composer.guide
        personal = personal_kind(self.plan.question, self.plan.context.company)
        scenario = (
            self.plan.type not in _NOT_A_SCENARIO
            and not self.plan.topics
            and not self.plan.profile.is_empty
            and is_scenario(self.plan.question)
        )
        stance = self._takes_a_stance()
        if personal and not self.plan.profile.is_empty:
            self.personal(personal)
        elif scenario and not stance:
            self.scenario()
        elif named is not None:
            self.about_fact(named)
        elif stance:
            # A safety, ethics or privacy scenario: the right stance first, whatever the type said.
            safety = kind_of_work(self.plan.question) == "safety"
            self.approach() if self.plan.topics and safety else self.method()
        elif (
            self.plan.type in _KNOWLEDGE_FIRST
            and self.plan.topics_named
            and not asks_for_story(self.plan.question)
        ):
            self.technical()  # "how would you use MTBF and MTTR week to week?": the subject, whatever the type
        else:
            builder(self)
        text = self._fit().replace(": —", " —")
        topics = tuple(topic.id for topic in self.plan.topics)
        return Answer(
            text=text,
            points=tuple(self.draft.points[:4]),
            type=self.plan.type,
            language=self.language,
            facts=tuple(fact.text for fact in self.draft.facts),
            topics=topics,
        )

    def _takes_a_stance(self) -> bool:
        """A safety, ethics, privacy, consent scenario, an instruction that looks wrong, or (unless a
        story is asked for) a team member's behaviour: the right stance first, whatever the type."""
        if self.plan.profile.is_empty:
            return False
        kind = kind_of_work(self.plan.question)
        return kind in _STANCE or (kind == "staff" and not asks_for_story(self.plan.question))

    def guided_type(self) -> str:
        """Which plain-words guidance fits this type when there is no CV ("" when none does)."""
        if self.plan.type == "motivation" and not self.plan.duties:
            return "motivation"
        return _GUIDED.get(self.plan.type, "")

    def _fit(self) -> str:
        prompt = fold(self.plan.context.system_prompt or "")
        limit = (
            BRIEF_WORDS
            if _BRIEF.search(prompt)
            else MAX_WORDS + 40
            if _DETAILED.search(prompt)
            else MAX_WORDS
        )
        if self.word_limit is not None:
            limit = min(limit, self.word_limit)
        sentences = self.draft.sentences
        kept = list(range(len(sentences)))
        while len(kept) > 1 and sum(len(sentences[i][1].split()) for i in kept) > limit:
            drop = max(kept, key=lambda i: (sentences[i][0], i))
            if sentences[drop][0] == 0:
                break
            kept.remove(drop)
        return " ".join(end_sentence(sentences[i][1]) for i in kept)


# Types whose question, naming a subject of the knowledge base, is answered with that subject.
_KNOWLEDGE_FIRST = frozenset(
    {"leadership", "collaboration", "pressure", "challenge", "learning", "work_style"}
)

# Types whose answer stays theirs however long the situation set out before them.
_NOT_A_SCENARIO = frozenset(
    {
        "salary",
        "availability",
        "closing",
        "motivation",
        "why_leave",
        "introduction",
        "follow_up",
        "weaknesses",
    }
)

_STANCE = frozenset(
    {"safety", "ethics", "privacy", "consent", "query", "impaired", "shortcut", "reconcile", "safeguarding"}
)

# Types whose question may point at one CV line ("tell me about the model you built at Boots").
_ABOUT_A_LINE = frozenset(
    {
        *("other", "technical", "experience", "follow_up", "achievement", "behavioural", "challenge"),
        *("system_design", "failure", "leadership", "collaboration", "conflict", "pressure", "incident"),
        *("learning", "introduction"),  # "On your CV ... walk me through what happened" names one line
    }
)

# Types answered from the CV; with no CV saved they get plain-words guidance instead.
_GUIDED = {
    "introduction": "introduction",
    "strengths": "strengths",
    "why_leave": "why_leave",
    "future": "future",
    **dict.fromkeys(STORY_TYPES, "story"),
}


_BUILDERS: dict[str, Callable[[Composer], None]] = {
    "introduction": Composer.introduction,
    "motivation": Composer.motivation,
    "why_leave": Composer.why_leave,
    "strengths": Composer.strengths,
    "weaknesses": Composer.weaknesses,
    "technical": Composer.technical,
    "system_design": Composer.technical,
    "experience": Composer.experience,
    "salary": Composer.salary,
    "availability": Composer.availability,
    "future": Composer.future,
    "work_style": Composer.work_style,
    "closing": Composer.closing,
    "follow_up": Composer.follow_up,
    "curveball": Composer.curveball,
    "objection": Composer.objection,
    "other": Composer.other,
    **dict.fromkeys(STORY_TYPES, Composer.story),
}


def compose(plan: Plan, word_limit: int | None = None) -> Answer:
    """The answer to one plan; ``word_limit`` is this part's share when a turn asks several things."""
    composer = Composer(plan)
    composer.word_limit = word_limit
    return composer.compose()
