"""What an answer will say, before it is worded: the question's type and language, the CV facts
whose meaning fits, the knowledge topics, the job-description lines, and for a follow-up the story
it follows. The offline composer words a plan; the language-model backend receives it as context.
"""

from __future__ import annotations

import math
import re
from collections import Counter
from dataclasses import dataclass, field
from functools import lru_cache

from copilot.language.answers.base import AnswerContext
from copilot.language.answers.cv_mentions import mentions
from copilot.language.answers.job_skills import skills_named
from copilot.language.answers.jobdesc import JobDescription, duty_phrase, parse_job_description
from copilot.language.answers.line_kinds import (
    POSITIVE_TYPES,
    SELF_TYPES,
    TOLD_FIX,
    TURNAROUND,
    WENT_WRONG,
    is_event,
    is_failure_line,
    is_superlative,
    measures_change,
    without_negations,
)
from copilot.language.cv import CvProfile, Fact, parse_cv
from copilot.language.cv.lexicon import STOPWORDS
from copilot.language.cv.spoken import sayable_in
from copilot.language.cv.themes import themes_of
from copilot.language.knowledge import Topic, find_topics, same_word, terms, topic_by_id
from copilot.language.questions.cues import NEEDS_CUE
from copilot.language.questions.types import STORY_TYPES, classify
from copilot.language.text import detect_language, fold, without_fillers, word_set

# How much each theme counts when a question of a type picks its story.
THEME_WEIGHTS: dict[str, dict[str, float]] = {
    "achievement": {
        "impact": 3,
        "delivery": 1.5,
        "improvement": 1.5,
        "challenge": 1,
        "leadership": 0.5,
        "process": 0.5,
    },
    "failure": {"failure": 4, "incident": 2.5, "challenge": 0.5},
    "incident": {"incident": 4, "failure": 0.5, "pressure": 1, "leadership": 1},
    "conflict": {"conflict": 4, "collaboration": 1.5, "leadership": 0.5},
    "leadership": {"leadership": 4, "process": 0.5, "impact": 0.5},
    "collaboration": {"collaboration": 4, "conflict": 1, "customer": 0.5},
    "pressure": {"pressure": 4, "incident": 2, "delivery": 0.5},
    "challenge": {"challenge": 3, "incident": 1.5, "failure": 1, "impact": 1},
    "learning": {"learning": 4, "challenge": 0.5},
    "behavioural": {"impact": 0.5, "delivery": 0.5, "improvement": 0.5},
    "introduction": {"impact": 2, "delivery": 1, "leadership": 1, "improvement": 0.5},
    "strengths": {"impact": 1.5, "leadership": 1, "collaboration": 1, "process": 1, "challenge": 1},
    "motivation": {"impact": 1, "delivery": 1},
    "why_leave": {"impact": 2, "delivery": 1},
    "future": {"leadership": 2, "learning": 1},
    "work_style": {"collaboration": 2, "process": 1},
}
# A story "fits" only when the fact has one of these themes: a success is never told as a failure.
REQUIRED_THEMES: dict[str, frozenset[str]] = {
    "failure": frozenset({"failure", "incident"}),
    "incident": frozenset({"incident"}),
    "conflict": frozenset({"conflict"}),
    "leadership": frozenset({"leadership"}),
    "collaboration": frozenset({"collaboration"}),
    "pressure": frozenset({"pressure", "incident"}),
    "challenge": frozenset({"challenge", "incident", "failure"}),
    "learning": frozenset({"learning"}),
}
# Questions about the candidate themselves: knowledge topics have nothing to add.
_NO_TOPIC_TYPES = frozenset(
    {
        "introduction",
        "motivation",
        "why_leave",
        "strengths",
        "weaknesses",
        "salary",
        "availability",
        "future",
        "work_style",
        "closing",
        "follow_up",
        "achievement",
        "curveball",
        "objection",
    }
)
# Topics of these domains are for people who do that work: "build pipeline" means sales pipeline to
# a sales rep, and the CI/CD topic would be a wrong answer.
_SPECIALIST_DOMAINS = frozenset(
    {
        "programming",
        "devops",
        "databases",
        "distributed",
        "system_design",
        "testing",
        "web",
        "security",
        "data",
        "ml",
    }
)
# Topics that advise how to answer ("the interviewer wants to see ...") are not an answer themselves.
_COACHING = frozenset(
    {
        "star-method",
        "tell-me-about-a-failure",
        "estimation-fermi-questions",
        "quirky-personality-questions",
        "brain-teasers-approach",
        "sell-me-this-pen",
    }
)
_TECH_BACKGROUND = re.compile(
    r"software|developer|deweloper|programm|programist|engineer\w* (?:data|software|backend|frontend|platform|cloud|ml|site)|"
    r"(?:data|backend|frontend|full.?stack|platform|cloud|devops|ml|qa|test|site reliability|software) engineer|"
    r"devops|\bsre\b|data (?:scien|analy|engineer)|analityk danych|analyst|analityk|frontend|backend|full.?stack|"
    r"\bweb\b|cloud|\bqa\b|tester|machine learning|informatyk|administrator|\bit\b|architect|database|python|java\b|sql"
)
# Product-management notes ("saying no to feature requests") fit people who build products, not a store manager.
_PRODUCT_BACKGROUND = re.compile(
    r"product|produkt|owner|\bux\b|designer|projektant|saas|startup|digital|e-?commerce"
)
_KIND_PRIOR = {"work": 0.6, "project": 0.5, "achievement": 0.7, "summary": -1.5, "other": -0.5}
_NOT_STORY_KINDS = frozenset({"education", "certificate", "summary"})
# Business words an ad writes in capitals that name no skill one could lack.
_NO_GAP = word_set(
    "kpi kpis p&l roi sla slas b2b b2c fmcg okr okrs usp ceo cfo coo cto hq eu uk usa emea cee"
)
_FREE_TIME = re.compile(
    r"hobb|free time|spare time|outside (?:of )?work|interests|volunteer|weekend|unwind|relax|"
    r"czas wolny|wolnym czasie|po pracy|zainteresowan|pasj|wolontari|odpoczyw"
)
# Where the story happened, not what it is about: "a time you improved something on your ward".
SETTING_WORDS = word_set("""ward wards team teams job jobs role company office site workplace department shop store clinic
    school class place unit floor oddzial oddziale zespol zespole firma firmie praca pracy dzial dziale sklep sklepie
    szkola szkole miejsce miejscu""")


def content_words(text: str) -> list[str]:
    return [word for word in terms(text) if word not in STOPWORDS and len(word) > 1]


def prefix_alike(word: str, other: str) -> bool:
    """Two forms of one word ("migration" and "migrated", "masę" and "masy" are too short to tell)."""
    common = next(
        (i for i, (a, b) in enumerate(zip(word, other, strict=False)) if a != b), min(len(word), len(other))
    )
    return common >= 5 and common >= 0.75 * min(len(word), len(other))


@dataclass
class RankedFact:
    fact: Fact
    score: float
    fits: bool


@dataclass
class Plan:
    question: str
    type: str
    language: str
    profile: CvProfile
    job: JobDescription
    context: AnswerContext
    facts: list[RankedFact] = field(default_factory=list)
    topics: list[Topic] = field(default_factory=list)
    # the topics' own names said in the question ("MTBF", "priority inversion"), not a word they share
    topics_named: bool = False
    duties: list[str] = field(default_factory=list)  # job-description duties, best match to the CV first
    gaps: list[str] = field(default_factory=list)  # skills the job asks for that the CV never mentions
    parent: Plan | None = None  # for a follow-up: the plan of the question it follows
    technical_person: bool = True  # the candidate works in software or data: technical notes apply

    @property
    def fitting(self) -> list[Fact]:
        return [ranked.fact for ranked in self.facts if ranked.fits]

    @property
    def best(self) -> Fact | None:
        return self.facts[0].fact if self.facts else None


def _relevance(question_words: list[str], facts: list[Fact]) -> list[float]:
    """IDF-weighted share of the question's words that each fact contains (0..1)."""
    if not question_words or not facts:
        return [0.0] * len(facts)
    fact_words = [
        set(content_words(fact.text + " " + (fact.role.employer if fact.role else ""))) for fact in facts
    ]
    document_frequency = Counter()
    matched: list[set[str]] = []
    for bag in fact_words:
        hits = {q for q in question_words if any(same_word(q, w) for w in bag)}
        matched.append(hits)
        document_frequency.update(hits)
    idf = {q: math.log(1 + len(facts) / (1 + document_frequency[q])) for q in set(question_words)}
    total = sum(idf.values()) or 1.0
    return [sum(idf[q] for q in hits) / total for hits in matched]


def rank_facts(
    profile: CvProfile, qtype: str, question: str, job_words: frozenset[str] = frozenset()
) -> list[RankedFact]:
    facts = [fact for fact in profile.facts if qtype in ("learning",) or fact.kind not in ("education",)]
    if not facts:
        return []
    weights = THEME_WEIGHTS.get(qtype, {})
    required = REQUIRED_THEMES.get(qtype)
    asked_themes = themes_of(question) - {"delivery"}
    if "improvement" in asked_themes:
        asked_themes |= {"impact"}  # "a time you improved something": a measured improvement is one
    relevance = _relevance([w for w in content_words(question) if w not in SETTING_WORDS], facts)
    asks_superlative = is_superlative(question)
    asks_free_time = bool(_FREE_TIME.search(fold(question)))
    ranked = []
    for fact, rel in zip(facts, relevance, strict=True):
        score = sum(weights.get(theme, 0.0) for theme in fact.themes)
        score += 1.5 * len(fact.themes & asked_themes)
        score += 3.0 * rel
        score += _KIND_PRIOR.get(fact.kind, -3.0 if qtype in STORY_TYPES else 0.0)
        if fact.kind == "other" and not asks_free_time:
            continue  # hobbies and references answer no work question
        if fact.role is not None:
            score += max(0.0, 0.45 - 0.15 * fact.role.index)
        if fact.has_number and qtype in (
            "achievement",
            "introduction",
            "strengths",
            "why_leave",
            "challenge",
        ):
            # a number that measures a change ("fell from 5.1 to 4.2 days") is a result; a size
            # ("12 patients a day") only describes the job
            score += 1.2 if measures_change(fact.text) else 0.3
        if qtype == "learning" and fact.kind == "certificate":
            score += 2.0
        if job_words and qtype in ("introduction", "motivation", "strengths", "why_leave", "future"):
            shared = {w for w in content_words(fact.text) if any(same_word(w, j) for j in job_words)}
            score += min(2.0, 0.5 * len(shared))  # what the job asks for matters most here
        went_wrong = "failure" in fact.themes and bool(WENT_WRONG.search(without_negations(fact.text)))
        if qtype in POSITIVE_TYPES and is_failure_line(fact.text):
            score -= POSITIVE_TYPES[qtype]  # a mistake is never the proudest moment or the introduction
        if "conflict" in fact.themes and qtype in SELF_TYPES:
            score -= 3.0  # "the conflict in my team" is no reason to hire me
        if asks_superlative and is_superlative(fact.text):
            score += 2.5  # "your biggest deal?" → the line that says "largest deal", "record", "top"
        if required is not None:
            fits = bool(fact.themes & required) and fact.kind not in _NOT_STORY_KINDS
            if fits and qtype == "failure" and not went_wrong:
                fits = False  # "escalation point for billing issues" is a duty, not a failure story
            if fits and qtype in ("failure", "incident", "pressure", "challenge") and not is_event(fact):
                # "cut production incidents by 30%" is an improvement, not an incident or a failure story
                fits = bool(fact.themes & (required - {"incident"}))
                if qtype == "failure":
                    # "cut missed collections by 30%" is a success; a turnaround tells a setback, and so does
                    # a slip told with what changed for good ("underestimated the prep time ..., now build ...")
                    told_slip = is_failure_line(fact.text) and bool(TOLD_FIX.search(fold(fact.text)))
                    fits = fits and (bool(TURNAROUND.search(fold(fact.text))) or told_slip)
        else:
            fits = fact.kind not in _NOT_STORY_KINDS
        ranked.append(RankedFact(fact, score, fits))
    ranked.sort(key=lambda item: (-int(item.fits), -item.score, item.fact.id))
    return ranked


# What a system design question designs.
_A_SYSTEM = re.compile(
    r"\b(?:system|service|architecture|platform|app|application|api|backend|database|pipeline|website|"
    r"infrastructure|feed|shortener|cache|queue|chat|search|storage|scal\w*|system\w*|architektur\w*|aplikacj\w*|"
    r"serwis\w*|platform\w*)\b"
)


def _rank_duties(job: JobDescription, profile: CvProfile, language: str) -> list[str]:
    return list(_ranked_duties(job, profile, language))


_OFFERED = re.compile(r"(?:be|get|receive|have|enjoy|gain|join|otrzym\w*|zyskasz|dolaczysz)\b")


@lru_cache(maxsize=64)
def _ranked_duties(job: JobDescription, profile: CvProfile, language: str) -> tuple[str, ...]:
    cv_words = set(content_words(" ".join([*profile.skills, *(fact.text for fact in profile.facts)])))
    scored = []
    for order, line in enumerate(job.duties):
        if len(line.split()) < 3 or len(line) > 160 or _OFFERED.match(fold(line)):
            continue  # "be trained and mentored by senior engineers" is what the job gives, not a duty
        overlap = sum(1 for w in set(content_words(line)) if any(same_word(w, c) for c in cv_words))
        # The ad lists the core of the job first: an early duty wins a near tie.
        scored.append((-(overlap - 0.6 * order), order, duty_phrase(line, language)))
    scored.sort()
    return tuple(phrase for _, _, phrase in scored if phrase)


def _gaps(job: JobDescription, profile: CvProfile) -> list[str]:
    """Requirement lines none of whose named tools the CV mentions; their first name is the gap."""
    gaps = []
    for names in skills_named(job.requirements):
        if re.fullmatch(r"[A-Z]{2}|[A-Z]{2,5}s", names[0]) or fold(names[0]) in _NO_GAP:
            # "PD" of "PD 57AD", "UX": too short to name what is missing; "VFDs", "PLCs": a kind of kit
            # the CV may well show under its makers' names ("ABB ACS880 drives"), not one tool to lack
            continue
        if not any(mentions(profile, name) for name in names) and names[0] not in gaps:
            gaps.append(names[0])
    return gaps[:3]


SECOND_TOPIC_SHARE = 0.75


def _named(matched: tuple[str, ...], question: str) -> bool:
    """The subject called by its own name: a word of the phrase written in capitals ("MTBF", "CMR") or
    capitalised inside the sentence ("Kerberoasting", "FreeRTOS"), not a phrase of everyday words
    that a behavioural question may share ("team meetings")."""
    for word in matched:
        if re.search(r"(?<![\w-])" + re.escape(word.upper()) + r"s?(?![\w-])", question):
            return True
        if re.search(r"(?<=[a-z,;:] )" + re.escape(word[:1].upper() + word[1:]) + r"\b", question):
            return True
    return False


def build_plan(
    question: str, context: AnswerContext, language: str | None = None, qtype: str | None = None
) -> Plan:
    """Everything an answer to ``question`` will rest on."""
    question = without_fillers(question) or question
    profile = parse_cv(context.cv or "")
    job = parse_job_description(context.job_description or "")
    answer_language = language if language in ("en", "pl") else detect_language(question)
    kind = qtype or classify(question)
    if kind == "weaknesses" and not NEEDS_CUE["weaknesses"].search(fold(question)) and find_topics(question):
        kind = "technical"  # "What are the requirements for Schedule 2 drugs?" names a subject, no weakness
    plan = Plan(question, kind, answer_language, profile, job, context)
    company = fold(context.company.strip())
    if (
        kind == "follow_up"
        and company
        and re.search(r"\b(?:why|dlaczego|czemu)\b", fold(question))
        and company in fold(question)
    ):
        plan.type = kind = "motivation"  # "Dlaczego Uczymy.pl?" asks why this company, not why the last story
    if kind == "other" and context.history and _continues(question, answer_language):
        plan.type = kind = "follow_up"  # "and if it was fifty machines at once, what would that tell you?"
    if kind == "follow_up":
        plan.parent = _parent_plan(context, answer_language)
        if plan.parent is None:
            plan.type = kind = "behavioural"
    source = plan.parent if plan.parent is not None else plan
    job_words = frozenset(w for line in job.lines for w in content_words(line) if len(w) > 3)
    heard = " ".join(fold(answer) for _question, answer in context.history)
    plan.facts = rank_facts(
        profile, source.type, source.question + " " + question if plan.parent else question, job_words
    )
    heard_words = set(content_words(heard)) if heard and plan.parent is None else set()
    for ranked in plan.facts[:8]:
        words = set(content_words(ranked.fact.text))
        if heard_words and words and len(words & heard_words) >= 0.6 * len(words):
            ranked.score -= 2.0  # said earlier in this interview: another fitting line is worth more
        if not sayable_in(ranked.fact, answer_language):
            ranked.score -= 2.5  # a line that could only be quoted in the CV's other language
    plan.facts.sort(key=lambda item: (-int(item.fits), -item.score, item.fact.id))
    # Who the candidate is (title, headline, job titles), not every word of the CV: a sales rep
    # selling "software" is not a software engineer.
    identity = [
        context.position,
        profile.headline,
        *profile.summary[:1],
        *(role.title for role in profile.roles),
    ]
    technical_person = profile.is_empty or bool(
        _TECH_BACKGROUND.search(fold(" ".join(filter(None, identity))))
    )
    plan.technical_person = technical_person
    if kind not in _NO_TOPIC_TYPES:
        matches = [
            match
            for match in find_topics(question)
            if (
                technical_person
                or (match.topic.domain not in _SPECIALIST_DOMAINS and match.topic.domain != "product")
                or (
                    match.topic.domain == "product"
                    and _PRODUCT_BACKGROUND.search(fold(" ".join(filter(None, identity))))
                )
                or _used(match.topic, profile)
            )
            and match.topic.id not in _COACHING
        ]
        # a second topic only when it fits nearly as well as the first: a weaker one is another subject
        matches = [m for m in matches if m is matches[0] or m.score >= SECOND_TOPIC_SHARE * matches[0].score]
        plan.topics = [match.topic for match in matches]
        plan.topics_named = any(_named(match.matched, question) for match in matches)
    if kind == "system_design" and not technical_person:
        plan.type = kind = "other"  # "where would you start designing a machine?": a way of working
    if kind == "system_design" and not plan.topics and not _A_SYSTEM.search(fold(question)):
        plan.type = kind = "other"  # "how would you check the promotion worked?": no system to design
    if kind == "system_design" and not plan.topics:
        # No topic for this system: the way to approach any design question still answers it.
        plan.topics = [topic for topic in (topic_by_id("system-design-interview-approach"),) if topic]
    plan.duties = _rank_duties(job, profile, answer_language)
    plan.gaps = _gaps(job, profile)
    return plan


# A question that changes the case just discussed: "what if…", "and if it was…", "a jeśli…", or one
# that points back at it within its first words ("would that still hold", "co wtedy"; not "this role").
_CONTINUES = re.compile(
    r"^(?:and |a |i |so |but |ale )?(?:what if|if |what happens (?:to|if|when)|jesli|jezeli|gdyby|co jesli|co wtedy)|"
    r"^(?:\w+ ){0,5}(?:that|those|them|then|tego|tym|wtedy)\b|^(?:\w+ ){0,2}bys? (?:pan |pani )?to\b"
)


def _continues(question: str, language: str) -> bool:
    folded = fold(question)
    return bool(_CONTINUES.search(folded)) or (language == "pl" and folded.startswith("a "))


def _used(topic: Topic, profile: CvProfile) -> bool:
    """Whether the CV names one of the topic's skills (a sales rep who lists SQL may be asked SQL)."""
    return any(mentions(profile, skill) for skill in topic.skills[:8])


def _parent_plan(context: AnswerContext, language: str) -> Plan | None:
    """The latest earlier question of the conversation that was not itself a follow-up."""
    for previous_question, _answer in reversed(context.history[-6:]):
        previous_type = classify(previous_question)
        if previous_type != "follow_up":
            return build_plan(previous_question, _without_history(context), language, previous_type)
    return None


def _without_history(context: AnswerContext) -> AnswerContext:
    from dataclasses import replace

    return replace(context, history=())
