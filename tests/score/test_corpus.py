"""The issue's properties on the project's corpus, rendered by the real sandbox.

- every score and sub-score of a render against itself is 100 (+-0.01);
- graded perturbations (move 1/5/20 %, drop 1/3/all, recolour, relabel, swap z-order) lower
  the scores monotonically and the matching sub-score moves most;
- no score is NaN or outside 0..100 for any pair (cross pairs, failed renders, empty figures,
  thousands of elements).

A fixed, representative subset runs by default; ``slow`` tests sweep the whole corpus.
"""

from __future__ import annotations

import io
import math
from itertools import pairwise

import numpy as np
import pytest
from PIL import Image
from score_perturb import PERTURBATIONS, perturbed

from codepercept.score import SUB_NAMES, Score, score_pair

# Six snippets of different families (the slow sweep covers every fourth snippet).
PERTURB_SUBSET = [
    "chemistry_001",
    "coordinate_geometry_002",
    "graph_network_001",
    "physics_003",
    "plane_geometry_003",
    "statistics_009",  # 1,500-point scatter: approximate matching path
]
EXPECTED = {
    "move": "position",
    "drop": "count",
    "recolour": "color",
    "relabel": "text",
    "zorder": "zorder",
}


def _all_values(s: Score) -> list[float]:
    return [s.visual, s.overall, *([s.structural] if s.structural is not None else [])] + list(
        s.sub.values()
    )


def _assert_bounded(s: Score) -> None:
    for v in _all_values(s):
        assert isinstance(v, float) and not math.isnan(v) and 0.0 <= v <= 100.0, s


def _render_perturbations(pool, files):
    codes = {f.stem: f.read_text() for f in files}
    jobs = [(stem, name) for stem in codes for name in PERTURBATIONS]
    results = pool.render_many([perturbed(codes[s], n) for s, n in jobs])
    return dict(zip(jobs, results, strict=True))


def _same_png(a, b) -> bool:
    """The two renders differ in at most one pixel in 10,000 (an invisible artist dropped)."""
    if a.png == b.png:
        return True
    pa, pb = (np.asarray(Image.open(io.BytesIO(r.png)).convert("RGB")) for r in (a, b))
    return pa.shape == pb.shape and (pa != pb).any(axis=2).mean() < 1e-4


def _same_trace(a, b) -> bool:
    return a.trace.to_dict() == b.trace.to_dict()


def _check_file(stem: str, res: dict) -> list[str]:
    """The properties for one snippet; returns human-readable failures (empty when all hold)."""
    base = res[(stem, "base")]
    assert base.ok, (stem, base.reason)
    scores, counts = {}, {}
    for name in PERTURBATIONS:
        r = res[(stem, name)]
        if name == "base" or "NO_PERTURBATION" in r.stdout:
            continue
        assert r.ok, (stem, name, r.reason)
        if r.trace.to_dict() == base.trace.to_dict():
            continue  # the perturbation changed nothing this figure draws
        scores[name] = score_pair(base, r)
        counts[name] = len(r.trace.content())
        _assert_bounded(scores[name])
    failures = []
    for series in (["move_1", "move_5", "move_20"], ["drop_1", "drop_3", "drop_all"]):
        names = [n for n in series if n in scores]
        if "drop_1" in names and "drop_3" in names and counts["drop_1"] == counts["drop_3"]:
            names.remove("drop_3")  # fewer than 3 artists to drop: drop_3 is drop_1
        # A step that draws exactly what the previous one drew (dropping invisible artists,
        # drop_3 already removing everything) cannot score lower: compare distinct steps only.
        steps = [base] + [res[(stem, n)] for n in names]
        for key, same in (
            ("structural", _same_trace),
            ("visual", _same_png),
            ("overall", lambda a, b: _same_trace(a, b) and _same_png(a, b)),
        ):
            keep = [n for k, n in enumerate(names) if not same(steps[k], steps[k + 1])]
            vals = [100.0] + [getattr(scores[n], key) for n in keep]
            if not all(a > b for a, b in pairwise(vals)):
                failures.append(f"{stem}: {key} not decreasing over {keep}: {vals}")
    for name, s in scores.items():
        if name == "drop_all":
            if counts[name] > 0:
                continue  # 3-D content is not dropped by the perturbation: nothing to check
            if s.structural > 5.0:
                failures.append(f"{stem}: drop_all keeps structural {s.structural}")
            continue
        want = EXPECTED[name.split("_")[0]]
        drops = {k: 100.0 - s.sub[k] for k in SUB_NAMES}
        if drops[want] <= 0 or drops[want] < max(drops.values()) - 1e-9:
            failures.append(f"{stem}: {name} moved {drops} (expected {want} most)")
    return failures


@pytest.fixture(scope="module")
def perturbation_renders(pool, corpus_files):
    chosen = [f for f in corpus_files if f.stem in PERTURB_SUBSET]
    assert len(chosen) == len(PERTURB_SUBSET), "a snippet of PERTURB_SUBSET is missing"
    return _render_perturbations(pool, chosen)


@pytest.mark.parametrize("stem", PERTURB_SUBSET)
def test_graded_perturbations(stem, perturbation_renders):
    failures = _check_file(stem, perturbation_renders)
    assert not failures, "\n".join(failures)


def test_every_perturbation_kind_was_exercised(perturbation_renders):
    applied = {
        name
        for (stem, name), r in perturbation_renders.items()
        if name != "base" and r.ok and "NO_PERTURBATION" not in r.stdout
    }
    assert applied == set(PERTURBATIONS) - {"base"}


def _self_check(results, files):
    # A snippet the sandbox cannot render is the sandbox's business, not the score's; it
    # must stay rare.
    failed = [(f.name, r.reason) for f, r in zip(files, results, strict=True) if not r.ok]
    assert len(failed) <= max(1, len(files) // 20), failed
    for f, r in zip(files, results, strict=True):
        if not r.ok:
            continue
        s = score_pair(r, r)
        assert s.exec is True
        for v in _all_values(s):
            assert v == pytest.approx(100.0, abs=0.01), (f.name, s.to_dict())


def test_self_scores_100_on_a_corpus_subset(pool, corpus_files):
    files = corpus_files[::6][:40]
    _self_check(pool.render_many([f.read_text() for f in files]), files)


def test_cross_pairs_failed_and_empty_renders_stay_in_range(pool, corpus_files):
    files = corpus_files[::23]
    extra = {
        "empty": "import matplotlib.pyplot as plt\nfig, ax = plt.subplots()\n",
        "blank": "import matplotlib.pyplot as plt\nfig = plt.figure()\nfig.text(0.5, 0.5, ' ')\n",
        "many": (
            "import numpy as np, matplotlib.pyplot as plt\nrng = np.random.default_rng(0)\n"
            "fig, ax = plt.subplots()\nax.scatter(*rng.normal(size=(2, 3000)), s=4)\n"
            "ax.plot(rng.normal(size=(400, 6)))\n"
        ),
        "error": "import matplotlib.pyplot as plt\nplt.plot([1, 2])\nraise ValueError('bad')\n",
    }
    results = pool.render_many([f.read_text() for f in files] + list(extra.values()))
    named = dict(zip([f.stem for f in files] + list(extra), results, strict=True))
    assert not named["error"].ok
    assert len(named["many"].trace.content()) > 2000
    for a_name, a in named.items():
        if not a.ok:
            continue
        for b_name, b in named.items():
            s = score_pair(a, b)
            _assert_bounded(s)
            if not b.ok:
                assert s.exec is False and s.overall == 0.0, (a_name, b_name)
                assert all(v == 0.0 for v in s.sub.values())


@pytest.mark.slow
def test_self_scores_100_on_the_whole_corpus(pool, corpus_files):
    _self_check(pool.render_many([f.read_text() for f in corpus_files]), corpus_files)


@pytest.mark.slow
def test_graded_perturbations_hold_on_most_of_the_corpus(pool, corpus_files):
    """Every fourth snippet: the properties hold for at least 85 % of those they apply to.

    Known exceptions are inherent to the pictures, not to the scores: a periodic lattice
    moved by about one period looks like itself again, and matching identical repeated
    elements after a large move can pair neighbours (see docs/scores.md).
    """
    files = corpus_files[::4]
    res = _render_perturbations(pool, files)
    failing = {}
    for f in files:
        failures = _check_file(f.stem, res)
        if failures:
            failing[f.stem] = failures
    rate = 1.0 - len(failing) / len(files)
    print(f"\nperturbation properties hold on {rate:.0%} of {len(files)} snippets")
    for stem, fs in failing.items():
        print(stem, *fs, sep="\n  ")
    assert rate >= 0.85
