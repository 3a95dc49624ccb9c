"""Words a question must have (or must not have) for the trained model's guess of its type to stand.

The model reads word and character patterns; on a question unlike its training data it can be
confidently wrong ("What do you know about web accessibility?" is not a "why us" question). A guess
that is not sure needs a word of its kind, and the logistics types (salary, start date, closing,
motivation) always do, because a wrong one of those is the most jarring answer of all.
"""

from __future__ import annotations

import re

# Narrow types the model may only pick when the question says something of their kind.
NEEDS_CUE = {
    "salary": re.compile(
        r"salar|pay|money|compensat|rate|earn|package|\bote\b|wynagrodz|pensj|zarab|stawk|kwot|pieniad|brutto|netto|"
        r"variable|b2b"
    ),
    "availability": re.compile(
        r"start|notice|(?:you|be|are|is) available|availability|available (?:to|from|for)|join|when|kiedy|wypowiedz|dolacz|"
        r"zacz|od kiedy|dostepn|godzin|hours"
    ),
    "closing": re.compile(
        r"questions?\b(?! (?:is|was))|\bask (?:me|us|about)|(?:like|want|wanted|need) to ask|anything to ask|pytan|zapyta"
    ),
    "strengths": re.compile(
        r"strong|strength|best at|good at|excel|stand out|why should (?:we|i) (?:hire|choose|pick)|(?:do|would|will) you bring|"
        r"asset|superpower|mocn|najlepiej|zalet|atut|wyroznia|zatrudnic|wniesie|wniesiesz"
    ),
    "weaknesses": re.compile(
        r"weak|improv|develop|struggl|not (?:so |very |as )?good|work on|better at|criticis|feedback|manager (?:say|would)|"
        r"flaw|slab|popraw|rozwin|rozwija|popracowa|gorzej|trudnos|wad[ay]|krytyk|nad czym"
    ),
    "why_leave": re.compile(
        r"leav|quit|resign|chang|move on|moving|switch|new (?:job|role|position)|why now|looking|odej|odchodz|zmian|rezygn|"
        r"szuka|teraz|rozsta|odszedl|odeszl|zwolni"
    ),
    "incident": re.compile(
        r"incident|outage|\bdown\b|broke|crash|emergenc|on-?call|production|fire|crisis|escalat|awari|incydent|przestoj|"
        r"kryzys|pozar|nagl|alarm"
    ),
    "failure": re.compile(
        r"fail|mistake|wrong|error|lost|lose|regret|didn'?t (?:go|work)|setback|went (?:badly|poorly|south)|"
        r"(?:go|went|going) (?:\w+ )?(?:not )?as planned|blad|bled|porazk|nie udal|pomyl|strac|"
        r"przegra|niepowodzen|zle poszlo|nie wyszlo"
    ),
    "introduction": re.compile(
        r"yourself|(?:your|my|professional|career) background|background (?:in|as)|about you|\bcv\b|resume|career|journey|"
        r"so far|who you are|sobie|doswiadcz|karier|sciezk|kim "
    ),
    "achievement": re.compile(
        r"achiev|proud|success|accomplish|best|biggest|highlight|osiagn|dumn|sukces|najwieksz|najlepsz"
    ),
    "future": re.compile(
        r"future|years|long[- ]term|goal|ambition|plan|see yourself|next|aspir|przyszlos|\blat\b|cel|ambicj|widzi|rozwoj"
    ),
    "leadership": re.compile(
        r"lead|manag|team|mentor|delegat|coach|supervis|report|kierow|zespol|zarzadz|lider|prowadz|podwladn|delegow"
    ),
    "learning": re.compile(
        r"learn|skill|course|develop|keep up|up to date|new|train|read|nauk|naucz|rozw|kurs|umiejetn|szkoleni|nowe|"
        r"na biezaco|certyfik"
    ),
    "collaboration": re.compile(
        r"team|collaborat|work(?:ed|ing)? with|together|cross|stakeholder|colleague|other|wspolprac|zespol|razem|dzial|"
        r"koleg|interesariusz|inn(?:ymi|e) "
    ),
    "work_style": re.compile(
        r"remote|hybrid|office|environment|prefer|style|managed|manager|independen|alone|own|feedback|pace|culture|ideal|"
        r"zdaln|hybryd|biur|srodowisk|styl|samodziel|kultur|idealn|kierowni|lubi"
    ),
    "follow_up": re.compile(
        r"result|outcome|impact|then|next|after|why|how did|what did|more|deeper|detail|differently|again|learn|measure|"
        r"happen|end|role|part|efekt|wynik|rezultat|potem|dalej|dlaczego|czemu|jak to|co bylo|skonczy|wiecej|inaczej|"
        r"naucz|zmierz|rola|udzial|szczegol"
    ),
    "system_design": re.compile(r"design|architect|scale|system|build|zaprojekt|projekt|architekt|skal"),
    "motivation": re.compile(
        r"(?:about|why|join|with|for|at) us\b|\bus\?|our (?:company|team|mission|products?|firm|organi[sz]ation|culture|values|brand|business)|"
        r"compan|role|position|team|here|join|apply|applied|work (?:for|with|at)|\bjob\b|switch|change|move|"
        r"why (?:us|here|this|the|a |our|do you|would you|are you|join|apply|did you)|motivat|attract|draw|interest|excit|"
        r"appeal|nas\b|nasz|firm|stanowisk|rol[ia]|ofert|dlaczego|czemu|motywac|przyciag|"
        r"zaintere|zmian|decyzj|aplik|pomysl"
    ),
    # "How do you ..." alone is no sign of pressure or of a conflict.
    "pressure": re.compile(
        r"pressure|stress|deadline|urgent|priorit|at the same time|at once|overwhelm|busy|juggl|cope|workload|"
        r"too (?:much|many)|several|multiple|competing|overtime|late|rush|crunch|calm|panic|chaos|peak|"
        r"presj|stres|termin|pilne|pilny|natlok|wiele|duzo|jednoczesn|naraz|nadgodzin|po godzinach|spokoj|chaos|szczyt"
    ),
    "conflict": re.compile(
        r"conflict|disagree|argu|difficult|angry|upset|complain|tension|clash|push ?back|friction|rude|"
        r"frustrat|unhappy|dissatisf|not get along|didn'?t get along|opinion|criticis|"
        r"konflikt|spor|nie zgadza|niezgod|odmaw|refus|trudn|zdenerwowan|zly|zla|niezadowolon|reklamac|sprzeciw|klotn|"
        r"krytyk|napiec|odmienn|roznic\w* zdan"
    ),
}

# A model guess this sure stands without a word of its kind; the logistics types never do.
SURE_WITHOUT_CUE = 0.5
_ALWAYS_NEEDS_CUE = frozenset({"salary", "availability", "closing", "motivation", "introduction"})

# "... and would you prefer B2B or a permanent contract?", "B2B czy umowa o pracę?"
CONTRACT_FORM = re.compile(
    r"\bb2b\b.{0,40}\b(?:or|czy|vs)\b|\b(?:or|czy|vs)\b.{0,40}\bb2b\b|contract type|type of contract|"
    r"(?:permanent|fixed-term|employment) contract|forma (?:wspolpracy|zatrudnienia|umowy)|rodzaj umowy|"
    r"umow\w* o prace|umow\w* zlecen|\buop\b"
)
# Words that rule a type out: notice periods of employees are labour law, not "when can you start".
RULED_OUT = {
    "availability": re.compile(
        r"pracownik|menedzer|zwolnieni\w* lekarsk|\bl4\b|employee|staff|kodeks|someone|ktos|labou?r law|prawo pracy|"
        r"candidate|kandydat|new (?:hire|starter|joiner)|\b(?:he|she|they) (?:goes|go|went|is|are) silent|"
        r"where (?:would|do|should|will) (?:you|i|we) (?:start|begin)|start looking|od czego|attack|start(?:ing)? (?:with|from|by)|"
        r"(?:record|data|information|bed|stock) available"
    ),
    # "How do you calculate sick pay when an employee's salary changed?" is payroll, not my pay.
    "salary": re.compile(
        r"^(?!.*(?:\byour (?:salary|pay|expectations?|current|rate|package|earnings)|\byou(?:'d| would)? (?:expect|earn|make|want|looking)|"
        r"(?:pana|pani|twoje|twoja|twoich) (?:oczekiwan|wynagrodzen|zarobk|pensj|stawk)|oczekiwan\w* (?:finansow|placow)|"
        r"(?:pan|pani|ty) (?:teraz |obecnie )?zarabia|(?:pana|pani|cie) interesuj|interesuj\w* (?:pana|pani|cie)|expectations?))"
        r".*\b(?:employee\w*|employer'?s|candidate\w*|client\w*|someone|kandydat\w*|klient\w*|ktos|pracownik\w*|pracodawc\w*|staff|worker\w*|payroll|payslips?|"
        r"skladk\w*|zus|pit|podat\w*|tax(?:es|ed)?|sick pay|holiday pay|overtime|nadgodzin\w*|"
        r"minimum wage|placa minimaln\w*|lista plac|listy plac|potrace\w*|deductions?)\b"
    ),
    # "What would you do if a candidate accepted two offers?" is a situation, never a question about me.
    **dict.fromkeys(
        ("strengths", "weaknesses", "introduction", "motivation", "why_leave", "future"),
        re.compile(
            r"\bwhat (?:would|should) you do (?:if|when)\b|\bhow would you (?:handle|react|respond) (?:if|when)\b|"
            r"\bco (?:by )?(?:pan |pani )?(?:zrobil\w*|zrobi\w*),? (?:gdy|gdyby|jesli|jezeli|kiedy)\b"
        ),
    ),
    # "How would you structure a screen that can be loading or failed?", "the trust relationship failed:
    # what's going on?": a problem to solve now, not a failure of mine to tell.
    "failure": re.compile(
        r"^(?!.*(?:\ba time\b|an example|tell me about|walk me through (?:a|the|your)|(?:you|i) (?:have |'ve )?made|"
        r"your (?:\w+ )?(?:mistake|failure|error)|did you|have you ever|you(?:'ve| have) (?:ever )?(?:failed|got)|"
        r"went wrong|story|przyklad|sytuacj|opowie|pana (?:\w+ )?(?:blad|porazk)|pani (?:\w+ )?(?:blad|porazk)|"
        r"(?:pan|pani) (?:popelnil|podjal)))"
        r".*(?:\bhow (?:would|do|should|will) you (?:structure|design|fix|solve|troubleshoot|diagnose|approach|handle|build|set up)"
        r"|\bwhat (?:would|do|should) you do\b|talk me through what you(?:'d| would)|what'?s going on|how (?:do|would) you fix"
        r"|co (?:by )?(?:pan |pani )?(?:zrobi|robi)|jak (?:by )?(?:pan |pani )?(?:to )?(?:naprawi|rozwiaza))"
        # "push back on someone when you thought they'd got it wrong": their mistake, my disagreement
        r"|\b(?:they|he|she|someone|others)(?:'d| had| have)? (?:got|get|gotten) (?:it|something|that) wrong|push(?:ed|ing)? back on"
    ),
    # "If the trailers can't all leave on time, who decides?": nobody asked why I leave.
    "why_leave": re.compile(
        r"^(?!.*\b(?:you|your|yourself|why|dlaczego|czemu|pan|pani|pana|cie|ci|twoj\w*|reason|powod\w*|move|zmian\w*)\b)"
    ),
    # "How do you cope with stress on a night shift?" asks about pressure, not an incident.
    "incident": re.compile(
        r"^(?!.*(?:awari|incydent|incident|outage|postmortem)).*(?:stres|presj|pressure|cope)"
    ),
    # "On your own or in a team?" asks for a way of working, not for a story of teamwork; "tell us
    # about yourself" after "u nas w zespole wszyscy są na ty" is an introduction.
    "collaboration": re.compile(
        r"samodzieln\w* czy|czy samodzieln|on your own or|alone or|independently or|"
        r"(?:opowiedzial\w*|powiedzial\w*|opowiedz\w*|powiedz\w*) (?:\w+ ){0,2}o sobie|tell (?:me|us) about yourself"
    ),
    # "Co to jest inwersja priorytetów?" is RTOS knowledge, not juggling priorities.
    "pressure": re.compile(r"inwersj\w* priorytet|priority inversion|priority queue|kolejk\w* priorytet"),
    # "A difficult fault you found" is a technical challenge, not a disagreement.
    "conflict": re.compile(
        r"^(?!.*(?:colleague|manager|boss|team|client|customer|doctor|person|people|lekarz|kolleg|szef|klient|osob))"
        r".*(?:\bfaults?\b|breakdown|defect|\bbug\b|usterk|awari)"
    ),
}


def ruled_out(kind: str, text: str) -> bool:
    """A word in the question rules this type out."""
    return kind in RULED_OUT and bool(RULED_OUT[kind].search(text))


def lacks_cue(kind: str, text: str, probability: float) -> bool:
    """The model's guess has a word that rules it out, or is unsure and has no word of its kind in
    the question (the logistics types always need theirs: a wrong salary answer costs most)."""
    if ruled_out(kind, text):
        return True
    needs = kind in _ALWAYS_NEEDS_CUE or probability < SURE_WITHOUT_CUE
    return needs and kind in NEEDS_CUE and not NEEDS_CUE[kind].search(text)
