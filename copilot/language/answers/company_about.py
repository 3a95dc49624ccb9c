"""What the company says about itself in its job ad, as the candidate would repeat it: "Fornello to
sieć 14 włoskich restauracji…", "you're a 90-bed private hospital…"."""

from __future__ import annotations

import re

from copilot.language.text import fold, word_set

_ABOUT_THE_ROLE = re.compile(
    r"looking for|\b(?:we|i) (?:need|want|require|are hiring|are recruiting)\b|hiring|(?:are|is|we're) recruiting|recruiting (?:for|a|an)|poszukujemy|potrzebujemy|zatrudnimy|join (?:our|the|us)|you will|you'll|this role|the role|position|szukamy|dolacz|bedziesz|stanowisk|rola\b"
)


def about_phrase(lines: tuple[str, ...], language: str, company: str) -> str:
    """The company's own sentence about itself, as the candidate would repeat it ("we" becomes "you")."""
    for line in lines:
        text = line.strip().rstrip(".")
        folded = fold(text)
        if len(text.split()) < 5 or len(text.split()) > 30 or _ABOUT_THE_ROLE.search(folded):
            continue  # "we're looking for a senior engineer to join..." describes the job, not the company
        if len(re.findall(r"(?<![\w.])[a-ząćęłńóśźż]{3,}\b", text)) < 3:
            continue  # "Grupa Restauracyjna Fornello Sp. z o.o.": a name, not what the company does
        if language == "en" and re.match(r"(?:we|we're|our)\b", folded):
            text = re.sub(r"^we're\b|^we are\b", "you're", text, flags=re.I)
            text = re.sub(r"^we\b", "you", text, flags=re.I)
            text = re.sub(r"\bour\b", "your", text, flags=re.I)
            return re.sub(r"\bus\b", "you", text)
        if language == "pl" and re.match(r"\w+my\b", folded):
            words = text.split()
            words[0] = re.sub(r"my$", "cie", words[0]).lower()
            return re.sub(r"\bnasz(\w*)", r"wasz\1", " ".join(words))
        if company and _names_company(folded, fold(company)):
            if language == "en":  # "... for the UK's retailers from our site in Nottingham": your site
                text = re.sub(r"\bour\b", "your", re.sub(r"\bwe\b", "you", text, flags=re.I), flags=re.I)
            return _shortened(text)
    return ""


def _shortened(text: str) -> str:
    """An ad's long sentence about the company cut at a clause break after its first dozen words."""
    words = text.split()
    if len(words) <= 18:
        return text
    for index in range(10, len(words) - 2):
        if words[index].endswith((",", ";", ":")) or words[index + 1] in ("–", "—", "with", "which"):
            return " ".join(words[: index + 1]).rstrip(",;:")
    return text


# "Grupa Restauracyjna Fornello Sp. z o.o." is known as "Fornello"
_GENERIC_NAME_WORDS = word_set(
    "grupa group company spolka sp z o.o o.o s.a sa ltd limited plc inc holding holdings the polska poland uk"
)


def _names_company(folded_line: str, folded_company: str) -> bool:
    """The line is about the company: it starts with its name, or with the name's head within its
    first words ("St Aidan's is a 90-bed hospital" for "St Aidan's Private Hospital")."""
    if folded_line.startswith(folded_company):
        return True
    words = folded_company.split()
    heads = [" ".join(words[:2])] if words and len(words[0]) <= 3 and len(words) > 1 else []
    # "Złoty Kłos to sieć…" for "Grupa Piekarnicza Złoty Kłos Sp. z o.o.": any word of the name that
    # is not a legal form or a generic word
    heads += [word for word in words if len(word) >= 4 and word.strip(".,") not in _GENERIC_NAME_WORDS]
    opening = " ".join(folded_line.split()[:6])
    return any(re.search(rf"(?<!\w){re.escape(head)}(?!\w)", opening) for head in heads if len(head) >= 4)
