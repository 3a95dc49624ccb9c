"""Per-user event channels: jobs publish stage events, WebSockets subscribe.

Two transports behind one interface: ``LocalEventBus`` (in-process, the embedded mode) and
``RedisEventBus`` (Redis pub/sub on ``user:<id>``, so a Celery worker on another host reaches a
socket on this web process). Subscribers get a thread-safe queue.
"""

from __future__ import annotations

import json
import logging
import queue
import threading
import time
from collections import defaultdict
from typing import Any

log = logging.getLogger(__name__)

SUBSCRIBER_QUEUE_SIZE = 2000


def channel_name(user_id: str) -> str:
    return f"user:{user_id}"


class Subscription:
    """Events for one user, delivered to one consumer (a socket, a long-poll)."""

    def __init__(self, bus: EventBus, user_id: str) -> None:
        self.bus = bus
        self.user_id = user_id
        self.queue: queue.Queue[dict[str, Any]] = queue.Queue(maxsize=SUBSCRIBER_QUEUE_SIZE)
        self.dropped = 0

    def deliver(self, event: dict[str, Any]) -> None:
        try:
            self.queue.put_nowait(event)
        except queue.Full:  # a stuck consumer must not block publishers
            self.dropped += 1

    def get(self, timeout: float | None = None) -> dict[str, Any] | None:
        try:
            return self.queue.get(timeout=timeout)
        except queue.Empty:
            return None

    def close(self) -> None:
        self.bus.unsubscribe(self)

    def __enter__(self) -> Subscription:
        return self

    def __exit__(self, *_exc: object) -> None:
        self.close()


class EventBus:
    """The local fan-out both transports share."""

    name = "local"

    def __init__(self) -> None:
        self._lock = threading.Lock()
        self._subscribers: dict[str, set[Subscription]] = defaultdict(set)

    def subscribe(self, user_id: str) -> Subscription:
        subscription = Subscription(self, user_id)
        with self._lock:
            self._subscribers[user_id].add(subscription)
        return subscription

    def unsubscribe(self, subscription: Subscription) -> None:
        with self._lock:
            subscribers = self._subscribers.get(subscription.user_id)
            if subscribers is not None:
                subscribers.discard(subscription)
                if not subscribers:
                    del self._subscribers[subscription.user_id]

    def subscriber_count(self, user_id: str | None = None) -> int:
        with self._lock:
            if user_id is not None:
                return len(self._subscribers.get(user_id, ()))
            return sum(len(s) for s in self._subscribers.values())

    def _fan_out(self, user_id: str, event: dict[str, Any]) -> None:
        with self._lock:
            subscribers = list(self._subscribers.get(user_id, ()))
        for subscription in subscribers:
            subscription.deliver(event)

    def publish(self, user_id: str, event: dict[str, Any]) -> None:
        self._fan_out(user_id, event)

    def close(self) -> None:
        pass


LocalEventBus = EventBus


class RedisEventBus(EventBus):
    """Publishes to Redis; one listener thread per process relays messages to local subscribers.

    The listener reconnects with backoff when Redis goes away, so sockets keep working once it
    is back; while it is down, publishing logs and drops the event (the job row stays the truth).
    """

    name = "redis"

    def __init__(self, url: str) -> None:
        super().__init__()
        import redis

        self.url = url
        self._redis = redis.Redis.from_url(url, socket_connect_timeout=2, socket_timeout=5)
        self._listener: threading.Thread | None = None
        self._stopping = threading.Event()
        self.connected = threading.Event()

    def publish(self, user_id: str, event: dict[str, Any]) -> None:
        try:
            self._redis.publish(channel_name(user_id), json.dumps(event, ensure_ascii=False))
        except Exception as exc:  # redis down: the job goes on; clients can poll the job
            log.warning("event not published (redis unavailable): %s", exc.__class__.__name__)

    def subscribe(self, user_id: str) -> Subscription:
        self._ensure_listener()
        return super().subscribe(user_id)

    def _ensure_listener(self) -> None:
        with self._lock:
            if self._listener is None or not self._listener.is_alive():
                self._stopping.clear()
                self._listener = threading.Thread(target=self._listen, name="event-relay", daemon=True)
                self._listener.start()

    def _listen(self) -> None:
        import redis

        delay = 0.2
        while not self._stopping.is_set():
            client = redis.Redis.from_url(self.url, socket_connect_timeout=2, socket_timeout=None)
            pubsub = client.pubsub(ignore_subscribe_messages=True)
            try:
                pubsub.psubscribe("user:*")
                self.connected.set()
                delay = 0.2
                while not self._stopping.is_set():
                    message = pubsub.get_message(timeout=1.0)
                    if message is None:
                        continue
                    self._relay(message)
            except Exception as exc:
                self.connected.clear()
                log.warning(
                    "event relay lost redis (%s); reconnecting in %.1fs", exc.__class__.__name__, delay
                )
                self._stopping.wait(delay)
                delay = min(delay * 2, 5.0)
            finally:
                try:
                    pubsub.close()
                    client.close()
                except Exception:  # closing a dead connection may fail too
                    pass
        self.connected.clear()

    def _relay(self, message: dict[str, Any]) -> None:
        channel = message.get("channel")
        if isinstance(channel, bytes):
            channel = channel.decode()
        if not isinstance(channel, str) or not channel.startswith("user:"):
            return
        try:
            event = json.loads(message["data"])
        except (TypeError, ValueError):
            log.warning("dropped a malformed event on %s", channel)
            return
        self._fan_out(channel[len("user:") :], event)

    def wait_connected(self, timeout: float = 5.0) -> bool:
        self._ensure_listener()
        return self.connected.wait(timeout)

    def close(self) -> None:
        self._stopping.set()
        if self._listener is not None:
            self._listener.join(timeout=3)
        self._redis.close()


def make_event_bus(redis_url: str | None) -> EventBus:
    return RedisEventBus(redis_url) if redis_url else LocalEventBus()


def wait_for(subscription: Subscription, predicate, timeout: float) -> dict[str, Any] | None:
    """The first event matching ``predicate`` within ``timeout`` seconds, else None."""
    deadline = time.monotonic() + timeout
    while (remaining := deadline - time.monotonic()) > 0:
        event = subscription.get(timeout=remaining)
        if event is not None and predicate(event):
            return event
    return None
