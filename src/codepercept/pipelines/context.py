"""What a pipeline step can do for one seed: ask a model, render, repair, gate, make records.

A :class:`StepContext` is built per seed by the processor; it carries the seed's ledger (every
model call it makes is booked there) and the run's settings. Pipelines are written against
it alone, so they never see clients, pools or stores.
"""

from __future__ import annotations

import asyncio
import hashlib
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

from codepercept.pipelines.config import MLLM_GATES_STEP
from codepercept.pipelines.ledger import Ledger
from codepercept.pipelines.models import StepFailed
from codepercept.runs.types import Outcome
from codepercept.sandbox.types import RenderResult
from codepercept.synth.gates import GateConfig, GateReport, GateResult, dedup_keys, gate_code
from codepercept.synth.store_records import GateRecord, Record
from codepercept.vlm.client import ChatReply
from codepercept.vlm.extract import extract_code, strip_thinking
from codepercept.vlm.images import image_to_data_uri
from codepercept.vlm.prompts import PROMPTS, Prompt

if TYPE_CHECKING:
    from codepercept.pipelines.config import RunSettings
    from codepercept.pipelines.models import Models
    from codepercept.pipelines.seeds import Seed
    from codepercept.sandbox import RenderPool

__all__ = ["REPAIR_STEP", "CodeAttempt", "StepContext", "record_id"]

REPAIR_STEP = "repair"
TRUNCATED = (
    "the reply was cut off at the token limit before the program ended; write a shorter program"
)
NO_CODE = "the reply held no python code block"
REPEATED = "the repair returned a program that had already failed"


def record_id(pipeline: str, seed_id: str, variant: int) -> str:
    """Stable id of one output of one seed: the same inputs always give the same id."""
    return hashlib.sha256(f"{pipeline}\x00{seed_id}\x00{variant}".encode()).hexdigest()[:20]


@dataclass(frozen=True, slots=True)
class CodeAttempt:
    """A program after the render-and-repair loop: the last code tried and its render."""

    code: str
    render: RenderResult | None  # None when no round produced code
    rounds: int  # repair requests made
    errors: tuple[str, ...]  # why each failed round failed, in order

    @property
    def ok(self) -> bool:
        return self.render is not None and self.render.ok

    def failure(self) -> tuple[str, ...]:
        """Why it failed, as a FAILED record stores it: a stable code (``render:<status>`` or
        ``no_code``, what the manifest counts), then the detail."""
        if self.render is not None and not self.render.ok:
            return (f"render:{self.render.status}", self.render.reason[:300])
        return ("no_code", (self.errors[-1] if self.errors else NO_CODE)[:300])


def messages_for(prompt: Prompt, text: str, images: Sequence[bytes]) -> list[dict[str, Any]]:
    """Chat messages: the prompt's system turn, then one user turn with the images first."""
    msgs: list[dict[str, Any]] = []
    if prompt.system:
        msgs.append({"role": "system", "content": prompt.system})
    if images:
        parts: list[dict[str, Any]] = [
            {"type": "image_url", "image_url": {"url": image_to_data_uri(img)}} for img in images
        ]
        parts.append({"type": "text", "text": text})
        msgs.append({"role": "user", "content": parts})
    else:
        msgs.append({"role": "user", "content": text})
    return msgs


class StepContext:
    """Everything one seed's pipeline run may use; see docs/pipelines.md."""

    def __init__(
        self,
        *,
        pipeline: str,
        seed: Seed,
        options: Any,
        run: RunSettings,
        gate_config: GateConfig,
        models: Models,
        pool: RenderPool,
    ) -> None:
        self.pipeline = pipeline
        self.seed = seed
        self.options = options
        self.run = run
        self.gate_config = gate_config
        self.ledger = Ledger()
        self._models = models
        self._pool = pool

    # -- models ----------------------------------------------------------------------------
    async def chat(self, step: str, messages: Sequence[Mapping[str, Any]]) -> ChatReply:
        """One raw request of ``step`` (booked in the ledger); StepFailed when the endpoint fails."""
        return await self._models.chat(step, messages, self.ledger)

    async def request(
        self,
        step: str,
        prompt: Prompt,
        *,
        image: bytes | None = None,
        images: Sequence[bytes] = (),
        **values: str,
    ) -> ChatReply:
        """The raw reply to ``prompt`` filled with ``values`` (images first); booked."""
        pictures = ([image] if image is not None else []) + list(images)
        return await self.chat(step, messages_for(prompt, prompt.format(**values), pictures))

    async def ask(
        self,
        step: str,
        prompt: Prompt,
        *,
        image: bytes | None = None,
        images: Sequence[bytes] = (),
        allow_truncated: bool = False,
        **values: str,
    ) -> str:
        """The text of one reply to ``prompt`` (filled with ``values``), thinking removed.

        Raises :class:`StepFailed` when the endpoint fails, the reply is empty, or (unless
        ``allow_truncated``) it was cut off at ``max_tokens``.
        """
        reply = await self.request(step, prompt, image=image, images=images, **values)
        text = strip_thinking(reply.text).strip()
        if not text:
            raise StepFailed(step, "empty reply")
        if reply.finish_reason == "length" and not allow_truncated:
            raise StepFailed(step, "truncated reply (raise max_tokens)")
        return text

    # -- code ------------------------------------------------------------------------------
    async def render(self, code: str) -> RenderResult:
        """Render untrusted ``code`` in the sandbox (with its trace)."""
        return await self._pool.arender(code)

    async def code_with_repair(
        self,
        step: str,
        prompt: Prompt,
        *,
        image: bytes | None = None,
        images: Sequence[bytes] = (),
        **values: str,
    ) -> CodeAttempt:
        """Ask ``step`` for a program, then render and repair it (:meth:`repair_loop`).

        Raises :class:`StepFailed` only when the endpoint fails or the first reply is empty.
        """
        reply = await self.request(step, prompt, image=image, images=images, **values)
        if not strip_thinking(reply.text).strip():
            raise StepFailed(step, "empty reply")
        return await self.repair_loop(
            reply.text, image=image, truncated=reply.finish_reason == "length"
        )

    async def repair_loop(
        self, reply: str, *, image: bytes | None = None, truncated: bool = False
    ) -> CodeAttempt:
        """Extract the program from ``reply`` and render it; on no code, a cut-off reply or a
        render error, ask the ``repair`` step with the error, up to ``run.repair_rounds``.

        A repair that returns a program already tried ends the loop: asking again would send
        the same request, which the reply cache answers with the same program.
        """
        errors: list[str] = []
        tried: set[str] = set()
        code, render, rounds = "", None, 0
        while True:
            found = extract_code(reply)
            if found is not None and found in tried:
                errors.append(REPEATED)  # ``render`` still holds that program's failed render
                break
            render = None
            if found is None:
                error = TRUNCATED if truncated else NO_CODE
            else:
                code = found
                tried.add(code)
                render = await self.render(code)
                if render.ok:
                    return CodeAttempt(code, render, rounds, tuple(errors))
                error = self._render_error(render, truncated)
            errors.append(error)
            if rounds == self.run.repair_rounds:
                break
            rounds += 1
            pictures = [image] if image is not None else []
            text = PROMPTS["pipeline-repair"].format(code=code or reply[-4000:], error=error)
            answer = await self.chat(
                REPAIR_STEP, messages_for(PROMPTS["pipeline-repair"], text, pictures)
            )
            reply, truncated = answer.text, answer.finish_reason == "length"
        return CodeAttempt(code, render, rounds, tuple(errors))

    def _render_error(self, render: RenderResult, truncated: bool) -> str:
        """The part of a failed render a model can act on: the status and the error's tail."""
        tail = render.error[-self.run.max_error_chars :] if render.error else render.status
        head = f"{TRUNCATED}.\n" if truncated else ""
        return f"{head}The program failed ({render.status}):\n{tail}"

    # -- gates and records -----------------------------------------------------------------
    def gate(
        self, code: str, render: RenderResult, facts: dict[str, Any] | None = None
    ) -> GateReport:
        """The deterministic gates (Q_C, Q_I, and Q_IC when ``facts`` are given)."""
        return gate_code(code, render, facts, config=self.gate_config)

    async def gates(
        self,
        code: str,
        render: RenderResult,
        facts: dict[str, Any] | None = None,
        *,
        reference: str | None = None,
    ) -> list[GateResult]:
        """:meth:`gate`, plus the MLLM gates when ``[run].mllm_gates`` is on (the
        ``mllm_gates`` step: code suitability, with ``reference`` the program this one derives
        from; Class-A image errors; code-image match). Their requests run together."""
        results = list((await asyncio.to_thread(self.gate, code, render, facts)).results)
        if not self.run.mllm_gates or not render.ok or render.png is None:
            return results
        from codepercept.synth import MLLMGateConfig, MLLMGates

        judge = MLLMGates(
            self._models.client(MLLM_GATES_STEP),
            MLLMGateConfig(min_code_score=self.run.mllm_min_code_score),
        )
        code_reply, image_reply, match_reply = await asyncio.gather(
            self.chat(MLLM_GATES_STEP, judge.code_messages(code, reference)),
            self.chat(MLLM_GATES_STEP, judge.image_messages(render.png)),
            self.chat(MLLM_GATES_STEP, judge.consistency_messages(code, render.png)),
        )
        return results + [
            judge.code_result(code_reply),
            judge.image_result(image_reply),
            judge.consistency_result(match_reply),
        ]

    def record(
        self,
        variant: int = 0,
        *,
        code: str,
        render: RenderResult | None,
        gates: Sequence[GateResult] = (),
        reasons: Sequence[str] = (),
        outcome: Outcome | None = None,
        caption: str = "",
        facts: dict[str, Any] | None = None,
        extra: dict[str, Any] | None = None,
    ) -> Record:
        """A store record of this seed's output ``variant`` (see docs/pipelines.md for fields).

        The outcome defaults to FAILED without a successful render, REJECTED when a gate
        failed or ``reasons`` are given, else ACCEPTED; failed gates add ``"<gate>:<code>"``.
        """
        why = list(reasons)
        for g in gates:
            if not g.passed:
                why.extend(f"{g.gate}:{c}" for c in (g.codes or ("failed",)))
        if outcome is None:
            if render is None or not render.ok:
                outcome = Outcome.FAILED
                if not why:
                    why.append(f"render:{render.status}" if render is not None else "no_code")
            else:
                outcome = Outcome.REJECTED if why else Outcome.ACCEPTED
        ok = render is not None and render.ok
        keys: dict[str, str] = {}
        if outcome is Outcome.ACCEPTED:
            png = render.png if ok and render is not None else None
            keys = dedup_keys(code, png, self.run.dedup_bits, self.gate_config.ink_delta)
        return Record(
            id=record_id(self.pipeline, self.seed.id, variant),
            family=self.pipeline,
            template=self.seed.source,
            seed=variant,
            params={
                "seed_id": self.seed.id,
                "seed_image": self.seed.image_name,
                "variant": variant,
                **(extra or {}),
            },
            code=code,
            facts=facts or {},
            caption=caption,
            png=render.png if ok else None,
            width=render.width_px if ok else 0,
            height=render.height_px if ok else 0,
            gates=tuple(GateRecord.of(g) for g in gates),
            outcome=outcome,
            reasons=tuple(why),
            keys=keys,
        )

    def fail(
        self, variant: int, reason: str, *, code: str = "", extra: dict[str, Any] | None = None
    ) -> Record:
        """A FAILED record of output ``variant`` with ``reason``."""
        return self.record(
            variant, code=code, render=None, reasons=(reason,), outcome=Outcome.FAILED, extra=extra
        )
