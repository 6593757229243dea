"""Reward functions: batch in, ``list[float | None]`` out, picklable, made by factories.

Every reward is called as ``reward(completions, solutions, **columns)``: ``completions`` are
model replies (strings or conversational message lists), ``solutions`` the reference
programs of the rows (the ``solution`` column; ``solution=`` as a keyword works too), and
``solution_image`` an optional column of reference images. None means the row could not be
scored (its reference is missing or does not render): trainers skip it.

>>> from codepercept.rewards import make_reward
>>> fmt = make_reward("format")
>>> fmt(["```python\\nimport matplotlib.pyplot as plt\\nplt.plot([0, 1])\\n```", "no code"], [None, None])
[1.0, 0.0]
"""

from __future__ import annotations

import os
from collections.abc import Callable, Sequence
from typing import Any, ClassVar

from codepercept.errors import ConfigError
from codepercept.registry import Registry
from codepercept.rewards.config import (
    DEFAULT_WEIGHTS,
    RewardConfig,
    check_weights,
    config_from_opts,
)
from codepercept.rewards.engine import Evaluation, Need, engine_for
from codepercept.rewards.inputs import column


class Reward:
    """Base of the reward callables: settings only (picklable), work done by the engine."""

    name: ClassVar[str] = ""
    need: ClassVar[Need] = Need.SCORE

    def __init__(self, config: RewardConfig | None = None) -> None:
        self.config = config or RewardConfig()
        self.__name__ = f"codepercept_{self.name}"  # trainers log rewards under __name__

    def values(self, evaluations: Sequence[Evaluation]) -> list[float | None]:
        return [self.value(e) for e in evaluations]

    def value(self, evaluation: Evaluation) -> float | None:
        raise NotImplementedError

    def __call__(
        self, completions: Sequence[Any], solutions: Sequence[Any] | None = None, **kw: Any
    ) -> list[float | None]:
        return compute_rewards([self], completions, solutions, **kw)[self.name]

    def __repr__(self) -> str:
        return f"{type(self).__name__}()"


class FormatReward(Reward):
    """1.0 when the reply holds a complete fenced python (or bare) block with code, else 0.0."""

    name = "format"
    need = Need.TEXT

    def value(self, e: Evaluation) -> float:
        return 1.0 if e.fenced else 0.0


class ExecReward(Reward):
    """1.0 when the extracted program renders a figure within the sandbox limits, else 0.0."""

    name = "exec"
    need = Need.RENDER

    def value(self, e: Evaluation) -> float:
        return 1.0 if e.executed else 0.0


class VisualReward(Reward):
    """Visual similarity 0..1 of the candidate's render to the reference image or render."""

    name = "visual"

    def value(self, e: Evaluation) -> float | None:
        return e.visual


class StructuralReward(Reward):
    """Structural similarity 0..1 of what the candidate drew to what the reference drew."""

    name = "structural"

    def value(self, e: Evaluation) -> float | None:
        return e.structural


REWARDS: Registry[Callable[..., Reward]] = Registry(
    "reward", modules=("codepercept.rewards.judged",)
)


def _factory(cls: type[Reward]) -> Callable[..., Reward]:
    def make(**opts: Any) -> Reward:
        return cls(config_from_opts(opts))

    make.__name__ = f"{cls.name}_reward"
    make.__doc__ = f"{cls.__doc__}\n\nOptions: the fields of RewardConfig."
    return make


for _cls in (FormatReward, ExecReward, VisualReward, StructuralReward):
    REWARDS.register(_cls.name, _factory(_cls))


def make_reward(name: str, **opts: Any) -> Reward:
    """The reward ``name`` ("format", "exec", "visual", "structural", "judge") with options
    (fields of :class:`RewardConfig`, e.g. ``timeout_s=3``)."""
    return REWARDS[name](**opts)


class WeightedReward(Reward):
    """Sum of rewards times their weights; None when a weighted reward is None for the row.

    >>> from codepercept.rewards import weighted_reward
    >>> total = weighted_reward({"format": 1.0})
    >>> total(["```python\\nprint(1)\\n```"], ["print(2)"])
    [1.0]
    """

    name = "weighted"

    def __init__(self, weights: dict[str, float], config: RewardConfig | None = None) -> None:
        super().__init__(config)
        self.weights = check_weights(weights, REWARDS.names())
        opts = self.config.to_dict()
        self.parts = [make_reward(n, **opts) for n, w in self.weights.items() if w != 0]

    def components(
        self, completions: Sequence[Any], solutions: Sequence[Any] | None = None, **kw: Any
    ) -> dict[str, list[float | None]]:
        """Each weighted reward's values by name (one evaluation of the batch for all)."""
        return compute_rewards(self.parts, completions, solutions, **kw)

    def __call__(
        self, completions: Sequence[Any], solutions: Sequence[Any] | None = None, **kw: Any
    ) -> list[float | None]:
        return weighted_sum(self.components(completions, solutions, **kw), self.weights)

    def __repr__(self) -> str:
        return f"WeightedReward({self.weights!r})"


def weighted_sum(
    components: dict[str, list[float | None]], weights: dict[str, float]
) -> list[float | None]:
    """Row-wise sum of ``weights[name] * components[name]``; None where a term is None."""
    names = [n for n, w in weights.items() if w != 0]
    n = len(next(iter(components.values()))) if components else 0
    out: list[float | None] = []
    for i in range(n):
        terms = [components[name][i] for name in names]
        if any(t is None for t in terms):
            out.append(None)
        else:
            out.append(sum(weights[name] * t for name, t in zip(names, terms, strict=True)))
    return out


def weighted_reward(weights: dict[str, float] | None = None, **opts: Any) -> WeightedReward:
    """The weighted sum of rewards (default: the paper's format + exec + structural + visual)."""
    return WeightedReward(dict(weights or DEFAULT_WEIGHTS), config_from_opts(opts))


def compute_rewards(
    rewards: Sequence[Reward],
    completions: Sequence[Any],
    solutions: Sequence[Any] | None = None,
    **kw: Any,
) -> dict[str, list[float | None]]:
    """Values of several rewards on one batch, evaluated once (locally, or on the server
    named by the first reward's config)."""
    if not rewards:
        return {}
    config = rewards[0].config
    completions = list(completions)
    n = len(completions)
    if solutions is None:
        solutions = column(kw, "solution", n)
    elif len(solutions) != n:
        raise ConfigError(f"{len(solutions)} solutions for {n} completions; give one per row")
    images = column(kw, "solution_image", n)
    if config.server is not None:
        from codepercept.rewards.client import client_for

        if config.image_root is not None:
            images = [_under(config.image_root, x) for x in images]
        response = client_for(config.server).rewards(
            completions, list(solutions), images, names=[r.name for r in rewards]
        )
        return {r.name: response.components[r.name] for r in rewards}
    need = max(r.need for r in rewards)
    evaluations = engine_for(config).evaluate(completions, list(solutions), images, need)
    return {r.name: r.values(evaluations) for r in rewards}


def _under(root: str, image: Any) -> Any:
    """A relative image path joined to ``root``; anything else unchanged."""
    if isinstance(image, str) and image and not image.startswith("data:"):
        return os.path.join(root, image)
    return image
