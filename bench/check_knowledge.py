"""Validate the knowledge base files: python bench/check_knowledge.py [FILE ...]"""

from __future__ import annotations

import re
import sys
import tomllib
from pathlib import Path

DOMAINS = {
    "programming",
    "web",
    "testing",
    "security",
    "databases",
    "system_design",
    "distributed",
    "devops",
    "data",
    "ml",
    "product",
    "process",
    "behavioural",
    "engineering",
    "business",
}
TOPICS = Path(__file__).resolve().parents[1] / "copilot" / "language" / "knowledge" / "topics"


def check(paths: list[Path]) -> int:
    problems: list[str] = []
    seen: dict[str, Path] = {}
    total = 0
    for path in paths:
        data = tomllib.loads(path.read_text(encoding="utf-8"))
        for topic in data.get("topic", []):
            total += 1
            tid = topic.get("id", "?")
            where = f"{path.name}:{tid}"
            if not re.fullmatch(r"[a-z0-9]+(-[a-z0-9]+)*", tid):
                problems.append(f"{where}: bad id")
            if tid in seen:
                problems.append(f"{where}: duplicate id (also in {seen[tid].name})")
            seen[tid] = path
            if topic.get("domain") not in DOMAINS:
                problems.append(f"{where}: domain {topic.get('domain')!r} not in {sorted(DOMAINS)}")
            for lang in ("en", "pl"):
                if not topic.get("title", {}).get(lang):
                    problems.append(f"{where}: title.{lang} missing")
                match = topic.get("match", {}).get(lang, [])
                if not match or any(m != m.lower() for m in match):
                    problems.append(f"{where}: match.{lang} missing or not lowercase")
                points = topic.get("points", {}).get(lang, [])
                if not 3 <= len(points) <= 5:
                    problems.append(f"{where}: points.{lang} has {len(points)} items (3-5)")
                for point in points:
                    words = len(point.split())
                    if not 6 <= words <= 34:
                        problems.append(f"{where}: points.{lang} item of {words} words: {point[:50]}")
                    if re.search(r"[\[\]{}*#`]|e\.g\.|etc\.", point):
                        problems.append(
                            f"{where}: points.{lang} has brackets/markdown/e.g./etc.: {point[:50]}"
                        )
            en, pl = topic.get("points", {}).get("en", []), topic.get("points", {}).get("pl", [])
            if len(en) != len(pl):
                problems.append(f"{where}: points.en and points.pl differ in length")
            if not isinstance(topic.get("skills", []), list):
                problems.append(f"{where}: skills must be a list")
    for problem in problems:
        print(problem)
    print(f"{total} topics in {len(paths)} files, {len(problems)} problems")
    return 1 if problems else 0


if __name__ == "__main__":
    args = [Path(a) for a in sys.argv[1:]] or sorted(TOPICS.glob("*.toml"))
    sys.exit(check(args))
