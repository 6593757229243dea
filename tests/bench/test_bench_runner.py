"""EvalRun end to end against the replay server on the six-item DynaMath benchmark."""

from __future__ import annotations

import json

import pytest
from scripts import by_image, fenced
from support.render import inprocess_renderer, test_scorer
from support.replay_server import empty, malformed, slow, status, thinking

from codepercept.bench import (
    EvalConfig,
    EvalRun,
    Outcome,
    RunDirError,
    load_benchmark,
    read_results,
)
from codepercept.errors import EndpointError

A1, A12, A47 = (
    "analytic_geometry/image1",
    "analytic_geometry/image12",
    "analytic_geometry/image47",
)
P9, S30, S37 = "plane_geometry/image9", "statistics/image30", "statistics/image37"


def make_run(bench, out, server, **kw):
    opts = dict(
        endpoint=server.url if server else None,
        model="replay-vlm" if server else None,
        timeout_s=5.0,
        concurrency=3,
        render_workers=1,
        max_tokens=2048,
    )
    for key in list(kw):
        if key in EvalConfig.__dataclass_fields__:
            opts[key] = kw.pop(key)
    config = EvalConfig(**opts)
    run = EvalRun(
        load_benchmark(bench),
        out,
        config,
        renderer=inprocess_renderer(),
        scorer=test_scorer(),
        progress=False,
        **kw,
    )
    if run.client is not None:
        run.client.backoff_s = 0.01
    return run


def test_mixed_replies_outcomes_and_exec_rate(
    dynamath_bench, reference_codes, replay_server, tmp_path
):
    broken = "import matplotlib.pyplot as plt\nplt.plot([1, 2], [3])\n"  # x/y length mismatch
    variant = reference_codes[S37].replace("[10, 9, 2, 10, 2, 5]", "[10, 9, 3, 10, 2, 4]")
    script = by_image(
        dynamath_bench,
        {
            A1: fenced(reference_codes[A1]),
            A12: thinking("The curve is a cosine.", fenced(reference_codes[A12])),
            A47: [malformed(), status(500), fenced(reference_codes[A47])],
            P9: empty(),
            S30: fenced(broken),
            S37: [status(429, retry_after=0.05), fenced(variant, lead="Sure.")],
        },
    )
    replay_server.set_script(script)
    out = tmp_path / "run"
    summary = make_run(dynamath_bench, out, replay_server, temperature=0.3).run()

    results = read_results(out / "results.jsonl")
    assert {k: r.outcome for k, r in results.items()} == {
        A1: Outcome.OK,
        A12: Outcome.OK,
        A47: Outcome.OK,
        P9: Outcome.NO_CODE,
        S30: Outcome.EXEC_FAILED,
        S37: Outcome.OK,
    }
    assert results[S30].render_status == "error" and results[S30].error
    # an exact reproduction scores higher than a variant, which scores above 0
    assert results[A1].scores["overall"] > results[S37].scores["overall"] > 0
    assert (out / results[A1].render_png).is_file()
    # retries: 2 extra for A47, 1 extra for S37; nothing else was sent twice
    seen = replay_server.seen()
    assert len(seen) == 6 + 3
    assert all(r.body["temperature"] == 0.3 and r.body["max_tokens"] == 2048 for r in seen)
    assert all(
        r.body["messages"][0]["content"][1]["text"].startswith("You are an expert") for r in seen
    )

    # Exec Rate over the full benchmark, per category too
    assert summary.overall.exec_rate == pytest.approx(100 * 4 / 6)
    assert summary.categories["statistics"].exec_rate == pytest.approx(50.0)
    assert summary.categories["plane_geometry"].exec_rate == 0.0
    assert summary.categories["analytic_geometry"].exec_rate == pytest.approx(100.0)
    data = json.loads((out / "summary.json").read_text())
    assert data["overall"]["n"] == 6 and data["complete"] is True
    assert data["outcomes"] == {"ok": 4, "no_code": 1, "exec_failed": 1}
    assert data["stats"]["http_attempts"] == 9 and data["stats"]["requests_made"] == 6
    assert data["stats"]["completion_tokens"] > 0
    # failures count as 0 in the overall mean
    oks = [results[i].scores["overall"] for i in (A1, A12, A47, S37)]
    assert summary.overall.det["overall"] == pytest.approx(sum(oks) / 6)

    # a second pass with --resume makes no request at all
    n_before = len(replay_server.seen())
    again = make_run(dynamath_bench, out, replay_server, temperature=0.3, resume=True).run()
    assert len(replay_server.seen()) == n_before
    assert again.overall.exec_rate == summary.overall.exec_rate


def test_slow_replies_fail_then_resume_retries_only_those(
    dynamath_bench, reference_codes, replay_server, tmp_path
):
    replay_server.set_script(
        by_image(
            dynamath_bench, {k: fenced(v) for k, v in reference_codes.items()} | {P9: slow(3.0)}
        )
    )
    out = tmp_path / "run"
    summary = make_run(dynamath_bench, out, replay_server, timeout_s=0.4, max_retries=1).run()
    results = read_results(out / "results.jsonl")
    assert results[P9].outcome is Outcome.REQUEST_FAILED and "0.4s" in results[P9].error
    assert summary.n_pending == 1 and not summary.complete
    assert summary.overall.exec_rate == pytest.approx(100 * 5 / 6)

    replay_server.set_script(by_image(dynamath_bench, {P9: fenced(reference_codes[P9])}))
    n_before = len(replay_server.seen())
    summary = make_run(
        dynamath_bench, out, replay_server, timeout_s=0.4, max_retries=1, resume=True
    ).run()
    new = replay_server.seen()[n_before:]
    assert len(new) == 1 and new[0].image_hashes == replay_server.seen()[n_before].image_hashes
    assert summary.complete and summary.overall.exec_rate == pytest.approx(100.0)


def test_torn_last_line_is_redone_from_cache(
    dynamath_bench, reference_codes, replay_server, tmp_path
):
    replay_server.set_script(
        by_image(dynamath_bench, {k: fenced(v) for k, v in reference_codes.items()})
    )
    out = tmp_path / "run"
    make_run(dynamath_bench, out, replay_server).run()
    lines = (out / "results.jsonl").read_bytes().splitlines(keepends=True)
    torn_id = json.loads(lines[-1])["id"]
    (out / "results.jsonl").write_bytes(b"".join(lines[:-1]) + lines[-1][:40])  # a kill mid-write
    n_before = len(replay_server.seen())
    summary = make_run(dynamath_bench, out, replay_server, resume=True).run()
    assert len(replay_server.seen()) == n_before  # the reply came from the cache
    assert replay_server.repeated() == []
    results = read_results(out / "results.jsonl")
    assert results[torn_id].outcome is Outcome.OK and results[torn_id].cached
    assert summary.complete and len(results) == 6
    assert all(
        line.endswith(b"\n") for line in (out / "results.jsonl").read_bytes().splitlines(True)
    )


def test_run_dir_guards(dynamath_bench, replay_server, tmp_path):
    out = tmp_path / "run"
    make_run(dynamath_bench, out, replay_server).run()
    with pytest.raises(RunDirError, match="--resume"):
        make_run(dynamath_bench, out, replay_server)
    with pytest.raises(RunDirError, match="different fingerprint"):
        make_run(dynamath_bench, out, replay_server, temperature=0.9, resume=True)


def test_endpoint_down_stops_the_run(dynamath_bench, replay_server, tmp_path):
    replay_server.set_script(lambda req: status(500))
    out = tmp_path / "run"
    run = make_run(
        dynamath_bench, out, replay_server, max_retries=0, max_consecutive_failures=3, concurrency=1
    )
    with pytest.raises(EndpointError, match="3 requests in a row failed"):
        run.run()
    results = read_results(out / "results.jsonl")
    assert {r.outcome for r in results.values()} == {Outcome.REQUEST_FAILED}
    assert len(replay_server.seen()) <= 4


def test_predictions_mode(dynamath_bench, reference_codes, tmp_path):
    preds = tmp_path / "preds.jsonl"
    lines = [
        {"id": A1, "reply": fenced(reference_codes[A1])},
        {"id": A12, "code": reference_codes[A12]},
        {"id": S37, "response": "no idea"},
    ]
    preds.write_text("".join(json.dumps(x) + "\n" for x in lines))
    out = tmp_path / "run"
    summary = make_run(dynamath_bench, out, None, predictions=preds).run()
    results = read_results(out / "results.jsonl")
    assert results[A1].outcome is Outcome.OK and results[A12].outcome is Outcome.OK
    assert results[S37].outcome is Outcome.NO_CODE
    assert results[P9].outcome is Outcome.NO_PREDICTION
    assert summary.overall.exec_rate == pytest.approx(100 * 2 / 6)
    # a finished run's results.jsonl is itself a predictions file
    again = make_run(
        dynamath_bench, tmp_path / "rescored", None, predictions=out / "results.jsonl"
    ).run()
    assert again.overall.exec_rate == pytest.approx(100 * 2 / 6)
