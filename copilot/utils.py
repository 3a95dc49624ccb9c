"""Small helpers shared by models and services."""

from __future__ import annotations

import uuid
from datetime import UTC, datetime


def utcnow() -> datetime:
    """Naive UTC timestamp: what every DateTime column stores (SQLite keeps no time zone)."""
    return datetime.now(UTC).replace(tzinfo=None)


def new_id() -> str:
    return str(uuid.uuid4())


def isoformat(value: datetime | None) -> str | None:
    """ISO 8601 in UTC with an explicit offset, for JSON output."""
    if value is None:
        return None
    if value.tzinfo is None:
        value = value.replace(tzinfo=UTC)
    return value.isoformat()
