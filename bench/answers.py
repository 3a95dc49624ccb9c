"""Answer quality of the offline composer, measured on labelled data (``bench/data/``).

* Question understanding: ``utterances.tsv`` (English and Polish interviewer utterances with their
  types); detection (is it a question at all) and type accuracy, dev and held-out split apart.
* Answers: the ``contexts/*.toml`` candidates (CV, job description) with probe questions asked in
  order as one interview: whether the CV line an answer uses fits the question's meaning, knowledge
  hits on technical questions, bracketed placeholders, contact details, boilerplate sentences shared
  by unrelated answers, the answer's language against the question's, length and time per answer.

``python -m bench answers`` writes the section into bench/RESULTS.md; ``python -m bench.answers
--show dev`` prints every answer of the dev contexts for reading.
"""

from __future__ import annotations

import argparse
import csv
import re
import statistics
import time
import tomllib
from collections import Counter, defaultdict
from dataclasses import dataclass, field, replace
from pathlib import Path

from bench import cv_reader
from copilot.language.answers.base import Answer, AnswerContext
from copilot.language.answers.offline import OfflineAnswerBackend
from copilot.language.cv.parser import language_of
from copilot.language.questions import detect_question
from copilot.language.questions.parts import split_parts
from copilot.language.questions.types import classify
from copilot.language.text import fold

DATA = Path(__file__).resolve().parent / "data"
SPLITS = ("dev", "heldout")
_CONTACT = re.compile(r"[\w.+-]+@[\w-]+\.\w+|\+?\d[\d ()-]{8,}\d|linkedin\.com|github\.com")
_SENTENCE = re.compile(r"(?<=[.!?])\s+")


@dataclass
class Utterance:
    id: str
    language: str
    split: str
    types: list[str]
    text: str
    question: str
    topic_terms: list[str]


def load_utterances() -> list[Utterance]:
    with (DATA / "utterances.tsv").open(encoding="utf-8") as handle:
        rows = list(csv.DictReader(handle, delimiter="\t"))
    return [
        Utterance(
            row["id"],
            row["lang"],
            row["split"],
            row["types"].split("+"),
            row["text"],
            row["question"],
            [t for t in row["topic_terms"].split("|") if t],
        )
        for row in rows
    ]


def load_contexts() -> list[dict]:
    return [
        tomllib.loads(path.read_text(encoding="utf-8")) for path in sorted((DATA / "contexts").glob("*.toml"))
    ]


def context_of(data: dict) -> AnswerContext:
    return AnswerContext(
        cv=data["cv"],
        company=data["company"],
        position=data["position"],
        job_description=data["job_description"],
        full_name=data.get("full_name", ""),
        language=data.get("language", "auto"),
    )


# -- question understanding ---------------------------------------------------------------------


@dataclass
class Understanding:
    n: int = 0
    detected: int = 0  # right question / non-question decision
    typed: int = 0  # questions whose (first) type is right
    questions: int = 0
    parts_right: int = 0  # multi-part questions with every part found
    multi: int = 0
    confusions: Counter = field(default_factory=Counter)


def understand(utterances: list[Utterance]) -> dict[tuple[str, str], Understanding]:
    results: dict[tuple[str, str], Understanding] = defaultdict(Understanding)
    for item in utterances:
        score = results[(item.split, item.language)]
        score.n += 1
        detection = detect_question(item.text)
        is_question = item.types != ["none"]
        score.detected += detection.is_question == is_question
        if not is_question:
            continue
        score.questions += 1
        parts = split_parts(detection.question or item.text)
        predicted = [part.type for part in parts]
        if predicted[0] == item.types[0] or (len(item.types) > 1 and set(item.types) <= set(predicted)):
            score.typed += 1
        else:
            score.confusions[(item.types[0], predicted[0])] += 1
        if len(item.types) > 1:
            score.multi += 1
            score.parts_right += set(item.types) <= set(predicted)
    return results


# -- answers ------------------------------------------------------------------------------------


@dataclass
class Graded:
    context: str
    split: str
    question: str
    qtype: str
    language: str
    answer: Answer
    seconds: float
    fit: bool | None  # None when the probe expects no particular CV line
    forbidden: bool
    contact: bool
    placeholder: bool
    language_ok: bool


def _stems_in(stems: list[str], text: str) -> bool:
    folded = fold(text)
    return any(fold(stem) in folded for stem in stems)


def answer_probes(backend: OfflineAnswerBackend, contexts: list[dict]) -> list[Graded]:
    graded = []
    for data in contexts:
        context = context_of(data)
        contact_lines = [line for line in data["cv"].splitlines() if _CONTACT.search(line)]
        contacts = [m.group() for line in contact_lines for m in _CONTACT.finditer(line)]
        history: list[tuple[str, str]] = []
        for probe in data.get("probe", []):
            asked = replace(context, history=tuple(history))
            began = time.perf_counter()
            answer = backend.compose(probe["question"], asked, "auto")
            seconds = time.perf_counter() - began
            used = " ".join(answer.facts)
            expect, forbid = probe.get("expect", []), probe.get("forbid", [])
            graded.append(
                Graded(
                    context=data["name"],
                    split=data["split"],
                    question=probe["question"],
                    qtype=probe["type"],
                    language=probe["lang"],
                    answer=answer,
                    seconds=seconds,
                    fit=_stems_in(expect, used + " " + answer.text) if expect else None,
                    forbidden=bool(forbid) and _stems_in(forbid, used),
                    contact=any(c in answer.text for c in contacts),
                    placeholder=bool(re.search(r"\[[^\]]*\]", answer.text)),
                    language_ok=language_of(answer.text) == probe["lang"],
                )
            )
            history.append((probe["question"], answer.text))
    return graded


def knowledge_hits(
    backend: OfflineAnswerBackend, utterances: list[Utterance], split: str
) -> tuple[int, int, int]:
    """Technical items: answers (with an empty context) that name at least half / all key terms."""
    half = every = total = 0
    for item in utterances:
        if item.split != split or not item.topic_terms or item.types[0] not in ("technical", "system_design"):
            continue
        total += 1
        answer = backend.compose(item.question or item.text, AnswerContext(), "auto").text
        found = sum(_stems_in([term], answer) for term in item.topic_terms)
        half += found * 2 >= len(item.topic_terms)
        every += found == len(item.topic_terms)
    return half, every, total


def boilerplate_share(graded: list[Graded]) -> float:
    """Share of answer sentences that appear word for word in an answer to a different question type."""
    where: dict[str, set[str]] = defaultdict(set)
    sentences = []
    for item in graded:
        for sentence in _SENTENCE.split(item.answer.text):
            key = fold(sentence).strip()
            if len(key.split()) >= 5:
                where[key].add(item.qtype)
                sentences.append(key)
    shared = sum(1 for key in sentences if len(where[key]) > 1)
    return shared / len(sentences) if sentences else 0.0


def _pct(part: int, whole: int) -> str:
    return f"{100 * part / whole:.0f}% ({part}/{whole})" if whole else "–"


def run() -> str:
    backend = OfflineAnswerBackend()
    utterances = load_utterances()
    understanding = understand(utterances)
    contexts = load_contexts()
    backend.compose("warm up", context_of(contexts[0]), "auto")
    graded = answer_probes(backend, contexts)
    lines = [
        "## Answers (`bench/answers.py`)",
        "",
        f"Offline composer on {len(utterances)} labelled interviewer utterances and {len(contexts)} candidate "
        "contexts (CV + job description, probes asked in order as one interview). `heldout` data is never "
        "used to tune the composer.",
        "",
        "### Question understanding",
        "",
        "| split | lang | utterances | question / not decided right | type right (questions) | multi-part fully split |",
        "|---|---|---|---|---|---|",
    ]
    for split in SPLITS:
        for language in ("en", "pl"):
            score = understanding[(split, language)]
            lines.append(
                f"| {split} | {language} | {score.n} | {_pct(score.detected, score.n)} | "
                f"{_pct(score.typed, score.questions)} | {_pct(score.parts_right, score.multi)} |"
            )
    lines += [
        "",
        "### Answers to the probe questions",
        "",
        "| split | answers | fact fits | wrong-meaning fact | knowledge ≥ half / all key terms | placeholders | contact details "
        "| question's language | words p50 (min–max) | in 40–120 words | ms p50 / p95 |",
        "|---|---|---|---|---|---|---|---|---|---|---|",
    ]
    for split in SPLITS:
        items = [g for g in graded if g.split == split]
        if not items:
            continue
        expected = [g for g in items if g.fit is not None]
        words = [len(g.answer.text.split()) for g in items]
        times = sorted(g.seconds * 1000 for g in items)
        half, every, total = knowledge_hits(backend, utterances, split)
        lines.append(
            f"| {split} | {len(items)} | {_pct(sum(bool(g.fit) for g in expected), len(expected))} | "
            f"{sum(g.forbidden for g in items)} | {_pct(half, total)} / {_pct(every, total)} | "
            f"{sum(g.placeholder for g in items)} | {sum(g.contact for g in items)} | "
            f"{_pct(sum(g.language_ok for g in items), len(items))} | {statistics.median(words):.0f} "
            f"({min(words)}–{max(words)}) | {_pct(sum(40 <= w <= 120 for w in words), len(words))} | "
            f"{statistics.median(times):.1f} / {times[int(0.95 * (len(times) - 1))]:.1f} |"
        )
    lines += [
        "",
        f"Boilerplate: {100 * boilerplate_share(graded):.1f}% of answer sentences (5+ words) also "
        "appear in an answer to a question of another type.",
        "",
        cv_reader.table().rstrip(),
    ]
    return "\n".join(lines)


def show(split: str) -> None:
    backend = OfflineAnswerBackend()
    for item in answer_probes(backend, [c for c in load_contexts() if c["split"] == split]):
        flag = "" if item.fit in (None, True) else "  <-- fact does not fit"
        print(f"\n[{item.context}] ({item.qtype}) {item.question}{flag}")
        print(item.answer.text)
        for point in item.answer.points:
            print("  •", point)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--show", choices=SPLITS, help="print every answer of that split's contexts")
    parser.add_argument("--errors", choices=SPLITS, help="print the type confusions of a split")
    args = parser.parse_args(argv)
    if args.show:
        show(args.show)
    elif args.errors:
        for item in load_utterances():
            if item.split != args.errors or item.types == ["none"]:
                continue
            detection = detect_question(item.text)
            predicted = classify(detection.question or item.text)
            if predicted != item.types[0]:
                print(f"{item.types[0]:>14} → {predicted:<14} {item.text}")
    else:
        print(run())
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
