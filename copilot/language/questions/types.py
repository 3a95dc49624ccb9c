"""What kind of interview question this is, in English and Polish: the type decides how it is answered.

Patterns run on folded text (lowercase, no diacritics) in order, the more specific types first, so
"tell me about a time you disagreed with your manager" is ``conflict`` and not ``behavioural``.
Two-part questions ("why us, and why are you leaving?") are split and typed part by part.
``bench/answers.py`` measures the accuracy on a labelled set.
"""

from __future__ import annotations

import re

from copilot.language.questions.cues import lacks_cue, ruled_out
from copilot.language.questions.type_model import model
from copilot.language.text import fold, without_fillers

MODEL_THRESHOLD = 0.25
BROAD_OVERRIDE = 0.4
_BROAD = frozenset({"behavioural", "technical"})

QUESTION_TYPES = (
    "introduction",
    "motivation",
    "why_leave",
    "strengths",
    "weaknesses",
    "achievement",
    "failure",
    "conflict",
    "leadership",
    "collaboration",
    "pressure",
    "challenge",
    "learning",
    "incident",
    "experience",
    "technical",
    "system_design",
    "salary",
    "availability",
    "future",
    "work_style",
    "closing",
    "follow_up",
    "behavioural",
    "curveball",
    "objection",
    "other",
)
# Stories told from one CV fact, in the STAR shape.
STORY_TYPES = frozenset(
    {
        "achievement",
        "failure",
        "conflict",
        "leadership",
        "collaboration",
        "pressure",
        "challenge",
        "learning",
        "incident",
        "behavioural",
    }
)

_YOU = r"(?:you|your|yourself)"
_PL_YOU = r"(?:ty|ci|cie|ciebie|tobie|twoj\w*|pan\w*|pani|panstw\w*|bys)"

_PATTERNS: tuple[tuple[str, str], ...] = (
    (
        "objection",
        r"why should (?:we|i) (?:believe|trust|think|be convinced)|what makes you (?:think|believe|sure) (?:that )?you(?:'d| would| can| could)"
        r"|you(?:'re| are) (?:over-?qualified|under-?qualified)|(?:isn'?t|is) (?:this|that|it) (?:a )?step (?:back|down)"
        r"|you (?:have|'ve) (?:never|only|no) .{3,60}(?:why|how) (?:should|would|can|could) (?:we|you|i)"
        r"|you ?(?:haven'?t|have not|don'?t have|lack|have little|have no|'ve never|'ve only) .{3,70}(?:how|why|what makes) (?:do|would|will|can|should|could|you)"
        r"|nie (?:pracowal\w*|mial\w*|ma) (?:pan\w* |pani |pan )?(?:jeszcze )?.{3,60}(?:jak|dlaczego|czemu|skad)"
        r"|you don'?t have (?:any )?.{3,40}(?:experience|background)\b.{0,40}\?"
        r"|dlaczego mamy (?:panu |pani |ci )?(?:uwierzyc|zaufac)|skad (?:pewnosc|przekonanie),? ze (?:pan|pani|ty|sobie)"
        r"|nie ma (?:pan|pani|pan\w*|pani\w*) doswiadczenia .{0,40}(?:dlaczego|czemu|jak)|nie masz doswiadczenia .{0,40}(?:dlaczego|czemu|jak)",
    ),
    (
        "curveball",
        r"\bsell me (?:this|that|a|an|the|my|your) \w+|sprzedaj (?:mi|nam) (?:ten|ta|to|te)\b|sprzeda(?:c|ć) (?:mi |nam )?(?:ten|te|to)\b"
        r"|desert island|bezludn\w* wysp|nothing to do with work|niezwiazan\w* z praca"
        r"|if (?:i|we) (?:gave|give|offered) you|gdyby(?:s)? (?:pan |pani )?dostal\w* (?:dodatkow|ekstra)"
        r"|\bif you (?:were|could be) an? (?:\w+ )?(?:animal|appliance|colou?r|fruit|car|tool|superhero|vegetable|kitchen|book|song|movie|film|object|food|drink|city|country|biscuit)"
        r"|what (?:kind of |type of )?(?:animal|kitchen appliance|appliance|colou?r|fruit|car|superhero|vegetable|biscuit) would you be"
        r"|how many (?:\w+ ){1,4}(?:fit|would fit|could fit|are there|are sold|does it take)|describe yourself in (?:one|three|3|a few) words"
        r"|why (?:are|is) (?:a |the )?manhole|gdyby(?:s|scie)? (?:pan |pani )?(?:byl|byla)\w* (?:zwierz|kolor|sprzet|samochod|owoc|narzedzi|urzadzeni)"
        r"|jakim (?:zwierzeciem|kolorem|sprzetem|samochodem|owocem|narzedziem) (?:by )?(?:pan |pani )?(?:byl|bylby|bylaby|bys)"
        r"|if you (?:could|had(?! to)|were given) (?![\w ,'-]*(?:yourself|proud))[\w ,'-]{3,80}?(?:(?:what|which|where|who|how) would you|(?:which|what) (?:one )?would it be)"
        r"|if you had (?:an? )?(?:unlimited|magic)|if you (?:weren'?t|were not) an?\b|what (?:do|did) you do (?:outside|in your free time|for fun)"
        r"|outside (?:of )?work|free time|\bhobb(?:y|ies)\b|last book|book you(?:'ve)? (?:read|recommend)|reading (?:at the moment|lately|right now)"
        r"|last meal|(?:co|czym) (?:pan |pani )?(?:robi|zajmuje sie)\w* (?:w wolnym czasie|po pracy|poza praca)"
        r"|jak (?:pan |pani )?nie (?:pracuje|naprawia|jest w pracy)|ostatnio czytal\w*|ostatni\w* ksiazk|ulubion\w* ksiazk"
        r"|gdyby (?:pan|pani|ty|pan\w*)? ?(?:mogl\w*|mial\w*|dostal\w*) (?!.*(?:w sobie|u siebie|wskazac|wymienic))"
        r".{3,80}co by"
        r"|ile (?:\w+ ){1,4}(?:zmiesci|miesci) sie|opisz (?:sie|siebie) (?:w )?(?:trzech|trzema|jednym) slow|(?:trzema|trzech) slowami",
    ),
    (
        "technical",
        r"what do you know about (?!us\b|our\b|the company|the role|this role|what we|nas\b)|co (?:pan |pani )?wie(?:sz)? o (?!nas\b|naszej|firmie)|"
        r"where would you (?:even )?start|what would you do first (?:if|when|to)|od czego (?:by )?(?:pan |pani )?(?:bys )?zacz",
    ),
    (
        "closing",
        r"(?:what|any) (?:(?:would you like|do you want)(?= to (?:ask|know))|questions? do you have)|over to you|before we wrap up,? any|anything (?:else )?you(?:'d| would) like to (?:ask|know)|oddaj\w* (?:ci|panu|pani) glos|o co (?:chcial\w*|chcesz) (?:pan |pani )?(?:zapytac|dopytac)|"
        r"\b(?:do|would) you have (?:any )?(?:other |more |further )?questions|any (?:other |more |further )?questions"
        r"(?: for| to| on)? (?:us|me|the team)|(?:is there )?anything (?:you(?:'d| would) like to|else you want to) ask"
        r"|what (?:would|do) you (?:like|want) to (?:ask|know) (?:about|from) us"
        r"|\bmas?z? (?:pan |pani )?(?:do nas |do mnie )?(?:jakies )?pytani|jakies pytania|pytania do (?:nas|mnie)"
        r"|czy (?:chcial\w* (?:pan|pani|bys) )?(?:o cos )?(?:zapytac|dopytac)|co (?:chcial\w* )?(?:pan |pani )?(?:chcesz )?"
        r"(?:wiedziec|zapytac) o (?:nas|firm|zespol)",
    ),
    ("technical", r"write an? (?:sql )?query|sql query|zapytani\w* sql|\bquery\b.{0,40}salary"),
    (
        "salary",
        r"compensation|\bote\b|commission(?!ing)|what (?:kind of )?number (?:are|would|do) you|what (?:are you|you're) on|ile (?:zarabiasz|zarabia pan|zarabia pani|musialaby|musialby)|ile (?:by|bys) (?:pan |pani )?(?:chcial|chciala|oczekiwal)|"
        r"salar|compensation|\bpay(?:ment)? expect|expected (?:pay|rate|package)|(?:daily|hourly|day|your) rate\b"
        r"|how much (?:do|would|are) you (?:expect|want|earn|make|looking)|what (?:are|is) you looking for (?:in terms of|money)"
        r"|\bmoney\b(?! (?:amounts?|values?|fields?|columns?|types?|in (?:postgres|python|a database|sql|java|code)|moves?|movement))|\bpackage\b.*expect|expect.*\bpackage\b|wynagrodz|zarob|widelk|ile (?:chce|chcial|oczekuj)"
        r"|(?:twoj|pana|pani|jak\w*|oczekiwan\w*|godzinow\w*|dzienn\w*) stawk|stawk\w* (?:godzinow|dzienn|b2b|netto|brutto)"
        r"|oczekiwania finansow|finansow\w* oczekiw|\bkwot|na jakie pieniadze|ile bys chcial"
        r"|base (?:and|vs\.?|versus|to) variable|(?:base|fixed) (?:salary )?(?:split|ratio)|\bb2b czy (?:etat|uop|umow)"
        r"|where (?:in (?:that|the|this|our) (?:range|band|bracket)|would you (?:position|put|place|see) yourself)"
        r"|\bb2b or (?:a |an )?(?:permanent|employment|uop|full-time)|(?:permanent|employment) contract or b2b"
        r"|(?:gdzie|w ktorym miejscu) (?:by )?(?:sie )?(?:pan |pani )?(?:w nich |w tych widelkach )?(?:umiescil|widzial|plasowal)"
        r"|\b(?:band|range|package|base)\b.{0,160}(?:what (?:are|would) you (?:be )?looking for|where would you (?:\w+ ){0,3}land)"
        r"|where would you (?:\w+ ){0,3}land in (?:that|the|this|it)|oczekiwan\w*,? (?:\w+ ){0,3}podstaw"
        r"|\b(?:band|range|package|base)\b.{0,160}where (?:would|do) you (?:need|want|expect|hope) to (?:be|land|sit)"
        r"|finansow\w*\W+(?:\w+\W+){0,6}oczekiwan|jakie (?:(?:ma|sa) )?(?:pan |pana |pani |twoje )?oczekiwania(?! (?:wobec|co do|od|w stosunku|dotyczac))",
    ),
    (
        "availability",
        r"(?:free|able|ready) to start|najwczesniej|how many hours|ile godzin|join (?:us|the team) (?:by|from|on)|"
        r"notice period|when (?:can|could|would) you (?:start|join|begin)|available to start|\bavailab|start date"
        r"|how soon (?:can|could) you|earliest (?:you|date)|okres\w* wypowiedz|wypowiedzeni"
        r"|kiedy (?:moze|mogl\w*|mozesz|moglbys|moglabys|bylby|bylaby|bedzie) (?:pan |pani )?(?:\w+ )?(?:zaczac|rozpoczac|dolaczyc)"
        r"|od kiedy|dostepn|jak szybko (?:moze|mozesz|moglbys|moglabys)",
    ),
    (
        "follow_up",
        r"what would you (?:do|have done|change) differently|co (?:by )?(?:pan |pani )?(?:dzis |dzisiaj |teraz )?"
        r"(?:zrobil\w*|zmienil\w*) inaczej|^(?:a |i |and |so )?(?:dlaczego|czemu|why)\??$|^(?:and |so )?did it (?:actually )?work(?: in the end| out)?|^(?:i |a )?jak (?:to )?sie (?:to )?skonczyl|^skad wiedzial\w*|^and if you had to do it again|^ile lat\??$|^dlaczego wybral\w* (?:pan |pani )?akurat|^(?:a |i )?co (?:bylo|sie dzialo) (?:potem|dalej)|"
        r"^(?:and |so |ok(?:ay)? |right |a |i |no |dobrze |dobra |ok )?(?:looking back,? |in hindsight,? |with hindsight,? |z perspektywy czasu,? )?(?:what was the (?:result|outcome|impact|effect|end result)"
        r"|what happened (?:next|then|after(?:wards)?|in the end)|how did (?:it|that|this) (?:go|end|turn out|work out)"
        r"|(?:can|could) you (?:go deeper|elaborate|expand|say more|tell me more|dig deeper|give (?:me )?more detail)"
        r"|tell me more(?: about (?:that|this|it))?|go deeper|say more about (?:that|this)|more (?:detail|details) (?:on|about) (?:that|this)"
        r"|why did you (?:choose|pick|decide|go with|take) (?:that|this|it)|what would you do differently"
        r"|what did you learn from (?:it|that|this)|how did you measure (?:it|that|this|success)|what was your (?:role|part) (?:in|there)"
        r"|and then\??$|and why\??$|why not\??$|why (?:that|this) (?:approach|one|solution|choice|decision|tool|way)\b"
        r"|jaki by(?:l|lo) (?:efekt|rezultat|wynik|skutek)|jakie by(?:ly|l) (?:efekty|rezultaty|wyniki)|co by(?:lo|l) dalej"
        r"|co (?:sie )?(?:stalo )?potem|(?:czym|jak) sie (?:to )?skonczyl|a co potem|i co dalej|a dlaczego\??$|dlaczego (?:tak|akurat to)\??$"
        r"|(?:mozesz|moze pan|moze pani|mozna) (?:to )?(?:rozwinac|powiedziec (?:cos )?wiecej|opowiedziec wiecej)"
        r"|(?:opowiedz|powiedz) (?:mi |nam )?(?:cos |troche )?wiecej|rozwin(?:ac)? (?:to|ten watek|ten temat)|wiecej szczegol"
        r"|co (?:bys|by pan|by pani) zrobil\w* inaczej|czego (?:sie )?(?:pan |pani )?(?:z tego )?nauczyl\w*(?: z tego)?$"
        r"|co (?:pan |pani )?(?:z tego |z tej sytuacji )?(?:pan |pani )?wyni(?:osl|esl)\w*|what did you take (?:away )?from (?:it|that|this)"
        r"|jak (?:pan |pani )?(?:to )?(?:z)?mierzyl\w*|skad (?:pan |pani )?(?:to )?wie\w*|how (?:do|did) you know (?:it|that) (?:had )?worked|jaka byla (?:twoja|pana|pani) rola"
        r"|how did (?:he|she|they|your (?:manager|boss|team|colleague|client)) (?:react|respond|take it)"
        r"|how were things (?:between you|with (?:him|her|them)) (?:after|afterwards)|how did you get on (?:with (?:him|her|them) )?afterwards"
        r"|jak (?:(?:pan|pani|on|ona|oni|przelozon\w*|szef\w*|zespol|klient) )?(?:to )?(?:zareagowal\w*|przyjal\w*)"
        r"|jak sie (?:potem|pozniej|dalej) (?:ukladala|ukladaly|ulozyla) (?:wspolpraca|relacj\w*))",
    ),
    (
        "why_leave",
        r"(?:pulling|taking|driving) you away|what'?s behind the move|why (?:you're|you are) leaving|reason (?:you|why you) (?:want to|would) (?:leave|change|move)|why (?:did you decide to|have you decided to) leave|(?:main )?reason .{0,20}(?:change|leave|move) (?:jobs?|roles?|companies)|rozstac|rozglada|rozgladasz|checi? zmiany|chec zmiany|rezygnuj|szukania (?:nowej )?pracy|sklonil\w* do (?:szukania|zmiany|odejscia)|"
        r"why (?:are|were) you (?:leaving|looking|thinking (?:about|of) (?:leaving|moving|changing))"
        r"|why (?:do|did|would) you (?:want to )?(?:leave|quit|move on|change (?:jobs|job|companies|roles))"
        r"|why (?:leave|change|move)(?: now)?\b|why now\b|why (?:are|were) you (?:open to|considering) (?:a )?(?:new|change)"
        r"|reason (?:for|why) (?:leaving|changing|you(?:'re| are)? leaving)|what(?:'s| is| made) you (?:to )?(?:leave|look(?:ing)?) "
        r"|why did you leave|why are you on the market|looking for a (?:new )?(?:change|job|role) (?:now|right now)"
        r"|dlaczego (?:chce(?:sz)?|chcial\w*|zamierza\w*|mysli\w*) (?:pan |pani )?(?:teraz |juz |obecnie |w ogole )?(?:o )?(?:odejsc|zmieni|odejsciu|zmianie)"
        r"|dlaczego (?:pan |pani )?(?:odchodz|odszedl|odeszla|zmienia|szuka)|czemu (?:odchodz|zmienia|chcesz odejsc|szuka)"
        r"|dlaczego (?:akurat )?teraz|powod\w* (?:odejscia|zmiany)|co sklania (?:pana |pania |cie )?do (?:zmiany|odejscia)"
        r"|dlaczego (?:szukasz|szuka pan|szuka pani) (?:nowej )?pracy",
    ),
    (
        "weaknesses",
        r"still developing|struggle (?:with )?most|development (?:area|need|point)s?|areas? (?:for|of) development|"
        r"obszar\w* do (?:rozwoju|poprawy)|what (?:would|do) your (?:direct reports|reports|team|manager|colleagues) say you (?:should|could) (?:do|improve|change)|najtrudniejsze (?:dla (?:ciebie|pana|pani) )?w pracy|zmienic w sobie|w sobie zmienic|krytyczny feedback .{0,20}(?:najczesciej|dostajesz)|"
        r"weakness|weak (?:point|side|spot)|weakest (?:part|area|point|side|skill|spot)|najslabsz\w*|areas? (?:for|of) (?:improvement|development|growth)|(?:need|want) to improve"
        r"|(?:what|something) (?:would|might|could) your (?:\w+ )?(?:manager|boss|colleagues?|team|supervisor) (?:say (?:you|that you) (?:need|should|could|must|have to)|criticis|criticiz)"
        r"|(?:need|needs) to (?:work on|get better|develop)|like to (?:improve|get better at|work on)"
        r"|(?:not|least) (?:so )?good at|biggest (?:area|gap)|what do you struggle with|critical feedback (?:you|about)"
        r"|slab(?:a|e|ych|ymi|osc|osci|a strone|e strony) |slabos|nad czym (?:musisz|musi pan|musi pani|powinien|powinna|pracujesz|chcesz popracowac)"
        r"|co (?:chcial\w* |chcesz |musisz |powinien\w* )?(?:pan |pani )?(?:u siebie )?poprawi|w czym (?:jestes|jest pan|jest pani) (?:slab|gorsz)"
        r"|czego (?:ci|panu|pani) brakuje|obszar\w* do (?:rozwoju|poprawy)",
    ),
    (
        "strengths",
        r"how would (?:your )?(?:\w+ )?(?:colleagues|manager|friends|team|boss|others|people|reports|peers|coworkers|co-workers) describe you|"
        r"jak (?:by )?(?:pana|pania|cie) (?:\w+ )?opisal\w*|jak opisal\w* by (?:pana|pania|cie)|jak (?:\w+ )?opisaliby (?:pana|pania|cie)|why you\??$|(?:stand|sets you) (?:out|apart)|wyroznia|rozni (?:sie )?(?:pan|pani|pan sie|pani sie) od|czym (?:sie )?(?:pan|pani|ty) (?:sie )?rozni|co (?:takiego )?wniesiesz|w czym (?:jestes|jest pan|jest pani) (?:naprawde )?dobr|strengths? and weakness|mocne i slabe|"
        r"strength|strong (?:point|side|suit)|what are you (?:really |particularly |best )?good at|best at\b"
        r"|what would (?:your )?(?:\w+ )?(?:manager|boss|colleagues|team|supervisor|references?|referees?) (?:say|tell (?:me|us)) about you"
        r"|if i (?:called|rang|asked|phoned|spoke to) your (?:\w+ )?(?:manager|boss|supervisor|referee)"
        r"|co (?:by )?(?:o (?:panu|pani|tobie) )?powiedzial\w*(?: by)?(?: o (?:panu|pani|tobie))? (?:\w+ )?(?:\w+ )?(?:kierownik|przelozon|szef|wspolpracownic)"
        r"|gdyby?m (?:zadzwonil|zapytal)\w* (?:do )?(?:pana|pani|twojego|twojej) (?:\w+ )?(?:kierownik|przelozon|szef)"
        r"|why should we (?:hire|choose|pick)|what makes you (?:a good|the right|stand out|unique|different|a strong)"
        r"|what (?:would|do) you bring|what can you bring|superpower|(?:a )?good fit for (?:this|the) (?:role|job|position)"
        r"|what sets you apart|mocn(?:e|a|ych|ymi) stron|najmocniejsz\w* stron|atut|w czym (?:jestes|jest pan|jest pani) (?:naj)?(?:dobr|lepsz|mocn)"
        r"|dlaczego (?:mielibysmy|powinnismy) (?:pana |pania |cie |ciebie )?(?:zatrudnic|wybrac)|co (?:pan |pani )?(?:mozesz |moze )?wniesc"
        r"|co (?:cie|pana|pania) wyroznia|czym (?:sie )?(?:pan |pani )?wyroznia|dlaczego (?:pan|pani|ty) (?:a nie)",
    ),
    (
        "incident",
        r"on[- ]call|(?:database|db|server|site|service|api|system)s? (?:falls? over|goes down|went down|crash|failed)|alert\w* (?:w nocy|at night)|lezy baza|baza (?:lezy|padla)|hit production|(?:critical|major) bug|supplier failed|awaria|"
        r"incident|outage|(?:production|prod|system|site) (?:was |went )?down|downtime|on-?call|postmortem|post-mortem"
        r"|(?:something|things) (?:broke|went down) in production|critical (?:bug|issue|failure) in production|emergency(?! light)|crisis"
        r"|awari|incydent|przestoj|pogorszeni\w* stanu|szybko zareagow|na produkcji (?:cos )?(?:sie )?(?:posypal|wywalil|padl|zepsul)|dyzur\w* (?:on-?call|pod telefonem)|kryzys|sytuacj\w* kryzysow|nagl\w* sytuacj",
    ),
    (
        "failure",
        r"didn'?t pay off|flopped|got (?:something|it) wrong|do (?:completely )?differently if|nie po (?:twojej|pana|pani|mojej) mysli|wpadk|wpadc|nie przyniosl\w* (?:oczekiwanych )?(?:wynikow|efektow)|nie wyszedl|nie wyszla|"
        r"\bfail(?:ed|ure|ures|ing|s)?\b|mistake|(?:error|errors) you made|went wrong|went (?:badly|poorly|south)|didn'?t go (?:as planned|well|according)|did not go (?:as planned|well)"
        r"|regret|setback|screw(?:ed)? up|messed up|wrong decision|bad decision|missed (?:a )?deadline|not (?:go|work) out"
        r"|something (?:you|that) (?:got wrong|would do differently)|porazk|porazc|porazek|\bblad|\bbled|pomylk|pomylil"
        r"|(?:a time|when) you lost (?:a |an |the |your )?(?:\w+ )?(?:client|customer|account|deal|contract|tender|bid|case)"
        r"|stracil\w* (?:klienta|kontrakt|przetarg|zlecenie)"
        r"|niepowodzen|nie udal|nie wyszl|nie poszl\w* (?:zgodnie|tak|dobrze)|zla decyzj|zawalil|nie dotrzyma",
    ),
    (
        "conflict",
        r"insists|keeps (?:blocking|ignoring|rejecting)|thinks? it'?s not ready|you think it'?s not|dogadujesz|krytykuje|nie zgadzasz|upiera|process you didn'?t agree|"
        r"conflict|disagree|disagreement|run-?in|fell out|falling out|clash(?:ed)? with|difficult (?:colleague|coworker|co-worker|person|people|manager|boss|client|customer"
        r"|stakeholder|patient|parent|team ?mate|conversation|relationship)|push(?:ed)? back|pushback|(?:didn't|did not|don't) agree"
        r"|argument with|tension|clash|(?:convince|persuade)d? (?:someone|your|a|the|them|him|her)|difficult personalit"
        r"|konflik|nie zgadza|nie zgodzil|niezgod|\bspor(?:u|ze|em|y|ow|ach)?\b|sprzeczk|sprzeciw|\btrudn\w* (?:wspolpracown|klient|osob|szef|przelozon|pacjent"
        r"|rodzic|rozmow|relacj|interesariusz|kolez|czlonk)|przekona\w* (?:kogos|szefa|zespol|przelozon|klienta|innych)|roznic\w* zdan",
    ),
    (
        "leadership",
        r"keep (?:\w+ ){0,3}motivated|motivat\w* (?:your |the |a |young |new |junior )?(?:people|staff|team|others|chefs|engineers|"
        r"employees|colleagues|reports|workers|pupils|students)|motywow\w* (?:zespol|ludzi|pracownik|mlodych)|"
        r"how many people (?:have you|did you)|people have you managed|underperform|new starters|preceptor|grow\w* (?:the|a) (?:\w+ )?(?:function|team) from|ilu osob\w* (?:zarzadzal|kierowal)|wdrazal\w* nowe osoby|motywuje\w* (?:pan |pani )?zespol|wspiera\w* (?:nowych|mlodszych|poczatkujacych)|nauczycieli, ktorzy dopiero|"
        r"\blead(?:ing)? (?:a|the|your)? ?(?:team|project|initiative|change)|\bled (?:a|the)|leadership|managed (?:a|the) team"
        r"|manag(?:e|ing|ed) (?:a |the |your )?(?:team|people|engineers|developers|direct reports)|mentor|coach|took (?:the )?ownership|take ownership|took the lead"
        r"|took initiative|influence (?:without|people|others|a decision)|without (?:formal )?authority|motivate (?:your|a|the) team"
        r"|delegat|onboard(?:ed|ing)? (?:new|junior)|develop(?:ed|ing)? (?:your|other) people|grow(?:ing)? (?:your|the) team"
        r"|przywodz|przywodc|lider|kierowa|zarzadz\w* (?:zespol|ludzmi)|prowadzil\w* (?:zespol|projekt|inicjatyw)|mentor|coach"
        r"|wzi\w* (?:na siebie )?odpowiedzialnosc|delegow|motywow\w* zesp|wplyw\w* na (?:decyzj|inn)|bez formalnej",
    ),
    (
        "collaboration",
        r"(?:present|explain|communicate)\w* (?:data|results|findings|technical).{0,40}(?:leaders|management|non|executives|board|zarzad)|sit between|zgrac kilka zespolow|przekazuje\w* wyniki|wyniki analiz zarzad|"
        r"collaborat|cross-?functional|cross-?team|other teams|another team|different teams|work(?:ed|ing)? (?:closely )?with"
        r" (?:product|design|designers|marketing|sales|business|stakeholders|non-?\w+|other|engineers|engineering|developers|data"
        r"|clients|customers|legal|compliance|finance|operations|ops|support|qa|it|doctors|parents|teachers)"
        r"|multi-?disciplinary|interdisciplinary|\bmdt\b|zespol\w* interdyscyplinarn"
        r"|non-?technical (?:people|stakeholders|audience|colleagues)|teamwork|team ?player|work(?:ed|ing)? (?:in|as part of|within) a team|as a team"
        r"|communicat\w* (?:with|to) (?:non|stakeholders|business|clients|the team)|explain\w* (?:a )?(?:technical|complex) .* to"
        r"|wspolprac|z innymi (?:zespolami|dzialami)|miedzy (?:zespolami|dzialami)|praca zespolowa|pracy zespolowej|w zespole"
        r"|z osobami nietechnicz|nietechnicz|komunik\w* z (?:biznes|klient|interesariusz)|wytlumaczy\w* .* (?:osob|klient|biznes)",
    ),
    (
        "pressure",
        r"everything is (?:a priority|urgent)|wszystko jest pilne|co robisz najpierw|ridiculously short|short (?:time|deadline)|at the same time|jak (?:pan |pani )?(?:sobie )?(?:z tym )?radzi|"
        r"deadline|under pressure|pressure|stress|tight (?:timeline|schedule)|too (?:much|many) (?:work|things|tasks)"
        r"|(?:multiple|competing|conflicting) (?:priorities|deadlines|projects|tasks)|how do you prioriti|prioritiz|prioritis"
        r"|overwhelm|busy \w+|juggl|\bcope\b|time management|organi[sz]e your (?:time|work|day|week)"
        r"|presj|stres|termin|natlok|radzisz sobie (?:z )?(?:duza|nawal)|napie\w* (?:grafik|harmonogram)|duzo (?:pracy|zadan)|wiele (?:zadan|projektow|priorytetow)"
        r"|prioryte|jak (?:pan |pani )?(?:sie )?organizuj|zarzadza\w* czasem|pod presja",
    ),
    (
        "learning",
        r"keep (?:your )?skills|up to date|blogs|podcasts|newsletters|skill you were bad at|customer said that changed|rozwoj\w* (?:swoich )?umiejetnosci|kursy|certyfikat|krytyczn\w* uwag|wdrozyc sie w nowa|"
        r"learn(?:ed|t|ing)? (?:something|a new|new|quickly|fast)|had to learn|pick(?:ed)? up (?:a )?new|keep up(?:-to-date| to date)?"
        r"|stay (?:up to date|current|on top)|new (?:technology|tool|skill|language|framework) (?:quickly|fast)"
        r"|feedback (?:you|that you) (?:received|got)|(?:received|got) (?:some )?(?:tough |critical |hard )?feedback|self-?improvement|how do you learn"
        r"|nauczy\w* (?:sie )?(?:czegos|nowej|nowego|szybko)|szybko (?:sie )?nauczy|jak sie (?:pan |pani )?rozwija|na biezaco"
        r"|nowej technologii|feedback|informacj\w* zwrotn|jak (?:sie )?(?:pan |pani )?uczy|rozwoj\w* (?:zawodow|osobist)",
    ),
    (
        "achievement",
        r"(?:biggest|greatest) (?:professional )?success|wspominasz najlepiej|udalo (?:ci|panu|pani) sie|pochwalic|"
        r"proud|achievement|accomplishment|biggest (?:success|win|impact)|greatest (?:success|achievement)|best (?:project|work)"
        r"|most (?:impactful|successful|significant)|(?:a )?(?:project|thing|result) you(?:'re| are) (?:most )?(?:happy|proud)"
        r"|(?:metric|number|kpi|result) you (?:moved|improved|changed|influenced|drove)|impact you (?:had|made)"
        r"|dum(?:ny|na|ni|a)\b|dumn\w*|osiagniec|najwiekszy sukces|najwieksze osiagn|sukces|czym sie (?:pan |pani )?chwal",
    ),
    (
        "challenge",
        r"stretched you|gnarliest|no clear answer|legacy codebase|najtrudniejsz|"
        r"(?:hardest|toughest|most (?:difficult|challenging|complex|complicated)) \w+|biggest (?:problem|challenge)"
        r"|(?:a|the) (?:difficult|complex|challenging|hard) (?:problem|challenge|project|bug|task|fault|breakdown|repair|defect|diagnosis)|challenge you (?:faced|overcame)"
        r"|overc[oa]me|solve(?:d)? a (?:difficult|complex|hard)|najtrudniejsz|najwieksz\w* wyzwan|wyzwani|trudn\w* (?:problem|projekt|zadani|uster[kc]|awari|napraw)"
        r"|zlozon\w* (?:problem|projekt)|skomplikowan",
    ),
    (
        "system_design",
        r"how would you (?:split|set up|scale|structure|architect|organi[sz]e) |(?:what|how) would you do.{0,20}$|\bmonolit|jak bys (?:postawil|podzielil|skalowal|zorganizowal|zbudowal)|jak (?:byscie|by pan|by pani) (?:to )?(?:skalowal|podzielil)|million \w+ (?:sitting|in)|tysiecy zapytan|"
        r"\bdesign (?:a|an|the|our|your)\b|how would you (?:design|architect|build|scale|structure)|system design|architect(?:ure)? (?:for|of) (?:a|an|the)"
        r"|how (?:would|do|did) you (?:scale|handle) .*(?:million|users|traffic|load|requests)|scal(?:e|ing) (?:to|for) (?:\d|millions|a million)"
        r"|(?:split|break)(?: up)? (?:the |our |a )?monolith|zaprojektuj|jak (?:bys|by pan|by pani)? ?(?:zaprojektowal|zbudowal|zaprojektowac|zbudowac|skalowal|rozbil)"
        r"|jak (?:zaprojektowal|zaprojektowac|zbudowac|skalowac)|architektur\w* (?:systemu|dla)|projektowani\w* system",
    ),
    (
        "technical",
        r"what(?:'s| is| are) (?:a|an) [\w-]+|what separates|what could go wrong|jak (?:\w+ ){0,2}dziala|jak \w+(?:lbys|labys)\b|dlaczego \w+ nie oznacza|write a (?:sql )?query|sql query|zapytani\w* sql|"
        r"(?:do you know|can you (?:tell|explain)(?: to)?(?: me| us)?) (?:what|how|why|when|the difference)"
        r"|czy (?:wiesz|wie pan|wie pani) (?:co|jak|czym|dlaczego|kiedy)",
    ),
    (
        "experience",
        r"(?:mial\w*|ma pan|ma pani|masz) (?:\w+ )?(?:stycznosc|do czynienia)|czy robil\w* (?:pan |pani )?kiedys|how comfortable are you with|how confident are you(?: \w+)? (?:with|in|using)|"
        r"have you (?:ever )?(?:worked|used|had (?:any )?experience|programmed|built|done|tried|written|set up|deployed)"
        r"|(?:any|much|how much|what) experience (?:do you have )?(?:with|in|using|of)|experience do you have|experience with\b"
        r"|familiar with|how (?:long(?! did (?:it|that|this) take)|many years)|comfortable (?:with|using|working)|(?:do|did) you (?:know(?! about (?:us|our|what we|the company|this company))|use|work with)"
        r"|(?:any|much|some) [\w/+#-]+ experience|experience\??$"
        r"|your (?:level|knowledge) of|worked with\b|used .* before|hands-on"
        r"|czy (?:pan |pani )?(?:kiedys )?(?:pracowal|uzywal|korzystal|zna|znasz|mial\w* (?:do czynienia|doswiadczeni)|programowal|pisal|wdrazal)"
        r"|\b\w+(?:les|las|liscie) kiedys\b|\bkiedys \w+(?:les|las)\b"
        r"|doswiadczeni\w* (?:z|w|ze)\b|znajomosc|jakie (?:masz|ma pan|ma pani) doswiadczenie|jak dlugo|ile lat"
        r"|jak (?:dobrze|bardzo) (?:znasz|zna pan|zna pani)|na jakim poziomie|pracowal\w* (?:z|ze|w)\b",
    ),
    (
        "technical",
        r"what(?:'s| is| are) (?:the )?difference|differences? between|\bvs\.?\b|versus|compare|pros and cons|trade-?offs?"
        r"|how (?:does|do|is|are|would|can) .{0,40}(?:work|implemented|handled|stored|used|differ)|how would you (?:debug|optimi|speed|troubleshoot|test|approach|implement|handle|reverse|find|detect|measure|calculate|write)"
        r"|explain|what (?:is|are|does) (?:a|an|the)\b|^what (?:is|are|does)\b|what(?:'s| is) (?:a|an|the)?\s?\w+\??$|define\b|walk me through how"
        r"|when would you use|why would you use|what happens when|what(?:'s| is) the (?:purpose|point|role) of|how do you (?:ensure|handle|decide|measure|calculate|test|choose|avoid|prevent|deal)"
        r"|write a (?:query|function|sql)|sql|(?:query|querie)s?\b|jak (?:dziala|dzialaja|dzialal|zaimplementow|zoptymaliz|przyspiesz|zmierz|obliczy|sprawdz|testow|debug|radzisz sobie z)"
        r"|wyjasn|wytlumacz|czym (?:jest|sa|sie rozni|rozni sie)|rozni(?:ca|ce|sie)|porown|co to (?:jest|sa|znaczy)|kiedy (?:uzyl|uzyw|stosow|zastosow)"
        r"|do czego (?:sluzy|sluza|uzywa)|na czym polega|zalety i wady|plusy i minusy|jak (?:bys|by pan|by pani) (?:zoptymaliz|przyspiesz|debug|znalaz|zmierzyl|sprawdzil|podszedl|obliczyl|przetestowal)",
    ),
    (
        "introduction",
        r"summari[sz]e your experience|walk me through it|hear it from you|o swoim doswiadczeniu|"
        r"what (?:you did|did you do|you do|do you do) (?:at|in) your (?:last|current|previous|present) (?:job|role|company|position|employer)|"
        r"czym (?:sie )?(?:zajmowal\w*|zajmujesz|zajmuje (?:pan|pani)) w (?:ostatniej|obecnej|poprzedniej) (?:pracy|firmie)|"
        r"czym sie (?:pan |pani )?(?:teraz |obecnie )?zajmuje(?:sz)?|nad czym (?:pan |pani )?(?:teraz |obecnie )?pracuje(?:sz)?|"
        r"what do you do (?:now|at the moment|these days|currently)|where are you at (?:the moment|now)|"
        r"(?:quick |short |brief )?overview of what you(?:'re| are) (?:currently )?(?:working on|doing)|"
        r"how (?:did )?you (?:ended|end|got|get) (?:up )?(?:in|into)\b|jak (?:pan |pani )?(?:trafil\w*|znalazl\w* sie) (?:do|w)\b|"
        r"about yourself|introduce yourself|walk (?:me|us) through (?:your|the) (?:cv|resume|background|career|experience|journey|profile)"
        r"|who are you|your background|a bit about you|tell (?:me|us) about you\b|(?:summary|overview) of your (?:career|experience|background)"
        r"|your (?:career|professional) (?:story|journey|path)|o sobie|przedstaw(?:ic)? sie|kim (?:jestes|pan jest|pani jest)"
        r"|swoj(?:a|ej|e) (?:sciezk|karier|drog|doswiadczen)|przeprowadz\w* (?:mnie|nas) przez|twoj\w* (?:sciezk|karier|drog)|pana (?:sciezk|karier)|pani (?:sciezk|karier)",
    ),
    (
        "motivation",
        r"what do you know about (?:us|what we)|why (?:this position|customer support|a company like)|co (?:cie|pana|pania) (?:w ogole )?zainteresowal|odpowiedzial\w* (?:pan |pani )?(?:akurat )?na (?:nasza )?oferte|czemu akurat|dlaczego akurat (?:my|nasza|ta|to|\w+\b)|"
        r"why (?:do|would) you (?:want|like)|why (?:are you|were you) (?:interested|applying|excited)|why (?:us|our|this|here|join|the role)"
        r"|why did you apply|what (?:attracts|attracted|interests|interested|draws|drew|excites|motivates|made) you (?:to|about|apply|in)"
        r"|what(?:'s| is| was) (?:drawing|pulling|attracting|bringing) you (?:to|towards)"
        r"|what is it about [\w.&' -]{2,30} (?:in particular|specifically|that (?:appeals|attracts|draws|interests))"
        r"|what do you know about (?:us|our|the company)|(?:your |what )motivat|motivation for|why (?:do you want to )?(?:work|join) (?:for|with|at|here)|interest(?:ed)? in (?:this|the|our) (?:role|position|job|company)"
        r"|why .{0,30}(?:company|role|position|team)\?|what made you (?:apply|choose|interested)|appeal"
        r"|dlaczego (?:chce|chcesz|chcial|aplik|wlasnie|nasz|ta |to stanowisk|u nas|ta firm|do nas|zdecydowal|zglosil)"
        r"|co (?:pana|pania|cie) (?:przyciag|interes|motyw|sklonil|zaintereso)|motywac|czemu (?:chce|chcesz|nasz|my|aplik)"
        r"|co (?:pan |pani )?wie(?:sz)? o (?:nas|naszej|firmie)|dlaczego (?:to|ta) (?:stanowisko|rola|firma)|dlaczego my\b",
    ),
    (
        "motivation",
        r"why you (?:want|would like|are interested|applied)|skad (?:ta|taka|twoja|pana|pani) (?:decyzj|zmian|pomysl)|"
        r"what made you (?:decide|switch|change|move)|why (?:the|this|a) (?:switch|change|career change|move) (?:to|into|from)|"
        r"dlaczego (?:ta )?zmiana (?:branzy|zawodu|sciezki)|"
        r"dlaczego (?:chcesz|chce pan|chce pani) (?:te|ta|to) (?:prace|role|stanowisko)|"
        r"^(?:so |and |ok(?:ay)? |right )?why (?!not\b|that\b|this\b|now\b)[a-z][\w.-]*(?: [a-z][\w.-]*)?\??$|"
        r"^(?:so |and |ok(?:ay)? |right )?why (?!not\b|that\b|this\b|now\b|is\b|are\b|do\b|did\b|would\b)[a-z][\w.-]*,? (?:and|or) why\b",
    ),
    (
        "future",
        r"where do you see yourself|in (?:five|5|ten|10|a few|few|three|3|two|2) years|long[- ]term (?:goal|plan)|career (?:goal|plan|aspiration)"
        r"|what(?:'s| is| are) your (?:goals?|ambitions?|plans?) |what do you want to (?:achieve|do) next|next step in your career"
        r"|gdzie (?:widzi(?:sz)? (?:sie|siebie)|sie widzisz)|(?:gdzie|jak) (?:pan|pani) (?:sie )?widzi|za (?:piec|5|kilka|dziesiec|10|trzy|3|dwa|2) lat"
        r"|plany zawodowe|cele zawodowe|plan\w* na przyszlosc|jakie (?:masz|ma pan|ma pani) (?:cele|plany|ambicje)",
    ),
    (
        "work_style",
        r"autonomy|swobod|prefer (?:working|going|to work)|on your own or|samodzielnie czy|ideal team|how do you like to (?:work|receive)|remote, office|what does your ideal|"
        r"how do you (?:like|prefer) to work|(?:ideal|perfect|dream) (?:team|job|manager|company|environment|work)|work(?:ing)? style"
        r"|remote|hybrid|(?<!front )(?<!back )(?<!box )office(?! (?:manager|administrator|assistant|job|role))|management style|kind of (?:manager|team|culture|environment)|what motivates you\b|what do you (?:value|look for) in (?:a |an |your |the )?(?:next )?(?:job|role|team|manager|company|employer|workplace|culture|position|boss|colleague)"
        r"|team culture|prefer (?:working )?(?:alone|independently|in a team)|jak (?:lubisz|lubi pan|lubi pani|wolisz|woli pan|woli pani) pracowac"
        r"|idealn\w* (?:zespol|szef|prac|firm|manager)|styl (?:pracy|zarzadzania)|zdaln|hybrydow|biur(?!k)|co (?:cie|pana|pania) motywuje"
        r"|czego (?:szukasz|szuka pan|szuka pani|oczekujesz|oczekuje pan|oczekuje pani) (?:w|od)",
    ),
    (
        "behavioural",
        r"unethical|persuaded|klient chce|zdenerwowan|"
        r"tell (?:me|us) about (?:a|the|one) (?:time|situation|moment|case|occasion)|describe (?:a|the) (?:time|situation|moment|case)"
        r"|(?:give|share) (?:me |us )?(?:an |one )?example|example of (?:a )?time|(?:a )?situation (?:when|where|in which)|have you ever had to"
        r"|what did you do when|how did you (?:handle|deal|manage|approach|react)|what would you do if|how would you (?:handle|react|respond|deal)"
        r"|sytuacj|zdarzyl|kiedy ostatnio|przyklad\w*,? (?:gdy|kiedy|w ktorym|sytuacji)|(?:podaj|opowiedz|opisz) (?:mi |nam )?(?:o )?(?:jakis |jakas )?przyklad"
        r"|jak (?:pan |pani )?(?:sobie )?(?:poradzil|zareagowal|postapil|radzi)|co (?:bys|by pan|by pani) zrobil\w* (?:gdyby|jesli)",
    ),
)
_COMPILED = tuple((name, re.compile(pattern)) for name, pattern in _PATTERNS)
# Conjunctions and breaks between two questions asked in one turn.


# An opener that orders the talk, not the question: "so, to start, could you ...", "na początek: ...".
_OPENER = re.compile(
    r"^\W*(?:(?:so|okay|ok|right|well|dobrze|dobra|no)\W+)*(?:to start(?: with| off)?|to begin(?: with)?|first of all|"
    r"na (?:poczatek|start)|zacznijmy od tego|na dobry poczatek)\W+"
)


def normalise(text: str) -> str:
    return _OPENER.sub("", " ".join(fold(without_fillers(text)).replace("’", "'").split()))


# "Your CV says the handover was late", "Widzę w CV, że …": a new question about one CV line.
def points_at_cv(question: str) -> bool:
    """ "You've put on here …", "W CV jest …": the question is about a line of the CV."""
    return bool(_CV_POINTER.search(normalise(question)))


_CV_POINTER = re.compile(
    r"\b(?:your (?:cv|resume) (?:says|mentions|shows)|i see (?:on|in|from) your (?:cv|resume)|(?:on|in) your (?:cv|resume) "
    r"(?:it says|you (?:say|mention|write))|(?:a |one |the )?(?:line|bit|bullet|point) (?:on|in) your (?:cv|resume)|widze w (?:pana |pani |twoim )?cv|w (?:pana |pani |twoim )?cv "
    r"(?:pan |pani )?(?:pisze|wspomina|jest)|"
    r"you(?:'ve| have)? (?:wrote|written|write|put|mention(?:ed)?|list(?:ed)?|included|say) (?:[\w'-]+ ){0,8}?(?:in|on) your (?:cv|resume|portfolio)|"
    r"napisal\w* (?:pan|pani),? ze|zaciekawil\w* mnie w (?:pana |pani )?cv|"
    r"(?:pisze|wspomina) (?:pan|pani) w (?:swoim )?cv|widze(?: tez| rowniez)?,? ze|"
    r"you(?:'ve| have) (?:got |put )?(?:on here|down here|here on your (?:cv|resume))|(?:pan|pani) ma w cv|w cv jest)"
)


def classify(question: str) -> str:
    """The type of one question (``QUESTION_TYPES``): the first pattern that fits, else what the
    trained model says when it is reasonably sure, else "other"."""
    kind = _typed(question)[0]
    if kind in ("follow_up", "introduction") and _CV_POINTER.search(normalise(question)):
        return "behavioural"  # it opens a new story about the line, not the last answer's
    return kind


_ABOUT_ME = frozenset({"motivation", "why_leave", "future", "strengths", "weakness"})


def _typed(question: str) -> tuple[str, float]:
    """The type and how sure it is: 1.0 for a pattern, the model's probability otherwise. The broad
    patterns (any "tell me about a time", any "have you used", any "how does") give way to the
    model when it is fairly sure of a more specific type."""
    text = normalise(question)
    ruled = next(
        (name for name, pattern in _COMPILED if pattern.search(text) and not ruled_out(name, text)),
        None,
    )
    if ruled is not None and ruled not in _BROAD:
        return ruled, 1.0
    if ruled is not None:
        # "What is it about Corvid in particular?": a broad "what is" then a specific pattern
        specific = next(
            (n for n, p in _COMPILED if n in _ABOUT_ME and p.search(text) and not ruled_out(n, text)), None
        )
        if specific is not None:
            return specific, 1.0
    learned = model()
    if learned is not None:
        prediction = learned.predict(text)
        none = prediction.type == "none"
        kind = prediction.runner_up if none else prediction.type
        probability = prediction.runner_up_probability if none else prediction.probability
        if lacks_cue(kind, text, probability):
            kind, probability = prediction.runner_up, prediction.runner_up_probability
            if lacks_cue(kind, text, probability):
                kind, probability = "other", 0.0
        if ruled is not None:
            return (kind, probability) if kind != ruled and probability >= BROAD_OVERRIDE else (ruled, 1.0)
        if kind in QUESTION_TYPES and probability >= MODEL_THRESHOLD:
            return kind, probability
    return (ruled, 1.0) if ruled else ("other", 0.0)
