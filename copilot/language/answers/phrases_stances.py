"""Stances a scenario takes whatever its field: figures that do not match another source are
reconciled before anything is said about them, and a person at risk is kept safe before any
procedure (method.py). Each pattern has one or more variants."""

EN: dict[str, tuple[str, ...]] = {
    "method_reconcile": (
        "First I'd find out whether the difference is real or a matter of timing and definitions: the same period, the same cut-off and the same filters on both sides. | Then I'd narrow it down, by day, by category and by source, until I find the records that differ, fix the cause rather than the total, tell the people using the numbers what happened, and add a check so it shows up on its own next time.",
    ),
    "method_safeguarding": (
        "A child's or a vulnerable person's safety comes first, so I wouldn't take a no at the door and leave it there: I'd say calmly why I need to see them, stay where I can see and hear what's happening, and if I couldn't be sure they were safe I'd call my manager straight away and the police if there was immediate danger. | Then I'd follow our safeguarding procedure to the letter: record exactly what I saw and heard and when, agree the next step with my manager the same day, and share it with the agencies involved.",
    ),
}

PL: dict[str, tuple[str, ...]] = {
    "method_reconcile": (
        "Najpierw ustaliłbym, czy różnica jest prawdziwa, czy to kwestia terminów i definicji: ten sam okres, ten sam moment odcięcia i te same filtry po obu stronach. | Potem zawężałbym ją, po dniach, kategoriach i źródłach, aż znajdę pozycje, które się różnią, usunąłbym przyczynę, a nie samą sumę, powiedziałbym osobom korzystającym z tych liczb, co się stało, i dodałbym kontrolę, która następnym razem wychwyci to sama.",
    ),
    "method_safeguarding": (
        "Bezpieczeństwo dziecka albo osoby zależnej jest najważniejsze, więc nie przyjąłbym odmowy w drzwiach i nie odszedłbym: spokojnie wyjaśniłbym, dlaczego muszę ich zobaczyć, a gdybym nie miał pewności, że są bezpieczni, od razu zadzwoniłbym do przełożonego, a przy bezpośrednim zagrożeniu na policję. | Potem postąpiłbym dokładnie według procedury ochrony: zapisałbym, co widziałem i słyszałem i kiedy, tego samego dnia ustaliłbym z przełożonym kolejny krok i przekazałbym informację instytucjom, które w tym uczestniczą.",
    ),
}
