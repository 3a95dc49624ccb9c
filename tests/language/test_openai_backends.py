"""The OpenAI-compatible transcription and answer backends, against a real local HTTP server."""

from __future__ import annotations

import io
import socket
import subprocess
import sys
import time
import wave
from collections.abc import Iterator
from pathlib import Path

import numpy as np
import openai
import pytest

from copilot.exceptions import BackendError, BadAudioError, TransientBackendError
from copilot.language.answers.base import AnswerContext
from copilot.language.answers.openai_compatible import (
    OpenAIAnswerBackend,
    build_messages,
    truncate_text,
)
from copilot.speech.transcription.openai_compatible import OpenAITranscriber
from tests.support.fake_openai import FakeOpenAIRemote, FakeOpenAIServer, fake_openai_server

REPO_ROOT = Path(__file__).resolve().parents[2]
ANSWER = "I built the payment retries at Acme and cut failed charges by a third."


@pytest.fixture
def fake() -> Iterator[FakeOpenAIServer]:
    with fake_openai_server(answer=ANSWER) as server:
        yield server


@pytest.fixture
def transcriber(fake: FakeOpenAIServer) -> OpenAITranscriber:
    return OpenAITranscriber(base_url=fake.base_url, api_key=fake.api_key, model="whisper-large-v3")


@pytest.fixture
def answers(fake: FakeOpenAIServer) -> OpenAIAnswerBackend:
    return OpenAIAnswerBackend(base_url=fake.base_url, api_key=fake.api_key, model="test-chat-model")


def tone(seconds: float, frequency: float = 440.0) -> np.ndarray:
    t = np.arange(int(seconds * 16_000)) / 16_000
    return (0.5 * np.sin(2 * np.pi * frequency * t)).astype(np.float32)


def free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return probe.getsockname()[1]


CONTEXT = AnswerContext(
    cv="Jan Kowalski\n\nSenior Python developer at Acme Payments (2019-2024): payment retries, Celery.",
    company="Globex",
    position="Backend Engineer",
    job_description="Build APIs with Flask and PostgreSQL.",
    system_prompt="Keep a friendly tone.",
    full_name="Jan Kowalski",
)


# -- transcription --------------------------------------------------------------------------


def test_transcription_sends_wav_model_and_language_and_returns_text(
    fake: FakeOpenAIServer, transcriber: OpenAITranscriber
) -> None:
    fake.set_transcripts(["Jakie są Pana mocne strony?"])
    samples = tone(1.5)

    transcript = transcriber.transcribe(samples, language="pl")

    assert transcript.text == "Jakie są Pana mocne strony?"
    assert (transcript.language, transcript.backend, transcript.duration_s) == ("pl", "openai", 1.5)
    [request] = fake.requests
    assert request.path == "/v1/audio/transcriptions"
    assert request.headers["authorization"] == f"Bearer {fake.api_key}"
    assert request.form == {"model": "whisper-large-v3", "language": "pl", "response_format": "json"}
    upload = request.files["file"]
    assert (upload.filename, upload.content_type) == ("audio.wav", "audio/wav")
    with wave.open(io.BytesIO(upload.content), "rb") as wav:
        assert (wav.getnchannels(), wav.getsampwidth(), wav.getframerate()) == (1, 2, 16_000)
        assert wav.getnframes() == 24_000
        pcm = np.frombuffer(wav.readframes(wav.getnframes()), dtype="<i2")
    # The payload is the audio itself, not just a valid header: within one 16-bit step.
    assert np.max(np.abs(pcm / 32767.0 - samples)) <= 1 / 32767


@pytest.mark.parametrize("language", [None, "auto", ""])
def test_transcription_without_a_hint_lets_the_backend_detect(
    fake: FakeOpenAIServer, transcriber: OpenAITranscriber, language: str | None
) -> None:
    transcript = transcriber.transcribe(tone(0.5), language=language)

    assert "language" not in fake.requests[-1].form
    assert transcript.language is None


def test_transcription_normalizes_regional_language_tags(
    fake: FakeOpenAIServer, transcriber: OpenAITranscriber
) -> None:
    transcriber.transcribe(tone(0.5), language="pl-PL")

    assert fake.requests[-1].form["language"] == "pl"


def test_fake_server_script_picks_transcript_by_duration(
    fake: FakeOpenAIServer, transcriber: OpenAITranscriber
) -> None:
    fake.set_script({0: "Hi.", 2: "Tell me about a conflict in your team."})

    assert transcriber.transcribe(tone(1.0)).text == "Hi."
    assert transcriber.transcribe(tone(3.0)).text == "Tell me about a conflict in your team."


def test_transcription_rejects_empty_audio_without_calling_the_backend(
    fake: FakeOpenAIServer, transcriber: OpenAITranscriber
) -> None:
    with pytest.raises(BadAudioError):
        transcriber.transcribe(np.zeros(0, dtype=np.float32))
    assert fake.requests == []


def test_wrong_api_key_is_a_permanent_auth_error(fake: FakeOpenAIServer) -> None:
    transcriber = OpenAITranscriber(base_url=fake.base_url, api_key="sk-wrong")

    with pytest.raises(BackendError) as caught:
        transcriber.transcribe(tone(0.5))

    assert not isinstance(caught.value, TransientBackendError)
    assert caught.value.code == "backend_auth"
    assert fake.requests[-1].status == 401
    assert "sk-wrong" not in caught.value.message


def test_server_error_is_transient_and_not_retried_by_the_client(
    fake: FakeOpenAIServer, transcriber: OpenAITranscriber
) -> None:
    fake.set_fault(500)

    with pytest.raises(TransientBackendError) as caught:
        transcriber.transcribe(tone(0.5))

    assert caught.value.code == "backend_unavailable"
    assert len(fake.requests) == 1  # retrying is the job runner's decision, not the client's
    assert transcriber.transcribe(tone(0.5)).text  # the fault was one-shot


def test_503_carries_retry_after(fake: FakeOpenAIServer, transcriber: OpenAITranscriber) -> None:
    fake.set_fault(503, count=2, retry_after=3)

    for _ in range(2):
        with pytest.raises(TransientBackendError) as caught:
            transcriber.transcribe(tone(0.5))
        assert (caught.value.code, caught.value.retry_after) == ("backend_unavailable", 3.0)


def test_rate_limit_reads_retry_after(fake: FakeOpenAIServer, transcriber: OpenAITranscriber) -> None:
    fake.set_fault(429, retry_after=7)

    with pytest.raises(TransientBackendError) as caught:
        transcriber.transcribe(tone(0.5))

    assert caught.value.code == "backend_rate_limited"
    assert caught.value.retry_after == 7


def test_hanging_server_times_out_quickly(fake: FakeOpenAIServer) -> None:
    transcriber = OpenAITranscriber(base_url=fake.base_url, api_key=fake.api_key, timeout_s=0.5)
    fake.set_fault("hang", hang_s=30)

    started = time.monotonic()
    with pytest.raises(TransientBackendError) as caught:
        transcriber.transcribe(tone(0.5))

    assert caught.value.code == "backend_timeout"
    assert 0.4 < time.monotonic() - started < 2.0


def test_connection_dropped_without_response_is_transient(
    fake: FakeOpenAIServer, transcriber: OpenAITranscriber
) -> None:
    fake.set_fault("drop")

    with pytest.raises(TransientBackendError) as caught:
        transcriber.transcribe(tone(0.5))

    assert caught.value.code == "backend_unavailable"


def test_nothing_listening_is_transient() -> None:
    transcriber = OpenAITranscriber(base_url=f"http://127.0.0.1:{free_port()}/v1", api_key="k", timeout_s=2)

    with pytest.raises(TransientBackendError) as caught:
        transcriber.transcribe(tone(0.5))

    assert caught.value.code == "backend_unavailable"


def test_wrong_route_is_a_permanent_rejection(fake: FakeOpenAIServer) -> None:
    transcriber = OpenAITranscriber(base_url=fake.base_url + "/not-here", api_key=fake.api_key)

    with pytest.raises(BackendError) as caught:
        transcriber.transcribe(tone(0.5))

    assert not isinstance(caught.value, TransientBackendError)
    assert caught.value.code == "backend_rejected"


# -- answers --------------------------------------------------------------------------------


def test_stream_yields_deltas_in_order_that_join_to_the_answer(
    fake: FakeOpenAIServer, answers: OpenAIAnswerBackend
) -> None:
    deltas = list(answers.stream("What did you do at Acme?", CONTEXT, "en"))

    assert len(deltas) >= 3
    assert "".join(deltas) == ANSWER
    [request] = fake.requests
    assert request.path == "/v1/chat/completions"
    assert request.headers["authorization"] == f"Bearer {fake.api_key}"
    assert request.json["model"] == "test-chat-model"
    assert request.json["stream"] is True
    assert request.json["temperature"] == 0.4
    assert request.json["messages"][-1] == {"role": "user", "content": "What did you do at Acme?"}
    assert "Acme Payments" in request.json["messages"][0]["content"]


def test_stream_delivers_deltas_as_they_arrive(fake: FakeOpenAIServer, answers: OpenAIAnswerBackend) -> None:
    fake.set_answer("one two three four five six", chunk_delay_s=0.1)

    received_at = []
    for _delta in answers.stream("Question?", CONTEXT, "en"):
        received_at.append(time.monotonic())

    sent_at = fake.requests[-1].chunk_times
    assert len(received_at) == 6
    # Five 0.1 s gaps separate the first and last content chunks; a buffered client would
    # only see the first delta after the last chunk was sent.
    assert received_at[0] < sent_at[-1] - 0.3
    assert received_at[-1] - received_at[0] > 0.3


def test_stream_dropped_midway_raises_after_partial_output(
    fake: FakeOpenAIServer, answers: OpenAIAnswerBackend
) -> None:
    fake.set_fault("drop", after_chunks=3)

    received = []
    with pytest.raises(TransientBackendError) as caught:
        for delta in answers.stream("Question?", CONTEXT, "en"):
            received.append(delta)

    assert caught.value.code == "backend_stream_dropped"
    assert len(received) == 3 and "".join(received) != ANSWER


def test_stream_ending_cleanly_without_finish_reason_counts_as_dropped(
    fake: FakeOpenAIServer, answers: OpenAIAnswerBackend
) -> None:
    fake.set_fault("drop", after_chunks=2, graceful=True)

    with pytest.raises(TransientBackendError) as caught:
        list(answers.stream("Question?", CONTEXT, "en"))

    assert caught.value.code == "backend_stream_dropped"


@pytest.mark.parametrize(
    ("fault", "code", "retry_after"),
    [
        (503, "backend_unavailable", 2.0),
        (429, "backend_rate_limited", 2.0),
        ("drop", "backend_stream_dropped", None),
    ],
)
def test_stream_maps_errors_before_the_first_delta(
    fake: FakeOpenAIServer,
    answers: OpenAIAnswerBackend,
    fault: str | int,
    code: str,
    retry_after: float | None,
) -> None:
    fake.set_fault(fault, retry_after=2, after_chunks=0, path="/v1/chat/")

    with pytest.raises(TransientBackendError) as caught:
        list(answers.stream("Question?", CONTEXT, "en"))

    assert (caught.value.code, caught.value.retry_after) == (code, retry_after)


def test_stream_with_wrong_key_is_auth_error(fake: FakeOpenAIServer) -> None:
    backend = OpenAIAnswerBackend(base_url=fake.base_url, api_key="sk-wrong")

    with pytest.raises(BackendError) as caught:
        list(backend.stream("Question?", CONTEXT, "en"))

    assert caught.value.code == "backend_auth"
    assert not isinstance(caught.value, TransientBackendError)


def test_stream_times_out_on_a_hanging_server(fake: FakeOpenAIServer) -> None:
    backend = OpenAIAnswerBackend(base_url=fake.base_url, api_key=fake.api_key, timeout_s=0.5)
    fake.set_fault("hang", hang_s=30)

    started = time.monotonic()
    with pytest.raises(TransientBackendError) as caught:
        list(backend.stream("Question?", CONTEXT, "en"))

    assert caught.value.code == "backend_timeout"
    assert time.monotonic() - started < 2.0


def test_long_cv_is_truncated_before_it_is_sent(fake: FakeOpenAIServer) -> None:
    backend = OpenAIAnswerBackend(base_url=fake.base_url, api_key=fake.api_key, cv_budget_chars=5_000)
    cv = (
        "START of the CV.\n\n"
        + "\n\n".join(f"Project {i}: " + "detail " * 60 for i in range(120))
        + "\n\nEND"
    )

    list(backend.stream("Question?", AnswerContext(cv=cv), "en"))

    system = fake.requests[-1].json["messages"][0]["content"]
    assert len(cv) > 50_000
    assert "START of the CV." in system and "END" not in system
    assert len(system) < 5_000 + 2_000  # the budget plus the fixed rules


# -- prompt ---------------------------------------------------------------------------------


def test_build_messages_grounds_the_system_message_in_the_context() -> None:
    messages = build_messages("Dlaczego Globex?", CONTEXT, "pl", history_turns=3)

    system = messages[0]
    assert system["role"] == "system"
    for fact in (CONTEXT.cv, "Globex", "Backend Engineer", "Flask and PostgreSQL", "Jan Kowalski"):
        assert fact in system["content"]
    assert "Answer in Polish." in system["content"]
    assert "first person" in system["content"]
    # The user's own prompt comes after the grounding rules, framed as preferences.
    assert system["content"].index("Do not invent") < system["content"].index("Keep a friendly tone.")
    assert messages[1:] == [{"role": "user", "content": "Dlaczego Globex?"}]


def test_build_messages_keeps_the_last_history_pairs_in_order() -> None:
    history = tuple((f"question {i}", f"answer {i}") for i in range(5))
    context = AnswerContext(cv="CV", history=history)

    messages = build_messages("And then?", context, "en", history_turns=3)

    assert [(m["role"], m["content"]) for m in messages[1:]] == [
        ("user", "question 2"),
        ("assistant", "answer 2"),
        ("user", "question 3"),
        ("assistant", "answer 3"),
        ("user", "question 4"),
        ("assistant", "answer 4"),
        ("user", "And then?"),
    ]
    assert "Answer in English." in messages[0]["content"]
    assert len(build_messages("And then?", context, "en", history_turns=0)) == 2


def test_build_messages_language_falls_back_to_the_context_then_to_the_question() -> None:
    polish_context = AnswerContext(cv="CV", language="pl")

    assert "Answer in Polish." in build_messages("Q?", polish_context, "auto", 3)[0]["content"]
    auto = build_messages("Q?", AnswerContext(cv="CV"), "auto", 3)[0]["content"]
    assert "Answer in the language the question is asked in." in auto


def test_truncate_text_keeps_the_head_within_budget_at_a_paragraph_end() -> None:
    paragraphs = [f"Paragraph {i}. " + "word " * 150 for i in range(80)]
    cv = "\n\n".join(paragraphs)

    truncated = truncate_text(cv, 24_000, label="CV")

    assert len(cv) > 50_000
    assert len(truncated) <= 24_000
    assert len(truncated) > 24_000 * 0.8
    assert truncated.startswith("Paragraph 0.")
    assert truncated.endswith("[... CV truncated ...]")
    body = truncated.removesuffix("\n[... CV truncated ...]")
    assert body.endswith("word")  # cut between paragraphs, not mid-word
    assert truncate_text("short CV", 24_000) == "short CV"


# -- the fake server itself -----------------------------------------------------------------


def test_fake_server_serves_models_and_non_streamed_chat(fake: FakeOpenAIServer) -> None:
    client = openai.OpenAI(base_url=fake.base_url, api_key=fake.api_key, max_retries=0)

    assert {model.id for model in client.models.list()} >= {"whisper-1", "gpt-4o-mini"}
    completion = client.chat.completions.create(model="m", messages=[{"role": "user", "content": "hi"}])
    assert completion.choices[0].message.content == ANSWER
    assert completion.choices[0].finish_reason == "stop"


def test_fake_server_in_another_process_is_steered_through_control() -> None:
    with subprocess.Popen(
        [sys.executable, "-m", "tests.support.fake_openai", "--port", "0"],
        cwd=REPO_ROOT,
        stdout=subprocess.PIPE,
        text=True,
    ) as process:
        try:
            base_url = process.stdout.readline().strip()
            remote = FakeOpenAIRemote(base_url)
            transcriber = OpenAITranscriber(base_url=base_url, api_key=remote.api_key)

            remote.set_fault(503, retry_after=5)
            with pytest.raises(TransientBackendError) as caught:
                transcriber.transcribe(tone(0.5))
            assert caught.value.retry_after == 5
            remote.set_transcripts(["Why Poland?"])
            assert transcriber.transcribe(tone(1.0), language="en").text == "Why Poland?"

            last = remote.requests[-1]
            assert last.form["language"] == "en"
            with wave.open(io.BytesIO(last.files["file"].content), "rb") as wav:
                assert wav.getnframes() == 16_000
        finally:
            process.terminate()
