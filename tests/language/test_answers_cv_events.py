"""CV lines that tell an event: the emergency that answers a pressure question, a late handover the
interviewer points at, a past year that makes a current role's line past, hobbies that answer no work
question, and questions whose wording decides their type (why leave now, whose pay is calculated)."""

from __future__ import annotations

import pytest

from copilot.language.answers.base import AnswerContext
from copilot.language.answers.offline import OfflineAnswerBackend
from copilot.language.questions import detect_question
from copilot.language.questions.types import classify, split_parts
from tests.language.spoken import THEN_EN, said

backend = OfflineAnswerBackend()

PARAMEDIC_PL = AnswerContext(
    cv="""Tomasz Nowicki
Katowice

Doświadczenie
Ratownik medyczny, Pogotowie Ratunkowe w Bytomiu, 2019 – obecnie
- Ok. 1 500 wyjazdów w zespołach podstawowych, m.in. udary, urazy, zatrucia
- Udział w zdarzeniu masowym (karambol na A1, 2021) – segregacja wstępna metodą START
- Od 2020 r. kierownik zespołu P

Zainteresowania
- bieganie, żeglarstwo
""",
    position="Ratownik medyczny SOR",
    language="pl",
)
SITE_MANAGER = AnswerContext(
    cv="""Experience
Site Manager | Northgate Build | 2018 – present
- Delivered a 40-unit housing scheme in Swords, handed over 4 weeks late after a utility connection delay
- Ran weekly progress meetings with the client's representative

Interests
- Hiking and chess
""",
    position="Project Manager",
)


def test_an_emergency_in_the_cv_answers_a_pressure_question_and_a_past_year_makes_it_past():
    answer = backend.compose(
        "Proszę opowiedzieć o sytuacji, w której działał Pan pod dużą presją.", PARAMEDIC_PL
    )
    assert "zdarzeniu masowym" in answer.text
    assert "brałem udział" in answer.text and "biorę udział" not in answer.text
    assert "krótką listę" not in answer.text  # an emergency is no to-do list


def test_a_late_handover_the_interviewer_points_at_is_told_as_what_went_wrong():
    answer = backend.compose(
        "Your CV says Swords was handed over four weeks late. Talk me through what happened there.",
        SITE_MANAGER,
    )
    assert "handed over 4 weeks late" in answer.text
    assert not answer.text.startswith("What I took from it")


@pytest.mark.parametrize(
    "question",
    [
        "Which procedures can you do on your own here?",
        "Co może Pan robić samodzielnie, a na co potrzebuje Pan zlecenia?",
    ],
)
def test_hobbies_answer_no_work_question(question):
    for context in (SITE_MANAGER, PARAMEDIC_PL):
        text = backend.compose(question, context).text.lower()
        assert "hiking" not in text and "żeglarstwo" not in text and "bieganie" not in text
    hobbies = backend.compose("What do you do in your free time?", SITE_MANAGER).text.lower()
    assert "hiking" in hobbies


def test_a_question_pointing_back_at_its_scenario_keeps_it():
    question = detect_question(
        "Your CV says Swords was handed over four weeks late. Talk me through what happened there."
    ).question
    assert question.startswith("Your CV says Swords")


@pytest.mark.parametrize(
    ("question", "kind"),
    [
        ("Jest Pan w firmie od sześciu lat. Dlaczego chce Pan teraz zmienić pracę?", "why_leave"),
        ("Why Northgate, and why make the move now?", "motivation"),
    ],
)
def test_why_leave_now_and_why_us_and_now_are_typed_by_what_they_ask(question, kind):
    detected = detect_question(question).question or question
    assert split_parts(detected)[0].type == kind


def test_an_employees_pay_to_calculate_is_no_salary_question():
    detected = detect_question(
        "Pracownik na pełnym etacie był pięć dni na zwolnieniu. Jak Pani policzy jego wynagrodzenie za ten miesiąc?"
    ).question
    assert classify(detected) != "salary"


def test_a_thing_that_was_rated_is_the_subject_of_its_line():
    assert (
        said("Store was rated red in the 2021 audit; rebuilt the stockroom processes", THEN_EN, "en")
        == "The store was rated red in the 2021 audit, and I rebuilt the stockroom processes."
    )
