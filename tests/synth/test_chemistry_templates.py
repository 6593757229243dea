"""Chemistry templates: molecules counted from their drawn skeleton, titration curves that pass
through the computed pH values, energy diagrams and apparatus scales that agree with their
facts; verifiers that catch wrong answers; captions that state the diagram without answers."""

from __future__ import annotations

from collections import Counter

import numpy as np
import pytest
from support.diagrams import check_caption, wrong_answer
from support.verify import assert_catches_each_wrong_answer

from codepercept.grounding import check_facts
from codepercept.synth.families.chemistry.common import hill_formula
from codepercept.synth.families.chemistry.verify import (
    _charge_balance_ph,
    classify_vessel,
    count_atoms,
    functional_group,
    read_group,
)
from codepercept.synth.template import REGISTRY

CHEMISTRY = sorted(n for n, t in REGISTRY.items() if t.family == "chemistry")


def test_family_has_its_templates():
    assert len(CHEMISTRY) >= 8, CHEMISTRY
    assert {"skeletal_formula", "titration_curve", "reaction_profile"} <= set(CHEMISTRY)


@pytest.mark.parametrize("name", CHEMISTRY)
def test_verifier_catches_each_wrong_answer(name):
    assert_catches_each_wrong_answer(REGISTRY[name], wrong_answer)


@pytest.mark.parametrize("name", CHEMISTRY)
def test_caption_states_the_diagram_and_no_answer(renderer, name):
    for seed in (1, 4):
        s = REGISTRY[name].sample(seed)
        check_caption(s, renderer.render(s.code).trace)


def test_group_labels_read_as_formulas():
    assert read_group("NH₂") == Counter({"N": 1, "H": 2})
    assert read_group("HOOC") == Counter({"C": 1, "O": 2, "H": 1})
    assert hill_formula(Counter({"O": 1, "H": 6, "C": 2})) == "C2H6O"


def test_counting_the_drawn_skeleton_matches_the_generators_formula():
    for name in ("skeletal_formula", "aromatic_ring"):
        for seed in range(25):
            s = REGISTRY[name].sample(seed)
            counted = count_atoms(s.facts["extra"])
            assert all(v >= 0 for v in counted.values())
            if name == "skeletal_formula":
                assert hill_formula(counted) == s.params["formula"], seed
                assert functional_group(s.facts["extra"]) == s.params["group"], seed


def test_known_molecule_counts():
    # propan-2-ol drawn as a three-carbon zigzag with OH on the middle carbon: C3H8O
    extra = {
        "bonds": [
            [[0, 0], [0.866, 0.5], 1],
            [[0.866, 0.5], [1.732, 0], 1],
            [[0.866, 0.5], [0.866, 1.5], 1],
        ],
        "labels": [{"text": "OH", "at": [0.866, 1.5]}],
    }
    assert hill_formula(count_atoms(extra)) == "C3H8O"
    assert functional_group(extra) == "alcohol"


def test_charge_balance_gives_textbook_ph_values():
    # 0.1 M acetic acid: pH 2.87; at half-equivalence about pKa 4.74; strong acid at start: 1
    assert _charge_balance_ph(1.8e-5, 0.1, 25.0, 0.1, 0.0) == pytest.approx(2.87, abs=0.01)
    assert _charge_balance_ph(1.8e-5, 0.1, 25.0, 0.1, 12.5) == pytest.approx(4.74, abs=0.02)
    assert _charge_balance_ph(None, 0.1, 25.0, 0.1, 0.0) == pytest.approx(1.0, abs=1e-6)
    assert _charge_balance_ph(None, 0.1, 25.0, 0.1, 25.0) == pytest.approx(7.0, abs=1e-6)


def test_titration_curve_passes_through_the_marked_point(renderer):
    for seed in range(4):
        s = REGISTRY["titration_curve"].sample(seed)
        p = s.params
        ka = s.facts["extra"]["ka"]
        want = _charge_balance_ph(
            ka, p["acid_molarity"], p["acid_volume"], p["base_molarity"], p["marked_volume"]
        )
        trace = renderer.render(s.code).trace
        facts = {**s.facts, "curve_points": [[p["marked_volume"], round(want, 4)]]}
        assert check_facts(facts, trace).passed, seed
        wrong = {**s.facts, "curve_points": [[p["marked_volume"], round(want + 1.5, 4)]]}
        assert not check_facts(wrong, trace).passed


def test_orbital_arrows_follow_hunds_rule():
    for seed in range(20):
        s = REGISTRY["orbital_diagram"].sample(seed)
        ex = s.facts["extra"]
        per_box = Counter()
        ups = Counter()
        for a in s.facts["arrow_segments"]:
            x, y = a["start"]
            k = next(
                i
                for i, b in enumerate(ex["boxes"])
                if b["x"][0] < x < b["x"][1] and b["y"][0] < y < b["y"][1]
            )
            per_box[k] += 1
            ups[k] += a["end"][1] > a["start"][1]
        for sub in dict.fromkeys(b["subshell"] for b in ex["boxes"]):
            boxes = [i for i, b in enumerate(ex["boxes"]) if b["subshell"] == sub]
            filled = [per_box[i] for i in boxes]
            # singly occupied first: no box holds two while another of the subshell is empty
            assert not (2 in filled and 0 in filled), (seed, sub, filled)
            assert all(ups[i] >= 1 for i in boxes if per_box[i]), (seed, sub)


def test_apparatus_meniscus_sits_at_the_reading():
    for seed in range(10):
        s = REGISTRY["graduated_cylinder"].sample(seed)
        w = s.facts["extra"]["windows"][0]
        ys, vs = np.asarray(w["marks"], float).T
        assert np.interp(w["meniscus_bottom"], ys, vs) == pytest.approx(
            s.params["reading"], abs=1e-6
        )
        b = REGISTRY["burette_readings"].sample(seed)
        for win, value in zip(
            b.facts["extra"]["windows"], (b.params["initial"], b.params["final"]), strict=True
        ):
            ys, vs = np.asarray(win["marks"], float).T
            order = np.argsort(ys)
            assert np.interp(win["meniscus_bottom"], ys[order], vs[order]) == pytest.approx(
                value, abs=1e-6
            )


def test_glassware_is_recognised_from_its_drawn_outline_alone():
    for seed in range(60):
        s = REGISTRY["lab_glassware"].sample(seed)
        kinds = s.params["vessels"].split(", ")
        outlines = s.facts["extra"]["outlines"]
        assert [classify_vessel(pts) for pts in outlines.values()] == kinds, seed
