"""kill -9 in the middle of a pipeline run, then --resume: finished seeds are never asked again."""

from __future__ import annotations

import json
import os
import signal
import subprocess
import sys
import time

from pipeline_support import FIGURES, fenced, shows, write_config, write_seed_folder
from support.replay_server import Route, request_text, routes, slow

from codepercept.synth.store import iter_records

NAMES = {f"s{i}": name for i, name in enumerate(FIGURES)}  # s0..s4


def _seed_folder(tmp_path):
    folder = write_seed_folder(tmp_path / "figs", list(FIGURES))
    seeds = tmp_path / "seeds"
    seeds.mkdir()
    for sid, name in NAMES.items():
        (folder / f"{name}.png").rename(seeds / f"{sid}.png")
    return seeds


def _script(pngs, slow_from: int | None):
    rules = []
    for i, (sid, name) in enumerate(NAMES.items()):
        seen_image = shows(pngs[sid])
        desc = slow(30, "A figure.") if slow_from is not None and i >= slow_from else "A figure."
        rules += [
            Route(lambda s, m=seen_image: m(s) and "Describe" in request_text(s.body), [desc]),
            Route(lambda s, m=seen_image: m(s) and "reproduces" in request_text(s.body),
                  [fenced(FIGURES[name])]),
        ]  # fmt: skip
    return routes(*rules)


def _done_seeds(out) -> set[str]:
    log = out / "seeds.log"
    if not log.exists():
        return set()
    lines = [json.loads(x) for x in log.read_text().splitlines() if x.strip()]
    return {e["seed"] for e in lines if e.get("done")}


def _cached(out) -> int:
    return sum(1 for _ in (out / "cache").rglob("*.json")) if (out / "cache").exists() else 0


def _cli(*args: str) -> list[str]:
    return [sys.executable, "-m", "codepercept.cli.main", *args]


def test_kill_then_resume_repeats_no_finished_request(tmp_path, replay_server):
    seeds = _seed_folder(tmp_path)
    pngs = {sid: (seeds / f"{sid}.png").read_bytes() for sid in NAMES}
    replay_server.set_script(_script(pngs, slow_from=3))
    config = write_config(
        tmp_path / "p.toml",
        replay_server.url,
        run={"checkpoint_s": 0.01},
        reproduce={"ocr": "off"},
    )
    out = tmp_path / "out"
    args = ["reproduce", "--seeds", str(seeds), "--config", str(config), "--out", str(out)]
    proc = subprocess.Popen(
        _cli(*args, "--no-progress"), stdout=subprocess.PIPE, stderr=subprocess.PIPE
    )
    try:
        # s0..s2 get their replies at once (and s0 is committed); s3 and s4 hang
        deadline = time.monotonic() + 60
        while (_cached(out) < 6 or not _done_seeds(out)) and time.monotonic() < deadline:
            assert proc.poll() is None, proc.communicate()
            time.sleep(0.05)
        assert _cached(out) == 6 and "s0" in _done_seeds(out)
    finally:
        os.kill(proc.pid, signal.SIGKILL)
        proc.wait()
    finished = {"s0", "s1", "s2"}  # every reply they need has arrived (and is cached)
    logged = _done_seeds(out)  # committed before the kill: skipped outright on resume
    first_run = replay_server.seen()

    replay_server.set_script(_script(pngs, slow_from=None))
    done = subprocess.run(
        _cli(*args, "--resume", "--no-progress"), capture_output=True, text=True, timeout=300
    )
    assert done.returncode == 0, done.stderr
    assert "5/5 seeds done" in done.stdout

    # no request of a finished seed was sent again; the killed seeds' describe requests
    # (whose replies never arrived) are the only repeats
    finished_images = {h for sid in finished for h in _hashes(pngs[sid])}
    repeated = set(replay_server.repeated())
    for r in replay_server.seen():
        if r.key in repeated:
            assert not finished_images & set(r.image_hashes), request_text(r.body)[:80]
    assert len(first_run) == 8  # describe + reconstruct for s0..s2, describe for s3, s4
    manifest = json.loads((out / "manifest.json").read_text())["pipeline"]["steps"]
    # finished but uncommitted seeds are redone from the reply cache, paying nothing
    assert manifest["reconstruct"]["cache_hits"] == len(finished - logged)
    assert manifest["reconstruct"]["requests"] == len(logged) + 2  # + s3, s4
    records = [*iter_records(out), *iter_records(out, rejects=True)]
    ids = [r.id for r in records]
    assert len(ids) == len(set(ids)) == 5
    assert {r.params["seed_id"] for r in records if r.outcome == "accepted"} == set(NAMES)


def _hashes(png: bytes) -> set[str]:
    import hashlib

    from codepercept.vlm.images import image_to_data_uri

    return {hashlib.sha256(image_to_data_uri(png).encode()).hexdigest()}
