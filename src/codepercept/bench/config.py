"""Settings of an evaluation run; the CLI fills the same object."""

from __future__ import annotations

from dataclasses import asdict, dataclass, field
from typing import Any, Literal

from codepercept.sandbox.types import RenderConfig
from codepercept.vlm.prompts import STEM2CODE_PROMPT


@dataclass(frozen=True, slots=True)
class EvalConfig:
    """What to ask, how to ask it, and how to score the answers."""

    endpoint: str | None = None  # OpenAI base URL, e.g. http://localhost:8000/v1
    model: str | None = None  # model name the server expects
    api_key: str | None = None  # default: OPENAI_API_KEY; never written to run.json
    prompt: str = STEM2CODE_PROMPT  # the text sent after the image
    temperature: float | None = 0.0  # None: the server's default
    max_tokens: int | None = None  # None: the server's default
    extra_body: dict[str, Any] = field(default_factory=dict)  # merged into every request body
    timeout_s: float = 300.0  # per request attempt
    max_retries: int = 4  # per request, on 429/5xx/connection errors/timeouts
    concurrency: int = 8  # requests in flight
    render_workers: int = 2  # sandbox processes (renders and scoring run beside requests)
    extract: Literal["first", "last"] = "last"  # which fenced python block to take
    max_consecutive_failures: int = 20  # this many failed requests in a row stops the run
    judge_endpoint: str | None = None  # optional judge (Image Score / Code Score)
    judge_model: str | None = None
    render: RenderConfig = field(default_factory=RenderConfig)

    def __post_init__(self) -> None:
        if self.concurrency < 1 or self.render_workers < 1:
            raise ValueError("concurrency and render_workers must be >= 1")
        if self.extract not in ("first", "last"):
            raise ValueError(f"extract must be 'first' or 'last', got {self.extract!r}")
        if (self.judge_endpoint is None) != (self.judge_model is None):
            raise ValueError("give both judge_endpoint and judge_model, or neither")

    def request_params(self) -> dict[str, Any]:
        """Parameters sent with every generation request (part of the cache key)."""
        params: dict[str, Any] = {"temperature": self.temperature, "max_tokens": self.max_tokens}
        if self.extra_body:
            params["extra_body"] = dict(self.extra_body)
        return {k: v for k, v in params.items() if v is not None}

    def fingerprint(self) -> dict[str, Any]:
        """The settings a resumed run must share with the original (no secrets, no URLs)."""
        return {
            "model": self.model,
            "prompt": self.prompt,
            "params": self.request_params(),
            "extract": self.extract,
            "judge_model": self.judge_model,
            "render": {k: v for k, v in asdict(self.render).items() if k != "fonts"},
        }
