"""The captioner -> solver run against the real replay server, on real MathVision and
DynaMath items: accuracy, captions reused across solvers, baselines, resume, failures."""

from __future__ import annotations

import json

import pytest
from replies import perception_script, request_counts
from support.replay_server import ReplayServer, status

from codepercept.config import ConfigError
from codepercept.io import PNG_SIGNATURE
from codepercept.perception import (
    Endpoint,
    PerceiveConfig,
    PerceptionRun,
    load_benchmark,
    run_scaling,
)
from codepercept.runs import RunDirError


def config(server, **kw) -> PerceiveConfig:
    base = {
        "captioner_endpoint": server.url,
        "captioner_model": "vlm-small",
        "solver_endpoint": server.url,
        "solver_model": "llm-small",
        "concurrency": 3,
        "max_retries": 1,
        "timeout_s": 10,
    }
    return PerceiveConfig(**{**base, **kw})


def records(out) -> dict[str, dict]:
    lines = (out / "records.jsonl").read_text().splitlines()
    return {r["id"]: r for r in map(json.loads, lines)}


def test_caption_then_solve_on_mathvision(mathvision, tmp_path):
    script = perception_script(mathvision, wrong={"6", "8"})
    with ReplayServer(script) as server:
        summary = PerceptionRun(mathvision, tmp_path / "run", config(server), progress=False).run()
        counts = request_counts(server, script)
    assert summary.overall.n == 6 and summary.overall.n_correct == 4
    assert summary.complete and summary.outcomes == {"answered": 6}
    lo, hi = summary.overall.ci_low, summary.overall.ci_high
    assert lo < 100 * 4 / 6 < hi
    assert sum(n for (kind, _, _), n in counts.items() if kind == "caption") == 6
    recs = records(tmp_path / "run")
    assert recs["6"]["prediction"] != "D" and recs["4"]["correct"] is True
    assert recs["4"]["caption"].startswith("FIGURE[4] by vlm-small")
    saved = json.loads((tmp_path / "run" / "summary.json").read_text())
    assert saved["overall"]["n_correct"] == 4 and "counting" in saved["subjects"]
    assert saved["run"]["caption_prompt"].startswith("perception-caption@v1")


def test_captions_are_reused_by_every_solver(dynamath, tmp_path):
    script = perception_script(dynamath, wrong={"2"})
    caps = [Endpoint("vlm-small", ""), Endpoint("vlm-large", "")]
    with ReplayServer(script) as server:
        caps = [Endpoint(c.model, server.url) for c in caps]
        sols = [Endpoint("llm-small", server.url), Endpoint("llm-large", server.url)]
        rows = run_scaling(
            dynamath, tmp_path / "grid", caps, sols, config(server), baselines=True, progress=False
        )
        counts = request_counts(server, script)
    n = len(dynamath)
    for cap in ("vlm-small", "vlm-large"):  # each captioner describes each figure once
        assert sum(v for (k, m, _), v in counts.items() if k == "caption" and m == cap) == n
        assert all(v == 1 for (k, m, _), v in counts.items() if k == "caption" and m == cap)
    solves = sum(v for (k, m, _), v in counts.items() if k == "solve" and m.startswith("llm"))
    assert solves == n * 2 * 2 + n * 2  # the grid, plus question-only per solver
    grid = [r for r in rows if r.mode == "caption"]
    assert len(grid) == 4 and all(r.n_correct == n - 1 for r in grid)
    assert {r.mode for r in rows} == {"caption", "question-only", "image"}
    csv = (tmp_path / "grid" / "scaling.csv").read_text().splitlines()
    assert csv[0].startswith("mode,captioner,solver,n,n_correct,accuracy") and len(csv) == 1 + 8
    assert (tmp_path / "grid" / "scaling.png").read_bytes().startswith(PNG_SIGNATURE)


def test_question_only_and_image_modes(dynamath, tmp_path):
    script = perception_script(dynamath)
    with ReplayServer(script) as server:
        cfg = config(server, mode="question-only", captioner_endpoint=None, captioner_model=None)
        q = PerceptionRun(dynamath, tmp_path / "q", cfg, progress=False).run()
        assert all(
            "Figure description" not in r.body["messages"][0]["content"] for r in server.seen()
        )
        n_before = len(server.seen())
        cfg = config(server, mode="image", solver_endpoint=None, solver_model=None)
        img = PerceptionRun(dynamath, tmp_path / "img", cfg, progress=False).run()
        image_requests = server.seen()[n_before:]
    assert q.overall.n_correct == img.overall.n_correct == len(dynamath)
    assert len(image_requests) == len(dynamath)
    assert all(r.body["model"] == "vlm-small" for r in image_requests)
    assert all(r.body["messages"][0]["content"][0]["type"] == "image_url" for r in image_requests)


def test_oracle_captions_from_templates(tmp_path, image_dir):
    bench = load_benchmark("templates", "isosceles_triangle", per_template=1, image_dir=image_dir)
    assert bench.items and all(it.oracle_caption for it in bench.items)
    script = perception_script(bench)
    with ReplayServer(script) as server:
        cfg = config(server, mode="oracle", captioner_endpoint=None, captioner_model=None)
        summary = PerceptionRun(bench, tmp_path / "oracle", cfg, progress=False).run()
        prompts = [r.body["messages"][0]["content"] for r in server.seen()]
    assert summary.overall.n_correct == len(bench)
    assert all(bench.items[0].oracle_caption in p for p in prompts[:1])


def test_oracle_needs_template_data(mathvision, tmp_path):
    cfg = PerceiveConfig(mode="oracle", solver_endpoint="http://x/v1", solver_model="m")
    with pytest.raises(ConfigError, match="oracle"):
        PerceptionRun(mathvision, tmp_path / "o", cfg, progress=False)


def test_settings_are_checked():
    with pytest.raises(ConfigError, match="captioner"):
        PerceiveConfig(solver_endpoint="http://x/v1", solver_model="m")
    with pytest.raises(ConfigError, match="mode"):
        PerceiveConfig(mode="telepathy")


def test_failures_are_recorded_and_retried_by_resume(mathvision, tmp_path):
    out = tmp_path / "run"
    with ReplayServer(lambda req: status(500)) as server:
        cfg = config(server, max_retries=0)
        summary = PerceptionRun(mathvision, out, cfg, progress=False).run()
    assert summary.outcomes == {"request_failed": 6} and summary.overall.n_correct == 0
    with pytest.raises(RunDirError, match="--resume"):
        PerceptionRun(mathvision, out, cfg, progress=False)
    script = perception_script(mathvision)
    with ReplayServer(script) as server:
        cfg = config(server, max_retries=0)
        summary = PerceptionRun(mathvision, out, cfg, resume=True, progress=False).run()
        assert len(server.seen()) == 12  # a caption and a solve per item, once each
    assert summary.overall.n_correct == 6 and summary.complete
    with pytest.raises(RunDirError, match="solver_model"):
        other = config(server, solver_model="llm-other")
        PerceptionRun(mathvision, out, other, resume=True, progress=False).run()
