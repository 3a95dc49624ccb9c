"""Scores the offline question detector on a labelled data set (``tests/data/questions.tsv``).

``python -m bench.questions --eval tests/data/questions.tsv [--hint] [--errors test]`` prints
precision, recall, F1 and extraction accuracy per language and split; texts given as arguments
are classified one by one.
"""

from __future__ import annotations

import argparse
import csv
import sys
from collections.abc import Iterable, Sequence
from dataclasses import dataclass

from copilot.language.questions import detect_question, normalise_question


@dataclass(frozen=True)
class Scores:
    n: int
    tp: int
    fp: int
    fn: int
    extracted_ok: int

    @property
    def precision(self) -> float:
        return self.tp / (self.tp + self.fp) if self.tp + self.fp else 1.0

    @property
    def recall(self) -> float:
        return self.tp / (self.tp + self.fn) if self.tp + self.fn else 1.0

    @property
    def f1(self) -> float:
        p, r = self.precision, self.recall
        return 2 * p * r / (p + r) if p + r else 0.0

    @property
    def extraction(self) -> float:
        return self.extracted_ok / self.tp if self.tp else 1.0


def load_dataset(path: str) -> list[dict[str, str]]:
    """Rows of a labelled TSV (lang, label, split, text, expected_question)."""
    with open(path, encoding="utf-8", newline="") as handle:
        return list(csv.DictReader(handle, delimiter="\t", quoting=csv.QUOTE_NONE))


def evaluate(rows: Iterable[dict[str, str]], use_language_hint: bool = False) -> dict[str, Scores]:
    """Scores keyed "all", "en", "pl", "split:<name>" and "<lang>:<split>"."""
    counts: dict[str, list[int]] = {}
    for row in rows:
        hint = row["lang"] if use_language_hint else None
        got = detect_question(row["text"], hint)
        expected = row["label"] == "1"
        ok_text = (
            got.is_question
            and expected
            and normalise_question(got.question or "") == normalise_question(row.get("expected_question", ""))
        )
        split = row.get("split") or "all"
        for key in ("all", row["lang"], f"split:{split}", f"{row['lang']}:{split}"):
            c = counts.setdefault(key, [0, 0, 0, 0, 0])
            c[0] += 1
            c[1] += got.is_question and expected
            c[2] += got.is_question and not expected
            c[3] += expected and not got.is_question
            c[4] += ok_text
    return {key: Scores(*c) for key, c in counts.items()}


def _main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m bench.questions", description=__doc__)
    parser.add_argument("--eval", metavar="TSV", help="labelled data set to score")
    parser.add_argument("--hint", action="store_true", help="pass the row's language as a hint")
    parser.add_argument("--errors", metavar="SPLIT", help="list misclassified rows of this split")
    parser.add_argument("text", nargs="*", help="utterances to classify")
    args = parser.parse_args(argv)
    out = sys.stdout
    if args.eval:
        rows = load_dataset(args.eval)
        scores = evaluate(rows, use_language_hint=args.hint)
        out.write(f"{'slice':<12}{'n':>5}{'precision':>11}{'recall':>8}{'f1':>7}{'extraction':>12}\n")
        for key in sorted(scores, key=lambda k: (k != "all", k.count(":"), k)):
            s = scores[key]
            out.write(
                f"{key:<12}{s.n:>5}{s.precision:>11.3f}{s.recall:>8.3f}{s.f1:>7.3f}{s.extraction:>12.3f}\n"
            )
        if args.errors:
            for row in rows:
                if row.get("split") != args.errors:
                    continue
                got = detect_question(row["text"], row["lang"] if args.hint else None)
                want = row["label"] == "1"
                bad_text = (
                    want
                    and got.is_question
                    and normalise_question(got.question or "") != normalise_question(row["expected_question"])
                )
                if got.is_question != want or bad_text:
                    out.write(f"{row['label']} {got.kind:<13} {row['text']!r} -> {got.question!r}\n")
    for text in args.text:
        out.write(f"{detect_question(text)}\n")
    return 0


if __name__ == "__main__":
    raise SystemExit(_main())
