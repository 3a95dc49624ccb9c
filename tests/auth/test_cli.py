"""Operator commands for accounts: ``flask users create|list|delete``."""

from __future__ import annotations

import pytest
from sqlalchemy import select

from copilot.extensions import db
from copilot.history import service as history
from copilot.models import InterviewContext, InterviewHistory, User
from tests.conftest import row_counts


def create_user(runner, email="Ops@Example.com", password="long enough", name="Ola Ops"):
    return runner.invoke(args=["users", "create", "--email", email, "--password", password, "--name", name])


def test_users_create_and_list(app, client, runner):
    result = create_user(runner)
    assert result.exit_code == 0, result.output
    assert "ops@example.com" in result.output
    # the account works through the API
    login = client.post("/api/auth/login", json={"email": "ops@example.com", "password": "long enough"})
    assert login.status_code == 200
    assert login.get_json()["user"]["full_name"] == "Ola Ops"

    create_user(runner, email="second@example.com", name="Second")
    with app.app_context():
        owner_id = db.session.scalar(select(User.id).where(User.email == "ops@example.com"))
        history.add_entry(owner_id, "Q?", "A")
        history.add_entry(owner_id, "Q2?", "A2")
    listing = runner.invoke(args=["users", "list"])
    assert listing.exit_code == 0, listing.output
    lines = listing.output.strip().splitlines()
    assert len(lines) == 2
    assert "ops@example.com" in lines[0] and "2 entries" in lines[0]
    assert "second@example.com" in lines[1] and "0 entries" in lines[1]


def test_users_create_refuses_duplicates_and_short_passwords(app, runner):
    assert create_user(runner).exit_code == 0
    before = row_counts(app)
    duplicate = create_user(runner, email="OPS@example.com")
    assert duplicate.exit_code != 0
    assert "already exists" in duplicate.output
    short = create_user(runner, email="short@example.com", password="1234567")
    assert short.exit_code != 0
    assert "8 characters" in short.output
    too_long = create_user(runner, email="long@example.com", password="ż" * 37)
    assert too_long.exit_code != 0
    assert "72 bytes" in too_long.output
    assert row_counts(app) == before


def test_users_delete_removes_the_account_and_its_data(app, client, runner, auth):
    user = auth.register("gone@example.com")
    keeper = auth.register("keeper@example.com")
    for headers in (user["headers"], keeper["headers"]):
        client.post("/api/contexts", headers=headers, json={"name": "ctx"})
    with app.app_context():
        history.add_entry(user["user"]["id"], "Q?", "A")
        history.add_entry(keeper["user"]["id"], "Q?", "A")

    declined = runner.invoke(args=["users", "delete", "gone@example.com"], input="n\n")
    assert declined.exit_code != 0
    assert client.get("/api/auth/me", headers=user["headers"]).status_code == 200

    result = runner.invoke(args=["users", "delete", "GONE@example.com", "--yes"])
    assert result.exit_code == 0, result.output
    assert client.get("/api/auth/me", headers=user["headers"]).status_code == 401
    with app.app_context():
        assert db.session.scalars(select(User.email)).all() == ["keeper@example.com"]
        for model in (InterviewContext, InterviewHistory):
            owners = db.session.scalars(select(model.user_id)).all()
            assert owners == [keeper["user"]["id"]]

    missing = runner.invoke(args=["users", "delete", "nobody@example.com", "--yes"])
    assert missing.exit_code != 0
    assert "nobody@example.com" in missing.output


@pytest.mark.parametrize("password", ["1234567", "ż" * 37, "x" * 73])
def test_users_create_applies_the_api_password_rules(client, runner, password):
    api = client.post("/api/auth/register", json={"email": "api@example.com", "password": password})
    assert api.status_code == 422
    (problem,) = api.get_json()["error"]["fields"]["password"]

    cli = create_user(runner, email="cli@example.com", password=password)

    assert cli.exit_code != 0
    assert problem in cli.output
