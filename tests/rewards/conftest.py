"""Fixtures of the reward tests: the reference figure rendered once."""

from __future__ import annotations

import pytest
from reward_cases import OPTS, REFERENCE


@pytest.fixture(scope="session")
def reference_png() -> bytes:
    """The reference figure rendered by the sandbox (what a solution_image column holds)."""
    from codepercept.rewards import RewardConfig, engine_for

    [r] = engine_for(RewardConfig(**OPTS)).render_many([REFERENCE])
    assert r.ok, r.error
    return r.png


@pytest.fixture(autouse=True, scope="module")
def _close_reward_pools():
    """Each module's reward engines (their render pools) end with it, as a trainer's end at
    exit: later tests count the sandbox workers of this process."""
    yield
    from codepercept.rewards.engine import close_engines

    close_engines()
