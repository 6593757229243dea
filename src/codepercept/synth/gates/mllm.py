"""Optional MLLM gates with the paper's criteria, through any OpenAI-compatible endpoint.

* MLLM Q_C: suitability 1-5 of the code (low for magic-number edits, pure unstructured
  randomness, external files or APIs); passes at ``min_code_score`` or above.
* MLLM Q_I: pass/fail on Class-A fatal errors A-1..A-5 in the rendered image.
* MLLM Q_IC: sufficient match vs fundamental mismatch between code and image.

Verdicts are parsed leniently (thinking stripped, JSON or free text, the last explicit verdict
wins); a reply with no readable verdict fails the gate by default. Endpoint failures raise
:class:`codepercept.errors.EndpointError` instead of passing or failing silently.
"""

from __future__ import annotations

import asyncio
import re
from collections.abc import Sequence
from dataclasses import dataclass
from enum import StrEnum
from typing import Any

from codepercept.config import ConfigError, config_help, setting, validate
from codepercept.sandbox.types import RenderResult
from codepercept.synth.gates.result import Gate, GateReport, GateResult, verdict
from codepercept.synth.template import Sample
from codepercept.vlm import PROMPTS
from codepercept.vlm.client import ChatClient, ChatReply
from codepercept.vlm.images import image_message
from codepercept.vlm.replies import json_object, last_word, reply_text, verdict_scope

CLASS_A = {
    "A-1": "path catastrophe",
    "A-2": "annotation anchor misplacement",
    "A-3": "empty chart",
    "A-4": "indiscernible density",
    "A-5": "layout anomaly",
}


class OnUnparsable(StrEnum):
    """What a gate does with a reply that carries no readable verdict."""

    FAIL = "fail"
    PASS = "pass"


@dataclass(frozen=True)
class MLLMGateConfig:
    """Settings of the MLLM gates; ``MLLMGateConfig.help()`` lists them."""

    min_code_score: int = setting(
        3, "lowest suitability score (1-5) that passes MLLM Q_C", ge=1, le=5
    )
    max_tokens: int = setting(256, "completion budget of each judgement", ge=1)
    temperature: float = setting(0.0, "sampling temperature of the judge", ge=0)
    max_code_chars: int = setting(12_000, "code longer than this is cut before it is sent", ge=100)
    max_pixels: int = setting(1_310_720, "images are resized to at most this many pixels", ge=1)
    on_unparsable: OnUnparsable = setting(OnUnparsable.FAIL, "verdict for an unreadable reply")

    def __post_init__(self) -> None:
        try:
            object.__setattr__(self, "on_unparsable", OnUnparsable(self.on_unparsable))
        except ValueError:
            raise ConfigError(
                f"MLLMGateConfig.on_unparsable must be fail or pass, got {self.on_unparsable!r}"
            ) from None
        validate(self)

    help = classmethod(config_help)


# --- parsing (pure) -----------------------------------------------------------------------------

_SCORE = re.compile(r"score\W{0,4}([1-5])(?!\d)(?:\s*/\s*5)?", re.IGNORECASE)
_OUT_OF = re.compile(r"(?<!\d)([1-5])\s*/\s*5(?!\d)")
_CODES = re.compile(r"\bA\s*[-‐–—_]?\s*([1-5])(?!\d)")


def parse_score(reply: str) -> int | None:
    """The 1-5 suitability score in a judge reply, or None when there is none."""
    text = reply_text(reply, markdown=True)
    obj = json_object(text)
    if obj is not None and str(obj.get("score", "")).strip() in {"1", "2", "3", "4", "5"}:
        return int(str(obj["score"]).strip())
    for pattern in (_SCORE, _OUT_OF):
        found = pattern.findall(text)
        if found:
            return int(found[-1])
    bare = text.strip().strip("*").strip()
    return int(bare) if bare in {"1", "2", "3", "4", "5"} else None


def parse_image_verdict(reply: str) -> tuple[bool | None, tuple[str, ...]]:
    """(passed, Class-A codes) from a judge reply; passed is None when no verdict is readable.

    Codes are read from the ``Errors:`` part when there is one; without it, codes mentioned in
    prose count only for a FAIL (a PASS that discusses "A-1" in passing stays a PASS).
    """
    text = reply_text(reply, markdown=True)
    listed = re.findall(r"errors?\s*[:=]\s*([^\n]*)", text, re.IGNORECASE)
    source = listed[-1] if listed else text
    codes = tuple(dict.fromkeys(f"A-{n}" for n in _CODES.findall(source)))
    word = last_word(verdict_scope(text), ("pass", "fail"))
    if word is not None:
        if word == "fail":
            return False, codes
        if listed and codes:  # a PASS that lists fatal errors is a FAIL
            return False, codes
        return True, ()
    if listed:
        return (False, codes) if codes else (True, ())
    return None, ()


def parse_match_verdict(reply: str) -> bool | None:
    """True for a sufficient match, False for a fundamental mismatch, None when unreadable."""
    scope = verdict_scope(reply_text(reply, markdown=True))
    scope = re.sub(r"\bno\s+(?:fundamental\s+)?mismatch\b", "match", scope, flags=re.IGNORECASE)
    word = last_word(scope, ("mismatch", "match"))
    return None if word is None else word == "match"


# --- the gates -----------------------------------------------------------------------------------


class MLLMGates:
    """The three MLLM gates over one :class:`ChatClient` (its cache makes re-runs free).

    >>> gates = MLLMGates(ChatClient("http://localhost:8000/v1", "judge"))  # doctest: +SKIP
    >>> gates.check_image(png).passed  # doctest: +SKIP
    """

    def __init__(self, client: ChatClient, config: MLLMGateConfig | None = None) -> None:
        self.client = client
        self.config = config or MLLMGateConfig()

    def _params(self) -> dict[str, Any]:
        return {"temperature": self.config.temperature, "max_tokens": self.config.max_tokens}

    def _code(self, code: str) -> str:
        n = self.config.max_code_chars
        return code if len(code) <= n else code[:n] + "\n# ... (cut)"

    # messages
    def code_messages(self, code: str, reference: str | None = None) -> list[dict]:
        ref = (
            PROMPTS["gate-code-reference"].format(reference=self._code(reference))
            if reference
            else ""
        )
        prompt = PROMPTS["gate-code"].format(code=self._code(code), reference=ref)
        return [
            {"role": "system", "content": PROMPTS["gate-code"].system},
            {"role": "user", "content": prompt},
        ]

    def image_messages(self, png: bytes) -> list[dict]:
        msg = image_message(PROMPTS["gate-image"].text, png, max_pixels=self.config.max_pixels)
        return [{"role": "system", "content": PROMPTS["gate-image"].system}, msg]

    def consistency_messages(self, code: str, png: bytes) -> list[dict]:
        prompt = PROMPTS["gate-consistency"].format(code=self._code(code))
        msg = image_message(prompt, png, max_pixels=self.config.max_pixels)
        return [{"role": "system", "content": PROMPTS["gate-consistency"].system}, msg]

    # verdicts
    def _details(self, reply: ChatReply) -> dict[str, Any]:
        return {
            "model": self.client.model,
            "reply": reply_text(reply.text, markdown=True).strip()[:500],
            "cached": reply.cached,
        }

    def _unreadable(self, gate: Gate, reply: ChatReply, what: str) -> GateResult:
        details = self._details(reply) | {"unparsable": True}
        if self.config.on_unparsable is OnUnparsable.PASS:
            return GateResult(str(gate), True, (), details)
        return verdict(gate, [f"unparsable: no {what} found in the judge's reply"], details)

    def code_result(self, reply: ChatReply) -> GateResult:
        score = parse_score(reply.text)
        if score is None:
            return self._unreadable(Gate.MLLM_CODE, reply, "1-5 score")
        reasons = []
        if score < self.config.min_code_score:
            why = re.search(
                r"reason\W{0,4}(.+)", reply_text(reply.text, markdown=True), re.IGNORECASE
            )
            tail = f" ({why.group(1).strip()[:200]})" if why else ""
            reasons.append(
                f"unsuitable: suitability {score}/5, below {self.config.min_code_score}{tail}"
            )
        return verdict(Gate.MLLM_CODE, reasons, self._details(reply) | {"score": score})

    def image_result(self, reply: ChatReply) -> GateResult:
        passed, codes = parse_image_verdict(reply.text)
        if passed is None:
            return self._unreadable(Gate.MLLM_IMAGE, reply, "PASS/FAIL verdict")
        reasons = [f"class_a: {c} {CLASS_A[c]}" for c in codes]
        if not passed and not reasons:
            reasons = ["class_a: fatal error (the judge named no code)"]
        return verdict(Gate.MLLM_IMAGE, reasons, self._details(reply) | {"errors": list(codes)})

    def consistency_result(self, reply: ChatReply) -> GateResult:
        match = parse_match_verdict(reply.text)
        if match is None:
            return self._unreadable(Gate.MLLM_CONSISTENCY, reply, "MATCH/MISMATCH verdict")
        reasons = [] if match else ["mismatch: the judge found a fundamental code-image mismatch"]
        return verdict(Gate.MLLM_CONSISTENCY, reasons, self._details(reply) | {"match": match})

    # blocking calls
    def check_code(self, code: str, reference: str | None = None) -> GateResult:
        """MLLM Q_C: suitability 1-5 (``reference``: the program this one was derived from)."""
        return self.code_result(
            self.client.complete(self.code_messages(code, reference), **self._params())
        )

    def check_image(self, png: bytes) -> GateResult:
        """MLLM Q_I: pass/fail on Class-A fatal errors."""
        return self.image_result(self.client.complete(self.image_messages(png), **self._params()))

    def check_consistency(self, code: str, png: bytes) -> GateResult:
        """MLLM Q_IC: sufficient match vs fundamental mismatch."""
        msgs = self.consistency_messages(code, png)
        return self.consistency_result(self.client.complete(msgs, **self._params()))

    def run(self, sample: Sample, render: RenderResult, reference: str | None = None) -> GateReport:
        """All three gates on one rendered sample (the image gates only when there is a PNG)."""
        results = [self.check_code(sample.code, reference)]
        if render.ok and render.png:
            results += [
                self.check_image(render.png),
                self.check_consistency(sample.code, render.png),
            ]
        return GateReport(tuple(results))

    # concurrent calls
    async def arun(
        self, sample: Sample, render: RenderResult, reference: str | None = None
    ) -> GateReport:
        """:meth:`run` with the three requests in flight together."""
        params = self._params()
        jobs = [self.client.acomplete(self.code_messages(sample.code, reference), **params)]
        if render.ok and render.png:
            jobs.append(self.client.acomplete(self.image_messages(render.png), **params))
            jobs.append(
                self.client.acomplete(self.consistency_messages(sample.code, render.png), **params)
            )
        replies = await asyncio.gather(*jobs)
        results = [self.code_result(replies[0])]
        if len(replies) == 3:
            results += [self.image_result(replies[1]), self.consistency_result(replies[2])]
        return GateReport(tuple(results))

    def run_many(self, items: Sequence[tuple[Sample, RenderResult]]) -> list[GateReport]:
        """Judge many samples concurrently (the client's ``concurrency`` caps requests in flight)."""

        async def go() -> list[GateReport]:
            try:
                return list(await asyncio.gather(*(self.arun(s, r) for s, r in items)))
            finally:
                await self.client.aclose()

        return asyncio.run(go())
