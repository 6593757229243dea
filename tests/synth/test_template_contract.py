"""The registry contract: every registered template, present and future, passes these checks.

A template samples deterministically, stamps its name/family/seed, keeps its parameters inside
the space it declares, writes plain-JSON params and facts, renders, passes every quality gate
(Q_C code, Q_I image, Q_IC facts against the execution trace), and registers a QA verifier that
agrees with every answer it states. Family test files check what is special to a family.
"""

from __future__ import annotations

import json

import pytest

from codepercept.synth import REGISTRY, family_names, select_templates
from codepercept.synth.gates import run_gates

NAMES = REGISTRY.names()
SEEDS = (0, 1, 2)


def _in_declared_space(spec, value) -> bool:
    if spec.kind in ("int", "float"):
        return isinstance(value, int | float) and spec.low <= value <= spec.high
    if spec.kind == "bool":
        return isinstance(value, bool)
    if spec.kind == "choice":
        return value in spec.choices
    return True  # str: free-form (style records and the like)


def _plain(value) -> bool:
    """JSON-native leaves only (no numpy scalars), so stores and exports see plain types."""
    if isinstance(value, dict):
        return all(isinstance(k, str) and _plain(v) for k, v in value.items())
    if isinstance(value, list | tuple):
        return all(_plain(v) for v in value)
    return type(value) in (int, float, str, bool, type(None))


def test_registry_is_populated_and_described():
    assert len(NAMES) >= 40 and len(family_names()) >= 2
    for name in NAMES:
        t = REGISTRY[name]
        assert t.name == name and t.family in family_names()
        assert t.description and t.parameters, f"{name} declares no description or parameters"
        assert len({p.name for p in t.parameters}) == len(t.parameters), name


@pytest.mark.parametrize("name", NAMES)
def test_sampling_is_deterministic_stamped_and_plain(name):
    t = REGISTRY[name]
    a, b = t.sample(11), t.sample(11)
    assert a == b
    assert (a.template, a.family, a.seed) == (name, t.family, 11)
    assert t.sample(12).code != a.code, f"{name}: seeds 11 and 12 give the same code"
    for seed in range(12):
        s = t.sample(seed)
        assert _plain(s.params) and _plain(s.facts), (name, seed)
        json.dumps({"params": s.params, "facts": s.facts}, allow_nan=False)


@pytest.mark.parametrize("name", NAMES)
def test_parameters_stay_inside_the_declared_space(name):
    t = REGISTRY[name]
    specs = {p.name: p for p in t.parameters}
    seen: set[str] = set()
    for seed in range(60):
        params = t.sample(seed).params
        assert set(params) <= set(specs), (name, "undeclared", sorted(set(params) - set(specs)))
        bad = {k: v for k, v in params.items() if not _in_declared_space(specs[k], v)}
        assert not bad, (name, seed, bad)
        seen |= set(params)
    # a mode-dependent parameter may be absent from one sample, never from all of them
    assert seen == set(specs), (name, "never set", sorted(set(specs) - seen))


@pytest.mark.parametrize("name", NAMES)
def test_every_answer_checks_out_with_the_registered_verifier(name):
    t = REGISTRY[name]
    assert t.verify is not None, f"{name} registers no QA verifier"
    for seed in range(12):
        s = t.sample(seed)
        assert s.qa and all(q.question and q.answer for q in s.qa), (name, seed)
        assert not t.check_answers(s), (name, seed, t.check_answers(s))


@pytest.mark.parametrize("name", NAMES)
def test_renders_and_passes_every_gate(renderer, name):
    t = REGISTRY[name]
    for seed in SEEDS:
        s = t.sample(seed)
        r = renderer.render(s.code)
        assert r.ok, (name, seed, r.status, r.reason)
        report = run_gates(s, r)
        assert report.passed, (name, seed, report.reasons)


def test_selection_by_family_prefix_name_and_all():
    fam = REGISTRY[NAMES[0]].family
    assert {t.family for t in select_templates([fam])} == {fam}
    assert [t.name for t in select_templates([NAMES[1], NAMES[0]])] == [NAMES[1], NAMES[0]]
    assert len(select_templates(["all"])) == len(NAMES)
    assert {t.family for t in select_templates([], family=fam[:5])} == {fam}
