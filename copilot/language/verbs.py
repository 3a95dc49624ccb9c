"""English verb forms for CV bullets and job ads: base, past tense and -ing of the verbs CVs use."""

from __future__ import annotations

import re

from copilot.language.text import word_set

IRREGULAR = {
    "build": "built",
    "lead": "led",
    "run": "ran",
    "write": "wrote",
    "teach": "taught",
    "grow": "grew",
    "drive": "drove",
    "win": "won",
    "make": "made",
    "take": "took",
    "set": "set",
    "cut": "cut",
    "bring": "brought",
    "oversee": "oversaw",
    "hold": "held",
    "keep": "kept",
    "sell": "sold",
    "begin": "began",
    "become": "became",
    "choose": "chose",
    "give": "gave",
    "find": "found",
    "speak": "spoke",
    "meet": "met",
    "send": "sent",
    "spend": "spent",
    "do": "did",
    "get": "got",
    "go": "went",
    "have": "had",
    "put": "put",
    "think": "thought",
    "see": "saw",
    "know": "knew",
    "draw": "drew",
    "buy": "bought",
    "deal": "dealt",
    "pay": "paid",
    "say": "said",
    "shut": "shut",
    "split": "split",
    "spread": "spread",
    "stand": "stood",
    "understand": "understood",
    "undertake": "undertook",
    "rebuild": "rebuilt",
    "rewrite": "rewrote",
    "redo": "redid",
    "feed": "fed",
    "fight": "fought",
    "seek": "sought",
    "catch": "caught",
    "lend": "lent",
    "ride": "rode",
    "rise": "rose",
    "break": "broke",
    "freeze": "froze",
    "steal": "stole",
    "wake": "woke",
    "forgive": "forgave",
    "shake": "shook",
    "eat": "ate",
    "fall": "fell",
    "feel": "felt",
    "sleep": "slept",
    "sweep": "swept",
    "leave": "left",
    "mean": "meant",
    "flee": "fled",
    "speed": "sped",
    "hear": "heard",
    "tell": "told",
    "withdraw": "withdrew",
    "throw": "threw",
    "fly": "flew",
    "blow": "blew",
    "swim": "swam",
    "sing": "sang",
    "ring": "rang",
    "drink": "drank",
    "sink": "sank",
    "spin": "spun",
    "hang": "hung",
    "strike": "struck",
    "stick": "stuck",
    "dig": "dug",
    "light": "lit",
    "shoot": "shot",
    "sit": "sat",
    "lay": "laid",
    "bind": "bound",
    "come": "came",
    "overcome": "overcame",
    "forget": "forgot",
    "hide": "hid",
    "bite": "bit",
    "strive": "strove",
    "weave": "wove",
    "uphold": "upheld",
    "withhold": "withheld",
    "overtake": "overtook",
    "undergo": "underwent",
    "oversell": "oversold",
    "outgrow": "outgrew",
    "lose": "lost",
    "sew": "sewed",
    "stride": "strode",
    "foresee": "foresaw",
    "mislead": "misled",
}
PAST_IRREGULAR = frozenset(IRREGULAR.values()) - {"bit", "lit", "rose", "bound"}
# A verb with a prefix: "co-wrote", "re-designed", "cross-trained", "up-skilled", "on-boarded", "rewrote".
_HYPHEN_PREFIX = re.compile(r"^(?:co|re|cross|up|on|pre|over|under|out|de|mis|double|hand)-(?=[a-z]{2})")
_BARE_PREFIX = re.compile(r"^(?:re|over|under|out)(?=[a-z]{4})")
DOUBLE = word_set(
    "plan ship scope stop drop map tag log commit control refer prefer transfer submit admit equip"
)
VERBS = word_set("""
    hold find
    achieve administer advise analyse analyze architect assess assist audit automate build calculate champion
    coach collaborate communicate conduct configure consolidate construct consult contribute coordinate create
    cut debug define deliver deploy design develop diagnose direct document drive edit educate enable engineer
    enhance establish evaluate execute expand facilitate forecast grow guide handle help hire identify
    implement improve increase initiate install integrate interview introduce investigate launch lead maintain
    manage market measure mentor migrate model modernise modernize monitor negotiate onboard operate optimise
    optimize organise organize own oversee partner perform pilot plan prepare present prioritise prioritize
    process produce program promote propose prototype provide publish raise rebuild recruit redesign reduce
    refactor release report represent research resolve restructure review revamp rewrite run scale schedule
    secure sell serve set ship simplify solve spearhead standardise standardize streamline strengthen
    structure supervise support teach test track train transform translate triage troubleshoot tune upgrade
    use take validate win work write care sustain steer shape answer assemble draft close treat tutor conduct
    collect clean visualise visualize query cooperate liaise consult arrange deliver curate moderate
    translate proofread handle respond resolve advise close generate acquire retain onboard prospect pitch
    evolve ensure keep make bring join learn
    accelerate accomplish adapt adjust advocate align allocate amend anticipate appraise approve arbitrate
    assign attend authorise authorize benchmark brief calibrate centralise centralize clarify classify
    collate compile complete comply compose conceive convert convince correct counsel craft cultivate
    customise customize decrease delegate demonstrate detect determine devise digitise digitize dispatch
    dispense distribute diversify earn eliminate embed employ empower encourage enforce engage enrol enroll
    estimate examine exceed expedite explain explore extend extract fabricate finalise finalize forge
    formalise formalize formulate foster gather halve harmonise harmonize illustrate inspect inspire instruct
    interpret locate maximise maximize merge minimise minimize mobilise mobilize modify motivate navigate
    nurture obtain outperform overhaul participate predict prescribe preserve prevent procure reconcile
    recover rectify redeploy refine reinforce relaunch relocate remove renegotiate renew reorganise
    reorganize replace replenish rescue restock restore retrain revise revitalise revitalize safeguard select
    settle shortlist specify sponsor stabilise stabilize summarise summarize synthesise systematise tackle
    tailor terminate transcribe uncover unify upsell utilise utilize verify vet weld upskill co-ordinate
    coordinate fix lower double save escalate recognise recognize achieve coordinate greet welcome
    carry undertake unload repair rotate chase update fill lift sweep cook bake
    """)
# Words ending like a verb ("-ise", "-ify") that are not verbs.
_NOT_VERB_ENDINGS = word_set(
    "expertise enterprise franchise premise premises merchandise exercise otherwise concise precise promise "
    "compromise size prize seize noise raise poise cruise wise"
)
ED_NOT_VERBS = word_set(
    "embedded based advanced detailed experienced skilled certified qualified dedicated motivated interested "
    "distributed related seasoned licensed registered talented red bed need speed feed seed"
)


def _prefixed(word: str) -> tuple[str, str]:
    """ "co-wrote" → ("co-", "wrote"); a word without a verb prefix → ("", word)."""
    match = _HYPHEN_PREFIX.match(word)
    return (match.group(), word[match.end() :]) if match else ("", word)


def past_tense(verb: str) -> str:
    prefix, verb = _prefixed(verb)
    if prefix:
        return prefix + past_tense(verb)
    if verb in IRREGULAR:
        return IRREGULAR[verb]
    if verb in DOUBLE:
        return verb + verb[-1] + "ed"
    if verb.endswith("e"):
        return verb + "d"
    if len(verb) > 2 and verb.endswith("y") and verb[-2] not in "aeiou":
        return verb[:-1] + "ied"
    return verb + "ed"


def gerund(verb: str) -> str:
    prefix, verb = _prefixed(verb)
    if prefix:
        return prefix + gerund(verb)
    if verb.endswith("ie"):
        return verb[:-2] + "ying"
    if verb.endswith("e") and not verb.endswith(("ee", "ye", "oe")):
        return verb[:-1] + "ing"
    if verb in DOUBLE or verb in {"run", "set", "cut", "get", "put", "win"}:
        return verb + verb[-1] + "ing"
    return verb + "ing"


def verb_base(word: str) -> str | None:
    """The base form of a CV verb written as base, -s, -ing or -ed; None when it is not one."""
    prefix, rest = _prefixed(word)
    if prefix:
        base = verb_base(rest)
        return prefix + base if base else None
    if "-" in word:
        return None
    if word in VERBS:
        return word
    if word.endswith("ies") and word[:-3] + "y" in VERBS:
        return word[:-3] + "y"
    if word.endswith("s") and word[:-1] in VERBS:
        return word[:-1]
    if word.endswith("ing"):
        stem = word[:-3]
        for candidate in (stem, stem + "e", stem[:-1] if len(stem) > 2 and stem[-1] == stem[-2] else ""):
            if candidate in VERBS:
                return candidate
    if len(word) > 5 and word.endswith(("ise", "ize", "ify")) and word not in _NOT_VERB_ENDINGS:
        return word  # "digitise", "centralize", "quantify"
    return None


def is_past_tense(word: str) -> bool:
    prefix, rest = _prefixed(word)
    if prefix:
        return rest in PAST_IRREGULAR or (rest.endswith("ed") and len(rest) > 3)
    if "-" in word:
        return False  # "customer-focused", "data-driven": adjectives
    if word in PAST_IRREGULAR:
        return True
    if _BARE_PREFIX.match(word) and _BARE_PREFIX.sub("", word) in PAST_IRREGULAR - {
        "set",
        "cut",
        "put",
        "ran",
    }:
        return True  # "rewrote", "outgrew", "oversold"
    return word.endswith("ed") and len(word) > 4 and word not in ED_NOT_VERBS
