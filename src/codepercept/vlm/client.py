"""One client for every OpenAI-compatible chat-completions endpoint (vLLM, SGLang, swift, APIs).

Retries transient failures with exponential backoff and jitter, honours ``Retry-After``, limits
concurrency, and keeps every successful reply in an on-disk cache so that a re-run (or a run
resumed after ``kill -9``) never pays for the same request twice.
"""

from __future__ import annotations

import asyncio
import dataclasses
import email.utils
import hashlib
import json
import logging
import os
import random
import time
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import httpx

from codepercept.errors import ConfigError, EndpointError
from codepercept.io import atomic_write

log = logging.getLogger(__name__)

CACHE_VERSION = 1
MAX_RETRY_AFTER_S = 120.0  # a server asking for longer than this is treated as this
_RETRYABLE_STATUS = frozenset({408, 409, 425, 429})


@dataclass(frozen=True, slots=True)
class ChatReply:
    """One chat completion: the assistant text plus what the server said about it."""

    text: str  # message content ("" when the server sent none)
    finish_reason: str | None = None
    usage: Mapping[str, Any] = field(default_factory=dict)
    cached: bool = False  # True when served from the disk cache (no request was made)
    latency_s: float = 0.0  # wall time of the successful attempt (0 when cached)
    raw: Mapping[str, Any] = field(default_factory=dict)  # the server's JSON body
    reasoning: str = ""  # reasoning_content / reasoning field, when the server splits it out
    attempts: int = 1  # HTTP attempts this reply took (retries + 1; 0 when cached)


class _Retry(Exception):
    """Internal: this attempt failed in a way worth retrying."""

    def __init__(self, reason: str, retry_after: float | None = None) -> None:
        super().__init__(reason)
        self.reason = reason
        self.retry_after = retry_after


#: What one attempt may raise that is worth another try (a timeout of either kind included).
_RETRYABLE = (_Retry, TimeoutError, httpx.TimeoutException, httpx.TransportError)


def _base_url(endpoint: str) -> str:
    url = endpoint.strip().rstrip("/")
    if url.endswith("/chat/completions"):
        url = url[: -len("/chat/completions")]
    if not url.startswith(("http://", "https://")):
        raise ConfigError(
            f"endpoint must be an http(s) URL like http://host:8000/v1, got {endpoint!r}"
        )
    return url


def _retry_after_s(value: str | None) -> float | None:
    """Seconds from a Retry-After header (delta-seconds or HTTP date); None when absent/bad."""
    if not value:
        return None
    value = value.strip()
    try:
        secs = float(value)
    except ValueError:
        try:
            when = email.utils.parsedate_to_datetime(value)
        except (TypeError, ValueError):
            return None
        secs = when.timestamp() - time.time()
    return min(max(secs, 0.0), MAX_RETRY_AFTER_S)


def content_text(content: Any) -> str:
    """Message content as text: a string, or the text parts of a list of content parts."""
    if content is None:
        return ""
    if isinstance(content, str):
        return content
    if isinstance(content, list):
        parts = [p.get("text", "") for p in content if isinstance(p, dict)]
        return "".join(p for p in parts if isinstance(p, str))
    return str(content)


def parse_reply(body: Mapping[str, Any], latency_s: float = 0.0, cached: bool = False) -> ChatReply:
    """Turn a chat-completions JSON body into a :class:`ChatReply` (ValueError if it is not one)."""
    choices = body.get("choices")
    if not isinstance(choices, list) or not choices or not isinstance(choices[0], dict):
        err = body.get("error")
        raise ValueError(f"no choices in reply{f': {err}' if err else ''}")
    choice = choices[0]
    message = choice.get("message") or {}
    if not isinstance(message, dict):
        raise ValueError("choices[0].message is not an object")
    reasoning = message.get("reasoning_content") or message.get("reasoning") or ""
    usage = body.get("usage") if isinstance(body.get("usage"), dict) else {}
    return ChatReply(
        text=content_text(message.get("content")),
        finish_reason=choice.get("finish_reason"),
        usage=usage,
        cached=cached,
        latency_s=latency_s,
        raw=dict(body),
        reasoning=reasoning if isinstance(reasoning, str) else str(reasoning),
        attempts=0 if cached else 1,
    )


def cache_key(model: str, messages: Sequence[Mapping[str, Any]], params: Mapping[str, Any]) -> str:
    """sha256 of (model, messages, params): the endpoint URL is deliberately not part of it."""
    payload = json.dumps(
        {"v": CACHE_VERSION, "model": model, "messages": messages, "params": params},
        sort_keys=True,
        ensure_ascii=False,
        separators=(",", ":"),
    )
    return hashlib.sha256(payload.encode("utf-8")).hexdigest()


class ReplyCache:
    """One JSON file per request key under ``root/ab/<key>.json``, written atomically."""

    def __init__(self, root: str | os.PathLike[str]) -> None:
        self.root = Path(root)

    def _path(self, key: str) -> Path:
        return self.root / key[:2] / f"{key}.json"

    def get(self, key: str) -> Mapping[str, Any] | None:
        """The cached response body, or None (a corrupt file counts as a miss and is logged)."""
        path = self._path(key)
        try:
            data = json.loads(path.read_text(encoding="utf-8"))
            return data["body"]
        except FileNotFoundError:
            return None
        except (OSError, ValueError, KeyError, TypeError) as e:
            log.warning("ignoring unreadable cache entry %s: %s", path, e)
            return None

    def put(self, key: str, body: Mapping[str, Any]) -> None:
        """Write the body via a temp file + fsync + rename, so a kill never leaves half a file."""
        path = self._path(key)
        data = json.dumps({"v": CACHE_VERSION, "key": key, "body": body}, ensure_ascii=False)
        atomic_write(path, data)


class ChatClient:
    """Chat-completions client with retries, a concurrency limit and an optional disk cache.

    >>> client = ChatClient("http://localhost:8000/v1", "Qwen/Qwen2.5-VL-7B-Instruct")
    >>> reply = client.complete([{"role": "user", "content": "hi"}], max_tokens=8)  # doctest: +SKIP
    """

    def __init__(
        self,
        endpoint: str,
        model: str,
        *,
        api_key: str | None = None,
        timeout_s: float = 60.0,
        max_retries: int = 4,
        backoff_s: float = 0.5,
        cache_dir: str | os.PathLike[str] | None = None,
        concurrency: int = 8,
    ) -> None:
        if timeout_s <= 0 or max_retries < 0 or backoff_s < 0 or concurrency < 1:
            raise ConfigError("timeout_s > 0, max_retries >= 0, backoff_s >= 0, concurrency >= 1")
        self.endpoint = _base_url(endpoint)
        self.url = f"{self.endpoint}/chat/completions"
        self.model = model
        self.api_key = api_key if api_key is not None else os.environ.get("OPENAI_API_KEY")
        self.timeout_s = float(timeout_s)
        self.max_retries = int(max_retries)
        self.backoff_s = float(backoff_s)
        self.concurrency = int(concurrency)
        self.cache = ReplyCache(cache_dir) if cache_dir is not None else None
        self.n_requests = 0  # HTTP attempts made (not counting cache hits)
        self._loop: asyncio.AbstractEventLoop | None = None
        self._sem: asyncio.Semaphore | None = None
        self._aclient: httpx.AsyncClient | None = None

    # -- request building -------------------------------------------------------------------
    def _headers(self) -> dict[str, str]:
        headers = {"Content-Type": "application/json"}
        if self.api_key:
            headers["Authorization"] = f"Bearer {self.api_key}"
        return headers

    def _body(self, messages: Sequence[Mapping[str, Any]], params: Mapping[str, Any]) -> dict:
        params = {k: v for k, v in params.items() if v is not None}
        extra = params.pop("extra_body", None) or {}
        body = {"model": self.model, "messages": list(messages), **params, **extra}
        body.setdefault("stream", False)
        return body

    def _delay(self, attempt: int, retry_after: float | None) -> float:
        if retry_after is not None:
            return retry_after
        return self.backoff_s * (2**attempt) * random.uniform(0.5, 1.5)

    def _check(self, response: httpx.Response, started: float) -> ChatReply:
        """Classify one HTTP response: a reply, a retryable failure, or a final EndpointError."""
        status = response.status_code
        if status in _RETRYABLE_STATUS or status >= 500:
            raise _Retry(f"HTTP {status}", _retry_after_s(response.headers.get("Retry-After")))
        if status >= 400:
            raise EndpointError(self._fatal_message(status, response.text))
        try:
            body = response.json()
        except ValueError as e:
            raise _Retry(f"malformed JSON in reply ({e})") from e
        if not isinstance(body, dict):
            raise _Retry("reply is JSON but not an object")
        try:
            return parse_reply(body, latency_s=time.perf_counter() - started)
        except ValueError as e:
            raise _Retry(str(e)) from e

    def _fatal_message(self, status: int, text: str) -> str:
        hint = {
            401: "check the API key (--api-key or OPENAI_API_KEY)",
            403: "check the API key and that it may use this model",
            404: f"check the endpoint URL (it should end in /v1) and the model name {self.model!r}",
            400: "the server rejected the request (prompt too long, image too large, bad parameter?)",
            413: "the request is too large; lower the image size or the prompt",
            422: "the server rejected a parameter; check temperature/max_tokens/extra body",
        }.get(status, "check the server log")
        return f"{self.url} answered HTTP {status}: {text.strip()[:300]!r}; {hint}"

    def _give_up(self, reason: str) -> EndpointError:
        return EndpointError(
            f"{self.url} failed after {self.max_retries + 1} attempts (last: {reason}); "
            f"check that the server is up and serves model {self.model!r}, or raise --timeout"
        )

    # -- cache --------------------------------------------------------------------------------
    def _cached(self, key: str | None) -> ChatReply | None:
        if self.cache is None or key is None:
            return None
        body = self.cache.get(key)
        if body is None:
            return None
        try:
            return parse_reply(body, cached=True)
        except ValueError:
            return None

    def _store(self, key: str | None, reply: ChatReply) -> None:
        if self.cache is not None and key is not None:
            self.cache.put(key, reply.raw)

    def _key(self, messages: Sequence[Mapping[str, Any]], params: Mapping[str, Any], use: bool):
        if self.cache is None or not use:
            return None
        return cache_key(self.model, messages, {k: v for k, v in params.items() if v is not None})

    def is_cached(self, messages: Sequence[Mapping[str, Any]], **params: Any) -> bool:
        """True when this exact request has a reply in the disk cache."""
        key = self._key(messages, params, True)
        return key is not None and self.cache is not None and self.cache.get(key) is not None

    # -- async path ----------------------------------------------------------------------------
    def _bind_loop(self) -> tuple[asyncio.Semaphore, httpx.AsyncClient]:
        loop = asyncio.get_running_loop()
        if self._loop is not loop or self._sem is None or self._aclient is None:
            self._loop = loop
            self._sem = asyncio.Semaphore(self.concurrency)
            limits = httpx.Limits(
                max_connections=self.concurrency, max_keepalive_connections=self.concurrency
            )
            self._aclient = httpx.AsyncClient(timeout=self.timeout_s, limits=limits)
        return self._sem, self._aclient

    async def acomplete(
        self, messages: Sequence[Mapping[str, Any]], *, cache: bool = True, **params: Any
    ) -> ChatReply:
        """Send one chat request (or answer it from the cache); EndpointError after the last try.

        ``params`` go into the request body as they are (temperature, max_tokens, seed, ...);
        ``extra_body`` (a dict) is merged into the body, as in the openai package.
        """
        key = self._key(messages, params, cache)
        hit = self._cached(key)
        if hit is not None:
            return hit
        sem, client = self._bind_loop()
        body = self._body(messages, params)
        reason, retry_after = "", None
        for attempt in range(self.max_retries + 1):
            if attempt:
                await asyncio.sleep(self._pause(attempt, retry_after, reason))
            retry_after = None
            async with sem:
                started = time.perf_counter()
                self.n_requests += 1
                try:
                    async with asyncio.timeout(self.timeout_s):
                        response = await client.post(self.url, json=body, headers=self._headers())
                    reply = self._check(response, started)
                except _RETRYABLE as e:
                    reason, retry_after = self._failure(e)
                    continue
            self._store(key, reply)
            return dataclasses.replace(reply, attempts=attempt + 1)
        raise self._give_up(reason)

    def _pause(self, attempt: int, retry_after: float | None, reason: str) -> float:
        """How long to wait before retry ``attempt`` (logged with the reason)."""
        delay = self._delay(attempt - 1, retry_after)
        log.warning("retrying %s in %.1fs after %s", self.url, delay, reason)
        return delay

    def _failure(self, e: BaseException) -> tuple[str, float | None]:
        """(why an attempt failed, the server's Retry-After if it gave one)."""
        if isinstance(e, _Retry):
            return e.reason, e.retry_after
        if isinstance(e, TimeoutError | httpx.TimeoutException):
            return f"no reply within {self.timeout_s:g}s", None
        return f"{type(e).__name__}: {e}", None

    # -- sync path -----------------------------------------------------------------------------
    def complete(
        self, messages: Sequence[Mapping[str, Any]], *, cache: bool = True, **params: Any
    ) -> ChatReply:
        """Blocking twin of :meth:`acomplete` (same retries, same cache), for scripts and judges."""
        key = self._key(messages, params, cache)
        hit = self._cached(key)
        if hit is not None:
            return hit
        body = self._body(messages, params)
        reason, retry_after = "", None
        with httpx.Client(timeout=self.timeout_s) as client:
            for attempt in range(self.max_retries + 1):
                if attempt:
                    time.sleep(self._pause(attempt, retry_after, reason))
                retry_after = None
                started = time.perf_counter()
                self.n_requests += 1
                try:
                    reply = self._check(
                        client.post(self.url, json=body, headers=self._headers()), started
                    )
                except _RETRYABLE as e:
                    reason, retry_after = self._failure(e)
                    continue
                self._store(key, reply)
                return dataclasses.replace(reply, attempts=attempt + 1)
        raise self._give_up(reason)

    async def aclose(self) -> None:
        """Close the pooled async connections (safe to call more than once)."""
        if self._aclient is not None:
            await self._aclient.aclose()
        self._aclient, self._sem, self._loop = None, None, None

    async def __aenter__(self) -> ChatClient:
        return self

    async def __aexit__(self, *exc: object) -> None:
        await self.aclose()
