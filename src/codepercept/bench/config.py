"""Settings of an evaluation run; the CLI fills the same object."""

from __future__ import annotations

from dataclasses import asdict, dataclass, replace
from typing import Any, Literal

from codepercept.config import ConfigError, setting, validate
from codepercept.sandbox.types import RenderConfig
from codepercept.vlm.prompts import STEM2CODE_PROMPT

PROTOCOLS = ("codepercept", "official")

#: Sampling settings of the released STEM2Code evaluation, per model family (its
#: ``get_model_params``): temperature, max_tokens and the extra body its client sends.
SAMPLING_PRESETS: dict[str, dict[str, Any]] = {
    # CodePercept models and Qwen3-VL *-Instruct-CaptionCode / -Code fine-tunes
    "codepercept": {
        "temperature": 0.7,
        "max_tokens": 32768,
        "extra_body": {
            "enable_thinking": False,
            "repetition_penalty": 1,
            "top_k": 20,
            "top_p": 0.8,
            "presence_penalty": 1.5,
            "out_seq_length": 40960,
        },
    },
    # Qwen3-VL instruct models as they served them (4B/8B/32B instruct)
    "qwen3-vl-instruct": {
        "temperature": 0.7,
        "max_tokens": 16384,
        "extra_body": {
            "greedy": False,
            "repetition_penalty": 1,
            "top_k": 20,
            "top_p": 0.8,
            "presence_penalty": 1.5,
            "out_seq_length": 40960,
        },
    },
    # Qwen3-VL thinking models (4B/8B/32B thinking)
    "qwen3-vl-thinking": {
        "temperature": 1.0,
        "max_tokens": 40960,
        "extra_body": {
            "greedy": False,
            "repetition_penalty": 1,
            "top_k": 20,
            "top_p": 0.95,
            "presence_penalty": 0.0,
            "out_seq_length": 40960,
        },
    },
}

#: How the official protocol renders (their exec step): 30 s, the figure saved at dpi 300 by
#: an injected ``plt.savefig`` to this name; no trace (nothing reads it).
OFFICIAL_TIMEOUT_S = 30.0
OFFICIAL_DPI = 300.0
OFFICIAL_TARGET = "codepercept_official_figure.png"


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
    sampling_preset: str | None = setting(
        None,
        "sampling of the released evaluation for a model family; fills temperature and "
        "max_tokens left at their defaults, and extra body keys not given",
        choices=tuple(SAMPLING_PRESETS),
    )
    timeout_s: float = setting(300.0, "seconds per request attempt", gt=0)
    max_retries: int = setting(4, "retries on 429/5xx/connection errors/timeouts", ge=0)
    concurrency: int = setting(8, "requests in flight", ge=1)
    render_workers: int = setting(2, "sandbox worker processes (renders run beside requests)", ge=1)
    extract: Literal["first", "last"] | None = setting(
        None,
        "which fenced python block to take (default: last; official protocol: first)",
        choices=("first", "last"),
    )
    max_consecutive_failures: int = setting(
        20, "this many failed requests in a row stops the run", ge=1
    )
    judge_endpoint: str | None = setting(None, "judge model base URL (Image / Code Score)")
    judge_model: str | None = setting(None, "judge model name")
    code_judge_endpoint: str | None = setting(None, "code judge base URL (default: judge_endpoint)")
    code_judge_model: str | None = setting(None, "code judge model name (default: judge_model)")
    protocol: Literal["codepercept", "official"] = setting(
        "codepercept",
        "codepercept: this project's evaluation; official: the released STEM2Code evaluation, "
        "point by point (docs/eval.md)",
        choices=PROTOCOLS,
    )
    official_source: str | None = setting(
        None,
        "official protocol: your copy of their evaluation.py, read for the judge rubrics "
        "(default: $CODEPERCEPT_OFFICIAL_SOURCE; none: our paraphrase)",
    )
    judge_retries: int = setting(
        4,
        "official protocol: the same judge request is sent again this often while its reply "
        "has no readable score; then the item is left out of the means",
        ge=0,
    )
    render: RenderConfig = setting(default_factory=RenderConfig, help="sandbox limits")

    def __post_init__(self) -> None:
        validate(self)
        if (self.judge_endpoint is None) != (self.judge_model is None):
            raise ConfigError("give both judge_endpoint and judge_model, or neither")
        if self.judge_model is None and (self.code_judge_endpoint or self.code_judge_model):
            raise ConfigError("a code judge needs judge_endpoint and judge_model too")
        official = self.protocol == "official"
        if official and self.judge_model is None:
            raise ConfigError(
                "the official protocol scores with two judges: give --judge-endpoint and "
                "--judge-model (the image judge; --code-judge-endpoint/--code-judge-model "
                "for a separate code judge)"
            )
        if self.extract is None:
            object.__setattr__(self, "extract", "first" if official else "last")
        if self.sampling_preset is not None:
            preset = SAMPLING_PRESETS[self.sampling_preset]
            if self.temperature == field_default("temperature"):
                object.__setattr__(self, "temperature", preset["temperature"])
            if self.max_tokens is None:
                object.__setattr__(self, "max_tokens", preset["max_tokens"])
            object.__setattr__(self, "extra_body", {**preset["extra_body"], **self.extra_body})
        if official:
            object.__setattr__(self, "render", official_render(self.render))

    def request_params(self) -> dict[str, Any]:
        """Parameters sent with every generation request (part of the cache key)."""
        params: dict[str, Any] = {"temperature": self.temperature, "max_tokens": self.max_tokens}
        if self.protocol == "official":
            params["n"] = 1
        if self.extra_body:
            params["extra_body"] = dict(self.extra_body)
        return {k: v for k, v in params.items() if v is not None}

    def fingerprint(self) -> dict[str, Any]:
        """The settings a resumed run must share with the original (no secrets, no URLs)."""
        out = {
            "model": self.model,
            "prompt": self.prompt,
            "params": self.request_params(),
            "extract": self.extract,
            "judge_model": self.judge_model,
            "render": {
                k: v
                for k, v in asdict(self.render).items()
                if k != "fonts" and not (k == "save_target" and v is None)
            },
        }
        if self.code_judge_model not in (None, self.judge_model):
            out["code_judge_model"] = self.code_judge_model
        if self.protocol != "codepercept":  # old run folders keep their fingerprint
            out["protocol"] = self.protocol
            out["judge_retries"] = self.judge_retries
        return out


def field_default(name: str) -> Any:
    """The declared default of one EvalConfig setting."""
    return EvalConfig.__dataclass_fields__[name].default


def official_render(base: RenderConfig) -> RenderConfig:
    """``base`` with the official exec step: dpi 300, the injected save target, no trace, and
    30 s unless the time limit was changed from its default."""
    default_timeout = RenderConfig.__dataclass_fields__["timeout_s"].default
    timeout = OFFICIAL_TIMEOUT_S if base.timeout_s == default_timeout else base.timeout_s
    return replace(
        base, timeout_s=timeout, dpi=OFFICIAL_DPI, trace=False, save_target=OFFICIAL_TARGET
    )
