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


WAREHOUSE_PL = AnswerContext(
    cv="""Tomasz Wiśniewski
Doświadczenie
Lider zmiany, DHL Supply Chain (2019 - obecnie)
- Zarządzam zespołem 25 magazynierów na zmianie nocnej
- Wdrożyłem codzienne odprawy, które zmniejszyły liczbę wypadków o 40%
Magazynier, Raben (2015 - 2019)
- Obsługa wózka widłowego, przyjęcia towaru
""",
    company="Amazon Poznań",
    position="Kierownik zmiany",
    language="pl",
    full_name="Tomasz Wiśniewski",
)
TEACHER = AnswerContext(
    cv="""Sarah Jones
Experience
Maths Teacher, Riverside High School (2018 - present)
- Raised GCSE grade 4+ pass rate in my classes from 62% to 78% over three years
Teaching Assistant, St Mary's Primary (2016 - 2018)
""",
    company="Oakfield Academy",
    position="Maths Teacher",
    full_name="Sarah Jones",
)


def test_why_this_career_is_about_the_work_and_where_it_started_not_about_the_company():
    text = _answer("Why did you become a teacher?", TEACHER)
    assert "Teaching Assistant at St Mary's Primary" in text
    assert "from 62% to 78%" in text
    assert "Oakfield" not in text


def test_keeping_people_safe_is_shown_with_the_cv_line_about_accidents():
    text = _answer("Jak dba Pan o bezpieczeństwo na magazynie?", WAREHOUSE_PL)
    assert "zgłaszania" in text
    assert "zmniejszyły liczbę wypadków o 40%" in text


def test_a_late_employee_gets_a_private_talk_first_and_a_fair_process_after():
    text = _answer("Co Pan zrobi, gdy pracownik regularnie się spóźnia?", WAREHOUSE_PL)
    assert "w cztery oczy" in text and "formalną procedurę" in text
    assert "25 magazynierów" not in text


def test_how_colleagues_would_describe_me_is_answered_with_strengths():
    text = _answer("How would your colleagues describe you?", TEACHER)
    assert "strength" in text
    assert "prepare first" not in text


def test_keeping_numbers_accurate_is_about_checks_built_into_the_work():
    text = _answer("How do you make sure your numbers are accurate?", PHARMACIST)
    assert "reconciliations" in text


def test_a_motivation_answer_without_a_job_ad_still_names_the_role_and_the_next_step():
    text = _answer("Dlaczego chce Pan u nas pracować?", WAREHOUSE_PL)
    assert "Amazon Poznań" in text and "krok, którego szukam" in text


ENGINEER = AnswerContext(
    cv="""Marek Zieliński
Senior Backend Engineer
Experience
Backend Engineer, Allegro (2019 - present)
- Led the migration of the payments service to Kubernetes, cutting p99 latency by 40%
- Mentored 3 junior engineers
Software Developer, Comarch (2016 - 2019)
- Developed REST APIs in Java and Spring Boot for telecom billing
""",
    company="Revolut",
    position="Senior Backend Engineer",
    full_name="Marek Zieliński",
)


def test_an_experienced_engineer_never_claims_to_have_had_no_incidents():
    text = _answer("Tell me about a production incident you handled.", ENGINEER)
    assert "haven't handled" not in text
    assert "Allegro" in text


def test_a_team_member_who_keeps_cutting_corners_is_a_conversation_not_a_lecture_on_testing():
    text = _answer("What would you do if a junior engineer kept pushing code without tests?", ENGINEER)
    assert "privately" in text
    assert "testing pyramid" not in text


def test_checking_code_before_release_is_about_tests_and_review_not_reconciliations():
    text = _answer("How do you make sure your code is correct before it goes to production?", ENGINEER)
    assert "tests" in text and "reconciliations" not in text


def test_a_deadline_that_will_be_missed_is_said_early_with_options():
    text = _answer("What would you do if your team was going to miss the release date?", ENGINEER)
    assert "as soon as I know" in text and "scope" in text


MARKETER = AnswerContext(
    cv="""Emma Clarke
Experience
Content Marketing Lead, Ocado (2021 - present)
- Grew organic blog traffic from 40k to 150k monthly visits in 18 months
- Managed a team of 3 writers
""",
    company="Monzo",
    position="Content Marketing Manager",
    job_description="Monzo is a bank that makes money work for everyone. You will own our content strategy and grow organic acquisition.",
    full_name="Emma Clarke",
)


def test_what_i_know_about_the_company_comes_from_its_own_words_when_asked_by_name():
    text = _answer("What do you know about Monzo?", MARKETER)
    assert "Monzo is a bank that makes money work for everyone" in text
    assert "procedure" not in text


def test_what_motivates_me_is_a_personal_driver_shown_by_a_result():
    text = _answer("What motivates you?", MARKETER)
    assert text.startswith("What motivates me most")
    assert "150k" in text


def test_other_interviews_are_acknowledged_and_this_role_is_the_first_choice():
    text = _answer("Are you interviewing anywhere else?", MARKETER)
    assert "first choice" in text
    assert "come back to you" not in text


def test_the_first_ninety_days_are_the_candidates_plan_built_on_the_job():
    text = _answer("What would your first 90 days look like?", MARKETER)
    assert "first month" in text and "third month" in text
    assert "buddy" not in text  # not an employer's onboarding checklist


def test_polish_first_months_speak_in_the_candidates_gender():
    text = _answer("Jak wyglądałyby Pani pierwsze trzy miesiące?", NURSE_PL)
    assert "słuchałabym i uczyłabym się" in text


def test_a_named_thing_that_went_badly_is_the_answers_subject():
    text = _answer("Tell me about a lesson that went badly.", TEACHER)
    assert text.startswith("One lesson that didn't go well")
    assert "62% to 78%" not in text


def test_the_sentence_a_question_points_back_to_is_kept_with_it():
    from copilot.language.questions import detect_question

    found = detect_question(
        "We have a lot of night shifts here, and staffing is tight. How would you handle that?"
    )
    assert (
        found.question
        == "We have a lot of night shifts here, and staffing is tight. How would you handle that?"
    )
    assert (
        detect_question("Compensation wise, where are you at?").question
        == "Compensation wise, where are you at?"
    )
    assert detect_question("ok that's all from my side. do you have any questions for us").question == (
        "Do you have any questions for us?"
    )
    text = _answer(found.question, PHARMACIST)
    assert "long shifts" in text and "staffing" in text


def test_a_polish_question_about_coping_with_that_gets_a_plan_for_the_workload():
    text = _answer("Mamy dużo zmian nocnych i mało personelu. Jak by Pani sobie z tym poradziła?", NURSE_PL)
    assert "poprosiłabym" in text


def test_a_follow_up_about_the_result_never_reads_a_size_as_an_outcome():
    nurse = AnswerContext(
        cv="""Grace Okafor
Experience
Staff Nurse, Royal Severn Hospital (2019 - present)
- Worked on a 28-bed acute medical unit, managing 6-8 patients per shift
""",
        company="St Aldhelm's Hospital",
        position="Charge Nurse",
        full_name="Grace Okafor",
    )
    first = _answer("Tell me about a time you had to escalate a deteriorating patient.", nurse)
    text = _answer(
        "What happened in the end?",
        nurse,
        (("Tell me about a time you had to escalate a deteriorating patient.", first),),
    )
    assert "The outcome was that" not in text


def test_polish_schools_with_numbers_and_neuter_adjectives_are_put_in_the_locative():
    assert in_place("XIV Liceum Ogólnokształcące im. Stanisława Staszica") == (
        "w XIV Liceum Ogólnokształcącym im. Stanisława Staszica"
    )
    assert in_place("Centrum Medyczne Enel-Med") == "w Centrum Medycznym Enel-Med"


def test_years_of_work_are_not_claimed_for_the_current_title():
    import re

    for seed in (
        "Tell me about yourself.",
        "Walk me through your background.",
        "Introduce yourself, please.",
    ):
        text = _answer(seed, ENGINEER)
        assert not re.search(r"working as .{0,40} for \d+ years", text)
        assert "years of work experience" in text or "working for" in text


def test_a_described_situation_then_what_do_you_do_gets_what_i_would_do():
    text = _answer(
        "A guest arrives at 11pm with a confirmed booking and there is nothing left. What do you do?",
        PHARMACIST,
    )
    assert text.startswith("First I'd get the facts straight")


def test_how_i_feel_about_weekend_shifts_is_a_plain_yes():
    assert _answer("How do you feel about working weekends?", PHARMACIST).startswith("Yes")
    assert _answer("Jak Pan się zapatruje na pracę w systemie trzyzmianowym?", WAREHOUSE_PL).startswith("Tak")


def test_small_talk_gets_a_short_friendly_reply():
    assert _answer("Did you find us okay?", PHARMACIST).startswith("Yes, thank you")
    assert _answer("How was your journey?", PHARMACIST).startswith("Good, thank you")
    assert _answer("Czy łatwo było nas znaleźć?", NURSE_PL).startswith("Tak, dziękuję")


def test_polish_prompts_with_a_pause_or_an_imperative_are_questions():
    from copilot.language.questions import detect_question

    assert detect_question("Proszę nam… powiedzieć kilka słów o sobie.").is_question
    assert detect_question("Sprzedaj mi ten długopis.").is_question
    assert not detect_question("Proszę nam nie przerywać.").is_question


def test_someone_who_keeps_turning_up_late_is_a_private_conversation_first():
    text = _answer(
        "We have a student nurse who keeps turning up late and seems disengaged. How would you handle that?",
        PHARMACIST,
    )
    assert "privately" in text
