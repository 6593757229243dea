"""The reward functions on a realistic GRPO group: values, None for broken references, batching."""

from __future__ import annotations

import base64
import pickle

import pytest
from reward_cases import (
    BROKEN,
    CLOSE,
    EMPTY,
    GOOD,
    LOOPS,
    NO_FENCE,
    OPTS,
    OTHER,
    RAISES,
    REFERENCE,
    THINKING,
)

from codepercept.errors import ConfigError, UnknownName
from codepercept.rewards import (
    REWARDS,
    Engine,
    RewardConfig,
    engine_for,
    make_reward,
    weighted_reward,
)
from codepercept.rewards.engine import Need

GROUP = [GOOD, CLOSE, OTHER, BROKEN, RAISES, NO_FENCE, LOOPS, EMPTY]  # a group of G = 8


@pytest.fixture(scope="module")
def components():
    return weighted_reward(**OPTS).components(GROUP, [REFERENCE] * 8)


def test_registry_names_every_reward():
    assert REWARDS.names() == ["exec", "format", "judge", "structural", "visual"]


def test_format_rewards_a_complete_python_fence_only(components):
    assert components["format"] == [1.0, 1.0, 1.0, 1.0, 1.0, 0.0, 1.0, 0.0]
    fmt = make_reward("format")
    unclosed = "```python\nimport matplotlib.pyplot as plt\nplt.plot([1, 2])\n"
    bash = "```bash\npip install matplotlib\n```"
    assert fmt([THINKING, unclosed, bash], [None] * 3) == [1.0, 0.0, 0.0]


def test_exec_rewards_programs_that_render_within_the_limits(components):
    # good, close, other render; syntax error, runtime error, endless loop, empty do not;
    # bare code without a fence still runs
    assert components["exec"] == [1.0, 1.0, 1.0, 0.0, 0.0, 1.0, 0.0, 0.0]


def test_similarities_rank_the_group(components):
    for name in ("visual", "structural"):
        v = components[name]
        assert v[0] == pytest.approx(1.0) and v[5] == pytest.approx(1.0)  # the reference itself
        assert 0.5 < v[1] < 1.0  # another colour, a smaller circle
        assert v[2] < v[1]  # a bar chart is further away
        assert v[3] == v[4] == v[6] == v[7] == 0.0  # nothing rendered


def test_weighted_sum_is_the_paper_reward_by_default(components):
    totals = weighted_reward(**OPTS)(GROUP, [REFERENCE] * 8)
    for i, total in enumerate(totals):
        assert total == pytest.approx(sum(components[n][i] for n in components))
    assert totals[0] == pytest.approx(4.0) and totals[7] == 0.0
    half = weighted_reward({"format": 0.5, "visual": 2.0}, **OPTS)([CLOSE], [REFERENCE])
    assert half == [pytest.approx(0.5 + 2.0 * components["visual"][1])]


def test_a_broken_reference_gives_none_but_exec_and_format_still_count():
    broken_ref = REFERENCE.replace("np.linspace", "np.nope")
    parts = weighted_reward(**OPTS).components([GOOD, BROKEN], [broken_ref] * 2)
    assert parts["visual"] == [None, None] and parts["structural"] == [None, None]
    assert parts["exec"] == [1.0, 0.0]  # the candidates still run (or not) on their own
    assert parts["format"] == [1.0, 1.0]
    assert weighted_reward(**OPTS)([GOOD], [broken_ref]) == [None]
    assert weighted_reward({"exec": 1.0}, **OPTS)([GOOD], [None]) == [1.0]
    assert make_reward("visual", **OPTS)([GOOD], [""]) == [None]  # no reference at all


def test_one_pool_call_per_batch_and_references_render_once():
    engine = Engine(RewardConfig(**OPTS))
    calls = []
    pool = engine.pool()
    original = pool.render_many
    pool.render_many = lambda codes, *a, **k: calls.append(list(codes)) or original(codes, *a, **k)
    try:
        group = [GOOD.replace("figsize=(4, 4)", f"figsize=(4, {4 + i / 10})") for i in range(8)]
        engine.evaluate(group, [REFERENCE] * 8, need=Need.RENDER)  # TRL calls exec first
        assert len(calls) == 1 and len(calls[0]) == 9  # 8 completions + 1 reference, at once
        engine.evaluate(group, [REFERENCE] * 8)  # then structural and visual on the batch
        engine.evaluate(group, [REFERENCE] * 8)
        assert len(calls) == 1  # served from the cache: nothing rendered again
    finally:
        engine.close()


def test_conversational_completions_read_the_assistant_message(components):
    convo = [
        [{"role": "assistant", "content": CLOSE}],
        [{"role": "assistant", "content": [{"type": "text", "text": GOOD}]}],
        [{"role": "user", "content": GOOD}, {"role": "assistant", "content": "I cannot."}],
    ]
    assert make_reward("visual", **OPTS)(convo, [REFERENCE] * 3) == [
        pytest.approx(components["visual"][1]),
        pytest.approx(1.0),
        0.0,
    ]


def test_reference_image_drives_visual_and_code_drives_structural(reference_png, tmp_path):
    (tmp_path / "figs").mkdir()
    (tmp_path / "figs" / "ref.png").write_bytes(reference_png)
    uri = "data:image/png;base64," + base64.b64encode(reference_png).decode()
    images = [reference_png, "figs/ref.png", uri, str(tmp_path / "figs" / "ref.png")]
    opts = {**OPTS, "image_root": str(tmp_path)}
    parts = weighted_reward({"visual": 1, "structural": 1}, **opts).components(
        [GOOD] * 4, [None] * 4, solution_image=images
    )
    assert parts["visual"] == [pytest.approx(1.0)] * 4
    assert parts["structural"] == [None] * 4  # an image alone has no trace to compare
    visual = make_reward("visual", **opts)
    with_code = visual([CLOSE, OTHER], [REFERENCE] * 2, solution_image=["figs/ref.png"] * 2)
    assert 0.0 < with_code[1] < with_code[0] < 1.0
    missing = make_reward("visual", **opts)([GOOD], [None], solution_image=["figs/none.png"])
    assert missing == [None]


def test_rewards_pickle_and_work_after_unpickling():
    reward = weighted_reward({"exec": 1.0, "structural": 1.0}, **OPTS)
    clone = pickle.loads(pickle.dumps(reward))
    assert clone([GOOD, BROKEN], [REFERENCE] * 2) == reward([GOOD, BROKEN], [REFERENCE] * 2)
    assert clone.__name__ == "codepercept_weighted"


def test_mistakes_are_named_errors():
    with pytest.raises(UnknownName, match="choose from"):
        make_reward("accuracy")
    with pytest.raises(ConfigError, match="unknown reward option"):
        make_reward("exec", timeout=3)
    with pytest.raises(ConfigError, match="unknown reward 'acc'"):
        weighted_reward({"acc": 1.0})
    with pytest.raises(ConfigError, match="non-zero"):
        weighted_reward({"exec": 0.0})
    with pytest.raises(ConfigError, match="2 solutions for 1 completions"):
        make_reward("exec", **OPTS)([GOOD], [REFERENCE, REFERENCE])
    with pytest.raises(ConfigError, match="judge_endpoint"):
        make_reward("judge")


def test_engine_is_per_process_and_per_settings():
    a = engine_for(RewardConfig(**OPTS))
    assert engine_for(RewardConfig(**OPTS)) is a
    assert engine_for(RewardConfig(**OPTS, judge_kind="code")) is a  # judges share renders
    assert engine_for(RewardConfig(**{**OPTS, "timeout_s": 3.0})) is not a


def test_default_workers_share_the_node_between_trainer_ranks(monkeypatch):
    from codepercept.rewards import engine as engine_module

    monkeypatch.setattr(engine_module.os, "cpu_count", lambda: 16)
    monkeypatch.setenv("LOCAL_WORLD_SIZE", "8")
    assert engine_module._default_workers() == 2
    monkeypatch.setenv("LOCAL_WORLD_SIZE", "32")
    assert engine_module._default_workers() == 1
    monkeypatch.delenv("LOCAL_WORLD_SIZE")
    assert engine_module._default_workers() == 16
