"""The CV reader: roles, dates, facts with their meaning, contact details kept out, spoken forms."""

from __future__ import annotations

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
    assert "do moich zadań należy współpraca z działem" in first_person(cooperation, "pl")
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
