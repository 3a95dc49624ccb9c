"""The kinds of label an English CV line can open with ("Key achievements:", "Project:", "Tools:",
"Largest deal:") and the nouns that tell a duty, a thing held or a programme run."""

from __future__ import annotations

import re

from copilot.language.text import word_set

LABEL = re.compile(r"^(?P<label>[^:]{2,60}?):\s+(?P<rest>\S.*)$")
# Labels that say what kind of list follows, not what the work was.
META_LABELS = word_set(
    "responsibilities duties tasks scope role achievements achievement results result highlights impact "
    "outcomes outcome accomplishments key main core daily day-to-day"
)
TOOL_LABELS = word_set("tools stack tech technologies software systems equipment platforms tooling kit")
PROJECT_LABELS = word_set(
    "project projects scheme schemes contract contracts programme programmes job jobs site sites build builds "
    "engagement engagements assignment assignments placement"
)
GENERIC_LEAD = word_set("current key main recent major flagship selected notable last previous first example")
CLIENT_LABELS = word_set("client clients customer customers account accounts partner partners")
AMOUNT_LABELS = word_set(
    "budget team portfolio caseload fleet headcount revenue turnover volume territory book pipeline capacity "
    "spend patch"
)
# Nouns of a task: "Diary and file management" → "I was responsible for diary and file management".
DUTY_NOUNS = word_set(
    "support admin administration maintenance care control oversight supervision planning reporting "
    "scheduling logistics payroll bookkeeping budgeting rota rotas stock inventory ordering invoicing filing "
    "housekeeping security safety compliance quality documentation correspondence paperwork records "
    "relations liaison coordination procurement purchasing recruitment onboarding training induction"
)
DUTY_ENDS = ("ment", "tion", "sion", "ance", "ence", "ysis")
HELD_NOUNS = word_set(
    "licence license card clearance certificate passport permit visa qualification diploma degree check "
    "licences licenses cards certificates permits qualifications tickets"
)
PROGRAMME_NOUNS = word_set("programme program initiative scheme campaign process pilot workshop workshops")
SUPERLATIVE_LABELS = word_set("largest biggest best top highest longest fastest proudest")
# "Difficult patient: ...": someone the speaker dealt with, named by how hard they were.
HARD_PERSON = word_set("difficult angry aggressive demanding unhappy upset challenging")
