"""Turning what a socket heard into questions: joining a question split by a pause, telling the
candidate reading the suggested answer aloud from the interviewer, and "answer now".

- **Assembly.** An interviewer's (or unknown speaker's) utterance that stops mid-sentence
  (trailing off, or on a word like "with") is held for ``LIVE_ASSEMBLY_SECONDS``: more speech of
  the same speaker starting within that time is joined with it (one job, one timeline line,
  under the first utterance's id; the ``job`` event lists the ids it joined). A finished
  sentence is filed at once (a question is answered, a statement is not), so two questions in one
  turn are both answered and nothing that ended waits. ``flush``, ``stop`` and a disconnect file
  what is held at once.
- **Echo.** With one channel, an utterance whose word pairs mostly (``ECHO_RATIO``) come from one
  of the last suggested answers of the session is the candidate reading it: a candidate's line,
  never a job.
- **Answer now.** What the interviewer is saying is ended now; the held turn, else the latest
  unanswered interviewer speech of the last ``ANSWER_NOW_SECONDS`` (several short utterances
  joined), is filed as a forced job: answered even if no question is detected.

The assembler's state is shared by the receiving loop, the filing pool, the hold timers and the
sender thread (which reports the session's answers): every access takes ``lock``.
"""

from __future__ import annotations

import itertools
import re
import threading
import time
from collections import deque
from dataclasses import dataclass, field, replace
from typing import TYPE_CHECKING, Any

import numpy as np

from copilot.language.questions import detect_question
from copilot.live.filing import Segment, Utterance, heard_now, wait_heard
from copilot.live.protocol import CANDIDATE, UNKNOWN, ProtocolError
from copilot.live.stt_pool import Heard

if TYPE_CHECKING:
    from copilot.live.session import LiveSession

SAMPLE_RATE = 16000
ECHO_RATIO = 0.6  # share of an utterance's word pairs found in a suggested answer
ECHO_MIN_PAIRS = 3  # "yes, exactly" is too short to tell
ECHO_ANSWERS = 2  # the suggested answers an utterance is compared with (the latest ones)
ANSWER_NOW_SECONDS = 30.0
JOIN_GAP_SECONDS = 0.3  # silence put between joined fragments' audio

WORD = re.compile(r"\w+", re.UNICODE)
# A sentence the decoder closed with a period may still hang ("... deal with."): these words
# never end a complete question.
DANGLING = frozenset(
    " ".join(
        (
            "a an the to of with about and or but for in on at from into onto by your my our their",
            "his her its that which who whose when where if because so as than like um uh er i",
            "oraz lub albo ale że w we z ze na do o od po przy dla bo który która które czy jak",
        )
    ).split()
)


def words(text: str) -> list[str]:
    return [word.lower() for word in WORD.findall(text or "")]


def _trails_off(text: str) -> bool:
    """Left hanging: trailing off ("...") or on a word no sentence ends with ("deal with", "deal
    with."), unless the decoder heard a "?"."""
    said = words(text)
    return text.endswith(("...", "…")) or (bool(said) and not text.endswith("?") and said[-1] in DANGLING)


def is_complete_question(text: str, language: str | None, *, closed: bool = False) -> bool:
    """A question the speaker has finished: the detector finds a question and the speech does not
    trail off. ``closed``: the decoder must also have closed the sentence (for answers at a short
    pause)."""
    text = (text or "").rstrip()
    if not words(text) or _trails_off(text) or (closed and not text.endswith(("?", ".", "!"))):
        return False
    return detect_question(text, language).is_question


def ends_mid_sentence(text: str) -> bool:
    """Speech that stopped inside a sentence: left open by the decoder, or trailing off. Only such a
    fragment is held for what may follow; a finished sentence that is no question is filed at once
    (and not answered), so a statement never delays the question after it."""
    text = (text or "").rstrip()
    return not text.endswith(("?", ".", "!")) or _trails_off(text)


def _said(heard: list[Heard | None]) -> tuple[str, str | None]:
    """The joined text of some transcriptions and the language of the latest."""
    text = " ".join(h.text for h in heard if h is not None and h.text).strip()
    language = next((h.language for h in reversed(heard) if h is not None and h.language), None)
    return text, language


def echo_ratio(text: str, answer: str) -> float:
    """Share of the utterance's word pairs found in the answer (0 for a short utterance). Pairs,
    not single words: a question about Python and Kafka shares many words with its answer, a
    sentence read from the answer shares its word order."""
    said = words(text)
    pairs = list(itertools.pairwise(said))
    if len(pairs) < ECHO_MIN_PAIRS:
        return 0.0
    written = words(answer)
    known = set(itertools.pairwise(written))
    return sum(pair in known for pair in pairs) / len(pairs)


@dataclass
class Turn:
    """Utterances of one speaker being assembled into one question."""

    speaker: str
    segments: list[Segment]
    base: Utterance  # filed under the session, context and language of its latest segment
    start: int = 0  # segments before it are filed already (questions in themselves)
    closed: bool = False
    held: tuple[str, str | None] | None = None  # (text, language) once settled and waiting
    forced: bool = False  # "answer now" came while it was being assembled
    final: bool = False  # stop / disconnect: file it as soon as it is transcribed

    @property
    def end_s(self) -> float:
        last = self.segments[-1]
        return last.offset_s + last.duration_s

    @property
    def duration_s(self) -> float:
        return sum(segment.duration_s for segment in self.segments[self.start :])


@dataclass
class Spoken:
    """An interviewer's (or unknown speaker's) utterance filed as a job, for "answer now"."""

    utterance: Utterance
    text: str
    language: str | None
    at: float  # time.monotonic()
    job_id: str | None = None
    state: str = "pending"  # "pending" | "answered" | "unanswered" | "candidate"
    extra: dict[str, Any] = field(default_factory=dict)


class Assembler:
    def __init__(self, session: LiveSession) -> None:
        self.session = session
        self.window = float(session.config["LIVE_ASSEMBLY_SECONDS"])
        self.max_turn_s = float(session.config["LIVE_MAX_UTTERANCE_SECONDS"])
        self.lock = threading.RLock()
        self.turns: dict[str, Turn] = {}
        self.spoken: deque[Spoken] = deque()
        self.answers: deque[str] = deque(maxlen=ECHO_ANSWERS)

    # -- asked by the channels -------------------------------------------------------------------
    def holds(self, speaker: str) -> bool:
        with self.lock:
            turn = self.turns.get(speaker)
            return turn is not None and not turn.closed

    def held_prefix(self, speaker: str, text: str) -> str:
        """A partial of speech that continues a held fragment shows the fragment before it."""
        with self.lock:
            turn = self.turns.get(speaker)
            if turn is None or turn.closed or turn.held is None:
                return text
            return f"{turn.held[0]} {text}".strip()

    def is_echo(self, text: str) -> bool:
        if self.session.sources:  # with channels, the candidate has a microphone of their own
            return False
        with self.lock:
            return any(echo_ratio(text, answer) >= ECHO_RATIO for answer in self.answers)

    # -- utterances --------------------------------------------------------------------------------
    def segment_ended(self, segment: Segment) -> None:
        """On the loop: a channel's utterance ended and its final transcription is on its way."""
        session = self.session
        if segment.speaker == CANDIDATE:
            interview_id = session.interview_id
            session.stt.submit(lambda: session.filer.candidate_said(segment, segment.heard(), interview_id))
            return
        base = session.utterance(segment)
        with self.lock:
            turn = self.turns.get(segment.speaker)
            if (
                turn is not None
                and not turn.closed
                and segment.offset_s - turn.end_s <= self.window
                and turn.duration_s + segment.duration_s <= self.max_turn_s
            ):
                turn.segments.append(segment)
                turn.base = base
                turn.held = None
            else:
                turn = Turn(segment.speaker, [segment], base)
                self.turns[segment.speaker] = turn
            if segment.reason == "answer_now":
                turn.forced = True
            count = len(turn.segments)
        session.stt.submit(self._settle, turn, count)

    def _settle(self, turn: Turn, count: int) -> None:
        """On the pool, once the transcriptions of the turn's first ``count`` utterances are in:
        file what is a question in itself, hold an unfinished one for what may follow, or (one
        channel) recognise the candidate reading the answer. Settlements of one turn may run in
        any order; each decides what its utterances allow, the last one what is left."""
        heard = [segment.heard() for segment in turn.segments[:count]]
        pieces: list[Utterance] = []
        reading: tuple[Segment, Heard] | None = None
        shown: tuple[str, str | None] | None = None
        with self.lock:
            if turn.closed or turn.start >= count:
                return
            last = count == len(turn.segments)
            # An utterance that is a complete question is answered on its own, even when more
            # speech has joined the turn since.
            while turn.start < count:
                end = next(
                    (
                        k
                        for k in range(turn.start + 1, count + 1)
                        if is_complete_question(*_said(heard[turn.start : k]))
                    ),
                    None,
                )
                if end is None or (end == count and last):
                    break
                pieces.append(self._utterance(turn, turn.start, end, heard))
                turn.start = end
            if last and turn.start < count:
                text, language = _said(heard[turn.start : count])
                first = turn.segments[turn.start]
                if turn.speaker == UNKNOWN and text and self.is_echo(text):
                    turn.closed = True
                    span = round(turn.end_s - first.offset_s, 3)
                    reading = (replace(first, duration_s=span), Heard(text, language, 0.0))
                elif (
                    not text
                    or turn.forced
                    or turn.final
                    or self.window <= 0
                    or turn.segments[-1].reason in ("flush", "answer_now")
                    or not ends_mid_sentence(text)
                    or is_complete_question(text, language)
                ):
                    turn.closed = True
                    pieces.append(self._utterance(turn, turn.start, count, heard))
                else:
                    turn.held = shown = (text, language)
                    delay = max(0.05, turn.segments[-1].ended_at + self.window - time.monotonic())
                    timer = threading.Timer(delay, self._due, (turn, count))
                    timer.daemon = True
                    timer.start()
        if reading is not None:
            self.session.filer.candidate_said(*reading, turn.base.interview_id)
        if shown is not None:
            # The line shows the whole fragment while it waits for what may follow.
            first_id = turn.segments[turn.start].utterance_id
            self.session.send_partial(shown[0], first_id, shown[1], turn.speaker)
        for utterance in pieces:
            self.session.filer.file(utterance)

    def _due(self, turn: Turn, count: int) -> None:
        """On a timer: the held fragment's wait is over unless its speaker went on in time."""
        channel = self.session.channels.get(turn.speaker)
        with self.lock:
            if turn.closed or len(turn.segments) != count or turn.held is None:
                return
            started = channel.speech_started_s if channel is not None else None
            if started is not None and started - turn.end_s <= self.window and not turn.final:
                return  # going on: the end of that speech joins it
            turn.closed = True
        self._file_held(turn)

    def _file_held(self, turn: Turn) -> None:
        """File a closed turn's waiting utterances (its transcriptions are in)."""
        heard = [segment.heard() for segment in turn.segments]
        utterance = self._utterance(turn, turn.start, len(turn.segments), heard)
        self.session.stt.submit(self.session.filer.file, utterance)

    def _utterance(self, turn: Turn, start: int, end: int, heard: list[Heard | None]) -> Utterance:
        """The turn's utterances ``start:end`` as one, under the first one's id."""
        segments = turn.segments[start:end]
        first = segments[0]
        if len(segments) == 1:
            samples, transcription = first.samples, first.transcription
        else:
            gap = np.zeros(int(SAMPLE_RATE * JOIN_GAP_SECONDS), np.float32)
            pieces: list[np.ndarray] = []
            for segment in segments:
                pieces.extend((segment.samples, gap))
            samples = np.concatenate(pieces[:-1])
            text, language = _said(heard[start:end])
            seconds = sum(h.seconds for h in heard[start:end] if h is not None)
            transcription = heard_now(text, language, seconds) if text else None
        return replace(
            turn.base,
            utterance_id=first.utterance_id,
            samples=samples,
            reason=segments[-1].reason,
            early=transcription,
            offset_s=first.offset_s,
            forced=turn.forced and end == len(turn.segments),
            joined=tuple(segment.utterance_id for segment in segments[1:]),
        )

    def finish(self) -> None:
        """``stop`` or a disconnect: what is held is filed now, what is being transcribed as soon
        as it is."""
        with self.lock:
            ready = []
            for turn in self.turns.values():
                turn.final = True
                if not turn.closed and turn.held is not None:
                    turn.closed = True
                    ready.append(turn)
            self.turns = {}
        for turn in ready:
            self._file_held(turn)

    # -- answer now --------------------------------------------------------------------------------
    def answer_now(self) -> None:
        """On the loop: answer the interviewer's latest unanswered speech, question or not."""
        session = self.session
        for channel in session.channels.values():
            if channel.answers:
                channel.flush("answer_now")  # what is being said now is part of it
        ready: list[Turn] = []
        with self.lock:
            turns = [turn for turn in self.turns.values() if not turn.closed]
            for turn in turns:
                turn.forced = True
                if turn.held is not None:
                    turn.closed = True
                    ready.append(turn)
            if turns:
                for turn in ready:
                    self._file_held(turn)
                return
            waiting = self._unanswered()
            for spoken in waiting:
                spoken.state = "pending"
        if not waiting:
            raise ProtocolError(
                "nothing_to_answer", "No unanswered interviewer speech in the last 30 seconds."
            )
        first = waiting[0].utterance
        text = " ".join(spoken.text for spoken in waiting if spoken.text)
        language = waiting[-1].language
        gap = np.zeros(int(SAMPLE_RATE * JOIN_GAP_SECONDS), np.float32)
        pieces: list[np.ndarray] = []
        for spoken in waiting:
            pieces.extend((spoken.utterance.samples, gap))
        utterance = replace(
            first,
            samples=np.concatenate(pieces[:-1]),
            reason="answer_now",
            early=heard_now(text, language),
            forced=True,
            joined=tuple(spoken.utterance.utterance_id for spoken in waiting[1:]),
            # Filed under the session's context and language as they are now.
            language=session.options.language if session.options else first.language,
            context_id=session.context_id,
        )
        session.stt.submit(session.filer.file, utterance)

    def _unanswered(self) -> list[Spoken]:
        """The latest run of unanswered speech within ANSWER_NOW_SECONDS, oldest first (lock held)."""
        since = time.monotonic() - ANSWER_NOW_SECONDS
        run: list[Spoken] = []
        for spoken in reversed(self.spoken):
            if spoken.at < since or spoken.state in ("answered", "pending"):
                break
            if spoken.state == "unanswered":
                run.append(spoken)
        return run[::-1]

    # -- what became of the jobs -------------------------------------------------------------------
    def filed(self, utterance: Utterance, job_id: str, text: str) -> None:
        """On the pool: an utterance became a job (remembered for "answer now")."""
        heard = wait_heard(utterance.early)
        with self.lock:
            since = time.monotonic() - 2 * ANSWER_NOW_SECONDS
            while self.spoken and self.spoken[0].at < since:
                self.spoken.popleft()
            for spoken in self.spoken:
                if spoken.utterance.utterance_id == utterance.utterance_id:
                    spoken.job_id, spoken.state = job_id, "pending"
                    return
            self.spoken.append(
                Spoken(utterance, text, heard.language if heard else None, time.monotonic(), job_id)
            )

    def observe(self, event: dict[str, Any]) -> None:
        """On the sender thread: the session's answers (for echoes) and jobs that found none."""
        if event.get("session_id") != self.session.session_id:
            return
        kind = event.get("type")
        with self.lock:
            if kind == "answer" and isinstance(event.get("answer"), str):
                self.answers.append(event["answer"])
                self._mark(event.get("job_id"), "answered")
            elif kind == "job" and (
                event.get("status") == "failed" or (event.get("status") == "done" and not event.get("answer"))
            ):
                self._mark(event.get("job_id"), "unanswered")

    def _mark(self, job_id: object, state: str) -> None:
        for spoken in self.spoken:
            if spoken.job_id == job_id and spoken.state != "candidate":
                spoken.state = state

    def relabelled(self, utterance_id: str, speaker: str) -> None:
        with self.lock:
            for spoken in self.spoken:
                if spoken.utterance.utterance_id == utterance_id:
                    if speaker == CANDIDATE:
                        spoken.state = "candidate"
                    elif spoken.state == "candidate":
                        spoken.state = "unanswered"  # labelling never answers; "answer now" does
