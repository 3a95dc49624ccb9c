"""The offline answer composer: grounded, in the question's language, never inventing facts."""

from __future__ import annotations

import re
from dataclasses import replace

import pytest

from copilot.language.answers.base import AnswerBackend, AnswerContext, AnswerStream
from copilot.language.answers.offline import OfflineAnswerBackend
from copilot.language.answers.voice import PHRASES, feminine
from copilot.language.knowledge import load_topics

BACKEND_CV = """Jan Kowalski
jan.kowalski@example.com | +48 600 100 200 | github.com/jkowalski

Summary
Backend engineer with 7 years of experience building event-driven systems in Python and Go.

Experience
Senior Backend Engineer | Allegro | 2020–2024
• Designed and maintained a Kafka-based event pipeline processing 5M events per day.
• Reduced p95 API latency from 800 ms to 120 ms by introducing Redis caching.
• Led a team of 4 engineers migrating the payments service to Kubernetes.
• Mentored 3 junior developers and ran weekly code reviews.

Backend Developer | Comarch | 2017–2020
- Built REST APIs in Django and PostgreSQL for a billing platform used by 200 clients.
- Wrote integration tests that cut production incidents by 30%.

Skills
Python, Go, Kafka, PostgreSQL, Redis, Docker, Kubernetes, AWS

Education
MSc Computer Science, AGH University of Science and Technology, 2017
"""

BACKEND_JD = """We are looking for a Senior Python Engineer to join our platform team.
- Build event-driven services with Kafka and Python.
- Own the reliability of our payment APIs.
- Salary: 25 000 – 32 000 PLN net B2B.
"""

NURSE_CV = """Anna Nowak
Registered Nurse

Profile
Registered nurse with 9 years of experience in intensive care and emergency departments.

Work Experience
Intensive Care Nurse, St. Mary's Hospital, 2018–2024
* Cared for up to 4 ventilated patients per shift in a 20-bed ICU.
* Trained 12 new nurses in sepsis screening and early warning scores.
* Introduced a handover checklist that reduced medication errors by 25%.

Emergency Department Nurse, City General Hospital, 2015–2018
* Triaged around 60 patients per shift using the Manchester Triage System.
* Coordinated with paramedics and doctors during major trauma cases.

Certifications
Advanced Life Support (ALS), 2019
"""

# A career changer: nursing and data engineering in one CV, to check that retrieval picks the
# line the question is about and not merely any line.
CAREER_CHANGE_CV = """Profile
Former ICU nurse, now a data engineer who builds streaming pipelines for hospitals.

Experience
Data Engineer, MedStream, 2021–2024
- Built a Kafka pipeline that streams bedside monitor data from 14 wards.
- Wrote dbt models for the hospital readmission dashboard.

ICU Nurse, University Hospital Zurich, 2013–2020
- Provided post-operative care for cardiac surgery patients, up to 3 per shift.
- Led the ward's pressure ulcer prevention programme.
"""

ANALYST_CV_PL = """Katarzyna Wiśniewska
Analityk danych

Podsumowanie
Analityczka danych z 5-letnim doświadczeniem w bankowości i e-commerce.

Doświadczenie zawodowe
Analityk danych — mBank — 2021–2024
• Zbudowałam dashboardy w Power BI dla zespołu ryzyka kredytowego (ponad 40 użytkowników).
• Zautomatyzowałam raportowanie w Pythonie i SQL, skracając czas przygotowania raportów
z 2 dni do 3 godzin.
• Prowadziłam warsztaty z analizy danych dla 15 pracowników działu sprzedaży.

Młodszy analityk — Empik — 2019–2021
• Analizowałam koszyki zakupowe klientów sklepu internetowego.
• Przygotowywałam prognozy sprzedaży w Excelu i R.

Umiejętności
SQL, Python (pandas), Power BI, Excel, R, BigQuery

Wykształcenie
Ekonometria, Uniwersytet Ekonomiczny w Krakowie, 2019
"""

TEACHER_CV_PL = """Piotr Zieliński
Nauczyciel matematyki

Doświadczenie
Nauczyciel matematyki, Liceum Ogólnokształcące nr 5 w Gdańsku, 2016–2024
- Przygotowałem 45 uczniów do matury rozszerzonej; średni wynik klasy 78%.
- Prowadziłem kółko olimpijskie, 3 uczniów zostało finalistami olimpiady matematycznej.
- Koordynowałem współpracę z rodzicami i wychowawcami w ramach zespołu przedmiotowego.

Umiejętności
GeoGebra, Excel, prowadzenie zajęć online, praca z uczniami o specjalnych potrzebach
"""

BACKEND = AnswerContext(
    cv=BACKEND_CV,
    company="Acme Payments",
    position="Senior Python Engineer",
    job_description=BACKEND_JD,
    full_name="Jan Kowalski",
)
NURSE = AnswerContext(cv=NURSE_CV, company="Royal Free Hospital", position="ICU Charge Nurse")
ANALYST = AnswerContext(cv=ANALYST_CV_PL, company="Allegro", position="Starszy analityk danych")
TEACHER = AnswerContext(cv=TEACHER_CV_PL, company="Szkoła Podstawowa nr 12", position="Nauczyciel matematyki")
EMPTY = AnswerContext(company="Northwind", position="Data Engineer")

EN_QUESTIONS = [
    "Tell me about yourself.",
    "Why do you want to work with us?",
    "What are your greatest strengths?",
    "What is your biggest weakness?",
    "Tell me about a time you worked under a tight deadline.",
    "Describe a conflict with a colleague and how you handled it.",
    "Tell me about a mistake you made.",
    "What achievement are you most proud of?",
    "Have you ever led a team?",
    "How would you design a URL shortener?",
    "Have you worked with Kafka?",
    "What are your salary expectations?",
    "What is your notice period?",
    "Where do you see yourself in five years?",
    "Do you have any questions for us?",
    "How do you stay organised during a busy week?",
]
PL_QUESTIONS = [
    "Proszę opowiedzieć coś o sobie.",
    "Dlaczego chce Pani u nas pracować?",
    "Jakie są Pani mocne strony?",
    "Jaka jest Pani największa słabość?",
    "Opowiedz o sytuacji, w której musiałaś pracować pod presją czasu.",
    "Jak radzisz sobie z konfliktem w zespole?",
    "Opowiedz o swojej największej porażce.",
    "Z czego jesteś najbardziej dumna?",
    "Jak działa indeks w bazie danych?",
    "Czy pracowałaś z Power BI?",
    "Jakie są Pani oczekiwania finansowe dotyczące wynagrodzenia?",
    "Jaki jest Pani okres wypowiedzenia?",
    "Gdzie widzi się Pani za pięć lat?",
    "Czy ma Pani do nas jakieś pytania?",
]

# Capitalised words and numbers the composer may say without the context supplying them: its own
# sentence patterns and the curated knowledge points. Everything else must come from the context.
_CURATED = " ".join(
    [v for table in PHRASES.values() for variants in table.values() for v in variants]
    + [point for topic in load_topics() for points in topic.points.values() for point in points]
)
# The CV sentence openers of copilot.language.cv.spoken, and Polish templates said by a woman.
_OPENERS = "Jako Obecnie W Tam In At As There Also I On Wcześniej Before"
_WORDS_CURATED = re.findall(r"[\w'’]+", _CURATED + " " + feminine(_CURATED) + " " + _OPENERS)
TEMPLATE_WORDS = frozenset(_WORDS_CURATED) | {word[:1].upper() + word[1:] for word in _WORDS_CURATED}

POLISH_MARKERS = frozenset(
    ["się", "jest", "nie", "na", "w", "z", "że", "to", "do", "oraz", "mam", "moje", "jak"]
)
ENGLISH_MARKERS = frozenset(["the", "and", "i", "to", "of", "my", "in", "is", "that", "with", "for", "a"])

backend = OfflineAnswerBackend()
BACKEND_FAILURE = replace(
    BACKEND,
    cv=BACKEND_CV.replace(
        "- Wrote integration tests",
        "- Rolled out a billing change that had to be rolled back after a day; re-released it with contract tests.\n"
        "- Wrote integration tests",
    ),
)


def _words(text: str) -> list[str]:
    # "5M" is one token (a number), not a capitalised word "M".
    return [word for word in re.findall(r"[\w'’]+", text) if not word[0].isdigit()]


def _looks_polish(text: str) -> bool:
    words = [word.lower() for word in _words(text)]
    polish = sum(word in POLISH_MARKERS for word in words) + len(re.findall(r"[ąćęłńóśźż]", text.lower()))
    english = sum(word in ENGLISH_MARKERS for word in words)
    return polish > english


def _invented(answer: str, context: AnswerContext, question: str) -> list[str]:
    """Capitalised words and numbers in the answer that neither the context nor the curated text supplies."""
    sources = " ".join(
        [context.cv, context.job_description, context.company, context.position, context.full_name, question]
        + [text for pair in context.history for text in pair]
    )
    unsupported = []
    for word in _words(answer):
        if (
            word[0].isupper()
            and word not in TEMPLATE_WORDS
            # a Polish name may be inflected ("w Szpitalu Klinicznym" from "Szpital Kliniczny")
            and not re.search(rf"\b{re.escape(word[: max(5, len(word) - 3)])}", sources)
        ):
            unsupported.append(word)
    for number in re.findall(r"\d+", answer):
        if not re.search(rf"(?<!\d){number}(?!\d)", sources + " " + _CURATED):
            unsupported.append(number)
    return unsupported


def text(question: str, context: AnswerContext, language: str = "auto") -> str:
    return backend.compose(question, context, language).text


def test_backend_satisfies_the_shared_interface_and_streams_the_composed_answer() -> None:
    implementation: AnswerBackend = backend
    assert implementation.name == "offline"
    for context, question in [
        (BACKEND, "Tell me about yourself."),
        (ANALYST, "Jakie jest Twoje największe osiągnięcie?"),
    ]:
        stream = implementation.respond(question, context, "auto")
        assert isinstance(stream, AnswerStream)
        deltas = list(stream)
        assert len(deltas) >= 5 and all(re.fullmatch(r"\S+\s*", delta) for delta in deltas)
        assert stream.answer is not None and "".join(deltas).strip() == stream.answer.text
        assert 2 <= len(stream.answer.points) <= 4
        assert stream.answer.type in ("introduction", "achievement")


@pytest.mark.parametrize(
    ("context", "question"),
    [(ctx, q) for ctx in (BACKEND, NURSE, EMPTY) for q in EN_QUESTIONS]
    + [(ctx, q) for ctx in (ANALYST, TEACHER, EMPTY) for q in PL_QUESTIONS],
)
def test_answers_are_grounded_spoken_and_free_of_placeholders_and_contact_details(
    context: AnswerContext, question: str
) -> None:
    answer = backend.compose(question, context, "auto")
    assert answer.text and answer.points
    assert _invented(answer.text, context, question) == []
    assert not re.search(r"[\[\]]", answer.text + " ".join(answer.points))
    assert "@" not in answer.text and "600 100 200" not in answer.text and "github" not in answer.text
    assert 12 <= len(answer.text.split()) <= 130


def test_the_invention_checker_catches_a_made_up_employer_and_number() -> None:
    assert _invented("I worked at Zyntrax for 437 years.", BACKEND, "Tell me about yourself.") == [
        "Zyntrax",
        "437",
    ]


@pytest.mark.parametrize("question", EN_QUESTIONS)
def test_english_questions_get_english_answers_even_in_a_polish_interview(question: str) -> None:
    assert not _looks_polish(text(question, replace(ANALYST, language="pl")))


@pytest.mark.parametrize("question", PL_QUESTIONS)
def test_polish_questions_get_polish_answers_even_with_an_english_cv(question: str) -> None:
    assert _looks_polish(text(question, ANALYST))
    answer = text(question, BACKEND)
    assert _looks_polish(answer)
    # English CV lines are quoted after a Polish verb, never spliced in unmarked.
    sources = (BACKEND.cv + " " + BACKEND.job_description).lower()
    for quoted in re.findall(r"„([^”]*)”", answer):
        assert quoted.lower().rstrip(".") in sources


def test_a_failure_question_tells_the_failure_not_a_success() -> None:
    answer = backend.compose(
        "Tell me about a time something you shipped didn't go as planned.", BACKEND_FAILURE
    )
    assert "rolled back" in answer.text
    assert "latency" not in answer.text and "5M events" not in answer.text
    success_only = text("Tell me about a mistake you made.", BACKEND)
    # Nothing in this CV is a failure: no success story is passed off as one.
    assert "latency" not in success_only and "Kafka" not in success_only
    assert "planning" in success_only or "timeline" in success_only


def test_stories_pick_the_cv_line_whose_meaning_fits() -> None:
    assert "Mentored 3 junior developers" in " ".join(
        backend.compose("Have you mentored anyone?", BACKEND).facts
    )
    assert "reduced medication errors by 25%" in text("What achievement are you most proud of?", NURSE)
    teacher = text("Opowiedz o sytuacji, w której współpracowałeś z innymi.", TEACHER)
    assert "współpracę z rodzicami" in teacher


def test_experience_with_a_tool_names_where_and_a_missing_one_is_admitted() -> None:
    kafka = text("Have you worked with Kafka?", BACKEND)
    assert kafka.startswith("Yes") and "Allegro" in kafka and "5M events per day" in kafka
    rust = text("Have you ever worked with Rust?", BACKEND)
    assert "Rust" in rust and re.search(r"haven't|isn't|not hands-on", rust)
    assert "Rust" not in BACKEND.cv  # honest: nothing claimed
    polish = text("Czy pracowałaś z Power BI?", ANALYST)
    assert polish.startswith("Tak") and "dashboardy w Power BI" in polish


def test_technical_questions_get_the_subjects_key_points_and_a_link_to_the_cv() -> None:
    threads = text("What is the difference between a process and a thread?", BACKEND)
    assert re.search(r"memory", threads, re.I) and "First, I would" not in threads
    kafka = text("How does Kafka work?", BACKEND)
    assert re.search(r"partition", kafka, re.I) and "Allegro" in kafka
    joins = text("Czym się różni INNER JOIN od LEFT JOIN?", ANALYST)
    assert _looks_polish(joins) and "left join" in joins.lower()


def test_the_job_description_drives_why_us_and_the_salary_range() -> None:
    why = text("Why do you want to join Acme Payments?", BACKEND)
    assert re.search(r"event-driven services|payment APIs", why)
    salary = text("What are your salary expectations?", BACKEND)
    assert "25 000 – 32 000 PLN" in salary
    nurse = text("What are your salary expectations?", NURSE)
    assert all(number in NURSE.cv for number in re.findall(r"\d+", nurse))  # no range: no number invented


def test_both_parts_of_a_two_part_question_are_answered() -> None:
    answer = backend.compose("Why do you want to join us, and why are you leaving Allegro?", BACKEND)
    assert answer.type == "motivation+why_leave"
    assert "event-driven" in answer.text and re.search(r"leaving|looking for|next step", answer.text)
    assert "current role" not in answer.text  # the CV's last role ended in 2024


def test_follow_ups_continue_the_story_just_told() -> None:
    question = "Tell me about your biggest achievement."
    first = backend.compose(question, BACKEND)
    assert "800 ms to 120 ms" in first.text
    context = replace(BACKEND, history=((question, first.text),))
    outcome = text("And what was the outcome?", context)
    assert "120 ms" in outcome or "800" in outcome
    without_history = backend.compose("And what was the outcome?", BACKEND)
    assert without_history.type != "follow_up"
    polish = AnswerContext(cv=ANALYST_CV_PL, history=(("Czy pracowałaś z Power BI?", "Tak."),))
    assert "dashboardy" in text("Opowiedz więcej.", polish)


def _quotes_the_cv(sentence: str, cv: str) -> bool:
    words = re.findall(r"\w+", sentence)
    return any(" ".join(words[i : i + 6]) in " ".join(re.findall(r"\w+", cv)) for i in range(len(words) - 5))


def test_unrelated_answers_share_no_boilerplate_sentence() -> None:
    seen: dict[str, str] = {}
    for context in (BACKEND, NURSE):
        for question in EN_QUESTIONS:
            answer = backend.compose(question, context)
            for sentence in re.split(r"(?<=[.!?])\s+", answer.text):
                if len(sentence.split()) >= 5 and not _quotes_the_cv(sentence, context.cv):
                    assert seen.setdefault(sentence, answer.type) == answer.type, sentence


def test_brief_and_detailed_preferences_change_the_length() -> None:
    question = "Tell me about yourself."
    default = len(text(question, BACKEND).split())
    brief = len(text(question, replace(BACKEND, system_prompt="Answer briefly.")).split())
    krotko = len(text(question, replace(BACKEND, system_prompt="Odpowiadaj krótko")).split())
    assert brief < default and krotko == brief


def test_an_empty_cv_gets_an_honest_answer_without_inventions() -> None:
    for question in ("Tell me about a time you failed.", "Have you led a team?", "Why do you want this job?"):
        answer = text(question, EMPTY)
        assert answer and _invented(answer, EMPTY, question) == []


def test_three_questions_in_one_turn_share_one_answers_length() -> None:
    question = (
        "How do you approach code review? What do you look for in someone else's pull request, and how do you "
        "handle feedback on your own code that you don't agree with?"
    )
    answer = backend.compose(question, BACKEND)
    assert len(answer.text.split()) <= 160
    # what a reviewer looks for in a pull request is about the code, not about the team one likes
    assert "work best in a team" not in answer.text
    assert "feedback" in answer.text.lower()
