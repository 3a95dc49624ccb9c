"""Polish nouns the CV-line reader tells apart: words that only look like verbs, nouns of a task, job
titles, and nouns of something that happened."""

from __future__ import annotations

from copilot.language.text import word_set

# Nouns and adjectives that end like a past-tense verb ("dział", "moduły", "stała", "hali").
NOT_VERBS = word_set("""
    dzial dzialy udzial udzialy material materialy kanal kanaly potencjal kapital kwartal kwartaly
    sygnal sygnaly ideal zapal upal modul moduly artykul artykuly tytul tytuly regula reguly formula
    formuly sila sily zyla zyly pila mogila pyl przesyl skala skaly mala maly cala caly stala staly
    biala bialy dojrzala dojrzaly trwala trwaly doskonala doskonaly wspaniala wspanialy okazaly smialy
    cialo dzialo malo haslo hasla zrodlo zrodla szklo krzeslo maslo rzemioslo godlo mydlo swiatlo
    swiatla pieklo zalegly zalegla ubiegly ubiegla przyszly cieply ciepla okragly profili mebli chili
    hali sali skali stali fali modeli hoteli tuneli kapeli bali mili chili
""")
# Verbal nouns and other nouns of activity a bullet can be a task of.
ACTION_NOUNS = word_set("""
    obsluga koordynacja wspolpraca kontrola kontrole nadzor kontakt kontakty wsparcie analiza analizy
    budowa rozbudowa przebudowa konstrukcja sprzedaz pomoc opieka praca prace udzial rozwoj przeglad
    przeglady audyt audyty odbior odbiory montaz serwis naprawa naprawy ocena oceny wycena wyceny zakup
    zakupy transport spedycja doradztwo mentoring coaching onboarding offboarding reporting monitoring
    rozmowy pomiary testy projekt projekty nauka diagnoza diagnostyka terapia dyzury warsztaty
    sprawozdawczosc ksiegowosc wykonawstwo pielegnacja reklama obrona rekrutacje negocjacje
    odpowiedzialnosc zamowienia inwentaryzacje dyzur wymiana wymiany diagnostyka zaladunek rozladunek
    kompletacja logistyka administracja
""")
# Job titles: "pracowałem jako mentor dla nowych konsultantów".
TITLE_NOUNS = word_set("""
    kierowca kierownik specjalista specjalistka magazynier magazynierka sprzedawca sprzedawczyni kasjer
    kasjerka pielegniarka ksiegowa ksiegowy technik elektryk spedytor dyspozytor konsultant konsultantka
    asystent asystentka koordynator koordynatorka operator monter mechanik kucharz kucharka kelner kelnerka
    nauczyciel nauczycielka opiekun opiekunka przedstawiciel przedstawicielka handlowiec doradca inzynier
    analityk analityczka programista programistka brygadzista lider liderka recepcjonistka recepcjonista
    mentor mentorka trener trenerka tutor instruktor instruktorka ambasador ambasadorka zastepca zastepczyni
    wychowawca wychowawczyni pedagog koordynatorka opiekunka
""")
# Nouns of something that happened to the speaker: "Konflikt w zespole – rozmowy 1:1" was no duty.
EVENT_NOUNS = word_set(
    "konflikt blad bledy awaria incydent reklamacja kryzys spor pomylka problem wypadek opoznienie opoznienia skarga"
)
RESULT_HEADS = word_set("wzrost spadek poprawa redukcja")
# "Trudny klient: ..." names someone the speaker met, not a duty.
HARD_PERSON_LABELS = word_set(
    "trudny trudna wymagajacy wymagajaca zdenerwowany zdenerwowana agresywny agresywna niezadowolony niezadowolona"
)
