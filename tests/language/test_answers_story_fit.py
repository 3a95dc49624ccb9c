"""Which CV line tells which story: a launch nobody used is the failure, a rise in completion is
the achievement, and a failure line that says what changed afterwards is told with that change,
not with a made-up fix."""

from __future__ import annotations

from dataclasses import replace

import pytest

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


LEAD = AnswerContext(
    cv="""Peter Moss
Daventry | peter.moss@mail.com

Warehouse Team Leader – DHL Supply Chain, 2019 – present
- Lead 14 pickers on the night shift
- Introduced daily huddles and a results board; picking rate up 18% in six months
- Two forklift drivers in conflict – spoke to each separately, changed the rota; complaints stopped within a month
- Misplanned the Black Friday rota; 6 orders shipped late. Since then I plan peaks two weeks ahead
""",
    company="Raben",
    position="Warehouse Shift Manager",
    job_description="You will manage a team of 25 on nights, plan the shift and get orders out on time.",
)


def test_a_situation_put_to_the_candidate_is_answered_with_what_they_would_do():
    text = backend.compose(
        "A customer is shouting at you on the phone and threatening to post on Facebook. What do you do?",
        LEAD,
    ).text
    assert text.split(".")[0].count("DHL") == 0  # the way to handle it first, not a story
    assert "calm" in text.lower()


def test_a_mistake_shown_as_an_example_is_a_lesson_and_never_a_strength():
    plan = backend.compose("Walk me through how you would plan a peak season.", LEAD).text
    assert (
        "Black Friday" in plan
        and "That's what I did in practice: in my current role at DHL Supply Chain, I misplanned" not in plan
    )
    strengths = backend.compose("What are your main strengths?", LEAD).text
    assert "Black Friday" not in strengths


def test_the_first_week_is_a_plan_for_the_first_weeks():
    text = backend.compose("What would you do in your first week?", LEAD).text
    assert "listen" in text.lower() and "Black Friday" not in text


def test_a_conflict_between_people_is_said_as_what_happened():
    text = backend.compose("Tell me about a conflict in your team.", LEAD).text
    assert "there were two forklift drivers in conflict; I spoke to each separately" in text
    assert "and complaints stopped within a month" in text


def test_leaving_for_a_more_senior_role_says_so():
    from copilot.language.answers.seniority import level_of

    assert level_of("Warehouse Team Leader") < level_of("Warehouse Shift Manager")
    assert level_of("Młodsza specjalistka ds. marketingu") < level_of("Specjalistka ds. marketingu")
    assert level_of("Senior Data Analyst") > level_of("Data Analyst")
    text = backend.compose("Why are you looking to leave DHL?", LEAD).text
    assert "step up" in text and "warehouse team leader" in text
    polish = backend.compose("Dlaczego chce Pan zmienić pracę?", FOREMAN_PL).text
    assert "krok w górę" in polish and "pracuję jako brygadzista magazynu" in polish


ENGINEER = AnswerContext(
    cv="""Jan Nowak
Backend Engineer – Shoper, 2019 – present
- Moved the order service from a monolith to 6 Python services on Kubernetes; p99 latency down from 900 ms to 250 ms
- Added PostgreSQL read replicas and query tuning; database CPU down 40%
Skills: Python, PostgreSQL, Kafka, Kubernetes
""",
    company="Allegro",
    position="Senior Backend Engineer",
)


def test_a_technical_answer_links_a_cv_line_about_the_subject_or_none():
    thread = backend.compose("What's the difference between a process and a thread?", ENGINEER).text
    assert "thread" in thread and "monolith" not in thread  # naming Python is no link to threads
    slow = backend.compose("How do you find a slow query in PostgreSQL?", ENGINEER).text
    assert "EXPLAIN" in slow and "query tuning" in slow


def test_a_why_about_the_thing_just_named_is_part_of_the_same_question():
    text = backend.compose("What is idempotency and why does it matter with Kafka consumers?", ENGINEER)
    assert text.type == "technical" and "applied to Allegro" not in text.text


def test_more_about_a_mistake_tells_it_in_full_and_what_changed_for_good():
    question = "Tell me about a time you made a mistake."
    story = backend.compose(question, LEAD).text
    assert "Black Friday" in story
    asked = AnswerContext(**{**LEAD.__dict__, "history": ((question, story),)})
    more = backend.compose("Can you say more about that?", asked).text
    assert "Black Friday" in more and "forklift" not in more and "Step by step" not in more


def test_later_duties_of_a_job_ad_list_are_said_as_gerunds_too():
    from copilot.language.answers.jobdesc import duty_phrase

    assert duty_phrase("keep people safe and get orders out on time", "en") == (
        "keeping people safe and getting orders out on time"
    )
    assert duty_phrase("Work with product and design teams", "en") == "working with product and design teams"


def test_a_title_with_a_comma_before_a_bar_keeps_the_employer_after_the_bar():
    from copilot.language.cv.roles import split_header

    assert split_header("Account Executive, SMB -> Mid-Market | Routeway")[1] == "Routeway"
    assert split_header("Front Office Supervisor | The Balmoral, Edinburgh") == (
        "Front Office Supervisor",
        "The Balmoral",
    )
    assert split_header("Kierownik robót, Warbud S.A. | Gdańsk") == ("Kierownik robót", "Warbud S.A.")


SELLER = AnswerContext(
    cv="""Sam Lee
sam@x.com
Account Executive | Routeway, Mar 2021 - present
- Closed £1.9M new ARR in 2023, 118% of quota
- Largest deal: £240k ACV, 3-year contract with a grocery distributor, 11 stakeholders
- Disagreed with my VP on discounting a Q4 deal by 35% - argued for a 12% discount with a multi-year commitment instead; deal closed in January at higher value (£96k vs £78k)
- Lost a £140k renewal in 2022 after our champion left; now I multi-thread every deal above £50k
""",
    company="Stackfield",
    position="Account Executive",
)


def test_the_biggest_the_lost_and_the_disputed_deal_are_each_told_from_their_own_line():
    biggest = backend.compose("Walk me through the biggest deal you have closed.", SELLER).text
    assert "£240k" in biggest and "VP" not in biggest
    question = "Tell me about a time you disagreed with your manager."
    dispute = backend.compose(question, SELLER).text
    assert "my VP" in dispute
    asked = AnswerContext(**{**SELLER.__dict__, "history": ((question, dispute),)})
    result = backend.compose("And what was the result in the end, commercially?", asked).text
    assert "£96k vs £78k" in result and "12% discount" not in result
    lost = backend.compose("Tell me about a deal you lost.", SELLER).text
    assert "£140k renewal" in lost and "rushing" not in lost


def test_polish_qualifications_are_held_and_a_delay_happened():
    from copilot.language.cv.polish import pl_clause
    from copilot.language.cv.polish_summary import pl_summary

    assert (
        pl_summary("Uprawnienia budowlane do kierowania robotami")
        == "mam uprawnienia budowlane do kierowania robotami"
    )
    said = pl_clause(
        "opóźnienie 5 tyg. przy ścianach szczelinowych - zaproponowałem zmianę technologii", False, "m"
    )
    assert said.startswith("zdarzyło się opóźnienie 5 tyg.")


def test_a_polish_hard_customer_was_met_and_a_class_tutor_is_a_job_title():
    from copilot.language.cv.polish import pl_clause

    assert pl_clause("Trudna klientka: reklamowała każdą dostawę", True, "f") == (
        "trafiła mi się trudna klientka: reklamowała każdą dostawę"
    )
    assert pl_clause("wychowawczyni klas 1–3", True, "f") == "pracuję jako wychowawczyni klas 1–3"


def test_a_conflict_line_that_tells_what_was_done_gets_no_invented_steps():
    dispute = backend.compose("Tell me about a time you disagreed with your manager.", SELLER).text
    assert "12% discount" in dispute and "made the options and their costs visible" not in dispute
    polish = backend.compose("Proszę opowiedzieć o konflikcie w zespole.", FOREMAN_PL).text
    assert "rozmowa z każdym osobno" in polish and "zestawiliśmy opcje" not in polish


RECRUITER = AnswerContext(
    cv="""Priya Shah
Manchester | priya.shah@mail.com | 07700 900456

Summary
Recruiter with 4 years in agency recruitment, placing engineers and data specialists.

Experience
Recruitment Consultant | Northstar Recruitment | 2021 – present
- Billed £210k in 2023, top biller in a team of 8
- Placed 34 engineers with 12 clients, average time to fill 27 days
- Lost a key client in 2022 after two candidates dropped out at offer stage; introduced offer-stage check-ins and won the client back 6 months later

Resourcer | Hays | 2019 – 2021
- Screened 60+ candidates a week by phone
""",
    company="Brightwave Talent",
    position="Senior Recruitment Consultant",
    job_description="""Brightwave Talent is a specialist tech recruitment agency placing software engineers with scale-ups.
What you'll do
- Manage a desk of 10–15 live roles for client hiring managers
What we're looking for
- 3+ years of agency recruitment
£38,000 – £45,000 base + uncapped commission
""",
)


def test_a_lost_client_is_a_setback_never_the_introduction_and_its_story_keeps_who_did_what():
    intro = OfflineAnswerBackend().compose("Tell me about yourself.", RECRUITER)
    assert "lost a key client" not in intro.text
    story = OfflineAnswerBackend().compose("Tell me about a time you lost a client.", RECRUITER)
    assert story.type == "failure"
    assert "offer stage and I introduced offer-stage check-ins" in story.text
    follow = OfflineAnswerBackend().compose(
        "And did you get them back in the end?",
        replace(RECRUITER, history=(("Tell me about a time you lost a client.", story.text),)),
    )
    assert "I introduced offer-stage check-ins and won the client back" in follow.text
    assert " it introduced" not in follow.text


def test_a_top_billing_year_is_steady_work_not_an_idea_taken_to_use():
    answer = OfflineAnswerBackend().compose("What's your biggest billing achievement?", RECRUITER)
    assert "Billed £210k" in answer.text or "billed £210k" in answer.text
    assert "from an idea" not in answer.text and "lucky break" in answer.text


def test_a_recruitment_agencys_own_line_is_what_i_know_about_it_and_base_pay_is_its_range():
    known = OfflineAnswerBackend().compose("What do you know about us?", RECRUITER)
    assert "specialist tech recruitment agency" in known.text
    pay = OfflineAnswerBackend().compose("What are your salary expectations?", RECRUITER)
    assert "£38,000 – £45,000" in pay.text and "What range" not in pay.text


def test_a_candidates_start_date_is_no_question_about_my_notice():
    answer = OfflineAnswerBackend().compose(
        "A candidate accepts your offer and then goes silent a week before the start date. What do you do?",
        RECRUITER,
    )
    assert answer.type != "availability" and "notice" not in answer.text


def test_a_knowledge_answer_is_shown_with_the_cv_line_closest_to_its_subject():
    context = AnswerContext(
        cv="""Grace Adeyemi
Staff Nurse – Leeds Teaching Hospitals NHS Trust, 2019 – present
- Worked with pharmacy and physiotherapy on an enhanced recovery pathway; length of stay fell from 5.1 to 4.2 days
- Medication error in 2021, antibiotic given late after a handover gap; now run a 10-minute medication safety huddle at the start of my shifts
""",
        position="Staff Nurse",
    )
    answer = OfflineAnswerBackend().compose(
        "How would you handle a patient refusing their medication?", context
    )
    assert answer.topics and "medication safety huddle" in answer.text
    assert "enhanced recovery" not in answer.text


def test_a_knowledge_or_approach_answer_never_offers_a_plain_mistake_or_a_quarrel_as_proof():
    context = AnswerContext(
        cv="""Magdalena Zielińska
Kupiec
Fabryka Armatur Silesia Sp. z o.o., Gliwice | 2020 – obecnie
- Prowadzę zakupy komponentów mosiężnych i uszczelek, budżet ok. 40 mln zł rocznie
- Opóźniona dostawa stali w 2021 r. przez złe zaplanowanie zamówienia – wstrzymanie linii na 2 dni
- Spór z działem jakości o dopuszczenie nowego dostawcy – przeprowadziłam audyt
""",
        position="Starszy specjalista ds. zakupów",
    )
    answer = OfflineAnswerBackend().compose(
        "Dostawca zapowiada podwyżkę cen stali o 15%. Co Pani robi?", context
    )
    assert answer.topics
    assert "opóźniona dostawa" not in answer.text.lower() and "spór" not in answer.text.lower()
    recruiter = OfflineAnswerBackend().compose(
        "What would you do if a hiring manager kept rejecting every CV you sent?", RECRUITER
    )
    assert recruiter.text.startswith(("The way I'd handle it:", "Here's how I'd go about it:"))


def test_a_line_that_tells_what_was_done_and_what_came_of_it_gets_no_stock_sentence_about_how_i_behaved():
    context = AnswerContext(
        cv="""Grace Adeyemi
Staff Nurse – Leeds Teaching Hospitals NHS Trust, 2019 – present
- Falls prevention lead: introduced hourly intentional rounding and bed-sensor checks, inpatient falls down 35% in 12 months
- Care for up to 8 post-operative patients per shift
""",
        position="Senior Staff Nurse",
    )
    answer = OfflineAnswerBackend().compose("What's the achievement you're proudest of?", context)
    assert "inpatient falls down 35% in 12 months" in answer.text
    for stock in ("The key was", "It worked because", "What I value most", "measured the starting point"):
        assert stock not in answer.text


def _team_member(*lines: str) -> AnswerContext:
    """A CV with a success ("cut food waste by 20%") beside the lines under test."""
    bullets = "".join(f"- {line}\n" for line in ("Cut food waste by 20% by re-planning prep lists", *lines))
    return AnswerContext(
        cv=f"Experience\nTeam Member | Company | 2020 – present\n{bullets}", position="Team Member"
    )


@pytest.mark.parametrize(
    "line",
    [
        "Underestimated the prep time for a 120-cover wedding; two courses went out 20 minutes late, so I now build prep lists backwards from service time",
        "Mis-sized a steel frame in an early estimate; caught at tender review and re-priced, now use a second-person check on all quantities",
        "A sterilisation cycle was logged incorrectly in my first month; reported it to the practice manager and re-trained on the logbook",
        "Approved a client overdraft without checking the latest accounts; the client defaulted, and I now always request management accounts",
        "Forgot to order gluten-free bread for a booked party; apologised and started a dietary checklist",
        "Nie dopilnowałam terminu złożenia deklaracji dla jednego klienta – zapłaciliśmy odsetki, od tego czasu prowadzę kalendarz terminów",
        "Main hydraulic press failed during peak week with no seal kit in stock; afterwards set up a spares audit",
        "Raz źle wpisałem numer partii na etykiecie – paleta wróciła od klienta",
        "Klient złożył deklarację po terminie – wprowadziłem przypomnienia w kalendarzu",
        "Three new flavours listed in 2022, two delisted after six months for low rotation",
    ],
)
def test_slips_told_in_many_ways_are_the_failure_story_and_a_success_never_is(line):
    context = _team_member(
        "Introduced a repeat-prescription reminder that cut missed collections by 30%", line
    )
    answer = OfflineAnswerBackend().compose("Tell me about a mistake you made.", context)
    assert line.split()[1] in answer.text or line.split()[0].lower() in answer.text.lower()
    assert "food waste" not in answer.text and "missed collections" not in answer.text


@pytest.mark.parametrize(
    "line",
    [
        "Challenged a site manager who wanted to pour concrete before the rebar inspection; the pour was delayed one day",
        "Raised concerns with the lead designer about a boss fight that playtesters found unfair; we rebalanced it together",
        "Różnica zdań z kierownikiem budowy co do kolejności robót – zaproponowałem harmonogram, który przyjęto",
        "Nie zgadzałam się z dyrektorem oddziału w sprawie oceny ryzyka kredytowego klienta; przygotowałam analizę",
    ],
)
def test_disagreements_told_in_many_ways_are_the_conflict_story(line):
    answer = OfflineAnswerBackend().compose("Tell me about a conflict at work.", _team_member(line))
    assert "food waste" not in answer.text
    assert line.split()[1].lower() in answer.text.lower()


def test_a_word_capitalised_only_because_it_opens_a_cv_line_is_no_tool_name():
    context = AnswerContext(
        cv="""Jonas Weber
Data Engineer | Lieferfix GmbH | 2021 – present
- Own the order and delivery domains in our dbt project, about 320 models, on Snowflake
""",
        position="Data Engineer",
    )
    answer = OfflineAnswerBackend().compose(
        "Which parts of the platform do you actually own yourself?", context
    )
    assert "Own is" not in answer.text and "own is part" not in answer.text.lower()


def test_what_changed_afterwards_is_the_change_the_failure_line_tells():
    context = _team_member(
        "Conveyor drive failed on a night shift with no spare motor on site; afterwards built a critical spares list"
    )
    story = OfflineAnswerBackend().compose("Tell me about a breakdown that went badly.", context)
    assert (
        "the conveyor drive failed" in story.text
        and "afterwards I built a critical spares list" in story.text
    )
    asked = replace(context, history=(("Tell me about a breakdown that went badly.", story.text),))
    for question in (
        "And what did you change afterwards?",
        "So what do you do differently now, so it doesn't happen again?",
    ):
        follow = OfflineAnswerBackend().compose(question, asked)
        assert "built a critical spares list" in follow.text, follow.text
        assert "pilot" not in follow.text  # what one would do differently next time is another question
        assert any("critical spares list" in point for point in follow.points)


def test_a_customer_conflict_without_such_a_line_is_told_as_practice_not_as_steps_taken():
    context = AnswerContext(
        cv="""Experience
Account Assistant | Harbour Print | 2021 – present
- Handle supplier and customer account queries by phone and e-mail
- Reconcile customer statements every month
""",
        position="Accounts Assistant",
    )
    answer = OfflineAnswerBackend().compose("Tell me about a conflict with a difficult customer.", context)
    assert "acknowledged what had gone wrong" not in answer.text and "followed up myself" not in answer.text
    assert "In those conversations I let the customer say everything first" in answer.text


def test_a_disagreement_with_no_cv_story_names_the_people_the_question_names():
    english = backend.compose(
        "Tell me about a time you disagreed with an engineer or a PM about a design decision.", ENGINEER
    ).text
    assert english.startswith("When I disagree with an engineer or a PM,")
    polish = backend.compose(
        "Czy zdarzył się Pani spór z kierownikiem spoza finansów, który nie zgadzał się z Pani liczbami?",
        FOREMAN_PL,
    ).text
    assert polish.startswith("Kiedy nie zgadzam się z kierownikiem spoza finansów,")
