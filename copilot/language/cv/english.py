"""English CV lines said in the first person: "Led migration of the app" → "I led the migration of the app".

CV shorthand is read out as words ("w/ ~7 yrs" → "with about 7 years", "25min -> 8min" → "from 25
minutes to 8 minutes"), the article CVs drop comes back ("cut the cold start time", "won the largest
deal", "built a React dashboard"), and a last clause joined by a comma gets its "and".
"""

from __future__ import annotations

import re

from copilot.language.cv.casing import KEEP_CASE, lower_first, proper_case
from copilot.language.text import fold, word_set
from copilot.language.verbs import PAST_IRREGULAR, is_past_tense, past_tense, verb_base

# Bullets that open with the role someone played ("Incident commander during...").
ROLE_NOUNS = word_set(
    "commander lead owner manager member coordinator champion organiser organizer speaker mentor "
    "host facilitator representative ambassador contact maintainer reviewer trainer captain assessor "
    "practitioner supervisor user superuser warden rep steward first-aider aider buddy deputy chair secretary "
    "treasurer ambassador"
)
# Job titles a bullet can be ("sre / devops engineer, platform team").
TITLE_NOUNS = word_set(
    "engineer developer admin administrator sysadmin analyst designer consultant specialist architect "
    "teacher nurse accountant intern assistant officer executive tutor lecturer technician scientist "
    "researcher programmer tester chef cook waiter barista driver cashier"
)
OPENING_ADVERBIAL = word_set("in during after while when on at for over within since before")
AS_ROLE = re.compile(r"^(?P<role>[^,:]{3,90}?)(?::|,)\s+(?P<verb>\w+)\s*(?P<rest>.*)$")
SUBJECT_CLAUSE = re.compile(r"^(?P<subject>[^:]{3,80}?)(?::|,)\s+(?P<clause>I\s.+)$")
DETERMINERS = word_set(
    "a an the my our their his her its this that these those one two three four five six seven eight nine ten "
    "some several many all each every any both no over more up it them us"
)
PHRASE_ENDS = word_set(
    "of for with in to on at by and from using that which who where when across into than towards toward "
    "through under over around between within without alongside via per as after before during up out off down "
    "about against among throughout"
)
MASS_NOUNS = word_set(
    "software data code infrastructure research training support documentation feedback work analysis testing "
    "onboarding reporting marketing sales content design engineering security monitoring automation tooling "
    "quality logistics accounting payroll budgeting planning hiring recruitment care customer customers "
    "revenue traffic performance operations deployment deployments governance compliance observability "
    "mentoring coaching modularisation modularization standardisation standardization waste spend turnover "
    "downtime overtime absence churn shrinkage scrap rework footfall attrition"
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
COUNT_NOUNS = word_set(
    "app application dashboard pipeline platform service model tool system library website site template "
    "framework bot plugin module report cluster database warehouse stack course workshop club programme "
    "program campaign process project product feature migration redesign audit integration scheme extension "
    "refurbishment fit-out contract tender bid event conference menu curriculum policy procedure checklist "
    "rota spreadsheet tracker register newsletter rebrand handbook playbook prototype survey study portal "
    "store branch unit launch rollout roll-out upgrade"
)
_PASSIVE = word_set("promoted awarded nominated selected shortlisted named elected invited ranked certified")
_SPAN_VERBS = word_set("took lasted")
# "took part in", "took place", "took charge of": a verb with a bare noun that takes no article.
# The particle of a phrasal verb: "signed off", "picked up", "pushed back on".
PARTICLES = word_set("off up out down over back")
_VERB_PARTICLES = PARTICLES | word_set("through around away")
_IDIOM_OBJECTS = word_set("part place charge care ownership responsibility notice advantage")
RELEASE_VERBS = word_set("deployed hosted published released shipped launched presented")
EVENT_NOUNS = word_set(
    "error incident outage complaint mistake failure issue breach accident fall conflict dispute disagreement clash"
)
# "SRE", "MBA", "HR": acronyms said letter by letter, so the article goes by the first letter's name.
_VOWEL_LETTER_NAMES = "AEFHILMNORSX"


def indefinite(phrase: str) -> str:
    first = phrase.split()[0] if phrase.split() else ""
    if re.fullmatch(r"[A-Z]{2,}s?", first.strip(",/")):
        return "an" if first[0] in _VOWEL_LETTER_NAMES else "a"
    folded = fold(first)
    if re.match(r"one\b|one-|uni|use|usu|uti|eu|ur[aeo]", folded):
        return "a"  # said with a "w" or "y" sound: "a one-click reorder", "a user", "a European"
    if re.match(r"hour|honest|honou?r|heir", folded):
        return "an"
    return "an" if folded[:1] in "aeiou" else "a"


# Shorthand said as words: "k8s" is "Kubernetes"; names and acronyms get their letters from ``proper_case``.
_SAID_AS = {"k8s": "Kubernetes", "ci/cd": "CI/CD", "devops": "DevOps", "w/e": "weekend"}
_MULTIPLIERS = {"m": "million", "mln": "million", "bn": "billion", "b": "billion"}
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
    text = re.sub(r"(?:~|\bapprox\.?|\bca\.|\bc\.)\s?(?=[£$€]?\d)", "about ", text, flags=re.I)
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

    # "... promises → agreed a shared board": an arrow before a verb says what came of it, not "to"
    text = re.sub(r"\s*(?:->|→|=>)\s*(?=(?:we |i |they )?[a-z]+ed\b)", "; ", text)
    text = re.sub(r"(^|.*?\s)((?:about )?\S+(?: \w+s)?)\s*(?:->|→|=>)\s*", arrow, text)
    text = re.sub(r"(?<=\w)\s[+&]\s(?=\w)", " and ", text)
    text = re.sub(r"(?<=\w)\s&\s(?=[a-z])", " and ", text)
    text = re.sub(r"(?<![\w/])([a-z0-9/]+)(?![\w/])", lambda m: _SAID_AS.get(m.group(1), m.group(1)), text)
    text = proper_case(text, "en")
    # "GBP 22m" → "£22 million", "$2B" → "$2 billion"; "£35k" stays as people say it.
    text = re.sub(r"\b(?:GBP|gbp)\s?(?=\d)", "£", text)
    text = re.sub(r"\b(?:EUR|eur)\s?(?=\d)", "€", text)
    text = re.sub(r"\b(?:USD|usd)\s?(?=\d)", "$", text)
    text = re.sub(
        r"([£$€]\d+(?:\.\d+)?)\s?(mln|bn|[mMbB])\b",
        lambda m: f"{m.group(1)} {_MULTIPLIERS[m.group(2).lower()]}",
        text,
    )
    text = re.sub(r"\bwith (about )?(\d+\+?) years(?=[,.;]|$)", r"with \1\2 years of experience", text)
    text = re.sub(r"([.!?]\s+)([a-z])", lambda m: m.group(1) + m.group(2).upper(), text)
    return re.sub(r"\s+", " ", text).strip()


def with_article(words: list[str]) -> list[str]:
    """CV shorthand "Built health-score dashboard" reads "built a health-score dashboard" aloud; "Led
    migration of the app" reads "led the migration of the app"; "Won largest deal" reads "won the largest deal"."""
    if len(words) < 3 or fold(words[1]).strip(",") in _IDIOM_OBJECTS:
        return words  # "took part in": no article after the verb
    if fold(words[1]).strip(",") in _VERB_PARTICLES:
        # "picked up new CMS" → "picked up a new CMS"; "pushed back on ..." stays as it is
        phrasal = with_article([f"{words[0]} {words[1]}", *words[2:]])
        return [*phrasal[0].split(" ", 1), *phrasal[1:]]
    noun_phrase = []
    for word in words[1:5]:
        bare = fold(word).strip(",")
        if noun_phrase and bare in ("the", "a", "an", "our", "my", "their", "its"):
            break  # "helped open the site": the first word was a verb
        if bare in PHRASE_ENDS or (is_past_tense(bare) and noun_phrase) or word.endswith(","):
            if word.endswith(",") and bare not in PHRASE_ENDS:
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
    if len(noun_phrase) == 1 and following in ("the", "a", "an", "our", "my", "their", "its"):
        return words  # a verb after a verb: "helped open the Manchester site"
    if len(noun_phrase) == 1 and following in ("and", "&") and re.match(r"[a-z]", after):
        return words  # "tested pick and replenishment flows": the noun comes after the "and"
    plural = last.endswith("s") and not last.endswith("ss")
    measured = following in ("from", "by", "about", "around", "roughly", "nearly", "almost") and re.match(
        r"[\d~$€£]|about|roughly|nearly|almost|around|over", after
    )
    if (
        # "cut the forecast error from 31%", but "reduced waste by 20%": a one-word amount stays bare
        (last in _MEASURES or (measured and last not in MASS_NOUNS and len(noun_phrase) > 1))
        and (noun_phrase[0][:1].islower() or len(noun_phrase) > 1)
        and first not in DETERMINERS
        and not plural
    ):
        return [words[0], "the", *words[1:]]
    if measured and len(noun_phrase) == 1:
        return words  # "reduced waste by 20%", "increased NPS from 32 to 51"
    if noun_phrase[0][:1].isupper() and not KEEP_CASE.match(noun_phrase[0]) and len(noun_phrase) == 1:
        return words  # a name: "Led Project Phoenix"
    if noun_phrase[0][:1].isupper() and last in COUNT_NOUNS and noun_phrase[-1].islower():
        return [words[0], indefinite(noun_phrase[0]), *words[1:]]
    if (
        first in DETERMINERS
        or any(re.search(r"\d", word) for word in noun_phrase)
        or noun_phrase[0][:1].isupper()
        or re.match(r"[\d$€£~+]", noun_phrase[0])
        or plural
        or last in MASS_NOUNS
        or first in MASS_NOUNS
        or verb_base(first)
        or first.endswith(("ly", "ing"))
        or is_past_tense(first)
    ):
        return words
    counted = re.match(r"[\d~]|about", after)  # "a team of 6", but "the migration of the app"
    article = "the" if following == "of" and not counted else indefinite(noun_phrase[0])
    return [words[0], article, *words[1:]]


# Verbs of a change that happened by itself: "completion rate went from 54% to 93%".
INTRANSITIVE = word_set(
    "dropped fell rose grew increased decreased improved doubled halved tripled went stayed remained came "
    "declined shrank jumped climbed rose soared plummeted stabilised stabilized recovered stopped ended ceased"
)


def later_verbs(words: list[str], present: bool, base_forms: bool = False) -> list[str]:
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
        if base is None and joined and index == 2 and bare.endswith("ing") and base_forms:
            base = verb_base(bare)  # "Recognising and escalating deterioration": the second verb too
        past = is_past_tense(bare) and bare not in ("based", "used", "given", "related")
        # A base form is a verb in a present bullet, a bullet of base forms, or right after the first verb
        # ("Built and maintain"); otherwise it is more likely a noun ("dashboards and report templates").
        base_verb = base and (present or base_forms or (joined and index == 2))
        passive_at = _passive_after(out, index) if after_comma and bare.isalpha() else None
        if base_verb and passive_at is not None and passive_at > index + 2:
            # "..., run the tests that failed" stays a verb; "..., run time reduced" does not
            passive_at = None
        if passive_at is not None:
            # "..., flavoured milk range delisted for low rotation": a thing that was done to, not a verb
            noun = fold(out[passive_at - 1])
            plural = noun.endswith("s") and not noun.endswith("ss")
            if fold(out[passive_at]).strip(",") in INTRANSITIVE:
                out[index] = (
                    word if plural else "the " + word
                )  # "..., completion rate went up": its own subject
            else:
                out[passive_at] = ("were " if plural else "was ") + out[passive_at]
                out[index] = word if plural else article_for(word) + word
            if len(" ".join(out[:index]).rstrip(",").split(", ")[-1].split()) >= 3:
                last_comma_verb = index
            index = passive_at + 1
            continue
        if (joined or after_comma) and (base_verb or past):
            if bare in _PASSIVE:
                out[index] = "was " + word
            elif (
                bare in _SPAN_VERBS
                and after_comma
                and index + 1 < len(out)
                and re.match(
                    r"\d|(?:about|around|over|under|nearly|almost|just|only|less|more|a|an)$",
                    fold(out[index + 1]),
                )
            ):
                out[index] = "which " + word  # "..., took about 14 months" → "which took about 14 months"
                after_comma = False
            else:
                if base_verb and not past:
                    out[index] = (base if present else past_tense(base)) + ("," if word.endswith(",") else "")
                if not word.endswith(","):  # "escalated, account disabled": no object of its own
                    out[index:] = with_article(out[index:])
                following = fold(out[index + 1]) if index + 1 < len(out) else ""
                if bare in RELEASE_VERBS and following in ("on", "to", "in", "at", "via"):
                    out.insert(index + 1, "it")  # "..., deployed on Netlify" → "and deployed it on Netlify"
            if after_comma and len(" ".join(out[:index]).rstrip(",").split(", ")[-1].split()) >= 3:
                last_comma_verb = index
        index += 1
    if last_comma_verb is not None:
        out[last_comma_verb - 1] = out[last_comma_verb - 1].rstrip(",")
        before = " ".join(out[:last_comma_verb])
        # "... after two candidates dropped out, introduced check-ins": someone else is the last
        # subject, so the candidate is named again ("and I introduced")
        other_subject = re.search(
            r"\b(?:after|when|because|as|once|until|before|while|since) (?:the |two |three |\w+ )?\w+s? \w+ed\b",
            before.split(", ")[-1],
        )
        out.insert(last_comma_verb, "and I" if other_subject else "and")
    return out


_AFTER_PASSIVE = word_set("for by in after due at on from because as")


def _passive_after(words: list[str], index: int) -> int | None:
    """The index of a participle that a noun phrase opened by ``words[index]`` takes as its verb
    ("flavoured milk range delisted for ..."), or None."""
    for ahead in range(index + 1, min(index + 4, len(words))):
        word = fold(words[ahead]).strip(",")
        if is_past_tense(word) and word not in ("based", "used"):
            following = fold(words[ahead + 1]) if ahead + 1 < len(words) else ""
            return ahead if ahead > index + 1 and (not following or following in _AFTER_PASSIVE) else None
        if verb_base(word) == word or word in DETERMINERS:
            return None
    return None


def split_at_verb_clause(text: str) -> tuple[str, str]:
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


def article_for(noun_phrase: str) -> str:
    first = fold(noun_phrase.split()[0]) if noun_phrase.split() else ""
    if first in ("a", "an", "the", "my", "our", "one") or (
        noun_phrase[:1].isupper() and not noun_phrase[1:2].islower()
    ):
        return ""
    return indefinite(noun_phrase) + " "


def held(head: str) -> str:
    """ "on-call, incident commander" → "on call and an incident commander"."""
    parts = []
    for part in head.split(", "):
        if fold(part) in ("on-call", "on call"):
            parts.append("on call")
        elif fold(part.split()[-1]) in ROLE_NOUNS | TITLE_NOUNS:
            parts.append(f"{indefinite(part)} {lower_first(part)}")
        else:
            parts.append(lower_first(part))
    return " and ".join(parts)


def with_object(words: list[str]) -> list[str]:
    words = with_article(words)
    if len(words) > 3 and fold(words[1]) in ("on", "for"):
        return [*words[:2], *count_article(words[2:])]  # "worked on accessibility audit" → "on an ..."
    return words


def count_article(phrase: list[str]) -> list[str]:
    """ "churn prediction model for ..." → "a churn prediction model ..."; a single lowercase word may be
    a tool's name ("terraform for all infra") and keeps no article."""
    head = re.split(r"[,:]| for | with | in | on ", " ".join(phrase))[0].split()
    countable = 1 < len(head) <= 4 and fold(head[-1]) in COUNT_NOUNS and head[0].islower()
    if countable and fold(head[0]) not in DETERMINERS and not fold(head[0]).endswith("ing"):
        return [indefinite(head[0]), *phrase]
    return phrase
