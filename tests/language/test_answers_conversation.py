"""The conversation around a story: where it ended when the CV gives no figure, how the people took
it, a greeting that only needs a thank-you, situations with their own first steps, and the Polish
answer's gender from how the interviewer addresses the candidate."""

from __future__ import annotations

from dataclasses import replace

import pytest

from copilot.language.answers.base import AnswerContext
from copilot.language.answers.offline import OfflineAnswerBackend

backend = OfflineAnswerBackend()

SUPERVISOR = AnswerContext(
    cv="""Daniel Price
Coventry | dan.price@mail.com | 07700 900123

Experience
Team Leader, Hallam Foods Distribution, 2020 - present
- Run a night shift of 18 pickers across chilled and ambient
- Disagreed with the transport planner about loading order for multi-drop routes; took it to the site manager, who agreed to trial my sequence for two weeks
- Overloaded a trailer in my first month, spotted it at the weighbridge, re-worked the load, then introduced a weight check at the loading bay
- Cut mis-picks by 30% by re-slotting fast movers closer to dispatch

Warehouse Operative, Amazon, 2017 - 2020
- Picked and packed up to 200 orders an hour
""",
    company="Northgate Logistics",
    position="Warehouse Operations Supervisor",
    job_description="""Northgate Logistics runs three distribution centres for grocery retailers in the Midlands.
Responsibilities
- Lead a shift of 25 pickers and loaders
Requirements
- 3+ years in a warehouse supervisory role
- Counterbalance licence
""",
)


def _conversation(context: AnswerContext, *questions: str) -> list[str]:
    history: list[tuple[str, str]] = []
    for question in questions:
        answer = backend.compose(question, replace(context, history=tuple(history)))
        history.append((question, answer.text))
    return [text for _, text in history]


def test_a_mistake_told_with_an_over_verb_is_the_failure_story_and_its_end_is_the_last_step():
    story, end = _conversation(SUPERVISOR, "Tell me about a mistake you made.", "What happened in the end?")
    assert "overloaded a trailer" in story
    assert "I introduced a weight check at the loading bay" in end
    assert "hard number" not in end and "measure" not in end  # no excuse for a figure nobody asked for


def test_the_outcome_of_a_disagreement_names_who_agreed_and_how_things_stood_after():
    story, end = _conversation(
        SUPERVISOR,
        "Tell me about a disagreement with a colleague.",
        "So how did it end? And how were things between you two after that?",
    )
    assert "and took it to the site manager, who agreed to trial my sequence" in story
    assert "the who" not in story and "which took it" not in story
    assert "the site manager agreed to trial my sequence for two weeks" in end
    assert "working well together afterwards" in end
    assert "Run a night shift" not in end and "night shift" not in end  # no second, unrelated story


def test_how_someone_took_a_mistake_comes_first_when_only_that_is_asked():
    _, reaction = _conversation(
        SUPERVISOR, "Tell me about a mistake you made.", "How did your manager react?"
    )
    assert reaction.startswith("People took it well")


def test_a_time_you_improved_something_is_told_with_a_measured_improvement_not_the_setting():
    answer = backend.compose("Tell me about a time you improved something on the shop floor.", SUPERVISOR)
    assert "mis-picks" in answer.text.split(".")[0]


@pytest.mark.parametrize(
    ("greeting", "expected"),
    [
        (
            "Hello Daniel, lovely to see you, sorry about the wait, they're fixing the lift.",
            "good to meet you",
        ),
        ("Dzień dobry, zapraszam, proszę się rozgościć.", "miło"),
    ],
)
def test_a_greeting_gets_a_thank_you_not_a_cv_line(greeting, expected):
    answer = backend.compose(greeting, SUPERVISOR)
    assert expected in answer.text
    assert "pickers" not in answer.text and len(answer.text.split()) < 20


def test_a_greeting_before_a_question_still_answers_the_question():
    answer = backend.compose("Hi Daniel, nice to meet you. So, tell me about yourself.", SUPERVISOR)
    assert answer.type == "introduction" and "Hallam Foods" in answer.text


@pytest.mark.parametrize(
    ("question", "expected", "unexpected"),
    [
        (
            "What would you do if a driver became aggressive at the loading bay?",
            "keep everyone safe",
            "pickers",
        ),
        (
            "If you noticed a colleague was not following the forklift safety procedure, how would you handle it?",
            "speak to the colleague straight away",
            "Yes, I'm comfortable",
        ),
        (
            "What would you do if you were short of two staff on a night shift?",
            "most urgent and riskiest work first",
            "Yes, I'm comfortable",
        ),
    ],
)
def test_situations_get_their_own_first_steps(question, expected, unexpected):
    answer = backend.compose(question, SUPERVISOR)
    assert expected in answer.text
    assert unexpected not in answer.text
    assert len(answer.points) >= 2


def test_could_you_do_nights_is_still_a_plain_yes():
    assert backend.compose("Could you do nights?", SUPERVISOR).text.startswith("Yes")


def test_the_interviewers_pani_makes_the_polish_answer_feminine_whatever_the_name():
    context = replace(
        SUPERVISOR, full_name="Grace Adeyemi", cv=SUPERVISOR.cv.replace("Daniel Price", "Grace Adeyemi")
    )
    answer = backend.compose(
        "Co by Pani zrobiła, gdyby koleżanka nie przestrzegała procedur bezpieczeństwa?", context
    )
    assert "Porozmawiałabym" in answer.text and "Porozmawiałbym" not in answer.text
    answer = backend.compose(
        "Co by Pan zrobił, gdyby kolega nie przestrzegał procedur bezpieczeństwa?", context
    )
    assert "Porozmawiałbym" in answer.text


def test_a_company_line_that_opens_with_the_head_of_its_name_is_what_i_know_about_it():
    context = replace(
        SUPERVISOR,
        company="St Aidan's Private Hospital",
        job_description="St Aidan's is a 90-bed private hospital specialising in orthopaedic and day-case surgery.\n",
    )
    answer = backend.compose("What do you know about us?", context)
    assert "90-bed private hospital specialising in orthopaedic" in answer.text


def test_how_to_apply_and_a_rule_book_written_as_initials_are_no_skill_gaps():
    context = replace(
        SUPERVISOR,
        cv=SUPERVISOR.cv + "\nSkills\nCPR (civil procedure), SQE1 (sitting January)\n",
        job_description="""Requirements
- Working knowledge of the Civil Procedure Rules
- Studying for the SQE
To apply, send your CV and a short cover note to our Operations Lead, Sarah Doyle.
""",
    )
    answer = backend.compose("What's your biggest weakness?", context)
    for not_a_gap in ("Doyle", "Civil", "SQE", "Sarah"):
        assert f"used {not_a_gap}" not in answer.text and f"{not_a_gap} is the one" not in answer.text
