"""Polish question rules: wh-words, "czy", verb-first questions, imperative prompts, indirect requests.

Polish marks the person on the verb, so whether a clause speaks to the candidate is read from
2nd-person endings ("pracowałeś", "zrobiłbyś", "powiedzcie") as much as from pronouns.
"""

from __future__ import annotations

from collections.abc import Sequence

from copilot.language.questions.lexicon import (
    PL_ADVERB_SKIP,
    PL_CONJUNCTION_WH,
    PL_EMBEDDERS,
    PL_FIRST_SINGULAR,
    PL_FUNCTION_WORDS,
    PL_IMPERATIVES,
    PL_ME_WORDS,
    PL_MODAL_YOU,
    PL_NON_QUESTION_AFTER_WH,
    PL_NOUNS_IN_CIE,
    PL_PREPOSITIONS,
    PL_RELATIVE_WH,
    PL_REPORTING_VERBS,
    PL_SECOND_NOT_QUESTION,
    PL_SKIPPABLE_IN_PHRASE,
    PL_SPEECH_INFINITIVES,
    PL_WANT,
    PL_WANT_TARGETS,
    PL_WH,
    PL_YOU_WORDS,
)
from copilot.language.questions.tokens import Cue, Utterance
from copilot.language.text import word_set

# "opowiedział", "opowiedziała" after "żeby Pan/Pani": the speech verbs in the past.
_SPEECH_PAST = frozenset(
    past + ending
    for word in PL_SPEECH_INFINITIVES
    for past in [word[:-2] + "al" if word.endswith("ec") else word[:-1] + "l"]
    for ending in ("", "a")
)


class PolishRules(Utterance):
    """Each rule looks at token ``i`` and returns a cue when a question starts there."""

    def pl_person(self, words: Sequence[str]) -> tuple[bool, bool]:
        """(mentions the candidate, speaks of the interviewer/company) in a clause."""
        second = any(w in PL_YOU_WORDS or self._pl_second_verb(w, strict=False) for w in words)
        first = any(w in PL_ME_WORDS or w in PL_FIRST_SINGULAR or self._pl_first_verb(w) for w in words)
        return second, first

    @staticmethod
    def _pl_second_verb(w: str, strict: bool = True) -> bool:
        """A 2nd-person verb form; ``strict`` drops those that open statements ("będziesz", "wiesz")."""
        if len(w) < 4 or (strict and w in PL_SECOND_NOT_QUESTION):
            return False
        return (
            w.endswith(("sz", "les", "las", "lbys", "labys", "liscie", "lyscie", "bys"))
            and not w.endswith(("niesz", "jdziesz"))
        ) or (w.endswith(("acie", "ecie", "icie", "ycie")) and w not in PL_NOUNS_IN_CIE and len(w) <= 10)

    @staticmethod
    def _pl_first_verb(w: str) -> bool:
        return len(w) >= 5 and (
            w.endswith(("ilem", "alem", "ylem", "elem", "ilam", "alam", "ylam", "elam", "lismy", "lysmy"))
            or (w.endswith(("emy", "imy", "ymy", "amy", "smy")) and not w.endswith("bysmy"))
        )

    def pl_wh(self, i: int) -> Cue | None:
        w = self.word(i)
        if w not in PL_WH:
            return None
        begin = i - 1 if self.word(i - 1) in PL_PREPOSITIONS else i
        if self.word(i + 1) in PL_NON_QUESTION_AFTER_WH.get(w, ()):
            return None
        prev = self.word(self.prev_index(begin))
        if prev in PL_EMBEDDERS and prev != "to":
            return None
        if prev in PL_FIRST_SINGULAR:
            return None
        start = self.at_clause_start(begin)
        after_comma = start and not self.at_clause_start(begin, allow_comma=False)
        clause = self.words_from(i + 1, 7)
        if not clause and i + 1 < self.n and self.t[i + 1].kind == "c":
            return None  # "no to jak, masz pytania?": a filler before the real question
        second, first = self.pl_person([w, *clause])  # "jakbyś" carries the person itself
        if not second and (first or not start):
            return None
        if not second and w in PL_RELATIVE_WH and after_comma:
            return None  # "koledze, który zada pytania": a relative clause
        if (
            (w in PL_CONJUNCTION_WH or not second)
            and not self.sentence_has_qmark(i)
            and not self.next_clause_has_cue(i)
        ):
            # "kiedy dołączysz, dostaniesz ..." (a subordinate clause) or "co się stało, cały klaster
            # padł" (a question the speaker answers): the sentence goes on as a statement.
            return None
        if second:
            return Cue(begin, 0.9 if start else 0.75, "interrogative")
        return Cue(begin, 0.8 if len(clause) >= 2 else 0.7, "interrogative")

    def pl_czy(self, i: int) -> Cue | None:
        if self.word(i) != "czy":
            return None
        clause = self.words_from(i + 1, 10)
        if clause[:1] == ["to"] and "czy" in clause:
            return None  # "czy to w biurze czy zdalnie": correlative "whether ... or"
        prev = self.word(self.prev_index(i))
        if prev in PL_FIRST_SINGULAR or prev in {"wiem", "zobaczymy", "sprawdze", "sie"}:
            return None
        second, _ = self.pl_person(clause)
        if self.at_clause_start(i):
            return Cue(i, 0.9, "interrogative")
        if second and prev not in {"zalezy"}:
            return Cue(i, 0.75, "interrogative")
        return None

    def pl_verb_initial(self, i: int) -> Cue | None:
        if not self.at_clause_start(i):
            return None
        j = i
        while self.word(j) in PL_ADVERB_SKIP:
            j += 1
        verb, nxt = self.word(j), self.word(j + 1)
        if not verb:
            return None
        if verb in PL_MODAL_YOU or (verb == "moze" and nxt in {"pan", "pani"}):
            rest = self.words_from(j + 1, 4)
            if set(rest) & PL_SPEECH_INFINITIVES:
                return Cue(i, 0.85, "inversion")
            return None
        if nxt in {"pan", "pani", "panstwo"} and verb not in PL_FUNCTION_WORDS and len(verb) > 1:
            if verb in PL_FIRST_SINGULAR or verb in _TELL_YOU:
                return None  # "Powiem Pani szczerze, …", "Przypomnę Panu, …": I tell you something
            return Cue(i, 0.75, "inversion")
        if not self._pl_second_verb(verb) or verb in PL_WH:
            return None
        if nxt in {"ze", "zeby"} or (
            j + 1 < self.n and self.t[j + 1].kind == "c" and self.word(j + 2) == "ze"
        ):
            return None  # "wspomniałeś, że ...": reported speech, a preamble
        if verb == "bys" or (verb in PL_REPORTING_VERBS and not self.sentence_has_qmark(j)):
            return None
        return Cue(i, 0.75, "inversion")

    def pl_imperative(self, i: int) -> Cue | None:
        w, nxt = self.word(i), self.word(i + 1)
        if w in PL_IMPERATIVES:
            if w == "podaj" and nxt not in {"przyklad", "mi", "nam", "prosze", "jakis", "dwa", "trzy"}:
                return None
            return Cue(self.with_please(i), 0.9 if self.at_clause_start(i) else 0.7, "imperative")
        if w == "prosze" and any(word in PL_SPEECH_INFINITIVES for word in self.words_from(i + 1, 7)):
            return Cue(i, 0.9, "imperative")  # "Proszę (nam, w kilku zdaniach) powiedzieć kilka słów o sobie"
        if w == "niech" and nxt in {"pan", "pani"}:
            return Cue(i, 0.85, "imperative")
        if (
            w == "zeby"
            and nxt in {"pan", "pani", "panstwo"}
            and any(word in _SPEECH_PAST for word in self.words_from(i + 2, 3))
        ):
            return Cue(i, 0.8, "imperative")  # "Zacznijmy od tego, żeby Pan krótko opowiedział o sobie"
        return None

    def pl_indirect(self, i: int) -> Cue | None:
        w = self.word(i)
        rest = [x for x in self.words_from(i + 1, 8) if x not in PL_SKIPPABLE_IN_PHRASE]
        # A comma may stand between "chciałabym," and "żebyś".
        if not rest and i + 2 < self.n and self.t[i + 1].kind == "c":
            rest = [x for x in self.words_from(i + 2, 8) if x not in PL_SKIPPABLE_IN_PHRASE]
        hit = False
        needs_you = False
        if (
            (w in PL_WANT and rest[:1] and rest[0] in PL_WANT_TARGETS)
            or (w in {"ciekawi", "interesuje"} and rest[:1] in (["mnie"], ["nas"]))
            or (w == "jestem" and rest[:1] in (["ciekaw"], ["ciekawa"], ["ciekawy"]))
            or (w in {"chetnie"} and rest[:1] in (["uslysze"], ["posluchamy"], ["poslucham"], ["dowiem"]))
        ):
            hit = True
        elif w == "zastanawiam" and self.word(i + 1) == "sie":
            hit, needs_you = True, True
        if not hit:
            return None
        if needs_you and not self.pl_person(self.sentence_words(i))[0]:
            return None
        return Cue(i, 0.8, "indirect")


# First-person verbs that open a remark to the interviewee: "Powiem Pani szczerze", "Zdradzę Panu".
_TELL_YOU = word_set(
    "powiem przypomne zdradze wyjasnie dodam przyznam pokaze opowiem wspomne zaznacze uprzedze"
)
