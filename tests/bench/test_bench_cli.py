"""The thin CLI commands: bench build / info, eval on predictions, report, one-line errors."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest
from scripts import fenced

CLI = str(Path(sys.executable).parent / "codepercept")


def cli(*args: str) -> subprocess.CompletedProcess:
    return subprocess.run([CLI, *args], capture_output=True, text=True, timeout=300)


@pytest.mark.slow
def test_build_eval_predictions_report(dynamath_pairs, reference_codes, tmp_path):
    bench = tmp_path / "bench"
    res = cli("bench", "build", str(dynamath_pairs), "--out", str(bench), "--workers", "1")
    assert res.returncode == 0, res.stderr
    assert "kept 6 of 6 items" in res.stdout and (bench / "bench.jsonl").is_file()
    info = cli("bench", "info", str(bench))
    assert "6 items, format codepercept" in info.stdout and "statistics: 2" in info.stdout

    preds = tmp_path / "preds.jsonl"
    preds.write_text(
        "".join(
            json.dumps({"id": k, "reply": fenced(v)}) + "\n"
            for k, v in reference_codes.items()
            if k != "statistics/image30"
        )
    )
    run = tmp_path / "run"
    res = cli(
        "eval",
        "--bench",
        str(bench),
        "--predictions",
        str(preds),
        "--out",
        str(run),
        "--render-workers",
        "1",
        "--no-progress",
    )
    assert res.returncode == 0, res.stderr
    assert (run / "report.html").is_file() and "report:" in res.stdout
    summary = json.loads((run / "summary.json").read_text())
    assert (
        summary["overall"]["exec_rate"] > 83.3 - 0.1 and summary["outcomes"]["no_prediction"] == 1
    )
    # every reproduced reference scores as the reference itself
    results = [json.loads(x) for x in (run / "results.jsonl").read_text().splitlines()]
    assert all(r["scores"]["overall"] > 99 for r in results if r["outcome"] == "ok")

    (run / "report.html").unlink()
    res = cli("report", str(run))
    assert res.returncode == 0 and (run / "report.html").is_file() and "ALL" in res.stdout


def test_cli_errors_are_one_line(tmp_path):
    res = cli("eval", "--bench", str(tmp_path / "nope.jsonl"), "--out", str(tmp_path / "r"))
    assert res.returncode == 1
    assert res.stderr.strip().count("\n") == 0 and "benchmark not found" in res.stderr
    res = cli("report", str(tmp_path))
    assert res.returncode == 1 and "not a run folder" in res.stderr
    res = cli(
        "eval",
        "--bench",
        str(tmp_path / "nope.jsonl"),
        "--out",
        str(tmp_path / "r"),
        "--extra-body",
        "[1]",
    )
    assert res.returncode == 1 and "--extra-body must be a JSON object" in res.stderr
