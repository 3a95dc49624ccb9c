"""English CV lines said in the first person: "Led migration of the app" → "I led the migration of the app".

CV shorthand is read out as words ("w/ ~7 yrs" → "with about 7 years", "25min -> 8min" → "from 25
minutes to 8 minutes"), the article CVs drop comes back ("cut the cold start time", "won the largest
deal", "built a React dashboard"), and a last clause joined by a comma gets its "and".
"""

from __future__ import annotations

import re

from copilot.language.cv.casing import KEEP_CASE, lower_first
from copilot.language.text import fold, word_set
from copilot.language.verbs import PAST_IRREGULAR, is_past_tense, past_tense, verb_base

# Bullets that open with the role someone played ("Incident commander during...").
ROLE_NOUNS = word_set(
    "commander lead owner manager member coordinator champion organiser organizer speaker mentor "
    "host facilitator representative ambassador contact maintainer reviewer trainer captain assessor "
    "practitioner supervisor"
)
# Job titles a bullet can be ("sre / devops engineer, platform team").
_TITLE_NOUNS = word_set(
    "engineer developer admin administrator sysadmin analyst designer consultant specialist architect "
    "teacher nurse accountant intern assistant officer executive tutor lecturer technician scientist "
    "researcher programmer tester chef cook waiter barista driver cashier"
)
_OPENING_ADVERBIAL = word_set("in during after while when on at for over within since before")
_AS_ROLE = re.compile(r"^(?P<role>[^,:]{3,60}?)(?::|,)\s+(?P<verb>\w+)\s*(?P<rest>.*)$")
_SUBJECT_CLAUSE = re.compile(r"^(?P<subject>[^:]{3,80}?)(?::|,)\s+(?P<clause>I\s.+)$")
_DETERMINERS = word_set(
    "a an the my our their his her its this that these those one two three four five six seven eight nine ten "
    "some several many all each every any both no over more up it them us"
)
_PHRASE_ENDS = word_set(
    "of for with in to on at by and from using that which who where when across into than"
)
_MASS_NOUNS = word_set(
    "software data code infrastructure research training support documentation feedback work analysis testing "
    "onboarding reporting marketing sales content design engineering security monitoring automation tooling "
    "quality logistics accounting payroll budgeting planning hiring recruitment care customer customers "
    "revenue traffic performance operations deployment deployments governance compliance observability "
    "mentoring coaching modularisation modularization standardisation standardization"
)
_SUPERLATIVES = word_set(
    "first last only best worst largest biggest highest lowest fastest slowest latest newest oldest longest "
    "shortest strongest greatest smallest earliest main sole same top"
)
# Nouns of an amount: "cut the cold start time from 2.8 seconds", "reduced the error rate by 30%".
_MEASURES = word_set(
    "time rate cost latency error size count duration bill score ratio margin backlog footprint load budget "
    "cycle variance"
)
# Count nouns after a capitalised name: "Maintained Java Android app" → "a Java Android app".
_COUNT_NOUNS = word_set(
    "app application dashboard pipeline platform service model tool system library website site template "
    "framework bot plugin module report cluster database warehouse stack course workshop club programme "
    "program campaign process project product feature migration redesign audit integration"
)
_PASSIVE = word_set("promoted awarded nominated selected shortlisted named elected invited ranked certified")
_SPAN_VERBS = word_set("took lasted")
_RELEASE_VERBS = word_set("deployed hosted published released shipped launched presented")
_EVENT_NOUNS = word_set("error incident outage complaint mistake failure issue breach accident fall")
# "SRE", "MBA", "HR": acronyms said letter by letter, so the article goes by the first letter's name.
_VOWEL_LETTER_NAMES = "AEFHILMNORSX"


def indefinite(phrase: str) -> str:
    first = phrase.split()[0] if phrase.split() else ""
    if re.fullmatch(r"[A-Z]{2,}s?", first.strip(",/")):
        return "an" if first[0] in _VOWEL_LETTER_NAMES else "a"
    return "an" if fold(first)[:1] in "aeio" else "a"


_ACRONYMS = {
    "aws": "AWS",
    "gcp": "GCP",
    "ec2": "EC2",
    "eks": "EKS",
    "ecs": "ECS",
    "sre": "SRE",
    "ci/cd": "CI/CD",
    "api": "API",
    "apis": "APIs",
    "sql": "SQL",
    "rhel": "RHEL",
    "kpi": "KPI",
    "kpis": "KPIs",
    "crm": "CRM",
    "erp": "ERP",
    "devops": "DevOps",
    "linux": "Linux",
    "k8s": "Kubernetes",
}
_UNITS = (
    (r"(?:yrs?|years?)", "year"),
    (r"(?:mos|months?)", "month"),
    (r"(?:hrs?|h|hours?)", "hour"),
    (r"(?:mins?|minutes?)", "minute"),
    (r"(?:secs?|seconds?)", "second"),
)


def _unit(number: str, word: str) -> str:
    return f"{number} {word}" + ("" if number in ("1", "1.0") else "s")


_PER = {"yr": "year", "mo": "month", "wk": "week", "h": "hour", "hr": "hour"}


def _per(match: re.Match[str]) -> str:
    unit = match.group()[1:]
    return " per " + _PER.get(unit, unit)  # "£20k/yr" → "£20k per year", "300 covers/night" → "... per night"


def expand_shorthand(text: str) -> str:
    """CV shorthand as it is said: "w/ ~7 yrs" → "with about 7 years", "25min -> 8min" → "from 25 minutes
    to 8 minutes", "aws + k8s" → "AWS and Kubernetes"."""
    text = re.sub(r"(?<!\S)w/o(?=\s)", "without", text)
    text = re.sub(r"(?<!\S)w/\s*", "with ", text)
    text = re.sub(r"(?:~|\bapprox\.?|\bca\.)\s?(?=\d)", "about ", text, flags=re.I)
    for pattern, word in _UNITS:
        text = re.sub(
            rf"\b(\d+(?:\.\d+)?)\s?{pattern}(?![\w'’])",
            lambda m, w=word: _unit(m.group(1), w),
            text,
            flags=re.I,
        )
    text = re.sub(r"\b(\d+\.\d+)s\b", lambda m: _unit(m.group(1), "second"), text)
    text = re.sub(r"(?<=\w)/(?:yr|year|mo|month|wk|week|day|night|shift|h|hr|hour)\b", _per, text)

    def arrow(match: re.Match[str]) -> str:
        before, left = match.group(1), match.group(2)
        if re.search(r"\d", left) and not re.search(r"\bfrom\s*$", before):
            return f"{before}from {left} to "
        return f"{before}{left} to "

    text = re.sub(r"(^|.*?\s)((?:about )?\S+(?: \w+s)?)\s*(?:->|→|=>)\s*", arrow, text)
    text = re.sub(r"(?<=\w)\s\+\s(?=\w)", " and ", text)
    text = re.sub(r"(?<=\w)\s&\s(?=[a-z])", " and ", text)
    text = re.sub(r"(?<![\w/])([a-z0-9/]+)(?![\w/])", lambda m: _ACRONYMS.get(m.group(1), m.group(1)), text)
    text = re.sub(r"\bwith (about )?(\d+\+?) years(?=[,.;]|$)", r"with \1\2 years of experience", text)
    text = re.sub(r"([.!?]\s+)([a-z])", lambda m: m.group(1) + m.group(2).upper(), text)
    return re.sub(r"\s+", " ", text).strip()


def with_article(words: list[str]) -> list[str]:
    """CV shorthand "Built health-score dashboard" reads "built a health-score dashboard" aloud; "Led
    migration of the app" reads "led the migration of the app"; "Won largest deal" reads "won the largest deal"."""
    if len(words) < 3:
        return words
    noun_phrase = []
    for word in words[1:5]:
        bare = fold(word).strip(",")
        if bare in _PHRASE_ENDS or (is_past_tense(bare) and noun_phrase) or word.endswith(","):
            if word.endswith(",") and bare not in _PHRASE_ENDS:
                noun_phrase.append(word)
            break
        noun_phrase.append(word)
    if not noun_phrase:
        return words
    first, last = fold(noun_phrase[0]).strip(","), fold(noun_phrase[-1]).strip(",")
    if first in _SUPERLATIVES:
        return [words[0], "the", *words[1:]]
    following = fold(words[1 + len(noun_phrase)]) if len(words) > 1 + len(noun_phrase) else ""
    after = words[2 + len(noun_phrase)] if len(words) > 2 + len(noun_phrase) else ""
    plural = last.endswith("s") and not last.endswith("ss")
    measured = following in ("from", "by") and re.match(
        r"[\d~$€£]|about|roughly|nearly|almost|around|over", after
    )
    if (
        # "cut the forecast error from 31%", but "reduced waste by 20%": a one-word amount stays bare
        (last in _MEASURES or (measured and last not in _MASS_NOUNS and len(noun_phrase) > 1))
        and noun_phrase[0][:1].islower()
        and first not in _DETERMINERS
        and not plural
    ):
        return [words[0], "the", *words[1:]]
    if measured and len(noun_phrase) == 1:
        return words  # "reduced waste by 20%", "increased NPS from 32 to 51"
    if noun_phrase[0][:1].isupper() and not KEEP_CASE.match(noun_phrase[0]) and len(noun_phrase) == 1:
        return words  # a name: "Led Project Phoenix"
    if noun_phrase[0][:1].isupper() and last in _COUNT_NOUNS and noun_phrase[-1].islower():
        return [words[0], indefinite(noun_phrase[0]), *words[1:]]
    if (
        first in _DETERMINERS
        or any(re.search(r"\d", word) for word in noun_phrase)
        or noun_phrase[0][:1].isupper()
        or re.match(r"[\d$€£~+]", noun_phrase[0])
        or plural
        or last in _MASS_NOUNS
        or first in _MASS_NOUNS
        or verb_base(first)
        or first.endswith(("ly", "ing"))
        or is_past_tense(first)
    ):
        return words
    counted = re.match(r"[\d~]|about", after)  # "a team of 6", but "the migration of the app"
    article = "the" if following == "of" and not counted else indefinite(noun_phrase[0])
    return [words[0], article, *words[1:]]


def _later_verbs(words: list[str], present: bool, base_forms: bool = False) -> list[str]:
    """Verbs that start later clauses take the role's tense and their article ("..., cut forecast error"
    → "and cut the forecast error"); the last clause joined by a comma gets its "and"."""
    out = list(words)
    last_comma_verb = None
    index = 1
    while index < len(out):
        word, previous = out[index], out[index - 1]
        bare = fold(word).strip(",")
        joined = fold(previous) in ("and", "&") and index <= 7
        after_comma = previous.endswith(",") and index + 1 < len(out)
        base = bare if verb_base(bare) == bare else None  # "run", not "runs" or "running"
        past = is_past_tense(bare) and bare not in ("based", "used", "given", "related")
        # A base form is a verb in a present bullet, a bullet of base forms, or right after the first verb
        # ("Built and maintain"); otherwise it is more likely a noun ("dashboards and report templates").
        base_verb = base and (present or base_forms or (joined and index == 2))
        if (joined or after_comma) and (base_verb or past):
            if bare in _PASSIVE:
                out[index] = "was " + word
            elif bare in _SPAN_VERBS and after_comma:
                out[index] = "which " + word  # "..., took about 14 months" → "which took about 14 months"
                after_comma = False
            else:
                if base_verb and not past:
                    out[index] = (base if present else past_tense(base)) + ("," if word.endswith(",") else "")
                out[index:] = with_article(out[index:])
                following = fold(out[index + 1]) if index + 1 < len(out) else ""
                if bare in _RELEASE_VERBS and following in ("on", "to", "in", "at", "via"):
                    out.insert(index + 1, "it")  # "..., deployed on Netlify" → "and deployed it on Netlify"
            if after_comma and len(" ".join(out[:index]).rstrip(",").split(", ")[-1].split()) >= 3:
                last_comma_verb = index
        index += 1
    if last_comma_verb is not None:
        out[last_comma_verb - 1] = out[last_comma_verb - 1].rstrip(",")
        out.insert(last_comma_verb, "and")
    return out


def _split_at_verb_clause(text: str) -> tuple[str, str]:
    """A noun phrase followed by ", <past verb> ...": the point where "I" belongs."""
    parts = text.split(", ")
    for index in range(1, len(parts)):
        word = fold(parts[index].split()[0]) if parts[index].split() else ""
        ambiguous = word in PAST_IRREGULAR and word not in ("set", "put")
        if (
            is_past_tense(word)
            and (not verb_base(word) or ambiguous)
            and word not in ("given", "used", "based")
        ):
            return ", ".join(parts[:index]), ", ".join(parts[index:])
    return text, ""


def _article_for(noun_phrase: str) -> str:
    first = fold(noun_phrase.split()[0]) if noun_phrase.split() else ""
    if first in ("a", "an", "the", "my", "our", "one") or (
        noun_phrase[:1].isupper() and not noun_phrase[1:2].islower()
    ):
        return ""
    return indefinite(noun_phrase) + " "


def _held(head: str) -> str:
    """ "on-call, incident commander" → "on call and an incident commander"."""
    parts = []
    for part in head.split(", "):
        if fold(part) in ("on-call", "on call"):
            parts.append("on call")
        elif fold(part.split()[-1]) in ROLE_NOUNS | _TITLE_NOUNS:
            parts.append(f"{indefinite(part)} {lower_first(part)}")
        else:
            parts.append(lower_first(part))
    return " and ".join(parts)


def en_clause(text: str, present: bool, skills: tuple[str, ...] = ()) -> str:
    """First-person English clause of a bullet (without the role prefix)."""
    text = expand_shorthand(text)
    words = text.split()
    if not words:
        return text
    first = fold(words[0]).strip(",")
    if first == "i" or (first in _OPENING_ADVERBIAL and len(words) > 4):
        return text
    if first in ("responsible", "part"):
        return ("I am " if present else "I was ") + lower_first(text)
    if first == "member":
        return ("I am a " if present else "I was a ") + lower_first(text)
    if _POSITION_HELD.match(text) and not verb_base(first) and not is_past_tense(first):
        return ("I am the " if present else "I was the ") + lower_first(text)
    if labelled := _SUBJECT_CLAUSE.match(text):
        # "Group project StudyBuddy, team of 4: I built the calendar" → "On group project ..., I built ..."
        return f"On {lower_first(labelled.group('subject'))}, {labelled.group('clause')}"
    base = verb_base(first)
    if is_past_tense(first) and base is None:
        return "I " + lower_first(" ".join(_later_verbs(_with_object(words), present)))
    if base is not None:
        words = _with_object(words)
        words = _later_verbs([base if present else past_tense(base), *words[1:]], present, base_forms=True)
        return "I " + " ".join(words)
    if len(words) > 2 and fold(words[1]) in ("for", "across") and first in {fold(s) for s in skills}:
        # "terraform for all aws infra" → "I used terraform for all AWS infra"
        return ("I use " if present else "I used ") + text
    head, _, rest = text.partition(", ")
    head_words = [fold(w) for w in head.split()]
    if 0 < len(head_words) <= 5 and head_words[-1] in _TITLE_NOUNS and not verb_base(head_words[0]):
        verb = "I work as" if present else "I worked as"
        team = (
            f", in the {rest}" if rest and fold(rest.split()[-1]) == "team" and len(rest.split()) <= 3 else ""
        )
        rest = "" if team else (", " + rest if rest else "")
        return f"{verb} {indefinite(head)} {lower_first(head)}{team}{rest}"
    label_words = [fold(w).strip(",:") for w in text.split(":")[0].split(",")[0].split()[:5]]
    if any(word in ROLE_NOUNS for word in label_words[:3]):
        as_role = _AS_ROLE.match(text)
        if as_role and (verb_base(fold(as_role.group("verb"))) or is_past_tense(fold(as_role.group("verb")))):
            # "Falls prevention lead: introduced hourly rounding" → "As falls prevention lead, I introduced ..."
            verb = fold(as_role.group("verb"))
            verb = (
                verb if is_past_tense(verb) and not verb_base(verb) else past_tense(verb_base(verb) or verb)
            )
            return f"As {lower_first(as_role.group('role'))}, I {verb} {as_role.group('rest')}".strip()
        return "I acted as " + lower_first(text)
    if first in ("the", "our", "my", "this", "a", "an") and any(
        is_past_tense(fold(w).strip(",")) for w in words[2:7]
    ):
        return lower_first(
            text
        )  # a whole sentence with its own subject: "The Goals feature missed its target"
    label, colon, rest = text.partition(": ")
    if colon and len(label.split()) <= 8 and re.match(r"[\d+~$€£]", rest):
        return f"I worked on {lower_first(label)}, with results like {rest}"
    if re.match(r"^[\d+~]", first):
        return "the result was " + text if "%" in text else "I worked on " + text
    head, verb_clause = _split_at_verb_clause(text)
    if verb_clause:
        clause_words = verb_clause.split()
        if (
            fold(clause_words[0]) in _RELEASE_VERBS
            and len(clause_words) > 1
            and fold(clause_words[1]) in ("on", "to", "in", "at", "via")
        ):
            clause_words.insert(
                1, "it"
            )  # "NC News, ..., deployed on Render" → "... and deployed it on Render"
        clause = " ".join(_later_verbs(with_article(clause_words), present=False))
        head_words = [fold(w).strip(",") for w in head.split()]
        if any(word in ROLE_NOUNS or word in ("on-call",) for word in head_words):
            return f"I was {_held(head)}, and I {clause}"
        if any(word in _EVENT_NOUNS for word in head_words):
            # "Medication error in 2021, antibiotic given late, reported it on Datix" → "There was ...; I reported it ..."
            return f"there was {_article_for(head)}{lower_first(head)}; I {clause}"
        return f"I worked on {_article_for(head)}{lower_first(head)} and {clause}"
    return "I worked on " + " ".join(_count_article(lower_first(text).split()))


def _with_object(words: list[str]) -> list[str]:
    words = with_article(words)
    if len(words) > 3 and fold(words[1]) in ("on", "for"):
        return [*words[:2], *_count_article(words[2:])]  # "worked on accessibility audit" → "on an ..."
    return words


def _count_article(phrase: list[str]) -> list[str]:
    """ "churn prediction model for ..." → "a churn prediction model ..."; a single lowercase word may be
    a tool's name ("terraform for all infra") and keeps no article."""
    head = re.split(r"[,:]| for | with | in | on ", " ".join(phrase))[0].split()
    countable = 1 < len(head) <= 4 and fold(head[-1]) in _COUNT_NOUNS and head[0].islower()
    if countable and fold(head[0]) not in _DETERMINERS and not fold(head[0]).endswith("ing"):
        return [indefinite(head[0]), *phrase]
    return phrase


# "Escalation point for billing issues" names a position someone held: "I was the escalation point for ...".
_POSITION_HELD = re.compile(
    r"^(?:[\w-]+\s+){0,3}?(?:point|contact|person|liaison|owner|representative|go-to)\s+(?:of\s+contact\s+)?"
    r"(?:for|between|on)\s+\S",
    re.I,
)
_ADJECTIVE_ENDS = (
    "able",
    "ible",
    "ive",
    "ful",
    "ous",
    "driven",
    "oriented",
    "minded",
    "focused",
    "motivated",
)
_ADJECTIVES = word_set(
    "calm passionate curious organised organized experienced skilled keen eager fluent proficient confident "
    "familiar adept comfortable reliable"
)
_LIKES = word_set("like love enjoy care prefer specialise specialize want believe thrive focus")


def _is_adjective(word: str) -> bool:
    return word in _ADJECTIVES or (word.endswith(_ADJECTIVE_ENDS) and len(word) > 5)


def summary_en(text: str) -> str:
    """ "Backend engineer with 7 years of experience..." → "I'm a backend engineer with 7 years ...";
    each further sentence of the summary is said in the first person too."""
    text = expand_shorthand(text)
    sentences = [s for s in re.split(r"(?<=[.!?])\s+", text) if s.strip()]
    said = [_summary_sentence(s, index) for index, s in enumerate(sentences)]
    return " ".join(s[:1].upper() + s[1:] for s in said)


def _summary_sentence(text: str, index: int) -> str:
    words = text.split()
    first = fold(words[0]).strip(",") if words else ""
    following = fold(words[1]) if len(words) > 1 else ""
    if first in ("i", "i'm"):
        return text
    if first == "track" and following == "record":
        return "I have a " + lower_first(text)
    if _is_adjective(first) and (
        not following or words[0].endswith(",") or following.endswith("ing") or following in _PHRASE_ENDS
    ):
        return "I'm " + lower_first(text)
    if first in _LIKES:
        return "I " + lower_first(text)
    if (first, following) in (("before", "that"), ("prior", "to")) or first == "previously":
        lead = (
            "previously" if first == "previously" else " ".join(words[:2] if first == "before" else words[:3])
        )
        rest = " ".join(words[len(lead.split()) :]).strip(", ")
        if rest and not any(verb_base(fold(w)) or is_past_tense(fold(w)) for w in rest.split()[:2]):
            return f"{lead[:1].upper() + lead[1:]}, I worked as {indefinite(rest)} {rest}"
        return text
    if verb_base(first) or is_past_tense(first):
        return en_clause(text, present=True)
    if first[:1].isdigit():
        return "I have " + text
    if index and len(words) < 3:
        return text
    return f"I'm {indefinite(text)} {lower_first(text)}"
