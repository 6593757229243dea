"""Image Diversity end to end: principle -> K variants -> repair, gates, dedup within and
across seeds."""

from __future__ import annotations

from pipeline_support import BROKEN, FIGURES, fenced, shows, write_config, write_seed_folder
from support.replay_server import Reply, Route, request_text, routes

from codepercept.pipelines import run_pipeline
from codepercept.synth.store import iter_records, read_manifest

PRINCIPLE, VARIANTS, REPAIR = "Identify the scientific", "Write 3 different", "failed (an image"


def on(png: bytes, words: str):
    seen_image = shows(png)
    return lambda seen: seen_image(seen) and words in request_text(seen.body)


def blocks(*codes: str) -> str:
    return "\n".join(f"Variant {i + 1}:\n```python\n{c}```" for i, c in enumerate(codes))


def test_diversify_single_request_repairs_and_dedups(tmp_path, replay_server):
    seeds = write_seed_folder(tmp_path / "seeds", ["parabola", "bars"])
    para, bars = (seeds / "parabola.png").read_bytes(), (seeds / "bars.png").read_bytes()
    same_as_sine = "# the same program, commented\n" + FIGURES["sine"]
    cut = Reply(
        text=blocks(FIGURES["scatter"], FIGURES["circle"]) + "\n```python\nimport matplotlib",
        finish_reason="length",
    )
    replay_server.set_script(
        routes(
            Route(PRINCIPLE, ["Quantities that change together: a function and its graph."]),
            # parabola: a good variant, a broken one (repaired), and a duplicate of the first
            Route(on(para, VARIANTS), [blocks(FIGURES["sine"], BROKEN, same_as_sine)]),
            Route(REPAIR, [fenced(FIGURES["scatter"])]),
            # bars: cut off after two programs; the first repeats the parabola's repaired one
            Route(on(bars, VARIANTS), [cut]),
        )
    )
    config = write_config(tmp_path / "p.toml", replay_server.url, diversify={"variants": 3})
    out = tmp_path / "out"

    summary = run_pipeline("diversify", seeds, config, out, progress=False)

    assert summary.seeds_done == 2
    assert summary.rows == {"accepted": 3, "rejected": 0, "deduped": 2, "failed": 1}
    rows = {
        (r.params["seed_id"], r.seed): r
        for r in [*iter_records(out), *iter_records(out, rejects=True)]
    }
    assert len(rows) == 6  # K records per seed, whatever became of them
    # seeds run in file order: bars first, so its scatter comes before the parabola's
    assert rows["bars", 0].code == FIGURES["scatter"] and rows["bars", 0].outcome == "accepted"
    assert rows["bars", 1].code == FIGURES["circle"] and rows["bars", 1].outcome == "accepted"
    assert rows["bars", 2].outcome == "failed" and rows["bars", 2].reasons == (
        "variants:truncated",
    )
    assert rows["parabola", 0].code == FIGURES["sine"] and rows["parabola", 0].outcome == "accepted"
    repaired = rows["parabola", 1]
    assert repaired.code == FIGURES["scatter"] and repaired.params["repairs"] == 1
    assert repaired.outcome == "deduped"  # across seeds: the bars seed drew it first
    assert rows["parabola", 2].outcome == "deduped"  # within the seed: the first one, commented
    assert rows["parabola", 2].reasons == ("dedup:code",)
    assert rows["bars", 1].params["principle"].startswith("Quantities that change")

    steps = read_manifest(out)["pipeline"]["steps"]
    assert steps["principle"]["requests"] == 2
    assert steps["variants"]["requests"] == 2 and steps["variants"]["truncated"] == 1
    assert steps["repair"]["requests"] == 1


def test_diversify_one_request_per_variant(tmp_path, replay_server):
    seeds = write_seed_folder(tmp_path / "seeds", ["circle"])
    replay_server.set_script(
        routes(
            Route(PRINCIPLE, ["The circle: all points at distance r from the centre."]),
            Route("variation 1 of 2", [fenced(FIGURES["bars"])]),
            Route("variation 2 of 2", [""]),  # an empty reply fails that variant only
        )
    )
    config = write_config(
        tmp_path / "p.toml", replay_server.url, diversify={"variants": 2, "mode": "each"}
    )
    summary = run_pipeline("diversify", seeds, config, tmp_path / "out", progress=False)
    assert summary.rows == {"accepted": 1, "rejected": 0, "deduped": 0, "failed": 1}
    (failed,) = iter_records(tmp_path / "out", rejects=True)
    assert failed.seed == 1 and failed.reasons == ("variants:empty reply",)
    variant_requests = [r for r in replay_server.seen() if "variation" in request_text(r.body)]
    assert len(variant_requests) == 2
    forms = sorted("a different kind of diagram" in request_text(r.body) for r in variant_requests)
    assert forms == [False, True]  # each request names its own visual form


def test_mllm_gates_judge_every_variant(tmp_path, replay_server):
    seeds = write_seed_folder(tmp_path / "seeds", ["circle"])
    unsuitable = "random noise"  # the code judge rates this program low
    noisy = FIGURES["scatter"].replace("Five points", unsuitable)

    def judged_noisy(seen) -> bool:
        return unsuitable in request_text(seen.body) and "Rate how" in request_text(seen.body)

    replay_server.set_script(
        routes(  # the first matching route answers: the specific one first
            Route(judged_noisy, ["Score: 1\nReason: pure unstructured randomness."]),
            Route("Rate how suitable", ["Score: 5\nReason: clear structure."]),
            Route("Class-A fatal errors", ["Verdict: PASS\nErrors: none"]),
            Route("Decide whether the image and the program agree", ["Verdict: MATCH\nReason: ok"]),
            Route(PRINCIPLE, ["Points at distance r from a centre."]),
            Route("Write 2 different", [blocks(FIGURES["bars"], noisy)]),
        )
    )
    config = write_config(
        tmp_path / "p.toml",
        replay_server.url,
        run={"mllm_gates": True},
        diversify={"variants": 2},
    )
    summary = run_pipeline("diversify", seeds, config, tmp_path / "out", progress=False)
    assert summary.rows == {"accepted": 1, "rejected": 1, "deduped": 0, "failed": 0}
    assert summary.steps["mllm_gates"]["requests"] == 6  # three gates per variant
    (ok,) = iter_records(tmp_path / "out")
    assert {g.gate for g in ok.gates} == {"Q_C", "Q_I", "MLLM_Q_C", "MLLM_Q_I", "MLLM_Q_IC"}
    (bad,) = iter_records(tmp_path / "out", rejects=True)
    assert bad.code == noisy and bad.reasons == ("MLLM_Q_C:unsuitable",)
