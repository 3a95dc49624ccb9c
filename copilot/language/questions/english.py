"""English question rules: wh-questions, auxiliary inversion, imperative prompts, indirect requests."""

from __future__ import annotations

from copilot.language.questions.lexicon import (
    EN_AUX,
    EN_DETERMINERS,
    EN_EMBEDDERS,
    EN_EVALUATIVE,
    EN_EXAMPLE_OBJECTS,
    EN_IMPERATIVES,
    EN_INVERSION_AUX,
    EN_INVERSION_SUBJECT,
    EN_IRREGULAR_PAST,
    EN_NAME_OBJECTS,
    EN_NOT_PROMPT_OBJECTS,
    EN_PRONOUNS,
    EN_SUBJECT_PRONOUNS,
    EN_THROUGH_VERBS,
    EN_WH,
    EN_WH_CONTRACTED,
    EN_YOU,
)
from copilot.language.questions.tokens import Cue, Utterance, mentions

# Past tenses that open a free relative ("who ran the project was ...") beside EN_IRREGULAR_PAST.
_MORE_PAST = frozenset({"ran", "built", "wrote", "hired", "found", "told", "said", "won", "sold", "did"})


class EnglishRules(Utterance):
    """Each rule looks at token ``i`` and returns a cue when a question starts there."""

    def en_wh(self, i: int) -> Cue | None:
        w = self.word(i)
        if w not in EN_WH and w not in EN_WH_CONTRACTED:
            return None
        start = self.at_clause_start(i)
        prev = self.word(self.prev_index(i))
        rest = self.words_from(i + 1, 8)
        # "proud of what would it be": a following aux + pronoun is question order even after "of".
        inverted = rest[:2] and rest[0] in EN_AUX and rest[1:2] and rest[1] in EN_INVERSION_SUBJECT
        if prev in {"of", "about", "on"} and inverted:
            prev = ""
        if prev in EN_EMBEDDERS or prev in EN_PRONOUNS or prev in {"if", "whether"}:
            return None
        if not start and w in {"who", "whom", "whose", "which"}:
            return None  # mid-clause these are relative pronouns ("my colleague who will ask")
        if (
            w == "which"
            and i > 0
            and self.t[i - 1].kind == "c"
            and rest[:1] in (["is"], ["was"], ["means"], ["makes"], ["sounds"], ["seems"])
        ):
            return (
                None  # "twelve hundred contracts in six weeks, which is a lot": a remark on what came before
            )
        if w in EN_WH_CONTRACTED:
            return Cue(i, 0.85 if start or mentions(rest, EN_YOU) else 0.6, "interrogative")
        if rest[:1] and rest[0] in EN_DETERMINERS and w == "what":
            return None  # exclamative "what a story"
        if w == "how" and len(rest) >= 3 and rest[0] in EN_EVALUATIVE and rest[1] == "is":
            return None  # exclamative "how cool is that"
        if rest[:1] in (["is"], ["was"], ["means"]) and (
            rest[0] == "means" or (rest[1:2] and rest[1] in EN_WH)
        ):
            return None  # continuation of the previous sentence: "which is why we're hiring"
        for k, nxt in enumerate(rest[:5]):
            if nxt in EN_AUX:
                if (
                    start
                    and w in {"who", "what"}
                    and not self.ends_with_qmark
                    and (self._verb_like(rest[0]) or rest[0] in _MORE_PAST)
                    and self._free_relative_subject(rest[: k + 1])
                ):
                    return None  # "who ran the project was my manager": the clause is a subject
                subject = rest[k + 1 : k + 3]
                if k == 0 and not subject and not start:
                    return None
                if subject[:1] in (["i"], ["we"]) and not mentions(rest, EN_YOU):
                    return None  # thinking aloud: "where was I", "what do we have next"
                if start:
                    return Cue(i, 0.9, "interrogative")
                # Mid-clause (unpunctuated preamble before it): demand the full "how do you" shape.
                if subject and (subject[0] in EN_YOU or subject[0] in {"it", "that", "there", "a", "the"}):
                    return Cue(i, 0.75, "interrogative")
                return None
            if nxt in EN_SUBJECT_PRONOUNS:
                return None  # "how we work is ...": an embedded clause used as a subject
            if k == 0 and w in {"what", "who", "which"} and self._verb_like(nxt):
                if rest[1:2] in (["is"], ["was"]):
                    return None  # pseudo-cleft: "what happened was the cluster went down"
                if not self.ends_with_qmark and self._free_relative_subject(rest):
                    return None  # "who ran the project was my manager": the clause is a subject
                if mentions(rest[1:4], EN_YOU) or start:
                    return Cue(i, 0.85 if start else 0.7, "interrogative")
                return None
        if start and (len(rest) <= 3 or rest[:1] in (["about"], ["come"], ["not"])):
            # Elliptical: "why logistics?", "what about testing", "how come".
            return Cue(i, 0.65 if len(rest) <= 3 else 0.8, "interrogative")
        return None

    @staticmethod
    def _free_relative_subject(rest: list[str]) -> bool:
        """After "who/what + verb", a copula a few words on, not opening a clause of its own,
        makes the wh-clause the subject of a statement (a question would have ended in "?")."""
        for k in range(2, min(len(rest), 6)):
            if rest[k] in {"is", "was", "were", "are"} and rest[k - 1] not in {"that", "which", "who", "it"}:
                return True
        return False

    @staticmethod
    def _verb_like(word: str) -> bool:
        return word in EN_IRREGULAR_PAST or (
            len(word) > 3 and (word.endswith("ed") or (word.endswith("s") and not word.endswith("ss")))
        )

    def en_inversion(self, i: int) -> Cue | None:
        w = self.word(i)
        if w not in EN_INVERSION_AUX:
            return None
        subject = self.word(i + 1)
        prev = self.word(self.prev_index(i))
        if subject not in EN_INVERSION_SUBJECT:
            # "is remote work important to you": a noun subject, accepted at a sentence start only
            # and only when the sentence is about the candidate.
            if (
                subject
                and subject not in EN_SUBJECT_PRONOUNS
                and subject not in {"that", "this", "what", "how"}
                and self.at_clause_start(i, allow_comma=False)
                and mentions(self.sentence_words(i + 1), EN_YOU)
            ):
                return Cue(i, 0.7, "inversion")
            return None
        if prev in EN_WH or prev in {"if", "whether", "that", "what", "than", "as"}:
            return None
        if self.at_clause_start(i):
            return Cue(i, 0.85, "inversion")
        # Unpunctuated preamble: only the unmistakable "do you / have you / would you" shapes.
        if subject == "you" and prev not in EN_SUBJECT_PRONOUNS and w not in {"is", "was", "has"}:
            return Cue(i, 0.7, "inversion")
        return None

    def en_imperative(self, i: int) -> Cue | None:
        w = self.word(i)
        nxt, nxt2 = self.word(i + 1), self.word(i + 2)
        prompt = False
        if w == "tell" and (nxt in {"me", "us", "about"} or nxt2 == "about"):
            prompt = True
        elif w in EN_IMPERATIVES:
            prompt = nxt not in {"my", "our"}
        elif (w in EN_THROUGH_VERBS and nxt in {"me", "us"} and nxt2 in {"through", "about"}) or (
            w == "talk" and nxt == "about"
        ):
            prompt = True
        elif w in {"give", "share"}:
            obj = self.words_from(i + 1, 3)
            if obj and obj[0] in {"me", "us", "with"}:
                obj = obj[1:]
            prompt = bool(obj) and obj[0] in EN_EXAMPLE_OBJECTS and not (set(obj) & EN_NOT_PROMPT_OBJECTS)
        elif (
            (w == "go" and nxt in {"through", "over"} and nxt2 in {"your", "the", "how", "what"})
            or (w in {"name", "list"} and nxt in EN_NAME_OBJECTS)
            or (w == "expand" and nxt == "on")
            or (w == "introduce" and nxt == "yourself")
        ):
            prompt = True
        elif w == "let's" and nxt in {"talk", "discuss"}:
            prompt = bool(set(self.words_from(i + 2, 4)) & (EN_YOU | {"how", "what", "why", "a"}))
        if not prompt:
            return None
        if self.at_clause_start(i):
            return Cue(self.with_please(i), 0.9, "imperative")
        prev = self.word(i - 1)
        if w == "tell" and prev not in {"let", "to", "i'll", "will", "can't", "you", "me", "we'll"}:
            return Cue(i, 0.7, "imperative")
        return None

    def en_indirect(self, i: int) -> Cue | None:
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
        if needs_you and not mentions(self.sentence_words(i), EN_YOU):
            return None  # "I wonder if the recording is working" is thinking aloud
        return Cue(i, 0.8 if self.at_clause_start(i) else 0.65, "indirect")
