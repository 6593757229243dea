"""Independent checks of the tree templates: the tree is rebuilt from the drawing alone (each
segment joins a node to the one below it; a child left of its parent is a left child) and
every answer is recomputed by walking it."""

from __future__ import annotations

import re

from codepercept.synth.kit import Problems
from codepercept.synth.template import Sample


def drawn_parents(sample: Sample) -> dict[str, str]:
    """child -> parent, the parent being the higher end of each drawn segment."""
    pts = sample.facts["points"]
    out = {}
    for a, b in sample.facts["segments"]:
        hi, lo = (a, b) if pts[a][1] > pts[b][1] else (b, a)
        out[lo] = hi
    return out


def _depth(parents: dict[str, str], v: str) -> int:
    d = 0
    while v in parents:
        v, d = parents[v], d + 1
    return d


def _named(question: str, nodes: list[str]) -> str:
    found = [t for t in re.findall(r"\b(\w+)\b", question) if t in nodes]
    return found[-1]


def verify_rooted_tree(sample: Sample) -> list[str]:
    with Problems(rel=0.0, abs_tol=0.0) as p:
        parents = drawn_parents(sample)
        nodes = list(sample.facts["points"])
        kids = {v: [c for c, u in parents.items() if u == v] for v in nodes}
        for qa in sample.qa:
            q = qa.question
            if "leaves" in q or "no children" in q:
                p.close(qa, sum(not kids[v] for v in nodes))
            elif "height" in q:
                p.close(qa, max(_depth(parents, v) for v in nodes))
            elif "parent" in q:
                p.equal(qa, parents[_named(q, nodes)])
            elif "depth" in q:
                p.close(qa, _depth(parents, _named(q, nodes)))
            else:
                v = _named(q, nodes)
                below = [u for u in nodes if u != v and _ancestor(parents, v, u)]
                p.close(qa, len(below))
    return p.found


def _ancestor(parents: dict[str, str], a: str, v: str) -> bool:
    while v in parents:
        v = parents[v]
        if v == a:
            return True
    return False


def _walk(pts: dict, kids: dict[str, list[str]], v: str, how: str) -> list[str]:
    left = [c for c in kids[v] if pts[c][0] < pts[v][0]]
    right = [c for c in kids[v] if pts[c][0] > pts[v][0]]
    lw = _walk(pts, kids, left[0], how) if left else []
    rw = _walk(pts, kids, right[0], how) if right else []
    return {"preorder": [v, *lw, *rw], "inorder": [*lw, v, *rw], "postorder": [*lw, *rw, v]}[how]


def verify_binary_tree(sample: Sample) -> list[str]:
    with Problems(rel=0.0, abs_tol=0.0) as p:
        pts = sample.facts["points"]
        parents = drawn_parents(sample)
        nodes = list(pts)
        kids = {v: [c for c, u in parents.items() if u == v] for v in nodes}
        (root,) = [v for v in nodes if v not in parents]
        for qa in sample.qa:
            q = qa.question
            if "leaves" in q:
                p.close(qa, sum(not kids[v] for v in nodes))
            elif "height" in q:
                p.close(qa, max(_depth(parents, v) for v in nodes))
            else:
                how = next(h for h in ("preorder", "inorder", "postorder") if h in q)
                p.equal(qa, " ".join(_walk(pts, kids, root, how)))
    return p.found
