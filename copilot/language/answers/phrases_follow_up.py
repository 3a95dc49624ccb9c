"""Sentences for follow-up questions ("and what was the result?", "what would you do differently?"),
which continue the story told in the answer before. Each pattern has one or more variants."""

EN: dict[str, tuple[str, ...]] = {
    "follow_result": ("The result: {result}.", "In the end, {result}."),
    "follow_result_plain": (
        "The outcome was that {clause}.",
        "What came out of it: {clause}.",
    ),
    "follow_result_unmeasured": (
        "I don't have a hard number for that one. What I can say is that {clause}, and next time I'd measure the effect from the start.",
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
    "follow_differently": (
        "Looking back, I'd involve the people affected earlier and measure the starting point before changing anything.",
        "I'd start smaller: a pilot first, then roll out once the numbers confirmed it.",
    ),
    "follow_role": ("My part was {title_part}: {clause}.",),
    "follow_none": ("Happy to go deeper on any part of it.",),
}

PL: dict[str, tuple[str, ...]] = {
    "follow_result": ("Efekt: {result}.", "W rezultacie: {result}."),
    "follow_result_plain": ("Efekt był taki: {clause}.",),
    "follow_result_unmeasured": (
        "Nie mam na to twardej liczby. Mogę powiedzieć tyle, że {clause}, a następnym razem mierzyłbym efekt od początku.",
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
    "follow_differently": (
        "Z perspektywy czasu wcześniej zaangażowałbym osoby, których to dotyczyło, i zmierzyłbym punkt wyjścia przed zmianami.",
        "Zacząłbym od mniejszej skali: najpierw pilotaż, a pełne wdrożenie dopiero po potwierdzeniu wyników.",
    ),
    "follow_role": ("Moja rola to {title_part}: {clause}.",),
    "follow_none": ("Chętnie rozwinę dowolną część tej odpowiedzi.",),
}
