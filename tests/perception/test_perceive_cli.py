"""The CLI: `perceive-solve` killed with SIGKILL mid-run and resumed, `scaling`, one-line
errors."""

from __future__ import annotations

import json
import os
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest
from replies import perception_script, request_counts
from support.replay_server import ReplayServer

CLI = str(Path(sys.executable).parent / "codepercept")


def cli(*args: str, **kw) -> subprocess.CompletedProcess:
    return subprocess.run([CLI, *args], capture_output=True, text=True, timeout=120, **kw)


def solve_cmd(server, data, out, *extra: str) -> list[str]:
    return [
        CLI,
        "perceive-solve",
        "--bench",
        "dynamath",
        "--data",
        str(data),
        "--limit",
        "8",
        "--captioner-endpoint",
        server.url,
        "--captioner-model",
        "vlm",
        "--solver-endpoint",
        server.url,
        "--solver-model",
        "llm",
        "--out",
        str(out),
        "--concurrency",
        "2",
        "--timeout",
        "20",
        "--no-progress",
        *extra,
    ]


def finished_ids(out: Path) -> set[str]:
    path = out / "records.jsonl"
    if not path.is_file():
        return set()
    done = set()
    for line in path.read_bytes().split(b"\n"):
        try:
            rec = json.loads(line)
        except ValueError:
            continue  # the torn last line of a killed writer
        if rec.get("outcome") in ("answered", "no_answer"):
            done.add(rec["id"])
    return done


@pytest.mark.slow
def test_kill_9_then_resume_requests_no_finished_item_again(shared_data, tmp_path):
    from codepercept.perception import load_benchmark

    data = shared_data / "dynamath-seed"
    bench = load_benchmark("dynamath", data, limit=8)
    script = perception_script(bench, delay_s=0.25)
    out = tmp_path / "run"
    with ReplayServer(script) as server:
        proc = subprocess.Popen(
            solve_cmd(server, data, out, "--no-report"),
            stdout=subprocess.PIPE,
            stderr=subprocess.PIPE,
        )
        deadline = time.monotonic() + 60
        while len(finished_ids(out)) < 3:
            assert proc.poll() is None, proc.stderr.read().decode()
            assert time.monotonic() < deadline, "no progress"
            time.sleep(0.02)
        os.kill(proc.pid, signal.SIGKILL)
        proc.wait()
        before = finished_ids(out)
        assert 3 <= len(before) < 8
        first = request_counts(server, script)
        res = subprocess.run(
            solve_cmd(server, data, out, "--resume"), capture_output=True, text=True, timeout=120
        )
        assert res.returncode == 0, res.stderr
        after = request_counts(server, script)
    assert finished_ids(out) == {it.id for it in bench.items}
    again = after - first
    assert not {item for (_, _, item) in again} & before  # no finished item asked twice
    assert "ALL" in res.stdout and (out / "report.html").is_file()
    summary = json.loads((out / "summary.json").read_text())
    assert summary["complete"] and summary["overall"]["n_correct"] == 8


def test_scaling_cli_writes_csv_and_plot(shared_data, tmp_path):
    from codepercept.perception import load_benchmark

    data = shared_data / "mathvision-testmini"
    bench = load_benchmark("mathvision", data, limit=4)
    with ReplayServer(perception_script(bench)) as server:
        res = cli(
            "scaling",
            "--bench",
            "mathvision",
            "--data",
            str(data),
            "--limit",
            "4",
            "--captioners",
            f"vlm-a,vlm-b={server.url}",
            "--captioner-endpoint",
            server.url,
            "--solvers",
            "llm-x",
            "--solver-endpoint",
            server.url,
            "--out",
            str(tmp_path / "grid"),
            "--no-progress",
        )
    assert res.returncode == 0, res.stderr
    assert "csv:" in res.stdout and (tmp_path / "grid" / "scaling.png").is_file()
    rows = (tmp_path / "grid" / "scaling.csv").read_text().splitlines()
    assert len(rows) == 3 and all(",100.00," in r for r in rows[1:])


def test_user_errors_are_one_line(tmp_path):
    res = cli("perceive-solve", "--bench", "nope", "--out", str(tmp_path / "x"))
    assert res.returncode == 1 and res.stderr.count("\n") == 1
    assert "unknown perception benchmark 'nope'" in res.stderr
    res = cli("perceive-solve", "--bench", "mathvista", "--out", str(tmp_path / "x"))
    assert res.returncode == 1 and "pass its file or folder" in res.stderr
    res = cli("perceive-report", str(tmp_path))
    assert res.returncode == 1 and "not a perception run folder" in res.stderr
