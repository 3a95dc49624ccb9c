"""Sentences for questions about the candidate as a professional (personal.py): what they know about
the company, what motivates them, other interviews, staying up to date, the first months."""

EN: dict[str, tuple[str, ...]] = {
    "break_ready": (
        "I feel ready and genuinely keen to get back: the break was planned, it's behind me now, and I kept in touch with the work while it lasted.",
    ),
    "break_ready_cv": ("Honestly, I feel good about it. {sentence}",),
    "break_kept_up": (
        "During the break I kept up with the field and stayed in touch with people from it, so I'm not starting from scratch.",
    ),
    "break_duty": ("And {duty} is exactly the kind of work I want to get back to.",),
    "feedback_how": (
        "I take feedback as information, not as an attack: I listen to the end, ask for a concrete example so I know exactly what to change, and thank the person. | Then I act on it and come back later to check the change worked; if I disagree, I say so calmly with my reasons, once I've understood theirs.",
    ),
    "feedback_example": ("Feedback is also part of my own work: {sentence}",),
    "lang_level": ("Yes, my {language} is at {level} level.", "Yes, I'd put my {language} at {level}."),
    "lang_yes": ("Yes, I speak {language}.",),
    "lang_basic": (
        "That's enough for simple emails and everyday conversations, and I'm actively improving it.",
    ),
    "lang_use": (
        "I'm comfortable with calls, emails and documents in it, and I keep improving it by using it every week.",
    ),
    "terms_done": ("I already work that way: {sentence}", "It's nothing new for me: {sentence}"),
    "define_cover": (
        "I'd answer it by defining each term, saying what sets them apart in practice and when each one applies, with an example from my own work.",
    ),
    "small_talk": ("Yes, thank you, no trouble at all. Thanks for having me.",),
    "small_talk_how": ("Good, thank you, it was easy. Thanks for having me.",),
    "small_talk_drink": ("Water would be great, thank you.",),
    "small_talk_welcome": ("Thank you, it's good to meet you too, and thanks for having me.",),
    "terms_done_yes": ("Yes, I have, and it suits me.",),
    "terms_no_limits": ("No, I don't have any restrictions there.",),
    "typical_lead": ("A typical week for me right now is made of a few regular things.",),
    "qual_not_sat": (
        "Honestly, it came down to timing: the course fitted around work, but the exam needed proper revision time I couldn't give it then.",
    ),
    "qual_progress": ("Where I am now: {sentence}",),
    "qual_plan": (
        "My plan is to keep going alongside the job, and I'd agree the timing with my manager so the exams don't clash with the busiest periods.",
    ),
    "qual_plan_support": (
        "My plan is to keep going alongside the job, and the study support you offer would help me do it sooner; I'd agree the timing so the exams don't clash with the busiest periods.",
    ),
    "commit_plan": (
        "I'm not looking for a stepping stone; I'm looking for a place where I can grow for several years, and this role gives me that.",
    ),
    "commit_plan_duty": (
        "I'm not looking for a stepping stone; I'm looking for a place where I can grow for several years, and {duty} is work I want to keep doing and get better at.",
    ),
    "commit_record": ("My record shows it: I stayed {years} years at {employer}.",),
    "commit_record_current": ("My record shows it: I've been at {employer} for {years} years.",),
    "commit_close": (
        "What keeps me somewhere is good work and room to take on more of it, and I see both here.",
    ),
    "commit_close_training": (
        "If you invest in my training, that's a reason to stay, not to leave: what keeps me is good work and room to take on more of it.",
    ),
    "small_talk_ty": ("Sure, first names are fine.",),
    "small_talk_hear": ("Yes, I can hear you well.",),
    "small_talk_day": (
        "Good, thank you, and I've been looking forward to this conversation. How about yours?",
    ),
    "know_about": ("What I know is that {about}, and that's a big part of why I applied.",),
    "know_name": (
        "I've read up on {company}: what you do, how you describe yourselves and what people who work there say.",
    ),
    "know_role": ("For this role, what stands out is {duty}, which is exactly the work I want to be doing.",),
    "know_more": (
        "I'd like to hear from you what the team is focused on this year, because that isn't something you can read from outside.",
    ),
    "drive_impact": ("What motivates me most is seeing a clear, measurable result of my work.",),
    "drive_leadership": ("What motivates me most is seeing the people I work with grow and do well.",),
    "drive_customer": ("What motivates me most is making a real difference for the people we serve.",),
    "drive_default": ("What motivates me most is solving real problems and doing the work properly.",),
    "drive_example": ("A good example: {sentence}",),
    "drive_close": (
        "That's also part of why {role} appeals to me: there's plenty of that kind of work here.",
    ),
    "offers_yes": (
        "Yes, I'm in a couple of other conversations, as you'd expect, but none is as far along or as interesting to me as this one.",
    ),
    "offers_first_choice": ("{Role} is my first choice, so I'm keen to see this process through.",),
    "offers_first_choice_duty": (
        "{Role} is my first choice, mainly because of {duty}, so I'm keen to see this process through.",
    ),
    "up_to_date": (
        "I keep a small routine rather than trying to read everything: a few trusted newsletters and people in my field, a course or conference a year, and trying new ideas on a small piece of real work. | What I learn I share with the team, because explaining it is the best test of whether I've really understood it.",
    ),
    "up_to_date_example": ("The most recent example: {sentence}",),
    "days_listen": (
        "In the first month I'd listen and learn: meet the team and the people I'd work with, understand how things run today, the numbers and what's already working.",
    ),
    "days_contribute": (
        "In the second month I'd start contributing on real work, picking a few quick, visible improvements.",
    ),
    "days_contribute_duty": (
        "In the second month I'd start contributing on real work, especially {duty}, picking a few quick, visible improvements.",
    ),
    "days_plan": (
        "By the end of the third month I'd agree with my manager a plan for the bigger goals and already be delivering on it.",
    ),
    "days_plan_duty": (
        "By the end of the third month I'd agree with my manager a plan for the bigger goals, such as {duty2}, and already be delivering on it.",
    ),
}

PL: dict[str, tuple[str, ...]] = {
    "break_ready": (
        "Czuję się gotowy i naprawdę chcę wrócić: przerwa była zaplanowana, jest już za mną, a z pracą byłem cały czas w kontakcie.",
    ),
    "break_ready_cv": ("Szczerze mówiąc, dobrze się z tym czuję. {sentence}",),
    "break_kept_up": (
        "W czasie przerwy śledziłem, co dzieje się w branży, i byłem w kontakcie z ludźmi z niej, więc nie zaczynam od zera.",
    ),
    "break_duty": ("A {duty} to dokładnie ta praca, do której chcę wrócić.",),
    "feedback_how": (
        "Traktuję uwagi jako informację, a nie atak: wysłuchuję do końca, proszę o konkretny przykład, żeby wiedzieć, co dokładnie zmienić, i dziękuję. | Potem wprowadzam zmianę i po jakimś czasie sprawdzam, czy zadziałała; jeśli się nie zgadzam, mówię to spokojnie i z argumentami, ale dopiero gdy zrozumiem racje drugiej strony.",
    ),
    "feedback_example": ("Informacja zwrotna to też część mojej pracy: {sentence}",),
    "lang_level": ("Tak, mój {language} jest na poziomie {level}.",),
    "lang_yes": ("Tak, znam {language}.",),
    "lang_basic": ("To wystarcza do prostych maili i codziennych rozmów, a cały czas go szlifuję.",),
    "lang_use": (
        "Swobodnie prowadzę w nim rozmowy, maile i pracuję z dokumentami, a używając go co tydzień, stale go poprawiam.",
    ),
    "terms_done": ("Tak pracuję już teraz: {sentence}", "To dla mnie nic nowego: {sentence}"),
    "define_cover": (
        "Odpowiedź zacznę od definicji każdego z pojęć, potem powiem, czym różnią się w praktyce i kiedy stosuje się każde z nich, na przykładzie z mojej pracy.",
    ),
    "small_talk": ("Tak, dziękuję, bez żadnego problemu. Dziękuję za zaproszenie.",),
    "small_talk_how": ("Dobrze, dziękuję, wszystko poszło sprawnie. Dziękuję za zaproszenie.",),
    "small_talk_drink": ("Poproszę wodę, dziękuję.",),
    "small_talk_welcome": ("Dzień dobry, dziękuję, bardzo mi miło. Dziękuję za zaproszenie.",),
    "terms_done_yes": ("Tak, mam to za sobą i dobrze się w tym odnajduję.",),
    "terms_no_limits": ("Nie, nie mam tu żadnych ograniczeń.",),
    "typical_lead": ("Mój typowy tydzień składa się teraz z kilku stałych rzeczy.",),
    "qual_not_sat": (
        "Szczerze mówiąc, zdecydował czas: kurs dało się pogodzić z pracą, ale egzamin wymagał porządnej nauki, na którą wtedy nie było miejsca.",
    ),
    "qual_progress": ("Na dziś wygląda to tak: {sentence}",),
    "qual_plan": (
        "Plan jest taki, żeby kontynuować równolegle z pracą, a terminy uzgodnić z przełożonym tak, żeby egzaminy nie wypadały w najgorętszych okresach.",
    ),
    "qual_plan_support": (
        "Plan jest taki, żeby kontynuować równolegle z pracą, a wsparcie w nauce, które oferujecie, pozwoliłoby zrobić to szybciej; terminy uzgodniłbym tak, żeby egzaminy nie wypadały w najgorętszych okresach.",
    ),
    "commit_plan": (
        "Nie szukam trampoliny, tylko miejsca, w którym mogę rozwijać się przez kilka lat, i ta rola mi to daje.",
    ),
    "commit_plan_duty": (
        "Nie szukam trampoliny, tylko miejsca, w którym mogę rozwijać się przez kilka lat, a {duty} to praca, którą chcę dalej wykonywać i robić coraz lepiej.",
    ),
    "commit_record": ("Pokazuje to moja historia: praca w firmie {employer} trwała {years_pl}.",),
    "commit_record_current": ("Pokazuje to moja historia: w firmie {employer} pracuję już {years_pl}.",),
    "commit_close": (
        "W pracy trzyma mnie dobra robota i możliwość brania na siebie więcej, a tu widzę jedno i drugie.",
    ),
    "commit_close_training": (
        "Jeśli firma zainwestuje w moje szkolenie, to dla mnie powód, żeby zostać, a nie odejść: trzyma mnie dobra praca i możliwość brania na siebie więcej.",
    ),
    "small_talk_ty": ("Jasne, chętnie na ty.",),
    "small_talk_hear": ("Tak, słyszę dobrze.",),
    "small_talk_day": ("Dobrze, dziękuję, czekałem na tę rozmowę. A jak mija dzień u Państwa?",),
    "know_about": ("Wiem, że {about}, i to w dużej mierze dlatego aplikowałem.",),
    "know_name": (
        "Przeczytałem o firmie {company}: czym się zajmujecie, jak się opisujecie i co mówią o was osoby, które tu pracują.",
    ),
    "know_role": (
        "W tej roli najbardziej przyciąga mnie zakres: {duty}, czyli dokładnie to, czym chcę się zajmować.",
    ),
    "know_more": (
        "Chętnie usłyszę od Państwa, na czym zespół skupia się w tym roku, bo tego nie da się wyczytać z zewnątrz.",
    ),
    "drive_impact": ("Najbardziej motywuje mnie widoczny, mierzalny efekt mojej pracy.",),
    "drive_leadership": (
        "Najbardziej motywuje mnie to, gdy ludzie, z którymi pracuję, rozwijają się i odnoszą sukcesy.",
    ),
    "drive_customer": ("Najbardziej motywuje mnie realna zmiana dla osób, dla których pracujemy.",),
    "drive_default": (
        "Najbardziej motywuje mnie rozwiązywanie prawdziwych problemów i porządnie wykonana praca.",
    ),
    "drive_example": ("Dobry przykład: {sentence}",),
    "drive_close": (
        "To też jeden z powodów, dla których interesuje mnie {role}: takiej pracy jest tu dużo.",
    ),
    "offers_yes": (
        "Tak, jestem w kilku innych rozmowach, jak to zwykle bywa, ale żadna nie jest tak zaawansowana ani tak ciekawa jak ta.",
    ),
    "offers_first_choice": ("{Role} jest moim pierwszym wyborem, więc zależy mi na tym procesie.",),
    "offers_first_choice_duty": (
        "{Role} jest moim pierwszym wyborem, głównie ze względu na zakres: {duty}, więc zależy mi na tym procesie.",
    ),
    "up_to_date": (
        "Mam prostą rutynę zamiast prób czytania wszystkiego: kilka sprawdzonych newsletterów i osób z branży, kurs albo konferencja raz w roku i testowanie nowych pomysłów na małym, prawdziwym zadaniu. | Tym, czego się nauczę, dzielę się z zespołem, bo wytłumaczenie tego innym to najlepszy test, czy naprawdę to zrozumiałem.",
    ),
    "up_to_date_example": ("Najświeższy przykład: {sentence}",),
    "days_listen": (
        "W pierwszym miesiącu słuchałbym i uczyłbym się: poznałbym zespół i osoby, z którymi będę pracować, sposób działania, liczby i to, co już dobrze działa.",
    ),
    "days_contribute": (
        "W drugim miesiącu zacząłbym wnosić wkład w prawdziwą pracę, wybierając kilka szybkich, widocznych usprawnień.",
    ),
    "days_contribute_duty": (
        "W drugim miesiącu zacząłbym wnosić wkład w prawdziwą pracę, a {duty} to miejsce, w którym szukałbym kilku szybkich, widocznych usprawnień.",
    ),
    "days_plan": (
        "Pod koniec trzeciego miesiąca uzgodniłbym z przełożonym plan większych celów i już realizowałbym go w praktyce.",
    ),
    "days_plan_duty": (
        "Pod koniec trzeciego miesiąca uzgodniłbym z przełożonym plan większych celów, na przykład takich, które dotyczą tego, co w ogłoszeniu jest dalej – {duty2} – i już realizowałbym go w praktyce.",
    ),
}
