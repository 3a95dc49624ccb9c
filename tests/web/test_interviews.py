"""The interview pages in a real browser: the list with "Load more", and the review of an interview
seeded through the interviews service (timeline of both speakers, questions with the suggested
answer beside what the candidate said, unanswered questions, talk time, summary, print, export,
delete)."""

from __future__ import annotations

import time
import uuid
from datetime import timedelta
from pathlib import Path

import pytest
import requests
from selenium.webdriver.common.by import By
from selenium.webdriver.support import expected_conditions as EC

from copilot.history import service as history
from copilot.interviews import service
from copilot.models import Job
from tests.web.conftest import screenshot, wait
from tests.web.test_pages import confirm_dialog, find, find_all, text_of, visible

pytestmark = pytest.mark.browser

# (utterance id, speaker, offset s, duration s, text, is a question, suggested answer)
LINES = (
    ("u1", "interviewer", 0.0, 3.0, "Hello Anna, thanks for joining us today.", False, None),
    ("u2", "candidate", 3.5, 2.0, "Thank you, happy to be here.", False, None),
    (
        "u3",
        "interviewer",
        6.0,
        4.0,
        "Tell me about your experience with Kafka?",
        True,
        "At Allegro I built Kafka pipelines processing 2 million events a day in Python.",
    ),
    (
        "u4",
        "candidate",
        11.0,
        9.0,
        "At Allegro I built Kafka pipelines, about two million events a day, and I led four engineers.",
        False,
        None,
    ),
    (
        "u5",
        "interviewer",
        21.0,
        4.0,
        "How do you handle tight deadlines?",
        True,
        "I cut the scope to what matters, agree on it early and keep everyone informed.",
    ),
    (
        "u6",
        "interviewer",
        26.0,
        4.0,
        "And why do you want to work at our company?",
        True,
        "Acme's backend role builds directly on my Kafka and Python work at Allegro.",
    ),
    (
        "u7",
        "candidate",
        31.0,
        6.0,
        "Acme builds the tools I use every day, and I want to work on them.",
        False,
        None,
    ),
)


def seed_interview(app, user_id: str, *, title: str = "", lines=LINES) -> str:
    """An ended interview with a timeline and suggested answers, written the way a live session
    writes it: lines from the socket, answers (and history rows) from finished jobs."""
    with app.app_context():
        session_id = str(uuid.uuid4())
        interview = service.open_for_session(user_id, session_id, context_id=None, language="en")
        if title:
            service.rename(user_id, interview.id, title)
        for utterance_id, speaker, offset, duration, text, question, _ in lines:
            service.record_utterance(
                user_id,
                interview.id,
                utterance_id=utterance_id,
                speaker=speaker,
                offset_s=offset,
                duration_s=duration,
                text=text,
                is_question=question,
            )
        for utterance_id, speaker, offset, duration, text, _, answer in lines:
            if not answer:
                continue
            history_id = history.add_entry(
                user_id, text, answer, transcript=text, language="en", interview_id=interview.id
            )
            job = Job(
                id=str(uuid.uuid4()),
                user_id=user_id,
                kind="live",
                interview_id=interview.id,
                utterance_id=utterance_id,
                session_id=session_id,
                speaker=speaker,
                transcript=text,
                audio_duration_s=duration,
                created_at=interview.started_at + timedelta(seconds=offset + duration),
            )
            service.attach_answer(job, history_id=history_id, question=text, answer=answer)
        service.end_session(user_id, session_id)
        return interview.id


def test_review_page_shows_the_whole_interview_prints_exports_and_deletes(
    browser, base_url, users, web_app, browser_dirs, tmp_path: Path
):
    user = users.register()
    interview_id = seed_interview(web_app, user["user"]["id"], title="Acme backend, first round")
    detail = requests.get(f"{base_url}/api/interviews/{interview_id}", headers=user["headers"], timeout=10)
    assert detail.status_code == 200, detail.text
    review = detail.json()["review"]
    users.sign_in(browser, user)

    # History rows of the interview link to it.
    browser.get(f"{base_url}/history")
    visible(browser, "#history-list li")
    links = {link.get_attribute("href") for link in find_all(browser, "#history-list a.tag--link")}
    assert links == {f"{base_url}/interviews/{interview_id}"}

    # The list, from the navigation.
    find(browser, '.site-nav a[href="/interviews"]').click()
    text_of(browser, "#interview-list", "Acme backend, first round")
    assert "3 questions" in find(browser, "#interview-list li").text
    find(browser, "#interview-list li h2 a").click()
    wait(browser).until(EC.url_to_be(f"{base_url}/interviews/{interview_id}"))
    visible(browser, "#interview-body")
    assert find(browser, '.site-nav a[aria-current="page"]').text == "Interviews"
    assert find(browser, "#interview-title").text == "Acme backend, first round"

    # The timeline: both speakers, in order, with the questions marked.
    items = find_all(browser, "#timeline .timeline__item")
    assert [item.get_attribute("data-utterance") for item in items] == [line[0] for line in LINES]
    speakers = [item.find_element(By.CSS_SELECTOR, ".transcript__speaker").text for item in items]
    assert speakers == ["INTERVIEWER", "ME", "INTERVIEWER", "ME", "INTERVIEWER", "INTERVIEWER", "ME"]
    assert len(find_all(browser, "#timeline .badge--question")) == 3
    assert find(browser, "#timeline .timeline__item:nth-child(2) .timeline__time").text == "0:03"

    # Each question: the suggested answer beside what the candidate said.
    questions = find_all(browser, "#questions .review-question")
    assert len(questions) == len(review["questions"]) == 3
    kafka = questions[0]
    assert "Kafka" in kafka.find_element(By.CSS_SELECTOR, ".review-question__text").text
    assert "2 million events" in kafka.find_element(By.CSS_SELECTOR, ".review-question__suggested").text
    assert "led four engineers" in kafka.find_element(By.CSS_SELECTOR, ".review-question__said").text
    # What is left unanswered is what the API says, each linked to its line in the timeline.
    unanswered = find_all(browser, "#unanswered li")
    assert len(unanswered) == len(review["unanswered"])
    assert "deadlines" in find(browser, "#unanswered").text
    assert find(browser, "#unanswered li a").get_attribute("href").endswith("#line-5")

    # Talk time and the summary.
    legend = find(browser, "#talk-legend").text
    assert "Interviewer" in legend and "Me" in legend and "%" in legend
    assert len(find_all(browser, "#talk-bar .talk-bar__part")) >= 2
    assert find(browser, "#summary").text.strip()
    shots = screenshot(browser, "interview-review", also_to=tmp_path)
    assert all(path.stat().st_size > 10_000 for path in shots)

    # On paper: no navigation or buttons, the timeline stays, with its answers open.
    browser.execute_cdp_cmd("Emulation.setEmulatedMedia", {"media": "print"})
    try:
        browser.execute_script("window.dispatchEvent(new Event('beforeprint'))")
        assert not find(browser, ".site-header").is_displayed()
        assert not find(browser, "#delete-interview").is_displayed()
        assert find(browser, "#timeline").is_displayed()
        assert find(browser, "#timeline details.timeline__answer").get_attribute("open") is not None
        screenshot(browser, "interview-review-print", also_to=tmp_path)
        browser.execute_script("window.dispatchEvent(new Event('afterprint'))")
    finally:
        browser.execute_cdp_cmd("Emulation.setEmulatedMedia", {"media": ""})

    # Export as Markdown and JSON.
    for fmt in ("md", "json"):
        find(browser, f'[data-export="{fmt}"]').click()
        wait(browser).until(
            lambda driver, fmt=fmt: (
                find(driver, "#interview-status").get_attribute("data-last-export") == f"{fmt}:200"
            )
        )
    deadline = time.monotonic() + 10
    names: set[str] = set()
    while time.monotonic() < deadline:
        names = {path.suffix for path in browser_dirs["downloads"].iterdir() if "interview-" in path.name}
        if {".md", ".json"} <= names:
            break
        time.sleep(0.1)
    assert {".md", ".json"} <= names

    # Delete: back to the list, the interview gone, its questions still in history.
    find(browser, "#delete-interview").click()
    confirm_dialog(browser)
    wait(browser).until(EC.url_to_be(f"{base_url}/interviews"))
    visible(browser, "#interviews-empty")
    gone = requests.get(f"{base_url}/api/interviews/{interview_id}", headers=user["headers"], timeout=10)
    assert gone.status_code == 404
    history = requests.get(f"{base_url}/api/history", headers=user["headers"], timeout=10).json()["history"]
    assert len(history) == 3


def test_interview_list_loads_more_and_an_unknown_interview_says_so(browser, base_url, users, web_app):
    user = users.register()
    line = (("u1", "interviewer", 0.0, 2.0, "Tell me about yourself?", True, None),)
    for index in range(23):
        seed_interview(web_app, user["user"]["id"], title=f"Round {index + 1}", lines=line)
    users.sign_in(browser, user)
    browser.get(f"{base_url}/interviews")
    wait(browser).until(lambda driver: len(find_all(driver, "#interview-list > li")) == 20)
    assert find(browser, "#interview-list li h2").text == "Round 23", "newest first"
    find(browser, "#load-more").click()
    wait(browser).until(lambda driver: len(find_all(driver, "#interview-list > li")) == 23)
    wait(browser).until(lambda driver: not find(driver, "#load-more").is_displayed())
    screenshot(browser, "interviews", full_page=False)

    browser.get(f"{base_url}/interviews/{uuid.uuid4()}")
    visible(browser, "#interview-missing")
    assert not find(browser, ".review-actions").is_displayed()
