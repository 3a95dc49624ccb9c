"""The one text toolkit of the engines: diacritic folding, word tokens, language codes and detection.

Speech-to-text output carries little punctuation or casing and Polish letters come and go
("pracowałeś" / "pracowales"), so words are compared folded: lowercase, no diacritics, one kind
of apostrophe, the contractions a transcriber spells without one repaired ("im" → "i'm").
"""

from __future__ import annotations

import re
import unicodedata

POLISH_LETTERS = "ąćęłńóśźż"
_POLISH_FOLD = str.maketrans(POLISH_LETTERS + POLISH_LETTERS.upper(), "acelnoszz" + "ACELNOSZZ")
_POLISH_LETTER_SET = frozenset(POLISH_LETTERS)
_APOSTROPHES = str.maketrans("’‘`´", "''''")
_COMBINING = re.compile(r"[\u0300-\u036f]")

# A number ("5,000", "2.5") or a word with inner apostrophes ("don't"); letters of any script.
WORD_PATTERN = r"\d+(?:[.,]\d+)*|[^\W_]+(?:'[^\W_]+)*"
_WORD = re.compile(WORD_PATTERN)

# Speech-to-text sometimes drops apostrophes; these folded forms are unambiguous.
_CONTRACTIONS = {
    "im": "i'm",
    "id": "i'd",
    "ive": "i've",
    "youre": "you're",
    "youve": "you've",
    "youd": "you'd",
    "whats": "what's",
    "hows": "how's",
    "wheres": "where's",
    "whos": "who's",
    "dont": "don't",
    "didnt": "didn't",
    "lets": "let's",
}


def word_set(words: str) -> frozenset[str]:
    """A word list written as one space-separated string."""
    return frozenset(words.split())


def strip_diacritics(text: str) -> str:
    """Fold accented letters to ASCII, keeping case, so "zespół" matches "zespol" typed without
    Polish keys. The table covers Polish at C speed (NFKD leaves "ł" alone); NFKD catches the
    other accented Latin letters."""
    text = text.translate(_POLISH_FOLD)
    if text.isascii():
        return text
    return _COMBINING.sub("", unicodedata.normalize("NFKD", text))


def fold(text: str) -> str:
    """Lowercase without diacritics: the form every word list of the engines is written in."""
    return strip_diacritics(text).lower()


def unify_apostrophes(text: str) -> str:
    return text.translate(_APOSTROPHES)


def word_key(word: str) -> str:
    """The folded form of one word, with a dropped contraction apostrophe put back."""
    folded = fold(word)
    return _CONTRACTIONS.get(folded, folded)


def words(text: str) -> list[str]:
    """The folded words (and numbers) of ``text``, punctuation dropped."""
    return [word_key(word) for word in _WORD.findall(unify_apostrophes(text))]


def language_code(language: str | None) -> str | None:
    """ "pl-PL" → "pl"; None, "" and "auto" mean: not known, detect it."""
    if not language:
        return None
    code = language.strip().lower().replace("_", "-").split("-", 1)[0]
    return None if code in ("", "auto") else code


# -- language detection --------------------------------------------------------------------------

_ENGLISH_WORDS = word_set(
    "the you your you're you've you'd what what's how why when where which who is are was were does "
    "did have has would could should will can of about me us with that this it it's we we're i'm i'd "
    "i've for tell walk describe explain there any and at from been be my our they their thanks thank "
    "great okay so just really yeah think know like here if or"
)
_POLISH_WORDS = word_set(
    "czy jak co nie jest ze w z na mi masz jestes dlaczego czemu jaki jaka jakie jakich kiedy gdzie "
    "ile ktory ktora ktore pan pani prosze mnie oraz byl byla dla twoj twoje twoja twoim swoje swoim "
    "pracy opowiedz opisz powiedz czym czego tym tego jeszcze juz bardzo dziekuje dzieki dobrze dobra "
    "tak ale bo wiec nas nam mamy jestesmy moze mozesz by bys byc sa ten ta te tu tutaj teraz kiedys "
    "swoja swojej swoich troche cos ktos wszystko zespole zespol firmie firmy doswiadczenie dzien dobry "
    "czesc witam jasne okej rozumiem"
)
# Polish inflection leaves tell-tale endings even in words missing from the list above.
_POLISH_ENDINGS = (
    "esz",
    "isz",
    "asz",
    "ysz",
    "les",
    "las",
    "ego",
    "emu",
    "ych",
    "ami",
    "osc",
    "owac",
    "ac",
    "ic",
)


def detect_language(text: str, hint: str | None = None) -> str:
    """The language of ``text``: the ``hint`` when it names one, else "pl" or "en" (the fallback)."""
    code = language_code(hint)
    if code:
        return code
    # Polish letters in a lowercase word; a capitalised one may be a name ("based in Kraków").
    if any(
        letter in _POLISH_LETTER_SET for word in text.split() if not word[:1].isupper() for letter in word
    ):
        return "pl"
    found = words(text)
    english = sum(word in _ENGLISH_WORDS for word in found)
    polish = sum(word in _POLISH_WORDS for word in found)
    polish += 0.5 * sum(len(word) > 4 and word.endswith(_POLISH_ENDINGS) for word in found)
    return "pl" if polish > english and polish >= 1 else "en"


# Spoken fillers a live transcript keeps ("so um how do you, you know, ..."), and the "like" that
# only fills ("so like if a page ..."); they say nothing about the question.
_FILLERS = re.compile(
    r"\b(?:u+m+|u+h+|e+r+m*|h+m+|i mean|kind of|sort of|basically|yyy+|eee+|no wiec|wiesz)\b,?"
    r"|(?<!\bdo )(?<!\bdid )(?<!\bcan )(?<!\bwould )(?<!\bcould )(?<!\bwill )(?<!\bas )(?<!\bdon't )(?<!\bdo you )"
    r"\byou know\b,?"
    r"|(?<=\bso) like\b,?|(?<=\band) like\b,?|(?<=\bjust) like\b,?|(?<=\bdo) like\b,?|\blike(?= um\b| uh\b| step\b)",
    re.IGNORECASE,
)
# A stumble that repeats itself ("what would you what would you check").
_REPEATED = re.compile(r"\b((?:\w+\s+){0,4}?\w+)\s+\1\b", re.IGNORECASE)


def without_fillers(text: str) -> str:
    """The question as it would be written: fillers and repeated stumbles taken out."""
    cleaned = _FILLERS.sub(" ", text)
    cleaned = _REPEATED.sub(r"\1", cleaned)
    return " ".join(cleaned.split()).strip(" ,")


_SENTENCE_BREAK = re.compile(r"(?<=[.!?])\s+(?=[A-ZĄĆĘŁŃÓŚŹŻ0-9„\"(])")
# Abbreviations a sentence does not end with: "(ok. 85 tys. adresów)", "approx. 40", "np. SQL".
_ABBREVIATIONS = word_set(
    "ok ok. tys mln mld np tj m.in ul nr ca approx e.g i.e etc vs no dr mr mrs ms prof inc ltd "
    "sp st jan feb mar apr jun jul aug sep sept oct nov dec ds inz mgr hab im tzw wg"
)


def sentences(text: str) -> list[str]:
    """``text`` cut into sentences; a period after an abbreviation ("ok.", "approx.", "np.") is no end."""
    parts: list[str] = []
    for piece in _SENTENCE_BREAK.split(text):
        last = parts[-1].split()[-1].lower().lstrip("(").rstrip(".") if parts and parts[-1].split() else ""
        if parts and (last in _ABBREVIATIONS or len(last) == 1):
            parts[-1] = f"{parts[-1]} {piece}"
        else:
            parts.append(piece)
    return parts
