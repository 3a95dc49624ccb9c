"""Answers told as a story from one CV line (STAR), follow-ups that continue it, and other questions."""

from __future__ import annotations

import re

from copilot.language.answers.line_kinds import (
    TOLD_FIX,
    counterpart,
    is_failure_line,
    is_superlative,
    named_mistake,
    named_thing,
)
from copilot.language.answers.method import (
    asks_for_story,
    asks_how,
    is_hypothetical,
    is_situation,
)
from copilot.language.answers.plan import SETTING_WORDS, content_words, prefix_alike
from copilot.language.answers.results import failure_key, result_of
from copilot.language.answers.seniority import level_of
from copilot.language.answers.subject import BROAD_SKILLS
from copilot.language.answers.wording import (
    article,
    first_clause,
    keep_case,
)
from copilot.language.answers.work_kinds import kind_of_work
from copilot.language.cv import Fact
from copilot.language.cv.polish import is_past_verb
from copilot.language.cv.spoken import spoken_employer, spoken_title
from copilot.language.cv.themes import themes_of
from copilot.language.knowledge import find_topics, same_word
from copilot.language.text import fold
from copilot.language.verbs import is_past_tense

_APPROACH_REQUEST = re.compile(
    r"^(?:\w+ ){0,6}?(?:how do you|how would you|how should|what do you do (?:when|if)|what would you do"
    r"|what'?s your (?:approach|process|way)|how (?:do|can) you (?:deal|handle|cope|keep|stay|make sure)"
    r"|jak (?:\w+ )?(?:radzisz|radzi pan|radzi pani|radzi sobie (?:pan|pani)|podchodzisz|reagujesz|postepujesz|dbasz|organizujesz|ustalasz|sobie radzisz)"
    r"|co (?:robisz|zrobisz|pan robi|pani robi|pan zrobi|pani zrobi),? (?:gdy|kiedy|jesli|w przypadku)|w jaki sposob"
    r"|jak wyglada (?:u (?:pana|pani|ciebie) |w (?:pana|pani|twojej) \w+ )?|what does (?:your|a typical) \w+ (?:\w+ )?look like"
    r"|walk (?:me|us) through (?:your|how you))"
)


# A line that made something exist: the pride is in taking it from an idea to use.
_BUILT = re.compile(
    r"\b(?:built|build|launched|created|designed|developed|wrote|shipped|set up|founded|introduced|implemented|"
    r"zbudowa\w*|stworzy\w*|zaprojektowa\w*|wdrozy\w*|uruchomi\w*|napisa\w*|zalozy\w*|wprowadzi\w*)\b"
)
# Whether someone knows or has used a named thing.
_ASKS_KNOWING = re.compile(
    r"\b(?:know|familiar|used|use|worked with|work with|experience|strong|good at|level|zna\w*|prac\w* z|uzywal\w*|pracowal\w* (?:z|w)|"
    r"doswiadczeni\w*|do czynienia|stycznos\w*|korzystal\w*|obsluguj\w*)\b"
)
_WILLING = re.compile(
    r"willing|comfortable|\bok\b|okay|happy to|able to|open to|prepared|flexib|mind|relocat|travel|"
    r"gotow|chetn|odpowiada|pasuje|przeszkadza|elastyczn|przeprowadz|wyjazd|podroz"
)
_MANAGER = re.compile(
    r"\b(?:manager|boss|line manager|supervisor|director|head of|lead|leadership|stakeholder|product owner|pm|"
    r"vp|vice president|cto|ceo|cfo|coo|founder|partner|"
    r"przelozon\w*|kierownik\w*|szef\w*|dyrektor\w*|zarzad\w*|lider\w*)\b"
)
_CUSTOMER = re.compile(
    r"\b(?:customer|client|patient|parent|guest|buyer|klient\w*|pacjent\w*|rodzic\w*|gosc\w*)"
)


# Words of a story question that only say it is a story question.
_STORY_WORDS = frozenset(
    fold(
        "time times situation example tell describe give share moment when difficult challenging tough hard tight deadline "
        "deadlines pressure conflict disagreement disagreed colleague colleagues coworker manager boss team teammate "
        "project mistake failure failed achievement proud lead leading handle handled dealt deal worked work working "
        "someone something about your with that this what which were where sytuacja sytuacji sytuacje przyklad przykladu "
        "opowiedz opowiedziec prosze kiedy trudna trudnej trudny konflikt konfliktu blad bledu sukces zespol zespole "
        "projekt projektu termin terminu presja presji wspolpracownik przelozony przelozonym kierownik pracy pracowal "
        "pracowala zrobil zrobila zrobilam zrobilem musial musiala bylo byla"
    ).split()
)


def _tells_action(text: str) -> bool:
    """A line that goes on to say what was done: two past-tense verbs at least ("... in conflict –
    spoke to each separately, changed the rota"), or a Polish first-person past form."""
    words = [fold(word).strip(",.;:()") for word in text.split()]
    past = sum(1 for word in words if is_past_tense(word) and word not in ("based", "used", "related"))
    if past >= 2 or re.search(r"\w{3,}(?:łem|łam|liśmy)\b", text):
        return True
    # "Konflikt ... – rozmowa z każdym osobno, nowy grafik; skargi ustały": the steps after a dash
    return bool(re.search(r"\s[–—-]\s", text)) and any(is_past_verb(word) for word in text.split())


def _tells_story(fact: Fact) -> bool:
    """The line tells what was done or what came of it, not only a duty or a size."""
    return _tells_action(fact.text) or bool(result_of(fact))


def _specific_words(question: str) -> list[str]:
    return [
        w for w in content_words(question) if len(w) > 3 and w not in _STORY_WORDS and w not in SETTING_WORDS
    ]


def _shares(fact: Fact, words: list[str]) -> bool:
    fact_words = content_words(fact.text)
    return any(same_word(w, f) or prefix_alike(w, f) for w in words for f in fact_words)


_PRACTICE_LEADS = {"conflict_customer": "conflict_customer_generic", "leadership": "leadership_titled"}


def asks_for_approach(question: str) -> bool:
    """ "How do you handle ..." asks for a way of working; "tell me about a mistake" asks for a story."""
    return bool(_APPROACH_REQUEST.search(fold(question)))


# A line about the people the work is done with: where disagreements come with the job.
_WITH_PEOPLE = re.compile(
    r"\b\d[\d,.–-]*\+? (?:\w+ ){0,2}(?:people|subcontractor\w*|contractors|clients|customers|stakeholders|colleagues|"
    r"suppliers|engineers|nurses|analysts|staff|partners|surgeons|vets|carriers|drivers|pickers|managers|fee earners|"
    r"podwykonawc\w*|klient\w*|dostawc\w*|przewoznik\w*|pracownik\w*|osob|kierownik\w*|inzynier\w*|asystent\w*)\b"
)


class Stories:
    """Answers told as a story from one CV line, follow-ups that continue it, and the rest."""

    def story(self) -> None:
        plan = self.plan
        kind = plan.type
        fitting = plan.fitting
        if plan.topics and asks_for_approach(plan.question):
            self.approach()
            return
        if (is_hypothetical(plan.question) or is_situation(plan.question)) and not asks_for_story(
            plan.question
        ):
            # "what would you do if ...?" asks what I'd do, not for a story from the CV; a subject
            # the knowledge base covers ("an angry customer": de-escalation) says it best
            situation = kind_of_work(plan.question)
            generic = situation in ("procedure", "organise")
            # a topic named by a phrase of its own ("odmawia przyjęcia leku") knows more than a way of
            # working, unless the question is about a person's behaviour (a colleague skipping the
            # forklift checks is about the colleague, not about forklifts)
            specific = situation not in ("peer", "aggression", "reassure", "staff") and any(
                len(match.matched) >= 2 for match in find_topics(plan.question)
            )
            self.approach() if plan.topics and (generic or specific) else self.method()
            return
        if (
            asks_how(plan.question)
            and not asks_for_story(plan.question)
            and (
                kind_of_work(plan.question) not in ("organise", "procedure")
                or kind in ("incident", "failure", "achievement", "challenge")
            )
        ):
            self.method()  # "how do you handle a complaint?" asks for a way of working, not one story
            return
        if kind == "conflict" and _CUSTOMER.search(fold(plan.question)):
            kind = "conflict_customer"
        if kind == "conflict" and _MANAGER.search(fold(plan.question)):
            # "A time you disagreed with your manager": a quarrel between two drivers is no answer.
            fitting = [fact for fact in fitting if _MANAGER.search(fold(fact.text))]
        specific = _specific_words(plan.question)
        on_subject = [fact for fact in fitting[:5] if _shares(fact, specific)]
        if specific and not on_subject and kind in ("leadership", "collaboration", "pressure", "behavioural"):
            # "How do you manage RFIs when the design team is slow?": the line about RFIs tells it,
            # even if its theme is not the question type's.
            work = [
                r.fact for r in plan.facts[:12] if r.fact.kind not in ("summary", "education", "certificate")
            ]
            on_subject = [fact for fact in work if _shares(fact, specific)][:1]
        # a line that tells this kind of story outright ("a formal complaint from a patient's daughter" for
        # an angry relative) needs no shared word
        outright = bool(plan.facts) and plan.facts[0].fits and plan.facts[0].score >= 4.0
        if (
            specific
            and fitting
            and not on_subject
            and not outright
            and kind
            in (
                "conflict",
                "conflict_customer",
                "pressure",
                "challenge",
                "behavioural",
                "collaboration",
                "leadership",
            )
            and kind_of_work(plan.question) in ("handle", "troubleshoot", "relate", "explain", "staff")
        ):
            # "A time you dealt with challenging behaviour" and no CV line about behaviour: how I
            # handle it, not a story pinned to an unrelated line.
            self.method()
            return
        if on_subject:
            fitting = [*on_subject, *(fact for fact in fitting if fact not in on_subject)]
        if fitting:
            self._tell(fitting, kind)
            return
        self._story_without_fit(kind)

    def _tell(self, fitting: list[Fact], kind: str) -> None:
        """The first line told as a story of this kind: what happened, what I did, what came of it."""
        plan = self.plan
        if fitting:
            fact = fitting[0]
            # "31 colleagues including 3 team leaders" tells no story: where it comes up, and how I go about it
            story_like = _tells_story(fact) or is_failure_line(fact.text)
            practice = not story_like and "conflict" not in fact.themes and self.voice.has(f"practice_{kind}")
            lead = _PRACTICE_LEADS.get(kind, f"lead_{kind}") if practice else f"lead_{kind}"
            self.draft.add(0, self.say(lead, where=self.where(fact), clause=self.clause(fact)))
            self.point_for(fact)
            action = f"action_{kind}"
            if kind == "achievement" and not ({"impact", "improvement"} & fact.themes):
                # "top biller in a team of 8" is steady work; "built the app" went from idea to use
                action = (
                    "action_achievement_top"
                    if is_superlative(fact.text)
                    else "action_achievement_plain"
                    if _BUILT.search(fold(fact.text))
                    else "action_achievement_owned"
                )
            if practice:
                action = f"practice_{kind}"
            if kind == "pressure" and "incident" in fact.themes and self.voice.has("action_incident"):
                action = "action_incident"  # a mass casualty or an outage: safety first, not a to-do list
            fixed = kind == "failure" and TOLD_FIX.search(fold(fact.text))
            told = failure_key("failure_told", fact.text)
            if fixed:
                action = f"action_{told}"  # the line says what I changed: no generic fix
            elif kind in ("conflict", "conflict_customer") and _tells_action(fact.text):
                # "spoke to each separately, changed the rota": the line tells what I did; a short
                # frame that cannot contradict it, never "I admitted what went wrong"
                action = f"action_{kind}_told"
            # A line that tells what was done, or what came of it, at some length and in the answer's own
            # language needs no stock sentence about how I behaved; a bare line gets the short frame.
            tells_itself = kind not in ("failure", "conflict", "conflict_customer") and self._tells_itself(
                fact, self.draft.sentences[-1][1]
            )
            if not tells_itself:
                self.draft.add(1, self.say(action))
            self.draft.point(self.say(f"point_{kind}"))
            if kind == "failure":
                self.draft.add(2, self.say(f"lesson_{told}" if fixed else "lesson_failure"))
            duty = self.duty_near(fact)
            if duty and kind not in ("failure", "conflict", "conflict_customer"):
                self.draft.add(3, self.say("story_transfer", duty=duty))
            ranked = [r for r in plan.facts if r.fits]
            close = len(ranked) > 1 and ranked[1].score >= 0.7 * ranked[0].score
            second_failed = "failure" in fitting[1].themes if len(fitting) > 1 else False
            if close and kind not in ("failure", "conflict", "conflict_customer") and not second_failed:
                self.draft.add(
                    4, self.say("story_more", sentence=self.sentence(fitting[1], embedded=True, also=False))
                )

    def _tells_itself(self, fact: Fact, said: str) -> bool:
        """The line, said at some length in the answer's own language, tells what was done or what came
        of it: no stock sentence about how I behaved is needed."""
        return fact.language == self.language and len(said.split()) >= 28 and _tells_story(fact)

    def _story_without_fit(self, kind: str) -> None:
        """No CV line tells this kind of story: an honest answer about how I handle it, anchored in the CV."""
        plan = self.plan
        anchor = next(
            (
                r.fact
                for r in plan.facts
                if r.fact.kind in ("work", "project", "achievement")
                and (kind == "failure" or "failure" not in r.fact.themes)  # a flop anchors no strength
            ),
            None,
        )
        title = (
            spoken_title(anchor.role.title, self.language)
            if anchor and anchor.role and anchor.role.title
            else ""
        )
        if kind == "incident":
            years = plan.profile.years_experience or 0
            employer = next(
                (spoken_employer(role.employer) for role in plan.profile.roles if role.employer), ""
            )
            if years >= 3 and employer:
                # Years of running real work: incidents happened, the CV just doesn't list them.
                self.draft.add(0, self.say("incident_experienced", employer=employer))
            else:
                self.draft.add(0, self.say("incident_none"))
            self.draft.add(1, self.say("incident_generic"))
            self.draft.point(first_clause(self.say("incident_generic"), 12))
            self._topic_points(priority=2, limit=2)
            return
        thing = named_thing(plan.question) if self.language == "en" and kind == "failure" else ""
        if thing:
            # "A lesson that went badly": that kind of thing, owned and learned from.
            for order, key in enumerate(("failure_thing", "failure_thing_handling", "lesson_thing")):
                self.draft.add(order, self.say(key, thing=thing))
                self.draft.point(first_clause(self.say(key, thing=thing), 12))
            return
        if kind == "failure":
            named = named_mistake(plan.question) if self.language == "en" else ""
            opener = self.say("failure_named", mistake=named) if named else self.say("failure_generic")
            self.draft.add(0, opener)
            self.draft.add(
                1,
                self.say(
                    "failure_generic_handling",
                    a_title=(article(title) + " " + title) if title else "a professional",
                ),
            )
            self.draft.add(2, self.say("lesson_generic_failure"))
            self.draft.point(first_clause(opener, 12))
            self.draft.point(first_clause(self.say("lesson_generic_failure"), 12))
            return
        if kind == "conflict":
            # No CV line tells a disagreement: how I handle one, not a story pinned to an unrelated line.
            who = counterpart(plan.question)
            # "When I disagree with an engineer or a PM, …": the people the question names
            named = bool(who) and who.lower().startswith("z ") == (self.language == "pl")
            first, _, second = self.say(
                "conflict_approach_with" if named else "conflict_approach", who=who
            ).partition(" | ")
            self.draft.add(0, first)
            self.draft.point(first_clause(first, 12))
            # where disagreements come with the work: the CV's own line about how many people I work with
            setting = next(
                (
                    r.fact
                    for r in plan.facts
                    if r.fact.kind == "work"
                    and r.fact.role is not None
                    and _WITH_PEOPLE.search(fold(r.fact.text))
                ),
                None,
            )
            if setting is not None:
                self.draft.add(
                    2, self.say("conflict_setting", sentence=self.sentence(setting, embedded=True))
                )
                self.point_for(setting)
                # the setting, not the story: a follow-up ("how did it end?") must not take it for one
                self.draft.facts.remove(setting)
            self.draft.add(1, second)
            self.draft.point(first_clause(second, 12))
            return
        led = any(level_of(role.title) >= 3 for role in plan.profile.roles)
        generic = {
            "conflict_customer": "conflict_customer_generic",
            # a kierownik or a team leader has led people, whatever the CV's lines say
            "leadership": "leadership_titled" if led else "leadership_generic",
            "pressure": "pressure_generic",
            "learning": "learning_generic",
            "incident": "incident_generic",
        }.get(kind)
        if generic and "{where}" in self.voice.phrases[generic][0] and anchor:
            self.draft.add(0, self.say(generic, where=self.where(anchor), clause=self.clause(anchor)))
            self.point_for(anchor)
            # the line tells no such story: how I usually go about it, never steps I'd claim I took then
            practice = f"practice_{kind}" if self.voice.has(f"practice_{kind}") else f"action_{kind}"
            self.draft.add(1, self.say(practice))
            self.draft.point(self.say(f"point_{kind}"))
        elif generic and "{where}" not in "".join(self.voice.phrases[generic]):
            self.draft.add(0, self.say(generic))
            self.draft.point(first_clause(self.say(generic), 12))
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

    def approach(self) -> None:
        """ "How do you prioritise when everything is urgent?": how I do it (the topic's key points,
        said as my own practice), then one CV line that shows it."""
        start = len(self.draft.sentences)
        self._topic_points(priority=0, limit=2)
        if len(self.draft.sentences) > start:
            # "The way I'd handle it: the intake meeting defines ...": the points as the candidate's own answer
            priority, first = self.draft.sentences[start]
            opened = first if keep_case(first) else first[:1].lower() + first[1:]
            self.draft.sentences[start] = (priority, f"{self.say('approach_lead')} {opened}")
        # a line about the same work ("zamknięcia miesięczne" for month-end), a success before a flop;
        # no line at all rather than one that only shares the question's type
        skills = [
            skill for topic in self.plan.topics for skill in topic.skills if fold(skill) not in BROAD_SKILLS
        ]
        candidates = [
            self._cv_link(skills + self._subjects()),
            self._closest_fact(),
            self._relevant_fact(),
            self._likely_example(),  # the line the question's type ranks clearly first
        ]
        # a quarrel or a mistake shows a way of working only when the question is about one
        about = {"conflict", "failure"} & (themes_of(self.plan.question) | {self.plan.type})
        candidates = [
            fact
            for fact in candidates
            if fact is not None and not ({"conflict", "failure"} - about) & fact.themes
        ]
        example = next(iter(candidates), None)
        if example is not None:
            self.draft.add(
                1, self.say(self.example_key(example), sentence=self.sentence(example, embedded=True))
            )
            self.point_for(example)

    def _sibling(self, story: Fact) -> Fact | None:
        """Another line from the same role that shares the story's subject, not yet said."""
        story_words = [w for w in content_words(story.text) if len(w) > 3]
        for fact in self.plan.profile.facts:
            if (
                fact.text == story.text
                or fact.role is None
                or fact.role != story.role
                or fact in self.draft.facts
            ):
                continue
            shared = {w for w in story_words for f in content_words(fact.text) if same_word(w, f)}
            if len(shared) >= 2 or (shared and fact.themes & story.themes - {"delivery", "customer"}):
                return fact  # the same subject, not one word in common ("rota" in two unrelated lines)
        return None

    def other(self) -> None:
        plan = self.plan
        if plan.topics:
            self.technical()  # "how do you recognise sepsis?": the subject's key points answer it
            return
        subjects = self._subjects()
        if subjects and _ASKS_KNOWING.search(fold(plan.question)) and not asks_how(plan.question):
            self.experience()  # "Creo pan zna?", "what's your work with TMS like?": the CV's use of it
            return
        if asks_how(plan.question):
            self.method()
            return
        relevant = [r for r in plan.facts if r.fits and r.score > 3.0]
        if relevant:
            self.draft.add(0, self.sentence(relevant[0].fact))
            self.point_for(relevant[0].fact)
            self.draft.add(2, self.say("other_close"))
        elif re.match(r"(?:are|do|would|will|can|is|czy)\b", fold(plan.question)) and _WILLING.search(
            fold(plan.question)
        ):
            self.draft.add(0, self.say("other_yes"))
            self.draft.add(1, self.say("other_close"))
            self.draft.point(first_clause(self.say("other_yes")))
        elif re.match(r"(?:are|do|did|have|has|is|was|were|czy)\b", fold(plan.question)):
            # "Are you on the upper pay scale?": a fact about the candidate the CV doesn't hold.
            self.draft.add(0, self.say("other_check"))
            self.draft.point(first_clause(self.say("other_check")))
        else:
            best = plan.best
            if best:
                self.draft.add(1, self.sentence(best))
                self.point_for(best)
