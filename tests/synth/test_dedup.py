"""Dedup: normalised code hash, perceptual hash on real renders, band index, persistence."""

from __future__ import annotations

import textwrap

import numpy as np
import pytest
from support.render import inprocess_renderer

from codepercept.synth.gates import (
    Deduper,
    code_hash,
    dedup_keys,
    hamming,
    normalise_code,
    phash,
)

RENDER = inprocess_renderer()

BASE = '''
"""A right triangle."""
import matplotlib.pyplot as plt

# the three vertices
P = {"A": (0, 0), "B": (4, 0), "C": (0, 3)}
fig, ax = plt.subplots(figsize=(6, 5))
for a, b in [("A", "B"), ("B", "C"), ("C", "A")]:
    ax.plot(*zip(P[a], P[b]), color="black", linewidth=2)
for n, (x, y) in P.items():
    ax.text(x - 0.25, y - 0.25, n, fontsize=14)
ax.set_xlim(-1, 5)
ax.set_ylim(-1, 4)
ax.axis("off")
plt.savefig("f.png")
'''

# Same program: no docstring or comments, other quotes, other spacing.
RESTYLED = """
import matplotlib.pyplot as plt
P = {'A': (0, 0), 'B': (4, 0), 'C': (0, 3)}
fig, ax = plt.subplots(figsize=(6,5))


for a, b in [('A','B'), ('B','C'), ('C','A')]:
    ax.plot(*zip(P[a], P[b]), color='black', linewidth=2)   # edges
for n, (x, y) in P.items():
    ax.text(x - 0.25, y - 0.25, n, fontsize=14)
ax.set_xlim(-1, 5)
ax.set_ylim(-1, 4)
ax.axis('off')
plt.savefig('f.png')
"""

CIRCLE = """
import matplotlib.pyplot as plt
from matplotlib.patches import Circle
fig, ax = plt.subplots(figsize=(5, 5))
ax.add_patch(Circle((0, 0), 2, fill=False, color="tab:blue", linewidth=2))
ax.plot([-2, 2], [0, 0], "k--")
ax.text(0.1, 0.1, "O", fontsize=14)
ax.set_xlim(-3, 3)
ax.set_ylim(-3, 3)
ax.set_aspect("equal")
ax.axis("off")
plt.savefig("f.png")
"""


def png(code: str) -> bytes:
    r = RENDER.render(textwrap.dedent(code))
    assert r.ok, r.error
    return r.png


def test_code_hash_ignores_comments_docstrings_quotes_and_spacing():
    assert normalise_code(BASE) == normalise_code(RESTYLED)
    assert code_hash(BASE) == code_hash(RESTYLED)
    changed = RESTYLED.replace("linewidth=2", "linewidth=3")
    assert code_hash(changed) != code_hash(BASE)
    broken = "x = (1,\n# comment\n"
    assert code_hash(broken) == code_hash("x = (1,   \n")  # unparsable code still hashes


def test_phash_is_stable_and_scale_invariant_but_separates_different_figures():
    a = png(BASE)
    assert phash(a) == phash(png(BASE))
    bigger = png(BASE.replace("figsize=(6, 5)", "figsize=(6.6, 5.5)"))  # same drawing, 10% larger
    assert hamming(phash(a), phash(bigger)) <= 2
    other = png(CIRCLE)
    assert hamming(phash(a), phash(other)) > 12
    assert hamming(phash(a, 256), phash(other, 256)) > 48
    assert 0 <= phash(a, 256) < 1 << 256


def test_deduper_flags_exact_code_and_near_images():
    a, b = png(BASE), png(BASE.replace("figsize=(6, 5)", "figsize=(6.6, 5.5)"))
    d = Deduper(threshold=4)
    assert d.check_and_add(dedup_keys(BASE, a)) is None
    hit = d.check_and_add(dedup_keys(RESTYLED, a))
    assert hit is not None and str(hit) == "code"
    moved = BASE.replace("figsize=(6, 5)", "figsize=(6.6, 5.5)")
    hit = d.check_and_add(dedup_keys(moved, b))
    assert hit is not None and hit.key == "image" and str(hit).startswith("image~")
    assert d.check_and_add(dedup_keys(CIRCLE, png(CIRCLE))) is None
    assert len(d) == 2 and d.n_images == 2


def test_band_index_finds_exactly_what_brute_force_finds():
    rng = np.random.default_rng(0)
    stored = [int(x) for x in rng.integers(0, 2**63, size=400, dtype=np.int64)]
    queries = [h ^ (1 << int(rng.integers(64))) ^ (1 << int(rng.integers(64))) for h in stored[:50]]
    queries += [int(x) for x in rng.integers(0, 2**63, size=50, dtype=np.int64)]
    for threshold in (0, 2, 4, 7):
        d = Deduper(threshold)
        for h in stored:
            d.add({"image": f"{h:016x}"})
        for q in queries:
            best = min(hamming(q, h) for h in stored)
            got = d.near(q)
            if best <= threshold:
                assert got is not None and got[1] == best
            else:
                assert got is None


def test_state_round_trip_keeps_deduping_after_a_resume(tmp_path):
    keys = [dedup_keys(BASE, png(BASE)), dedup_keys(CIRCLE, png(CIRCLE))]
    d = Deduper(threshold=3)
    for k in keys:
        d.add(k)
    path = tmp_path / "dedup.json"
    d.save(path)
    resumed = Deduper.load(path)
    assert resumed.threshold == 3 and resumed.to_state() == d.to_state()
    assert str(resumed.check(keys[0])) == "code"
    assert resumed.check({"code": "fresh", "image": keys[1]["image"]}).key == "image"
    rebuilt = Deduper.from_keys(keys, threshold=3)
    assert rebuilt.to_state() == d.to_state()
    assert not list(tmp_path.glob("*.tmp"))


def test_hash_size_mismatch_and_bad_settings_are_named():
    d = Deduper(threshold=4, bits=256)
    with pytest.raises(ValueError, match="bits=deduper.bits"):
        d.add({"image": "00ff00ff00ff00ff"})
    with pytest.raises(ValueError, match="threshold"):
        Deduper(threshold=40)
    with pytest.raises(ValueError, match="square"):
        Deduper(bits=60)
    with pytest.raises(ValueError, match="version"):
        Deduper.from_state({"version": 9})
