"""A real local HTTP server that speaks POST /v1/chat/completions with scripted replies.

Tests point the real client (or a real ``codepercept`` subprocess) at ``server.url`` and assert
on what the server saw. Nothing is mocked: requests go through sockets, JSON and HTTP status
codes exactly as they would against vLLM or an API.
"""

from __future__ import annotations

import hashlib
import json
import threading
import time
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from typing import Any


@dataclass(frozen=True)
class Reply:
    """One scripted answer. ``body`` (raw bytes) overrides everything built from the text."""

    text: str | None = "ok"  # message content; None sends "content": null
    status: int = 200
    headers: dict[str, str] = field(default_factory=dict)
    delay_s: float = 0.0  # sleep before answering (to go past a client's timeout)
    body: bytes | None = None  # raw body, e.g. malformed JSON
    thinking: str | None = None  # wrapped as <think>...</think> before the text
    reasoning_content: str | None = None  # sent as message.reasoning_content (vLLM style)
    finish_reason: str = "stop"


def text(content: str, **kw: Any) -> Reply:
    """A normal 200 reply with this assistant text."""
    return Reply(text=content, **kw)


def status(code: int, retry_after: float | str | None = None, message: str = "scripted") -> Reply:
    """An HTTP error with a JSON error body (and a Retry-After header when given)."""
    headers = {} if retry_after is None else {"Retry-After": str(retry_after)}
    body = json.dumps({"error": {"message": message, "code": code}}).encode()
    return Reply(status=code, headers=headers, body=body)


def malformed() -> Reply:
    """A 200 whose body is not JSON."""
    return Reply(body=b'{"choices": [{"message": {"content": "trunc')


def empty() -> Reply:
    """A 200 with empty assistant content."""
    return Reply(text="")


def slow(delay_s: float, content: str = "late") -> Reply:
    """A reply that arrives only after ``delay_s`` seconds."""
    return Reply(text=content, delay_s=delay_s)


def thinking(thought: str, content: str) -> Reply:
    """A reply with a <think> section before the answer."""
    return Reply(text=content, thinking=thought)


@dataclass(frozen=True)
class SeenRequest:
    """One request the server received."""

    path: str
    headers: dict[str, str]
    body: dict[str, Any] | None  # None when the body was not JSON
    at: float

    @property
    def image_hashes(self) -> tuple[str, ...]:
        """sha256 of every image data URI in the messages (to tell items apart)."""
        return tuple(hashlib.sha256(u.encode()).hexdigest() for u in image_urls(self.body))

    @property
    def key(self) -> str:
        """A stable digest of the whole body (to spot repeated requests)."""
        return hashlib.sha256(json.dumps(self.body, sort_keys=True).encode()).hexdigest()


def image_urls(body: dict[str, Any] | None) -> list[str]:
    """Every image_url.url in the request's messages."""
    urls: list[str] = []
    for msg in (body or {}).get("messages", []):
        content = msg.get("content")
        if isinstance(content, list):
            for part in content:
                if isinstance(part, dict) and part.get("type") == "image_url":
                    urls.append(part["image_url"]["url"])
    return urls


Script = Iterable[Reply | str] | Callable[[SeenRequest], Reply | str]


def request_text(body: dict[str, Any] | None) -> str:
    """Every text part of the request's messages, joined (what :class:`Route` matches on)."""
    texts: list[str] = []
    for msg in (body or {}).get("messages", []):
        content = msg.get("content")
        if isinstance(content, str):
            texts.append(content)
        elif isinstance(content, list):
            texts.extend(
                p.get("text", "")
                for p in content
                if isinstance(p, dict) and p.get("type") == "text"
            )
    return "\n".join(texts)


@dataclass
class Route:
    """Replies for the requests that ``match``: a substring of the request's text, or a
    predicate of the request. Replies are served in order; the last one repeats."""

    match: str | Callable[[SeenRequest], bool]
    replies: list[Reply | str]
    served: int = 0

    def matches(self, seen: SeenRequest) -> bool:
        if callable(self.match):
            return bool(self.match(seen))
        return self.match in request_text(seen.body)

    def next(self) -> Reply | str:
        reply = self.replies[min(self.served, len(self.replies) - 1)]
        self.served += 1
        return reply


def routes(
    *rules: Route, default: Reply | str | None = None
) -> Callable[[SeenRequest], Reply | str]:
    """A script keyed on the request's content: the first matching :class:`Route` answers;
    a request no route matches gets ``default`` (a 500 saying so when None).

    >>> server.set_script(routes(Route("Describe this figure", ["a circle"]),
    ...                          Route("reproduces the figure", [status(500), code_reply])))
    """
    lock = threading.Lock()

    def script(seen: SeenRequest) -> Reply | str:
        with lock:
            for rule in rules:
                if rule.matches(seen):
                    return rule.next()
        if default is not None:
            return default
        return Reply(status=500, body=b'{"error": "no route matches this request"}')

    return script


def _completion(reply: Reply, model: str) -> bytes:
    content = reply.text
    if reply.thinking is not None:
        content = f"<think>{reply.thinking}</think>{content or ''}"
    message: dict[str, Any] = {"role": "assistant", "content": content}
    if reply.reasoning_content is not None:
        message["reasoning_content"] = reply.reasoning_content
    body = {
        "id": "chatcmpl-replay",
        "object": "chat.completion",
        "created": int(time.time()),
        "model": model,
        "choices": [{"index": 0, "message": message, "finish_reason": reply.finish_reason}],
        "usage": {"prompt_tokens": 10, "completion_tokens": len(content or "") // 4 + 1},
    }
    return json.dumps(body).encode()


class ReplayServer:
    """Threaded HTTP server on 127.0.0.1:<free port>; ``url`` is the OpenAI base URL (…/v1)."""

    def __init__(self, script: Script | None = None, default: Reply | str | None = "ok") -> None:
        self._lock = threading.Lock()
        self._stop = threading.Event()
        self.requests: list[SeenRequest] = []
        self.default = default
        self.set_script(script if script is not None else [])
        server = self

        class Handler(BaseHTTPRequestHandler):
            protocol_version = "HTTP/1.1"

            def log_message(self, format: str, *args: Any) -> None:  # noqa: A002
                return  # keep pytest output clean

            def do_POST(self) -> None:
                length = int(self.headers.get("Content-Length") or 0)
                raw = self.rfile.read(length)
                try:
                    body = json.loads(raw)
                except ValueError:
                    body = None
                seen = SeenRequest(self.path, dict(self.headers), body, time.time())
                if self.path.rstrip("/") != "/v1/chat/completions":
                    self._send(Reply(status=404, body=b'{"error": "not found"}'), seen)
                    return
                server._record(seen)
                self._send(server._next(seen), seen)

            def _send(self, reply: Reply, seen: SeenRequest) -> None:
                if reply.delay_s and server._stop.wait(reply.delay_s):
                    return
                model = (seen.body or {}).get("model", "replay")
                payload = reply.body if reply.body is not None else _completion(reply, model)
                try:
                    self.send_response(reply.status)
                    self.send_header("Content-Type", "application/json")
                    self.send_header("Content-Length", str(len(payload)))
                    for k, v in reply.headers.items():
                        self.send_header(k, v)
                    self.end_headers()
                    self.wfile.write(payload)
                except (BrokenPipeError, ConnectionResetError):
                    return  # the client gave up (timeout); nothing to answer

        self._httpd = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
        self._httpd.daemon_threads = True
        self._thread = threading.Thread(target=self._httpd.serve_forever, daemon=True)

    # -- script ------------------------------------------------------------------------------
    def set_script(self, script: Script) -> None:
        """Replace the script: a list consumed in order, or a function of the request."""
        with self._lock:
            if callable(script):
                self._fn, self._queue = script, []
            else:
                self._fn, self._queue = None, list(script)

    def _record(self, seen: SeenRequest) -> None:
        with self._lock:
            self.requests.append(seen)

    def _next(self, seen: SeenRequest) -> Reply:
        with self._lock:
            fn = self._fn
            if fn is None:
                item = self._queue.pop(0) if self._queue else self.default
                if item is None:
                    item = Reply(status=500, body=b'{"error": "replay script exhausted"}')
        if fn is not None:
            item = fn(seen)
        return Reply(text=item) if isinstance(item, str) else item

    # -- lifecycle -------------------------------------------------------------------------------
    @property
    def url(self) -> str:
        host, port = self._httpd.server_address[:2]
        return f"http://{host}:{port}/v1"

    def start(self) -> ReplayServer:
        self._thread.start()
        return self

    def close(self) -> None:
        self._stop.set()
        self._httpd.shutdown()
        self._httpd.server_close()
        self._thread.join(timeout=5)

    def __enter__(self) -> ReplayServer:
        return self.start()

    def __exit__(self, *exc: object) -> None:
        self.close()

    # -- assertions helpers ----------------------------------------------------------------------
    def seen(self) -> list[SeenRequest]:
        """A snapshot of the request log."""
        with self._lock:
            return list(self.requests)

    def repeated(self) -> list[str]:
        """Keys of request bodies that arrived more than once."""
        counts: dict[str, int] = {}
        for r in self.seen():
            counts[r.key] = counts.get(r.key, 0) + 1
        return [k for k, n in counts.items() if n > 1]
