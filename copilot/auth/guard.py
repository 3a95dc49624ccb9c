"""``login_required``: a JWT check that also documents the bearer scheme in the OpenAPI spec."""

from __future__ import annotations

from collections.abc import Callable

from flask_jwt_extended import jwt_required

from copilot.http import Blueprint

BEARER = [{"bearerAuth": []}]


def login_required(blp: Blueprint, *, refresh: bool = False) -> Callable:
    def decorator(view: Callable) -> Callable:
        return blp.doc(security=BEARER)(jwt_required(refresh=refresh)(view))

    return decorator
