"""English and Polish wording of the offline answers.

Templates carry no facts of their own (no employers, numbers or technologies): every concrete
detail comes from the CV or job description through ``{fact}``/``{jd}``, and whatever only the
candidate knows is left as a ``[bracketed]`` prompt. Polish phrasing avoids gendered first-person
past forms (zrobiłem/zrobiłam) because the candidate's gender is unknown.
"""

from __future__ import annotations

# Per language: fixed sentences and sentence patterns, looked up by name in offline.py.
PHRASES: dict[str, dict[str, str]] = {
    "en": {
        "fact_verb_0": "For example, {fact}",
        "fact_verb_1": "Also, {fact}",
        "fact_verb_2": "Besides that, {fact}",
        "fact_plain_0": "For example, from my CV: {fact}",
        "fact_plain_1": "Also relevant: {fact}",
        "fact_plain_2": "Another point from my background: {fact}",
        "fact_source": "{fact} ({header})",
        "fact_role": "Among my roles: {fact}",
        # introduction
        "intro_open_named": "My name is {name}, and thank you for the invitation.",
        "intro_open": "Thank you, I'm glad to tell you a bit about myself.",
        "intro_close": "That is why {role} feels like a natural next step for me.",
        "intro_extra": "I'd be happy to go deeper into any part of my experience.",
        "intro_empty_1": "I would briefly cover [your current role, years of experience and main area of expertise].",
        "intro_empty_2": "Then I would mention [one or two achievements that fit this position].",
        # motivation
        "motivation_open": "What attracts me to {role} is how closely it matches the work I do best.",
        "motivation_jd": 'The job description mentions "{jd}", and that is exactly the kind of work I want to focus on.',
        "motivation_close": "I believe I can contribute from the start and keep growing with the team{at_company}.",
        "motivation_empty": (
            "I would mention [one or two things you value about the company: its product, mission or the way it works]."
        ),
        # strengths
        "strengths_open": "I'd point to strengths that are visible in concrete results rather than in adjectives.",
        "strengths_close": "I think that fits well with what {role} needs.",
        "strengths_empty": "My main strength is [a strength relevant to this role], for example [a situation where it made a difference].",
        # weaknesses
        "weaknesses_open": (
            "One area I have been actively working on is [a real but non-critical weakness, "
            "for example delegating or saying no to extra work]."
        ),
        "weaknesses_action": "To improve it, I [describe the concrete habit or tool you use], and I check regularly how it is going.",
        "weaknesses_close": "I keep it under control and make sure it does not affect the quality of my work.",
        # behavioural (STAR)
        "behavioural_open": "Let me answer with a concrete situation.",
        "behavioural_action": (
            "I approached it step by step: I clarified the goal, agreed on priorities with the people involved "
            "and kept everyone updated."
        ),
        "behavioural_close": "It is the kind of experience I would bring to {role}.",
        "behavioural_empty_1": "Situation and task: [where it was and what had to be achieved].",
        "behavioural_empty_2": "Action: [what you personally did, step by step].",
        "behavioural_empty_3": "Result: [the outcome, ideally with a number, and what you learned].",
        # conflict
        "conflict_open": (
            "When I disagree with someone, I try to move the discussion from opinions to facts and to the goal we share."
        ),
        "conflict_action": (
            "In practice that means listening first, making the trade-offs visible and agreeing on a decision "
            "everyone can commit to."
        ),
        "conflict_close": "That keeps working relationships good even when we disagree, which matters in {role}.",
        "conflict_empty": "[Describe a specific disagreement, how it was resolved and how it ended.]",
        # failure
        "failure_open": "A good example is a situation where [describe your mistake briefly and honestly].",
        "failure_action": (
            "I took responsibility for it, fixed the immediate problem first and then changed the way I work "
            "so it would not happen again."
        ),
        "failure_close": "It taught me to check assumptions early and to raise risks sooner.",
        # achievement
        "achievement_open": "The achievement I'm proudest of is one with a concrete, visible outcome.",
        "achievement_value_number": "What I value in it is that the result was measurable.",
        "achievement_value": "What I value in it is that it made a real difference for the people I worked with.",
        "achievement_close": "I'd like to achieve results like that in {role}.",
        "achievement_empty": "I would mention [your biggest achievement: what you did and the result, ideally with a number].",
        # leadership / teamwork
        "leadership_open": (
            "I enjoy working closely with others, and I take responsibility for the team's results, "
            "not only for my own tasks."
        ),
        "leadership_action": "I try to set clear goals, share context and give people room to own their part.",
        "leadership_close": "That is how I would approach teamwork in {role}.",
        "leadership_empty": "I would mention [a situation where you led, coordinated or supported a team, and the result].",
        # experience with a technology or tool
        "experience_yes": "Yes, {term} is something I have hands-on experience with.",
        "experience_close": "I'd be glad to use that experience in {role}.",
        "experience_missing": "To be straightforward: {term} is not something I have listed in my CV.",
        "experience_closest": "The closest experience I have is this: {fact}",
        "experience_plan": (
            "I learn new tools quickly, and my plan to catch up would be [a concrete plan: documentation, "
            "a small project, pairing with the team]."
        ),
        "experience_empty": "I would say [where and for how long you have used {term}, and one concrete result].",
        # technical
        "technical_open": "Let me structure my answer.",
        "technical_open_design": "I would approach it in a few steps.",
        "technical_explain_1": "First, I would define it in one sentence and say what problem it solves.",
        "technical_explain_2": "Then I would walk through the main components and how data or requests flow between them.",
        "technical_explain_3": "After that, I would cover the trade-offs: where it works well, its limits and common pitfalls.",
        "technical_explain_4": "Finally, I would give a short example of when it is worth using.",
        "technical_design_1": (
            "First, I would clarify the requirements: who uses it, the expected load, latency and consistency needs."
        ),
        "technical_design_2": "Then I would sketch the main components, the data model and how they communicate.",
        "technical_design_3": "Next, I would look at scaling, failure handling and security.",
        "technical_design_4": "Finally, I would cover monitoring and how to roll it out safely.",
        "technical_compare_1": "First, I would explain what each option is for.",
        "technical_compare_2": (
            "Then I would compare them on the criteria that matter here: performance, complexity, cost and maintenance."
        ),
        "technical_compare_3": "Finally, I would say which one to choose in which situation, and why.",
        "technical_debug_1": (
            "First, I would reproduce the problem and measure it, so I know where the time or the errors actually go."
        ),
        "technical_debug_2": "Then I would form a hypothesis, check it in logs and metrics and change one thing at a time.",
        "technical_debug_3": (
            "Finally, I would confirm the fix with the same measurement and add monitoring so the problem does not return."
        ),
        "technical_cv": "I have hands-on experience here: {fact}",
        "technical_close": "I'd be happy to go deeper into any of these points.",
        # salary
        "salary_open": (
            "Based on the scope of {role} and my experience, my expectation is "
            "[your range, gross or net, monthly or yearly]."
        ),
        "salary_jd": 'The offer says "{jd}", and I\'d like to understand how the final figure is set within it.',
        "salary_close": "I'm open to discussing the whole package, including benefits and growth.",
        # availability
        "availability_cv": "As mentioned in my CV: {fact}",
        "availability_open": "My notice period is [your notice period], so I could start [your earliest start date].",
        "availability_handover": "I would make sure any handover is done properly.",
        "availability_close": "I'm flexible and happy to agree on a start date with the team{at_company}.",
        # future
        "future_open": "In a few years I see myself having grown in {role}, with deeper expertise and more responsibility.",
        "future_jd": 'The direction described in the offer, "{jd}", fits that plan well.',
        "future_close_company": "I'd like that growth to happen at {company}.",
        "future_close": "I'd like that growth to happen in a team where I can stay for the long term.",
        "future_empty": "I would mention [the skills or responsibilities you want to grow into].",
        # closing
        "closing_open": "Yes, thank you, I do have a few questions.",
        "closing_success": "What would success look like in the first months in {role}?",
        "closing_team": "How is the team organised, and how do you work together day to day?",
        "closing_jd": 'The job description mentions "{jd}"; how does that look in practice?',
        "closing_next": "And what are the next steps in the process?",
        # generic
        "generic_open": "That's a good question.",
        "generic_close": "That is the experience I would bring to {role}.",
        "generic_empty": (
            "I would answer it with [a concrete example from your experience] and connect it to what this role needs."
        ),
        # follow-up
        "follow_open": "Sure, let me add more detail.",
        "follow_result": "As for the result: {fact}",
        "follow_result_empty": "[Add the concrete result, ideally with a number.]",
        "follow_empty": "[Add one more concrete detail: what exactly you did and what changed because of it.]",
        "follow_close": "That is the part I would highlight for {role}.",
        # role phrases
        "role_full": "the {position} role at {company}",
        "role_position": "the {position} role",
        "role_company": "this role at {company}",
        "role_none": "this role",
        "at_company": " at {company}",
    },
    "pl": {
        "fact_verb_0": "Na przykład {fact}",
        "fact_verb_1": "Poza tym {fact}",
        "fact_verb_2": "Do tego {fact}",
        "fact_plain_0": "Na przykład, z mojego CV: {fact}",
        "fact_plain_1": "Ważne jest też to: {fact}",
        "fact_plain_2": "Kolejny punkt z mojego doświadczenia: {fact}",
        "fact_source": "{fact} ({header})",
        "fact_role": "Jedno z moich stanowisk: {fact}",
        "intro_open_named": "Nazywam się {name} i dziękuję za zaproszenie.",
        "intro_open": "Dziękuję, chętnie powiem kilka słów o sobie.",
        "intro_close": "Dlatego {role} to dla mnie naturalny kolejny krok.",
        "intro_extra": "Chętnie opowiem więcej o każdym z tych doświadczeń.",
        "intro_empty_1": "Na początek warto krótko opisać [obecną rolę, lata doświadczenia i główny obszar specjalizacji].",
        "intro_empty_2": "Potem warto wspomnieć [jedno lub dwa osiągnięcia pasujące do tego stanowiska].",
        "motivation_open": "{Role} przyciąga mnie przede wszystkim tym, że bardzo dobrze pasuje do pracy, w której czuję się najmocniej.",
        "motivation_jd": "W opisie stanowiska jest mowa o: „{jd}” i właśnie na takiej pracy chcę się skupić.",
        "motivation_close": "Uważam, że mogę wnieść wartość od pierwszych tygodni i dalej rozwijać się razem z zespołem{at_company}.",
        "motivation_empty": "Warto tu wspomnieć [jedną lub dwie rzeczy, które cenisz w firmie: produkt, misję albo sposób pracy].",
        "strengths_open": "Moje mocne strony najlepiej pokazują konkretne efekty, a nie przymiotniki.",
        "strengths_close": "Myślę, że to dobrze pasuje do tego, czego wymaga {role}.",
        "strengths_empty": "Moją główną mocną stroną jest [mocna strona ważna na tym stanowisku], na przykład [sytuacja, w której to pomogło].",
        "weaknesses_open": (
            "Obszar, nad którym świadomie pracuję, to [prawdziwa, ale niekrytyczna słabość, "
            "na przykład delegowanie zadań albo odmawianie dodatkowej pracy]."
        ),
        "weaknesses_action": "Żeby to poprawić, [opisz konkretny nawyk lub narzędzie], i regularnie sprawdzam, jak mi idzie.",
        "weaknesses_close": "Mam to pod kontrolą i dbam, żeby nie wpływało to na jakość mojej pracy.",
        "behavioural_open": "Odpowiem na konkretnym przykładzie.",
        "behavioural_action": (
            "W takich sytuacjach działam krok po kroku: ustalam cel, uzgadniam priorytety z osobami zaangażowanymi "
            "i na bieżąco informuję o postępach."
        ),
        "behavioural_close": "Takie doświadczenia chcę wykorzystać {role_loc}.",
        "behavioural_empty_1": "Sytuacja i zadanie: [gdzie to było i co trzeba było osiągnąć].",
        "behavioural_empty_2": "Działanie: [co konkretnie było Twoim wkładem, krok po kroku].",
        "behavioural_empty_3": "Rezultat: [efekt, najlepiej w liczbach, i wniosek na przyszłość].",
        "conflict_open": "Gdy się z kimś nie zgadzam, staram się przenieść rozmowę z opinii na fakty i na wspólny cel.",
        "conflict_action": (
            "W praktyce oznacza to, że najpierw słucham, pokazuję plusy i minusy każdej opcji "
            "i dążę do decyzji, którą wszyscy mogą poprzeć."
        ),
        "conflict_close": "Dzięki temu relacje pozostają dobre nawet przy różnicy zdań, co jest ważne {role_loc}.",
        "conflict_empty": "[Opisz konkretny spór, jak został rozwiązany i czym się skończył.]",
        "failure_open": "Dobrym przykładem jest sytuacja, w której [opisz krótko i szczerze swój błąd].",
        "failure_action": (
            "Biorę za to odpowiedzialność: najpierw naprawiam bieżący problem, a potem zmieniam sposób pracy, "
            "żeby się nie powtórzył."
        ),
        "failure_close": "Nauczyło mnie to wcześniej sprawdzać założenia i szybciej sygnalizować ryzyka.",
        "achievement_open": "Za moje największe osiągnięcie uważam coś, co ma konkretny, widoczny efekt.",
        "achievement_value_number": "Cenię je, bo efekt był mierzalny.",
        "achievement_value": "Cenię je, bo realnie pomogło ludziom, z którymi pracuję.",
        "achievement_close": "Chcę osiągać podobne wyniki {role_loc}.",
        "achievement_empty": "Warto tu wspomnieć [największe osiągnięcie: co zostało zrobione i jaki był efekt, najlepiej w liczbach].",
        "leadership_open": (
            "Lubię ścisłą współpracę z innymi i biorę odpowiedzialność za wynik całego zespołu, "
            "a nie tylko za swoje zadania."
        ),
        "leadership_action": "Staram się jasno stawiać cele, dzielić się kontekstem i dawać ludziom przestrzeń do samodzielności.",
        "leadership_close": "Tak samo chcę podchodzić do pracy zespołowej {role_loc}.",
        "leadership_empty": "Warto tu wspomnieć [sytuację, w której prowadzisz, koordynujesz lub wspierasz zespół, i jej efekt].",
        "experience_yes": "Tak, {term} to coś, z czym mam praktyczne doświadczenie.",
        "experience_close": "Chętnie wykorzystam to doświadczenie {role_loc}.",
        "experience_missing": "Powiem szczerze: {term} nie pojawia się w moim CV.",
        "experience_closest": "Najbliższe doświadczenie, jakie mam, to: {fact}",
        "experience_plan": (
            "Szybko uczę się nowych narzędzi i mam plan, jak to nadrobić: [konkretny plan: dokumentacja, "
            "mały projekt, praca w parze z zespołem]."
        ),
        "experience_empty": "Warto powiedzieć [gdzie i jak długo pracujesz z: {term}, i podać jeden konkretny efekt].",
        "technical_open": "Uporządkuję odpowiedź w kilku krokach.",
        "technical_open_design": "Podejdę do tego w kilku krokach.",
        "technical_explain_1": "Najpierw zacznę od krótkiej definicji i tego, jaki problem to rozwiązuje.",
        "technical_explain_2": "Potem omówię główne elementy i przepływ danych lub żądań między nimi.",
        "technical_explain_3": "Następnie przejdę do kompromisów: kiedy to się sprawdza, jakie ma ograniczenia i typowe pułapki.",
        "technical_explain_4": "Na koniec podam krótki przykład, kiedy warto tego użyć.",
        "technical_design_1": (
            "Najpierw doprecyzuję wymagania: kto będzie z tego korzystać, jakie jest spodziewane obciążenie, "
            "opóźnienia i wymagania co do spójności danych."
        ),
        "technical_design_2": "Potem naszkicuję główne komponenty, model danych i sposób komunikacji między nimi.",
        "technical_design_3": "Następnie zajmę się skalowaniem, obsługą awarii i bezpieczeństwem.",
        "technical_design_4": "Na koniec omówię monitoring i bezpieczne wdrożenie.",
        "technical_compare_1": "Najpierw wyjaśnię, do czego służy każda z opcji.",
        "technical_compare_2": "Potem porównam je pod kątem tego, co tu ważne: wydajności, złożoności, kosztu i utrzymania.",
        "technical_compare_3": "Na koniec powiem, którą wybrać w jakiej sytuacji i dlaczego.",
        "technical_debug_1": (
            "Najpierw odtworzę problem i go zmierzę, żeby wiedzieć, gdzie naprawdę ucieka czas albo pojawiają się błędy."
        ),
        "technical_debug_2": "Potem postawię hipotezę, sprawdzę ją w logach i metrykach i będę zmieniać jedną rzecz naraz.",
        "technical_debug_3": "Na koniec potwierdzę poprawkę tym samym pomiarem i dodam monitoring, żeby problem nie wrócił.",
        "technical_cv": "Mam w tym praktyczne doświadczenie: {fact}",
        "technical_close": "Chętnie rozwinę każdy z tych punktów.",
        "salary_open": (
            "Biorąc pod uwagę zakres obowiązków {role_loc} i moje doświadczenie, moje oczekiwania to "
            "[Twoje widełki, brutto lub netto, miesięcznie]."
        ),
        "salary_jd": "Ogłoszenie podaje: „{jd}” i chętnie porozmawiam o tym, jak ustalana jest ostateczna kwota.",
        "salary_close": "Chętnie porozmawiam też o całym pakiecie, w tym o benefitach i możliwościach rozwoju.",
        "availability_cv": "Zgodnie z moim CV: {fact}",
        "availability_open": "Mój okres wypowiedzenia to [Twój okres wypowiedzenia], więc mogę zacząć [najwcześniejsza data].",
        "availability_handover": "Zadbam o to, żeby ewentualne przekazanie obowiązków przebiegło sprawnie.",
        "availability_close": "Termin rozpoczęcia mogę elastycznie uzgodnić z zespołem{at_company}.",
        "future_open": (
            "Za kilka lat widzę siebie jako osobę, która rozwinęła się {role_loc}, ma głębszą wiedzę i więcej "
            "odpowiedzialności."
        ),
        "future_jd": "Kierunek opisany w ogłoszeniu, „{jd}”, dobrze pasuje do tych planów.",
        "future_close_company": "Zależy mi na tym, żeby ten rozwój odbywał się w {company}.",
        "future_close": "Zależy mi na tym, żeby ten rozwój odbywał się w zespole, z którym mogę związać się na dłużej.",
        "future_empty": "Warto tu wspomnieć [umiejętności lub obowiązki, w których chcesz się rozwijać].",
        "closing_open": "Tak, dziękuję, mam kilka pytań.",
        "closing_success": "Jak wygląda sukces w pierwszych miesiącach {role_loc}?",
        "closing_team": "Jak zorganizowany jest zespół i jak na co dzień wygląda wasza współpraca?",
        "closing_jd": "W opisie stanowiska jest mowa o: „{jd}”, jak to wygląda w praktyce?",
        "closing_next": "I jakie są kolejne kroki w procesie rekrutacji?",
        "generic_open": "To dobre pytanie.",
        "generic_close": "To doświadczenie chcę wykorzystać {role_loc}.",
        "generic_empty": (
            "Tu warto odpowiedzieć [konkretnym przykładem z Twojego doświadczenia] i powiązać go "
            "z wymaganiami tego stanowiska."
        ),
        "follow_open": "Jasne, dodam więcej szczegółów.",
        "follow_result": "Jeśli chodzi o efekt: {fact}",
        "follow_result_empty": "[Dodaj konkretny efekt, najlepiej w liczbach.]",
        "follow_empty": "[Dodaj jeszcze jeden konkretny szczegół: co dokładnie zostało zrobione i co dzięki temu się zmieniło.]",
        "follow_close": "Ten element chcę szczególnie podkreślić w kontekście pracy {role_loc}.",
        "role_full": "stanowisko {position} w {company}",
        "role_position": "stanowisko {position}",
        "role_company": "to stanowisko w {company}",
        "role_none": "to stanowisko",
        "role_loc_full": "na stanowisku {position} w {company}",
        "role_loc_position": "na stanowisku {position}",
        "role_loc_company": "na tym stanowisku w {company}",
        "role_loc_none": "na tym stanowisku",
        "at_company": " w {company}",
    },
}

# Step outlines for technical questions, by the kind of question asked.
TECHNICAL_STEPS: dict[str, tuple[str, ...]] = {
    "explain": ("technical_explain_1", "technical_explain_2", "technical_explain_3", "technical_explain_4"),
    "design": ("technical_design_1", "technical_design_2", "technical_design_3", "technical_design_4"),
    "compare": ("technical_compare_1", "technical_compare_2", "technical_compare_3"),
    "debug": ("technical_debug_1", "technical_debug_2", "technical_debug_3"),
}

# Words that steer retrieval towards the CV lines a question type usually wants.
TYPE_KEYWORDS: dict[str, str] = {
    "introduction": "experience years summary profile currently specialist doświadczenie lat obecnie specjalista",
    "strengths": (
        "led improved delivered built designed reduced increased award recognised "
        "kierowałem wdrożyłem poprawiłem zwiększyłem nagroda"
    ),
    "weaknesses": "course certificate training learning kurs szkolenie certyfikat nauka",
    "behavioural": (
        "led delivered reduced increased improved migrated launched resolved project deadline "
        "wdrożyłem wdrożyłam projekt termin"
    ),
    "conflict": (
        "stakeholders team collaboration cross-functional communication negotiated clients patients parents "
        "zespół współpraca klienci pacjenci rodzice komunikacja"
    ),
    "failure": "incident outage fixed resolved process postmortem retrospective lessons incydent awaria naprawa",
    "achievement": (
        "award reduced increased improved saved grew launched record "
        "nagroda zwiększyłem zwiększyłam zmniejszyłem obniżyłem wdrożyłem wyróżnienie"
    ),
    "leadership": (
        "led managed mentored team coordinated supervised trained onboarded "
        "zespół kierowałem kierowałam zarządzałem koordynowałem szkoliłem mentor"
    ),
    "salary": "salary gross net pln eur usd wynagrodzenie brutto netto widełki",
    "availability": "notice period available start wypowiedzenia dostępny dostępna dostępność",
    "future": "growth develop lead architect mentor rozwój",
    "closing": "",
    "motivation": "",
    "experience": "",
    "technical": "",
    "generic": "experience",
    "follow_up": (
        "result increased reduced improved cut saved grew efekt wynik skracając skróciłem skróciłam "
        "zwiększyłem zwiększyłam zmniejszyłem zmniejszyłam obniżyłem obniżyłam poprawiłem poprawiłam wzrost spadek"
    ),
}
