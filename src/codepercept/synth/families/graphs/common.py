"""Shared pieces of the graph-theory templates: node layouts, planar edge sets and the drawing
of a labelled (weighted, possibly directed) graph on a :class:`~codepercept.synth.kit.diagram.Diagram`.

Graphs are drawn like textbook exercises: nodes are circles with a letter inside, edges are
straight strokes between node centres (under the circles), weights sit beside the middle of
their edge. Layouts come from a jittered grid, and edges never cross each other or pass
through a third node, so every weight is readable.
"""

from __future__ import annotations

import math
from dataclasses import dataclass
from typing import Any

import numpy as np

from codepercept.synth.kit import pick
from codepercept.synth.kit.diagram import Diagram

FAMILY = "graphs"

#: (edge colour, node face, node edge, text colour) of graph drawings.
GRAPH_PALETTES = (
    ("#34495e", "#ffffff", "#1f2d3d", "#000000"),
    ("#555555", "#fdebd0", "#a04000", "#1a1a1a"),
    ("#1a5276", "#d6eaf8", "#1a5276", "#0b2a40"),
    ("#1e8449", "#e8f8f5", "#145a32", "#0b3d20"),
    ("#000000", "#f2f3f4", "#000000", "#000000"),
    ("#6c3483", "#f4ecf7", "#4a235a", "#2c1338"),
)


@dataclass(frozen=True, slots=True)
class GraphStyle:
    edge: str
    face: str
    node_edge: str
    text: str
    lw: float
    node_r: float  # node circle radius, data units
    fontsize: int
    weight_size: int

    def as_params(self) -> dict[str, Any]:
        return {
            "edge": self.edge,
            "face": self.face,
            "node_edge": self.node_edge,
            "text": self.text,
            "lw": self.lw,
            "node_r": self.node_r,
            "fontsize": self.fontsize,
            "weight_size": self.weight_size,
        }


def sample_graph_style(rng: np.random.Generator) -> GraphStyle:
    edge, face, node_edge, text = pick(rng, GRAPH_PALETTES)
    return GraphStyle(
        edge=edge,
        face=face,
        node_edge=node_edge,
        text=text,
        lw=round(float(rng.uniform(1.5, 2.2)), 1),
        node_r=round(float(rng.uniform(0.3, 0.36)), 2),
        fontsize=int(rng.integers(13, 16)),
        weight_size=int(rng.integers(12, 15)),
    )


def _cross(a, b, c, d) -> bool:
    """Segments ab and cd cross at an interior point (shared end points do not count)."""

    def orient(p, q, r) -> float:
        return float((q[0] - p[0]) * (r[1] - p[1]) - (q[1] - p[1]) * (r[0] - p[0]))

    if any(np.allclose(x, y) for x in (a, b) for y in (c, d)):
        return False
    d1, d2 = orient(c, d, a), orient(c, d, b)
    d3, d4 = orient(a, b, c), orient(a, b, d)
    return d1 * d2 < 0 and d3 * d4 < 0


def _seg_point_dist(p: np.ndarray, a: np.ndarray, b: np.ndarray) -> float:
    ab = b - a
    t = float(np.clip(np.dot(p - a, ab) / max(float(np.dot(ab, ab)), 1e-12), 0.0, 1.0))
    return float(np.hypot(*(a + t * ab - p)))


def grid_layout(
    rng: np.random.Generator, names: list[str], cols: int, rows: int, gap: float = 2.2
) -> dict[str, list[float]]:
    """``len(names)`` nodes on distinct cells of a jittered ``cols`` x ``rows`` grid."""
    cells = [(i, j) for j in range(rows) for i in range(cols)]
    chosen = rng.choice(len(cells), size=len(names), replace=False)
    pos = {}
    for name, k in zip(names, sorted(int(c) for c in chosen), strict=True):
        i, j = cells[k]
        dx, dy = rng.uniform(-0.32, 0.32, size=2) * gap
        pos[name] = [round(i * gap + float(dx), 2), round(j * gap + float(dy), 2)]
    return pos


def candidate_edges(pos: dict[str, list[float]], reach: float) -> list[tuple[str, str]]:
    """Pairs closer than ``reach`` whose segment keeps clear of every other node."""
    names = list(pos)
    out = []
    for i, a in enumerate(names):
        for b in names[i + 1 :]:
            pa, pb = np.asarray(pos[a]), np.asarray(pos[b])
            if float(np.hypot(*(pa - pb))) > reach:
                continue
            if any(
                _seg_point_dist(np.asarray(pos[c]), pa, pb) < 0.75 for c in names if c not in (a, b)
            ):
                continue
            out.append((a, b))
    return out


def planar_edges(
    rng: np.random.Generator, pos: dict[str, list[float]], n_extra: int, reach: float = 3.4
) -> list[tuple[str, str]] | None:
    """A random spanning tree plus ``n_extra`` edges, no two crossing; None when the
    candidate edges do not connect every node."""
    cands = candidate_edges(pos, reach)
    order = [cands[int(i)] for i in rng.permutation(len(cands))]
    names = list(pos)
    parent = {n: n for n in names}

    def find(x: str) -> str:
        while parent[x] != x:
            x = parent[x]
        return x

    chosen: list[tuple[str, str]] = []

    def fits(e: tuple[str, str]) -> bool:
        a, b = (np.asarray(pos[x]) for x in e)
        return not any(_cross(a, b, np.asarray(pos[c]), np.asarray(pos[d])) for c, d in chosen)

    for e in order:  # Kruskal on a random order: a random spanning tree
        ra, rb = find(e[0]), find(e[1])
        if ra != rb and fits(e):
            parent[ra] = rb
            chosen.append(e)
    if len(chosen) != len(names) - 1:
        return None
    for e in order:
        if n_extra <= 0:
            break
        if e not in chosen and fits(e):
            chosen.append(e)
            n_extra -= 1
    return sorted(chosen, key=lambda e: (names.index(e[0]), names.index(e[1])))


def draw_graph(
    dg: Diagram,
    pos: dict[str, list[float]],
    edges: list[tuple[str, str]],
    st: GraphStyle,
    *,
    weights: dict[tuple[str, str], int] | None = None,
    directed: bool = False,
    highlight: dict[str, str] | None = None,
) -> dict[str, Any]:
    """Edges, then nodes and their letters, then weights; returns the graph's facts."""
    highlight = highlight or {}
    for a, b in edges:
        pa, pb = np.asarray(pos[a], float), np.asarray(pos[b], float)
        if directed:
            u = (pb - pa) / float(np.hypot(*(pb - pa)))
            dg.arrow(
                pa + u * st.node_r, pb - u * st.node_r, color=st.edge, lw=st.lw, comment="edges"
            )
        else:
            dg.line([pa, pb], color=st.edge, lw=st.lw, comment="edges")
    for name, p in pos.items():
        face = highlight.get(name, st.face)
        dg.circle(p, st.node_r, fc=face, ec=st.node_edge, lw=st.lw, zorder=3, comment="nodes")
        dg.text(name, at=p, size=st.fontsize, color=st.text)
    for (a, b), w in (weights or {}).items():
        mid = (np.asarray(pos[a], float) + np.asarray(pos[b], float)) / 2
        d = np.asarray(pos[b], float) - np.asarray(pos[a], float)
        normal = np.array([-d[1], d[0]])
        if normal[1] < 0 or (normal[1] == 0 and normal[0] < 0):
            normal = -normal
        dg.text(str(w), mid, prefer=normal, size=st.weight_size, color=st.text)
    facts: dict[str, Any] = {
        "points": {n: [float(p[0]), float(p[1])] for n, p in pos.items()},
        "circles": [
            {"center": [float(p[0]), float(p[1])], "radius": st.node_r} for p in pos.values()
        ],
    }
    if not directed:
        facts["segments"] = [[a, b] for a, b in edges]
    return facts


def edge_key(a: str, b: str) -> str:
    return f"{a}-{b}"


def min_angle_ok(pos: dict[str, list[float]], edges: list[tuple[str, str]]) -> bool:
    """No two edges at a node meet at under 25 degrees (their weights would collide)."""
    for n in pos:
        dirs = []
        for a, b in edges:
            if n in (a, b):
                other = b if a == n else a
                d = np.asarray(pos[other]) - np.asarray(pos[n])
                dirs.append(math.atan2(float(d[1]), float(d[0])))
        dirs.sort()
        for x, y in zip(dirs, dirs[1:] + [dirs[0] + 2 * math.pi], strict=True) if dirs else ():
            if len(dirs) > 1 and (y - x) < math.radians(25):
                return False
    return True
