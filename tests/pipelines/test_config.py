"""The pipeline config file: the shipped example loads; mistakes name the file and the key."""

from __future__ import annotations

from pathlib import Path

import pytest

from codepercept.errors import ConfigError
from codepercept.pipelines import PIPELINES, load_config

EXAMPLE = Path(__file__).resolve().parents[2] / "examples" / "pipelines.toml"

BASE = """
[endpoints.local]
base_url = "http://127.0.0.1:8000/v1"
model = "m"
[steps.default]
endpoint = "local"
"""


def write(tmp_path, text: str) -> Path:
    path = tmp_path / "c.toml"
    path.write_text(BASE + text)
    return path


def test_example_config_loads_with_every_pipeline_table():
    config = load_config(EXAMPLE)
    assert config.run.repair_rounds == 2 and config.endpoints["vlm"].concurrency == 32
    assert config.step("describe").temperature == 0.2
    assert config.step("caption_draft") is config.steps["default"]  # falls back
    assert config.step("variants").params()["extra_body"] == {"top_p": 0.95}
    assert config.gates.max_code_lines == 600
    for name, pipeline in PIPELINES.items():
        options = config.options(name, pipeline.settings)
        for step in pipeline.all_steps(options):
            assert config.endpoint_name(step) in config.endpoints
    assert config.options("diversify", PIPELINES["diversify"].settings).variants == 10


@pytest.mark.parametrize(
    ("text", "message"),
    [
        (
            "[steps.describe]\nendpoint = 'local'\ntemprature = 0.2\n",
            "[steps.describe].temprature is not a setting",
        ),
        ("[run]\nrepair_rounds = -1\n", "RunSettings.repair_rounds must be >= 0"),
        ("[run]\nwindow = 'many'\n", "[run].window must be a number"),
        ("[steps.x]\nendpoint = 'nowhere'\n", "[steps.x].endpoint names 'nowhere'"),
        ("[diversify]\nmode = 'all'\n", "[diversify]"),
        ("[reproduce]\nmin_visual = 120\n", "ReproduceSettings.min_visual must be <= 100"),
        ("[bogus]\nx = 1\n", "[bogus] is not a known table"),
        ("[gates]\nmin_ink_fraction = 0.9\n", "min_ink_fraction must be below max_ink_fraction"),
        ("[endpoints.other]\nmodel = 'm'\n", "[endpoints.other]"),
    ],
)
def test_config_errors_point_at_the_key(tmp_path, text, message):
    with pytest.raises(ConfigError) as info:
        load_config(write(tmp_path, text))
    assert message in str(info.value)
    assert str(tmp_path / "c.toml") in str(info.value)


def test_a_step_without_an_endpoint_is_refused(tmp_path):
    path = tmp_path / "c.toml"
    path.write_text(
        '[endpoints.a]\nbase_url = "http://h/v1"\nmodel = "m"\n[steps.describe]\nendpoint = "a"\n'
    )
    config = load_config(path)
    with pytest.raises(ConfigError, match=r"no \[steps.reconstruct\] and no \[steps.default\]"):
        config.step("reconstruct")


def test_not_toml(tmp_path):
    path = tmp_path / "c.toml"
    path.write_text("[endpoints\n")
    with pytest.raises(ConfigError, match="not valid TOML"):
        load_config(path)
