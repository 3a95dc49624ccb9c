"""Browser fixtures: the app on a real loopback server, headless Chromium driven by Selenium,
users created through the API, and screenshots of each page at laptop and phone sizes.

Chromium comes from the Debian packages ``chromium`` and ``chromium-driver``. The browser gets
a fake microphone that plays a spoken question followed by silence, for the live page.
"""

from __future__ import annotations

import base64
import json
import os
import shutil
import tempfile
import threading
import wave
from collections.abc import Iterator
from pathlib import Path

import numpy as np
import pytest
import requests
from selenium import webdriver
from selenium.webdriver.chrome.service import Service
from selenium.webdriver.support.ui import WebDriverWait
from werkzeug.serving import make_server

from tests.conftest import base_config
from tests.support.apps import running_app
from tests.support.live_server import register_over_http

ROOT = Path(__file__).resolve().parents[2]
AUDIO = ROOT / "tests" / "fixtures" / "audio"
ARTIFACTS = ROOT / "test-artifacts" / "screenshots"
CHROMIUM = os.environ.get("CHROMIUM_BINARY", "/usr/bin/chromium")
CHROMEDRIVER = os.environ.get("CHROMEDRIVER", "/usr/bin/chromedriver")
PASSWORD = "correct horse battery"
VIEWPORTS = {"desktop": (1280, 800, False), "phone": (390, 844, True)}
CV = (
    "Experience\n"
    "Backend Engineer, Allegro, 2019-2024: built Kafka pipelines processing 2 million events a day "
    "in Python. Led a team of 4 engineers and cut API latency by 40 percent.\n"
    "Skills: Python, Kafka, PostgreSQL, Kubernetes."
)


# --- the server -------------------------------------------------------------------------------


@pytest.fixture(scope="session")
def web_app(tmp_path_factory):
    tmp_path = tmp_path_factory.mktemp("web")
    with running_app(
        base_config(tmp_path, SQLALCHEMY_DATABASE_URI=f"sqlite:///{tmp_path / 'web.db'}")
    ) as app:
        yield app


@pytest.fixture(scope="session")
def base_url(web_app) -> Iterator[str]:
    server = make_server("127.0.0.1", 0, web_app, threaded=True)
    thread = threading.Thread(target=server.serve_forever, name="web-test-server", daemon=True)
    thread.start()
    yield f"http://127.0.0.1:{server.server_port}"
    server.shutdown()
    thread.join(timeout=5)


# --- the browser ------------------------------------------------------------------------------


def _fake_microphone_wav(target: Path) -> Path:
    """The spoken question with silence around it (so voice-activity detection closes the
    utterance), at 48 kHz, which is what Chromium's fake capture device plays. It is a hot
    microphone: peaks flattened at full scale, where the page's low-pass filter rings past ±1."""
    with wave.open(str(AUDIO / "en_why_our_company.wav"), "rb") as source:
        rate = source.getframerate()
        speech = np.frombuffer(source.readframes(source.getnframes()), dtype="<i2").astype(np.float64)
    out_rate = 48000
    positions = np.arange(int(len(speech) * out_rate / rate)) * (rate / out_rate)
    speech = np.interp(positions, np.arange(len(speech)), speech)
    speech = np.clip(speech / np.abs(speech).max() * 1.5, -1, 1) * 32767
    silence_before = np.zeros(int(0.5 * out_rate))
    silence_after = np.zeros(int(1.5 * out_rate))
    samples = np.concatenate([silence_before, speech, silence_after]).round().astype("<i2")
    with wave.open(str(target), "wb") as sink:
        sink.setnchannels(1)
        sink.setsampwidth(2)
        sink.setframerate(out_rate)
        sink.writeframes(samples.tobytes())
    return target


@pytest.fixture(scope="session")
def browser_dirs() -> Iterator[dict[str, Path]]:
    root = Path(tempfile.mkdtemp(prefix="copilot-browser-"))
    dirs = {"profile": root / "profile", "downloads": root / "downloads", "root": root}
    for path in dirs.values():
        path.mkdir(exist_ok=True)
    yield dirs
    shutil.rmtree(root, ignore_errors=True)


@pytest.fixture(scope="session")
def driver(browser_dirs) -> Iterator[webdriver.Chrome]:
    if not (Path(CHROMIUM).exists() and Path(CHROMEDRIVER).exists()):
        pytest.fail(
            f"Chromium ({CHROMIUM}) and chromedriver ({CHROMEDRIVER}) are needed: "
            "apt-get install -y chromium chromium-driver"
        )
    microphone = _fake_microphone_wav(browser_dirs["root"] / "microphone.wav")
    options = webdriver.ChromeOptions()
    options.binary_location = CHROMIUM
    for flag in (
        "--headless=new",
        "--no-sandbox",
        "--disable-gpu",
        "--disable-dev-shm-usage",
        "--disable-background-networking",
        "--disable-component-update",
        "--disable-sync",
        "--no-first-run",
        "--window-size=1280,800",
        f"--user-data-dir={browser_dirs['profile']}",
        "--use-fake-ui-for-media-stream",
        "--use-fake-device-for-media-stream",
        # Played once per capture: one question, one job (looping would queue more and more).
        f"--use-file-for-fake-audio-capture={microphone}%noloop",
        "--autoplay-policy=no-user-gesture-required",
    ):
        options.add_argument(flag)
    options.add_experimental_option(
        "prefs",
        {
            "download.default_directory": str(browser_dirs["downloads"]),
            "download.prompt_for_download": False,
        },
    )
    options.set_capability("goog:loggingPrefs", {"browser": "ALL"})
    chrome = webdriver.Chrome(options=options, service=Service(CHROMEDRIVER))
    chrome.set_page_load_timeout(30)
    chrome.execute_cdp_cmd(
        "Browser.setDownloadBehavior",
        {"behavior": "allow", "downloadPath": str(browser_dirs["downloads"])},
    )
    set_viewport(chrome, "desktop")
    yield chrome
    chrome.quit()


@pytest.fixture
def browser(driver, base_url) -> Iterator[webdriver.Chrome]:
    """The shared browser, signed out, at laptop size; fails the test on CSP violations."""
    driver.get(f"{base_url}/login")
    driver.execute_script("localStorage.clear(); sessionStorage.clear();")
    set_viewport(driver, "desktop")
    driver.get_log("browser")  # drop what earlier tests logged
    yield driver
    violations = [
        entry["message"]
        for entry in driver.get_log("browser")
        if "Content Security Policy" in entry["message"] or "Uncaught" in entry["message"]
    ]
    assert not violations, violations


# --- helpers ----------------------------------------------------------------------------------


def set_viewport(driver, name: str) -> None:
    width, height, mobile = VIEWPORTS[name]
    driver.execute_cdp_cmd(
        "Emulation.setDeviceMetricsOverride",
        {"width": width, "height": height, "deviceScaleFactor": 1, "mobile": mobile},
    )


def screenshot(driver, name: str, *, full_page: bool = True, also_to: Path | None = None) -> list[Path]:
    """Save the page at laptop and phone sizes into test-artifacts/screenshots/ (and into
    ``also_to``, a test's own directory, when given); returns the files written."""
    ARTIFACTS.mkdir(parents=True, exist_ok=True)
    written: list[Path] = []
    for viewport in ("desktop", "phone"):
        set_viewport(driver, viewport)
        driver.execute_script(
            "if (arguments[0]) window.scrollTo(0, 0);"
            "return new Promise((done) => requestAnimationFrame(() => setTimeout(done, 150)));",
            full_page,
        )
        params: dict = {"format": "png"}
        if full_page:
            size = driver.execute_cdp_cmd("Page.getLayoutMetrics", {})["cssContentSize"]
            height = min(int(size["height"]), 4000)
            params.update(
                captureBeyondViewport=True,
                clip={"x": 0, "y": 0, "width": VIEWPORTS[viewport][0], "height": height, "scale": 1},
            )
        data = base64.b64decode(driver.execute_cdp_cmd("Page.captureScreenshot", params)["data"])
        for directory in (ARTIFACTS, also_to) if also_to else (ARTIFACTS,):
            path = directory / f"{name}-{viewport}.png"
            path.write_bytes(data)
            written.append(path)
    set_viewport(driver, "desktop")
    return written


def wait(driver, timeout: float = 10):
    return WebDriverWait(driver, timeout, poll_frequency=0.1)


class Users:
    """Accounts made through the API, then signed in by putting their tokens in the browser."""

    def __init__(self, base_url: str) -> None:
        self.base_url = base_url

    def register(self, *, context: bool = True) -> dict:
        user = register_over_http(self.base_url, password=PASSWORD, prefix="web")
        if context:
            response = requests.post(
                f"{self.base_url}/api/contexts",
                json={"name": "Acme backend", "company": "Acme", "position": "Backend Engineer", "cv": CV},
                headers=user["headers"],
                timeout=10,
            )
            assert response.status_code == 201, response.text
        return user

    def sign_in(self, driver, user: dict) -> None:
        driver.get(f"{self.base_url}/login")
        driver.execute_script(
            "localStorage.setItem('copilot.access_token', arguments[0]);"
            "localStorage.setItem('copilot.refresh_token', arguments[1]);"
            "localStorage.setItem('copilot.user', arguments[2]);",
            user["access_token"],
            user["refresh_token"],
            json.dumps({"email": user["email"], "full_name": "Anna Nowak"}),
        )

    def ask(self, user: dict, text: str) -> dict:
        response = requests.post(
            f"{self.base_url}/api/ask", json={"text": text}, headers=user["headers"], timeout=30
        )
        assert response.status_code == 200, response.text
        return response.json()


@pytest.fixture(scope="session")
def users(base_url) -> Users:
    return Users(base_url)
