"""Sentences for follow-up questions ("and what was the result?", "what would you do differently?"),
which continue the story told in the answer before. Each pattern has one or more variants."""

EN: dict[str, tuple[str, ...]] = {
    "follow_result": ("The result: {result}.", "In the end, {result}."),
    "follow_measure": (
        "I compared {metric} before and after the change, over the same length of time and from the same records, so the difference wasn't down to a quiet month.",
    ),
    "follow_measure_plain": (
        "I compared the numbers before and after the change, over the same length of time and from the same records, and checked that nothing else had changed that could explain it.",
    ),
    "follow_failure_more": ("To give you the full picture: {clause}.",),
    "follow_fix": ("The concrete change was this: {clause}.", "What changed afterwards: {clause}."),
    "follow_failure_after": (
        "What changed for good is that I now check early, against a measure agreed up front, whether something is on track, so a problem shows up while there's still time to act.",
    ),
    "follow_failure_after_mistake": (
        "What changed for good is that the step that went wrong is now planned and checked up front, so it no longer depends on memory or on a quiet day, and I talk about it openly with new people so they don't repeat it.",
    ),
    "follow_steps": (
        "Step by step: first I looked at where the problem really came from, then {clause}, trying it on a small scale before it became part of the routine for everyone.",
    ),
    "follow_result_plain": (
        "The outcome was that {clause}.",
        "What came out of it: {clause}.",
    ),
    "follow_result_last": ("Where it ended up: {last}.", "In the end it came down to this: {last}."),
    "follow_relationship": (
        "As for the relationship, I made a point of keeping it good afterwards: the disagreement was about the work, not about each other, and I said so.",
    ),
    "follow_reaction_failure": (
        "What I could control was how I handled it: I said it straight away and came with the fix rather than an excuse, which is what keeps people's trust.",
    ),
    "follow_keep": (
        "The core of it I'd keep, though: {clause}, and that part worked.",
        "What I wouldn't change is the heart of it: {clause}.",
    ),
    "follow_deeper": ("To add more detail: {sentence}", "Going one level deeper: {sentence}"),
    "follow_why": (
        "I chose it because it solved the main constraint we had, with the least risk and complexity.",
        "It was the option that fit our constraints best: it was simple enough to run and safe to roll back.",
    ),
    "follow_why_general": (
        "I chose it because it solved the main constraint we had, with the least risk and effort.",
        "It was the option that fit our constraints best: simple enough to keep going and easy to change if it didn't work.",
    ),
    "follow_differently": (
        "Looking back, I'd involve the people affected earlier and measure the starting point before changing anything.",
        "I'd start smaller: a pilot first, then roll out once the numbers confirmed it.",
    ),
    "follow_differently_event": (
        "Looking back, I'd hold a short debrief with the team straight afterwards, so what worked and what didn't is written down while it's fresh.",
    ),
    "follow_role": ("My part was {title_part}: {clause}.",),
    "follow_none": ("Happy to go deeper on any part of it.",),
    "follow_subject_check": (
        "For the exact case you describe, I'd confirm the behaviour on a test setup before relying on it.",
    ),
    "follow_case_rules": (
        "In that case I'd go by the procedure and the person who owns the decision: I'd check what the rules say for exactly that situation, agree the call with whoever makes it, and tell everyone affected early, with the reason.",
    ),
    "follow_subject_none": (
        "It depends on the exact set-up, so I'd check rather than guess: reproduce it on a test case, read what the documentation or the procedure says for that case, and only then change anything.",
    ),
}

PL: dict[str, tuple[str, ...]] = {
    "follow_result": ("Efekt: {result}.", "W rezultacie: {result}."),
    "follow_result_plain": ("Efekt był taki: {clause}.",),
    "follow_measure": (
        "Porównałem {metric} przed zmianą i po niej, w takim samym okresie i na podstawie tych samych danych, żeby różnica nie wynikała z przypadku.",
    ),
    "follow_measure_plain": (
        "Porównałem liczby przed zmianą i po niej, w takim samym okresie i na podstawie tych samych danych, i sprawdziłem, czy nic innego nie mogło tłumaczyć różnicy.",
    ),
    "follow_failure_more": ("Żeby dać pełny obraz: {clause}.",),
    "follow_fix": ("Konkretna zmiana była taka: {clause}.", "Co zmieniło się potem: {clause}."),
    "follow_failure_after": (
        "Na stałe zmieniło się to, że wcześnie sprawdzam, według ustalonej z góry miary, czy wszystko idzie zgodnie z planem, więc problem wychodzi na jaw, kiedy jest jeszcze czas, żeby zareagować.",
    ),
    "follow_failure_after_mistake": (
        "Na stałe zmieniło się to, że krok, który wtedy zawiódł, planuję i sprawdzam z góry, więc nie zależy od pamięci ani od spokojnego dnia, a nowym osobom mówię o tym otwarcie, żeby nie powtórzyły tego błędu.",
    ),
    "follow_steps": (
        "Krok po kroku: najpierw sprawdziłem, skąd naprawdę bierze się problem, potem {clause}, najpierw na małą skalę, a dopiero potem jako stały element pracy całego zespołu.",
    ),
    "follow_result_last": ("Ostatecznie skończyło się tak: {last}.", "Na koniec: {last}."),
    "follow_relationship": (
        "Co do relacji, zadbałem o to, żeby potem była dobra: spór dotyczył pracy, a nie nas samych, i powiedziałem to wprost.",
    ),
    "follow_reaction_failure": (
        "Miałem wpływ na to, jak to rozegram: powiedziałem o tym od razu i przyszedłem z rozwiązaniem, a nie z wymówką, a to właśnie buduje zaufanie.",
    ),
    "follow_keep": (
        "Sedno bym jednak zostawił, bo ta część zadziałała: {clause}.",
        "Nie zmieniłbym natomiast samego trzonu: {clause}.",
    ),
    "follow_deeper": ("Dodam więcej szczegółów: {sentence}", "Wchodząc głębiej: {sentence}"),
    "follow_why": (
        "Wybrałem to rozwiązanie, bo najlepiej odpowiadało na główne ograniczenie, z najmniejszym ryzykiem i złożonością.",
        "To była opcja najlepiej dopasowana do naszych ograniczeń: wystarczająco prosta w utrzymaniu i łatwa do wycofania.",
    ),
    "follow_why_general": (
        "Wybrałem to rozwiązanie, bo najlepiej odpowiadało na główne ograniczenie, z najmniejszym ryzykiem i wysiłkiem.",
        "To była opcja najlepiej dopasowana do naszych ograniczeń: dość prosta, żeby ją utrzymać, i łatwa do zmiany, gdyby nie zadziałała.",
    ),
    "follow_differently": (
        "Z perspektywy czasu wcześniej zaangażowałbym osoby, których to dotyczyło, i zmierzyłbym punkt wyjścia przed zmianami.",
        "Zacząłbym od mniejszej skali: najpierw pilotaż, a pełne wdrożenie dopiero po potwierdzeniu wyników.",
    ),
    "follow_differently_event": (
        "Z perspektywy czasu od razu po wszystkim zrobiłbym krótkie omówienie z zespołem, żeby zapisać, co zadziałało, a co nie, póki wszystko jest świeże.",
    ),
    "follow_role": ("Moja rola to {title_part}: {clause}.",),
    "follow_none": ("Chętnie rozwinę dowolną część tej odpowiedzi.",),
    "follow_subject_check": (
        "W opisanym przypadku sprawdziłbym to jeszcze na środowisku testowym, zanim zacząłbym na tym polegać.",
    ),
    "follow_case_rules": (
        "W takiej sytuacji kierowałbym się procedurą i tym, kto ma prawo decyzji: sprawdziłbym, co zasady mówią dokładnie o tym przypadku, uzgodniłbym decyzję z osobą, która ją podejmuje, i wcześnie poinformowałbym wszystkich, których to dotyczy, razem z powodem.",
    ),
    "follow_subject_none": (
        "To zależy od konkretnej konfiguracji, więc wolałbym sprawdzić niż zgadywać: odtworzyć to na przypadku testowym, zajrzeć do dokumentacji albo procedury dla tej sytuacji i dopiero wtedy coś zmieniać.",
    ),
}
