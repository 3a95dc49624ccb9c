"""Question types: the labelled development set, two-part questions and the trained fallback."""

from __future__ import annotations

import csv
from pathlib import Path

import pytest

from copilot.language.questions import detect_question
from copilot.language.questions.parts import split_parts
from copilot.language.questions.type_model import features, model
from copilot.language.questions.types import QUESTION_TYPES, classify

UTTERANCES = Path(__file__).resolve().parents[2] / "bench" / "data" / "utterances.tsv"


def _dev_questions() -> list[dict[str, str]]:
    with UTTERANCES.open(encoding="utf-8") as handle:
        rows = csv.DictReader(handle, delimiter="\t")
        return [row for row in rows if row["split"] == "dev" and row["types"] != "none"]


def test_types_on_the_development_set_stay_accurate() -> None:
    # The held-out split is measured by bench/answers.py only; this guards against regressions.
    rows = _dev_questions()
    right = 0
    for row in rows:
        detection = detect_question(row["text"])
        predicted = [part.type for part in split_parts(detection.question or row["text"])]
        right += predicted[0] == row["types"].split("+")[0] or set(row["types"].split("+")) <= set(predicted)
    assert right / len(rows) >= 0.85


@pytest.mark.parametrize(
    ("question", "types"),
    [
        (
            "Why do you want to join us, and why are you leaving your current job?",
            ["motivation", "why_leave"],
        ),
        ("why us? and why now?", ["motivation", "why_leave"]),
        ("What's your notice period, and what are your salary expectations?", ["availability", "salary"]),
        (
            "Jaki ma Pan okres wypowiedzenia i jakie są Pana oczekiwania finansowe?",
            ["availability", "salary"],
        ),
        ("What are your main strengths and weaknesses?", ["strengths", "weaknesses"]),
        (
            "Opowie Pani o sytuacji, kiedy musiała Pani szybko zareagować na pogorszenie stanu pacjenta?",
            ["incident"],
        ),
        ("how did you measure it and what changed afterwards", ["follow_up"]),
        ("Why move now, and what is it about Corvid in particular?", ["why_leave", "motivation"]),
    ],
)
def test_every_part_of_a_two_part_question_is_found(question: str, types: list[str]) -> None:
    assert [part.type for part in split_parts(question)] == types


def test_the_trained_model_types_phrasings_no_pattern_knows() -> None:
    learned = model()
    assert learned is not None and set(learned.labels) <= {*QUESTION_TYPES, "none"}
    assert features("Jak sobie radzisz")[:2] == ["w:jak", "w:sobie"]
    # No pattern mentions "stretched"; the model still knows a hard-project question.
    assert classify("which project stretched you the most, and why?") in {"challenge", "achievement"}
    assert classify("the weather is nice today isn't it") == "other"


@pytest.mark.parametrize(
    ("question", "salary"),
    [
        ("How do you calculate sick pay for an employee whose salary changed mid-month?", False),
        ("Jak liczy Pani składki ZUS, gdy wynagrodzenie pracownika przekroczy roczny limit?", False),
        ("What salary would you expect, given the overtime?", True),
        ("How much do you earn now, before tax?", True),
        ("Jakie wynagrodzenie Pana interesuje, brutto czy netto, i czy z nadgodzinami?", True),
        ("How do you represent money amounts in a database, and why not floats?", False),
        ("What are we talking about money-wise?", True),
    ],
)
def test_an_employees_pay_is_payroll_work_while_the_candidates_own_pay_is_a_salary_question(question, salary):
    assert (classify(question) == "salary") == salary


@pytest.mark.parametrize(
    ("question", "first_type"),
    [
        (
            "So, to start, could you give me a quick overview of the data platform and the stack you use?",
            "other",
        ),
        ("To start with, when would you be available?", "availability"),
        ("Na początek: kiedy mógłby Pan zacząć?", "availability"),
        ("So, to start, tell me about yourself.", "introduction"),
    ],
)
def test_an_opener_that_orders_the_talk_says_nothing_about_a_start_date(question, first_type):
    assert split_parts(question)[0].type in (first_type, "technical")
    assert (split_parts(question)[0].type == "availability") == (first_type == "availability")


@pytest.mark.parametrize(
    ("question", "kind"),
    [
        ("If I rang your line manager, what would she tell me about you?", "strengths"),
        ("What would your team say about you?", "strengths"),
        ("Co powiedziałaby o Panu obecna szefowa?", "strengths"),
        ("Gdybym zapytał Pani przełożonego, co by o Pani powiedział?", "strengths"),
        ("What would your manager say you need to work on?", "weaknesses"),
        ("Tell me about a campaign that went badly.", "failure"),
        ("Describe a shift that didn't go as planned.", "failure"),
    ],
)
def test_what_others_would_say_is_a_strength_unless_it_is_what_to_improve(question, kind):
    assert classify(question) == kind


@pytest.mark.parametrize(
    ("question", "types"),
    [
        ("Czym się Pan teraz zajmuje?", ["introduction"]),
        ("Dlaczego teraz logistyka i dlaczego akurat Raben?", ["why_leave", "motivation"]),
        ("What's the weakest part of your skill set for this role?", ["weaknesses"]),
    ],
)
def test_what_you_do_now_why_that_company_and_the_weakest_part_are_typed(question, types):
    assert [part.type for part in split_parts(question)] == types


def test_a_short_question_after_a_scenario_keeps_the_scenario():
    detected = detect_question(
        "It's a night shift, you have eight patients and two are deteriorating. How do you prioritise?"
    ).question
    assert detected.startswith("It's a night shift")


def test_a_polish_request_with_words_before_its_verb_and_how_you_got_into_the_field_open_an_introduction():
    detected = detect_question(
        "Zacznijmy luźno: proszę w kilku zdaniach opowiedzieć o sobie i o tym, jak wyglądała pani droga zawodowa."
    ).question
    assert detected.startswith("Proszę w kilku zdaniach opowiedzieć o sobie")
    assert [p.type for p in split_parts(detected)] == ["introduction"]
    assert [p.type for p in split_parts("Tell me about yourself and how you ended up in front office.")] == [
        "introduction"
    ]


def test_a_problem_to_solve_now_is_no_failure_story_even_when_something_failed():
    assert (
        classify("How would you structure a checkout screen that can be loading, paid or failed?")
        != "failure"
    )
    assert (
        classify(
            "The nightly job says 'connection to the replica failed'. What's going on, and how do you fix it?"
        )
        != "failure"
    )


@pytest.mark.parametrize(
    ("question", "kind"),
    [
        ("Tell me about a time a release you owned failed.", "failure"),
        ("What's drawing you to a logistics company after years in retail?", "motivation"),
    ],
)
def test_a_failure_story_and_what_draws_you_are_typed(question, kind):
    assert classify(question) == kind


def test_a_scenario_or_a_cv_line_before_the_question_stays_with_it():
    scenario = detect_question(
        "Let's talk chromatography. Your reference standard drifts by 3% between two injections. "
        "Talk me through what you'd do."
    ).question
    assert scenario.startswith("Your reference standard drifts")
    terms = detect_question(
        "Just on the practical side, we run a weekend rota, one weekend in four. Would that work for you?"
    ).question
    assert "weekend rota" in terms
    pointed = detect_question(
        "There's a line on your CV about a warehouse audit in 2022. Were you leading it or supporting? "
        "Talk me through what happened."
    ).question
    assert pointed.startswith("There's a line on your CV")
    assert classify(pointed) == "behavioural"


def test_a_remark_after_a_short_why_us_stays_with_it_and_is_answered():
    from copilot.language.answers.base import AnswerContext
    from copilot.language.answers.offline import OfflineAnswerBackend

    detected = detect_question(
        "What's drawing you to us? You've been in retail so far, so fintech is a bit of a change for you."
    ).question
    assert detected.endswith("a bit of a change for you.")
    assert [part.type for part in split_parts(detected)] == ["motivation"]
    context = AnswerContext(
        cv="Experience\nAndroid Developer, Fernway Retail, 2022 - present\n- Built the receipts feature in Kotlin\n",
        company="Kestrel Pay",
        position="Android Developer",
    )
    assert "change of field" in OfflineAnswerBackend().compose(detected, context).text


def test_pay_and_contract_form_are_one_part_and_a_subjects_follow_up_stays_with_it():
    assert [
        p.type for p in split_parts("Jakie ma Pan oczekiwania finansowe? Woli Pan umowę o pracę czy B2B?")
    ] == ["salary"]
    parts = split_parts(
        "What does data integrity mean to you in practice? What do you actually do differently at the bench because of it?"
    )
    assert [p.type for p in parts] == ["technical"]


@pytest.mark.parametrize(
    ("turn", "types"),
    [
        # the second half of a pay question asks for the number too
        (
            "Okay, so the range for this is fifty to fifty-eight plus bonus. What are you on now, roughly, and what "
            "are you looking for? And notice, is it one month or three?",
            ["salary", "availability"],
        ),
        (
            "The band for this is forty-eight to fifty-three plus the shift allowance. Where would you need to be, "
            "and what's your notice period?",
            ["salary", "availability"],
        ),
        (
            "Dobrze, to kwestie finansowe. Jakie ma Pan oczekiwania? I jaki ma Pan okres wypowiedzenia?",
            ["salary", "availability"],
        ),
        # RTOS knowledge, not juggling priorities; the desk is no office
        ("Co to jest inwersja priorytetów i jak FreeRTOS sobie z tym radzi?", ["technical"]),
        (
            "W CV jest ten race condition w DMA od UART-a. Jak się w ogóle szuka czegoś takiego, co się nie chce "
            "powtórzyć na biurku?",
            ["technical"],
        ),
        # "u nas w zespole wszyscy są na ty" is small talk: the turn asks for an introduction
        (
            "Dzień dobry. U nas w zespole wszyscy są na ty, ale zostańmy przy Panu, jak Pan woli. Jestem Paweł. Może "
            "zacznijmy od tego, żeby Pan krótko opowiedział o sobie?",
            ["introduction"],
        ),
    ],
)
def test_what_a_turn_asks_is_read_with_the_sentence_it_stands_on(turn: str, types: list[str]) -> None:
    detection = detect_question(turn)
    assert [part.type for part in split_parts(detection.question)] == types
    if "W CV" in turn:
        assert detection.question.startswith("W CV jest ten race condition")


def test_what_the_candidate_may_ask_about_stays_with_the_closing_question() -> None:
    parts = split_parts(
        "Czy ma Pani jakieś pytania do nas? O cokolwiek, zespół, szkolenia, ACCA, jak wygląda sezon"
    )
    assert [part.type for part in parts] == ["closing"]
    assert [part.type for part in split_parts("Any questions for us? And when could you start?")] == [
        "closing",
        "availability",
    ]


def test_pushing_back_on_someone_who_got_it_wrong_is_a_disagreement_not_my_mistake() -> None:
    question = "Have you ever had to push back on someone more senior when you thought they'd got it wrong?"
    assert classify(question) == "conflict"
