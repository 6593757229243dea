"""The paper's LLM judges (Image Score and Code Score) against any OpenAI-compatible endpoint.

Optional and non-deterministic by nature; the deterministic scores are the default. Requests
go through :class:`codepercept.vlm.ChatClient` (HTTP retries with backoff, disk cache by
request hash: a re-run with the same cache directory sends nothing). A reply without a
readable score is asked again once or twice with a follow-up message (a new request, also
cached), then reported as unparsed (score None).

Example::

    judge = make_judge("http://localhost:8000/v1", "Qwen/Qwen2.5-VL-72B-Instruct",
                       cache_dir="runs/judge-cache")
    result = judge.image_score(ref_png, cand_png)   # JudgeResult(score=87.0, ...)
"""

from __future__ import annotations

import asyncio
import os
import re
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from enum import StrEnum
from typing import Any

from codepercept.errors import ConfigError
from codepercept.vlm import PROMPTS
from codepercept.vlm.client import ChatClient
from codepercept.vlm.images import image_to_data_uri
from codepercept.vlm.replies import reply_text


class JudgeKind(StrEnum):
    IMAGE = "image"
    CODE = "code"


@dataclass(frozen=True, slots=True)
class JudgeResult:
    """One judge verdict. ``score`` is 0..100, or None when no score could be read."""

    kind: JudgeKind
    score: float | None
    reply: str  # the last reply text
    attempts: int  # requests made or read from the cache (1 + re-asks)
    cached: bool  # every reply came from the disk cache
    reason: str = ""  # why the score is None or 0 without asking

    @property
    def parsed(self) -> bool:
        return self.score is not None


_NUM = r"(\d{1,3}(?:\.\d+)?)"
_OUT_OF = r"(?:\s*(?:/|out\s+of|of)\s*(\d{1,3}(?:\.\d+)?))?"
_KEYED = re.compile(
    r"\b(total|final|overall)?\s*(?:score|rating|grade)\b[^\d\n]{0,20}?" + _NUM + _OUT_OF,
    re.IGNORECASE,
)
# A heading on its own line, the number alone on the next: "### Final Score\n**92**".
_HEADED = re.compile(
    r"^[ \t]*(total|final|overall)?[ \t]*(?:score|rating|grade)[ \t]*:?[ \t]*\n[ \t]*"
    + _NUM
    + r"(?:[ \t]*/[ \t]*(100))?[ \t]*$",
    re.IGNORECASE | re.MULTILINE,
)
_BARE = re.compile(_NUM + r"\s*(?:/|out\s+of)\s*100\b", re.IGNORECASE)


def parse_score(text: str) -> float | None:
    """The 0..100 score in a judge reply, or None.

    Reads ``Score: 87/100``, ``**Score**: 87``, ``score = 87 / 100``, ``Final score: 87``,
    ``Total Score - 87.5 out of 100``, ``Score: 8.7/10`` (scaled) and a bare ``87/100``.
    Reasoning sections and markdown emphasis are ignored; a total/final/overall score wins
    over a plain one, a later one over an earlier one; a per-criterion ``Structure score:
    25/30`` is not the total.
    """
    if not text:
        return None
    clean = reply_text(text)
    best: tuple[int, int, float] | None = None
    for m in [*_KEYED.finditer(clean), *_HEADED.finditer(clean)]:
        value, denom = float(m.group(2)), m.group(3)
        if denom is not None:
            d = float(denom)
            if d == 10:
                value *= 10.0
            elif d != 100:
                continue  # a criterion's own points (25/30), not the total
        if not 0.0 <= value <= 100.0:
            continue
        rank = (2 if m.group(1) else 1, m.start())
        if best is None or rank > best[:2]:
            best = (*rank, value)
    if best is None:
        for m in _BARE.finditer(clean):
            value = float(m.group(1))
            if 0.0 <= value <= 100.0:
                best = (0, m.start(), value)
    return None if best is None else best[2]


def image_messages(ref_png: bytes, cand_png: bytes, *, max_pixels: int | None = None) -> list[dict]:
    """The Image Score request: reference image, reproduction image, rubric.

    Images are resized by :func:`codepercept.vlm.images.target_size` (``max_pixels`` caps it).
    """
    rule = {} if max_pixels is None else {"max_pixels": max_pixels}
    return [
        {
            "role": "user",
            "content": [
                {"type": "image_url", "image_url": {"url": image_to_data_uri(ref_png, **rule)}},
                {"type": "image_url", "image_url": {"url": image_to_data_uri(cand_png, **rule)}},
                {"type": "text", "text": PROMPTS["judge-image"].text},
            ],
        }
    ]


def code_messages(ref_code: str, cand_code: str) -> list[dict]:
    """The Code Score request: both codes inside the rubric."""
    prompt = PROMPTS["judge-code"].format(ref_code=ref_code.strip(), cand_code=cand_code.strip())
    return [{"role": "user", "content": prompt}]


class Judge:
    """Image and code judges (one client, or ``code_client`` for the code judge); ``reasks``
    follow-ups for unreadable replies."""

    def __init__(
        self,
        client: ChatClient,
        *,
        code_client: ChatClient | None = None,
        temperature: float = 0.0,
        max_tokens: int = 1024,
        reasks: int = 2,
        max_pixels: int | None = None,
    ) -> None:
        if reasks < 0 or max_tokens < 1:
            raise ConfigError("reasks must be >= 0 and max_tokens >= 1")
        self.client = client
        self.code_client = code_client or client
        self.params: dict[str, Any] = {"temperature": temperature, "max_tokens": max_tokens}
        self.reasks = reasks
        self.max_pixels = max_pixels

    async def _ask(self, kind: JudgeKind, messages: Sequence[Mapping[str, Any]]) -> JudgeResult:
        client = self.code_client if kind is JudgeKind.CODE else self.client
        history = list(messages)
        cached_all = True
        reply_text = ""
        for attempt in range(1, self.reasks + 2):
            reply = await client.acomplete(history, **self.params)
            cached_all &= reply.cached
            reply_text = reply.text
            score = parse_score(reply_text)
            if score is not None:
                return JudgeResult(kind, score, reply_text, attempt, cached_all)
            history = [
                *history,
                {"role": "assistant", "content": reply_text},
                {"role": "user", "content": PROMPTS["judge-reask"].text},
            ]
        return JudgeResult(
            kind,
            None,
            reply_text,
            self.reasks + 1,
            cached_all,
            reason="no score found in the reply",
        )

    async def aimage_score(self, ref_png: bytes, cand_png: bytes | None) -> JudgeResult:
        """The paper's Image Score (0..100); 0 without asking when the candidate has no image."""
        if cand_png is None:
            return JudgeResult(JudgeKind.IMAGE, 0.0, "", 0, False, "the candidate did not render")
        return await self._ask(
            JudgeKind.IMAGE, image_messages(ref_png, cand_png, max_pixels=self.max_pixels)
        )

    async def acode_score(self, ref_code: str, cand_code: str) -> JudgeResult:
        """The paper's Code Score (0..100); 0 without asking for an empty candidate."""
        if not cand_code.strip():
            return JudgeResult(JudgeKind.CODE, 0.0, "", 0, False, "the candidate code is empty")
        return await self._ask(JudgeKind.CODE, code_messages(ref_code, cand_code))

    async def ascore(
        self, ref_png: bytes, cand_png: bytes | None, ref_code: str, cand_code: str
    ) -> dict[str, JudgeResult]:
        """Both judges concurrently: ``{"image_judge": ..., "code_judge": ...}``."""
        image, code = await asyncio.gather(
            self.aimage_score(ref_png, cand_png), self.acode_score(ref_code, cand_code)
        )
        return {"image_judge": image, "code_judge": code}

    def image_score(self, ref_png: bytes, cand_png: bytes | None) -> JudgeResult:
        """Blocking :meth:`aimage_score`."""
        return asyncio.run(self.aimage_score(ref_png, cand_png))

    def code_score(self, ref_code: str, cand_code: str) -> JudgeResult:
        """Blocking :meth:`acode_score`."""
        return asyncio.run(self.acode_score(ref_code, cand_code))

    def score(
        self, ref_png: bytes, cand_png: bytes | None, ref_code: str, cand_code: str
    ) -> dict[str, JudgeResult]:
        """Blocking :meth:`ascore`."""
        return asyncio.run(self.ascore(ref_png, cand_png, ref_code, cand_code))


def judge_clients(
    endpoint: str,
    model: str,
    *,
    code_endpoint: str | None = None,
    code_model: str | None = None,
    **client_kw: Any,
) -> tuple[ChatClient, ChatClient | None]:
    """(image judge client, code judge client or None when it is the same endpoint and model).

    ``client_kw`` go to every :class:`ChatClient` (api_key, timeout_s, max_retries, cache_dir).
    """
    image = ChatClient(endpoint, model, **client_kw)
    code_at = (code_endpoint or endpoint, code_model or model)
    return image, (ChatClient(*code_at, **client_kw) if code_at != (endpoint, model) else None)


def make_judge(
    endpoint: str,
    model: str,
    *,
    api_key: str | None = None,
    cache_dir: str | os.PathLike[str] | None = None,
    timeout_s: float = 60.0,
    max_retries: int = 4,
    code_endpoint: str | None = None,
    code_model: str | None = None,
    **judge_kw: Any,
) -> Judge:
    """A :class:`Judge` on a new :class:`ChatClient` (``cache_dir`` makes re-runs free); a
    ``code_endpoint`` or ``code_model`` puts the code judge on a client of its own."""
    image, code = judge_clients(
        endpoint,
        model,
        code_endpoint=code_endpoint,
        code_model=code_model,
        api_key=api_key,
        cache_dir=cache_dir,
        timeout_s=timeout_s,
        max_retries=max_retries,
    )
    return Judge(image, code_client=code, **judge_kw)


__all__ = [
    "Judge",
    "JudgeKind",
    "JudgeResult",
    "code_messages",
    "image_messages",
    "judge_clients",
    "make_judge",
    "parse_score",
]
