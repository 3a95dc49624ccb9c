"""From CV lines to what a ``Fact`` carries: numbers, skills named, shorthand said in words, and
the writer's gender as the CV's own Polish verbs show it."""

from __future__ import annotations

import re
from collections import Counter

from copilot.language.cv.roles import top_level_items
from copilot.language.text import fold, word_set

_NUMBER = re.compile(
    r"(?<![\w])(?:[$€£]\s?)?\d[\d\s,.]*(?:\s?(?:%|x|k|m|mln|tys|bn|pln|zł|eur|usd|ms|h)\b|%)?", re.I
)

_SHORTHAND = (
    (re.compile(r"\bw/o(?=\s)", re.I), "without"),
    (re.compile(r"\bw/(?=\s)", re.I), "with"),
    (re.compile(r"(?<![\w~])~\s?(?=\d)"), "about "),
    (re.compile(r"\s+(?:->|=>|→)\s+(?=(?:that|this|which|it|so|and)\b)", re.I), ", "),
    (re.compile(r"\s+(?:->|=>|→)\s+"), " to "),
    (re.compile(r"\byrs\b", re.I), "years"),
    (re.compile(r"\bapprox\.?(?=\s)", re.I), "about"),
)


def expand_shorthand(text: str, language: str = "en") -> str:
    """Note-taking shorthand said in words: "w/ helm" → "with helm", "~120" → "about 120" ("ok. 120" in
    a Polish line), "25min -> 8min" → "25min to 8min" ("do" in Polish)."""
    if language == "pl":
        text = re.sub(r"(?<![\w~])~\s?(?=\d)", "ok. ", text)
        return re.sub(r"\s+(?:->|=>|→)\s+", " do ", text)
    for pattern, words in _SHORTHAND:
        text = pattern.sub(words, text)
    return text


def numbers_in(text: str) -> tuple[str, ...]:
    found = []
    for match in _NUMBER.finditer(text):
        value = match.group().strip(" ,.")
        if re.fullmatch(r"(?:19|20)\d{2}", value):
            continue  # a year is a date, not a result
        if any(c.isdigit() for c in value):
            found.append(value)
    return tuple(found)


_LEM_NOUNS = word_set(
    "dzialem zespolem udzialem materialem kanalem artykulem modulem kwartalem kolem stolem sygnalem"
)


def gender_of(lines: list[str]) -> str | None:
    counts = Counter()
    for line in lines:
        # the verb a bullet or a clause opens with ("…, musiałam ręcznie uzgadniać"), not nouns like "działem"
        for word in re.findall(r"(?:^|[,;:–—]\s*)(\w+)", line.strip(" -•*")):
            folded = fold(word)
            if folded in _LEM_NOUNS:
                continue
            if re.fullmatch(r"\w{3,}lem", folded):
                counts["m"] += 1
            elif re.fullmatch(r"\w{3,}lam", folded):
                counts["f"] += 1
    if not counts:
        return None
    (best, count), *rest = counts.most_common()
    return best if not rest or count > rest[0][1] else None


def skills_in(text: str, skills: list[str]) -> tuple[str, ...]:
    folded = fold(text)
    found = []
    for skill in skills:
        key = fold(skill)
        if len(key) >= 2 and re.search(rf"(?<![\w+#]){re.escape(key)}(?![\w+#])", folded):
            found.append(skill)
    return tuple(found)


_LEVEL = re.compile(
    r"^\s*(?:advanced|basic|basics|intermediate|expert|proficient|fluent|native|beginner|good|very good|a bit|some|"
    r"podstaw\w*|zaawansowan\w*|sredni\w*|dobr\w*|bardzo dobr\w*|ojczysty|[abc][12])\s*$",
    re.IGNORECASE,
)
_SKILL_SPLIT = re.compile(r"\s*(?:[,;|•·/]|\s-\s|\s–\s)\s*")
_LABEL = re.compile(r"^([A-Za-zĄĆĘŁŃÓŚŹŻąćęłńóśźż &/]{2,30}):\s+")
# A line in a certificates section that lists tools, not certificates: "MS Project, Primavera P6, AutoCAD".
_CERTIFICATE_WORDS = re.compile(
    r"certif|certyfikat|licen[cs]|uprawnien|foundation|practitioner|associate|professional|diploma|dyplom|course|kurs",
    re.I,
)


def skill_items(line: str) -> list[str]:
    """The skills one line of a skills section names: "Python (pandas, scikit-learn), Go (basic)"."""
    line = _LABEL.sub("", line)
    # "PostgreSQL (advanced)" names a level; "Python (pandas, scikit-learn)" names more tools.
    line = re.sub(
        r"\s*\(([^()]*)\)",
        lambda m: "" if _LEVEL.search(m.group(1)) or re.search(r"\d{4}", m.group(1)) else ", " + m.group(1),
        line,
    )
    items = (item.strip(" .()") for item in _SKILL_SPLIT.split(line))
    return [item for item in items if 1 <= len(item) <= 40 and len(item.split()) <= 4]


def is_tool_list(line: str) -> bool:
    """ "MS Project, Primavera P6, Norma Pro, AutoCAD" under "Certificates": tools, not certificates."""
    items = top_level_items(line)
    return (
        len(items) >= 3
        and all(len(item.split()) <= 3 for item in items)
        and not re.search(r"(?:19|20)\d{2}", line)
        and not _CERTIFICATE_WORDS.search(line)
    )
