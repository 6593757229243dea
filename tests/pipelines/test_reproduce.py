"""Image Reproduction end to end: seed folder -> replay server -> dataset store and manifest."""

from __future__ import annotations

from pipeline_support import (
    BROKEN,
    FIGURES,
    fenced,
    render_png,
    shows,
    write_config,
    write_seed_folder,
)
from support.replay_server import Reply, Route, request_text, routes, status

from codepercept.pipelines import run_pipeline
from codepercept.synth.store import iter_records, read_manifest

DESCRIBE, RECONSTRUCT, REPAIR = "Describe this figure", "reproduces the figure", "failed (an image"


def on(png: bytes, words: str):
    seen_image = shows(png)
    return lambda seen: seen_image(seen) and words in request_text(seen.body)


def script(pngs: dict[str, bytes]):
    p = pngs
    return routes(
        # parabola: everything right the first time
        Route(on(p["parabola"], DESCRIBE), ["A parabola y = x squared."]),
        Route(on(p["parabola"], RECONSTRUCT), [fenced(FIGURES["parabola"])]),
        # bars: a 500 before the description; broken code that one repair fixes
        Route(on(p["bars"], DESCRIBE), [status(500), "Four orange bars A-D."]),
        Route(on(p["bars"], RECONSTRUCT), [fenced(BROKEN)]),
        Route(on(p["bars"], REPAIR), [fenced(FIGURES["bars"])]),
        # circle: a 429 with Retry-After; code cut off at max_tokens, repaired
        Route(on(p["circle"], DESCRIBE), [status(429, retry_after=0), "A red circle, r = 1."]),
        Route(
            on(p["circle"], RECONSTRUCT),
            [
                Reply(
                    text="```python\nimport matplotlib.pyplot as plt\nfig, ax = plt.sub",
                    finish_reason="length",
                )
            ],
        ),
        Route(on(p["circle"], REPAIR), [fenced(FIGURES["circle"])]),
        # sine: an empty description fails the seed
        Route(on(p["sine"], DESCRIBE), [""]),
        # scatter: code that runs but draws another figure: rejected by Q_IC
        Route(on(p["scatter"], DESCRIBE), ["Five purple points."]),
        Route(on(p["scatter"], RECONSTRUCT), [fenced(FIGURES["parabola"].replace("200", "150"))]),
    )


def test_reproduce_end_to_end_and_resume(tmp_path, replay_server):
    names = ["parabola", "bars", "circle", "sine", "scatter"]
    seeds = write_seed_folder(tmp_path / "seeds", names)
    pngs = {n: (seeds / f"{n}.png").read_bytes() for n in names}
    replay_server.set_script(script(pngs))
    config = write_config(
        tmp_path / "p.toml", replay_server.url, reproduce={"ocr": "off", "min_visual": 75}
    )
    out = tmp_path / "out"

    summary = run_pipeline("reproduce", seeds, config, out, progress=False)

    assert summary.seeds_done == 5 and summary.endpoint_failures == 0
    assert summary.rows == {"accepted": 3, "rejected": 1, "deduped": 0, "failed": 1}
    accepted = {r.params["seed_id"]: r for r in iter_records(out)}
    assert set(accepted) == {"parabola", "bars", "circle"}
    for name, rec in accepted.items():
        assert rec.code == FIGURES[name]
        assert rec.png is not None and rec.family == "reproduce" and rec.template == "seeds"
        q_ic = next(g for g in rec.gates if g.gate == "Q_IC")
        assert q_ic.passed and q_ic.details["visual"] > 90
    assert accepted["parabola"].params["repairs"] == 0
    assert accepted["bars"].params["repairs"] == 1
    assert "NameError" in accepted["bars"].params["errors"][0]
    assert accepted["circle"].params["repairs"] == 1
    assert "cut off at the token limit" in accepted["circle"].params["errors"][0]
    assert accepted["bars"].params["description"] == "Four orange bars A-D."

    rejects = {r.params["seed_id"]: r for r in iter_records(out, rejects=True)}
    assert rejects["sine"].outcome == "failed"
    assert rejects["sine"].reasons == ("describe:empty reply",)
    assert rejects["scatter"].outcome == "rejected"
    assert any(r.startswith("Q_IC:low_visual") for r in rejects["scatter"].reasons)
    assert rejects["scatter"].png is not None  # the rejected render is kept for inspection

    card = (out / "README.md").read_text()
    assert "# codepercept reproduce dataset" in card and "`reproduce` pipeline" in card
    assert "seed image -> description" in card and "templates" not in card

    steps = read_manifest(out)["pipeline"]["steps"]
    assert steps["describe"]["requests"] == 5 and steps["describe"]["empty"] == 1
    assert steps["reconstruct"]["requests"] == 4 and steps["reconstruct"]["truncated"] == 1
    assert steps["repair"]["requests"] == 2
    assert all(s["cache_hits"] == 0 and s["failures"] == 0 for s in steps.values())
    assert steps["describe"]["retries"] == 2  # the 500 and the 429
    # the 500 and the 429 were retried by the client: 2 extra HTTP requests
    assert len(replay_server.seen()) == 5 + 4 + 2 + 2

    # a finished run resumed: nothing is asked again, nothing changes
    before = len(replay_server.seen())
    again = run_pipeline("reproduce", seeds, config, out, resume=True, progress=False)
    assert len(replay_server.seen()) == before
    assert again.rows == summary.rows and again.seeds_done == 5


def test_lost_store_is_rebuilt_from_the_reply_cache(tmp_path, replay_server):
    """Replies already paid for are never asked again, even when the records must be redone."""
    seeds = write_seed_folder(tmp_path / "seeds", ["parabola"])
    png = (seeds / "parabola.png").read_bytes()
    replay_server.set_script(
        routes(
            Route(on(png, DESCRIBE), ["A parabola."]),
            Route(on(png, RECONSTRUCT), [fenced(FIGURES["parabola"])]),
        )
    )
    config = write_config(tmp_path / "p.toml", replay_server.url, reproduce={"ocr": "off"})
    run_pipeline("reproduce", seeds, config, tmp_path / "out", progress=False)
    n = len(replay_server.seen())
    # keep only the reply cache: the store is gone, the replies are not
    out2 = tmp_path / "out2"
    out2.mkdir()
    (tmp_path / "out" / "cache").rename(out2 / "cache")
    summary = run_pipeline("reproduce", seeds, config, out2, progress=False)
    assert len(replay_server.seen()) == n
    assert summary.rows["accepted"] == 1
    for step in ("describe", "reconstruct"):
        assert summary.steps[step]["requests"] == 0 and summary.steps[step]["cache_hits"] == 1


def test_endpoint_down_leaves_the_seed_to_do(tmp_path, replay_server):
    seeds = write_seed_folder(tmp_path / "seeds", ["parabola"])
    png = (seeds / "parabola.png").read_bytes()
    replay_server.set_script(routes(Route(on(png, DESCRIBE), [status(503)])))
    config = write_config(tmp_path / "p.toml", replay_server.url, reproduce={"ocr": "off"})
    out = tmp_path / "out"
    first = run_pipeline("reproduce", seeds, config, out, progress=False)
    assert first.seeds_done == 0 and first.endpoint_failures == 1
    describe = read_manifest(out)["pipeline"]["steps"]["describe"]
    assert describe["failures"] == 1 and describe["retries"] == 3  # max_retries = 3
    assert read_manifest(out)["counts"]["attempted"] == 0  # nothing stored: it stays to do

    replay_server.set_script(
        routes(
            Route(on(png, DESCRIBE), ["A parabola."]),
            Route(on(png, RECONSTRUCT), [fenced(FIGURES["parabola"])]),
        )
    )
    second = run_pipeline("reproduce", seeds, config, out, resume=True, progress=False)
    assert second.seeds_done == 1 and second.rows["accepted"] == 1


def test_judge_gate_rates_the_reproduction(tmp_path, replay_server):
    seeds = write_seed_folder(tmp_path / "seeds", ["parabola", "bars"])
    pngs = {n: (seeds / f"{n}.png").read_bytes() for n in ("parabola", "bars")}
    judge = "Rate how faithfully"
    replay_server.set_script(
        routes(
            Route(judge, ["Score: 5\nReason: same figure."]),  # both images: judge first
            Route(on(pngs["parabola"], DESCRIBE), ["A parabola."]),
            Route(on(pngs["parabola"], RECONSTRUCT), [fenced(FIGURES["parabola"])]),
            Route(on(pngs["bars"], DESCRIBE), ["Bars."]),
            Route(on(pngs["bars"], RECONSTRUCT), [fenced(FIGURES["bars"])]),
        )
    )
    config = write_config(
        tmp_path / "p.toml", replay_server.url, reproduce={"ocr": "off", "judge": True}
    )
    summary = run_pipeline("reproduce", seeds, config, tmp_path / "out", progress=False)
    assert summary.rows["accepted"] == 2 and summary.steps["judge"]["requests"] == 2
    for rec in iter_records(tmp_path / "out"):
        verdict = next(g for g in rec.gates if g.gate == "MLLM_Q_IC")
        assert verdict.passed and verdict.details["score"] == 5
    assert render_png(FIGURES["bars"])  # the seeds are real renders


def test_batch_form_for_process_and_ray_engines(tmp_path, replay_server):
    """``PipelineProcessor.process`` (what the local and Ray engines call) gives the same records."""
    from codepercept.pipelines import load_config, load_seeds
    from codepercept.pipelines.processor import PipelineProcessor, SeedItem

    seeds = write_seed_folder(tmp_path / "seeds", ["bars", "circle"])
    replay_server.set_script(
        routes(
            Route(DESCRIBE, ["A figure."]),
            Route(on((seeds / "bars.png").read_bytes(), RECONSTRUCT), [fenced(FIGURES["bars"])]),
            Route(RECONSTRUCT, [fenced(BROKEN)]),  # circle: broken, and every repair too
            Route(REPAIR, [fenced(BROKEN)]),
        )
    )
    config = load_config(
        write_config(tmp_path / "p.toml", replay_server.url, reproduce={"ocr": "off"})
    )
    factory = PipelineProcessor.factory("reproduce", config, tmp_path / "cache")
    processor = factory()
    try:
        items = [SeedItem(i, s) for i, s in enumerate(load_seeds(seeds))]
        results = processor.process(items)
    finally:
        processor.close()
    assert [r.index for r in results] == [0, 1]
    bars, circle = (r.record for r in results)
    assert bars.outcome == "accepted" and bars.records[0].code == FIGURES["bars"]
    (failed,) = circle.records
    assert failed.outcome == "failed" and failed.reasons[0] == "render:error"
    # the repair repeated the failed program: asking again would get it again from the cache
    assert failed.params["repairs"] == 1
    assert failed.params["errors"][-1] == "the repair returned a program that had already failed"
    assert circle.steps["repair"]["requests"] == 1
