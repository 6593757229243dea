"""Execution rewards for GRPO: format, exec, visual, structural, judge, and their weighted sum.

Rewards are picklable callables ``(completions, solutions, **columns) -> list[float | None]``
built by factories (:func:`make_reward`, :func:`weighted_reward`, the :data:`REWARDS`
registry). A batch renders in one call on this process's sandbox pool, or on a reward server
(``server=URL``, `codepercept serve-rewards`). Trainer adapters: :mod:`codepercept.rewards.trl`,
:mod:`codepercept.rewards.verl`, :mod:`codepercept.rewards.swift_plugin` (ms-swift).
Names load on first use, so importing this package costs nothing.
"""

from codepercept.lazy import lazy_exports

__getattr__, __all__ = lazy_exports(
    __name__,
    {
        "codepercept.rewards.config": (
            "DEFAULT_WEIGHTS",
            "RewardConfig",
            "ServerConfig",
            "config_from_env",
        ),
        "codepercept.rewards.engine": ("Engine", "Evaluation", "close_engines", "engine_for"),
        "codepercept.rewards.functions": (
            "REWARDS",
            "Reward",
            "WeightedReward",
            "compute_rewards",
            "make_reward",
            "weighted_reward",
            "weighted_sum",
        ),
        "codepercept.rewards.inputs": ("completion_text",),
        "codepercept.rewards.client": ("RewardClient", "RewardRequestError"),
        "codepercept.rewards.server": ("RewardServer",),
        "codepercept.rewards.wire": ("BadRequest", "RewardRequest", "RewardResponse"),
    },
)
