"""The spoken Polish development set kept beside the repository (``../shared/speech/pl``: 40 short
utterances from natural-sounding voices with reference text, BSD-3; see its README). Tests and
benchmarks read it in place; ``COPILOT_SPEECH_PL`` points elsewhere when the layout differs."""

from __future__ import annotations

import json
import os
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
POLISH = Path(os.environ.get("COPILOT_SPEECH_PL", ROOT.parent / "shared" / "speech" / "pl"))


def polish_clips() -> list[dict]:
    """``[{"file", "language", "reference", "duration_s"}, ...]``; fails loudly when absent."""
    manifest = POLISH / "manifest.json"
    assert manifest.is_file(), f"the Polish speech set is missing: {manifest} (set COPILOT_SPEECH_PL)"
    return json.loads(manifest.read_text(encoding="utf-8"))


def polish_clip(file: str) -> dict:
    return next(clip for clip in polish_clips() if clip["file"] == file)
