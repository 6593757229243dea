"""The judge reward against a real local chat server with scripted replies."""

from __future__ import annotations

import pytest
from reward_cases import BROKEN, CLOSE, GOOD, OPTS, REFERENCE

from codepercept.rewards import make_reward, weighted_reward
from codepercept.vlm import PROMPTS


def test_image_judge_scores_renders_and_skips_what_did_not_render(replay_server):
    replay_server.set_script(["The reproduction is close.\nScore: 80/100"])
    judge = make_reward("judge", judge_endpoint=replay_server.url, judge_model="judge-vl", **OPTS)
    assert judge([CLOSE, BROKEN], [REFERENCE] * 2) == [pytest.approx(0.8), 0.0]
    [request] = replay_server.seen()  # the broken candidate was scored 0 without asking
    assert len(request.image_hashes) == 2  # reference and candidate renders
    assert judge.__name__ == "codepercept_judge"


def test_code_judge_sends_both_programs_in_the_registered_prompt(replay_server):
    replay_server.set_script(["Final score: 90"])
    judge = make_reward(
        "judge",
        judge_endpoint=replay_server.url,
        judge_model="judge",
        judge_kind="code",
        **OPTS,
    )
    assert judge([GOOD], [REFERENCE]) == [pytest.approx(0.9)]
    text = replay_server.seen()[0].body["messages"][0]["content"]
    head = PROMPTS["judge-code"].text.split("{", 1)[0]
    assert text.startswith(head) and "np.linspace" in text


def test_unreadable_verdicts_are_none_and_the_weighted_sum_skips_the_row(replay_server):
    replay_server.set_script(["I like it."] * 3)  # the reply and two re-asks, all unreadable
    opts = {"judge_endpoint": replay_server.url, "judge_model": "judge", **OPTS}
    total = weighted_reward({"exec": 1.0, "judge": 1.0}, **opts)
    assert total([GOOD], [REFERENCE]) == [None]
    assert len(replay_server.seen()) == 3
