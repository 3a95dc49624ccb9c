"""The tools and names a job ad requires, for the weakness answer's honest gap: "Experience with
Salesforce or HubSpot" names two alternatives; a place ("w Polsce"), a law ("Children Act"), a
registration ("GDC registration") or something obtainable later is never a gap."""

from __future__ import annotations

import re
from functools import lru_cache

from copilot.language.cv.lexicon import LOCATIONS
from copilot.language.text import fold, word_set

_TECH = re.compile(
    r"\b(?:[A-Z][a-z]*[A-Z][\w]*|[A-Z]{2,}[\w+#]*|[A-Z][\w+#.]*(?:\.js|#|\+\+)|[A-Z][a-z]{2,})\b"
)
_GLOSS = re.compile(r"\s*\(([^()]*)\)")
_LOWER_WORD = re.compile(r"(?<![\w.])(?!(?:or|and|i|lub|oraz|albo)\b)[a-ząćęłńóśźż]{2,}\b")
_KIND_OF = re.compile(r"\b(?:a|an)\s+[A-Z][\w+#.&-]*(?:\s*(?:,|and|or)\s+[A-Z][\w+#.&-]*)*")
_OBTAINABLE = re.compile(
    r"willing|or equivalent|or similar|chec\w* (?:do )?(?:zdobycia|uzyskania)|gotowosc do (?:zdobycia|uzyskania)"
)
_RULE_BOOKS = word_set(
    "act acts regulations regulation rules code directive guidance framework ustawa kodeks"
)


def _terms_after(line: str, name: str) -> list[str]:
    """The folded words of a name and the one word after it in the line ("Working Together" → + "guidance")."""
    after = re.search(re.escape(name) + r"\s+(\w+)", line)
    return fold(name).split() + ([fold(after.group(1))] if after else [])


# A registration or licence ("GDC registration", "uprawnienia SEP") is held or not: no weakness.
_CREDENTIAL = re.compile(
    r"\b(?:registration|registered|licen[cs]e|licensed|membership|member of|chartered|accredit\w*|"
    r"certificate|certified|certification|qualification|qualified|diploma|degree|"
    r"uprawnieni\w*|certyfikat\w*|prawo jazdy|licencj\w*|wpis na liste|czlonkostw\w*|dyplom\w*)\b"
)


# A maker's name that is no skill alone: "Google Sheets", "Microsoft Dynamics", "Adobe XD".
_BRANDS = word_set("google microsoft adobe apple meta oracle sap ibm atlassian")


_NOT_SKILLS = word_set("""we you our your the and for with this that they their what who will must nice strong good english polish
    team company role experience knowledge years work remote office hybrid salary benefits about us bonus
    jestesmy szukamy oferujemy wymagania obowiazki mile widziane zespol firma praca twoje nasze nasz nasza
    uk eu us usa gb europe poland polska fmcg b2b b2c saas smb sme cee emea apac dach
    edition level standard version certificate certification licence license degree grade band""")


@lru_cache(maxsize=1)
def _place_stems() -> frozenset[str]:
    return frozenset(place[:5] for place in LOCATIONS if len(place) >= 5)


def _is_place(word: str) -> bool:
    """A country or city, in any Polish case ("Polsce", "Krakowie", "Irlandii")."""
    folded = fold(word)
    if folded in LOCATIONS or folded in ("polsce", "polski", "polsko"):
        return True
    return len(folded) >= 6 and folded[:5] in _place_stems() and word[:1].isupper() and not word.isupper()


def skills_named(lines: tuple[str, ...]) -> list[list[str]]:
    """Technology and tool names per requirement line, alternatives kept together ("Oracle or Teradata")."""
    groups: list[list[str]] = []
    for line in lines:
        if _OBTAINABLE.search(fold(line)) or _CREDENTIAL.search(fold(line)):
            continue  # "SMSTS or willingness to obtain", "GDC registration": no tool to pick up
        # "(Sentinel preferred)", "(GP, costing)" gloss a requirement; "a SIEM and EDR" names kinds of tool
        line = _GLOSS.sub(lambda m: "" if _LOWER_WORD.search(m.group(1)) else " " + m.group(1), line)
        line = _KIND_OF.sub("", line)
        names: list[str] = []
        for match in _TECH.finditer(line):
            word = match.group().strip(".")
            if fold(word) in _NOT_SKILLS or len(word) < 2 or _is_place(word):
                continue  # "w Polsce", "in Ireland", "w Krakowie" say where, not what is needed
            if match.start() == 0 and not re.search(r"[A-Z].*[A-Z]|[#+.\d]", word):
                continue  # a capitalised first word is usually just the start of the sentence
            # "Google Sheets", "Civil Procedure Rules", "Core Bluetooth": a maker's name, or capitalised
            # words in a row, are one name; acronyms stay apart ("AWS Lambda, S3" names two things).
            joined = names and re.search(re.escape(names[-1]) + r" " + re.escape(word) + r"\b", line)
            title_case = re.fullmatch(r"(?:[A-Z][a-z]+ ?)+", f"{names[-1]} {word}" if names else "")
            if joined and (fold(names[-1]) in _BRANDS or title_case):
                names[-1] = f"{names[-1]} {word}"
            elif word not in names:
                names.append(word)
        # a law or a rule book ("Children Act", "Working Together guidance") is knowledge, not a tool to pick up
        names = [n for n in names if not _RULE_BOOKS & set(_terms_after(line, n))]
        if names:
            groups.append(names)
    return groups
