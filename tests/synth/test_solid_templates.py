"""Solid-geometry templates: deterministic self-contained code, facts that agree with the
execution trace (through the Q_IC gate), hidden edges that agree with mplot3d's own camera,
and QA answers recomputed here by independent means (brute force, convex hulls, integrals)."""

from __future__ import annotations

import ast
import io
import itertools
import math
import os
import re

import matplotlib

matplotlib.use("Agg")

import matplotlib.pyplot as plt  # noqa: E402
import numpy as np  # noqa: E402
import pytest  # noqa: E402
from mpl_toolkits.mplot3d import proj3d  # noqa: E402
from PIL import Image  # noqa: E402
from scipy.spatial import ConvexHull  # noqa: E402
from support.render import inprocess_renderer  # noqa: E402

import codepercept.synth.families.solid  # noqa: E402, F401  (registers the templates)
from codepercept.grounding import validate_facts  # noqa: E402
from codepercept.synth.families.solid_common import view_basis  # noqa: E402
from codepercept.synth.families.solid_nets import cube_nets, fold_net  # noqa: E402
from codepercept.synth.gates import run_gates  # noqa: E402
from codepercept.synth.template import REGISTRY  # noqa: E402
from codepercept.trace import ElementKind, Role  # noqa: E402

TYPES = {
    "cube_net": {"cube_net_opposite", "cube_folding_sequence"},
    "three_view": {"three_view_projection", "three_view_reconstruction"},
    "cross_section": {"cube_cross_section", "pyramid_parallel_section", "axial_section"},
    "cube_stacking": {"cube_stack_count", "painted_cuboid"},
    "combined_solid": {"combined_cylinder_top", "combined_prism_pyramid"},
    "polyhedron": {"polyhedron_labelled", "cuboid_space_diagonal", "regular_pyramid_measures"},
    "space_curve": {"helix_curve", "sphere_circle", "space_curve_tangent"},
    "surface_integral": {"surface_normals", "stokes_cap", "green_region"},
}
SOLID = sorted(n for n, t in REGISTRY.items() if t.family == "solid_geometry")
SEEDS = range(20)
RENDER_SEEDS = (0, 1)
SLOW_SEEDS = range(2, 22)
ALLOWED_IMPORTS = {"matplotlib.pyplot", "numpy", "matplotlib.patches", "mpl_toolkits.mplot3d.art3d"}
WIREFRAMES = {  # templates drawing a convex solid in mplot3d: its vertex names
    "polyhedron_labelled": None,  # every declared point is a vertex
    "combined_prism_pyramid": None,
    "regular_pyramid_measures": lambda n: n not in ("O", "M"),
    "pyramid_parallel_section": lambda n: "'" not in n,
    "cube_cross_section": lambda n: n in "ABCDEFGH",
}


# ----------------------------------------------------------------------------- helpers


def value(answer: str) -> float:
    """Numeric value of answers like '12', '3/4', '2√3', '√(61)', '32π/3', '-8π', '4π + 3√41π'."""
    s = answer.replace(" ", "")
    s = re.sub(r"√\((\d+(?:/\d+)?)\)", r"*sqrt(\1)", s)
    s = re.sub(r"√(\d+)", r"*sqrt(\1)", s)
    s = s.replace("π", "*pi")
    s = re.sub(r"(^|[(+\-/])\*", r"\1", s)
    s = re.sub(r"/(\d+)", r"/(\1)", s)
    return float(eval(s, {"sqrt": math.sqrt, "pi": math.pi}))  # answers come from our own templates


def code_literal(code: str, name: str):
    """The literal assigned to ``name`` in an emitted script (tuple targets allowed)."""
    for node in ast.walk(ast.parse(code)):
        if isinstance(node, ast.Assign):
            target = node.targets[0]
            if isinstance(target, ast.Name) and target.id == name:
                return ast.literal_eval(node.value)
            if isinstance(target, ast.Tuple) and name in [
                e.id for e in target.elts if isinstance(e, ast.Name)
            ]:
                names = [e.id for e in target.elts]
                return ast.literal_eval(node.value.elts[names.index(name)])
    raise KeyError(name)


def close(a: float, b: float, tol: float = 1e-3) -> bool:
    return abs(a - b) <= tol * max(1.0, abs(b))


def opposite_by_geometry(cells: list[list[int]]) -> dict[tuple[int, int], tuple[int, int]]:
    """Fold the net fully with rotations and pair squares whose centres are opposite."""
    cells_t = tuple(tuple(c) for c in cells)
    quads = fold_net(cells_t, cells_t[0], math.pi / 2)
    centres = {c: q.mean(axis=0) for c, q in quads.items()}
    middle = np.mean(list(centres.values()), axis=0)
    out = {}
    for c, p in centres.items():
        out[c] = min(centres, key=lambda d: np.linalg.norm(centres[d] - (2 * middle - p)))
    return out


def exec_figure(code: str):
    """Run trusted template code with Agg and return the figure (savefig writes to the cwd)."""
    plt.close("all")
    exec(compile(code, "<template>", "exec"), {"__name__": "__main__"})
    fig = plt.gcf()
    fig.canvas.draw()
    return fig


# ----------------------------------------------------------------------------- QA checks

CHECKS = {}


def check(name):
    def deco(fn):
        CHECKS[name] = fn
        return fn

    return deco


@check("polyhedron_labelled")
def _(s):
    f = s.facts
    v, e = len(f["points"]), len(f["segments"]) + len(f["dashed_segments"])
    faces = e - v + 2  # Euler; checked against the convex hull below
    hull = ConvexHull(np.array(list(f["points"].values())))
    normals = {tuple(np.round(eq[:3], 6)) for eq in hull.equations}
    assert len(normals) == faces
    assert s.qa[0].answer == str(e)
    assert s.qa[1].answer == str(len(f["dashed_segments"]))
    q = s.qa[2].question
    assert s.qa[2].answer == str(2 if "V - E" in q else faces if "faces" in q else v)


@check("cuboid_space_diagonal")
def _(s):
    a, b, c = s.params["length"], s.params["depth"], s.params["height"]
    assert close(value(s.qa[0].answer), math.sqrt(a * a + b * b + c * c))
    for qa in s.qa[1:]:
        want = math.hypot(a, b) if "AC" in qa.question else a * b * c
        assert close(value(qa.answer), want), qa


@check("regular_pyramid_measures")
def _(s):
    P = {k: np.array(v) for k, v in s.facts["points"].items()}
    apex = s.facts["extra"]["apex"]
    vol = ConvexHull(np.array([P[k] for k in ("A", "B", "C", "D", apex)])).volume
    assert close(value(s.qa[0].answer), np.linalg.norm(P[apex] - P["M"]))
    assert close(value(s.qa[1].answer), vol)
    assert close(value(s.qa[2].answer), np.linalg.norm(P[apex] - P["A"]))


@check("pyramid_parallel_section")
def _(s):
    P = {k: np.array(v) for k, v in s.facts["points"].items()}
    ratio = np.linalg.norm(P["A'"] - P["B'"]) / np.linalg.norm(P["A"] - P["B"])
    assert close(value(s.qa[0].answer), np.linalg.norm(P["A'"] - P["B'"]), 2e-3)
    assert close(value(s.qa[1].answer), ratio**2, 2e-3)
    assert int(s.qa[2].answer) == sum(1 for k in P if k.endswith("'"))


@check("cube_cross_section")
def _(s):
    side = s.facts["extra"]["side"]
    names = s.facts["extra"]["section"]
    pts = np.array([s.facts["points"][n] for n in names])
    # every corner is on the cube's surface and all are coplanar
    on_face = np.isclose(pts, 0, atol=2e-3) | np.isclose(pts, side, atol=2e-3)
    assert on_face.any(axis=1).all()
    centred = pts - pts.mean(axis=0)
    assert np.linalg.svd(centred, compute_uv=False)[-1] < 1e-2 * side
    assert int(s.qa[0].answer) == len(names)
    assert (
        s.qa[1].answer
        == {3: "triangle", 4: "quadrilateral", 5: "pentagon", 6: "hexagon"}[len(names)]
    )
    if len(s.qa) == 3:  # the regular hexagon through six edge midpoints
        assert close(float(s.qa[2].answer), 3 * math.sqrt(3) / 4 * side * side, 1e-2)


@check("axial_section")
def _(s):
    r, h = s.params["radius"], s.params["height"]
    cyl = s.params["solid"] == "cylinder"
    assert int(s.qa[0].answer) == (2 * r * h if cyl else r * h)
    assert s.qa[1].answer == ("rectangle" if cyl else "isosceles triangle")
    if not cyl:
        assert close(value(s.qa[2].answer), math.hypot(r, h))


@check("cube_net_opposite")
def _(s):
    cells = s.facts["extra"]["cells"]
    opp_cells = opposite_by_geometry(cells)
    name_at = {tuple(c): n for c, n in zip(cells, _net_names(s), strict=True)}
    opp = {name_at[c]: name_at[d] for c, d in opp_cells.items()}
    assert opp == s.facts["extra"]["opposite"]
    for qa in s.qa:
        asked = (
            s.facts["extra"]["shaded"]
            if "grey" in qa.question
            else re.findall(r"\b([A-Z1-6])\b\?", qa.question)[0]
        )
        assert qa.answer == opp[asked], qa


def _net_names(s) -> list[str]:
    squares = code_literal(s.code, "squares")
    side = code_literal(s.code, "side")
    by_cell = {(round(x / side), round(y / side)): n for x, y, n in squares}
    return [by_cell[tuple(c)] for c in s.facts["extra"]["cells"]]


@check("cube_folding_sequence")
def _(s):
    cube = code_literal(s.code, "steps")[2]
    centres = {n: np.mean(q, axis=0) for n, q in cube.items()}
    middle = np.mean(list(centres.values()), axis=0)
    opp = {
        n: min(centres, key=lambda m: np.linalg.norm(centres[m] - (2 * middle - p)))
        for n, p in centres.items()
    }
    assert opp == s.facts["extra"]["opposite"]
    base = s.facts["extra"]["base"]
    top = max(centres, key=lambda n: centres[n][2])
    assert s.qa[0].answer == top == opp[base]
    asked = re.findall(r"opposite (\S+) once", s.qa[1].question)[0]
    assert s.qa[1].answer == opp[asked]
    assert int(s.qa[2].answer) == len(code_literal(s.code, "name_pos")[2]) <= 3


@check("cube_stack_count")
def _(s):
    heights = np.array(code_literal(s.code, "heights"))
    rows, cols = heights.shape
    n = int(heights.sum())
    assert int(s.qa[0].answer) == n
    assert int(s.qa[1].answer) == heights.max()
    assert int(s.qa[2].answer) == rows * cols * heights.max() - n
    # the drawing determines the count: no column is taller than one nearer the eye's side
    assert (np.diff(heights, axis=1) <= 0).all() and (np.diff(heights, axis=0) >= 0).all()
    assert s.facts["counts"]["polygon"] == 3 * n


@check("painted_cuboid")
def _(s):
    a, b, c = code_literal(s.code, "a"), code_literal(s.code, "b"), code_literal(s.code, "c")
    painted = {k: 0 for k in range(4)}
    for x, y, z in itertools.product(range(a), range(b), range(c)):
        painted[(x in (0, a - 1)) + (y in (0, b - 1)) + (z in (0, c - 1))] += 1
    for qa in s.qa:
        if "make up" in qa.question:
            assert int(qa.answer) == a * b * c
        else:
            k = (
                0
                if "no " in qa.question
                else 1
                if "one" in qa.question
                else 2
                if "two" in qa.question
                else 3
            )
            assert int(qa.answer) == painted[k], qa


def _views_of(heights: np.ndarray) -> dict[str, set]:
    vox = [(x, y, z) for y, x in np.ndindex(heights.shape) for z in range(heights[y, x])]
    rows = heights.shape[0]
    return {
        "front": {(x, z) for x, _, z in vox},
        "left": {(rows - 1 - y, z) for _, y, z in vox},
        "top": {(x, y) for x, y, _ in vox},
    }


@check("three_view_projection")
def _(s):
    heights = np.array(code_literal(s.code, "heights"))
    want = _views_of(heights)
    views = code_literal(s.code, "views")
    titles = list(views)
    for key, title in zip(("front", "left", "top"), titles, strict=True):
        assert set(map(tuple, views[title])) == want[key]
    assert int(s.qa[0].answer) == heights.sum()
    assert int(s.qa[2].answer) == max(z for _, z in want["front"]) + 1


@check("three_view_reconstruction")
def _(s):
    views = code_literal(s.code, "views")
    front, left, top = (set(map(tuple, v)) for v in views.values())
    rows = max(u for u, _ in left) + 1
    cols = max(u for u, _ in front) + 1
    grids = np.array(list(itertools.product(range(4), repeat=rows * cols))).reshape(-1, rows, cols)
    ok = np.ones(len(grids), bool)
    for x in range(cols):
        ok &= grids[:, :, x].max(axis=1) == max((z + 1 for u, z in front if u == x), default=0)
    for y in range(rows):
        ok &= grids[:, y, :].max(axis=1) == max(
            (z + 1 for u, z in left if u == rows - 1 - y), default=0
        )
    for y, x in np.ndindex(rows, cols):
        ok &= (grids[:, y, x] > 0) == ((x, y) in top)
    totals = grids[ok].sum(axis=(1, 2))
    assert int(s.qa[0].answer) == totals.max()
    assert int(s.qa[1].answer) == totals.min()


@check("combined_cylinder_top")
def _(s):
    r, h, k = s.params["radius"], s.params["height"], s.params["cone_height"]
    cone = s.params["top"] == "cone"
    # volume by slicing: sum of disc areas over the height
    z = np.linspace(0, h + (k if cone else r), 200001)
    rad = np.where(
        z <= h,
        r,
        (r * (1 - (z - h) / k)) if cone else np.sqrt(np.clip(r * r - (z - h) ** 2, 0, None)),
    )
    vol = float(np.trapezoid(math.pi * rad**2, z))
    assert close(value(s.qa[0].answer), vol, 1e-4)
    lateral_top = math.pi * r * math.hypot(r, k) if cone else 2 * math.pi * r * r
    assert close(value(s.qa[1].answer), math.pi * r * r + 2 * math.pi * r * h + lateral_top)
    if cone:
        assert close(value(s.qa[2].answer), math.hypot(r, k))


@check("combined_prism_pyramid")
def _(s):
    pts = np.array(list(s.facts["points"].values()))
    assert close(value(s.qa[0].answer), ConvexHull(pts).volume)
    hull = ConvexHull(pts)
    assert int(s.qa[1].answer) == len({tuple(np.round(eq[:3], 6)) for eq in hull.equations})
    assert int(s.qa[2].answer) == len(s.facts["segments"]) + len(s.facts["dashed_segments"])


@check("helix_curve")
def _(s):
    r, p, turns = s.params["radius"], s.params["pitch"], s.params["turns"]
    t = np.linspace(0, 2 * math.pi, 100001)
    xyz = np.stack([r * np.cos(t), r * np.sin(t), p * t / (2 * math.pi)])
    arc = float(np.linalg.norm(np.diff(xyz, axis=1), axis=0).sum())
    assert int(s.qa[0].answer) == turns
    assert close(float(s.qa[1].answer), p * turns)
    assert abs(float(s.qa[2].answer) - arc) < 0.006
    assert close(s.facts["points"]["B"][2], p * turns)


@check("sphere_circle")
def _(s):
    P = {k: np.array(v) for k, v in s.facts["points"].items()}
    R = s.params["radius"]
    assert close(np.linalg.norm(P["P"]), R, 2e-3)
    assert close(value(s.qa[0].answer), np.linalg.norm(P["P"] - P["O'"]), 2e-3)
    assert close(value(s.qa[1].answer), np.linalg.norm(P["O'"]), 2e-3)
    assert close(value(s.qa[2].answer), 2 * math.pi * np.linalg.norm(P["P"] - P["O'"]), 2e-3)


@check("space_curve_tangent")
def _(s):
    a, b, c = s.facts["extra"]["coefficients"]
    t0 = s.params["t0"]

    def r(t):
        return np.array([a * t, b * t * t, c * t**3])

    d = (r(t0 + 1e-6) - r(t0 - 1e-6)) / 2e-6
    assert np.allclose(ast.literal_eval(s.qa[0].answer), d, atol=1e-4)
    assert np.allclose(ast.literal_eval(s.qa[1].answer), r(t0))
    assert close(float(s.qa[2].answer), float(np.linalg.norm(d)), 5e-3)


@check("surface_normals")
def _(s):
    m = s.params["grid"]
    assert int(s.qa[0].answer) == m * m
    assert (
        f"np.linspace(-{0.8 * s.facts['extra']['domain'][1]}, {0.8 * s.facts['extra']['domain'][1]}, {m})"
        in s.code
    )
    fsrc = re.search(r'def f\(x, y\):\n    """.*?"""\n    return (.*)\n', s.code).group(1)

    def f(x, y):
        return eval(fsrc, {"np": np, "x": x, "y": y})

    qx, qy = (int(v) for v in re.search(r"at \((-?\d+), (-?\d+)\)", s.qa[1].question).groups())
    h = 1e-5
    fx = (f(qx + h, qy) - f(qx - h, qy)) / (2 * h)
    fy = (f(qx, qy + h) - f(qx, qy - h)) / (2 * h)
    sign = 1 if s.params["orientation"] == "upward" else -1
    got = [value(v) for v in s.qa[1].answer.strip("()").split(", ")]
    assert np.allclose(got, [-sign * fx, -sign * fy, sign], atol=1e-4)
    if s.facts["extra"]["surface"] == "plane":
        x0, x1, y0, y1 = s.facts["extra"]["domain"]
        assert close(
            value(s.qa[2].answer), math.sqrt(1 + fx * fx + fy * fy) * (x1 - x0) * (y1 - y0)
        )
    else:
        assert s.qa[2].answer == s.params["orientation"]


@check("stokes_cap")
def _(s):
    R = s.facts["extra"]["radius"]
    ccw = s.params["orientation"] == "counterclockwise"
    # circulation of F = (-y, x, 0) computed from the arrows' actual direction in the code
    direction = int(re.search(r"\(0, 0, \S+, 0, 0, (-?1),", s.code).group(1))
    assert direction == (1 if ccw else -1)
    t = np.linspace(0, 2 * math.pi, 20001) * direction
    x, y = R * np.cos(t), R * np.sin(t)
    circ = float(np.sum(-y[:-1] * np.diff(x) + x[:-1] * np.diff(y)))
    assert close(value(s.qa[2].answer), circ, 1e-3)
    assert s.qa[0].answer == s.params["orientation"]
    assert s.qa[1].answer == ("up" if ccw else "down")


@check("green_region")
def _(s):
    a, b = s.params["a"], s.params["b"]
    area = math.pi * a * b if s.params["region"] == "ellipse" else math.pi * (a * a - b * b)
    assert close(value(s.qa[0].answer), area)
    assert close(value(s.qa[1].answer), area)
    arrows = code_literal(s.code, "arrows")
    # each arrow turns about the origin the right way: outer counterclockwise, inner clockwise
    for (x0, y0), (x1, y1) in arrows:
        turn = x0 * y1 - y0 * x1
        outer = math.hypot(x0, y0) > (b + 0.01 if s.params["region"] == "annulus" else -1)
        assert (turn > 0) == outer
    assert len(arrows) == s.facts["counts"]["arrow"]


# ----------------------------------------------------------------------------- tests


@pytest.fixture(scope="module")
def in_tmp(tmp_path_factory):
    """Run scripts inside a scratch folder: they save figure.png to the working directory."""
    old = os.getcwd()
    os.chdir(tmp_path_factory.mktemp("solid_renders"))
    yield
    os.chdir(old)
    plt.close("all")


@pytest.fixture(scope="module")
def renderer(in_tmp):
    return inprocess_renderer()


def test_registry_covers_the_eight_kinds():
    assert len(SOLID) >= 13, SOLID
    assert set(SOLID) == set().union(*TYPES.values())
    for kind, names in TYPES.items():
        for name in names:
            t = REGISTRY[name]
            assert t.parameters and t.description and kind in t.tags, name
            assert name in CHECKS, f"no QA check for {name}"


def test_all_cube_nets_found():
    nets = cube_nets()
    canon = set()
    for cells in nets:
        forms = []
        for fx, fy, swap in itertools.product((1, -1), (1, -1), (False, True)):
            q = [(y * fy, x * fx) if swap else (x * fx, y * fy) for x, y in cells]
            mx, my = min(u for u, _ in q), min(v for _, v in q)
            forms.append(tuple(sorted((u - mx, v - my) for u, v in q)))
        canon.add(min(forms))
    assert len(canon) == 11  # the eleven nets of the cube


def test_view_basis_matches_mplot3d_camera(in_tmp):
    """The screen directions the templates assume are the ones mplot3d projects onto."""
    fig = plt.figure(figsize=(5, 5))
    ax = fig.add_subplot(projection="3d")
    ax.set_proj_type("ortho")
    ax.view_init(elev=27, azim=-58)
    ax.set_xlim(-1, 1), ax.set_ylim(-1, 1), ax.set_zlim(-1, 1)
    ax.set_box_aspect((1, 1, 1))
    fig.canvas.draw()
    _, right, up = view_basis(27, -58)
    pts = np.random.default_rng(0).uniform(-1, 1, size=(6, 3))
    scr = np.array([proj3d.proj_transform(*p, ax.get_proj())[:2] for p in pts])
    mine = np.array([[p @ right, p @ up] for p in pts])
    k = np.linalg.lstsq(mine - mine.mean(0), scr - scr.mean(0), rcond=None)[0]
    assert np.allclose(k, k[0, 0] * np.eye(2), atol=1e-9 * abs(k[0, 0]) + 1e-12)
    plt.close(fig)


@pytest.mark.parametrize("name", SOLID)
def test_deterministic_and_varied(name):
    t = REGISTRY[name]
    a, b = t.sample(5), t.sample(5)
    assert (a.code, a.facts, a.qa, a.params) == (b.code, b.facts, b.qa, b.params)
    codes = {t.sample(s).code for s in SEEDS}
    assert len(codes) >= 15, f"only {len(codes)} distinct figures in {len(SEEDS)} seeds"


@pytest.mark.parametrize("name", SOLID)
def test_code_is_plain_self_contained_matplotlib(name):
    for seed in (0, 3):
        code = REGISTRY[name].sample(seed).code
        imported = set()
        for node in ast.walk(ast.parse(code)):
            if isinstance(node, ast.Import):
                imported |= {a.name for a in node.names}
            elif isinstance(node, ast.ImportFrom):
                imported.add(node.module or "")
        assert imported <= ALLOWED_IMPORTS, imported
        assert code.rstrip().endswith('plt.savefig("figure.png")')
        names = {n.id for n in ast.walk(ast.parse(code)) if isinstance(n, ast.Name)}
        assert not names & {"open", "eval", "exec", "compile", "__import__", "input"}, names
        assert "np.random" not in code and "datetime" not in code
        assert 10 <= len(code.splitlines()) <= 200


@pytest.mark.parametrize("name", SOLID)
def test_facts_and_answers_over_seeds(name):
    for seed in SEEDS:
        s = REGISTRY[name].sample(seed)
        validate_facts(s.facts)
        assert 1 <= len(s.qa) <= 3
        assert all(q.question and q.answer for q in s.qa)
        assert len({q.question for q in s.qa}) == len(s.qa)
        assert s.facts["projection"] in ("2d", "3d")
        assert ("view" in s.facts) == (s.facts["projection"] == "3d")
        CHECKS[name](s)


@pytest.mark.parametrize("name", SOLID)
def test_params_stay_inside_the_declared_space(name):
    specs = {p.name: p for p in REGISTRY[name].parameters}
    for seed in SEEDS:
        params = REGISTRY[name].sample(seed).params
        assert set(params) == set(specs), (set(params), set(specs))
        for key, v in params.items():
            spec = specs[key]
            if spec.kind == "choice":
                assert v in spec.choices or "".join(sorted(str(v))) in {
                    "".join(sorted(str(c))) for c in spec.choices
                }, (key, v)
            elif spec.kind in ("int", "float"):
                assert spec.low <= v <= spec.high, (key, v, spec.low, spec.high)


def _wire_vertices(name: str, points: dict) -> dict:
    keep = WIREFRAMES[name]
    return {k: np.array(v, float) for k, v in points.items() if keep is None or keep(k)}


@pytest.mark.parametrize("name", sorted(WIREFRAMES))
def test_hidden_edges_match_mplot3d_projection(name, in_tmp):
    """An edge is dashed exactly when every hull face through it faces away from mplot3d's camera."""
    for seed in range(4):
        s = REGISTRY[name].sample(seed)
        verts = _wire_vertices(name, s.facts["points"])
        fig = exec_figure(s.code)
        ax = next(a for a in fig.axes if a.name == "3d")
        M = ax.get_proj()
        # the camera direction: the 3-D direction that projects to no screen movement
        J = (
            np.array([proj3d.proj_transform(*e, M)[:2] for e in np.eye(3)]).T
            - np.array(proj3d.proj_transform(0, 0, 0, M)[:2])[:, None]
        )
        eye = np.cross(J[0], J[1])
        eye = eye if eye[2] > 0 else -eye
        names = list(verts)
        hull = ConvexHull(np.array([verts[n] for n in names]))
        declared = {frozenset(e): False for e in s.facts["segments"]} | {
            frozenset(e): True for e in s.facts["dashed_segments"]
        }
        checked = 0
        for edge, dashed in declared.items():
            if not edge <= set(names):
                continue
            a, b = (verts[n] for n in edge)
            faces = [
                eq
                for eq in hull.equations
                if abs(eq[:3] @ a + eq[3]) < 1e-6 and abs(eq[:3] @ b + eq[3]) < 1e-6
            ]
            if not faces:
                continue  # not an edge of the hull (a section line inside a face)
            hidden = all(eq[:3] @ eye < 0 for eq in faces)
            assert hidden == dashed, (name, seed, sorted(edge))
            checked += 1
        assert checked >= 6
        plt.close(fig)


def _render_and_gate(renderer, name: str, seed: int, rerender: bool):
    s = REGISTRY[name].sample(seed)
    r = renderer.render(s.code)
    assert r.ok, r.error
    img = np.asarray(Image.open(io.BytesIO(r.png)).convert("L"))
    assert (img < 200).mean() > 0.004, "figure is (nearly) blank"
    report = run_gates(s, r, renderer.render(s.code) if rerender else None)
    assert report.passed, report.reasons
    # a few facts read straight off the trace as well
    texts = [e.text for e in r.trace.elements if e.kind is ElementKind.TEXT and e.text]
    for lab in s.facts.get("labels", []):
        assert any(lab == t.strip() for t in texts), lab
    content = [e for e in r.trace.elements if e.role is Role.CONTENT]
    dashed = [e for e in content if e.kind is ElementKind.LINE and e.linestyle == "dashed"]
    assert len(dashed) >= len(s.facts.get("dashed_segments", []))
    if s.facts["projection"] == "3d":
        axes3d = [a for a in r.trace.axes if a.projection == "3d"]
        assert axes3d and all(
            a.elev == s.facts["view"]["elev"] and a.azim == s.facts["view"]["azim"] for a in axes3d
        )


@pytest.mark.parametrize("name", SOLID)
def test_renders_and_passes_the_gates(renderer, name):
    for seed in RENDER_SEEDS:
        _render_and_gate(renderer, name, seed, rerender=seed == RENDER_SEEDS[0])


@pytest.mark.slow
@pytest.mark.parametrize("name", SOLID)
def test_renders_and_passes_the_gates_many_seeds(renderer, name):
    for seed in SLOW_SEEDS:
        _render_and_gate(renderer, name, seed, rerender=False)
