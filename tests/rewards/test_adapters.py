"""Trainer adapters in their trainers' calling conventions: TRL, verl, ms-swift."""

from __future__ import annotations

import importlib.util
import pickle

import pytest
from reward_cases import BROKEN, CLOSE, EMPTY, GOOD, NO_FENCE, OPTS, OTHER, REFERENCE

from codepercept.errors import ConfigError
from codepercept.rewards import verl as verl_adapter
from codepercept.rewards import weighted_reward
from codepercept.rewards.swift_orms import SwiftMissing, orm_classes, plugin_path
from codepercept.rewards.trl import reward_funcs, reward_weights

GROUP = [GOOD, CLOSE, OTHER, BROKEN, NO_FENCE, EMPTY, GOOD, CLOSE]


def _trl_kwargs(n: int) -> dict:
    """What GRPOTrainer passes besides prompts and completions: ids, state, every column."""
    return {
        "completion_ids": [[1, 2, 3]] * n,
        "trainer_state": object(),
        "log_extra": lambda *a, **k: None,
        "log_metric": lambda *a, **k: None,
        "solution": [REFERENCE] * n,
        "images": [[object()]] * n,
        "template": ["right_triangle"] * n,
    }


def test_trl_reward_funcs_follow_grpo_trainer_conventions():
    funcs = reward_funcs(**OPTS)
    assert [f.__name__ for f in funcs] == [
        "codepercept_format",
        "codepercept_exec",
        "codepercept_structural",
        "codepercept_visual",
    ]
    assert reward_weights(funcs) == [1.0, 1.0, 1.0, 1.0]
    prompts = [[{"role": "user", "content": [{"type": "image"}, {"type": "text", "text": "?"}]}]]
    convo = [[{"role": "assistant", "content": c}] for c in GROUP]
    plain_total = weighted_reward(**OPTS)(GROUP, [REFERENCE] * 8)
    per_func = [f(prompts=prompts * 8, completions=convo, **_trl_kwargs(8)) for f in funcs]
    for i in range(8):
        assert sum(values[i] for values in per_func) == pytest.approx(plain_total[i])
    assert per_func[0] == [1.0, 1.0, 1.0, 1.0, 0.0, 0.0, 1.0, 1.0]


def test_trl_weights_pick_the_functions_and_pickle():
    funcs = reward_funcs({"exec": 2.0, "visual": 0.5, "format": 0.0}, **OPTS)
    assert [f.__name__ for f in funcs] == ["codepercept_exec", "codepercept_visual"]
    assert reward_weights(funcs) == [2.0, 0.5]
    clone = pickle.loads(pickle.dumps(funcs[0]))
    assert clone(prompts=["p"], completions=[GOOD], solution=[REFERENCE]) == [1.0]


def test_trl_reward_without_a_solution_column_says_how_to_fix_it():
    [f] = reward_funcs({"exec": 1.0}, **OPTS)
    with pytest.raises(ConfigError, match="'solution' column"):
        f(prompts=["p"], completions=[GOOD], completion_ids=[[1]])


def test_trl_reward_returns_none_for_rows_that_cannot_be_scored():
    [f] = reward_funcs({"structural": 1.0}, **OPTS)
    assert f(prompts=["p", "p"], completions=[GOOD, GOOD], solution=[REFERENCE, None]) == [
        pytest.approx(1.0),
        None,
    ]


def test_verl_compute_score_per_row_and_per_batch():
    row = verl_adapter.compute_score(
        "codepercept/stem2code", CLOSE, REFERENCE, {"index": 3}, **OPTS
    )
    assert set(row) == {"score", "scored", "format", "exec", "structural", "visual"}
    assert 3.0 < row["score"] < 4.0 and row["scored"] == 1.0
    batch = verl_adapter.compute_score_batch(
        ["codepercept/stem2code"] * 3, [GOOD, BROKEN, CLOSE], [REFERENCE] * 3, None, **OPTS
    )
    assert [r["exec"] for r in batch] == [1.0, 0.0, 1.0]
    assert batch[2]["score"] == pytest.approx(row["score"])
    broken = verl_adapter.compute_score(
        "codepercept/stem2code", GOOD, "import nothing_here", weights={"visual": 1.0}, **OPTS
    )
    assert broken == {"score": 0.0, "scored": 0.0, "visual": 0.0}


def test_verl_batch_takes_numpy_columns_and_plain_scores():
    import numpy as np

    sources = np.array(["codepercept/stem2code"] * 2, dtype=object)
    infos = np.array([{"index": 0}, {"index": 1}], dtype=object)
    scores = verl_adapter.compute_score_batch(
        sources, [GOOD, NO_FENCE], [REFERENCE] * 2, infos, details=False, **OPTS
    )
    assert scores == [pytest.approx(4.0), pytest.approx(3.0)]


def test_verl_reads_the_reference_image_from_extra_info(reference_png, tmp_path):
    (tmp_path / "ref.png").write_bytes(reference_png)
    row = verl_adapter.compute_score(
        "codepercept/stem2code",
        GOOD,
        None,
        {"solution_image": str(tmp_path / "ref.png")},
        weights={"visual": 1.0},
        **OPTS,
    )
    assert row["score"] == pytest.approx(1.0)


def test_verl_loads_the_file_the_way_custom_reward_function_path_does():
    spec = importlib.util.spec_from_file_location("custom_module", verl_adapter.__file__)
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    score = module.compute_score(
        data_source="codepercept/stem2code",
        solution_str=GOOD,
        ground_truth=REFERENCE,
        extra_info=None,
        weights={"format": 1.0, "exec": 1.0},
        **OPTS,
    )
    assert score["score"] == 2.0
    with pytest.raises(ConfigError, match="data_source"):
        module.compute_score("openai/gsm8k", GOOD, REFERENCE)


def test_swift_plugin_registers_with_swift_or_says_it_is_missing(monkeypatch):
    monkeypatch.setenv("CODEPERCEPT_REWARD_OPTS", '{"timeout_s": 1.5, "workers": 2}')
    spec = importlib.util.spec_from_file_location("swift_plugin_file", plugin_path())
    module = importlib.util.module_from_spec(spec)
    if importlib.util.find_spec("swift") is None:
        with pytest.raises(SwiftMissing, match="pip install ms-swift"):
            spec.loader.exec_module(module)
    else:
        spec.loader.exec_module(module)
        from codepercept.rewards.swift_orms import swift_orm_base

        _, orms = swift_orm_base()
        assert {"codepercept", "codepercept_exec"} <= set(orms)
        assert orms["codepercept_exec"]()([GOOD, BROKEN], solution=[REFERENCE] * 2) == [1.0, 0.0]


def test_swift_orm_classes_in_swift_calling_convention(monkeypatch):
    class ShimOrm:  # the shape of swift's ORM base: __init__(args=None, **kwargs)
        def __init__(self, args=None, **kwargs):
            self.args = args

    monkeypatch.setenv("CODEPERCEPT_REWARD_OPTS", '{"timeout_s": 1.5, "workers": 2}')
    classes = orm_classes(ShimOrm)
    assert set(classes) == {
        "codepercept",
        "codepercept_exec",
        "codepercept_format",
        "codepercept_structural",
        "codepercept_visual",
    }
    orm = classes["codepercept"](args={"num_generations": 8})
    assert isinstance(orm, ShimOrm) and orm.args == {"num_generations": 8}
    totals = orm(GROUP, solution=[REFERENCE] * 8, messages=[[]] * 8)
    assert totals == pytest.approx(weighted_reward(**OPTS)(GROUP, [REFERENCE] * 8))
    with pytest.raises(ConfigError, match="'solution' column"):
        classes["codepercept_exec"]()([GOOD])
