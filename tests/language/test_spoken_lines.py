"""CV lines from many trades said aloud: verbs the reader must recognise (prefixed, irregular, British
spellings), lines without a verb said in the frame their shape asks for, Polish that is never inflected
where it cannot be, and lines in the other language translated as far as their words are known."""

from __future__ import annotations

import re

import pytest

from copilot.language.answers.wording import end_sentence
from copilot.language.cv import parse_cv
from copilot.language.cv.casing import proper_case
from copilot.language.cv.model import Fact, Role
from copilot.language.cv.spoken import first_person, role_prefix
from copilot.language.verbs import is_past_tense, past_tense, verb_base

NOW_EN = Role("Site Manager", "Kier", current=True)
THEN_EN = Role("Team Leader", "Tesco", current=False)
NOW_PL = Role("Kierownik", "Biedronka", current=True)
THEN_PL = Role("Kierownik", "Biedronka", current=False)


def said(
    text: str, role: Role, language: str, *, written: str | None = None, gender: str | None = None
) -> str:
    return first_person(Fact(1, text, "work", role, written or language), language, gender, with_role=False)


# -- verbs ----------------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("word", "past", "base"),
    [
        ("co-wrote", True, None),
        ("co-led", True, None),
        ("re-designed", True, None),
        ("up-skilled", True, None),
        ("cross-trained", True, None),
        ("on-boarded", True, None),
        ("rewrote", True, None),
        ("outgrew", True, None),
        ("sought", True, None),
        ("digitised", True, None),
        ("co-write", False, "co-write"),
        ("digitise", False, "digitise"),
        ("prioritises", False, "prioritise"),
        ("customer-focused", False, None),
        ("expertise", False, None),
        ("reset", False, None),
    ],
)
def test_prefixed_irregular_and_british_verbs_are_recognised(word: str, past: bool, base: str | None) -> None:
    assert is_past_tense(word) is past
    assert verb_base(word) == base


def test_a_prefixed_verb_keeps_its_prefix_in_the_past() -> None:
    assert past_tense("co-write") == "co-wrote"
    assert past_tense("re-train") == "re-trained"


# -- English lines with a verb ----------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("line", "role", "expected"),
    [
        (
            "Co-wrote 4 seasonal menus a year; costed every dish",
            NOW_EN,
            "I co-wrote 4 seasonal menus a year and costed every dish.",
        ),
        (
            "Co-led the rollout of e-prescribing across 4 wards",
            THEN_EN,
            "I co-led the rollout of e-prescribing across 4 wards.",
        ),
        (
            "Cross-trained 6 operators on both packing lines",
            THEN_EN,
            "I cross-trained 6 operators on both packing lines.",
        ),
        ("On-boarded 30 new drivers in peak season", THEN_EN, "I on-boarded 30 new drivers in peak season."),
        ("Oversaw 3 refurbishments worth £1.2m", THEN_EN, "I oversaw 3 refurbishments worth £1.2 million."),
        (
            "Prioritise referrals for 25 families; liaise with schools and GPs",
            NOW_EN,
            "I prioritise referrals for 25 families and liaise with schools and GPs.",
        ),
        (
            "Sought feedback from 200 customers and fed it into the menu",
            THEN_EN,
            "I sought feedback from 200 customers and fed it into the menu.",
        ),
        (
            "helped set up the new bristol depot in 2020",
            THEN_EN,
            "I helped set up the new Bristol depot in 2020.",
        ),
        ("Promoted to shift lead after 9 months", THEN_EN, "I was promoted to shift lead after 9 months."),
        (
            "Mentored 4 junior paralegals; two qualified as solicitors",
            THEN_EN,
            "I mentored 4 junior paralegals, and two qualified as solicitors.",
        ),
        (
            "Handled 40-60 calls per day, customer satisfaction rose to 92%",
            THEN_EN,
            "I handled 40-60 calls per day, and customer satisfaction rose to 92%.",
        ),
        (
            "Responsible for HACCP records; restaurant kept its 5-star rating",
            NOW_EN,
            "I'm responsible for HACCP records, and the restaurant kept its 5-star rating.",
        ),
        (
            "Found a compromised account, escalated, account disabled within 40 min",
            THEN_EN,
            "I found a compromised account and escalated, with the account disabled within 40 minutes.",
        ),
        (
            "Overhauled the filing system, 3000+ files scanned",
            THEN_EN,
            "I overhauled the filing system, with 3000+ files scanned.",
        ),
        (
            "Key user for the WMS move (2022): tested pick and replenishment flows, trained 60 staff",
            THEN_EN,
            "As key user for the WMS move in 2022, I tested pick and replenishment flows and trained 60 staff.",
        ),
        (
            "Own the checkout for 14 markets. Launched one-click reorder",
            NOW_EN,
            "I own the checkout for 14 markets. I launched a one-click reorder.",
        ),
    ],
)
def test_english_lines_with_a_verb(line: str, role: Role, expected: str) -> None:
    assert said(line, role, "en") == expected


# -- English lines without a verb -------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("line", "role", "expected"),
    [
        (
            "Project: 5-storey student accommodation, RC frame, GBP 22m (2022 - present)",
            NOW_EN,
            "Since 2022, I've been working on a 5-storey student accommodation project, RC frame, £22 million.",
        ),
        (
            "Project: NHS ward refurbishment, 28 beds, £3m (2019 - 2021)",
            NOW_EN,
            "From 2019 to 2021, I worked on an NHS ward refurbishment project, 28 beds, £3 million.",
        ),
        (
            "Client: Tesco, 14 stores (2021 - present)",
            NOW_EN,
            "Since 2021, I've been working with Tesco, 14 stores.",
        ),
        (
            "Highways maintenance scheme: quantities, as-built surveys, permits",
            THEN_EN,
            "I worked on a highways maintenance scheme, covering quantities, as-built surveys and permits.",
        ),
        ("Tools: Sage, Xero, excel", THEN_EN, "I worked with Sage, Xero and Excel."),
        ("Budget: £450k per year", THEN_EN, "I had a budget of £450k per year."),
        (
            "Key achievements: 98% on-time delivery, zero lost-time injuries",
            THEN_EN,
            "My key achievements included 98% on-time delivery and zero lost-time injuries.",
        ),
        (
            "2023: caught a payroll error worth £18k before the run",
            THEN_EN,
            "In 2023, I caught a payroll error worth £18k before the run.",
        ),
        (
            "During the Covid lockdown: ran the click-and-collect service for 3 stores",
            THEN_EN,
            "During the Covid lockdown, I ran the click-and-collect service for 3 stores.",
        ),
        (
            "Stock control and ordering for a 60-cover restaurant",
            THEN_EN,
            "I was responsible for stock control and ordering for a 60-cover restaurant.",
        ),
        (
            "Diary and file management for the property department, preparing completion statements, Land Registry forms",
            THEN_EN,
            "I was responsible for diary and file management for the property department, preparing completion "
            "statements and Land Registry forms.",
        ),
        (
            "Picking, loading, reach truck operation",
            THEN_EN,
            "I did picking, loading and reach truck operation.",
        ),
        (
            "Setting out and levels for groundworks; daily diaries",
            NOW_EN,
            "I do setting out and levels for groundworks and daily diaries.",
        ),
        (
            "Invoicing, credit control and supplier payments",
            NOW_EN,
            "I do invoicing, credit control and supplier payments.",
        ),
        (
            "Zero RIDDOR-reportable incidents on my shift since 2021; investigated 6 near misses",
            NOW_EN,
            "There have been zero RIDDOR-reportable incidents on my shift since 2021, and I investigated 6 near misses.",
        ),
        (
            "No customer complaints upheld in 2022",
            THEN_EN,
            "There were no customer complaints upheld in 2022.",
        ),
        (
            "340 supplier contracts reviewed in three weeks",
            THEN_EN,
            "I reviewed 340 supplier contracts in three weeks.",
        ),
        (
            "35% fewer missed appointments after introducing text reminders",
            THEN_EN,
            "The result was 35% fewer missed appointments after introducing text reminders.",
        ),
        (
            "Team of 9 care assistants, night shifts",
            THEN_EN,
            "I had a team of 9 care assistants, night shifts.",
        ),
        ("Fire warden for the 3rd floor", THEN_EN, "I was the fire warden for the 3rd floor."),
        (
            "Temporary Works Supervisor for the back-propping on levels 2-5",
            NOW_EN,
            "I'm the Temporary Works Supervisor for the back-propping on levels 2-5.",
        ),
        ("Full UK driving licence, category C+E", THEN_EN, "I have a full UK driving licence, category C+E."),
        (
            "forklift counterbalance and reach licences",
            NOW_EN,
            "I have forklift counterbalance and reach licences.",
        ),
    ],
)
def test_english_lines_without_a_verb_get_a_frame_that_fits(line: str, role: Role, expected: str) -> None:
    assert said(line, role, "en") == expected


@pytest.mark.parametrize(
    "line",
    [
        "Co-wrote 4 seasonal menus a year",
        "Re-designed the rota",
        "Up-skilled the team on HACCP",
        "Project: school extension (2020 - 2022)",
        "Results: NPS 32 -> 51",
        "Zero lost-time injuries in 3 years",
        "Picking, packing and despatch",
        "Digitised 40 maintenance logs",
    ],
)
def test_i_worked_on_never_comes_before_a_verb_or_a_label(line: str) -> None:
    spoken = said(line, THEN_EN, "en")
    assert not re.search(
        r"worked on (?:an? )?(?:\w+-)?\w+ed\b|worked on \w+:|with results like|present\b", spoken
    )


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "alerts in splunk es and crowdstrike, siem tuning",
            "alerts in Splunk es and CrowdStrike, SIEM tuning",
        ),
        ("reports in power bi and excel", "reports in Power BI and Excel"),
        ("i excel at kpi reporting", "I excel at KPI reporting"),
        ("mostly modern british + italian in london", "mostly modern British + Italian in London"),
    ],
)
def test_names_and_acronyms_typed_in_lowercase_get_their_letters(text: str, expected: str) -> None:
    assert proper_case(text) == expected


def test_polish_text_keeps_its_lowercase_words() -> None:
    assert proper_case("język angielski i excel", "pl") == "język angielski i Excel"


# -- Polish lines -------------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("line", "role", "gender", "expected"),
    [
        (
            "Dla sklepu zoologicznego: migracja kampanii do Performance Max – ROAS wzrósł z 480% do 640%",
            NOW_PL,
            None,
            "Jednym z moich projektów była migracja kampanii do Performance Max dla sklepu zoologicznego, ROAS "
            "wzrósł z 480% do 640%.",
        ),
        (
            "Dla działu HR: przygotowanie raportów absencji",
            NOW_PL,
            None,
            "Dla działu HR zajmuję się przygotowaniem raportów absencji.",
        ),
        (
            "Dla klienta FMCG: wdrożenie nowego procesu zamówień – czas realizacji skrócony o 30%",
            NOW_PL,
            None,
            "Jednym z moich projektów było wdrożenie nowego procesu zamówień dla klienta FMCG, czas realizacji "
            "został skrócony o 30%.",
        ),
        (
            "Testy A/B kreacji – koszt pozyskania klienta niższy o 22%",
            NOW_PL,
            None,
            "Jednym z moich projektów były testy A/B kreacji, koszt pozyskania klienta był niższy o 22%.",
        ),
        (
            "Wymiana i parametryzacja falowników Danfoss",
            NOW_PL,
            None,
            "Zajmuję się wymianą i parametryzacją falowników Danfoss.",
        ),
        (
            "baza ok 70 sprawdzonych przewoznikow, weryfikacja OCP i licencji",
            NOW_PL,
            None,
            "Zakres moich obowiązków obejmuje: baza ok. 70 sprawdzonych przewoznikow, weryfikacja OCP i licencji.",
        ),
        (
            "srednia marza na zleceniu ok 11 pct, najlepszy kwartal 14 pct",
            NOW_PL,
            None,
            "Moje wyniki to: srednia marza na zleceniu ok. 11%, najlepszy kwartal 14%.",
        ),
        ("Średnia ocena klientów 4,8/5", NOW_PL, None, "Moje wyniki to: średnia ocena klientów 4,8/5."),
        (
            "gielda Trans.eu, Timocom, system TMS",
            NOW_PL,
            None,
            "Moje narzędzia pracy: gielda Trans.eu, Timocom, system TMS.",
        ),
        ("prawo jazdy kat B", THEN_PL, None, "Mam prawo jazdy kat. B."),
        ("Kierowca zmiany nocnej", NOW_PL, None, "Pracuję jako kierowca zmiany nocnej."),
        ("Kierowca zmiany nocnej", THEN_PL, "f", "Pracowałam jako kierowca zmiany nocnej."),
        ("Nagroda pracownik roku 2022", THEN_PL, None, "Moje wyróżnienie: nagroda pracownik roku 2022."),
        (
            "Sprzedaż w I kwartale wyższa o 18% r/r",
            THEN_PL,
            None,
            "Sprzedaż w I kwartale była wyższa o 18% rok do roku.",
        ),
        ("Flota 12 samochodów dostawczych", THEN_PL, "m", "Odpowiadałem za flotę 12 samochodów dostawczych."),
        ("Baza 120 stałych klientów", NOW_PL, None, "Odpowiadam za bazę 120 stałych klientów."),
    ],
)
def test_polish_lines_are_framed_without_inflecting_what_cannot_be(
    line: str, role: Role, gender: str | None, expected: str
) -> None:
    assert said(line, role, "pl", gender=gender) == expected


@pytest.mark.parametrize(
    "line",
    [
        "Dla sklepu zoologicznego: migracja kampanii",
        "Dla marki kosmetycznej: testy A/B kreacji wideo",
        "Na rzecz klienta: obsługa zamówień",
        "Przy projekcie otwarcia sklepów: koordynacja dostaw",
        "Od 2021 kontrola jakości dostaw",
    ],
)
def test_polish_prepositions_are_never_inflected(line: str) -> None:
    spoken = said(line, NOW_PL, "pl").lower()
    assert not re.search(r"\b(?:dlę|dlą|nę|rzeczę|przę|odę)\b", spoken)


def test_a_polish_employer_name_ending_in_a_period_ends_the_sentence_once() -> None:
    assert end_sentence("Obecnie w firmie Zakłady Mięsne „Łęczycka” S.A.") == (
        "Obecnie w firmie Zakłady Mięsne „Łęczycka” S.A."
    )
    assert end_sentence("Właśnie to oferuje PakTech Sp. z o.o.. Obecnie") == (
        "Właśnie to oferuje PakTech Sp. z o.o. Obecnie."
    )
    assert role_prefix(Role("Spedytor", "Firma Transportowa Nowak-Trans"), "pl") == (
        "W firmie Transportowa Nowak-Trans "
    )


# -- lines in the other language ------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("line", "role", "expected"),
    [
        (
            "planowanie tras dla 25 ciagnikow, kontakt z kierowcami, czas pracy kierowcow, koszty paliwa",
            THEN_PL,
            "I planned routes for 25 trucks, drivers' working time and fuel costs, and was in contact with drivers.",
        ),
        (
            "obsluga zlecen FTL PL-DE-NL, srednio 45-60 zlecen miesiecznie",
            NOW_PL,
            "I handle FTL PL-DE-NL orders, on average 45-60 orders a month.",
        ),
        (
            "wlasny portfel 8 stalych klientow",
            THEN_PL,
            "I was responsible for my own portfolio of 8 regular clients.",
        ),
        (
            "obsluga reklamacji, w 2023 odzyskanie 18 tys EUR od ubezpieczyciela przewoznika",
            THEN_PL,
            "I handled complaints, and in 2023 recovered 18 thousand euros from the carrier's insurer.",
        ),
        (
            "Wdrożenie przeglądów autonomicznych na 2 liniach – liczba awarii spadła o ok. 25% w ciągu roku",
            NOW_PL,
            "I implemented autonomous inspections on 2 lines, and the number of breakdowns fell by about 25% "
            "within a year.",
        ),
        (
            "Dla sklepu zoologicznego: migracja kampanii Shopping do Performance Max – ROAS wzrósł z 480% do 640%",
            NOW_PL,
            "For a pet shop, I migrated Shopping campaigns to Performance Max, and ROAS rose from 480% to 640%.",
        ),
        (
            "Przygotowanie budżetu marketingowego 2 mln zł",
            THEN_PL,
            "I prepared a marketing budget of 2 million zloty.",
        ),
        (
            "Rekrutacja i szkolenie 15 pracowników sezonowych",
            THEN_PL,
            "I recruited and trained 15 seasonal employees.",
        ),
        (
            "Zarządzanie zespołem 12 osób, grafik, urlopy",
            THEN_PL,
            "I managed a team of 12 people, a rota and holidays.",
        ),
        (
            "Instalacje elektryczne w halach przemysłowych, pomiary elektryczne",
            THEN_PL,
            "I was responsible for electrical installations in industrial halls and electrical measurements.",
        ),
        (
            'Kontakt z klientami, szkolenie "Pakiet mobilnosci" 2022',
            THEN_PL,
            "I was in contact with clients and “szkolenie Pakiet mobilnosci 2022”.",
        ),
    ],
)
def test_a_polish_line_in_an_english_answer_translates_its_known_words(
    line: str, role: Role, expected: str
) -> None:
    assert said(line, role, "en", written="pl") == expected


def test_a_polish_line_typed_without_polish_letters_is_still_polish() -> None:
    fact = Fact(1, "planowanie tras dla 25 ciagnikow", "work", THEN_EN, "en")
    assert first_person(fact, "en", with_role=False) == "I planned routes for 25 trucks."
    assert (
        first_person(fact, "pl", with_role=False)
        == "Do moich zadań należało planowanie tras dla 25 ciagnikow."
    )


@pytest.mark.parametrize(
    ("line", "role", "gender", "expected"),
    [
        (
            "Run the kitchen and manage a team of 8",
            NOW_EN,
            "m",
            "Prowadzę kuchnię i zarządzam zespołem 8 osób.",
        ),
        ("Trained 3 apprentices", THEN_EN, "f", "Przeszkoliłam 3 praktykantów."),
        ("Worked with suppliers and drivers", THEN_EN, "m", "Współpracowałem z dostawcami i kierowcami."),
        ("Managed 12 engineers", THEN_EN, "f", "Zarządzałam 12 inżynierami."),
        ("Handled complaints", THEN_EN, "m", "Obsługiwałem reklamacje."),
        (
            "Supervised 5 nurses on night shifts",
            THEN_EN,
            "m",
            "Nadzorowałem 5 pielęgniarek „on night shifts”.",
        ),
        ("Mentor 2 students", NOW_EN, "f", "Jestem mentorką dla 2 studentów."),
        ("Co-wrote 4 seasonal menus a year", THEN_EN, "m", "Współtworzyłem „4 seasonal menus a year”."),
    ],
)
def test_an_english_line_in_a_polish_answer_says_known_objects_in_their_case(
    line: str, role: Role, gender: str, expected: str
) -> None:
    assert said(line, role, "pl", written="en", gender=gender) == expected


# -- whole CVs -------------------------------------------------------------------------------------------------

_SHIPPING_CV = """Paweł Grabowski, Poznań, tel 698 111 222

DOSWIADCZENIE:
2019-2021 dyspozytor, Firma Transportowa Nowak-Trans, Swarzedz
- planowanie tras dla 25 ciagnikow, kontakt z kierowcami, czas pracy kierowcow (tachografy), koszty paliwa
- pomoc przy rozliczaniu delegacji kierowcow
"""


def test_a_polish_cv_typed_without_polish_letters_reads_in_both_languages() -> None:
    cv = parse_cv(_SHIPPING_CV)
    planning = next(fact for fact in cv.facts if fact.text.startswith("planowanie"))
    english = first_person(planning, "en")
    polish = first_person(planning, "pl")
    assert "“" not in english and "routes for 25 trucks" in english
    assert polish.startswith("W firmie Transportowa Nowak-Trans do moich zadań należało planowanie tras")
    assert ".." not in english + polish
