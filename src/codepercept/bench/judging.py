"""The judges as the runner's :data:`Judge` callable: the paper's (``codepercept.score.judge``)
or, for the official protocol, the released evaluation's (``codepercept.score.judge_official``)."""

from __future__ import annotations

from collections.abc import Mapping
from pathlib import Path

from codepercept.bench.config import EvalConfig
from codepercept.bench.scoring import JudgeInput
from codepercept.errors import ConfigError
from codepercept.vlm import OfficialRubrics, official_rubrics


def client_settings(config: EvalConfig, cache_dir: Path) -> dict:
    """The judge clients' settings from the run's config (both judges, both protocols)."""
    if config.judge_endpoint is None or config.judge_model is None:
        raise ConfigError("a judge needs judge_endpoint and judge_model")
    return {
        "code_endpoint": config.code_judge_endpoint,
        "code_model": config.code_judge_model,
        "api_key": config.api_key,
        "cache_dir": cache_dir,
        "timeout_s": config.timeout_s,
        "max_retries": config.max_retries,
    }


class RunJudge:
    """Image Score against the benchmark picture and Code Score against the reference code.

    A reply without a readable score (after the judge's own re-asks) counts 0 and is flagged
    in the item's ``judge`` record as ``image_unparsed`` / ``code_unparsed`` = 1.
    """

    def __init__(self, config: EvalConfig, cache_dir: Path) -> None:
        from codepercept.score.judge import make_judge

        settings = client_settings(config, cache_dir)
        self.judge = make_judge(
            config.judge_endpoint,  # type: ignore[arg-type]
            config.judge_model,  # type: ignore[arg-type]
            **settings,
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
        await self.judge.code_client.aclose()


class OfficialRunJudge:
    """The official protocol's two judges. An unreadable score is left out of the record
    (never 0) and flagged ``image_unparsed`` / ``code_unparsed`` = 1; a candidate that did not
    execute gets Image 0 without asking, and its code is judged all the same."""

    def __init__(self, config: EvalConfig, cache_dir: Path, rubrics: OfficialRubrics) -> None:
        from codepercept.score.judge_official import make_official_judge

        settings = client_settings(config, cache_dir)
        self.rubrics = rubrics
        self.judge = make_official_judge(
            config.judge_endpoint,  # type: ignore[arg-type]
            config.judge_model,  # type: ignore[arg-type]
            rubrics,
            retries=config.judge_retries,
            **settings,
        )

    async def __call__(self, item: JudgeInput) -> Mapping[str, float]:
        verdicts = await self.judge.ascore(
            item.image, item.cand_png, item.image_name, item.ref_code, item.cand_code
        )
        out: dict[str, float] = {}
        for key, verdict in (("image", verdicts["image_judge"]), ("code", verdicts["code_judge"])):
            if verdict.score is None:
                out[f"{key}_unparsed"] = 1.0
            else:
                out[f"{key}_score"] = verdict.score
        return out

    async def aclose(self) -> None:
        await self.judge.aclose()


def make_judge(config: EvalConfig, run_dir: str | Path) -> RunJudge | OfficialRunJudge:
    """The run's judge; its replies are cached in ``run_dir/judge-cache`` like the model's.

    The official protocol reads its rubrics from ``config.official_source`` (else
    ``$CODEPERCEPT_OFFICIAL_SOURCE``, else our paraphrase).
    """
    cache = Path(run_dir) / "judge-cache"
    if config.protocol == "official":
        return OfficialRunJudge(config, cache, official_rubrics(config.official_source))
    return RunJudge(config, cache)
