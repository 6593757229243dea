"""Fixtures of the template tests."""

from __future__ import annotations

import os

import pytest
from support.render import inprocess_renderer


@pytest.fixture(scope="module")
def renderer(tmp_path_factory):
    """An in-process renderer run inside a scratch folder (template scripts save figure.png)."""
    old = os.getcwd()
    os.chdir(tmp_path_factory.mktemp("renders"))
    yield inprocess_renderer()
    os.chdir(old)
