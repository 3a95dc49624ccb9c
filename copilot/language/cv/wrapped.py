"""Rejoining the lines a PDF copy broke mid-sentence, and only those: a role header, a title under its
employer and a new bullet stay lines of their own."""

from __future__ import annotations

import re
from dataclasses import dataclass
from itertools import pairwise

from copilot.language.cv.lexicon import ITEM_VERBS, JOINERS, TITLE_WORDS
from copilot.language.cv.lines import (
    BULLET,
    heading,
    is_contact,
    is_language_line,
    is_location_line,
    labelled,
)
from copilot.language.cv.roles import COMPANY_FORM, find_range, header_shaped, parse_header, reads_as_role
from copilot.language.text import fold
from copilot.language.verbs import is_past_tense, verb_base


def merge_wrapped(lines: list[str]) -> list[str]:
    """Rejoin lines a PDF copy broke mid-sentence, and only those: a line that opens with a verb, or
    follows a line that ended well short of the text's width, is an item of its own."""
    merged: list[str] = []
    previous_bullet = False
    runs = _runs(lines)
    for index, raw in enumerate(lines):
        stripped = raw.strip()
        indented_continuation = (
            previous_bullet
            and merged
            and stripped
            and raw[:1].isspace()
            and not BULLET.match(raw)
            and not find_range(stripped)
            and not labelled(stripped)
            and not is_contact(stripped)
            and not reads_as_role(
                BULLET.sub("", merged[-1]).strip()
            )  # "* od 2018 właściciel – Usługi …, Kielce"
        )
        if indented_continuation:
            if stripped[0].islower() or stripped[0] in "(—–-":
                merged[-1] = merged[-1].rstrip() + " " + stripped
            else:
                merged[-1] = merged[-1].rstrip().rstrip(".") + ", " + stripped[:1].lower() + stripped[1:]
            continue
        previous_bullet = bool(BULLET.match(raw)) if stripped else False
        if merged and stripped and index and _continues(merged, lines[index - 1], raw, runs[index]):
            merged[-1] = merged[-1].rstrip() + " " + stripped
        else:
            merged.append(raw)
    return merged


@dataclass(frozen=True)
class _Run:
    width: int  # the longest line of a block of lines with no blank line between
    listed: bool  # some line of the block ended short and the next went on in lowercase: a list


def _runs(lines: list[str]) -> list[_Run]:
    runs: list[_Run] = []
    start = 0
    for end in range(len(lines) + 1):
        if end < len(lines) and lines[end].strip():
            continue
        block = [line.strip() for line in lines[start:end]]
        width = max((len(line) for line in block), default=0)
        pairs = [
            (line, nxt)
            for line, nxt in pairwise(block)
            if nxt[:1].islower()
            and not line.endswith((".", "!", "?", ":", ";"))
            and not _open_end(line)
            and _first_word(nxt) not in JOINERS
            and heading(line) is None
            and not is_contact(line)
            and not (find_range(line) and parse_header(line))
        ]
        # Lines that end short before a lowercase line, or lowercase lines that each open with a verb.
        verbs = sum(starts_item(nxt) for _, nxt in pairs)
        listed = any(len(line) < 0.7 * width for line, _ in pairs) or (verbs >= 2 and 2 * verbs >= len(pairs))
        runs.extend([_Run(width, listed)] * (end - start + (end < len(lines))))
        start = end + 1
    return runs


def _role_above(raw: str, previous: str) -> bool:
    """A role header; a bullet only when it opens with its dates ("* 2012–2018 brygadzista – Instal-Bud")."""
    dated = re.match(r"(?:od |since |from )?(?:\d{1,2}[./])?(?:19|20)\d\d", previous.lstrip("•*-– "))
    shaped = bool(parse_header(previous)) and header_shaped(previous) and not _open_end(previous)
    return shaped and (not BULLET.match(raw) or bool(dated))


_EMPLOYER_AT = re.compile(
    r",\s*[A-ZĄĆĘŁŃÓŚŹŻ][\w-]+(?:[ -][A-ZĄĆĘŁŃÓŚŹŻ][\w-]+)?$|(?i:sp\. z o\.o\.|s\.a\.|ltd|gmbh)$"
)


def _first_word(line: str) -> str:
    found = re.match(r"[^\W\d_][\w'’-]*", fold(line.strip()))
    return found.group() if found else ""


def _open_end(line: str) -> bool:
    """A line that cannot end there: "… for the", "… and", "… (Multivac,"."""
    line = line.rstrip()
    if line.endswith((",", "&", "+", "/", "-", "–", "(")) and not line.endswith(("--", " -", " –")):
        return True
    last = re.findall(r"[\w'.]+$", fold(line))
    return bool(last) and last[0] in JOINERS


def starts_item(line: str) -> bool:
    """A line that opens with a verb, as a new task does: "wrote 15 articles", "escalate to L2"."""
    word = _first_word(line)
    if not word:
        return False
    return bool(
        verb_base(word)
        or word in ITEM_VERBS
        or (word.endswith("s") and word[:-1] in ITEM_VERBS)
        or (word.endswith("ed") and (word[:-2] in ITEM_VERBS or word[:-1] in ITEM_VERBS))
        or is_past_tense(word)
        or re.fullmatch(r"\w{3,}(?:anie|enie|lem|lam)", word)  # "planowanie", "zbudowalem"
    )


def _continues(merged: list[str], above: str, raw: str, run: _Run) -> bool:
    previous, stripped, above = merged[-1].strip(), raw.strip(), above.strip()
    if not previous or not above or BULLET.match(raw) or not stripped[0].isalpha():
        return False
    if previous.endswith((".", "!", "?", ":", ";")) or not any(line.strip() for line in merged[:-1]):
        return False  # a sentence ended, or the line above is the first of the CV (the name)
    if heading(previous) is not None or labelled(previous) or labelled(stripped) or is_contact(previous):
        return False
    if heading(stripped) is not None or (parse_header(stripped) and header_shaped(stripped)):
        return False  # "kiwi.com brno 2019-now devops" is a header of its own
    if _role_above(merged[-1], previous):
        return False  # the line above is a role header
    if is_contact(stripped) or is_language_line(stripped) or is_location_line(stripped):
        return False
    if _EMPLOYER_AT.search(previous) and len(stripped.split()) <= 6 and _first_word(stripped) in TITLE_WORDS:
        return False  # "Drukarnia „Poligraf”, Oleśnica" then "grafik DTP": the title under its employer
    opened = _open_end(above) or (stripped[0].islower() and _first_word(stripped) in JOINERS)
    if stripped[0].isupper():
        return opened or _wrapped_sentence(above, stripped, run, bool(BULLET.match(merged[-1])))
    if opened:
        return True
    if run.listed or (starts_item(stripped) and len(above) < 0.85 * run.width):
        return False
    return len(above) >= 0.7 * run.width  # a line that ended well short was not wrapped


def _wrapped_sentence(above: str, stripped: str, run: _Run, bullet: bool) -> bool:
    """A paragraph wrapped before a capital: "… at Leeds City" / "Council, and turnover fell …"."""
    if bullet or run.listed or run.width < 60 or len(above) < 0.85 * run.width:
        return False
    if above.endswith(")") or COMPANY_FORM.search(fold(above)):
        return False  # "Eko-Trans Sp. z o.o., Piotrków (magazyn chemii)" then the title: a header block
    words = re.findall(r"[^\W\d_][\w'’-]*", stripped)
    lower = sum(word[0].islower() for word in words)
    ends = stripped.endswith((".", "!", "?")) or len(stripped) >= 0.5 * run.width
    return ends and len(words) >= 3 and lower >= 0.5 * len(words)
