"""Small real benchmarks (MathVision testmini and DynaMath items from the shared data) and a
replay-server script that plays captioner and solver by reading the request."""

from __future__ import annotations

import pytest

from codepercept.perception import load_benchmark

#: MathVision testmini items: two choice questions, four free answers, distinct figures.
MV_IDS = ("4", "5", "6", "7", "8", "10")
#: DynaMath seed items: float, choice (options in the question), text, int answers.
DM_IDS = ("1", "2", "14", "21", "40", "477")


def _subset(bench, ids):
    from dataclasses import replace

    chosen = tuple(it for it in bench.items if it.id in ids)
    assert len(chosen) == len(ids)
    return replace(bench, items=chosen)


@pytest.fixture(scope="session")
def image_dir(tmp_path_factory):
    return tmp_path_factory.mktemp("images")


@pytest.fixture(scope="session")
def mathvision(shared_data):
    return _subset(load_benchmark("mathvision", shared_data / "mathvision-testmini"), MV_IDS)


@pytest.fixture(scope="session")
def dynamath(shared_data):
    return _subset(load_benchmark("dynamath", shared_data / "dynamath-seed"), DM_IDS)
