"""The pure steps of the grounded captions: draft -> analysis -> refinement -> claim check."""

from __future__ import annotations

import asyncio

import pytest
from grounded_seeds import (
    TRIANGLE,
    TRIANGLE_DRAFT_WRONG,
    TRIANGLE_FACTS,
    TRIANGLE_STILL_WRONG,
    TRIANGLE_TRUE,
)

from codepercept.grounding import fact_sheet
from codepercept.pipelines.caption import ground_caption, summarize_captions
from codepercept.pipelines.models import StepFailed
from codepercept.sandbox import render_inprocess
from codepercept.vlm.prompts import Prompt


class Scripted:
    """An injected model: replies per step in order, remembering every filled prompt."""

    def __init__(self, **replies: list[str]) -> None:
        self.replies = {k: list(v) for k, v in replies.items()}
        self.calls: list[tuple[str, str, bool]] = []

    async def __call__(self, step: str, prompt: Prompt, *, image=None, **values: str) -> str:
        self.calls.append((step, prompt.format(**values), image is not None))
        if not self.replies.get(step):
            raise StepFailed(step, "empty reply")
        return self.replies[step].pop(0)


@pytest.fixture(scope="module")
def triangle():
    result = render_inprocess(TRIANGLE)
    assert result.ok and result.trace is not None
    return result.png, fact_sheet(result.trace, TRIANGLE_FACTS)


def run(ask, triangle, max_repairs=1):
    png, sheet = triangle
    return asyncio.run(
        ground_caption(ask, image=png, code=TRIANGLE, sheet=sheet, max_repairs=max_repairs)
    )


def test_refinement_fixes_a_hallucinated_draft(triangle):
    ask = Scripted(
        caption_draft=[TRIANGLE_DRAFT_WRONG],
        caption_analysis=["A black triangle ABC with side AB = 4 and one red circle inside."],
        caption_refine=[TRIANGLE_TRUE],
    )
    result = run(ask, triangle)
    assert result.accepted and result.caption == TRIANGLE_TRUE and result.rounds == 1
    assert not result.draft_check.ok
    problems = result.draft_check.contradicted + result.draft_check.unsupported
    assert any("two circles" in p for p in problems) and any("'6'" in p for p in problems)
    assert any("PQR" in p for p in problems) and any("green" in p for p in problems)
    assert result.gate().passed
    steps = [c[0] for c in ask.calls]
    assert steps == ["caption_draft", "caption_analysis", "caption_refine"]
    assert ask.calls[0][2] and not ask.calls[1][2]  # only the draft sees the image
    analysis_prompt, refine_prompt = ask.calls[1][1], ask.calls[2][1]
    assert TRIANGLE in analysis_prompt and "named points: A (0, 0)" in analysis_prompt
    assert TRIANGLE_DRAFT_WRONG in refine_prompt and "automatic check" not in refine_prompt


def test_a_repair_round_lists_the_faults_and_can_fix_them(triangle):
    ask = Scripted(
        caption_draft=[TRIANGLE_DRAFT_WRONG],
        caption_analysis=["analysis"],
        caption_refine=[TRIANGLE_STILL_WRONG, TRIANGLE_TRUE],
    )
    result = run(ask, triangle)
    assert result.accepted and result.rounds == 2 and result.round_problems == (1, 0)
    assert result.history == (TRIANGLE_STILL_WRONG,)
    repair_prompt = ask.calls[-1][1]
    assert "two circles" in repair_prompt and "counts of circles in the figure: 1" in repair_prompt
    assert TRIANGLE_STILL_WRONG in repair_prompt  # the repair corrects the last caption


def test_a_caption_still_wrong_after_the_repairs_is_rejected_with_the_reason(triangle):
    ask = Scripted(
        caption_draft=[TRIANGLE_DRAFT_WRONG],
        caption_analysis=["analysis"],
        caption_refine=[TRIANGLE_STILL_WRONG] * 3,
    )
    result = run(ask, triangle, max_repairs=2)
    assert not result.accepted and result.rounds == 3
    gate = result.gate()
    assert not gate.passed and gate.codes == ("contradicted",)
    assert (
        "'two circles'" in gate.reasons[0]
        and "counts of circles in the figure: 1" in gate.reasons[0]
    )
    assert len(ask.calls) == 5


def test_no_repairs_means_one_refinement(triangle):
    ask = Scripted(
        caption_draft=[TRIANGLE_TRUE], caption_analysis=["a"], caption_refine=[TRIANGLE_STILL_WRONG]
    )
    result = run(ask, triangle, max_repairs=0)
    assert not result.accepted and result.rounds == 1 and result.draft_check.ok


def test_a_failed_step_propagates(triangle):
    ask = Scripted(caption_draft=[TRIANGLE_TRUE], caption_analysis=[])
    with pytest.raises(StepFailed, match="caption_analysis:empty reply"):
        run(ask, triangle)


def test_summary_gives_the_hallucination_rates_of_drafts_and_finals(triangle):
    good = run(
        Scripted(
            caption_draft=[TRIANGLE_TRUE], caption_analysis=["a"], caption_refine=[TRIANGLE_TRUE]
        ),
        triangle,
    )
    fixed = run(
        Scripted(
            caption_draft=[TRIANGLE_DRAFT_WRONG],
            caption_analysis=["a"],
            caption_refine=[TRIANGLE_STILL_WRONG, TRIANGLE_TRUE],
        ),
        triangle,
    )
    bad = run(
        Scripted(
            caption_draft=[TRIANGLE_DRAFT_WRONG],
            caption_analysis=["a"],
            caption_refine=[TRIANGLE_STILL_WRONG] * 2,
        ),
        triangle,
    )
    rows = [r.to_params() for r in (good, fixed, bad)] + [{"seed_id": "failed"}]
    summary = summarize_captions(rows)
    assert summary == {
        "captions": 3,
        "draft_hallucination_rate": pytest.approx(2 / 3, abs=1e-4),
        "refined_hallucination_rate": pytest.approx(2 / 3, abs=1e-4),
        "final_hallucination_rate": pytest.approx(1 / 3, abs=1e-4),
        "repaired": 1,
        "rejected": 1,
        "mean_wording_kept": pytest.approx(
            (good.wording_kept + fixed.wording_kept + bad.wording_kept) / 3, abs=1e-3
        ),
    }
    assert good.wording_kept == 1.0 and 0.5 < fixed.wording_kept < 1.0
    assert summarize_captions([]) == {"captions": 0}


def test_wording_kept_tells_a_surgical_fix_from_a_rewrite(triangle):
    def refined(caption):
        ask = Scripted(
            caption_draft=[TRIANGLE_STILL_WRONG], caption_analysis=["a"], caption_refine=[caption]
        )
        return run(ask, triangle)

    surgical = refined(TRIANGLE_TRUE)  # "two circles" -> "a red circle"
    rewrite = refined("Triangle ABC, side AB of 4, holds one red circle.")
    assert surgical.accepted and rewrite.accepted
    assert surgical.wording_kept > 0.85 > 0.5 > rewrite.wording_kept
