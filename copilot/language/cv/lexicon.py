"""Word lists for reading CVs in English and Polish (all folded: lowercase, no diacritics)."""

from __future__ import annotations

from copilot.language.text import word_set

# Words that say nothing about what a question or a CV line is about (folded).
STOPWORDS = word_set(
    """
    a an the and or but if then than so of to in on at by for from with without into onto over under
    about as is are was were be been being am do does did doing have has had having i me my mine
    myself you your yours we our us they them their he she his her it its this that these those
    there here what which who whom whose when where why how can could would should will shall may
    might must not no yes very just also too more most such only own same some any all each both few
    other again further once up down out off per via etc e g ie eg
    tell please describe give example share something anything would like think see talk
    i ja ty on ona ono my wy oni one mnie mi mna ciebie cie tobie sie siebie nas nam was wam ich im
    jego jej go mu moj moja moje moi mojego mojej moim twoj twoja twoje twoim twojej pana pani panu
    pan panstwa wasz wasza wasze nasz nasza nasze swoj swoja swoje swoim swojej
    i oraz a ale lub albo czy ze zeby bo poniewaz wiec jesli jezeli gdy kiedy jak jaki jaka jakie
    jakim jakiej jakich co czego czym kto kogo komu gdzie dlaczego czemu ile ktory ktora ktore
    ktorym ktorej ktorych w we z ze na do od o u po przy przez dla bez pod nad przed za miedzy
    jest sa byl byla bylo byli byc bede moze mozna jestem jestes ten ta to te tego tej tym tych
    tam tu tutaj juz jeszcze tez takze tylko bardzo sie nie tak
    prosze opowiedz opisz powiedz podaj przyklad pan pani
    """
)


SECTIONS: dict[str, str] = {
    "summary": (
        "summary|profile|about|about me|objective|professional summary|career objective|personal profile"
        "|executive summary|podsumowanie|profil|profil zawodowy|o mnie|cel zawodowy|podsumowanie zawodowe"
    ),
    "experience": (
        "experience|work experience|employment|employment history|professional experience|career"
        "|work history|career history|relevant experience|doswiadczenie|doswiadczenie zawodowe"
        "|przebieg kariery|historia zatrudnienia|przebieg pracy zawodowej|kariera"
    ),
    "projects": "projects|selected projects|key projects|side projects|projekty|wybrane projekty",
    "achievements": "achievements|key achievements|awards|osiagniecia|nagrody|sukcesy",
    "skills": (
        "skills|technical skills|key skills|core skills|competences|competencies|core competencies"
        "|technologies|tools|tech stack|stack|hard skills|soft skills|umiejetnosci|kompetencje"
        "|technologie|narzedzia|umiejetnosci techniczne|umiejetnosci miekkie|kompetencje kluczowe"
    ),
    "education": "education|studies|academic background|wyksztalcenie|edukacja|studia",
    "certificates": (
        "certifications|certificates|courses|training|licenses|licences|certyfikaty|kursy|szkolenia"
        "|kursy i szkolenia|certyfikaty i kursy|uprawnienia"
    ),
    "languages": "languages|language skills|jezyki|jezyki obce|znajomosc jezykow",
    "other": (
        "interests|hobbies|hobby|zainteresowania|references|referencje|volunteering|wolontariat"
        "|additional information|dodatkowe informacje|publications|publikacje|other|inne"
    ),
}
HEADINGS: dict[str, str] = {
    phrase: section for section, phrases in SECTIONS.items() for phrase in phrases.split("|")
}

TITLE_WORDS = word_set(
    """
    engineer engineering developer programmer manager analyst nurse teacher specialist lead leader head
    director consultant designer intern internship architect administrator admin officer coordinator
    assistant scientist tester qa sre devops owner accountant representative executive associate trainee
    junior senior principal staff chief vp cto ceo cfo coo founder co-founder cofounder partner advisor
    technician operator supervisor instructor lecturer tutor researcher editor writer copywriter marketer
    recruiter rep salesperson sales agent controller auditor economist paramedic physician doctor
    therapist pharmacist midwife carer caregiver receptionist clerk cashier driver chef mechanic
    freelance freelancer contractor student volunteer member fellow expert strategist product project
    scrum master agile backend frontend front-end back-end fullstack full-stack mobile data software
    inzynier programista programistka kierownik kierowniczka specjalista specjalistka analityk analityczka
    pielegniarka pielegniarz nauczyciel nauczycielka ksiegowa ksiegowy konsultant konsultantka projektant
    projektantka stazysta stazystka praktykant praktykantka tester testerka asystent asystentka dyrektor
    dyrektorka menedzer menadzer koordynator koordynatorka lider liderka starszy starsza mlodszy mlodsza
    glowny glowna przedstawiciel przedstawicielka handlowiec doradca doradczyni architekt administrator
    referent referentka opiekun opiekunka ratownik ratowniczka lekarz lekarka sprzedawca sprzedawczyni
    kasjer kasjerka magazynier kierowca wlasciciel wlascicielka zalozyciel wspolzalozyciel
    ds ds. stazu
    """
)

EMPLOYER_WORDS = word_set(
    """
    inc ltd llc gmbh plc corp corporation company co group holding holdings bank hospital clinic
    university college school academy institute foundation agency studio labs lab technologies
    technology solutions software systems consulting services partners capital ventures media games
    ministry council government office department
    sp spolka grupa szpital klinika przychodnia uniwersytet politechnika uczelnia akademia szkola
    liceum technikum przedszkole instytut fundacja agencja urzad ministerstwo poczta centrum
    """
)

INSTITUTION_WORDS = word_set(
    """
    szpital klinika przychodnia uniwersytet politechnika uczelnia akademia szkola liceum technikum
    przedszkole instytut fundacja urzad ministerstwo centrum osrodek dom zespol gimnazjum
    """
)

LOCATIONS = word_set(
    """
    remote hybrid onsite on-site zdalnie zdalna hybrydowo hybrydowa
    poland polska germany niemcy uk usa us england ireland netherlands france spain italy sweden norway
    denmark finland czechia czech austria switzerland belgium portugal ukraine canada india
    warsaw warszawa krakow cracow wroclaw poznan gdansk gdynia sopot lodz katowice szczecin lublin
    bialystok rzeszow torun bydgoszcz olsztyn opole kielce gliwice zabrze bielsko-biala
    london berlin munich amsterdam dublin paris madrid barcelona lisbon prague vienna zurich stockholm
    oslo copenhagen helsinki new york san francisco boston seattle chicago austin toronto remote-first
    """
)

# Lines that open a sentence but name a duty, not a fact ("Responsible for ..."), per language.
CONSENT_MARKERS = ("przetwarzanie moich danych", "danych osobowych", "rodo", "data protection", "gdpr")

# Themes: what kind of story a line can tell. Folded stems, matched at word starts.
THEMES: dict[str, tuple[str, ...]] = {
    "impact": (
        "reduc",
        "increas",
        "improv",
        "grew ",
        "boost",
        "cut ",
        "cutting",
        "saved",
        "saving",
        "doubl",
        "tripl",
        "accelerat",
        "faster",
        "lower",
        "raised",
        "decreas",
        "minimi",
        "maximi",
        "optimi",
        "zwieksz",
        "zmniejsz",
        "skroci",
        "skracaj",
        "popraw",
        "obniz",
        "przyspiesz",
        "zoptymaliz",
        "oszczed",
        "wzrost",
        "podwoi",
        "wzros",
        "spadl",
        "spadek",
        "skrocil",
        "ogranicz",
    ),
    "leadership": (
        "led ",
        "lead ",
        "leading",
        "managed a team",
        "managing a team",
        "manage a team",
        "team of ",
        "head of",
        "mentor",
        "coach",
        "supervis",
        "hired",
        "recruit",
        "onboard(?:ed|ing) (?:new|junior|\\d)",
        "line manag",
        "tech lead",
        "built the team",
        "built a team",
        "grew the team",
        "trained ",
        "prowadzil",
        "prowadzi ",
        "poprowadzil",
        "kierowal",
        "kierowa",
        "zarzadza",
        "szkolil",
        "przeszkol",
        "rekrut",
        "zespolem",
        "zespol \\d",
        "lider",
        "wdrazal nowych",
        "wdrazala nowych",
        "opiekun",
        "wdrazam",
        "stazyst",
        "praktykant",
        "mentoruj",
        "szkole",
    ),
    "collaboration": (
        "worked (?:closely )?with",
        "with (?:the |our )?[a-z&, ]{0,30}teams?\\b",
        "across (?:\\d+ )?teams",
        "cross-functional",
        "cross functional",
        "cross-team",
        "across teams",
        "with product",
        "with design",
        "with marketing",
        "with sales",
        "with finance",
        "with the business",
        "with stakeholders",
        "with doctors",
        "with parents",
        "with clients",
        "with engineering",
        "with the data",
        "partnered",
        "coordinat",
        "liais",
        "stakeholder",
        "together with",
        "alongside",
        "worked closely",
        "jointly",
        "wspolprac",
        "koordynow",
        "koordynac",
        "interesariusz",
        "z dzialem",
        "z dzialami",
        "razem z",
        "miedzy zespolami",
        "miedzydzial",
        "z zespolami",
    ),
    "incident": (
        "incident",
        "outage",
        "downtime",
        "on-call",
        "on call",
        "pager",
        "postmortem",
        "post-mortem",
        "root cause",
        "emergency",
        "crisis",
        "escalat",
        "restor",
        "outages",
        "major trauma",
        "breach",
        "awari",
        "incydent",
        "dyzur",
        "przestoj",
        "kryzys",
        "przywroc",
        "eskalac",
        "przyczyn",
        "nagl",
    ),
    "failure": (
        "failed to",
        "error in \\d",
        "errors? i made",
        "near miss",
        "datix",
        "reported it",
        "\\d+ (?:hours|days|weeks) late",
        "was a failure",
        "project failed",
        "launch failed",
        "failures? of",
        "had to be",
        "went wrong",
        "rollback",
        "roll back",
        "rolled back",
        "revert",
        "missed",
        "delay",
        "slipp",
        "overrun",
        "lesson",
        "mistake",
        "setback",
        "behind schedule",
        "over budget",
        "unsuccessful",
        "did not",
        "didn't",
        "nieudan",
        "porazk",
        "blad",
        "bled",
        "opozni",
        "wycofa",
        "cofnie",
        "niepowodz",
        "lekcj",
        "uratow",
        "naprawi",
    ),
    "conflict": (
        "negotiat",
        "align",
        "convinc",
        "persuad",
        "disagree",
        "conflict",
        "push back",
        "pushed back",
        "mediat",
        "resolv",
        "consensus",
        "trade-off",
        "tradeoff",
        "compromis",
        "buy-in",
        "objection",
        "difficult",
        "negocjow",
        "uzgodni",
        "uzgadnia",
        "przekona",
        "konflikt",
        "spor",
        "kompromis",
        "mediac",
        "porozumien",
        "trudn",
    ),
    "challenge": (
        "migrat",
        "legacy",
        "rewrite",
        "rewrote",
        "re-architect",
        "rearchitect",
        "redesign",
        "scal",
        "complex",
        "bottleneck",
        "performance",
        "moderni",
        "refactor",
        "from scratch",
        "high-traffic",
        "million",
        "peak",
        "migracj",
        "migrow",
        "przepisa",
        "zlozon",
        "skalow",
        "refaktor",
        "moderniz",
        "od zera",
        "wydajnos",
        "turned around",
        "turnaround",
        "rescue",
        "recovered",
        "waskie gardlo",
    ),
    "pressure": (
        "deadline",
        "tight",
        "under pressure",
        "ahead of schedule",
        "on time",
        "urgent",
        "peak season",
        "black friday",
        "launch date",
        "simultaneous",
        "in parallel",
        "within \\d",
        "in \\d+ (?:weeks|days|months)",
        "termin",
        "presj",
        "w ciagu \\d",
        "pilny",
        "pilnie",
        "przed terminem",
        "na czas",
        "rownolegle",
    ),
    "learning": (
        "learn",
        "self-taught",
        "course",
        "certif",
        "bootcamp",
        "studied",
        "picked up",
        "upskill",
        "nauczy",
        "kurs",
        "certyfik",
        "ukonczy",
        "samodzieln",
        "poznal",
        "poznala",
    ),
    "customer": (
        "customer",
        "client",
        "user",
        "patient",
        "student",
        "pupil",
        "parent",
        "nps",
        "satisfaction",
        "complaint",
        "csat",
        "klient",
        "pacjent",
        "uczni",
        "uzytkown",
        "rodzic",
        "satysfakc",
        "reklamac",
    ),
    "process": (
        "introduc",
        "automat",
        "standardi",
        "streamlin",
        "checklist",
        "process",
        "workflow",
        "ci/cd",
        "documentation",
        "guideline",
        "playbook",
        "best practice",
        "wprowadzi",
        "zautomatyz",
        "usprawni",
        "standaryz",
        "proces",
        "procedur",
        "dokumentacj",
    ),
    "delivery": (
        "launch",
        "shipped",
        "deliver",
        "released",
        "rolled out",
        "go-live",
        "built",
        "owned",
        "end-to-end",
        "end to end",
        "founded",
        "created",
        "implemented",
        "designed",
        "wdroz",
        "uruchomi",
        "dostarczy",
        "zbudowa",
        "stworzy",
        "zaprojektowa",
        "zaimplementowa",
        "odpowiada",
    ),
}
