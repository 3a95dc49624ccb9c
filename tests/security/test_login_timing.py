"""A failed login takes as long for an unknown email as for a known one with a wrong password,
so response times do not reveal which addresses have accounts (a dummy bcrypt hash is checked)."""

from __future__ import annotations

import statistics
import time

from copilot import create_app
from copilot.extensions import db
from tests.conftest import base_config
from tests.support.api import assert_error

ROUNDS = 10  # slow enough for the hash to dominate a request, fast enough for a test
TRIES = 7


def test_login_timing_does_not_reveal_whether_the_email_exists(tmp_path):
    app = create_app(
        base_config(
            tmp_path, SQLALCHEMY_DATABASE_URI=f"sqlite:///{tmp_path / 'timing.db'}", BCRYPT_LOG_ROUNDS=ROUNDS
        )
    )
    with app.app_context():
        db.create_all()
    client = app.test_client()
    try:
        email = "known@example.com"
        registered = client.post(
            "/api/auth/register", json={"email": email, "password": "the right password"}
        )
        assert registered.status_code == 201

        def attempt(address: str) -> float:
            began = time.perf_counter()
            response = client.post("/api/auth/login", json={"email": address, "password": "a wrong password"})
            elapsed = time.perf_counter() - began
            assert_error(response, 401, "invalid_credentials")
            return elapsed

        attempt("warm-up@example.com")  # the dummy hash is made once, on first use
        attempt(email)
        unknown, known = [], []
        for i in range(TRIES):  # interleaved, so drift in machine load hits both alike
            unknown.append(attempt(f"nobody-{i}@example.com"))
            known.append(attempt(email))

        ratio = statistics.median(unknown) / statistics.median(known)
        print(
            f"\nlogin median: unknown {statistics.median(unknown) * 1000:.1f} ms, known {statistics.median(known) * 1000:.1f} ms, ratio {ratio:.2f}"
        )
        assert 0.6 <= ratio <= 1.6, (unknown, known)
        # The hash did dominate: a cost-10 bcrypt check takes tens of milliseconds.
        assert statistics.median(known) > 0.01
    finally:
        with app.app_context():
            db.engine.dispose()
