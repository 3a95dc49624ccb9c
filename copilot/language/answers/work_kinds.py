"""Which kind of work a question asks about ("how do you keep people safe?" → safety, "the totals are
lower than what the bank reports" → reconcile): the method an answer takes when no knowledge topic
and no CV story answers it."""

from __future__ import annotations

import re

from copilot.language.text import fold

# The kind of work a "how do you ..." question asks about, by its verb (English and Polish stems).
_KINDS: tuple[tuple[str, re.Pattern[str]], ...] = tuple(
    (kind, re.compile(pattern))
    for kind, pattern in (
        (
            "consent",
            r"\b(?:share (?:the )?(?:raw |personal |customer |patient |user )?(?:data|recordings?|records|information|details|videos?)|"
            r"recordings? (?:with|to)|without (?:(?:their|his|her|the|a|an|[\w-]+'s) ){0,3}consent|collect (?:the )?users?'?s? (?:data|location|contacts|personal)|"
            r"in the background even|track users? without|udostepni\w* (?:nagran|dan)|bez zgody|zbiera\w* (?:dane|lokalizacj))",
        ),
        (
            "privacy",
            r"\b(?:notice|see|saw|find|found|come across|came across|zauwaz\w*|widzi\w*|znajdzi\w*|trafi\w*)\b.{0,80}"
            r"(?:private|personal|mailbox|e-?mails?|job hunting|medical|salary of|prywatn\w*|poufn\w*|skrzynk\w*|mail\w*)",
        ),
        (
            "ethics",
            r"\b(?:backdat\w*|falsif\w*|fake|lie|lying|mislead\w*|bribe\w*|kickback|cover (?:it )?up|quietly|"
            r"without (?:evidence|proof|approval|telling)|conflict of interest|off the books|inflate|"
            r"no (?:evidence|proof)|can'?t prove|not true|nie ma(?:my)? (?:na to )?dowod\w*|gift|envelope|backhander|"
            r"personal favou?r|not (?:to )?report|don'?t report|keep (?:it )?quiet|sit on it|prezent\w*|koperta|"
            r"nie zglasza\w*|nie zglaszac|przemilcz\w*|"
            r"antydat\w*|sfalsz\w*|nieprawd\w*|bez (?:dowodow|zgody|wiedzy)|lapowk\w*|po cichu|wprowadz\w* w blad|"
            r"zatai\w*|ukry\w*|konflikt interes\w*)",
        ),
        (
            # a child or an adult at risk: the person's safety first, never a no taken at the door
            "safeguarding",
            r"\b(?:safeguarding|child protection|cp plans?|at risk of (?:harm|abuse)|domestic (?:abuse|violence)|"
            r"neglect\w*|abuse\w*|ochron\w* dzieci|przemoc\w* (?:domow|w rodzin)|zaniedban\w*|krzywdzeni\w*)\b",
        ),
        (
            "safety",
            r"\b(?:unsafe|without (?:a |the )?(?:harness|lockout|loto|ppe|guard|permit|isolation)|removed early|"
            r"allerg\w*|injur\w*|hurt|near miss|spill\w*|hazard\w*|clips?|collision|fire alarm|wrong (?:dose|drug|patient|medicine)|"
            r"medication error|dosing error|work(?:ing)? live|live (?:circuit|working|work|conductor)|electrocut\w*|"
            r"zl\w* daw(?:k|c)\w*|bled\w* (?:lekow|w podaniu)|pomylk\w* (?:w podaniu|lekow)|pod napieciem|porazeni\w*|"
            r"bez (?:szelek|blokady|loto|zabezpieczen\w*|uprawnien|kasku|srodkow ochrony)|niebezpiecz\w*|wypadek|"
            r"wypadku|uraz\w*|alergi\w*|zagrozeni\w*|bhp\b|"
            # "potrącić" is also to deduct: "potrącił Pan te kary?" is about money
            r"potrac\w* (?:\w+ )?(?:piesz|osob|pracownik|kogos|rowerzyst|wozkiem|autem|samochodem)|potracen\w* (?:piesz|osob|pracownik))",
        ),
        (
            "safety_culture",
            r"\b(?:ensure|keep|promote|manage|maintain|improve|look after|make sure|dba\w* o|zapewni\w*|pilnuj\w*|poprawi\w*)\s+"
            r"(?:\w+ ){0,3}(?:safety|health and safety|bezpieczenstw\w*|bhp)\b|"
            r"(?:safety|bezpieczenstw\w*|bhp) (?:culture|on (?:site|the floor|the shop floor)|kultur\w*|na (?:magazynie|budowie|hali|produkcji))",
        ),
        (
            "peer",
            r"\b(?:colleague|co-?worker|team ?mate|another (?:nurse|carer|driver|engineer|technician|teacher|member of staff)|"
            r"someone (?:on|in) (?:your|the) (?:team|shift|ward)|kolega|kolezank\w*|wspolpracownik\w*|ktos z zespolu)\b"
            r".{0,60}\b(?:not (?:following|washing|wearing|using|doing)|(?:isn'?t|wasn'?t|aren'?t) (?:following|washing|wearing|using)|"
            r"ignor\w*|skipp?\w*|cut(?:ting)? corners|break(?:ing)? (?:the )?(?:rules?|procedure|protocol)|bypass\w*|"
            r"nie przestrzega\w*|lamie|lamal\w*|pomija\w*|omija\w*|nie stosuje|nie myje|nie uzywa)",
        ),
        (
            "aggression",
            r"\b(?:aggressi\w*|abusive|violent|threaten\w*|shout\w*|yell\w*|swear\w*|hostile|kick(?:s|ed|ing)? off|"
            r"agresywn\w*|agresj\w*|wulgarn\w*|krzycz\w*|awanturu\w*|grozi\w*|obraza\w*)",
        ),
        (
            "reassure",
            r"\b(?:scared|afraid|frightened|fearful|anxious|nervous|worried|phobi\w*|panick\w*|"
            r"boi sie|obawia\w*|leka sie|lek\w* przed|przestraszon\w*|zestresowan\w*|niepokoi\w*|stresuje sie)",
        ),
        (
            "accuracy",
            r"\b(?:make sure|ensure|check|keep|guarantee|avoid|upewni\w*|dba\w* o|unik\w*)\s+(?:\w+ ){0,4}"
            r"(?:accura\w*|error-?free|correct|mistakes|errors|dokladn\w*|bezbledn\w*|poprawn\w*|bled\w*|pomyl\w*)",
        ),
        (
            "shortcut",
            r"\b(?:ask\w*|tell\w*|told|want\w*|push\w*|pressur\w*|instruct\w*)\s+(?:you|me)\s+to\s+(?:just\s+)?"
            r"(?:skip|bypass|ignore|cut|leave out|sign (?:it )?off without|not (?:do|record|report|check))|"
            r"(?:kaz\w*|prosi\w*|poleci\w*|naciska\w*)\s+(?:\w+\s+){0,2}(?:na )?(?:pominiecie|pominac|obejsc|zignorowac|nie (?:robic|sprawdzac|zglaszac))|"
            r"(?:on at|pushing|leaning on|wants?|asks?|tells?) (?:you|me) to \w+ (?:\w+ ){0,5}(?:before (?:it'?s|it is|it has|they'?ve|the \w+ (?:is|has)) "
            r"(?:been )?(?:tested|checked|inspected|signed off|certified)|without (?:testing|checking|a test|an inspection|sign-?off|a permit))|"
            r"\bagainst (?:the |our |company |a )?(?:policy|policies|rules|procedure|procedures|protocol|sop)\b|"
            r"(?:bend|break|get round|get around) the (?:rules|policy|procedure)|(?:leaning on|pushing|on at) (?:you|me) to (?:hurry|rush|speed)|"
            r"\bwbrew (?:zasadom|procedurze|procedurom|przepisom|polityce|regulaminowi)|obej\w* (?:procedur\w*|zasad\w*|przepis\w*)",
        ),
        (
            "impaired",
            r"\b(?:drunk|intoxicated|under the influence|smell\w* of (?:alcohol|drink|booze)|alcohol|hung ?over|on drugs|"
            r"po alkoholu|pod wplywem|nietrzezw\w*|pijan\w*|czuc (?:od niego |od niej )?alkohol|alkohol\w*)\b",
        ),
        (
            "motivate",
            r"\b(?:motivat\w*|keep (?:\w+ ){0,3}(?:motivated|engaged|going)|boost (?:the )?morale|morale|engag\w* (?:the |your )?team|"
            r"motyw\w*|zaangazowan\w* (?:zespolu|ludzi|pracownikow)|morale)\b",
        ),
        (
            "workload",
            r"\b(?:short-?staffed|understaffed|staffing (?:is |are )?(?:tight|short|low)|heavy workload|workload|too much work|"
            r"called in sick|(?:\w+ )?(?:colleagues?|people|staff|members of staff) (?:are |have )?(?:off sick|called in|not turned up|no-?show)|"
            r"(?:zadzwonil\w*|zglosil\w*),? ze (?:sa |jest )?(?:chor\w*|na l4)|(?:dwie|trzy|dwoch|trzech) osoby? (?:na l4|na zwolnieniu|chor\w*)|"
            r"night shifts?|long shifts?|overtime|malo (?:personelu|ludzi|osob)|brak\w* (?:personelu|ludzi|rak do pracy)|"
            r"niedobor\w* (?:kadr|personelu)|obciazeni\w* (?:praca|pracy)|nadgodzin\w*|zmian\w* nocn\w*|dyzur\w* nocn\w*|nocn\w* (?:zmian|dyzur))",
        ),
        (
            "delay",
            r"\b(?:miss(?:es|ed)? (?:the|a|its|our) (?:deadline|date|release)|won'?t (?:make|hit|meet) (?:the|a|its) (?:deadline|date)|"
            r"(?:going to|will) be late|behind schedule|slipp\w*|nie zdazy\w*|nie zdaz\w*|opozni\w*|przesun\w* (?:termin|wdrozeni)|"
            r"nie (?:dotrzyma|dowiezie)\w*)",
        ),
        (
            "query",
            r"\b(?:prescriptions?|doses?|orders?|instructions?|drawings?|specs?|specifications?|recept\w*|zlecen\w*|dawk\w*|"
            r"polecen\w*|rysun\w*|dokumentacj\w*) (?:\w+ ){0,5}(?:wrong|incorrect|unsafe|inappropriate|a mistake|an error|"
            r"bledn\w*|niepoprawn\w*|niewlasciw\w*|niebezpieczn\w*|z bledem)",
        ),
        (
            "refusal",
            r"\b(?:refus\w*|won'?t (?:take|accept|pay|do|follow|let)|declin\w* (?:to|the|their|his|her)|"
            r"odmawia\w*|odmow\w*|nie chce (?:przyjac|zaplacic|zrobic|wspolpracowac|podpisac))",
        ),
        (
            "verify",
            r"\b(?:check\w*|know|confirm\w*|make sure|verify\w*|prove|test\w*) (?:\w+ ){0,3}(?:whether|if|that) "
            r"(?:[\w']+ ){0,6}(?:actually |really )?(?:worked|works|succeeded|ran|passed|restor\w*)\b|"
            r"sprawdzi\w*,? (?:\w+,? ){0,3}czy (?:\w+ ){0,6}(?:naprawde |faktycznie )?(?:zadzialal\w*|dziala\w*|sie udal\w*)",
        ),
        (
            "troubleshoot",
            r"\b(?:crash\w*|keeps (?:failing|restarting|crashing)|error|bug|failing|broken|not working|debug\w*|"
            r"failed|fails|can'?t (?:log ?in|sign in|connect|access|open|print|start)|won'?t (?:start|boot|load|open|connect)|"
            r"unable to (?:log ?in|connect|access)|nie (?:moze|mozna|da sie) (?:sie )?zalogowac|"
            r"(?:page|app|query|site|system|api|build|server|service|website|database|render\w*|load\w*|running) (?:\w+ ){0,3}slow(?:ly)?|"
            r"troubleshoot\w*|fault\w*|breakdowns?|broke down|tripp\w*|usterk\w*|goes down|went down|outage|timeout|leak\w*|awari\w*|bledy|blad|nie dziala|wolno|zawiesza|psuje)\b",
        ),
        (
            # "the settlement totals are two percent lower than what the bank reports", "stany się nie zgadzają"
            "reconcile",
            r"\b(?:lower|higher|different|off) (?:\w+ ){0,3}(?:than|from) (?:what )?(?:the )?(?:\w+ ){0,2}"
            r"(?:reports?|shows?|says|system|bank|ledger|source|statement|count)\b|"
            r"(?:don'?t|doesn'?t|do not|does not|didn'?t|did not|wouldn'?t) (?:match|agree|add up|reconcile)|\bmismatch|\bdiscrepanc\w*|"
            r"(?:liczby|stany|sumy|salda|dane|wyniki|kwoty|raporty) (?:\w+ ){0,3}nie zgadzaj\w*|rozbiezn\w*|"
            r"nie zgadza\w* sie (?:\w+ ){0,3}(?:z|ze) (?:systemem|stanem|bankiem|ksieg\w*|raportem|wyciagiem)|"
            r"nie (?:bilansuje|sumuje) sie",
        ),
        (
            "explain_numbers",
            r"\b(?:lower|higher|nizsz\w*|wyzsz\w*) (?:\w+ ){0,3}(?:than|niz) (?:in |w )?(?:the )?"
            r"(?:budget|plan|forecast|budzec\w*|budzet\w*|plan\w*|prognoz\w*)|"
            r"\b(?:explain|present|report|justify|walk \w+ through)\w* (?:\w+ ){0,8}(?:increase|decrease|variance|overspend|"
            r"underspend|drop|rise|gap|deviation|jump|spike|overrun|difference)s?\b|"
            r"(?:wytlumacz|wyjasni|uzasadni|przedstawi)\w* (?:\w+ ){0,8}(?:wzrost|spadek|odchyleni|roznic|przekroczeni|skok)\w*",
        ),
        (
            "behind_target",
            r"\b(?:behind|below|short of|under) (?:the |my |your |our |its )?(?:\w+ )?(?:target|quota|plan|budget|forecast)|"
            r"(?:\d+ ?|[a-z-]+ )(?:%|percent|per cent) (?:of|against) (?:the |my |your |its )?(?:\w+ )?(?:target|quota|plan|budget)|"
            r"(?:ponizej|pod) (?:planu|celu|budzetu|targetu)|\d+ ?(?:%|procent\w*) (?:planu|celu|targetu)|"
            r"nie (?:realizuje|zrealizuje|dowiezie|dowozi) (?:planu|celu|targetu)",
        ),
        (
            "analyse",
            r"\b(?:excel|spreadsheet|pivot|arkusz\w*|tabel\w* przestawn\w*|vlookup|wyszukaj\.pionowo|"
            r"(?:a |the )?list of (?:\w+ ){0,3}(?:\d[\d,]* |thousand |hundred )?(?:\w+ )?(?:orders|shipments|deliveries|invoices|"
            r"transactions|records|rows|customers|products)|"
            r"list\w* (?:\w+ ){0,3}(?:wysylek|dostaw|zamowien|faktur|transakcji|rekordow|klientow|produktow))\b",
        ),
        (
            "explain",
            r"\bwhat (?:would|do) you (?:say|tell)|explain\w* (?:\w+ ){0,4}to\b|convinc\w*|persuad\w*|"
            r"wytlumacz\w*|wyjasni\w*|przekona\w*|co (?:by )?(?:pan |pani )?(?:powiedzial\w*|odpowiedzial\w*)",
        ),
        (
            "design",
            r"\b(?:design(?:ing)? (?:a|an|the|new)|build(?:ing)? (?:a|an) new|zaprojektowa\w*|projektowani\w* (?:nowej|nowego|maszyny|urzadzenia))",
        ),
        (
            "decide",
            r"\b(?:decid\w*|choos\w*|prioriti[sz]\w*|pick|weigh|trade-?offs?|decyd\w*|wybier\w*|priorytet\w*)",
        ),
        (
            "staff",
            r"\b(?:employee|team member|colleague|direct report|report|member of (?:staff|the team|your team)|worker|staff member|"
            r"junior(?: \w+)?|new (?:starter|hire|joiner)|teammate|team mate|"
            r"pracownik\w*|kolega|kolezank\w*|podwladn\w*|czlonek zespolu)\s+(?:\w+ ){0,4}(?:late|spozni\w*|underperform\w*|"
            r"keeps|kept|keep|absent|off sick|isn'?t pulling|not pulling|nie wykonuje|nie radzi|slabo|nieobecn\w*|zwolnieni\w*)"
            r"|\bwho (?:keeps|kept|is always|is often|regularly|constantly) (?:\w+ ){0,2}(?:late|missing|absent|off|rude|disengaged|mistakes)"
            r"|\bktor\w* (?:ciagle|czesto|regularnie|stale) (?:sie )?(?:spoznia|nie przychodzi|popelnia|jest nieobecn)"
            r"|\bwho (?:wasn'?t|isn'?t|was not|is not|weren'?t|were not) (?:\w+ )?(?:performing|delivering|coping|pulling)"
            r"|\bunderperforming (?:\w+ ){0,2}(?:team|colleague|employee|manager|leader|member|report)"
            r"|\bktor\w* (?:slabo )?(?:nie radzi|nie dowozi|nie wykonuje|nie realizuje)",
        ),
        (
            "handle",
            r"\b(?:handle|deal with|respond to|react to|resolve|manage) (?:an? |the |that |this |your )?(?:\w+ ){0,3}"
            r"(?:complaints?|customers?|clients?|situations?|conflicts?|problems?|issues?|incidents?|escalations?|pupils?|"
            r"students?|kids?|child(?:ren)?|behaviou?r|person|people|colleagues?|managers?|patients?|objections?|agency|agencies|"
            r"suppliers?|vendors?|subcontractors?|contractors?|partners?|stakeholders?|that)\b|"
            r"complain\w*|escalat\w*|objection|discloses?|reklamac\w*|skarg\w*|zastrzezeni\w*|"
            r"keeps (?:missing|failing|being late|getting it wrong)|not good enough|underperform\w*|nie dotrzymuj\w*|spozni\w*|"
            r"(?:radzi\w*|rozwiazuj\w*|reagu\w*|postepuj\w*|postapi\w*) (?:\w+ ){0,3}(?:z |na |w )?(?:klient\w*|konflikt\w*|sytuacj\w*|problem\w*|"
            r"uczni\w*|pacjent\w*|pracownik\w*|reklamacj\w*|zachowani\w*|podwykonaw\w*|dostawc\w*|wykonaw\w*|"
            r"przewoznik\w*|kontrahent\w*|partner\w*|menedzer\w*|kierowni\w*)",
        ),
        (
            "spot",
            r"\b(?:identify|spot|recogni[sz]e|detect|(?<!i )notice|assess|evaluate|know (?:if|when|whether)|tell (?:if|when)|"
            r"monitor|measure|metrics?|kpis?|look at|wskaznik\w*|track|control\b|keep (?:an eye|track)|at risk|kontroluj\w*|pilnuj\w*|identyfik\w*|rozpozn\w*|wykrywa\w*|ocenia\w*|zauwaz\w*|mierz\w*|monitoru\w*)",
        ),
        (
            "improve",
            r"\b(?:optimi[sz]\w*|reduc\w*|cut|lower\w*|improv\w*|increas\w*|speed\w* up|scale|grow|boost\w*|sav\w*|"
            r"optymaliz\w*|obniz\w*|zmniejsz\w*|redukuj\w*|popraw\w*|zwieksz\w*|przyspiesz\w*|skrac\w*|oszczedz\w*|usprawni\w*)",
        ),
        (
            "relate",
            r"\b(?:relationships?|stakeholders?|trust|persuad\w*|convinc\w*|negotiat\w*|communicat\w*|"
            r"relacj\w*|zaufan\w*|przekonu\w*|negocj\w*|komunik\w*|interesariusz\w*)",
        ),
    )
)
# Someone presses for a shortcut ("the manager wants it fixed now, without the lockout").

_PLANNING = re.compile(
    r"\b(?:plan\w*|schedul\w*|organi[sz]\w*|rota|grafik\w*|harmonogram\w*|uloz\w*|zaplanow\w*|planuj\w*|"
    r"coordinat\w*|koordyn\w*|prepare|przygotow\w*|pogodzi\w*|pogodz\w*|combine|balance|juggl\w*|manage (?:your|my|the) (?:time|week|day|workload))"
)


def kind_of_work(question: str) -> str:
    """Which kind of work the question asks about: "organise" for planning, "procedure" for any
    other way of doing things ("how do you store controlled drugs?")."""
    folded = fold(question)
    found = next((kind for kind, pattern in _KINDS if pattern.search(folded)), None)
    if found:
        return found
    return "organise" if _PLANNING.search(folded) else "procedure"
