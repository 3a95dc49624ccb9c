"""Answers for people whose work is hands-on (pharmacy, nursing, trades): situations put to them,
instructions that look wrong, failure and conflict stories their CV cannot tell, weak spots that
suit the person, follow-ups about results and measures, and Polish names of the places they work."""

from __future__ import annotations

import pytest

from copilot.language.answers.base import AnswerContext
from copilot.language.answers.jobdesc import parse_job_description
from copilot.language.answers.offline import OfflineAnswerBackend
from copilot.language.cv.polish_places import in_place

backend = OfflineAnswerBackend()

PHARMACIST = AnswerContext(
    cv="""Aisha Khan
Manchester | aisha.khan@mail.com | 07700 900123
Registered Pharmacist, GPhC 2087654

Experience
Pharmacist, Boots, Salford (2019 - present)
- Dispensed around 350 prescriptions a day with an error rate below 0.1%
- Introduced a repeat-prescription reminder that cut missed collections by 30%
Pre-registration Pharmacist, Lloyds Pharmacy (2018 - 2019)
- Counselled patients on new medicines and inhalers
""",
    company="CityCare Pharmacy",
    position="Community Pharmacist",
    job_description="We need a pharmacist to run the dispensary, supervise two dispensers and keep controlled drug records.",
    full_name="Aisha Khan",
)
NURSE_PL = AnswerContext(
    cv="""Anna Nowak
Poznań, anna.nowak@wp.pl
Doświadczenie
Pielęgniarka, Szpital Kliniczny im. Karola Jonschera (2015 - obecnie)
- Wprowadziłam nową kartę obserwacji, która skróciła czas przekazania dyżuru o 15 minut
- Szkoliłam 6 nowych pielęgniarek
""",
    company="Szpital Wojewódzki w Poznaniu",
    position="Pielęgniarka oddziałowa",
    language="pl",
    full_name="Anna Nowak",
)


def _answer(question: str, context: AnswerContext, history: tuple[tuple[str, str], ...] = ()) -> str:
    if history:
        context = AnswerContext(**{**context.__dict__, "history": history})
    return backend.compose(question, context).text


def test_a_situation_put_to_the_candidate_gets_what_they_would_do_not_a_cv_story():
    text = _answer("What would you do if the delivery van didn't turn up on a Saturday morning?", PHARMACIST)
    assert "I'd" in text
    assert "missed collections" not in text and "350 prescriptions" not in text


def test_a_pharmacy_situation_is_answered_from_what_a_pharmacist_knows():
    text = _answer("What would you do if a patient asked for codeine every few days?", PHARMACIST)
    assert "codeine" in text.lower() or "dependence" in text
    assert "missed collections" not in text


def test_an_instruction_that_looks_wrong_is_checked_with_whoever_wrote_it_before_acting():
    text = _answer("How do you handle a prescription you think is wrong?", PHARMACIST)
    assert "wouldn't act on it until" in text
    assert "contact whoever wrote it" in text
    assert "Disagreements" not in text


def test_a_named_mistake_is_owned_and_no_success_from_the_cv_is_told_as_the_failure():
    text = _answer("Tell me about a time you made a dispensing error.", PHARMACIST)
    assert "dispensing error" in text
    assert "missed collections" not in text  # a 30% improvement is not a failure story


def test_a_conflict_the_cv_cannot_tell_is_answered_with_how_i_handle_one_not_an_unrelated_line():
    text = _answer("Proszę opowiedzieć o sytuacji konfliktowej z lekarzem.", NURSE_PL)
    assert "Szkoliłam 6" not in text and "szkoliłam 6" not in text
    assert "w cztery oczy" in text
    assert "Nie miałam" in text  # the candidate's own gender, from the CV


def test_someone_who_refuses_gets_the_reason_asked_and_the_refusal_respected():
    text = _answer("Jak postąpi Pani, gdy kolega odmawia zamiany dyżuru?", NURSE_PL)
    assert "dlaczego" in text and "szanuję" in text


def test_a_patient_who_refuses_medicine_gets_what_a_nurse_knows_about_consent():
    text = _answer("Jak postąpi Pani, gdy pacjent odmawia przyjęcia leku?", NURSE_PL)
    assert "prawo odmówić" in text


def test_weak_spots_differ_between_candidates_asked_the_same_question():
    answers = set()
    for name in ("Aisha Khan", "Tom Rees", "Maria Lopez", "Jan Kowalski", "Li Wei"):
        cv = PHARMACIST.cv.replace("Aisha Khan", name)
        context = AnswerContext(**{**PHARMACIST.__dict__, "cv": cv, "full_name": name})
        answers.add(_answer("What is your biggest weakness?", context).split(".")[0])
    assert len(answers) >= 2


def test_a_registration_number_is_never_spoken_in_the_introduction():
    text = _answer("Tell me about yourself.", PHARMACIST)
    assert "2087654" not in text and "GPhC" not in text
    assert "Registered Pharmacist" in text


def test_how_it_was_measured_names_the_thing_that_changed():
    first = _answer("Tell me about an achievement you're proud of.", PHARMACIST)
    text = _answer(
        "How did you measure that?", PHARMACIST, ((("Tell me about an achievement you're proud of."), first),)
    )
    assert "compared missed collections before and after" in text


def test_polish_follow_up_about_measuring_is_recognised_and_names_the_measure():
    first = _answer("Proszę opowiedzieć o swoim największym osiągnięciu.", NURSE_PL)
    text = _answer(
        "Jak Pani to zmierzyła?", NURSE_PL, (("Proszę opowiedzieć o swoim największym osiągnięciu.", first),)
    )
    assert "Porównałam czas przekazania dyżuru" in text


def test_polish_answers_name_a_hospital_in_the_locative_not_as_a_company():
    text = _answer("Proszę opowiedzieć o sobie.", NURSE_PL)
    assert "w firmie" not in text
    assert "w Szpitalu Klinicznym im. Karola Jonschera" in text
    assert "w Szpitalu Wojewódzkim w Poznaniu" in text


@pytest.mark.parametrize(
    ("name", "said"),
    [
        ("Szpital Wojewódzki w Poznaniu", "w Szpitalu Wojewódzkim w Poznaniu"),
        ("Wojewódzki Szpital Zespolony", "w Wojewódzkim Szpitalu Zespolonym"),
        ("Szkoła Podstawowa nr 5", "w Szkole Podstawowej nr 5"),
        ("Urząd Gminy Kórnik", "w Urzędzie Gminy Kórnik"),
        ("Komenda Miejska Policji", "w Komendzie Miejskiej Policji"),
        ("Politechnika Warszawska", "na Politechnice Warszawskiej"),
        ("Instytut Matki i Dziecka", "w Instytucie Matki i Dziecka"),
        ("Allegro", "w firmie Allegro"),
    ],
)
def test_polish_places_of_work(name, said):
    assert in_place(name) == said


def test_a_we_need_sentence_in_an_ad_lists_the_duties_one_by_one():
    job = parse_job_description(
        "We need a pharmacist to run the dispensary, supervise two dispensers, "
        "deliver NHS services and keep controlled drug records."
    )
    assert job.duties == (
        "run the dispensary",
        "supervise two dispensers",
        "deliver NHS services",
        "keep controlled drug records",
    )
    assert job.about == ()
