"""The `codepercept` command. Each subcommand lives in its own module with a `register(app)`.

Every command runs inside :func:`one_line_errors`: an error a user can cause (a
:class:`~codepercept.errors.CodeperceptError`, or an OS error such as a missing file) is one
line on stderr and exit status 1, never a traceback. Commands do not catch them themselves.
"""

from __future__ import annotations

import functools
from collections.abc import Callable
from typing import Any

import typer

from codepercept.errors import CodeperceptError

app = typer.Typer(
    name="codepercept",
    help="Code-grounded STEM perception: render, trace, score, synthesise and evaluate.",
    no_args_is_help=True,
    add_completion=False,
    pretty_exceptions_enable=False,
)


def one_line_errors(fn: Callable[..., Any]) -> Callable[..., Any]:
    """Wrap a command so user errors print as ``error: ...`` and exit 1."""

    @functools.wraps(fn)
    def run(*args: Any, **kwargs: Any) -> Any:
        try:
            return fn(*args, **kwargs)
        except (CodeperceptError, OSError) as e:
            message = " ".join(str(e).split()) or type(e).__name__
            typer.echo(f"error: {message}", err=True)
            raise typer.Exit(1) from None

    return run


def _guard_all(group: typer.Typer) -> None:
    for command in group.registered_commands:
        if command.callback is not None and not hasattr(command.callback, "__wrapped__"):
            command.callback = one_line_errors(command.callback)
    for sub in group.registered_groups:
        if sub.typer_instance is not None:
            _guard_all(sub.typer_instance)


# Order is the order in --help.
from codepercept.cli import baseline as _baseline  # noqa: E402
from codepercept.cli import bench as _bench  # noqa: E402
from codepercept.cli import demo as _demo  # noqa: E402
from codepercept.cli import difficulty as _difficulty  # noqa: E402
from codepercept.cli import eval as _eval  # noqa: E402
from codepercept.cli import export as _export  # noqa: E402
from codepercept.cli import gallery as _gallery  # noqa: E402
from codepercept.cli import perceive as _perceive  # noqa: E402
from codepercept.cli import pipelines as _pipelines  # noqa: E402
from codepercept.cli import render as _render  # noqa: E402
from codepercept.cli import report as _report  # noqa: E402
from codepercept.cli import rewards as _rewards  # noqa: E402
from codepercept.cli import score as _score  # noqa: E402
from codepercept.cli import synth as _synth  # noqa: E402

for _mod in (
    _demo,
    _render,
    _score,
    _eval,
    _report,
    _bench,
    _synth,
    _pipelines,
    _export,
    _difficulty,
    _gallery,
    _baseline,
    _perceive,
    _rewards,
):
    _mod.register(app)
_guard_all(app)


def main() -> None:
    """The console entry point."""
    app()


if __name__ == "__main__":
    main()
