"""Fixtures of the score tests: one warm render pool and the project's corpus of snippets."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest

from codepercept.sandbox import RenderConfig, RenderPool

CORPUS = Path(__file__).resolve().parents[2] / "benchmarks" / "corpus"


@pytest.fixture(scope="session")
def pool() -> Iterator[RenderPool]:
    """The real sandboxed renderer, shared by the score tests (2 warm workers)."""
    with RenderPool(workers=2, config=RenderConfig(timeout_s=30.0)) as p:
        yield p


@pytest.fixture(scope="session")
def corpus_files() -> list[Path]:
    files = sorted(CORPUS.glob("*.py"))
    if len(files) < 20:
        pytest.skip(f"the corpus at {CORPUS} has only {len(files)} snippets")
    return files
