"""Offline detector of interviewer questions in speech-to-text transcripts (English and Polish).

Transcripts carry little punctuation or casing, so the detector works on folded tokens and a light
clause segmentation, scores lexical cues (wh-words, auxiliary inversion, Polish ``czy`` and
verb-initial questions, imperative prompts, indirect requests; see english.py and polish.py) and
cuts the question out of any preamble. ``python -m bench.questions --eval FILE.tsv`` measures it.

Documented decisions:
- Comprehension and audio check-ins ("does that make sense", "can you hear me", "czy to jasne") and
  greeting formulas ("how are you doing today", "jak się masz") are not questions: the candidate
  needs no suggested answer for them.
- A tag ("right?", "prawda?") after a statement about the candidate ("you have five years of
  python, right?") asks for confirmation and is a question; after any other statement it is a filler.
- "any questions for us?" / "jakieś pytania?" is a question (the closing one).
- ``kind``: "interrogative" for wh-words, Polish ``czy``, tags and bare "?"; "inversion" for
  auxiliary-subject inversion, Polish verb-initial questions, "could you tell me" style requests and
  the elliptical "any questions"; "imperative" for prompts; "indirect" for "I'd love to hear ...".
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from copilot.language.questions.english import EnglishRules
from copilot.language.questions.lexicon import (
    CHECK_INS,
    CONDITIONAL_OPENERS,
    EN_WH,
    EN_YOU,
    FILLER_PHRASES,
    PL_WH,
    TAGS,
    TRAILING_FILLERS,
)
from copilot.language.questions.polish import PolishRules
from copilot.language.questions.tokens import Cue, Token, mentions, tokenise
from copilot.language.text import detect_language, fold, word_set

THRESHOLD = 0.5


@dataclass(frozen=True)
class Detection:
    is_question: bool
    question: str | None
    language: str
    confidence: float
    kind: str  # "interrogative" | "inversion" | "imperative" | "indirect" | "none"


class Scanner(EnglishRules, PolishRules):
    """Finds question cues in one tokenised utterance, with the rules of either language."""

    def __init__(self, tokens: list[Token], source: str) -> None:
        super().__init__(tokens, source)
        self.ignored = self._ignored_spans()

    def next_clause_has_cue(self, i: int) -> bool:
        """Whether the clause after the comma that ends ``i``'s clause holds a question of its own."""
        end = self.clause_end(i)
        if end >= self.n or self.t[end].kind != "c":
            return True  # no comma-separated continuation: nothing to judge against
        k = end + 1
        while k < self.n and self.t[k].kind in {"w", "c"}:
            if self.t[k].is_word and k not in self.ignored and self._cue_at(k, "any"):
                return True
            k += 1
        return False

    def _cue_at(self, i: int, language: str) -> bool:
        checks = []
        if language != "pl":
            checks += [self.en_wh, self.en_inversion, self.en_imperative, self.en_indirect]
        if language != "en":
            checks += [self.pl_wh, self.pl_czy, self.pl_verb_initial, self.pl_imperative, self.pl_indirect]
        return any((cue := check(i)) is not None and cue.score >= THRESHOLD for check in checks)

    def _ignored_spans(self) -> set[int]:
        """Token indices inside check-ins, greetings and fixed filler phrases."""
        ignored: set[int] = set()
        for i in range(self.n):
            if not self.t[i].is_word:
                continue
            for phrase in FILLER_PHRASES.get(self.t[i].norm, ()):
                if self.matches(i, phrase):
                    ignored.update(range(i, i + len(phrase)))
            # A check-in must fill its clause (markers aside), otherwise "how are you with sql" is lost.
            if self.at_clause_start(i):
                rest = self.words_from(i, 12)
                if tuple(rest) in CHECK_INS or (
                    rest and tuple(rest[:-1]) in CHECK_INS and rest[-1] in {"today", "now", "ok", "okay"}
                ):
                    ignored.update(range(i, self.clause_end(i)))
        return ignored

    def cues(self, language: str) -> list[Cue]:
        cues: list[Cue] = []
        use_en = language != "pl"
        use_pl = language != "en"
        for i in range(self.n):
            if not self.t[i].is_word or i in self.ignored:
                continue
            found = []
            if use_en:
                found += [self.en_wh(i), self.en_inversion(i), self.en_imperative(i), self.en_indirect(i)]
            if use_pl:
                found += [self.pl_wh(i), self.pl_czy(i), self.pl_verb_initial(i), self.pl_imperative(i)]
                found += [self.pl_indirect(i)]
            found.append(self.any_questions(i))
            for cue in found:
                if cue is not None:
                    if self.sentence_has_qmark(i):
                        cue.score = min(1.0, cue.score + 0.1)
                    cues.append(cue)
        cues += self.tag_and_qmark_cues(cues)
        if language == "pl" and any(self.t[k].kind == "q" for k in range(self.n)):
            # "Dlaczego akurat my? Pracuje Pani w biurze rachunkowym.": beside a sentence asked with "?",
            # a Polish verb-first sentence ending in a full stop states what the question stands on.
            cues = [
                c
                for c in cues
                if c.kind != "inversion" or self.sentence_has_qmark(c.index) or not self._stated(c.index)
            ]
        return cues

    def _stated(self, i: int) -> bool:
        """The sentence holding ``i`` ends with a full stop."""
        k = i
        while k < self.n and self.t[k].kind in {"w", "c"}:
            k += 1
        return k < self.n and self.t[k].kind == "s" and self.source[self.t[k].start : self.t[k].end] == "."

    def any_questions(self, i: int) -> Cue | None:
        w = self.word(i)
        if w not in {"any", "anything", "jakies", "jakiekolwiek", "cos"} or not self.at_clause_start(i):
            return None
        rest = self.words_from(i + 1, 3)
        if w == "anything" and rest[:1] == ["else"]:
            return Cue(i, 0.75, "inversion")
        if set(rest[:2]) & {"questions", "question", "thoughts", "concerns", "pytania", "pytan", "uwagi"}:
            return Cue(i, 0.85, "inversion")
        return None

    def tag_and_qmark_cues(self, found: list[Cue]) -> list[Cue]:
        extra: list[Cue] = []
        # Clauses are delimited by sentence punctuation; a tag sits at the end of the utterance.
        words = [k for k in range(self.n) if self.t[k].is_word]
        if words:
            last = words[-1]
            for tag in TAGS:
                first_tag = last - len(tag) + 1
                if first_tag <= 0 or not self.matches(first_tag, tag):
                    continue
                begin = self.sentence_start(first_tag)
                body = [self.t[k].norm for k in range(begin, first_tag) if self.t[k].is_word]
                if mentions(body, EN_YOU) or self.pl_person(body)[0]:
                    extra.append(Cue(begin, 0.7, "interrogative"))
        if self.ends_with_qmark and not found and not extra:
            begin = self.sentence_start(self.n - 1)
            if any(k not in self.ignored for k in range(begin, self.n - 1) if self.t[k].is_word):
                extra.append(Cue(begin, 0.6, "interrogative"))
        # An earlier sentence asked with "?" and no cue of its own ("Dlaczego akurat my? Pracuje Pani ..."),
        # when it names the person asked or is short enough to be a question on its own.
        cued = {self.sentence_start(c.index) for c in [*found, *extra]}
        for k in range(self.n - 1):
            if self.t[k].kind != "q":
                continue
            begin = self.sentence_start(k)
            body = [self.t[j].norm for j in range(begin, k) if self.t[j].is_word and j not in self.ignored]
            asked_last = " ".join(body[-4:])  # "…, so two or three days a week, is that doable?"
            tail = _TAIL_ASK.search(asked_last) is not None
            # "Why 17-4 and not just a beefier aluminium part?": a wh-word and a "?" ask, verb or not
            wh = bool(body) and body[0] in _WH_OPENERS and len(body) <= 20
            if begin not in cued and (2 <= len(body) <= 8 or tail or wh) and not set(body) <= _CHATTER:
                extra.append(Cue(begin, 0.6, "interrogative"))
        return extra


def detect_question(text: str, language: str | None = None) -> Detection:
    """Decide whether ``text`` asks the candidate something and extract the question from it."""
    # "Proszę… powiedzieć kilka słów o sobie": an ellipsis before a lower-case word is a pause, not an end.
    text = re.sub(r"\s*(?:…|\.\.\.)\s*(?=[a-ząćęłńóśźż])", " ", text or "")
    tokens = tokenise(text or "")
    lang = detect_language(text or "", language)
    if not any(t.is_word for t in tokens):
        return Detection(False, None, lang, 0.0, "none")
    scanner = Scanner(tokens, text)
    rules = lang if lang in {"en", "pl"} else "any"
    cues = [c for c in scanner.cues(rules) if c.score >= THRESHOLD]
    if not cues and rules != "any" and (rules == "pl" or detect_language(text) == "pl"):
        # Code-switching ("ok super, tell me ...") or a wrong hint: try the other language, less sure.
        # English into Polish needs text that reads as Polish: "Sales live in Salesforce" is no question.
        cues = [c for c in scanner.cues("pl" if rules == "en" else "en") if c.score >= THRESHOLD + 0.1]
        for c in cues:
            c.score -= 0.1
    if not cues:
        return Detection(False, None, lang, _non_question_confidence(scanner), "none")
    first = min(cues, key=lambda c: (c.index, -c.score))
    question = _extract(scanner, _with_context(scanner, _question_start(scanner, first.index)), cues)
    if not question:
        return Detection(False, None, lang, 0.5, "none")
    if (
        len(question.split()) <= WELCOME_QUESTION_WORDS
        and _WELCOME.search(fold(text))
        and _small_talk(question)
    ):
        # "Hi Hannah, lovely to meet you, half-term for you this week? I'm Claire, I head up L&D.": the
        # short question is small talk inside a welcome, and the answer needs the whole welcome to see it.
        question = " ".join(text.split())
    confidence = max(c.score for c in cues)
    return Detection(True, question, lang, round(confidence, 3), first.kind)


WELCOME_QUESTION_WORDS = 8


def _small_talk(question: str) -> bool:
    from copilot.language.questions.types import classify  # types reads the detector's lexicon

    return classify(question) == "other"


# A greeting and the interviewer saying who they are.
_WELCOME = re.compile(
    r"\b(?:hi|hello|hey|good (?:morning|afternoon)|(?:nice|lovely|good|great) to meet you|dzien dobry|witam)\b"
    r".*\b(?:i'?m|i am|my name is|nazywam sie|mam na imie)\b"
)


def _non_question_confidence(scanner: Scanner) -> float:
    # A question mark the rules refused (a check-in, a greeting) leaves some doubt.
    return 0.3 if scanner.ends_with_qmark else 0.1


def _question_start(scanner: Scanner, start: int) -> int:
    """Move the start back over a lead-in ("in your opinion") or an opening conditional clause."""
    tokens = scanner.t
    before = start - 1
    if before >= 0 and tokens[before].kind == "c":
        before -= 1
    if before in scanner.lead_in_start:
        return scanner.lead_in_start[before]
    # "if you had to pick one thing, what would it be": the condition is part of the question.
    k, words = start - 1, 0
    while k >= 0 and tokens[k].kind in {"w", "c"} and words < 20:
        if tokens[k].is_word:
            words += 1
            if tokens[k].norm in CONDITIONAL_OPENERS and scanner.at_clause_start(k):
                return k
        k -= 1
    return start


# A long statement that ends by asking about itself: "…, is that doable?", "…, would that work for you?"
_WH_OPENERS = EN_WH | PL_WH
_TAIL_ASK = re.compile(r"\b(?:is|would|does|will|could|can) (?:that|this|it)\b")

# A question that points back at what was just said ("how would you handle that?", "jak by Pan
# sobie z tym poradził?", "what's the first thing you do?") needs the sentence before it.
_POINTS_BACK = word_set(
    "that this it them those these such there his her their him tym tego tej tam wtedy takiej takim taka jego jej ich"
    " je ja go nim nia nich tymi tych te ten ta tamten tamta takiego takie"
)
# Polish "to" points back only as the object of the question's verb: "Jak Pani to zrobiła?"
_TO_OBJECT = re.compile(
    r"^(?:a |i )?(?:jak|czy|dlaczego|skad|kiedy|co) (?:\w+ ){0,2}to (?:\w+l\w*|zrobi\w*|robi\w*|osiagn\w*)"
)
_DEPENDENT = re.compile(
    r"^(?:what(?:'s| is| would be| are)? (?:the |your )?(?:first|next) (?:thing|step|move|steps)|"
    r"what (?:do|would|should) you do|what are you doing|how (?:would|do) you (?:handle|deal|approach|respond|react)|"
    r"co (?:pan |pani )?(?:robi|zrobi|robisz|zrobisz)|od czego (?:pan |pani )?(?:zaczn|zaczyn)|"
    r"where (?:do|would|should|will) (?:you|i|we) (?:start|begin)|where to (?:start|begin)|"
    r"what (?:do|would) you (?:check|look at) first|(?:talk|walk|take) me through (?:what|how) (?:you|you'd|you would)|"
    r"what'?s going on|how (?:do|would) you (?:fix|solve|sort) (?:it|this|that)|"
    r"(?:jak|co) (?:by )?(?:pan |pani )?(?:to )?(?:naprawi|rozwiaza|zrobi|ogarn|zalatwi|poprowadzi|zorganizowal)|"
    r"czy to (?:jest|bedzie|panu|pani|dla|w porzadku|odpowiada|pasuje)|czy (?:panu|pani) to (?:odpowiada|pasuje)|"
    r"(?:is|would|will|does) (?:that|this) (?:be )?(?:ok|okay|doable|fine|alright|a problem|work))",
    re.IGNORECASE,
)
# Words of a sentence that is small talk, not context: "thanks, great", "that's all from my side".
_CHATTER = word_set(
    "thanks thank great perfect super ok okay right cool lovely excellent side dziekuje dzieki swietnie dobrze dobra"
)
_LEAD_FILLERS = word_set("so um uh erm ok okay well right and but a i no to wiec yyy eee dobra dobrze")
CONTEXT_WORDS = 40  # a sentence before: at most this long, so chatter is not dragged in
SCENARIO_WORDS = 70  # all the sentences before that a question points back to
LEAD_WORDS = 4  # "compensation wise, where are you at?": a short lead-in of the same sentence
_SUBJECTS = word_set(
    "i we you he she they it my our this that is are was were am my jestem jestesmy mamy jest"
)


def _words_back(tokens: list, j: int) -> tuple[list[str], int]:
    """The words of the sentence (or lead-in) ending at ``j``, last word first, and where it starts
    (the index of the mark before it, -1 at the start of the turn)."""
    words = []
    while j >= 0 and tokens[j].kind in {"w", "c"}:
        if tokens[j].is_word:
            words.append(tokens[j].norm)
        j -= 1
    return words, j


def _names_cv_line(tokens: list, k: int) -> bool:
    """The sentence ending at ``k`` points at the CV ("There's a line on your CV about a Group Policy
    change."): the question after it is about that line."""
    words = _words_back(tokens, k - 1)[0]
    return len(words) <= CONTEXT_WORDS and bool(_CV_WORDS & set(words)) and bool(_YOURS & set(words))


def _pay_before(tokens: list, k: int) -> bool:
    """The sentence ending at ``k`` states the pay ("The band for this is ninety-five to one-fifteen."):
    "What are you looking for?" after it asks for a number within it."""
    words = _words_back(tokens, k - 1)[0]
    return len(words) <= CONTEXT_WORDS and bool(_PAY_WORDS & set(words))


_PAY_WORDS = word_set(
    "band range package salary base bonus pay podstawa premia premie premii widelki wynagrodzenie pensja brutto netto"
    " finansowe finansowych pieniadze"
)
_CV_WORDS = word_set("cv resume cv-ce cv-ku")
_YOURS = word_set("your pana pani twoim twoje")


def _with_context(scanner: Scanner, start: int) -> int:
    """Move the start back to keep what the question stands on: a short lead-in of its own sentence
    ("compensation wise, where are you at?") and, when the question points back at what was just
    said, the sentence before it ("the database falls over at 3 am. What's the first thing you do?")."""
    tokens = scanner.t
    lead, k = _words_back(tokens, start - 1)
    content = [w for w in lead if w not in _LEAD_FILLERS]
    clause = bool(_SUBJECTS & set(lead))  # "we are a fintech startup, so ...": a statement, not a lead-in
    if len(content) >= 2 and len(lead) <= LEAD_WORDS and not clause and tokens[start - 1].kind == "c":
        start = k + 1
    end = next((i for i in range(start, scanner.n) if tokens[i].kind in {"s", "q"}), scanner.n)
    asked = " ".join(t.norm for t in tokens[start:end] if t.is_word)
    asked = re.sub(r"^(?:(?:so|um|uh|and|ok|okay|well|a|i|no|to) )+", "", asked)
    # "How do you prioritise?" after a scenario: a question of a few words stands on what came before
    short = len(asked.split()) <= 5
    if k < 0 or not (
        _POINTS_BACK & set(asked.split())
        or _DEPENDENT.match(asked)
        or _TO_OBJECT.match(asked)
        or short
        or _names_cv_line(tokens, k)
        or _pay_before(tokens, k)
    ):
        return start
    # The sentences before, back to the start of the scenario: "Sytuacja: jest piątek, dzwoni
    # przewoźnik ... Dostawa musi być w poniedziałek. Co Pan robi?" keeps all of it.
    # A situation set out in one long sentence before "what do you do?" is kept whole.
    longest = SCENARIO_WORDS if _DEPENDENT.match(asked) or short else CONTEXT_WORDS
    kept, total, j = start, 0, k - 1
    while j >= 0:
        before, j = _words_back(tokens, j)
        total += len(before)
        said = before[::-1]  # the sentence in reading order
        while said and said[0] in _CHATTER | _LEAD_FILLERS:
            said = said[1:]  # "Great. Right, so …": small talk opens the sentence, the scenario may follow
        if len(before) <= 3 and kept == start and j >= 0 and tokens[j].kind == "s":
            j -= (
                1  # "Udział wzrósł z 12 do 27%. To dużo. Jak Pani to zrobiła?": a short aside is stepped over
            )
            continue
        if not (4 <= len(said) <= longest) or len(said) < len(before) - 3 or total > SCENARIO_WORDS:
            break
        if j >= 0 and tokens[j].kind != "s":
            break
        kept = j + 1
        j -= 1
    return kept


def _extract(scanner: Scanner, start: int, cues: list[Cue]) -> str | None:
    tokens = scanner.t
    # The question runs to the end of the last sentence holding a cue; later sentences are chatter.
    last_cue = max(c.index for c in cues)
    end = last_cue
    while end < scanner.n and tokens[end].kind in {"w", "c"}:
        end += 1
    remark = _remark_after(scanner, start, end)
    if remark:
        end = remark
    words = [k for k in range(start, min(end, scanner.n)) if tokens[k].is_word]
    words = _strip_trailing_fillers(scanner, words)
    if not words:
        return None
    return _format_question(
        scanner.source[tokens[words[0]].start : tokens[words[-1]].end], remark=bool(remark)
    )


def _remark_after(scanner: Scanner, start: int, end: int) -> int:
    """ "Why leave the NHS, though? A lot of people tell me it's the stability that keeps them there.":
    a short question, then the turn's last sentence, a remark about the candidate that the answer
    should meet. The end of that remark, or 0 when there is none."""
    tokens = scanner.t
    if end >= scanner.n or tokens[end].kind != "q":
        return 0
    asked = sum(1 for k in range(start, end) if tokens[k].is_word)
    following = end + 1
    while following < scanner.n and tokens[following].kind in {"w", "c"}:
        following += 1
    said = [tokens[k].norm for k in range(end + 1, following) if tokens[k].is_word]
    last = following >= scanner.n - 1 and (following >= scanner.n or tokens[following].kind == "s")
    if asked > 10 or not 4 <= len(said) <= 25 or not last or not _REMARK_WORDS & set(said):
        return 0
    return following


# A remark about the candidate or a contrast: "you've been in retail so far", "tam jednak jest…"
_REMARK_WORDS = word_set(
    "you you've you're your though but so far now pan pani pana pania jednak tam przeciez ale daleko drogi"
)


def _strip_trailing_fillers(scanner: Scanner, words: list[int]) -> list[int]:
    changed = True
    while changed and words:
        changed = False
        norms = [scanner.t[k].norm for k in words]
        for filler in TRAILING_FILLERS:
            if len(norms) > len(filler) and tuple(norms[-len(filler) :]) == filler:
                words = words[: -len(filler)]
                changed = True
                break
    return words


def _format_question(text: str, remark: bool = False) -> str:
    text = re.sub(r"\s+", " ", text).strip(" ,.;:!?-–—")
    if not text:
        return text
    return text[0].upper() + text[1:] + ("." if remark else "?")
