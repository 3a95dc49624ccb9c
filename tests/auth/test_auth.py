"""Accounts and tokens: register, login, me, refresh, logout, password change, deletion, bad tokens."""

from __future__ import annotations

import base64
import json
import time
import uuid
from datetime import datetime, timedelta

import jwt as pyjwt
import pytest
from sqlalchemy import select

from copilot import create_app
from copilot.auth import service as accounts
from copilot.extensions import db
from copilot.history import service as history
from copilot.interviews import service as interviews
from copilot.models import InterviewContext, InterviewHistory, Job, RevokedToken, User
from tests.conftest import TEST_SECRET, base_config, row_counts
from tests.support.api import assert_error, bearer
from tests.support.tokens import access_claims, b64url

PASSWORD = "correct horse battery"


def register(client, email: str, password: str = PASSWORD, full_name: str = "Anna Nowak"):
    return client.post(
        "/api/auth/register", json={"email": email, "password": password, "full_name": full_name}
    )


def login(client, email: str, password: str = PASSWORD):
    return client.post("/api/auth/login", json={"email": email, "password": password})


# --- register ---------------------------------------------------------------------------------


def test_register_returns_tokens_and_the_user(client):
    response = register(client, "anna@example.com", full_name="  Anna Nowak ")
    assert response.status_code == 201
    body = response.get_json()
    assert set(body) == {"access_token", "refresh_token", "token_type", "expires_in", "user"}
    assert body["token_type"] == "bearer"
    assert body["expires_in"] == 24 * 3600
    assert set(body["user"]) == {"id", "email", "full_name", "is_active", "created_at"}
    assert body["user"]["email"] == "anna@example.com"
    assert body["user"]["full_name"] == "Anna Nowak"
    assert body["user"]["is_active"] is True
    uuid.UUID(body["user"]["id"])
    created = datetime.fromisoformat(body["user"]["created_at"])
    assert created.tzinfo is not None
    assert body["access_token"] != body["refresh_token"]
    assert "password" not in json.dumps(body)

    me = client.get("/api/auth/me", headers=bearer(body["access_token"]))
    assert me.status_code == 200
    assert me.get_json() == body["user"]


def test_register_lower_cases_the_email(app, client):
    response = register(client, "  Jan.Kowalski@Example.COM ")
    assert response.status_code == 201, response.get_json()
    assert response.get_json()["user"]["email"] == "jan.kowalski@example.com"
    with app.app_context():
        assert db.session.scalars(select(User.email)).all() == ["jan.kowalski@example.com"]
    assert login(client, "JAN.KOWALSKI@example.com").status_code == 200


def test_register_rejects_bad_emails(app, client):
    before = row_counts(app)
    for email in ["not-an-email", "anna@", "@example.com", "anna example@example.com", "", "a@b@c.com", 42]:
        error = assert_error(register(client, email), 422, "validation_error")
        assert "email" in error["fields"], email
    assert row_counts(app) == before


def test_register_requires_email_and_password(client):
    error = assert_error(client.post("/api/auth/register", json={}), 422, "validation_error")
    assert {"email", "password"} <= set(error["fields"])


def test_password_length_limits(app, client):
    polish = "żółćęśąźńŻÓŁĆĘŚĄŹŃ" * 2
    refused = ["kx7#qPz", "tq5#Lm" * 12 + "a", polish + "ż", "", 12345678]
    # ``polish`` is 36 characters but 72 UTF-8 bytes: it fits bcrypt; one more two-byte letter does not.
    accepted = ["kx7#qPz2", "kx7#qPz2m", "tq5#Lm" * 12, polish]
    before = row_counts(app)
    for password in refused:
        error = assert_error(
            register(client, "limits@example.com", password=password), 422, "validation_error"
        )
        assert "password" in error["fields"], password
    assert row_counts(app) == before
    for number, password in enumerate(accepted):
        email = f"limits{number}@example.com"
        assert register(client, email, password=password).status_code == 201, password
        assert login(client, email, password).status_code == 200
        assert login(client, email, password[:-1]).status_code == 401


@pytest.mark.parametrize(
    "password",
    ["password", "        ", "12345678", "qwertyuiop", "iloveyou123", "Passw0rd!", "jan.kowalski.1"],
)
def test_common_blank_and_personal_passwords_are_refused(app, client, password):
    before = row_counts(app)
    response = client.post(
        "/api/auth/register",
        json={"email": "jan.kowalski@example.com", "password": password, "full_name": "Jan Kowalski"},
    )
    error = assert_error(response, 422)
    assert error["code"] in {"weak_password", "validation_error"}
    assert error["fields"]["password"]
    assert row_counts(app) == before


def test_a_password_change_to_a_common_password_is_refused(client, auth):
    user = auth.register()
    response = client.post(
        "/api/auth/password",
        headers=user["headers"],
        json={"current_password": user["password"], "new_password": "password1"},
    )
    assert assert_error(response, 422, "weak_password")["fields"]["new_password"]
    assert client.get("/api/auth/me", headers=user["headers"]).status_code == 200  # nothing changed


def test_duplicate_email_is_a_conflict_whatever_the_case(app, client):
    assert register(client, "dup@example.com").status_code == 201
    before = row_counts(app)
    for variant in ("dup@example.com", "DUP@Example.com", " Dup@EXAMPLE.COM "):
        assert_error(register(client, variant, password="another password"), 409)
    assert row_counts(app) == before
    # The first account keeps its password.
    assert login(client, "dup@example.com").status_code == 200
    assert login(client, "dup@example.com", "another password").status_code == 401


# --- login ------------------------------------------------------------------------------------


def test_login_returns_the_same_shape_as_register(client):
    registered = register(client, "login@example.com").get_json()
    response = login(client, "login@example.com")
    assert response.status_code == 200
    body = response.get_json()
    assert set(body) == {"access_token", "refresh_token", "token_type", "expires_in", "user"}
    assert body["token_type"] == "bearer"
    assert body["user"] == registered["user"]
    assert client.get("/api/auth/me", headers=bearer(body["access_token"])).status_code == 200


def test_login_failure_does_not_tell_which_part_was_wrong(client):
    register(client, "known@example.com")
    unknown = assert_error(login(client, "nobody@example.com"), 401)
    wrong = assert_error(login(client, "known@example.com", "wrong password"), 401)
    assert unknown == wrong
    assert unknown["message"] == "Incorrect email or password"
    # a password longer than bcrypt takes cannot be anyone's: the same 401, not a crash
    for email in ("known@example.com", "nobody@example.com"):
        assert assert_error(login(client, email, "x" * 73), 401) == unknown
        assert assert_error(login(client, email, "ż" * 100), 401) == unknown


def test_login_validates_its_body(client):
    error = assert_error(client.post("/api/auth/login", json={"email": "a@b.co"}), 422, "validation_error")
    assert "password" in error["fields"]


# --- me, refresh ------------------------------------------------------------------------------


def test_me_requires_a_token(client):
    assert_error(client.get("/api/auth/me"), 401, "unauthorized")


def test_refresh_token_gives_a_new_access_token(client):
    tokens = register(client, "refresh@example.com").get_json()
    response = client.post("/api/auth/refresh", headers=bearer(tokens["refresh_token"]))
    assert response.status_code == 200, response.get_json()
    body = response.get_json()
    assert body["token_type"] == "bearer"
    assert body["expires_in"] == 24 * 3600
    assert body["access_token"] != tokens["access_token"]
    assert body["user"]["email"] == "refresh@example.com"
    me = client.get("/api/auth/me", headers=bearer(body["access_token"]))
    assert me.get_json()["email"] == "refresh@example.com"


def test_access_token_is_refused_by_refresh_and_refresh_token_by_everything_else(client):
    tokens = register(client, "kinds@example.com").get_json()
    assert_error(client.post("/api/auth/refresh", headers=bearer(tokens["access_token"])), 401)
    assert_error(client.get("/api/auth/me", headers=bearer(tokens["refresh_token"])), 401)
    assert_error(client.get("/api/context", headers=bearer(tokens["refresh_token"])), 401)


# --- logout and revocation --------------------------------------------------------------------

PROTECTED = [
    ("GET", "/api/auth/me"),
    ("DELETE", "/api/auth/me"),
    ("GET", "/api/auth/me/export"),
    ("POST", "/api/auth/logout"),
    ("POST", "/api/auth/password"),
    ("GET", "/api/context"),
    ("POST", "/api/context"),
    ("GET", "/api/contexts"),
    ("POST", "/api/contexts"),
    ("GET", "/api/contexts/{cid}"),
    ("PUT", "/api/contexts/{cid}"),
    ("PATCH", "/api/contexts/{cid}"),
    ("DELETE", "/api/contexts/{cid}"),
    ("POST", "/api/contexts/{cid}/activate"),
    ("POST", "/api/contexts/{cid}/cv"),
    ("GET", "/api/history"),
    ("DELETE", "/api/history"),
    ("DELETE", "/api/history/{hid}"),
    ("GET", "/api/history/export"),
    ("GET", "/api/interviews"),
    ("POST", "/api/interviews"),
    ("GET", "/api/interviews/{iid}"),
    ("PATCH", "/api/interviews/{iid}"),
    ("DELETE", "/api/interviews/{iid}"),
    ("GET", "/api/interviews/{iid}/export"),
    ("PATCH", "/api/interviews/{iid}/utterances/{uid}"),
]


def test_protected_list_covers_every_account_context_history_and_interview_route(app):
    """The revocation test below walks PROTECTED; a new route must be added to it."""
    routes = {
        (method, rule.rule)
        for rule in app.url_map.iter_rules()
        if rule.endpoint.split(".")[0] in {"auth", "context", "history", "interviews"}
        for method in rule.methods - {"HEAD", "OPTIONS"}
    }
    public = {("POST", "/api/auth/register"), ("POST", "/api/auth/login"), ("POST", "/api/auth/refresh")}
    listed = {
        (
            method,
            path.replace("{cid}", "<int:context_id>")
            .replace("{hid}", "<int:entry_id>")
            .replace("{iid}", "<string:interview_id>")
            .replace("{uid}", "<string:utterance_id>"),
        )
        for method, path in PROTECTED
    }
    assert routes - public == listed


def test_logout_revokes_the_token_everywhere(app, client):
    tokens = register(client, "logout@example.com").get_json()
    headers = bearer(tokens["access_token"])
    context_id = client.post("/api/contexts", headers=headers, json={"name": "A"}).get_json()["id"]
    with app.app_context():
        user_id = tokens["user"]["id"]
        entry_id = history.add_entry(user_id, "Why us?", "Because.")
        interview_id = interviews.create_interview(user_id, title="Globex").id
        interviews.record_utterance(
            user_id,
            interview_id,
            utterance_id="u-1",
            speaker="interviewer",
            offset_s=0.0,
            duration_s=None,
            text="Why us?",
        )
    before = row_counts(app)

    response = client.post("/api/auth/logout", headers=headers)
    assert response.status_code == 200
    assert response.get_json()["success"] is True

    for method, path in PROTECTED:
        url = path.format(cid=context_id, hid=entry_id, iid=interview_id, uid="u-1")
        assert_error(client.open(url, method=method, headers=headers), 401, "token_revoked")

    after = row_counts(app)
    assert after.pop("revoked_tokens") == before.pop("revoked_tokens") + 1
    assert after == before  # nothing was changed with the revoked token

    # The refresh token was not sent with logout, so it still works and gives a working token.
    refreshed = client.post("/api/auth/refresh", headers=bearer(tokens["refresh_token"]))
    assert refreshed.status_code == 200
    assert client.get("/api/auth/me", headers=bearer(refreshed.get_json()["access_token"])).status_code == 200


def test_logout_also_revokes_the_refresh_token_sent_in_the_body(client):
    tokens = register(client, "logout2@example.com").get_json()
    response = client.post(
        "/api/auth/logout",
        headers=bearer(tokens["access_token"]),
        json={"refresh_token": tokens["refresh_token"]},
    )
    assert response.status_code == 200
    assert_error(
        client.post("/api/auth/refresh", headers=bearer(tokens["refresh_token"])), 401, "token_revoked"
    )
    assert_error(client.get("/api/auth/me", headers=bearer(tokens["access_token"])), 401, "token_revoked")
    # Logging in again works.
    assert login(client, "logout2@example.com").status_code == 200


def test_logout_cannot_revoke_another_users_refresh_token(client):
    mine = register(client, "mine@example.com").get_json()
    theirs = register(client, "theirs@example.com").get_json()
    client.post(
        "/api/auth/logout",
        headers=bearer(mine["access_token"]),
        json={"refresh_token": theirs["refresh_token"]},
    )
    assert client.post("/api/auth/refresh", headers=bearer(theirs["refresh_token"])).status_code == 200


def test_revocation_is_seen_by_another_app_instance(app, client, make_app):
    tokens = register(client, "two-procs@example.com").get_json()
    other = make_app().test_client()
    headers = bearer(tokens["access_token"])
    assert other.get("/api/auth/me", headers=headers).status_code == 200

    assert client.post("/api/auth/logout", headers=headers).status_code == 200
    assert_error(other.get("/api/auth/me", headers=headers), 401, "token_revoked")
    # and the other way round: a revocation made by the second instance reaches the first
    second = login(other, "two-procs@example.com").get_json()
    assert other.post("/api/auth/logout", headers=bearer(second["access_token"])).status_code == 200
    assert_error(client.get("/api/auth/me", headers=bearer(second["access_token"])), 401, "token_revoked")


# --- password change --------------------------------------------------------------------------


def test_password_change_revokes_older_tokens_and_returns_new_ones(client):
    first = register(client, "pw@example.com").get_json()
    second = login(client, "pw@example.com").get_json()
    response = client.post(
        "/api/auth/password",
        headers=bearer(first["access_token"]),
        json={"current_password": PASSWORD, "new_password": "brand new secret"},
    )
    assert response.status_code == 200, response.get_json()
    fresh = response.get_json()
    assert {"access_token", "refresh_token", "token_type", "expires_in", "user"} <= set(fresh)

    for old in (first, second):
        assert_error(client.get("/api/auth/me", headers=bearer(old["access_token"])), 401, "token_revoked")
        assert_error(
            client.post("/api/auth/refresh", headers=bearer(old["refresh_token"])), 401, "token_revoked"
        )
    assert client.get("/api/auth/me", headers=bearer(fresh["access_token"])).status_code == 200
    assert client.post("/api/auth/refresh", headers=bearer(fresh["refresh_token"])).status_code == 200
    assert login(client, "pw@example.com", "brand new secret").status_code == 200
    assert_error(login(client, "pw@example.com"), 401)


def test_password_change_with_a_wrong_current_password_changes_nothing(client):
    tokens = register(client, "pw2@example.com").get_json()
    headers = bearer(tokens["access_token"])
    response = client.post(
        "/api/auth/password",
        headers=headers,
        json={"current_password": "not my password", "new_password": "brand new secret"},
    )
    assert_error(response, 401)
    too_long = {"current_password": "x" * 100, "new_password": "brand new secret"}
    assert_error(client.post("/api/auth/password", headers=headers, json=too_long), 401)
    assert client.get("/api/auth/me", headers=headers).status_code == 200
    assert login(client, "pw2@example.com").status_code == 200
    assert login(client, "pw2@example.com", "brand new secret").status_code == 401


def test_password_change_validates_the_new_password(client):
    tokens = register(client, "pw3@example.com").get_json()
    response = client.post(
        "/api/auth/password",
        headers=bearer(tokens["access_token"]),
        json={"current_password": PASSWORD, "new_password": "short"},
    )
    error = assert_error(response, 422, "validation_error")
    assert "new_password" in error["fields"]
    assert login(client, "pw3@example.com").status_code == 200


# --- account deletion -------------------------------------------------------------------------


def _user_rows(app, user_id: str) -> dict[str, int]:
    with app.app_context():
        return {
            model.__tablename__: len(db.session.scalars(select(model).where(model.user_id == user_id)).all())
            for model in (InterviewContext, InterviewHistory, Job, RevokedToken)
        }


def test_delete_me_removes_the_user_and_all_their_data(app, client):
    doomed = register(client, "doomed@example.com").get_json()
    keeper = register(client, "keeper@example.com").get_json()
    for tokens in (doomed, keeper):
        headers = bearer(tokens["access_token"])
        client.post("/api/contexts", headers=headers, json={"name": "one", "cv": "Python"})
        client.post("/api/contexts", headers=headers, json={"name": "two"})
        with app.app_context():
            context_id = db.session.scalar(
                select(InterviewContext.id).where(InterviewContext.user_id == tokens["user"]["id"])
            )
            for number in range(3):
                history.add_entry(tokens["user"]["id"], f"Q{number}?", f"A{number}", context_id=context_id)
            db.session.add(Job(user_id=tokens["user"]["id"], context_id=context_id, status="done"))
            db.session.commit()
    # a logged-out token of the doomed user, so revoked_tokens has a row to remove too
    old = login(client, "doomed@example.com").get_json()
    client.post("/api/auth/logout", headers=bearer(old["access_token"]))

    doomed_id = doomed["user"]["id"]
    assert _user_rows(app, doomed_id) == {
        "interview_contexts": 2,
        "interview_history": 3,
        "jobs": 1,
        "revoked_tokens": 1,
    }
    before = row_counts(app)

    response = client.delete("/api/auth/me", headers=bearer(doomed["access_token"]))
    assert response.status_code == 200
    assert response.get_json()["success"] is True

    after = row_counts(app)
    assert after["users"] == before["users"] - 1
    assert after["interview_contexts"] == before["interview_contexts"] - 2
    assert after["interview_history"] == before["interview_history"] - 3
    assert after["jobs"] == before["jobs"] - 1
    assert after["revoked_tokens"] == before["revoked_tokens"] - 1
    assert _user_rows(app, doomed_id) == dict.fromkeys(_user_rows(app, doomed_id), 0)
    with app.app_context():
        assert db.session.get(User, doomed_id) is None

    assert_error(client.get("/api/auth/me", headers=bearer(doomed["access_token"])), 401)
    assert_error(client.post("/api/auth/refresh", headers=bearer(doomed["refresh_token"])), 401)
    assert_error(login(client, "doomed@example.com"), 401)
    # the other user is untouched
    keeper_headers = bearer(keeper["access_token"])
    assert len(client.get("/api/contexts", headers=keeper_headers).get_json()["contexts"]) == 2
    assert len(client.get("/api/history", headers=keeper_headers).get_json()["history"]) == 3
    # the address can be registered again
    assert register(client, "doomed@example.com").status_code == 201


# --- bad tokens -------------------------------------------------------------------------------


def test_a_hand_made_token_with_the_right_secret_is_accepted(client):
    """The control for the bad-token tests below: only the one broken part makes them fail."""
    user_id = register(client, "control@example.com").get_json()["user"]["id"]
    token = pyjwt.encode(access_claims(user_id), TEST_SECRET, algorithm="HS256")
    assert client.get("/api/auth/me", headers=bearer(token)).get_json()["id"] == user_id


def test_expired_token(client):
    user_id = register(client, "expired@example.com").get_json()["user"]["id"]
    past = int(time.time()) - 3600
    token = pyjwt.encode(access_claims(user_id, iat=past - 60, nbf=past - 60, exp=past), TEST_SECRET, "HS256")
    assert_error(client.get("/api/auth/me", headers=bearer(token)), 401, "token_expired")


def test_expired_token_from_a_short_lifetime(app, make_app):
    # A lifetime below zero hands out tokens that are already expired: no need to wait.
    client = make_app(JWT_ACCESS_TOKEN_EXPIRES=timedelta(seconds=-1)).test_client()
    tokens = register(client, "short-lived@example.com").get_json()
    assert_error(client.get("/api/auth/me", headers=bearer(tokens["access_token"])), 401, "token_expired")
    # the refresh token lives longer and still works
    assert client.post("/api/auth/refresh", headers=bearer(tokens["refresh_token"])).status_code == 200


def test_tampered_payload_is_refused(client):
    victim = register(client, "victim@example.com").get_json()
    attacker = register(client, "attacker@example.com").get_json()
    header, payload, signature = attacker["access_token"].split(".")
    claims = json.loads(base64.urlsafe_b64decode(payload + "=" * (-len(payload) % 4)))
    claims["sub"] = victim["user"]["id"]
    forged = f"{header}.{b64url(json.dumps(claims).encode())}.{signature}"
    assert_error(client.get("/api/auth/me", headers=bearer(forged)), 401, "invalid_token")


def test_tampered_signature_is_refused(client):
    token = register(client, "sig@example.com").get_json()["access_token"]
    header, payload, signature = token.split(".")
    raw = bytearray(base64.urlsafe_b64decode(signature + "=" * (-len(signature) % 4)))
    raw[0] ^= 0xFF
    assert_error(client.get("/api/auth/me", headers=bearer(f"{header}.{payload}.{b64url(bytes(raw))}")), 401)


def test_malformed_tokens_are_refused(client):
    for token in ["abc", "a.b.c", "....", "eyJhbGciOiJIUzI1NiJ9.not-base64!.x", "Bearer", "é.é.é"]:
        assert_error(client.get("/api/auth/me", headers=bearer(token)), 401)
    for header in ["Basic dXNlcjpwYXNz", "Bearer", "Token abc", ""]:
        assert_error(client.get("/api/auth/me", headers={"Authorization": header}), 401)


def test_unsigned_alg_none_token_is_refused(client):
    user_id = register(client, "alg-none@example.com").get_json()["user"]["id"]
    payload = b64url(json.dumps(access_claims(user_id)).encode())
    for alg in ("none", "None", "NONE"):
        header = b64url(json.dumps({"alg": alg, "typ": "JWT"}).encode())
        for token in (f"{header}.{payload}.", f"{header}.{payload}"):
            assert_error(client.get("/api/auth/me", headers=bearer(token)), 401)


def test_token_signed_with_another_secret_is_refused(client):
    user_id = register(client, "other-secret@example.com").get_json()["user"]["id"]
    token = pyjwt.encode(access_claims(user_id), "another-secret-" + "y" * 40, algorithm="HS256")
    assert_error(client.get("/api/auth/me", headers=bearer(token)), 401, "invalid_token")


def test_token_with_another_algorithm_is_refused(client):
    user_id = register(client, "hs512@example.com").get_json()["user"]["id"]
    token = pyjwt.encode(access_claims(user_id), TEST_SECRET * 2, algorithm="HS512")
    assert_error(client.get("/api/auth/me", headers=bearer(token)), 401)


def test_token_of_a_deleted_user_is_refused(app, client):
    tokens = register(client, "gone@example.com").get_json()
    with app.app_context():
        accounts.delete_user(db.session.get(User, tokens["user"]["id"]))
    assert_error(client.get("/api/auth/me", headers=bearer(tokens["access_token"])), 401)
    assert_error(client.get("/api/context", headers=bearer(tokens["access_token"])), 401)
    assert_error(client.post("/api/auth/refresh", headers=bearer(tokens["refresh_token"])), 401)


def test_token_for_a_user_that_never_existed_is_refused(client):
    token = pyjwt.encode(access_claims(str(uuid.uuid4())), TEST_SECRET, algorithm="HS256")
    assert_error(client.get("/api/auth/me", headers=bearer(token)), 401)


def test_token_of_a_deactivated_user_is_refused(app, client):
    tokens = register(client, "inactive@example.com").get_json()
    with app.app_context():
        db.session.get(User, tokens["user"]["id"]).is_active = False
        db.session.commit()
    assert_error(client.get("/api/auth/me", headers=bearer(tokens["access_token"])), 401)
    assert_error(login(client, "inactive@example.com"), 401)


# --- bcrypt cost ------------------------------------------------------------------------------


def _stored_hash(app, email: str) -> str:
    with app.app_context():
        return db.session.scalar(select(User.hashed_password).where(User.email == email))


def test_tests_hash_with_cost_4(app, client):
    register(client, "cheap@example.com")
    stored = _stored_hash(app, "cheap@example.com")
    assert stored.startswith("$2b$04$")
    assert PASSWORD not in stored


def test_default_config_hashes_with_cost_12(tmp_path):
    config = base_config(tmp_path, SQLALCHEMY_DATABASE_URI=f"sqlite:///{tmp_path / 'cost.db'}")
    del config["BCRYPT_LOG_ROUNDS"]  # the value the environment gives: none, so the default
    app = create_app(config)
    assert app.config["BCRYPT_LOG_ROUNDS"] == 12
    with app.app_context():
        db.create_all()
        accounts.register_user("costly@example.com", PASSWORD)
        assert accounts.authenticate("costly@example.com", PASSWORD).email == "costly@example.com"
        db.engine.dispose()
    assert _stored_hash(app, "costly@example.com").startswith("$2b$12$")
