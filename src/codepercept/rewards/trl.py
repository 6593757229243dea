"""TRL ``GRPOTrainer`` reward functions: one callable per reward, each logged under its name.

TRL calls every reward function as ``f(prompts=..., completions=..., completion_ids=...,
**columns)``, with each dataset column (``solution``, optional ``solution_image``) as a
keyword argument; completions are strings, or message lists for conversational datasets. A
None in the returned list marks a row that cannot be scored (TRL ignores it). TRL weighs the
functions with ``GRPOConfig(reward_weights=...)``: pass :func:`reward_weights` of the list.

>>> from codepercept.rewards.trl import reward_funcs, reward_weights
>>> funcs = reward_funcs({"format": 0.5, "exec": 1.0})
>>> [f.__name__ for f in funcs], reward_weights(funcs)
(['codepercept_format', 'codepercept_exec'], [0.5, 1.0])
>>> funcs[0](prompts=["draw it"], completions=[[{"role": "assistant", "content": "no code"}]],
...          solution=["import matplotlib.pyplot as plt\\nplt.plot([0, 1])"])
[0.0]
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from codepercept.errors import ConfigError
from codepercept.rewards.config import DEFAULT_WEIGHTS, check_weights, config_from_opts
from codepercept.rewards.functions import REWARDS, Reward, make_reward


class TrlReward:
    """One reward in TRL's calling convention; ``weight`` is its share of the total."""

    def __init__(self, reward: Reward, weight: float = 1.0) -> None:
        self.reward = reward
        self.weight = weight
        self.__name__ = reward.__name__

    def __call__(
        self, prompts: Sequence[Any] | None = None, completions: Sequence[Any] | None = None, **kw
    ) -> list[float | None]:
        if completions is None:
            raise ConfigError("TRL passes completions=...; this reward got none")
        if "solution" not in kw:
            raise ConfigError(
                "the dataset has no 'solution' column (the reference code of each row); "
                "export it with `codepercept export --format trl-grpo`"
            )
        return self.reward(completions, kw["solution"], solution_image=kw.get("solution_image"))

    def __repr__(self) -> str:
        return f"TrlReward({self.__name__}, weight={self.weight})"


def reward_funcs(
    weights: dict[str, float] | None = None, server: str | None = None, **opts: Any
) -> list[TrlReward]:
    """``GRPOTrainer(reward_funcs=...)``: a callable per non-zero weight (default: format,
    exec, structural, visual, weight 1 each); ``server`` sends the rendering to a reward
    server; ``opts`` are RewardConfig fields (``timeout_s``, ``workers``, judge settings)."""
    checked = check_weights(dict(weights or DEFAULT_WEIGHTS), REWARDS.names())
    config = config_from_opts({**opts, "server": server}).to_dict()
    return [TrlReward(make_reward(n, **config), w) for n, w in checked.items() if w != 0]


def reward_weights(funcs: Sequence[TrlReward]) -> list[float]:
    """``GRPOConfig(reward_weights=...)`` matching :func:`reward_funcs`' order."""
    return [f.weight for f in funcs]
