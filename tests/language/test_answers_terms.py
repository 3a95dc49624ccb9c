"""Answers about the job's terms and the candidate's record: a figure inside the posted pay range,
both halves of "salary, and could you work nights?", hours the CV shows already, a mistake never
offered as the proudest moment, and a Polish CV line that speaks for itself."""

from __future__ import annotations

from dataclasses import replace
from datetime import date

import pytest

from copilot.language.answers.base import AnswerContext
from copilot.language.answers.job_salary import figure_in
from copilot.language.answers.offline import OfflineAnswerBackend
from copilot.language.answers.plan import build_plan
from copilot.language.questions import detect_question
from copilot.language.questions.parts import split_parts

backend = OfflineAnswerBackend()

TECHNICIAN = AnswerContext(
    cv="""Tom Baker
Peterborough | tom.baker@mail.com

Maintenance Technician – Riverside Bakery, 2016 – present
- Reduced unplanned downtime on 4 lines by 22% through a new PM schedule
- Work a 4 on 4 off days/nights rota covering 6 packing lines
- Mistake in 2020: restarted a mixer without re-checking the guard interlock; reported it as a near miss and rewrote the restart checklist
""",
    company="Harlow Foods",
    position="Senior Maintenance Technician",
    job_description="""Senior Maintenance Technician
Harlow Foods, Peterborough
£44,000 – £50,000 + overtime · days/nights rotation

About the role
You will lead breakdown response on our packing lines and plan preventive maintenance.
""",
    full_name="Tom Baker",
)
ANALYST_PL = AnswerContext(
    cv="""Katarzyna Wójcik
Kraków, k.wojcik@wp.pl

Analityczka danych – Bank Pocztowy, 2021 – obecnie
- Wspólnie z zespołem ryzyka przygotowałam nowy model scoringowy, liczba złych kredytów spadła o 12%
- Błąd: w 2022 opublikowałam raport z nieaktualnymi danymi; poprawiłam go tego samego dnia i dodałam automatyczny test świeżości danych
- NPS wzrost z 31 do 44 po przebudowie raportów dla oddziałów
""",
    company="mBank",
    position="Starsza analityczka danych",
    job_description="Wynagrodzenie: 14-18 tys. zł brutto. Szukamy osoby do budowy raportów i modeli ryzyka.",
    language="pl",
    full_name="Katarzyna Wójcik",
)


def _answer(question: str, context: AnswerContext) -> str:
    return backend.compose(question, context).text


@pytest.mark.parametrize(
    ("posted", "senior", "figure"),
    [
        ("£46,000 – £52,000", True, "£50,000"),
        ("£70k–£85k", False, "£78k"),
        ("12 000 – 15 000 zł brutto", False, "13 500 zł"),
        ("15-18 tys. zł brutto", False, "16,5 tys. zł"),
        ("£14.50 - £16.00 per hour", True, "£15.50"),
        ("160–190 zł/h netto (B2B)", True, "180 zł/h"),
        ("£45,000", True, ""),
    ],
)
def test_a_figure_inside_the_posted_range_is_written_like_the_range(posted, senior, figure):
    assert figure_in(posted, senior) == figure


def test_salary_names_the_posted_range_and_a_figure_in_it():
    text = _answer("What are your salary expectations?", TECHNICIAN)
    assert "£44,000 – £50,000" in text
    assert "around £48,000" in text  # ten years of experience: the upper part of the range
    polish = _answer("Jakie są Pani oczekiwania finansowe?", ANALYST_PL)
    assert "14-18 tys. zł" in polish and "w okolice 17 tys. zł" in polish  # five years: the upper part


def test_both_halves_of_a_pay_and_hours_question_are_answered():
    parts = split_parts("What sort of salary are you after, and could you work nights?")
    assert [part.type for part in parts] == ["salary", "other"]
    text = _answer("What sort of salary are you after, and could you work nights?", TECHNICIAN)
    assert "£48,000" in text
    assert "yes" in text.lower() and "4 on 4 off" in text


def test_a_question_about_hours_the_cv_shows_already_says_yes_with_the_proof():
    text = _answer("Are you okay with working nights?", TECHNICIAN)
    assert text.startswith("Yes")
    assert "rota" in text and "22%" not in text


def test_a_mistake_is_never_the_proudest_moment_and_is_the_failure_story():
    proud = _answer("What achievement are you proudest of?", TECHNICIAN)
    assert "interlock" not in proud and "22%" in proud
    failure = _answer("Tell me about a mistake you made.", TECHNICIAN)
    assert "interlock" in failure
    polish_proud = _answer("Z czego jest Pani najbardziej dumna?", ANALYST_PL)
    assert "nieaktualnymi" not in polish_proud


def test_polish_lines_that_speak_already_are_said_as_written():
    text = _answer("Jak współpracuje Pani z innymi działami?", ANALYST_PL)
    assert "wspólnie z zespołem ryzyka przygotowałam nowy model" in text
    assert "do moich zadań należało wspólnie" not in text
    failure = _answer("Proszę opowiedzieć o swoim błędzie.", ANALYST_PL)
    assert "w 2022 opublikowałam raport" in failure and "obejmuje: błąd" not in failure


def test_a_kind_of_tool_or_a_language_the_cv_shows_by_another_name_is_no_gap():
    from copilot.language.answers.cv_mentions import mentions
    from copilot.language.cv.parser import parse_cv

    profile = parse_cv(
        "Anna Kowalska\nKontrolerka finansowa – Metal SA, 2020 – obecnie\n"
        "- Zamknięcia miesięczne w SAP FI/CO\nJęzyki: angielski B2\n"
    )
    assert mentions(profile, "ERP") and mentions(profile, "English")
    assert not mentions(profile, "German") and not mentions(profile, "CRM")


def test_a_talking_point_is_not_cut_at_an_abbreviation():
    from copilot.language.answers.wording import first_clause
    from copilot.language.text import sentences

    assert first_clause("Specjalistka ds. finansów z 6-letnim doświadczeniem. Lubię liczby.") == (
        "Specjalistka ds. finansów z 6-letnim doświadczeniem"
    )
    assert sentences("Budżet ok. 120 tys. zł. Wzrost o 30%.") == ["Budżet ok. 120 tys. zł.", "Wzrost o 30%."]


def test_how_feedback_is_taken_is_answered_as_such_in_both_languages():
    english = _answer("How do you handle feedback?", TECHNICIAN)
    assert "feedback" in english.lower() and "example" in english
    polish = _answer("Jak reaguje Pani na krytykę?", ANALYST_PL)
    assert "informację" in polish or "uwagi" in polish


def test_a_spoken_language_is_answered_from_the_cvs_languages_line():
    context = AnswerContext(
        **{**ANALYST_PL.__dict__, "cv": ANALYST_PL.cv + "\nJęzyki: angielski B2, niemiecki A2\n"}
    )
    english = _answer("Do you use English at work?", context)
    assert "B2" in english and "Not as such" not in english
    german = _answer("Jak u Pani z niemieckim?", context)
    assert "A2" in german and "prostych maili" in german


def test_a_definition_without_notes_says_what_the_answer_covers_not_a_way_of_working():
    text = _answer("Czym się różni faktoring od forfaitingu?", ANALYST_PL)
    assert "definicji" in text and "Zaczynam od tego" not in text


def test_a_definition_with_notes_gives_them():
    text = _answer("Czym się różni rezerwa od rozliczeń międzyokresowych biernych?", ANALYST_PL)
    assert "rezerw" in text and "bierne" in text.lower() and "definicji" not in text


@pytest.mark.parametrize(
    ("question", "context", "said"),
    [
        ("How's your day going so far?", TECHNICIAN, "How about yours?"),
        ("Can I get you a coffee before we start?", TECHNICIAN, "Water would be great"),
        ("Kawy, herbaty?", ANALYST_PL, "Poproszę wodę"),
        ("Dobrze trafiła Pani do nas?", ANALYST_PL, "bez żadnego problemu"),
        (
            "Dzień dobry, nazywam się Marek Kowalczyk, jestem dyrektorem kontraktu. Dobrze Pan do nas trafił? "
            "Bo tu z parkingiem jest zawsze dramat.",
            ANALYST_PL,
            "bez żadnego problemu",
        ),
        (
            "Dzień dobry, dziękuję, że udało się Pani dotrzeć w godzinach pracy. Kawy, wody?",
            ANALYST_PL,
            "Poproszę wodę",
        ),
        # Small talk with no set reply inside a welcome: the welcome is returned, no CV line.
        (
            "Hi, lovely to meet you, thanks for making time, I know it's, what, half-term for you this week? "
            "So hopefully no marking hanging over your head. I'm Claire, I head up the digital learning side.",
            TECHNICIAN,
            "good to meet you too",
        ),
    ],
)
def test_small_talk_gets_one_polite_sentence_and_no_cv(question, context, said):
    text = _answer(question, context)
    assert said in text and "Riverside" not in text and "Bank Pocztowy" not in text


def test_a_makers_name_stays_with_its_product_and_a_till_job_is_no_analyst_experience():
    from copilot.language.answers.job_skills import skills_named

    assert skills_named(("- Excel / Google Sheets, and some Python or R",)) == [
        ["Excel", "Google Sheets", "Python"]
    ]
    graduate = AnswerContext(
        cv="""Amy Fox
amy@mail.com
Data Analyst Intern | Tesco, Jun 2024 - Aug 2024
- Built a weekly sales dashboard in Power BI
Customer Assistant | Sainsbury's, 2019 - 2023
- tills, online order picking
""",
        company="Brightcart",
        position="Junior Data Analyst",
        job_description="Junior Data Analyst. £28,000 – £32,000. SQL, Excel / Google Sheets.",
    )
    text = _answer("What are your salary expectations?", graduate)
    assert "£28,000 – £32,000" in text and "years" not in text


def test_the_pay_said_before_what_are_you_looking_for_makes_it_a_pay_question():
    detection = detect_question(
        "Okay, and then logistics. The band for this is ninety-five to one-fifteen plus shift diff. "
        "What are you looking for, and how much notice do you need to give Cobalt Shield?"
    )
    assert detection.question.startswith("The band for this is ninety-five")
    assert [part.type for part in split_parts(detection.question)] == ["salary", "availability"]
    polish = detect_question(
        "Dobrze. U nas jest podstawa plus premia od marży, rozliczana kwartalnie. Jakie są Pani oczekiwania, "
        "jeśli chodzi o podstawę, i jaki ma Pani okres wypowiedzenia?"
    )
    assert "premia" in polish.question
    assert [part.type for part in split_parts(polish.question)] == ["salary", "availability"]
    assert [
        part.type
        for part in split_parts("The range is thirty-six to forty-two. Where would you hope to land in that?")
    ] == ["salary"]


def test_pay_split_questions_are_salary_and_a_short_yes_no_after_a_follow_up_stays_with_it():
    parts = split_parts("What split between base and variable do you want?")
    assert [part.type for part in parts] == ["salary"]
    assert [part.type for part in split_parts("Ile chciałby Pan zarabiać? B2B czy etat?")] == ["salary"]
    assert [
        part.type for part in split_parts("I jaki był ostateczny efekt? Udało się dotrzymać terminu?")
    ] == ["follow_up"]


def test_a_header_list_of_licences_is_never_who_the_candidate_is():
    from copilot.language.cv.parser import parse_cv

    profile = parse_cv(
        "DANIEL OKAFOR\nStockport | 07845 221 903 | d.okafor@outlook.com\n"
        "Full UK driving licence  ·  SMSTS (renewed 2023)  ·  CSCS Black Card\n\n"
        "PROFILE\nProject Manager with 9 yrs in construction.\n"
    )
    assert profile.headline == "" and all("licence" not in fact.text for fact in profile.facts)


def test_why_the_company_after_a_story_is_why_the_company():
    asked = AnswerContext(
        **{**TECHNICIAN.__dict__, "history": (("Tell me about a mistake you made.", "..."),)}
    )
    text = backend.compose("And why Harlow Foods?", asked)
    assert text.type == "motivation"


def test_the_literal_small_talk_question_is_answered():
    assert (
        _answer("Cześć! Możemy na ty? Słychać mnie dobrze?", ANALYST_PL)
        == "Jasne, chętnie na ty. Tak, słyszę dobrze."
    )
    assert _answer("Can you hear me okay?", TECHNICIAN) == "Yes, I can hear you well."
    assert "Riverside" not in _answer("Did you manage to get parking alright?", TECHNICIAN)


def test_years_stated_in_the_cv_summary_are_the_years_a_pay_figure_rests_on():
    cv = TECHNICIAN.cv.replace(
        "Peterborough | tom.baker@mail.com\n", "PROFILE\nMaintenance technician with 4 years in food.\n\n"
    )
    context = AnswerContext(**{**TECHNICIAN.__dict__, "cv": cv})
    answer = backend.compose("What are your salary expectations?", context)
    assert "4 years" in answer.text and not any("Ask their budget" in point for point in answer.points)


def test_a_range_the_interviewer_names_is_answered_inside_it_with_the_contract_form_and_the_notice():
    context = AnswerContext(
        cv="""Ola Nowak
Senior Backend Engineer | Allegro | 2017 – present
- Led the migration of the payments ledger to monthly partitions, p99 write latency down from 240 ms to 35 ms
""",
        company="Ledgerly",
        position="Senior Backend Engineer",
    )
    answer = backend.compose(
        "We're thinking 20 to 24k a month on B2B for this role. Where would you position yourself, "
        "and would you prefer B2B or a permanent contract? And what's your notice period?",
        context,
    )
    assert answer.type.startswith("salary")
    assert "The range you mention, 20 to 24k a month" in answer.text
    assert "around 23k" in answer.text  # the upper part of their range, for someone with years behind them
    assert "B2B and a permanent contract" in answer.text
    assert "notice" in answer.text.lower()
    assert "budget" not in answer.text


def test_money_and_notice_in_one_breath_say_the_notice_once_and_the_ads_contract_form_is_accepted():
    context = AnswerContext(
        cv="Priya Shah\nRecruitment Consultant | Northstar Recruitment | 2021 – present\n- Billed £210k in 2023\n",
        company="Brightwave",
        position="Senior Recruitment Consultant",
        job_description="£38,000 – £45,000 base + commission\nPermanent contract, full time\n",
    )
    answer = backend.compose(
        "Before we wrap up, money and notice: what would you need to move, and when could you start?", context
    )
    assert answer.text.count("notice period") == 1
    pl = AnswerContext(
        cv="Tomasz Wrona\nKierownik zmiany | Magazyn Centralny | 2019 – obecnie\n- Kieruję zmianą 22 osób\n",
        company="LogiPark",
        position="Kierownik zmiany",
        job_description="Oferujemy: umowę o pracę, 9 000 – 11 000 zł brutto\n",
    )
    answer = backend.compose(
        "Jakie ma Pan oczekiwania co do wynagrodzenia? Umowa o pracę Panu odpowiada?", pl
    )
    assert "Umowa o pracę, którą oferujecie" in answer.text and "B2B" not in answer.text


@pytest.mark.parametrize(
    ("start", "period"),
    [
        ("03.2020", "trzy miesiące"),
        (f"{date.today().year - 2}", "miesiąc"),
        (f"{date.today().month:02d}.{date.today().year}", "dwa tygodnie"),
    ],
)
def test_a_polish_statutory_notice_follows_the_months_with_the_current_employer_and_is_marked_to_confirm(
    start, period
):
    context = AnswerContext(
        cv=f"Tomasz Wrona\nKierownik zmiany | Magazyn Centralny | {start} – obecnie\n- Kieruję zmianą 22 osób\n",
        position="Kierownik zmiany",
    )
    answer = backend.compose("Jaki ma Pan okres wypowiedzenia?", context)
    assert f"ustawowe wypowiedzenie na umowie o pracę to {period}" in answer.text
    assert "potwierdzę w swojej umowie" in answer.text


ENGINEER = AnswerContext(
    cv="""Sam Okafor
Leeds

Software Engineer – Fernbank Insurance, 2020 – present
- On-call one week in six for the quoting platform
- Cut report generation time from 40 to 6 minutes by moving jobs to a queue

Key Account Manager – Dairyline, 2016 – 2020
- Ran quarterly business reviews with two national retailers
""",
    company="Tillpoint",
    position="Backend Engineer",
    job_description="""Backend Engineer at Tillpoint

Requirements:
- 3+ years of backend work in Python
- 2+ years as KAM with retail chains is a strong plus
""",
)


def test_office_terms_stated_then_asked_get_a_yes_and_never_an_on_call_line_as_proof():
    answer = backend.compose(
        "We work hybrid, three days a week in our Manchester office. How would that work for you?", ENGINEER
    )
    assert answer.text.startswith("Yes") and "on-call" not in answer.text.lower()
    on_call = backend.compose("We have an on-call rota. Would that be a problem for you?", ENGINEER)
    assert on_call.text.startswith("Yes") and "on-call one week in six" in on_call.text.lower()


def test_an_abbreviation_the_cv_spells_out_is_no_gap():
    assert "KAM" not in build_plan("What's your biggest weakness?", ENGINEER, "en", None).gaps
    spelled_nowhere = replace(ENGINEER, cv=ENGINEER.cv.replace("Key Account Manager", "Account Lead"))
    assert "KAM" in build_plan("What's your biggest weakness?", spelled_nowhere, "en", None).gaps


def test_what_the_manager_would_say_is_told_as_their_view_with_a_result_as_proof():
    answer = backend.compose("What would your manager say about you?", ENGINEER)
    assert answer.text.startswith("I think they'd say my biggest strength is")
    assert "from 40 to 6 minutes" in answer.text


def test_a_graduates_part_time_job_that_shares_a_word_with_the_role_is_no_years_of_experience():
    graduate = AnswerContext(
        cv="""Experience
Northway Housing | Data Analyst Intern | 06/2023 – 09/2023
- Built a Power BI dashboard of repair times

Boots | Customer Assistant (part-time) | 10/2019 – present
- Tills, stock replenishment, customer queries
""",
        position="Junior Data Analyst – Customer Insights",
        job_description="Junior Data Analyst\n£28,000 – £32,000\n",
    )
    answer = backend.compose("What salary are you looking for?", graduate)
    assert "years" not in answer.text and "£" in answer.text


def test_a_graduate_opens_with_the_internship_in_the_field_not_the_part_time_till_job():
    graduate = AnswerContext(
        cv="""Experience
Northway Housing | Data Analyst Intern | 06/2023 – 09/2023
- Built a Power BI dashboard of repair times by trade

Boots | Customer Assistant (part-time) | 10/2021 – present
- Tills, stock replenishment, customer queries
""",
        position="Junior Data Analyst – Customer Insights",
    )
    text = backend.compose("Tell me a bit about yourself.", graduate).text
    assert "Power BI dashboard" in text and "Tills" not in text and "tills" not in text


def test_weekend_cover_stated_then_asked_is_a_question_about_terms():
    answer = backend.compose(
        "It's a weekday role, but once a month we need someone to cover a Saturday. Would that be a problem for you?",
        ENGINEER,
    )
    assert answer.text.startswith("Yes")


TESTER = AnswerContext(
    cv="""Ola Nowak
QA Engineer – TravelNest, 2019 – present
- Manual and exploratory testing of the booking flow on iOS and Android
- API testing in Postman, later automated in REST Assured
""",
    company="Fleetwise",
    position="QA Engineer",
)


def test_a_yes_needs_the_subject_itself_not_only_its_head_word():
    # "testing" alone is shared with the booking-flow line; performance testing is nowhere on the CV
    answer = _answer("Have you done any performance testing?", TESTER)
    assert not answer.startswith("Yes") and "booking flow" not in answer.split(".")[0]
    # a line with the subject's own tool is a yes
    with_load = replace(TESTER, cv=TESTER.cv + "- Load tests in k6 before the peak season\n")
    answer = _answer("Have you done any performance testing?", with_load)
    assert answer.startswith("Yes") and "k6" in answer


def test_a_line_that_says_noticed_or_available_is_no_notice_period():
    context = replace(
        TESTER,
        cv=TESTER.cv
        + "- A broken filter in 2023 went on for 9 days before anyone noticed\n"
        + "- Made the test reports available to 40 developers\n",
    )
    answer = _answer("What's your notice period?", context)
    assert "noticed" not in answer and "available to 40" not in answer and "notice" in answer


def test_the_notice_answer_says_the_current_title_with_its_article():
    answer = _answer("When could you start?", TESTER)  # the wording that names the title
    assert "I'm currently a QA Engineer at TravelNest" in answer


def test_a_career_break_question_is_answered_from_what_the_cv_says_of_the_break():
    returner = AnswerContext(
        cv="""Rebecca Hartley
Profile
I'm a B2B software salesperson with six years of closing experience. In 2023 I took a planned year out to care for my father; I'm ready and keen to get back into a full-time closing role. During the break I kept my skills current through a negotiation course.

Senior Account Executive | RouteMatrix, Bristol | 2020 - Feb 2023
- 2022: 124% of £620k quota, #2 of 9 AEs
""",
        company="Fieldbase",
        position="Account Executive",
        job_description="Account Executive\\nYou'll own the full sales cycle for new customers with 50–500 employees, typically with deal sizes between £25k and £120k ARR.\\n",
    )
    answer = _answer(
        "Thanks for being upfront about the year out in your CV. How are you feeling about coming back into a "
        "quota-carrying role, and what did you do to stay sharp?",
        returner,
    )
    assert "I'm ready and keen to get back" in answer and "negotiation course" in answer
    assert "124%" not in answer and "I'm an in 2023" not in answer and "typically" not in answer


def test_small_talk_before_the_real_question_and_commissioning_are_no_pleasantry_or_pay():
    answer = _answer(
        "Hi, come on in. Did you find us okay? So, to kick us off, just give me the quick version: where you are "
        "now, and how you ended up in testing in the first place.",
        TESTER,
    )
    assert "no trouble" not in answer and "TravelNest" in answer
    commissioning = _answer("What's the most stressful commissioning you've been on?", TESTER)
    assert "£" not in commissioning and "range" not in commissioning
    saturdays = _answer("Are you comfortable with Saturdays? We do them on a rota.", TESTER)
    assert "Not hands-on" not in saturdays and "not hands-on" not in saturdays


def test_hobbies_are_no_evidence_and_a_missed_timescale_stays_out_of_the_introduction():
    context = replace(
        TESTER,
        cv=TESTER.cv
        + "- In 2021 my backlog reached 27 tickets and two test plans went past the agreed timescale\n"
        + "\nInterests\nRestoring old motorbikes, climbing\n",
    )
    pressure = _answer(
        "What's the most stressful release you've been on, and how did you get through it?", context
    )
    assert "motorbikes" not in pressure
    intro = _answer("Tell me about yourself.", context)
    assert "went past" not in intro


def test_leaving_pulled_away_and_travel_that_sits_with_you_are_understood():
    leave = _answer("So what's pulling you away from TravelNest? It sounds like a decent gig.", TESTER)
    assert "moving towards this role" in leave or "not leaving because of a problem" in leave
    travel = _answer(
        "We're looking at six site trips a year, sometimes a week in Europe. How does that sit with you?",
        TESTER,
    )
    assert travel.startswith(("Yes", "That works")) or "works for me" in travel


def test_a_colleague_asked_by_name_in_the_same_turn_gets_no_answer_of_the_candidates():
    answer = _answer(
        "Great, thanks, that's really useful. Priya, anything else from you? No? Okay. What would you like to ask us?",
        TESTER,
    )
    assert answer.startswith("Yes") and "TravelNest" not in answer.split("?")[0]


def test_current_pay_asked_is_answered_without_an_invented_figure():
    answer = _answer("What are you on at the moment, basic and commission?", TECHNICIAN)
    assert answer.startswith("I'm happy to share my current package with HR") and "£48,000" in answer


def test_rather_than_waiting_for_the_managers_job_is_answered_with_why_leave():
    answer = _answer(
        "So why leave TravelNest? Why us, rather than waiting for your manager's job to come up?", TESTER
    )
    assert "Waiting for an internal opening" in answer or "internal" in answer.lower()


def test_a_kind_of_kit_is_no_honest_gap_and_an_untitled_job_is_no_step_up():
    electrician = AnswerContext(
        cv="Craig Whitfield\nEXPERIENCE\nMaintenance Electrician | Brantwood Snacks Ltd | 2017 - present\n"
        "- Replaced 28 DC drives with ABB ACS880 drives on the fryer line\n",
        company="Harrow & Vale Foods Ltd",
        position="Maintenance Supervisor",
        job_description="Requirements:\n- Fault-finding on VFDs and PLCs (Siemens)\n",
    )
    weakness = _answer("What's your weaker area, honestly?", electrician)
    assert "VFDs" not in weakness and "PLCs" not in weakness
    motivation = _answer("And why us?", electrician)
    assert "Ltd" not in motivation
    auditor = AnswerContext(
        cv="Karolina Wiśniewska\nDOŚWIADCZENIE\n09.2021 – obecnie\nErnst & Young Audyt Polska sp. z o.o. sp.k.\n"
        "– udział w 14 badaniach rocznych i 6 przeglądach śródrocznych\n",
        company="Meritum Audyt sp. z o.o.",
        position="Starszy Audytor",
    )
    leave = _answer("Dlaczego chce Pani odejść z Big Four?", auditor)
    assert "jako ," not in leave and "sp." not in leave


def test_a_joke_before_the_real_question_is_its_lead_in_and_the_language_level_is_from_the_cv():
    forwarder = AnswerContext(
        cv="Katarzyna Nowicka\nDOŚWIADCZENIE\nSpedytor | FastWay Cargo | 2021 – obecnie\n– obsługa 14 stałych klientów\n\n"
        "JĘZYKI OBCE (wg ESOKJ)\nNiemiecki – C1\n",
        position="Spedytor międzynarodowy",
    )
    parts = split_parts(
        "Możemy przez chwilę przejść na niemiecki? Nie, żartuję, ale niech Pani powie, jak Pani ocenia swój niemiecki "
        "w rozmowach z klientem?"
    )
    assert len(parts) == 1
    text = _answer(
        "Możemy przez chwilę przejść na niemiecki? Nie, żartuję, ale niech Pani powie, jak Pani ocenia swój niemiecki "
        "w rozmowach z klientem, gdy trzeba negocjować albo się kłócić o reklamację?",
        forwarder,
    )
    assert "C1" in text and "14 stałych klientów" not in text


def test_a_careers_years_in_the_summary_are_not_a_tools_years():
    designer = AnswerContext(
        cv="Hannah Okafor\nProfile\nPrimary school teacher, 8 years, QTS, retraining into learning design; built three "
        "modules in Articulate Rise and Storyline for real clients.\n\nExperience\n"
        "Freelance Learning Designer | 2024 – present\n- Built a Storyline branching scenario for a charity\n",
        position="Learning Experience Designer",
    )
    text = _answer("How confident are you honestly with Storyline, like triggers and variables?", designer)
    assert "Storyline for about 2 years" in text and "about 8" not in text


def test_a_long_duty_is_never_read_out_as_a_closing_question():
    site = AnswerContext(
        cv="Tomasz Wierzbicki\nDOŚWIADCZENIE\nKierownik budowy | Karmar | 2019 – obecnie\n– nadzór nad budową\n",
        position="Kierownik budowy",
        job_description="Zakres obowiązków:\n– pełnienie funkcji kierownika budowy w rozumieniu Prawa budowlanego\n",
    )
    text = _answer("Czy ma Pan jakieś pytania do nas?", site)
    assert "Prawa budowlanego" not in text and "kolejne kroki" in text
