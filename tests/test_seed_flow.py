"""The first thing a new user does: register, log in, save a context, read it back, see no history."""


def test_register_login_context_history(client):
    registered = client.post(
        "/api/auth/register",
        json={
            "email": "Jan.Kowalski@Example.com",
            "password": "MySecurePass123!",
            "full_name": "Jan Kowalski",
        },
    )
    assert registered.status_code == 201
    body = registered.get_json()
    assert body["token_type"] == "bearer"
    assert body["user"]["email"] == "jan.kowalski@example.com"
    assert body["expires_in"] == 24 * 3600

    login = client.post(
        "/api/auth/login", json={"email": "jan.kowalski@example.com", "password": "MySecurePass123!"}
    )
    assert login.status_code == 200
    headers = {"Authorization": f"Bearer {login.get_json()['access_token']}"}

    me = client.get("/api/auth/me", headers=headers)
    assert me.get_json()["full_name"] == "Jan Kowalski"

    saved = client.post(
        "/api/context",
        headers=headers,
        json={
            "cv": "Senior Python Developer, 5 years",
            "company": "Google",
            "position": "Senior Backend Engineer",
        },
    )
    assert saved.status_code == 200, saved.get_json()

    context = client.get("/api/context", headers=headers).get_json()
    assert context["cv"] == "Senior Python Developer, 5 years"
    assert context["company"] == "Google"
    assert context["position"] == "Senior Backend Engineer"

    history = client.get("/api/history", headers=headers).get_json()
    assert history == {"success": True, "history": [], "next_cursor": None}
