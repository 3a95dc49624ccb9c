"""Turning speech into questions on the live socket: a question split by a pause is answered once
as a whole, two questions in a turn are both answered, "answer now" answers what no question was
detected in, the suggested answer read aloud is not answered, and a line's speaker can be set."""

from __future__ import annotations

import time

import numpy as np
import pytest

from copilot.live.assembly import echo_ratio, ends_mid_sentence, is_complete_question
from tests.live.test_socket_channels import (
    INTERVIEWER,
    backend,  # noqa: F401 - the fixture
    interview,
    settle,
    silence,
    started,
    stream_sources,
    track,
)
from tests.support.ws_client import load_wav

pytestmark = pytest.mark.slow

# "Tell me about a time you had to deal with | a difficult stakeholder." cut between the two
# words, where the voice rests for a moment.
SPLIT_AT_S = 1.93


def queued(client) -> list[dict]:
    return [e for e in client.of_type("job") if e["status"] == "queued"]


def test_a_question_split_by_a_pause_is_answered_once_as_a_whole(live, backend):  # noqa: F811
    user = live.register()
    client, start = started(live, user, sources=["interviewer", "candidate"])
    whole = load_wav("en_difficult_stakeholder.wav")
    cut = int(16000 * SPLIT_AT_S)
    speech = np.concatenate([silence(0.3), whole[:cut], silence(1.5), whole[cut:], silence(1.5)])
    stream_sources(client, {INTERVIEWER: speech}, realtime=1.0)

    answer = client.wait_for("answer", timeout=90)
    settle(client)
    assert len(client.of_type("answer")) == 1, client.types()
    assert client.of_type("answer_withdrawn") == []
    question = answer["question"].lower()
    assert "time" in question and "stakeholder" in question, question
    [job] = queued(client)
    assert job["utterance_id"] == answer["utterance_id"] and len(job["joined"]) == 1
    final = client.wait_for("transcription", final=True, job_id=answer["job_id"])
    assert "deal with" in final["text"].lower() and "stakeholder" in final["text"].lower()
    assert final["speaker"] == "interviewer"
    # While it waited, the first half was shown under the utterance that carries the answer.
    shown = [e for e in client.of_type("transcription") if e["utterance_id"] == answer["utterance_id"]]
    assert any(not e["final"] and "deal with" in e["text"].lower() for e in shown)

    client.send({"type": "stop"})
    client.wait_for("stopped")
    timeline = interview(live, user, start["interview_id"])["timeline"]
    assert len(timeline) == 1 and timeline[0]["is_question"] and timeline[0]["answer"]
    assert "stakeholder" in timeline[0]["text"].lower()


def test_two_questions_in_one_turn_are_both_answered(live, backend):  # noqa: F811
    user = live.register()
    client, _ = started(live, user)  # one stream of unknown speakers
    client.stream(track(0.3, "en_why_our_company.wav", 0.8, "en_python_kafka.wav", 1.5))
    client.wait_for("answer", timeout=90)
    deadline = time.monotonic() + 60
    while len(client.of_type("answer")) < 2 and time.monotonic() < deadline:
        time.sleep(0.2)
    questions = " ".join(a["question"].lower() for a in client.of_type("answer"))
    assert len(client.of_type("answer")) == 2, client.types()
    assert "company" in questions and "python" in questions


def test_answer_now_answers_the_unanswered_interviewer_speech(live, backend):  # noqa: F811
    user = live.register()
    client, start = started(live, user, sources=["interviewer", "candidate"])
    client.send({"type": "answer_now"})
    assert client.wait_for("error")["code"] == "nothing_to_answer"

    stream_sources(client, {INTERVIEWER: track(0.3, "en_statement_thanks.wav", 1.0)})
    done = client.wait_for("job", status="done", timeout=90)  # no question in it: not answered
    assert done["answer"] is None and client.of_type("answer") == []

    client.send({"type": "answer_now"})
    answer = client.wait_for("answer", timeout=90)
    assert answer["utterance_id"] == done["utterance_id"]
    assert [job["reason"] for job in queued(client)][-1] == "answer_now"
    settle(client)
    # Answered now: nothing is left to answer.
    client.send({"type": "answer_now"})
    deadline = time.monotonic() + 10
    while len(client.of_type("error")) < 2 and time.monotonic() < deadline:
        time.sleep(0.05)
    assert [e["code"] for e in client.of_type("error")] == ["nothing_to_answer"] * 2
    assert len(client.of_type("answer")) == 1
    client.send({"type": "stop"})
    client.wait_for("stopped")
    [line] = interview(live, user, start["interview_id"])["timeline"]
    assert line["utterance_id"] == answer["utterance_id"] and line["answer"]


def test_answer_now_ends_speech_in_progress_and_answers_it(live, backend):  # noqa: F811
    user = live.register()
    client, _ = started(live, user, sources=["interviewer", "candidate"])
    # Speech that has not ended (no closing silence) and is no question.
    stream_sources(client, {INTERVIEWER: track(0.3, "en_statement_thanks.wav")})
    client.send({"type": "answer_now"})
    answer = client.wait_for("answer", timeout=90)
    assert "thank" in client.wait_for("transcription", final=True, job_id=answer["job_id"])["text"].lower()
    settle(client)
    assert len(queued(client)) == 1 and len(client.of_type("answer")) == 1


def test_the_suggested_answer_read_aloud_is_the_candidate_and_not_answered(live, backend):  # noqa: F811
    # The suggested answer happens to contain a sentence of a recording the test has.
    backend.text = "What experience do you have with Python and Kafka? Five years of it, at Allegro."
    user = live.register()
    client, start = started(live, user)  # one microphone: no sources
    client.stream(track(0.3, "en_why_our_company.wav", 1.0))
    first = client.wait_for("answer", timeout=90)
    settle(client, 0.2)

    client.stream(track(0.3, "en_python_kafka.wav", 1.0))  # read from the screen
    reading = None
    deadline = time.monotonic() + 60
    while reading is None and time.monotonic() < deadline:
        reading = next(
            (
                e
                for e in client.of_type("transcription")
                if e["final"] and e["speaker"] == "candidate" and "experience" in e["text"].lower()
            ),
            None,
        )
        time.sleep(0.1)
    assert reading is not None, client.events
    assert "job_id" not in reading
    settle(client, 1.0)
    assert [a["job_id"] for a in client.of_type("answer")] == [first["job_id"]]
    assert len(queued(client)) == 1

    client.send({"type": "stop"})
    client.wait_for("stopped")
    timeline = interview(live, user, start["interview_id"])["timeline"]
    assert [line["speaker"] for line in timeline] == ["unknown", "candidate"]


def test_a_label_is_stored_and_confirmed(live, backend):  # noqa: F811
    user = live.register()
    client, start = started(live, user)
    client.stream(track(0.3, "en_statement_thanks.wav", 1.0))
    done = client.wait_for("job", status="done", timeout=90)
    client.send({"type": "label", "utterance_id": done["utterance_id"], "speaker": "candidate"})
    labelled = client.wait_for("labelled")
    assert labelled == {"type": "labelled", "utterance_id": done["utterance_id"], "speaker": "candidate"}
    client.send({"type": "label", "utterance_id": "nope-1", "speaker": "candidate"})
    assert client.wait_for("error", code="unknown_utterance")
    client.send({"type": "label", "utterance_id": done["utterance_id"], "speaker": "boss"})
    assert client.wait_for("error", code="invalid_label")
    # A line marked as the candidate's is not what "answer now" answers.
    client.send({"type": "answer_now"})
    assert client.wait_for("error", code="nothing_to_answer")
    [line] = interview(live, user, start["interview_id"])["timeline"]
    assert line["speaker"] == "candidate"


def test_what_counts_as_a_finished_question_and_as_an_echo():
    assert is_complete_question("Why do you want to work at our company?", "en")
    assert not is_complete_question("Tell me about a time you had to deal with", "en")
    assert not is_complete_question("Tell me about a time you had to deal with.", "en")
    assert not is_complete_question("What experience do you have with...", "en")
    assert is_complete_question("Why do you want to work at our company", "en")
    assert not is_complete_question("Why do you want to work at our company", "en", closed=True)
    assert not is_complete_question("Great, thank you, that was very helpful.", "en")
    # Only speech that stopped mid-sentence waits for more; a finished statement is filed at once.
    assert ends_mid_sentence("Tell me about a time you had to deal with.")
    assert ends_mid_sentence("What experience do you have with...")
    assert ends_mid_sentence("and then we moved on to")
    assert not ends_mid_sentence("Great, thank you, that was very helpful.")
    assert not ends_mid_sentence("Proszę opowiedzieć o swoim ostatnim projekcie.")
    assert not ends_mid_sentence("Czy zna Pan SQL?")
    answer = "In my last role I built Kafka pipelines in Python processing two million events a day."
    assert echo_ratio("I built Kafka pipelines in Python processing two million events", answer) >= 0.6
    # A question sharing the answer's words, not its sentences, is no echo.
    assert echo_ratio("What experience do you have with Python and Kafka?", answer) < 0.6
    assert echo_ratio("Yes, Kafka.", answer) == 0.0
