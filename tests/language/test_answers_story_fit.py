"""Which CV line tells which story: a launch nobody used is the failure, a rise in completion is
the achievement, and a failure line that says what changed afterwards is told with that change,
not with a made-up fix."""

from __future__ import annotations

from copilot.language.answers.base import AnswerContext
from copilot.language.answers.offline import OfflineAnswerBackend
from copilot.language.cv.themes import themes_of

backend = OfflineAnswerBackend()

DESIGNER = AnswerContext(
    cv="""Maya Chen
London | maya.chen@mail.com

Product Designer – Brightbank, 2020 – present
- Redesigned the account opening flow; completion rose from 54% to 71%
- Ran 30 user interviews and 10 usability tests for the savings app
- Launched a budgeting feature that only 4% of users adopted; we removed it after 3 months and moved the team to bill reminders
""",
    company="Payly",
    position="Senior Product Designer",
)


def test_measured_rises_are_results_and_a_savings_app_is_no_saving():
    assert "impact" in themes_of("Redesigned the account opening flow; completion rose from 54% to 71%")
    assert "impact" not in themes_of("Ran 30 user interviews and 10 usability tests for the savings app")
    assert "failure" in themes_of("Launched a feature that only 4% of users adopted; we removed it")


def test_the_launch_nobody_used_is_the_failure_and_the_rise_is_the_achievement():
    proud = backend.compose("What's your biggest achievement?", DESIGNER).text
    assert "from 54% to 71%" in proud and "4% of users" not in proud
    failure = backend.compose("Tell me about a feature that didn't work out.", DESIGNER).text
    assert "only 4% of users adopted" in failure
    assert "we removed it after 3 months" in failure and "the we" not in failure
    # The line says what was done about it: no invented "fixed the cause" and no slip of one's own.
    assert "fixed the cause" not in failure and "slip" not in failure


FOREMAN_PL = AnswerContext(
    cv="""Piotr Mazur
Poznań

Brygadzista magazynu – DHL Supply Chain, 2019 – obecnie
- Wprowadziłem codzienne odprawy i tablicę wyników; kompletacja wzrosła o 18% w pół roku
- Konflikt między dwoma operatorami wózków – rozmowa z każdym osobno, nowy grafik; skargi ustały po miesiącu
- Źle zaplanowałem grafik na Black Friday, 6 zamówień wyjechało z opóźnieniem
""",
    company="Raben",
    position="Kierownik zmiany",
    language="pl",
)


def test_the_outcome_of_a_story_is_its_result_even_without_a_number():
    question = "Proszę opowiedzieć o konflikcie w zespole."
    story = backend.compose(question, FOREMAN_PL).text
    assert "operatorami wózków" in story
    asked = AnswerContext(**{**FOREMAN_PL.__dict__, "history": ((question, story),)})
    outcome = backend.compose("A jaki był efekt?", asked).text
    assert "skargi ustały po miesiącu" in outcome
    assert "Black Friday" not in outcome and "twardej liczby" not in outcome
