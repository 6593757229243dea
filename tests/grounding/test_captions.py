"""Captions state only what facts and trace support, vary with the seed, and repeat per seed."""

from __future__ import annotations

import re
import textwrap

import numpy as np
import pytest
from support.render import inprocess_renderer

from codepercept.grounding import caption_sample, qa_for_sample
from codepercept.synth.template import QA, REGISTRY, Sample
from codepercept.trace.schema import ElementKind, Role, Trace

RENDER = inprocess_renderer()

CAPS = re.compile(r"(?<![A-Za-z0-9])[A-Z][A-Z0-9']*(?![a-z0-9])")
NUMS = re.compile(r"-?\d+(?:\.\d+)?")

TEMPLATES = [
    "cuboid_space_diagonal",
    "polyhedron_labelled",
    "tangent_circles",
    "triangle_incircle",
    "parallelogram_angles_area",
    "cube_net_opposite",
    "three_view_projection",
    "space_curve_tangent",
]


def _numbers(obj) -> set[float]:
    """Numeric leaves of a facts structure plus the size of each list and dict in it."""
    out: set[float] = set()
    if isinstance(obj, bool):
        return out
    if isinstance(obj, int | float):
        out.add(float(obj))
    elif isinstance(obj, str):
        out |= {float(x) for x in NUMS.findall(obj)}
    elif isinstance(obj, dict):
        out.add(float(len(obj)))
        for k, v in obj.items():
            out |= _numbers(k) | _numbers(v)
    elif isinstance(obj, list | tuple):
        out.add(float(len(obj)))
        for v in obj:
            out |= _numbers(v)
    return out


def _trace_texts(trace: Trace) -> list[str]:
    texts = [e.text for e in trace.elements if e.kind is ElementKind.TEXT and e.text]
    for a in trace.axes:
        texts += [a.title, a.xlabel, a.ylabel, a.zlabel or "", *a.legend]
    return texts + [trace.suptitle]


def allowed_numbers(sample: Sample, trace: Trace) -> set[float]:
    nums = _numbers(sample.facts)
    for t in _trace_texts(trace):
        nums |= {float(x) for x in NUMS.findall(t)}
    for a in trace.axes:
        nums |= {float(v) for v in (a.elev, a.azim, a.roll) if v is not None}
    kinds: dict[str, int] = {}
    for e in trace.elements:
        if e.role is Role.CONTENT:
            kinds[e.kind.value] = kinds.get(e.kind.value, 0) + 1
    nums |= {float(n) for n in kinds.values()}
    return nums


def made_of(token: str, names: set[str]) -> bool:
    """True when token is a concatenation of point names (AB, AA', ABC)."""
    if not token:
        return True
    return any(token.startswith(n) and made_of(token[len(n) :], names) for n in names if n)


def assert_grounded(caption: str, sample: Sample, trace: Trace) -> None:
    facts = sample.facts
    names = set(facts.get("points", {}))
    allowed_caps = set()
    for src in [*map(str, facts.get("labels", [])), *_trace_texts(trace)]:
        allowed_caps |= set(CAPS.findall(src or ""))
    allowed_caps |= set(facts.get("lengths", {})) | set(facts.get("angles", {}))
    for tok in CAPS.findall(caption):
        assert tok in allowed_caps or made_of(tok, names), (tok, caption)
    nums = allowed_numbers(sample, trace)
    for x in NUMS.findall(caption):
        v = float(x)
        assert any(abs(v - n) <= 1e-3 * max(1.0, abs(n)) for n in nums), (x, caption)


@pytest.fixture(scope="module")
def rendered() -> dict[str, tuple[Sample, Trace]]:
    out = {}
    for name in TEMPLATES:
        s = REGISTRY[name].sample(11)
        r = RENDER.render(s.code)
        assert r.ok, (name, r.error)
        out[name] = (s, r.trace)
    return out


@pytest.mark.parametrize("name", TEMPLATES)
def test_caption_mentions_only_facts_and_trace(rendered, name):
    sample, trace = rendered[name]
    for seed in range(12):
        caption = caption_sample(sample, trace, np.random.default_rng(seed))
        assert caption.endswith(".") and len(caption) > 40
        assert_grounded(caption, sample, trace)


@pytest.mark.parametrize("name", TEMPLATES)
def test_caption_is_deterministic_per_seed_and_varies_across_seeds(rendered, name):
    sample, trace = rendered[name]
    captions = [caption_sample(sample, trace, np.random.default_rng(s)) for s in range(10)]
    again = [caption_sample(sample, trace, np.random.default_rng(s)) for s in range(10)]
    assert captions == again
    assert len(set(captions)) >= 4, captions


TRIANGLE = """
import matplotlib.pyplot as plt
fig, ax = plt.subplots(figsize=(5, 4))
P = {"A": (0, 0), "B": (4, 0), "C": (1, 3)}
for a, b in [("A", "B"), ("B", "C"), ("C", "A")]:
    ax.plot(*zip(P[a], P[b]), color="black")
ax.plot([1, 1], [3, 0], color="gray", linestyle="--")
for n, (x, y) in P.items():
    ax.text(x - 0.2, y - 0.2, n, fontsize=13)
ax.text(2.0, -0.4, "4", fontsize=12)
ax.set_xlim(-1, 5)
ax.set_ylim(-1, 4)
ax.axis("off")
plt.savefig("f.png")
"""


def test_undrawn_labels_and_unwritten_measures_are_not_stated():
    trace = RENDER.render(textwrap.dedent(TRIANGLE)).trace
    facts = {
        "labels": ["A", "B", "C", "4", "Q"],  # Q is claimed but never drawn
        "points": {"A": [0, 0], "B": [4, 0], "C": [1, 3], "D": [1, 0]},  # D has no label text
        "segments": [["A", "B"], ["B", "C"], ["C", "A"]],
        "dashed_segments": [["C", "D"]],
        "lengths": {"AB": 4.0, "CD": 3.0},  # 3 is the answer to a question: not written
        "answer": 3.0,
    }
    sample = Sample("t", "plane_geometry", {}, TRIANGLE, facts, (QA("CD?", "3", "int"),), 0)
    for seed in range(20):
        caption = caption_sample(sample, trace, np.random.default_rng(seed))
        tokens = CAPS.findall(caption)
        assert not {"Q", "D", "CD"} & set(tokens), caption
        assert "= 3" not in caption and " 3." not in caption, caption
        assert "AB = 4" in caption
        assert "dashed" in caption.lower()
        assert_grounded(caption, sample, trace)


def test_a_written_value_shared_by_an_unwritten_measure_is_not_stated():
    """AB = 4 is written once; CD (the asked answer) is also 4: which one the label names is
    not in the figure, so neither length is stated."""
    trace = RENDER.render(textwrap.dedent(TRIANGLE)).trace
    facts = {
        "labels": ["A", "B", "C", "4"],
        "points": {"A": [0, 0], "B": [4, 0], "C": [1, 3], "D": [1, 0]},
        "segments": [["A", "B"], ["B", "C"], ["C", "A"]],
        "lengths": {"AB": 4.0, "CD": 4.0},
    }
    sample = Sample("t", "plane_geometry", {}, TRIANGLE, facts, (QA("CD?", "4", "int"),), 0)
    for seed in range(12):
        caption = caption_sample(sample, trace, np.random.default_rng(seed))
        assert "CD" not in caption and "= 4" not in caption, caption
        assert_grounded(caption, sample, trace)


def test_qa_passes_through_template_answers(rendered):
    sample, _ = rendered["cuboid_space_diagonal"]
    qa = qa_for_sample(sample)
    assert qa == list(sample.qa) and qa and all(isinstance(q, QA) for q in qa)
    doubled = Sample("t", "f", {}, "", {}, (QA("q?", "1"), QA("q?", "1"), QA("r?", "2")), 0)
    assert [q.question for q in qa_for_sample(doubled)] == ["q?", "r?"]
