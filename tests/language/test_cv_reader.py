"""The CV reader: roles, dates, facts with their meaning, contact details kept out, spoken forms."""

from __future__ import annotations

import re
from datetime import date
from pathlib import Path

import pytest

from copilot.language.cv import parse_cv
from copilot.language.cv.spoken import first_person, talking_point

EN_CV = """Jan Kowalski
Senior Backend Engineer
Warsaw | jan.kowalski@example.com | +48 600 100 200 | linkedin.com/in/jkowalski

Summary
Backend engineer with 7 years of experience building event-driven systems in Python and Go.

Experience
Senior Backend Engineer | Allegro | 2020 – present
• Designed and maintained a Kafka-based event pipeline processing 5M events per day.
• Reduced p95 API latency from 800 ms to 120 ms by introducing Redis caching.
• Incident commander during the 2022 outage: consumer lag stopped confirmations for 47 minutes,
  coordinated 3 teams and wrote the postmortem.
• Rolled out a pricing engine that had to be rolled back after two days; re-released it with tests.

Comarch — Backend Developer
Jan 2017 – Dec 2019
- Built REST APIs in Django and PostgreSQL for a billing platform used by 200 clients.
- Worked with the Finance and Risk teams on a monthly reconciliation report.

Skills
Python, Go, Kafka, PostgreSQL (advanced), Redis, Docker

Education
MSc Computer Science, AGH University of Science and Technology, 2017

Wyrażam zgodę na przetwarzanie moich danych osobowych dla potrzeb rekrutacji.
"""

PL_CV = """KATARZYNA WÓJCIK
Analityk danych
Warszawa | k.wojcik@example.pl | tel. 512 347 908

PODSUMOWANIE
Analityczka danych z 4-letnim doświadczeniem w e-commerce i ubezpieczeniach.

DOŚWIADCZENIE ZAWODOWE

03.2021 – obecnie
Analityk danych, Towarzystwo Ubezpieczeń Horyzont S.A., Warszawa
• Zautomatyzowałam miesięczny raport szkodowości (SQL + Python) – czas przygotowania spadł z 3 dni do 2 godzin
• Współpraca z działem likwidacji szkód i IT przy migracji hurtowni danych (8 miesięcy, 140 tabel)
• W 2022 r. błąd w złączeniu tabel zawyżył wskaźnik w raporcie dla zarządu; wykryłam go, skorygowałam raport
• Wdrażam do pracy stażystów (2 osoby w 2023 r.)

07.2019 – 02.2021
Młodszy analityk, Butomania.pl, Zielona Góra
- dashboardy sprzedażowe w Power BI dla 14 kategorii produktów

UMIEJĘTNOŚCI
SQL, Python (pandas), Power BI, dbt
"""


@pytest.fixture(scope="module")
def en():
    return parse_cv(EN_CV)


@pytest.fixture(scope="module")
def pl():
    return parse_cv(PL_CV)


def test_roles_come_out_with_title_employer_and_dates_in_every_layout(en, pl) -> None:
    assert [(r.title, r.employer, r.current) for r in en.roles] == [
        ("Senior Backend Engineer", "Allegro", True),
        ("Backend Developer", "Comarch", False),
    ]
    assert (en.roles[1].start_year, en.roles[1].end_year) == (2017, 2019)
    # Dates on their own line first, then "Title, Employer, City".
    assert [(r.title, r.employer, r.current) for r in pl.roles] == [
        ("Analityk danych", "Towarzystwo Ubezpieczeń Horyzont S.A.", True),
        ("Młodszy analityk", "Butomania.pl", False),
    ]


def test_contact_details_and_consent_clauses_are_never_facts(en, pl) -> None:
    for profile in (en, pl):
        spoken = " ".join(fact.text for fact in profile.facts)
        assert "@" not in spoken and "600 100 200" not in spoken and "512 347 908" not in spoken
        assert "linkedin" not in spoken.lower() and "zgodę" not in spoken
        assert profile.contact
    assert en.name == "Jan Kowalski" and en.headline == "Senior Backend Engineer"


def test_a_wrapped_bullet_is_one_fact_and_themes_say_what_story_it_tells(en) -> None:
    incident = next(f for f in en.facts if "Incident commander" in f.text)
    assert "postmortem" in incident.text  # the continuation line joined its bullet
    assert "incident" in incident.themes
    rollback = next(f for f in en.facts if "rolled back" in f.text)
    assert "failure" in rollback.themes
    latency = next(f for f in en.facts if "latency" in f.text)
    assert "impact" in latency.themes and "failure" not in latency.themes
    assert latency.numbers and "Redis" in latency.skills
    finance = next(f for f in en.facts if "Finance" in f.text)
    assert "collaboration" in finance.themes


def test_summary_skills_years_language_and_gender(en, pl) -> None:
    assert en.years_experience == 7 and pl.years_experience == 4
    assert "PostgreSQL" in en.skills and "Power BI" in pl.skills
    assert en.language == "en" and pl.language == "pl"
    assert pl.gender == "f" and en.gender is None


def test_english_bullets_are_spoken_in_the_first_person_with_the_right_tense(en) -> None:
    facts = {f.text.split()[0]: f for f in en.facts if f.kind == "work"}
    assert first_person(facts["Designed"], "en") == (
        "In my current role at Allegro, I designed and maintained a Kafka-based event pipeline "
        "processing 5M events per day."
    )
    assert first_person(facts["Built"], "en").startswith("At Comarch, I built REST APIs")
    assert first_person(facts["Incident"], "en").startswith(
        "In my current role at Allegro, I acted as incident commander"
    )
    summary = next(f for f in en.facts if f.kind == "summary")
    assert first_person(summary, "en").startswith("I'm a backend engineer with 7 years")


def test_polish_bullets_keep_their_own_verbs_and_noun_phrases_read_as_sentences(pl) -> None:
    automated = next(f for f in pl.facts if f.text.startswith("Zautomatyzowałam"))
    assert first_person(automated, "pl").startswith(
        "Obecnie w firmie Towarzystwo Ubezpieczeń Horyzont zautomatyzowałam miesięczny raport"
    )
    cooperation = next(f for f in pl.facts if f.text.startswith("Współpraca"))
    assert "zajmuję się współpracą z działem" in first_person(cooperation, "pl")
    summary = next(f for f in pl.facts if f.kind == "summary")
    assert first_person(summary, "pl").startswith("Jestem analityczką danych")


def test_a_line_in_the_other_language_is_quoted_after_a_translated_verb(en, pl) -> None:
    designed = next(f for f in en.facts if f.text.startswith("Designed"))
    spoken = first_person(designed, "pl", gender="f")
    assert spoken.startswith("Obecnie w firmie Allegro zaprojektowałam i utrzymywałam „a Kafka-based")
    automated = next(f for f in pl.facts if f.text.startswith("Zautomatyzowałam"))
    assert first_person(automated, "en").startswith(
        "In my current role at Towarzystwo Ubezpieczeń Horyzont, I automated"
    )


def test_talking_points_keep_the_employer_and_the_measured_result(en) -> None:
    latency = next(f for f in en.facts if "latency" in f.text)
    point = talking_point(latency, "en")
    assert point.startswith("Allegro: Reduced p95 API latency")
    assert "800 ms to 120 ms" in point
    assert len(point.split()) <= 20


# -- CVs in many layouts (tests/language/cv_samples) -------------------------------------------

SAMPLES = Path(__file__).parent / "cv_samples"


def sample(name: str):
    return parse_cv((SAMPLES / f"{name}.txt").read_text(encoding="utf-8"))


def roles_of(profile) -> list[tuple[str, str, bool]]:
    return [(role.title, role.employer, role.current) for role in profile.roles]


def fact_with(profile, fragment: str):
    return next(fact for fact in profile.facts if fragment in fact.text)


def work_text(profile) -> str:
    return " | ".join(fact.text for fact in profile.facts if fact.kind in ("work", "project"))


@pytest.mark.parametrize("name", sorted(path.stem for path in SAMPLES.glob("*.txt")))
def test_no_sample_cv_turns_contact_details_or_section_labels_into_work(name) -> None:
    profile = sample(name)
    assert profile.roles
    for fact in profile.facts:
        assert "@" not in fact.text and "linkedin" not in fact.text.lower()
        if fact.kind == "work":
            assert fact.role is not None and (fact.role.title or fact.role.employer)
    work = work_text(profile).lower()
    for label in ("skills:", "certs:", "certyfikat", "education", "wykształcenie", "languages", "references"):
        assert label not in work


def test_europass_table_reads_dates_title_and_employer_lines_as_one_role() -> None:
    cv = sample("europass_nurse")
    assert cv.name == "Magdalena Kaczmarek"
    assert roles_of(cv) == [
        ("Staff Nurse", "Leeds Teaching Hospitals NHS Trust", True),
        ("Pielęgniarka", "Szpital Uniwersytecki w Krakowie", False),
    ]
    assert (cv.roles[1].start_year, cv.roles[1].end_year) == (2012, 2019)
    assert fact_with(cv, "hourly rounding").role == cv.roles[0]
    assert any("Bachelor of Nursing" in line for line in cv.education)
    assert "Polish" in cv.languages and "Cerner EPR" in cv.skills
    every = " ".join(fact.text for fact in cv.facts)
    assert "Band 6" not in every and "Human health" not in every and "Date of birth" not in every
    # Counted from the first job (2012), not from the degree (2008).
    assert date.today().year - 2013 <= cv.years_experience <= date.today().year - 2012


def test_linkedin_export_with_sidebar_first_and_several_titles_at_one_employer() -> None:
    cv = sample("linkedin_export_pm")
    assert cv.name == "Olivia Brandt" and cv.headline == "Senior Product Manager at Zalando"
    assert roles_of(cv) == [
        ("Senior Product Manager", "Zalando", True),
        ("Product Manager", "Zalando", False),
        ("Associate Product Manager", "Delivery Hero", False),
    ]
    assert fact_with(cv, "returns portal").role.title == "Product Manager"
    assert fact_with(cv, "A/B tests").role.employer == "Delivery Hero"
    assert cv.years_experience == 8
    assert "SQL" in cv.skills and any("German" in line for line in cv.languages)
    assert fact_with(cv, "Scrum Product Owner").kind == "certificate"
    assert "months" not in work_text(cv) and "Berlin" not in work_text(cv)


def test_polish_one_line_per_job_with_polish_dates_and_headings() -> None:
    cv = sample("budowa_jedna_linia_pl")
    assert roles_of(cv) == [
        ("Kierownik budowy", "Budimex S.A.", True),
        ("Inżynier budowy", "Mirbud S.A.", False),
        ("Asystent kierownika budowy", "Erbud S.A.", False),
        ("Praktyki studenckie", "Skanska", False),
    ]
    assert [(r.start_year, r.end_year) for r in cv.roles[1:3]] == [(2015, 2018), (2012, 2015)]
    assert cv.roles[3].internship and not cv.roles[0].internship
    assert cv.years_experience == 12  # "od 12 lat na budowach"
    assert any("Politechnika" in line for line in cv.education)
    assert not work_text(cv)  # no bullets: certificates and education are never work
    assert {fact.kind for fact in cv.facts if "Uprawnienia" in fact.text} == {"certificate"}
    assert "AutoCAD" in cv.skills and cv.languages


def test_messy_lowercase_cv_without_headings() -> None:
    cv = sample("messy_chef")
    assert cv.name == "Daniel Okafor" and cv.headline == "chef de partie"
    first, second = cv.roles
    assert (first.title, first.employer, first.current) == ("chef de partie", "The Ivy", True)
    assert second.employer == "Hawksmoor" and (second.start_year, second.end_year) == (2018, 2021)
    assert "commis chef" in second.title and "demi chef de partie" in second.title and ">" not in second.title
    assert cv.years_experience == 9  # "~9 yrs"
    assert [fact.text for fact in cv.facts if fact.role == first] == [
        "run the grill on 250+ cover nights",
        "trained 3 commis chefs, 2 now cdp",
        "cut food waste about 20% with new prep lists",
    ]
    assert any("nvq" in line for line in cv.education)
    assert fact_with(cv, "allergen").kind == "certificate"
    assert "nvq" not in work_text(cv) and "hygiene" not in work_text(cv)


def test_two_column_pdf_paste_is_read_one_column_after_the_other() -> None:
    cv = sample("two_column_designer")
    assert cv.name == "SOFIA ALVES" and cv.headline == "Graphic Designer"
    assert roles_of(cv) == [
        ("Senior Designer", "Studio Fuzzy", False),
        ("Designer", "Brandia Central", False),
    ]
    assert cv.summary == (
        "Brand and packaging designer with 6 years of agency experience, from concept to print.",
    )
    assert fact_with(cv, "rebrand").text.endswith("(120 stores), on time and on budget")
    assert "Portuguese" not in work_text(cv) and "LANGUAGES" not in work_text(cv)
    assert {"Figma", "Adobe Illustrator"} <= set(cv.skills)
    assert any("Portuguese" in line for line in cv.languages)
    assert cv.years_experience == 6


def test_all_caps_cv_with_dates_above_each_header() -> None:
    cv = sample("allcaps_electrician")
    assert [(r.title.lower(), r.employer.lower()) for r in cv.roles] == [
        ("senior electrician", "sparks & sons electrical ltd"),
        ("approved electrician", "wales & west contracting"),
        ("apprentice electrician", "hughes brothers building services"),
    ]
    assert cv.roles[0].current and cv.roles[2].internship
    assert cv.years_experience == 10  # "over ten years' experience"
    assert any("NVQ" in line for line in cv.education)
    assert "NVQ" not in work_text(cv) and "licence" not in work_text(cv)


def test_cv_without_any_dates_still_has_roles_and_no_invented_years() -> None:
    cv = sample("no_dates_retail")
    assert roles_of(cv) == [("Retail Supervisor", "Boots", False), ("Sales Assistant", "Waterstones", False)]
    assert fact_with(cv, "loyalty card").role.employer == "Boots"
    assert fact_with(cv, "story time").role.employer == "Waterstones"
    assert cv.years_experience is None
    assert not any("References" in item for item in cv.skills)


def test_polish_cv_with_roman_month_dates_and_since_dates() -> None:
    cv = sample("programista_pl")
    assert roles_of(cv) == [
        ("Starszy programista Java", "Nordea Bank Abp", True),
        ("Programista Java", "Asseco Poland S.A.", False),
        ("Stażysta", "Intel Technology Poland", False),
    ]
    assert cv.roles[0].start_year == 2021 and (cv.roles[1].start_year, cv.roles[1].end_year) == (2018, 2020)
    assert cv.roles[2].internship
    assert cv.years_experience == 5  # "z pięcioletnim doświadczeniem"
    assert cv.gender == "m" and cv.language == "pl"
    assert fact_with(cv, "Oracle Certified").kind == "certificate"
    assert "Gdańsk" not in " ".join(fact.text for fact in cv.facts)


def test_linkedin_web_copy_drops_employment_type_location_and_internships_from_years() -> None:
    cv = sample("linkedin_web_data_engineer")
    assert roles_of(cv) == [("Data Engineer", "Revolut", True), ("Data Engineer Intern", "Monzo Bank", False)]
    assert "Hybrid" not in work_text(cv) and "Skills" not in work_text(cv)
    assert {"Apache Kafka", "Scala"} <= set(cv.skills)
    assert cv.years_experience <= date.today().year - 2022  # the 2021 internship does not count
    assert any("BSc" in line for line in cv.education)


def test_stated_years_in_words_win_over_dates_and_letters_after_the_name_are_not_a_headline() -> None:
    cv = sample("social_worker_uk")
    assert cv.name == "Hannah Price" and cv.headline == ""
    assert cv.years_experience == 6  # "six years' experience", though the jobs span 2016-2025
    assert roles_of(cv) == [
        ("Senior Social Worker", "Bristol City Council", False),
        ("Social Worker", "South Gloucestershire Council", False),
    ]
    assert len(cv.education) == 2 and "Sociology" not in work_text(cv)


def test_segment_labels_are_not_employers_and_education_years_do_not_count() -> None:
    cv = sample("sales_segments_en")
    assert roles_of(cv) == [("Account Executive", "Datadog", False), ("Account Executive", "HubSpot", False)]
    assert fact_with(cv, "120 mid-market accounts").role.employer == "HubSpot"
    assert 7 <= cv.years_experience <= 8  # 2016-2019 and 2020-2024, not from the 2012 degree
    assert "Gong" in cv.skills and "Salesforce" not in work_text(cv)
    assert not any("Google" in role.employer for role in cv.roles)


def test_role_header_lines_in_many_shapes() -> None:
    cv = parse_cv(
        "Experience\n"
        "Account Executive, Mid-Market — Intercom, Dublin — 2021 to present\n"
        "- Closed €1.4M in new ARR\n"
        "Barista, Pret A Manger, Bristol (2019-2021) - trained new staff, shift lead on weekends\n"
        "07.2018 – 02.2019 — Stażystka w dziale HR, Volkswagen Poznań\n"
        "Firma: Budimex S.A.\nStanowisko: Kierownik budowy\nOkres: 2015 – 2018\n"
        "• Rozliczenia z inwestorem (waloryzacja w okresie wzrostu cen stali 2021–2022)\n"
    )
    assert roles_of(cv) == [
        ("Account Executive", "Intercom", True),
        ("Barista", "Pret A Manger", False),
        ("Stażystka w dziale HR", "Volkswagen Poznań", False),
        ("Kierownik budowy", "Budimex S.A.", False),
    ]
    assert fact_with(cv, "trained new staff").role.employer == "Pret A Manger"
    assert fact_with(cv, "Rozliczenia").role.employer == "Budimex S.A."


def test_employer_line_above_a_dated_title_line_and_sub_headings_inside_a_job() -> None:
    cv = sample("us_resume_finance")
    assert roles_of(cv) == [
        ("Senior Financial Analyst", "Dell Technologies", False),
        ("Audit Associate", "Ernst & Young", False),
    ]
    assert fact_with(cv, "monthly close").role.employer == "Dell Technologies"  # after "Key achievements:"
    assert cv.years_experience == 8  # Aug 2016 – Dec 2024, the 2016 degree not counted
    assert "CPA" not in work_text(cv)


def test_polish_cv_written_as_a_form_and_a_school_among_the_jobs() -> None:
    cv = sample("formularz_pl")
    assert cv.name == "Tomasz Kowalczyk"
    assert roles_of(cv) == [
        ("Kierownik sklepu", "Lidl Polska Sp. z o.o.", False),
        ("Zastępca kierownika sklepu", "Biedronka", False),
    ]
    assert [fact.role.employer for fact in cv.facts if fact.kind == "work"] == ["Lidl Polska Sp. z o.o."] * 2
    assert fact_with(cv, "praktyki w hurtowni").kind == "education"
    assert cv.years_experience == 9  # 2014–2017 and 01.2018–12.2024, not the school years


def test_markdown_markers_never_reach_names_roles_or_facts() -> None:
    cv = sample("markdown_operations")
    assert cv.name == "Grace Mensah"
    assert roles_of(cv) == [
        ("Hub Operations Manager", "Parcelwise UK", True),
        ("Shift Supervisor", "DPD Depot", False),
    ]
    assert cv.roles[1].start_year == 2018 and cv.roles[1].end_year == 2020  # "*Mar 2018 – Dec 2020*"
    every = " ".join([*(fact.text for fact in cv.facts), *cv.skills, *cv.summary, cv.headline])
    assert not any(mark in every for mark in ("*", "#", "`", "](", "__"))
    assert fact_with(cv, "Workday").text == "Trained 12 new supervisors on the Workday rota module."
    assert fact_with(cv, "sortation hub").text.startswith("Run a sortation hub")
    assert {"Excel", "Power BI"} <= set(cv.skills) and cv.years_experience == 8
    assert (
        fact_with(cv, "IOSH").kind == "certificate" and len(cv.education) == 2
    )  # "Education & Certificates"


def test_lowercase_cv_keeps_one_fact_per_line_and_finds_the_name_the_email_confirms() -> None:
    cv = sample("lowercase_soc_helpdesk")
    assert cv.name == "Marta Kowalczyk" and cv.headline == ""
    assert roles_of(cv) == [("service desk analyst", "Nordhaven", True), ("retail assistant", "Empik", False)]
    assert [fact.text for fact in cv.facts if fact.role == cv.roles[0]] == [
        "answer around 40 tickets a day for 3 client companies in jira service management",
        "reset passwords and MFA, set up laptops for new starters",
        "wrote 15 knowledge base articles, repeat tickets dropped about 20%",
        "escalate network issues to L2 with logs and screenshots attached to the ticket for the network team "
        "to pick up",
        "weekend on-call 1 in 6",
    ]
    assert len([fact for fact in cv.facts if fact.role == cv.roles[1]]) == 2


def test_polish_cv_without_diacritics_keeps_its_current_job() -> None:
    cv = sample("polski_bez_ogonkow")
    assert cv.name == "Agnieszka Dabrowska" and cv.language == "pl"
    assert roles_of(cv) == [
        ("koordynator transportu miedzynarodowego", "Translog Polska Sp. z o.o.", True),
        ("spedytor", "Cargo-Trans", False),
    ]
    assert (cv.roles[1].start_year, cv.roles[1].end_year) == (2018, 2021)
    assert fact_with(cv, "negocjowanie stawek").role == cv.roles[0]
    assert cv.years_experience == 6 and "Timocom" in cv.skills and cv.education


NOW = (
    "2021-obecnie|2021 – nadal|od 2021 do teraz|2021 - do dzis|2021 – wciaz|styczen 2021 – obecnie|01.2021 - aktualnie"
    "|od 2021 do chwili obecnej|2021 – present|Jan 2021 – now|2021 - current"
)


@pytest.mark.parametrize("dates", NOW.split("|"))
def test_every_word_for_now_opens_a_current_job_with_or_without_diacritics(dates) -> None:
    for head in ("DOSWIADCZENIE ZAWODOWE:", "Doświadczenie zawodowe", "Experience"):
        cv = parse_cv(f"{head}\n{dates} spedytor miedzynarodowy, SpedPol Sp. z o.o.\n- obsluga zlecen FTL\n")
        assert roles_of(cv) == [("spedytor miedzynarodowy", "SpedPol Sp. z o.o.", True)], head
        assert cv.roles[0].start_year == 2021


def test_prose_paragraphs_become_whole_sentences_of_their_job() -> None:
    cv = sample("prose_care_coordinator")
    assert roles_of(cv) == [
        ("Care Coordinator", "Sunrise Homecare", True),
        ("Senior Carer", "Oakfield Care Home", False),
    ]
    current = [fact.text for fact in cv.facts if fact.role == cv.roles[0]]
    assert len(current) == 4 and all(text[0].isupper() and text.endswith(".") for text in current)
    assert fact_with(cv, "buddy scheme").text.endswith(
        "with Leeds City Council, and carer turnover fell from 38% to 24% within a year."
    )
    assert fact_with(cv, "infection-control").text.endswith("log for the home manager.")
    assert cv.years_experience == 7


def test_project_and_client_lines_are_context_for_the_lines_under_them() -> None:
    cv = sample("project_based_engineer")
    assert roles_of(cv) == [
        ("Site Engineer", "Halcrow Build Ltd", True),
        ("Assistant Site Engineer", "Morgan Sindall", False),
    ]
    assert not any(re.match(r"(?i)project|client", fact.text) for fact in cv.facts)
    assert fact_with(cv, "Trimble").project == "12-storey residential tower, RC frame, GBP 48m"
    assert fact_with(cv, "drainage falls").project == "retail park car park, GBP 9m"
    diaries = fact_with(cv, "daily diaries")
    assert diaries.project.startswith("Network Rail") and diaries.role == cv.roles[1]
    assert cv.years_experience == (date.today().year * 12 + date.today().month - 1 - (2017 * 12 + 6)) // 12
    undated = parse_cv(
        "Experience\nSite Engineer — Halcrow Ltd\nProject: tower, GBP 48m (2022 - present)\n* Set out grids."
    )
    assert (
        roles_of(undated) == [("Site Engineer", "Halcrow Ltd", False)]
        and undated.facts[0].project == "tower, GBP 48m"
    )


def test_a_work_line_naming_gdpr_is_not_a_consent_clause() -> None:
    cv = parse_cv(
        "Experience\nData Protection Officer, Acme Ltd, 2019 – present\n- Handled 300 GDPR subject access requests a year\n"
        "I consent to the processing of my personal data (GDPR).\n"
    )
    assert [fact.text for fact in cv.facts] == ["Handled 300 GDPR subject access requests a year"]


def test_a_title_above_a_dated_line_that_names_the_employer_then_a_place_or_department() -> None:
    cv = """EXPERIENCE

Legal Assistant (Polish desk)
Brent & Harrow Solicitors, Ealing, London | September 2020 – February 2022
- Handled client intake for 15 new enquiries per week

Planista Produkcji
Zakłady Mięsne Nowak sp. z o.o., Stryków | 03.2020 – obecnie
- Planowanie produkcji dla 3 linii

Senior Physiotherapist (Band 6)
Leeds NHS Foundation Trust – Outpatient Physiotherapy | October 2021 – present
- Caseload of 12 patients a day

Google
Senior Engineer, Zurich | 2020 – 2023
- Built the ads pipeline
"""
    roles = [(role.title, role.employer) for role in parse_cv(cv).roles]
    assert roles == [
        ("Legal Assistant", "Brent & Harrow Solicitors"),
        ("Planista Produkcji", "Zakłady Mięsne Nowak sp. z o.o."),
        ("Senior Physiotherapist", "Leeds NHS Foundation Trust"),
        ("Senior Engineer", "Google"),
    ]


def _titles_and_employers(cv: str) -> list[tuple[str, str]]:
    return [(role.title, role.employer) for role in parse_cv(cv).roles]


def test_pdf_columns_split_by_a_wide_gap_are_date_employer_and_title():
    cv = """Doświadczenie
03.2021 – obecnie   Nordbyte Sp. z o.o. (Gdańsk)   Programista Python
- rozwój API płatności
09.2018 – 02.2021   Baltic Soft S.A. (Gdynia)   Młodszy programista
- testy i poprawki
"""
    assert _titles_and_employers(cv) == [
        ("Programista Python", "Nordbyte Sp. z o.o."),
        ("Młodszy programista", "Baltic Soft S.A."),
    ]


def test_an_employer_above_two_dated_titles_employs_both_and_a_bracket_is_no_number_line():
    cv = """EXPERIENCE
Harbour Foods Ltd, Bristol — family-owned bakery group, c. £40m revenue
Shift Manager | Apr 2022 – Present
Team Leader | Jan 2020 – Mar 2022
- Ran a line of 14 operators

Senior Nurse (Band 6) – Ward 12, Acute Medicine (32 beds)
Avon Valley NHS Trust, Bristol
June 2016 – December 2019
• Practice Supervisor for students – supported 9 students since 2017
• Led the ward's sepsis audit
"""
    assert _titles_and_employers(cv) == [
        ("Shift Manager", "Harbour Foods Ltd"),
        ("Team Leader", "Harbour Foods Ltd"),
        ("Senior Nurse", "Avon Valley NHS Trust"),
    ]


def test_dates_then_an_employer_and_town_then_the_title():
    cv = """DOŚWIADCZENIE ZAWODOWE

04.2020 – obecnie
Nordlog Polska Sp. z o.o., Stryków
Specjalistka ds. rekrutacji
• Rekrutacje masowe do dwóch magazynów

01.2017 – 03.2020
Kadry Plus S.A., Łódź
Konsultantka ds. rekrutacji
• Około 30 zamkniętych procesów rocznie
"""
    assert _titles_and_employers(cv) == [
        ("Specjalistka ds. rekrutacji", "Nordlog Polska Sp. z o.o."),
        ("Konsultantka ds. rekrutacji", "Kadry Plus S.A."),
    ]


def test_a_short_title_line_over_employer_town_and_dates_names_the_job_even_in_words_not_listed():
    cv = """Tom Baker

EXPERIENCE

Quality Technician
Northgate Foods Ltd, Peterborough    |    March 2020 – present
- Cut foreign-body complaints by 40% in a year

Production Operative (temporary, via agency)
Hollis Packaging, Corby    |    Jan 2018 – Feb 2020
Night shifts on the packing line, line clearance

Analytical Chemist
Trentvale Analytical Services, Welwyn Garden City    |    2016 – 2018
- Routine HPLC analysis of vitamins
"""
    assert _titles_and_employers(cv) == [
        ("Quality Technician", "Northgate Foods Ltd"),
        ("Production Operative", "Hollis Packaging"),
        ("Analytical Chemist", "Trentvale Analytical Services"),
    ]
    described = next(fact for fact in parse_cv(cv).facts if fact.text.startswith("Night shifts"))
    assert described.role is not None and described.role.employer == "Hollis Packaging"


def test_dates_and_a_title_then_the_employer_line_where_the_title_ends_in_the_job_word():
    cv = """Ewa Lis

DOŚWIADCZENIE

03.2022 – obecnie | Social Media Specialist
Pixel Studio (agencja kreatywna), Gdańsk
- prowadzenie 6 profili marek
"""
    assert _titles_and_employers(cv) == [("Social Media Specialist", "Pixel Studio")]


def test_a_promotion_note_and_dated_lowercase_bullets_open_no_roles():
    cv = """Jan Kowal

DOŚWIADCZENIE ZAWODOWE

03.2018 – obecnie
Transpol Sp. z o.o., CD Poznań-Komorniki
Kierownik zmiany (od 06.2020), wcześniej Operator wózka widłowego
- koordynacja pracy 30 osób
- skrócenie czasu załadunku o 15% (2021–2022)
* lider 5-osobowego zespołu (od 2019)

2012 – 2018
Chemix Sp. z o.o., Piotrków Trybunalski (hurtownia chemii gospodarczej dla sieci handlowych)
Operator wózka widłowego / Lider zespołu
* inwentaryzacje kwartalne
"""
    assert _titles_and_employers(cv) == [
        ("Kierownik zmiany", "Transpol Sp. z o.o."),
        ("Operator wózka widłowego / Lider zespołu", "Chemix Sp. z o.o."),
    ]
    shortened = next(fact for fact in parse_cv(cv).facts if fact.text.startswith("skrócenie"))
    assert shortened.role is not None and shortened.role.employer == "Transpol Sp. z o.o."


def test_roles_after_a_profile_with_no_experience_heading_are_roles_not_profile():
    profile = parse_cv(
        """Rebecca Hartley
Bath | rebecca@example.com

Profile
I'm a B2B software salesperson with six years of closing experience.

Senior Account Executive | RouteMatrix, Bristol | 2020 - Feb 2023
- 2021: 81% of quota - lost a £140k deal with a national courier at the final stage

Account Executive | Clockwise HR, Cardiff | 2017 - 2020
- 2019: 112% of quota; President's Club
"""
    )
    assert [(r.title, r.employer) for r in profile.roles] == [
        ("Senior Account Executive", "RouteMatrix"),
        ("Account Executive", "Clockwise HR"),
    ]
    courier = next(f for f in profile.facts if "courier" in f.text)
    assert courier.kind == "work" and courier.role.employer == "RouteMatrix"


def test_a_title_line_then_an_employer_and_town_line_read_as_title_and_employer():
    profile = parse_cv(
        """Anna Kowalska
DOŚWIADCZENIE
2015–2019
Samodzielna Księgowa, później Zastępca Głównej Księgowej
Meble Rogalski S.A., Swarzędz
- Rozrachunki, środki trwałe.

Pracownik biurowy / młodszy spedytor
Euro-Trans Dariusz Nowak, Zgierz
2018 - 2021
- przyjmowanie zleceń, wystawianie dokumentów
- od 2019 samodzielne planowanie transportów krajowych (10 aut, plandeki)
"""
    )
    assert [(r.title, r.employer) for r in profile.roles] == [
        ("Zastępca Głównej Księgowej", "Meble Rogalski S.A."),
        ("Pracownik biurowy / młodszy spedytor", "Euro-Trans Dariusz Nowak"),
    ]
    planning = next(f for f in profile.facts if "planowanie" in f.text)
    assert planning.kind == "work" and planning.role.employer == "Euro-Trans Dariusz Nowak"
    assert not any(role.current for role in profile.roles)


def test_layouts_real_cvs_use_for_their_jobs():
    linkedin = parse_cv(
        """Tom Reed
EXPERIENCE

Halden Manufacturing Group plc
Financial Controller
Apr 2022 - Present
- Own the monthly close for 6 UK entities

Senior Management Accountant
Jun 2019 - Mar 2022
- Monthly management packs

Career break
Jan 2018 - May 2019
- Caring for a family member

Executive Assistant at Calder Logistics Group, Slough | 2015 - 2017
- Diary management for the CEO
"""
    )
    assert [(r.title, r.employer) for r in linkedin.roles] == [
        ("Financial Controller", "Halden Manufacturing Group plc"),
        ("Senior Management Accountant", "Halden Manufacturing Group plc"),
        ("Executive Assistant", "Calder Logistics Group"),
    ]
    caring = next(f for f in linkedin.facts if "Caring" in f.text)
    assert caring.role is None and caring.kind != "work"
    teacher = parse_cv(
        """Katarzyna Lewandowska
Przebieg pracy zawodowej
2016 – obecnie
V Liceum Ogólnokształcące im. Augusta Zamoyskiego, Gdańsk
wicedyrektor (od 2020), wcześniej nauczyciel języka angielskiego
Prowadzenie zajęć w klasach dwujęzycznych.

* 2012–2018 brygadzista instalatorów – Instal-Bud Sp. z o.o., Kielce
  instalacje w budynkach wielorodzinnych, prowadzenie ekipy 6 osób
"""
    )
    assert [(r.title, r.employer, r.current) for r in teacher.roles] == [
        ("wicedyrektor", "V Liceum Ogólnokształcące im. Augusta Zamoyskiego", True),
        ("brygadzista instalatorów", "Instal-Bud Sp. z o.o.", False),
    ]


def test_a_column_layout_with_titles_the_lexicon_lacks_and_a_department_line():
    profile = parse_cv(
        """Ewa Nowak
DOŚWIADCZENIE ZAWODOWE:
2019 – nadal     Urząd Marszałkowski Województwa Podkarpackiego
                 Departament Wdrażania RPO
                 Starszy inspektor, wcześniej inspektor
                 – weryfikacja wniosków o płatność
2012 – 2018      Urząd Miasta Rzeszowa
                 Podinspektor
                 – obsługa systemu CEPiK
"""
    )
    assert [(r.title, r.employer) for r in profile.roles] == [
        ("Starszy inspektor", "Urząd Marszałkowski Województwa Podkarpackiego"),
        ("Podinspektor", "Urząd Miasta Rzeszowa"),
    ]


def test_jobs_are_read_right_across_the_bench_cv_set():
    from bench.cv_reader import score

    found = score()
    assert found.cvs == 24 and found.jobs == 88
    assert found.titles >= 0.8 * found.jobs and found.employers >= 0.85 * found.jobs
    assert found.current >= 0.9 * found.jobs and found.counted_right >= 18


def test_dates_then_two_lines_in_either_order_give_title_and_employer():
    profile = parse_cv(
        """Ewa Nowak
DOŚWIADCZENIE
2018 – 2020
Podinspektor
Urząd Miasta Rzeszowa, Rzeszów
- obsługa kancelarii

2015 – 2018
Gabinet Periodontologii dr n. med. Anny Sikory, Wrocław
Higienistka stomatologiczna
- zabiegi higienizacyjne
"""
    )
    assert [(r.title, r.employer) for r in profile.roles] == [
        ("Podinspektor", "Urząd Miasta Rzeszowa"),
        ("Higienistka stomatologiczna", "Gabinet Periodontologii dr n. med. Anny Sikory"),
    ]


def test_years_said_with_a_polish_genitive_numeral_are_the_years_claimed():
    from copilot.language.cv.years import years_of_experience

    assert years_of_experience(["Od ponad sześciu lat pracuję jako higienistka stomatologiczna."], []) == 6
    assert years_of_experience(["Pracuję w logistyce od dwunastu lat."], []) == 12


def test_a_promotion_inside_a_header_line_and_to_date():
    profile = parse_cv(
        """Aisha Khan
CAREER HISTORY:
Birmingham City Council
Housing Options Officer, later Senior Housing Options Officer
October 2018 to date
Assess homelessness applications. Since 2022 I have supervised four officers.

Answear.com S.A. | Specjalistka ds. kampanii PPC, później Performance Marketing Manager | 2015-2018
- kampanie w 7 krajach CEE
- Benefits, debt and housing advice face-to-face. Paid part-time post from 2014.
"""
    )
    assert [(r.title, r.employer, r.current) for r in profile.roles] == [
        ("Senior Housing Options Officer", "Birmingham City Council", True),
        ("Performance Marketing Manager", "Answear.com S.A.", False),
    ]


def test_a_town_and_region_under_the_name_are_no_headline() -> None:
    cv = parse_cv(
        "Daniel Reyes\nAustin, Texas, United States\ndaniel@example.com\n\nExperience\n"
        "SOC Analyst, Cobalt Shield | 2022 - Present\n- Wrote 23 Splunk correlation searches\n"
    )
    assert cv.headline == "" and "Austin, Texas, United States" in cv.contact


def test_a_registration_held_since_a_year_under_the_name_is_no_current_job() -> None:
    cv = parse_cv(
        "REBECCA LAWSON RVN\nBristol · becky@example.com\nRCVS Registered Veterinary Nurse since 2018\n\n"
        "EXPERIENCE\n2021 – present   Avonside Veterinary Hospital, Bristol — Senior RVN\n"
        "• Lead nurse for a 3-theatre hospital\n"
    )
    assert [role.employer for role in cv.roles] == ["Avonside Veterinary Hospital"]


def test_dot_leaders_a_label_with_a_colon_and_a_languages_heading_with_a_note() -> None:
    cv = parse_cv(
        "Sophie Brennan\nsophie@example.com\n\nEXPERIENCE\n"
        "TK Maxx — Assistant Store Manager, then Deputy Store Manager, Salford ............... Aug 2013 – May 2018\n"
        "Key achievements:\n• Ran the stockroom team of 18\n\n"
        "JĘZYKI OBCE (wg ESOKJ)\nNiemiecki – C1\n"
    )
    assert [(role.title, role.employer) for role in cv.roles] == [
        ("Deputy Store Manager, Salford", "TK Maxx")
    ]
    assert [fact.text for fact in cv.facts if fact.kind == "work"] == ["Ran the stockroom team of 18"]
    assert cv.languages == ("Niemiecki – C1",)


def test_a_practice_area_after_the_title_is_no_employer() -> None:
    cv = parse_cv(
        "Hannah Brookes\nhannah@example.com\n\nExperience\n\nHallam Pryce LLP\n5 years 4 months\n\n"
        "Senior Paralegal – Commercial & Technology\nJanuary 2023 - Present (2 years 11 months)\n"
        "- Handle about 350 NDAs a year\n"
    )
    assert [(role.title, role.employer) for role in cv.roles] == [("Senior Paralegal", "Hallam Pryce LLP")]
