"""Answers about the candidate: the introduction, why this role, why leave, strengths, weaknesses, plans."""

from __future__ import annotations

import hashlib
import re

from copilot.language.answers.aims import stated_aim
from copilot.language.answers.company_about import about_phrase
from copilot.language.answers.line_kinds import is_failure_line
from copilot.language.answers.method import asks_how
from copilot.language.answers.phrases_en import STRENGTH_LABELS
from copilot.language.answers.plan import content_words
from copilot.language.answers.seniority import level_of, lower_title
from copilot.language.answers.wording import (
    article,
    current_en,
    first_clause,
    keep_case,
    looks_english,
    title_words,
    years_belong,
    years_fields,
)
from copilot.language.answers.work_kinds import kind_of_work
from copilot.language.cv import Fact
from copilot.language.cv.english import indefinite
from copilot.language.cv.polish_places import in_place
from copilot.language.cv.spoken import first_person, spoken_employer, spoken_role, spoken_title, talking_point
from copilot.language.knowledge import same_word
from copilot.language.text import fold

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


# "What would your manager say about you?": the strength as others see it.
_OTHERS_SAY = re.compile(
    r"\b(?:would|will|might) (?:your )?(?:\w+ )?(?:manager|boss|colleagues|team|supervisor|references?|referees?|she|he|they) "
    r"(?:say|tell)|describe you|powiedzial\w*|opisal\w*|opisaliby"
)
_WHY_NOW = re.compile(
    r"\bwhy now\b|\bnow\b.{0,20}\?|at this (?:point|stage)|right now|dlaczego teraz|czemu teraz|akurat teraz|w tym momencie"
)


# "Why did you become a teacher?", "Dlaczego została Pani pielęgniarką?": the career, not the company.
_CAREER = re.compile(
    r"why did you (?:become|choose|go into|get into|decide to (?:become|go into)|want to (?:be|become)|pick)\b|"
    r"what (?:made|inspired|led) you (?:to )?(?:become|choose|go into|get into|want to)|"
    r"why (?:this|that|a) (?:career|profession|field|line of work|trade)\b|"
    r"dlaczego (?:zostal\w*|wybral\w* (?:pan |pani )?(?:ten |taki )?(?:zawod|kierunek|sciezk))|"
    r"co (?:pana |pania )?(?:sklonilo|sprawilo|zainspirowalo)\w*.{0,30}(?:zawod|zostal|wybor)|skad (?:pomysl|decyzja) (?:na|o) (?:ten |taki )?zawod"
)
# "Why not wait for a promotion / an internal move?": the other side of why leave.
STAY_INSTEAD = re.compile(
    r"promot\w*|internal\w*|move up (?:where|there|at)|wait(?:ing)? for|awans\w*|wewnatrz|wewnetrzn\w*|poczekac|czekac na"
)


# The interviewer's remark after "why us?": a change of field, a long way to travel.
_NEW_FIELD = re.compile(
    r"\b(?:(?:bit of a|big|quite a|a) (?:change|switch|shift|jump)|(?:quite |very )?(?:a )?different (?:sector|industry|field|world)|"
    r"new (?:sector|industry|field) for you|zmian\w* branz\w*|inn\w* branz\w*|nowa branza|zupelnie inn\w* swiat)"
)
_COMMUTE = re.compile(
    r"\b(?:commut\w*|long way|far from|(?:a |quite a )?journey|kawalek drogi|daleko|dojazd\w*|dojezdza\w*)\b"
)


def _next_step(title: str, language: str, technical: bool) -> str:
    """Where the candidate wants to be in a few years, one level above where they are now."""
    level = level_of(title)
    pl = language == "pl"
    if level == 0:
        return "samodzielnym specjalistą" if pl else "a solid mid-level professional who works independently"
    if level >= 3:
        return (
            "osobą prowadzącą większy obszar lub kilka zespołów"
            if pl
            else "someone leading a larger area or several teams"
        )
    if level == 2:
        if technical:
            return "liderem technicznym" if pl else "a technical leader, a staff or lead role"
        return "osobą, która prowadzi zespół" if pl else "someone who leads a team"
    return "doświadczonym ekspertem w swojej dziedzinie" if pl else "a senior, trusted expert in my field"


class AboutMe:
    """Answers about the candidate: who they are, why this role, strengths and weaknesses, plans."""

    # -- types --------------------------------------------------------------------------------
    def introduction(self) -> None:
        profile = self.plan.profile
        current = profile.current_role
        self.draft.add(0, self._identity())
        stories = [
            r.fact for r in self.plan.facts if r.fits and r.fact.kind in ("work", "project", "achievement")
        ]
        # A graduate's part-time till job is not what they lead with for an analyst role: the role whose
        # title names the job applied for comes first, and the unrelated current one is left out.
        head = title_words(self.plan.context.position or "")
        related = next((role for role in profile.roles if head & set(content_words(role.title or ""))), None)
        if (
            current is not None
            and related is not None
            and not head & set(content_words(current.title or ""))
            # a junior current job, or a related one held alongside it (a teacher's freelance design work);
            # "Senior RVN, Theatre Lead" is the job itself, under its own letters
            and (level_of(current.title) <= 1 or related.current)
        ):
            stories = [f for f in stories if f.role != current]
            current = related
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
            if self.language == "pl" and not looks_english(fact.role.title or ""):
                title_at = title_at[:1].lower() + title_at[1:]
            elif self.language == "en" and fact.role.title:
                title_at = f"{article(title_at)} {title_at}"  # "Before that I was a Picker at Amazon"
            self.draft.add(4, self.say("intro_before", title_at=title_at, clause=self.clause(fact)))
        if self.duty():
            self.draft.add(2, self.say("intro_bridge", duty=self.duty()))
            self.draft.point(
                ("Next: " if self.language == "en" else "Dalej: ") + first_clause(self.duty(), 9)
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
        headline = re.sub(r"\s*\([^()]*\)", "", headline).strip()  # "Specjalistka ds. HR (HRBP Junior)"
        headline = re.split(r"\s*[|·•]\s*", headline)[0]  # "Social Media Specialist | Content Creator"
        years = profile.years_experience if years_belong(profile, headline) else None
        if summary is not None and not re.search(r"\b[a-ząćęłńóśźż]{4,}", summary.text):
            summary = None  # "Walsall, West Midlands": a place under the name, no sentence about me
        if summary is not None and len(summary.text.split()) >= 3:
            self._use(summary)
            text = first_person(summary, self.language, self.gender, with_role=False)
            self.draft.point(first_clause(talking_point(summary, self.language), 10))
            return text
        if not headline:
            return self.say("intro_bridge_plain")
        fields = {
            "a_headline": article(headline) + " " + headline,
            "headline": headline
            if keep_case(headline)
            or (headline.isascii() and self.language == "pl" and looks_english(headline))
            else headline[:1].lower() + headline[1:],
            "current": "",
            **years_fields(years, self.language),
        }
        key = "intro_identity_plain"
        if current is not None and current.current:
            self.named_roles.add(current)
            fields["current"] = (
                in_place(spoken_employer(current.employer))
                if self.language == "pl" and current.employer
                else f"at {spoken_employer(current.employer)}"
                if current.employer and fold(spoken_title(current.title, "en")) == fold(headline)
                else current_en(current)
            )  # "I'm a team leader, currently at DHL", not "a team leader, currently a team leader at DHL"
            key = "intro_identity_years" if years else "intro_identity"
        unit = "lat" if self.language == "pl" else "yrs"
        self.draft.point(headline + (f", {years} {unit}" if years else ""))
        return self.say(key, **fields)

    def guide(self) -> None:
        """No CV to draw on: say in plain words what the answer should cover (never a bracket)."""
        key = f"guide_{self.guided_type()}"
        self.draft.add(0, self.say(key))
        self.draft.add(1, self.say("guide_close"))
        for point in self.say(f"{key}_points").split(" | "):
            self.draft.point(point)

    def motivation(self) -> None:
        if _CAREER.search(fold(self.plan.question)):
            self.career()
            return
        fact = self.plan.best if self.plan.facts and self.plan.facts[0].fits else None
        duty = self.duty()
        if duty:
            self.draft.add(0, self.say("motivation_duty", duty=duty))
            self.draft.point(("Role: " if self.language == "en" else "Rola: ") + first_clause(duty, 9))
            near = self._fact_for_duty(duty) or fact
            if near:
                self.draft.add(1, self.sentence(near))
                self.point_for(near)
        else:
            self.draft.add(0, self.say("motivation_no_jd"))
            if fact:
                self.draft.add(1, self.sentence(fact))
                self.point_for(fact)
            if self.plan.context.company.strip():
                self.draft.add(3, self.say("motivation_no_jd_close"))
        about = about_phrase(self.plan.job.about, self.language, self.plan.context.company.strip())
        if about:
            self.draft.add(2, self.say("motivation_about", about=about))
            self.draft.point(("Company: " if self.language == "en" else "Firma: ") + first_clause(about, 10))
        if self.duty(1):
            self.draft.add(3, self.say("motivation_close", duty2=self.duty(1)))
        asked = fold(self.plan.question)
        if _NEW_FIELD.search(asked):
            # "…so fintech's a bit of a change for you": the remark is part of the question
            self.draft.add(1, self.say("motivation_new_field"))
            self.draft.point(first_clause(self.say("motivation_new_field"), 9))
        if _COMMUTE.search(asked):
            self.draft.add(3, self.say("motivation_commute"))  # "Stryków to jednak kawałek drogi"
        if _WHY_NOW.search(asked):
            # "Why now?": the timing, said as a step forward from the current role.
            current = next((role for role in self.plan.profile.roles if role.current), None)
            growth = self.growth_duty()
            if current is None and self.plan.profile.roles:
                self.draft.add(1, self.say("motivation_now_between"))
            elif growth:
                self.draft.add(1, self.say("motivation_now", growth=growth))
            else:
                self.draft.add(1, self.say("motivation_now_plain"))

    def career(self) -> None:
        """ "Why did you become a teacher?": why this line of work, where it started, what keeps me in it."""
        self.draft.add(0, self.say("career_why"))
        self.draft.point(first_clause(self.say("career_why"), 12))
        roles = [role for role in self.plan.profile.roles if role.title or role.employer]
        first = roles[-1] if len(roles) > 1 else None
        if first is not None:
            self.draft.add(1, self.say("career_start", first=spoken_role(first, self.language)))
        best = self.plan.best if self.plan.facts and self.plan.facts[0].fits else None
        if best is not None:
            self.draft.add(2, self.say("career_proof", sentence=self.sentence(best, embedded=True)))
            self.point_for(best)

    def _fact_for_duty(self, duty: str) -> Fact | None:
        """The CV line closest to the duty (and, by half, to what the company says it does); never a
        mistake or a quarrel, which are no reason to hire anyone."""
        duty_words = content_words(duty)
        about_words = [w for line in self.plan.job.about for w in content_words(line)]
        best, best_overlap = None, 0.0
        for ranked in self.plan.facts:
            if not ranked.fits or is_failure_line(ranked.fact.text) or "conflict" in ranked.fact.themes:
                continue
            words = content_words(ranked.fact.text)
            overlap = sum(1 for w in words if any(same_word(w, d) for d in duty_words)) + 0.5 * sum(
                1 for w in words if any(same_word(w, a) for a in about_words)
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
                    0,
                    self.say(
                        "leave_no_current", employer=spoken_employer(last.employer), year=str(last.end_year)
                    ),
                )
        elif top is not None and top.role and top.role.employer:
            self.draft.add(
                0,
                self.say("leave_good", employer=spoken_employer(top.role.employer), clause=self.clause(top)),
            )
            self.point_for(top)
        between_jobs = current is None and bool(profile.roles)
        growth = self.growth_duty()
        if (
            current is not None
            and spoken_title(current.title, self.language)
            and level_of(self.plan.context.position) > level_of(current.title)
        ):
            # "Team leader" applying as "shift manager": the step up is the reason, said as such.
            title = spoken_title(current.title, self.language)
            key = "leave_step_up_duty" if growth else "leave_step_up"
            said = lower_title(title)
            if self.language == "en":
                said = f"{indefinite(said)} {said}"
            self.draft.add(1, self.say(key, title=said, duty=growth))
            self.draft.point(("Step up: " if self.language == "en" else "Krok w górę: ") + title)
        elif aim := stated_aim(profile, self.language):
            # the CV's own "Looking to move into …": the candidate's reason, in their words
            self.draft.add(1, aim)
            self.draft.point(
                ("Looking for: " if self.language == "en" else "Szukam: ") + first_clause(aim, 9)
            )
        elif growth:
            self.draft.add(1, self.say("leave_next_gap" if between_jobs else "leave_next", duty=growth))
            self.draft.point(
                ("Looking for: " if self.language == "en" else "Szukam: ") + first_clause(growth, 9)
            )
        else:
            self.draft.add(1, self.say("leave_next_plain"))
        if current is not None and STAY_INSTEAD.search(fold(self.plan.question)):
            # "... and why not wait for a promotion where you are?": the second half, answered
            self.draft.add(2, self.say("leave_not_internal"))
            self.draft.point(first_clause(self.say("leave_not_internal"), 9))
        self.draft.add(2, self.say("leave_why_here_gap" if between_jobs else "leave_why_here"))
        self.draft.point("Towards, not away" if self.language == "en" else "Krok do przodu, nie ucieczka")

    def strengths(self) -> None:
        chosen: list[tuple[str, Fact]] = []
        for ranked in self.plan.facts:
            if not ranked.fits or is_failure_line(ranked.fact.text):
                continue  # a slip is no evidence of a strength
            theme = next(
                (t for t in _STRENGTH_ORDER if t in ranked.fact.themes and t not in [c[0] for c in chosen]),
                None,
            )
            if theme:
                chosen.append((theme, ranked.fact))
            if len(chosen) == 2:
                break
        if not chosen:
            # A CV written as prose: its summary sentences are the evidence there is.
            for ranked in self.plan.facts:
                theme = next((t for t in _STRENGTH_ORDER if t in ranked.fact.themes), None)
                if ranked.fact.kind == "summary" and theme:
                    chosen.append((theme, ranked.fact))
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
            if index == 0 and _OTHERS_SAY.search(fold(self.plan.question)):
                key = "strength_others"
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
            self.draft.point(("Plan: hands-on with " if self.language == "en" else "Plan: praktyka z ") + gap)
            return
        leadership = [r.fact for r in plan.facts if "leadership" in r.fact.themes and r.fits]
        years = plan.profile.years_experience or 0
        if (years and years <= 2) or not plan.profile.roles:
            kind, evidence = "help", None
        else:
            kind = _weakness_kind(plan, bool(leadership))
            evidence = leadership[0] if kind == "delegation" else None
        self.draft.add(0, self.say(f"weak_{kind}"))
        self.draft.add(1, self.say(f"weak_{kind}_fix"))
        self.draft.point(first_clause(self.say(f"weak_{kind}")))
        self.draft.point(first_clause(self.say(f"weak_{kind}_fix"), 14))
        if evidence:
            self.draft.add(2, self.say("weak_evidence", sentence=self.sentence(embedded=True, fact=evidence)))
            self.point_for(evidence)
        else:
            self.draft.add(2, self.say("weak_close"))

    def _closest_to(self, name: str) -> Fact | None:
        return self._related_experience(name)[0]

    def future(self) -> None:
        profile = self.plan.profile
        current = profile.current_role
        next_role = _next_step(
            current.title if current else profile.headline, self.language, self.plan.technical_person
        )
        duty = re.sub(r"^(?:owning|taking ownership of) ", "", self.duty())  # "ownership of owning ..."
        self.draft.add(
            0,
            self.say("future_goal", next=next_role, duty=duty)
            if duty
            else self.say("future_goal_plain", next=next_role),
        )
        self.draft.point(("Goal: " if self.language == "en" else "Cel: ") + next_role)
        aim = stated_aim(profile, self.language)
        if aim:
            # "Keen to … develop towards method development": the direction the CV itself states
            self.draft.add(0, aim)
        path = next(
            (r.fact for r in self.plan.facts if r.fits and ({"leadership", "learning"} & r.fact.themes)), None
        )
        if path:
            self.draft.add(1, self.say("future_path", sentence=self.sentence(embedded=True, fact=path)))
            self.point_for(path)
        self.draft.add(2, self.say("future_here"))

    def work_style(self) -> None:
        if asks_how(self.plan.question) and kind_of_work(self.plan.question) not in ("organise", "procedure"):
            self.method()  # "how do you deal with a pupil who won't listen?" asks for a way of handling it
            return
        self.draft.add(0, self.say("work_style_open"))
        self.draft.point(first_clause(self.say("work_style_open"), 12))
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


# Work where a slip costs a lot: double-checking is the honest weak spot there, not carelessness.
_PRECISE_WORK = re.compile(
    r"pharmac|farmac|nurs|pielegn|midwi|poloz|account|ksiegow|audit|rewident|payroll|plac|qa\b|test|analyst|analityk|"
    r"complian|electric|elektryk|lab|engineer|inzynier|controller|kontroler|dispens|radiograph|dental|dentyst"
)
_PRESENTS = re.compile(
    r"present|talks?\b|speaker|conference|train(?:ed|ing|er)|taught|teach|wyklad|prezent|szkol|uczy"
)


def _weakness_kind(plan, leads: bool) -> str:
    """One honest weak spot that suits this person: a double-checker for precise work, delegation
    for someone who leads, never "presenting" for someone whose CV shows them training or speaking.
    The pick depends on the person and the wording, so two candidates rarely say the same."""
    identity = fold(
        " ".join(
            filter(
                None,
                [plan.context.position, plan.profile.headline, *(role.title for role in plan.profile.roles)],
            )
        )
    )
    cv = fold(plan.context.cv or "")
    kinds = ["saying_yes", "speaking_up", "impatience", "detail"]
    if not _PRESENTS.search(cv):
        kinds.append("presenting")
    if leads:
        kinds += ["delegation", "direct"]
    if _PRECISE_WORK.search(identity):
        kinds = ["checking", "checking", *kinds]
    seed = f"{fold(plan.question)}|{plan.context.full_name}|{cv[:400]}"
    return kinds[int.from_bytes(hashlib.blake2b(seed.encode(), digest_size=4).digest(), "big") % len(kinds)]
