"""Hand-made JWTs for the token tests: the claims the service issues, and signatures over any header."""

from __future__ import annotations

import base64
import hashlib
import hmac
import json
import time
import uuid


def b64url(data: bytes) -> str:
    return base64.urlsafe_b64encode(data).rstrip(b"=").decode()


def access_claims(user_id: str, **changes: object) -> dict:
    """The claims of an access token the service would issue now, with ``changes`` applied."""
    now = int(time.time())
    claims = {
        "sub": user_id,
        "type": "access",
        "fresh": False,
        "jti": str(uuid.uuid4()),
        "iat": now,
        "nbf": now,
        "exp": now + 600,
        "ver": 0,
    }
    claims.update(changes)
    return claims


def hand_signed(header: dict, claims: dict, key: bytes, digest=hashlib.sha256) -> str:
    """A token whose header says anything, signed with HMAC over ``key``."""
    signing_input = f"{b64url(json.dumps(header).encode())}.{b64url(json.dumps(claims).encode())}"
    signature = hmac.new(key, signing_input.encode(), digest).digest()
    return f"{signing_input}.{b64url(signature)}"
