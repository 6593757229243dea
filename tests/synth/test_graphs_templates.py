"""The graphs family: facts match the drawing, brute-force verifiers catch wrong answers,
captions state the figure's givens and pass the claim checker without stating answers."""

from __future__ import annotations

import re
from math import comb

import numpy as np
import pytest
from support.captions import grounded_caption, rendered
from support.verify import assert_catches_each_wrong_answer

from codepercept.grounding import check_facts
from codepercept.synth import REGISTRY
from codepercept.synth.families.graphs import verify as gv
from codepercept.synth.families.graphs import verify_counting as vc
from codepercept.synth.families.graphs import verify_trees as vt

GRAPHS = sorted(n for n in REGISTRY.names() if REGISTRY[n].family == "graphs")


def test_the_family_has_at_least_eight_templates():
    assert len(GRAPHS) >= 8


def _wrong(sample, qa) -> str:
    if qa.answer in ("Yes", "No"):
        return "No" if qa.answer == "Yes" else "Yes"
    if qa.answer.isdigit():
        return str(int(qa.answer) + 1)
    if " " in qa.answer:  # a traversal: swap its first two nodes
        first, second, *rest = qa.answer.split()
        return " ".join([second, first, *rest])
    return {"A": "B"}.get(qa.answer, "A")  # a node name


@pytest.mark.parametrize("name", GRAPHS)
def test_verifiers_catch_each_corrupted_answer(name):
    assert_catches_each_wrong_answer(REGISTRY[name], _wrong, seeds=range(8))


def test_weights_are_drawn_beside_every_edge_and_match_the_code():
    t = REGISTRY["weighted_shortest_path"]
    for seed in range(6):
        s = t.sample(seed)
        weights = gv.drawn_weights(s)
        assert set(weights) == {tuple(e) for e in s.facts["segments"]}
        for w in weights.values():
            assert re.search(rf'"{w}"|\'{w}\'', s.code), (seed, w)


def test_brute_force_helpers_on_known_cases():
    square = {("A", "B"): 1, ("B", "C"): 1, ("C", "D"): 1, ("A", "D"): 5, ("A", "C"): 3}
    assert gv.shortest_by_enumeration(square, "A", "D") == 3
    assert gv.mst_by_enumeration(["A", "B", "C", "D"], square) == 3
    assert vc.count_paths((3, 2), None, False) == comb(5, 2)
    assert vc.count_paths((2, 2), (1, 1), False) == 4
    assert vc.count_paths((2, 2), (1, 1), True) == 2
    assert [vc.count_tilings(2, n) for n in range(1, 7)] == [1, 2, 3, 5, 8, 13]
    assert [vc.count_tilings(3, n) for n in (2, 4, 6)] == [3, 11, 41]
    cycle5 = [("A", "B"), ("B", "C"), ("C", "D"), ("D", "E"), ("E", "A")]
    assert gv.colours_needed(list("ABCDE"), cycle5) == 3
    assert gv.colours_needed(list("ABCD"), cycle5[:3]) == 2


def test_tree_rebuilt_from_the_drawing_has_one_root_and_every_node():
    for name in ("rooted_tree", "binary_tree_traversal"):
        for seed in range(6):
            s = REGISTRY[name].sample(seed)
            parents = vt.drawn_parents(s)
            roots = [v for v in s.facts["points"] if v not in parents]
            assert roots == [s.facts["extra"]["root"]] if name == "binary_tree_traversal" else ["A"]
            assert len(parents) == len(s.facts["points"]) - 1


def test_venn_numbers_are_written_in_their_regions(renderer):
    t = REGISTRY["venn_diagram"]
    for seed in range(4):
        s = t.sample(seed)
        for region in s.facts["venn"]["regions"]:
            at = np.asarray(region["at"])
            inside = {
                n
                for n, c in s.facts["venn"]["sets"].items()
                if np.hypot(*(at - c["center"])) < c["radius"]
            }
            assert inside == set(region["in"]), (seed, region)
        r = renderer.render(s.code)
        assert check_facts(s.facts, r.trace).passed
        # moving a number to another region is caught by the "venn" fact kind
        moved = [dict(x) for x in s.facts["venn"]["regions"]]
        moved[0]["in"] = [] if moved[0]["in"] else list(s.facts["venn"]["sets"])[:1]
        bad = {**s.facts, "venn": {**s.facts["venn"], "regions": moved}}
        assert any("venn_region" in x for x in check_facts(bad, r.trace).reasons)


@pytest.mark.parametrize("name", GRAPHS)
def test_captions_state_the_givens_pass_the_claim_checker_and_hide_answers(renderer, name):
    for seed in range(3):
        s, trace = rendered(renderer, name, seed)
        cap = grounded_caption(s, trace)
        for qa in s.qa:
            if not qa.answer.isdigit() and len(qa.answer) > 1:  # traversals and the like
                assert qa.answer not in cap, (name, seed, qa.answer)
        for v in s.facts.get("points", {}):
            assert re.search(rf"\b{re.escape(v)}\b", cap), (name, seed, v)
        if s.facts.get("extra", {}).get("graph") == "weighted":
            for (a, b), w in gv.drawn_weights(s).items():
                assert f"{a}{b} = {w}" in cap, (name, seed, a, b, w)
        for set_name in s.facts.get("venn", {}).get("sets", {}):
            assert set_name in cap
