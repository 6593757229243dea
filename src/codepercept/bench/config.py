"""Settings of an evaluation run; the CLI fills the same object."""

from __future__ import annotations

from dataclasses import asdict, dataclass
from typing import Any, Literal

from codepercept.config import ConfigError, setting, validate
from codepercept.sandbox.types import RenderConfig
from codepercept.vlm.prompts import STEM2CODE_PROMPT


@dataclass(frozen=True, slots=True)
class EvalConfig:
    """What to ask, how to ask it, and how to score the answers."""

    endpoint: str | None = setting(None, "OpenAI base URL, e.g. http://localhost:8000/v1")
    model: str | None = setting(None, "model name the server serves")
    api_key: str | None = setting(
        None, "API key (default: OPENAI_API_KEY); never written to run.json", repr=False
    )
    prompt: str = setting(STEM2CODE_PROMPT, "the text sent after the image")
    temperature: float | None = setting(0.0, "sampling temperature (None: the server's)", ge=0)
    max_tokens: int | None = setting(None, "max new tokens (None: the server's default)", ge=1)
    extra_body: dict[str, Any] = setting(
        default_factory=dict, help='JSON merged into every request body, e.g. {"top_k": 1}'
    )
    timeout_s: float = setting(300.0, "seconds per request attempt", gt=0)
    max_retries: int = setting(4, "retries on 429/5xx/connection errors/timeouts", ge=0)
    concurrency: int = setting(8, "requests in flight", ge=1)
    render_workers: int = setting(2, "sandbox worker processes (renders run beside requests)", ge=1)
    extract: Literal["first", "last"] = setting(
        "last", "which fenced python block to take", choices=("first", "last")
    )
    max_consecutive_failures: int = setting(
        20, "this many failed requests in a row stops the run", ge=1
    )
    judge_endpoint: str | None = setting(None, "judge model base URL (Image / Code Score)")
    judge_model: str | None = setting(None, "judge model name")
    render: RenderConfig = setting(default_factory=RenderConfig, help="sandbox limits")

    def __post_init__(self) -> None:
        validate(self)
        if (self.judge_endpoint is None) != (self.judge_model is None):
            raise ConfigError("give both judge_endpoint and judge_model, or neither")

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
