"""The template contract: (parameters, seeded RNG) -> matplotlib code plus the facts it intends."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any, Protocol

import numpy as np


@dataclass(frozen=True, slots=True)
class QA:
    """A question whose answer is computed from the template parameters."""

    question: str
    answer: str
    kind: str = "free"  # free | choice | int | float


@dataclass(frozen=True, slots=True)
class Sample:
    """What a template instance produces, before rendering and gating."""

    template: str
    family: str
    params: dict[str, Any]
    code: str  # self-contained matplotlib code, deterministic, ends with plt.savefig(...)
    facts: dict[str, Any]  # ground truth the figure intends: counts, labels, coordinates, ...
    qa: tuple[QA, ...] = ()
    seed: int = 0


@dataclass(frozen=True, slots=True)
class ParamSpec:
    """One parameter of a template's space, for listings and docs."""

    name: str
    kind: str  # int | float | choice | bool | str
    low: float | None = None
    high: float | None = None
    choices: tuple[Any, ...] = ()
    help: str = ""


class TemplateFn(Protocol):
    def __call__(self, rng: np.random.Generator) -> Sample: ...


@dataclass(frozen=True, slots=True)
class Template:
    name: str
    family: str
    fn: Callable[[np.random.Generator], Sample]
    parameters: tuple[ParamSpec, ...] = ()
    description: str = ""
    tags: tuple[str, ...] = field(default_factory=tuple)

    def sample(self, seed: int) -> Sample:
        """Instantiate with a seeded RNG; the same seed always gives the same sample."""
        s = self.fn(np.random.default_rng(seed))
        if s.seed != seed:
            s = Sample(s.template, s.family, s.params, s.code, s.facts, s.qa, seed)
        return s


REGISTRY: dict[str, Template] = {}


def template(
    name: str,
    family: str,
    parameters: tuple[ParamSpec, ...] = (),
    description: str = "",
    tags: tuple[str, ...] = (),
):
    """Register a template function under ``name`` in ``family``."""

    def deco(fn: Callable[[np.random.Generator], Sample]):
        if name in REGISTRY:
            raise ValueError(f"template {name!r} is registered twice")
        REGISTRY[name] = Template(
            name, family, fn, parameters, description or (fn.__doc__ or "").strip(), tags
        )
        return fn

    return deco
