"""Tests for copilot.speech.audio: real files made with the wheel's ffmpeg at test time."""

from __future__ import annotations

import io
import math
import shutil
import struct
import subprocess
import tempfile
import time
import tracemalloc
import wave
from collections.abc import Iterator
from pathlib import Path

import numpy as np
import pytest
from imageio_ffmpeg import get_ffmpeg_exe

from copilot.exceptions import BadAudioError, UnsupportedMediaError
from copilot.speech import audio
from copilot.speech.audio import (
    TARGET_RATE,
    DecodedAudio,
    check_not_silent,
    decode_file,
    decode_samples,
    pcm_f32le_to_array,
    pcm_s16le_to_array,
    resample,
    sniff_container,
)

SOURCE_RATE = 44100
DURATION_S = 1.5

# name -> (ffmpeg output options, expected sniffed container, expected source rate)
ENCODINGS = {
    "wav": ([], "wav", 44100),
    "mp3": (["-c:a", "libmp3lame", "-b:a", "128k", "-f", "mp3"], "mp3", 44100),
    "ogg_opus": (["-c:a", "libopus", "-b:a", "96k", "-f", "ogg"], "ogg", 48000),
    "ogg_vorbis": (["-c:a", "libvorbis", "-q:a", "5", "-f", "ogg"], "ogg", 44100),
    "webm_opus": (["-c:a", "libopus", "-b:a", "96k", "-f", "webm"], "webm", 48000),
    "m4a_aac": (["-c:a", "aac", "-b:a", "128k", "-f", "mp4"], "mp4", 44100),
    "flac": (["-c:a", "flac", "-f", "flac"], "flac", 44100),
}


def speech_like(t: np.ndarray) -> np.ndarray:
    """A 200 Hz -> 3 kHz chirp under a syllable-rate envelope; unique at every lag."""
    f0, f1 = 200.0, 3000.0
    phase = 2 * np.pi * (f0 * t + (f1 - f0) * t**2 / (2 * DURATION_S))
    envelope = np.sin(np.pi * t / DURATION_S) ** 0.5 * (0.6 + 0.4 * np.sin(2 * np.pi * 3 * t))
    return 0.5 * envelope * np.sin(phase)


def write_wav(path: Path, samples: np.ndarray, rate: int, channels: int = 1) -> Path:
    pcm = np.round(np.clip(samples, -1, 1) * 32767).astype("<i2")
    if channels > 1:
        pcm = np.repeat(pcm[:, None], channels, axis=1)
    with wave.open(str(path), "wb") as out:
        out.setnchannels(channels)
        out.setsampwidth(2)
        out.setframerate(rate)
        out.writeframes(pcm.tobytes())
    return path


def ffmpeg(*args: str) -> None:
    subprocess.run(
        [get_ffmpeg_exe(), "-nostdin", "-hide_banner", "-loglevel", "error", "-y", *args],
        check=True,
        timeout=120,
    )


def expect_bad(code: str, status: int = 422) -> pytest.RaisesExc:
    return pytest.raises(BadAudioError, check=lambda e: e.code == code and e.status == status)


@pytest.fixture(scope="session")
def audio_dir() -> Iterator[Path]:
    with tempfile.TemporaryDirectory(prefix="test-audio-") as tmp:
        yield Path(tmp)


@pytest.fixture(scope="session")
def reference() -> np.ndarray:
    """The source signal evaluated directly on the 16 kHz grid (it has nothing above 3 kHz)."""
    t = np.arange(int(DURATION_S * TARGET_RATE)) / TARGET_RATE
    return speech_like(t)


@pytest.fixture(scope="session")
def encoded(audio_dir: Path) -> dict[str, Path]:
    """The source as a 44.1 kHz stereo wav and converted to every supported format."""
    t = np.arange(int(DURATION_S * SOURCE_RATE)) / SOURCE_RATE
    wav = write_wav(audio_dir / "source.wav", speech_like(t), SOURCE_RATE, channels=2)
    files = {"wav": wav}
    for name, (options, _, _) in ENCODINGS.items():
        if name != "wav":
            files[name] = audio_dir / f"source.{name}"
            ffmpeg("-i", str(wav), *options, str(files[name]))
    return files


def best_correlation(decoded: np.ndarray, reference: np.ndarray, max_lag: int = 320) -> float:
    """Highest normalised correlation within +-20 ms, so residual codec delay is not a failure."""
    best = -1.0
    n = min(len(decoded), len(reference)) - 2 * max_lag
    ref = reference[max_lag : max_lag + n]
    for lag in range(-max_lag, max_lag + 1):
        seg = decoded[max_lag + lag : max_lag + lag + n]
        best = max(best, float(np.dot(seg, ref) / (np.linalg.norm(seg) * np.linalg.norm(ref))))
    return best


def rms(x: np.ndarray) -> float:
    return float(np.sqrt(np.mean(np.square(x, dtype=np.float64))))


# --- files -----------------------------------------------------------------------------------


@pytest.mark.parametrize("name", list(ENCODINGS))
def test_decode_every_format(name: str, encoded: dict[str, Path], reference: np.ndarray) -> None:
    _, container, source_rate = ENCODINGS[name]
    decoded = decode_file(encoded[name], max_seconds=10)

    assert decoded.source_format == container
    assert decoded.source_rate == source_rate
    assert decoded.samples.dtype == np.float32
    assert decoded.samples.ndim == 1
    assert abs(decoded.duration_s - DURATION_S) <= 0.060
    assert decoded.duration_s == pytest.approx(len(decoded.samples) / TARGET_RATE)
    assert np.abs(decoded.samples).max() <= 1.0
    # Stereo with identical channels must downmix to the signal itself, not its sum.
    assert 0.9 < rms(decoded.samples) / rms(reference) < 1.1
    assert best_correlation(decoded.samples, reference) > 0.98


def test_decode_reports_timings(encoded: dict[str, Path], capsys: pytest.CaptureFixture[str]) -> None:
    decode_file(encoded["wav"], max_seconds=10)  # first run pays for loading the binary
    timings = {}
    for name in ENCODINGS:
        start = time.perf_counter()
        for _ in range(5):
            decode_file(encoded[name], max_seconds=10)
        timings[name] = (time.perf_counter() - start) / 5 * 1000
    with capsys.disabled():
        print("\ndecode ms per 1.5 s clip:", {k: round(v, 1) for k, v in timings.items()})
    assert max(timings.values()) < 1000


def test_wrong_extension_is_ignored(encoded: dict[str, Path], tmp_path: Path) -> None:
    disguised_mp3 = shutil.copy(encoded["mp3"], tmp_path / "interview.wav")
    disguised_m4a = shutil.copy(encoded["m4a_aac"], tmp_path / "interview.mp3")
    no_extension = shutil.copy(encoded["webm_opus"], tmp_path / "upload")

    assert decode_file(disguised_mp3, max_seconds=10).source_format == "mp3"
    assert decode_file(disguised_m4a, max_seconds=10).source_format == "mp4"
    assert decode_file(no_extension, max_seconds=10).source_format == "webm"


def test_file_object_is_spooled_and_removed(
    encoded: dict[str, Path], tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    spool_dir = tmp_path / "spool"
    spool_dir.mkdir()
    monkeypatch.setattr(tempfile, "tempdir", str(spool_dir))

    with encoded["m4a_aac"].open("rb") as upload:  # mp4 is the container that needs seeking
        decoded = decode_file(upload, max_seconds=10)
    assert decoded.source_format == "mp4"
    assert abs(decoded.duration_s - DURATION_S) <= 0.060

    decoded = decode_file(io.BytesIO(encoded["flac"].read_bytes()), max_seconds=10)
    assert decoded.source_format == "flac"

    with pytest.raises(UnsupportedMediaError):
        decode_file(io.BytesIO(b"not audio at all, just some text"), max_seconds=10)
    with expect_bad("corrupt_audio"):
        decode_file(io.BytesIO(encoded["m4a_aac"].read_bytes()[:3000]), max_seconds=10)
    assert list(spool_dir.iterdir()) == []


def test_random_bytes_are_unsupported(tmp_path: Path) -> None:
    junk = tmp_path / "junk.mp3"
    junk.write_bytes(np.random.default_rng(7).bytes(20_000))
    with pytest.raises(UnsupportedMediaError) as info:
        decode_file(junk, max_seconds=10)
    assert info.value.code == "unsupported_media_type"
    assert info.value.status == 415


@pytest.mark.parametrize(
    ("name", "damage"),
    [
        ("m4a_aac", lambda data: data[:3000]),  # moov atom is at the end: cut off
        ("ogg_opus", lambda data: data[:200]),
        ("webm_opus", lambda data: data[:300]),
        ("flac", lambda data: data[:4] + np.random.default_rng(1).bytes(8000)),
        ("wav", lambda data: data[:44]),
        ("mp3", lambda data: b"ID3" + np.random.default_rng(2).bytes(8000)),
    ],
)
def test_damaged_file_of_known_container_is_corrupt(
    name: str, damage, encoded: dict[str, Path], tmp_path: Path
) -> None:
    broken = tmp_path / "broken"
    broken.write_bytes(damage(encoded[name].read_bytes()))
    with pytest.raises(BadAudioError) as info:
        decode_file(broken, max_seconds=10)
    assert not isinstance(info.value, UnsupportedMediaError)
    assert (info.value.code, info.value.status) == ("corrupt_audio", 422)
    assert "tmp" not in info.value.message  # ffmpeg's paths stay out of client messages


def test_empty_file_is_empty_audio(tmp_path: Path) -> None:
    empty = tmp_path / "empty.wav"
    empty.write_bytes(b"")
    with pytest.raises(BadAudioError) as info:
        decode_file(empty, max_seconds=10)
    assert not isinstance(info.value, UnsupportedMediaError)
    assert (info.value.code, info.value.status) == ("empty_audio", 422)


def test_digital_silence_is_rejected(tmp_path: Path) -> None:
    silence = write_wav(tmp_path / "silence.wav", np.zeros(TARGET_RATE), TARGET_RATE)
    with expect_bad("silent_audio"):
        decode_file(silence, max_seconds=10)


def test_dither_is_silence_but_a_quiet_voice_is_not(tmp_path: Path) -> None:
    rng = np.random.default_rng(3)
    dither = rng.integers(-1, 2, size=TARGET_RATE) / 32767  # +-1 LSB of 16-bit
    with expect_bad("silent_audio"):
        decode_file(write_wav(tmp_path / "dither.wav", dither, TARGET_RATE), max_seconds=10)

    t = np.arange(int(DURATION_S * TARGET_RATE)) / TARGET_RATE
    quiet = speech_like(t) * 0.01  # peaks at -46 dBFS
    decoded = decode_file(write_wav(tmp_path / "quiet.wav", quiet, TARGET_RATE), max_seconds=10)
    assert 0.0015 < rms(decoded.samples) < 0.0025


def test_too_long_file_is_rejected(encoded: dict[str, Path]) -> None:
    with expect_bad("audio_too_long"):
        decode_file(encoded["mp3"], max_seconds=1.0)
    at_limit = decode_file(encoded["mp3"], max_seconds=DURATION_S)
    assert at_limit.duration_s == pytest.approx(DURATION_S, abs=0.06)


def test_decompression_bomb_is_cut_off(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    bomb = tmp_path / "bomb.flac"
    ffmpeg("-f", "lavfi", "-i", "anullsrc=r=48000:cl=stereo", "-t", "600", "-c:a", "flac", str(bomb))
    assert bomb.stat().st_size < 500_000  # 10 minutes, 220 MB as PCM

    started = []
    real_popen = subprocess.Popen

    def recording_popen(*args, **kwargs):
        proc = real_popen(*args, **kwargs)
        started.append(proc)
        return proc

    monkeypatch.setattr(audio.subprocess, "Popen", recording_popen)
    tracemalloc.start()
    try:
        with expect_bad("audio_too_long"):
            decode_file(bomb, max_seconds=5)
        _, peak = tracemalloc.get_traced_memory()
    finally:
        tracemalloc.stop()
    # 10 minutes at 16 kHz float32 would be 38 MB; only the 5 s cap (~330 KB) may be held.
    assert peak < 3_000_000
    assert started[0].returncode is not None and started[0].returncode < 0  # killed, not finished


def test_slow_decode_times_out(tmp_path: Path) -> None:
    bomb = tmp_path / "long.flac"
    ffmpeg("-f", "lavfi", "-i", "anullsrc=r=48000:cl=mono", "-t", "600", "-c:a", "flac", str(bomb))
    with expect_bad("decode_timeout"):
        decode_file(bomb, max_seconds=3600, timeout_s=0.001)


def test_configure_pydub_uses_wheel_ffmpeg(encoded: dict[str, Path], tmp_path: Path) -> None:
    path = audio.configure_pydub()
    from pydub import AudioSegment  # after configuring: pydub warns at import when PATH has no ffmpeg

    assert path == get_ffmpeg_exe()
    assert AudioSegment.converter == path
    # There is no ffmpeg on PATH in CI; the export only works through the configured binary.
    exported = tmp_path / "exported.bin"
    AudioSegment.from_wav(encoded["wav"]).export(exported, format="ogg", codec="libvorbis")
    assert decode_file(exported, max_seconds=10).source_format == "ogg"


# --- sniffing --------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("head", "expected"),
    [
        (b"RIFF\x24\x08\x00\x00WAVEfmt ", "wav"),
        (b"RIFF\x24\x08\x00\x00AVI LIST", None),
        (b"ID3\x04\x00\x00\x00\x00\x00\x00", "mp3"),
        (b"\xff\xfb\x90\x64\x00", "mp3"),  # MPEG-1 layer III frame
        (b"\xff\xf1\x50\x80\x00", None),  # ADTS AAC shares the sync word
        (b"\xff\xfb\xf0\x64\x00", None),  # bitrate index 1111 is invalid
        (b"OggS\x00\x02" + b"\x00" * 22 + b"OpusHead\x01\x02", "ogg"),
        (b"OggS\x00\x02" + b"\x00" * 22 + b"\x01vorbis\x00", "ogg"),
        (b"OggS\x00\x02" + b"\x00" * 22 + b"\x80theora\x03", None),
        (b"\x1a\x45\xdf\xa3\x9f\x42\x86\x81\x01", "webm"),
        (b"\x00\x00\x00\x20ftypM4A \x00\x00\x02\x00", "mp4"),
        (b"fLaC\x00\x00\x00\x22", "flac"),
        (b"", None),
        (b"<!DOCTYPE html>", None),
        (b"%PDF-1.7", None),
    ],
)
def test_sniff_container(head: bytes, expected: str | None) -> None:
    assert sniff_container(head) == expected


# --- JSON samples ----------------------------------------------------------------------------


def tone(rate: int, seconds: float = 1.0, freq: float = 440.0, amplitude: float = 0.5) -> np.ndarray:
    t = np.arange(int(rate * seconds)) / rate
    return amplitude * np.sin(2 * np.pi * freq * t)


@pytest.mark.parametrize("rate", [8000, 16000, 16000.0, 22050, 44100, 48000])
def test_decode_samples_accepts_valid_rates(rate: float) -> None:
    decoded = decode_samples(tone(int(rate)).tolist(), rate, max_seconds=10)
    assert decoded.source_format == "pcm"
    assert decoded.source_rate == int(rate)
    assert decoded.samples.dtype == np.float32
    assert len(decoded.samples) == TARGET_RATE
    assert decoded.duration_s == pytest.approx(1.0)


@pytest.mark.parametrize(
    "rate", [7999, 48001, 0, -16000, 16000.5, "16000", None, True, math.nan, math.inf, [16000]]
)
def test_decode_samples_rejects_bad_rates(rate: object) -> None:
    with expect_bad("invalid_sample_rate"):
        decode_samples([0.1, -0.1] * 100, rate, max_seconds=10)


@pytest.mark.parametrize(
    ("samples", "code"),
    [
        ("0.1,0.2", "invalid_audio"),
        ({"0": 0.1}, "invalid_audio"),
        (None, "invalid_audio"),
        ([0.1, "0.2", 0.3], "invalid_audio"),
        ([0.1, True, 0.3], "invalid_audio"),
        ([0.1, [0.2, 0.3]], "invalid_audio"),
        ([0.1, None], "invalid_audio"),
        ([0.1, math.nan, 0.3], "invalid_samples"),
        ([0.1, math.inf, 0.3], "invalid_samples"),
        ([0.1, -math.inf, 0.3], "invalid_samples"),
        ([0.1, 1.5, 0.3], "invalid_samples"),
        ([0.1, -1.0002, 0.3], "invalid_samples"),
        ([0.1, 10**400, 0.3], "invalid_samples"),
        ([], "empty_audio"),
        ([0.0] * 16000, "silent_audio"),
    ],
)
def test_decode_samples_rejects_bad_samples(samples: object, code: str) -> None:
    with expect_bad(code):
        decode_samples(samples, 16000, max_seconds=10)


def test_decode_samples_tolerates_rounding_overshoot() -> None:
    samples = tone(16000).tolist()
    samples[100], samples[200] = 1.00005, -1.00005
    decoded = decode_samples(samples, 16000, max_seconds=10)
    assert decoded.samples.max() == 1.0
    assert decoded.samples.min() == -1.0


@pytest.mark.parametrize("rate", [22050, 44100, 48000])
def test_full_scale_samples_are_clipped_after_resampling_not_refused(rate: int) -> None:
    # A square wave at full scale: the band-limited resampler rings well past ±1 on its edges.
    square = np.sign(np.sin(2 * np.pi * 440 * np.arange(rate) / rate))
    assert np.abs(resample(square, rate, 16000)).max() > 1.05

    decoded = decode_samples(square.tolist(), rate, max_seconds=10)

    assert np.abs(decoded.samples).max() == 1.0


def test_decode_samples_takes_a_parsed_float32_array() -> None:
    samples = tone(22050).astype(np.float32)
    decoded = decode_samples(samples, 22050, max_seconds=10)
    assert decoded.duration_s == pytest.approx(1.0, abs=0.001)
    with expect_bad("invalid_samples"):
        decode_samples(samples * 100, 22050, max_seconds=10)
    with expect_bad("invalid_audio"):
        decode_samples(np.zeros((2, 100), np.float32), 22050, max_seconds=10)


def test_decode_samples_accepts_integers() -> None:
    samples = [0, 1, 0, -1] * 4000
    decoded = decode_samples(samples, 16000, max_seconds=10)
    np.testing.assert_array_equal(decoded.samples, np.array(samples, dtype=np.float32))


def test_decode_samples_length_limit() -> None:
    assert decode_samples(tone(8000, 2.0).tolist(), 8000, max_seconds=2.0).duration_s == pytest.approx(2.0)
    with expect_bad("audio_too_long"):
        decode_samples([*tone(8000, 2.0).tolist(), 0.0], 8000, max_seconds=2.0)


# --- resampling ------------------------------------------------------------------------------


def peak_frequency(samples: np.ndarray, rate: int) -> float:
    spectrum = np.abs(np.fft.rfft(samples * np.hanning(len(samples))))
    return float(np.fft.rfftfreq(len(samples), 1 / rate)[np.argmax(spectrum)])


@pytest.mark.parametrize("from_rate", [48000, 44100, 22050, 8000])
def test_resample_keeps_pitch_and_level(from_rate: int) -> None:
    out = resample(tone(from_rate), from_rate, 16000)
    assert out.dtype == np.float32
    assert len(out) == 16000
    assert peak_frequency(out, 16000) == pytest.approx(440, abs=1.0)
    # Away from the edges the tone keeps its amplitude.
    assert np.abs(out[1000:-1000]).max() == pytest.approx(0.5, abs=0.01)


def test_resample_matches_the_analytic_signal() -> None:
    out = resample(tone(48000, freq=1000), 48000, 16000)
    expected = tone(16000, freq=1000)
    assert np.abs(out[500:-500] - expected[500:-500]).max() < 0.01


def test_resample_removes_content_above_new_nyquist() -> None:
    # A 10 kHz tone cannot exist at 16 kHz; naive decimation would alias it to 6 kHz.
    out = resample(tone(48000, freq=10_000), 48000, 16000)
    assert rms(out) < 0.01 * rms(tone(48000, freq=10_000))


def test_resample_identity_and_empty() -> None:
    samples = tone(16000)
    np.testing.assert_array_equal(resample(samples, 16000, 16000), samples.astype(np.float32))
    assert resample(np.array([]), 48000, 16000).size == 0
    with pytest.raises(ValueError):
        resample(samples, 0, 16000)


# --- raw PCM ---------------------------------------------------------------------------------


def test_pcm_f32le() -> None:
    values = [0.0, 0.5, -0.25, 1.0, -1.0]
    data = struct.pack("<5f", *values)
    out = pcm_f32le_to_array(data)
    assert out.dtype == np.float32
    np.testing.assert_array_equal(out, np.array(values, dtype=np.float32))

    with expect_bad("invalid_audio"):
        pcm_f32le_to_array(data[:-1])
    with expect_bad("invalid_samples"):
        pcm_f32le_to_array(struct.pack("<2f", 0.1, math.nan))
    with expect_bad("invalid_samples"):
        pcm_f32le_to_array(struct.pack("<2f", 0.1, 2.0))
    assert pcm_f32le_to_array(b"").size == 0


def test_pcm_s16le() -> None:
    out = pcm_s16le_to_array(struct.pack("<4h", -32768, 0, 16384, 32767))
    assert out.dtype == np.float32
    np.testing.assert_allclose(out, [-1.0, 0.0, 0.5, 32767 / 32768])
    with expect_bad("invalid_audio"):
        pcm_s16le_to_array(b"\x00\x01\x02")


# --- DecodedAudio and silence ----------------------------------------------------------------


def test_decoded_audio_round_trips_through_bytes() -> None:
    samples = tone(16000, 0.5).astype(np.float32)
    original = DecodedAudio(samples=samples, source_format="pcm", source_rate=16000, duration_s=0.5)
    data = original.to_bytes()
    assert data[:8] == struct.pack("<2f", *samples[:2])
    restored = DecodedAudio.from_bytes(data, source_format="wav")
    np.testing.assert_array_equal(restored.samples, samples)
    assert restored.source_format == "wav"
    assert restored.duration_s == pytest.approx(0.5)


def test_stored_audio_is_not_judged_again() -> None:
    # Audio stored by an older version, or a float rounding past 1 on the way: the job reads it.
    data = np.array([0.5, 1.2, -1.3], "<f4").tobytes()
    assert DecodedAudio.from_bytes(data).samples.tolist() == [0.5, 1.0, -1.0]
    with expect_bad("invalid_audio"):
        DecodedAudio.from_bytes(data[:-1])


def test_check_not_silent() -> None:
    check_not_silent(np.full(16000, 0.001, dtype=np.float32) * np.sign(np.sin(np.arange(16000))))
    with expect_bad("silent_audio"):
        check_not_silent(np.full(16000, 0.2, dtype=np.float32))  # DC offset only
    with expect_bad("empty_audio"):
        check_not_silent(np.array([], dtype=np.float32))
