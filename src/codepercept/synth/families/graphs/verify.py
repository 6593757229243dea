"""Independent checks of the graph templates' answers: each rebuilds the graph from what was
drawn (segments between labelled nodes, weight texts anchored at edge midpoints, arrows) and
recomputes by brute force (every simple path, every spanning edge subset, every trail)."""

from __future__ import annotations

import itertools
import re
from collections.abc import Iterable

import numpy as np

from codepercept.synth.kit import Problems
from codepercept.synth.template import Sample


def drawn_edges(sample: Sample) -> list[tuple[str, str]]:
    return [(a, b) for a, b in sample.facts["segments"]]


def drawn_weights(sample: Sample) -> dict[tuple[str, str], int]:
    """Each segment's weight: the number text anchored at its midpoint."""
    pts = {k: np.asarray(v, float) for k, v in sample.facts["points"].items()}
    texts = [(t["text"], np.asarray(t["at"], float)) for t in sample.facts["anchored_texts"]]
    out = {}
    for a, b in drawn_edges(sample):
        mid = (pts[a] + pts[b]) / 2
        (text,) = [t for t, at in texts if np.allclose(at, mid, atol=0.01)]
        out[(a, b)] = int(text)
    return out


def drawn_arcs(sample: Sample) -> list[tuple[str, str]]:
    """Arrows as (tail node, head node): the nodes nearest to each arrow's ends."""
    pts = {k: np.asarray(v, float) for k, v in sample.facts["points"].items()}

    def nearest(p: Iterable[float]) -> str:
        q = np.asarray(p, float)
        return min(pts, key=lambda k: float(np.hypot(*(pts[k] - q))))

    return [(nearest(a["start"]), nearest(a["end"])) for a in sample.facts["arrow_segments"]]


def _simple_paths(adj: dict[str, list[str]], src: str, dst: str):
    stack = [(src, [src])]
    while stack:
        u, path = stack.pop()
        if u == dst:
            yield path
            continue
        for v in adj.get(u, []):
            if v not in path:
                stack.append((v, [*path, v]))


def shortest_by_enumeration(weights: dict[tuple[str, str], int], src: str, dst: str) -> int:
    adj: dict[str, list[str]] = {}
    w = {}
    for (a, b), x in weights.items():
        adj.setdefault(a, []).append(b)
        adj.setdefault(b, []).append(a)
        w[(a, b)] = w[(b, a)] = x
    return min(
        sum(w[(p, q)] for p, q in itertools.pairwise(path)) for path in _simple_paths(adj, src, dst)
    )


def _connected(nodes: list[str], edges: Iterable[tuple[str, str]]) -> bool:
    seen, todo = {nodes[0]}, [nodes[0]]
    edges = list(edges)
    while todo:
        u = todo.pop()
        for a, b in edges:
            for x, y in ((a, b), (b, a)):
                if x == u and y not in seen:
                    seen.add(y)
                    todo.append(y)
    return len(seen) == len(nodes)


def mst_by_enumeration(nodes: list[str], weights: dict[tuple[str, str], int]) -> int:
    """The lightest of all (n-1)-edge subsets that connect every node."""
    return min(
        sum(weights[e] for e in subset)
        for subset in itertools.combinations(weights, len(nodes) - 1)
        if _connected(nodes, subset)
    )


def _has_trail(nodes: list[str], edges: list[tuple[str, str]]) -> bool:
    """Whether some walk uses every edge exactly once (depth-first search over trails)."""

    def walk(u: str, left: list[tuple[str, str]]) -> bool:
        if not left:
            return True
        for i, (a, b) in enumerate(left):
            if u in (a, b):
                if walk(b if a == u else a, left[:i] + left[i + 1 :]):
                    return True
        return False

    return any(walk(v, edges) for v in nodes)


def _vertex(question: str) -> str:
    return re.findall(r"\b([A-Z])\b", question.replace("Yes", "").replace("No", ""))[-1]


def verify_weighted_graph(sample: Sample) -> list[str]:
    with Problems(rel=0.0, abs_tol=0.0) as p:
        weights = drawn_weights(sample)
        nodes = list(sample.facts["points"])
        for qa in sample.qa:
            q = qa.question
            if "spanning tree" in q and "How many edges" in q:
                p.close(qa, len(nodes) - 1)
            elif "spanning tree" in q:
                p.close(qa, mst_by_enumeration(nodes, weights))
            elif "sum of all edge weights" in q:
                p.close(qa, sum(weights.values()))
            elif "How many edges" in q:
                p.close(qa, len(weights))
            elif "largest edge weight" in q:
                p.close(qa, max(weights.values()))
            else:
                src, dst = re.findall(r"\b([A-Z])\b", q)[-2:]
                p.close(qa, shortest_by_enumeration(weights, src, dst))
    return p.found


def verify_degrees(sample: Sample) -> list[str]:
    with Problems(rel=0.0, abs_tol=0.0) as p:
        edges = drawn_edges(sample)
        nodes = list(sample.facts["points"])
        for qa in sample.qa:
            q = qa.question
            if "odd degree" in q:
                odd = [v for v in nodes if len([e for e in edges if v in e]) % 2]
                p.close(qa, len(odd))
            elif "How many edges does" in q:
                p.close(qa, len(edges))
            elif "Yes or No" in q:
                p.equal(qa, "Yes" if _has_trail(nodes, edges) else "No")
            else:
                v = _vertex(q)
                p.close(qa, sum(1 for a, b in edges for x in (a, b) if x == v))
    return p.found


def verify_directed(sample: Sample) -> list[str]:
    with Problems(rel=0.0, abs_tol=0.0) as p:
        arcs = drawn_arcs(sample)
        nodes = list(sample.facts["points"])
        for qa in sample.qa:
            q = qa.question
            if "in-degree 0" in q:
                p.close(qa, len(set(nodes) - {b for _, b in arcs}))
            elif "How many arcs" in q:
                p.close(qa, len(arcs))
            elif "in-degree" in q or "into" in q:
                p.close(qa, [b for _, b in arcs].count(_vertex(q)))
            else:
                p.close(qa, [a for a, _ in arcs].count(_vertex(q)))
    return p.found


def colours_needed(nodes: list[str], edges: list[tuple[str, str]]) -> int:
    """The fewest colours of a proper vertex colouring, trying every assignment."""
    for k in range(1, len(nodes) + 1):
        for colours in itertools.product(range(k), repeat=len(nodes)):
            c = dict(zip(nodes, colours, strict=True))
            if all(c[a] != c[b] for a, b in edges):
                return k
    return len(nodes)


def verify_coloring(sample: Sample) -> list[str]:
    with Problems(rel=0.0, abs_tol=0.0) as p:
        edges = drawn_edges(sample)
        nodes = list(sample.facts["points"])
        joined = {frozenset(e) for e in edges}
        for qa in sample.qa:
            if "triangles" in qa.question:
                n = sum(
                    all(frozenset(pair) in joined for pair in itertools.combinations(t, 2))
                    for t in itertools.combinations(nodes, 3)
                )
                p.close(qa, n)
            else:
                p.close(qa, colours_needed(nodes, edges))
    return p.found
