"""The reward server: GPU nodes send completions, a CPU node renders and scores them.

A threading HTTP server takes requests; each valid one becomes a job on a bounded queue
(full: HTTP 429 with ``Retry-After``, the client backs off), and ``concurrency`` dispatcher
threads evaluate jobs on this process's render pool, one batch per job, so one request's
scoring overlaps another's rendering. A malformed request gets a 400 naming the problem;
nothing a request carries can stop the server. ``GET /health`` reports the queue.

>>> from codepercept.rewards import RewardClient
>>> code = "import matplotlib.pyplot as plt\\nplt.plot([1, 2])"
>>> with RewardServer(ServerConfig(port=0), RewardConfig(workers=2, timeout_s=1.5)) as server:
...     reply = RewardClient(server.url).rewards([f"```python\\n{code}\\n```"], [code])
>>> reply.rewards, reply.components["exec"]
([4.0], [1.0])
"""

from __future__ import annotations

import json
import math
import queue
import threading
import time
from concurrent.futures import Future
from dataclasses import dataclass
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from typing import Any

from codepercept.config import ConfigError
from codepercept.errors import CodeperceptError
from codepercept.rewards.config import RewardConfig, ServerConfig
from codepercept.rewards.engine import engine_for
from codepercept.rewards.functions import REWARDS, compute_rewards, make_reward, weighted_sum
from codepercept.rewards.wire import BadRequest, RewardRequest, RewardResponse


@dataclass
class _Job:
    request: RewardRequest
    future: Future


class RewardServer:
    """The reward server; ``start()`` serves in background threads, ``close()`` stops."""

    def __init__(self, config: ServerConfig | None = None, rewards: RewardConfig | None = None):
        self.config = config or ServerConfig()
        self.reward_config = rewards or RewardConfig()
        if self.reward_config.server is not None:
            raise ConfigError("a reward server renders itself: leave RewardConfig.server unset")
        self.names = [
            n for n in REWARDS.names() if n != "judge" or self.reward_config.judge_endpoint
        ]
        self._jobs: queue.Queue[_Job | None] = queue.Queue(maxsize=self.config.queue_size)
        self._lock = threading.Lock()
        self.in_flight = 0
        self.served = 0
        self.failed = 0
        self.rejected = 0
        self._job_s = 0.5  # running mean of a job's duration, for Retry-After
        self._threads: list[threading.Thread] = []
        self._httpd: ThreadingHTTPServer | None = None

    # -- lifecycle -------------------------------------------------------------------------
    def start(self) -> RewardServer:
        engine_for(self.reward_config).pool()  # workers warm before the first request
        handler = type("Handler", (_Handler,), {"app": self})
        self._httpd = _Http((self.config.host, self.config.port), handler)
        for i in range(self.config.concurrency):
            self._spawn(self._dispatch, f"codepercept-rewards-{i}")
        self._spawn(self._httpd.serve_forever, "codepercept-rewards-http")
        return self

    def _spawn(self, target, name: str) -> None:
        t = threading.Thread(target=target, name=name, daemon=True)
        t.start()
        self._threads.append(t)

    @property
    def url(self) -> str:
        if self._httpd is None:
            raise CodeperceptError("the reward server is not started")
        host, port = self._httpd.server_address[:2]
        return f"http://{host}:{port}"

    def serve_forever(self) -> None:
        """Block until interrupted (Ctrl-C), then close."""
        try:
            while True:
                time.sleep(3600)
        finally:
            self.close()

    def close(self) -> None:
        """Stop taking requests, finish the queued ones, stop the threads (idempotent)."""
        if self._httpd is not None:
            self._httpd.shutdown()
            self._httpd.server_close()
            self._httpd = None
        if self._threads:
            for _ in range(self.config.concurrency):
                self._jobs.put(None)  # after the queued jobs: they are still answered
            for t in self._threads:
                t.join(timeout=30)
            self._threads.clear()

    def __enter__(self) -> RewardServer:
        return self.start()

    def __exit__(self, *exc: object) -> None:
        self.close()

    # -- work ------------------------------------------------------------------------------
    def submit(self, request: RewardRequest) -> Future:
        """Queue a request; ``queue.Full`` when the queue is at capacity."""
        job = _Job(request, Future())
        self._jobs.put_nowait(job)
        return job.future

    def retry_after_s(self) -> int:
        """Seconds a rejected client should wait: the queue ahead of it, drained."""
        waiting = self._jobs.qsize() + self.in_flight
        return max(1, math.ceil(self._job_s * waiting / self.config.concurrency))

    def health(self) -> dict[str, Any]:
        return {
            "status": "ok",
            "queued": self._jobs.qsize(),
            "in_flight": self.in_flight,
            "queue_size": self.config.queue_size,
            "concurrency": self.config.concurrency,
            "served": self.served,
            "failed": self.failed,
            "rejected": self.rejected,
            "rewards": self.names,
            "render_workers": engine_for(self.reward_config).pool().n_workers,
        }

    def _dispatch(self) -> None:
        while True:
            job = self._jobs.get()
            if job is None:
                return
            if not job.future.set_running_or_notify_cancel():
                continue
            with self._lock:
                self.in_flight += 1
            started = time.monotonic()
            try:
                job.future.set_result(self.evaluate(job.request))
                ok = True
            except BaseException as e:  # noqa: BLE001 - answered as a 4xx/500, never fatal
                job.future.set_exception(e)
                ok = False
            elapsed = time.monotonic() - started
            with self._lock:
                self.in_flight -= 1
                self.served += ok
                self.failed += not ok
                self._job_s = 0.8 * self._job_s + 0.2 * elapsed

    def evaluate(self, request: RewardRequest) -> RewardResponse:
        started = time.perf_counter()
        opts = self.reward_config.to_dict()
        parts = [make_reward(name, **opts) for name in request.weights]
        components = compute_rewards(
            parts,
            request.completions,
            request.solutions,
            solution_image=request.solution_images,
        )
        components = {k: [_finite(v) for v in vs] for k, vs in components.items()}
        rewards = weighted_sum(components, request.weights)
        return RewardResponse(rewards, components, 1000 * (time.perf_counter() - started))


def _finite(v: float | None) -> float | None:
    return v if v is None or math.isfinite(v) else None


class _Http(ThreadingHTTPServer):
    daemon_threads = True

    def handle_error(self, request: Any, client_address: Any) -> None:
        pass  # a client that vanished or spoke garbage concerns only its own connection


class _Handler(BaseHTTPRequestHandler):
    app: RewardServer  # set on the per-server subclass
    protocol_version = "HTTP/1.1"  # keep-alive: a trainer reuses its connection
    timeout = 120  # a client that stops sending mid-request frees its thread

    def log_message(self, format: str, *args: Any) -> None:
        pass  # one line per request would swamp a training log; /health has the counters

    def _send(self, status: int, body: dict, headers: dict[str, str] | None = None) -> None:
        data = json.dumps(body, allow_nan=False).encode()
        try:
            self.send_response(status)
            self.send_header("Content-Type", "application/json")
            self.send_header("Content-Length", str(len(data)))
            for k, v in (headers or {}).items():
                self.send_header(k, v)
            self.end_headers()
            self.wfile.write(data)
        except (BrokenPipeError, ConnectionResetError):
            self.close_connection = True  # the client left; nothing to answer

    def do_GET(self) -> None:  # noqa: N802 - http.server's naming
        if self.path.rstrip("/") == "/health":
            self._send(200, self.app.health())
        else:
            self._send(404, {"error": f"no such path {self.path!r}; use POST /rewards"})

    def do_POST(self) -> None:  # noqa: N802
        if self.path.rstrip("/") != "/rewards":
            self._drain()
            self._send(404, {"error": f"no such path {self.path!r}; use POST /rewards"})
            return
        try:
            body = self._body()
            request = RewardRequest.parse(body, self.app.names, self.app.config.max_batch)
        except BadRequest as e:
            self.close_connection = True  # the body may be unread: do not reuse the stream
            self._send(400, {"error": str(e)})
            return
        try:
            future = self.app.submit(request)
        except queue.Full:
            with self.app._lock:
                self.app.rejected += 1
            wait = self.app.retry_after_s()
            self._send(
                429,
                {"error": f"the reward queue is full; retry in {wait} s"},
                {"Retry-After": str(wait)},
            )
            return
        try:
            response = future.result(timeout=self.app.config.request_timeout_s)
        except TimeoutError:
            future.cancel()
            self._send(503, {"error": "the request was not evaluated in time; retry later"})
        except CodeperceptError as e:
            self._send(400, {"error": str(e)})
        except Exception as e:  # noqa: BLE001 - a bug must answer, not kill the server
            self._send(500, {"error": f"internal error {type(e).__name__}: {e}"})
        else:
            self._send(200, response.to_json())

    def _body(self) -> bytes:
        length = self.headers.get("Content-Length")
        if length is None:
            raise BadRequest("send a Content-Length header with the JSON body")
        try:
            n = int(length)
        except ValueError:
            raise BadRequest(f"Content-Length is not a number: {length!r}") from None
        limit = int(self.app.config.max_body_mb * 1024 * 1024)
        if n < 0 or n > limit:
            raise BadRequest(f"the body is {n} bytes; this server takes up to {limit}")
        return self.rfile.read(n)

    def _drain(self) -> None:
        try:
            n = int(self.headers.get("Content-Length") or 0)
        except ValueError:
            n = 0
        if 0 < n <= 1024 * 1024:
            self.rfile.read(n)
        else:
            self.close_connection = True
