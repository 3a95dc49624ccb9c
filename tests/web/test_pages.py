"""The web app in a real browser: sign-up, setup, upload, history, account and the live page."""

from __future__ import annotations

import time
from pathlib import Path

import pytest
import requests
from selenium.common.exceptions import TimeoutException
from selenium.webdriver.common.by import By
from selenium.webdriver.support import expected_conditions as EC

from tests.web.conftest import AUDIO, PASSWORD, screenshot, set_viewport, wait

pytestmark = pytest.mark.browser


def find(driver, selector: str):
    return driver.find_element(By.CSS_SELECTOR, selector)


def find_all(driver, selector: str):
    return driver.find_elements(By.CSS_SELECTOR, selector)


def visible(driver, selector: str, timeout: float = 10):
    return wait(driver, timeout).until(EC.visibility_of_element_located((By.CSS_SELECTOR, selector)))


def text_of(driver, selector: str, contains: str, timeout: float = 10) -> str:
    wait(driver, timeout).until(EC.text_to_be_present_in_element((By.CSS_SELECTOR, selector), contains))
    return find(driver, selector).text


def set_value(driver, selector: str, value: str) -> None:
    """Type a long text at once (send_keys of 50 KB would take minutes) and fire ``input``."""
    driver.execute_script(
        "const field = document.querySelector(arguments[0]); field.value = arguments[1];"
        "field.dispatchEvent(new Event('input', {bubbles: true}));",
        selector,
        value,
    )


def confirm_dialog(driver, *, confirm: bool = True) -> None:
    visible(driver, "#confirm-dialog")
    find(driver, "#confirm-ok" if confirm else "#confirm-cancel").click()
    wait(driver).until_not(EC.visibility_of_element_located((By.CSS_SELECTOR, "#confirm-dialog")))


def test_sign_up_set_context_and_empty_history(browser, base_url, tmp_path: Path):
    browser.get(f"{base_url}/history")
    wait(browser).until(EC.url_contains("/login?next=%2Fhistory"))
    visible(browser, "#login-form")
    screenshot(browser, "login")

    find(browser, ".auth-card__switch a").click()
    visible(browser, "#signup-form")
    find(browser, "#signup-form button[type=submit]").click()
    assert "Enter your email" in text_of(browser, '[data-error-for="email"]', "email")
    find(browser, "#full_name").send_keys("Anna Nowak")
    find(browser, "#email").send_keys("anna-ui@example.com")
    find(browser, "#password").send_keys("short")
    find(browser, "#signup-form button[type=submit]").click()
    text_of(browser, '[data-error-for="password"]', "Too short")
    screenshot(browser, "signup-errors")
    find(browser, "#password").clear()
    find(browser, "#password").send_keys(PASSWORD)
    find(browser, "#signup-form button[type=submit]").click()

    wait(browser).until(EC.url_contains("/setup"))
    visible(browser, "#context-form")
    text_of(browser, "#contexts-empty", "No contexts yet")
    find(browser, "#name").send_keys("Acme backend")
    find(browser, "#company").send_keys("Acme")
    find(browser, "#position").send_keys("Backend Engineer")
    assert find(browser, "#company-count").text == "4 / 200 characters"
    set_value(browser, "#cv", "Python and Kafka. " * 3500)  # about 63 KB
    assert "counter--over" in find(browser, "#cv-count").get_attribute("class")
    find(browser, "#save-context").click()
    cv_error = text_of(browser, '[data-error-for="cv"]', "Too long")
    assert "50 KB" in cv_error
    assert find(browser, "#cv").get_attribute("aria-invalid") == "true"
    # The message sits right under the CV field.
    assert browser.execute_script(
        "return document.querySelector('[data-error-for=cv]').closest('.field')"
        " === document.querySelector('#cv').closest('.field');"
    )
    screenshot(browser, "setup-cv-too-long")

    set_value(browser, "#cv", "Backend engineer: Python, Kafka, PostgreSQL. Led a team of four.")
    find(browser, "#save-context").click()
    text_of(browser, "#context-list", "Acme backend")
    text_of(browser, "#context-list .badge", "Active")
    assert find(browser, '[data-error-for="cv"]').text == ""

    # A CV file whose text is over the limit: the server's field message lands by the CV field.
    big_cv = tmp_path / "cv.txt"
    big_cv.write_text("Experienced engineer. " * 3000, encoding="utf-8")
    find(browser, "#cv-file").send_keys(str(big_cv))
    assert "50 KB" in text_of(browser, '[data-error-for="cv"]', "at most", timeout=15)
    small_cv = tmp_path / "cv-small.txt"
    small_cv.write_text("Python developer with Kafka experience at Allegro.", encoding="utf-8")
    find(browser, "#cv-file").send_keys(str(small_cv))
    text_of(browser, "#cv-file-status", "cv-small.txt", timeout=15)
    assert "Kafka experience" in find(browser, "#cv").get_attribute("value")
    screenshot(browser, "setup")

    find(browser, '.site-nav a[href="/history"]').click()
    visible(browser, "#history-empty")
    screenshot(browser, "history-empty")

    find(browser, ".brand").click()
    text_of(browser, "#home-context", "Acme backend")
    screenshot(browser, "home")


def test_upload_reaches_done_with_question_and_answer(browser, base_url, users):
    user = users.register()
    users.sign_in(browser, user)
    browser.get(f"{base_url}/upload")
    visible(browser, "#upload-form")
    find(browser, "#upload-submit").click()
    text_of(browser, '[data-error-for="audio"]', "Choose a recording")
    find(browser, "#audio").send_keys(str(AUDIO / "en_why_our_company.wav"))
    find(browser, "#upload-submit").click()
    wait(browser, 60).until(
        lambda driver: find(driver, "#job-status").get_attribute("data-status") in {"done", "failed"}
    )
    assert find(browser, "#job-status").get_attribute("data-status") == "done", find(
        browser, "#job-status"
    ).text
    assert find(browser, "#upload-progress").get_attribute("value") == "100"
    assert find(browser, "#job-progress").get_attribute("value") == "100"
    assert "company" in find(browser, "#result-question").text.lower()
    assert len(find(browser, "#result-answer").text) > 40
    assert len(find_all(browser, "#stages li.is-done")) == 5
    screenshot(browser, "upload-done")

    browser.get(f"{base_url}/history")
    text_of(browser, "#history-list", "company")


def test_history_search_export_and_delete(browser, base_url, users, browser_dirs):
    user = users.register()
    for index in range(22):
        users.ask(user, f"How would you handle deadline number {index}?")
    users.ask(user, "Why do you want to work with Kafka at our company?")
    users.sign_in(browser, user)
    browser.get(f"{base_url}/history")
    visible(browser, "#history-list li")
    first = find(browser, "#history-list li .qa__question").text
    assert "Kafka" in first, "newest first"
    # Infinite scroll: the rest arrives when the end of the list comes into view.
    browser.execute_script("window.scrollTo(0, document.body.scrollHeight)")
    wait(browser).until(lambda driver: len(find_all(driver, "#history-list > li")) == 23)
    browser.execute_script("window.scrollTo(0, 0)")
    screenshot(browser, "history", full_page=False)

    find(browser, "#search").send_keys("number 17")
    wait(browser).until(lambda driver: len(find_all(driver, "#history-list > li")) == 1)
    assert "deadline number 17?" in find(browser, "#history-list li .qa__question").text
    find(browser, "#search").send_keys("zzz-nothing")
    visible(browser, "#history-no-match")
    find(browser, "#search").clear()
    find(browser, "#search").send_keys(" ")
    wait(browser).until(lambda driver: len(find_all(driver, "#history-list > li")) >= 20)

    for fmt in ("json", "csv", "md"):
        find(browser, f'[data-export="{fmt}"]').click()
        wait(browser).until(
            lambda driver, fmt=fmt: (
                find(driver, "#history-status").get_attribute("data-last-export") == f"{fmt}:200"
            )
        )
    deadline = time.monotonic() + 10
    while time.monotonic() < deadline:
        names = {
            path.suffix
            for path in browser_dirs["downloads"].iterdir()
            if path.name.startswith("interview-history")
        }
        if {".json", ".csv", ".md"} <= names:
            break
        time.sleep(0.1)
    assert {".json", ".csv", ".md"} <= names

    # Delete one: cancelling keeps it, confirming removes it.
    first_id = int(find(browser, "#history-list li").get_attribute("data-id"))
    find(browser, '#history-list li button[data-action="delete"]').click()
    screenshot(browser, "history-confirm-delete", full_page=False)
    confirm_dialog(browser, confirm=False)
    assert find(browser, "#history-list li .qa__question").text == first
    find(browser, '#history-list li button[data-action="delete"]').click()
    confirm_dialog(browser)
    text_of(browser, "#history-status", "Deleted one question")
    assert find(browser, "#history-list li .qa__question").text != first
    response = requests.get(f"{base_url}/api/history?limit=100", headers=user["headers"], timeout=10)
    remaining = [entry["id"] for entry in response.json()["history"]]
    assert len(remaining) == 22 and first_id not in remaining

    find(browser, "#delete-all").click()
    confirm_dialog(browser)
    text_of(browser, "#history-status", "Deleted 22 questions")
    visible(browser, "#history-empty")
    assert (
        requests.get(f"{base_url}/api/history", headers=user["headers"], timeout=10).json()["history"] == []
    )


def test_account_change_password_then_sign_in(browser, base_url, users):
    user = users.register()
    users.sign_in(browser, user)
    browser.get(f"{base_url}/account")
    text_of(browser, "#account-summary", user["email"])
    find(browser, "#current_password").send_keys("not my password")
    find(browser, "#new_password").send_keys("brand new password")
    find(browser, "#confirm_password").send_keys("brand new password")
    find(browser, "#password-form button[type=submit]").click()
    text_of(browser, '[data-error-for="current_password"]', "incorrect")
    screenshot(browser, "account-wrong-password")
    find(browser, "#current_password").clear()
    find(browser, "#current_password").send_keys(PASSWORD)
    find(browser, "#password-form button[type=submit]").click()
    text_of(browser, "#password-status", "Password changed")

    find(browser, "#export-contexts").click()
    text_of(browser, "#export-status", "1 context")

    find(browser, '.page-head [data-action="sign-out"]').click()
    wait(browser).until(EC.url_contains("/login"))
    text_of(browser, "#auth-notice", "signed out")
    find(browser, "#email").send_keys(user["email"])
    find(browser, "#password").send_keys(PASSWORD)
    find(browser, "#login-form button[type=submit]").click()
    text_of(browser, ".form-error", "Incorrect email or password")
    find(browser, "#password").clear()
    find(browser, "#password").send_keys("brand new password")
    find(browser, "#login-form button[type=submit]").click()
    wait(browser).until(EC.url_to_be(f"{base_url}/"))
    visible(browser, "#home-recent-empty")

    # Deleting the account needs the email typed into the dialog.
    browser.get(f"{base_url}/account")
    text_of(browser, "#account-summary", user["email"])
    find(browser, "#delete-account").click()
    visible(browser, "#confirm-typed")
    assert not find(browser, "#confirm-ok").is_enabled()
    find(browser, "#confirm-typed").send_keys(user["email"])
    screenshot(browser, "account-confirm-delete", full_page=False)
    find(browser, "#confirm-ok").click()
    wait(browser).until(EC.url_contains("/signup"))
    login = requests.post(
        f"{base_url}/api/auth/login",
        json={"email": user["email"], "password": "brand new password"},
        timeout=10,
    )
    assert login.status_code == 401


def _overflow(driver) -> dict:
    """How far the page is wider than the viewport, and where the header's "Sign out" sits."""
    return driver.execute_script(
        "const root = document.documentElement;"
        "const signOut = document.querySelector('.site-nav [data-action=sign-out]').getBoundingClientRect();"
        "return {extra: root.scrollWidth - root.clientWidth, width: root.clientWidth,"
        " signOut: [signOut.left, signOut.right, signOut.top, signOut.bottom]};"
    )


def test_every_private_page_fits_its_width_and_keeps_sign_out_in_sight(browser, base_url, users):
    users.sign_in(browser, users.register())
    for viewport in ("desktop", "phone"):
        set_viewport(browser, viewport)
        for page in ("", "live", "upload", "history", "interviews", "setup", "account"):
            browser.get(f"{base_url}/{page}")
            visible(browser, ".site-nav [data-action=sign-out]")
            layout = _overflow(browser)
            assert layout["extra"] == 0, (viewport, page, layout)
            left, right, top, bottom = layout["signOut"]
            assert left >= 0 and right <= layout["width"] and top >= 0 and bottom > top, (viewport, page)
    set_viewport(browser, "desktop")


def test_live_page_transcribes_detects_and_streams_an_answer(browser, base_url, users):
    user = users.register()
    users.sign_in(browser, user)
    browser.get(f"{base_url}/live")
    text_of(browser, "#connection-text", "Connected", timeout=15)
    screenshot(browser, "live-idle")
    # Record every state the answer passes through, to see it streaming.
    browser.execute_script(
        "window.answerStates = [];"
        "new MutationObserver(() => window.answerStates.push(document.getElementById('answer').dataset.state))"
        ".observe(document.getElementById('answer'), {attributes: true, childList: true, subtree: true});"
    )
    find(browser, "#record").click()
    text_of(browser, "#record-label", "Stop listening")
    state_js = (
        "return {connection: document.getElementById('connection-text').textContent,"
        " message: document.getElementById('live-message').textContent,"
        " transcript: document.getElementById('transcript').textContent,"
        " answer: document.getElementById('answer').textContent};"
    )
    try:
        snapshot = wait(browser, 60).until(
            lambda driver: driver.execute_script(
                "const answer = document.getElementById('answer');"
                "if (answer.dataset.state !== 'done') return null;"
                "return {question: document.getElementById('current-question').textContent,"
                " answer: answer.textContent,"
                " transcript: [...document.querySelectorAll('#transcript .transcript__text')].map(e => e.textContent),"
                " questions: document.querySelectorAll('#transcript .transcript__line--question').length,"
                " states: window.answerStates,"
                " meter: Number(document.getElementById('meter-mic').getAttribute('aria-valuenow'))};"
            )
        )
    except TimeoutException:
        pytest.fail(f"no answer on the live page: {browser.execute_script(state_js)}")
    assert "company" in snapshot["question"].lower()
    # The microphone clips at full scale: the page's frames stay within [-1, 1] all the same.
    assert browser.execute_script("return document.getElementById('live-message').textContent") == ""
    assert len(snapshot["answer"]) > 40
    # The language control says what it heard (the default, "Auto", detects it).
    assert find(browser, "#live-language").get_attribute("value") == "auto"
    assert find(browser, "#heard-language-name").text == "English"
    assert any("company" in line.lower() for line in snapshot["transcript"])
    assert snapshot["questions"] >= 1
    assert "streaming" in snapshot["states"], snapshot["states"]
    screenshot(browser, "live-answer", full_page=False)
    find(browser, "#record").click()
    text_of(browser, "#record-label", "Start listening")

    # A typed question is answered through /api/ask; the spoken one moves to "earlier answers".
    find(browser, "#ask-text").send_keys("What is your experience with Kafka?")
    find(browser, "#ask-form button[type=submit]").click()
    text_of(browser, "#current-question", "Kafka", timeout=20)
    wait(browser).until(lambda driver: find(driver, "#answer").get_attribute("data-state") == "done")
    assert find(browser, "#earlier-count").text == "1"

    browser.get(f"{base_url}/history")
    text_of(browser, "#history-list", "company")
