"""The config file of a pipeline run: endpoints, the model step settings, run settings, gates.

One TOML file (see ``examples/pipelines.toml``) names each endpoint once (one client per
endpoint, shared by the steps that use it) and gives every model step its endpoint and
sampling settings; ``[steps.default]`` covers steps without their own table. ``[run]`` holds
what every pipeline shares (repair rounds, window, dedup), ``[gates]`` the thresholds of the
quality gates, and ``[<pipeline>]`` (``[reproduce]``, ``[diversify]``, ...) that pipeline's
own settings class. Every table becomes a validated config dataclass; a bad key, type or
value raises :class:`ConfigError` naming the file and the key.
"""

from __future__ import annotations

import dataclasses
import enum
import os
import tomllib
import types
import typing
from collections.abc import Mapping
from dataclasses import dataclass, field, fields, is_dataclass
from pathlib import Path
from typing import Any

from codepercept.config import ConfigError, config_help, setting, validate
from codepercept.synth.gates import GateConfig

__all__ = [
    "DEFAULT_STEP",
    "MLLM_GATES_STEP",
    "Endpoint",
    "PipelineConfig",
    "RunSettings",
    "StepConfig",
    "build",
    "load_config",
]

DEFAULT_STEP = "default"
MLLM_GATES_STEP = "mllm_gates"
_CORE_TABLES = ("endpoints", "steps", "run", "gates")


@dataclass(frozen=True)
class Endpoint:
    """One OpenAI-compatible server and model; every step that names it shares one client."""

    base_url: str = setting(help="the server's OpenAI base URL, e.g. http://host:8000/v1")
    model: str = setting(help="model name as the server knows it")
    api_key_env: str = setting(
        "OPENAI_API_KEY", "name of the environment variable holding the API key ('' for none)"
    )
    concurrency: int = setting(16, "requests in flight on this endpoint at most", ge=1)
    timeout_s: float = setting(300.0, "seconds one request may take before a retry", gt=0)
    max_retries: int = setting(4, "retries of a failed request (5xx, 429, timeouts)", ge=0)
    backoff_s: float = setting(1.0, "first retry pause; doubles per retry (with jitter)", ge=0)

    def __post_init__(self) -> None:
        validate(self)
        if not self.base_url.startswith(("http://", "https://")):
            raise ConfigError(f"base_url must be an http(s) URL, got {self.base_url!r}")
        if not self.model:
            raise ConfigError("model must not be empty")

    def api_key(self) -> str | None:
        """The key from the named environment variable (None when unset or not wanted)."""
        return os.environ.get(self.api_key_env) if self.api_key_env else None


@dataclass(frozen=True)
class StepConfig:
    """How one model step asks: which endpoint, and the sampling settings of its requests."""

    endpoint: str = setting(help="name of an [endpoints.<name>] table")
    temperature: float | None = setting(0.7, "sampling temperature (unset: the server's)", ge=0)
    max_tokens: int | None = setting(4096, "completion budget of one reply", ge=1)
    extra_body: dict[str, Any] = setting(
        default_factory=dict, help="merged into each request body (top_p, seed, chat options)"
    )

    def __post_init__(self) -> None:
        validate(self)

    def params(self) -> dict[str, Any]:
        """Request parameters for :meth:`codepercept.vlm.ChatClient.acomplete`."""
        return {
            "temperature": self.temperature,
            "max_tokens": self.max_tokens,
            "extra_body": dict(self.extra_body) or None,
        }


@dataclass(frozen=True)
class RunSettings:
    """What every pipeline run shares: repairs, concurrency, rendering, dedup, storage."""

    repair_rounds: int = setting(2, "repair requests after a failed render (R)", ge=0)
    window: int = setting(32, "seeds in flight at once (each may make several requests)", ge=1)
    render_workers: int = setting(2, "sandbox render processes", ge=1)
    render_timeout_s: float = setting(20.0, "wall-clock limit of one render", gt=0)
    max_error_chars: int = setting(
        1500, "the tail of a render error sent back in a repair request", ge=100
    )
    dedup: bool = setting(
        True, "drop identical code and near-duplicate images (within and across seeds)"
    )
    dedup_threshold: int = setting(
        16, "pHash Hamming distance at or under which two images are duplicates", ge=0
    )
    dedup_bits: int = setting(256, "pHash size of the image dedup key (64, 256, ...)", ge=16)
    shard_rows: int = setting(256, "rows per Parquet shard", ge=1)
    checkpoint_s: float = setting(10.0, "commit at least this often (seconds)", gt=0)
    max_failures_in_row: int | None = setting(
        20, "stop when this many seeds in a row failed on an endpoint (unset: never)", ge=1
    )
    mllm_gates: bool = setting(
        False,
        "also run the MLLM gates (code suitability, Class-A image errors, code-image match) "
        "through the mllm_gates step",
    )
    mllm_min_code_score: int = setting(
        3, "lowest code suitability (1-5) the MLLM Q_C passes", ge=1, le=5
    )

    def __post_init__(self) -> None:
        validate(self)

    help = classmethod(config_help)


@dataclass(frozen=True)
class PipelineConfig:
    """A whole config file, validated; :func:`load_config` reads one."""

    endpoints: Mapping[str, Endpoint] = field(default_factory=dict)
    steps: Mapping[str, StepConfig] = field(default_factory=dict)
    run: RunSettings = field(default_factory=RunSettings)
    gates: GateConfig = field(default_factory=GateConfig)
    tables: Mapping[str, Mapping[str, Any]] = field(default_factory=dict)  # per-pipeline
    source: str = "<config>"

    def __post_init__(self) -> None:
        for name, step in self.steps.items():
            if step.endpoint not in self.endpoints:
                known = ", ".join(sorted(self.endpoints)) or "none"
                raise ConfigError(
                    f"{self.source}: [steps.{name}].endpoint names {step.endpoint!r}, which is "
                    f"not an [endpoints.<name>] table (known: {known})"
                )

    def step(self, name: str) -> StepConfig:
        """The settings of step ``name`` (its own table, else ``[steps.default]``)."""
        found = self.steps.get(name) or self.steps.get(DEFAULT_STEP)
        if found is None:
            raise ConfigError(
                f"{self.source}: no [steps.{name}] and no [steps.default] table; add one that "
                "names an endpoint (see examples/pipelines.toml)"
            )
        return found

    def endpoint_name(self, step: str) -> str:
        return self.step(step).endpoint

    def options(self, name: str, cls: type | None) -> Any:
        """The validated settings of pipeline ``name`` from its ``[name]`` table."""
        table = self.tables.get(name, {})
        if cls is None:
            if table:
                raise ConfigError(f"{self.source}: pipeline {name!r} takes no [{name}] settings")
            return None
        return build(cls, table, f"{self.source}: [{name}]")

    def run_steps(self) -> tuple[str, ...]:
        """The steps the run settings switch on for every pipeline."""
        return (MLLM_GATES_STEP,) if self.run.mllm_gates else ()

    def identity(self, steps: tuple[str, ...], name: str, cls: type | None) -> dict[str, Any]:
        """What must match for a run to resume: models and sampling of the steps, settings.

        Base URLs, keys, concurrency, timeouts and the window are left out: a run may move to
        another server or go faster and still resume.
        """
        run = dataclasses.asdict(self.run)
        for k in ("window", "render_workers", "checkpoint_s", "max_failures_in_row"):
            run.pop(k)
        return {
            "steps": {
                s: {
                    "model": self.endpoints[self.step(s).endpoint].model,
                    "temperature": self.step(s).temperature,
                    "max_tokens": self.step(s).max_tokens,
                    "extra_body": dict(self.step(s).extra_body),
                }
                for s in steps
            },
            "run": run,
            "gates": repr(self.gates),
            "options": repr(self.options(name, cls)),
        }


# -- building config dataclasses from TOML tables -------------------------------------------------


def build(cls: type, table: Mapping[str, Any], where: str) -> Any:
    """An instance of config dataclass ``cls`` from a TOML table; errors name ``where.key``."""
    if not isinstance(table, Mapping):
        raise ConfigError(f"{where} must be a table, got {type(table).__name__}")
    hints = typing.get_type_hints(cls)
    names = [f.name for f in fields(cls) if f.init]
    unknown = sorted(set(table) - set(names))
    if unknown:
        raise ConfigError(
            f"{where}.{unknown[0]} is not a setting; known: {', '.join(sorted(names))}"
        )
    values = {k: _coerce(hints[k], v, f"{where}.{k}") for k, v in table.items()}
    try:
        return cls(**values)
    except ConfigError as e:
        raise ConfigError(f"{where}: {e}") from None
    except TypeError as e:  # a required setting is missing
        raise ConfigError(f"{where}: {e}".replace("__init__() ", "")) from None


def _coerce(tp: Any, v: Any, where: str) -> Any:
    origin = typing.get_origin(tp)
    if origin in (typing.Union, types.UnionType):
        args = [a for a in typing.get_args(tp) if a is not type(None)]
        errors = []
        for a in args:
            try:
                return _coerce(a, v, where)
            except ConfigError as e:
                errors.append(str(e))
        raise ConfigError(errors[0])
    if tp is Any:
        return v
    if is_dataclass(tp) and isinstance(tp, type):
        return build(tp, v, where)
    if isinstance(tp, type) and issubclass(tp, enum.Enum):
        try:
            return tp(v)
        except ValueError:
            choices = ", ".join(str(m.value) for m in tp)
            raise ConfigError(f"{where} must be one of {choices}, got {v!r}") from None
    if tp is bool:
        if isinstance(v, bool):
            return v
        raise ConfigError(f"{where} must be true or false, got {v!r}")
    if tp in (int, float):
        if isinstance(v, bool) or not isinstance(v, int | float):
            raise ConfigError(f"{where} must be a number, got {v!r}")
        if tp is int and not isinstance(v, int):
            raise ConfigError(f"{where} must be a whole number, got {v!r}")
        return tp(v)
    if tp is str:
        if not isinstance(v, str):
            raise ConfigError(f"{where} must be a string, got {v!r}")
        return v
    if tp is Path:
        return Path(_coerce(str, v, where))
    if origin is tuple:
        if not isinstance(v, list | tuple):
            raise ConfigError(f"{where} must be a list, got {v!r}")
        inner = typing.get_args(tp)
        item = inner[0] if inner else Any
        return tuple(_coerce(item, x, f"{where}[{i}]") for i, x in enumerate(v))
    if origin in (dict, Mapping) or tp is dict:
        if not isinstance(v, Mapping):
            raise ConfigError(f"{where} must be a table, got {v!r}")
        return dict(v)
    return v


def load_config(
    path: str | os.PathLike[str], *, pipelines: Mapping[str, type | None] | None = None
) -> PipelineConfig:
    """Read and validate a TOML config file.

    ``pipelines`` maps each pipeline name to its settings class (default: every registered
    pipeline); a top-level table that is neither a core table nor a pipeline is an error.
    """
    from codepercept.io import read_bytes

    source = str(path)
    try:
        data = tomllib.loads(read_bytes(path).decode("utf-8"))
    except (tomllib.TOMLDecodeError, UnicodeDecodeError) as e:
        raise ConfigError(f"{source} is not valid TOML: {e}") from None
    if pipelines is None:
        from codepercept.pipelines.registry import PIPELINES

        pipelines = {name: p.settings for name, p in PIPELINES.items()}
    return config_from_dict(data, source=source, pipelines=pipelines)


def config_from_dict(
    data: Mapping[str, Any], *, source: str, pipelines: Mapping[str, type | None]
) -> PipelineConfig:
    """:func:`load_config` on an already parsed document."""
    unknown = sorted(set(data) - set(_CORE_TABLES) - set(pipelines))
    if unknown:
        known = ", ".join([*_CORE_TABLES, *sorted(pipelines)])
        raise ConfigError(f"{source}: [{unknown[0]}] is not a known table; known: {known}")
    endpoints = {
        name: build(Endpoint, t, f"{source}: [endpoints.{name}]")
        for name, t in _tables(data, "endpoints", source).items()
    }
    if not endpoints:
        raise ConfigError(f"{source}: no [endpoints.<name>] table; add at least one")
    steps = {
        name: build(StepConfig, t, f"{source}: [steps.{name}]")
        for name, t in _tables(data, "steps", source).items()
    }
    config = PipelineConfig(
        endpoints=endpoints,
        steps=steps,
        run=build(RunSettings, data.get("run", {}), f"{source}: [run]"),
        gates=build(GateConfig, data.get("gates", {}), f"{source}: [gates]"),
        tables={k: v for k, v in data.items() if k in pipelines},
        source=source,
    )
    for name, cls in pipelines.items():  # validate every pipeline table up front
        config.options(name, cls)
    return config


def _tables(data: Mapping[str, Any], key: str, source: str) -> dict[str, Mapping[str, Any]]:
    group = data.get(key, {})
    if not isinstance(group, Mapping) or any(not isinstance(v, Mapping) for v in group.values()):
        raise ConfigError(f"{source}: [{key}] must hold named tables like [{key}.<name>]")
    return dict(group)
