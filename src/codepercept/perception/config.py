"""Settings of a captioner -> solver run; the CLI fills the same object."""

from __future__ import annotations

from dataclasses import dataclass
from enum import StrEnum
from typing import Any

from codepercept.config import ConfigError, setting, validate

__all__ = ["Mode", "PerceiveConfig"]


class Mode(StrEnum):
    """What the solver is given besides the question (the rows that bracket perception)."""

    CAPTION = "caption"  # the captioner's description of the figure
    QUESTION_ONLY = "question-only"  # nothing: the floor a caption must beat
    ORACLE = "oracle"  # the fact-grounded caption of a template sample: a perfect captioner
    IMAGE = "image"  # the VLM answers with the image itself (no caption step)


@dataclass(frozen=True, slots=True)
class PerceiveConfig:
    """Who captions, who solves, how they are asked."""

    mode: str = setting(
        Mode.CAPTION.value,
        "what the solver sees: caption, question-only, oracle (template data) or image",
        choices=tuple(m.value for m in Mode),
    )
    captioner_endpoint: str | None = setting(None, "captioner (VLM) base URL, .../v1")
    captioner_model: str | None = setting(None, "captioner model name (image mode: the VLM)")
    solver_endpoint: str | None = setting(None, "solver (text LLM) base URL, .../v1")
    solver_model: str | None = setting(None, "solver model name")
    api_key: str | None = setting(
        None, "API key (default: OPENAI_API_KEY); never written to disk", repr=False
    )
    caption_prompt: str = setting("perception-caption", "captioner prompt: a name or a text")
    solve_prompt: str | None = setting(
        None, "solver prompt name or text (default: the one for the mode)"
    )
    temperature: float | None = setting(0.0, "sampling temperature (None: the server's)", ge=0)
    caption_max_tokens: int | None = setting(None, "max tokens of a caption", ge=1)
    solve_max_tokens: int | None = setting(None, "max tokens of a solver reply", ge=1)
    extra_body: dict[str, Any] = setting(
        default_factory=dict, help='JSON merged into every request body, e.g. {"top_k": 1}'
    )
    timeout_s: float = setting(300.0, "seconds per request attempt", gt=0)
    max_retries: int = setting(4, "retries on 429/5xx/connection errors/timeouts", ge=0)
    concurrency: int = setting(8, "items in flight", ge=1)
    max_consecutive_failures: int = setting(
        20, "this many failed requests in a row stops the run", ge=1
    )

    def __post_init__(self) -> None:
        validate(self)
        mode = Mode(self.mode)
        need_captioner = mode in (Mode.CAPTION, Mode.IMAGE)
        need_solver = mode is not Mode.IMAGE
        if need_captioner and not (self.captioner_endpoint and self.captioner_model):
            raise ConfigError(f"mode {mode}: give --captioner-endpoint and --captioner-model")
        if need_solver and not (self.solver_endpoint and self.solver_model):
            raise ConfigError(f"mode {mode}: give --solver-endpoint and --solver-model")

    def params(self, max_tokens: int | None) -> dict[str, Any]:
        """Request parameters (part of every cache key)."""
        out: dict[str, Any] = {"temperature": self.temperature, "max_tokens": max_tokens}
        if self.extra_body:
            out["extra_body"] = dict(self.extra_body)
        return {k: v for k, v in out.items() if v is not None}
