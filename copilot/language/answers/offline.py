"""Offline answer composer: grounded interview answers without a language model.

It classifies the question, ranks CV and job-description lines against it (BM25) and fills an
English or Polish first-person template. Concrete facts are only ever quoted from the context;
whatever the context cannot supply is left as a bracketed prompt for the candidate.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterator
from dataclasses import dataclass

import numpy as np

from copilot.language.answers.base import AnswerContext
from copilot.language.answers.retrieval import Fact, FactIndex, build_index, tokenize
from copilot.language.answers.templates import PHRASES, TECHNICAL_STEPS, TYPE_KEYWORDS
from copilot.language.text import detect_language, fold, word_set

QUESTION_TYPES = (
    "introduction",
    "motivation",
    "strengths",
    "weaknesses",
    "behavioural",
    "conflict",
    "failure",
    "achievement",
    "leadership",
    "technical",
    "experience",
    "salary",
    "availability",
    "future",
    "closing",
    "follow_up",
    "generic",
)

# Checked in order on lowercased, diacritic-free text, so the more specific types come first
# ("tell me about a time you had a conflict" is a conflict question, not a generic STAR one).
_TYPE_PATTERNS: tuple[tuple[str, str], ...] = (
    (
        "closing",
        r"\b(do|would) you have (any )?questions|any questions (for|to) (us|me)|questions for us"
        r"|\bma(sz| pan| pani)( do nas)? (jakies )?pytani|jakies pytania|pytania do nas",
    ),
    (
        "salary",
        r"salar|compensation|\bpay\b|expected (pay|rate)|(daily|hourly|day|your) rate|how much .*(earn|expect|make)"
        r"|wynagrodz|zarob|stawk|widelk|ile (chce|chcial|oczekuje)|oczekiwania finansow|finansow",
    ),
    (
        "availability",
        r"notice period|when (can|could|would) you (start|join)|available to start|availability|start date"
        r"|okres(u|ie)? wypowiedz|kiedy (moze|mogl\w*|mozesz) (pan |pani )?(zaczac|rozpoczac|dolaczyc)"
        r"|dostepn|od kiedy",
    ),
    (
        "future",
        r"where do you see yourself|in (five|5|ten|10|a few|few|three|3) years|long[- ]term (goal|plan)"
        r"|career (goal|plan)|gdzie widzi(sz)? (sie|siebie)|(gdzie|jak) (pan|pani) (sie )?widzi"
        r"|za (piec|5|kilka|dziesiec|10|trzy|3) lat|plany zawodowe|cele zawodowe",
    ),
    (
        "follow_up",
        r"elaborate|tell me more|more about (that|this|it)|more detail|go deeper|expand on"
        r"|what was the (result|outcome|impact|effect)|what happened (next|then|after)"
        r"|how did (it|that) (go|end|turn out)|what did you learn from (it|that)"
        r"|(opowiedz|powiedz) (mi |nam )?(cos |troche )?wiecej|rozwin|wiecej szczegol"
        r"|jaki by(l|lo) (efekt|rezultat|wynik)|jakie by(ly|l) (efekty|rezultaty|wyniki)"
        r"|co by(lo|l) dalej|(czym|jak) sie to skonczyl",
    ),
    (
        "weaknesses",
        r"weakness|weak (point|side|spot)|areas? (for|of) (improvement|development)|need to improve"
        r"|slab(a|e|ych|ymi|osc|osci) (stron|punkt)|slabos|nad czym (musisz|musi pan|musi pani|powinien|powinna)",
    ),
    (
        "strengths",
        r"strength|strong (point|side|suit)|what are you good at|why should we hire|what makes you"
        r"|mocn(e|a|ych|ymi) stron|atut|w czym jest(es)? (pan |pani )?(dobr|najlepsz)|dlaczego powinnismy",
    ),
    (
        "conflict",
        r"conflict|disagree|difficult (colleague|coworker|co-worker|person|people|manager|boss|client|customer"
        r"|stakeholder|patient|parent|team ?mate)|pushback|push back"
        r"|konflik|nie zgadza|spor\b|sporu|trudn\w* (wspolpracown|klient|osob|szef|przelozon|pacjent|rodzic)",
    ),
    (
        "failure",
        r"\bfail|mistake|error you made|went wrong|regret|setback"
        r"|porazk|porazc|porazek|\bblad|\bbled|pomylk|niepowodzen|nie udalo|nie wyszlo",
    ),
    (
        "achievement",
        r"proud|achievement|accomplishment|biggest success|greatest success"
        r"|dum(ny|na|ni)|osiagniec|najwiekszy sukces|sukces",
    ),
    (
        "motivation",
        r"why (do|would) you (want|like)|why (are you|were you) (interested|applying)|why (us|our|this)"
        r"|why did you apply|why (are|did) you (leav|quit)|what (attracts|interests|draws|motivates) you"
        r"|motivat|dlaczego (chce|chcesz|chcial|aplik|wlasnie|nasz|ta |to stanowisk|u nas|ta firm|odchodz)"
        r"|co (pana|pania|cie) (przyciag|interes|motyw)|motywac|czemu (chce|chcesz|nasz)",
    ),
    (
        "leadership",
        r"\blead|\bled\b|managed (a|the) team|manage (a|the) team|mentor|teamwork|team ?player"
        r"|work(ing)? (in|with) (a )?team|collaborat|delegat"
        r"|przywodz|lider|kierowa|zarzadza\w* zespol|zespol|wspolprac|delegow",
    ),
    (
        "experience",
        r"have you (ever )?(worked|used|had experience|programmed|built|done)|experience (with|in|using)"
        r"|experience do you have (with|in)"
        r"|familiar with|how (long|much experience)|do you know|worked with|used .* before"
        r"|czy (pan |pani )?(pracowal|uzywal|korzystal|zna|znasz|mial)|doswiadczenie (z|w)\b|znajomosc"
        r"|jakie (masz|ma pan|ma pani) doswiadczenie",
    ),
    (
        "introduction",
        r"about yourself|introduce yourself|walk (me|us) through your (cv|resume|background|career)"
        r"|who are you|your background|o sobie|przedstaw(ic)? sie|kim (jestes|pan jest|pani jest)"
        r"|swoj(a|ej) (sciezk|karier|droge)",
    ),
    (
        "technical",
        r"how (does|do|would|is|are|can) .*(work|implement|design|build|scale|architect|optimi|debug|troubleshoot)"
        r"|explain|what is the difference|difference between|\bvs\.?\b|versus|what (is|are) (a|an|the)\b"
        r"|^what (is|are)\b|design (a|an)\b|how would you (design|build|implement|scale|approach|debug|speed)"
        r"|jak (dziala|dzialaja|zaprojektow|zaimplementow|zbudow|zoptymaliz|przyspiesz)|wyjasn|wytlumacz"
        r"|czym (jest|sa|sie rozni)|rozni sie|roznic\w* miedzy|zaprojektuj|co to (jest|sa)",
    ),
    (
        "behavioural",
        r"tell (me|us) about a time|describe a (time|situation)|example of a time|have you ever|a situation (when|where|in which)"
        r"|give (me |us )?an example|sytuacj|zdarzyl|kiedy ostatnio|przyklad, (gdy|kiedy)",
    ),
)
_COMPILED_TYPES = tuple((name, re.compile(pattern)) for name, pattern in _TYPE_PATTERNS)

_TECHNICAL_KINDS = (
    ("compare", re.compile(r"difference|differ|\bvs\b|versus|compare|rozni|porown|lepsz")),
    ("design", re.compile(r"design|architect|build|implement|scale|zaprojekt|zbudow|zaimplement|architekt")),
    (
        "debug",
        re.compile(r"debug|troubleshoot|slow|optimi|speed up|memory leak|diagnoz|wolno|przyspiesz|zoptym"),
    ),
)

# Question words that frame a technical or "have you used X" question but are not its subject.
_FRAMING = frozenset(
    tokenize(
        "have ever worked work works working used use using experience familiar know knowledge how does "
        "would could design build implement explain difference between vs versus compare what which why "
        "projects project production commercially professionally years long much tell about good "
        "czy pracowales pracowalas pracowal pracowala uzywales uzywalas korzystales korzystalas znasz zna "
        "doswiadczenie doswiadczenia jak dziala dzialaja wyjasnij wytlumacz czym jest sa rozni roznica "
        "miedzy zaprojektuj zaprojektowalbys zaprojektowalabys zbudowalbys zbudowac zaimplementowac lat "
        "komercyjnie zawodowo projekcie projektach masz mial miala znajomosc praca pracy dobrze"
    )
)

_BRIEF = re.compile(r"\b(brief|briefly|short|shorter|concise|succinct|krotk|krotko|zwiezl|krocej)")
_DETAILED = re.compile(r"\b(detailed|in detail|thorough|elaborate|szczegolow|wyczerpuj|rozbudowan|dokladn)")
_RESULT = re.compile(r"result|outcome|impact|effect|efekt|rezultat|wynik")

# English verbs that open CV bullets; such a bullet reads naturally after "I ".
_EN_VERBS = word_set(
    "led built ran wrote taught grew drove won made took set cut brought oversaw held kept sold began became "
    "chose gave found spoke met sent spent lead build run write teach design develop manage maintain "
    "implement create deliver own mentor coordinate support provide prepare analyse analyze care "
    "administer work train plan organise organize conduct monitor"
)
_EN_ED_NOT_VERBS = word_set(
    "embedded based advanced detailed experienced skilled certified qualified dedicated motivated "
    "interested distributed related seasoned licensed registered talented"
)


@dataclass(frozen=True)
class _Piece:
    """One sentence of an answer; lower priority survives when sentences must be cut."""

    priority: int
    text: str


def classify_question(question: str, language: str) -> str:
    """Return the interview question type (one of ``QUESTION_TYPES``)."""
    # The patterns hold both languages, so ``language`` is not needed to choose them.
    del language
    text = " ".join(fold(question).split())
    for name, pattern in _COMPILED_TYPES:
        if pattern.search(text):
            return name
    return "generic"


def _technical_kind(question: str) -> str:
    text = fold(question)
    for kind, pattern in _TECHNICAL_KINDS:
        if pattern.search(text):
            return kind
    return "explain"


def _subject_tokens(question: str) -> list[str]:
    """The stemmed words a question is about, without the words that only frame it."""
    seen: list[str] = []
    for token in tokenize(question):
        if token not in _FRAMING and token not in seen and len(token) > 1:
            seen.append(token)
    return seen


def _answer_language(question: str, context: AnswerContext, language: str) -> str:
    requested = (language or "").lower()[:2]
    if requested in PHRASES:
        return requested
    if question.strip():
        return detect_language(question)
    preferred = (context.language or "").lower()[:2]
    return preferred if preferred in PHRASES else "en"


def _sentence_budget(system_prompt: str, max_sentences: int) -> int:
    prompt = fold(system_prompt)
    if _BRIEF.search(prompt):
        budget = 3
    elif _DETAILED.search(prompt):
        budget = max_sentences
    else:
        budget = 5
    return max(1, min(budget, max_sentences))


def _normalised_scores(index: FactIndex, tokens: list[str]) -> np.ndarray:
    scores = index.scores(tokens)
    top = float(scores.max()) if scores.size else 0.0
    return scores / top if top > 0 else scores


def _type_prior(index: FactIndex, qtype: str) -> np.ndarray:
    """Small preferences by question type: concrete numbers, summaries for introductions, ..."""
    prior = 0.1 * index.has_number - 0.0005 * index.order - 0.1 * ~index.from_cv
    sections = index.sections
    if qtype == "introduction":
        prior = prior + 0.3 * (sections == "summary") + 0.2 * index.is_header
    else:
        prior = prior - 0.3 * index.is_header
    if qtype in ("behavioural", "achievement", "conflict", "failure", "leadership", "strengths", "follow_up"):
        prior = prior - 0.3 * (sections == "skills") + 0.1 * (sections == "experience")
    if qtype in ("experience", "technical"):
        # A bullet saying what was done with a tool beats the bare skills list naming it.
        prior = prior + 0.4 * (sections == "experience")
    if qtype not in ("weaknesses", "experience", "technical"):
        prior = prior - 0.2 * np.isin(sections, ["education", "languages"])
    return prior


@dataclass
class _Ranking:
    """Scores of every fact for one question, plus which facts match the question itself."""

    index: FactIndex
    total: np.ndarray
    query: np.ndarray
    keywords: np.ndarray

    def pick(
        self,
        limit: int,
        *,
        source: str = "cv",
        require_query: bool = False,
        require_keywords: bool = False,
        mention: list[str] | None = None,
        exclude: frozenset[str] = frozenset(),
        numeric: bool = False,
    ) -> list[Fact]:
        mask = self.index.from_cv if source == "cv" else ~self.index.from_cv
        if source == "any":
            mask = np.ones(len(self.index.facts), dtype=bool)
        if require_query:
            mask = mask & (self.query > 0)
        if require_keywords:
            mask = mask & (self.keywords > 0)
        if numeric:
            mask = mask & (self.index.has_number > 0)
        # A bare title line ("Data analyst") says nothing when quoted on its own.
        mask = mask & (self.index.token_count >= 3)
        chosen: list[Fact] = []
        for position in np.argsort(-self.total, kind="stable"):
            if not mask[position]:
                continue
            fact = self.index.facts[position]
            if mention and not self.index.contains_any(int(position), mention):
                continue
            key = fold(fact.text)[:60]
            if key in exclude or any(fold(other.text)[:60] == key for other in chosen):
                continue
            chosen.append(fact)
            if len(chosen) == limit:
                break
        return chosen


def _rank(question_tokens: list[str], context: AnswerContext, qtype: str) -> _Ranking:
    index = build_index(context.cv, context.job_description)
    query = _normalised_scores(index, question_tokens)
    keywords = _normalised_scores(index, tokenize(TYPE_KEYWORDS.get(qtype, "")))
    total = query + 0.5 * keywords + _type_prior(index, qtype)
    return _Ranking(index, total, query, keywords)


def _resolve_follow_up(question: str, context: AnswerContext) -> tuple[str, str, str] | None:
    """For "can you elaborate?": the earlier question it refers to, its type and its answer."""
    for previous_question, previous_answer in reversed(context.history[-4:]):
        previous_type = classify_question(previous_question, "")
        if previous_type != "follow_up":
            return previous_question, previous_type, previous_answer
    return None


def _query_tokens(question: str, qtype: str, context: AnswerContext) -> list[str]:
    tokens = _subject_tokens(question) if qtype in ("experience", "technical") else tokenize(question)
    if qtype in ("motivation", "future", "closing", "introduction"):
        jd_terms = build_index(context.cv, context.job_description).jd_top_tokens[:30]
        tokens = tokens + tokenize(context.position) + jd_terms
    return tokens


def rank_facts(question: str, context: AnswerContext, limit: int = 3) -> list[str]:
    """The CV and job-description lines that best match the question, best first."""
    qtype = classify_question(question, "")
    query_text = question
    if qtype == "follow_up" and (previous := _resolve_follow_up(question, context)):
        query_text, qtype = f"{previous[0]} {question}", previous[1]
    tokens = _query_tokens(query_text, qtype, context)
    ranking = _rank(tokens, context, qtype)
    has_query = bool(ranking.query.size and ranking.query.max() > 0)
    return [fact.text for fact in ranking.pick(limit, source="any", require_query=has_query)]


class _Writer:
    """Fills the templates of one language for one context."""

    def __init__(self, language: str, context: AnswerContext) -> None:
        self.phrases = PHRASES[language]
        self.language = language
        self.context = context
        position, company = context.position.strip(), context.company.strip()
        variant = (
            "full" if position and company else "position" if position else "company" if company else "none"
        )
        fields = {"position": position, "company": company}
        self.role = self.phrases[f"role_{variant}"].format(**fields)
        loc_key = f"role_loc_{variant}"
        self.role_loc = self.phrases[loc_key].format(**fields) if loc_key in self.phrases else self.role
        self.at_company = self.phrases["at_company"].format(company=company) if company else ""

    def say(self, key: str, **fields: str) -> str:
        values = {
            "role": self.role,
            "Role": self.role[:1].upper() + self.role[1:],
            "role_loc": self.role_loc,
            "at_company": self.at_company,
            "company": self.context.company.strip(),
            "name": self.context.full_name.strip(),
        }
        values.update(fields)
        return self.phrases[key].format(**values)

    def fact(self, fact: Fact, slot: int) -> str:
        """A CV line as a spoken sentence, kept verbatim apart from the "I" that makes it first person."""
        if fact.is_header:
            return _end_sentence(self.phrases["fact_role"].format(fact=fact.text.strip().rstrip(" .;,:")))
        text, is_verb = _first_person(fact.text.strip(), self.language)
        text = text.rstrip(" .;,:")
        if (
            fact.header
            and fact.section in ("experience", "")
            and len(fact.header) <= 90
            and fold(fact.header) not in fold(text)
        ):
            text = self.phrases["fact_source"].format(fact=text, header=fact.header)
        kind = "verb" if is_verb else "plain"
        return _end_sentence(self.phrases[f"fact_{kind}_{min(slot, 2)}"].format(fact=text))

    def quoted(self, key: str, fact: Fact) -> str:
        return self.say(key, jd=_trim(fact.text), fact=_end_sentence(_trim(fact.text)))


def _trim(text: str, limit: int = 160) -> str:
    """Keep quotes short enough to say aloud, cutting at a word boundary."""
    text = text.strip().rstrip(".;,:")
    if len(text) <= limit:
        return text
    return text[:limit].rsplit(" ", 1)[0] + "…"


def _end_sentence(text: str) -> str:
    text = text.rstrip()
    return text if text.endswith((".", "!", "?", "…")) else text.rstrip(" ;,:") + "."


def _first_person(text: str, language: str) -> tuple[str, bool]:
    """Prefix "I" to an English bullet that opens with a verb; lowercase a Polish first-person verb."""
    first, _, rest = text.partition(" ")
    bare = first.strip(",:;").lower()
    if not bare or (first.isupper() and len(first) > 1):
        return text, False
    lowered = first[:1].lower() + first[1:]
    if re.fullmatch(r"\w+(lem|łem|lam|łam)", bare):
        return f"{lowered} {rest}".strip(), True
    if bare == "i":
        return text, True
    if bare in _EN_VERBS or (bare.endswith("ed") and len(bare) > 4 and bare not in _EN_ED_NOT_VERBS):
        return f"I {lowered} {rest}".strip(), True
    if bare == "responsible":
        return f"I was {lowered} {rest}".strip(), True
    return text, False


class OfflineAnswerBackend:
    """Grounded answers from the CV, job description and recent history, with no model at all."""

    name = "offline"

    def __init__(self, max_sentences: int = 6) -> None:
        self.max_sentences = max_sentences

    def stream(self, question: str, context: AnswerContext, language: str) -> Iterator[str]:
        """Yield the composed answer word by word, each word with the spacing that follows it."""
        yield from re.findall(r"\S+\s*", self.compose(question, context, language))

    def compose(self, question: str, context: AnswerContext, language: str) -> str:
        """The whole answer in the question's language."""
        answer_language = _answer_language(question, context, language)
        writer = _Writer(answer_language, context)
        qtype = classify_question(question, answer_language)
        previous_answer = ""
        topic = question
        if qtype == "follow_up":
            previous = _resolve_follow_up(question, context)
            if previous is None:
                qtype = "generic"
            else:
                topic = f"{previous[0]} {question}"
                previous_answer = previous[2]
        ranking = _rank(
            _query_tokens(topic, "generic" if qtype == "follow_up" else qtype, context), context, qtype
        )
        if qtype == "follow_up":
            pieces = _follow_up(writer, ranking, question, previous_answer)
        else:
            pieces = _COMPOSERS[qtype](writer, ranking, question, context)
        budget = _sentence_budget(context.system_prompt, self.max_sentences)
        kept = sorted(range(len(pieces)), key=lambda i: (pieces[i].priority, i))[:budget]
        return " ".join(pieces[i].text for i in sorted(kept))


_Composer = Callable[["_Writer", _Ranking, str, AnswerContext], list[_Piece]]


def _facts(writer: _Writer, facts: list[Fact], first_priority: int, start_slot: int = 0) -> list[_Piece]:
    """The first fact ranks at ``first_priority``; later ones give way to the closing sentence."""
    return [
        _Piece(first_priority + (2 + offset if offset else 0), writer.fact(fact, start_slot + offset))
        for offset, fact in enumerate(facts)
    ]


def _introduction(writer: _Writer, ranking: _Ranking, question: str, context: AnswerContext) -> list[_Piece]:
    opening = writer.say("intro_open_named") if context.full_name.strip() else writer.say("intro_open")
    facts = ranking.pick(3)
    if not facts:
        body = [_Piece(1, writer.say("intro_empty_1")), _Piece(2, writer.say("intro_empty_2"))]
    else:
        body = _facts(writer, facts, 1)
    return [
        _Piece(0, opening),
        *body,
        _Piece(2, writer.say("intro_close")),
        _Piece(5, writer.say("intro_extra")),
    ]


def _motivation(writer: _Writer, ranking: _Ranking, question: str, context: AnswerContext) -> list[_Piece]:
    pieces = [_Piece(0, writer.say("motivation_open"))]
    jd_facts = _jd_overlapping_cv(ranking, context)
    if jd_facts:
        pieces.append(_Piece(1, writer.quoted("motivation_jd", jd_facts[0])))
    facts = ranking.pick(2)
    if facts:
        pieces += _facts(writer, facts, 1)
    else:
        pieces.append(_Piece(1, writer.say("motivation_empty")))
    pieces.append(_Piece(2, writer.say("motivation_close")))
    return pieces


def _jd_overlapping_cv(ranking: _Ranking, context: AnswerContext) -> list[Fact]:
    """The job-description lines that share the most words with the CV: the honest reason to apply."""
    if not context.job_description.strip() or not context.cv.strip():
        return []
    cv_overlap = _normalised_scores(ranking.index, ranking.index.cv_top_tokens)
    candidates = [
        (score, fact)
        for score, fact, from_cv in zip(cv_overlap, ranking.index.facts, ranking.index.from_cv, strict=True)
        if not from_cv and score > 0 and len(fact.text) <= 200
    ]
    candidates.sort(key=lambda item: -item[0])
    return [fact for _, fact in candidates[:1]]


def _evidence_answer(prefix: str) -> _Composer:
    """Types answered as: opening, one or two CV facts, the type's own sentence, closing."""

    def compose(writer: _Writer, ranking: _Ranking, question: str, context: AnswerContext) -> list[_Piece]:
        pieces = [_Piece(0, writer.say(f"{prefix}_open"))]
        facts = ranking.pick(2)
        if facts:
            pieces += _facts(writer, facts, 1)
        else:
            pieces.append(_Piece(1, writer.say(f"{prefix}_empty")))
        action = f"{prefix}_action"
        if action in writer.phrases:
            pieces.append(_Piece(3, writer.say(action)))
        pieces.append(_Piece(2, writer.say(f"{prefix}_close")))
        return pieces

    return compose


def _strengths(writer: _Writer, ranking: _Ranking, question: str, context: AnswerContext) -> list[_Piece]:
    facts = ranking.pick(2)
    if not facts:
        return [_Piece(0, writer.say("strengths_empty")), _Piece(1, writer.say("strengths_close"))]
    return [
        _Piece(0, writer.say("strengths_open")),
        *_facts(writer, facts, 1),
        _Piece(1, writer.say("strengths_close")),
    ]


def _weaknesses(writer: _Writer, ranking: _Ranking, question: str, context: AnswerContext) -> list[_Piece]:
    learning = ranking.pick(1, require_keywords=True)
    return [
        _Piece(0, writer.say("weaknesses_open")),
        _Piece(1, writer.say("weaknesses_action")),
        *_facts(writer, learning, 3, start_slot=1),
        _Piece(2, writer.say("weaknesses_close")),
    ]


def _behavioural(writer: _Writer, ranking: _Ranking, question: str, context: AnswerContext) -> list[_Piece]:
    facts = ranking.pick(2)
    if not facts:
        return [
            _Piece(0, writer.say("behavioural_open")),
            _Piece(0, writer.say("behavioural_empty_1")),
            _Piece(0, writer.say("behavioural_empty_2")),
            _Piece(1, writer.say("behavioural_empty_3")),
            _Piece(2, writer.say("behavioural_close")),
        ]
    return [
        _Piece(0, writer.say("behavioural_open")),
        *_facts(writer, facts, 0),
        _Piece(1, writer.say("behavioural_action")),
        _Piece(2, writer.say("behavioural_close")),
    ]


def _failure(writer: _Writer, ranking: _Ranking, question: str, context: AnswerContext) -> list[_Piece]:
    related = ranking.pick(1, require_keywords=True)
    return [
        _Piece(0, writer.say("failure_open")),
        _Piece(1, writer.say("failure_action")),
        *_facts(writer, related, 3),
        _Piece(2, writer.say("failure_close")),
    ]


def _achievement(writer: _Writer, ranking: _Ranking, question: str, context: AnswerContext) -> list[_Piece]:
    facts = ranking.pick(2)
    if not facts:
        return [_Piece(0, writer.say("achievement_empty")), _Piece(1, writer.say("achievement_close"))]
    value = "achievement_value_number" if facts[0].has_number else "achievement_value"
    return [
        _Piece(0, writer.say("achievement_open")),
        *_facts(writer, facts, 0),
        _Piece(2, writer.say(value)),
        _Piece(1, writer.say("achievement_close")),
    ]


def _display_terms(ranking: _Ranking, question: str, tokens: list[str]) -> str:
    """Name the subject as the CV spells it, else as the question did ("Power BI", not "power, bi")."""
    phrases: list[list[str]] = []
    previous_matched = False
    for word in re.findall(r"[\w+#]+(?:\.[\w+#]+)*", question):
        matched = any(token in tokens for token in tokenize(word))
        if matched:
            if previous_matched:
                phrases[-1].append(word)
            else:
                phrases.append([word])
        previous_matched = matched
    names: list[str] = []
    for words in phrases:
        if len(words) == 1:
            surface = ranking.index.surface_form(tokenize(words[0])[0])
            name = surface or words[0]
        else:
            name = " ".join(words)
        if name not in names:
            names.append(name)
    return ", ".join(names)


def _named_subjects(ranking: _Ranking, question: str) -> list[str]:
    """Subject words that name something specific (Kafka, SQL, C++), not everyday words like "data".

    Technologies, tools and methods are written with capitals or symbols in questions and CVs,
    while a common word matching a CV line would link the answer to an unrelated experience.
    """
    named = []
    question_words = re.findall(r"[\w+#]+(?:\.[\w+#]+)*", question)[1:]
    for token in _subject_tokens(question):
        spellings = [word for word in question_words if token in tokenize(word)]
        surface = ranking.index.surface_form(token) or ""
        if any(_is_named(word) for word in [*spellings, surface] if word):
            named.append(token)
    return named


def _is_named(word: str) -> bool:
    return word != word.lower() or bool(re.search(r"[\d+#.]", word))


def _experience(writer: _Writer, ranking: _Ranking, question: str, context: AnswerContext) -> list[_Piece]:
    subject = _subject_tokens(question)
    if not subject:
        return _generic(writer, ranking, question, context)
    facts = ranking.pick(2, mention=subject)
    if facts:
        found = [
            token
            for token in subject
            if any(token in tokenize(f"{fact.text} {fact.header}") for fact in facts)
        ]
        return [
            _Piece(0, writer.say("experience_yes", term=_display_terms(ranking, question, found or subject))),
            *_facts(writer, facts, 0),
            _Piece(2, writer.say("experience_close")),
        ]
    terms = _display_terms(ranking, question, subject)
    if not context.cv.strip():
        return [
            _Piece(0, writer.say("experience_empty", term=terms)),
            _Piece(1, writer.say("experience_close")),
        ]
    pieces = [_Piece(0, writer.say("experience_missing", term=terms))]
    closest = ranking.pick(1, require_query=True)
    if closest:
        pieces.append(_Piece(1, writer.say("experience_closest", fact=_end_sentence(closest[0].text))))
    pieces.append(_Piece(1, writer.say("experience_plan")))
    pieces.append(_Piece(2, writer.say("experience_close")))
    return pieces


def _technical(writer: _Writer, ranking: _Ranking, question: str, context: AnswerContext) -> list[_Piece]:
    kind = _technical_kind(question)
    opening = "technical_open_design" if kind == "design" else "technical_open"
    steps = [_Piece(1 if i < 3 else 4, writer.say(key)) for i, key in enumerate(TECHNICAL_STEPS[kind])]
    subject = _named_subjects(ranking, question)
    linked = ranking.pick(1, mention=subject) if subject else []
    pieces = [_Piece(0, writer.say(opening)), *steps]
    if linked:
        pieces.append(_Piece(2, writer.say("technical_cv", fact=_end_sentence(linked[0].text))))
    pieces.append(_Piece(5, writer.say("technical_close")))
    return pieces


def _salary(writer: _Writer, ranking: _Ranking, question: str, context: AnswerContext) -> list[_Piece]:
    offer = [fact for fact in ranking.pick(3, source="jd", require_keywords=True) if fact.has_number][:1]
    return [
        _Piece(0, writer.say("salary_open")),
        *[_Piece(1, writer.quoted("salary_jd", fact)) for fact in offer],
        _Piece(1, writer.say("salary_close")),
    ]


def _availability(writer: _Writer, ranking: _Ranking, question: str, context: AnswerContext) -> list[_Piece]:
    stated = ranking.pick(1, require_keywords=True)
    opening = writer.quoted("availability_cv", stated[0]) if stated else writer.say("availability_open")
    return [
        _Piece(0, opening),
        _Piece(1, writer.say("availability_handover")),
        _Piece(1, writer.say("availability_close")),
    ]


def _future(writer: _Writer, ranking: _Ranking, question: str, context: AnswerContext) -> list[_Piece]:
    pieces = [_Piece(0, writer.say("future_open"))]
    facts = ranking.pick(1)
    pieces += _facts(writer, facts, 1) if facts else [_Piece(1, writer.say("future_empty"))]
    jd = _jd_overlapping_cv(ranking, context)
    if jd:
        pieces.append(_Piece(3, writer.quoted("future_jd", jd[0])))
    close = "future_close_company" if context.company.strip() else "future_close"
    pieces.append(_Piece(2, writer.say(close)))
    return pieces


def _closing(writer: _Writer, ranking: _Ranking, question: str, context: AnswerContext) -> list[_Piece]:
    # Quote a duty from the offer, never its salary line.
    jd = (
        _jd_overlapping_cv(ranking, context)
        or [fact for fact in ranking.pick(3, source="jd") if not fact.has_number][:1]
    )
    pieces = [_Piece(0, writer.say("closing_open")), _Piece(0, writer.say("closing_success"))]
    if jd:
        pieces.append(_Piece(2, writer.quoted("closing_jd", jd[0])))
    pieces += [_Piece(3, writer.say("closing_team")), _Piece(1, writer.say("closing_next"))]
    return pieces


def _generic(writer: _Writer, ranking: _Ranking, question: str, context: AnswerContext) -> list[_Piece]:
    facts = ranking.pick(2, require_query=True) or ranking.pick(1)
    if not facts:
        return [_Piece(0, writer.say("generic_empty")), _Piece(1, writer.say("generic_close"))]
    return [
        _Piece(0, writer.say("generic_open")),
        *_facts(writer, facts, 1),
        _Piece(1, writer.say("generic_close")),
    ]


def _follow_up(writer: _Writer, ranking: _Ranking, question: str, previous_answer: str) -> list[_Piece]:
    said = fold(previous_answer)
    already = frozenset(fold(fact.text)[:60] for fact in ranking.index.facts if fold(fact.text)[:60] in said)
    # Only lines about the earlier topic count; unrelated lines would pass for details of it.
    facts = ranking.pick(3, exclude=already, require_query=True)
    pieces = [_Piece(0, writer.say("follow_open"))]
    if _RESULT.search(fold(question)):
        numeric = ranking.pick(1, exclude=already, require_query=True, numeric=True)
        if numeric:
            spoken, _ = _first_person(numeric[0].text.strip(), writer.language)
            pieces.append(_Piece(1, writer.say("follow_result", fact=_end_sentence(spoken))))
            facts = [fact for fact in facts if fact.text != numeric[0].text]
        else:
            pieces.append(_Piece(1, writer.say("follow_result_empty")))
    pieces += _facts(writer, facts[:2], 1) if facts else [_Piece(1, writer.say("follow_empty"))]
    pieces.append(_Piece(2, writer.say("follow_close")))
    return pieces


_COMPOSERS: dict[str, _Composer] = {
    "introduction": _introduction,
    "motivation": _motivation,
    "strengths": _strengths,
    "weaknesses": _weaknesses,
    "behavioural": _behavioural,
    "conflict": _evidence_answer("conflict"),
    "failure": _failure,
    "achievement": _achievement,
    "leadership": _evidence_answer("leadership"),
    "technical": _technical,
    "experience": _experience,
    "salary": _salary,
    "availability": _availability,
    "future": _future,
    "closing": _closing,
    "generic": _generic,
}
