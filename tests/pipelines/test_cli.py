"""The pipeline commands: one-line errors, and a run that says what it did."""

from __future__ import annotations

import subprocess
import sys

from pipeline_support import FIGURES, fenced, write_config, write_seed_folder
from support.replay_server import Route, routes


def cli(*args: str) -> subprocess.CompletedProcess:
    return subprocess.run(
        [sys.executable, "-m", "codepercept.cli.main", *args],
        capture_output=True,
        text=True,
        timeout=300,
    )


def test_bad_config_is_one_line(tmp_path):
    seeds = write_seed_folder(tmp_path / "seeds", ["bars"])
    config = write_config(tmp_path / "p.toml", "http://127.0.0.1:9/v1", run={"windw": 3})
    done = cli(
        "diversify", "--seeds", str(seeds), "--config", str(config), "--out", str(tmp_path / "o")
    )
    assert done.returncode == 1
    assert done.stderr.strip().splitlines() == [
        f"error: {config}: [run].windw is not a setting; known: "
        + done.stderr.split("known: ")[1].strip()
    ]


def test_reproduce_command_reports_and_refuses_to_overwrite(tmp_path, replay_server):
    seeds = write_seed_folder(tmp_path / "seeds", ["bars"])
    replay_server.set_script(
        routes(
            Route("Describe this figure", ["Orange bars."]),
            Route("reproduces the figure", [fenced(FIGURES["bars"])]),
        )
    )
    config = write_config(tmp_path / "p.toml", replay_server.url, reproduce={"ocr": "off"})
    args = [
        "reproduce",
        "--seeds",
        str(seeds),
        "--config",
        str(config),
        "--out",
        str(tmp_path / "o"),
    ]
    done = cli(*args, "--no-progress")
    assert done.returncode == 0, done.stderr
    assert "1/1 seeds done; rows: 1 accepted, 0 rejected, 0 deduped, 0 failed" in done.stdout
    assert "describe: 1 requests, 0 cached, 0 failed" in done.stdout
    again = cli(*args, "--no-progress")
    assert again.returncode == 1 and "pass --resume" in again.stderr
