"""Physics templates: the drawn circuit, forces, rays, field lines and graphs agree with the
facts (checked against the trace, and corrupted facts are caught), the verifiers recompute
every answer another way and catch wrong ones, and captions state the set-up without answers."""

from __future__ import annotations

import dataclasses
import math

import numpy as np
import pytest
from support.diagrams import check_caption, wrong_answer
from support.verify import assert_catches_each_wrong_answer

from codepercept.grounding import check_facts
from codepercept.synth.families.physics.verify import netlist, solve_nodes
from codepercept.synth.template import REGISTRY

PHYSICS = sorted(n for n, t in REGISTRY.items() if t.family == "physics")


def test_family_has_its_templates():
    assert len(PHYSICS) >= 8, PHYSICS
    assert {"resistor_network", "thin_lens", "incline_block", "field_lines"} <= set(PHYSICS)


@pytest.mark.parametrize("name", PHYSICS)
def test_verifier_catches_each_wrong_answer(name):
    assert_catches_each_wrong_answer(REGISTRY[name], wrong_answer)


@pytest.mark.parametrize("name", PHYSICS)
def test_caption_states_the_setup_and_no_answer(renderer, name):
    for seed in (1, 4):
        s = REGISTRY[name].sample(seed)
        check_caption(s, renderer.render(s.code).trace)


def test_netlist_joins_every_terminal_into_one_connected_circuit():
    for name in ("resistor_network", "capacitor_network"):
        for seed in range(10):
            s = REGISTRY[name].sample(seed)
            parts, n = netlist(s.facts["extra"])
            # every node is reached from the cell's positive terminal through the parts
            adj = {i: set() for i in range(n)}
            for kind, _, a, b, _ in parts:
                if kind != "voltmeter":
                    adj[a].add(b)
                    adj[b].add(a)
            seen, todo = set(), [next(p[2] for p in parts if p[0] == "cell")]
            while todo:
                k = todo.pop()
                if k not in seen:
                    seen.add(k)
                    todo += list(adj[k])
            assert seen == set(range(n)), (name, seed)
            V = solve_nodes(parts, n)
            assert np.all(V >= -1e-9) and np.all(V <= s.facts["extra"]["emf"] + 1e-9)


def test_nodal_analysis_agrees_with_series_parallel_reduction_on_a_known_network():
    # R1 = 4 in series with (R2 = 6 || R3 = 3), cell 12 V: Req = 6, I = 2 A, V(R1) = 8 V
    extra = {
        "components": [
            {"kind": "cell", "name": "E", "a": [0, 1], "b": [0, 0], "value": 12},
            {"kind": "resistor", "name": "R1", "a": [0, 2], "b": [2, 2], "value": 4},
            {"kind": "resistor", "name": "R2", "a": [2, 2], "b": [4, 2], "value": 6},
            {"kind": "resistor", "name": "R3", "a": [2, 1], "b": [4, 1], "value": 3},
        ],
        "wires": [[[0, 1], [0, 2]], [[2, 2], [2, 1]], [[4, 2], [4, 0], [0, 0]], [[4, 1], [4, 2]]],
    }
    parts, n = netlist(extra)
    V = solve_nodes(parts, n)
    by = {p[1]: p for p in parts}
    current = (V[by["R1"][2]] - V[by["R1"][3]]) / 4
    assert current == pytest.approx(2.0) and 12 / current == pytest.approx(6.0)


def test_incline_forces_are_drawn_as_physics_says():
    for seed in range(12):
        s = REGISTRY["incline_block"].sample(seed)
        ex, arrows = s.facts["extra"], s.facts["arrow_segments"]
        vec = {
            k: np.subtract(arrows[i]["end"], arrows[i]["start"]) for k, i in ex["forces"].items()
        }
        top, bottom = (np.asarray(p) for p in ex["slope"])
        slope = (top - bottom) / np.linalg.norm(top - bottom)
        assert vec["weight"][0] == pytest.approx(0, abs=1e-9) and vec["weight"][1] < 0
        assert abs(vec["normal"] @ slope) < 0.02 * np.linalg.norm(vec["normal"])
        angle = math.degrees(math.atan2(abs(slope[1]), abs(slope[0])))
        assert angle == pytest.approx(ex["angle"], abs=0.5)
        if "friction" in vec:  # friction points up the slope, against the sliding
            assert vec["friction"] @ slope > 0


def test_optics_rays_meet_where_the_lens_equation_puts_the_image():
    for name in ("thin_lens", "spherical_mirror"):
        for seed in range(10):
            s = REGISTRY[name].sample(seed)
            ex = s.facts["extra"]
            f, do = ex["focal_length_cm"], ex["object_distance_cm"]
            f = f if ("converging" in ex["device"] or "concave" in ex["device"]) else -f
            di = f * do / (do - f)
            (p1, q1), (p2, q2) = (np.asarray(r[-2:], float) for r in ex["rays"][:2])
            t = np.linalg.solve(np.column_stack([q1 - p1, p2 - q2]), p2 - p1)
            x = (p1 + t[0] * (q1 - p1))[0] * ex["cm_per_unit"][0]
            assert abs(x) == pytest.approx(abs(di), rel=0.02, abs=0.1), (name, seed)


def test_corrupted_diagram_facts_are_caught_by_the_trace_checks(renderer):
    s = REGISTRY["incline_block"].sample(2)
    trace = renderer.render(s.code).trace
    assert check_facts(s.facts, trace).passed
    arrows = [dict(a) for a in s.facts["arrow_segments"]]
    arrows[0] = {**arrows[0], "end": [arrows[0]["end"][0] + 1.0, arrows[0]["end"][1]]}
    texts = [dict(t) for t in s.facts["anchored_texts"]]
    texts[0] = {**texts[0], "at": [texts[0]["at"][0] + 3.0, texts[0]["at"][1] + 3.0]}
    lines = [list(p) for p in s.facts["polylines"]]
    lines[0] = [[x + 0.7, y] for x, y in lines[0]]
    for key, bad, code in (
        ("arrow_segments", arrows, "missing_arrow"),
        ("anchored_texts", texts, "label_far"),
        ("polylines", lines, "missing_segment"),
    ):
        found = check_facts({**s.facts, key: bad}, trace)
        assert any(r.startswith(code) for r in found.reasons), (key, found.reasons)
    f = REGISTRY["field_lines"].sample(3)
    ftrace = renderer.render(f.code).trace
    assert check_facts(f.facts, ftrace).passed
    off = [[x, y + 0.8] for x, y in f.facts["curve_points"]]
    assert any(
        r.startswith("off_curve")
        for r in check_facts({**f.facts, "curve_points": off}, ftrace).reasons
    )


def test_motion_graph_plots_the_declared_data():
    for seed in range(10):
        s = REGISTRY["motion_graph"].sample(seed)
        ex = s.facts["extra"]
        assert s.facts["polylines"][0] == [
            [float(t), float(v)] for t, v in zip(ex["times"], ex["values"], strict=True)
        ]
        assert dataclasses.asdict(s.qa[0])["answer"]
