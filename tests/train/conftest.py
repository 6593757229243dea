"""Fixtures of the training tests: a real ICC store made by `codepercept synth`, and its
training exports made by `codepercept export --split-by ...`."""

from __future__ import annotations

from pathlib import Path

import pytest
from train_cli import cli


@pytest.fixture(scope="session")
def icc_store(tmp_path_factory) -> Path:
    """Six accepted plane-geometry samples (six templates), synthesised for real."""
    out = tmp_path_factory.mktemp("train") / "store"
    cli("synth", "--family", "plane_geometry", "--n", "6", "--out", out, "--workers", "2",
        "--no-progress")  # fmt: skip
    return out


@pytest.fixture(scope="session")
def sft_export(icc_store, tmp_path_factory) -> Path:
    """S1 rows (captions and image-to-code), split by template."""
    out = tmp_path_factory.mktemp("exports") / "s1"
    cli("export", icc_store, "--to", "trl", "--task", "both", "--split-by", "template",
        "--validation", "0.2", "--test", "0.2", "--out", out)  # fmt: skip
    return out


@pytest.fixture(scope="session")
def grpo_export(icc_store, tmp_path_factory) -> Path:
    """R1 rows (prompt-only image-to-code with references), split by template."""
    out = tmp_path_factory.mktemp("exports") / "r1"
    cli("export", icc_store, "--to", "trl-grpo", "--split-by", "template",
        "--validation", "0.2", "--test", "0.2", "--out", out)  # fmt: skip
    return out
