"""Answers about salary, the start date, and the questions to ask at the end."""

from __future__ import annotations

import re
from datetime import date

from copilot.language.answers.job_salary import figure_in, salary_in
from copilot.language.answers.wording import (
    article,
    first_clause,
    strip_end,
    years_fields,
    years_in_field,
)
from copilot.language.cv.spoken import spoken_employer, spoken_role
from copilot.language.questions.cues import CONTRACT_FORM
from copilot.language.text import fold

# The contract forms a job ad offers.
_AD_EMPLOYMENT = re.compile(
    r"umow\w* o prace|\buop\b|permanent contract|employment contract|full-time, permanent|permanent, full-time"
)
_AD_B2B = re.compile(r"\bb2b\b|kontrakt|contractor|self-employed")
# "Notice period: 1 month", "Dostępna od zaraz": a CV line about when I can start (not "before anyone
# noticed", not "made the dashboards available to 200 users").
_AVAILABILITY_LINE = re.compile(
    r"\bnotice\b|\bavailab(?:le|ility) (?:from|immediately|to start|at short|now|in)\b|\bavailable\s*$|"
    r"wypowiedz|dostepn\w* (?:od|natychmiast)|od zaraz"
)
# "What are you on at the moment, basic and commission?", "Ile Pan teraz zarabia?"
_CURRENT_PAY = re.compile(
    r"what (?:are you|you're) on\b|current (?:salary|pay|package|base)|(?:currently|now) (?:earn|paid|on)|"
    r"obecn\w* (?:wynagrodzen|pensj|zarobk)|aktualn\w* (?:wynagrodzen|pensj|zarobk)|ile (?:pan |pani )?(?:teraz |obecnie )zarabia"
)
# "... and what's your notice period?" asked with the salary.
_NOTICE_TOO = re.compile(
    r"notice|when could you start|start date|wypowiedzen|od kiedy|kiedy (?:moglby|moglaby|moze) (?:pan |pani )?zaczac"
)
_SELF_EMPLOYED = re.compile(
    r"self[- ]employed|freelanc|sole trader|own business|contractor|wlasn\w* dzialalnosc|jdg|samozatrudni"
)


class Logistics:
    """Salary, start date and the questions to ask at the end."""

    def salary(self) -> None:
        profile = self.plan.profile
        said, _ = salary_in(
            self.plan.question, "salary"
        )  # "We're thinking 20 to 24k on B2B": their range wins
        salary = said if figure_in(said, senior=False) else self.plan.job.salary
        if salary:
            self.draft.add(
                0, self.say("salary_range_said" if salary == said else "salary_range", salary=salary)
            )
            years = years_in_field(profile, self.plan.context.position or profile.headline)
            figure = figure_in(salary, senior=bool(years and years >= 5))
            if figure:
                key = "salary_figure_years" if years else "salary_figure"
                self.draft.add(0, self.say(key, figure=figure, **years_fields(years, self.language)))
            label = (
                ("Your range: ", "Pana widełki: ")
                if salary == said
                else ("Posting range: ", "Widełki z oferty: ")
            )
            self.draft.point(label[self.language != "en"] + salary + (f" → {figure}" if figure else ""))
        else:
            years = years_in_field(profile, self.plan.context.position or profile.headline)
            years_phrase = ""
            if years:
                years_phrase = (
                    f"my {years} years of experience and "
                    if self.language == "en"
                    else f"{years_fields(years, 'pl')['years_pl_count']} doświadczenia i "
                )
            self.draft.add(0, self.say("salary_open", years_phrase=years_phrase))
            self.draft.point(
                "Anchor: scope + experience"
                if self.language == "en"
                else "Punkt odniesienia: zakres roli i doświadczenie"
            )
        self.draft.add(1, self.say("salary_flexible" if salary else "salary_ask"))
        folded = fold(self.plan.question)
        if _CURRENT_PAY.search(folded):
            # "what are you on at the moment?": the CV holds no figure, so none is invented
            self.draft.sentences.insert(0, (0, self.say("salary_current")))
        if CONTRACT_FORM.search(folded):
            ad = fold(self.plan.context.job_description or "")
            employment, b2b = bool(_AD_EMPLOYMENT.search(ad)), bool(_AD_B2B.search(ad))
            key = (
                "salary_contract_employment"
                if employment and not b2b
                else "salary_contract_b2b"
                if b2b and not employment
                else "salary_contract"
            )
            self.draft.add(1, self.say(key))
            self.draft.point(first_clause(self.say(key), 10))
        if _NOTICE_TOO.search(folded):
            self.availability()  # "... and what's your notice period?" asked in the same breath
        if not salary:
            self.draft.point(
                "Ask their budget; flexible on package"
                if self.language == "en"
                else "Zapytaj o budżet; elastycznie co do pakietu"
            )

    def availability(self) -> None:
        profile = self.plan.profile
        line = next(
            (f.text for f in profile.facts if _AVAILABILITY_LINE.search(fold(f.text))),
            "",
        )
        current = next((role for role in profile.roles if role.current), None)
        if line:
            self.draft.add(0, self.say("avail_cv", line=strip_end(line)))
            self.draft.point(strip_end(line))
        elif current and _SELF_EMPLOYED.search(fold(f"{current.title} {current.employer}")):
            self.draft.add(0, self.say("avail_self_employed"))
            self.draft.point(
                "Self-employed: start planned around booked work"
                if self.language == "en"
                else "Działalność własna: start po zaplanowanych zleceniach"
            )
        elif current and self.language == "pl" and current.start_year:
            # Kodeks pracy art. 36: the statutory notice follows the time with the current employer,
            # counted from the start month when the CV gives one, else from the middle of the year.
            period = _statutory_notice(current)
            self.draft.add(
                0,
                self.say(
                    "avail_notice_statutory",
                    period=period,
                    employer=spoken_employer(current.employer) or current.title,
                ),
            )
            self.draft.point(f"Wypowiedzenie: {period} (staż w obecnej firmie)")
        elif current:
            self.draft.add(
                0,
                self.say(
                    "avail_notice",
                    title_at=_with_article(spoken_role(current, self.language), self.language),
                    employer=spoken_employer(current.employer) or current.title,
                ),
            )
            self.draft.point(
                "After notice period; exact date on agreement"
                if self.language == "en"
                else "Po okresie wypowiedzenia; data po ustaleniach"
            )
        else:
            self.draft.add(0, self.say("avail_free"))
            self.draft.point("Available at short notice" if self.language == "en" else "Dostępność od zaraz")
        if current:
            self.draft.add(1, self.say("avail_handover"))
            self.draft.point("Clean handover" if self.language == "en" else "Porządne przekazanie obowiązków")

    def closing(self) -> None:
        self.draft.add(0, self.say("closing_open"))
        for key in ("closing_success", "closing_duty", "closing_team"):
            if key == "closing_duty" and not 2 <= len(self.duty().split()) <= CLOSING_DUTY_WORDS:
                continue  # a long duty read out as a question sounds pasted from the ad
            text = self.say(key, duty=self.duty())
            self.draft.add(1, text)
            self.draft.point(text)
        self.draft.add(3, self.say("closing_next"))


CLOSING_DUTY_WORDS = 7


def _statutory_notice(role) -> str:
    today = date.today()
    month = re.match(r"\s*(\d{1,2})[./-]", role.start or "")
    start_month = int(month.group(1)) if month and 1 <= int(month.group(1)) <= 12 else 6
    months = (today.year - role.start_year) * 12 + today.month - start_month
    return "trzy miesiące" if months >= 36 else "miesiąc" if months >= 6 else "dwa tygodnie"


def _with_article(title_at: str, language: str) -> str:
    """ "a Product Designer at Pennywise"; "Head of Data at X" and Polish need none."""
    if language != "en" or not title_at or re.match(r"(?i)(?:head|chief|director|vp|the|an?)\b", title_at):
        return title_at
    return f"{article(title_at)} {title_at}"
