"""Solid-geometry templates: deterministic self-contained code, facts that agree with the
execution trace (through the Q_IC gate), hidden edges that agree with mplot3d's own camera,
and QA answers recomputed by the library's independent verifiers (brute force, convex hulls,
integrals), which must also catch wrong answers."""

from __future__ import annotations

import ast
import io
import itertools
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
from support.render import inprocess_renderer
from support.verify import assert_catches_each_wrong_answer  # noqa: E402

import codepercept.synth.families.solid  # noqa: E402, F401  (registers the templates)
from codepercept.grounding import validate_facts  # noqa: E402
from codepercept.synth.families.solid_nets import cube_nets  # noqa: E402
from codepercept.synth.gates import run_gates  # noqa: E402
from codepercept.synth.kit import view_basis  # noqa: E402
from codepercept.synth.template import QA, REGISTRY, Sample  # noqa: E402
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


def exec_figure(code: str):
    """Run trusted template code with Agg and return the figure (savefig writes to the cwd)."""
    plt.close("all")
    exec(compile(code, "<template>", "exec"), {"__name__": "__main__"})
    fig = plt.gcf()
    fig.canvas.draw()
    return fig


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
            assert REGISTRY[name].verify is not None, f"no QA verifier for {name}"


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
def test_seeds_give_varied_figures(name):
    t = REGISTRY[name]
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
        problems = REGISTRY[name].check_answers(s)
        assert not problems, (seed, problems)


SWAPS = {  # each worded answer and a wrong one
    "upward": "downward",
    "downward": "upward",
    "up": "down",
    "down": "up",
    "clockwise": "counterclockwise",
    "counterclockwise": "clockwise",
    "rectangle": "isosceles triangle",
    "isosceles triangle": "rectangle",
    "triangle": "pentagon",
    "quadrilateral": "hexagon",
    "pentagon": "triangle",
    "hexagon": "quadrilateral",
}


def _wrong(sample: Sample, qa: QA) -> str:
    """A clearly wrong answer of the same form: another word or face, or a far-off number."""
    answer = qa.answer
    if answer in SWAPS:
        return SWAPS[answer]
    if qa.kind == "choice":  # another face name
        return next(n for n in sample.facts["labels"] if len(n) == 1 and n != answer)
    if m := re.fullmatch(r"(\d+)/(\d+)", answer):
        num, den = int(m[1]), int(m[2])
        return f"{3 * num + 14 * den}/{2 * den}"  # 1.5 x + 7
    if answer.startswith("("):  # a vector: move its last component
        return answer[:-1] + " + 7)"
    if "√" in answer or "π" in answer:
        return f"{answer} + 7"
    return f"{float(answer) * 1.5 + 7:g}"


@pytest.mark.parametrize("name", SOLID)
def test_verifier_catches_each_wrong_answer(name):
    """The verifiers are not vacuous: corrupting any one answer is reported."""
    assert_catches_each_wrong_answer(REGISTRY[name], _wrong)


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
