"""Fixtures of the sandbox tests (helpers live in sandbox_probes.py)."""

from __future__ import annotations

import pytest
from sandbox_probes import full_isolation_expected


@pytest.fixture(scope="session")
def needs_full_isolation() -> None:
    if not full_isolation_expected():
        pytest.skip("the sandbox tests of every layer need root on Linux with Landlock")
