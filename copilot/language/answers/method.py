"""Answers to "how do you ...?" questions the knowledge base has no topic for.

"How do you optimise transport costs?", "How would you approach reducing app start-up time?",
"Jak budujesz relacje z klientem?": the question names a kind of work (improving a number, spotting
a risk, deciding, building a relationship, handling a problem, organising work). The answer says how
I go about that kind of work in two sentences, then shows it with the CV line closest to the
question, so the candidate has a method and a proof instead of a sentence about how they would
explain it.
"""

from __future__ import annotations

import re

from copilot.language.answers.plan import content_words
from copilot.language.answers.wording import first_clause
from copilot.language.knowledge import same_word
from copilot.language.text import fold, word_set

# Words of a "how do you ..." question that say nothing about its subject.
_GENERIC = word_set("large small good best usually typically approach work team people make sure when what")

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
            "safety",
            r"\b(?:unsafe|without (?:a |the )?(?:harness|lockout|loto|ppe|guard|permit|isolation)|removed early|"
            r"allerg\w*|injur\w*|hurt|near miss|spill\w*|hazard\w*|clips?|collision|fire alarm|wrong (?:dose|drug|patient|medicine)|"
            r"medication error|dosing error|work(?:ing)? live|live (?:circuit|working|work|conductor)|electrocut\w*|"
            r"zl\w* daw(?:k|c)\w*|bled\w* (?:lekow|w podaniu)|pomylk\w* (?:w podaniu|lekow)|pod napieciem|porazeni\w*|"
            r"bez (?:szelek|blokady|loto|zabezpieczen\w*|uprawnien|kasku|srodkow ochrony)|niebezpiecz\w*|wypadek|"
            r"wypadku|uraz\w*|alergi\w*|zagrozeni\w*|bhp\b|potrac\w*)",
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
            r"(?:don'?t|doesn'?t|do not|does not) (?:match|agree|add up|reconcile)|\bmismatch|\bdiscrepanc\w*|"
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
_PRESSED = re.compile(
    r"\b(?:push\w*|pressur\w*|asks? you to|wants? you to|tells? you to|insist\w*|hurry|naciska\w*|prosi|kaze|kazal\w*|"
    r"ponagla\w*|presj\w*|szybko)"
)
_HOW = re.compile(
    r"\b(?:how (?:do|would|should|will|can|could|did) you\b|how you\b|what'?s your (?:approach|process|way)|"
    r"(?:talk|walk|take) me through (?:what|how) you(?:'?d| would)|what would you (?:change|improve|fix|do) first|"
    r"what (?:do|would|should) you do\b|what (?:do|should) (?:we|you|i) (?:need to )?be careful|what (?:\w+ ){0,3}(?:would|do) you (?:check|say|tell|look at|track|measure)|where would you start|"
    r"jak (?!(?:to |sie |by |tam )?(?:wyglad|dlugo|duz|czesto|bardzo|ocenia))|w jaki sposob|co (?:by )?(?:pan |pani )?(?:zrobil\w*|zrobi|robi|robisz)\b|od czego)"
)
# "How would you approach X?" (a noun after it) and "How do you X?" (a verb phrase).
_ECHO = re.compile(
    r"\bhow (?:do|would|should|will|can|could) you (?!think|feel|see|know|rate|describe|define)"
    r"(?:usually |typically |personally |normally )?(?P<approach>approach |go about )?(?P<rest>[^?.!]{4,90})(?=[?.!]|$)",
    re.IGNORECASE,
)


# CV words that show a kind of work, for the example after the method.
_EVIDENCE = {
    "safety_culture": re.compile(r"safe|accident|injur|near miss|incident|riddor|wypad|bezpiecz|bhp|uraz"),
    "accuracy": re.compile(r"accura|error|reconcil|audit|review|dokladn|bled|uzgodn|kontrol"),
    "staff": re.compile(r"absence|attendance|turnover|retention|absencj|rotacj|frekwencj|nieobecn"),
    "aggression": re.compile(r"aggress|de-?escalat|violen|abus|agresj|agresywn|deeskal"),
    "reassure": re.compile(
        r"reassur|anxious|anxiety|confidence|fear|uspokaja|obaw|lek\w* pacjent|pewnosc siebie"
    ),
    "peer": re.compile(
        r"infection|hygien|complian|audit|procedur|protocol|standard|higien|zakazen|procedur|audyt"
    ),
    "reconcile": re.compile(
        r"reconcil|discrepanc|data quality|quality checks?|mismatch|variance|uzgadn|uzgodn|rozbiezn|inwentaryzac|"
        r"stocktak|stock count|audit|audyt"
    ),
}


# "Here's a situation: ...", "Sytuacja: ..." label a scenario put to the candidate, not a story asked for.
_STORY_ASKED = re.compile(
    r"\b(?:a time|an example|a situation(?!\s*:)|(?<!at )once|last time|ever|sytuacj\w*(?!\w|\s*:)|przyklad\w*|"
    r"kiedys|ostatnio)\b"
)


def asks_for_story(question: str) -> bool:
    """ "Tell me about a time ...": one past story is asked for, not a way of working."""
    return bool(_STORY_ASKED.search(fold(question)))


def asks_how(question: str) -> bool:
    """Whether the question asks how someone goes about something (not what it is)."""
    return bool(_HOW.search(fold(question)))


_PLANNING = re.compile(
    r"\b(?:plan\w*|schedul\w*|organi[sz]\w*|rota|grafik\w*|harmonogram\w*|uloz\w*|zaplanow\w*|planuj\w*|"
    r"coordinat\w*|koordyn\w*|prepare|przygotow\w*|pogodzi\w*|pogodz\w*|combine|balance|juggl\w*|manage (?:your|my|the) (?:time|week|day|workload))"
)


# A situation put to the candidate ("what would you do if ...", "jak postąpi Pani, gdy ...").
_HYPOTHETICAL = re.compile(
    r"\b(?:what (?:would|should|do) you do (?:if|when|about)|what if\b|how would you (?:handle|respond|react|deal|approach)|"
    r"how (?:you )?would you (?:plan|organi[sz]e|set up|run|prepare|structure|go about)|how you would\b|"
    r"(?:how|what) you'?d\b|\b(?:a|the|this) scenario\b|scenario:|\bscenariusz|"
    r"suppose|imagine|say (?:a|an|the|that|you)\b|let'?s say|gdyby|jak (?:by )?(?:pan |pani )?(?:sobie )?(?:z tym )?(?:postapi\w*|zareagowal\w*|zachowal\w*|poradzil\w*)|"
    r"co (?:by )?(?:pan |pani )?(?:zrobi\w*|zrobil\w*),? (?:gdy|gdyby|jesli|jezeli|kiedy)|"
    r"\b(?:jak|w jaki sposob|co|od czego) by (?:pan |pani |pan/pani )?(?:to )?\w+(?:l|la|li|ly)\b|\bjakby (?:pan|pani) \w+(?:l|la)\b)"
)


# A situation described, then "what do you do?" ("A guest arrives at 11pm and there's nothing left.
# What do you do?", "Uczeń ściąga na sprawdzianie. Co Pan robi?").
_SITUATION = re.compile(
    r"[.!]\s+(?:\w+\s+){0,3}(?:what do you do|what(?:'s| is) your (?:next )?(?:move|process|first step)|how do you (?:handle|respond|deal)|"
    r"co (?:pan |pani )?(?:robi|robisz|zrobi|zrobisz)|jak (?:pan |pani )?(?:reaguje|postepuje|to (?:laczy|rozwiaze)))",
    re.IGNORECASE,
)
# "How do you feel about working weekends?", "Jak Pan się zapatruje na pracę w systemie trzyzmianowym?"
_WILLING = re.compile(
    r"\b(?:how do you feel about|are you (?:ok|okay|comfortable|happy|fine) (?:with|working)|would you be (?:ok|okay|comfortable|happy|willing)|"
    r"(?:jak )?(?:pan |pani )?(?:sie )?zapatruje|czy (?:pan |pani )?(?:jest gotow\w*|moze pracowac|odpowiada (?:panu|pani)))"
)


def is_hypothetical(question: str) -> bool:
    return bool(_HYPOTHETICAL.search(fold(question)))


def is_situation(question: str) -> bool:
    """A situation described, then "what do you do?": what I would do, not a story."""
    return bool(_SITUATION.search(question))


def kind_of_work(question: str) -> str:
    """Which kind of work the question asks about: "organise" for planning, "procedure" for any
    other way of doing things ("how do you store controlled drugs?")."""
    folded = fold(question)
    found = next((kind for kind, pattern in _KINDS if pattern.search(folded)), None)
    if found:
        return found
    return "organise" if _PLANNING.search(folded) else "procedure"


def _echo(question: str) -> tuple[str, str]:
    """The question's own words turned to the speaker ("reduce my app's start-up time") and whether
    they name a thing ("approach") or an action ("do")."""
    match = _ECHO.search(question)
    if not match:
        return "", ""
    rest = match.group("rest").strip(" ,")
    words = rest.split()
    if (
        len(words) < 3
        or fold(words[-1]) in ("that", "this", "it", "them")
        or len(words) > 14
        or re.search(r"\b(?:and|or) (?:how|what|why|when)\b", rest, re.I)
    ):
        return "", ""
    rest = _to_speaker(words)
    return rest, "approach" if match.group("approach") else "do"


_CONDITION = re.compile(
    r"(?:what (?:would|should|do) you do|how would you (?:handle|react|respond)(?: to it)?)\s+(?:if|when)\s+(?P<a>[^?]{6,110})\?|"
    r"(?:^|[.!?]\s+)(?:so,? |and |okay,? )?(?:if|say|imagine|suppose)\s+(?P<b>[^,?]{6,110}),\s*(?:what|how)\b",
    re.IGNORECASE,
)
_SWAP = {"you": "I", "your": "my", "yours": "mine", "you're": "I'm", "you've": "I've", "yourself": "myself"}


def _condition(question: str) -> str:
    """The situation a hypothetical question sets, turned to the speaker ("your manager asks you to
    ..." → "my manager asks me to ..."); "" when it is long or has a second question in it."""
    match = _CONDITION.search(question)
    if not match:
        return ""
    words = (match.group("a") or match.group("b")).strip(" ,").split()
    if len(words) > 18 or re.search(r"\b(?:and|or) (?:how|what|why)\b", " ".join(words), re.I):
        return ""
    return _to_speaker(words)


def _to_speaker(words: list[str]) -> str:
    """ "your manager asks you to" → "my manager asks me to": "you" is "I" only as a clause's subject."""
    swapped = []
    for index, word in enumerate(words):
        bare = word.lower().strip(",")
        if bare == "you":
            subject = index == 0 or words[index - 1].lower() in ("if", "when", "and", "but", "that", "where")
            swapped.append("I" if subject else "me")
        else:
            swapped.append(_SWAP.get(bare, word))
    return " ".join(swapped)


def _alike(word: str, other: str) -> bool:
    """Same word or one the start of the other ("startup" and "start", "costs" and "cost")."""
    shorter, longer = sorted((word, other), key=len)
    return len(shorter) >= 4 and longer.startswith(shorter)


# A question about doing something by the book: the procedure paragraph fits it.
_PROCEDURE_WORDS = re.compile(
    r"procedur|protocol|policy|polic|checklist|record|document|standard|complian|regulat|"
    r"audit|safe|hygien|store|storage|label|dispens|administer|handover|sign[- ]off|proces|krok|dokument|zapis|"
    r"przepis|norm|kontrol|bezpiecz|przechow|rejestr"
)


# Situations whose example must show the same thing, or none: a guessed line would say nothing.
_NO_GUESSED_EXAMPLE = frozenset(
    {
        "ethics",
        "privacy",
        "scenario",
        "refusal",
        "query",
        "staff",
        "peer",
        "aggression",
        "reassure",
        "reconcile",
    }
)

# Situations only a line about the same thing can show ("de-escalated ..."), never one sharing a word.
_SHOWN_ONLY_BY_EVIDENCE = frozenset({"peer", "aggression", "reassure", "reconcile"})


class Method:
    """A way of working for the kind of work asked about, and the CV line that shows it."""

    def _likely_example(self):
        """Failing shared words, the line the question's type ranks clearly first, if any."""
        ranked = [
            r
            for r in self.plan.facts
            if r.fits and r.fact.kind not in ("summary", "education", "certificate")
        ]
        return ranked[0].fact if ranked and ranked[0].score > 3.0 else None

    def _closest_fact(self):
        """The work line sharing most of the question's words (counting "startup" as "start"); two
        shared words at least, so an example is about the same thing, not only the same field."""
        question_words = {w for w in content_words(self.plan.question) if len(w) > 3 and w not in _GENERIC}
        best, best_shared = None, 1
        for ranked in self.plan.facts:
            if ranked.fact.kind in ("education", "certificate", "summary"):
                continue
            fact_words = content_words(ranked.fact.text)
            shared = sum(
                1 for w in question_words if any(_alike(w, f) or same_word(w, f) for f in fact_words)
            )
            if shared > best_shared:
                best, best_shared = ranked.fact, shared
        return best

    def _evidence_for(self, kind: str):
        """A CV line that shows this kind of work ("cut accidents by 40%" for keeping people safe)."""
        pattern = _EVIDENCE.get(kind)
        if pattern is None:
            return None
        return next(
            (
                ranked.fact
                for ranked in self.plan.facts
                if ranked.fact.kind not in ("education", "certificate", "summary")
                and pattern.search(fold(ranked.fact.text))
            ),
            None,
        )

    def method(self) -> None:
        kind = kind_of_work(self.plan.question)
        if kind == "procedure" and _WILLING.search(fold(self.plan.question)):
            # "How do you feel about weekend shifts?": a plain yes, said as such.
            self.draft.add(0, self.say("other_yes"))
            self.draft.add(1, self.say("willing_how"))
            self.draft.point(first_clause(self.say("other_yes"), 8))
            return
        if kind == "procedure" and (
            is_hypothetical(self.plan.question) or _SITUATION.search(self.plan.question)
        ):
            kind = "scenario"  # "what would you do if a patient kept asking for codeine?"
        if kind == "procedure" and not _PROCEDURE_WORDS.search(fold(self.plan.question)):
            kind = "general"  # no rule book in the question: the CV's example carries the answer
        if kind == "safety" and _PRESSED.search(fold(self.plan.question)):
            kind = "safety_pressed"  # asked to skip a safety step: the answer is a polite no
        steps = self.say(f"method_{kind}")
        first, _, second = steps.partition(" | ")
        echo, form = _echo(self.plan.question) if self.language == "en" else ("", "")
        condition = _condition(self.plan.question) if self.language == "en" and not echo else ""
        if condition and first.startswith(("First I'd", "I'd")):
            # "If a client disputes an invoice, first I'd ...": the answer names the situation it answers
            first = f"If {condition}, " + (first if first.startswith("I'") else first[:1].lower() + first[1:])
        if echo:
            opener = "When it comes to " + echo if form == "approach" else "To " + echo
            if not first.startswith(("I ", "I'")):
                first = first[:1].lower() + first[1:]
            first = f"{opener}, {first}"
        self.draft.add(0, first)
        self.draft.point(first_clause(steps.partition(" | ")[0], 10))
        example = self._evidence_for(kind)
        if example is None and kind not in _SHOWN_ONLY_BY_EVIDENCE:
            example = self._relevant_fact() or self._closest_fact()
        if example is None and kind not in _NO_GUESSED_EXAMPLE:
            example = self._likely_example()
        if kind != "general" or example is None:
            self.draft.add(2, second)  # with an example, it says more than a second general sentence
            if second:
                self.draft.point(first_clause(second, 10))
        if example is not None:
            self.draft.add(
                1, self.say(self.example_key(example), sentence=self.sentence(example, embedded=True))
            )
            self.point_for(example)
