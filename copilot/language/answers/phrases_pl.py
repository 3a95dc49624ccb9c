"""Polish wording of the offline answers.

Names are never inflected: companies appear after "w firmie", institutions after "jako" with the
job title, so any name stays in its CV form. Gendered past forms are written as ``{g:em|am}``
(masculine|feminine) and filled when the CV or the name shows the candidate's gender; variants
without them are used otherwise.
"""

from __future__ import annotations

PHRASES: dict[str, tuple[str, ...]] = {
    "exp_list_open": ("{Subject} to jedno z moich narzędzi, obok takich jak {others}.",),
    "approach_example_lesson": ("Nauczyłem się tego na własnym błędzie: {sentence}",),
    "approach_related": ("Najbliższy przykład z mojej pracy: {sentence}",),
    "approach_example": ("Przykład z praktyki: {sentence}", "Tak to wyglądało u mnie: {sentence}"),
    "guide_motivation": (
        "Warto powiedzieć, co przyciąga mnie do tej roli: sama praca, czym zajmuje się firma i jak to pasuje do mojego rozwoju.",
    ),
    "guide_motivation_points": ("Sama praca | Czym zajmuje się firma | Jak to pasuje do rozwoju",),
    "guide_introduction": (
        "Warto ująć to w trzech częściach: czym się zajmuję teraz i od jak dawna, dwa wyniki, z których jestem zadowolony, i dlaczego {role} to naturalny kolejny krok.",
    ),
    "guide_introduction_points": ("Obecna rola i staż | Dwa wyniki, z liczbami | Dlaczego ta rola teraz",),
    "guide_story": (
        "Warto odpowiedzieć jedną konkretną sytuacją: o co chodziło, co zrobiłem sam i jak to się skończyło, najlepiej z liczbą.",
    ),
    "guide_story_points": ("Jedna prawdziwa sytuacja | Co zrobiłem sam | Wynik, z liczbą",),
    "guide_strengths": (
        "Warto wskazać dwie mocne strony ważne w tej roli i każdą poprzeć jednym krótkim przykładem.",
    ),
    "guide_strengths_points": ("Dwie mocne strony | Po jednym przykładzie",),
    "guide_why_leave": (
        "Warto mówić pozytywnie: czego się nauczyłem w obecnej pracy i czego szukam dalej, a co daje ta rola.",
    ),
    "guide_why_leave_points": ("Pozytywnie o obecnej pracy | Czego szukam | Dlaczego ta rola",),
    "guide_future": (
        "Warto opisać, w jakiej wiedzy i odpowiedzialności chcę się rozwinąć i jak ta rola do tego prowadzi.",
    ),
    "guide_future_points": ("Wiedza do rozwinięcia | Odpowiedzialność | Jak ta rola do tego prowadzi",),
    "guide_close": ("Po zapisaniu CV w kontekście rozmowy odpowiedź będzie oparta na Twoich faktach.",),
    "role_full": ("stanowisko „{position}” w firmie {company}",),
    "role_position": ("stanowisko „{position}”",),
    "role_company": ("ta rola w firmie {company}",),
    "role_none": ("ta rola",),
    "company_none": ("ta firma",),
    "there": ("Tam ",),
    "also": ("Tam też ",),
    "also_i": ("Tam też ",),
    "where_current": ("w firmie {employer}",),
    "where_past": ("w firmie {employer}",),
    "where_title": ("w pracy jako {title}",),
    "where_none": ("w mojej dotychczasowej pracy",),
    # -- introduction -------------------------------------------------------------------------
    "intro_identity_years": (
        "Pracuję jako {headline}, zawodowo od {years_pl}, obecnie {current}.",
        "Pracuję jako {headline}, mam {years_pl_count} doświadczenia zawodowego, obecnie {current}.",
    ),
    "intro_identity": ("Pracuję jako {headline}, obecnie {current}.",),
    "intro_identity_plain": (
        "Pracuję jako {headline}, mam {years_pl_count} doświadczenia zawodowego.",
        "Pracuję jako {headline}.",
    ),
    "intro_before": ("Wcześniej, jako {title_at}, {clause}.",),
    "intro_bridge": (
        "{Duty} – na tym chcę się teraz skupić, i właśnie o tym jest ta rola.",
        "Dalej chcę się rozwijać w tym, co opisuje ta oferta, bo {duty} to praca, która mnie ciągnie.",
    ),
    "intro_bridge_plain": (
        "Dlatego {role} to dla mnie naturalny kolejny krok.",
        "{Role} to dla mnie logiczny następny krok.",
    ),
    # -- motivation ---------------------------------------------------------------------------
    "motivation_duty": (
        "W tej roli najbardziej przyciąga mnie sama praca: {duty} to jest to, co lubię robić najbardziej.",
        "Przede wszystkim sama praca: {duty} to obszar, w którym czuję się najmocniej, i właśnie to oferuje {company}.",
    ),
    "motivation_new_field": (
        "Zmiana branży to świadoma decyzja: to, co robię najlepiej, przenosi się wprost, a nowa część to właśnie to, czego chcę się teraz nauczyć.",
    ),
    "motivation_commute": ("Dojazd nie jest dla mnie problemem; sprawdziłem już, jak będę tu dojeżdżać.",),
    "motivation_about": ("Podoba mi się też to, czym się zajmujecie: {about}.",),
    "motivation_no_jd": (
        "{Role} bezpośrednio wynika z tego, czym się zajmuję.",
        "Ta rola dobrze łączy się z moim najmocniejszym doświadczeniem.",
    ),
    "motivation_now": (
        "A dlaczego teraz: w obecnej roli zrobiłem to, co sobie założyłem, i jestem gotowy na więcej tego: {growth}.",
    ),
    "motivation_now_plain": (
        "A dlaczego teraz: w obecnej roli zrobiłem to, co sobie założyłem, i jestem gotowy na kolejny krok.",
    ),
    "motivation_now_between": (
        "A dlaczego teraz: dałem sobie czas na przemyślany wybór kolejnego kroku i to jest rola, która do mnie pasuje.",
    ),
    "motivation_close": (
        "{Duty2} to obszar, w którym mogę pomóc od początku, a przy tym dalej się rozwijać.",
        "Szybko będę w stanie wnieść wartość, a przy tym jest tu sporo do nauczenia się.",
    ),
    # -- why leave ----------------------------------------------------------------------------
    "leave_good": (
        "Dobrze wspominam pracę w firmie {employer}: {clause}.",
        "Nie odchodzę z powodu problemów; w firmie {employer} sporo się nauczyłem i {clause}.",
    ),
    "leave_step_up": (
        "Głównym powodem jest krok w górę: obecnie pracuję jako {title}, a ta rola to kolejny poziom odpowiedzialności.",
    ),
    "leave_step_up_duty": (
        "Głównym powodem jest krok w górę: obecnie pracuję jako {title}, a ta rola daje większą odpowiedzialność, zwłaszcza za: {duty}.",
    ),
    "leave_next": (
        "Teraz szukam roli, która jest zbudowana wokół tego: {duty}.",
        "Chcę, żeby kolejny krok dotyczył przede wszystkim tego: {duty}.",
    ),
    "leave_next_plain": (
        "Szukam większej odpowiedzialności i nowych wyzwań, a {role} to daje.",
        "Chcę nowego wyzwania i szerszego zakresu odpowiedzialności.",
    ),
    "leave_not_internal": (
        "Czekanie na awans wewnętrzny było jakąś opcją, ale ta rola to dokładnie krok, którego szukam, i jest dostępna teraz.",
    ),
    "leave_why_here": (
        "Chodzi więc o krok w stronę tej roli, a nie ucieczkę od obecnego zespołu.",
        "Dlatego ta zmiana, i właśnie ta rola, ma dla mnie teraz sens.",
    ),
    "leave_next_gap": (
        "Teraz szukam roli, w której będzie więcej tego: {duty}.",
        "Chcę, żeby kolejny krok dotyczył przede wszystkim tego: {duty}.",
    ),
    "leave_why_here_gap": ("Dlatego właśnie ta rola ma dla mnie teraz sens.",),
    "leave_no_current": (
        "Moja ostatnia praca, w firmie {employer}, zakończyła się w {year} roku i ten czas wykorzystuję na świadomy wybór kolejnego kroku.",
    ),
    # -- strengths ----------------------------------------------------------------------------
    "strength_first": (
        "Moją główną mocną stroną jest {label}.",
        "Za swoją największą mocną stronę uważam {label_acc}.",
    ),
    "strength_second": ("Druga to {label}.", "Kolejna mocna strona to {label}."),
    "strength_others": ("Myślę, że jako moją największą mocną stronę wskazałby {label_acc}.",),
    "strength_close": (
        "Obie przydadzą się w tej roli, bo {duty} to jej ważna część.",
        "To właśnie chcę wnieść do zespołu, zwłaszcza że {duty} to ważna część tej roli.",
    ),
    "strength_close_plain": (
        "To właśnie chcę wnieść do zespołu w tej roli.",
        "Obie przydadzą się w tej roli od pierwszego dnia.",
    ),
    "label_impact": ("dowożenie mierzalnych efektów",),
    "label_leadership": ("rozwijanie ludzi i prowadzenie zespołu",),
    "label_collaboration": ("dobra współpraca między zespołami",),
    "label_process": ("usprawnianie sposobu pracy",),
    "label_challenge": ("radzenie sobie ze złożonymi problemami",),
    "label_customer": ("skupienie na potrzebach ludzi, dla których pracuję",),
    "label_incident": ("spokój i konkret, kiedy coś idzie nie tak",),
    "label_learning": ("szybka nauka nowych rzeczy",),
    "label_delivery": ("branie odpowiedzialności za całość, od początku do końca",),
    "label_skills": ("praktyczna znajomość narzędzi: {skills}",),
    # -- stories ------------------------------------------------------------------------------
    "lead_achievement": (
        "Największym osiągnięciem, o którym chętnie opowiem, jest projekt {where}: {clause}.",
        "Najbardziej cenię to, co udało mi się osiągnąć {where}: {clause}.",
    ),
    "lead_failure": (
        "Sytuacja, z której wyciągnąłem sporo wniosków, miała miejsce {where}: {clause}.",
        "Przykład, który od razu przychodzi mi do głowy, to sytuacja {where}: {clause}.",
    ),
    "lead_incident": (
        "Dobrym przykładem jest sytuacja {where}: {clause}.",
        "Najlepiej pamiętam sytuację {where}: {clause}.",
    ),
    "lead_conflict": (
        "Dobry przykład to sytuacja {where}: {clause}.",
        "Posłużę się przykładem {where}: {clause}.",
    ),
    "lead_leadership": (
        "Najlepszy przykład to projekt {where}: {clause}.",
        "Weźmy moje doświadczenie {where}: {clause}.",
    ),
    "lead_collaboration": (
        "Dobry przykład to projekt {where}: {clause}.",
        "Weźmy moje doświadczenie {where}: {clause}.",
    ),
    "lead_pressure": (
        "Dobrym przykładem jest sytuacja {where}: {clause}.",
        "Przychodzi mi do głowy praca {where}: {clause}.",
    ),
    "lead_challenge": (
        "Najtrudniejszy projekt miałem {where}: {clause}.",
        "Największym wyzwaniem był projekt {where}: {clause}.",
    ),
    "lead_learning": ("Dobry przykład to praca {where}: {clause}.",),
    "lead_behavioural": (
        "Dobry przykład to sytuacja {where}: {clause}.",
        "Odpowiem na przykładzie pracy {where}: {clause}.",
    ),
    "action_achievement": (
        "Kluczem był podział pracy na etapy, których efekt dało się zmierzyć, więc szybko było widać, czy to działa.",
        "Zadziałało, bo najpierw zmierzyłem punkt wyjścia, a potem sprawdzałem każdą zmianę względem niego.",
    ),
    "action_failure": (
        "Wziąłem za to odpowiedzialność otwarcie, najpierw naprawiłem to, co pilne, a potem zmieniłem proces, żeby się nie powtórzyło.",
        "Od razu poinformowałem osoby, których to dotyczyło, ograniczyłem skutki, a potem usunąłem przyczynę.",
    ),
    "action_conflict_told": (
        "Najważniejsze było trzymanie się faktów i wspólnego celu, a nie tego, kto ma rację.",
    ),
    "action_conflict_customer_told": (
        "Zachowałem spokój, najpierw wysłuchałem, a potem informowałem na bieżąco, aż sprawa była załatwiona.",
    ),
    "action_failure_told": (
        "Nie szukałem wymówek: przeanalizowałem, co się stało i co mogłem zrobić inaczej.",
    ),
    "action_failure_told_mistake": (
        "Nie czekałem, aż ktoś to zauważy: od razu przyznałem, że to mój błąd, i pomogłem go naprawić.",
        "Wziąłem za to odpowiedzialność od razu, zamiast się tłumaczyć.",
    ),
    "action_incident": (
        "Najpierw zadbałem o bezpieczeństwo sytuacji i informowałem wszystkich na bieżąco, a przyczyną zająłem się potem.",
        "Priorytetem był powrót do normalnego działania i jasna komunikacja, a potem omówienie przyczyn bez szukania winnych.",
    ),
    "lead_conflict_customer": (
        "Dobry przykład to sytuacja {where}: {clause}.",
        "Posłużę się przykładem {where}: {clause}.",
    ),
    "action_conflict_customer": (
        "Najpierw pozwoliłem klientowi powiedzieć wszystko i przyznałem, co poszło nie tak, bez tłumaczenia się. Potem ustaliłem konkretny kolejny krok z terminem, informowałem na bieżąco i sam wróciłem z informacją, gdy sprawa była załatwiona.",
    ),
    "point_conflict_customer": ("Wysłuchać do końca; konkretny krok z terminem; wrócić z informacją",),
    "action_conflict": (
        "Przeniosłem rozmowę z opinii na dane, pokazałem koszty każdej opcji i razem wybraliśmy rozwiązanie, które wszyscy mogli poprzeć.",
        "Najpierw wysłuchałem drugiej strony, potem zestawiliśmy opcje obok siebie i wybraliśmy tę, która najlepiej służyła wspólnemu celowi.",
    ),
    "action_leadership": (
        "Każda osoba miała jasno określoną część do poprowadzenia, a cel i kompromisy były widoczne dla wszystkich.",
        "Postawiłem jasny cel, dałem ludziom przestrzeń do samodzielności i regularnie rozmawiałem z każdym z nich.",
    ),
    "action_collaboration": (
        "Kluczowe było wczesne ustalenie wspólnego celu i informowanie wszystkich prostym językiem.",
        "Zadbałem o to, żeby każda strona rozumiała ograniczenia drugiej, i mieliśmy krótkie, regularne spotkania.",
    ),
    "action_pressure": (
        "Uporządkowałem zadania według pilności i ryzyka, trzymałem krótką listę tego, co musi stać się teraz, i wcześnie prosiłem o pomoc.",
        "Najpierw zająłem się tym, co najpilniejsze, jasno powiedziałem, co poczeka, i utrzymałem spokojne tempo.",
    ),
    "action_challenge": (
        "Podzieliłem problem na mniejsze części, najpierw sprawdziłem najbardziej ryzykowne założenie i szedłem krok po kroku.",
        "Kluczem był podział na kawałki, które dało się dostarczyć i sprawdzić jeden po drugim.",
    ),
    "action_learning": (
        "Uczę się przez działanie: najpierw małe, prawdziwe zadanie, równolegle dokumentacja i pytania do bardziej doświadczonych osób.",
    ),
    "action_behavioural": (
        "Zacząłem od zrozumienia, czego naprawdę potrzeba, ustaliłem priorytety i informowałem wszystkich na bieżąco.",
        "Skupiłem się na efekcie, uzgodniłem kolejne kroki z zaangażowanymi osobami i doprowadziłem sprawę do końca.",
    ),
    "point_achievement": ("Zmierzony punkt wyjścia, każda zmiana sprawdzona",),
    "point_failure": ("Odpowiedzialność, najpierw to, co pilne, potem przyczyna",),
    "point_incident": ("Stabilizacja, komunikacja, potem przyczyna",),
    "point_conflict": ("Dane zamiast opinii; wspólny cel",),
    "point_leadership": ("Jasny podział odpowiedzialności, widoczne cele",),
    "point_collaboration": ("Wspólny cel; proste, regularne informacje",),
    "point_pressure": ("Najpierw pilność i ryzyko; wcześnie prośba o pomoc",),
    "point_challenge": ("Podział na części; najpierw największe ryzyko",),
    "point_learning": ("Małe zadanie + dokumentacja + pytania",),
    "point_behavioural": ("Zrozumieć potrzebę, ustalić priorytety, dowieźć",),
    "action_achievement_top": (
        "To nie był jeden szczęśliwy strzał, tylko efekt dobrze i konsekwentnie wykonywanej codziennej pracy, miesiąc po miesiącu.",
    ),
    "action_achievement_owned": (
        "Jestem z tego dumny, bo to była moja praca od początku do końca, a wynik każdy może sprawdzić.",
    ),
    "action_achievement_plain": (
        "Najbardziej cenię to, że doprowadziłem to od pomysłu do czegoś, co działa i z czego ludzie korzystają.",
    ),
    "incident_none": (
        "Nie prowadziłem jeszcze sam obsługi awarii produkcyjnej, więc powiem, jak bym do niej podszedł.",
    ),
    "incident_none_general": (
        "Nie prowadziłem jeszcze sam poważnego incydentu, więc powiem, jak bym do niego podszedł.",
    ),
    "exp_domain_yes": ("Tak, mam takie doświadczenie.",),
    "exp_domain_no": ("Bezpośrednio w tej branży jeszcze nie pracowałem.",),
    "exp_domain_transfer": ("Przenosi się za to takie doświadczenie: {sentence}",),
    "exp_domain_plan": (
        "Branżę poznałbym szybko, rozmawiając z osobami, które znają ją najlepiej, i z jej użytkownikami.",
    ),
    "lesson_achievement": (
        "Z tego zostało mi jedno: najpierw mierzę punkt wyjścia, a potem każdą zmianę względem niego.",
    ),
    "lesson_incident": (
        "Z tego zostało mi jedno: każdy incydent kończę jedną konkretną zmianą, która uniemożliwia powtórkę albo wcześnie ją pokazuje.",
    ),
    "lesson_conflict": (
        "Z tego zostało mi jedno: najpierw uzgadniam cel; większość sporów dotyczy drogi, a nie celu.",
    ),
    "lesson_leadership": (
        "Z tego zostało mi jedno: ludzie rozwijają się najszybciej, gdy odpowiadają za cały problem i dostają szczerą informację zwrotną.",
    ),
    "lesson_collaboration": (
        "Z tego zostało mi jedno: wspólny cel i krótkie, regularne informacje zapobiegają większości tarć między zespołami.",
    ),
    "lesson_pressure": (
        "Z tego zostało mi jedno: pod presją równie ważne jak robienie jest wczesne powiedzenie, czego nie zrobię.",
    ),
    "lesson_challenge": (
        "Z tego zostało mi jedno: trudny problem dzielę tak długo, aż każdy kawałek da się sprawdzić osobno.",
    ),
    "lesson_learning": (
        "Z tego zostało mi jedno: nauka przez małe, prawdziwe zadanie działa lepiej niż samo czytanie.",
    ),
    "lesson_behavioural": (
        "Z tego zostało mi jedno: najpierw wyjaśniam, czego naprawdę potrzeba, a potem doprowadzam sprawę do końca.",
    ),
    "lesson_failure": (
        "Wniosek na przyszłość: przed ryzykowną zmianą ustalam plan wycofania i kryteria sukcesu.",
        "Od tamtej pory wcześniej sygnalizuję ryzyka i sprawdzam założenia, zanim zobowiążę się do planu.",
    ),
    "lesson_failure_told": ("Ta zmiana została ze mną na stałe i tak pracuję do dziś.",),
    "lesson_failure_told_mistake": (
        "Wniosek dla mnie: poprawiać proces, a nie tylko jeden przypadek, żeby nikt nie popełnił tego samego błędu.",
        "Nauczyło mnie to, żeby przyznawać się do błędu wcześnie, a potem zmieniać sposób pracy tak, żeby się nie powtórzył.",
    ),
    "lesson_failure_general": (
        "Wniosek na przyszłość: przed dużą zmianą ustalam, jak wygląda sukces i co może pójść nie tak.",
        "Od tamtej pory wcześniej sygnalizuję ryzyka i sprawdzam założenia, zanim zobowiążę się do planu.",
    ),
    "lesson_generic_failure": (
        "Nauczyło mnie to, żeby wcześnie sprawdzać założenia i mówić o ryzyku, zanim coś się opóźni, a nie po fakcie.",
    ),
    "failure_generic": (
        "Błąd, na który wciąż uważam, to zobowiązanie się do terminu przed sprawdzeniem wszystkich zależności.",
        "Najwięcej nauczyły mnie potknięcia w planowaniu: zgoda na termin, zanim sprawdziłem ryzyka.",
    ),
    "failure_generic_handling": (
        "Kiedy tak się zdarzało w mojej pracy, od razu informowałem zainteresowane osoby, planowałem na nowo i najpierw naprawiałem to, co pilne.",
    ),
    "practice_conflict_customer": (
        "W takich rozmowach najpierw pozwalam klientowi powiedzieć wszystko i przyznaję, co poszło nie tak, bez tłumaczenia się. Potem ustalam konkretny kolejny krok z terminem, informuję na bieżąco i wracam z informacją, gdy sprawa jest załatwiona.",
    ),
    "practice_leadership": (
        "Każdej osobie daję jasno określoną część do poprowadzenia, cel i kompromisy są widoczne dla wszystkich, a z każdym regularnie rozmawiam.",
    ),
    "conflict_customer_generic": (
        "Trudne rozmowy z klientami są częścią tej pracy, na przykład {where}: {clause}.",
    ),
    "conflict_generic": (
        "Różnice zdań pojawiają się naturalnie, gdy kilka stron ma wspólny cel, tak jak {where}: {clause}.",
    ),
    "conflict_setting": ("To dla mnie codzienność: {sentence}",),
    "leadership_titled": ("Prowadzenie ludzi to od dawna część mojej pracy; na przykład {where} {clause}.",),
    "leadership_generic": (
        "Nie miałem jeszcze formalnej roli lidera, ale biorę odpowiedzialność za wynik: {where} {clause}.",
    ),
    "pressure_generic": (
        "Kiedy wszystko jest pilne, najpierw porządkuję zadania według wpływu i terminu, a potem otwarcie ustalam, co poczeka.",
    ),
    "learning_generic": (
        "Kiedy muszę się szybko czegoś nauczyć, zaczynam od małego, prawdziwego zadania, czytam dokumentację i pytam bardziej doświadczonych osób.",
    ),
    "incident_generic": (
        "Kiedy coś się psuje, najpierw stabilizuję sytuację i informuję zainteresowanych, a potem szukam przyczyny i usuwam ją na stałe.",
    ),
    "story_transfer": (
        "Takie samo podejście chcę wnieść tutaj, bo {duty} to ważna część tej roli.",
        "To bardzo bliskie temu, czego wymaga ta rola: {duty}.",
    ),
    "story_more": ("Inny przykład: {sentence}", "Drugi przykład: {sentence}"),
    # -- technical ----------------------------------------------------------------------------
    "tech_cv": ("Z mojej pracy: {sentence}", "Z własnego doświadczenia: {sentence}"),
    "tech_unknown": (
        "Szczerze mówiąc, {subject} nie znam na tyle dogłębnie, żeby wchodzić w szczegóły bez zgadywania.",
    ),
    "tech_unknown_plan": (
        "Zacząłbym od tego, jaki problem to rozwiązuje, i porównałbym to z narzędziami, które dobrze znam; tak już wcześniej szybko uczyłem się nowych rzeczy.",
    ),
    "tech_known": (
        "{Subject} to część mojej codziennej pracy: {sentence}",
        "Używam tego w praktyce: {sentence}",
    ),
    "tech_known_skill": ("{Subject} to jedno z narzędzi, z którymi pracuję.",),
    "tech_known_offer": (
        "Chętnie opowiem, jak to działa pod spodem albo jakie kompromisy wtedy rozważałem.",
    ),
    # -- experience ---------------------------------------------------------------------------
    "exp_open_years": ("{Subject} to coś, z czym pracuję od około {years_pl}.",),
    "exp_open": ("{Subject} to część mojej codziennej pracy.",),
    "exp_no_also": ("Natomiast {subject} — tego jeszcze nie używałem.",),
    "exp_yes_years": ("Tak, z {subject} pracuję od około {years_pl}.",),
    "exp_yes": (
        "Tak, mam praktyczne doświadczenie z {subject}.",
        "Tak, {subject} to część mojej codziennej pracy.",
    ),
    "exp_list": ("Tak, {subject} to jedno z moich narzędzi, obok takich jak {others}.",),
    "exp_no": (
        "Szczerze mówiąc, {subject} nie znam jeszcze z praktyki.",
        "Uczciwie: z {subject} nie pracowałem jeszcze w prawdziwym projekcie.",
    ),
    "exp_closest": (
        "Najbliższe doświadczenie to {related}: {sentence}",
        "Mam za to coś pokrewnego: {sentence}",
    ),
    "exp_knows": ("Znam kluczowe założenia: {point}",),
    "exp_plan": (
        "Szybko bym się wdrożył: najpierw małe, prawdziwe zadanie, a do tego praca w parze z kimś, kto zna ten temat na co dzień.",
    ),
    # -- salary / availability / future / work style / closing --------------------------------
    "salary_contract_b2b": (
        "Współpraca na B2B mi odpowiada; stawkę ustaliłbym tak, żeby pokrywała też urlop i dni choroby.",
    ),
    "approach_lead": ("Podszedłbym do tego tak:", "Zrobiłbym to w ten sposób:"),
    "future_goal": (
        "Za trzy do pięciu lat chcę być {next}, a {duty} ma być obszarem, na który mam realny wpływ.",
        "Moim celem na kolejne lata jest rozwój w kierunku roli: {next}, a {duty} to obszar, za który chcę odpowiadać coraz bardziej.",
    ),
    "future_goal_plain": (
        "Za trzy do pięciu lat chcę być {next}, z szerszym zakresem odpowiedzialności.",
        "Moim celem na kolejne lata jest rozwój w kierunku roli: {next}.",
    ),
    "future_path": ("Już idę w tę stronę: {sentence}",),
    "future_here": (
        "Chciałbym, żeby ten rozwój odbywał się tutaj, w firmie {company}.",
        "Ta firma wygląda na miejsce, gdzie taki rozwój jest możliwy.",
    ),
    "work_style_open": (
        "Najlepiej pracuje mi się w zespole z jasnymi celami i przestrzenią do samodzielnego prowadzenia tematów.",
        "Cenię jasne cele, szczerą informację zwrotną i swobodę w wyborze drogi do celu.",
    ),
    "work_style_evidence": ("Tak to wyglądało {where}: {clause}.",),
    "work_style_close": (
        "Odnajduję się w pracy zdalnej, hybrydowej i w biurze; ważniejsza od miejsca jest dla mnie regularna, otwarta komunikacja.",
    ),
    "closing_open": ("Tak, mam kilka pytań.", "Tak, dziękuję, mam kilka pytań."),
    "closing_success": (
        "Jak wyglądałby sukces na tym stanowisku po pierwszych sześciu miesiącach?",
        "Po czym po pół roku poznamy, że dobrze sprawdzam się w tej roli?",
    ),
    "closing_duty": (
        "{Duty} – jak zespół podchodzi do tego dziś i co chcielibyście w tym zmienić?",
        "{Duty} – co jest w tym dziś największym wyzwaniem?",
    ),
    "closing_team": (
        "Jak zorganizowany jest zespół i z kim najczęściej bym współpracował?",
        "Jakie jest największe wyzwanie zespołu w tym roku?",
    ),
    "closing_next": ("I jakie są kolejne kroki w procesie rekrutacji?",),
    # -- follow-ups ---------------------------------------------------------------------------
    # -- other --------------------------------------------------------------------------------
    "other_cv": ("{sentence}",),
    "other_check": (
        "Wolę podać dokładną odpowiedź niż przybliżoną, więc sprawdzę szczegóły i wrócę z tą informacją.",
    ),
    "other_yes": ("Tak, to dla mnie w porządku.", "Tak, nie ma z tym problemu."),
    "other_plain": ("Chętnie odpowiem wprost.",),
    "other_close": ("Jeśli trzeba, chętnie powiem więcej.",),
    "part_join": ("Co do drugiej części pytania: ", "A odpowiadając na drugie pytanie: "),
}
