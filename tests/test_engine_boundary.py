"""The engines (copilot.speech, copilot.language) load and run without Flask or the database.

ruff's banned-api rule (copilot/speech/ruff.toml, copilot/language/ruff.toml) keeps their own
imports clean; this checks what a real import pulls in, so an indirect import is caught too.
"""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
FORBIDDEN = ("flask", "flask_sqlalchemy", "sqlalchemy", "celery", "copilot.models", "copilot.extensions")


def _modules_loaded_by(packages: list[str]) -> set[str]:
    """Import every module of ``packages`` in a fresh interpreter; the modules it then holds."""
    script = (
        "import importlib, json, pkgutil, sys\n"
        f"for name in {packages!r}:\n"
        "    package = importlib.import_module(name)\n"
        "    for info in pkgutil.walk_packages(package.__path__, name + '.'):\n"
        "        importlib.import_module(info.name)\n"
        "print(json.dumps(sorted(sys.modules)))\n"
    )
    result = subprocess.run(
        [sys.executable, "-c", script], cwd=ROOT, capture_output=True, text=True, check=True, timeout=120
    )
    return set(json.loads(result.stdout))


def _offenders(modules: set[str], forbidden: tuple[str, ...]) -> list[str]:
    return sorted(m for m in modules if any(m == f or m.startswith(f + ".") for f in forbidden))


@pytest.mark.parametrize("package", ["copilot.language", "copilot.speech"])
def test_an_engine_imports_without_flask_or_the_database(package: str) -> None:
    assert _offenders(_modules_loaded_by([package]), FORBIDDEN) == []


def test_the_language_engine_does_not_need_the_speech_engine() -> None:
    assert _offenders(_modules_loaded_by(["copilot.language"]), ("copilot.speech",)) == []
