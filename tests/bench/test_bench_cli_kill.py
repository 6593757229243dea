"""A real `codepercept eval` subprocess killed mid-run (SIGKILL, SIGINT), then resumed."""

from __future__ import annotations

import json
import os
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest
from scripts import by_image, fenced
from support.replay_server import Reply

from codepercept.bench import Outcome, read_results

CLI = str(Path(sys.executable).parent / "codepercept")


def marked_replies(reference_codes, delay_s):
    """Each item answered with its reference code, a marker comment naming it, after a delay."""
    return {
        k: Reply(text=fenced(f"# item: {k}\n{code}"), delay_s=delay_s)
        for k, code in reference_codes.items()
    }


def eval_cmd(bench, server, out, *extra):
    return [
        CLI,
        "eval",
        "--bench",
        str(bench),
        "--endpoint",
        server.url,
        "--model",
        "replay-vlm",
        "--out",
        str(out),
        "--concurrency",
        "2",
        "--render-workers",
        "1",
        "--timeout",
        "20",
        "--no-progress",
        "--no-report",
        *extra,
    ]


def wait_for_lines(path: Path, n: int, proc: subprocess.Popen, limit_s: float = 120) -> None:
    deadline = time.monotonic() + limit_s
    while time.monotonic() < deadline:
        if path.is_file() and path.read_bytes().count(b"\n") >= n:
            return
        if proc.poll() is not None:
            pytest.fail(f"eval exited early ({proc.returncode}): {proc.stderr.read().decode()}")
        time.sleep(0.05)
    pytest.fail(f"{path} did not reach {n} lines")


def cached_items(run: Path) -> set[str]:
    """Items whose reply sits in the run's reply cache (read back from the marker)."""
    out = set()
    for f in (run / "cache").rglob("*.json"):
        text = json.loads(f.read_text())["body"]["choices"][0]["message"]["content"]
        out.add(text.split("# item: ", 1)[1].split("\n", 1)[0])
    return out


def requests_per_item(server, script) -> dict[str, int]:
    counts: dict[str, int] = {}
    for req in server.seen():
        (uri,) = [p["image_url"]["url"] for p in req.body["messages"][0]["content"][:1]]
        item = script.uri_to_id[uri]
        counts[item] = counts.get(item, 0) + 1
    return counts


def kill_group(proc: subprocess.Popen) -> None:
    """Clean up whatever the killed run left behind in its own session."""
    try:
        os.killpg(proc.pid, signal.SIGKILL)
    except ProcessLookupError:
        pass


@pytest.mark.slow
def test_kill9_then_resume_loses_nothing_and_repeats_nothing(
    dynamath_bench, reference_codes, replay_server, tmp_path
):
    script = by_image(dynamath_bench, marked_replies(reference_codes, delay_s=0.4))
    replay_server.set_script(script)
    run = tmp_path / "run"
    proc = subprocess.Popen(
        eval_cmd(dynamath_bench, replay_server, run),
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        start_new_session=True,
    )
    try:
        wait_for_lines(run / "results.jsonl", 2, proc)
        proc.send_signal(signal.SIGKILL)
        proc.wait(timeout=30)
    finally:
        kill_group(proc)
    assert proc.returncode == -signal.SIGKILL
    before = read_results(run / "results.jsonl")
    lines_before = (run / "results.jsonl").read_bytes()
    received_before = cached_items(run)
    assert 2 <= len(before) < 6, "the kill should land mid-run"
    assert set(before) <= received_before  # a finished item always has its reply cached

    done = subprocess.run(
        eval_cmd(dynamath_bench, replay_server, run, "--resume"),
        capture_output=True,
        text=True,
        timeout=300,
    )
    assert done.returncode == 0, done.stderr
    after = read_results(run / "results.jsonl")
    assert set(after) == set(reference_codes)
    # no finished item lost: every line written before the kill is still there, unchanged
    assert (run / "results.jsonl").read_bytes().startswith(lines_before.rsplit(b"\n", 1)[0])
    for item_id, result in before.items():
        assert after[item_id] == result
    # no finished request repeated: whatever reply had arrived was never asked for again
    counts = requests_per_item(replay_server, script)
    assert all(counts[i] == 1 for i in received_before), counts
    assert all(n <= 2 for n in counts.values())  # only requests in flight at the kill repeat
    assert all(r.outcome is Outcome.OK for r in after.values())
    summary = json.loads((run / "summary.json").read_text())
    assert summary["complete"] and summary["overall"]["exec_rate"] == 100.0
    assert "ALL" in done.stdout and "Exec" in done.stdout


@pytest.mark.slow
def test_ctrl_c_leaves_a_resumable_run(dynamath_bench, reference_codes, replay_server, tmp_path):
    script = by_image(dynamath_bench, marked_replies(reference_codes, delay_s=0.4))
    replay_server.set_script(script)
    run = tmp_path / "run"
    proc = subprocess.Popen(
        eval_cmd(dynamath_bench, replay_server, run),
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        start_new_session=True,
    )
    try:
        wait_for_lines(run / "results.jsonl", 1, proc)
        proc.send_signal(signal.SIGINT)
        _, err = proc.communicate(timeout=60)
    finally:
        kill_group(proc)
    assert proc.returncode == 130, err
    assert b"--resume" in err
    partial = json.loads((run / "summary.json").read_text())
    assert not partial["complete"] and partial["overall"]["n_finished"] >= 1
    received_before = cached_items(run)
    assert set(read_results(run / "results.jsonl")) <= received_before

    done = subprocess.run(
        eval_cmd(dynamath_bench, replay_server, run, "--resume"),
        capture_output=True,
        text=True,
        timeout=300,
    )
    assert done.returncode == 0, done.stderr
    assert len(read_results(run / "results.jsonl")) == 6
    counts = requests_per_item(replay_server, script)
    assert all(counts[i] == 1 for i in received_before), counts
