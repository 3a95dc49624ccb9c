"""The offline composer: a plan worded as a short spoken answer plus two to four talking points.

Every answer type has its own shape (a story for "tell me about a time", key points and a link to
the CV for technical questions, the job description for "why us"), in the question's language.
Sentences carry priorities; the lowest give way when the answer would run past about 120 words.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass, field
from functools import lru_cache

from copilot.language.answers.base import Answer
from copilot.language.answers.phrases_en import STRENGTH_LABELS
from copilot.language.answers.plan import Plan, content_words, facts_about, mentions
from copilot.language.answers.voice import Voice, guess_gender
from copilot.language.cv import Fact
from copilot.language.cv.roles import is_institution
from copilot.language.cv.spoken import first_person, role_prefix, spoken_role, talking_point
from copilot.language.knowledge import find_topics, same_word, terms
from copilot.language.text import fold

MAX_WORDS = 120
BRIEF_WORDS = 70
_BRIEF = re.compile(r"\b(brief|briefly|short|shorter|concise|succinct|krotk|krotko|zwiezl|krocej)")
_DETAILED = re.compile(r"\b(detailed|in detail|thorough|szczegolow|wyczerpuj|rozbudowan|dokladn)")
_RESULT_CLAUSE = re.compile(
    r"(?:,\s*|\s+)(?:which|that|resulting in|reducing|cutting|increasing|improving|saving|raising|lowering|"
    r"skracaj\w*|zmniejszaj\w*|zwiekszaj\w*|co (?:skrocilo|zmniejszylo|zwiekszylo|pozwolilo))\b.*$",
    re.IGNORECASE,
)
_NAMED = re.compile(r"[A-Za-z][\w+#.-]*")
_FRAME_WORDS = frozenset(
    fold(
        "have has ever worked work working used use using experience familiar know knowledge how does would "
        "could design build implement explain difference between vs versus compare what which why tell about "
        "much many years long comfortable level your you with in on the a an and or of do did are is any "
        "czy pracowales pracowalas pracowal pracowala uzywales uzywalas korzystales korzystalas znasz zna "
        "doswiadczenie doswiadczenia jak dziala wyjasnij czym jest sa rozni miedzy masz mial miala znajomosc "
        "pan pani z ze w na ile lat dobrze before yet previously already ever kiedys wczesniej juz"
    ).split()
)


@dataclass
class Draft:
    sentences: list[tuple[int, str]] = field(default_factory=list)
    points: list[str] = field(default_factory=list)
    facts: list[Fact] = field(default_factory=list)

    def add(self, priority: int, text: str) -> None:
        if text and text.strip():
            self.sentences.append((priority, text.strip()))

    def point(self, text: str) -> None:
        text = text.strip().rstrip(".")
        if text and text not in self.points:
            self.points.append(text)


def _end(text: str) -> str:
    text = text.strip()
    return text if text.endswith((".", "!", "?", "…", "”", "\u201d")) else text + "."


def _strip_end(text: str) -> str:
    return text.strip().rstrip(".")


def _first_clause(text: str, limit: int = 12) -> str:
    """A key point cut for a glance: up to its first colon, semicolon or dash, at most ``limit`` words."""
    clause = re.split(r"[;:]\s|\s[—–]\s|\.\s", text, maxsplit=1)[0].strip().rstrip(".")
    words = clause.split()
    if len(words) > limit:
        head = " ".join(words[:limit])
        comma = head.rfind(", ")
        return head[:comma] if comma > len(head) // 2 else head + "…"
    return clause


class Composer:
    def __init__(self, plan: Plan) -> None:
        self.plan = plan
        context = plan.context
        self.language = plan.language
        gender = guess_gender(context.full_name or plan.profile.name, plan.profile.gender)
        self.voice = Voice(plan.language, fold(plan.question), gender if plan.language == "pl" else None)
        self.gender = gender
        self.draft = Draft()
        self.named_roles: set = set()  # roles the answer has already named ("currently at Allegro")

    # -- wording helpers ----------------------------------------------------------------------
    def say(self, key: str, **fields: str) -> str:
        return self.voice.say(key, **self._common(), **fields)

    def _common(self) -> dict[str, str]:
        context = self.plan.context
        position, company = context.position.strip(), context.company.strip()
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
                text = _also(self.voice, text) if same_role else _there(self.voice, text)
        else:
            text = first_person(fact, self.language, self.gender)
        if embedded and not text.startswith(("I ", "I'")):
            text = text[:1].lower() + text[1:]
        return text

    def clause(self, fact: Fact) -> str:
        """The fact without where it happened, ready to follow a colon."""
        self._use(fact)
        if fact.language != self.language:
            text = _strip_end(first_person(fact, self.language, self.gender, with_role=False)).lstrip("— ")
            return text if text.startswith(("I ", "I'")) else text[:1].lower() + text[1:]
        text = _strip_end(first_person(fact, self.language, self.gender, with_role=False))
        if self.language == "pl" or not text.startswith("I "):
            return text[:1].lower() + text[1:] if not text.startswith(("I ", "I'")) else text
        return text

    def where(self, fact: Fact | None) -> str:
        role = fact.role if fact else None
        if role is None:
            return self.say("where_none")
        if role.employer and not (self.language == "pl" and is_institution(role.employer)):
            return self.say("where_current" if role.current else "where_past", employer=role.employer)
        if role.title:
            title = role.title if self.language == "en" else role.title[:1].lower() + role.title[1:]
            return self.say("where_title", title=title, a_title=_a(role.title))
        return self.say("where_none")

    def _use(self, fact: Fact) -> None:
        if fact not in self.draft.facts:
            self.draft.facts.append(fact)

    def point_for(self, fact: Fact) -> None:
        self.draft.point(talking_point(fact, self.language))

    def duty(self, index: int = 0) -> str:
        """The job ad's n-th duty as a phrase; quoted when the ad is in the other language."""
        duties = self.plan.duties
        if len(duties) <= index:
            return ""
        if self.plan.job.language != self.language:
            return f"„{duties[index]}”" if self.language == "pl" else f"\u201c{duties[index]}\u201d"
        return duties[index]

    def duty_near(self, fact: Fact) -> str:
        """The job duty closest to a fact, for "I'd bring this to ..." (the first duty otherwise)."""
        fact_words = content_words(fact.text)
        best, best_overlap = "", 0
        for duty in self.plan.duties:
            overlap = sum(1 for w in content_words(duty) if any(same_word(w, f) for f in fact_words))
            if overlap > best_overlap:
                best, best_overlap = duty, overlap
        return best

    # -- the answer ---------------------------------------------------------------------------
    def compose(self) -> Answer:
        builder = _BUILDERS.get(self.plan.type, Composer.other)
        guided = _GUIDED.get(self.plan.type, "")
        if self.plan.type == "motivation" and not self.plan.duties:
            guided = "motivation"
        if self.plan.profile.is_empty and self.voice.has(f"guide_{guided}"):
            builder = Composer.guide
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

    def _fit(self) -> str:
        prompt = fold(self.plan.context.system_prompt or "")
        limit = (
            BRIEF_WORDS
            if _BRIEF.search(prompt)
            else MAX_WORDS + 40
            if _DETAILED.search(prompt)
            else MAX_WORDS
        )
        sentences = self.draft.sentences
        kept = list(range(len(sentences)))
        while len(kept) > 1 and sum(len(sentences[i][1].split()) for i in kept) > limit:
            drop = max(kept, key=lambda i: (sentences[i][0], i))
            if sentences[drop][0] == 0:
                break
            kept.remove(drop)
        return " ".join(_end(sentences[i][1]) for i in kept)

    # -- types --------------------------------------------------------------------------------
    def introduction(self) -> None:
        profile = self.plan.profile
        current = profile.current_role
        self.draft.add(0, self._identity())
        stories = [
            r.fact for r in self.plan.facts if r.fits and r.fact.kind in ("work", "project", "achievement")
        ]
        recent = [f for f in stories if current is not None and f.role == current] or stories
        for rank, fact in enumerate(recent[:2]):
            self.draft.add(1 + rank * 2, self.sentence(fact))
            self.point_for(fact)
        earlier = [
            f for f in stories if f.role is not None and current is not None and f.role.index > current.index
        ]
        if earlier:
            fact = earlier[0]
            title_at = spoken_role(fact.role, self.language)
            if self.language == "pl" and not _looks_english(fact.role.title or ""):
                title_at = title_at[:1].lower() + title_at[1:]
            self.draft.add(4, self.say("intro_before", title_at=title_at, clause=self.clause(fact)))
        if self.duty():
            self.draft.add(2, self.say("intro_bridge", duty=self.duty()))
            self.draft.point(
                ("Next: " if self.language == "en" else "Dalej: ") + _first_clause(self.duty(), 9)
            )
        else:
            self.draft.add(2, self.say("intro_bridge_plain"))

    def _identity(self) -> str:
        """Who I am in one sentence: the CV's own summary, else the headline or current title."""
        profile = self.plan.profile
        current = profile.current_role
        summary = next(
            (f for f in profile.facts if f.kind == "summary" and f.language == self.language), None
        )
        headline = profile.headline or (current.title if current else "")
        years = profile.years_experience if _years_belong(profile, headline) else None
        if summary is not None and len(summary.text.split()) >= 3:
            self._use(summary)
            text = first_person(summary, self.language, self.gender, with_role=False)
            self.draft.point(_first_clause(talking_point(summary, self.language), 10))
            return text
        if not headline:
            return self.say("intro_bridge_plain")
        fields = {
            "a_headline": _a(headline) + " " + headline,
            "headline": headline
            if _keep_case(headline)
            or (headline.isascii() and self.language == "pl" and _looks_english(headline))
            else headline[:1].lower() + headline[1:],
            "current": "",
            **_years_fields(years, self.language),
        }
        key = "intro_identity_plain"
        if current is not None and current.current:
            self.named_roles.add(current)
            fields["current"] = (
                f"w firmie {current.employer}"
                if self.language == "pl" and current.employer
                else _current_en(current)
            )
            key = "intro_identity_years" if years else "intro_identity"
        unit = "lat" if self.language == "pl" else "yrs"
        self.draft.point(headline + (f", {years} {unit}" if years else ""))
        return self.say(key, **fields)

    def guide(self) -> None:
        """No CV to draw on: say in plain words what the answer should cover (never a bracket)."""
        key = f"guide_{_GUIDED.get(self.plan.type, self.plan.type)}"
        self.draft.add(0, self.say(key))
        self.draft.add(1, self.say("guide_close"))
        for point in self.say(f"{key}_points").split(" | "):
            self.draft.point(point)

    def motivation(self) -> None:
        fact = self.plan.best if self.plan.facts and self.plan.facts[0].fits else None
        duty = self.duty()
        if duty:
            self.draft.add(0, self.say("motivation_duty", duty=duty))
            self.draft.point(("Role: " if self.language == "en" else "Rola: ") + _first_clause(duty, 9))
            near = self._fact_for_duty(duty) or fact
            if near:
                self.draft.add(1, self.sentence(near))
                self.point_for(near)
        else:
            self.draft.add(0, self.say("motivation_no_jd"))
            if fact:
                self.draft.add(1, self.sentence(fact))
                self.point_for(fact)
        about = _about_phrase(self.plan.job.about, self.language, self.plan.context.company.strip())
        if about:
            self.draft.add(2, self.say("motivation_about", about=about))
            self.draft.point(("Company: " if self.language == "en" else "Firma: ") + _first_clause(about, 10))
        if self.duty(1):
            self.draft.add(3, self.say("motivation_close", duty2=self.duty(1)))

    def _fact_for_duty(self, duty: str) -> Fact | None:
        duty_words = content_words(duty)
        best, best_overlap = None, 0
        for ranked in self.plan.facts:
            if not ranked.fits:
                continue
            overlap = sum(
                1 for w in content_words(ranked.fact.text) if any(same_word(w, d) for d in duty_words)
            )
            if overlap > best_overlap:
                best, best_overlap = ranked.fact, overlap
        return best

    def why_leave(self) -> None:
        profile = self.plan.profile
        current = next((role for role in profile.roles if role.current), None)
        top = next(
            (
                r.fact
                for r in self.plan.facts
                if r.fits and r.fact.role is not None and (current is None or r.fact.role == current)
            ),
            None,
        )
        if current is None and profile.roles:
            last = profile.roles[0]
            if last.employer and last.end_year:
                self.draft.add(
                    0, self.say("leave_no_current", employer=last.employer, year=str(last.end_year))
                )
        elif top is not None and top.role and top.role.employer:
            self.draft.add(0, self.say("leave_good", employer=top.role.employer, clause=self.clause(top)))
            self.point_for(top)
        if self.duty():
            self.draft.add(1, self.say("leave_next", duty=self.duty()))
            self.draft.point(
                ("Looking for: " if self.language == "en" else "Szukam: ") + _first_clause(self.duty(), 9)
            )
        else:
            self.draft.add(1, self.say("leave_next_plain"))
        self.draft.add(2, self.say("leave_why_here"))
        self.draft.point("Towards, not away" if self.language == "en" else "Krok do przodu, nie ucieczka")

    def strengths(self) -> None:
        chosen: list[tuple[str, Fact]] = []
        for ranked in self.plan.facts:
            if not ranked.fits:
                continue
            theme = next(
                (t for t in _STRENGTH_ORDER if t in ranked.fact.themes and t not in [c[0] for c in chosen]),
                None,
            )
            if theme:
                chosen.append((theme, ranked.fact))
            if len(chosen) == 2:
                break
        skills = [
            skill
            for skill in self.plan.profile.skills
            if any(fold(skill) in fold(d) for d in self.plan.duties)
        ]
        if len(chosen) < 2 and skills:
            chosen.append(("skills", None))
        if not chosen:
            chosen = [("learning", None)]
        for index, (theme, fact) in enumerate(chosen):
            label = self.say(STRENGTH_LABELS.get(theme, "label_skills"), skills=", ".join(skills[:3]))
            key = "strength_first" if index == 0 else "strength_second"
            self.draft.add(0 if index == 0 else 2, self.say(key, label=label, label_acc=label))
            if fact:
                self.draft.add(1 if index == 0 else 3, self.sentence(fact))
                self.draft.point(f"{label}: {talking_point(fact, self.language)}")
            else:
                self.draft.point(label)
        duty = self.duty()
        self.draft.add(4, self.say("strength_close", duty=duty) if duty else self.say("strength_close_plain"))

    def weaknesses(self) -> None:
        plan = self.plan
        if plan.gaps:
            gap = plan.gaps[0]
            self.draft.add(0, self.say("weak_gap", gap=gap))
            self.draft.point(("Gap: " if self.language == "en" else "Luka: ") + gap)
            related = self._closest_to(gap)
            if related:
                self.draft.add(
                    1, self.say("weak_gap_closest", sentence=self.sentence(embedded=True, fact=related))
                )
                self.point_for(related)
            self.draft.add(1, self.say("weak_gap_plan", gap=gap))
            self.draft.point(
                ("Plan: small real project with " if self.language == "en" else "Plan: mały projekt z ") + gap
            )
            return
        leadership = [r.fact for r in plan.facts if "leadership" in r.fact.themes and r.fits]
        years = plan.profile.years_experience or 0
        if leadership:
            kind, evidence = "delegation", leadership[0]
        elif (years and years <= 2) or not plan.profile.roles:
            kind, evidence = "help", None
        else:
            kind, evidence = "detail", next((r.fact for r in plan.facts if "process" in r.fact.themes), None)
        self.draft.add(0, self.say(f"weak_{kind}"))
        self.draft.add(1, self.say(f"weak_{kind}_fix"))
        self.draft.point(_first_clause(self.say(f"weak_{kind}")))
        self.draft.point(_first_clause(self.say(f"weak_{kind}_fix"), 14))
        if evidence:
            self.draft.add(2, self.say("weak_evidence", sentence=self.sentence(embedded=True, fact=evidence)))
            self.point_for(evidence)

    def _closest_to(self, name: str) -> Fact | None:
        return self._related_experience(name)[0]

    def story(self) -> None:
        plan = self.plan
        kind = plan.type
        fitting = plan.fitting
        if fitting:
            fact = fitting[0]
            self.draft.add(0, self.say(f"lead_{kind}", where=self.where(fact), clause=self.clause(fact)))
            self.point_for(fact)
            action = f"action_{kind}"
            if kind == "achievement" and not ({"impact", "improvement"} & fact.themes):
                action = "action_achievement_plain"
            self.draft.add(1, self.say(action))
            self.draft.point(self.say(f"point_{kind}"))
            if kind == "failure":
                self.draft.add(2, self.say("lesson_failure"))
            elif kind == "achievement" and "impact" in fact.themes:
                self.draft.add(3, self.say("result_value"))
            duty = self.duty_near(fact)
            if duty and kind not in ("failure", "conflict"):
                self.draft.add(3, self.say("story_transfer", duty=duty))
            ranked = [r for r in plan.facts if r.fits]
            close = len(ranked) > 1 and ranked[1].score >= 0.7 * ranked[0].score
            if close and kind not in ("failure", "conflict"):
                self.draft.add(
                    4, self.say("story_more", sentence=self.sentence(fitting[1], embedded=True, also=False))
                )
            return
        self._story_without_fit(kind)

    def _story_without_fit(self, kind: str) -> None:
        """No CV line tells this kind of story: an honest answer about how I handle it, anchored in the CV."""
        plan = self.plan
        anchor = next((r.fact for r in plan.facts if r.fact.kind in ("work", "project", "achievement")), None)
        title = anchor.role.title if anchor and anchor.role and anchor.role.title else ""
        if kind == "incident":
            self.draft.add(0, self.say("incident_none"))
            self.draft.add(1, self.say("incident_generic"))
            self.draft.point(_first_clause(self.say("incident_generic"), 12))
            self._topic_points(priority=2, limit=2)
            return
        if kind == "failure":
            self.draft.add(0, self.say("failure_generic"))
            self.draft.add(
                1,
                self.say(
                    "failure_generic_handling",
                    a_title=(_a(title) + " " + title) if title else "a professional",
                ),
            )
            self.draft.add(2, self.say("lesson_generic_failure"))
            for key in ("failure_generic", "lesson_generic_failure"):
                self.draft.point(_first_clause(self.say(key), 12))
            return
        generic = {
            "conflict": "conflict_generic",
            "leadership": "leadership_generic",
            "pressure": "pressure_generic",
            "learning": "learning_generic",
            "incident": "incident_generic",
        }.get(kind)
        if generic and "{where}" in self.voice.phrases[generic][0] and anchor:
            self.draft.add(0, self.say(generic, where=self.where(anchor), clause=self.clause(anchor)))
            self.point_for(anchor)
            self.draft.add(1, self.say(f"action_{kind}"))
            self.draft.point(self.say(f"point_{kind}"))
        elif generic and "{where}" not in "".join(self.voice.phrases[generic]):
            self.draft.add(0, self.say(generic))
            self.draft.point(_first_clause(self.say(generic), 12))
            self._topic_points(priority=2, limit=1)
            if anchor:
                self.draft.add(1, self.sentence(anchor))
                self.point_for(anchor)
        elif anchor:
            self.draft.add(
                0,
                self.say(
                    f"lead_{kind}" if self.voice.has(f"lead_{kind}") else "lead_behavioural",
                    where=self.where(anchor),
                    clause=self.clause(anchor),
                ),
            )
            self.point_for(anchor)
            self.draft.add(
                1, self.say(f"action_{kind}" if self.voice.has(f"action_{kind}") else "action_behavioural")
            )
        else:
            self.draft.add(
                0, self.say(f"action_{kind}" if self.voice.has(f"action_{kind}") else "action_behavioural")
            )

    def _topic_points(self, priority: int, limit: int = 3) -> int:
        added = 0
        topics = self.plan.topics[:2]
        per_topic = limit if len(topics) == 1 else max(1, limit // 2 + 1)
        for topic in topics:
            for point in topic.points_in(self.language)[:per_topic]:
                self.draft.add(priority + added, point)
                self.draft.point(_first_clause(point, 12))
                added += 1
        return added

    def technical(self) -> None:
        plan = self.plan
        if plan.topics:
            self._topic_points(priority=0, limit=3)
            linked = self._cv_link(
                [skill for topic in plan.topics for skill in topic.skills] + self._subjects()
            )
            if linked:
                said = self.sentence(linked, embedded=True)
                self.draft.add(1, self.say("tech_cv", sentence=said))
                self.point_for(linked)
            return
        subjects = self._subjects()
        subject = " ".join(subjects[:3]) if subjects else ("to" if self.language == "pl" else "it")
        linked = self._cv_link(subjects) or self._relevant_fact()
        if linked and not subjects:
            self.draft.add(0, self.say("tech_cv", sentence=self.sentence(linked, embedded=True)))
            self.point_for(linked)
            self.draft.add(1, self.say("action_behavioural"))
            return
        self.draft.add(0, self.say("tech_unknown", subject=subject))
        self.draft.point(_first_clause(self.say("tech_unknown", subject=subject), 14))
        if linked:
            self.draft.add(
                1,
                self.say(
                    "tech_unknown_cv", subject=subject, sentence=self.sentence(embedded=True, fact=linked)
                ),
            )
            self.point_for(linked)

    system_design = technical

    def _relevant_fact(self) -> Fact | None:
        """A CV line that shares the question's own words (not just its type), if any does."""
        question_words = content_words(self.plan.question)
        for ranked in self.plan.facts[:8]:
            fact_words = content_words(ranked.fact.text)
            shared = [w for w in question_words if len(w) > 3 and any(same_word(w, f) for f in fact_words)]
            if len(shared) >= 2 or (len(shared) == 1 and len(question_words) <= 4):
                return ranked.fact
        return None

    def _cv_link(self, names: list[str]) -> Fact | None:
        found = facts_about(self.plan.profile, [n for n in names if len(n) > 1])
        return found[0] if found else None

    def _subjects(self) -> list[str]:
        """The named things a question is about ("Kafka", "Power BI", "C#"), as the question spells them."""
        found: list[str] = []
        tokens = _NAMED.findall(self.plan.question)
        for index, token in enumerate(tokens):
            key = fold(token).strip(".")
            if key in _FRAME_WORDS or len(key) < 2:
                continue
            named = (token[:1].isupper() and index > 0) or re.search(r"[+#.\d]|[A-Z].*[A-Z]", token)
            known = any(same_word(fold(skill), key) for skill in self.plan.profile.skills) or any(
                key in [fold(s) for s in topic.skills] for topic in self.plan.topics
            )
            if named or known:
                found.append(self._canonical(token.strip(".")))
        return found

    def _cv_names(self, key: str) -> bool:
        """Whether the CV writes this word as a name (capitalised or all caps: "SLO", "Terraform")."""
        if len(key) < 2 or key in _FRAME_WORDS:
            return False
        return bool(
            re.search(rf"(?<![\w]){re.escape(key)}(?![\w])", _cv_capitalised(self.plan.context.cv or ""))
        )

    def _canonical(self, token: str) -> str:
        """The spelling to say a name the question used: as typed when it has capitals inside
        ("TypeScript"), else the CV's, else the question's with Polish case endings removed."""
        key = fold(token)
        if re.search(r"[A-Z].*[A-Z]", token[1:]) or token.isupper():
            return token
        for skill in self.plan.profile.skills:
            if same_word(fold(skill), key):
                return skill
        if self.language == "pl" and token[:1].isupper():
            return re.sub(r"(?:'?i?em|ie)$", "", re.sub(r"[ęą]$", "a", token)) or token
        return token

    def experience(self) -> None:
        plan = self.plan
        named = self._subjects()
        if not named:
            domain = [
                w
                for w in content_words(plan.question)
                if w not in _FRAME_WORDS
                and len(w) > 3
                and not re.search(r"(?:les|las|lem|lam|esz|isz|asz)$", w)
            ][:2]
            if domain:
                self._domain_experience(" ".join(domain))
            else:
                self.behavioural_fallback()
            return
        subject = " ".join(named[:2])
        about = facts_about(plan.profile, named)
        unit = "lat" if self.language == "pl" else "yrs"
        if about:
            years = _years_with(about)
            if years:
                self.draft.add(
                    0, self.say("exp_yes_years", subject=subject, **_years_fields(years, self.language))
                )
            else:
                self.draft.add(0, self.say("exp_yes", subject=subject))
            self.draft.point(
                f"{subject}: "
                + (f"~{years} {unit}" if years else ("tak" if self.language == "pl" else "yes"))
            )
            for rank, fact in enumerate(about[:2]):
                self.draft.add(1 + rank * 2, self.sentence(fact))
                self.point_for(fact)
            return
        if any(mentions(plan.profile, name) for name in named):
            others = [skill for skill in plan.profile.skills if fold(skill) not in [fold(x) for x in named]][
                :3
            ]
            self.draft.add(0, self.say("exp_list", subject=subject, others=", ".join(others) or subject))
            self.draft.point(
                f"{subject}: " + ("w moim zestawie narzędzi" if self.language == "pl" else "in my toolkit")
            )
            return
        self.draft.add(0, self.say("exp_no", subject=subject))
        self.draft.point(
            ("Not yet in production: " if self.language == "en" else "Jeszcze nie produkcyjnie: ") + subject
        )
        related, skill = self._related_experience(subject)
        if related:
            self.draft.add(
                1, self.say("exp_closest", related=skill, sentence=self.sentence(related, embedded=True))
            )
            self.point_for(related)
        overview = self._overview_point(named[0])
        if overview:
            self.draft.add(2, self.say("exp_knows", point=_lower_function_word(overview)))
            self.draft.point(_first_clause(overview, 12))
        self.draft.add(1, self.say("exp_plan", subject=subject))

    def _domain_experience(self, subject: str) -> None:
        """ "Have you worked in healthcare?": a field, not a tool."""
        found = [
            r.fact
            for r in self.plan.facts
            if any(
                same_word(w, f)
                for w in content_words(subject)
                for f in content_words(r.fact.text + " " + (r.fact.role.employer if r.fact.role else ""))
            )
        ]
        if found:
            self.draft.add(0, self.say("exp_domain_yes", subject=subject))
            self.draft.add(1, self.sentence(found[0]))
            self.point_for(found[0])
            return
        self.draft.add(0, self.say("exp_domain_no", subject=subject))
        self.draft.point(("Not yet in " if self.language == "en" else "Jeszcze nie: ") + subject)
        transfer = next((r.fact for r in self.plan.facts if r.fits), None)
        if transfer:
            self.draft.add(
                1, self.say("exp_domain_transfer", sentence=self.sentence(transfer, embedded=True))
            )
            self.point_for(transfer)
        self.draft.add(2, self.say("exp_domain_plan"))

    def _related_experience(self, name: str) -> tuple[Fact | None, str]:
        """The CV line closest to a tool the CV lacks, through the knowledge base's related skills."""
        for match in find_topics(name):
            for skill in match.topic.skills:
                if fold(skill) == fold(name) or not mentions(self.plan.profile, skill):
                    continue
                found = facts_about(self.plan.profile, [skill])
                if found:
                    spelled = next(
                        (s for s in self.plan.profile.skills if same_word(fold(s), fold(skill))), skill
                    )
                    return found[0], spelled
        return None, ""

    def _overview_point(self, name: str) -> str:
        """A key point of a topic that is about the tool itself, not a comparison it appears in."""
        key = fold(name)
        for match in find_topics(name):
            if any(phrase == (key,) for phrase in match.topic.phrases):
                return match.topic.points_in(self.language)[0]
        return ""

    def behavioural_fallback(self) -> None:
        self.plan.type = "behavioural"
        self.story()

    def salary(self) -> None:
        profile = self.plan.profile
        salary = self.plan.job.salary
        if salary:
            self.draft.add(0, self.say("salary_range", salary=salary))
            self.draft.point(("Posting range: " if self.language == "en" else "Widełki z oferty: ") + salary)
        else:
            years = profile.years_experience
            years_phrase = ""
            if years:
                years_phrase = (
                    f"my {years} years of experience and "
                    if self.language == "en"
                    else f"{_years_fields(years, 'pl')['years_pl_count']} doświadczenia i "
                )
            self.draft.add(0, self.say("salary_open", years_phrase=years_phrase))
            self.draft.point(
                "Anchor: scope + experience"
                if self.language == "en"
                else "Punkt odniesienia: zakres roli i doświadczenie"
            )
        self.draft.add(1, self.say("salary_ask"))
        self.draft.point(
            "Ask their budget; flexible on package"
            if self.language == "en"
            else "Zapytaj o budżet; elastycznie co do pakietu"
        )

    def availability(self) -> None:
        profile = self.plan.profile
        line = next(
            (f.text for f in profile.facts if re.search(r"notice|available|wypowiedz|dostepn", fold(f.text))),
            "",
        )
        current = next((role for role in profile.roles if role.current), None)
        if line:
            self.draft.add(0, self.say("avail_cv", line=_strip_end(line)))
            self.draft.point(_strip_end(line))
        elif current:
            self.draft.add(
                0,
                self.say(
                    "avail_notice",
                    title_at=spoken_role(current, self.language),
                    employer=current.employer or current.title,
                ),
            )
            self.draft.point(
                "After notice period; exact date on agreement"
                if self.language == "en"
                else "Po okresie wypowiedzenia; data po ustaleniach"
            )
        else:
            self.draft.add(0, self.say("avail_free"))
            self.draft.point("Available at short notice" if self.language == "en" else "Dostępność od zaraz")
        if current:
            self.draft.add(1, self.say("avail_handover"))
            self.draft.point("Clean handover" if self.language == "en" else "Porządne przekazanie obowiązków")

    def future(self) -> None:
        profile = self.plan.profile
        current = profile.current_role
        next_role = _next_step(current.title if current else profile.headline, self.language)
        duty = self.duty()
        self.draft.add(
            0,
            self.say("future_goal", next=next_role, duty=duty)
            if duty
            else self.say("future_goal_plain", next=next_role),
        )
        self.draft.point(("Goal: " if self.language == "en" else "Cel: ") + next_role)
        path = next(
            (r.fact for r in self.plan.facts if r.fits and ({"leadership", "learning"} & r.fact.themes)), None
        )
        if path:
            self.draft.add(1, self.say("future_path", sentence=self.sentence(embedded=True, fact=path)))
            self.point_for(path)
        self.draft.add(2, self.say("future_here"))

    def work_style(self) -> None:
        self.draft.add(0, self.say("work_style_open"))
        self.draft.point(_first_clause(self.say("work_style_open"), 12))
        fact = next(
            (r.fact for r in self.plan.facts if r.fits and {"collaboration", "process"} & r.fact.themes), None
        )
        if fact:
            self.draft.add(
                1, self.say("work_style_evidence", where=self.where(fact), clause=self.clause(fact))
            )
            self.point_for(fact)
        self.draft.add(2, self.say("work_style_close"))
        self.draft.point(
            "Remote, hybrid or office; communication matters most"
            if self.language == "en"
            else "Zdalnie, hybrydowo lub w biurze; liczy się komunikacja"
        )

    def closing(self) -> None:
        self.draft.add(0, self.say("closing_open"))
        for key in ("closing_success", "closing_duty", "closing_team"):
            if key == "closing_duty" and not self.duty():
                continue
            text = self.say(key, duty=self.duty())
            self.draft.add(1, text)
            self.draft.point(text)
        self.draft.add(3, self.say("closing_next"))

    def follow_up(self) -> None:
        parent = self.plan.parent
        question = fold(self.plan.question)
        story = _told_story(parent) if parent else None
        if story is None:
            self.draft.add(0, self.say("follow_none"))
            return
        self._use(story)
        if re.search(
            r"result|outcome|impact|effect|end|turn out|happen|measure|efekt|rezultat|wynik|skonczy|dalej|potem|zmierz",
            question,
        ):
            result = _result_of(story)
            if result:
                self.draft.add(0, self.say("follow_result", result=result))
                self.draft.point(("Result: " if self.language == "en" else "Efekt: ") + result)
            else:
                self.draft.add(0, self.say("follow_result_plain", clause=self.clause(story)))
                self.point_for(story)
            more = self._sibling(story)
            if more:
                self.draft.add(1, self.say("follow_deeper", sentence=self.sentence(embedded=True, fact=more)))
                self.point_for(more)
        elif re.search(r"why|dlaczego|czemu|choose|chose|wybra", question):
            self.draft.add(0, self.say("follow_why"))
            self.draft.point(_first_clause(self.say("follow_why"), 12))
            self.draft.add(1, self.sentence(story))
            self.point_for(story)
        elif re.search(r"differently|inaczej|learn|nauczy", question):
            self.draft.add(0, self.say("follow_differently"))
            self.draft.point(_first_clause(self.say("follow_differently"), 12))
        elif re.search(r"role|part|rola|udzial", question) and story.role:
            title = story.role.title or ("my part" if self.language == "en" else "moja część")
            self.draft.add(0, self.say("follow_role", title_part=title, clause=self.clause(story)))
            self.point_for(story)
        else:
            more = self._sibling(story)
            self.draft.add(
                0, self.say("follow_deeper", sentence=self.sentence(embedded=True, fact=more or story))
            )
            self.point_for(more or story)
            self.draft.add(
                1,
                self.say(
                    f"action_{parent.type}"
                    if self.voice.has(f"action_{parent.type}")
                    else "action_behavioural"
                ),
            )
            result = _result_of(story)
            if result:
                self.draft.add(2, self.say("follow_result", result=result))
                self.draft.point(("Result: " if self.language == "en" else "Efekt: ") + result)

    def _sibling(self, story: Fact) -> Fact | None:
        """Another line from the same role that shares the story's subject, not yet said."""
        story_words = [w for w in content_words(story.text) if len(w) > 3]
        for fact in self.plan.profile.facts:
            if fact is story or fact.role is None or fact.role != story.role or fact in self.draft.facts:
                continue
            if any(same_word(w, f) for w in story_words for f in content_words(fact.text)):
                return fact
        return None

    def other(self) -> None:
        plan = self.plan
        relevant = [r for r in plan.facts if r.fits and r.score > 3.0]
        if relevant:
            self.draft.add(0, self.sentence(relevant[0].fact))
            self.point_for(relevant[0].fact)
            self.draft.add(2, self.say("other_close"))
        elif re.match(r"(?:are|do|would|will|can|is|czy)\b", fold(plan.question)):
            self.draft.add(0, self.say("other_yes"))
            self.draft.add(1, self.say("other_close"))
            self.draft.point(_first_clause(self.say("other_yes")))
        else:
            best = plan.best
            self.draft.add(0, self.say("other_plain"))
            if best:
                self.draft.add(1, self.sentence(best))
                self.point_for(best)


# Types answered from the CV; with no CV saved they get plain-words guidance instead.
_GUIDED = {
    "introduction": "introduction",
    "strengths": "strengths",
    "why_leave": "why_leave",
    "future": "future",
    **dict.fromkeys(
        (
            "achievement",
            "failure",
            "conflict",
            "leadership",
            "collaboration",
            "pressure",
            "challenge",
            "learning",
            "incident",
            "behavioural",
        ),
        "story",
    ),
}
_STRENGTH_ORDER = (
    "impact",
    "leadership",
    "collaboration",
    "challenge",
    "process",
    "customer",
    "delivery",
    "incident",
    "learning",
)
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
    "other": Composer.other,
    **dict.fromkeys(
        (
            "achievement",
            "failure",
            "conflict",
            "leadership",
            "collaboration",
            "pressure",
            "challenge",
            "learning",
            "incident",
            "behavioural",
        ),
        Composer.story,
    ),
}


@lru_cache(maxsize=16)
def _cv_capitalised(cv: str) -> str:
    """The CV's capitalised words and acronyms, folded, as one searchable string."""
    return " ".join(fold(w) for w in re.findall(r"\b[A-Z][\w+#.-]*", cv))


def _years_belong(profile, headline: str) -> bool:
    """Years counted from role dates only describe the headline when the roles share its words."""
    if any(re.search(r"\d", line) and re.search(r"year|lat|rok", fold(line)) for line in profile.summary):
        return True
    head = set(content_words(headline))
    return any(head & set(content_words(role.title)) for role in profile.roles)


def _there(voice: Voice, sentence: str) -> str:
    """A second line about the role just named: "There, I ..." / "Tam ..."."""
    keep = sentence.startswith(("I ", "I'"))
    return voice.say("there") + (sentence if keep else sentence[:1].lower() + sentence[1:])


def _looks_english(text: str) -> bool:
    return not re.search(r"[ąćęłńóśźż]", text.lower()) and bool(
        re.search(
            r"\b(?:manager|engineer|developer|analyst|designer|lead|senior|junior|specialist|owner|head)\b",
            text.lower(),
        )
    )


def _also(voice: Voice, sentence: str) -> str:
    if voice.language == "en" and sentence.startswith("I "):
        return voice.say("also_i") + sentence[2:]
    return voice.say("also") + sentence[:1].lower() + sentence[1:]


def _a(title: str) -> str:
    return "an" if fold(title)[:1] in "aeio" else "a"


_FUNCTION_STARTS = frozenset(
    [
        "the",
        "a",
        "an",
        "it",
        "its",
        "this",
        "these",
        "in",
        "on",
        "at",
        "for",
        "to",
        "with",
        "when",
        "if",
        "it's",
        "w",
        "to",
        "ten",
        "ta",
        "te",
        "przy",
        "gdy",
        "jeśli",
    ]
)


def _lower_function_word(sentence: str) -> str:
    first = sentence.split()[0] if sentence.split() else ""
    return sentence[:1].lower() + sentence[1:] if fold(first) in _FUNCTION_STARTS else sentence


def _keep_case(text: str) -> bool:
    first = text.split()[0] if text.split() else ""
    return bool(re.match(r"^(?:[A-Z0-9]{2,}|[A-Z][a-z]+[A-Z])", first))


def _current_en(role) -> str:
    if role is None:
        return ""
    if role.title and role.employer:
        return f"{_a(role.title)} {role.title} at {role.employer}"
    return f"at {role.employer}" if role.employer else f"{_a(role.title)} {role.title}"


def _years_fields(years: int | None, language: str) -> dict[str, str]:
    if not years:
        return {"years": "", "years_pl": "", "years_pl_count": ""}
    return {"years": str(years), "years_pl": _pl_years_genitive(years), "years_pl_count": _pl_years(years)}


def _pl_years(years: int) -> str:
    """ "5 lat", "2 lata", "1 rok" — the number with the right form of the noun."""
    if years == 1:
        return "rok"
    if years % 10 in (2, 3, 4) and years % 100 not in (12, 13, 14):
        return f"{years} lata"
    return f"{years} lat"


def _pl_years_genitive(years: int) -> str:
    return "roku" if years == 1 else f"{years} lat"


def _years_with(facts: list[Fact]) -> int | None:
    roles = {fact.role for fact in facts if fact.role is not None}
    total = 0
    for role in roles:
        if role.start_year:
            end = role.end_year or (_this_year() if role.current else role.start_year)
            total += max(1, end - role.start_year)
    return total or None


def _this_year() -> int:
    from datetime import date

    return date.today().year


def _told_story(parent: Plan) -> Fact | None:
    """The CV line the answer to the earlier question was built on (the same composer, the same plan)."""
    told = Composer(parent).compose().facts
    for fact in parent.profile.facts:
        if told and fact.text == told[0]:
            return fact
    return parent.fitting[0] if parent.fitting else parent.best


def _result_of(fact: Fact) -> str:
    """The result part of a CV line ("which cut p99 latency by 40%"), when it has one with a number."""
    text = _strip_end(fact.text)
    match = _RESULT_CLAUSE.search(fold(text))
    if match and any(c.isdigit() for c in match.group()):
        clause = text[match.start() :].strip(" ,")
        clause = re.sub(r"^(?:which|that)\s+", "", clause, flags=re.I)
        return clause[:1].lower() + clause[1:]
    return ""


def _about_phrase(lines: tuple[str, ...], language: str, company: str) -> str:
    """The company's own sentence about itself, as the candidate would repeat it ("we" becomes "you")."""
    for line in lines:
        text = line.strip().rstrip(".")
        folded = fold(text)
        if len(text.split()) < 5 or len(text.split()) > 30:
            continue
        if language == "en" and re.match(r"(?:we|we're|our)\b", folded):
            text = re.sub(r"^we're\b|^we are\b", "you're", text, flags=re.I)
            text = re.sub(r"^we\b", "you", text, flags=re.I)
            text = re.sub(r"\bour\b", "your", text, flags=re.I)
            return re.sub(r"\bus\b", "you", text)
        if language == "pl" and re.match(r"\w+my\b", folded):
            words = text.split()
            words[0] = re.sub(r"my$", "cie", words[0]).lower()
            return re.sub(r"\bnasz(\w*)", r"wasz\1", " ".join(words))
        if company and folded.startswith(fold(company)):
            return text
    return ""


def _next_step(title: str, language: str) -> str:
    folded = fold(title or "")
    if language == "pl":
        if re.search(r"mlodsz|junior|stazyst|praktykant", folded):
            return "samodzielnym specjalistą"
        if re.search(r"kierownik|manager|menedzer|lider|head|lead", folded):
            return "osobą prowadzącą większy obszar"
        return "liderem technicznym lub ekspertem w swojej dziedzinie"
    if re.search(r"junior|intern|trainee|graduate", folded):
        return "a solid mid-level professional who works independently"
    if re.search(r"manager|head|director|lead", folded):
        return "someone leading a larger area or several teams"
    if re.search(r"senior|staff|principal", folded):
        return "a technical leader, a staff or lead role"
    return "a senior, trusted expert in my field"


def compose(plan: Plan) -> Answer:
    return Composer(plan).compose()


__all__ = ["Composer", "compose", "first_person", "role_prefix", "same_word", "terms"]
