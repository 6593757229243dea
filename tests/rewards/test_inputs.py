"""What trainers hand the rewards, made plain; settings from options and the environment;
and the docstring examples, run as written."""

from __future__ import annotations

import doctest
import importlib

import pytest

from codepercept.errors import ConfigError
from codepercept.rewards import RewardConfig, completion_text, config_from_env
from codepercept.rewards.inputs import column, image_bytes


def test_completion_text_reads_every_trainer_shape():
    assert completion_text("plain") == "plain"
    assert completion_text({"role": "assistant", "content": "one"}) == "one"
    convo = [{"role": "user", "content": "q"}, {"role": "assistant", "content": "a"}]
    assert completion_text(convo) == "a"
    parts = [{"role": "assistant", "content": [{"type": "text", "text": "x"}, {"type": "image"}]}]
    assert completion_text(parts) == "x"
    assert completion_text([]) == "" and completion_text(None) == ""
    with pytest.raises(ConfigError, match="string or a list of message dicts"):
        completion_text(42)


def test_columns_and_images(tmp_path):
    assert column({}, "solution", 2) == [None, None]
    assert column({"solution_image": "a.png"}, "solution_image", 2) == ["a.png", "a.png"]
    with pytest.raises(ConfigError, match="column 'solution' has 1 values for 2"):
        column({"solution": ["x"]}, "solution", 2)
    (tmp_path / "r.png").write_bytes(b"\x89PNG fake")
    assert image_bytes("r.png", tmp_path) == b"\x89PNG fake"
    assert image_bytes({"bytes": b"abc", "path": None}) == b"abc"  # a datasets Image value
    assert image_bytes("data:image/png;base64,YWJj") == b"abc"
    assert image_bytes("") is None and image_bytes(None) is None
    with pytest.raises(ConfigError, match="not valid base64"):
        image_bytes("data:image/png;base64,***")


def test_config_from_env(monkeypatch):
    monkeypatch.setenv("CODEPERCEPT_REWARD_OPTS", '{"timeout_s": 3, "workers": 4}')
    monkeypatch.setenv("CODEPERCEPT_REWARD_SERVER", "http://10.0.0.5:8700")
    cfg = config_from_env(cache_size=10)
    assert (cfg.timeout_s, cfg.workers, cfg.cache_size) == (3, 4, 10)
    assert cfg.server == "http://10.0.0.5:8700"
    monkeypatch.setenv("CODEPERCEPT_REWARD_OPTS", '{"timeout": 3}')
    with pytest.raises(ConfigError, match="unknown reward option"):
        config_from_env()
    monkeypatch.setenv("CODEPERCEPT_REWARD_OPTS", "[3]")
    with pytest.raises(ConfigError, match="JSON object"):
        config_from_env()
    with pytest.raises(ConfigError, match="http"):
        RewardConfig(server="10.0.0.5:8700")
    with pytest.raises(ConfigError, match="go together"):
        RewardConfig(judge_endpoint="http://x/v1")


@pytest.mark.parametrize(
    "module",
    ["functions", "inputs", "judged", "trl", "verl", "swift_orms", "client", "server"],
)
def test_docstring_examples_run(module):
    mod = importlib.import_module(f"codepercept.rewards.{module}")
    failed, _ = doctest.testmod(mod, optionflags=doctest.ELLIPSIS)
    assert failed == 0
