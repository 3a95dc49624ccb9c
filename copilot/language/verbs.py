"""English verb forms for CV bullets and job ads: base, past tense and -ing of the verbs CVs use."""

from __future__ import annotations

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
}
PAST_IRREGULAR = frozenset(IRREGULAR.values())
DOUBLE = word_set(
    "plan ship scope stop drop map tag log commit control refer prefer transfer submit admit equip"
)
VERBS = word_set("""
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
    """)
ED_NOT_VERBS = word_set(
    "embedded based advanced detailed experienced skilled certified qualified dedicated motivated interested "
    "distributed related seasoned licensed registered talented red bed need speed feed seed"
)


def past_tense(verb: str) -> str:
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
    if verb.endswith("ie"):
        return verb[:-2] + "ying"
    if verb.endswith("e") and not verb.endswith(("ee", "ye", "oe")):
        return verb[:-1] + "ing"
    if verb in DOUBLE or verb in {"run", "set", "cut", "get", "put", "win"}:
        return verb + verb[-1] + "ing"
    return verb + "ing"


def verb_base(word: str) -> str | None:
    """The base form of a CV verb written as base, -s, -ing or -ed; None when it is not one."""
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
    return None


def is_past_tense(word: str) -> bool:
    if word in PAST_IRREGULAR:
        return True
    return word.endswith("ed") and len(word) > 4 and word not in ED_NOT_VERBS
