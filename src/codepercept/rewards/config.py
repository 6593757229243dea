"""Settings of the reward functions: render limits, caches, where references live, judges.

One :class:`RewardConfig` travels with every reward callable (it is what makes them
picklable: a reward holds settings, never a pool or a socket). Trainers that cannot pass
options (ms-swift plugins) read them from the environment with :func:`config_from_env`.
"""

from __future__ import annotations

import json
import os
from dataclasses import asdict, dataclass, fields
from typing import Any

from codepercept.config import ConfigError, setting, validate

#: The paper's R1 reward: format + execution + code similarity + image similarity, equal
#: weights; structural and visual are our deterministic stand-ins for the GPT-4o judges.
DEFAULT_WEIGHTS: dict[str, float] = {"format": 1.0, "exec": 1.0, "structural": 1.0, "visual": 1.0}

#: Environment variable holding a JSON object of RewardConfig fields (ms-swift, verl workers).
OPTS_ENV = "CODEPERCEPT_REWARD_OPTS"
#: Environment variable holding the URL of a `codepercept serve-rewards` server.
SERVER_ENV = "CODEPERCEPT_REWARD_SERVER"


@dataclass(frozen=True, slots=True)
class RewardConfig:
    """How rewards render, cache and judge; shared by the functions, adapters and server."""

    timeout_s: float = setting(
        5.0, "render limit per completion, seconds (a looping program scores exec 0)", gt=0
    )
    memory_mb: int = setting(2048, "address-space limit of each render job, MB", ge=256)
    workers: int | None = setting(
        None,
        "render processes of this process's pool (default: the cores / LOCAL_WORLD_SIZE)",
        ge=1,
    )
    cache_size: int = setting(
        512, "renders and scores kept in memory (references recur across a group)", ge=0
    )
    image_root: str | None = setting(
        None, "folder that relative solution_image paths are read from (default: cwd)"
    )
    include_ticks: bool = setting(False, "score tick labels as text in the structural score")
    server: str | None = setting(
        None, "URL of `codepercept serve-rewards`: render there instead of in this process"
    )
    judge_endpoint: str | None = setting(None, "OpenAI-compatible URL for the judge reward")
    judge_model: str | None = setting(None, "model name for the judge reward")
    judge_api_key: str | None = setting(None, "API key of the judge endpoint", repr=False)
    judge_cache_dir: str | None = setting(None, "judge reply cache folder (re-runs are free)")
    judge_kind: str = setting(
        "image", "what the judge compares: rendered images or code", choices=("image", "code")
    )

    def __post_init__(self) -> None:
        validate(self)
        if (self.judge_endpoint is None) != (self.judge_model is None):
            raise ConfigError("RewardConfig.judge_endpoint and judge_model go together")
        if self.server is not None and not self.server.startswith(("http://", "https://")):
            raise ConfigError(
                f"RewardConfig.server must be an http(s) URL like http://host:8700, "
                f"got {self.server!r}"
            )

    def to_dict(self) -> dict[str, Any]:
        return asdict(self)


@dataclass(frozen=True, slots=True)
class ServerConfig:
    """Where the reward server listens and how much work it accepts."""

    host: str = setting("127.0.0.1", "address to listen on (0.0.0.0: every interface)")
    port: int = setting(8700, "TCP port (0: any free port)", ge=0, le=65535)
    concurrency: int = setting(2, "requests evaluated at once (each renders on the pool)", ge=1)
    queue_size: int = setting(16, "requests waiting beyond those; more get HTTP 429", ge=1)
    max_batch: int = setting(4096, "completions one request may carry", ge=1)
    max_body_mb: float = setting(256.0, "largest request body, MB", gt=0)
    request_timeout_s: float = setting(900.0, "a request not answered by then gets 503", gt=0)

    def __post_init__(self) -> None:
        validate(self)


_FIELDS = frozenset(f.name for f in fields(RewardConfig))


def config_from_opts(opts: dict[str, Any]) -> RewardConfig:
    """A RewardConfig from keyword options; an unknown option is an error naming the valid ones."""
    unknown = sorted(set(opts) - _FIELDS)
    if unknown:
        raise ConfigError(
            f"unknown reward option(s) {', '.join(unknown)}; valid: {', '.join(sorted(_FIELDS))}"
        )
    return RewardConfig(**opts)


def config_from_env(**overrides: Any) -> RewardConfig:
    """RewardConfig from ``$CODEPERCEPT_REWARD_OPTS`` (a JSON object) and
    ``$CODEPERCEPT_REWARD_SERVER``, then ``overrides``."""
    opts: dict[str, Any] = {}
    raw = os.environ.get(OPTS_ENV, "").strip()
    if raw:
        try:
            opts = json.loads(raw)
        except ValueError as e:
            raise ConfigError(f"${OPTS_ENV} must be a JSON object of reward options: {e}") from None
        if not isinstance(opts, dict):
            raise ConfigError(f"${OPTS_ENV} must be a JSON object, got {raw!r}")
    if os.environ.get(SERVER_ENV):
        opts["server"] = os.environ[SERVER_ENV]
    return config_from_opts({**opts, **overrides})


def check_weights(weights: dict[str, float], known: list[str]) -> dict[str, float]:
    """``weights`` as floats, checked: known reward names, finite numbers, one above zero."""
    out: dict[str, float] = {}
    for name, w in weights.items():
        if name not in known:
            raise ConfigError(
                f"unknown reward {name!r} in weights; choose from: {', '.join(known)}"
            )
        try:
            out[name] = float(w)
        except (TypeError, ValueError):
            raise ConfigError(f"the weight of {name!r} must be a number, got {w!r}") from None
        if out[name] != out[name] or out[name] in (float("inf"), float("-inf")):
            raise ConfigError(f"the weight of {name!r} must be finite, got {w!r}")
    if not any(w != 0 for w in out.values()):
        raise ConfigError("give at least one non-zero reward weight, e.g. {'exec': 1.0}")
    return out
