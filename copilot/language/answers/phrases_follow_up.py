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
    "aspect_how": ("It worked mainly {means}.",),
    "aspect_holdout": (
        "Not everyone was on board straight away. With anyone who held out, I talked one to one, listened to what got in their way, fixed what was reasonable, and then held everyone to the same standard.",
    ),
    "aspect_convince": (
        "The people I had to bring along were the ones whose daily work changed: I showed them what it would save them, agreed the steps with them rather than for them, and kept them posted until it ran on its own.",
    ),
    "aspect_convince_deal": (
        "With that many people involved, I mapped who decided, who signed and who would use it every day, worked closely with the person who felt the problem most as my champion, and made sure every meeting ended with an agreed next step.",
    ),
    "aspect_reaction_change": (
        "With a change like that I expect some pushback, so I explained why we were doing it, listened to the objections and adjusted the plan where people had a point, and kept checking in until the new way was simply how we worked.",
    ),
    "aspect_verify": (
        "To be sure the results were right, I ran the old and the new side by side on the same input and compared the totals and a sample of records before switching over.",
    ),
    "aspect_why_late": (
        "Nothing flagged it: from the outside everything looked normal, so it only showed when someone looked at the figures, and nobody was looking at them closely enough at the time.",
    ),
    "aspect_hardest": (
        "The hardest part was making time for it in a busy week and holding back from doing things myself when that would have been faster, because the point is that it works without me.",
    ),
    "aspect_differently_failure": (
        "Practically, I watch for the early warning signs I missed that time and act on them sooner: more people involved from the start, a check at every stage, and no single point where it can all go wrong.",
    ),
    "aspect_differently_fix": ("Today I'd start with what I only put in place afterwards: {clause}.",),
    "follow_differently": (
        "Looking back, I'd involve the people affected earlier and measure the starting point before changing anything.",
        "I'd start smaller: a pilot first, then roll out once the numbers confirmed it.",
    ),
    "follow_differently_event": (
        "Looking back, I'd hold a short debrief with the team straight afterwards, so what worked and what didn't is written down while it's fresh.",
    ),
    "follow_role": ("My part was {title_part}: {clause}.",),
    "follow_none": ("Happy to go deeper on any part of it.",),
    "follow_generic_noticed": (
        "I picked it up myself on the next routine check, before it caused any harm, and I reported it straight away rather than quietly fixing it.",
    ),
    "follow_generic_failure_changed": (
        "What changed is that the check became a fixed step, done and signed off every time, however busy it gets, and I shared it with the team so it wasn't only my habit.",
    ),
    "follow_generic_failure_end": (
        "It ended well: it was put right before anyone was affected, it was recorded properly, and the check I added then is still part of how I work.",
    ),
    "follow_generic_conflict_relationship": (
        "We got on better afterwards, because we'd argued about the work and not about each other, and we agreed to raise things early from then on.",
    ),
    "follow_generic_conflict_end": (
        "In the end we agreed to try one approach for a short, fixed period and judge it on the results, and we both stuck to what the results showed.",
    ),
    "follow_generic_conflict_changed": (
        "Since then I raise a disagreement as soon as I see it, one to one and with the facts ready, instead of letting it build up.",
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
    "aspect_how": ("Udało się to przede wszystkim {means}.",),
    "aspect_holdout": (
        "Nie wszyscy byli przekonani od razu. Z każdym, kto się opierał, rozmawiałem w cztery oczy, słuchałem, co mu przeszkadza, poprawiałem to, co było zasadne, a potem wymagałem od wszystkich tego samego.",
    ),
    "aspect_convince": (
        "Przekonać trzeba było przede wszystkim osoby, których codzienna praca się zmieniała: pokazałem im, co na tym zyskają, kolejne kroki ustaliłem razem z nimi, a nie za nich, i informowałem ich na bieżąco, aż wszystko zaczęło działać samo.",
    ),
    "aspect_convince_deal": (
        "Przy tylu osobach ustaliłem, kto decyduje, kto podpisuje, a kto będzie z tego korzystał na co dzień, blisko współpracowałem z osobą, która najbardziej odczuwała problem, i pilnowałem, żeby każde spotkanie kończyło się uzgodnionym kolejnym krokiem.",
    ),
    "aspect_reaction_change": (
        "Przy takiej zmianie spodziewam się oporu, więc wyjaśniłem, po co to robimy, wysłuchałem zastrzeżeń, poprawiłem plan tam, gdzie ludzie mieli rację, i sprawdzałem na bieżąco, aż nowy sposób pracy stał się codziennością.",
    ),
    "aspect_verify": (
        "Żeby mieć pewność, że wyniki się zgadzają, przez pewien czas prowadziłem stare i nowe rozwiązanie równolegle na tych samych danych i porównywałem sumy oraz próbkę pozycji, zanim całkiem przeszliśmy na nowe.",
    ),
    "aspect_why_late": (
        "Nic tego nie sygnalizowało: z zewnątrz wszystko wyglądało normalnie, więc wyszło dopiero, gdy ktoś spojrzał na liczby, a wtedy nikt im się dość uważnie nie przyglądał.",
    ),
    "aspect_hardest": (
        "Najtrudniej było znaleźć na to czas w pełnym tygodniu i powstrzymać się przed robieniem rzeczy samemu, kiedy byłoby szybciej, bo chodzi o to, żeby działało to także beze mnie.",
    ),
    "aspect_differently_failure": (
        "W praktyce wcześniej wypatruję sygnałów ostrzegawczych, które wtedy przeoczyłem, i szybciej na nie reaguję: więcej osób zaangażowanych od początku, kontrola na każdym etapie i żaden pojedynczy punkt, od którego wszystko zależy.",
    ),
    "aspect_differently_fix": ("Dziś zacząłbym od tego, co wprowadziłem dopiero po fakcie: {clause}.",),
    "follow_differently": (
        "Z perspektywy czasu wcześniej zaangażowałbym osoby, których to dotyczyło, i zmierzyłbym punkt wyjścia przed zmianami.",
        "Zacząłbym od mniejszej skali: najpierw pilotaż, a pełne wdrożenie dopiero po potwierdzeniu wyników.",
    ),
    "follow_differently_event": (
        "Z perspektywy czasu od razu po wszystkim zrobiłbym krótkie omówienie z zespołem, żeby zapisać, co zadziałało, a co nie, póki wszystko jest świeże.",
    ),
    "follow_role": ("Moja rola to {title_part}: {clause}.",),
    "follow_none": ("Chętnie rozwinę dowolną część tej odpowiedzi.",),
    "follow_generic_noticed": (
        "Zauważyłem to sam przy następnej rutynowej kontroli, zanim komukolwiek to zaszkodziło, i od razu to zgłosiłem, zamiast po cichu poprawiać.",
    ),
    "follow_generic_failure_changed": (
        "Zmieniło się to, że ta kontrola stała się stałym krokiem, wykonywanym i potwierdzanym za każdym razem, niezależnie od natłoku pracy, i przekazałem to zespołowi, żeby nie był to tylko mój nawyk.",
    ),
    "follow_generic_failure_end": (
        "Skończyło się dobrze: zostało to naprawione, zanim ktokolwiek to odczuł, zostało właściwie odnotowane, a kontrola, którą wtedy dodałem, do dziś jest częścią mojej pracy.",
    ),
    "follow_generic_conflict_relationship": (
        "Potem współpracowało nam się lepiej, bo spieraliśmy się o pracę, a nie o siebie nawzajem, i umówiliśmy się, że odtąd będziemy mówić o problemach wcześnie.",
    ),
    "follow_generic_conflict_end": (
        "Ostatecznie umówiliśmy się, że sprawdzimy jedno podejście przez krótki, określony czas i ocenimy je po wynikach, i oboje trzymaliśmy się tego, co pokazały.",
    ),
    "follow_generic_conflict_changed": (
        "Od tamtej pory mówię o różnicy zdań od razu, w cztery oczy i z przygotowanymi faktami, zamiast pozwolić, żeby narastała.",
    ),
    "follow_case_rules": (
        "W takiej sytuacji kierowałbym się procedurą i tym, kto ma prawo decyzji: sprawdziłbym, co zasady mówią dokładnie o tym przypadku, uzgodniłbym decyzję z osobą, która ją podejmuje, i wcześnie poinformowałbym wszystkich, których to dotyczy, razem z powodem.",
    ),
    "follow_subject_none": (
        "To zależy od konkretnej konfiguracji, więc wolałbym sprawdzić niż zgadywać: odtworzyć to na przypadku testowym, zajrzeć do dokumentacji albo procedury dla tej sytuacji i dopiero wtedy coś zmieniać.",
    ),
}
