"""The knowledge base: every topic well formed in both languages, and questions find their topic."""

from __future__ import annotations

import re

import pytest

from copilot.language.knowledge import find_topics, load_topics


def test_the_base_covers_at_least_150_topics_in_english_and_polish() -> None:
    topics = load_topics()
    assert len(topics) >= 150
    assert len({topic.id for topic in topics}) == len(topics)
    for topic in topics:
        assert topic.phrases, topic.id
        for language in ("en", "pl"):
            points = topic.points[language]
            assert 3 <= len(points) <= 5, topic.id
            assert topic.title[language], topic.id
            for point in points:
                assert not re.search(r"[\[\]{}]", point), (topic.id, point)
        assert len(topic.points["en"]) == len(topic.points["pl"]), topic.id
    domains = {topic.domain for topic in topics}
    assert {
        "programming",
        "databases",
        "system_design",
        "devops",
        "data",
        "product",
        "behavioural",
    } <= domains


@pytest.mark.parametrize(
    ("question", "topic"),
    [
        ("What's the difference between a process and a thread?", "process-vs-thread"),
        ("czym się różni proces od wątku", "process-vs-thread"),
        ("Czym się różni INNER JOIN od LEFT JOIN?", "sql-joins"),
        ("how would you design a rate limiter", "design-rate-limiter"),
        ("Explain the CAP theorem", "cap-theorem"),
        ("what is a p-value", "p-value-significance"),
        ("jak zapobiegasz przeuczeniu modelu", "overfitting-regularisation"),
        ("so what does the GIL actually do in python", "python-gil"),
        ("what does the MMC on a position tolerance actually buy you", "gdt-position-tolerance-mmc"),
        ("jaki ROAS jest progiem rentowności przy zwrotach 35 procent", "break-even-roas-returns-margin"),
        ("talk me through a Section 47 enquiry", "section-47-enquiry"),
        # a lone word right after the last "what" is the subject, however long the turn before it
        (
            "When you're designing a booking flow for older patients, what are the specific accessibility things "
            "you check for, beyond just colour contrast?",
            "web-accessibility",
        ),
    ],
)
def test_a_question_finds_its_topic_in_either_language(question: str, topic: str) -> None:
    assert find_topics(question)[0].topic.id == topic


@pytest.mark.parametrize(
    "question",
    [
        "Tell me about yourself.",
        "Why do you want to join us?",
        "I see you worked somewhere that used PostgreSQL and Redis a lot, how did you like the people there?",
    ],
)
def test_questions_without_a_subject_or_with_a_passing_mention_find_nothing(question: str) -> None:
    assert find_topics(question) == []


@pytest.mark.parametrize(
    ("question", "topic"),
    [
        ("Walk me through how you would safely isolate a circuit.", "safe-isolation-procedure"),
        (
            "A user calls and the error says the trust relationship between this workstation and the primary "
            "domain failed. What's going on, and how would you fix it?",
            "domain-trust-relationship-failed",
        ),
        (
            "Where would you keep a refresh token on Android so it can't be read off a rooted phone?",
            "android-keystore-token-storage",
        ),
        (
            "Your system suitability fails on tailing. What do you do with the run?",
            "hplc-system-suitability-failure",
        ),
        ("Jak bezpiecznie odłączyć obwód przed pracą?", "safe-isolation-procedure"),
        ("How do you test emergency lighting?", "emergency-lighting-testing"),
        ("Jak sprawdza Pan oświetlenie awaryjne?", "emergency-lighting-testing"),
        ("What's the sequence of tests when you do an EICR?", "eicr-inspection-testing-sequence"),
        (
            "A three-phase motor keeps tripping, how would you fault find it?",
            "three-phase-motor-fault-finding",
        ),
        ("How do you manage controlled drugs?", "controlled-drugs-management"),
        ("Jak postępuje Pani z lekami psychotropowymi i narkotycznymi?", "controlled-drugs-management"),
        ("How do you handle a prescription you think is wrong?", "prescription-clinical-check"),
        ("Co Pani zrobi, gdy recepta budzi wątpliwości?", "prescription-clinical-check"),
        ("What would you do if a patient kept asking for codeine?", "otc-medicines-misuse"),
        ("Jak postąpi Pani, gdy pacjent odmawia przyjęcia leku?", "medication-refusal-consent"),
        ("What would you do if a patient refuses their medication?", "medication-refusal-consent"),
        ("Co Pani zrobi w przypadku konfliktu z lekarzem?", "disagreement-with-doctor"),
        ("Jak radzi sobie Pani ze stresem na dyżurze?", "stress-on-shift-healthcare"),
        ("Jak zapobiega Pani odleżynom?", "pressure-ulcer-prevention"),
        ("How do you carry out a landlord gas safety check?", "gas-safety-check"),
        ("How do you plan preventive maintenance?", "planned-preventive-maintenance"),
        ("How do you rotate stock?", "stock-rotation-fifo"),
        ("Jak stosuje Pan zasady HACCP w kuchni?", "haccp-food-safety"),
        ("Jak przeprowadza Pan inwentaryzację?", "inventory-counts-cycle-counting"),
        ("What are the drivers' hours rules?", "drivers-hours-tachograph"),
        ("How do you prepare a VAT return?", "vat-returns"),
        ("Jak rozlicza Pani VAT i JPK?", "vat-returns"),
        ("Jak radzi sobie Pani z trudnym zachowaniem ucznia?", "classroom-management-behaviour"),
        ("What would you do with an out of specification result?", "out-of-specification-results"),
        # a name written in capitals counts inside a long question, and a hyphenated name as its words
        (
            "Sprzedajemy meble do Niemiec i do Austrii, a część komponentów kupujemy w Holandii, więc proszę "
            "powiedzieć, o czym trzeba pamiętać przy WDT?",
            "intra-eu-supplies-wdt-wnt",
        ),
        ("How do you apply lock-out tag-out on a machine with two energy sources?", "permit-to-work-loto"),
        (
            "If I say Kerberoasting, what is it, and how would you detect it in the logs?",
            "kerberoasting-detection",
        ),
        (
            "Kiedy używa Pan volatile? Czy samo volatile wystarczy przy przerwaniu?",
            "c-volatile-isr-shared-data",
        ),
        (
            "Klient zgłasza, że sterownik co kilka dni resetuje się z watchdoga. Od czego Pan zaczyna?",
            "watchdog-reset-field-debugging",
        ),
        (
            "Jak Pani ustala istotność ogólną i wykonawczą dla spółki, która wyszła na stratę?",
            "audit-materiality-benchmarks",
        ),
        (
            "What are the rules for the controlled drugs register in a veterinary practice?",
            "vet-controlled-drugs-uk",
        ),
    ],
)
def test_trade_and_care_questions_find_their_topic(question: str, topic: str) -> None:
    assert find_topics(question)[0].topic.id == topic


@pytest.mark.parametrize(
    ("question", "topic"),
    [
        ("How do you approach monitoring?", "security-patrols-incident-reporting"),
        ("What place would this role have in your career?", "payroll-processing"),
        ("How do you calculate Ppk?", "payroll-processing"),
        ("Jaka jest rotacja zapasów w dniach?", "stock-rotation-fifo"),
        (
            "How would you check whether last night's restore tests actually worked, beyond a green tick in the console?",
            "night-work-allowance-pl",
        ),
        (
            "The line needs the production order released today and the lab result is not ready. What do you say?",
            "feature-launch-go-to-market",
        ),
    ],
)
def test_everyday_words_do_not_pull_in_trade_topics(question: str, topic: str) -> None:
    assert topic not in [match.topic.id for match in find_topics(question)]
