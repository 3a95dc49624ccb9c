"""The questions inside one interviewer turn: where a turn splits into parts of different types, and
which later part is a question of its own ("…, and could you work nights?") or continues the first."""

from __future__ import annotations

import re
from dataclasses import dataclass

from copilot.language.questions.cues import CONTRACT_FORM
from copilot.language.questions.types import _COMPILED, _typed, classify, normalise

_PART_BREAK = re.compile(
    r"\?\s+|\s+(?:and|also|plus)\s+(?=(?:why(?=\s+\w)|what|how|when|where|which|who|do you|did you|are you|can you|could you|would you|have you|tell)\b)"
    r"|,?\s+(?:i|a|oraz|a takze|a tez)\s+(?=(?:dlaczego(?=\s+\w)|czemu(?=\s+\w)|co (?:pana|pania|cie|sklonilo|przyciagnelo)|jak(?:i|a|ie)? (?:jest|sa|byl|ma|masz)|kiedy (?:moze|mozesz|moglby)|od kiedy|ile|czy (?:ma|masz|moze|jest|bylby|bylaby|pan|pani))\b)"
)


_SUBJECT_TYPES = frozenset({"technical", "system_design"})
SHORT_LEAD_WORDS = 7
_REFERS_BACK = re.compile(
    r"^(?:and )?(?:why|how|when) (?:does|do|is|are|would|did|should|can) (?:it|this|that|they|these|those)\b|"
    r"^(?:a )?(?:dlaczego|czemu|jak|kiedy) (?:to|ona|on|one|oni)\b"
)
_ASKS_WILLING = re.compile(
    r"^(?:could|can|would) you (?:work|do|travel|relocate|start|commit)|^are you (?:ok|okay|happy|willing|comfortable|"
    r"able|open|fine|prepared|available)\b|^would (?:\w+ ){0,3}(?:be a problem|suit you|work for you)|"
    r"^czy (?:moze|mozesz|jest|bylby|bylaby|odpowiada|pasuje|przeszkadza|pan|pani)\b"
)


# "What are you on now, and what are you looking for?": the second half asks for the number too.
_PAY_TAIL = re.compile(
    r"^(?:and |so )?(?:what (?:are|would) you (?:be )?(?:looking for|hoping for|expecting)|where (?:would|do) you "
    r"(?:need|want|hope|like) to (?:be|land|sit)|(?:a )?(?:jakie|ile) (?:\w+ ){0,2}(?:oczekuj|chcial))"
)


@dataclass(frozen=True)
class QuestionPart:
    text: str
    type: str


_BOTH_STRENGTHS_AND_WEAKNESSES = re.compile(r"strengths? and weakness|mocne i slabe|mocnych i slabych")


def _asks_both(folded: str) -> bool:
    """ "Your strongest side as a paramedic, and what do you still need to work on?": both asked."""

    def first(kind: str) -> re.Match[str] | None:
        found = [m for name, pattern in _COMPILED if name == kind and (m := pattern.search(folded))]
        return min(found, key=lambda m: m.start()) if found else None

    strong, weak = first("strengths"), first("weaknesses")
    return bool(strong and weak and (strong.end() <= weak.start() or weak.end() <= strong.start()))


def split_parts(question: str) -> list[QuestionPart]:
    """The questions inside one turn, each with its type; one part for a single question.

    A turn is split only where both sides are questions of different types, so "how did you
    measure it and what changed?" stays whole while "why us, and why are you leaving?" splits.
    """
    folded = normalise(question)
    if _BOTH_STRENGTHS_AND_WEAKNESSES.search(folded) or _asks_both(folded):
        return [QuestionPart(question.strip(), "strengths"), QuestionPart(question.strip(), "weaknesses")]
    text = " ".join(question.replace("’", "'").split())
    if len(text) != len(folded):
        text = folded  # folding changed the length: split the folded form itself
    pieces, start = [], 0
    for match in _PART_BREAK.finditer(folded):
        pieces.append(text[start : match.start()])
        start = match.end()
    pieces.append(text[start:])
    pieces = [piece.strip(" ,;.?") for piece in pieces if piece.strip(" ,;.?")]
    whole = classify(question)
    if len(pieces) >= 2 and question.rstrip().endswith(".") and "?" in question:
        # "Why leave the NHS? A lot of people stay for the stability.": the remark goes with its question
        pieces = [*pieces[:-2], f"{pieces[-2]}? {pieces[-1]}"]
    if len(pieces) < 2:
        return [QuestionPart(question.strip(), whole)]
    parts: list[QuestionPart] = []
    carry = ""
    subject_followed = False
    for piece in pieces:
        piece_text = f"{carry} {piece}".strip() if carry else piece
        kind, sure = _typed(piece_text)
        if kind == "other" and len(piece_text.split()) < 4:
            carry = piece_text  # too short to stand alone ("so,"): keep it for the next piece
            continue
        carry = ""
        # A guess about a short tail ("and what changed afterwards") continues the question before it.
        guessed_tail = parts and sure < 1.0 and len(piece_text.split()) <= 6
        # "A jaki był efekt? Udało się dotrzymać terminu?": a short yes/no after a follow-up asks about the
        # same story.
        if parts and parts[-1].type == "follow_up" and len(piece_text.split()) <= 8:
            parts[-1] = QuestionPart(f"{parts[-1].text}? {piece_text}", "follow_up")
            continue
        # "Any questions for us? About anything, the team, training, how the season looks": what the
        # candidate may ask about, not a question to answer (a start date asked after it still is).
        if parts and parts[-1].type == "closing" and kind not in ("availability", "salary"):
            parts[-1] = QuestionPart(f"{parts[-1].text}? {piece_text}", "closing")
            continue
        # "..., and could you work nights?": a yes/no about the job's terms is a question of its own.
        terms = kind == "other" and bool(_ASKS_WILLING.search(normalise(piece_text)))
        if (
            parts
            and parts[-1].type == "salary"
            and (CONTRACT_FORM.search(normalise(piece_text)) or _PAY_TAIL.search(normalise(piece_text)))
        ):
            # "Oczekiwania finansowe? Preferuje Pani umowę o pracę czy B2B?": the pay answer says both
            parts[-1] = QuestionPart(f"{parts[-1].text}? {piece_text}", "salary")
            continue
        # "what is idempotency and why does it matter?": a "why" about the thing just named goes with it
        refers_back = bool(_REFERS_BACK.search(normalise(piece_text)))
        # "What does ALCOA mean? What do you actually do differently because of it?": a follow-up of a
        # subject inside one turn is more of that subject, not a story's "what would you change"
        follows = bool(parts) and kind == "follow_up" and parts[-1].type in _SUBJECT_TYPES
        subject_followed = subject_followed or follows
        if (
            parts
            and not terms
            and (kind == parts[-1].type or kind == "other" or guessed_tail or refers_back or follows)
        ):
            parts[-1] = QuestionPart(f"{parts[-1].text}? {piece_text}", parts[-1].type)
        else:
            parts.append(QuestionPart(piece_text, kind))
    if carry and parts:
        parts[-1] = QuestionPart(f"{parts[-1].text} {carry}", parts[-1].type)
    if len(parts) >= 2 and parts[0].type == "other" and len(parts[0].text.split()) <= SHORT_LEAD_WORDS:
        # "Możemy przejść na niemiecki? Nie, żartuję, … jak Pani ocenia swój niemiecki?": a short aside of
        # no type before the real question is its lead-in, not a question to answer on its own
        parts = [QuestionPart(f"{parts[0].text}? {parts[1].text}", parts[1].type), *parts[2:]]
    if len(parts) < 2:
        follow_up = bool(parts) and parts[0].type == "follow_up"  # "... efekt? Udało się ...?" stays one
        kept = parts[0].type if subject_followed else "follow_up" if follow_up else whole
        return [QuestionPart(question.strip(), kept)]
    return parts[:3]
