"""The two judges of the released STEM2Code evaluation (the ``official`` protocol).

What differs from :mod:`codepercept.score.judge`: two models on two clients (an image judge
and a code judge), the released requests (their system turn; the rubric text before the two
images, or the rubric with both programs spliced in), ``temperature=0, n=1,
max_tokens=16384``, and their score rule (:func:`codepercept.vlm.parse_official_score`). A
reply without a readable score is sent again as the same request (uncached), up to
``retries`` times; if none is readable the score is None, never 0, and the caller leaves
the item out of the means as the released ``calculate.py`` does.

Example::

    judge = make_official_judge(
        "http://localhost:8000/v1", "Qwen/Qwen2.5-VL-72B-Instruct",
        official_rubrics("evaluation.py"), cache_dir="runs/x/judge-cache")
    verdict = judge.code_score(reference_code, generated_code)   # JudgeResult(score=72.0, ...)
"""

from __future__ import annotations

import asyncio
from collections.abc import Mapping, Sequence
from typing import Any

from codepercept.errors import ConfigError
from codepercept.score.judge import JudgeKind, JudgeResult, judge_clients
from codepercept.vlm import OfficialRubrics, official_image_uri, parse_official_score
from codepercept.vlm.client import ChatClient

OFFICIAL_JUDGE_PARAMS: dict[str, Any] = {"temperature": 0, "n": 1, "max_tokens": 16384}


def official_image_messages(
    rubrics: OfficialRubrics, picture: bytes, cand_png: bytes, name: str
) -> list[dict]:
    """The Image Score request: rubric text, the benchmark picture, the reproduction. Both
    images follow the official image rule and carry the label of the picture's file ``name``
    (the reproduction is saved under the picture's name there)."""
    return [
        {"role": "system", "content": rubrics.image.system},
        {
            "role": "user",
            "content": [
                {"type": "text", "text": rubrics.image.text},
                {"type": "image_url", "image_url": {"url": official_image_uri(picture, name)}},
                {"type": "image_url", "image_url": {"url": official_image_uri(cand_png, name)}},
            ],
        },
    ]


def official_code_messages(rubrics: OfficialRubrics, ref_code: str, cand_code: str) -> list[dict]:
    """The Code Score request: the rubric with both programs inserted verbatim."""
    text = rubrics.code.format(ref_code=ref_code, cand_code=cand_code)
    return [{"role": "system", "content": rubrics.code.system}, {"role": "user", "content": text}]


class OfficialJudge:
    """Image judge and code judge of the official protocol, each on its own client."""

    def __init__(
        self,
        image_client: ChatClient,
        code_client: ChatClient,
        rubrics: OfficialRubrics,
        *,
        retries: int = 4,
        params: Mapping[str, Any] = OFFICIAL_JUDGE_PARAMS,
    ) -> None:
        if retries < 0:
            raise ConfigError("retries must be >= 0")
        self.image_client = image_client
        self.code_client = code_client
        self.rubrics = rubrics
        self.retries = retries
        self.params = dict(params)

    async def _ask(
        self, kind: JudgeKind, client: ChatClient, messages: Sequence[Mapping[str, Any]]
    ) -> JudgeResult:
        reply_text, cached_all = "", True
        for attempt in range(self.retries + 1):
            # the first answer is cached (a resumed run does not pay again); a re-ask must
            # reach the model, so it bypasses the cache
            reply = await client.acomplete(messages, cache=attempt == 0, **self.params)
            cached_all &= reply.cached
            reply_text = reply.text
            score = parse_official_score(reply_text)
            if score is not None:
                return JudgeResult(kind, float(score), reply_text, attempt + 1, cached_all)
        return JudgeResult(
            kind,
            None,
            reply_text,
            self.retries + 1,
            cached_all,
            reason=f"no readable score in {self.retries + 1} replies",
        )

    async def aimage_score(self, picture: bytes, cand_png: bytes | None, name: str) -> JudgeResult:
        """Image Score; 0 without asking when the code did not run cleanly to its figure."""
        if cand_png is None:
            return JudgeResult(JudgeKind.IMAGE, 0.0, "", 0, False, "the code did not execute")
        messages = official_image_messages(self.rubrics, picture, cand_png, name)
        return await self._ask(JudgeKind.IMAGE, self.image_client, messages)

    async def acode_score(self, ref_code: str, cand_code: str) -> JudgeResult:
        """Code Score, asked whether or not the code ran."""
        messages = official_code_messages(self.rubrics, ref_code, cand_code)
        return await self._ask(JudgeKind.CODE, self.code_client, messages)

    async def ascore(
        self, picture: bytes, cand_png: bytes | None, name: str, ref_code: str, cand_code: str
    ) -> dict[str, JudgeResult]:
        """Both judges concurrently: ``{"image_judge": ..., "code_judge": ...}``."""
        image, code = await asyncio.gather(
            self.aimage_score(picture, cand_png, name), self.acode_score(ref_code, cand_code)
        )
        return {"image_judge": image, "code_judge": code}

    def code_score(self, ref_code: str, cand_code: str) -> JudgeResult:
        """Blocking :meth:`acode_score`."""
        return asyncio.run(self.acode_score(ref_code, cand_code))

    async def aclose(self) -> None:
        await self.image_client.aclose()
        await self.code_client.aclose()


def make_official_judge(
    endpoint: str, model: str, rubrics: OfficialRubrics, *, retries: int = 4, **client_kw: Any
) -> OfficialJudge:
    """An :class:`OfficialJudge`. ``client_kw`` go to :func:`~codepercept.score.judge.
    judge_clients`: ``code_endpoint`` / ``code_model`` (default: the image judge's), and
    ``api_key``, ``cache_dir``, ``timeout_s``, ``max_retries`` of both clients."""
    image, code = judge_clients(endpoint, model, **client_kw)
    return OfficialJudge(image, code or image, rubrics, retries=retries)


__all__ = [
    "OFFICIAL_JUDGE_PARAMS",
    "OfficialJudge",
    "make_official_judge",
    "official_code_messages",
    "official_image_messages",
]
