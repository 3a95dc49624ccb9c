"""The live page with two sources: the fake microphone is the candidate, an audio file chosen in the
page is the interviewer. The transcript labels both, only the interviewer's question is answered;
a line marked as the interviewer's is answered on the "Answer now" shortcut; the review page
has both speakers."""

from __future__ import annotations

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

LINES_JS = (
    "return [...document.querySelectorAll('#transcript .transcript__line')].map((line) => ({"
    " id: line.dataset.utterance, speaker: line.dataset.speaker,"
    " partial: line.classList.contains('transcript__line--partial'),"
    " question: line.classList.contains('transcript__line--question'),"
    " label: line.querySelector('.transcript__speaker').textContent,"
    " text: line.querySelector('.transcript__text').textContent}));"
)


def interviewer_wav(target: Path) -> Path:
    """The interviewer's question after 4 s of silence: the candidate (the fake microphone) has
    finished speaking by then, so the two never overlap and the transcript's order is known."""
    with wave.open(str(AUDIO / "en_python_kafka.wav"), "rb") as source:
        rate = source.getframerate()
        speech = np.frombuffer(source.readframes(source.getnframes()), dtype="<i2")
    samples = np.concatenate([np.zeros(4 * rate, dtype="<i2"), speech, np.zeros(rate // 2, dtype="<i2")])
    with wave.open(str(target), "wb") as sink:
        sink.setnchannels(1)
        sink.setsampwidth(2)
        sink.setframerate(rate)
        sink.writeframes(samples.tobytes())
    return target


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
        lines = final_lines(driver)
        speakers = {line["speaker"] for line in lines}
        done = find(driver, "#answer").get_attribute("data-state") == "done"
        return lines if {"candidate", "interviewer"} <= speakers and done else None

    try:
        lines = wait(browser, 90).until(both_heard)
    except TimeoutException:
        pytest.fail(
            f"not both speakers and an answer: {browser.execute_script(LINES_JS)}, "
            f"message: {find(browser, '#live-message').text!r}"
        )
    candidate = next(line for line in lines if line["speaker"] == "candidate")
    interviewer = next(line for line in lines if line["speaker"] == "interviewer")
    assert "company" in candidate["text"].lower() and candidate["label"] == "Me"
    assert "kafka" in interviewer["text"].lower() and interviewer["label"] == "Interviewer"
    # Only the interviewer's question is answered: the candidate's words, a question too, are not.
    assert interviewer["question"] and not candidate["question"]
    assert "kafka" in find(browser, "#current-question").text.lower()
    assert len(find(browser, "#answer").text) > 40
    assert all(
        "company" not in text.lower() for text in browser.execute_script("return window.questionsShown")
    )
    assert (
        find(browser, "#live-message").get_attribute("data-kind") != "error"
        or not find(browser, "#live-message").is_displayed()
    )
    screenshot(browser, "live-two-sources", full_page=False, also_to=tmp_path)

    # The candidate's line marked as the interviewer's: the server confirms, and Answer now
    # (Alt+Enter, here with the focus in the question field) answers it.
    line = find(browser, f'#transcript li[data-utterance="{candidate["id"]}"]')
    line.find_element(By.CSS_SELECTOR, 'button[data-label="interviewer"]').click()
    wait(browser, 10).until(
        lambda driver: (
            find(driver, f'#transcript li[data-utterance="{candidate["id"]}"]').get_attribute("data-speaker")
            == "interviewer"
            and not find(driver, f'#transcript li[data-utterance="{candidate["id"]}"]').get_attribute(
                "data-pending"
            )
        )
    )
    assert line.find_element(By.CSS_SELECTOR, ".transcript__speaker").text.lower() == "interviewer"
    find(browser, "#ask-text").click()
    ActionChains(browser).key_down(Keys.ALT).send_keys(Keys.ENTER).key_up(Keys.ALT).perform()
    wait(browser, 60).until(
        lambda driver: (
            "company" in find(driver, "#current-question").text.lower()
            and find(driver, "#answer").get_attribute("data-state") == "done"
        )
    )
    assert find(browser, "#ask-text").get_attribute("value") == ""
    assert find(browser, "#earlier-count").text == "1"

    find(browser, "#record").click()
    text_of(browser, "#record-label", "Start listening")
    link = visible(browser, "#review-anchor")
    link.click()
    wait(browser).until(EC.url_contains("/interviews/"))
    visible(browser, "#interview-body")
    wait(browser, 10).until(lambda driver: len(find_all(driver, "#timeline .timeline__item")) >= 2)
    speakers = {item.get_attribute("data-speaker") for item in find_all(browser, "#timeline .timeline__item")}
    assert "interviewer" in speakers
    assert "kafka" in find(browser, "#questions").text.lower()
    screenshot(browser, "live-two-sources-review", also_to=tmp_path)
