"""Shared fixtures: the chat-completions replay server and paths to the shared real data."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from support.replay_server import ReplayServer

REPO_ROOT = Path(__file__).resolve().parents[1]
SHARED_DATA = REPO_ROOT / ".." / "shared" / "data"


@pytest.fixture
def replay_server() -> Iterator[ReplayServer]:
    """A started :class:`ReplayServer` (empty script, default reply "ok"); closed after the test."""
    with ReplayServer() as server:
        yield server


@pytest.fixture(scope="session")
def shared_data() -> Path:
    """The read-only real STEM data beside the repository (skips when it is absent)."""
    if not SHARED_DATA.is_dir():
        pytest.skip(f"shared data not found at {SHARED_DATA}")
    return SHARED_DATA
