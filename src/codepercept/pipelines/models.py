"""The model endpoints of a run: one :class:`~codepercept.vlm.ChatClient` per endpoint.

Steps that name the same endpoint share its client, so its concurrency limit holds for all
of them together; every client keeps its replies in the run's cache folder, so a resumed run
pays for no reply twice. :meth:`Models.chat` is the only way a pipeline step reaches a model:
it applies the step's sampling settings and books the call in the seed's ledger.
"""

from __future__ import annotations

import os
from collections.abc import Mapping, Sequence
from typing import Any

from codepercept.errors import CodeperceptError, EndpointError
from codepercept.pipelines.config import PipelineConfig
from codepercept.pipelines.ledger import Call, Ledger
from codepercept.vlm.client import ChatClient, ChatReply

__all__ = ["Models", "StepFailed"]


class StepFailed(CodeperceptError):
    """A model step gave nothing usable (endpoint down, empty or truncated reply).

    The processor turns it into FAILED records with the reason ``"<step>:<why>"``.
    """

    def __init__(self, step: str, why: str) -> None:
        super().__init__(f"{step}:{why}")
        self.step = step
        self.why = why


class Models:
    """The clients of one run, by endpoint name; built lazily, closed by :meth:`aclose`."""

    def __init__(self, config: PipelineConfig, cache_dir: str | os.PathLike[str]) -> None:
        self.config = config
        self.cache_dir = cache_dir
        self._clients: dict[str, ChatClient] = {}

    def client(self, step: str) -> ChatClient:
        """The client of the endpoint step ``step`` uses."""
        name = self.config.endpoint_name(step)
        if name not in self._clients:
            ep = self.config.endpoints[name]
            self._clients[name] = ChatClient(
                ep.base_url,
                ep.model,
                api_key=ep.api_key() or "",
                timeout_s=ep.timeout_s,
                max_retries=ep.max_retries,
                backoff_s=ep.backoff_s,
                cache_dir=self.cache_dir,
                concurrency=ep.concurrency,
            )
        return self._clients[name]

    async def chat(
        self, step: str, messages: Sequence[Mapping[str, Any]], ledger: Ledger
    ) -> ChatReply:
        """One request of ``step`` (or its cached reply); :class:`StepFailed` after the retries."""
        client = self.client(step)
        try:
            reply = await client.acomplete(messages, **self.config.step(step).params())
        except EndpointError as e:
            ledger.add(Call(step, failed=str(e)[:300], attempts=client.max_retries + 1))
            raise StepFailed(step, f"endpoint: {e}") from e
        usage = reply.usage or {}
        ledger.add(
            Call(
                step,
                cached=reply.cached,
                prompt_tokens=int(usage.get("prompt_tokens") or 0),
                completion_tokens=int(usage.get("completion_tokens") or 0),
                latency_s=reply.latency_s,
                finish_reason=reply.finish_reason,
                empty=not reply.text.strip(),
                attempts=reply.attempts,
            )
        )
        return reply

    @property
    def http_attempts(self) -> int:
        """HTTP attempts of this process's clients, retries included."""
        return sum(c.n_requests for c in self._clients.values())

    async def aclose(self) -> None:
        for c in self._clients.values():
            await c.aclose()
