"""What a CV line achieved and what it measured: the parts a follow-up ("what was the result?",
"how did you measure it?") answers with."""

from __future__ import annotations

import re

from copilot.language.answers.line_kinds import CHANGE, MULTIPLE, TOLD_FIX
from copilot.language.answers.wording import strip_end
from copilot.language.cv import Fact
from copilot.language.cv.casing import lower_first
from copilot.language.cv.english import expand_shorthand
from copilot.language.text import fold, word_set
from copilot.language.verbs import is_past_tense, verb_base

_RESULT_CLAUSE = re.compile(
    r"(?:,\s*|\s+)(?:which|that|resulting in|reducing|cutting|increasing|improving|saving|raising|lowering|"
    r"skracaj\w*|zmniejszaj\w*|zwiekszaj\w*|co (?:skrocilo|zmniejszylo|zwiekszylo|pozwolilo))\b.*$",
    re.IGNORECASE,
)


_CONNECTOR = re.compile(r"^(?:and then|then|and|a nast[eę]pnie|a potem|potem|i|oraz)\s+", re.IGNORECASE)


def _line_text(fact: Fact) -> str:
    """The line without its end mark; English shorthand spelled out ("3 h" stays in a Polish line)."""
    return strip_end(expand_shorthand(fact.text) if fact.language == "en" else fact.text)


def result_of(fact: Fact) -> str:
    """The result part of a CV line ("which cut p99 latency by 40%"), when it has one with a number."""
    text = _line_text(fact)
    match = _RESULT_CLAUSE.search(fold(text))
    if match and any(c.isdigit() for c in match.group()):
        clause = text[match.start() :].strip(" ,")
        clause = re.sub(r"^(?:which|that)\s+", "", clause, flags=re.I)
        return lower_first(clause)
    # "Seasonal peak coordination, volume up 70%": a later part of the line that measures a change.
    parts = re.split(r",\s+|\s+[–—-]\s+|;\s*", text)[1:]
    # the last measured part: a line tells what was done first and what came of it last ("argued for
    # a 12% discount ...; deal closed at higher value (£96k vs £78k)")
    for part in reversed(parts):
        if (re.search(r"\d", part) and CHANGE.search(fold(part))) or MULTIPLE.search(fold(part)):
            return lower_first(_CONNECTOR.sub("", part))
    # "..., complaints stopped after a month", "skargi ustały po miesiącu": an outcome without a number.
    for index in range(len(parts), 0, -1):
        part = parts[index - 1]
        if _OUTCOME.search(fold(part)) and len(part.split()) >= 2:
            return _without_relative(part, ", ".join([re.split(r",\s+", text)[0], *parts[: index - 1]]))
    return ""


def _without_relative(part: str, before: str) -> str:
    """ "who agreed they needed separate treatment" after "... to the supervising partner" → "the
    supervising partner agreed ..."; "which he eventually accepted" → "he eventually accepted it"."""
    polish = re.match(r"(?:któr[yae]|co)\s+(.*)$", part, flags=re.I)
    if polish:  # "Spór z transportem, który zakończył się ..." → "spór zakończył się ..."
        return f"{lower_first(before.split()[0])} {polish.group(1)}" if before.split() else polish.group(1)
    match = re.match(r"(who|which)\s+(.*)$", part, flags=re.I)
    if not match:
        return lower_first(part)
    pronoun, rest = match.group(1).lower(), match.group(2)
    if pronoun == "which" and re.match(r"(?:he|she|they|we|the \w+)\b", rest, flags=re.I):
        return rest + " it"
    if pronoun == "who":
        antecedent = re.search(r"\b(?:the|my|our|his|her|their)(?:\s+[\w-]+){1,3}$", before.strip())
        if antecedent:
            return f"{lower_first(antecedent.group())} {rest}"
    return lower_first(part)


_OUTCOME = re.compile(
    r"\b(?:stopped|ended|resolved|settled|disappeared|went away|went live|was adopted|were adopted|renewed|"
    r"retained|kept (?:the|their|our|his|her)|won (?:the|back)|stayed|still (?:in|on|with|work)|no (?:further|more)|"
    r"passed|promoted|signed|closed|approved|accepted|agreed|eventually|finally|in the end|"
    r"ostatecznie|w koncu|zgodzil\w*|zaakceptowal\w*|przyjal\w*|odszedl\w*|zmienil\w* (?:biuro|firme|dostawce)|ustal\w*|zniknal\w*|rozwiazal\w*|skonczyl\w*|zakonczyl\w*|nadal|"
    r"zostal\w*|przedluzyl\w*|podpisal\w*|zatwierdzil\w*|wrocil\w*|utrzymal\w*|wygral\w*|awansowal\w*)\b"
)


# "cut missed collections by 30%", "skróciła czas przekazania dyżuru o 15 minut": what was measured.
_METRIC = re.compile(
    r"\b(?:cut|cutting|reduc\w*|lower\w*|increas\w*|improv\w*|rais\w*|grew|grow\w*|boost\w*|decreas\w*|shorten\w*|"
    r"halv\w*|doubl\w*|sped up|speeding up|skroci\w*|zmniejsz\w*|zwieksz\w*|obniz\w*|podni\w*|poprawi\w*|"
    r"ogranicz\w*|przyspiesz\w*)\s+(?P<metric>[^\d,;:]{3,60}?)\s+(?:by|o|from|z)\s+(?:around |about |ok\. |okolo )?\d",
    re.IGNORECASE,
)


def metric_of(text: str) -> str:
    folded = fold(text)
    match = _METRIC.search(folded if len(folded) == len(text) else text)
    return text[match.start("metric") : match.end("metric")].strip() if match else ""


def as_clause(result: str, language: str) -> str:
    """ "cut missed collections by 30%" -> "it cut missed collections by 30%" (a verb needs a subject)."""
    first = fold(result.split()[0]) if result.split() else ""
    if language == "en" and (verb_base(first) or is_past_tense(first)):
        # what a change did ("cut", "reduced") has "it" for a subject; what I did next has "I"
        return ("it " if first in _EFFECT_VERBS else "I ") + result
    return result


_EFFECT_VERBS = word_set(
    """cut cutting reduced reducing increased increasing improved improving saved saving raised raising lowered
    lowering halved doubled tripled brought bringing took taking made making led leading resulted resulting
    freed freeing sped speeding boosted boosting shortened shortening"""
)


# A slip of one's own (an error, a late dose, a misplanned rota), not a launch that fell short or
# a delay someone else caused.
_OWN_MISTAKE = re.compile(
    r"error|mistake|near[- ]miss|forgot|wrong|misplan|misjudg|\bi (?:missed|sent|gave|skipped)\b|"
    r"(?:given|sent|submitted|ordered|booked) (?:\w+ ){0,3}late\b|blad|bled|pomyl|zapomni|spoznil\w*"
)


def is_own_mistake(text: str) -> bool:
    return bool(_OWN_MISTAKE.search(fold(text)))


def failure_key(prefix: str, text: str) -> str:
    """ "lesson_failure_told" for a result that fell short, "lesson_failure_told_mistake" for a slip
    of one's own: the phrase set a failure line is told with."""
    return prefix + ("_mistake" if is_own_mistake(text) else "")


def last_step(fact: Fact) -> str:
    """The last step a line tells, when it tells more than one ("..., then introduced weekly forecast
    reviews" → "introduced weekly forecast reviews"): where the story ended."""
    text = re.sub(r"\s*\([^()]*\)", "", _line_text(fact))  # "(KRS/CEIDG, polisa OCP, …)" is detail
    parts = re.split(r",\s+(?:and\s+)?(?:then\s+|a nast[eę]pnie\s+|a potem\s+)?|;\s*|\s+[–—]\s+", text)
    if len(parts) < 2:
        return ""
    last = _CONNECTOR.sub("", parts[-1].strip())
    return lower_first(last) if len(last.split()) >= 3 else ""


# Words that only lead into the change a line tells ("afterwards", "w efekcie").
_FIX_LEAD = re.compile(
    r"^(?:afterwards|afterward|since then|as a result|which led (?:me )?to|so|then|now|"
    r"od tego czasu|od tamtej pory|w efekcie|potem|teraz|po tym|after that|following that)\b[,:]?\s*",
    re.IGNORECASE,
)


def fix_of(fact: Fact) -> str:
    """What a line about something going wrong says changed for good ("...; afterwards built the
    site's critical spares list" → "built the site's critical spares list"), or ""."""
    folded = fold(fact.text)
    match = TOLD_FIX.search(folded)
    if not match or len(folded) != len(fact.text) or match.start() < 12:
        return ""
    fix = strip_end(_FIX_LEAD.sub("", fact.text[match.start() :].strip(" ,;–—-")))
    return fix if len(fix.split()) >= 3 else ""
