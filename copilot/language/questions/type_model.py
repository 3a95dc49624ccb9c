"""A small naive Bayes model of question types, trained at first use on ``training.tsv``.

The hand-written patterns in ``types.py`` are precise for the phrasings they know; interviewers
phrase the same question in endless ways, so words and word pairs learned from examples decide
when no pattern fits ("which project stretched you the most?"). Features are folded word stems
(the first six letters, which absorbs most Polish and English inflection) and stem pairs.
"""

from __future__ import annotations

import csv
import itertools
import math
from collections import Counter, defaultdict
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

from copilot.language.text import words

TRAINING = Path(__file__).resolve().parent / "training.tsv"
STEM = 6
_SKIP = frozenset(
    {"um", "uh", "erm", "yyy", "eee", "so", "ok", "okay", "well", "dobra", "dobrze", "wiec", "no"}
)


def features(text: str) -> list[str]:
    stems = [word[:STEM] for word in words(text) if word not in _SKIP]
    found = [f"w:{stem}" for stem in stems]
    found += [f"b:{a}_{b}" for a, b in itertools.pairwise(stems)]
    if stems:
        found.append(f"s:{stems[0]}")
    return found


@dataclass(frozen=True)
class Prediction:
    type: str
    probability: float
    runner_up: str
    runner_up_probability: float


class TypeModel:
    def __init__(self, examples: list[tuple[str, str]], alpha: float = 0.3) -> None:
        self.alpha = alpha
        counts: dict[str, Counter] = defaultdict(Counter)
        documents = Counter()
        for label, text in examples:
            documents[label] += 1
            counts[label].update(set(features(text)))
        self.labels = sorted(documents)
        self.vocabulary = {feature for counter in counts.values() for feature in counter}
        total = sum(documents.values())
        self.prior = {label: math.log(documents[label] / total) for label in self.labels}
        self.likelihood: dict[str, dict[str, float]] = {}
        self.unseen: dict[str, float] = {}
        size = len(self.vocabulary)
        for label in self.labels:
            denominator = sum(counts[label].values()) + alpha * size
            self.likelihood[label] = {
                f: math.log((c + alpha) / denominator) for f, c in counts[label].items()
            }
            self.unseen[label] = math.log(alpha / denominator)

    def predict(self, text: str) -> Prediction:
        present = [f for f in set(features(text)) if f in self.vocabulary]
        scores = {
            label: self.prior[label] + sum(self.likelihood[label].get(f, self.unseen[label]) for f in present)
            for label in self.labels
        }
        top = max(scores.values())
        exp = {label: math.exp(score - top) for label, score in scores.items()}
        norm = sum(exp.values())
        ranked = sorted(exp.items(), key=lambda item: -item[1])
        (best, p1), (second, p2) = ranked[0], ranked[1]
        return Prediction(best, p1 / norm, second, p2 / norm)


def load_examples(path: Path = TRAINING) -> list[tuple[str, str]]:
    if not path.exists():
        return []
    with path.open(encoding="utf-8") as handle:
        return [
            (row["type"], row["text"]) for row in csv.DictReader(handle, delimiter="\t") if row.get("text")
        ]


@lru_cache(maxsize=1)
def model() -> TypeModel | None:
    examples = load_examples()
    return TypeModel(examples) if examples else None
