"""Labelled graphs: weighted shortest paths, minimum spanning trees, degrees and Euler trails,
directed in- and out-degrees."""

from __future__ import annotations

import heapq

import numpy as np

from codepercept.synth import ParamSpec, template
from codepercept.synth.families.graphs import verify as gv
from codepercept.synth.families.graphs.common import (
    FAMILY,
    draw_graph,
    grid_layout,
    min_angle_ok,
    planar_edges,
    sample_graph_style,
)
from codepercept.synth.kit import alphabet, ask, choose_qas, make_sample, pick
from codepercept.synth.kit.diagram import Diagram

SHAPES = ((3, 2), (4, 2), (3, 3), (4, 3))


def _graph(rng: np.random.Generator, n: int, n_extra: int):
    """A planar connected layout of ``n`` nodes with a few extra edges (retried until clean)."""
    names = alphabet(n)
    for _ in range(60):
        cols, rows = pick(rng, [s for s in SHAPES if s[0] * s[1] >= n])
        pos = grid_layout(rng, names, cols, rows)
        edges = planar_edges(rng, pos, n_extra)
        if edges is not None and min_angle_ok(pos, edges):
            return pos, edges
    raise RuntimeError("no planar layout found")  # pragma: no cover - 60 tries always suffice


def _dijkstra(edges: dict[tuple[str, str], int], src: str) -> dict[str, int]:
    adj: dict[str, list[tuple[str, int]]] = {}
    for (a, b), w in edges.items():
        adj.setdefault(a, []).append((b, w))
        adj.setdefault(b, []).append((a, w))
    dist = {src: 0}
    heap = [(0, src)]
    while heap:
        d, u = heapq.heappop(heap)
        if d > dist.get(u, 1 << 30):
            continue
        for v, w in adj.get(u, []):
            if d + w < dist.get(v, 1 << 30):
                dist[v] = d + w
                heapq.heappush(heap, (d + w, v))
    return dist


def _kruskal(names: list[str], edges: dict[tuple[str, str], int]) -> int:
    parent = {n: n for n in names}

    def find(x: str) -> str:
        while parent[x] != x:
            parent[x] = parent[parent[x]]
            x = parent[x]
        return x

    total = 0
    for (a, b), w in sorted(edges.items(), key=lambda kv: kv[1]):
        ra, rb = find(a), find(b)
        if ra != rb:
            parent[ra] = rb
            total += w
    return total


def _weighted(rng: np.random.Generator, title: str, distinct: bool):
    n = int(rng.integers(5, 8))
    pos, edges = _graph(rng, n, int(rng.integers(2, 5)))
    if distinct:
        ws = rng.choice(np.arange(1, 21), size=len(edges), replace=False)
    else:
        ws = rng.integers(1, 13, size=len(edges))
    weights = {e: int(w) for e, w in zip(edges, ws, strict=True)}
    st = sample_graph_style(rng)
    dg = Diagram(title, fontsize=st.fontsize)
    gfacts = draw_graph(dg, pos, edges, st, weights=weights)
    return pos, edges, weights, st, dg, gfacts


@template(
    "weighted_shortest_path",
    family=FAMILY,
    parameters=(
        ParamSpec("n_nodes", "int", 5, 7, help="vertices, lettered from A"),
        ParamSpec("n_edges", "int", 4, 12, help="edges (a spanning tree plus 2-4 more)"),
        ParamSpec("source", "str", help="start vertex"),
        ParamSpec("target", "str", help="end vertex"),
        ParamSpec("style", "str", help="colours and sizes"),
    ),
    description="Weighted undirected graph with lettered vertices and edge weights; asks the "
    "shortest-path length between two vertices, the total weight or the edge count.",
    verify=gv.verify_weighted_graph,
)
def weighted_shortest_path(rng: np.random.Generator):
    pos, edges, weights, st, dg, gfacts = _weighted(
        rng, "Weighted graph: find a shortest path", False
    )
    names = list(pos)
    src = names[0]
    dist = _dijkstra(weights, src)
    far = sorted(names[1:], key=lambda v: (-dist[v], v))
    dst = far[0] if rng.random() < 0.6 else pick(rng, far[:3])
    pool = [
        ask(
            rng,
            (
                f"What is the length of the shortest path from {src} to {dst}?",
                f"Find the minimum total weight of a path between {src} and {dst}.",
                f"The numbers are edge lengths. How long is the shortest route from {src} to {dst}?",
            ),
            dist[dst],
        ),
        ask(rng, ("What is the sum of all edge weights in the graph?",), sum(weights.values())),
        ask(rng, ("How many edges does the graph have?",), len(edges)),
    ]
    qa = choose_qas(rng, pool, 2)
    code, facts = dg.build(
        **gfacts,
        extra={
            "figure": "weighted graph",
            "graph": "weighted",
            "source": src,
            "target": dst,
            "n_nodes": len(names),
        },
    )
    params = {
        "n_nodes": len(names),
        "n_edges": len(edges),
        "source": src,
        "target": dst,
    }
    return make_sample(params | {"style": st.as_params()}, code, facts, qa)


@template(
    "minimum_spanning_tree",
    family=FAMILY,
    parameters=(
        ParamSpec("n_nodes", "int", 5, 7, help="vertices, lettered from A"),
        ParamSpec("n_edges", "int", 4, 12, help="edges (a spanning tree plus 2-4 more)"),
        ParamSpec("style", "str", help="colours and sizes"),
    ),
    description="Weighted graph with distinct edge weights; asks the total weight of a minimum "
    "spanning tree (Kruskal/Prim), or how many edges a spanning tree has.",
    verify=gv.verify_weighted_graph,
)
def minimum_spanning_tree(rng: np.random.Generator):
    pos, edges, weights, st, dg, gfacts = _weighted(
        rng, "Weighted graph: minimum spanning tree", True
    )
    names = list(pos)
    pool = [
        ask(
            rng,
            (
                "What is the total weight of a minimum spanning tree of this graph?",
                "Find the weight of the minimum spanning tree.",
                "Using Kruskal's or Prim's algorithm, what is the total weight of the minimum "
                "spanning tree?",
            ),
            _kruskal(names, weights),
        ),
        ask(rng, ("How many edges does a spanning tree of this graph have?",), len(names) - 1),
        ask(rng, ("What is the largest edge weight shown?",), max(weights.values())),
    ]
    qa = choose_qas(rng, pool, 2)
    code, facts = dg.build(
        **gfacts, extra={"figure": "weighted graph", "graph": "weighted", "n_nodes": len(names)}
    )
    params = {"n_nodes": len(names), "n_edges": len(edges)}
    return make_sample(params | {"style": st.as_params()}, code, facts, qa)


@template(
    "graph_degrees",
    family=FAMILY,
    parameters=(
        ParamSpec("n_nodes", "int", 5, 8, help="vertices, lettered from A"),
        ParamSpec("n_edges", "int", 4, 16, help="edges"),
        ParamSpec("asked", "str", help="the vertex whose degree is asked"),
        ParamSpec("style", "str", help="colours and sizes"),
    ),
    description="Undirected graph with lettered vertices; asks a vertex degree, the number of "
    "odd vertices, the edge count, or whether an Euler path exists.",
    verify=gv.verify_degrees,
)
def graph_degrees(rng: np.random.Generator):
    n = int(rng.integers(5, 9))
    pos, edges = _graph(rng, n, int(rng.integers(2, 6)))
    st = sample_graph_style(rng)
    dg = Diagram("Undirected graph", fontsize=st.fontsize)
    gfacts = draw_graph(dg, pos, edges, st)
    deg = {v: sum(v in e for e in edges) for v in pos}
    v = pick(rng, list(pos))
    odd = sum(d % 2 for d in deg.values())
    euler = "Yes" if odd in (0, 2) else "No"
    pool = [
        ask(rng, (f"What is the degree of vertex {v}?", f"How many edges meet at {v}?"), deg[v]),
        ask(rng, ("How many vertices have odd degree?",), odd),
        ask(rng, ("How many edges does the graph have?",), len(edges)),
        ask(
            rng,
            (
                "Can you draw this graph in one stroke, using every edge exactly once (Yes or No)?",
                "Does this graph have an Euler path? Answer Yes or No.",
            ),
            euler,
            kind="choice",
        ),
    ]
    qa = choose_qas(rng, pool, 3)
    code, facts = dg.build(
        **gfacts, extra={"figure": "undirected graph", "graph": "undirected", "n_nodes": n}
    )
    params = {"n_nodes": n, "n_edges": len(edges), "asked": v}
    return make_sample(params | {"style": st.as_params()}, code, facts, qa)


@template(
    "directed_graph_degrees",
    family=FAMILY,
    parameters=(
        ParamSpec("n_nodes", "int", 4, 7, help="vertices, lettered from A"),
        ParamSpec("n_edges", "int", 3, 12, help="arcs"),
        ParamSpec("asked", "str", help="the vertex asked about"),
        ParamSpec("style", "str", help="colours and sizes"),
    ),
    description="Directed graph drawn with arrows; asks in- and out-degrees, the number of "
    "arcs, or the vertices no arc enters (sources).",
    verify=gv.verify_directed,
)
def directed_graph_degrees(rng: np.random.Generator):
    n = int(rng.integers(4, 8))
    pos, edges = _graph(rng, n, int(rng.integers(1, 5)))
    arcs = [(a, b) if rng.random() < 0.5 else (b, a) for a, b in edges]
    st = sample_graph_style(rng)
    dg = Diagram("Directed graph", fontsize=st.fontsize)
    gfacts = draw_graph(dg, pos, arcs, st, directed=True)
    v = pick(rng, list(pos))
    indeg = sum(b == v for _, b in arcs)
    outdeg = sum(a == v for a, _ in arcs)
    sources = sum(all(b != u for _, b in arcs) for u in pos)
    pool = [
        ask(
            rng,
            (f"What is the in-degree of vertex {v}?", f"How many arrows point into {v}?"),
            indeg,
        ),
        ask(rng, (f"What is the out-degree of vertex {v}?", f"How many arrows leave {v}?"), outdeg),
        ask(rng, ("How many vertices have in-degree 0?",), sources),
        ask(rng, ("How many arcs (arrows) does the graph have?",), len(arcs)),
    ]
    qa = choose_qas(rng, pool, 3)
    code, facts = dg.build(
        **gfacts, extra={"figure": "directed graph", "graph": "directed", "n_nodes": n}
    )
    params = {"n_nodes": n, "n_edges": len(arcs), "asked": v}
    return make_sample(params | {"style": st.as_params()}, code, facts, qa)


def _chromatic_polynomial(nodes: tuple[str, ...], edges: frozenset, k: int) -> int:
    """P(G, k) by deletion-contraction: P(G) = P(G - e) - P(G / e)."""
    if not edges:
        return k ** len(nodes)
    e = min(edges, key=sorted)
    a, b = sorted(e)
    deleted = edges - {e}
    merged = frozenset(frozenset(a if x == b else x for x in f) for f in deleted if len(f) == 2)
    merged = frozenset(f for f in merged if len(f) == 2)
    rest = tuple(x for x in nodes if x != b)
    return _chromatic_polynomial(nodes, deleted, k) - _chromatic_polynomial(rest, merged, k)


@template(
    "graph_coloring",
    family=FAMILY,
    parameters=(
        ParamSpec("n_nodes", "int", 5, 7, help="vertices, lettered from A"),
        ParamSpec("n_edges", "int", 4, 16, help="edges"),
        ParamSpec("style", "str", help="colours and sizes"),
    ),
    description="Undirected graph with lettered vertices; asks its chromatic number (fewest "
    "colours so that adjacent vertices differ), or how many triangles (3-cycles) it contains.",
    verify=gv.verify_coloring,
)
def graph_coloring(rng: np.random.Generator):
    n = int(rng.integers(5, 8))
    pos, edges = _graph(rng, n, int(pick(rng, (0, 1, 2, 4, 6, 8))))  # sparse ones: 2 colours
    st = sample_graph_style(rng)
    dg = Diagram("Graph colouring", fontsize=st.fontsize)
    gfacts = draw_graph(dg, pos, edges, st)
    names = tuple(pos)
    es = frozenset(frozenset(e) for e in edges)
    chi = next(k for k in range(1, n + 1) if _chromatic_polynomial(names, es, k) > 0)
    idx = {v: i for i, v in enumerate(names)}
    adj = np.zeros((n, n), dtype=np.int64)
    for a, b in edges:
        adj[idx[a], idx[b]] = adj[idx[b], idx[a]] = 1
    triangles = int(np.trace(adj @ adj @ adj)) // 6
    pool = [
        ask(
            rng,
            (
                "What is the smallest number of colours needed to colour the vertices so that "
                "no edge joins two vertices of the same colour?",
                "What is the chromatic number of this graph?",
            ),
            chi,
        ),
        ask(
            rng,
            ("How many triangles (cycles of three vertices) does the graph contain?",),
            triangles,
        ),
    ]
    qa = choose_qas(rng, pool, 2)
    code, facts = dg.build(
        **gfacts, extra={"figure": "undirected graph", "graph": "undirected", "n_nodes": n}
    )
    params = {"n_nodes": n, "n_edges": len(edges)}
    return make_sample(params | {"style": st.as_params()}, code, facts, qa)
