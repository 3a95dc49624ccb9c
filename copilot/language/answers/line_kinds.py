"""What a CV line tells, for choosing the story a question asks for: something going wrong (and
not a reduction of what goes wrong), a turnaround, an event, the top of something; and the kind of
mistake or thing that went wrong a question names."""

from __future__ import annotations

import re

from copilot.language.cv import Fact
from copilot.language.text import fold

EVENT = re.compile(
    r"outage|on-?call|postmortem|post-mortem|restor|escalat|commander|went down|rolled back|roll ?back|failed|"
    r"deteriorat|emergenc|awari|przestoj|przywroc|dyzur|prowadzil\w* incydent|wycofa|nagl"
)


WENT_WRONG = re.compile(
    r"fail|mistake|missed|late\b|delay|lost|los(?:s|ing)|outage|incident|bug|error|rolled back|roll ?back|postmortem|"
    r"post-mortem|overr?an|over budget|complain|wrong|broke|crash|churn|recover|rescu|turn(?:ed)? around|"
    r"blad|bledy|pomyl|opozn|strac|awari|reklamac|nie udal|przekrocz|naprawi|wycofa|uratowa|nie dowiozl|"
    r"nie wyszl|nie osiagn|ponizej (?:planu|oczekiwan|celu)|(?:wyzsz|nizsz)\w* od planu|below (?:plan|target)|"
    r"removed it|scrapped|killed (?:it|the)|shut \w* ?down|discontinu|low adoption|only \d+ ?%|abandon|"
    r"overload|overbook|over-?order|mislabel|misrout|misplac|przeszacow|niedoszacow|blednie|zle zaplan|"
    r"underestimat|overestimat|\bmis-\w|incorrect|wrongly|by mistake|forgot|without checking|corrupt|defaulted|"
    r"nie dopilnowa|zapomnia|zle oszacowa|przeoczy|odsetki|po terminie|za pozno|spozni|\bzle \w+|delist|"
    r"stopped (?:orders|ordering|buying|deliveries)|line down|no spare|wstrzyma\w* (?:zamowien|dostaw|zakup)|"
    r"findings|non-?conformit|niezgodnos|uwag\w* (?:z )?audyt|not fully (?:validated|completed|finished|delivered)|"
    r"misconfigur|unnoticed|(?:anyone|anybody|no one|nobody) noticed|kradziez|stolen|theft|went past|overdue"
)


TURNAROUND = re.compile(
    r"recover|rescu|turn(?:ed)? around|after (?:a|the) fail|rolled back|roll ?back|postmortem|post-mortem|"
    r"overr?an|over budget|missed (?:the |a |our )?deadline|mistake|uratowa|wyprowadzi|po nieudan|naprawi|"
    r"\bblad\b|\bbledy\b|pomylk|pomylil|removed it|scrapped|killed (?:it|the)|only \d+ ?%|"
    r"overloaded|overbooked|over-?ordered|mislabell?ed|misrouted|(?:sent|shipped|picked|gave) (?:the |a )?wrong|"
    r"przeszacow|niedoszacow|blednie|zle zaplan|won (?:\w+ ){0,2}back|odzyska\w*"
)


# "The biggest deal you've closed", "najlepszy wynik": a question and a line that name the top of something.
_SUPERLATIVE = re.compile(
    r"\b(?:biggest|largest|best|greatest|highest|top|record|proudest|most (?:successful|important|complex)|"
    r"najwieksz\w*|najlepsz\w*|najwyzsz\w*|rekord\w*)\b"
)


def is_superlative(text: str) -> bool:
    return bool(_SUPERLATIVE.search(fold(text)))


# Question types a failure line must not answer, and how much it loses there.
POSITIVE_TYPES = {
    "achievement": 6.0,
    "introduction": 6.0,
    "strengths": 6.0,
    "motivation": 6.0,
    "why_leave": 6.0,
    "future": 6.0,
    "leadership": 3.0,
    "collaboration": 3.0,
}
SELF_TYPES = frozenset({"introduction", "strengths", "motivation", "why_leave", "future", "achievement"})
# A line that tells something going wrong, not a reduction of things that go wrong ("cut missed
# collections by 30%" is a success).
_FAILURE_STORY = re.compile(
    r"^(?:\w+ ){0,2}?(?:error|mistake|blad|pomylk|near[- ]miss|incident|awaria|konflikt|conflict)|\bfailed\b|"
    r"went wrong|nie dowiozl|nie udal|nie wyszl|missed (?:the|a|our) (?:deadline|target)|overr?an|over budget|"
    r"(?:missed|overlooked|let through) (?:a |the |an )?(?:\w+ )?(?:bug|defect|error|issue|step|check|dose|fault)|"
    r"removed it|scrapped|low adoption|only \d+ ?% (?:of )?(?:\w+ ){0,3}(?:adopted|used)|"
    r"rolled back|wycofal|bez testu|without testing|\bi made\b|my mistake|\bmis(?:plann|judg|read|calculat|manag)\w*|"
    r"^(?:\w+ ){0,2}?lost (?:a |an |the |our |my |one |two |\d+ )?(?:\w+ )?(?:client|customer|account|deal|contract|tender|bid|case)s?\b|"
    r"^(?:\w+ ){0,2}?(?:underestimated|overestimated|forgot|mis-\w+ed|approved \w+ (?:\w+ ){0,3}without checking)\b|"
    r"\b(?:logged|recorded|entered|charged|invoiced|labelled|calculated) (?:\w+ )?(?:incorrectly|wrongly)\b|"
    r"^(?:\w+ ){0,1}?(?:nie dopilnowal\w*|zapomnial\w*|zle oszacowal\w*|przeoczyl\w*|pomylil\w*)|"
    r"^(?:\w+ ){0,2}?(?:overloaded|overbooked|over-?ordered|overcharged|undercharged|mislabell?ed|misrouted|misplaced|"
    r"(?:sent|shipped|picked|gave|ordered|booked) (?:the |a )?wrong|przeszacowan\w*|niedoszacowan\w*|nieudan\w*|"
    r"opoznion\w*|spoznion\w*|"
    r"blednie \w+|zle zaplanowan\w*)\b|"
    r"\b(?:shipped|arrived|delivered|went out|given) (?:\w+ )?late\b|z opoznieniem|zle zaplanowal|"
    r"^(?:\w+ ){0,2}?zle (?:\w+ )?\w+(?:lem|lam|l|la)\b|\bpo terminie\b|\bdelisted\b|"
    r"\bstopped (?:orders|ordering|buying|deliveries)\b|\b(?:\d+|two|three|four|five|six) (?:hours?|days?|weeks?|months?) "
    r"(?:late|behind)\b|\bover (?:budget|programme)\b|\brated (?:red|inadequate|poor|unsatisfactory|requires improvement)\b|"
    r"\bfailed (?:an?|the|its|our|my) (?:\w+ ){0,3}(?:audit|inspection)\b|\bleaked\b|"
    r"\b(?:margin|revenue|sales|money) (?:was )?lost\b|\blost (?:c\. |approx\. |about |around )?[£$€]|"
    r"\b(?:audit|documentation|inspection|gdp|gmp|data integrity) findings?\b|\bnon-?conformit\w*|\bniezgodnos\w*|"
    r"\buwag\w* (?:z )?audyt\w*|\bnot fully (?:validated|completed|finished|delivered)\b|"
    r"\blost (?:a |an |the |our )?(?:\S*\d\S* )?(?:\w+ )?(?:deal|contract|tender|bid)s?\b|\bmisconfigur\w*|"
    r"\b(?:before (?:anyone|anybody) noticed|(?:nobody|no one) noticed|went unnoticed)\b|\bkradziez\w*|\bstolen\b|\btheft\b|"
    r"\bopoznial\w* sie\b|\bwent (?:past|over) (?:the |its |our )?(?:[\w-]+ ){0,2}(?:timescale|deadline|target|limit)|\boverdue\b"
)


def is_failure_line(text: str) -> bool:
    """A CV line that tells something going wrong (not a reduction of what goes wrong)."""
    return bool(_FAILURE_STORY.search(without_negations(text)))


# "without delays", "bez opóźnień", "zero errors": a success said with a failure's word.
_NEGATED = re.compile(r"\b(?:without(?: any)?|no|zero|bez|0)\s+\w+")


def without_negations(text: str) -> str:
    return _NEGATED.sub(" ", fold(text))


def is_event(fact: Fact) -> bool:
    """The line tells something that happened (an outage, a rollback), not only a measured improvement."""
    return not ({"impact", "improvement"} & fact.themes) or bool(EVENT.search(fold(fact.text)))


# A number that measures a change, not a size.
CHANGE = re.compile(
    r"\b(?:up|down|from|by|saved|saving|growth|increase|decrease|reduction|cut|rose|fell|ahead|under|vs|versus|"
    r"closed|won|higher|lower|"
    r"wzrost\w*|spadek|spadl\w*|wzrosl\w*|z \d[\d,.]*\S* do \d|o \d|do \d|oszczedn\w*|przed terminem|ponizej)\b|%"
)
MULTIPLE = re.compile(
    r"\b(?:doubl|tripl|halv|twice|two-fold|threefold|podwoj|potroj|o polow|dwukrotn|trzykrotn)\w*"
)


def measures_change(text: str) -> bool:
    """ "cut close time from 8 to 5 days", "up 20%": a number that measures a change, not a size
    ("a 28-bed unit", "6 entities")."""
    folded = fold(text)
    return bool(re.search(r"\d", folded) and (CHANGE.search(folded) or MULTIPLE.search(folded)))


# A failure line that also tells what changed for good ("... now run a safety huddle").
TOLD_FIX = re.compile(
    r"\b(?:now (?:i )?\w+|since then|afterwards|as a result|which led|introduced|put in place|set up a|started (?:a|an|using)|"
    r"moved (?:the team|on|to)|switched|replaced it|pivot\w*|refocus\w*|instead|rewrote|redesigned|"
    r"added (?:a |an )?(?:[\w-]+ ){0,2}?(?:check|step|control|test|review|alert|monitor)\w*|dodal\w* (?:kontrol|krok|test|weryfikacj)\w*|"
    r"od tego czasu|od tamtej pory|teraz|wprowadzil\w*|w efekcie|po tym (?:\w+ )?(?:przygotowal|opracowal|stworzyl|napisal)\w*|"
    r"(?:after|following) (?:that|this|it),? (?:i )?(?:wrote|built|created|set up|prepared|introduced))\b"
)


# "A time you made a dispensing error": the kind of mistake the interviewer names.
_NAMED_MISTAKE = re.compile(
    r"\b(?:time|occasion|situation|example)s? (?:when |where |that )?you (?:made|caused|committed|were responsible for) "
    r"(?:a |an )?(?P<mistake>(?:[a-z-]+ ){0,3}(?:error|mistake|slip|miscalculation|oversight))\b",
    re.IGNORECASE,
)


def named_mistake(question: str) -> str:
    match = _NAMED_MISTAKE.search(question)
    if not match:
        return ""
    mistake = match.group("mistake").lower()
    return "" if mistake in ("error", "mistake", "big mistake", "serious mistake") else mistake


# "A lesson that went badly", "a project that didn't go as planned": the kind of thing named.
_NAMED_THING = re.compile(
    r"\b(?:a|an|the|one) (?P<thing>(?:[a-z-]+ ){0,2}?(?:lesson|project|presentation|meeting|shift|launch|campaign|pitch|"
    r"delivery|event|class|audit|release|negotiation|repair|job|installation|sale|visit|session|deal))s? "
    r"(?:that|which|where|when) (?:\w+ )?(?:went (?:badly|wrong|poorly)|didn'?t go|did not go|failed|wasn'?t a success|flopped)",
    re.IGNORECASE,
)


def named_thing(question: str) -> str:
    match = _NAMED_THING.search(question)
    return match.group("thing").lower() if match else ""


# "a time you disagreed with an engineer or a PM about…", "spór z kierownikiem spoza finansów": who with.
_COUNTERPART = re.compile(
    r"\b(?:disagree\w*|disagreement|conflict|clash\w*|argu\w*|fell out|friction)\s+(?:\w+\s+){0,2}?with\s+"
    r"(?P<who>(?:an? |the |your |one of your )?[a-z][\w-]*(?: [a-z][\w-]*)?(?: (?:or|and) (?:an? |the )?[A-Za-z][\w-]*"
    r"(?: [a-z][\w-]*)?)?)(?=\s+(?:about|over|on|who|that|when|because)\b|\s*[,.?]|\s*$)|"
    r"\b(?:spor\w*|konflikt\w*|roznic\w* zdan|nie zgadzal\w*|poklocic|klotni\w*|tarci\w*)\s+(?:\w+\s+){0,3}?"
    r"(?P<who_pl>z (?:\w+ ?){1,4}?)(?=\s*[,.?]|\s+(?:ktor\w*|o |na temat|w sprawie)|\s*$)",
    re.IGNORECASE,
)


def counterpart(question: str) -> str:
    """Who the asked disagreement was with, in the question's own words ("" when unnamed or too long)."""
    folded = fold(question)
    match = _COUNTERPART.search(folded)
    if not match or len(folded) != len(question):
        return ""
    group = "who" if match.group("who") else "who_pl"
    who = question[match.start(group) : match.end(group)].strip()  # the question's own spelling
    who = re.sub(r"^your ", "my ", who, flags=re.IGNORECASE)  # "your manager" is mine when I answer
    return who if 1 <= len(who.split()) <= 6 else ""
