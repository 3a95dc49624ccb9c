"""Sentences for a situation set out in the question (scenario.py): what comes first, who to talk
to and about which deadline, what to do with what is missing, and what happens afterwards."""

EN: dict[str, tuple[str, ...]] = {
    "scenario_safe": (
        "First I'd make sure nobody is at risk, stopping the work if I have to, and in a couple of minutes I'd get the facts: what exactly has failed and what it affects.",
    ),
    "scenario_facts": (
        "First I'd get the facts quickly: what exactly has happened, what it affects and what really can't wait.",
    ),
    "scenario_task": (
        "First I'd pin down exactly what's needed and by when, what is fixed and what has room to move.",
    ),
    "scenario_options": (
        "Then I'd line up the options, check each against cost, risk and time, and commit only to what I can actually deliver.",
    ),
    "scenario_confirm": (
        "I'd confirm what we agreed in writing and check in at each step, so any problem shows up while there's still time to act.",
    ),
    "scenario_new": ("Being new, I'd lean on the people who know the place, but I wouldn't wait to act.",),
    "scenario_who_deadline": (
        "Then I'd talk to {who} straight away: what I know, what I'm doing about it, and an honest view of whether we can still make it {deadline}, with a fallback if we can't.",
    ),
    "scenario_who_task": (
        "I'd agree the details with {who} early: the scope, the risks and when they'll hear back from me.",
    ),
    "scenario_who": (
        "Then I'd talk to {who} early and honestly: what I know, what I'm doing about it and when they'll hear from me next.",
    ),
    "scenario_deadline": (
        "I'd work back from the deadline, {deadline}: what has to happen first, and what we can drop or do differently to still make it.",
    ),
    "scenario_lacking": (
        "With {lacking}, I'd use what I do control, moving people and work around, a temporary workaround or help from elsewhere, and I'd escalate early if the decision isn't mine.",
    ),
    "scenario_authority": (
        "I'd act within my own authority, bring in the person whose decision it is early, and keep a note of what we agreed.",
    ),
    "scenario_after": (
        "Once it's under control, I'd find the root cause with the team and agree one change so it doesn't happen again.",
    ),
}

PL: dict[str, tuple[str, ...]] = {
    "scenario_safe": (
        "Najpierw upewniłbym się, że nikomu nic nie grozi, w razie potrzeby wstrzymując pracę, a w kilka minut ustaliłbym fakty: co dokładnie się stało i na co to wpływa.",
    ),
    "scenario_facts": (
        "Najpierw szybko ustaliłbym fakty: co dokładnie się stało, na co to wpływa i co naprawdę nie może czekać.",
    ),
    "scenario_task": (
        "Najpierw ustaliłbym dokładnie, czego potrzeba i na kiedy, co jest stałe, a gdzie jest pole manewru.",
    ),
    "scenario_options": (
        "Następnie zestawiłbym możliwe opcje, sprawdziłbym każdą pod kątem kosztu, ryzyka i czasu i zobowiązałbym się tylko do tego, co naprawdę mogę dowieźć.",
    ),
    "scenario_confirm": (
        "Ustalenia potwierdziłbym na piśmie i sprawdzałbym postęp na każdym etapie, żeby ewentualny problem wyszedł, póki jest jeszcze czas zareagować.",
    ),
    "scenario_new": (
        "Jako nowa osoba oparłbym się na ludziach, którzy znają to miejsce, ale nie czekałbym z działaniem.",
    ),
    "scenario_who_deadline": (
        "Potem od razu porozmawiałbym {who}: co wiem, co robię i uczciwie, czy zdążymy {deadline}, a jeśli nie, jaki jest plan awaryjny.",
    ),
    "scenario_who_task": ("Szczegóły wcześnie uzgodniłbym {who}: zakres, ryzyka i to, kiedy się odezwę.",),
    "scenario_who": (
        "Potem od razu i otwarcie porozmawiałbym {who}: co wiem, co robię i kiedy odezwę się ponownie.",
    ),
    "scenario_deadline": (
        "Zaplanowałbym wszystko od terminu wstecz, żeby zdążyć {deadline}: co musi się wydarzyć najpierw, a co można odpuścić albo zrobić inaczej.",
    ),
    "scenario_lacking": (
        "Skoro {lacking}, wykorzystałbym to, na co mam wpływ: przesunięcie ludzi i zadań, rozwiązanie tymczasowe albo pomoc z zewnątrz, a jeśli decyzja nie należy do mnie, wcześnie przekazałbym sprawę wyżej.",
    ),
    "scenario_authority": (
        "Działałbym w granicach swoich uprawnień, wcześnie włączyłbym osobę, do której należy decyzja, i zapisałbym, co ustaliliśmy.",
    ),
    "scenario_after": (
        "Kiedy sytuacja będzie opanowana, razem z zespołem ustaliłbym przyczynę i jedną zmianę, żeby to się nie powtórzyło.",
    ),
}
