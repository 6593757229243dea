"""The pure steps of image-to-code data: the explanatory draft and the score gate."""

from __future__ import annotations

import asyncio

import pytest
from grounded_seeds import PARABOLA, SQUARE_EXPLAINED, TRIANGLE, TRIANGLE_EXPLAINED
from pipeline_support import fenced

from codepercept.config import ConfigError
from codepercept.pipelines.config import config_from_dict
from codepercept.pipelines.img2code import (
    Metric,
    comment_lines,
    explanatory_draft,
    judge_explanation,
    judge_rewrite,
    summarize_img2code,
)
from codepercept.pipelines.kinds.img2code import Img2CodeSettings
from codepercept.pipelines.models import StepFailed
from codepercept.sandbox import render_inprocess
from codepercept.score import score_pair


def reply(text: str):
    async def ask(step, prompt, *, image=None, **values):
        assert step == "img2code_draft" and image == b"png" and "teach" in prompt.text
        return text

    return ask


def test_the_draft_is_the_program_of_the_reply():
    code = asyncio.run(explanatory_draft(reply(fenced(TRIANGLE_EXPLAINED)), image=b"png"))
    assert code == TRIANGLE_EXPLAINED


def test_a_draft_reply_without_code_fails_the_step():
    with pytest.raises(StepFailed, match="img2code_draft:no python code"):
        asyncio.run(explanatory_draft(reply("I cannot see the figure, sorry."), image=b"png"))


@pytest.fixture(scope="module")
def truth():
    return render_inprocess(TRIANGLE)


@pytest.mark.parametrize(
    ("candidate", "passed"),
    [(TRIANGLE_EXPLAINED, True), (SQUARE_EXPLAINED, False), (PARABOLA, False)],
)
def test_the_score_gate_accepts_only_rewrites_that_behave_like_the_truth(truth, candidate, passed):
    score = score_pair(truth, render_inprocess(candidate))
    gate = judge_rewrite(score, Img2CodeSettings().threshold)
    assert gate.passed is passed and gate.gate == "score"
    assert gate.details["overall"] == round(score.overall, 2)
    if not passed:
        assert gate.codes == ("below_threshold",) and "overall" in gate.reasons[0]


def test_the_gate_reads_the_chosen_metric_and_faults_a_failed_render(truth):
    score = score_pair(truth, render_inprocess(SQUARE_EXPLAINED))
    assert judge_rewrite(score, score.visual, Metric.VISUAL).passed
    assert not judge_rewrite(score, score.visual + 0.5, Metric.VISUAL).passed
    broken = score_pair(truth, render_inprocess("raise ValueError('no figure')"))
    gate = judge_rewrite(broken, 0.0)
    assert not gate.passed and gate.codes == ("no_render",)


def test_summary_reports_the_scores():
    rows = [{"score": 100.0}, {"score": 40.0}, {"score": 90.0}, {"seed_id": "failed"}]
    assert summarize_img2code(rows) == {
        "scored": 3,
        "mean_score": 76.67,
        "score_bands": {"40": 1, "90": 2},
    }
    assert summarize_img2code([]) == {"scored": 0}


def test_the_explanation_gate_wants_the_draft_comments_kept():
    assert comment_lines(TRIANGLE_EXPLAINED) == 2 and comment_lines(TRIANGLE) == 0
    assert comment_lines("x = '# not a comment'  # a real one\n#\n") == 1
    assert judge_explanation(SQUARE_EXPLAINED, TRIANGLE_EXPLAINED, 0.5).passed
    bare = judge_explanation(TRIANGLE_EXPLAINED, TRIANGLE, 0.5)
    assert not bare.passed and bare.codes == ("none",)
    draft = "# one\n# two\n# three\n# four\n" + TRIANGLE
    lost = judge_explanation(draft, TRIANGLE_EXPLAINED, 0.75)
    assert (
        not lost.passed
        and lost.codes == ("lost",)
        and "2 comments of the draft's 4" in lost.reasons[0]
    )


def test_the_img2code_table_is_validated():
    endpoints = {"endpoints": {"vlm": {"base_url": "http://localhost:8000/v1", "model": "m"}}}
    pipelines = {"img2code": Img2CodeSettings}
    config = config_from_dict(
        {**endpoints, "img2code": {"threshold": 90, "metric": "visual"}},
        source="p.toml",
        pipelines=pipelines,
    )
    opts = config.options("img2code", Img2CodeSettings)
    assert opts.threshold == 90.0 and opts.metric is Metric.VISUAL
    for table, wrong in [
        ({"metric": "nope"}, r"\[img2code\]\.metric must be one of overall, visual, structural"),
        ({"threshold": 101}, r"threshold must be <= 100"),
        ({"treshold": 70}, r"\[img2code\]\.treshold is not a setting"),
    ]:
        with pytest.raises(ConfigError, match=wrong):
            bad = {**endpoints, "img2code": table}
            config_from_dict(bad, source="p.toml", pipelines=pipelines).options(
                "img2code", Img2CodeSettings
            )
