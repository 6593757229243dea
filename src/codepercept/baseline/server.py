"""The classical baseline behind the chat-completions API, so it is used like any model.

``POST /v1/chat/completions`` takes the usual request; the last image in the messages (a
``data:`` URI, as :func:`codepercept.vlm.image_to_data_uri` writes) is vectorised and the code
comes back as a fenced python block. ``GET /v1/models`` lists the model, ``GET /health``
answers ok. Malformed requests get a 400 with the reason; the server stays up.
"""

from __future__ import annotations

import base64
import binascii
import json
import threading
import time
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from typing import Any

from codepercept.baseline.emit import vectorize

#: Built-in models by name: image bytes -> code. ``--model builtin:NAME`` selects one.
BUILTIN_MODELS: dict[str, Callable[[bytes], str]] = {"vectorize": vectorize}
BUILTIN_PREFIX = "builtin:"

_LOCK = threading.Lock()  # one vectorisation at a time: OCR and OpenCV use every core anyway


class BadRequest(ValueError):
    """The request cannot be answered; the message is sent back with a 400."""


def _last_image(messages: Any) -> bytes:
    if not isinstance(messages, list):
        raise BadRequest("'messages' must be a list")
    for message in reversed(messages):
        content = message.get("content") if isinstance(message, dict) else None
        for part in reversed(content if isinstance(content, list) else []):
            url = (part.get("image_url") or {}).get("url", "") if isinstance(part, dict) else ""
            if url:
                if not url.startswith("data:") or ";base64," not in url:
                    raise BadRequest("only base64 data: image URLs are supported (no network)")
                try:
                    return base64.b64decode(url.split(";base64,", 1)[1], validate=True)
                except (binascii.Error, ValueError) as e:
                    raise BadRequest(f"the image is not valid base64: {e}") from None
    raise BadRequest("no image in the messages; send the figure as an image_url part")


def answer(body: dict[str, Any], model: str) -> dict[str, Any]:
    """The chat-completions response to ``body`` (raises :class:`BadRequest`)."""
    image = _last_image(body.get("messages"))
    with _LOCK:
        try:
            code = BUILTIN_MODELS[model](image)
        except (OSError, ValueError) as e:  # PIL cannot decode it
            raise BadRequest(f"the image cannot be read: {e}") from None
    text = f"```python\n{code}```"
    return {
        "id": f"baseline-{time.monotonic_ns()}",
        "object": "chat.completion",
        "created": int(time.time()),
        "model": model,
        "choices": [
            {"index": 0, "message": {"role": "assistant", "content": text}, "finish_reason": "stop"}
        ],
        "usage": {"prompt_tokens": 0, "completion_tokens": len(code) // 4, "total_tokens": 0},
    }


class _Handler(BaseHTTPRequestHandler):
    model = "vectorize"

    def log_message(self, *args: Any) -> None:  # quiet: the CLI prints its own line
        pass

    def _send(self, status: int, payload: dict[str, Any]) -> None:
        data = json.dumps(payload).encode()
        self.send_response(status)
        self.send_header("Content-Type", "application/json")
        self.send_header("Content-Length", str(len(data)))
        self.end_headers()
        self.wfile.write(data)

    def do_GET(self) -> None:  # noqa: N802 (http.server's naming)
        if self.path.rstrip("/") in ("/health", "/v1/health"):
            self._send(200, {"status": "ok"})
        elif self.path.rstrip("/") == "/v1/models":
            self._send(200, {"object": "list", "data": [{"id": self.model, "object": "model"}]})
        else:
            self._send(404, {"error": {"message": f"no route {self.path}"}})

    def do_POST(self) -> None:  # noqa: N802
        if self.path.rstrip("/") != "/v1/chat/completions":
            self._send(404, {"error": {"message": f"no route {self.path}"}})
            return
        try:
            size = int(self.headers.get("Content-Length") or 0)
            body = json.loads(self.rfile.read(size) or b"null")
            if not isinstance(body, dict):
                raise BadRequest("the body must be a JSON object")
            self._send(200, answer(body, self.model))
        except (BadRequest, json.JSONDecodeError, UnicodeDecodeError) as e:
            self._send(400, {"error": {"message": str(e), "type": "invalid_request_error"}})


class BaselineServer:
    """The baseline served on ``host:port`` from a background thread (port 0: any free one).

    >>> with BaselineServer() as server:  # doctest: +SKIP
    ...     client = ChatClient(server.url, "vectorize")
    """

    def __init__(self, host: str = "127.0.0.1", port: int = 0, model: str = "vectorize") -> None:
        if model not in BUILTIN_MODELS:
            from codepercept.errors import UnknownName

            raise UnknownName(f"unknown builtin model {model!r}; choose from: vectorize")
        handler = type("Handler", (_Handler,), {"model": model})
        self.httpd = ThreadingHTTPServer((host, port), handler)
        self.model = model
        self._thread = threading.Thread(target=self.httpd.serve_forever, daemon=True)

    @property
    def url(self) -> str:
        host, port = self.httpd.server_address[:2]
        return f"http://{host}:{port}/v1"

    def __enter__(self) -> BaselineServer:
        self._thread.start()
        return self

    def __exit__(self, *exc: object) -> None:
        self.httpd.shutdown()
        self.httpd.server_close()


def serve_baseline(host: str, port: int, model: str = "vectorize") -> None:
    """Serve until interrupted (the ``codepercept serve-baseline`` command)."""
    server = BaselineServer(host, port, model)
    try:
        server.httpd.serve_forever()
    finally:
        server.httpd.server_close()


@contextmanager
def model_endpoint(
    endpoint: str | None, model: str | None
) -> Iterator[tuple[str | None, str | None]]:
    """The (endpoint, model) to talk to: ``builtin:NAME`` with no endpoint is served here, on a
    free local port, for the duration; anything else passes through unchanged."""
    if model and model.startswith(BUILTIN_PREFIX) and endpoint is None:
        with BaselineServer(model=model.removeprefix(BUILTIN_PREFIX)) as server:
            yield server.url, server.model
    else:
        yield endpoint, model
