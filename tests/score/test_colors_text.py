"""Colour difference (CIEDE2000) and edit distance, checked against published values and a DP."""

from __future__ import annotations

import random

import numpy as np
import pytest

from codepercept.score import ciede2000, levenshtein, srgb_to_lab, text_similarity
from codepercept.score.colors import delta_e_rgba
from codepercept.score.text import normalize_text

# Sharma, Wu and Dalal (2005), "The CIEDE2000 color-difference formula", test data.
SHARMA = [
    ((50.0, 2.6772, -79.7751), (50.0, 0.0, -82.7485), 2.0425),
    ((50.0, 3.1571, -77.2803), (50.0, 0.0, -82.7485), 2.8615),
    ((50.0, 2.8361, -74.0200), (50.0, 0.0, -82.7485), 3.4412),
    ((50.0, -1.3802, -84.2814), (50.0, 0.0, -82.7485), 1.0000),
    ((50.0, 0.0, 0.0), (50.0, -1.0, 2.0), 2.3669),
    ((50.0, 2.49, -0.001), (50.0, -2.49, 0.0009), 7.1792),
    ((50.0, 2.5, 0.0), (73.0, 25.0, -18.0), 27.1492),
    ((50.0, 2.5, 0.0), (61.0, -5.0, 29.0), 22.8977),
    ((50.0, 2.5, 0.0), (56.0, -27.0, -3.0), 31.9030),
    ((50.0, 2.5, 0.0), (58.0, 24.0, 15.0), 19.4535),
]


def test_ciede2000_matches_sharma_test_data():
    a = np.array([p[0] for p in SHARMA])
    b = np.array([p[1] for p in SHARMA])
    expected = np.array([p[2] for p in SHARMA])
    np.testing.assert_allclose(ciede2000(a, b), expected, atol=1e-4)
    np.testing.assert_allclose(ciede2000(b, a), expected, atol=1e-4)  # symmetric


def test_srgb_to_lab_reference_points():
    lab = srgb_to_lab(np.array([[1.0, 1.0, 1.0], [0.0, 0.0, 0.0], [1.0, 0.0, 0.0]]))
    np.testing.assert_allclose(lab[0], [100.0, 0.0, 0.0], atol=1e-3)
    np.testing.assert_allclose(lab[1], [0.0, 0.0, 0.0], atol=1e-6)
    np.testing.assert_allclose(lab[2], [53.24, 80.09, 67.20], atol=0.02)


def test_delta_e_of_rgba_composites_over_white():
    transparent_black = (0.0, 0.0, 0.0, 0.0)
    white = (1.0, 1.0, 1.0, 1.0)
    assert float(delta_e_rgba(np.array(transparent_black), np.array(white))) < 1e-3
    assert float(delta_e_rgba(np.array((1.0, 0, 0, 1)), np.array((0, 0, 1.0, 1)))) > 40


def _dp(a: str, b: str) -> int:
    prev = list(range(len(b) + 1))
    for i, ca in enumerate(a, 1):
        cur = [i]
        for j, cb in enumerate(b, 1):
            cur.append(min(prev[j] + 1, cur[j - 1] + 1, prev[j - 1] + (ca != cb)))
        prev = cur
    return prev[-1]


def test_levenshtein_known_values():
    assert levenshtein("kitten", "sitting") == 3
    assert levenshtein("", "abc") == 3
    assert levenshtein("abc", "") == 3
    assert levenshtein("flaw", "lawn") == 2
    assert levenshtein("∠ABC = 60°", "∠ABD = 60°") == 1


def test_levenshtein_agrees_with_dynamic_programming():
    rng = random.Random(0)
    for _ in range(3000):
        a = "".join(rng.choice("abcxyz") for _ in range(rng.randint(0, 15)))
        b = "".join(rng.choice("abcxyz") for _ in range(rng.randint(0, 90)))
        assert levenshtein(a, b) == _dp(a, b), (a, b)


def test_text_similarity_bounds_and_normalisation():
    assert text_similarity("", "") == 1.0
    assert text_similarity("abc", "abc") == 1.0
    assert text_similarity("abc", "xyz") == 0.0
    assert text_similarity("Triangle ABC", "Triangle ABD") == pytest.approx(1 - 1 / 12)
    assert normalize_text("  a \n b  ") == "a b"
    assert normalize_text(" a b ", drop_spaces=True) == "ab"
