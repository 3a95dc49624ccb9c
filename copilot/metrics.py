"""Prometheus metrics: request and error counters, job and stage timings, open sockets."""

from __future__ import annotations

import time

from flask import Flask, Response, g, has_request_context, request
from prometheus_client import CONTENT_TYPE_LATEST, Counter, Gauge, Histogram, generate_latest

REQUEST_COUNT = Counter(
    "request_count", "HTTP requests by method, route and status", ["method", "endpoint", "status"]
)
ERROR_COUNT = Counter("error_count", "Error responses by error code and route", ["error_type", "endpoint"])
REQUEST_LATENCY = Histogram(
    "request_latency_seconds",
    "HTTP request latency by route",
    ["endpoint"],
    buckets=(0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10, 30),
)
JOB_DURATION = Histogram(
    "job_duration_seconds",
    "Wall time of a job from start to end, by kind and final status",
    ["kind", "status"],
    buckets=(0.25, 0.5, 1, 2, 4, 8, 15, 30, 60, 120, 300),
)
STAGE_DURATION = Histogram(
    "job_stage_duration_seconds",
    "Time spent in each job stage, by backend",
    ["stage", "backend"],
    buckets=(0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2, 4, 8, 15, 30, 60),
)
JOBS_FINISHED = Counter("jobs_finished", "Jobs by final status and error code", ["status", "error_code"])
LIVE_SOCKETS = Gauge("live_sockets", "Open /ws/audio WebSocket connections")
LIVE_EARLY_ANSWERS = Counter(
    "live_early_answers", "Answers started at a short pause: started, kept, or withdrawn", ["outcome"]
)


def route_label() -> str:
    """The URL rule, not the raw path, so ids don't blow up the label set."""
    if not has_request_context():
        return "none"
    rule = request.url_rule
    return rule.rule if rule is not None else "unmatched"


# Any other method name is counted as "other": a label value per invented method would let
# clients grow /metrics without bound.
KNOWN_METHODS = frozenset({"GET", "HEAD", "POST", "PUT", "PATCH", "DELETE", "OPTIONS"})


def method_label() -> str:
    return request.method if request.method in KNOWN_METHODS else "other"


def count_error(error_type: str) -> None:
    ERROR_COUNT.labels(error_type=error_type, endpoint=route_label()).inc()


def init_metrics(app: Flask) -> None:
    @app.before_request
    def _start_timer() -> None:
        g.request_started = time.perf_counter()

    @app.after_request
    def _count(response: Response) -> Response:
        endpoint = route_label()
        REQUEST_COUNT.labels(method=method_label(), endpoint=endpoint, status=str(response.status_code)).inc()
        started = g.get("request_started")
        if started is not None:
            REQUEST_LATENCY.labels(endpoint=endpoint).observe(time.perf_counter() - started)
        return response

    @app.get("/metrics")
    def prometheus_metrics() -> Response:
        return Response(generate_latest(), mimetype=CONTENT_TYPE_LATEST)
