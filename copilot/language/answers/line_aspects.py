"""What a question asks about one CV story beyond the story itself: who had to be convinced, how people
took it, how the result was checked, why it went unnoticed, what was hardest, what I would do
differently. "Pisze Pani w CV, że skróciła Pani zamknięcie miesiąca. Co konkretnie Pani zmieniła i kogo
trzeba było przekonać?" is answered with the line and then each part asked, never with the line alone.

Each aspect is said in words that fit any field and claim nothing the CV does not hold; a line that
tells its own fix ("…; afterwards wrote a verification procedure") gives "what would you do
differently" its concrete answer.
"""

from __future__ import annotations

import re
from dataclasses import replace

from copilot.language.answers.line_kinds import is_failure_line
from copilot.language.answers.results import fix_of
from copilot.language.answers.wording import first_clause
from copilot.language.cv import Fact
from copilot.language.text import fold

# The aspects, in the order an answer takes them (folded question text).
ASPECTS: tuple[tuple[str, re.Pattern[str]], ...] = tuple(
    (name, re.compile(pattern))
    for name, pattern in (
        (
            "convince",
            r"convinc|persuad|on board|buy-?in|champion|stakeholder|przekona|sojusznik|poparci|"
            r"kogo (?:trzeba|musial\w*)|keep (?:that|it|them|things) moving|whose (?:decision|call)|who (?:made the call|signed it off)|"
            r"czyja (?:to )?(?:byla )?decyzj|przeprowadzi\w* (?:\w+ )?przez",
        ),
        ("reaction", r"\breact|\btake it\b|\btook it\b|zareagowal|reakcj|jak (?:to )?przyj\w*|zachwycen"),
        (
            "holdout",
            r"wouldn'?t (?:do|use|follow|go along)|refused|resist\w*|push(?:ed)? back|(?:ktos|nikt)\w*,? kto nie chcial|"
            r"nie chcial\w* (?:tego )?(?:robic|stosowac|przestrzegac)|odmowil\w*|sprzeciwial\w*",
        ),
        (
            "verify",
            r"make sure|made sure|(?:numbers|figures|results|data) (?:matched|match|agreed|were right)|"
            r"validat|reconcil|upewnil|zgadzal|sprawdzil\w* (?:czy|ze)",
        ),
        (
            "why_late",
            r"why did it take|took so long|take so long|nobody noticed|no one noticed|"
            r"anyone (?:to )?notice|dlaczego (?:tak dlugo|nikt)|czemu (?:tak dlugo|nikt)",
        ),
        ("hardest", r"hardest|most difficult|toughest|najtrudniej|najwieksz\w* (?:wyzwani|trudnosc)"),
        ("differently", r"differently|inaczej|do again|zrobil\w* (?:dzis )?inaczej|change anything"),
        (
            "how",
            r"how did you (?:do|manage|achieve|pull off|get) (?:it|that|this)|how did you pull|"
            r"jak (?:to )?(?:sie )?(?:panu |pani )?udalo|jak (?:pan|pani) to (?:zrobil|osiagn)\w*",
        ),
    )
)
# "What would you do differently?" looks ahead; "co Pan zrobił inaczej?" asks how it was done.
_WOULD = re.compile(
    r"would|'d\b|next time|looking back|again|hindsight|change anything|gdyby|\w+(?:l|la)by\b|\bby (?:pan|pani)\b|"
    r"dzis|teraz|nastepnym razem|z perspektywy|z dzisiejszej"
)


def aspects_asked(question: str) -> list[str]:
    folded = fold(question)
    asked = [name for name, pattern in ASPECTS if pattern.search(folded)]
    if "differently" in asked and _DID.search(folded) and not _WOULD.search(folded):
        asked = [name for name in asked if name != "differently"]
        if "how" not in asked:
            asked.append("how")
    return asked


_DID = re.compile(r"\bdid\b|\bzrobil(?:a|\b)|\bzrobila\b")

# The means a line names: "by re-planning the PPM schedule", "dzięki zmianie technologii stropów"
# (not "by 30%", which is how much); the last one of the line.
_MEANS = re.compile(
    r"\b(by|through|thanks to|using|via|dzięki|poprzez)\s+(?![\d~£$€])(?=\S.{8,}$)", re.IGNORECASE
)


def means_of(text: str) -> tuple[str, str] | None:
    """The preposition and the means a CV line says it worked by, or None."""
    line = text.strip().rstrip(".")
    found = list(_MEANS.finditer(line))
    return (found[-1].group(1).lower(), line[found[-1].end() :]) if found else None


_DEAL = re.compile(r"\bdeal|client|customer|prospect|stakeholder|kontrakt|klient|umow|przetarg")


class LineAspects:
    """The aspect sentences of the Composer, said after the story they belong to."""

    def answer_aspects(self, story: Fact, asked: list[str], rank: int = 1) -> int:
        """Adds a sentence for each aspect asked, from ``rank`` on; returns how many were said."""
        said = 0
        for aspect in asked:
            sentence = self._aspect_sentence(aspect, story)
            if sentence:
                self.draft.add(rank + said, sentence)
                self.draft.point(first_clause(sentence, 10))
                said += 1
        return said

    def _aspect_sentence(self, aspect: str, story: Fact) -> str:
        failed = is_failure_line(story.text)
        if aspect == "convince":
            return self.say("aspect_convince_deal" if _DEAL.search(fold(story.text)) else "aspect_convince")
        if aspect == "reaction":
            return self.say("follow_reaction_failure" if failed else "aspect_reaction_change")
        if aspect == "verify":
            return self.say("aspect_verify")
        if aspect == "why_late":
            return self.say("aspect_why_late")
        if aspect == "hardest":
            return self.say("aspect_hardest")
        if aspect == "holdout":
            return self.say("aspect_holdout")
        if aspect == "how":
            means = means_of(story.text)
            if means is None:
                return ""
            return self.say("aspect_how", means=f"{means[0]} {means[1]}")
        if aspect == "differently":
            fix = fix_of(story) if failed else ""
            if fix:
                return self.say("aspect_differently_fix", clause=self.clause(replace(story, text=fix)))
            return self.say("follow_differently_event" if failed else "follow_differently")
        return ""
