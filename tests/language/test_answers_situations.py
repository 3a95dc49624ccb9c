"""Answers beyond one CV story: "how do you ...?" questions, curveballs, objections, questions that
point at one CV line, and the question types that decide which of these a question gets."""

from __future__ import annotations

import re

import pytest

from copilot.language.answers.base import AnswerContext
from copilot.language.answers.offline import OfflineAnswerBackend
from copilot.language.questions.parts import split_parts
from copilot.language.questions.types import classify

backend = OfflineAnswerBackend()

SALES = AnswerContext(
    cv="""Anna Reid
Senior Account Executive

Summary
B2B sales professional with 6 years of experience selling SaaS to mid-market companies.

Experience
Senior Account Executive | Intercom | 2021 – present
- Closed €1.4M in new ARR in FY2023, 127% of quota.
- Won the largest deal in team history, €210k ARR, after a 7-month cycle with 9 stakeholders.
- Rebuilt outbound prospecting sequences, doubling meetings booked from cold outreach.

Sales Development Representative | Salesforce | 2018 – 2021
- Booked 40+ qualified meetings per month.
""",
    company="HubSpot",
    position="Account Executive",
    job_description="Responsibilities:\n- Own a new-business quota selling the Customer Platform.\n- Build pipeline through outbound prospecting.",
    full_name="Anna Reid",
)
LOGISTICS = AnswerContext(
    cv="""Piotr Zieliński
Koordynator transportu

Doświadczenie
Koordynator transportu | Raben Logistics Polska | 2020 – obecnie
- Obniżyłem koszt pustych przebiegów o 12% po zmianie planowania tras w TMS.
- Planowanie tras dla ok. 60 pojazdów dziennie.
""",
    company="DSV",
    position="Spedytor",
    full_name="Piotr Zieliński",
)
HR = AnswerContext(
    cv="""Marta Nowak
Specjalistka ds. HR

Doświadczenie
Specjalistka ds. Personalnych | GlaxoSmithKline Services | 10.2021 – nadal
- Koordynacja badania zaangażowania – wskaźnik udziału wzrósł z 61% do 84%.
- Wsparcie menedżerów w procesach ocen rocznych.
""",
    company="Allegro",
    position="HR Business Partner",
    full_name="Marta Nowak",
)
ENGINEER = AnswerContext(
    cv="""Jan Kowalski
Backend Engineer

Experience
Backend Engineer | Allegro | 2019 – present
- Built a CI/CD pipeline in GitLab CI that cut release time from 2 days to 2 hours.
- Led the migration of 40 services to Kubernetes over 8 months.
""",
    company="Acme",
    position="Senior Backend Engineer",
)


def answer(question: str, context: AnswerContext, language: str = "auto"):
    return backend.compose(question, context, language)


def test_how_questions_without_notes_get_a_way_of_working_and_the_closest_cv_line() -> None:
    reply = answer("Jak Pan optymalizuje koszty transportu?", LOGISTICS)
    assert "12%" in reply.text  # the CV line about cutting transport costs is the example
    assert len(reply.text.split()) >= 40
    english = answer("How would you approach reducing the number of empty runs?", LOGISTICS, "en")
    assert english.text.startswith("When it comes to reducing the number of empty runs, ")


def test_echoed_how_questions_speak_as_the_candidate() -> None:
    reply = answer("How do you keep your notes organised between calls?", SALES)
    assert reply.text.startswith("To keep my notes organised between calls, ")
    assert not re.search(r"\byour\b", reply.text.split(",")[0])


def test_no_answer_is_a_sentence_about_how_to_explain_something() -> None:
    for question in (
        "What's the difference between props and state in React?",
        "What is Istio?",
        "How would you approach reducing app start-up time?",
        "What does an outstanding lesson look like to you?",
    ):
        for context in (SALES, ENGINEER):
            assert "I'd explain" not in answer(question, context).text


def test_a_sales_rep_asked_about_pipeline_hears_no_ci_cd_notes() -> None:
    sales = answer("How do you build pipeline when inbound is slow?", SALES)
    assert not re.search(r"continuous integration|deploy|container", sales.text, re.I)
    engineer = answer("What is a CI/CD pipeline?", ENGINEER)
    assert re.search(r"continuous integration", engineer.text, re.I)


def test_a_question_about_one_cv_line_is_answered_with_that_line() -> None:
    model = answer("Tell me about the largest deal you won at Intercom.", SALES)
    assert "€210k" in model.text and model.text.startswith(("Sure.", "Happy to."))
    polish = answer("Udział w badaniu zaangażowania wzrósł z 61 do 84 procent. Jak Pani to osiągnęła?", HR)
    assert "84%" in polish.text and "zaangażowania" in polish.text


def test_curveballs_get_a_light_concrete_answer() -> None:
    pen = answer("Sell me this pen.", SALES)
    assert pen.type == "curveball" and "pen" in pen.text and "?" in pen.text
    estimate = answer("How many ping pong balls would fit in this room?", SALES)
    assert estimate.type == "curveball" and "assumptions" in estimate.text
    appliance = answer("If you were a kitchen appliance, which one would you be and why?", SALES)
    assert appliance.text.startswith("I'd be") and "€" in appliance.text  # tied to a measured CV line
    wish = answer("Gdyby mógł Pan zmienić jedną rzecz w swojej branży, co by to było?", LOGISTICS)
    assert wish.type == "curveball" and wish.language == "pl"


def test_an_objection_is_met_with_what_carries_over_and_how_the_gap_closes() -> None:
    reply = answer(
        "You've sold support software, not marketing software. Why should we believe you can sell HubSpot?",
        SALES,
    )
    assert reply.type == "objection"
    assert reply.text.startswith(("That's a fair question.", "Fair challenge"))
    assert re.search(r"€|\d", reply.text) and re.search(r"gap", reply.text)


def test_a_failure_story_is_never_built_on_a_plain_duty() -> None:
    duty_only = AnswerContext(
        cv="Experience\nSupport Lead | Zendesk | 2019 – present\n- Escalation point for billing and technical issues.\n",
        position="Customer Success Manager",
    )
    reply = answer("Tell me about a customer you lost. What happened?", duty_only)
    assert "escalation point" not in reply.text.lower()


def test_follow_ups_give_the_measured_part_of_the_story() -> None:
    first_question = "Tell me about your biggest achievement."
    first = answer(first_question, SALES)
    follow = answer(
        "And what was the result?",
        AnswerContext(**{**SALES.__dict__, "history": ((first_question, first.text),)}),
    )
    assert re.search(r"\d|doubling", follow.text) and "hard number" not in follow.text


def test_yes_no_facts_the_cv_lacks_are_not_answered_yes() -> None:
    reply = answer("Are you currently on the upper pay scale?", SALES)
    assert not reply.text.startswith("Yes")


@pytest.mark.parametrize(
    ("question", "expected"),
    [
        ("How do you identify a customer at risk of churning?", "other"),
        ("What do you know about web accessibility?", "technical"),
        ("Looking back, what would you do differently?", "follow_up"),
        ("Przechodzi Pani z księgowości do audytu. Skąd ta decyzja?", "motivation"),
        ("Od czego by Pan zaczął projektowanie nowej maszyny?", "technical"),
        ("What is your notice period?", "availability"),
        ("A co Pani mówi menedżerom o wypowiedzeniu w trakcie zwolnienia lekarskiego pracownika?", "other"),
        ("so um tell me what you did at your last job", "introduction"),
    ],
)
def test_question_types_need_words_of_their_kind(question: str, expected: str) -> None:
    assert classify(question) == expected


def test_a_trailing_and_why_is_part_of_the_question() -> None:
    assert len(split_parts("If you were a kitchen appliance, which one would you be and why?")) == 1
    assert len(split_parts("Tell me about a deal you lost and why.")) == 1
    assert len(split_parts("Why do you want to join us, and why are you leaving?")) == 2


def test_fillers_and_stumbles_of_a_live_transcript_are_not_echoed() -> None:
    reply = answer("so um how do you um keep your notes organised between between calls", SALES)
    assert reply.text.startswith("To keep my notes organised between calls, ")
    assert not re.search(r"\b(?:um|uh)\b", reply.text)


WAREHOUSE = AnswerContext(
    cv="""Sam Patel
Warehouse Shift Manager

Experience
Shift Manager | NordFreight | 2020 – present
- Raised pick accuracy from 99.1% to 99.7% by introducing daily error reviews.
- Led a team of 40 operatives across two shifts.
""",
    company="Halden Logistics",
    position="Operations Manager",
)


@pytest.mark.parametrize(
    ("question", "context", "opening"),
    [
        (
            "A reach truck driver clips a racking upright, no one is hurt. What do you do?",
            WAREHOUSE,
            "Safety comes first",
        ),
        (
            "Your manager wants you to restart the line without the lockout because production is waiting. What do you do?",
            WAREHOUSE,
            "I wouldn't skip the safety step",
        ),
        (
            "A sales manager asks you to quietly backdate an agreement so the payment goes through. How do you respond?",
            SALES,
            "I wouldn't do it",
        ),
        (
            "Zespół prosi, żebyśmy w reklamach pisali, że jesteśmy najtańsi, choć nie mamy na to dowodów. Co robisz?",
            HR,
            "Nie zrobiłabym tego",
        ),
    ],
)
def test_safety_and_ethics_scenarios_take_the_right_stance_first(question, context, opening) -> None:
    assert answer(question, context).text.startswith(opening)


def test_personal_curveballs_are_light_and_never_read_a_cv_line() -> None:
    for question in (
        "What would your last meal be?",
        "What's the last book you read?",
        "What do you do outside work?",
    ):
        reply = answer(question, WAREHOUSE)
        assert reply.type == "curveball" and "99." not in reply.text
    kpi = answer("If you could only keep one KPI on the whole site, which one would it be?", WAREHOUSE)
    assert kpi.text.startswith("I'd keep pick accuracy") and "99.7%" in kpi.text


def test_a_place_name_with_polish_letters_leaves_an_english_question_english() -> None:
    reply = answer("What are your salary expectations? This role is based in Kraków.", SALES, "en")
    assert reply.language == "en"


def test_what_would_you_do_differently_is_not_answered_with_a_result() -> None:
    first_question = "Tell me about the largest deal you won at Intercom."
    first = answer(first_question, SALES)
    history = AnswerContext(**{**SALES.__dict__, "history": ((first_question, first.text),)})
    follow = answer("What would you do differently if that happened again?", history)
    assert "hard number" not in follow.text and "€210k" in follow.text


def test_a_polish_notice_period_follows_the_time_with_the_current_employer() -> None:
    from datetime import date

    assert "trzy miesiące" in answer("Jaki ma Pan okres wypowiedzenia?", LOGISTICS).text  # since 2020
    recent = AnswerContext(
        cv=f"Doświadczenie\nSpedytor | TransPol | {date.today().year - 1} – obecnie\n- Obsługa 8 stałych klientów.\n",
        position="Spedytor",
    )
    assert "to miesiąc" in answer("Od kiedy może Pan zacząć?", recent).text


def test_people_outside_software_hear_no_software_wording() -> None:
    reply = answer("The conveyor keeps breaking down during the night shift. What do you do?", WAREHOUSE)
    assert not re.search(r"roll(?:ed)? (?:it )?back|logs|version|deploy", reply.text, re.I)
    engineer = answer("The payments service keeps crashing at night. What do you do?", ENGINEER)
    assert re.search(r"roll it back|logs", engineer.text)


def test_credentials_sectors_and_self_employment_are_not_misread() -> None:
    pharmacist = AnswerContext(
        cv="Priya Shah\nGPhC registration number: 2087654\n\nExperience\nPharmacist Manager | Boots UK | 2019 – present\n"
        "- Lead pharmacist for a team of 6 dispensers.\n",
        position="Clinical Pharmacist",
        job_description="Requirements:\n- Experience in the UK with FMCG or NHS settings\n",
    )
    intro = answer("Tell me about yourself.", pharmacist)
    assert "registration number" not in intro.text and "I lead a" not in intro.text
    weakness = answer("What's your biggest weakness?", pharmacist)
    assert "UK" not in weakness.text and "FMCG" not in weakness.text
    electrician = AnswerContext(
        cv="Experience\nSelf-employed electrician | 2015 – present\n- Rewired 40 domestic properties.\n",
        position="Building Services Electrician",
    )
    assert "notice period" not in answer("When could you start?", electrician).text


def test_a_scenario_asked_as_how_youd_find_the_fault_gets_the_subject_not_a_cv_story():
    context = AnswerContext(
        cv="""Experience
Maintenance Engineer | Oakfield Bakery | 2018 – present
- Conveyor motor failed on a night shift with no spare on site; afterwards set up a critical spares list
- Reduced unplanned downtime from 8% to 5% with a new PM schedule
""",
        position="Maintenance Engineer",
    )
    answer = OfflineAnswerBackend().compose(
        "Right, a scenario. It's 2 am, you're alone on site and the wrapper motor keeps tripping on overload. "
        "Talk me through how you'd fault-find that.",
        context,
    )
    text = answer.text.lower()
    assert "three phases" in text or "phase" in text
    assert not text.startswith(("the example", "a setback"))


def test_pressed_to_energise_before_testing_gets_the_polite_no():
    context = AnswerContext(
        cv="Experience\nElectrician | Brennan Electrical | 2022 – present\n- Second fix and testing on school refurbishments\n",
        position="Electrician",
    )
    text = (
        OfflineAnswerBackend()
        .compose(
            "Last week before handover. The site manager's on at you to energise the new board before it's been "
            "tested. What do you do?",
            context,
        )
        .text.lower()
    )
    assert "get the facts straight" not in text
    assert re.search(r"\b(?:no|won't|wouldn't|not)\b", text)


def test_checking_that_something_really_worked_and_a_login_that_failed_get_their_own_ways_of_working():
    from copilot.language.answers.work_kinds import kind_of_work

    assert (
        kind_of_work("How would you check whether last night's payroll export actually worked?") == "verify"
    )
    assert kind_of_work("Sprawdziłby Pan, czy kopia zapasowa naprawdę zadziałała?") == "verify"
    assert (
        kind_of_work("A user can't log in and the message says the domain trust failed. What's going on?")
        == "troubleshoot"
    )
    assert kind_of_work("I noticed you've got a homelab. What did you break on it last?") != "spot"


def test_what_the_job_offers_is_never_said_as_the_duty_i_want():
    from copilot.language.answers.plan import build_plan

    context = AnswerContext(
        cv="Experience\nIT Support Analyst, Kestrel Health, 2021 - present\n- Resolve 30 tickets a day\n",
        position="Junior Systems Administrator",
        job_description="""What you'll do
- Be trained and mentored by our senior engineers
- Patch servers and endpoints monthly through the RMM
""",
    )
    duties = build_plan("Why do you want to leave?", context, "en", None).duties
    assert duties and not any(duty.lower().startswith("be trained") for duty in duties)


def test_a_town_in_the_question_is_never_a_skill_the_candidate_lacks():
    context = AnswerContext(
        cv="Doświadczenie\nSpecjalistka ds. PR, Agencja Lumen, 2021 – obecnie\n"
        "- przygotowanie informacji prasowych i kontakt z dziennikarzami branżowymi\n",
        position="Specjalistka ds. PR",
        language="pl",
    )
    answer = backend.compose("Czy pracowała Pani kiedyś z mediami we Wrocławiu?", context).text
    assert "Wrocław" not in answer


def test_being_pushed_to_go_against_policy_or_hurry_a_check_is_answered_with_a_polite_no():
    from copilot.language.answers.work_kinds import kind_of_work

    assert (
        kind_of_work("Has a director ever demanded something right now that went against policy?")
        == "shortcut"
    )
    assert (
        kind_of_work("How would you deal with a supervisor leaning on you to hurry up the lab result?")
        == "shortcut"
    )
    assert kind_of_work("Co Pan zrobi, gdy kierownik każe działać wbrew procedurze?") == "shortcut"


def test_why_leave_and_where_next_use_the_aim_the_cv_states():
    context = AnswerContext(
        cv="""Summary
Service desk analyst in a busy hospital trust. Looking to move into a systems administrator role.

Experience
IT Service Desk Analyst, Wessex Health, 2021 - present
- Wrote a PowerShell script for the leavers process, cutting each leaver from 40 minutes to 10
""",
        position="Junior Systems Administrator",
        job_description="What you'll do\n- Patch servers and endpoints monthly through the RMM\n",
    )
    leave = backend.compose("Why do you want to leave your current job?", context).text
    future = backend.compose("Where do you see yourself in five years?", context).text
    assert "I'm looking to move into a systems administrator role." in leave
    assert "systems administrator role" in future
    polish = AnswerContext(
        cv="""Podsumowanie
Koordynator zmiany w magazynie. Szukam stanowiska kierownika zmiany, gdzie wykorzystam pracę z dużym zespołem.

Doświadczenie
Koordynator zmiany, Logipol Sp. z o.o., 2019 – obecnie
- koordynacja pracy zmiany, ok. 50 osób
""",
        position="Koordynator zmiany",
        language="pl",
    )
    assert (
        "Szukam stanowiska kierownika zmiany"
        in backend.compose("Dlaczego chce Pan zmienić pracę?", polish).text
    )


def test_an_employer_or_a_town_named_in_the_question_is_no_subject_to_have_or_lack():
    from copilot.language.answers.compose import Composer
    from copilot.language.answers.plan import build_plan

    context = AnswerContext(
        cv="Experience\nAndroid Developer, Fernway Retail, 2022 - present\n- Built the receipts feature in Kotlin\n",
        position="Android Developer",
    )
    question = "What does your Espresso test setup look like day to day at Fernway, here in Leeds?"
    assert Composer(build_plan(question, context, "en", None))._subjects() == ["Espresso"]


def test_what_a_normal_day_looks_like_is_the_current_jobs_own_lines():
    from copilot.language.answers.personal import personal_kind

    assert (
        personal_kind("Tell me where you are now and what a normal day looks like for you.") == "typical_day"
    )


def test_every_sentence_pattern_is_a_tuple_of_variants():
    from copilot.language.answers.voice import PHRASES

    for language, phrases in PHRASES.items():
        for key, variants in phrases.items():
            assert isinstance(variants, tuple) and variants, (language, key)
            assert all(isinstance(v, str) and v.strip() for v in variants), (language, key)


def test_a_child_at_risk_behind_a_closed_door_is_never_a_no_to_respect():
    from copilot.language.answers.base import AnswerContext
    from copilot.language.answers.offline import OfflineAnswerBackend

    worker = AnswerContext(
        cv="Hannah Lee\nSocial Worker – Kirkdale Council, 2019 – present\n- Caseload of 18 children on CP plans\n",
        company="Westmoor Council",
        position="Social Worker",
    )
    answer = (
        OfflineAnswerBackend()
        .compose(
            "You visit a family where the children are on CP plans and there's a history of domestic abuse. Mum won't "
            "let you in and says everything's fine, but you can hear a man's voice. What do you do?",
            worker,
        )
        .text
    )
    assert "wouldn't take a no" in answer and "I respect it" not in answer


def test_a_carer_is_a_job_and_a_career_break_is_not():
    from copilot.language.cv import parse_cv

    profile = parse_cv(
        "Ann Bell\nEXPERIENCE\nCarer – Home Instead, Leeds | 2019 – 2021\n- Personal care for 6 clients\n"
        "Career break | 2021 – 2022\n- Caring for my mother\n"
    )
    assert [(r.title, r.employer) for r in profile.roles] == [("Carer", "Home Instead")]


def test_a_situation_set_out_is_answered_with_its_own_person_deadline_and_constraint():
    text = backend.compose(
        "Okay, imagine it's your first week here, three in the morning, the main line's gone down, the production "
        "manager's in your ear saying the order has to be on the wagon by eight, and there's no spare staff. "
        "What are you doing?",
        SALES,
    ).text
    assert "the production manager" in text and "by eight" in text and "With no spare staff" in text
    assert "root cause" in text  # something broke: the answer ends with its cause
    assert "30" not in text and "first month" not in text  # no first-90-days plan for a crisis


def test_a_polish_task_set_out_is_planned_with_the_person_named_and_no_root_cause():
    text = backend.compose(
        "Sytuacja: piątek, szesnasta trzydzieści, klient dzwoni, że ma pilny ładunek, trzydzieści trzy palety, "
        "załadunek w poniedziałek rano pod Poznaniem, rozładunek we wtorek w Rotterdamie na konkretną godzinę. "
        "Stawka od klienta dość niska. Jak Pan to ogarnia krok po kroku?",
        LOGISTICS,
    ).text
    assert "z klientem" in text and "opcje" in text and "przyczynę" not in text
    assert "ustaliłbym" in text  # the candidate's own gender, from the CV's "Obniżyłem"


def test_a_question_naming_a_subject_is_answered_with_it_whatever_its_type():
    supervisor = AnswerContext(
        cv="Craig Whitfield\\nEXPERIENCE\\nMaintenance Electrician | Brantwood Snacks | 2017 - present\\n"
        "- Cut unplanned downtime on the PC line by 31% over 18 months\\n",
        company="Harrow & Vale Foods",
        position="Maintenance Supervisor",
    )
    answer = backend.compose(
        "As a supervisor, what numbers would you look at to tell whether your maintenance team is doing a good job? "
        "And how would you use MTBF and MTTR week to week?",
        supervisor,
    )
    assert answer.type == "leadership" and "mean time between failures" in answer.text


def test_a_subject_named_in_a_clinical_case_wins_over_a_cv_line_sharing_its_words():
    nurse = AnswerContext(
        cv="Becky Lawson\nEXPERIENCE\n2021 – present   Avonside Veterinary Hospital — Senior RVN\n"
        "• Lead nurse for a 3-theatre hospital carrying out around 2,400 general anaesthetics a year.\n",
        position="Head Veterinary Nurse",
    )
    text = backend.compose(
        "You're monitoring a GA, a ten-year-old Labrador in for a TPLO, and your end-tidal CO2 is climbing, it's "
        "sitting at sixty and still going up. Talk me through what you're thinking and what you do.",
        nurse,
    ).text
    assert "rebreathing" in text and not text.startswith("Happy to")


def test_a_knowledge_answer_adds_no_cv_line_that_shares_only_a_tool_with_the_topic():
    analyst = AnswerContext(
        cv="Daniel Reyes\nExperience\nSOC Analyst | Cobalt Shield | 2022 - present\n"
        "- Triage 60-80 alerts per shift in Splunk Enterprise Security and Microsoft Sentinel\n",
        position="SOC Analyst Tier 2",
    )
    text = backend.compose(
        "Quick technical one. If I say Kerberoasting, what is it, and how would you detect it in the logs?",
        analyst,
    ).text
    assert "4769" in text and "Splunk" not in text


def test_the_person_a_situation_names_keeps_what_they_head():
    from copilot.language.answers.scenario import _who

    assert _who("Your first week, and the head of compliance emails and says we need a course.", "en") == (
        "the head of compliance"
    )
