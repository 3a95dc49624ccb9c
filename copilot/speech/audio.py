"""Decode and validate interview audio: uploads, JSON sample arrays and raw socket PCM.

Everything leaves here as 16 kHz mono float32 in [-1, 1], or raises ``BadAudioError`` (422) /
``UnsupportedMediaError`` (415) with a stable ``code``.

Files are decoded by the ffmpeg binary shipped in the ``imageio-ffmpeg`` wheel, run directly
rather than through pydub: pydub's ``from_file`` needs ffprobe (the wheel has none) unless told
the format, and it reads the whole decoded output into memory, so a tiny file that expands to
hours of audio would exhaust memory. Here ffmpeg's output is streamed and cut off at the
duration limit. ``configure_pydub()`` still points pydub at the same binary for code that
exports or edits clips with it.
"""

from __future__ import annotations

import io
import logging
import math
import os
import re
import shutil
import subprocess
import tempfile
import threading
import warnings
import wave
from dataclasses import dataclass
from pathlib import Path
from typing import BinaryIO

import numpy as np
from imageio_ffmpeg import get_ffmpeg_exe

from copilot.exceptions import BadAudioError, UnsupportedMediaError

log = logging.getLogger(__name__)

TARGET_RATE = 16000
MIN_SAMPLE_RATE = 8000
MAX_SAMPLE_RATE = 48000

# Float arrays from browsers may overshoot full scale by rounding error; anything beyond this
# is a client bug (e.g. int16 values sent as floats), not audio, and is refused.
SAMPLE_TOLERANCE = 1e-4

# Below -80 dBFS RMS (after removing DC) nothing a microphone picked up can be transcribed:
# that is digital silence or 16-bit dither. A quiet speaker sits around -40 dBFS (0.01).
SILENCE_RMS = 1e-4

# Encoders pad the last frame (mp3 1152, aac 1024 samples, opus 20 ms); a clip recorded to
# exactly the limit may decode this much longer and is still accepted.
CODEC_PADDING_S = 0.1

SNIFF_BYTES = 512

_BYTES_PER_SAMPLE = 4
_READ_CHUNK = 64 * 1024
_STDERR_HEAD = 16 * 1024
_STDERR_TAIL = 2 * 1024

# sniffed name -> ffmpeg demuxer forced with -f, so ffmpeg never guesses from content or name
_DEMUXERS = {
    "wav": "wav",
    "mp3": "mp3",
    "ogg": "ogg",
    "webm": "matroska",
    "mp4": "mov",
    "flac": "flac",
}

_SOURCE_RATE_RE = re.compile(r"^\s*Stream #0:\d+\S*: Audio: [^\n]*?, (\d+) Hz", re.MULTILINE)


@dataclass(frozen=True)
class DecodedAudio:
    samples: np.ndarray  # float32, mono, 16 kHz
    source_format: str  # "wav", "mp3", "ogg", "webm", "mp4", "flac", "pcm"
    source_rate: int | None
    duration_s: float

    def to_bytes(self) -> bytes:
        """Little-endian float32 samples, the storage format for jobs."""
        return self.samples.astype("<f4", copy=False).tobytes()

    @classmethod
    def from_bytes(cls, data: bytes, source_format: str = "pcm") -> DecodedAudio:
        """Rebuild from ``to_bytes`` output (16 kHz float32). The samples were validated when
        they came in; stored audio is not judged again (a resampled peak must not fail a job)."""
        if len(data) % _BYTES_PER_SAMPLE:
            raise BadAudioError("Stored audio is not whole float32 samples.", code="invalid_audio")
        samples = np.clip(np.frombuffer(data, dtype="<f4"), -1.0, 1.0).astype(np.float32)
        return cls(
            samples=samples,
            source_format=source_format,
            source_rate=TARGET_RATE,
            duration_s=len(samples) / TARGET_RATE,
        )


def configure_pydub() -> str:
    """Point pydub at the wheel's ffmpeg binary and return its path.

    Idempotent. There is no ffprobe in the wheel, so callers of ``AudioSegment.from_file``
    must pass ``format=``/``codec=``; decoding uploads should go through ``decode_file``.
    """
    ffmpeg = get_ffmpeg_exe()
    # pydub warns at import time when no ffmpeg is on PATH; we are about to provide one.
    with warnings.catch_warnings():
        warnings.simplefilter("ignore", RuntimeWarning)
        from pydub import AudioSegment

    AudioSegment.converter = ffmpeg
    return ffmpeg


def sniff_container(head: bytes) -> str | None:
    """Name the container from its first bytes (give at least ``SNIFF_BYTES``), or None."""
    if len(head) >= 12 and head[:4] in (b"RIFF", b"RF64") and head[8:12] == b"WAVE":
        return "wav"
    if head[:4] == b"fLaC":
        return "flac"
    if head[:4] == b"OggS":
        # Only codecs ffmpeg decodes for us; an Ogg of Theora video or Speex is not audio we take.
        first_page = head[:SNIFF_BYTES]
        if b"OpusHead" in first_page or b"\x01vorbis" in first_page or b"\x7fFLAC" in first_page:
            return "ogg"
        return None
    if head[:4] == b"\x1a\x45\xdf\xa3":
        return "webm"
    if len(head) >= 8 and head[4:8] == b"ftyp":
        return "mp4"
    if head[:3] == b"ID3" or _is_mpeg_audio_frame(head):
        return "mp3"
    return None


def _is_mpeg_audio_frame(head: bytes) -> bool:
    if len(head) < 4 or head[0] != 0xFF or head[1] & 0xE0 != 0xE0:
        return False
    version = (head[1] >> 3) & 0b11
    layer = (head[1] >> 1) & 0b11
    bitrate_index = head[2] >> 4
    rate_index = (head[2] >> 2) & 0b11
    # Reserved values; layer 0 is also the ADTS AAC sync word, which is not mp3.
    return version != 0b01 and layer != 0 and bitrate_index != 0b1111 and rate_index != 0b11


def decode_file(
    path_or_fileobj: str | os.PathLike[str] | BinaryIO,
    *,
    max_seconds: float,
    timeout_s: float = 30.0,
) -> DecodedAudio:
    """Decode an audio file to 16 kHz mono float32 and validate it.

    A file object is read from its current position and spooled to a private temporary file
    (mp4 needs seeking); the client's filename is never used. Raises ``UnsupportedMediaError``
    for unknown containers and ``BadAudioError`` with code ``empty_audio``, ``corrupt_audio``,
    ``audio_too_long``, ``decode_timeout`` or ``silent_audio``.
    """
    if isinstance(path_or_fileobj, str | os.PathLike):
        return _decode_path(Path(path_or_fileobj), max_seconds=max_seconds, timeout_s=timeout_s)

    spool_path: str | None = None
    try:
        # Closed before ffmpeg opens it (Windows cannot share an open temporary file).
        with tempfile.NamedTemporaryFile(prefix="copilot-audio-", suffix=".bin", delete=False) as spool:
            spool_path = spool.name
            shutil.copyfileobj(path_or_fileobj, spool, _READ_CHUNK)
        return _decode_path(Path(spool_path), max_seconds=max_seconds, timeout_s=timeout_s)
    finally:
        if spool_path is not None:
            os.unlink(spool_path)


def _decode_path(path: Path, *, max_seconds: float, timeout_s: float) -> DecodedAudio:
    with path.open("rb") as fh:
        head = fh.read(SNIFF_BYTES)
    if not head:
        raise BadAudioError("The audio file is empty.", code="empty_audio")
    container = sniff_container(head)
    if container is None:
        raise UnsupportedMediaError(
            "Unsupported audio format; send wav, mp3, ogg, webm, m4a or flac.",
            code="unsupported_media_type",
        )

    pcm, stderr_head = _run_ffmpeg(path, _DEMUXERS[container], max_seconds=max_seconds, timeout_s=timeout_s)

    samples = np.frombuffer(pcm, dtype="<f4", count=len(pcm) // _BYTES_PER_SAMPLE).astype(np.float32)
    if samples.size == 0:
        raise BadAudioError(f"The {container} file contains no decodable audio.", code="corrupt_audio")
    # Lossy decoders can overshoot full scale and a damaged stream can yield NaN.
    np.nan_to_num(samples, copy=False, nan=0.0, posinf=1.0, neginf=-1.0)
    np.clip(samples, -1.0, 1.0, out=samples)
    check_not_silent(samples)
    return DecodedAudio(
        samples=samples,
        source_format=container,
        source_rate=_parse_source_rate(stderr_head),
        duration_s=samples.size / TARGET_RATE,
    )


def _run_ffmpeg(path: Path, demuxer: str, *, max_seconds: float, timeout_s: float) -> tuple[bytearray, str]:
    """Return (f32le output, start of ffmpeg's log), holding at most ``max_seconds`` of output.

    ffmpeg is killed as soon as its output passes the limit, so a small file that expands to
    hours of audio costs a few hundred kilobytes and milliseconds, not gigabytes.
    """
    max_bytes = math.ceil((max_seconds + CODEC_PADDING_S) * TARGET_RATE) * _BYTES_PER_SAMPLE
    command = [
        get_ffmpeg_exe(),
        "-nostdin",
        "-hide_banner",
        "-nostats",
        # info level prints the input stream line, the only source of the original sample rate
        "-loglevel",
        "info",
        "-protocol_whitelist",
        "file",
        "-f",
        demuxer,
        "-i",
        str(path),
        "-map",
        "0:a:0",
        # ffmpeg's default stereo-to-mono matrix adds both channels at -3 dB, which clips loud
        # recordings; a normalised matrix averages them instead.
        "-af",
        "aresample=rematrix_maxval=1.0",
        "-f",
        "f32le",
        "-ac",
        "1",
        "-ar",
        str(TARGET_RATE),
        "pipe:1",
    ]
    proc = subprocess.Popen(command, stdin=subprocess.DEVNULL, stdout=subprocess.PIPE, stderr=subprocess.PIPE)
    stderr = _StderrCollector(proc.stderr)
    stderr.start()
    timed_out = threading.Event()

    def on_timeout() -> None:
        timed_out.set()
        proc.kill()

    watchdog = threading.Timer(timeout_s, on_timeout)
    watchdog.start()
    output = bytearray()
    too_long = False
    reached_eof = False
    try:
        assert proc.stdout is not None
        while chunk := proc.stdout.read1(_READ_CHUNK):
            output += chunk
            if len(output) > max_bytes:
                too_long = True
                break
        else:
            reached_eof = True
    finally:
        watchdog.cancel()
        # At EOF ffmpeg is exiting on its own; killing it then would turn success into failure.
        if not reached_eof:
            proc.kill()
        proc.stdout.close()
        returncode = proc.wait()
        stderr.join()

    if too_long:
        raise BadAudioError(f"The audio is longer than {max_seconds:g} seconds.", code="audio_too_long")
    # A watchdog that fired as ffmpeg finished cleanly is not a timeout.
    if timed_out.is_set() and returncode != 0:
        raise BadAudioError(f"Decoding took longer than {timeout_s:g} seconds.", code="decode_timeout")
    if returncode != 0:
        # ffmpeg's message names the temporary file, so it goes to the log, not to the client.
        log.info("ffmpeg exited with %s decoding %s: %s", returncode, demuxer, stderr.last_line())
        raise BadAudioError("The audio file is damaged or incomplete.", code="corrupt_audio")
    return output, stderr.head


class _StderrCollector(threading.Thread):
    """Drains ffmpeg's stderr so the pipe never fills, keeping only its start and end."""

    def __init__(self, stream: BinaryIO | None) -> None:
        super().__init__(daemon=True)
        self._stream = stream
        self._head = bytearray()
        self._tail = bytearray()

    def run(self) -> None:
        assert self._stream is not None
        with self._stream:
            while chunk := self._stream.read1(_READ_CHUNK):
                room = _STDERR_HEAD - len(self._head)
                if room > 0:
                    self._head += chunk[:room]
                self._tail = (self._tail + chunk)[-_STDERR_TAIL:]

    @property
    def head(self) -> str:
        return self._head.decode("utf-8", "replace")

    def last_line(self) -> str:
        lines = self._tail.decode("utf-8", "replace").strip().splitlines()
        return lines[-1].strip() if lines else "ffmpeg failed"


def _parse_source_rate(log: str) -> int | None:
    # The output section repeats "Stream #0:0 ... Audio: pcm_f32le, 16000 Hz"; look only at input.
    match = _SOURCE_RATE_RE.search(log.split("Output #0", 1)[0])
    if not match:
        return None
    rate = int(match.group(1))
    return rate if 0 < rate <= 1_000_000 else None


def decode_samples(samples: object, sample_rate: object, *, max_seconds: float) -> DecodedAudio:
    """Validate a JSON ``{"audio": [...], "sampleRate": N}`` payload and resample it to 16 kHz.

    Samples must be a list of finite numbers (not bools) within [-1, 1] (plus
    ``SAMPLE_TOLERANCE``, then clipped), or an array already parsed from the body (see
    ``copilot.jobs.samples``); the rate an integral number in 8000..48000. The client's
    samples are judged once, here, before resampling: a band-limited resampler rings past a
    full-scale peak, and that overshoot is ours to clip, not the client's fault.
    """
    rate = _validate_sample_rate(sample_rate)
    if isinstance(samples, np.ndarray):
        if samples.ndim != 1 or not np.issubdtype(samples.dtype, np.floating):
            raise BadAudioError("'audio' must be a list of numbers.", code="invalid_audio")
        count = samples.size
    elif isinstance(samples, list | tuple):
        count = len(samples)
    else:
        raise BadAudioError("'audio' must be a list of numbers.", code="invalid_audio")
    if not count:
        raise BadAudioError("'audio' is empty.", code="empty_audio")
    if count / rate > max_seconds:
        raise BadAudioError(f"The audio is longer than {max_seconds:g} seconds.", code="audio_too_long")
    if isinstance(samples, np.ndarray):
        array = samples
    else:
        # One C-level pass over the types; bool is a subclass of int but not a sample.
        if not set(map(type, samples)) <= {float, int}:
            raise BadAudioError("'audio' must contain only numbers.", code="invalid_audio")
        try:
            array = np.asarray(samples, dtype=np.float64)
        except OverflowError:
            raise BadAudioError("'audio' samples must lie within [-1, 1].", code="invalid_samples") from None
    array = _validate_float_samples(array)
    resampled = clip_overshoot(resample(array, rate, TARGET_RATE))
    check_not_silent(resampled)
    return DecodedAudio(
        samples=resampled,
        source_format="pcm",
        source_rate=rate,
        duration_s=resampled.size / TARGET_RATE,
    )


def _validate_sample_rate(sample_rate: object) -> int:
    if isinstance(sample_rate, bool) or not isinstance(sample_rate, int | float):
        raise BadAudioError("'sampleRate' must be a number.", code="invalid_sample_rate")
    if not math.isfinite(sample_rate) or sample_rate != int(sample_rate):
        raise BadAudioError("'sampleRate' must be a whole number of hertz.", code="invalid_sample_rate")
    rate = int(sample_rate)
    if not MIN_SAMPLE_RATE <= rate <= MAX_SAMPLE_RATE:
        raise BadAudioError(
            f"'sampleRate' must be between {MIN_SAMPLE_RATE} and {MAX_SAMPLE_RATE}.",
            code="invalid_sample_rate",
        )
    return rate


def _validate_float_samples(array: np.ndarray) -> np.ndarray:
    """Refuse NaN/inf and values beyond full scale; return float32 clipped to [-1, 1].

    A writable array is clipped in place (callers hand over arrays they made), and the checks
    make no temporary copies: max and min carry NaN and infinities along."""
    if array.size:
        peak = max(abs(float(array.max())), abs(float(array.min())))
        if not math.isfinite(peak):
            raise BadAudioError("Audio samples must be finite numbers.", code="invalid_samples")
        if peak > 1.0 + SAMPLE_TOLERANCE:
            raise BadAudioError(
                "Audio samples must lie within [-1, 1] (floats, not 16-bit integers).", code="invalid_samples"
            )
    clipped = np.clip(array, -1.0, 1.0, out=array) if array.flags.writeable else np.clip(array, -1.0, 1.0)
    return clipped.astype(np.float32, copy=False)


def clip_overshoot(samples: np.ndarray) -> np.ndarray:
    """Clip what our own processing (resampling, filtering) pushed past full scale, in place."""
    return np.clip(samples, -1.0, 1.0, out=samples)


def encode_wav(samples: np.ndarray, sample_rate: int = TARGET_RATE) -> bytes:
    """Float samples in [-1, 1] as a mono 16-bit PCM WAV: half the bytes of float32, ample for speech."""
    pcm = np.round(np.clip(samples, -1.0, 1.0) * 32767.0).astype("<i2")
    buffer = io.BytesIO()
    with wave.open(buffer, "wb") as wav:
        wav.setnchannels(1)
        wav.setsampwidth(2)
        wav.setframerate(sample_rate)
        wav.writeframes(pcm.tobytes())
    return buffer.getvalue()


def pcm_f32le_to_array(data: bytes) -> np.ndarray:
    """Little-endian float32 PCM (socket binary frames) to a validated float32 array."""
    if len(data) % 4:
        raise BadAudioError("float32 PCM must be a multiple of 4 bytes.", code="invalid_audio")
    return _validate_float_samples(np.frombuffer(data, dtype="<f4"))


def pcm_s16le_to_array(data: bytes) -> np.ndarray:
    """Little-endian signed 16-bit PCM to float32 in [-1, 1)."""
    if len(data) % 2:
        raise BadAudioError("16-bit PCM must be a multiple of 2 bytes.", code="invalid_audio")
    return (np.frombuffer(data, dtype="<i2") / 32768.0).astype(np.float32)


def resample(samples: np.ndarray, from_rate: int, to_rate: int = TARGET_RATE) -> np.ndarray:
    """Band-limited resampling of a whole clip, returned as float32.

    Done in the frequency domain (numpy's FFT; no scipy): the spectrum is cut at the lower
    Nyquist frequency with a short cosine taper against ringing. The clip is zero-padded so the
    FFT's wrap-around does not fold its end onto its start. Resample a whole utterance at once:
    resampling short chunks one by one leaves edge artefacts at every chunk boundary.
    """
    if from_rate <= 0 or to_rate <= 0:
        raise ValueError("sample rates must be positive")
    # float32 all through (numpy's FFT keeps single precision): five minutes at 48 kHz are
    # 14 M samples, and float64/complex128 copies of them would double the memory for nothing.
    signal = np.asarray(samples, dtype=np.float32)
    if signal.ndim != 1:
        raise ValueError("expected mono samples")
    if from_rate == to_rate or signal.size == 0:
        return signal.astype(np.float32)

    divisor = math.gcd(from_rate, to_rate)
    up, down = to_rate // divisor, from_rate // divisor
    out_len = math.ceil(signal.size * up / down)
    # Padded length must be a multiple of `down` so the output grid lands exactly on n*from/to;
    # 5-smooth block counts keep the FFT fast.
    pad = max(64, signal.size // 16)
    blocks = _next_smooth(math.ceil((signal.size + pad) / down))
    padded_len, padded_out_len = blocks * down, blocks * up

    spectrum = np.fft.rfft(signal, n=padded_len)
    keep = min(spectrum.size, padded_out_len // 2 + 1)
    resized = np.zeros(padded_out_len // 2 + 1, dtype=np.complex64)
    resized[:keep] = spectrum[:keep]
    del spectrum
    taper_len = max(1, keep // 20)
    taper = 0.5 + 0.5 * np.cos(np.linspace(0.0, np.pi, taper_len, dtype=np.float32))
    resized[keep - taper_len : keep] *= taper
    out = np.fft.irfft(resized, n=padded_out_len)[:out_len]
    out *= np.float32(padded_out_len / padded_len)
    return out.astype(np.float32, copy=False)


def _next_smooth(n: int) -> int:
    """Smallest integer >= n whose only prime factors are 2, 3 and 5."""
    while True:
        m = n
        for p in (2, 3, 5):
            while m % p == 0:
                m //= p
        if m == 1:
            return n
        n += 1


def check_not_silent(samples: np.ndarray) -> None:
    """Raise ``empty_audio`` for no samples and ``silent_audio`` below ``SILENCE_RMS``.

    The RMS is taken around the mean, so a microphone's DC offset alone does not count as sound.
    """
    if samples.size == 0:
        raise BadAudioError("The audio is empty.", code="empty_audio")
    if _rms_around_mean(samples) < SILENCE_RMS:
        raise BadAudioError("The audio is silent.", code="silent_audio")


def _rms_around_mean(samples: np.ndarray, block: int = 1 << 18) -> float:
    """The standard deviation in float64, a block at a time (no float64 copy of a long clip)."""
    mean = float(np.mean(samples, dtype=np.float64))
    total = 0.0
    for start in range(0, samples.size, block):
        centred = samples[start : start + block].astype(np.float64) - mean
        total += float(np.dot(centred, centred))
    return math.sqrt(total / samples.size)
