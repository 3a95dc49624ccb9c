"""CV lines that tell an event: the emergency that answers a pressure question, a late handover the
interviewer points at, a past year that makes a current role's line past, hobbies that answer no work
question, and questions whose wording decides their type (why leave now, whose pay is calculated)."""

from __future__ import annotations

import pytest

from copilot.language.answers.base import AnswerContext
from copilot.language.answers.offline import OfflineAnswerBackend
from copilot.language.questions import detect_question
from copilot.language.questions.parts import split_parts
from copilot.language.questions.types import classify
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


def test_restrictions_on_shifts_get_none_and_never_software_on_call_notes():
    text = backend.compose("Czy ma Pan jakieś ograniczenia, jeśli chodzi o dyżury?", PARAMEDIC_PL).text
    assert text.startswith("Nie, nie mam tu żadnych ograniczeń") and "SLO" not in text


def test_strengths_and_what_to_work_on_in_one_turn_are_both_answered():
    parts = split_parts("Co uważa Pan za swoją najmocniejszą stronę, a nad czym musi Pan jeszcze popracować?")
    assert [part.type for part in parts] == ["strengths", "weaknesses"]


def test_a_crews_english_is_no_question_about_the_candidates_english():
    text = backend.compose(
        "Jak by Pan przeprowadził odprawę dla ekipy, która słabo mówi po angielsku?", PARAMEDIC_PL
    ).text
    assert "mój angielski" not in text.lower()


def test_business_acronyms_are_no_gaps_and_a_team_leader_line_tells_no_story_of_its_own():
    manager = AnswerContext(
        cv="""Experience
Store Manager | Kestrel Stores | 2019 – present
- Full P&L responsibility for a £5m store, 28 colleagues including 3 team leaders
""",
        position="Store Manager",
        job_description="Store Manager\n\nRequirements:\n- Strong track record against KPIs\n- P&L ownership",
    )
    weakness = backend.compose("What's your biggest weakness?", manager).text
    assert "KPIs" not in weakness and "P&L ownership" not in weakness
    story = backend.compose(
        "Tell me about a time you had to tackle a team leader who wasn't performing.", manager
    ).text
    assert "I gave each person" not in story  # no steps claimed that the CV never tells


def test_counted_events_and_listed_credentials_are_said_as_sentences():
    assert said("Two unannounced HSA inspections (2022, 2023) with no enforcement action", THEN_EN, "en") == (
        "There were two unannounced HSA inspections, 2022, 2023, with no enforcement action."
    )


def test_product_management_notes_are_no_answer_for_a_store_manager():
    store = AnswerContext(
        cv="Experience\nStore Manager | Kestrel Stores | 2019 – present\n- Ran a £5m store with 28 colleagues\n",
        position="Store Manager",
    )
    text = backend.compose("Give me an example of when you had to say no to a customer.", store).text
    assert "feature" not in text and "backlog" not in text


def test_a_place_under_the_name_is_no_introduction_and_a_polish_case_hides_no_skill():
    electrician = AnswerContext(
        cv="""CALLUM REED
Electrician

Dudley, West Midlands

EXPERIENCE
Electrical Improver | Midland Fit-Out Ltd | Aug 2024 – present
- Containment, second fix and testing on office fit-outs
""",
        position="Electrician",
    )
    assert "I'm a Dudley" not in backend.compose("Tell me about yourself.", electrician).text
    developer = AnswerContext(
        cv="Doświadczenie\nProgramista, Nordbyte, 2020 – obecnie\n- mikroserwisy w Java 17 i Spring Boot\n",
        position="Programista Java",
        job_description="Wymagania:\n• min. 3 lata doświadczenia komercyjnego w Javie\n",
        language="pl",
    )
    from copilot.language.answers.plan import build_plan

    assert build_plan("Jakie są Twoje słabe strony?", developer, "pl", None).gaps == []


def test_a_scenario_before_where_do_you_start_is_kept_and_a_run_in_is_a_conflict():
    detected = detect_question(
        "Here's a real one. Our return on ad spend has dropped by a third over six weeks while spend stayed "
        "flat. Where do you start looking?"
    ).question
    assert detected.startswith("Here's a real one") or detected.startswith("Our return")
    assert classify(detected) != "availability"
    assert classify("Have you ever had a run-in with your supervisor?") == "conflict"


def test_a_story_question_ending_how_did_you_handle_it_is_answered_with_the_story_that_fits():
    nurse = AnswerContext(
        cv="""Experience
Staff Nurse | Riverside Hospital | 2019 – present
- Care of up to 8 patients per shift on a surgical ward
- Handled a formal complaint from a patient's son about discharge planning – met him with the ward sister; we agreed a discharge checklist
- Keeping families updated by phone during the COVID months
""",
        position="Staff Nurse",
    )
    text = backend.compose(
        "Tell me about a time you had to deal with a relative who was angry about the care. How did you handle it?",
        nurse,
    ).text
    assert "formal complaint from a patient's son" in text


def test_a_leaked_code_that_lost_margin_is_a_failure_line():
    from copilot.language.answers.line_kinds import is_failure_line

    assert is_failure_line("Black Friday: a discount code leaked to voucher sites, approx. £14k margin lost")


def test_audit_findings_and_work_left_unfinished_are_failure_lines():
    from copilot.language.answers.line_kinds import is_failure_line

    assert is_failure_line("Took part in internal audit actions following documentation findings in 2023")
    assert is_failure_line("Thesis method reached the target LOQ but was not fully validated due to downtime")
    assert not is_failure_line(
        "Led the 2023 GMP audit preparation; the site passed with no major observations"
    )
