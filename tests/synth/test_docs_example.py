"""The template example in docs/data_engine.md runs as written and passes the contract."""

from __future__ import annotations

import os
import re
from dataclasses import replace
from pathlib import Path

import pytest
from support.render import inprocess_renderer

from codepercept.synth import REGISTRY
from codepercept.synth.gates import run_gates

DOC = Path(__file__).resolve().parents[2] / "docs" / "data_engine.md"


@pytest.fixture
def example_template():
    text = DOC.read_text(encoding="utf-8").split("## Writing a template", 1)[1]
    code = re.search(r"```python\n(.*?)```", text, re.DOTALL).group(1)
    exec(compile(code, str(DOC), "exec"), {"__name__": "docs_example"})  # our own docs
    yield REGISTRY["right_triangle_area"]
    REGISTRY.remove("right_triangle_area")


def test_documented_template_samples_renders_gates_and_verifies(example_template, tmp_path):
    t = example_template
    assert (t.family, t.verify is not None) == ("example", True)
    old = os.getcwd()
    os.chdir(tmp_path)
    try:
        renderer = inprocess_renderer()
        for seed in range(5):
            s = t.sample(seed)
            assert (s.template, s.seed) == ("right_triangle_area", seed)
            assert not t.check_answers(s), t.check_answers(s)
            r = renderer.render(s.code)
            assert r.ok, r.reason
            assert run_gates(s, r).passed, run_gates(s, r).reasons
    finally:
        os.chdir(old)
    s = t.sample(0)
    bad = replace(s, qa=(replace(s.qa[0], answer=str(float(s.qa[0].answer) + 3)),))
    assert t.check_answers(bad), "the verifier let a wrong area through"
