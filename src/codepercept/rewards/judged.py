"""The optional judge reward: the paper's Image Score or Code Score from any
OpenAI-compatible endpoint (:mod:`codepercept.score.judge`, prompts from the registry).

Non-deterministic and paid per call, so off by default; replies are cached on disk when
``judge_cache_dir`` is set. The batch's requests go out concurrently.

>>> from codepercept.rewards import make_reward
>>> judge = make_reward("judge", judge_endpoint="http://localhost:8000/v1",
...                     judge_model="Qwen/Qwen2.5-VL-72B-Instruct", judge_kind="image")
>>> judge.__name__
'codepercept_judge'
"""

from __future__ import annotations

import asyncio
from collections.abc import Sequence
from typing import Any

from codepercept.errors import ConfigError
from codepercept.rewards.config import RewardConfig, config_from_opts
from codepercept.rewards.engine import Evaluation, Need
from codepercept.rewards.functions import REWARDS, Reward


class JudgeReward(Reward):
    """Judge score 0..1 (the rubric's 0..100 over 100); None when the reply held no score
    or the row has no usable reference."""

    name = "judge"
    need = Need.SCORE

    def __init__(self, config: RewardConfig | None = None) -> None:
        super().__init__(config)
        if self.config.judge_endpoint is None and self.config.server is None:
            raise ConfigError(
                "the judge reward needs judge_endpoint and judge_model (an OpenAI-compatible "
                "server), e.g. make_reward('judge', judge_endpoint=URL, judge_model=NAME)"
            )

    def values(self, evaluations: Sequence[Evaluation]) -> list[float | None]:
        from codepercept.score.judge import make_judge

        cfg = self.config
        judge = make_judge(
            cfg.judge_endpoint or "",
            cfg.judge_model or "",
            api_key=cfg.judge_api_key,
            cache_dir=cfg.judge_cache_dir,
        )

        async def one(e: Evaluation) -> float | None:
            if cfg.judge_kind == "code":
                if e.reference_code is None:
                    return None
                result = await judge.acode_score(e.reference_code, e.code or "")
            else:
                if e.reference_png is None:
                    return None
                cand = e.render.png if e.executed and e.render is not None else None
                result = await judge.aimage_score(e.reference_png, cand)
            return None if result.score is None else result.score / 100.0

        async def run() -> list[float | None]:
            return list(await asyncio.gather(*(one(e) for e in evaluations)))

        return asyncio.run(run())


@REWARDS.register("judge")
def judge_reward(**opts: Any) -> JudgeReward:
    """The judge reward; options: the fields of RewardConfig (judge_endpoint, judge_model,
    judge_kind "image" or "code", judge_api_key, judge_cache_dir)."""
    return JudgeReward(config_from_opts(opts))
