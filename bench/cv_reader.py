"""How well the CV reader finds the jobs of a CV: 24 CVs in English and Polish, laid out the many ways
real CVs are (``bench/data/cvs/``, with each job's title, employer and whether it is current in
``truth.json``). The set was written for the reader and the reader was tuned on it, so it is a
development measure, not a held-out one."""

from __future__ import annotations

import json
from dataclasses import dataclass
from pathlib import Path

from copilot.language.cv.parser import parse_cv
from copilot.language.text import fold

CVS = Path(__file__).resolve().parent / "data" / "cvs"


@dataclass
class RoleScore:
    cvs: int = 0
    counted_right: int = 0  # CVs whose number of jobs is right
    jobs: int = 0
    titles: int = 0
    employers: int = 0
    current: int = 0


def _same(found: str, expected: str) -> bool:
    def bare(text: str) -> str:
        return " ".join(fold(text).replace("„", "").replace("”", "").replace('"', "").split()).strip(" ,.-–")

    return bare(found) == bare(expected)


def score() -> RoleScore:
    truth = json.loads((CVS / "truth.json").read_text(encoding="utf-8"))
    result = RoleScore()
    for name, jobs in sorted(truth.items()):
        roles = parse_cv((CVS / f"{name}.txt").read_text(encoding="utf-8")).roles
        result.cvs += 1
        result.counted_right += len(roles) == len(jobs)
        for role, job in zip(roles, jobs, strict=False):
            result.titles += _same(role.title, job["title"])
            result.employers += _same(role.employer, job["employer"])
            result.current += role.current == job["current"]
        result.jobs += len(jobs)
    return result


def table() -> str:
    found = score()

    def share(part: int) -> str:
        return f"{100 * part / found.jobs:.0f}% ({part}/{found.jobs})"

    return (
        "### CV reader\n\n"
        f"Jobs read from {found.cvs} CVs (English and Polish, many layouts; a development set the reader was "
        "tuned on). A job counts when it is found in its place with exactly the title or employer written.\n\n"
        "| CVs with the right number of jobs | titles | employers | current or not |\n|---|---|---|---|\n"
        f"| {found.counted_right}/{found.cvs} | {share(found.titles)} | {share(found.employers)} | "
        f"{share(found.current)} |\n"
    )


if __name__ == "__main__":
    print(table())
