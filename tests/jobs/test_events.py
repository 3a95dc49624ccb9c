"""The event buses: in-process fan-out per user, and Redis pub/sub across bus instances."""

from __future__ import annotations

import threading
import time
import uuid

import pytest
import redis

from copilot.jobs import events as events_module
from copilot.jobs.events import LocalEventBus, RedisEventBus, wait_for

REDIS_URL = "redis://127.0.0.1:6379/0"


def user_id() -> str:
    return str(uuid.uuid4())


def test_local_bus_fans_out_to_every_subscriber_of_the_user_only():
    bus = LocalEventBus()
    alice, bob = user_id(), user_id()
    first, second, other = bus.subscribe(alice), bus.subscribe(alice), bus.subscribe(bob)

    for index in range(3):
        bus.publish(alice, {"type": "job", "n": index})

    for subscription in (first, second):
        assert [subscription.get(timeout=1)["n"] for _ in range(3)] == [0, 1, 2]
    assert other.get(timeout=0.05) is None
    first.close()
    bus.publish(alice, {"type": "job", "n": 3})
    assert second.get(timeout=1)["n"] == 3
    assert first.get(timeout=0.05) is None
    assert bus.subscriber_count(alice) == 1 and bus.subscriber_count() == 2


def test_a_full_subscriber_queue_does_not_block_publishers(monkeypatch):
    bus = LocalEventBus()
    alice = user_id()
    live = bus.subscribe(alice)
    monkeypatch.setattr(events_module, "SUBSCRIBER_QUEUE_SIZE", 5)
    stuck = bus.subscribe(alice)  # a consumer that never reads
    received = []
    reader = threading.Thread(target=lambda: received.extend(live.get(timeout=2) for _ in range(50)))
    reader.start()

    began = time.monotonic()
    for index in range(50):
        bus.publish(alice, {"type": "answer_delta", "n": index})
    assert time.monotonic() - began < 1.0
    reader.join(timeout=5)

    assert [event["n"] for event in received] == list(range(50))
    assert stuck.queue.qsize() == 5 and stuck.dropped == 45


@pytest.mark.redis
def test_redis_bus_delivers_across_instances_to_the_right_user():
    publisher, listener = RedisEventBus(REDIS_URL), RedisEventBus(REDIS_URL)
    alice, bob = user_id(), user_id()
    try:
        mine, theirs = listener.subscribe(alice), listener.subscribe(bob)
        assert listener.wait_connected(5)
        time.sleep(0.1)  # the PSUBSCRIBE is sent right after the connected flag is set
        events = [{"type": "answer_delta", "delta": f"słowo {i} ", "job_id": "j"} for i in range(5)]
        for event in events:
            publisher.publish(alice, event)

        assert [mine.get(timeout=3) for _ in events] == events
        assert theirs.get(timeout=0.2) is None
    finally:
        publisher.close()
        listener.close()


@pytest.mark.redis
def test_the_relay_reconnects_after_its_connection_is_killed():
    # The listener's connections carry a name of their own, so only they are killed: other tests
    # (a real Celery worker among them) share this Redis and must not lose their connections.
    name = f"relay-under-test-{uuid.uuid4().hex[:8]}"
    publisher, listener = RedisEventBus(REDIS_URL), RedisEventBus(f"{REDIS_URL}?client_name={name}")
    alice = user_id()
    admin = redis.Redis.from_url(REDIS_URL)
    try:
        subscription = listener.subscribe(alice)
        assert listener.wait_connected(5)
        time.sleep(0.1)
        publisher.publish(alice, {"type": "job", "n": 1})
        assert subscription.get(timeout=3) == {"type": "job", "n": 1}

        mine = [client for client in admin.client_list(_type="pubsub") if client.get("name") == name]
        assert mine
        for client in mine:
            admin.client_kill_filter(_id=client["id"])
        # The relay notices, reconnects and subscribes again; events published after that arrive.
        deadline = time.monotonic() + 10
        got = None
        while got is None and time.monotonic() < deadline:
            publisher.publish(alice, {"type": "job", "n": 2})
            got = wait_for(subscription, lambda event: event.get("n") == 2, timeout=0.5)
        assert got == {"type": "job", "n": 2}
        publisher.publish(alice, {"type": "job", "n": 3})
        assert wait_for(subscription, lambda event: event.get("n") == 3, timeout=3) is not None
    finally:
        admin.close()
        publisher.close()
        listener.close()


@pytest.mark.redis
def test_publishing_while_redis_is_down_does_not_raise():
    bus = RedisEventBus("redis://127.0.0.1:1/0")
    began = time.monotonic()
    bus.publish(user_id(), {"type": "job"})
    assert time.monotonic() - began < 3
    bus.close()
