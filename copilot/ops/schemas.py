"""Schemas of the health and liveness endpoints."""

from __future__ import annotations

from marshmallow import Schema, fields


class HealthSchema(Schema):
    status = fields.String(metadata={"description": "healthy | unhealthy"})
    database = fields.String(metadata={"description": "ok | unavailable"})
    broker = fields.String(metadata={"description": "ok | embedded | unavailable"})
    database_mode = fields.String()
    stt_backend = fields.String()
    answer_backend = fields.String()
    version = fields.String()


class PingSchema(Schema):
    ok = fields.Boolean()
