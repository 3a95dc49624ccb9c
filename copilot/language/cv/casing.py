"""Where a CV line's first letter goes lowercase once the line sits inside a spoken sentence."""

from __future__ import annotations

import re

from copilot.language.text import fold, word_set
from copilot.language.verbs import is_past_tense, verb_base

# Acronyms, camel case, words with digits and "I" keep their letters as written.
KEEP_CASE = re.compile(r"^(?:[A-Z0-9]{2,}(?:[/&.+-][A-Z0-9]+)*|[A-Z][a-z]+[A-Z]\w*|[A-Z]\w*\d\w*|I)$")
_SMALL_WORDS = word_set("the a an in at on for with from to of and")
# "Recipe Finder": a capitalised word followed by another capitalised, lowercase-continued word.
_TITLE_WORD = re.compile(r"^[A-ZĄĆĘŁŃÓŚŹŻ][a-ząćęłńóśźż'’-]+[,.:;]?$")


def lower_first(text: str) -> str:
    """ "Built a tool" → "built a tool"; names in Title Case ("Recipe Finder") and acronyms stay."""
    first, _, rest = text.partition(" ")
    if KEEP_CASE.match(first.strip(",:;")) or not first:
        return text
    bare = fold(first).strip(",")
    following = rest.split()[0] if rest.split() else ""
    if (
        _TITLE_WORD.match(following)
        and first[:1].isupper()
        and bare not in _SMALL_WORDS
        and not (verb_base(bare) or is_past_tense(bare))
    ):
        return text  # a name in Title Case ("Recipe Finder"), not a sentence start
    return first[:1].lower() + first[1:] + (" " + rest if rest else "")
