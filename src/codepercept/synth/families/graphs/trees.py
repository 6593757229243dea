"""Trees: a rooted tree drawn in levels (leaves, height, parents, subtrees) and a binary tree
with its traversal orders."""

from __future__ import annotations

import numpy as np

from codepercept.synth import ParamSpec, template
from codepercept.synth.families.graphs import verify_trees as vt
from codepercept.synth.families.graphs.common import FAMILY, draw_graph, sample_graph_style
from codepercept.synth.kit import alphabet, ask, choose_qas, make_sample, pick
from codepercept.synth.kit.diagram import Diagram


def _random_tree(rng: np.random.Generator, n: int, max_children: int) -> dict[int, list[int]]:
    """Children lists of a random rooted tree on nodes 0..n-1 (node 0 is the root), built in
    breadth-first order so that labels read level by level."""
    children: dict[int, list[int]] = {0: []}
    frontier = [0]
    nxt = 1
    while nxt < n:
        parent = frontier[int(rng.integers(len(frontier)))]
        if len(children[parent]) >= max_children:
            frontier.remove(parent)
            continue
        children[parent].append(nxt)
        children[nxt] = []
        frontier.append(nxt)
        nxt += 1
    return children


def _bfs_order(children: dict[int, list[int]]) -> list[int]:
    order, todo = [], [0]
    while todo:
        u = todo.pop(0)
        order.append(u)
        todo += children[u]
    return order


def _depths(children: dict[int, list[int]]) -> dict[int, int]:
    d = {0: 0}
    for u in _bfs_order(children):
        for c in children[u]:
            d[c] = d[u] + 1
    return d


def _tidy_x(children: dict[int, list[int]]) -> dict[int, float]:
    """Leaves one unit apart in order, each parent centred over its children."""
    x: dict[int, float] = {}
    nxt = [0.0]

    def place(u: int) -> None:
        if not children[u]:
            x[u] = nxt[0]
            nxt[0] += 1.0
            return
        for c in children[u]:
            place(c)
        x[u] = (x[children[u][0]] + x[children[u][-1]]) / 2

    place(0)
    return x


@template(
    "rooted_tree",
    family=FAMILY,
    parameters=(
        ParamSpec("n_nodes", "int", 6, 11, help="nodes, lettered level by level from A"),
        ParamSpec("height", "int", 2, 10, help="edges on the longest root-to-leaf path"),
        ParamSpec("asked", "str", help="the node a question names"),
        ParamSpec("style", "str", help="colours and sizes"),
    ),
    description="Rooted tree drawn top-down with lettered nodes; asks the number of leaves, "
    "the height, a node's parent, depth or number of descendants.",
    verify=vt.verify_rooted_tree,
)
def rooted_tree(rng: np.random.Generator):
    n = int(rng.integers(6, 12))
    children = _random_tree(rng, n, int(rng.integers(2, 4)))
    order = _bfs_order(children)
    names = dict(zip(order, alphabet(n), strict=True))
    depth = _depths(children)
    xs = _tidy_x(children)
    gap_x, gap_y = float(pick(rng, (1.0, 1.1, 1.2))), float(pick(rng, (1.3, 1.5)))
    pos = {names[u]: [round(xs[u] * gap_x, 2), round(-depth[u] * gap_y, 2)] for u in order}
    edges = [(names[u], names[c]) for u in order for c in children[u]]
    st = sample_graph_style(rng)
    dg = Diagram("Rooted tree (root at the top)", fontsize=st.fontsize)
    gfacts = draw_graph(dg, pos, edges, st)
    inner = [u for u in order if u != 0]
    v = int(pick(rng, inner))

    def descendants(u: int) -> int:
        return sum(1 + descendants(c) for c in children[u])

    parent = {c: u for u in order for c in children[u]}
    with_kids = [u for u in order if children[u]]
    w = int(pick(rng, with_kids))
    pool = [
        ask(
            rng,
            ("How many leaves does the tree have?", "How many nodes have no children?"),
            sum(not children[u] for u in order),
        ),
        ask(
            rng,
            ("What is the height of the tree (edges from the root to the deepest leaf)?",),
            max(depth.values()),
        ),
        ask(rng, (f"Which node is the parent of {names[v]}?",), names[parent[v]], kind="choice"),
        ask(rng, (f"At what depth is node {names[v]} (the root has depth 0)?",), depth[v]),
        ask(rng, (f"How many descendants does node {names[w]} have?",), descendants(w)),
    ]
    qa = choose_qas(rng, pool, 3)
    code, facts = dg.build(
        **gfacts, extra={"figure": "rooted tree", "graph": "rooted_tree", "root": "A", "n_nodes": n}
    )
    params = {"n_nodes": n, "height": max(depth.values()), "asked": names[v]}
    return make_sample(params | {"style": st.as_params()}, code, facts, qa)


def _random_binary(rng: np.random.Generator, n: int) -> dict[int, list[int | None]]:
    """[left, right] children of a random binary tree on 0..n-1 (0 is the root)."""
    kids: dict[int, list[int | None]] = {0: [None, None]}
    for k in range(1, n):
        while True:
            u = int(rng.integers(k))
            side = int(rng.integers(2))
            if kids[u][side] is None:
                kids[u][side] = k
                kids[k] = [None, None]
                break
    return kids


def _traverse(kids: dict[int, list[int | None]], u: int | None, how: str) -> list[int]:
    if u is None:
        return []
    left, right = _traverse(kids, kids[u][0], how), _traverse(kids, kids[u][1], how)
    if how == "preorder":
        return [u, *left, *right]
    if how == "inorder":
        return [*left, u, *right]
    return [*left, *right, u]


@template(
    "binary_tree_traversal",
    family=FAMILY,
    parameters=(
        ParamSpec("n_nodes", "int", 5, 9, help="nodes of the binary tree"),
        ParamSpec("order", "choice", choices=("preorder", "inorder", "postorder")),
        ParamSpec("labels", "choice", choices=("letters", "numbers")),
        ParamSpec("style", "str", help="colours and sizes"),
    ),
    description="Binary tree (left and right children drawn apart); asks its preorder, inorder "
    "or postorder traversal, or the number of leaves.",
    verify=vt.verify_binary_tree,
)
def binary_tree_traversal(rng: np.random.Generator):
    n = int(rng.integers(5, 10))
    kids = _random_binary(rng, n)
    inorder = _traverse(kids, 0, "inorder")
    depth = {0: 0}
    for u in _traverse(kids, 0, "preorder"):
        for c in kids[u]:
            if c is not None:
                depth[c] = depth[u] + 1
    mode = str(pick(rng, ("letters", "numbers")))
    if mode == "letters":
        tags = [str(x) for x in rng.permutation(alphabet(n))]
    else:
        tags = [str(int(x)) for x in rng.choice(np.arange(1, 60), size=n, replace=False)]
    names = {u: tags[u] for u in range(n)}
    gap_y = float(pick(rng, (1.2, 1.4)))
    pos = {names[u]: [float(inorder.index(u)), round(-depth[u] * gap_y, 2)] for u in range(n)}
    edges = [(names[u], names[c]) for u in range(n) for c in kids[u] if c is not None]
    st = sample_graph_style(rng)
    dg = Diagram("Binary tree", fontsize=min(st.fontsize, 14))
    gfacts = draw_graph(dg, pos, edges, st)
    how = str(pick(rng, ("preorder", "inorder", "postorder")))
    seq = " ".join(names[u] for u in _traverse(kids, 0, how))
    pool = [
        ask(
            rng,
            (
                f"Write the {how} traversal of the tree, nodes separated by spaces.",
                f"List the nodes in {how} order (separate them with spaces).",
            ),
            seq,
            kind="free",
        ),
        ask(
            rng,
            ("How many leaves does the binary tree have?",),
            sum(kids[u] == [None, None] for u in range(n)),
        ),
        ask(rng, ("What is the height of the tree (in edges)?",), max(depth.values())),
    ]
    qa = choose_qas(rng, pool, 2)
    code, facts = dg.build(
        **gfacts,
        extra={"figure": "binary tree", "graph": "binary_tree", "root": names[0], "n_nodes": n},
    )
    params = {"n_nodes": n, "order": how, "labels": mode}
    return make_sample(params | {"style": st.as_params()}, code, facts, qa)
