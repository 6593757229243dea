"""Optimal one-to-one matching of elements: Hungarian assignment, never permutations.

Inside one family every pair may match; the assignment minimises the summed pair cost
(scipy's ``linear_sum_assignment``, O(n^3) but fast for a few hundred elements). Above
``exact_limit`` elements on a side, a greedy matching on the k nearest neighbours (by anchor
position) is used instead: it still pairs every element with an identical twin first, so
identical inputs keep a perfect score.
"""

from __future__ import annotations

from collections.abc import Callable

import numpy as np
from scipy.optimize import linear_sum_assignment
from scipy.spatial import cKDTree

#: cost(ia, ib) -> costs of the pairs (ia[k], ib[k]); indices are into the family's members.
PairCost = Callable[[np.ndarray, np.ndarray], np.ndarray]


def assign(cost: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
    """Minimum-cost one-to-one assignment on a dense (n, m) matrix; min(n, m) pairs."""
    if cost.size == 0:
        return np.zeros(0, dtype=np.intp), np.zeros(0, dtype=np.intp)
    rows, cols = linear_sum_assignment(np.nan_to_num(cost, nan=1e6, posinf=1e6))
    return rows.astype(np.intp), cols.astype(np.intp)


def _greedy(ia: np.ndarray, ib: np.ndarray, c: np.ndarray, na: int, nb: int) -> list[tuple]:
    order = np.lexsort((ib, ia, c))  # cheapest first; ties broken by index (deterministic)
    free_a = np.ones(na, dtype=bool)
    free_b = np.ones(nb, dtype=bool)
    out = []
    for k in order.tolist():
        a, b = int(ia[k]), int(ib[k])
        if free_a[a] and free_b[b]:
            free_a[a] = free_b[b] = False
            out.append((a, b))
    return out


def match(
    pos_a: np.ndarray,
    pos_b: np.ndarray,
    pair_cost: PairCost,
    *,
    exact_limit: int = 300,
    neighbours: int = 8,
) -> tuple[np.ndarray, np.ndarray]:
    """Match elements of a (positions ``pos_a``) to b; returns index arrays of matched pairs.

    Exact (Hungarian on the full cost matrix) when both sides have at most ``exact_limit``
    elements; otherwise greedy over each element's ``neighbours`` nearest candidates, repeated
    with more neighbours for what is left, and a final exact pass once few remain.
    """
    na, nb = len(pos_a), len(pos_b)
    if na == 0 or nb == 0:
        return np.zeros(0, dtype=np.intp), np.zeros(0, dtype=np.intp)
    if max(na, nb) <= exact_limit:
        ia, ib = np.meshgrid(np.arange(na), np.arange(nb), indexing="ij")
        cost = pair_cost(ia.ravel(), ib.ravel()).reshape(na, nb)
        return assign(cost)
    rest_a, rest_b = np.arange(na), np.arange(nb)
    pairs: list[tuple[int, int]] = []
    k = neighbours
    while len(rest_a) and len(rest_b):
        if max(len(rest_a), len(rest_b)) <= exact_limit:
            ia, ib = np.meshgrid(rest_a, rest_b, indexing="ij")
            cost = pair_cost(ia.ravel(), ib.ravel()).reshape(len(rest_a), len(rest_b))
            r, c = assign(cost)
            pairs.extend(zip(rest_a[r].tolist(), rest_b[c].tolist(), strict=True))
            break
        kk = min(k, len(rest_b))
        _, nn = cKDTree(pos_b[rest_b]).query(pos_a[rest_a], k=kk)
        nn = np.asarray(nn).reshape(len(rest_a), kk)
        ia = np.repeat(rest_a, kk)
        ib = rest_b[nn.ravel()]
        found = _greedy(ia, ib, pair_cost(ia, ib), na, nb)
        pairs.extend(found)
        used_a = {a for a, _ in found}
        used_b = {b for _, b in found}
        rest_a = np.array([a for a in rest_a.tolist() if a not in used_a], dtype=np.intp)
        rest_b = np.array([b for b in rest_b.tolist() if b not in used_b], dtype=np.intp)
        k *= 4
    if not pairs:
        return np.zeros(0, dtype=np.intp), np.zeros(0, dtype=np.intp)
    arr = np.array(sorted(pairs), dtype=np.intp)
    return arr[:, 0], arr[:, 1]
