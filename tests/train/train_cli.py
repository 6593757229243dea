"""Running `codepercept` commands in-process for the training tests."""

from __future__ import annotations

from typer.testing import CliRunner

from codepercept.cli.main import app


def cli(*args: object) -> str:
    """Run a `codepercept` command; fail the test with its output when it fails."""
    r = CliRunner().invoke(app, [str(a) for a in args])
    assert r.exit_code == 0, r.output
    return r.output
