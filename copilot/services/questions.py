"""Offline detector of interviewer questions in speech-to-text transcripts (English and Polish).

Transcripts carry little punctuation or casing, so the detector works on lowercased, diacritic-folded
tokens and a light clause segmentation, scores lexical cues (wh-words, auxiliary inversion, Polish
``czy`` and verb-initial questions, imperative prompts, indirect requests) and cuts the question out
of any preamble. Run ``python -m copilot.services.questions --eval FILE.tsv`` to measure it.

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

import argparse
import csv
import re
import sys
import unicodedata
from collections.abc import Iterable, Sequence
from dataclasses import dataclass

__all__ = [
    "Detection",
    "detect_language",
    "detect_question",
    "evaluate",
    "load_dataset",
    "normalise_question",
]

THRESHOLD = 0.5


def _lex(words: str) -> frozenset[str]:
    """A lexicon written as one space-separated string (folded: lowercase, no diacritics)."""
    return frozenset(words.split())


@dataclass(frozen=True)
class Detection:
    is_question: bool
    question: str | None
    language: str
    confidence: float
    kind: str  # "interrogative" | "inversion" | "imperative" | "indirect" | "none"


# --------------------------------------------------------------------------------------------------
# Normalisation and tokens

_FOLD = str.maketrans("ąćęłńóśźżĄĆĘŁŃÓŚŹŻ’‘`´", "acelnoszzACELNOSZZ''''")
_TOKEN_RE = re.compile(r"\d+(?:[.,]\d+)*|[^\W_]+(?:'[^\W_]+)*|[.!?;:…]+|,|\s[-–—]+\s")
# Speech-to-text sometimes drops apostrophes; map the unambiguous forms back.
_ALIASES = {
    "im": "i'm",
    "id": "i'd",
    "ive": "i've",
    "youre": "you're",
    "youve": "you've",
    "youd": "you'd",
    "whats": "what's",
    "hows": "how's",
    "wheres": "where's",
    "whos": "who's",
    "dont": "don't",
    "didnt": "didn't",
    "lets": "let's",
}
_PL_LETTERS = set("ąćęłńśźż")


def _fold(text: str) -> str:
    """Lowercase and strip Polish diacritics, so "pracowałeś" and "pracowales" are one word."""
    folded = text.translate(_FOLD).lower()
    if folded.isascii():
        return folded
    return "".join(c for c in unicodedata.normalize("NFKD", folded) if not unicodedata.combining(c))


@dataclass(frozen=True)
class _Token:
    norm: str
    start: int
    end: int
    kind: str  # "w" word, "s" sentence end, "q" question mark, "c" comma / dash

    @property
    def is_word(self) -> bool:
        return self.kind == "w"


def _tokenise(text: str) -> list[_Token]:
    text = text.replace("’", "'").replace("‘", "'")
    tokens: list[_Token] = []
    for match in _TOKEN_RE.finditer(text):
        raw = match.group()
        if raw[0].isalnum():
            norm = _fold(raw)
            tokens.append(_Token(_ALIASES.get(norm, norm), match.start(), match.end(), "w"))
        elif "?" in raw:
            tokens.append(_Token("?", match.start(), match.end(), "q"))
        elif raw.strip() in {",", "-", "–", "—", "--"} or raw.strip(" -–—") == "":
            tokens.append(_Token(",", match.start(), match.end(), "c"))
        else:
            tokens.append(_Token(".", match.start(), match.end(), "s"))
    return tokens


def normalise_question(text: str) -> str:
    """Comparison form of a question: lowercase, no punctuation, single spaces."""
    text = text.replace("’", "'").lower()
    return " ".join(re.findall(r"[^\W_]+(?:'[^\W_]+)*", text))


# --------------------------------------------------------------------------------------------------
# Language

_EN_WORDS = _lex(
    "the you your you're you've you'd what what's how why when where which who is are was were does "
    "did have has would could should will can of about me us with that this it it's we we're i'm i'd "
    "i've for tell walk describe explain there any and at from been be my our they their thanks thank "
    "great okay so just really yeah think know like here if or"
)
_PL_WORDS = _lex(
    "czy jak co nie jest ze w z na mi masz jestes dlaczego czemu jaki jaka jakie jakich kiedy gdzie "
    "ile ktory ktora ktore pan pani prosze mnie oraz byl byla dla twoj twoje twoja twoim swoje swoim "
    "pracy opowiedz opisz powiedz czym czego tym tego jeszcze juz bardzo dziekuje dzieki dobrze dobra "
    "tak ale bo wiec nas nam mamy jestesmy moze mozesz by bys byc sa ten ta te tu tutaj teraz kiedys "
    "swoja swojej swoich troche cos ktos wszystko zespole zespol firmie firmy doswiadczenie dzien dobry "
    "czesc witam jasne okej rozumiem"
)


def detect_language(text: str, hint: str | None = None) -> str:
    """The language of ``text``: ``hint`` when given (and not "auto"), else "pl" or "en" (fallback)."""
    if hint and hint.strip().lower() not in {"auto", ""}:
        return hint.strip().lower()[:2]
    return _guess_language(text, _tokenise(text))


def _guess_language(text: str, tokens: list[_Token]) -> str:
    if any(c in _PL_LETTERS for c in text.lower()):
        return "pl"
    words = [t.norm for t in tokens if t.is_word]
    en = sum(w in _EN_WORDS for w in words)
    pl = sum(w in _PL_WORDS for w in words)
    # Polish inflection leaves tell-tale endings even in words missing from the stopword list.
    pl += 0.5 * sum(len(w) > 4 and w.endswith(_PL_ENDINGS) for w in words)
    return "pl" if pl > en and pl >= 1 else "en"


_PL_ENDINGS = (
    "esz",
    "isz",
    "asz",
    "ysz",
    "les",
    "las",
    "ego",
    "emu",
    "ych",
    "ami",
    "osc",
    "owac",
    "ac",
    "ic",
)


# --------------------------------------------------------------------------------------------------
# Lexicons (all folded: lowercase, no diacritics)

# Discourse markers, fillers and thanks that may precede a question without starting a clause.
_MARKERS = _lex(
    "so ok okay alright right now and but well great perfect cool good nice interesting um uh erm hmm "
    "mhm yeah yes then next also oh thanks awesome excellent fine sure lovely brilliant wonderful "
    "anyway actually basically also "
    "a i no to wiec dobra dobrze okej super swietnie dzieki dziekuje jasne tak aha rozumiem teraz "
    "yyy eee ee yy zatem fajnie ciekawe rewelacja czyli sluchaj dobrze"
)
_SENTENCE_OPENERS = _lex("please just maybe briefly quickly first prosze moze krotko pokrotce")

_EN_WH = _lex("what why how when where which who whom whose")
_EN_WH_CONTRACTED = _lex("what's how's where's who's why's when's")
_EN_AUX = _lex(
    "is are was were do does did have has had would will can could should shall might must "
    "isn't aren't don't doesn't didn't haven't wouldn't can't couldn't won't"
)
_EN_INVERSION_AUX = _lex("do does did have has are were is was can could would will should")
_EN_INVERSION_SUBJECT = _lex("you your there it anyone anything yourself")
_EN_SUBJECT_PRONOUNS = _lex(
    "i we they he she it you one people i'm we're they're you're he's she's it's i'd we'd they'd you'd "
    "i've we've they've you've i'll we'll you'll they'll"
)
_EN_PRONOUNS = _EN_SUBJECT_PRONOUNS - {"one", "people"}
_EN_YOU = _lex("you your you're you've you'd you'll yourself yours")
# Words after which a wh-word opens an embedded clause, not a question ("that's what we do").
_EN_EMBEDDERS = _lex(
    "that's is was be know knew see saw sure matter matters exactly decide decided mean remember "
    "understand showed show care like love loved about on of why what's whatever regardless"
)
_EN_DETERMINERS = _lex("a an")
_EN_IRREGULAR_PAST = _lex("made got took brought led drew kept went gave caught put taught inspired")
_EN_NAME_OBJECTS = _lex("a an one two three four five some few your the")
# Stance phrases that lead into a question and belong to it ("in your opinion, what ...").
_LEAD_INS = [
    tuple(p.split())
    for p in (
        "in your opinion",
        "in your view",
        "in your experience",
        "from your experience",
        "from your perspective",
        "twoim zdaniem",
        "pana zdaniem",
        "pani zdaniem",
        "w twojej opinii",
        "wedlug ciebie",
        "z twojego doswiadczenia",
        "z twojej perspektywy",
    )
]
# Openers of a conditional clause that is part of the question that follows it.
_CONDITIONAL_OPENERS = _lex("if gdybys gdyby jesli jezeli jakbys")
_EN_EVALUATIVE = _lex("cool great awesome amazing nice crazy funny weird wild neat sweet")

_EN_IMPERATIVES = _lex("describe explain elaborate summarise summarize outline define compare")
_EN_THROUGH_VERBS = _lex("walk talk take run")
_EN_EXAMPLE_OBJECTS = _lex("an a some one two three your examples example the more any us me")
_EN_NOT_PROMPT_OBJECTS = _lex("sec second seconds minute minutes moment few screen my")

_PL_WH = _lex(
    "co czego czemu czym dlaczego jak jaki jaka jakie jakiego jakiej jakim jakich jakimi jakiemu "
    "kiedy gdzie skad dokad ktory ktora ktore ktorego ktorej ktorym ktorych ktorymi ktoremu ile ilu "
    "kto kogo komu kim czyj czyja czyje jakbys"
)
_PL_RELATIVE_WH = _lex(
    "ktory ktora ktore ktorego ktorej ktorym ktorych ktorymi ktoremu jaki jaka jakie jakiego jakiej "
    "jakim jakich jakimi co czego czym kiedy gdzie"
)
# Wh-words that also work as "when/if/as" conjunctions in a statement.
_PL_CONJUNCTION_WH = _lex("kiedy jak gdzie")
_PL_PREPOSITIONS = _lex("z ze w we na o do od za przez dla po przy nad pod u")
_PL_EMBEDDERS = _lex("tak niz tego tym temu wiem wiemy sprawdze zobaczymy zalezy niezaleznie wzgledu to ze")
_PL_NON_QUESTION_AFTER_WH = {
    "jak": _lex("na najbardziej najszybciej najlepiej juz i ktos cos tylko widac"),
    "co": _lex("do prawda tydzien miesiac roku rok dzien chwile najmniej najwyzej wiecej"),
}
_PL_YOU_WORDS = _lex(
    "ty ci cie ciebie tobie toba twoj twoja twoje twoim twojej twoich twoja twojego twoimi twojemu "
    "pan pani panu pana panem panstwo panstwa panstwu bys bys"
)
_PL_ME_WORDS = _lex("nas nam nami my ja mnie mi nasz nasza nasze naszej naszym naszych naszego")
_PL_FIRST_SINGULAR = _lex(
    "mam wiem pytam mysle mowie robie szukam widze sadze uwazam pamietam rozumiem chce moge musze "
    "jestem pracuje znam lubie proponuje zapytam opowiem podam przekaze zrobie"
)
_PL_SECOND_NOT_QUESTION = _lex(
    "wiesz widzisz rozumiesz bedziesz dostaniesz zaczniesz poznasz zobaczysz dolaczysz przejdziesz "
    "musisz mozesz slyszysz otrzymasz skonczysz zrobisz napiszesz trafisz zostaniesz dostajesz"
)
# "wspomniałeś o kafce": the candidate's own words repeated back, a preamble rather than a question.
_PL_REPORTING_VERBS = _lex(
    "wspomniales wspomnialas wspominales wspominalas mowiles mowilas powiedziales powiedzialas "
    "pisales pisalas napisales napisalas zaznaczyles zaznaczylas wymieniles wymienilas"
)
_PL_ADVERB_SKIP = _lex("kiedys moze juz teraz obecnie czasem tez rowniez wczesniej aktualnie")
_PL_NOUNS_IN_CIE = _lex("zycie bycie picie mycie szycie")
_PL_IMPERATIVES = _lex(
    "opowiedz opowiedzcie opisz opiszcie wyjasnij wyjasnijcie wytlumacz podaj podajcie powiedz "
    "powiedzcie przybliz przedstaw wymien porownaj zdefiniuj scharakteryzuj omow przejdz rozwin "
    "wskaz nazwij strescz oprowadz"
)
_PL_SPEECH_INFINITIVES = _lex(
    "opowiedziec powiedziec opisac wyjasnic podac przyblizyc przedstawic wymienic porownac "
    "wytlumaczyc scharakteryzowac omowic zdefiniowac rozwinac wskazac nazwac przejsc pokazac "
    "opowiadac"
)
_PL_MODAL_YOU = _lex("mozesz moglbys moglabys moglby mogłaby moglaby moze mozecie moglibyscie")
_PL_FUNCTION_WORDS = _lex(
    "ze zeby ale bo i a o w z na do dla przez jak czy prosze od u po dzien dobry dziekuje milo to tak "
    "nie czesc witam"
)
_PL_WANT = _lex("chcialbym chcialabym chcielibysmy chcemy chce chcialem chcialam")
_PL_WANT_TARGETS = _lex(
    "uslyszec wiedziec dowiedziec poznac zapytac spytac posluchac zebys abys bys zeby aby zrozumiec"
)
_PL_SKIPPABLE_IN_PHRASE = _lex("sie teraz jeszcze bardzo troche tez")

# Whole clauses that are not questions to answer (check-ins, greetings, tags).
_CHECK_INS = {
    tuple(p.split())
    for p in (
        "does that make sense",
        "does it make sense",
        "does this make sense",
        "is that clear",
        "is it clear",
        "is this clear",
        "is that ok",
        "is that okay",
        "can you hear me",
        "can you hear me ok",
        "can you hear me okay",
        "can you hear me well",
        "can you see my screen",
        "can you see me",
        "do you hear me",
        "are you there",
        "are you still there",
        "is my audio ok",
        "is my audio okay",
        "how are you",
        "how are you doing",
        "how are you doing today",
        "how are you today",
        "how's it going",
        "how is it going",
        "how are things",
        "how have you been",
        "you know",
        "right",
        "yeah",
        "ok",
        "okay",
        "czy to jasne",
        "czy wszystko jasne",
        "czy to zrozumiale",
        "czy mnie slychac",
        "czy mnie dobrze slychac",
        "czy mnie widac",
        "czy mnie slyszysz",
        "czy widzisz moj ekran",
        "widzisz moj ekran",
        "slychac mnie",
        "slyszysz mnie",
        "slyszymy sie",
        "rozumiesz",
        "jasne",
        "prawda",
        "wiesz",
        "jak sie masz",
        "jak sie czujesz",
        "co slychac",
        "jak leci",
        "czesc jak sie masz",
        "jak sie pan ma",
        "jak sie pani ma",
    )
}
_TAGS = {("right",), ("yeah",), ("correct",), ("no",), ("prawda",), ("tak",), ("nie",), ("zgadza", "sie")}
_TRAILING_FILLERS = [
    tuple(p.split())
    for p in (
        "take your time",
        "no rush",
        "thank you",
        "thanks",
        "you know",
        "nie spiesz sie",
        "dziekuje",
        "dzieki",
    )
]
_FILLER_PHRASE_LIST = [
    tuple(p.split())
    for p in (
        "jak widzisz",
        "jak wiesz",
        "jak pewnie wiesz",
        "jak zapewne wiesz",
        "jak juz wiesz",
        "jak sam wiesz",
        "jak to mowia",
        "as you know",
        "you know",
        "masz racje",
        "masz na mysli",
        "tak jak",
    )
]
_FILLER_PHRASES: dict[str, list[tuple[str, ...]]] = {}
for _phrase in _FILLER_PHRASE_LIST:
    _FILLER_PHRASES.setdefault(_phrase[0], []).append(_phrase)


# --------------------------------------------------------------------------------------------------
# Cue scanning


@dataclass
class _Cue:
    index: int  # token index where the question text starts
    score: float
    kind: str


class _Scanner:
    """Finds question cues in one tokenised utterance."""

    def __init__(self, tokens: list[_Token], source: str) -> None:
        self.source = source
        self.t = tokens
        self.n = len(tokens)
        self.ends_with_qmark = bool(tokens) and tokens[-1].kind == "q"
        # Per token: does its sentence end with "?" (computed once, right to left).
        self.in_question_sentence = [False] * self.n
        qmark = False
        for k in range(self.n - 1, -1, -1):
            if tokens[k].kind == "q":
                qmark = True
            elif tokens[k].kind == "s":
                qmark = False
            self.in_question_sentence[k] = qmark
        # Last token of each lead-in phrase -> its first token.
        self.lead_in_start: dict[int, int] = {}
        for k in range(self.n):
            for phrase in _LEAD_INS:
                if self.matches(k, phrase):
                    self.lead_in_start[k + len(phrase) - 1] = k
        self.ignored = self._ignored_spans()

    # -- helpers -------------------------------------------------------------------------------------
    def word(self, i: int) -> str:
        return self.t[i].norm if 0 <= i < self.n and self.t[i].is_word else ""

    def words_from(self, i: int, limit: int = 8) -> list[str]:
        """Words from ``i`` up to the next boundary (punctuation)."""
        out = []
        while i < self.n and self.t[i].is_word and len(out) < limit:
            out.append(self.t[i].norm)
            i += 1
        return out

    def clause_end(self, i: int) -> int:
        while i < self.n and self.t[i].is_word:
            i += 1
        return i

    def prev_index(self, i: int) -> int:
        """Index of the first token before ``i`` that is not a discourse marker or a lead-in."""
        j = i - 1
        while j >= 0 and self.t[j].is_word:
            if self.t[j].norm in _MARKERS or self._thank_you(j):
                j -= 1
            elif j in self.lead_in_start:
                j = self.lead_in_start[j] - 1
            else:
                break
        return j

    def _thank_you(self, j: int) -> bool:
        return self.t[j].norm == "you" and self.word(j - 1) in {"thank"}

    def at_clause_start(self, i: int, allow_comma: bool = True) -> bool:
        j = self.prev_index(i)
        while j >= 0 and self.t[j].norm in _SENTENCE_OPENERS:
            j = self.prev_index(j)
        if j < 0:
            return True
        if self.t[j].is_word:
            return False
        return allow_comma or self.t[j].kind != "c"

    def sentence_has_qmark(self, i: int) -> bool:
        return self.in_question_sentence[i]

    def matches(self, i: int, phrase: Sequence[str]) -> bool:
        return self.word(i) == phrase[0] and all(self.word(i + k) == w for k, w in enumerate(phrase))

    def sentence_words(self, i: int) -> list[str]:
        """Words from ``i`` to the end of its sentence, across commas."""
        out = []
        while i < self.n and self.t[i].kind in {"w", "c"}:
            if self.t[i].is_word:
                out.append(self.t[i].norm)
            i += 1
        return out

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
            for phrase in _FILLER_PHRASES.get(self.t[i].norm, ()):
                if self.matches(i, phrase):
                    ignored.update(range(i, i + len(phrase)))
            # A check-in must fill its clause (markers aside), otherwise "how are you with sql" is lost.
            if self.at_clause_start(i):
                rest = self.words_from(i, 12)
                if tuple(rest) in _CHECK_INS or (
                    rest and tuple(rest[:-1]) in _CHECK_INS and rest[-1] in {"today", "now", "ok", "okay"}
                ):
                    ignored.update(range(i, self.clause_end(i)))
        return ignored

    # -- scanning ------------------------------------------------------------------------------------
    def cues(self, language: str) -> list[_Cue]:
        cues: list[_Cue] = []
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
        return cues

    # English ----------------------------------------------------------------------------------------
    def en_wh(self, i: int) -> _Cue | None:
        w = self.word(i)
        if w not in _EN_WH and w not in _EN_WH_CONTRACTED:
            return None
        start = self.at_clause_start(i)
        prev = self.word(self.prev_index(i))
        rest = self.words_from(i + 1, 8)
        # "proud of what would it be": a following aux + pronoun is question order even after "of".
        inverted = rest[:2] and rest[0] in _EN_AUX and rest[1:2] and rest[1] in _EN_INVERSION_SUBJECT
        if prev in {"of", "about", "on"} and inverted:
            prev = ""
        if prev in _EN_EMBEDDERS or prev in _EN_PRONOUNS or prev in {"if", "whether"}:
            return None
        if not start and w in {"who", "whom", "whose", "which"}:
            return None  # mid-clause these are relative pronouns ("my colleague who will ask")
        if w in _EN_WH_CONTRACTED:
            return _Cue(i, 0.85 if start or self._mentions(rest, _EN_YOU) else 0.6, "interrogative")
        if rest[:1] and rest[0] in _EN_DETERMINERS and w == "what":
            return None  # exclamative "what a story"
        if w == "how" and len(rest) >= 3 and rest[0] in _EN_EVALUATIVE and rest[1] == "is":
            return None  # exclamative "how cool is that"
        if rest[:1] in (["is"], ["was"], ["means"]) and (
            rest[0] == "means" or (rest[1:2] and rest[1] in _EN_WH)
        ):
            return None  # continuation of the previous sentence: "which is why we're hiring"
        for k, nxt in enumerate(rest[:5]):
            if nxt in _EN_AUX:
                subject = rest[k + 1 : k + 3]
                if k == 0 and not subject and not start:
                    return None
                if subject[:1] in (["i"], ["we"]) and not self._mentions(rest, _EN_YOU):
                    return None  # thinking aloud: "where was I", "what do we have next"
                if start:
                    return _Cue(i, 0.9, "interrogative")
                # Mid-clause (unpunctuated preamble before it): demand the full "how do you" shape.
                if subject and (subject[0] in _EN_YOU or subject[0] in {"it", "that", "there", "a", "the"}):
                    return _Cue(i, 0.75, "interrogative")
                return None
            if nxt in _EN_SUBJECT_PRONOUNS:
                return None  # "how we work is ...": an embedded clause used as a subject
            if k == 0 and w in {"what", "who", "which"} and self._verb_like(nxt):
                if rest[1:2] in (["is"], ["was"]):
                    return None  # pseudo-cleft: "what happened was the cluster went down"
                if self._mentions(rest[1:4], _EN_YOU) or start:
                    return _Cue(i, 0.85 if start else 0.7, "interrogative")
                return None
        if start and (len(rest) <= 3 or rest[:1] in (["about"], ["come"], ["not"])):
            # Elliptical: "why logistics?", "what about testing", "how come".
            return _Cue(i, 0.65 if len(rest) <= 3 else 0.8, "interrogative")
        return None

    @staticmethod
    def _verb_like(word: str) -> bool:
        return word in _EN_IRREGULAR_PAST or (
            len(word) > 3 and (word.endswith("ed") or (word.endswith("s") and not word.endswith("ss")))
        )

    @staticmethod
    def _mentions(words: Iterable[str], lexicon: frozenset[str]) -> bool:
        return any(w in lexicon for w in words)

    def en_inversion(self, i: int) -> _Cue | None:
        w = self.word(i)
        if w not in _EN_INVERSION_AUX:
            return None
        subject = self.word(i + 1)
        prev = self.word(self.prev_index(i))
        if subject not in _EN_INVERSION_SUBJECT:
            # "is remote work important to you": a noun subject, accepted at a sentence start only
            # and only when the sentence is about the candidate.
            if (
                subject
                and subject not in _EN_SUBJECT_PRONOUNS
                and subject not in {"that", "this", "what", "how"}
                and self.at_clause_start(i, allow_comma=False)
                and self._mentions(self.sentence_words(i + 1), _EN_YOU)
            ):
                return _Cue(i, 0.7, "inversion")
            return None
        if prev in _EN_WH or prev in {"if", "whether", "that", "what", "than", "as"}:
            return None
        if self.at_clause_start(i):
            return _Cue(i, 0.85, "inversion")
        # Unpunctuated preamble: only the unmistakable "do you / have you / would you" shapes.
        if subject == "you" and prev not in _EN_SUBJECT_PRONOUNS and w not in {"is", "was", "has"}:
            return _Cue(i, 0.7, "inversion")
        return None

    def en_imperative(self, i: int) -> _Cue | None:
        w = self.word(i)
        nxt, nxt2 = self.word(i + 1), self.word(i + 2)
        prompt = False
        if w == "tell" and (nxt in {"me", "us", "about"} or nxt2 == "about"):
            prompt = True
        elif w in _EN_IMPERATIVES:
            prompt = nxt not in {"my", "our"}
        elif (w in _EN_THROUGH_VERBS and nxt in {"me", "us"} and nxt2 in {"through", "about"}) or (
            w == "talk" and nxt == "about"
        ):
            prompt = True
        elif w in {"give", "share"}:
            obj = self.words_from(i + 1, 3)
            if obj and obj[0] in {"me", "us", "with"}:
                obj = obj[1:]
            prompt = bool(obj) and obj[0] in _EN_EXAMPLE_OBJECTS and not (set(obj) & _EN_NOT_PROMPT_OBJECTS)
        elif (
            (w == "go" and nxt in {"through", "over"} and nxt2 in {"your", "the", "how", "what"})
            or (w in {"name", "list"} and nxt in _EN_NAME_OBJECTS)
            or (w == "expand" and nxt == "on")
            or (w == "introduce" and nxt == "yourself")
        ):
            prompt = True
        elif w == "let's" and nxt in {"talk", "discuss"}:
            prompt = bool(set(self.words_from(i + 2, 4)) & (_EN_YOU | {"how", "what", "why", "a"}))
        if not prompt:
            return None
        if self.at_clause_start(i):
            return _Cue(self._with_please(i), 0.9, "imperative")
        prev = self.word(i - 1)
        if w == "tell" and prev not in {"let", "to", "i'll", "will", "can't", "you", "me", "we'll"}:
            return _Cue(i, 0.7, "imperative")
        return None

    def _with_please(self, i: int) -> int:
        # "please describe ..." / "proszę opowiedzieć": the courtesy word belongs to the question.
        return i - 1 if self.word(i - 1) in {"please", "prosze"} else i

    def en_indirect(self, i: int) -> _Cue | None:
        words = self.words_from(i, 7)
        if not words:
            return None
        first, rest = words[0], words[1:]
        hit = False
        needs_you = False
        if first in {"i'd", "i"} and rest[:1] != ["wonder"]:
            tail = rest if first == "i'd" else rest[1:] if rest[:1] == ["would"] else []
            if tail[:1] in (["love"], ["like"], ["want"]) and tail[1:3] and tail[1] == "to":
                hit = tail[2] in {"hear", "know", "understand", "learn", "ask"}
            elif tail[:2] in (["be", "interested"], ["be", "curious"]):
                hit = True
        if first in {"i'm", "i"} and not hit:
            tail = rest if first == "i'm" else rest[1:] if rest[:1] in (["am"], ["was"]) else rest
            if tail[:1] in (["curious"], ["interested"]):
                hit = True
            elif tail[:1] in (["wondering"], ["wonder"]):
                hit, needs_you = True, True
        if first == "curious" and rest[:1] in (["to"], ["how"], ["about"]):
            hit = True
        if first == "help" and rest[:2] == ["me", "understand"]:
            hit = True
        if first == "it" and rest[:2] == ["would", "be"] and "to" in rest:
            hit = "hear" in words or "know" in words
        if not hit:
            return None
        if needs_you and not self._mentions(self.sentence_words(i), _EN_YOU):
            return None  # "I wonder if the recording is working" is thinking aloud
        return _Cue(i, 0.8 if self.at_clause_start(i) else 0.65, "indirect")

    def any_questions(self, i: int) -> _Cue | None:
        w = self.word(i)
        if w not in {"any", "anything", "jakies", "jakiekolwiek", "cos"} or not self.at_clause_start(i):
            return None
        rest = self.words_from(i + 1, 3)
        if w == "anything" and rest[:1] == ["else"]:
            return _Cue(i, 0.75, "inversion")
        if set(rest[:2]) & {"questions", "question", "thoughts", "concerns", "pytania", "pytan", "uwagi"}:
            return _Cue(i, 0.85, "inversion")
        return None

    # Polish -----------------------------------------------------------------------------------------
    def _pl_person(self, words: Sequence[str]) -> tuple[bool, bool]:
        """(mentions the candidate, speaks of the interviewer/company) in a clause."""
        second = any(w in _PL_YOU_WORDS or self._pl_second_verb(w, strict=False) for w in words)
        first = any(w in _PL_ME_WORDS or w in _PL_FIRST_SINGULAR or self._pl_first_verb(w) for w in words)
        return second, first

    @staticmethod
    def _pl_second_verb(w: str, strict: bool = True) -> bool:
        """A 2nd-person verb form; ``strict`` drops those that open statements ("będziesz", "wiesz")."""
        if len(w) < 4 or (strict and w in _PL_SECOND_NOT_QUESTION):
            return False
        return (
            w.endswith(("sz", "les", "las", "lbys", "labys", "liscie", "lyscie", "bys"))
            and not w.endswith(("niesz", "jdziesz"))
        ) or (w.endswith(("acie", "ecie", "icie", "ycie")) and w not in _PL_NOUNS_IN_CIE and len(w) <= 10)

    @staticmethod
    def _pl_first_verb(w: str) -> bool:
        return len(w) >= 5 and (
            w.endswith(("ilem", "alem", "ylem", "elem", "ilam", "alam", "ylam", "elam", "lismy", "lysmy"))
            or (w.endswith(("emy", "imy", "ymy", "amy", "smy")) and not w.endswith("bysmy"))
        )

    def pl_wh(self, i: int) -> _Cue | None:
        w = self.word(i)
        if w not in _PL_WH:
            return None
        begin = i - 1 if self.word(i - 1) in _PL_PREPOSITIONS else i
        if self.word(i + 1) in _PL_NON_QUESTION_AFTER_WH.get(w, ()):
            return None
        prev = self.word(self.prev_index(begin))
        if prev in _PL_EMBEDDERS and prev != "to":
            return None
        if prev in _PL_FIRST_SINGULAR:
            return None
        start = self.at_clause_start(begin)
        after_comma = start and not self.at_clause_start(begin, allow_comma=False)
        clause = self.words_from(i + 1, 7)
        if not clause and i + 1 < self.n and self.t[i + 1].kind == "c":
            return None  # "no to jak, masz pytania?": a filler before the real question
        second, first = self._pl_person([w, *clause])  # "jakbyś" carries the person itself
        if not second and (first or not start):
            return None
        if not second and w in _PL_RELATIVE_WH and after_comma:
            return None  # "koledze, który zada pytania": a relative clause
        if (
            (w in _PL_CONJUNCTION_WH or not second)
            and not self.sentence_has_qmark(i)
            and not self.next_clause_has_cue(i)
        ):
            # "kiedy dołączysz, dostaniesz ..." (a subordinate clause) or "co się stało, cały klaster
            # padł" (a question the speaker answers): the sentence goes on as a statement.
            return None
        if second:
            return _Cue(begin, 0.9 if start else 0.75, "interrogative")
        return _Cue(begin, 0.8 if len(clause) >= 2 else 0.7, "interrogative")

    def pl_czy(self, i: int) -> _Cue | None:
        if self.word(i) != "czy":
            return None
        clause = self.words_from(i + 1, 10)
        if clause[:1] == ["to"] and "czy" in clause:
            return None  # "czy to w biurze czy zdalnie": correlative "whether ... or"
        prev = self.word(self.prev_index(i))
        if prev in _PL_FIRST_SINGULAR or prev in {"wiem", "zobaczymy", "sprawdze", "sie"}:
            return None
        second, _ = self._pl_person(clause)
        if self.at_clause_start(i):
            return _Cue(i, 0.9, "interrogative")
        if second and prev not in {"zalezy"}:
            return _Cue(i, 0.75, "interrogative")
        return None

    def pl_verb_initial(self, i: int) -> _Cue | None:
        if not self.at_clause_start(i):
            return None
        j = i
        while self.word(j) in _PL_ADVERB_SKIP:
            j += 1
        verb, nxt = self.word(j), self.word(j + 1)
        if not verb:
            return None
        if verb in _PL_MODAL_YOU or (verb == "moze" and nxt in {"pan", "pani"}):
            rest = self.words_from(j + 1, 4)
            if set(rest) & _PL_SPEECH_INFINITIVES:
                return _Cue(i, 0.85, "inversion")
            return None
        if nxt in {"pan", "pani", "panstwo"} and verb not in _PL_FUNCTION_WORDS and len(verb) > 1:
            return _Cue(i, 0.75, "inversion")
        if not self._pl_second_verb(verb) or verb in _PL_WH:
            return None
        if nxt in {"ze", "zeby"} or (
            j + 1 < self.n and self.t[j + 1].kind == "c" and self.word(j + 2) == "ze"
        ):
            return None  # "wspomniałeś, że ...": reported speech, a preamble
        if verb == "bys" or (verb in _PL_REPORTING_VERBS and not self.sentence_has_qmark(j)):
            return None
        return _Cue(i, 0.75, "inversion")

    def pl_imperative(self, i: int) -> _Cue | None:
        w, nxt = self.word(i), self.word(i + 1)
        if w in _PL_IMPERATIVES:
            if w == "podaj" and nxt not in {"przyklad", "mi", "nam", "prosze", "jakis", "dwa", "trzy"}:
                return None
            return _Cue(self._with_please(i), 0.9 if self.at_clause_start(i) else 0.7, "imperative")
        if w == "prosze" and nxt in _PL_SPEECH_INFINITIVES:
            return _Cue(i, 0.9, "imperative")
        if w == "niech" and nxt in {"pan", "pani"}:
            return _Cue(i, 0.85, "imperative")
        return None

    def pl_indirect(self, i: int) -> _Cue | None:
        w = self.word(i)
        rest = [x for x in self.words_from(i + 1, 8) if x not in _PL_SKIPPABLE_IN_PHRASE]
        # A comma may stand between "chciałabym," and "żebyś".
        if not rest and i + 2 < self.n and self.t[i + 1].kind == "c":
            rest = [x for x in self.words_from(i + 2, 8) if x not in _PL_SKIPPABLE_IN_PHRASE]
        hit = False
        needs_you = False
        if (
            (w in _PL_WANT and rest[:1] and rest[0] in _PL_WANT_TARGETS)
            or (w in {"ciekawi", "interesuje"} and rest[:1] in (["mnie"], ["nas"]))
            or (w == "jestem" and rest[:1] in (["ciekaw"], ["ciekawa"], ["ciekawy"]))
            or (w in {"chetnie"} and rest[:1] in (["uslysze"], ["posluchamy"], ["poslucham"], ["dowiem"]))
        ):
            hit = True
        elif w == "zastanawiam" and self.word(i + 1) == "sie":
            hit, needs_you = True, True
        if not hit:
            return None
        if needs_you and not self._pl_person(self.sentence_words(i))[0]:
            return None
        return _Cue(i, 0.8, "indirect")

    # Tags and bare question marks -------------------------------------------------------------------
    def tag_and_qmark_cues(self, found: list[_Cue]) -> list[_Cue]:
        extra: list[_Cue] = []
        # Clauses are delimited by sentence punctuation; a tag sits at the end of the utterance.
        words = [k for k in range(self.n) if self.t[k].is_word]
        if words:
            last = words[-1]
            for tag in _TAGS:
                first_tag = last - len(tag) + 1
                if first_tag <= 0 or not self.matches(first_tag, tag):
                    continue
                begin = self._sentence_start(first_tag)
                body = [self.t[k].norm for k in range(begin, first_tag) if self.t[k].is_word]
                if self._mentions(body, _EN_YOU) or self._pl_person(body)[0]:
                    extra.append(_Cue(begin, 0.7, "interrogative"))
        if self.ends_with_qmark and not found and not extra:
            begin = self._sentence_start(self.n - 1)
            if any(k not in self.ignored for k in range(begin, self.n - 1) if self.t[k].is_word):
                extra.append(_Cue(begin, 0.6, "interrogative"))
        return extra

    def _sentence_start(self, i: int) -> int:
        j = i - 1
        while j >= 0 and self.t[j].kind in {"w", "c"}:
            j -= 1
        j += 1
        while j < i and self.t[j].is_word and self.t[j].norm in _MARKERS:
            j += 1
        return j


# --------------------------------------------------------------------------------------------------
# Public API


def detect_question(text: str, language: str | None = None) -> Detection:
    """Decide whether ``text`` asks the candidate something and extract the question from it."""
    tokens = _tokenise(text or "")
    if language and language.strip().lower() not in {"auto", ""}:
        lang = detect_language(text, language)
    else:
        lang = _guess_language(text or "", tokens)
    if not any(t.is_word for t in tokens):
        return Detection(False, None, lang, 0.0, "none")
    scanner = _Scanner(tokens, text)
    rules = lang if lang in {"en", "pl"} else "any"
    cues = [c for c in scanner.cues(rules) if c.score >= THRESHOLD]
    if not cues and rules != "any":
        # Code-switching ("ok super, tell me ...") or a wrong hint: try the other language, less sure.
        cues = [c for c in scanner.cues("pl" if rules == "en" else "en") if c.score >= THRESHOLD + 0.1]
        for c in cues:
            c.score -= 0.1
    if not cues:
        return Detection(False, None, lang, _non_question_confidence(scanner), "none")
    first = min(cues, key=lambda c: (c.index, -c.score))
    question = _extract(scanner, _question_start(scanner, first.index), cues)
    if not question:
        return Detection(False, None, lang, 0.5, "none")
    confidence = max(c.score for c in cues)
    return Detection(True, question, lang, round(confidence, 3), first.kind)


def _non_question_confidence(scanner: _Scanner) -> float:
    # A question mark the rules refused (a check-in, a greeting) leaves some doubt.
    return 0.3 if scanner.ends_with_qmark else 0.1


def _question_start(scanner: _Scanner, start: int) -> int:
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
            if tokens[k].norm in _CONDITIONAL_OPENERS and scanner.at_clause_start(k):
                return k
        k -= 1
    return start


def _extract(scanner: _Scanner, start: int, cues: list[_Cue]) -> str | None:
    tokens = scanner.t
    # The question runs to the end of the last sentence holding a cue; later sentences are chatter.
    last_cue = max(c.index for c in cues)
    end = last_cue
    while end < scanner.n and tokens[end].kind in {"w", "c"}:
        end += 1
    words = [k for k in range(start, min(end, scanner.n)) if tokens[k].is_word]
    words = _strip_trailing_fillers(scanner, words)
    if not words:
        return None
    return _format_question(scanner.source[tokens[words[0]].start : tokens[words[-1]].end])


def _strip_trailing_fillers(scanner: _Scanner, words: list[int]) -> list[int]:
    changed = True
    while changed and words:
        changed = False
        norms = [scanner.t[k].norm for k in words]
        for filler in _TRAILING_FILLERS:
            if len(norms) > len(filler) and tuple(norms[-len(filler) :]) == filler:
                words = words[: -len(filler)]
                changed = True
                break
    return words


def _format_question(text: str) -> str:
    text = re.sub(r"\s+", " ", text).strip(" ,.;:!?-–—")
    if not text:
        return text
    return text[0].upper() + text[1:] + "?"


# --------------------------------------------------------------------------------------------------
# Evaluation CLI


@dataclass(frozen=True)
class _Scores:
    n: int
    tp: int
    fp: int
    fn: int
    extracted_ok: int

    @property
    def precision(self) -> float:
        return self.tp / (self.tp + self.fp) if self.tp + self.fp else 1.0

    @property
    def recall(self) -> float:
        return self.tp / (self.tp + self.fn) if self.tp + self.fn else 1.0

    @property
    def f1(self) -> float:
        p, r = self.precision, self.recall
        return 2 * p * r / (p + r) if p + r else 0.0

    @property
    def extraction(self) -> float:
        return self.extracted_ok / self.tp if self.tp else 1.0


def load_dataset(path: str) -> list[dict[str, str]]:
    """Rows of a labelled TSV (lang, label, split, text, expected_question)."""
    with open(path, encoding="utf-8", newline="") as handle:
        return list(csv.DictReader(handle, delimiter="\t", quoting=csv.QUOTE_NONE))


def evaluate(rows: Iterable[dict[str, str]], use_language_hint: bool = False) -> dict[str, _Scores]:
    """Scores keyed "all", "en", "pl", "split:<name>" and "<lang>:<split>"."""
    counts: dict[str, list[int]] = {}
    for row in rows:
        hint = row["lang"] if use_language_hint else None
        got = detect_question(row["text"], hint)
        expected = row["label"] == "1"
        ok_text = (
            got.is_question
            and expected
            and normalise_question(got.question or "") == normalise_question(row.get("expected_question", ""))
        )
        split = row.get("split") or "all"
        for key in ("all", row["lang"], f"split:{split}", f"{row['lang']}:{split}"):
            c = counts.setdefault(key, [0, 0, 0, 0, 0])
            c[0] += 1
            c[1] += got.is_question and expected
            c[2] += got.is_question and not expected
            c[3] += expected and not got.is_question
            c[4] += ok_text
    return {key: _Scores(*c) for key, c in counts.items()}


def _main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m copilot.services.questions", description=__doc__)
    parser.add_argument("--eval", metavar="TSV", help="labelled data set to score")
    parser.add_argument("--hint", action="store_true", help="pass the row's language as a hint")
    parser.add_argument("--errors", metavar="SPLIT", help="list misclassified rows of this split")
    parser.add_argument("text", nargs="*", help="utterances to classify")
    args = parser.parse_args(argv)
    out = sys.stdout
    if args.eval:
        rows = load_dataset(args.eval)
        scores = evaluate(rows, use_language_hint=args.hint)
        out.write(f"{'slice':<12}{'n':>5}{'precision':>11}{'recall':>8}{'f1':>7}{'extraction':>12}\n")
        for key in sorted(scores, key=lambda k: (k != "all", k.count(":"), k)):
            s = scores[key]
            out.write(
                f"{key:<12}{s.n:>5}{s.precision:>11.3f}{s.recall:>8.3f}{s.f1:>7.3f}{s.extraction:>12.3f}\n"
            )
        if args.errors:
            for row in rows:
                if row.get("split") != args.errors:
                    continue
                got = detect_question(row["text"], row["lang"] if args.hint else None)
                want = row["label"] == "1"
                bad_text = (
                    want
                    and got.is_question
                    and normalise_question(got.question or "") != normalise_question(row["expected_question"])
                )
                if got.is_question != want or bad_text:
                    out.write(f"{row['label']} {got.kind:<13} {row['text']!r} -> {got.question!r}\n")
    for text in args.text:
        out.write(f"{detect_question(text)}\n")
    return 0


if __name__ == "__main__":
    raise SystemExit(_main())
