"""Whether and where a CV names a skill or tool: as written or inflected ("Pythona", "Kafką"), by a
product of its kind (SAP for "ERP"), spelled out ("Key Account Manager" for "KAM") or by the
candidate's own trade ("spedycja" for a "spedytor")."""

from __future__ import annotations

import re
from functools import lru_cache

from copilot.language.cv import CvProfile, Fact
from copilot.language.knowledge import same_word, terms
from copilot.language.text import fold


def facts_about(profile: CvProfile, names: list[str]) -> list[Fact]:
    """CV facts that mention any of the names (skills, tools), as written or inflected."""
    keys = [terms(name) for name in names if name.strip()]
    found = []
    for fact in profile.facts:
        if fact.kind in ("education",):
            continue
        fact_words = terms(fact.text)
        fact_words += [part for word in fact_words if "-" in word for part in word.split("-")]
        folded = fold(fact.text)
        for key in keys:
            if len(key) > 1:
                hit = re.search(
                    r"(?<![\w+#])" + r"[\s/-]+".join(re.escape(k) for k in key) + r"(?![\w+#])", folded
                )
            else:
                hit = bool(key) and any(same_word(key[0], w) for w in fact_words)
            if hit:
                found.append(fact)
                break
    return found


# A kind of tool the CV shows by a product's name, and languages named in the other language.
_KINDS: dict[str, tuple[str, ...]] = {
    "erp": (
        "SAP",
        "Oracle",
        "Dynamics",
        "Navision",
        "NetSuite",
        "Odoo",
        "Comarch",
        "Enova",
        "Symfonia",
        "IFS",
        "Epicor",
        "Sage",
        "Infor",
        "JD Edwards",
    ),
    "crm": ("Salesforce", "HubSpot", "Pipedrive", "Zoho", "Dynamics", "SugarCRM", "Zendesk Sell"),
    "bi": ("Power BI", "Tableau", "Looker", "Qlik", "Metabase"),
    "wms": ("Manhattan", "SAP EWM", "Blue Yonder", "Körber"),
    "cad": ("AutoCAD", "SolidWorks", "Inventor", "CATIA", "Revit", "Fusion 360"),
    "plc": ("Siemens S7", "TIA Portal", "Allen-Bradley", "Rockwell", "Step 7"),
    "english": ("angielski", "angielskiego", "English"),
    "angielski": ("English",),
    "german": ("niemiecki", "niemieckiego"),
    "niemiecki": ("German",),
}


def mentions(profile: CvProfile, name: str) -> bool:
    """Whether the CV names a skill or tool anywhere, allowing for inflection ("Pythona", "Kafką");
    a name of several words must appear as those words in a row ("SAP TM" is not "SAP MM ... TMS")."""
    key = terms(name)
    if not key:
        return False
    # "ERP" with SAP on the CV, "English" with "angielski B2"
    if _named(profile, key) or any(_named(profile, terms(kind)) for kind in _KINDS.get(" ".join(key), ())):
        return True
    # "w Javie", "z Kafką", "w Pythonie": a name the ad inflects in Polish, as the CV writes it
    return len(key) == 1 and any(_named(profile, [base]) for base in _uninflected(key[0]))


def _uninflected(word: str) -> list[str]:
    """Base forms a Polish case ending may hide: javie → java, kafka/kafką → kafka, pythonie → python."""
    forms = []
    for ending, base in (("ie", "a"), ("ie", ""), ("ę", "a"), ("ą", "a"), ("y", "a"), ("u", ""), ("em", "")):
        if word.endswith(ending) and len(word) - len(ending) >= 3:
            forms.append(word[: -len(ending)] + base)
    return forms


def _named(profile: CvProfile, key: list[str]) -> bool:
    if len(key) > 1:
        pattern = r"(?<![\w+#])" + r"[\s/-]+".join(re.escape(k) for k in key) + r"(?![\w+#])"
        initials = "".join(k[0] for k in key)  # "Civil Procedure Rules" written as "CPR"
        return bool(re.search(pattern, _cv_folded(profile))) or (
            len(key) >= 3 and re.search(rf"(?<![\w+#]){initials}(?![\w+#])", _cv_folded(profile)) is not None
        )
    haystack = _cv_terms(profile)
    if any(
        same_word(key[0], word) or (word.startswith(key[0]) and word[len(key[0]) :].isdigit())
        for word in haystack
    ):
        return True  # "SQE" with "SQE1" on the CV
    titles = {w for role in profile.roles for w in terms(role.title)} | set(terms(profile.headline))
    if 3 <= len(key[0]) <= 5 and key[0].isalpha():
        said = " ".join([_cv_folded(profile), *(fold(role.title) for role in profile.roles)])
        if _spelled_out(key[0], said):
            return True  # "KAM" with "Key Account Manager" on the CV
    # A field named by the person's own job title: "spedycja" for a "spedytor", "konstrukcja" for a
    # "konstruktor" (the stem they share is long enough to be the same trade).
    return len(key[0]) >= 6 and any(_same_trade(key[0], word) for word in titles if len(word) >= 6)


def _spelled_out(acronym: str, text: str) -> bool:
    """Whether the text has words in a row whose initials spell the acronym."""
    words = re.findall(r"[a-z]+", text)
    size = len(acronym)
    return any("".join(w[0] for w in words[i : i + size]) == acronym for i in range(len(words) - size + 1))


def _same_trade(word: str, other: str) -> bool:
    common = next(
        (i for i, (a, b) in enumerate(zip(word, other, strict=False)) if a != b), min(len(word), len(other))
    )
    return common >= 5 and common >= 0.6 * min(len(word), len(other))


@lru_cache(maxsize=64)
def _cv_texts(profile: CvProfile) -> str:
    """Everything the CV says about the candidate's work and skills, as one text."""
    return " ".join(
        [
            *profile.skills,
            *(fact.text for fact in profile.facts),
            profile.headline,
            *profile.summary,
            *profile.languages,
        ]
    )


@lru_cache(maxsize=64)
def _cv_folded(profile: CvProfile) -> str:
    return fold(_cv_texts(profile))


def _cv_terms(profile: CvProfile) -> frozenset[str]:
    return _terms_of(_cv_texts(profile))


@lru_cache(maxsize=64)
def _terms_of(text: str) -> frozenset[str]:
    return frozenset(terms(text))
