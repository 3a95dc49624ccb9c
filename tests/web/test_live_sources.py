"""The live page with two sources: the fake microphone is the candidate, an audio file chosen in the
page is the interviewer. The transcript labels both, only the interviewer's question is answered;
the "Answer now" shortcut answers the interviewer's remark that was no question; a line can be
marked as the interviewer's; the review page keeps the mark."""

from __future__ import annotations

import time
import wave
from pathlib import Path

import numpy as np
import pytest
from selenium.common.exceptions import TimeoutException
from selenium.webdriver.common.action_chains import ActionChains
from selenium.webdriver.common.by import By
from selenium.webdriver.common.keys import Keys
from selenium.webdriver.support import expected_conditions as EC

from tests.web.conftest import AUDIO, screenshot, wait
from tests.web.test_pages import find, find_all, text_of, visible

pytestmark = pytest.mark.browser
RATE = 16000

LINES_JS = (
    "return [...document.querySelectorAll('#transcript .transcript__line')].map((line) => ({"
    " id: line.dataset.utterance, speaker: line.dataset.speaker,"
    " partial: line.classList.contains('transcript__line--partial'),"
    " question: line.classList.contains('transcript__line--question'),"
    " label: line.querySelector('.transcript__speaker').textContent,"
    " text: line.querySelector('.transcript__text').textContent}));"
)


def interviewer_wav(target: Path) -> Path:
    """The interviewer: a question after 4 s of silence (the candidate, the fake microphone, has
    finished speaking by then, so the transcript's order is known), then, after a pause, a remark
    that is no question."""

    def clip(name: str) -> np.ndarray:
        with wave.open(str(AUDIO / name), "rb") as source:
            assert source.getframerate() == RATE
            return np.frombuffer(source.readframes(source.getnframes()), dtype="<i2")

    def silence(seconds: float) -> np.ndarray:
        return np.zeros(int(seconds * RATE), dtype="<i2")

    samples = np.concatenate(
        [silence(4), clip("en_python_kafka.wav"), silence(4), clip("en_statement_thanks.wav"), silence(0.5)]
    )
    with wave.open(str(target), "wb") as sink:
        sink.setnchannels(1)
        sink.setsampwidth(2)
        sink.setframerate(RATE)
        sink.writeframes(samples.tobytes())
    return target


def is_remark(text: str) -> bool:
    """The interviewer's closing remark, "Great, thank you, that was very helpful."."""
    return "helpful" in text.lower() or "thank you" in text.lower()


def final_lines(driver) -> list[dict]:
    return [line for line in driver.execute_script(LINES_JS) if not line["partial"]]


def test_live_page_with_an_interviewer_file_answers_only_the_interviewer(browser, base_url, users, tmp_path):
    user = users.register()
    users.sign_in(browser, user)
    browser.get(f"{base_url}/live")
    text_of(browser, "#connection-text", "Connected", timeout=15)
    # The questions the answer panel shows, in order.
    browser.execute_script(
        "window.questionsShown = [];"
        "new MutationObserver(() => window.questionsShown.push(document.getElementById('current-question').textContent))"
        ".observe(document.getElementById('current-question'), {childList: true, characterData: true, subtree: true});"
    )
    find(browser, "#interviewer-file").send_keys(str(interviewer_wav(tmp_path / "interviewer.wav")))
    text_of(browser, "#interviewer-status", "interviewer.wav")
    assert find(browser, "#meter-interviewer").is_displayed()
    find(browser, "#record").click()
    text_of(browser, "#record-label", "Stop listening")

    def both_heard(driver):
        """The candidate's words and the interviewer's question heard, and that answered (found by
        "experience": the small offline model hears "Kafka" as "Kaffa" now and then)."""
        lines = final_lines(driver)
        candidate = next((line for line in lines if line["speaker"] == "candidate"), None)
        question = next((line for line in lines if "experience" in line["text"].lower()), None)
        answered = (
            find(driver, "#answer").get_attribute("data-state") == "done"
            and "experience" in find(driver, "#current-question").text.lower()
        )
        return (candidate, question) if candidate and question and answered else None

    try:
        candidate, interviewer = wait(browser, 90).until(both_heard)
    except TimeoutException:
        pytest.fail(
            f"not both speakers and an answer: {browser.execute_script(LINES_JS)}, "
            f"message: {find(browser, '#live-message').text!r}"
        )
    assert "company" in candidate["text"].lower() and candidate["label"] == "Me"
    assert interviewer["speaker"] == "interviewer" and interviewer["label"] == "Interviewer"
    # Only the interviewer's question is answered: the candidate's words, a question too, are not.
    assert interviewer["question"] and not candidate["question"]
    assert "experience" in find(browser, "#current-question").text.lower()
    assert len(find(browser, "#answer").text) > 40
    assert all(
        "company" not in text.lower() for text in browser.execute_script("return window.questionsShown")
    )
    assert (
        find(browser, "#live-message").get_attribute("data-kind") != "error"
        or not find(browser, "#live-message").is_displayed()
    )
    screenshot(browser, "live-two-sources", full_page=False, also_to=tmp_path)

    # The interviewer's remark is no question: it is not answered until "Answer now", here its
    # shortcut Alt+Enter pressed with the focus in the question field.
    remark = wait(browser, 60).until(
        lambda driver: next((line for line in final_lines(driver) if is_remark(line["text"])), None)
    )
    assert remark["speaker"] == "interviewer" and not remark["question"]
    find(browser, "#ask-text").click()
    deadline = time.monotonic() + 30
    while True:
        # Until the remark's job has found no question, there is nothing unanswered yet.
        ActionChains(browser).key_down(Keys.ALT).send_keys(Keys.ENTER).key_up(Keys.ALT).perform()
        try:
            wait(browser, 5).until(lambda driver: is_remark(find(driver, "#current-question").text))
            break
        except TimeoutException:
            assert time.monotonic() < deadline, find(browser, "#live-message").text
    wait(browser, 60).until(lambda driver: find(driver, "#answer").get_attribute("data-state") == "done")
    assert len(find(browser, "#answer").text) > 20
    assert find(browser, "#ask-text").get_attribute("value") == ""
    assert find(browser, "#earlier-count").text == "1"

    # The candidate's line marked as the interviewer's: the server confirms it; it is not answered.
    line = find(browser, f'#transcript li[data-utterance="{candidate["id"]}"]')
    line.find_element(By.CSS_SELECTOR, 'button[data-label="interviewer"]').click()

    def relabelled(driver):
        item = find(driver, f'#transcript li[data-utterance="{candidate["id"]}"]')
        return item.get_attribute("data-speaker") == "interviewer" and not item.get_attribute("data-pending")

    wait(browser, 10).until(relabelled)
    assert line.find_element(By.CSS_SELECTOR, ".transcript__speaker").text.lower() == "interviewer"
    assert not line.find_elements(By.CSS_SELECTOR, ".badge--question")

    browser.execute_script("window.scrollTo(0, 0)")  # the sticky header covers what is under it
    find(browser, "#record").click()
    text_of(browser, "#record-label", "Start listening")
    link = visible(browser, "#review-anchor")
    link.click()
    wait(browser).until(EC.url_contains("/interviews/"))
    visible(browser, "#interview-body")
    wait(browser, 10).until(lambda driver: len(find_all(driver, "#timeline .timeline__item")) >= 2)
    timeline = {
        item.get_attribute("data-utterance"): item.get_attribute("data-speaker")
        for item in find_all(browser, "#timeline .timeline__item")
    }
    assert timeline[candidate["id"]] == "interviewer", "the mark is kept"
    assert timeline[interviewer["id"]] == "interviewer"
    assert "experience" in find(browser, "#questions").text.lower()
    screenshot(browser, "live-two-sources-review", also_to=tmp_path)
