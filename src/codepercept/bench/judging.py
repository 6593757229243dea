"""The paper's judges (``codepercept.score.judge``) as the runner's :data:`Judge` callable."""

from __future__ import annotations

from collections.abc import Mapping
from pathlib import Path

from codepercept.bench.config import EvalConfig
from codepercept.bench.scoring import JudgeInput
from codepercept.errors import ConfigError


class RunJudge:
    """Image Score against the benchmark picture and Code Score against the reference code.

    A reply without a readable score (after the judge's own re-asks) counts 0 and is flagged
    in the item's ``judge`` record as ``image_unparsed`` / ``code_unparsed`` = 1.
    """

    def __init__(self, config: EvalConfig, cache_dir: Path) -> None:
        from codepercept.score.judge import make_judge

        if config.judge_endpoint is None or config.judge_model is None:
            raise ConfigError("a judge needs judge_endpoint and judge_model")
        self.judge = make_judge(
            config.judge_endpoint,
            config.judge_model,
            api_key=config.api_key,
            cache_dir=cache_dir,
            timeout_s=config.timeout_s,
            max_retries=config.max_retries,
        )

    async def __call__(self, item: JudgeInput) -> Mapping[str, float]:
        verdicts = await self.judge.ascore(item.image, item.cand_png, item.ref_code, item.cand_code)
        image, code = verdicts["image_judge"], verdicts["code_judge"]
        out = {"image_score": image.score or 0.0, "code_score": code.score or 0.0}
        if image.score is None:
            out["image_unparsed"] = 1.0
        if code.score is None:
            out["code_unparsed"] = 1.0
        return out

    async def aclose(self) -> None:
        await self.judge.client.aclose()


def make_judge(config: EvalConfig, run_dir: str | Path) -> RunJudge:
    """The run's judge; its replies are cached in ``run_dir/judge-cache`` like the model's."""
    return RunJudge(config, Path(run_dir) / "judge-cache")
