"""The conversation around a story: where it ended when the CV gives no figure, how the people took
it, a greeting that only needs a thank-you, situations with their own first steps, and the Polish
answer's gender from how the interviewer addresses the candidate."""

from __future__ import annotations

from dataclasses import replace

import pytest

from copilot.language.answers.base import AnswerContext
from copilot.language.answers.offline import OfflineAnswerBackend

backend = OfflineAnswerBackend()

SUPERVISOR = AnswerContext(
    cv="""Daniel Price
Coventry | dan.price@mail.com | 07700 900123

Experience
Team Leader, Hallam Foods Distribution, 2020 - present
- Run a night shift of 18 pickers across chilled and ambient
- Disagreed with the transport planner about loading order for multi-drop routes; took it to the site manager, who agreed to trial my sequence for two weeks
- Overloaded a trailer in my first month, spotted it at the weighbridge, re-worked the load, then introduced a weight check at the loading bay
- Cut mis-picks by 30% by re-slotting fast movers closer to dispatch

Warehouse Operative, Amazon, 2017 - 2020
- Picked and packed up to 200 orders an hour
""",
    company="Northgate Logistics",
    position="Warehouse Operations Supervisor",
    job_description="""Northgate Logistics runs three distribution centres for grocery retailers in the Midlands.
Responsibilities
- Lead a shift of 25 pickers and loaders
Requirements
- 3+ years in a warehouse supervisory role
- Counterbalance licence
""",
)


def _conversation(context: AnswerContext, *questions: str) -> list[str]:
    history: list[tuple[str, str]] = []
    for question in questions:
        answer = backend.compose(question, replace(context, history=tuple(history)))
        history.append((question, answer.text))
    return [text for _, text in history]


def test_a_mistake_told_with_an_over_verb_is_the_failure_story_and_its_end_is_the_last_step():
    story, end = _conversation(SUPERVISOR, "Tell me about a mistake you made.", "What happened in the end?")
    assert "overloaded a trailer" in story
    assert "I introduced a weight check at the loading bay" in end
    assert "hard number" not in end and "measure" not in end  # no excuse for a figure nobody asked for


def test_the_outcome_of_a_disagreement_names_who_agreed_and_how_things_stood_after():
    story, end = _conversation(
        SUPERVISOR,
        "Tell me about a disagreement with a colleague.",
        "So how did it end? And how were things between you two after that?",
    )
    assert "and took it to the site manager, who agreed to trial my sequence" in story
    assert "the who" not in story and "which took it" not in story
    assert "the site manager agreed to trial my sequence for two weeks" in end
    assert "keeping it good afterwards" in end
    assert "Run a night shift" not in end and "night shift" not in end  # no second, unrelated story


def test_how_someone_took_a_mistake_comes_first_when_only_that_is_asked():
    _, reaction = _conversation(
        SUPERVISOR, "Tell me about a mistake you made.", "How did your manager react?"
    )
    assert reaction.startswith("What I could control was how I handled it")


def test_a_time_you_improved_something_is_told_with_a_measured_improvement_not_the_setting():
    answer = backend.compose("Tell me about a time you improved something on the shop floor.", SUPERVISOR)
    assert "mis-picks" in answer.text.split(".")[0]


@pytest.mark.parametrize(
    ("greeting", "expected"),
    [
        (
            "Hello Daniel, lovely to see you, sorry about the wait, they're fixing the lift.",
            "good to meet you",
        ),
        ("Dzień dobry, zapraszam, proszę się rozgościć.", "miło"),
    ],
)
def test_a_greeting_gets_a_thank_you_not_a_cv_line(greeting, expected):
    answer = backend.compose(greeting, SUPERVISOR)
    assert expected in answer.text
    assert "pickers" not in answer.text and len(answer.text.split()) < 20


def test_a_greeting_before_a_question_still_answers_the_question():
    answer = backend.compose("Hi Daniel, nice to meet you. So, tell me about yourself.", SUPERVISOR)
    assert answer.type == "introduction" and "Hallam Foods" in answer.text


@pytest.mark.parametrize(
    ("question", "expected", "unexpected"),
    [
        (
            "What would you do if a driver became aggressive at the loading bay?",
            "keep everyone safe",
            "pickers",
        ),
        (
            "If you noticed a colleague was not following the forklift safety procedure, how would you handle it?",
            "speak to the colleague straight away",
            "Yes, I'm comfortable",
        ),
        (
            "What would you do if you were short of two staff on a night shift?",
            "most urgent and riskiest work first",
            "Yes, I'm comfortable",
        ),
    ],
)
def test_situations_get_their_own_first_steps(question, expected, unexpected):
    answer = backend.compose(question, SUPERVISOR)
    assert expected in answer.text
    assert unexpected not in answer.text
    assert len(answer.points) >= 2


def test_could_you_do_nights_is_still_a_plain_yes():
    assert backend.compose("Could you do nights?", SUPERVISOR).text.startswith("Yes")


def test_the_interviewers_pani_makes_the_polish_answer_feminine_whatever_the_name():
    context = replace(
        SUPERVISOR, full_name="Grace Adeyemi", cv=SUPERVISOR.cv.replace("Daniel Price", "Grace Adeyemi")
    )
    answer = backend.compose(
        "Co by Pani zrobiła, gdyby koleżanka nie przestrzegała procedur bezpieczeństwa?", context
    )
    assert "Porozmawiałabym" in answer.text and "Porozmawiałbym" not in answer.text
    answer = backend.compose(
        "Co by Pan zrobił, gdyby kolega nie przestrzegał procedur bezpieczeństwa?", context
    )
    assert "Porozmawiałbym" in answer.text


def test_a_company_line_that_opens_with_the_head_of_its_name_is_what_i_know_about_it():
    context = replace(
        SUPERVISOR,
        company="St Aidan's Private Hospital",
        job_description="St Aidan's is a 90-bed private hospital specialising in orthopaedic and day-case surgery.\n",
    )
    answer = backend.compose("What do you know about us?", context)
    assert "90-bed private hospital specialising in orthopaedic" in answer.text


def test_how_to_apply_and_a_rule_book_written_as_initials_are_no_skill_gaps():
    context = replace(
        SUPERVISOR,
        cv=SUPERVISOR.cv + "\nSkills\nCPR (civil procedure), SQE1 (sitting January)\n",
        job_description="""Requirements
- Working knowledge of the Civil Procedure Rules
- Studying for the SQE
To apply, send your CV and a short cover note to our Operations Lead, Sarah Doyle.
""",
    )
    answer = backend.compose("What's your biggest weakness?", context)
    for not_a_gap in ("Doyle", "Civil", "SQE", "Sarah"):
        assert f"used {not_a_gap}" not in answer.text and f"{not_a_gap} is the one" not in answer.text


def test_a_mistake_the_interviewer_picked_from_the_cv_is_told_as_that_story():
    answer = backend.compose(
        "I see on your CV you overloaded a trailer once. Walk me through what happened and what your part was.",
        SUPERVISOR,
    )
    assert "overloaded a trailer" in answer.text
    assert "I focused on the outcome" not in answer.text
    assert "explain it away" in answer.text or "owned" in answer.text.lower()


def test_a_typical_week_is_the_current_jobs_own_lines_never_its_mistake():
    answer = backend.compose("What does a typical week look like for you at the moment?", SUPERVISOR)
    assert "night shift of 18 pickers" in answer.text
    assert "overloaded" not in answer.text and "Amazon" not in answer.text


@pytest.mark.parametrize(
    "question",
    [
        "Let me be direct: if we train you up, will you leave us in a year?",
        "How long would you plan to stay with us?",
    ],
)
def test_will_you_stay_is_answered_with_a_plan_and_the_cvs_longest_stay(question):
    answer = backend.compose(question, SUPERVISOR)
    assert "stepping stone" in answer.text
    assert "I've been at Hallam Foods Distribution for" in answer.text
    assert ("training" in answer.text) == ("train" in question)


def test_a_frightened_person_gets_reassurance_steps_not_a_decision_framework():
    answer = backend.compose(
        "A new picker is scared of driving the reach truck. How do you handle that?", SUPERVISOR
    )
    assert "take the worry seriously" in answer.text and "small step" in answer.text
    answer = backend.compose("Nowy pracownik boi się jeździć wózkiem. Jak Pan z nim rozmawia?", SUPERVISOR)
    assert "obawę poważnie" in answer.text


def test_an_exam_not_sat_is_explained_by_timing_with_what_is_in_progress_and_the_ads_study_support():
    context = replace(
        SUPERVISOR,
        cv=SUPERVISOR.cv + "\nCertificates\nIOSH Managing Safely – course completed, exam not yet sat\n",
        job_description=SUPERVISOR.job_description
        + "We offer\n- Study support for IOSH and NEBOSH (exam fees + study leave)\n",
    )
    answer = backend.compose("You did the IOSH course but never sat the exam. Why not?", context)
    assert answer.text.startswith("Honestly, it came down to timing")
    assert "IOSH Managing Safely" in answer.text
    assert "study support you offer" in answer.text
    plans = backend.compose("Are you planning any further qualifications?", SUPERVISOR)
    assert not plans.text.startswith("Honestly") and "study support" not in plans.text
    assert plans.text.startswith("My plan is to keep going")


SHIFT_LEAD_PL = AnswerContext(
    cv="""Tomasz Wrona
Łódź | t.wrona@poczta.pl | 600 100 200

DOŚWIADCZENIE
Kierownik zmiany
Magazyn Centralny Sp. z o.o., Łódź | 2019 – obecnie
- Kieruję zmianą 22 osób w strefie kompletacji
- Błędnie zaplanowany grafik na okres świąteczny 2021 – brak 6 osób na zmianie nocnej, pilna rekrutacja z agencji, a następnie wprowadzenie planowania obsady z 8-tygodniowym wyprzedzeniem
- Spór z działem transportu o godziny awizacji, który zakończył się wspólnym harmonogramem
- Wdrożenie skanerów RF, błędy kompletacji spadły o 40%
""",
    company="LogiPark Sp. z o.o.",
    position="Kierownik zmiany magazynowej",
    job_description="LogiPark to operator logistyczny.\nObowiązki:\n- kierowanie zmianą 30 osób\n",
)


def test_a_polish_line_that_opens_with_what_went_wrong_is_told_as_something_that_happened():
    story, end = _conversation(
        SHIFT_LEAD_PL, "Proszę opowiedzieć o błędzie, który Pan popełnił.", "I jak to się skończyło?"
    )
    assert "zdarzył mi się błędnie zaplanowany grafik" in story
    assert "Do moich zadań należy błędnie" not in story
    assert "wprowadzenie planowania obsady z 8-tygodniowym wyprzedzeniem" in end
    assert "a następnie" not in end and "kieruję zmianą" not in end.lower()


def test_a_polish_dispute_is_a_conflict_story_and_the_follow_up_answers_how_it_ended_and_the_relationship():
    story, after = _conversation(
        SHIFT_LEAD_PL, "Opowie Pan o jakimś sporze w pracy?", "I jak się potem układała współpraca?"
    )
    assert "spór z działem transportu" in story
    assert "Co do relacji, zadbałem o to" in after
    assert "spór zakończył się wspólnym harmonogramem" in after and "który" not in after


def test_what_i_would_struggle_with_in_the_first_months_is_a_weakness_not_a_90_day_plan():
    answer = backend.compose(
        "What's something you're not good at yet, that I'd notice in your first few months here?", SUPERVISOR
    )
    assert "first month" not in answer.text.lower() and "second month" not in answer.text.lower()
    plan = backend.compose("What would you do in your first 90 days?", SUPERVISOR)
    assert "first month" in plan.text.lower()


def test_polish_slip_and_takeaway_words_and_a_follow_up_naming_one_of_two_lines_told():
    context = AnswerContext(
        cv="""Magdalena Zielińska
Doświadczenie zawodowe
Kupiec
Fabryka Armatur Silesia Sp. z o.o., Gliwice | 2020 – obecnie
- Renegocjacja umów z 6 kluczowymi dostawcami – oszczędność 2,1 mln zł w 2023 r.
- Wprowadziłam kartę oceny dostawców, terminowość dostaw wzrosła z 82% do 94%
- Opóźniona dostawa stali w 2021 r. przez złe zaplanowanie zamówienia – wstrzymanie linii na 2 dni
""",
        company="Termex S.A.",
        position="Starszy specjalista ds. zakupów",
    )
    slip = backend.compose("Opowie Pani o jakiejś wpadce?", context)
    assert slip.type == "failure" and "opóźniona dostawa stali" in slip.text
    _, measured = _conversation(
        context,
        "Proszę opowiedzieć o największym sukcesie zawodowym.",
        "A jak Pani mierzyła te oszczędności?",
    )
    assert "2,1 mln zł" in measured
    from copilot.language.questions.types import classify

    assert classify("Co z tego wyniosła Pani na przyszłość?") == "follow_up"


def test_hours_done_before_and_what_would_keep_you_are_answered_as_such():
    done = backend.compose(
        "So the role is mostly nights, four on four off. Is that something you have done before, and how did you find it?",
        SUPERVISOR,
    )
    assert done.text.startswith("Yes, I have") and "night shift of 18 pickers" in done.text
    keep = backend.compose(
        "Our last supervisor left after six months, which hurt. What would keep you here, and what would make you leave?",
        SUPERVISOR,
    )
    assert "stepping stone" in keep.text and "I've been at Hallam Foods Distribution for" in keep.text


@pytest.mark.parametrize(
    ("question", "expected"),
    [
        (
            "What would you do if a forklift driver turned up smelling of alcohol?",
            "stop them working straight away",
        ),
        ("Pracownik przychodzi na zmianę po alkoholu. Co Pan robi?", "odsunąłbym tę osobę od pracy"),
        ("How do you motivate a team on a night shift?", "fairness and information"),
    ],
)
def test_an_impaired_worker_and_a_team_to_motivate_get_their_own_steps(question, expected):
    assert expected in backend.compose(question, SUPERVISOR).text


def test_what_do_you_know_about_a_company_named_without_its_legal_form():
    context = replace(
        SHIFT_LEAD_PL, job_description="LogiPark to operator logistyczny obsługujący sklepy internetowe.\n"
    )
    answer = backend.compose("Co Pan wie o LogiPark?", context)
    assert "LogiPark to operator logistyczny" in answer.text


def test_why_leave_and_why_not_wait_for_a_promotion_is_one_answer_that_covers_both():
    answer = backend.compose(
        "Why are you leaving Hallam, and why not just wait for a promotion there?", SUPERVISOR
    )
    assert answer.type == "why_leave"
    assert "internal opening" in answer.text
    assert "And to your other question" not in answer.text


@pytest.mark.parametrize(
    ("question", "opening"),
    [
        (
            "What would you do if a driver turned up an hour late for a load?",
            "If a driver turned up an hour late for a load, ",
        ),
        (
            "If your manager asked you to skip the weight check, what would you do?",
            "If my manager asked me to skip",
        ),
    ],
)
def test_a_hypothetical_answer_names_the_situation_it_answers_and_is_never_a_strength(question, opening):
    answer = backend.compose(question, SUPERVISOR)
    assert answer.text.startswith(opening)
    assert answer.type not in ("strengths", "weaknesses", "introduction")


def test_being_pressed_to_skip_a_check_is_a_polite_no_in_both_languages():
    answer = backend.compose(
        "Kierownik każe Panu pominąć kontrolę wagi, bo się spieszy. Co Pan robi?", SUPERVISOR
    )
    assert answer.text.startswith("Odmówiłbym uprzejmie")


def test_a_drink_mentioned_is_no_drink_offered():
    mentioned = backend.compose(
        "Hi Daniel, sorry, the coffee machine is broken again, so I can't even offer you one. Anyway, good to meet you.",
        SUPERVISOR,
    )
    assert "good to meet you too" in mentioned.text and "Water" not in mentioned.text
    offered = backend.compose("Can I get you a coffee before we start?", SUPERVISOR)
    assert offered.text.startswith("Water would be great")


@pytest.mark.parametrize(
    "question",
    [
        "What role do you usually take in a team — and can you give an example?",
        "Tell me about a shift you're proud of, and why it worked.",
    ],
)
def test_asking_for_an_example_or_a_reason_of_the_same_question_is_one_answer(question):
    answer = backend.compose(question, SUPERVISOR)
    assert "+" not in answer.type and "other question" not in answer.text


def test_a_second_question_that_starts_with_why_is_still_answered_on_its_own():
    answer = backend.compose("Why this company, and why now?", SUPERVISOR)
    assert answer.type == "motivation+why_leave"


def test_a_question_pointing_at_a_cv_line_opens_the_story_its_follow_up_continues():
    context = AnswerContext(
        cv="""Doświadczenie
Specjalistka ds. płac, Meblex, 2021 – obecnie
- Naliczanie wynagrodzeń dla ok. 300 pracowników, dodatki nocne i nadgodziny
- Po zmianie programu w 2023 r. błędnie naliczały się dodatki nocne – wykryłam błąd i przygotowałam korekty list płac i deklaracji ZUS dla 40 osób
""",
        position="Specjalistka ds. kadr i płac",
        language="pl",
    )
    first = "Widzę w CV, że robiła Pani korekty dodatków nocnych. Proszę opowiedzieć, co się stało."
    told, outcome = _conversation(context, first, "I jak to się skończyło? Pracownicy mieli pretensje?")
    assert "błędnie naliczały się dodatki nocne" in told
    assert "korekty list płac i deklaracji ZUS" in outcome  # the Polish "i" stays lower case
    assert "300 pracowników" not in outcome


def test_a_what_if_after_a_case_continues_the_case_not_a_cv_lines_result():
    _case, what_if = _conversation(
        SUPERVISOR,
        "Two pickers call in sick at 5 am and the first wave of orders goes out at 8. What do you do?",
        "And if the trailers still can't all leave on time, who decides which stores wait?",
    )
    assert "procedure" in what_if and "18 pickers" not in what_if
    assert not what_if.startswith(("Where it ended up", "The result"))


def test_a_follow_up_to_a_technical_question_goes_on_with_the_subject():
    developer = AnswerContext(
        cv="Experience\nBackend Developer, Payflow, 2021 - present\n- Built REST APIs in Python and PostgreSQL\n",
        position="Backend Developer",
    )
    first, more = _conversation(
        developer,
        "What is the difference between a clustered and a non-clustered index?",
        "And what happens to that if the table is mostly written to, not read?",
    )
    assert "index" in first.lower()
    assert "Where it ended up" not in more and more != first
    assert "test" in more.lower() or "index" in more.lower()


def test_a_polish_question_pointing_back_with_to_continues_the_case():
    context = AnswerContext(
        cv="Doświadczenie\nSpecjalistka ds. social media, Agencja Lumen, 2021 – obecnie\n"
        "- prowadzenie profili marek gastronomicznych, moderacja komentarzy\n",
        position="Specjalistka ds. social media",
        language="pl",
    )
    _case, reported = _conversation(
        context,
        "Klient wrzuca filmik z reklamacją i zaczyna się on szybko rozchodzić. Co Pani robi w pierwszej godzinie?",
        "Komu by Pani to zgłosiła w pierwszej kolejności?",
    )
    assert "procedur" in reported and "Lumen" not in reported


DATA_ENGINEER = AnswerContext(
    cv="""Aisling Byrne
Data Engineer – Harbourline Insurance, Dublin | 2021 – present
- Built and maintain about 60 Airflow DAGs ingesting policy and claims data into Snowflake
- Migrated legacy SSIS jobs to PySpark on EMR; nightly batch runtime reduced from 5h 40m to 1h 50m
- A misconfigured incremental model in 2023 caused a full rebuild every hour for 9 days before anyone noticed
- On-call rotation, mentoring one graduate engineer
""",
    company="Corvid Payments",
    position="Data Engineer",
)
CONTROLLER_PL = AnswerContext(
    cv="""Anna Kowalska
Główna księgowa, Kartpak Sp. z o.o., Poznań | 2018 – obecnie
- Skrócenie zamknięcia miesiąca z 12 do 7 dni roboczych dzięki harmonogramowi zamknięcia
- Przygotowywanie raportów do grupy
""",
    company="Hydromet",
    position="Kontroler finansowy",
    full_name="Anna Kowalska",
)


def test_a_question_about_a_cv_line_answers_what_it_asks_of_that_line():
    (migration,) = _conversation(
        DATA_ENGINEER,
        "You moved the SSIS jobs to PySpark. How did you make sure the numbers matched between the old and new pipelines?",
    )
    assert "PySpark" in migration and "side by side" in migration
    (closing,) = _conversation(
        CONTROLLER_PL,
        "Pisze Pani w CV, że skróciła Pani zamknięcie miesiąca z dwunastu do siedmiu dni. Kogo trzeba było do tego przekonać?",
    )
    assert "z 12 do 7 dni" in closing and "Przekonać trzeba było" in closing and "pokazałam" in closing


def test_a_follow_up_after_a_question_about_a_cv_line_is_about_that_line_not_a_subject():
    told, reaction = _conversation(
        DATA_ENGINEER,
        "Let's talk about Airflow. How do you make a backfill safe?",
        "You wrote in your CV about the incremental model that rebuilt itself every hour for nine days. What happened?",
        "And how did your manager react when the bill came in?",
    )[1:]
    assert "misconfigured incremental model" in told
    assert "Airflow" not in reaction and "straight away" in reaction  # a setback: how I handled it
    (changed,) = _conversation(
        CONTROLLER_PL,
        "Pisze Pani w CV, że skróciła Pani zamknięcie miesiąca z dwunastu do siedmiu dni. Co konkretnie Pani zmieniła?",
        "A jak na to zareagował zespół?",
    )[1:]
    assert "Przy takiej zmianie spodziewam się oporu" in changed and "procedur" not in changed


def test_a_lost_deal_is_a_setback_and_what_is_done_differently_is_no_praise_of_it():
    seller = AnswerContext(
        cv="""Rebecca Hartley
Senior Account Executive | RouteMatrix, Bristol | 2020 - Feb 2023
- 2021: 81% of quota - lost a £140k deal with a national courier at the final stage when their new CFO froze spending
- Closed the company's largest UK deal at the time, £210k ARR with a construction materials distributor
""",
        company="Fieldbase",
        position="Account Executive",
    )
    story, after = _conversation(
        seller,
        "Let's talk about 2021. You mention losing the courier deal at the last stage. Tell me what happened there.",
        "So knowing that now, what do you actually do differently in a deal that size?",
    )
    assert "£140k deal" in story and "production incident" not in story
    assert "that part worked" not in after and "£140k" not in after and "warning signs" in after


def test_a_theft_with_its_fix_is_a_setback_and_its_outcome_is_the_fix_not_a_bracketed_detail():
    forwarder = AnswerContext(
        cv="""Marek Zieliński
Spedytor międzynarodowy – FRIGO-LOG Sp. z o.o., Łódź
03.2021 – obecnie
• planowanie 25-30 zestawów własnych
• w 2022 zlecenie dla nowego przewoźnika z giełdy zakończyło się kradzieżą ładunku – po tym przygotowałem z kierownikiem procedurę weryfikacji przewoźników (KRS/CEIDG, polisa OCP, kontakt telefoniczny na numer z oficjalnej strony)
""",
        company="TransWis",
        position="Spedytor",
        full_name="Marek Zieliński",
    )
    story, end = _conversation(
        forwarder,
        "Widzę w CV historię z kradzieżą ładunku. Może Pan opowiedzieć, jak do tego doszło?",
        "I jak się to ostatecznie skończyło?",
    )
    assert "kradzieżą ładunku" in story and "przed dużą zmianą" not in story
    assert "procedurę weryfikacji przewoźników" in end and ": kontakt telefoniczny" not in end
    assert "po tym przygotowałem" not in end


def test_totals_that_do_not_match_are_reconciled_whatever_the_setting_names():
    answer = backend.compose(
        "Imagine it's your on-call week. Finance messages you saying yesterday's settlement totals in the "
        "dashboard are about two percent lower than what the bank reports. The DAGs are all green. What do you do?",
        DATA_ENGINEER,
    ).text
    assert "timing and definitions" in answer and "alerts are actionable" not in answer
    assert "on-call rotation" not in answer  # the example shows checking data, not the setting


def test_a_subject_question_gets_the_points_that_answer_it_not_only_the_first_ones():
    answer = backend.compose(
        "Merchants here change their pricing plan. Finance wants to report revenue using the plan that was "
        "valid at the time of each transaction. How would you model that?",
        DATA_ENGINEER,
    ).text
    assert "validity dates" in answer


def test_what_was_done_differently_asks_how_it_worked_and_whose_decision_asks_who_was_brought_along():
    story, how, whose = _conversation(
        SUPERVISOR,
        "Tell me about something you improved.",
        "And what did you do differently there, how did you pull that off?",
        "Whose decision was that, and who signed it off?",
    )
    assert "mis-picks" in story
    assert "It worked mainly by re-slotting fast movers closer to dispatch" in how
    assert "Looking back" not in how and "next time" not in how
    assert "bring along" in whose or "decid" in whose


def test_a_first_week_situation_with_where_do_you_start_is_planned_not_a_90_day_plan():
    text = backend.compose(
        "Wyobraźmy sobie taką sytuację. Pierwszy tydzień u nas, dostaje Pan zlecenie po osobie, która odeszła. "
        "Trasy są w połowie zaplanowane, klient to duża sieć, a termin jest za trzy tygodnie. Od czego Pan zaczyna?",
        SHIFT_LEAD_PL,
    ).text
    assert "pierwszym miesiącu" not in text and "z klientem" in text
    assert "przyczynę" not in text  # nothing has gone wrong yet: a task to plan


def test_someone_who_would_not_follow_the_change_and_a_balance_that_did_not_add_up():
    story, holdout = _conversation(
        SUPERVISOR,
        "You've put on here that you cut mis-picks by 30 percent. How did you get the team on board?",
        "And was there anyone who just wouldn't do it? What did you do about that?",
    )
    assert "mis-picks" in story
    assert "held out" in holdout and "Going one level deeper" not in holdout
    balance = backend.compose(
        "What would you do if the running balance in the stock register didn't add up at the end of the week?",
        SUPERVISOR,
    ).text
    assert "timing" in balance or "narrow it down" in balance
    weakness = backend.compose(
        "What would you say is your biggest development area going into this role?", SUPERVISOR
    )
    assert weakness.type == "weaknesses"


def test_a_follow_up_of_a_story_the_cv_does_not_tell_goes_on_with_that_story():
    no_stories = AnswerContext(
        cv="Ella Stone\nExperience\nVeterinary Nurse | Avonside Vets | 2019 - present\n- Theatre and anaesthesia nursing\n",
        position="Head Veterinary Nurse",
    )
    _mistake, after = _conversation(
        no_stories,
        "Tell me about a mistake you've made clinically.",
        "How did it get picked up, and what changed in the practice afterwards?",
    )
    assert "picked it up myself" in after and "fixed step" in after and "Happy to go deeper" not in after


def test_a_disagreement_the_cv_does_not_tell_is_set_in_the_cvs_own_work_with_people():
    site_manager = AnswerContext(
        cv="Tomasz Wierzbicki\nDOŚWIADCZENIE\nKierownik budowy | Karmar Budownictwo | 2019 – obecnie\n"
        "– nadzór nad zespołem 3 kierowników robót i do 22 podwykonawców jednocześnie\n"
        "– obniżenie kosztów budowy o 4,1% względem budżetu\n",
        position="Kierownik budowy",
    )
    text, end = _conversation(
        site_manager, "Proszę opowiedzieć o poważnym konflikcie z podwykonawcą.", "A jak to się skończyło?"
    )
    assert "To dla mnie codzienność" in text and "22 podwykonawców" in text and "4,1%" not in text
    assert "podwykonawców" not in end  # the setting is no story: how the disagreement ended is told


def test_an_introduction_leads_with_a_senior_current_role_whatever_its_letters():
    nurse = AnswerContext(
        cv="Becky Lawson\nEXPERIENCE\n2021 – present   Avonside Veterinary Hospital, Bristol — Senior RVN, Theatre Lead\n"
        "• Set up nurse-led weight clinics, about 60 appointments a month\n"
        "2018 – 2021   Cotswold Companion Vets — Registered Veterinary Nurse\n• First-opinion practice with 4 vets\n",
        position="Head Veterinary Nurse",
    )
    text = backend.compose("Could you tell us a bit about yourself?", nurse).text
    assert "Avonside" in text
    assert "Cotswold" not in text or text.index("Avonside") < text.index("Cotswold")


def test_a_career_changer_leads_with_the_related_work_held_alongside_the_current_job():
    changer = AnswerContext(
        cv="Hannah Okafor\nExperience\nYear 5 Teacher & Curriculum Lead | Meadowfield Primary School | Sep 2019 – present\n"
        "- Designed a flipped maths unit with short videos\n"
        "Freelance Learning Designer | Jan 2024 – present\n"
        "- Rebuilt a 40-slide compliance deck as a 20-minute Rise module\n",
        position="Learning Experience Designer",
    )
    text = backend.compose("Could you walk me through your background?", changer).text
    assert "Rise module" in text
    assert "flipped maths" not in text or text.index("Rise module") < text.index("flipped maths")
