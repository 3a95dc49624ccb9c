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
        "|executive summary|personal statement|personal summary|profile summary|professional profile"
        "|career summary|bio|introduction|podsumowanie|profil|profil zawodowy|o mnie|cel zawodowy"
        "|podsumowanie zawodowe|krotko o mnie|profil kandydata|opis"
    ),
    "experience": (
        "experience|work experience|employment|employment history|professional experience|career"
        "|work history|career history|relevant experience|work|jobs|positions|professional background"
        "|internships|work and internships|doswiadczenie|doswiadczenie zawodowe|przebieg kariery"
        "|historia zatrudnienia|przebieg pracy zawodowej|przebieg zatrudnienia|historia pracy|kariera"
        "|zatrudnienie|praca|staze|praktyki|staze i praktyki|jobs i've done|jobs ive done|previous jobs"
        "|where i've worked|where ive worked|previous employment|employment record|work record|roles"
        "|doswiadczenie w pracy|miejsca pracy|dotychczasowa praca|przebieg zatrudnienia i praktyk"
    ),
    "projects": "projects|selected projects|key projects|side projects|portfolio projects|projekty|wybrane projekty",
    "achievements": (
        "achievements|key achievements|awards|honors|honours|honors and awards|osiagniecia|nagrody|sukcesy"
    ),
    "skills": (
        "skills|technical skills|key skills|core skills|competences|competencies|core competencies"
        "|technologies|tools|tech stack|stack|tech|hard skills|soft skills|top skills|personal skills"
        "|digital skills|computer skills|it skills|job-related skills|areas of expertise|expertise"
        "|software|umiejetnosci|kompetencje|technologie|narzedzia|umiejetnosci techniczne"
        "|umiejetnosci miekkie|kompetencje kluczowe|umiejetnosci komputerowe|znajomosc programow"
        "|umiejetnosci cyfrowe|programy"
    ),
    "education": (
        "education|studies|academic background|education and training|qualifications"
        "|academic qualifications|school|edu|wyksztalcenie|edukacja|studia|szkola"
    ),
    "certificates": (
        "certifications|certification|certificates|certs|courses|training|trainings|licenses|licences"
        "|licenses and certifications|licences and certifications|certyfikaty|kursy|szkolenia|uprawnienia"
        "|kursy i szkolenia|certyfikaty i kursy"
    ),
    "languages": (
        "languages|language|language skills|foreign languages|other languages|other language"
        "|mother tongue|mother tongues|jezyki|jezyki obce|jezyk|znajomosc jezykow"
        "|znajomosc jezykow obcych|jezyk ojczysty|jezyki ojczyste"
    ),
    "other": (
        "interests|hobbies|hobby|zainteresowania|references|referencje|volunteering|volunteer experience"
        "|wolontariat|additional information|dodatkowe informacje|informacje dodatkowe|publications"
        "|publikacje|other|inne|driving licence|driving license|driving|prawo jazdy|additional"
    ),
    "contact": (
        "contact|contacts|contact details|contact information|personal details|personal information"
        "|personal data|dane osobowe|dane kontaktowe|kontakt|name|full name|imie i nazwisko"
    ),
    "ignore": (
        "curriculum vitae|cv|resume|zyciorys|europass|europass cv|europass curriculum vitae|job applied for|position applied for|preferred job|desired position"
        "|business or sector|sector|branza"
    ),
}
HEADINGS: dict[str, str] = {
    phrase: section for section, phrases in SECTIONS.items() for phrase in phrases.split("|")
}

EN_TITLE_WORDS = word_set(
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
    barista waiter waitress bartender adviser sysadmin electrician plumber welder carpenter joiner
    foreman labourer courier stylist hairdresser photographer journalist translator interpreter
    librarian solicitor lawyer attorney paralegal surveyor planner buyer merchandiser steward
    stewardess pilot dentist surgeon radiographer physiotherapist optometrist psychologist counsellor
    counselor worker practitioner inspector estimator draughtsman draftsman dispatcher storekeeper
    apprentice hca sdr bdr ux ui sous underwriter adjuster broker actuary valuer chemist biologist
    microbiologist operative picker packer machinist fitter assembler porter cleaner nanny host
    hostess housekeeper concierge ambassador
    """
)
PL_TITLE_WORDS = word_set(
    """
    inzynier programista programistka kierownik kierowniczka specjalista specjalistka analityk analityczka
    pielegniarka pielegniarz nauczyciel nauczycielka ksiegowa ksiegowy konsultant konsultantka projektant
    projektantka stazysta stazystka praktykant praktykantka tester testerka asystent asystentka dyrektor
    dyrektorka menedzer menadzer koordynator koordynatorka lider liderka starszy starsza mlodszy mlodsza
    glowny glowna przedstawiciel przedstawicielka handlowiec doradca doradczyni architekt administrator
    referent referentka opiekun opiekunka ratownik ratowniczka lekarz lekarka sprzedawca sprzedawczyni
    kasjer kasjerka magazynier kierowca wlasciciel wlascicielka zalozyciel wspolzalozyciel
    ds ds. stazu konstruktor konstruktorka spedytor spedytorka rekruter rekruterka kucharz kucharka
    kelner kelnerka barman barmanka fryzjer fryzjerka elektryk hydraulik spawacz mechanik monter
    technik inspektor kontroler logistyk prawnik radca adwokat aplikant tlumacz tlumaczka grafik
    fotograf dziennikarz dziennikarka redaktor redaktorka wychowawca wychowawczyni pedagog logopeda
    psycholog fizjoterapeuta fizjoterapeutka farmaceuta farmaceutka dietetyk dietetyczka polozna
    sekretarka recepcjonista recepcjonistka ekspedient ekspedientka brygadzista majster zastepca
    planista planistka kontroler kontrolerka audytor audytorka operator operatorka pracownik pracowniczka
    urzednik urzedniczka handlowiec sprzedawczyni kadrowa kadrowy zaopatrzeniowiec kupiec negocjator
    """
)
TITLE_WORDS = EN_TITLE_WORDS | PL_TITLE_WORDS

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
    remote hybrid onsite on-site zdalnie zdalna hybrydowo hybrydowa remote-first
    poland polska germany niemcy uk usa us england scotland wales ireland netherlands france spain italy
    sweden norway denmark finland czechia czech austria switzerland belgium portugal ukraine canada india
    slovakia hungary romania lithuania latvia estonia cz pl de nl gb eu ie
    warsaw warszawa krakow cracow wroclaw poznan gdansk gdynia sopot lodz katowice szczecin lublin
    bialystok rzeszow torun bydgoszcz olsztyn opole kielce gliwice zabrze bielsko-biala radom
    czestochowa sosnowiec rybnik tychy plock elblag tarnow legnica koszalin kalisz zielona gora
    gorzow wielkopolski slupsk nowy sacz pila trojmiasto
    london berlin munich hamburg frankfurt cologne stuttgart dusseldorf leipzig dresden amsterdam
    rotterdam utrecht eindhoven hague brussels antwerp luxembourg dublin cork galway paris lyon
    madrid barcelona valencia lisbon porto milan rome prague praha brno ostrava bratislava budapest
    bucharest sofia vilnius riga tallinn kyiv kiev lviv vienna zurich geneva basel stockholm oslo
    copenhagen helsinki manchester leeds birmingham bristol liverpool sheffield glasgow edinburgh cardiff
    belfast newcastle nottingham bradford york reading brighton southampton portsmouth leicester coventry
    united kingdom states
    new san francisco boston seattle chicago austin toronto vancouver montreal palo alto mountain view
    los angeles diego jose denver atlanta miami dallas houston washington sydney melbourne singapore
    tokyo bangalore bengaluru pune mumbai delhi hyderabad dubai tel aviv istanbul
    ca ny nj tx il wa ma co ga
    texas california florida illinois ohio georgia michigan virginia massachusetts arizona colorado
    oregon minnesota pennsylvania carolina tennessee missouri maryland wisconsin indiana utah nevada
    ontario quebec alberta columbia queensland victoria
    """
)

# A part of a header that narrows a job (a market segment, a team, a department), never the employer.
QUALIFIERS = word_set(
    """
    mid-market midmarket enterprise smb sme smes emea apac amer latam dach nordics cee uk&i b2b b2c
    commercial strategic global regional public sector full-time part-time fulltime parttime contract
    permanent temporary seasonal self-employed freelance internship apprenticeship hybrid remote
    """
)
DEPARTMENT_WORDS = word_set(
    """
    team department dept division unit dzial dziale dzialu zespol zespole pion wydzial wydziale
    """
)
INTERNSHIP_WORDS = word_set(
    """
    intern interns internship placement apprentice apprenticeship stazysta stazystka staz stazu
    praktykant praktykantka praktyki werkstudent
    """
)

LANGUAGE_NAMES = word_set(
    """
    english polish german french spanish italian russian ukrainian czech slovak portuguese dutch swedish
    norwegian danish finnish chinese mandarin cantonese japanese korean arabic hindi hungarian romanian
    greek turkish hebrew lithuanian latvian estonian croatian serbian bulgarian irish welsh
    angielski polski niemiecki francuski hiszpanski wloski rosyjski ukrainski czeski slowacki portugalski
    niderlandzki holenderski szwedzki norweski dunski finski chinski japonski koreanski arabski wegierski
    rumunski grecki turecki litewski
    """
)
LANGUAGE_LEVELS = word_set(
    """
    native fluent bilingual proficient proficiency professional working full limited elementary basic
    intermediate upper-intermediate upper pre-intermediate advanced conversational good very mother
    tongue speaker level knowledge or and a1 a2 b1 b2 c1 c2 cefr ielts toefl cae cpe fce
    ojczysty ojczysta biegly biegla plynny plynna dobry dobra bardzo komunikatywny komunikatywna
    podstawowy podstawowa sredniozaawansowany sredniozaawansowana zaawansowany zaawansowana poziom
    znajomosc jezyk j i oraz
    """
)

# Lines that open a sentence but name a duty, not a fact ("Responsible for ..."), per language.
CONSENT_MARKERS = ("przetwarzanie moich danych", "danych osobowych", "rodo")
# Named in a consent clause, but also in work lines ("Handled GDPR subject access requests"): a clause
# only together with consent words.
CONSENT_TOPICS = ("data protection", "gdpr")
CONSENT_WORDS = ("consent", "i agree", "i hereby", "personal data", "zgod", "wyrazam")

# Verbs a CV line may open with beyond the shared verb list (base, -s, -ed or -ing forms are derived).
ITEM_VERBS = word_set(
    """
    answer escalate reset notice report analyse analyze block check fix repair replace install clean cook
    serve prepare plan load unload pick pack drive deliver sort count stock order contact call visit
    mentor onboard open close negotiate recover win source book greet assist look
    """
)
# Words that leave a line open: the next line continues it ("for the" / "home manager.").
JOINERS = word_set(
    """
    a an the and or of to with for in on at by from into onto via as than that which who whose plus
    including incl e.g. such like between per across over under within about
    i oraz w z ze na do od po przy dla przez o u lub albo ktory ktora ktore ktorych jako
    """
)
