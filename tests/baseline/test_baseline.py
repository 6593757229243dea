"""The classical baseline: reads real figures, writes code that renders and scores well above
the empty-code floor, and answers as a chat-completions model over a real socket."""

from __future__ import annotations

from pathlib import Path

import httpx
import pytest

from codepercept.baseline import BaselineServer, figure_code, model_endpoint, read_figure, vectorize
from codepercept.sandbox import RenderPool
from codepercept.score import Reference, score_snippets
from codepercept.synth import REGISTRY
from codepercept.vlm import ChatClient, extract_code, image_message

DYNAMATH = (
    Path(__file__).resolve().parents[2].parent / "shared" / "data" / "dynamath-seed" / "image"
)
EMPTY = "import matplotlib.pyplot as plt\n"
CASES = [
    ("triangle_side_lengths", 3),
    ("circle_chord_distance", 3),
    ("cube_net_opposite", 3),
    ("three_view_projection", 3),
]


@pytest.fixture(scope="module")
def pool():
    with RenderPool(workers=2) as p:
        yield p


@pytest.fixture(scope="module")
def references(pool):
    codes = [REGISTRY[name].sample(seed).code for name, seed in CASES]
    renders = pool.render_many(codes)
    assert all(r.ok for r in renders)
    return codes, [r.png for r in renders]


def test_redraws_template_figures_far_above_the_floor(pool, references):
    codes, pngs = references
    guesses = [vectorize(png) for png in pngs]
    scored = score_snippets(
        [(Reference(code=c), g) for c, g in zip(codes, guesses, strict=True)], pool
    )
    floor = score_snippets([(Reference(code=c), EMPTY) for c in codes], pool)
    for (name, _), s, f in zip(CASES, scored, floor, strict=True):
        assert s.candidate.ok, (name, s.candidate.reason)
        assert s.score.visual >= 85, (name, s.score.visual)
        assert s.score.overall >= f.score.overall + 40, (name, s.score.overall, f.score.overall)


def test_reading_finds_the_labels_circles_and_fill(references):
    _, pngs = references
    tri = read_figure(pngs[0])
    sample = REGISTRY["triangle_side_lengths"].sample(3)
    lengths = {str(v) for v in sample.facts["lengths"].values()}
    assert len(lengths & {t.text for t in tri.texts}) >= 2, [t.text for t in tri.texts]
    assert tri.strokes and all(len(s.points) >= 2 for s in tri.strokes)
    circle = read_figure(pngs[1])
    assert circle.circles, "the circle of circle_chord_distance was not found"
    cylinder = read_figure(_render_one("combined_cylinder_top", 1))
    assert cylinder.ellipses, "the rims of combined_cylinder_top were not read as ellipses"
    code = figure_code(tri)
    assert code.count("ax.text(") == len(tri.texts) and "plt.savefig" in code


def _render_one(name: str, seed: int) -> bytes:
    from codepercept.sandbox import render_inprocess

    r = render_inprocess(REGISTRY[name].sample(seed).code)
    assert r.ok, r.reason
    return r.png


def test_reference_image_only_on_dynamath_seeds(pool):
    files = sorted(DYNAMATH.glob("*.png"))[:4]
    assert files, f"no DynaMath seed images under {DYNAMATH}"
    images = [f.read_bytes() for f in files]
    scored = score_snippets([(Reference(image=b), vectorize(b)) for b in images], pool)
    for f, s in zip(files, scored, strict=True):
        assert s.candidate.ok, (f.name, s.candidate.reason)
        assert s.score.overall >= 50, (f.name, s.score.overall)


def test_serves_the_chat_completions_api(references):
    _, pngs = references
    with BaselineServer() as server:
        client = ChatClient(server.url, "vectorize", cache_dir=None)
        reply = client.complete([image_message("Redraw this figure.", pngs[0], resize=False)])
        assert extract_code(reply.text).strip() == vectorize(pngs[0]).strip()
        base = server.url.removesuffix("/v1")
        assert httpx.get(base + "/health").json() == {"status": "ok"}
        assert httpx.get(server.url + "/models").json()["data"][0]["id"] == "vectorize"
        url = server.url + "/chat/completions"
        no_image = httpx.post(url, json={"messages": [{"role": "user", "content": "hi"}]})
        assert no_image.status_code == 400 and "no image" in no_image.json()["error"]["message"]
        bad_json = httpx.post(url, content=b"{nope", headers={"Content-Type": "application/json"})
        assert bad_json.status_code == 400
        remote = {"type": "image_url", "image_url": {"url": "http://example.com/x.png"}}
        msg = {"messages": [{"role": "user", "content": [remote]}]}
        assert httpx.post(url, json=msg).status_code == 400
        assert httpx.get(base + "/health").status_code == 200  # still up


def test_builtin_models_are_served_for_the_duration():
    with model_endpoint(None, "builtin:vectorize") as (endpoint, model):
        assert model == "vectorize" and endpoint.startswith("http://127.0.0.1:")
        assert httpx.get(endpoint + "/models").status_code == 200
    with model_endpoint("http://host:8000/v1", "qwen") as pair:
        assert pair == ("http://host:8000/v1", "qwen")


def test_eval_runs_the_builtin_model_through_the_chat_api(tmp_path):
    from typer.testing import CliRunner

    from codepercept.cli.main import app

    build = CliRunner().invoke(
        app,
        [
            "bench",
            "build",
            "--out",
            str(tmp_path / "b"),
            "--templates",
            "triangle_side_lengths",
            "--per-template",
            "2",
        ],
    )
    assert build.exit_code == 0, build.output
    args = [
        "eval",
        "--bench",
        str(tmp_path / "b"),
        "--model",
        "builtin:vectorize",
        "--out",
        str(tmp_path / "run"),
        "--no-progress",
        "--no-report",
    ]
    run = CliRunner().invoke(app, args)
    assert run.exit_code == 0, run.output
    lines = (tmp_path / "run" / "results.jsonl").read_text().splitlines()
    assert len(lines) == 2 and all('"executed": true' in ln for ln in lines), lines
