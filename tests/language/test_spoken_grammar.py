"""Polish CV lines said aloud: agreement of the verb with the bullet's noun, a frame for things that
are not tasks, titles in the instrumental, and a woman's answer without masculine forms."""

from __future__ import annotations

import re

import pytest

from copilot.language.answers.voice import Voice, feminine, is_gendered
from copilot.language.cv.model import Role
from copilot.language.cv.spoken import spoken_role
from tests.language.spoken import NOW_PL, THEN_PL, said, summary

# -- Polish noun-phrase bullets: the verb agrees with the head noun --------------------------------


@pytest.mark.parametrize(
    ("line", "role", "expected"),
    [
        (
            "Obliczenia wytrzymałościowe MES ram",
            NOW_PL,
            "Do moich zadań należą obliczenia wytrzymałościowe MES ram.",
        ),
        ("rekrutacje specjalistów IT", THEN_PL, "Do moich zadań należały rekrutacje specjalistów IT."),
        (
            "prowadzenie 5 profili jednocześnie",
            NOW_PL,
            "Zajmuję się prowadzeniem 5 profili jednocześnie.",
        ),
        (
            "Rozliczenia VAT i deklaracje PIT",
            THEN_PL,
            "Do moich zadań należały rozliczenia VAT i deklaracje PIT.",
        ),
        (
            "Szkolenia dla nowych pielęgniarek",
            THEN_PL,
            "Do moich zadań należały szkolenia dla nowych pielęgniarek.",
        ),
        ("Dyżury nocne na OIOM-ie", NOW_PL, "Do moich zadań należą dyżury nocne na OIOM-ie."),
        (
            "Kampanie reklamowe w Google Ads",
            THEN_PL,
            "Do moich zadań należały kampanie reklamowe w Google Ads.",
        ),
        ("Obsługa kasy i terminala", THEN_PL, "Zajmowałam się obsługą kasy i terminala."),
        (
            "Nadzór nad 2 młodszymi konstruktorami",
            THEN_PL,
            "Zajmowałam się nadzorem nad 2 młodszymi konstruktorami.",
        ),
        (
            "Prowadzenie dokumentacji medycznej",
            THEN_PL,
            "Zajmowałam się prowadzeniem dokumentacji medycznej.",
        ),
        (
            "Pełna obsługa klientów kluczowych",
            THEN_PL,
            "Do moich zadań należała pełna obsługa klientów kluczowych.",
        ),
        (
            "Budowa dwóch osiedli mieszkaniowych",
            THEN_PL,
            "Zajmowałam się budową dwóch osiedli mieszkaniowych.",
        ),
        ("Koordynacja dostaw", NOW_PL, "Zajmuję się koordynacją dostaw."),
        ("Redukcja masy ramy o 18%", NOW_PL, "Moim osiągnięciem była redukcja masy ramy o 18%."),
        (
            "Oszczędności 200 tys. zł rocznie",
            THEN_PL,
            "Moim osiągnięciem były oszczędności 200 tys. zł rocznie.",
        ),
        (
            "Współtworzenie budżetu na 2022–2024 razem z dyrektorem finansowym",
            NOW_PL,
            "Zajmuję się współtworzeniem budżetu na 2022–2024 razem z dyrektorem finansowym.",
        ),
        (
            "od 2019 samodzielne planowanie transportów krajowych",
            THEN_PL,
            "Od 2019 roku do moich zadań należało samodzielne planowanie transportów krajowych.",
        ),
    ],
)
def test_polish_task_nouns_take_a_verb_that_agrees(line: str, role: Role, expected: str) -> None:
    assert said(line, role, "pl", gender="f") == expected


@pytest.mark.parametrize(
    ("line", "role", "gender", "expected"),
    [
        (
            "Hala magazynowa 18 000 m², przedmiary, dziennik budowy",
            THEN_PL,
            "f",
            "Odpowiadałam za halę magazynową 18 000 m², przedmiary, dziennik budowy.",
        ),
        ("Sklep o powierzchni 800 m²", THEN_PL, "m", "Odpowiadałem za sklep o powierzchni 800 m²."),
        ("Zespół 12 kasjerów", NOW_PL, "f", "Odpowiadam za zespół 12 kasjerów."),
        (
            "Miesięczne raporty sprzedaży dla centrali",
            NOW_PL,
            "m",
            "Odpowiadam za miesięczne raporty sprzedaży dla centrali.",
        ),
        (
            "Nowa aplikacja mobilna do zamówień",
            THEN_PL,
            "f",
            "Odpowiadałam za nową aplikację mobilną do zamówień.",
        ),
        (
            "Budżet marketingowy 2 mln zł",
            THEN_PL,
            None,
            "Moja praca obejmowała budżet marketingowy 2 mln zł.",
        ),
        ("Klienci kluczowi (30 firm)", THEN_PL, "f", "W moim zakresie byli klienci kluczowi, 30 firm."),
        ("Wychowawstwo klasy 7b", NOW_PL, "f", "Odpowiadam za wychowawstwo klasy 7b."),
    ],
)
def test_a_polish_bullet_naming_a_thing_is_something_the_speaker_was_responsible_for(
    line: str, role: Role, gender: str | None, expected: str
) -> None:
    assert said(line, role, "pl", gender=gender) == expected


@pytest.mark.parametrize(
    ("line", "role", "gender", "expected"),
    [
        ("Odpowiedzialność za zamknięcia miesięczne", NOW_PL, "f", "Odpowiadam za zamknięcia miesięczne."),
        ("Odpowiedzialność za grafik zespołu", THEN_PL, "f", "Odpowiadałam za grafik zespołu."),
        (
            "Udział w projekcie otwarcia 3 sklepów",
            THEN_PL,
            "m",
            "Brałem udział w projekcie otwarcia 3 sklepów.",
        ),
        (
            "Budowa osiedli (łącznie 410 lokali)",
            THEN_PL,
            "f",
            "Zajmowałam się budową osiedli, łącznie 410 lokali.",
        ),
        (
            "W 2021 r. sklep zajął 1. miejsce w regionie",
            NOW_PL,
            "f",
            "W 2021 r. sklep zajął 1. miejsce w regionie.",
        ),
        ("zbudowałam zespół od zera", THEN_PL, "f", "Zbudowałam zespół od zera."),
        (
            "Stała współpraca z dostawcami",
            THEN_PL,
            "m",
            "Do moich zadań należała stała współpraca z dostawcami.",
        ),
    ],
)
def test_polish_bullets_with_their_own_verb_or_a_responsibility(
    line: str, role: Role, gender: str | None, expected: str
) -> None:
    assert said(line, role, "pl", gender=gender) == expected


@pytest.mark.parametrize(
    ("line", "expected"),
    [
        (
            "Inżynier mechanik z 6-letnim doświadczeniem",
            "Jestem inżynierem mechanikiem z 6-letnim doświadczeniem.",
        ),
        ("Kierownik budowy z uprawnieniami", "Jestem kierownikiem budowy z uprawnieniami."),
        ("Technik informatyk z pasją do sieci", "Jestem technikiem informatykiem z pasją do sieci."),
        ("Starszy Konstruktor z 10-letnim stażem", "Jestem starszym konstruktorem z 10-letnim stażem."),
        ("Doświadczona księgowa z certyfikatem MF", "Jestem doświadczoną księgową z certyfikatem MF."),
        ("Handlowiec z 5-letnim doświadczeniem w B2B", "Jestem handlowcem z 5-letnim doświadczeniem w B2B."),
        ("W trakcie kwalifikacji ACCA", "Jestem w trakcie kwalifikacji ACCA."),
        (
            "Radca prawny specjalizujący się w prawie pracy",
            "Jestem radcą prawnym specjalizującym się w prawie pracy.",
        ),
        ("Młodszy księgowy, obecnie w trakcie ACCA", "Jestem młodszym księgowym, obecnie w trakcie ACCA."),
        ("Doradca klienta w bankowości", "Jestem doradcą klienta w bankowości."),
        ("Lekarz weterynarii", "Jestem lekarzem weterynarii."),
        (
            "9 lat na budowach, w tym 4 lata jako kierownik",
            "Mam za sobą 9 lat na budowach, w tym 4 lata jako kierownik.",
        ),
        ("Dobrze czuję się w pracy pod presją czasu", "Dobrze czuję się w pracy pod presją czasu."),
    ],
)
def test_polish_summaries_put_the_whole_title_in_the_instrumental(line: str, expected: str) -> None:
    assert summary(line, "pl") == expected


def test_polish_titles_are_said_in_lowercase_after_the_first_word() -> None:
    role = Role("Inżynier Budowy", "Mirbud S.A.")
    assert spoken_role(role, "pl") == "Inżynier budowy w firmie Mirbud"
    assert spoken_role(Role("HR Business Partner", "Allegro"), "pl") == "HR Business Partner w firmie Allegro"


# -- feminine speech ----------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("masculine", "expected"),
    [
        ("Powiem, jak bym do niej podszedł.", "Powiem, jak bym do niej podeszła."),
        ("Szybko bym się wdrożył.", "Szybko bym się wdrożyła."),
        ("Gdybym miał więcej czasu, poszedłbym dalej.", "Gdybym miała więcej czasu, poszłabym dalej."),
        ("Zacząłbym od pilotażu i wziąłem to na siebie.", "Zaczęłabym od pilotażu i wzięłam to na siebie."),
        ("Mógłbym to zrobić sam.", "Mogłabym to zrobić sama."),
        ("Szedłem krok po kroku i wszedłem w szczegóły.", "Szłam krok po kroku i weszłam w szczegóły."),
        ("Podszedłem do klienta, żebym się tym zajął.", "Podeszłam do klienta, żebym się tym zajęła."),
        (
            "Byłem całkiem pewny i jestem bardzo zadowolony.",
            "Byłam całkiem pewna i jestem bardzo zadowolona.",
        ),
        ("Jestem gotowy, otwarty i elastyczny.", "Jestem gotowa, otwarta i elastyczna."),
        (
            "Będę pracował z zespołem nad tym samym problemem.",
            "Będę pracowała z zespołem nad tym samym problemem.",
        ),
        (
            "To ten sam problem, a ja rozmawiałem z działem IT.",
            "To ten sam problem, a ja rozmawiałam z działem IT.",
        ),
    ],
)
def test_a_womans_answer_has_no_masculine_forms_left(masculine: str, expected: str) -> None:
    assert feminine(masculine) == expected


def test_unknown_gender_avoids_every_gendered_wording() -> None:
    assert is_gendered("Powiem, jak bym do niej podszedł.")
    assert is_gendered("Jestem gotowy na zmianę.")
    assert not is_gendered("Najpierw stabilizuję sytuację i informuję zainteresowanych.")
    voice = Voice("pl", "seed", gender=None)
    for key, variants in voice.phrases.items():
        if any(not is_gendered(v) for v in variants):
            assert not is_gendered(voice.say(key, **_blank_fields(variants))), key


def _blank_fields(variants: tuple[str, ...]) -> dict[str, str]:
    names = {name for v in variants for name in re.findall(r"\{(\w+)\}", v)}
    return dict.fromkeys(names, "x")


def test_a_polish_change_with_a_measured_result_is_a_project_not_a_duty() -> None:
    from copilot.language.cv import parse_cv
    from copilot.language.cv.spoken import first_person

    cv = """Doświadczenie
Kupiec
Fabryka Armatur Silesia Sp. z o.o., Gliwice | 2020 – obecnie
- Renegocjacja umów z 6 kluczowymi dostawcami – oszczędność 2,1 mln zł w 2023 r.
- Obsługa zamówień w SAP MM, ok. 300 zamówień miesięcznie
"""
    said = [first_person(fact, "pl", "f", with_role=False) for fact in parse_cv(cv).facts]
    assert said[0].startswith("Jednym z moich projektów była renegocjacja umów")
    assert said[1].startswith("Zajmuję się obsługą zamówień")


def test_the_candidates_gender_comes_from_their_cv_and_how_they_are_addressed_not_a_third_person():
    from copilot.language.answers.voice import addressed_gender
    from copilot.language.cv.facts import gender_of

    assert addressed_gender(("Obok mnie jest pan Tomasz z HR. Dziękujemy, że Pani do nas dotarła.",)) == "f"
    assert addressed_gender(("Czy Pan pracował w nocy?",)) == "m"
    # a verb that opens a clause inside a bullet shows the gender too; "z działem" is a noun
    assert gender_of(["Migracja do Comarch ERP – opóźnienia, musiałam ręcznie uzgadniać magazyn"]) == "f"
    assert gender_of(["Współpraca z działem sprzedaży"]) is None


def test_cv_symbols_are_said_in_the_lines_own_language():
    from copilot.language.cv import parse_cv
    from copilot.language.cv.spoken import first_person

    polish = parse_cv(
        "Jan Nowak\nDOŚWIADCZENIE\nSpedytor – Trans Sp. z o.o.\n2021 – obecnie\n"
        "- obsługa ~40 klientów\n- planowanie 25-30 zestawów własnych + zlecenia na przewoźników z giełdy\n"
    )
    said = " ".join(first_person(f, "pl", "m") for f in polish.facts)
    assert "ok. 40 klientów" in said and "własnych i zlecenia" in said and "about" not in said
    english = parse_cv(
        "Rebecca Hart\nEXPERIENCE\nAccount Executive | RouteMatrix, Bristol | 2020 - 2023\n"
        "- Average deal c. £48k ARR\n- Trunking & multi-drop deliveries\n"
    )
    said = " ".join(first_person(f, "en") for f in english.facts)
    assert "about £48k" in said and "trunking and multi-drop" in said.lower()
    from copilot.language.cv.spoken import spoken_employer

    assert spoken_employer("Wielkopolskie Zakłady Opakowań „Kartpak” Sp. z o.o.") == "Kartpak"
    # The town after the company form is no part of the name.
    assert spoken_employer("FastWay Cargo Sp. z o.o., Swarzędz") == "FastWay Cargo"
    assert spoken_employer("Acme Ltd, Milton Keynes") == "Acme"
    assert spoken_employer("Tesco, Leeds") == "Tesco, Leeds"


def test_a_polish_task_is_said_with_a_verb_and_a_task_done_once_keeps_its_frame() -> None:
    from tests.language.spoken import NOW_PL, said

    assert said("obsługa reklamacji i koordynacja dostaw", NOW_PL, "pl") == (
        "Zajmuję się obsługą reklamacji i koordynacją dostaw."
    )
    assert said("nadzór nad zespołem 3 kierowników robót", NOW_PL, "pl") == (
        "Zajmuję się nadzorem nad zespołem 3 kierowników robót."
    )
    # "pozyskanie 5 klientów" was done, not an ongoing task: no "zajmuję się pozyskaniem"
    assert said("pozyskanie 5 nowych klientów z rynku niemieckiego", NOW_PL, "pl").startswith(
        "Do moich zadań"
    )
    # an adverb before the CV's own first-person verb: the line already speaks
    assert said("Samodzielnie prowadzę obszary przychodów i zapasów", NOW_PL, "pl") == (
        "Samodzielnie prowadzę obszary przychodów i zapasów."
    )
