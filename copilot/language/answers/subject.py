"""Answers about a subject: technical questions, system design, experience with a tool or a field."""

from __future__ import annotations

import re
from functools import lru_cache

from copilot.language.answers.cv_mentions import facts_about, mentions
from copilot.language.answers.line_kinds import TOLD_FIX, is_failure_line
from copilot.language.answers.method import asks_how
from copilot.language.answers.plan import content_words, prefix_alike
from copilot.language.answers.wording import (
    first_clause,
    lower_function_word,
    tool_years,
    years_fields,
    years_with,
)
from copilot.language.answers.work_kinds import kind_of_work
from copilot.language.cv import Fact
from copilot.language.cv.lexicon import LOCATIONS
from copilot.language.cv.spoken import sayable_in
from copilot.language.cv.themes import themes_of
from copilot.language.knowledge import find_topics, same_word
from copilot.language.text import fold, word_set

_YES_NO = re.compile(
    r"^(?:(?:so|and|ok|okay|um|right|a|i|no|dobrze|dobra|pani|panie|[a-z]+,)\s+)*"
    r"(?:have|has|do|did|are|is|were|was|can|could|would|czy|mial\w*|masz|znasz|zna|pracowal\w*|uzywal\w*)\b"
)
# Verbs of having done something, which say nothing of what was done.
_EXPERIENCE_VERBS = word_set(
    "done worked used managed handled dealt been ever experience experienced before"
    " pracowal pracowala pracowales pracowalas robil robila robiles robilas zajmowal zajmowala doswiadczenie"
)
_LANGUAGE_NAMES = word_set(
    "english polish german french spanish italian russian ukrainian angielski polski niemiecki angielsku polsku niemiecku"
)
_ASKS_LANGUAGE = re.compile(
    r"\b(?:how is|how good is|level of|your) (?:english|polish|german)|jezyk|angielski\w* na jakim"
)
# A question asking what something is or how two things differ.
_DEFINES = re.compile(
    r"\b(?:what(?:'s| is) the difference|difference between|what (?:is|are) (?:a |an |the )?\w+|define|"
    r"czym (?:sie )?rozni|jaka jest roznica|co to jest|co to sa|czym jest|czym sa)\b"
)
# A spoken language the question asks about, and how the CV line names its level.
_LANGUAGES = {
    "english": re.compile(r"\b(?:english|angielsk\w*|po angielsku)\b"),
    "german": re.compile(r"\b(?:german|niemieck\w*|po niemiecku)\b"),
    "french": re.compile(r"\b(?:french|francusk\w*|po francusku)\b"),
    "spanish": re.compile(r"\b(?:spanish|hiszpansk\w*|po hiszpansku)\b"),
    "russian": re.compile(r"\b(?:russian|rosyjsk\w*|po rosyjsku)\b"),
    "ukrainian": re.compile(r"\b(?:ukrainian|ukrainsk\w*|po ukrainsku)\b"),
    "czech": re.compile(r"\b(?:czech|czesk\w*|po czesku)\b"),
}
_LANGUAGE_SAID = {
    "english": ("English", "angielski"),
    "german": ("German", "niemiecki"),
    "french": ("French", "francuski"),
    "spanish": ("Spanish", "hiszpański"),
    "russian": ("Russian", "rosyjski"),
    "ukrainian": ("Ukrainian", "ukraiński"),
    "czech": ("Czech", "czeski"),
}
_LEVEL = re.compile(
    r"\b(?:[ABC][12]\+?|native|fluent|advanced|intermediate|basic|ojczysty|biegły|biegle|zaawansowany|"
    r"komunikatywny|podstawowy|podstawy|średniozaawansowany)\b",
    re.IGNORECASE,
)


def _joined(names: list[str], language: str) -> str:
    if len(names) < 2:
        return "".join(names)
    return ", ".join(names[:-1]) + (" i " if language == "pl" else " and ") + names[-1]


_NAMED = re.compile(r"[A-Za-z0-9][\w+#.-]*")

_FRAME_WORDS = frozenset(
    fold(
        "have has ever worked work working used use using experience familiar know knowledge how does would "
        "could design build implement explain difference between vs versus compare what which why tell about "
        "much many years long comfortable level your you with in on the a an and or of do did are is any "
        "czy pracowales pracowalas pracowal pracowala uzywales uzywalas korzystales korzystalas znasz zna "
        "doswiadczenie doswiadczenia jak dziala wyjasnij czym jest sa rozni miedzy masz mial miala znajomosc "
        "pan pani pana panu panem pania panstwo panstwa z ze w na ile lat dobrze before yet previously already ever kiedys wczesniej juz"
    ).split()
)


@lru_cache(maxsize=16)
def _cv_capitalised(cv: str) -> str:
    """The CV's capitalised words and acronyms, folded, as one searchable string; a word capitalised
    only because it opens a line or a sentence ("Own the order domain") is no name."""
    opening = re.compile(r"(?:^|[\n.!?:;•·*-]\s*|\|\s*)$")
    return " ".join(
        fold(m.group())
        for m in re.finditer(r"\b[A-Z][\w+#.-]*", cv)
        if not (opening.search(cv[max(0, m.start() - 3) : m.start()]) and m.group()[1:].islower())
    )


# "How did you ...?", "Jak udało się skrócić MTTR?": about the candidate's own past work.
_OWN_PAST = re.compile(
    r"\bhow did you\b|\bwhat did you (?:do|use|change|choose|build)\b|\bwalk (?:me|us) through how you\b|"
    r"\bjak (?:pan |pani )?(?:to )?(?:udalo|zrobil|osiagnal|skrocil|zmniejszyl|zwiekszyl|wdrozyl|rozwiazal|poradzil|zbudowal)\w*"
)


# Skills so broad that a CV line naming one shows nothing about a particular topic.
BROAD_SKILLS = word_set(
    "python java javascript typescript c c++ c# go golang php ruby kotlin swift scala rust sql postgresql "
    "mysql linux excel windows english"
)


class Subject:
    """Answers about a subject: technical questions, system design and experience with a tool or field."""

    def _topic_points(self, priority: int, limit: int = 3) -> int:
        added = 0
        topics = self.plan.topics[:2]
        per_topic = limit if len(topics) == 1 else max(1, limit // 2 + 1)
        for topic in topics:
            for point in self._points_asked(topic.points_in(self.language), per_topic):
                self.draft.add(priority + added, point)
                self.draft.point(first_clause(point, 12))
                added += 1
        return added

    def _points_asked(self, points: tuple[str, ...], limit: int) -> list[str]:
        """The topic's first point, then the ones that share the question's words ("valid at the time of
        each transaction" → the point on validity dates), in the topic's order; the first ones otherwise."""
        asked = [w for w in content_words(self.plan.question) if len(w) > 4]
        shared = [
            sum(1 for w in asked if any(same_word(w, p) or prefix_alike(w, p) for p in content_words(point)))
            for point in points
        ]
        later = sorted(range(1, len(points)), key=lambda i: (-shared[i], i))[: max(0, limit - 1)]
        return [points[i] for i in sorted([0, *later]) if i < len(points)][:limit]

    def technical(self) -> None:
        plan = self.plan
        if plan.topics and _OWN_PAST.search(fold(plan.question)):
            # "How did you draw the service boundaries?": what I did first, the principle after.
            fact = self._closest_fact() or self._relevant_fact() or plan.best
            if fact is not None:
                self.draft.add(0, self.say("own_past", sentence=self.sentence(fact, embedded=True)))
                self.point_for(fact)
                self._topic_points(priority=1, limit=2)
                return
        if plan.topics:
            self._topic_points(priority=0, limit=3)
            # A line about this subject, not any line naming a language the topic lists among many.
            linked = self._cv_link(
                [skill for topic in plan.topics for skill in topic.skills if fold(skill) not in BROAD_SKILLS]
                + self._subjects()
            )
            if linked:
                said = self.sentence(linked, embedded=True)
                self.draft.add(1, self.say("tech_cv", sentence=said))
                self.point_for(linked)
            return
        generic_how = plan.technical_person and kind_of_work(plan.question) == "procedure"
        if _DEFINES.search(fold(plan.question)) and not self._subjects():
            # "Czym się różni rezerwa od RMB?" with no notes on it: what the answer covers, in plain
            # words, and the CV line closest to it; never a way of working that answers nothing.
            self.draft.add(0, self.say("define_cover"))
            self.draft.point(first_clause(self.say("define_cover"), 12))
            related = self._relevant_fact()
            if related is not None:
                self.draft.add(
                    1, self.say("approach_example", sentence=self.sentence(related, embedded=True))
                )
                self.point_for(related)
            return
        if (asks_how(plan.question) and not generic_how) or not plan.technical_person:
            self.method()  # "how would you reduce start-up time?": a way of working and a CV example
            return
        subjects = self._subjects()
        linked = self._cv_link(subjects) if subjects else None
        if linked is not None:
            # "What's the difference between props and state in React?" with React in the CV and no
            # notes on it: the CV's own use of it, and an offer to go deeper, not an invented lecture.
            subject = " ".join(subjects[:2])
            self.draft.add(
                0, self.say("tech_known", subject=subject, sentence=self.sentence(linked, embedded=True))
            )
            self.point_for(linked)
            self.draft.add(1, self.say("tech_known_offer"))
            return
        if subjects and any(mentions(plan.profile, name) for name in subjects):
            self.draft.add(0, self.say("tech_known_skill", subject=" ".join(subjects[:2])))
            self.draft.add(1, self.say("tech_known_offer"))
            return
        if subjects:
            subject = " ".join(subjects[:2])
            self.draft.add(0, self.say("tech_unknown", subject=subject))
            self.draft.point(("Not in depth: " if self.language == "en" else "Nie dogłębnie: ") + subject)
            self.draft.add(1, self.say("tech_unknown_plan"))
            related = self._relevant_fact()
            if related is not None:
                self.draft.add(
                    2, self.say(self.example_key(related), sentence=self.sentence(related, embedded=True))
                )
                self.point_for(related)
            return
        self.method()  # no named subject and no notes: how I would go about it, with a CV example

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
        """The CV line naming one of these that is closest to the question and its topic ("renegotiated
        contracts with 6 suppliers" for supplier negotiation, not "run purchasing"); a bare title
        ("Customer Success Manager") shows nothing; of two as close, the one that is no mistake."""
        found = [
            fact
            for fact in facts_about(self.plan.profile, [n for n in names if len(n) > 1])
            if len(fact.text.split()) >= 6 and fact.kind != "summary"
        ]
        asked = {
            w
            for text in (
                self.plan.question,
                *(topic.title_in("en") for topic in self.plan.topics),
                *(topic.title_in("pl") for topic in self.plan.topics),
            )
            for w in content_words(text)
            if len(w) > 3
        }

        shared = {
            fact.id: sum(1 for w in set(content_words(fact.text)) if any(same_word(a, w) for a in asked))
            for fact in self.plan.profile.facts
        }
        # a line about the subject itself counts even when it names no listed tool ("a medication safety huddle")
        found += [
            fact
            for fact in self.plan.profile.facts
            if fact.kind in ("work", "project", "achievement") and fact not in found and shared[fact.id] >= 2
        ]
        # a line that could only be quoted in the CV's other language is no help in this answer
        found = [fact for fact in found if sayable_in(fact, self.language)]
        if not found:
            return None
        about_failure = "failure" in themes_of(self.plan.question)

        def closeness(fact: Fact) -> tuple[bool, int, bool, int]:
            # a mistake is no proof of knowing a subject, unless it ends in what changed for good
            failed = is_failure_line(fact.text)
            unwanted = failed and not about_failure and not TOLD_FIX.search(fold(fact.text))
            return (not unwanted, shared[fact.id], not failed, -found.index(fact))

        best = max(found, key=closeness)
        named = self._subjects()
        if not shared[best.id] and not (named and facts_about(self.plan.profile, named)):
            return None  # only a tool the topic lists in common ("Splunk" for Kerberoasting): tacked on
        return best

    def _subjects(self) -> list[str]:
        """The named things a question is about ("Kafka", "Power BI", "Kotlin Multiplatform", "C#"), as
        the question spells them; words of one name that stand together stay together."""
        names: list[list[str]] = []
        previous = -2
        question = self.plan.question
        employers = self._employers()
        for index, match in enumerate(_NAMED.finditer(question)):
            token = match.group().rstrip(".")
            key = fold(token).strip(".")
            opens_sentence = index == 0 or bool(re.search(r"[.!?]\s*$", question[: match.start()]))
            if token[:1].isdigit():
                # "EN 15085", "ISO 9001": a number belongs to the name before it, alone it names nothing.
                if previous == index - 1 and names:
                    names[-1].append(token.strip("."))
                    previous = index
                else:
                    previous = -2
                continue
            before = question[: match.start()].split()
            if (
                key in _FRAME_WORDS
                or len(key) < 2
                or (key in _LANGUAGE_NAMES and not _ASKS_LANGUAGE.search(fold(self.plan.question)))
                or (before and fold(before[-1]) in ("w", "we", "in", "at") and _a_town(key))
                or key in employers
            ):
                previous = -2
                continue
            named = (token[:1].isupper() and not opens_sentence) or re.search(r"[+#.\d]|[A-Z].*[A-Z]", token)
            known = any(same_word(fold(skill), key) for skill in self.plan.profile.skills) or any(
                key in [fold(s) for s in topic.skills] for topic in self.plan.topics
            )
            named = named or self._cv_names(key)
            if named or known:
                if previous == index - 1 and names:
                    names[-1].append(token.strip("."))
                else:
                    names.append([token.strip(".")])
                previous = index
            else:
                previous = -2
        said = [self._canonical(" ".join(name)) for name in names]
        return [name for index, name in enumerate(said) if fold(name) not in map(fold, said[:index])]

    def _employers(self) -> set[str]:
        """Words of the employers' names and the company's: where the work was, never what it was."""
        names = [role.employer for role in self.plan.profile.roles] + [self.plan.context.company]
        return {word for name in names for word in fold(name).replace(",", " ").split() if len(word) > 3}

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

    def _language_level(self) -> bool:
        """ "Do you use English at work?", "Jak z Pana niemieckim?": the CV's own languages line."""
        asked = next(
            (name for name, pattern in _LANGUAGES.items() if pattern.search(fold(self.plan.question))), ""
        )
        if not asked:
            return False
        parts = [part for entry in self.plan.profile.languages for part in re.split(r"[,;|·•]", entry)]
        line = next((part for part in parts if _LANGUAGES[asked].search(fold(part))), "")
        level = _LEVEL.search(line)
        said = _LANGUAGE_SAID[asked][0 if self.language == "en" else 1]
        if line and level:
            self.draft.add(0, self.say("lang_level", language=said, level=level.group()))
            self.draft.point(f"{said}: {level.group()}")
        elif line:
            self.draft.add(0, self.say("lang_yes", language=said))
            self.draft.point(said)
        else:
            return False  # not on the CV: the usual honest answer about a missing skill
        basic = bool(level) and re.match(r"(?i)a[12]|b1|basic|podstaw", level.group())
        self.draft.add(1, self.say("lang_basic" if basic else "lang_use"))
        return True

    def experience(self) -> None:
        plan = self.plan
        if self._language_level():
            return
        if asks_how(plan.question) and not _YES_NO.match(fold(plan.question)):
            # "A prospect says they're happy with Salesforce: how do you handle that?" asks for a way
            # of working, even though it names a tool.
            self.approach() if plan.topics else self.method()
            return
        named = self._subjects()
        if not named:
            self._domain_experience()
            return
        had = [name for name in named if mentions(plan.profile, name)]
        missing = [name for name in named if name not in had]
        open_question = not _YES_NO.match(fold(plan.question))
        if had:
            subject = _joined(had, self.language)
            about = facts_about(plan.profile, had)
            years = tool_years(plan.profile, had) or years_with(about)
            fields = {"subject": subject, **years_fields(years, self.language)}
            if years:
                key = "exp_open_years" if open_question else "exp_yes_years"
            elif about:
                key = "exp_open" if open_question else "exp_yes"
            else:
                others = [s for s in plan.profile.skills if fold(s) not in [fold(x) for x in had]][:3]
                key, fields["others"] = (
                    ("exp_list_open" if open_question else "exp_list"),
                    ", ".join(others) or subject,
                )
            self.draft.add(0, self.say(key, **fields))
            unit = "lat" if self.language == "pl" else "yrs"
            self.draft.point(
                f"{subject}: "
                + (f"~{years} {unit}" if years else ("tak" if self.language == "pl" else "yes"))
            )
            for rank, fact in enumerate(about[:2]):
                self.draft.add(1 + rank * 2, self.sentence(fact))
                self.point_for(fact)
        if missing:
            self._missing_tool(_joined(missing, self.language), named_first=not had)

    def _missing_tool(self, subject: str, named_first: bool) -> None:
        """A tool the CV never names: said honestly, with the closest related experience."""
        self.draft.add(
            0 if named_first else 2, self.say("exp_no" if named_first else "exp_no_also", subject=subject)
        )
        self.draft.point(("Not yet: " if self.language == "en" else "Jeszcze nie: ") + subject)
        related, skill = self._related_experience(subject)
        if related:
            said = self.sentence(related, embedded=True)
            self.draft.add(1, self.say("exp_closest", related=skill, sentence=said))
            self.point_for(related)
        overview = self._overview_point(subject)
        if overview and named_first:
            self.draft.add(2, self.say("exp_knows", point=lower_function_word(overview)))
            self.draft.point(first_clause(overview, 12))
        if named_first:
            self.draft.add(1, self.say("exp_plan", subject=subject))

    def _domain_experience(self) -> None:
        """ "Have you worked in healthcare?", "designed permission models before?": a field or a kind of
        work, not a named tool. The CV line that shares the question's words answers it; the subject
        is not repeated back in the question's own (possibly clumsy) words."""
        found = self._relevant_fact()
        if found is None or not self._covers_subject(found):
            # a line naming the subject's own tools ("load tests in k6" for performance testing)
            tools = [skill for topic in self.plan.topics[:1] for skill in topic.skills]
            found = next(iter(facts_about(self.plan.profile, tools)), None) if tools else None
        if found is not None:
            self.draft.add(0, self.say("exp_domain_yes"))
            self.draft.add(1, self.sentence(found))
            self.point_for(found)
            return
        self.draft.add(0, self.say("exp_domain_no"))
        self.draft.point("Not directly yet" if self.language == "en" else "Jeszcze nie bezpośrednio")
        transfer = next((r.fact for r in self.plan.facts if r.fits), None)
        if transfer:
            self.draft.add(
                1, self.say("exp_domain_transfer", sentence=self.sentence(transfer, embedded=True))
            )
            self.point_for(transfer)
        self.draft.add(2, self.say("exp_domain_plan"))

    def _covers_subject(self, fact: Fact) -> bool:
        """A "yes" needs the line to share what the question is about, not just its head word: "manual
        testing of the booking flow" does not answer "have you done any performance testing?"."""
        subject = [w for w in content_words(self.plan.question) if len(w) > 3 and w not in _EXPERIENCE_VERBS]
        fact_words = content_words(fact.text)
        shared = sum(1 for w in subject if any(same_word(w, f) for f in fact_words))
        return shared >= min(len(subject), 2)

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


def _a_town(key: str) -> bool:
    """ "we Wrocławiu", "in Leeds": a place, in any case ending, never a skill the candidate lacks."""
    return any(
        key == town or (key.startswith(town[: max(4, len(town) - 1)]) and len(key) - len(town) <= 3)
        for town in LOCATIONS
        if len(town) >= 4
    )
