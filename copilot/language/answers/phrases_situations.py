"""Sentences for questions answered by a way of working rather than by one CV line: "how do
you ...?" questions (method.py), curveballs and objections (curveball.py). Each pattern has one or
more variants; two-sentence patterns are split at " | "."""

EN: dict[str, tuple[str, ...]] = {
    # -- failure stories the CV can't tell (stories.py) -------------------------------------------
    "failure_named": (
        "I did make a {mistake} once, on a very busy day, when I rushed a routine step and trusted my memory instead of checking.",
    ),
    "failure_generic_general": (
        "A mistake I learned from was rushing a routine step on a very busy day, trusting my memory instead of checking.",
        "The mistake I remember best came from rushing: on a hectic day I skipped a check I normally do.",
    ),
    "failure_generic_handling_general": (
        "I owned it straight away, put it right for the person affected and reported it properly, then changed how I do that step so it couldn't happen the same way again.",
    ),
    "lesson_generic_failure_general": (
        "What I learned is that the busiest moments are exactly when the routine checks matter most.",
    ),
    # -- how I go about a kind of work (method.py); two sentences split by " | " ------------------
    "method_scenario": (
        "First I'd get the facts straight: what exactly happened, who is affected and what can't wait, with a few calm questions rather than assumptions. | Then I'd act within the rules and my own authority, bring in the right person where the decision isn't mine, tell the people affected early and honestly what happens next, and record what we agreed.",
    ),
    "method_refusal": (
        "First I'd find out why, calmly and without pressure, because there is usually a reason behind a no: a worry, a misunderstanding or a bad experience before. | Then I'd explain what is at stake in plain words and look for an option they can accept; if they still say no and it is their right to, I respect it, tell whoever needs to know, and record it.",
    ),
    "method_query": (
        "I wouldn't act on it until it has been checked: first I'd compare it with the references and the records, so I know exactly what the concern is. | Then I'd contact whoever wrote it, explain the concern and suggest what would be right, and record what we agreed; if it still wasn't resolved and someone could be harmed, I'd escalate rather than go ahead.",
    ),
    "conflict_approach_with": (
        "When I disagree with {who}, I handle it the same way each time: I raise it early and privately, keep to the facts and the goal we share, and listen properly to their reasons, because they usually see something I don't. | If we still disagree and it matters, we agree how to settle it, with more information, a trial, or the person who owns the decision, and once it's decided I commit to it fully.",
    ),
    "conflict_approach": (
        "Disagreements do happen, and I handle them the same way each time: I raise it early and privately, keep to the facts and the goal we share, and listen properly to the other side's reasons. | If we still disagree and it matters, we agree how to settle it, with more information, a trial, or the person who owns the decision, and once it's decided I commit to it fully.",
    ),
    "method_safety_culture": (
        "I treat safety as part of the job, not an extra: clear rules, a proper induction, equipment checked before use, and I follow the rules myself, because people copy what the leader does. | I ask people to report near misses without fear of blame, walk the floor regularly, and act quickly on what we find, so small risks are fixed before they turn into accidents.",
    ),
    "method_accuracy": (
        "I build the checks into the work instead of leaving them to the end: tests written with the code, edge cases included, a colleague's review, and a pipeline that blocks the merge when anything fails. | Before a release I check it in a staging environment and roll it out gradually with monitoring and a quick way back, so anything that slips through is caught early and reversed fast.",
    ),
    "method_shortcut": (
        "I'd say no, politely but clearly, and explain why the step exists and what could go wrong without it. | Then I'd look for a way to meet the real pressure behind the request, such as an extra pair of hands or a later slot, and if they still insisted, I'd take it to the person responsible and write it down.",
    ),
    "method_impaired": (
        "Safety comes first: I'd stop them working straight away, especially anything with machinery, vehicles or patients, and take them somewhere private, with a second person present as a witness. | Then I'd follow the company's policy to the letter, inform my manager or HR, make sure they get home safely rather than drive, and write down exactly what I saw; the disciplinary side comes later and isn't decided on the floor.",
    ),
    "method_motivate": (
        "I'd start with fairness and information: the same updates, recognition and say in decisions as any other team, a clear goal for each shift and visible progress towards it. | Then small things done consistently: thanking people for good work on the spot, sharing tasks fairly, listening to their ideas and acting on one quickly, so they see it makes a difference.",
    ),
    "method_reassure": (
        "First I'd take the worry seriously and ask what exactly they're afraid of, without rushing them or brushing it off. | Then I'd explain in plain words what will happen and why it's safe, start with a small step they can manage, and build up as their confidence grows, checking in with them each time.",
    ),
    "method_aggression": (
        "First I'd keep everyone safe: stay calm, keep my voice low, keep a safe distance and a way out, and move the conversation somewhere quieter if that's safe. | Then I'd listen and say back what is upsetting them, tell them honestly what I can do and by when, and if it escalates or anyone is threatened I call for support or security straight away; afterwards I report it and check on whoever was involved.",
    ),
    "method_peer": (
        "I'd speak to the colleague straight away, privately and without blame, because the risk is to the people we look after, and most of the time it's a habit or a gap nobody pointed out. | I'd remind them what the procedure is and why it matters, and if it happened again or someone could be harmed, I'd raise it with the person in charge and record it, because staying quiet isn't an option.",
    ),
    "method_staff": (
        "First I'd talk to them privately, and early, and ask what's behind it, because there is often a reason I don't know about, from unclear expectations to something at home. | Then I'd be clear about what's expected and by when, agree any support that makes sense, follow up as agreed, and if nothing changes, use the formal process fairly and keep a record.",
    ),
    # -- why this line of work, and closing a motivation answer (about_me.py) --------------------
    "career_why": (
        "I chose this work because I wanted a job where what I do makes a visible difference, and early on I found I was good at it.",
        "What drew me in was work with a clear, visible result, and I found early on that it suits the way I think.",
    ),
    "career_start": ("It started with my first role, {first}, and that confirmed it for me.",),
    "career_proof": ("Results like this one are what keep me in it: {sentence}",),
    "motivation_no_jd_close": (
        "So joining {company} is the step I'm looking for: work I know I do well, with room to grow.",
        "That's why joining {company} makes sense for me now: work I know I do well, with room to grow.",
    ),
    "method_delay": (
        "I'd tell the people affected as soon as I know, not on the day, with the facts: what's done, what isn't and a realistic new date. | Then I'd put options on the table, such as cutting scope to keep the date, adding help or moving the date, agree one with whoever owns the decision, and look afterwards at why the estimate was off, so it happens less.",
    ),
    "method_accuracy_general": (
        "I build the checks into the work instead of leaving them to the end: totals that must agree, reconciliations, a comparison with the previous period, and a second look at anything unusual. | When something doesn't tie up, I trace it back to the source before I sign off, and I note what I checked, so anyone can follow it.",
    ),
    "incident_experienced": (
        "Incidents are part of running live systems, and I've handled my share at {employer}; I deal with them the same way every time.",
    ),
    "incident_experienced_general": (
        "Urgent problems come with the job, and I've dealt with my share at {employer}; I handle them the same way every time.",
    ),
    "failure_thing": (
        "One {thing} that didn't go well was when I tried to fit too much in and didn't check early enough whether it was working.",
    ),
    "failure_thing_handling": (
        "I noticed it part-way through, stopped, went back a step to what mattered most, and afterwards asked for honest feedback on what hadn't worked.",
    ),
    "lesson_thing": (
        "Since then I plan less into the same time and check early whether it's landing, instead of finding out at the end.",
    ),
    "method_workload": (
        "I'd plan around what matters most: the most urgent and riskiest work first, a clear split of tasks in the team at the start, and short check-ins along the way so nothing falls through. | I'd ask for help early rather than too late, look after my energy on long shifts with proper breaks, and if staffing ever put people at risk, I'd tell the person in charge and record it.",
    ),
    "willing_how": (
        "I can plan the rest of my life around it; I'd just like to know the pattern early so I can keep everything steady.",
    ),
    "own_past": ("In my own work it went like this: {sentence}",),
    "method_verify": (
        "I wouldn't trust the status alone: I'd check the result itself, the way it will really be used, for example by restoring or re-running a sample end to end and comparing it with what I expect. | Then I'd make that check routine, on a schedule and with the result written down, so a silent failure shows up before the day it's needed.",
    ),
    "method_troubleshoot": (
        "First I'd limit the damage: check who is affected, and if a recent change caused it, roll it back before digging deeper. | Then I'd narrow it down step by step: what changed, what the logs, records or readings show, whether I can reproduce it, testing one hypothesis at a time, and once it's fixed I make sure it can't quietly come back.",
    ),
    "method_design": (
        "I'd start with the requirements: what it has to do, for whom, at what volume, and which safety rules, standards and cost limits apply. | Then I'd sketch a few concepts, check the critical ones with calculations or a quick prototype, and test early with the people who will use it before committing to the details.",
    ),
    "method_explain_numbers": (
        "I'd split the change into its drivers before I say anything: price, volume and mix, exchange rates, and any one-off, each with its amount, so the explanation adds up to the whole difference. | I'd back each part with the evidence, such as supplier invoices, price lists or production volumes, say clearly which part will continue next month and which won't, and what we're doing about it.",
    ),
    "method_behind_target": (
        "First I'd find exactly where the gap is: which customers, products or orders are behind, and what can still realistically land in the time left. | Then I'd put my effort into the few biggest levers, such as orders that can be brought forward or a promotion already agreed, and tell my manager early and honestly where we'll realistically land, rather than giving away margin just to hit a number.",
    ),
    "method_analyse": (
        "I'd check the data first: one date format, no duplicates or blank rows, and the totals matching the source. | Then I'd add a column that compares actual with planned, flag the exceptions, and use a pivot table or COUNTIFS to count them by the category that matters, such as supplier, carrier or customer, sorted so the worst come first, before I draw any conclusion.",
    ),
    "method_explain": (
        "I'd keep it concrete and about them: one example from their own life or work where it matters, in plain words, without jargon. | Then I'd ask what they think, because a good example and a question back convince people far more than a list of arguments.",
    ),
    "method_safety": (
        "Safety comes first, so I'd stop the work straight away and make the situation safe before anything else, whatever the pressure on time. | Then I'd inform the person responsible, record what happened, find out why it happened and fix that before work restarts, and brief the team so it doesn't repeat.",
    ),
    "method_safety_pressed": (
        "I wouldn't skip the safety step, even with the pressure on: doing it properly takes minutes, and an accident costs far more than the delay. | I'd explain that calmly to the person pushing, do the job the safe way as quickly as possible, and if the pressure continued, I'd raise it with the safety lead and record it.",
    ),
    "method_ethics": (
        "I wouldn't do it, and I'd say so calmly and clearly: it isn't right, and it would put the company and the people involved at risk. | I'd explain the proper way to reach the same goal, and if the pressure continued, I'd raise it with my manager or compliance and keep a written record of what was asked.",
    ),
    "method_privacy": (
        "If it's not part of what I'm there to do, I leave it alone: I wouldn't read further, share it or use it, because access is given for the task, not for curiosity. | If it ever touched a real risk to the company, I'd raise it through the proper channel, never informally.",
    ),
    "method_general": (
        "I start from what the people involved actually need and what good looks like, then agree the first step with them rather than guess. | I check early whether it's working and adjust, instead of finding out at the end.",
        "I first make sure I understand the goal and who it's for, then take it in small, visible steps. | I keep people updated as it goes and change course early if something isn't landing.",
    ),
    "method_procedure": (
        "I follow the agreed procedure step by step, check each stage before I move on, and record what I did, so anyone can see it was done properly. | If something doesn't look right, I stop and check with the person responsible rather than guess, and I say so if the procedure itself needs improving.",
        "I do it the same careful way every time: prepare first, work through the steps in order, check the result, and write it down. | When the situation doesn't fit the usual steps, I ask before improvising, because a shortcut that goes wrong costs far more than a question.",
    ),
    "method_consent": (
        "I'd say no to using it that way: people agreed to one purpose, and using their data or recordings for another needs their explicit consent. | I'd offer an alternative that still helps, such as anonymised findings or new material gathered with proper consent, and check with the data protection lead before anything is shared.",
    ),
    "method_improve": (
        "I start by measuring where things stand and what really drives the number, so I fix the biggest cause first, not the most visible one. | Then I change one thing at a time, try it on a small scale, and compare the result with the baseline before rolling it out.",
        "I begin with data: a baseline, and a breakdown of where the cost or the time actually goes. | Then I tackle the largest contributor first, test the change on a small scale, and keep it only if the numbers confirm it.",
    ),
    "method_spot": (
        "I agree up front which signals really matter and review them regularly, so I see a trend early instead of reacting to a surprise. | The numbers tell me where to look; a direct conversation with the people involved tells me why, and then I act on it quickly.",
        "I rely on a few clear early-warning signals rather than gut feeling, and I check them on a fixed rhythm. | When something moves, I talk to the people closest to it to understand the cause before deciding what to do.",
    ),
    "method_decide": (
        "I make the options and the criteria explicit: the impact, the cost, the risk, and how easy the decision is to reverse. | Reversible decisions I make quickly and revisit with data; the expensive ones I test with the people they affect first.",
        "I write down what we're optimising for and compare the options against it, including what each one costs us. | If a decision is easy to undo, I'd rather decide fast and learn; if it isn't, I gather evidence first.",
    ),
    "method_relate": (
        "I start by understanding what the other side needs to succeed, not only what they ask for, and I keep a steady rhythm of short, regular contact. | I deliver what I promise and I'm open early when something goes wrong; that builds more trust than any presentation.",
        "I try to understand their goals and pressures first, and I agree how and how often we'll talk. | Then it's about consistency: keeping promises, sharing bad news early, and following up without being chased.",
    ),
    "method_handle": (
        "First I listen and make sure I understand the problem and its impact, without getting defensive. | Then I say clearly what I'll do and by when, fix what's urgent, and follow up afterwards to check it's really solved and to stop it happening again.",
        "I start by acknowledging the problem and getting the facts straight, calmly and without blame. | Then I agree the next step and a time, keep the person updated, and once it's fixed I look at the cause so it doesn't repeat.",
    ),
    "method_organise": (
        "I start from the goal and the constraints, break the work into steps with owners and dates, and agree them with the people involved. | Then I keep a short, regular check on progress, so risks surface early and the plan changes before anything slips.",
        "I make the goal and what done looks like clear first, then plan the work in small steps with clear ownership. | Along the way I check progress regularly and adjust early, rather than discovering problems at the deadline.",
    ),
    "about_fact_lead": ("Sure. {sentence}", "Happy to. {sentence}"),
    "about_fact_how": (
        "What made it work was understanding the problem properly first, starting with a simple version, and improving it with the people who used it.",
        "The key was to agree early what success looked like, deliver a first version quickly, and then improve it based on real feedback.",
    ),
    "about_fact_how_general": (
        "What made it work was understanding the problem properly first, agreeing what good looks like, and improving it step by step with the people involved.",
    ),
    "method_troubleshoot_general": (
        "First I'd make it safe and limit the impact: check who or what is affected and stop it getting worse. | Then I'd find the cause step by step: what changed, what the people closest to it saw, testing one explanation at a time, and once it's fixed I'd make sure it can't quietly come back.",
    ),
    # -- curveballs (curveball.py) --------------------------------------------------------------
    "curve_sell": (
        "Before I sell you this {thing}, let me ask a couple of questions: when did you last need one, and what for? And what matters most to you about it? | Then I'd sell exactly that: if it's reliability, I'd show you it won't let you down when it counts, and I'd close by asking whether you'd like to take it today.",
    ),
    "curve_estimate": (
        "I'd estimate it out loud, step by step: first the size of the space or the group we're talking about, then how much one unit takes, then a discount for what's lost in practice. | Last, I'd sanity-check the result against something I know. The exact number matters less than clear assumptions you can challenge and I can adjust.",
    ),
    "curve_be_appliance": (
        "I'd be a dishwasher: not glamorous, but it takes a pile of messy work and reliably turns it into something ready to use, every single day.",
    ),
    "curve_be_animal": (
        "I'd be a border collie: it keeps a whole group moving in the same direction, works hard, and reads a situation quickly.",
    ),
    "curve_be_colour": ("I'd be blue: calm, steady, and the colour people trust when something matters.",),
    "curve_be_tool": (
        "I'd be a Swiss Army knife: practical, ready for whatever comes up, and at its best when something unexpected happens.",
    ),
    "curve_be_car": (
        "I'd be an estate car: practical, reliable, and it carries more than it looks like it could.",
    ),
    "curve_be_other": (
        "I'd pick something dependable rather than flashy: the thing people reach for when the work has to get done.",
    ),
    "curve_be_tie": ("That's how I work, too: {sentence}", "It fits how I work: {sentence}"),
    "curve_be_close": (
        "And like a good {thing}, I'm at my best when I'm used every day, not kept for show.",
    ),
    "curve_wish": (
        "I'd pick something close to my own work: {area}, because that's where a change helps the most people every day, and where I've seen what gets in the way.",
    ),
    "curve_wish_plain": (
        "I'd pick something close to my own work, where a change helps the most people every day and where I've seen what gets in the way.",
    ),
    "curve_wish_tie": ("It's the kind of change I like making: {sentence}",),
    "curve_metric": (
        "I'd keep {measure}: it tells me quickly whether the work is really going well, and it's hard to game without the customer noticing.",
    ),
    "curve_metric_tie": ("It's also the one I've moved myself: {sentence}",),
    "curve_other_job": (
        "Probably something close to what I do now: a job where I solve practical problems with other people and can see the result at the end of the day.",
    ),
    "curve_other_job_tie": ("That's what I enjoy most about the work I do now, which is why I chose it.",),
    "curve_meal": (
        "Something simple done really well: a proper home-cooked dinner with the people I like most around the table. Good ingredients, no fuss, which is pretty much how I like my work too.",
    ),
    "curve_book": (
        "The last one that really stuck with me was about building good habits: small things done every day beat big plans. I took that straight into work, where I try to make the right way of doing things the easy one to repeat.",
    ),
    "curve_interests": (
        "Outside work it's mostly {interests}. It's how I switch off, and I usually come back with a clearer head and a few new ideas.",
    ),
    "curve_free_time": (
        "Outside work I keep it simple: time with family and friends, getting outdoors, and a good book. It's how I recharge, and I come back to work with a clearer head.",
    ),
    "curve_budget": (
        "I'd put most of it behind what's already proven to work, rather than spreading it thin, because that's the surest return. | I'd keep a small part to test one new idea, with the measure of success agreed up front, so next year's decision is based on evidence.",
    ),
    "curve_budget_tie": ("For example, I'd build on this: {sentence}",),
    "curve_island": (
        "I'd take something practical rather than clever, the thing that keeps you going when plans fall apart, which is also how I like to work: reliable first, impressive second.",
    ),
    "curve_words": ("Three words: {words}.", "I'd say: {words}."),
    "curve_words_tie": ("The best proof is from my work: {sentence}",),
    "curve_puzzle": (
        "I'd think it through out loud: first what the question is really asking, then the simplest explanation that fits, and then I'd test it against an exception. | I'd rather show you how I reason than jump to a clever answer.",
    ),
    # -- objections ("why should we believe you can ...") (curveball.py) ---------------------
    "objection_open": ("That's a fair question.", "Fair challenge, and I'd ask the same."),
    "objection_transfer": (
        "What carries over directly is this: {sentence}",
        "Here's what transfers: {sentence}",
    ),
    "objection_same": (
        "The core of this role, {duty}, is work I already know, even if the product or sector is new to me.",
    ),
    "objection_plan": (
        "Where I am new, I'd close the gap fast: learn the product and the customers in the first weeks and ask for early feedback, so you see progress rather than take it on faith.",
    ),
}

PL: dict[str, tuple[str, ...]] = {
    # -- failure stories the CV can't tell (stories.py) -------------------------------------------
    "failure_generic_general": (
        "Błąd, z którego dużo się nauczyłem, wynikał z pośpiechu: w bardzo intensywny dzień zaufałem pamięci zamiast sprawdzić rutynowy krok.",
    ),
    "failure_generic_handling_general": (
        "Od razu się do tego przyznałem, naprawiłem skutki dla osoby, której to dotyczyło, zgłosiłem to zgodnie z procedurą i zmieniłem sposób wykonywania tego kroku, żeby nie mogło się to powtórzyć w ten sam sposób.",
    ),
    "lesson_generic_failure_general": (
        "Nauczyło mnie to, że właśnie w najbardziej zabiegane dni rutynowe kontrole są najważniejsze.",
    ),
    # -- jak podchodzę do danego rodzaju pracy (method.py); dwa zdania rozdzielone " | " ---------
    "method_scenario": (
        "Najpierw ustaliłbym fakty: co dokładnie się stało, kogo to dotyczy i co nie może czekać, spokojnie dopytując, zamiast zakładać. | Potem działałbym zgodnie z zasadami i w granicach swoich uprawnień, a gdy decyzja nie należy do mnie, włączyłbym właściwą osobę; zainteresowanym powiedziałbym wcześnie i uczciwie, co dalej, i zapisałbym ustalenia.",
    ),
    "method_refusal": (
        "Najpierw spokojnie, bez nacisku, dowiedziałbym się dlaczego, bo za odmową zwykle stoi powód: obawa, nieporozumienie albo złe doświadczenie. | Potem prostymi słowami wyjaśniłbym, o co chodzi, i poszukałbym rozwiązania do przyjęcia; jeśli ta osoba nadal odmawia i ma do tego prawo, szanuję to, informuję osoby, które muszą wiedzieć, i zapisuję to.",
    ),
    "method_query": (
        "Nie wykonałbym tego, dopóki nie zostanie to sprawdzone: najpierw porównałbym to z wytycznymi i dokumentacją, żeby wiedzieć, na czym dokładnie polega problem. | Potem skontaktowałbym się z osobą, która to zleciła, wyjaśniłbym swoje wątpliwości, zaproponowałbym poprawkę i zapisałbym ustalenia; gdyby sprawa nadal nie była wyjaśniona, a ktoś mógłby ucierpieć, zgłosiłbym ją wyżej, zamiast działać dalej.",
    ),
    "conflict_approach_with": (
        "Kiedy nie zgadzam się {who}, podchodzę do tego zawsze tak samo: mówię o tym wcześnie i w cztery oczy, trzymam się faktów i wspólnego celu i naprawdę słucham argumentów drugiej strony, bo często widzi coś, czego ja nie widzę. | Jeśli nadal się nie zgadzamy, a sprawa jest ważna, ustalamy, jak to rozstrzygnąć: więcej informacji, próba albo decyzja osoby, która za to odpowiada, a gdy decyzja zapadnie, w pełni się do niej stosuję.",
    ),
    "conflict_approach": (
        "Różnice zdań się zdarzają i podchodzę do nich zawsze tak samo: mówię o nich wcześnie i w cztery oczy, trzymam się faktów i wspólnego celu i naprawdę słucham argumentów drugiej strony. | Jeśli nadal się nie zgadzamy, a sprawa jest ważna, ustalamy, jak to rozstrzygnąć: więcej informacji, próba albo decyzja osoby, która za to odpowiada, a gdy decyzja zapadnie, w pełni się do niej stosuję.",
    ),
    "method_safety_culture": (
        "Bezpieczeństwo traktuję jako część pracy, a nie dodatek: jasne zasady, porządne szkolenie wstępne, sprzęt sprawdzany przed użyciem, a sam przestrzegam zasad, bo ludzie powtarzają to, co robi przełożony. | Zachęcam do zgłaszania sytuacji potencjalnie wypadkowych bez szukania winnych, regularnie obchodzę teren i szybko reaguję na to, co znajdziemy, żeby drobne zagrożenia usuwać, zanim staną się wypadkiem.",
    ),
    "method_accuracy": (
        "Kontrole wbudowuję w samą pracę, zamiast zostawiać je na koniec: testy pisane razem z kodem, także dla przypadków brzegowych, przegląd kolegi i pipeline, który blokuje scalenie, gdy cokolwiek nie przechodzi. | Przed wydaniem sprawdzam zmianę na środowisku testowym i wdrażam ją stopniowo, z monitoringiem i szybką drogą powrotu, żeby to, co się prześlizgnie, wychwycić wcześnie i szybko wycofać.",
    ),
    "method_shortcut": (
        "Odmówiłbym uprzejmie, ale jasno, i wyjaśniłbym, po co jest ten krok i co może pójść nie tak bez niego. | Potem poszukałbym sposobu, żeby odpowiedzieć na prawdziwą presję stojącą za prośbą, na przykład dodatkową osobę albo późniejszy termin, a gdyby nadal nalegano, zgłosiłbym to osobie odpowiedzialnej i zapisałbym.",
    ),
    "method_impaired": (
        "Bezpieczeństwo przede wszystkim: od razu odsunąłbym tę osobę od pracy, zwłaszcza przy maszynach, wózkach czy pacjentach, i porozmawiałbym z nią na osobności, w obecności drugiej osoby jako świadka. | Potem postąpiłbym dokładnie według procedur firmy, powiadomiłbym przełożonego lub kadry, dopilnowałbym, żeby bezpiecznie wróciła do domu, a nie prowadziła auta, i spisałbym, co dokładnie widziałem; konsekwencje dyscyplinarne to kolejny krok, nie decyzja podejmowana na hali.",
    ),
    "method_motivate": (
        "Zacząłbym od sprawiedliwości i informacji: te same informacje, docenienie i wpływ na decyzje co inne zespoły, jasny cel na każdą zmianę i widoczny postęp. | Potem drobne rzeczy robione konsekwentnie: podziękowanie za dobrą robotę od razu, sprawiedliwy podział zadań, słuchanie pomysłów i szybkie wdrożenie choć jednego, żeby ludzie widzieli, że to ma znaczenie.",
    ),
    "method_reassure": (
        "Najpierw potraktowałbym tę obawę poważnie i zapytałbym, czego dokładnie się boi, bez pośpiechu i bez bagatelizowania. | Potem wyjaśniłbym prostymi słowami, co będzie się działo i dlaczego to bezpieczne, zacząłbym od małego kroku, z którym sobie poradzi, i zwiększałbym go razem z rosnącą pewnością siebie, za każdym razem pytając, jak się czuje.",
    ),
    "method_aggression": (
        "Najpierw zadbałbym o bezpieczeństwo wszystkich: spokój, cichy głos, bezpieczna odległość i droga wyjścia, a jeśli to bezpieczne, rozmowa w spokojniejszym miejscu. | Potem wysłuchałbym, co ich zdenerwowało, i uczciwie powiedziałbym, co mogę zrobić i kiedy; gdyby sytuacja eskalowała albo ktoś był zagrożony, od razu wezwałbym wsparcie lub ochronę, a potem zgłosiłbym zdarzenie i sprawdziłbym, jak czują się osoby, których to dotyczyło.",
    ),
    "method_peer": (
        "Porozmawiałbym z tą osobą od razu, na osobności i bez oskarżeń, bo ryzyko dotyczy ludzi, za których odpowiadamy, a najczęściej to nawyk albo luka, na którą nikt wcześniej nie zwrócił uwagi. | Przypomniałbym, jaka jest procedura i dlaczego jest ważna, a gdyby to się powtórzyło albo ktoś mógł ucierpieć, zgłosiłbym to przełożonemu i zapisałbym, bo przemilczenie nie wchodzi w grę.",
    ),
    "method_staff": (
        "Najpierw szybko porozmawiałbym z tą osobą w cztery oczy i zapytałbym, co za tym stoi, bo często jest powód, o którym nie wiem, od niejasnych oczekiwań po sprawy domowe. | Potem jasno powiedziałbym, czego oczekuję i od kiedy, ustaliłbym potrzebne wsparcie i wróciłbym do tematu w umówionym terminie, a gdyby nic się nie zmieniło, uczciwie zastosowałbym formalną procedurę i wszystko udokumentowałbym.",
    ),
    # -- why this line of work, and closing a motivation answer (about_me.py) --------------------
    "career_why": (
        "Wybrałem tę pracę, bo chciałem robić coś, co daje widoczny efekt, i szybko okazało się, że dobrze mi to wychodzi.",
    ),
    "career_start": ("Zaczęło się od pierwszej pracy: {first}, co tylko mnie w tym utwierdziło.",),
    "career_proof": ("Dziś trzymają mnie w tym zawodzie takie efekty jak ten: {sentence}",),
    "motivation_no_jd_close": (
        "Dlatego praca w firmie {company} to krok, którego szukam: praca, którą wykonuję dobrze, i miejsce na dalszy rozwój.",
    ),
    "method_delay": (
        "Powiedziałbym o tym osobom, których to dotyczy, od razu, gdy się dowiem, a nie w dniu terminu, z faktami: co jest gotowe, czego brakuje i jaki termin jest realny. | Potem przedstawiłbym opcje: mniejszy zakres w tym samym terminie, dodatkowe wsparcie albo nowy termin, uzgodniłbym jedną z osobą, która o tym decyduje, a na koniec sprawdziłbym, dlaczego szacunek był chybiony, żeby zdarzało się to rzadziej.",
    ),
    "method_accuracy_general": (
        "Kontrole wbudowuję w samą pracę, zamiast zostawiać je na koniec: sumy, które muszą się zgadzać, uzgodnienia, porównanie z poprzednim okresem i drugie spojrzenie na wszystko, co nietypowe. | Gdy coś się nie zgadza, dochodzę do źródła, zanim zatwierdzę wynik, i zapisuję, co sprawdziłem, żeby każdy mógł to prześledzić.",
    ),
    "incident_experienced": (
        "Awarie to część pracy z działającymi systemami i w firmie {employer} miałem ich swoją porcję; postępuję wtedy zawsze tak samo.",
    ),
    "incident_experienced_general": (
        "Nagłe sytuacje to część tej pracy i w firmie {employer} miałem ich sporo; postępuję wtedy zawsze tak samo.",
    ),
    "method_workload": (
        "Zaplanowałbym pracę wokół tego, co najważniejsze: najpierw to, co najpilniejsze i najbardziej ryzykowne, na początku jasny podział zadań w zespole, a w trakcie krótkie sprawdzenia, żeby nic nie umknęło. | O pomoc poprosiłbym wcześnie, a nie za późno, na długich zmianach zadbałbym o przerwy, a gdyby obsada zagrażała bezpieczeństwu ludzi, powiedziałbym o tym osobie odpowiedzialnej i zgłosiłbym to na piśmie.",
    ),
    "willing_how": (
        "Potrafię poukładać pod to resztę spraw, chciałbym tylko wcześniej znać grafik, żeby wszystko dobrze zaplanować.",
    ),
    "own_past": ("U mnie wyglądało to tak: {sentence}",),
    "method_verify": (
        "Nie ufałbym samemu statusowi: sprawdziłbym sam wynik tak, jak będzie naprawdę używany, na przykład odtwarzając albo uruchamiając próbkę od początku do końca i porównując ją z oczekiwanym efektem. | Potem zrobiłbym z tego stałą, zaplanowaną kontrolę z zapisanym wynikiem, żeby cichy błąd wyszedł na jaw, zanim ten wynik będzie potrzebny.",
    ),
    "method_troubleshoot": (
        "Najpierw ograniczyłbym skutki: sprawdziłbym, kogo to dotyczy, a jeśli przyczyną jest świeża zmiana, wycofałbym ją, zanim zacznę szukać głębiej. | Potem zawężałbym problem krok po kroku: co się zmieniło, co pokazują logi i pomiary, czy da się go odtworzyć, sprawdzając jedną hipotezę naraz, a po naprawie upewniłbym się, że nie wróci.",
    ),
    "method_design": (
        "Zacząłbym od wymagań: co ma robić, dla kogo, z jaką wydajnością i jakie obowiązują przepisy bezpieczeństwa, normy i ograniczenia kosztowe. | Potem przygotowałbym kilka koncepcji, najważniejsze elementy sprawdziłbym obliczeniami albo szybkim prototypem i wcześnie przetestował z przyszłymi użytkownikami, zanim wejdę w szczegóły.",
    ),
    "method_explain_numbers": (
        "Zanim cokolwiek powiem, rozbiłbym zmianę na czynniki: cenę, wolumen i strukturę, kursy walut i zdarzenia jednorazowe, każdy z kwotą, tak żeby wyjaśnienie sumowało się do całej różnicy. | Każdą część poparłbym dowodami, na przykład fakturami od dostawców, cennikami albo wolumenem produkcji, i jasno powiedziałbym, co zostanie z nami w kolejnym miesiącu, co nie, i co z tym robimy.",
    ),
    "method_behind_target": (
        "Najpierw ustaliłbym, gdzie dokładnie jest luka: którzy klienci, produkty albo zamówienia są poniżej planu i co realnie da się jeszcze zrealizować w pozostałym czasie. | Potem skupiłbym się na kilku największych dźwigniach, na przykład zamówieniach, które można przyspieszyć, albo już uzgodnionej promocji, i wcześnie, uczciwie powiedziałbym przełożonemu, gdzie realnie wylądujemy, zamiast oddawać marżę tylko po to, żeby dobić do liczby.",
    ),
    "method_analyse": (
        "Najpierw sprawdziłbym dane: jeden format dat, brak duplikatów i pustych wierszy oraz zgodność sum ze źródłem. | Potem dodałbym kolumnę porównującą datę rzeczywistą z planowaną, oznaczył wyjątki i tabelą przestawną albo funkcją LICZ.WARUNKI policzył je według tego, co ważne, na przykład dostawcy, przewoźnika czy klienta, posortowane od najgorszych, i dopiero wtedy wyciągał wnioski.",
    ),
    "method_explain": (
        "Mówiłbym konkretnie i z ich perspektywy: jeden przykład z ich życia albo pracy, w którym to ma znaczenie, prostymi słowami, bez żargonu. | Potem zapytałbym, co o tym myślą, bo dobry przykład i pytanie zwrotne przekonują bardziej niż lista argumentów.",
    ),
    "method_safety": (
        "Bezpieczeństwo jest najważniejsze, więc od razu przerwałbym pracę i zabezpieczył sytuację, niezależnie od presji czasu. | Potem poinformowałbym osobę odpowiedzialną, zapisałbym, co się stało, ustaliłbym przyczynę i usunął ją przed wznowieniem pracy, a zespołowi powiedziałbym, jak uniknąć tego w przyszłości.",
    ),
    "method_safety_pressed": (
        "Nie pominąłbym zabezpieczenia, nawet pod presją: zrobienie tego porządnie zajmuje kilka minut, a wypadek kosztuje nieporównanie więcej niż przestój. | Spokojnie wyjaśniłbym to osobie, która naciska, zrobiłbym pracę bezpiecznie i jak najszybciej, a gdyby presja nie ustała, zgłosiłbym sprawę do służby BHP i zapisał, co się stało.",
    ),
    "method_ethics": (
        "Nie zrobiłbym tego i powiedziałbym to spokojnie, ale jasno: to nie jest w porządku i naraża firmę oraz zaangażowane osoby. | Wyjaśniłbym, jak osiągnąć ten sam cel właściwą drogą, a gdyby presja nie ustała, zgłosiłbym sprawę przełożonemu albo do działu compliance i zachowałbym pisemny ślad tego, o co mnie proszono.",
    ),
    "method_privacy": (
        "Jeśli to nie jest część mojego zadania, zostawiam to: nie czytam dalej, nie przekazuję i nie wykorzystuję, bo dostęp mam do zadania, a nie z ciekawości. | Gdyby sprawa dotyczyła realnego ryzyka dla firmy, zgłosiłbym ją oficjalną drogą, nigdy nieformalnie.",
    ),
    "method_general": (
        "Zaczynam od tego, czego naprawdę potrzebują osoby, których to dotyczy, i jak wygląda dobry efekt, a pierwszy krok ustalam z nimi, zamiast zgadywać. | Wcześnie sprawdzam, czy to działa, i koryguję kurs, zamiast dowiadywać się na końcu.",
    ),
    "method_procedure": (
        "Postępuję zgodnie z ustaloną procedurą krok po kroku, sprawdzam każdy etap, zanim przejdę dalej, i zapisuję, co zrobiłem, żeby każdy widział, że zrobiono to prawidłowo. | Jeśli coś wygląda nie tak, zatrzymuję się i pytam osobę odpowiedzialną, zamiast zgadywać, a gdy sama procedura wymaga poprawy, mówię o tym.",
    ),
    "method_consent": (
        "Nie zgodziłbym się na takie użycie: ludzie zgodzili się na jeden cel, a wykorzystanie ich danych czy nagrań do innego wymaga ich wyraźnej zgody. | Zaproponowałbym rozwiązanie, które też pomoże, na przykład zanonimizowane wnioski albo nowe materiały zebrane za zgodą, i przed udostępnieniem czegokolwiek skonsultowałbym to z inspektorem ochrony danych.",
    ),
    "method_improve": (
        "Zaczynam od zmierzenia, jak jest teraz i co naprawdę wpływa na wynik, żeby najpierw zająć się największą przyczyną, a nie najbardziej widoczną. | Potem wprowadzam jedną zmianę naraz, sprawdzam ją na małą skalę i porównuję wynik z punktem wyjścia, zanim wdrożę ją szerzej.",
        "Zaczynam od danych: punktu wyjścia i rozbicia, na co naprawdę idzie czas albo pieniądze. | Potem biorę się za największą pozycję, testuję zmianę na małą skalę i zostawiam ją tylko wtedy, gdy liczby to potwierdzą.",
    ),
    "method_spot": (
        "Najpierw ustalam, które sygnały są naprawdę ważne, i regularnie je przeglądam, żeby zauważyć trend wcześnie, a nie reagować na niespodziankę. | Liczby mówią mi, gdzie patrzeć, a rozmowa z zaangażowanymi osobami – dlaczego tak jest; potem szybko działam.",
    ),
    "method_decide": (
        "Nazywam opcje i kryteria: wpływ, koszt, ryzyko i to, jak łatwo będzie się z decyzji wycofać. | Decyzje odwracalne podejmuję szybko i weryfikuję danymi, a te kosztowne najpierw konsultuję z osobami, których dotyczą.",
    ),
    "method_relate": (
        "Zaczynam od zrozumienia, czego druga strona potrzebuje, żeby odnieść sukces, a nie tylko o co prosi, i utrzymuję regularny, krótki kontakt. | Dotrzymuję obietnic, a o problemach mówię wcześnie; to buduje więcej zaufania niż jakakolwiek prezentacja.",
        "Najpierw staram się zrozumieć cele i ograniczenia drugiej strony i ustalamy, jak często i w jakiej formie się kontaktujemy. | Potem liczy się konsekwencja: dotrzymuję słowa, złe wiadomości przekazuję wcześnie i sam wracam z informacją.",
    ),
    "method_handle": (
        "Najpierw słucham i upewniam się, że rozumiem problem i jego skutki, bez przyjmowania postawy obronnej. | Potem jasno mówię, co zrobię i do kiedy, rozwiązuję to, co pilne, a na koniec sprawdzam, czy problem naprawdę zniknął i jak zapobiec jego powtórce.",
    ),
    "method_organise": (
        "Zaczynam od celu i ograniczeń, dzielę pracę na etapy z właścicielami i terminami i uzgadniam je z zaangażowanymi osobami. | Potem regularnie, krótko sprawdzam postępy, żeby ryzyka wychodziły wcześnie, a plan zmieniał się, zanim coś się opóźni.",
    ),
    "about_fact_lead": ("Oczywiście. {sentence}", "Chętnie. {sentence}"),
    "about_fact_how": (
        "Kluczowe było dobre zrozumienie problemu na początku, zaczęcie od prostej wersji i ulepszanie jej razem z osobami, które z niej korzystały.",
        "Najważniejsze było wczesne ustalenie, jak wygląda sukces, szybkie dostarczenie pierwszej wersji i poprawianie jej na podstawie prawdziwych opinii.",
    ),
    "about_fact_how_general": (
        "Kluczowe było dobre zrozumienie problemu na początku, ustalenie, jak wygląda dobry wynik, i poprawianie go krok po kroku razem z zaangażowanymi osobami.",
    ),
    "method_troubleshoot_general": (
        "Najpierw zadbałbym o bezpieczeństwo i ograniczył skutki: sprawdziłbym, kogo lub co to dotyczy, i nie pozwolił, żeby sytuacja się pogorszyła. | Potem szukałbym przyczyny krok po kroku: co się zmieniło, co zauważyły osoby najbliżej problemu, sprawdzając jedno wyjaśnienie naraz, a po naprawie upewniłbym się, że problem nie wróci.",
    ),
    # -- pytania nietypowe (curveball.py) -------------------------------------------------------
    "curve_sell": (
        "Zanim cokolwiek zaproponuję, zadam kilka pytań: kiedy ostatnio było to Panu potrzebne i do czego? Co jest dla Pana najważniejsze? | Potem sprzedałbym dokładnie to: jeśli liczy się niezawodność, pokazałbym, że nie zawiedzie w ważnym momencie, i zapytałbym, czy bierze Pan od razu.",
    ),
    "curve_estimate": (
        "Policzyłbym to na głos, krok po kroku: najpierw wielkość przestrzeni albo grupy, o której mówimy, potem ile zajmuje jedna sztuka, a na koniec poprawka na straty w praktyce. | Wynik sprawdziłbym z czymś, co znam. Dokładna liczba jest mniej ważna niż jasne założenia, które można podważyć i poprawić.",
    ),
    "curve_be_appliance": (
        "Byłbym zmywarką: nic efektownego, ale codziennie, niezawodnie zamienia stos bałaganu w coś gotowego do użycia.",
    ),
    "curve_be_animal": (
        "Byłbym border collie: pilnuje, żeby cała grupa szła w jednym kierunku, ciężko pracuje i szybko czyta sytuację.",
    ),
    "curve_be_colour": (
        "Byłbym kolorem niebieskim: spokojnym, stabilnym, takim, któremu ufa się w ważnych sprawach.",
    ),
    "curve_be_tool": (
        "Byłbym scyzorykiem: praktyczny, gotowy na wszystko i najlepszy wtedy, gdy dzieje się coś niespodziewanego.",
    ),
    "curve_be_car": ("Byłbym kombi: praktyczne, niezawodne i mieści więcej, niż się wydaje.",),
    "curve_be_other": (
        "Wybrałbym coś niezawodnego, a nie efektownego: rzecz, po którą się sięga, kiedy praca musi zostać zrobiona.",
    ),
    "curve_be_tie": ("Tak też pracuję: {sentence}", "To pasuje do tego, jak pracuję: {sentence}"),
    "curve_be_close": ("Najlepiej sprawdzam się w codziennej pracy, a nie na pokaz.",),
    "curve_wish": (
        "Wybrałbym coś bliskiego mojej pracy: {area}, bo tam zmiana na co dzień pomaga najwięcej osobom i tam widzę, co przeszkadza.",
    ),
    "curve_wish_plain": (
        "Wybrałbym coś bliskiego mojej pracy, gdzie zmiana na co dzień pomaga najwięcej osobom i gdzie widzę, co przeszkadza.",
    ),
    "curve_wish_tie": ("To taki rodzaj zmian, jakie lubię wprowadzać: {sentence}",),
    "curve_metric": (
        "Zostawiłbym {measure}: szybko pokazuje, czy praca naprawdę idzie dobrze, i trudno go poprawić na pokaz tak, żeby klient tego nie odczuł.",
    ),
    "curve_metric_tie": ("To też wskaźnik, który sam poprawiłem: {sentence}",),
    "curve_other_job": (
        "Pewnie coś bliskiego temu, co robię teraz: pracę, w której razem z innymi rozwiązuję praktyczne problemy i na koniec dnia widzę efekt.",
    ),
    "curve_other_job_tie": ("Właśnie to najbardziej lubię w mojej obecnej pracy i dlatego ją wybrałem.",),
    "curve_meal": (
        "Coś prostego, ale zrobionego naprawdę dobrze: domowy obiad z najbliższymi przy stole. Dobre składniki, bez udziwnień, czyli mniej więcej tak, jak lubię pracować.",
    ),
    "curve_book": (
        "Ostatnio najbardziej zapadła mi w pamięć książka o budowaniu nawyków: małe rzeczy robione codziennie wygrywają z wielkimi planami. Przeniosłem to do pracy, gdzie staram się, żeby właściwy sposób działania był też najłatwiejszy do powtarzania.",
    ),
    "curve_interests": (
        "Poza pracą to przede wszystkim {interests}. Tak odpoczywam i zwykle wracam z czystszą głową i kilkoma nowymi pomysłami.",
    ),
    "curve_free_time": (
        "Poza pracą stawiam na proste rzeczy: czas z rodziną i przyjaciółmi, ruch na świeżym powietrzu i dobrą książkę. Tak ładuję baterie i wracam do pracy z czystszą głową.",
    ),
    "curve_budget": (
        "Większość przeznaczyłbym na to, co już sprawdziło się w praktyce, zamiast rozdrabniać środki, bo to najpewniejszy zwrot. | Niewielką część zostawiłbym na test jednego nowego pomysłu, z miarą sukcesu ustaloną z góry, żeby kolejną decyzję podjąć na podstawie danych.",
    ),
    "curve_budget_tie": ("Na przykład rozwinąłbym to: {sentence}",),
    "curve_island": (
        "Wziąłbym coś praktycznego, a nie efektownego, coś, co pozwala przetrwać, gdy plany się sypią; tak samo lubię pracować: najpierw niezawodnie, potem efektownie.",
    ),
    "curve_words": ("Trzy słowa: {words}.", "Powiedziałbym: {words}."),
    "curve_words_tie": ("Najlepszy dowód z mojej pracy: {sentence}",),
    "curve_puzzle": (
        "Przemyślałbym to na głos: najpierw, o co tak naprawdę chodzi w pytaniu, potem najprostsze wyjaśnienie, które pasuje, a na koniec sprawdziłbym je na wyjątku. | Wolę pokazać, jak rozumuję, niż rzucić efektowną odpowiedź.",
    ),
    # -- zastrzeżenia ("dlaczego mamy uwierzyć, że ...") (curveball.py) -----------------------
    "objection_open": ("To uczciwe pytanie.", "Rozumiem tę wątpliwość, sam bym o to zapytał."),
    "objection_transfer": ("Bezpośrednio przenosi się to: {sentence}", "Oto co się przenosi: {sentence}"),
    "objection_same": (
        "Sedno tej roli, czyli {duty}, to praca, którą już znam, nawet jeśli produkt albo branża są dla mnie nowe.",
    ),
    "objection_plan": (
        "Tam, gdzie mam mniej doświadczenia, szybko nadrobię: w pierwszych tygodniach poznam produkt i klientów i poproszę o wczesną informację zwrotną, żeby postęp był widoczny, a nie brany na wiarę.",
    ),
}
