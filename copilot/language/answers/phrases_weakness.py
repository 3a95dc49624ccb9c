"""What a candidate says about a weakness: a real gap against the job, or one of several honest,
common weak spots with what they do about it. Several kinds, so two candidates asked the same
question do not give the same answer (about_me.py picks one that suits the person)."""

EN: dict[str, tuple[str, ...]] = {
    "weak_gap": (
        "An honest gap for this role: I haven't used {gap} in real work yet.",
        "To be upfront, {gap} is the one requirement I haven't worked with in a real project.",
    ),
    "weak_gap_closest": ("The closest I've done: {sentence}", "What I do have is related: {sentence}"),
    "weak_gap_plan": (
        "I'm closing that gap: I'm reading up on {gap} now, and in the first weeks I'd ask to work on it alongside someone who knows it well.",
        "My plan is to learn {gap} properly and then use it on real work early, with someone experienced checking what I do.",
    ),
    "weak_delegation": (
        "I tend to take too much on myself instead of delegating.",
        "My weak spot has been holding on to work I could hand over.",
    ),
    "weak_delegation_fix": (
        "What helped was handing over whole problems with a clear goal and checking the outcome rather than every step.",
    ),
    "weak_help": (
        "I sometimes try too long to solve a problem alone before asking for help.",
        "Early on, I'd stay stuck on a problem too long before asking anyone.",
    ),
    "weak_help_fix": (
        "Now I give myself a time limit: if I'm stuck for an hour, I write down what I've tried and ask.",
    ),
    "weak_detail": (
        "I can go deeper into detail than a decision needs.",
        "I sometimes spend more time polishing than the task really needs.",
    ),
    "weak_detail_fix": (
        "I now agree the level of detail up front and time-box the analysis, so it doesn't slow the team down.",
    ),
    "weak_saying_yes": (
        "I tend to say yes to too many requests, because I like helping.",
        "My weak spot has been taking on every request that comes my way.",
    ),
    "weak_saying_yes_fix": (
        "Now I check every new request against my current priorities and say clearly what would have to move.",
    ),
    "weak_speaking_up": ("In big meetings I used to keep my doubts to myself until I was completely sure.",),
    "weak_speaking_up_fix": (
        "I now raise a concern early as a question, which costs little and often saves a lot.",
    ),
    "weak_evidence": ("You can see the progress in my work: {sentence}",),
    "weak_close": (
        "It's still something I keep an eye on, but it no longer gets in the way of my work.",
        "I haven't fully fixed it, but I notice it early now, and the people I work with see the difference.",
    ),
    "weak_presenting": (
        "Presenting to a large group doesn't come naturally to me; one to one or in a small team I'm at ease, in front of fifty people I used to rush.",
        "Speaking in front of a big audience has been my weak spot; I used to over-prepare slides and then rush through them.",
    ),
    "weak_presenting_fix": (
        "So I volunteer for the short updates at team meetings, rehearse the first minute out loud, and keep to three points, and it gets easier every time.",
    ),
    "weak_impatience": (
        "I can get impatient when things move slower than I think they should, and push for a decision too early.",
        "My weak spot is impatience with slow processes: I want to fix things straight away.",
    ),
    "weak_impatience_fix": (
        "I've learned to ask first why the process is there and agree a realistic timeline with the people involved, which usually gets things moving faster than pushing.",
    ),
    "weak_direct": (
        "My feedback used to be too direct: I went straight to what was wrong and skipped what worked.",
        "I can be too blunt when I give feedback, because I want to get to the point.",
    ),
    "weak_direct_fix": (
        "Now I start with what works, ask how the other person sees it, and then agree one or two concrete changes, and people act on it more readily.",
    ),
    "weak_checking": (
        "I double-check my own work more than I need to, which used to slow me down on busy days.",
        "I'm cautious by nature, so I used to check and re-check things that were already right.",
    ),
    "weak_checking_fix": (
        "I now keep the full second check for the steps where a mistake really matters, and trust the routine ones, so I stay careful without falling behind.",
    ),
}

PL: dict[str, tuple[str, ...]] = {
    "weak_gap": (
        "Szczerze: jedyne wymaganie z tej oferty, którego nie mam w praktyce, to {gap}.",
        "Uczciwie powiem, że jedno z wymagań, {gap}, znam jeszcze tylko teoretycznie.",
    ),
    "weak_gap_closest": ("Najbliższe doświadczenie, jakie mam: {sentence}",),
    "weak_gap_plan": (
        "Nadrabiam to w praktyce: stosuję to na małym, prawdziwym zadaniu i uczę się od osób, które pracują z tym na co dzień.",
        "Mój plan to wejść w ten temat na małym, prawdziwym zadaniu, z kimś doświadczonym, kto zrobi przegląd.",
    ),
    "weak_delegation": ("Mam skłonność do brania zbyt wielu rzeczy na siebie zamiast delegowania.",),
    "weak_delegation_fix": (
        "Pomaga mi przekazywanie całych problemów z jasnym celem i sprawdzanie efektu, a nie każdego kroku.",
    ),
    "weak_help": (
        "Czasem zbyt długo próbuję sam rozwiązać problem, zanim poproszę o pomoc.",
        "Zdarza mi się za długo siedzieć nad problemem w pojedynkę.",
    ),
    "weak_help_fix": (
        "Teraz daję sobie limit czasu: jeśli utknę na godzinę, zapisuję, co sprawdziłem, i pytam.",
    ),
    "weak_detail": (
        "Potrafię wchodzić w szczegóły głębiej, niż wymaga tego decyzja.",
        "Czasem poświęcam na dopracowanie więcej czasu, niż zadanie naprawdę potrzebuje.",
    ),
    "weak_detail_fix": (
        "Dlatego na początku ustalam potrzebny poziom szczegółowości i ograniczam czas na analizę.",
    ),
    "weak_saying_yes": ("Mam skłonność do zgadzania się na zbyt wiele próśb, bo lubię pomagać.",),
    "weak_saying_yes_fix": (
        "Teraz każdą nową prośbę porównuję z bieżącymi priorytetami i mówię wprost, co musiałoby się przesunąć.",
    ),
    "weak_speaking_up": (
        "Na dużych spotkaniach zdarzało mi się zatrzymywać wątpliwości dla siebie, dopóki nie byłem całkiem pewny.",
    ),
    "weak_speaking_up_fix": (
        "Teraz zgłaszam wątpliwość wcześnie, w formie pytania, co niewiele kosztuje, a często sporo oszczędza.",
    ),
    "weak_evidence": ("Widać to po mojej pracy: {sentence}",),
    "weak_close": (
        "Wciąż na to uważam, ale nie przeszkadza mi to już w pracy.",
        "Nie jest to w pełni rozwiązane, ale dziś zauważam to wcześnie i osoby, z którymi pracuję, widzą różnicę.",
    ),
    "weak_presenting": (
        "Wystąpienia przed dużą grupą nie przychodzą mi naturalnie: w rozmowie jeden na jeden czy w małym zespole czuję się swobodnie, ale przed pięćdziesięcioma osobami zdarzało mi się mówić za szybko.",
    ),
    "weak_presenting_fix": (
        "Dlatego zgłaszam się do krótkich podsumowań na spotkaniach zespołu, ćwiczę na głos pierwszą minutę i trzymam się trzech punktów, i z każdym razem idzie mi lepiej.",
    ),
    "weak_impatience": (
        "Bywam niecierpliwy, gdy sprawy idą wolniej, niż moim zdaniem powinny, i za wcześnie naciskam na decyzję.",
    ),
    "weak_impatience_fix": (
        "Nauczyłem się najpierw pytać, po co dana procedura istnieje, i ustalać realny termin z osobami, których to dotyczy, co zwykle przyspiesza sprawy bardziej niż naciskanie.",
    ),
    "weak_direct": (
        "Moja informacja zwrotna bywała zbyt bezpośrednia: od razu mówiłem, co jest źle, a pomijałem to, co działa.",
    ),
    "weak_direct_fix": (
        "Teraz zaczynam od tego, co działa, pytam, jak druga osoba to widzi, i dopiero wtedy ustalamy jedną czy dwie konkretne zmiany, a ludzie chętniej je wprowadzają.",
    ),
    "weak_checking": (
        "Sprawdzam własną pracę częściej, niż to potrzebne, co w intensywne dni potrafiło mnie spowalniać.",
    ),
    "weak_checking_fix": (
        "Teraz pełną, podwójną kontrolę zostawiam dla kroków, w których błąd naprawdę ma znaczenie, a rutynowym ufam, więc jestem dokładny i nie zostaję w tyle.",
    ),
}
