"""Questions about the candidate as a professional that no single question type covers well:
what they know about the company, what motivates them, whether they interview elsewhere, how they
stay up to date, and what their first months would look like. Each is recognised by its wording
(English and Polish) and answered from the job ad and the CV."""

from __future__ import annotations

import re

from copilot.language.answers.career_break import ASKED as CAREER_BREAK
from copilot.language.answers.company_about import about_phrase
from copilot.language.answers.line_kinds import is_failure_line
from copilot.language.answers.scenario import is_scenario
from copilot.language.answers.wording import first_clause, pl_years, this_year
from copilot.language.cv.spoken import spoken_employer
from copilot.language.questions import detect_question
from copilot.language.text import fold

_ASKS = {
    "small_talk": re.compile(
        r"\b(?:did you find (?:us|the (?:place|office|building))(?: (?:ok|okay|alright|all right|easily|easy))?|"
        r"how was (?:your|the) (?:journey|trip|commute|drive|weekend|morning)|can you hear me|"
        r"how(?:'s| is) your (?:day|morning|week)(?: going)?|how are you (?:doing|today)|"
        r"(?:get|find|manage to get) (?:a )?parking|park (?:ok|okay|alright)|(?:mozemy|mowmy) (?:sobie )?na ty|"
        r"(?:can|could) i (?:get|offer) you (?:a |some |anything)|would you like (?:a |some )?(?:coffee|tea|water|drink)|"
        r"coffee or tea|tea or coffee|"
        r"^(?:\w+ ){0,2}(?:kawy|kawa|herbaty|herbata|wody|woda|cos do picia)\b|napije (?:sie )?(?:pan|pani)|"
        r"(?:dobrze|latwo|bez problemu) (?:pan |pani )?(?:do nas )?(?:trafil\w*|dojechal\w*)|(?:kawy|herbaty|wody|kawe|herbate)\b[^.?!]{0,15}\?|jak (?:mija|minal) (?:panu |pani )?dzien|"
        r"jak (?:minela|minal) (?:panu |pani )?(?:podroz|dojazd|weekend)|czy (?:latwo|bez problemu) (?:bylo )?(?:nas )?(?:znalezc|trafic|dojechac)|"
        r"(?:slychac|slyszy) (?:mnie|pan|pani)\b)"
    ),
    "know_company": re.compile(
        r"\bwhat do you know about (?:us|our (?:company|business|organi[sz]ation|bank|firm)|the company|what we do)\b|"
        r"\bco (?:pan |pani )?wie\w* o (?:nas|naszej (?:firmie|organizacji)|firmie)|co (?:pan |pani )?wiesz o (?:nas|naszej firmie)"
    ),
    "drives": re.compile(
        r"\bwhat (?:motivates|drives|energi[sz]es|inspires) you\b|what gets you (?:up|out of bed)|"
        r"\bco (?:pana |pania |cie )?(?:motywuje|napedza|inspiruje)"
    ),
    "other_offers": re.compile(
        r"(?:interviewing|applying|talking to|speaking (?:to|with)|in (?:the )?process(?:es)?) (?:\w+ ){0,2}"
        r"(?:anywhere else|elsewhere|with (?:any )?other|other (?:companies|places|roles))|"
        r"\bother (?:offers|interviews|processes)\b|any offers\b|"
        r"(?:aplikuje|rekrutuje|uczestniczy)\w* (?:pan |pani )?(?:tez |rowniez )?(?:gdzies|do innych|w innych)|"
        r"inn(?:e|ych) (?:oferty|ofert|rekrutacj\w*|procesy|procesach)|rozmawia\w* (?:pan |pani )?(?:tez |rowniez )?z innymi"
    ),
    "up_to_date": re.compile(
        r"\b(?:up to date|up-to-date|keep up with|stay current|keep current|on top of (?:the )?(?:latest|trends|changes|new)|"
        r"keep (?:your )?skills (?:sharp|fresh|current)|na biezaco|sledzi\w* (?:pan |pani )?(?:nowosci|trendy|zmiany)|"
        r"aktualizuje\w* (?:pan |pani )?(?:swoja )?wiedz)"
    ),
    # "How's your English?", "Jak u Pani z niemieckim?", "Do you use English at work?"
    "spoken_language": re.compile(
        r"\b(?:(?:your|my) (?:english|german|french|spanish)|(?:speak|use|level of) (?:\w+ )?(?:english|german|french|spanish)|"
        r"(?:z|ze) (?:angielskim|niemieckim|francuskim|hiszpanskim|rosyjskim|czeskim)|"
        r"(?:zna\w*|mowi\w*|poziom\w*|posluguje\w*|ocenia\w*|oceni\w*)(?: \w+){0,3} (?:angielsk|niemieck|francusk|hiszpansk|rosyjsk|czesk)\w*|"
        r"how (?:good|strong|fluent|confident) (?:is|are) (?:your|you with your) (?:\w+ )?(?:english|german|french|spanish|polish))"
    ),
    "feedback": re.compile(
        r"\bhow do you (?:handle|take|deal with|respond to|react to|receive|cope with) (?:\w+ )?(?:feedback|criticism)|"
        r"\bhow do you react when (?:someone|your manager|a colleague) critici|"
        r"\bjak (?:pan |pani )?(?:reaguje\w*|przyjmuje\w*|podchodzi\w*|radzi\w* sobie) (?:pan |pani )?(?:sobie )?(?:na |do |z )?"
        r"(?:krytyk\w*|feedback\w*|informacj\w* zwrotn\w*|uwag\w*)"
    ),
    # "The role is mostly nights. Is that something you've done before?": the hours, with the CV's proof
    "working_terms_done": re.compile(
        r"\b(?:nights?|night shifts?|shifts?|weekends?|rota|on[- ]call|travel\w*|noc\w*|zmian\w*|weekend\w*|dyzur\w*)\b"
        r".{0,80}\b(?:done (?:that |this |it )?before|something you(?:'ve| have) done|have you (?:done|worked)|"
        r"robil\w* (?:to |tak )?(?:juz |wczesniej )|pracowal\w* (?:juz |wczesniej )?w (?:takim|tym) (?:systemie|trybie))"
    ),
    # "Could you work nights?", "Are you okay with the 4 on 4 off pattern?", "Czy może Pan pracować w weekendy?"
    "working_terms": re.compile(
        r"^(?!(?:what|how|why|when|where)\b)(?:\w+ ){0,2}?(?:(?:could|can|would|will) you (?:work|do|cover|travel|relocate|commute)|"
        r"are you (?:ok|okay|happy|willing|comfortable|fine|able|open|prepared|available) (?:with|to|for|working|doing)|"
        r"how do you feel about (?:working|doing|the|travel|relocat|shift|night|weekend)|"
        r"czy (?:(?:moze|mozesz|moglby|moglaby|bylby|bylaby|jest) )?(?:pan |pani )?(?:pracowac|gotow\w*|w stanie|"
        r"odpowiada|pasuje|przeszkadza|moze pracowac)|(?:do you have|are there) any (?:\w+ )?(?:restrictions|limitations|constraints)|"
        r"(?:czy )?ma (?:pan |pani )?(?:jakies |jakiekolwiek )?ogranicz\w*)"
        r"(?=.*\b(?:night|shift|weekend|rota|pattern|on[- ]call|overtime|travel|relocat|commut|office|hybrid|"
        r"early|late|hours|\d+ on \d+ off|saturday|sunday|evening|noc|zmian|weekend|dyzur|nadgodzin|wyjazd|delegacj|przeprowadz|biur|"
        r"dojazd|godzin|sobot|niedziel))"
    ),
    # "We're hybrid, two days in the London office. How would that work for you?": the terms stated first
    "working_terms_stated": re.compile(
        r"\b(?:hybrid|office|on[- ]site|commut\w*|relocat\w*|nights?|night shifts?|weekends?|saturdays?|sundays?|evenings?|"
        r"early starts?|rota|on[- ]call|travel\w*|sobot\w*|niedziel\w*|"
        r"\d+ on,? \d+ off|hybryd\w*|biur\w*|dojazd\w*|dojezdza\w*|noc\w*|weekend\w*|dyzur\w*|zmian\w*|delegacj\w*|"
        r"(?:\w+ )?days? a week|stacjonarn\w*|(?:\w+ )?dni w tygodniu|(?:site )?trips?|site visits?|overnight stays?)\b"
        r".{0,160}\b(?:how (?:does|would) (?:that|this) sit with you|how would (?:that|this) work for you|would (?:that|this) (?:work|be (?:ok|okay|a problem)) for you|"
        r"(?:does|will) (?:that|this) work for you|is (?:that|this) (?:ok|okay|a problem|manageable|doable|feasible) for you|"
        r"how do you feel about (?:that|this)|czy (?:to )?(?:panu|pani|tobie|ci) (?:odpowiada|pasuje|przeszkadza)|"
        r"jak (?:pan|pani) to widzi|jak (?:to )?(?:widzisz|pan widzi|pani widzi)|da sie (?:to )?pogodzic|"
        r"czy (?:to )?(?:bedzie )?(?:problem|klopot)|is (?:that|this) (?:doable|workable)|"
        r"(?:czy )?(?:to )?(?:jest )?(?:dla (?:pana|pani|ciebie) )?w porzadku(?: dla (?:pana|pani|ciebie))?\?)"
    ),
    # "What does a typical week look like for you?", "Jak wygląda Pana typowy dzień?"
    "typical_day": re.compile(
        r"\btypical (?:day|week|shift)|(?:your|a|my) day[- ]to[- ]day|day[- ]to[- ]day (?:job|work|role)|what does (?:a |your )?(?:normal |usual )?(?:day|week|shift) "
        r"look like|what (?:a|your) (?:normal|typical|usual) (?:working )?(?:day|week|shift) looks like|"
        r"(?:typowy|zwykly|normalny) (?:dzien|tydzien)|jak wyglada (?:pana |pani |twoj )?(?:dzien|tydzien)|"
        r"jak wyglada (?:pana |pani |twoja )?praca na co dzien"
    ),
    # "Will you leave us in a year?", "Czy nie odejdzie Pan od nas po roku?"
    "commitment": re.compile(
        r"\b(?:(?:will|would|are) you (?:going to |just )?leave us|leave us (?:in|after|for)|how long (?:do|would|will) you "
        r"(?:plan to |intend to |want to |expect to )?stay|stepping stone|\byou (?:\w+ ){0,2}(?:stay|stick) (?:with|around)|"
        r"odejdzie (?:pan |pani )?(?:od nas|po)|jak dlugo (?:pan |pani )?(?:planuje|zamierza|chce) (?:u nas )?(?:zostac|pracowac)|"
        r"trampolin\w*|what would (?:keep you|make you (?:stay|leave))|keep you here|"
        r"co (?:by )?(?:pana |pania |cie )?(?:tu |u nas )?zatrzyma\w*|co (?:by )?sprawilo\w*, ze (?:pan |pani )?(?:odejdzie|zostanie))"
    ),
    # "Are you planning further qualifications?", "You never sat the exam. Why not?"
    "qualifications": re.compile(
        r"(?:further|more|other|next|new|additional) (?:qualifications?|certifications?|certificates?|exams?)|"
        r"(?:never|didn'?t|did not|haven'?t|have not) (?:sat|sit|take|took|taken|finish\w*|complet\w*) (?:the |your |that )?"
        r"(?:exams?|course|qualification|certificat\w*)|why (?:not|didn'?t you) (?:sit|take|finish|complete)|"
        r"(?:plan|intend|going) to (?:sit|take|finish|complete|do) (?:the |your |any )?(?:exams?|qualification|certific\w*)|"
        r"kolejne (?:uprawnienia|certyfikaty|kwalifikacje)|dalsze (?:uprawnienia|kwalifikacje|certyfikaty)|"
        r"(?:dalej|kolejne) zdobywac|nie podszedl\w* do egzaminu|nie (?:zdawal\w*|przystapil\w*)|"
        r"planuje (?:pan |pani )?(?:zdobyc|zdawac|zrobic|podejsc)"
    ),
    "career_break": CAREER_BREAK,
    "first_days": re.compile(
        r"\bfirst (?:30|60|90|100|thirty|sixty|ninety|hundred) days|first (?:three|3|six|6|few) months|"
        r"\b(?:your|the|my) first (?:week|weeks|month|few weeks|day|days)\b|"
        r"pierwsz\w* (?:tydzien|tygodni\w*|miesiac\w*|dni)(?! temu)|"
        r"pierwsz\w* (?:30|60|90|100|trzydziesci|dziewiecdziesiat|sto) dni|pierwsz\w* (?:trzy|3|kilka|szesc|6) miesi"
    ),
}


# CV lines where feedback was part of the work: reviews, coaching, surveys, retrospectives.
_FEEDBACK_DONE = re.compile(
    r"\b(?:feedback|review\w*|coach\w*|retro\w*|survey\w*|appraisal\w*|1:1|one-to-one|odsluch\w*|"
    r"informacj\w* zwrotn\w*|ocen\w* rozmow|coaching\w*|ankiet\w*)"
)
# CV lines that show the candidate already works such hours or travels.
# Kinds of working terms, each with the words that name it in a question and in a CV line.
_TERMS_KINDS = {
    "hours": r"nights?|shifts?|rota|rotation|weekends?|\d+ on,? \d+ off|24/7|early starts?|late finish\w*|"
    r"nocn\w*|noc\w*|zmian\w*|weekend\w*|sobot\w*|niedziel\w*",
    "on_call": r"on[- ]call|standby|dyzur\w*",
    "travel": r"travel\w*|relocat\w*|delegacj\w*|wyjazd\w*|przeprowadz\w*",
    "place": r"hybrid|office|on[- ]site|commut\w*|remote\w*|hybryd\w*|biur\w*|dojazd\w*|dojezdza\w*|zdaln\w*",
}


def _terms_shown(question: str, line: str) -> bool:
    """The CV line shows the kind of terms the question is about (nights for nights, not on-call
    for an office pattern)."""
    asked = [kind for kind, words in _TERMS_KINDS.items() if re.search(rf"\b(?:{words})\b", question)]
    kinds = asked or list(_TERMS_KINDS)
    return any(re.search(rf"\b(?:{_TERMS_KINDS[kind]})\b", line) for kind in kinds)


_LIMITS_ASKED = re.compile(r"restriction|limitation|constraint|ogranicz")
# The language of others, not the candidate's ("a crew who speak little English").
_OTHERS_LANGUAGE = re.compile(
    r"\b(?:who|which|that|they|team|crew|staff|workers|customers|patients|ktor\w*|ekip\w*|brygad\w*|zespol\w*|"
    r"pracownic\w*|klienci|pacjenci)\b[^?.]{0,30}(?:speak|mowi\w*|zna\w*)"
)


def personal_kind(question: str, company: str = "") -> str:
    """Which of these questions it is ("" for none). "What do you know about Monzo?" names the
    company itself, so the company's own name counts as "us"."""
    folded = fold(question)
    head = fold(spoken_employer(company)).split()[0] if company.strip() else ""
    if head and re.search(
        r"\b(?:what do you know about|co (?:pan |pani )?wie\w* o|co wiesz o)\s+" + re.escape(head), folded
    ):
        return "know_company"
    found = next((kind for kind, pattern in _ASKS.items() if pattern.search(folded)), "")
    if found == "small_talk" and _asks_more(question):
        return ""  # "Did you find us okay? … So, give me the quick version: where you are now …"
    if found == "spoken_language" and _OTHERS_LANGUAGE.search(folded):
        return ""  # "how would you brief a crew who speak little English?" is about the crew
    if found == "first_days" and _HARDEST.search(folded):
        return "hardest_start"  # "What would you struggle with in your first months?": a weakness, not a plan
    if found == "first_days" and (_SCENARIO.search(folded) or is_scenario(question)):
        return ""  # "Imagine it's your first week and the fryer line goes down. What do you do?": the problem
    if not found and _PLEASANTRY.search(folded) and not detect_question(question).is_question:
        return "small_talk"  # "Thanks for coming in, grab a coffee": a thank-you, not a pitch
    if (
        not found
        and _PLEASANTRY.search(folded)
        and _INTRODUCES_SELF.search(folded)
        and not _asks_more(question)
    ):
        return "small_talk"  # "Hi Hannah, half-term for you this week? I'm Claire, I head up L&D.": a welcome
    return found


def _asks_more(question: str) -> bool:
    """A question after the small talk, which is what the turn is for."""
    sentences = [part for part in re.split(r"(?<=[.!?])\s+", question.strip()) if part]
    last = sentences[-1] if len(sentences) > 1 else ""
    return bool(last) and not _ASKS["small_talk"].search(fold(last)) and detect_question(last).is_question


_IN_PROGRESS = re.compile(
    r"in progress|student|studying|part[- ]qualified|exams? passed|\d+ ?(?:/|of) ?\d+ exams|w trakcie|zdan\w* \d|"
    r"\d+ ?(?:/|z) ?\d+ egzamin|kurs\w* (?:ukonczon|bez egzaminu)|course completed|sitting"
)
_NOT_SAT = re.compile(r"never|didn'?t|did not|why not|nie podszedl|nie zdawal|nie przystapil|dlaczego")
_STUDY_SUPPORT = re.compile(
    r"study|exam|qualification|certific|training budget|szkolen|dofinans|certyfik|egzamin|nauk"
)
# A drink offered ("can I get you a coffee?", "proszę się częstować, woda jest na stole"), not one mentioned.
_DRINK_OFFERED = re.compile(
    r"(?:would you like|can i (?:get|offer)|could i (?:get|offer)|help yourself|grab|want|fancy|get you)\b.{0,25}"
    r"\b(?:coffee|tea|water|drink)|\b(?:coffee|tea|water)(?: or (?:coffee|tea|water))?\?|"
    r"(?:kawy|herbaty|wody|cos do picia)\b.{0,10}\?|napije|poczestuj|czestowac|woda jest|kawa jest"
)
_HARDEST = re.compile(
    r"not (?:yet )?good at|weak|struggle|hardest|most difficult|find (?:it )?(?:hard|difficult)|biggest challenge|"
    r"najtrudniejsz|najwieksz\w* wyzwani|slab|trudnosc|trudno (?:bedzie|byloby)|nie radzi"
)
# A situation set in the first week, asking what to do about it.
_SCENARIO = re.compile(
    r"\b(?:imagine|picture|suppose|say (?:it'?s|that|you)|let'?s say|wyobraz\w*|zalozmy|sytuacj\w*)\b.{20,}"
    r"(?:what (?:do|would|will) you do|what are you doing|how (?:do|would) you (?:handle|deal|respond|approach)|"
    r"co (?:pan |pani )?(?:robi|zrobi)|jak (?:pan |pani )?(?:to )?(?:rozwiaz|postap|zareag)|"
    r"od czego (?:pan |pani )?zacz|where (?:do|would) you (?:start|begin))"
)
# The interviewer saying who they are: the turn is a welcome, whatever small talk it holds.
_INTRODUCES_SELF = re.compile(
    r"\b(?:i'?m|i am|my name is|nazywam sie|jestem|mam na imie)\b.{0,60}\b(?:head|lead|manage|run|director|manager|"
    r"recruiter|talent|hr|partner|team|dyrektor\w*|kierownik\w*|kierowni\w*|rekruter\w*|kadr|hr|zespol\w*|dzial\w*)"
)
# A greeting, a welcome or a remark about the day that asks nothing.
_PLEASANTRY = re.compile(
    r"\b(?:hi|hello|hey|good (?:morning|afternoon|evening)|welcome|thanks? (?:you )?for (?:coming|making|joining|taking)|"
    r"(?:nice|good|lovely|great|pleased) to (?:meet|see) you|sorry (?:about|for) (?:the )?(?:noise|wait|delay|mess)|"
    r"make yourself (?:at home|comfortable)|grab (?:a |some )?(?:coffee|tea|water|seat)|take a seat|have a seat|"
    r"dzien dobry|witam|zapraszam|milo (?:mi|pana|pania)|dziekuje,? ze|dziekuje za przyjscie|prosze (?:sie )?(?:rozgoscic|usiasc|siadac)|"
    r"przepraszam za (?:halas|spoznienie|opoznienie|balagan)|woda jest)\b"
)


class Personal:
    """Answers to the questions ``personal_kind`` recognises (a part of the Composer)."""

    def personal(self, kind: str) -> None:
        getattr(self, f"_{kind}")()

    def company_about(self) -> str:
        return about_phrase(self.plan.job.about, self.language, self.plan.context.company.strip())

    def _best_fit(self):
        return self.plan.best if self.plan.facts and self.plan.facts[0].fits else None

    def _small_talk(self) -> None:
        folded = fold(self.plan.question)
        said = [
            key
            for key, pattern in (
                ("small_talk_ty", r"\bna ty\b"),
                ("small_talk_hear", r"hear me|slychac|slyszy"),
            )
            if re.search(pattern, folded)
        ]
        if said:  # "Możemy na ty? Słychać mnie dobrze?": each answered, in one line
            self.draft.add(0, " ".join(self.say(key) for key in said))
            self.draft.point(first_clause(self.say(said[0]), 8))
            return
        if _DRINK_OFFERED.search(folded):
            key = "small_talk_drink"
        elif re.search(
            r"how(?:'s| is| has) your (?:day|morning|week)|how are you doing|mija \w* ?dzien", folded
        ):
            key = "small_talk_day"
        elif _PLEASANTRY.search(folded) and (
            not detect_question(self.plan.question).is_question or not _ASKS["small_talk"].search(folded)
        ):
            key = "small_talk_welcome"  # a welcome, and small talk we have no set reply to
        else:
            key = "small_talk_how" if re.match(r"\W*(?:how|jak)\b", folded) else "small_talk"
        self.draft.add(0, self.say(key))
        self.draft.point(first_clause(self.say(key), 8))

    def _know_company(self) -> None:
        about = self.company_about()
        company = self.plan.context.company.strip()
        if about:
            self.draft.add(0, self.say("know_about", about=about))
            self.draft.point(("Company: " if self.language == "en" else "Firma: ") + first_clause(about, 10))
        elif company:
            self.draft.add(0, self.say("know_name"))
        duty = self.duty()
        if duty:
            self.draft.add(1, self.say("know_role", duty=duty))
            self.draft.point(("Role: " if self.language == "en" else "Rola: ") + first_clause(duty, 9))
        self.draft.add(2, self.say("know_more"))

    def _drives(self) -> None:
        best = self._best_fit()
        themes = best.themes if best else frozenset()
        theme = next((t for t in ("leadership", "customer", "impact") if t in themes), "default")
        self.draft.add(0, self.say(f"drive_{theme}"))
        self.draft.point(first_clause(self.say(f"drive_{theme}"), 10))
        if best is not None:
            self.draft.add(1, self.say("drive_example", sentence=self.sentence(best, embedded=True)))
            self.point_for(best)
        if self.plan.context.position.strip() or self.plan.context.company.strip():
            self.draft.add(2, self.say("drive_close"))

    def _other_offers(self) -> None:
        duty = self.duty()
        self.draft.add(0, self.say("offers_yes"))
        self.draft.point(first_clause(self.say("offers_yes"), 10))
        self.draft.add(
            1, self.say("offers_first_choice_duty", duty=duty) if duty else self.say("offers_first_choice")
        )

    def _way_with_example(self, key: str, example, example_key: str) -> None:
        """A two-part way of doing something ("... | ..."), with a CV line that shows it between."""
        first, _, second = self.say(key).partition(" | ")
        self.draft.add(0, first)
        self.draft.add(2, second)
        self.draft.point(first_clause(first, 10))
        if example is not None:
            self.draft.add(1, self.say(example_key, sentence=self.sentence(example, embedded=True)))
            self.point_for(example)

    def _up_to_date(self) -> None:
        learned = next(
            (
                r.fact
                for r in self.plan.facts
                if r.fact.kind in ("certificate", "education") or "learning" in r.fact.themes
            ),
            None,
        )
        certificate = learned if learned is not None and learned.kind == "certificate" else None
        self._way_with_example("up_to_date", certificate, "up_to_date_example")

    def _spoken_language(self) -> None:
        if not self._language_level():
            self.experience()

    def _feedback(self) -> None:
        """How I take feedback, with a CV line where feedback or coaching was part of the work."""
        shown = next(
            (
                r.fact
                for r in self.plan.facts[:10]
                if r.fact.kind not in ("education", "certificate", "summary")
                and _FEEDBACK_DONE.search(fold(r.fact.text))
            ),
            None,
        )
        self._way_with_example("feedback_how", shown, "feedback_example")

    def _working_terms_stated(self) -> None:
        self._working_terms()

    def _working_terms_done(self) -> None:
        self._working_terms(done_before=True)

    def _working_terms(self, done_before: bool = False) -> None:
        """Yes, with the CV's proof when it shows the same kind of hours or travel."""
        shown = next(
            (
                r.fact
                for r in self.plan.facts
                if r.fact.kind not in ("education", "certificate")
                and _terms_shown(fold(self.plan.question), fold(r.fact.text))
            ),
            None,
        )
        opening = "terms_done_yes" if done_before and shown is not None else "other_yes"
        if _LIMITS_ASKED.search(fold(self.plan.question)):
            opening = "terms_no_limits"  # "any restrictions on nights?": "none", not "yes"
        self.draft.add(0, self.say(opening))
        self.draft.point(first_clause(self.say(opening), 8))
        if shown is not None:
            self.draft.add(1, self.say("terms_done", sentence=self.sentence(shown, embedded=True)))
            self.point_for(shown)
        self.draft.add(2, self.say("willing_how"))

    def _hardest_start(self) -> None:
        self.weaknesses()

    def _typical_day(self) -> None:
        """What the current job is made of, from its own lines (never a mistake or a quarrel)."""
        profile = self.plan.profile
        current = next(
            (role for role in profile.roles if role.current), profile.roles[0] if profile.roles else None
        )
        lines = [
            fact
            for fact in profile.facts
            if fact.role == current
            and fact.kind == "work"
            and not is_failure_line(fact.text)
            and "conflict" not in fact.themes
        ]
        if not lines:
            self.experience()
            return
        self.draft.add(0, self.say("typical_lead"))
        for priority, fact in enumerate(lines[:2], 1):
            self.draft.add(priority, self.sentence(fact))
            self.point_for(fact)

    def _commitment(self) -> None:
        """No stepping stone: what this role gives for years, and the record that shows staying power."""
        duty = self.duty()
        self.draft.add(0, self.say("commit_plan_duty", duty=duty) if duty else self.say("commit_plan"))
        self.draft.point(first_clause(self.say("commit_plan"), 10))
        stays = [
            (max(1, (role.end_year or this_year()) - role.start_year), role)
            for role in self.plan.profile.roles
            if role.start_year and role.employer and not role.internship
        ]
        years, role = max(stays, key=lambda stay: stay[0], default=(0, None))
        if role is not None and years >= 3:
            fields = {
                "years": str(years),
                "years_pl": pl_years(years),
                "employer": spoken_employer(role.employer),
            }
            key = "commit_record_current" if role.current else "commit_record"
            self.draft.add(1, self.say(key, **fields))
            self.draft.point(self.say(key, **fields))
        training = re.search(
            r"train|course|qualif|exam|szkol|kurs|egzamin|certyfik", fold(self.plan.question)
        )
        self.draft.add(2, self.say("commit_close_training" if training else "commit_close"))

    def _qualifications(self) -> None:
        """What is in progress and the plan to finish it, with the ad's study support when it offers
        some; an exam not sat is explained by timing, never by an invented reason."""
        folded = fold(self.plan.question)
        started = next(
            (
                fact
                for fact in self.plan.profile.facts
                if fact.kind in ("certificate", "education", "summary", "other")
                and _IN_PROGRESS.search(fold(fact.text))
            ),
            None,
        )
        if _NOT_SAT.search(folded):
            self.draft.add(0, self.say("qual_not_sat"))
            self.draft.point(first_clause(self.say("qual_not_sat"), 10))
        if started is not None:
            self.draft.add(1, self.say("qual_progress", sentence=self.sentence(started, embedded=True)))
            self.point_for(started)
        support = any(_STUDY_SUPPORT.search(fold(line)) for line in self.plan.job.offer + self.plan.job.about)
        key = "qual_plan_support" if support else "qual_plan"
        self.draft.add(2, self.say(key))
        self.draft.point(first_clause(self.say(key), 10))

    def _first_days(self) -> None:
        duty, duty2 = self.duty(), self.duty(1)
        self.draft.add(0, self.say("days_listen"))
        self.draft.add(
            1, self.say("days_contribute_duty", duty=duty) if duty else self.say("days_contribute")
        )
        self.draft.add(2, self.say("days_plan_duty", duty2=duty2) if duty2 else self.say("days_plan"))
        for key in ("days_listen", "days_plan"):
            self.draft.point(first_clause(self.say(key), 10))
