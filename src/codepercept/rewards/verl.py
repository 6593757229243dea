"""verl reward functions: ``custom_reward_function.path`` points at this file.

verl's default reward manager calls ``compute_score(data_source, solution_str, ground_truth,
extra_info)`` once per response; its ``batch`` manager calls
``compute_score_batch(data_sources, solution_strs, ground_truths, extra_infos)`` once per
batch, which renders every response of the batch in parallel (use it for GRPO). Rows carry
``data_source = "codepercept/stem2code"``, the reference code as ``ground_truth`` and
optionally ``extra_info["solution_image"]``. ``custom_reward_function.reward_kwargs`` are
passed through: ``weights`` (a dict), ``server`` (a reward server URL) and RewardConfig
fields. The score is the weighted sum; each reward is also returned for verl's logs.
A row whose reference does not render scores 0 with ``scored = 0`` (verl needs a number).

>>> compute_score("codepercept/stem2code", "no code here", "import matplotlib.pyplot as plt",
...               weights={"format": 1.0})
{'score': 0.0, 'scored': 1.0, 'format': 0.0}
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from codepercept.errors import ConfigError
from codepercept.rewards.config import config_from_env
from codepercept.rewards.functions import WeightedReward, weighted_reward, weighted_sum

DATA_SOURCE = "codepercept/stem2code"


def compute_score(
    data_source: str,
    solution_str: str,
    ground_truth: str,
    extra_info: dict | None = None,
    **kwargs: Any,
) -> dict[str, float] | float:
    """The reward of one response (verl's naive reward manager)."""
    [out] = compute_score_batch(
        [data_source], [solution_str], [ground_truth], [extra_info], **kwargs
    )
    return out


def compute_score_batch(
    data_sources: Sequence[str],
    solution_strs: Sequence[str],
    ground_truths: Sequence[str],
    extra_infos: Sequence[dict | None] | None = None,
    details: bool = True,
    **kwargs: Any,
) -> list[dict[str, float]] | list[float]:
    """The rewards of a batch, rendered in one pool call (verl's batch reward manager);
    ``details=False`` returns the scores alone (verl releases that read only numbers)."""
    n = len(solution_strs)
    wrong = sorted({str(s) for s in data_sources if s != DATA_SOURCE})
    if wrong:
        raise ConfigError(
            f"codepercept's compute_score scores data_source {DATA_SOURCE!r} rows, got {wrong}; "
            "route other sources to their own reward function"
        )
    infos = list(extra_infos) if extra_infos is not None else [None] * n  # may be numpy
    images = [i.get("solution_image") if isinstance(i, dict) else None for i in infos]
    reward = _reward(**kwargs)
    parts = reward.components(list(solution_strs), list(ground_truths), solution_image=images)
    totals = weighted_sum(parts, reward.weights)
    if not details:
        return [total or 0.0 for total in totals]
    out = []
    for i, total in enumerate(totals):
        row = {"score": total or 0.0, "scored": 0.0 if total is None else 1.0}
        row.update({name: values[i] or 0.0 for name, values in parts.items()})
        out.append(row)
    return out


def _reward(weights: dict[str, float] | None = None, **opts: Any) -> WeightedReward:
    config = config_from_env(**opts)
    return weighted_reward(weights, **config.to_dict())
