"""The caption pipeline end to end: seeds with code -> replay server -> store and manifest."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest
from grounded_seeds import (
    PARABOLA,
    PARABOLA_TRUE,
    TRIANGLE_DRAFT_WRONG,
    triangle,
    triangle_caption,
    write_seeds,
)
from pipeline_support import shows, write_config
from support.replay_server import Reply, Route, request_text, routes, status

from codepercept.pipelines.runner import run_pipeline
from codepercept.pipelines.seeds import SeedError
from codepercept.synth import SynthConfig, run_synth
from codepercept.synth.store import iter_records, read_manifest

CLI = str(Path(sys.executable).parent / "codepercept")
DRAFT, ANALYSIS, REFINE = "redraw it", "Explain what the figure shows", "Correct the draft"


def seed_rows():
    rows = [(f"tri{side}", *triangle(side)) for side in (4, 5, 6, 7, 8)]
    return rows + [("parabola", PARABOLA, {})]


def wrong_draft(side: int) -> str:
    return TRIANGLE_DRAFT_WRONG.replace("6", str(side + 10))


#: What the model answers per seed and step, in order (a list is consumed per call).
SCRIPT = {
    # hallucinated draft (count, label, number, colour) that the refinement fixes
    "tri4": {DRAFT: [wrong_draft(4)], REFINE: [triangle_caption(4)]},
    # refinement still hallucinates; the repair round fixes it
    "tri5": {
        DRAFT: [status(500), wrong_draft(5)],
        REFINE: [triangle_caption(5, circles="two circles"), triangle_caption(5)],
    },
    # refinement and its repair still hallucinate: rejected with the reason
    "tri6": {
        DRAFT: [status(429, retry_after=0.05), wrong_draft(6)],
        REFINE: [triangle_caption(6, circles="two circles")] * 2,
    },
    # an empty analysis: the seed fails with that reason
    "tri7": {DRAFT: [triangle_caption(7)], ANALYSIS: [""]},
    # a refinement cut off at max_tokens: the seed fails with that reason
    "tri8": {
        DRAFT: [triangle_caption(8)],
        REFINE: [Reply(text="The figure shows a triangle ABC in", finish_reason="length")],
    },
    "parabola": {DRAFT: [PARABOLA_TRUE], REFINE: [PARABOLA_TRUE]},
}


def marker(seed_id: str) -> str:
    """A text only this seed's analysis and refinement requests carry (from its fact sheet)."""
    return 'title "y = x^2"' if seed_id == "parabola" else f"B ({seed_id[3:]}, 0)"


class Seeds:
    """Which seed a request is about: by its image (drafts) or a fact of its sheet (the rest)."""

    def __init__(self, seeds_dir, rows):
        self.images = {s: shows((seeds_dir / f"{s}.png").read_bytes()) for s, _, _ in rows}

    def step(self, request) -> str:
        body = request_text(request.body)
        return next(s for s in (DRAFT, ANALYSIS, REFINE) if s in body)

    def of(self, request) -> str:
        if self.step(request) == DRAFT:
            return next(s for s, shown in self.images.items() if shown(request))
        return next(s for s in SCRIPT if marker(s) in request_text(request.body))

    def script(self):
        def asks(seed_id, step):
            return lambda r: self.step(r) == step and self.of(r) == seed_id

        rules = [
            Route(asks(seed_id, step), replies)
            for seed_id, steps in SCRIPT.items()
            for step, replies in steps.items()
        ]
        return routes(*rules, default="The program draws what its verified facts list.")

    def calls(self, server, seed_id):
        """(step, request text) of every request about ``seed_id``, in order."""
        mine = [r for r in server.seen() if self.of(r) == seed_id]
        return [(self.step(r), request_text(r.body)) for r in mine]


@pytest.fixture
def run(tmp_path, replay_server):
    rows = seed_rows()
    seeds = write_seeds(tmp_path / "seeds", rows)
    model = Seeds(seeds.parent, rows)
    replay_server.set_script(model.script())
    config = write_config(
        tmp_path / "pipelines.toml",
        replay_server.url,
        run={"repair_rounds": 1, "dedup": False},
        caption={"max_repairs": 1},
    )
    out = tmp_path / "out"
    summary = run_pipeline("caption", seeds, config, out, progress=False)
    return summary, out, model, replay_server


def by_seed(out):
    rows = [*iter_records(out), *iter_records(out, rejects=True)]
    return {r.params["seed_id"]: r for r in rows}


def test_captions_are_refined_repaired_or_rejected_with_the_reason(run):
    summary, out, _, _ = run
    records = by_seed(out)
    assert set(records) == {"tri4", "tri5", "tri6", "tri7", "tri8", "parabola"}
    outcome = {k: str(r.outcome) for k, r in records.items()}
    assert outcome == {
        "tri4": "accepted",
        "tri5": "accepted",
        "tri6": "rejected",
        "tri7": "failed",
        "tri8": "failed",
        "parabola": "accepted",
    }
    tri4 = records["tri4"]
    assert tri4.caption == triangle_caption(4) and tri4.png and "plt.Polygon" in tri4.code
    assert tri4.params["draft"] == wrong_draft(4) and tri4.params["rounds"] == 1
    assert tri4.facts["lengths"] == {"AB": 4}
    draft_faults = (
        tri4.params["draft_check"]["contradicted"] + tri4.params["draft_check"]["unsupported"]
    )
    assert any("two circles" in f for f in draft_faults) and any("PQR" in f for f in draft_faults)
    assert records["tri5"].params["rounds"] == 2
    assert records["tri5"].params["history"] == [triangle_caption(5, circles="two circles")]
    tri6 = records["tri6"]
    assert tri6.reasons == ("claims:contradicted",)
    [gate] = tri6.gates
    assert gate.gate == "claims" and not gate.passed
    assert (
        "'two circles'" in gate.reasons[0]
        and "counts of circles in the figure: 1" in gate.reasons[0]
    )
    assert records["tri7"].reasons == ("caption_analysis:empty reply",)
    assert records["tri8"].reasons[0].startswith("caption_refine:truncated")
    assert summary.rows == {"accepted": 3, "rejected": 1, "deduped": 0, "failed": 2}


def test_the_repair_round_shows_the_faults_to_the_model(run):
    _, _, model, server = run
    calls = model.calls(server, "tri6")
    assert [step for step, _ in calls] == [DRAFT, DRAFT, ANALYSIS, REFINE, REFINE]  # 429 retried
    first, repair = calls[3][1], calls[4][1]
    assert "automatic check" not in first and wrong_draft(6) in first
    assert "automatic check" in repair and "two circles" in repair
    assert "counts of circles in the figure: 1" in repair
    assert [step for step, _ in model.calls(server, "tri4")] == [DRAFT, ANALYSIS, REFINE]


def test_the_manifest_reports_hallucination_rates_and_step_counts(run):
    _, out, _, _ = run
    manifest = read_manifest(out)
    summary = manifest["pipeline"]["summary"]
    # four captions were checked (tri4, tri5, tri6, parabola); three drafts hallucinated
    assert summary["captions"] == 4
    assert summary["draft_hallucination_rate"] == 0.75
    assert summary["refined_hallucination_rate"] == 0.5
    assert summary["final_hallucination_rate"] == 0.25
    assert summary["repaired"] == 1 and summary["rejected"] == 1
    kept = [r.params["wording_kept"] for r in by_seed(out).values() if "wording_kept" in r.params]
    assert len(kept) == 4 and summary["mean_wording_kept"] == pytest.approx(sum(kept) / 4, abs=1e-3)
    steps = manifest["pipeline"]["steps"]
    assert steps["caption_refine"]["requests"] == 7  # tri4 1, tri5 2, tri6 2, tri8 1, parabola 1
    assert steps["caption_draft"]["requests"] == 6
    assert steps["caption_refine"]["truncated"] == 1 and steps["caption_analysis"]["empty"] == 1
    assert json.dumps(manifest)  # plain JSON throughout


def test_a_resumed_run_asks_nothing_again(run, tmp_path):
    summary, out, _, server = run
    before = len(server.seen())
    again = run_pipeline(
        "caption", tmp_path / "seeds" / "seeds.jsonl", tmp_path / "pipelines.toml", out,
        resume=True, progress=False,
    )  # fmt: skip
    assert len(server.seen()) == before
    assert again.rows == summary.rows and again.seeds_done == 6


def test_the_cli_runs_the_pipeline_and_prints_its_summary(tmp_path, replay_server):
    seeds = write_seeds(tmp_path / "seeds", [("tri4", *triangle(4))])
    replay_server.set_script(
        routes(
            Route(DRAFT, [wrong_draft(4)]),
            Route(REFINE, [triangle_caption(4)]),
            default="The triangle ABC has a red circle inside.",
        )
    )
    config = write_config(tmp_path / "pipelines.toml", replay_server.url)
    out = tmp_path / "out"
    argv = ["caption", "--seeds", str(seeds), "--config", str(config), "--out", str(out)]
    result = subprocess.run(
        [CLI, *argv, "--no-progress"],
        capture_output=True,
        text=True,
        timeout=300,
    )
    assert result.returncode == 0, result.stderr
    assert "1/1 seeds done; rows: 1 accepted" in result.stdout
    assert "draft_hallucination_rate 1.0" in result.stdout  # the draft miscounted
    assert "final_hallucination_rate 0.0" in result.stdout
    [record] = iter_records(out)
    assert record.caption == triangle_caption(4)
    again = subprocess.run([CLI, *argv], capture_output=True, text=True, timeout=300)
    assert again.returncode == 1 and "--resume" in again.stderr


def test_a_synth_store_seeds_the_pipeline_with_its_template_facts(tmp_path, replay_server):
    store = tmp_path / "store"
    run_synth(
        SynthConfig(
            out=store,
            templates=("circle_chord_distance", "inscribed_central_angle"),
            n=2,
            workers=1,
            progress=False,
        )
    )
    samples = {r.id: r for r in iter_records(store)}
    images = {r.id: shows(r.png) for r in samples.values()}

    def for_seed(step, answer):
        return [
            Route(lambda r, s=s: step in request_text(r.body) and images[s](r), [answer(rec)])
            for s, rec in samples.items()
        ]

    def true_caption(rec):
        return (
            f"The figure shows a circle and the labelled points {', '.join(rec.facts['points'])}."
        )

    # the draft miscounts the circles; the refinement names the template's points
    script = routes(
        *for_seed(DRAFT, lambda rec: true_caption(rec) + " It shows two circles."),
        *[
            Route(
                lambda r, c=true_caption(s): (
                    REFINE in request_text(r.body) and c in request_text(r.body)
                ),
                [true_caption(s)],
            )
            for s in samples.values()
        ],
        default="The program draws what its verified facts list.",
    )
    replay_server.set_script(script)
    config = write_config(tmp_path / "pipelines.toml", replay_server.url)
    summary = run_pipeline("caption", store, config, tmp_path / "out", progress=False)
    assert summary.rows["accepted"] == 2, [
        r.reasons for r in iter_records(tmp_path / "out", rejects=True)
    ]
    for record in iter_records(tmp_path / "out"):
        source = samples[record.params["seed_id"]]
        assert record.caption == true_caption(source) and record.facts == source.facts
        assert any("two circles" in c for c in record.params["draft_check"]["contradicted"])
    analysis = [request_text(r.body) for r in replay_server.seen()]
    assert sum("template facts:" in t and ANALYSIS in t for t in analysis) == 2


def test_seeds_without_code_are_refused_before_any_request(tmp_path, replay_server, shared_data):
    config = write_config(tmp_path / "pipelines.toml", replay_server.url)
    seeds = shared_data / "mathvision-testmini"
    for name in ("caption", "img2code"):
        with pytest.raises(SeedError, match=f"pipeline {name} needs seeds with code"):
            run_pipeline(name, seeds, config, tmp_path / name, limit=3, progress=False)
    assert replay_server.seen() == [] and not (tmp_path / "caption").exists()
