"""The reward server's client: what the reward functions call when given ``server=URL``.

Retries what a busy or restarting server answers (429 with its ``Retry-After``, 502/503/504,
refused or dropped connections) with exponential backoff; a 400 is the caller's mistake and
raised at once with the server's reason.

A round trip is in :mod:`codepercept.rewards.server`'s example.

>>> client = RewardClient("http://127.0.0.1:8700/", max_retries=3)
>>> client.url, client.retries
('http://127.0.0.1:8700', 0)
"""

from __future__ import annotations

import base64
import os
import random
import threading
import time
from collections.abc import Sequence
from typing import Any

import httpx

from codepercept.errors import CodeperceptError, EndpointError
from codepercept.rewards.wire import RewardRequest, RewardResponse

_RETRY_STATUS = frozenset({429, 502, 503, 504})


class RewardRequestError(CodeperceptError):
    """The reward server refused a request as malformed (HTTP 400); the message is its reason."""


class RewardClient:
    """Send batches to `codepercept serve-rewards`; picklable (the HTTP client is per process)."""

    def __init__(
        self,
        url: str,
        *,
        timeout_s: float = 900.0,
        max_retries: int = 8,
        backoff_s: float = 0.5,
        max_backoff_s: float = 30.0,
    ) -> None:
        if not url.startswith(("http://", "https://")):
            raise CodeperceptError(f"the reward server URL must be http(s)://..., got {url!r}")
        self.url = url.rstrip("/")
        self.timeout_s = timeout_s
        self.max_retries = max_retries
        self.backoff_s = backoff_s
        self.max_backoff_s = max_backoff_s
        self.retries = 0  # retries made so far (429s and dropped connections)
        self._http: httpx.Client | None = None
        self._pid = 0

    def __getstate__(self) -> dict[str, Any]:
        return {**self.__dict__, "_http": None, "_pid": 0}

    def _client(self) -> httpx.Client:
        if self._http is None or self._pid != os.getpid():
            self._http = httpx.Client(timeout=self.timeout_s)
            self._pid = os.getpid()
        return self._http

    def rewards(
        self,
        completions: Sequence[Any],
        solutions: Sequence[str | None],
        solution_images: Sequence[Any] | None = None,
        *,
        names: Sequence[str] | None = None,
        weights: dict[str, float] | None = None,
    ) -> RewardResponse:
        """Rewards of one batch: the weighted sum (``weights``, default 1 for each of
        ``names``) and each reward's values. Images may be paths (read here when they exist,
        else resolved by the server), data URIs, bytes or PIL images."""
        n = len(completions)
        images = [_wire_image(x) for x in (solution_images or [None] * n)]
        body = RewardRequest(
            list(completions),
            list(solutions),
            images,
            dict(weights) if weights else dict.fromkeys(names or (), 1.0),
        ).to_json()
        if not body["weights"]:
            del body["weights"]  # the server's default rewards and weights
        return RewardResponse.from_json(self._post("/rewards", body))

    def health(self) -> dict[str, Any]:
        """The server's ``/health`` counters (raises when it cannot be reached)."""
        try:
            r = self._client().get(self.url + "/health", timeout=10.0)
            r.raise_for_status()
            return r.json()
        except (httpx.HTTPError, ValueError) as e:
            raise EndpointError(f"the reward server at {self.url} is not healthy: {e}") from None

    def _post(self, path: str, body: dict[str, Any]) -> Any:
        reason = ""
        for attempt in range(self.max_retries + 1):
            wait = None
            try:
                r = self._client().post(self.url + path, json=body)
            except (httpx.TransportError, httpx.TimeoutException) as e:
                reason = f"{type(e).__name__}: {e}"
            else:
                if r.status_code == 200:
                    return r.json()
                reason = f"HTTP {r.status_code}: {_error_text(r)}"
                if r.status_code == 400:
                    raise RewardRequestError(f"the reward server refused the request: {reason}")
                if r.status_code not in _RETRY_STATUS:
                    break
                wait = _retry_after(r.headers.get("Retry-After"))
            if attempt == self.max_retries:
                break
            self.retries += 1
            time.sleep(self._delay(attempt, wait))
        raise EndpointError(
            f"the reward server at {self.url} failed after {self.retries} retries ({reason}); "
            "check `codepercept serve-rewards` is running and not overloaded (GET /health)"
        )

    def _delay(self, attempt: int, retry_after: float | None) -> float:
        if retry_after is not None:
            return min(retry_after, self.max_backoff_s)
        return min(self.backoff_s * 2**attempt, self.max_backoff_s) * random.uniform(0.5, 1.0)


def _retry_after(value: str | None) -> float | None:
    try:
        return max(0.0, float(value)) if value else None
    except ValueError:
        return None


def _error_text(r: httpx.Response) -> str:
    try:
        return str(r.json().get("error", r.text))[:500]
    except (ValueError, AttributeError):
        return r.text[:500]


def _wire_image(image: Any) -> str | None:
    """A reference image as JSON: a data URI, or a path the server resolves itself."""
    from codepercept.rewards.inputs import image_bytes

    if image is None or (isinstance(image, str) and (image.startswith("data:") or not image)):
        return image or None
    if isinstance(image, str | os.PathLike) and not os.path.exists(image):
        return str(image)
    data = image_bytes(image)
    return "data:image/png;base64," + base64.b64encode(data or b"").decode()


_CLIENTS: dict[str, RewardClient] = {}
_CLIENTS_LOCK = threading.Lock()


def client_for(url: str) -> RewardClient:
    """This process's client for ``url`` (one connection pool, reused by every reward)."""
    with _CLIENTS_LOCK:
        client = _CLIENTS.get(url)
        if client is None:
            client = _CLIENTS[url] = RewardClient(url)
        return client
