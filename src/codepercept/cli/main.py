"""The `codepercept` command. Each subcommand lives in its own module with a `register(app)`."""

from __future__ import annotations

import typer

app = typer.Typer(
    name="codepercept",
    help="Code-grounded STEM perception: render, trace, score, synthesise and evaluate.",
    no_args_is_help=True,
    add_completion=False,
    pretty_exceptions_enable=False,
)

# Order is the order in --help.
from codepercept.cli import bench as _bench  # noqa: E402
from codepercept.cli import demo as _demo  # noqa: E402
from codepercept.cli import eval as _eval  # noqa: E402
from codepercept.cli import export as _export  # noqa: E402
from codepercept.cli import render as _render  # noqa: E402
from codepercept.cli import report as _report  # noqa: E402
from codepercept.cli import score as _score  # noqa: E402
from codepercept.cli import synth as _synth  # noqa: E402

for _mod in (_demo, _render, _score, _eval, _report, _bench, _synth, _export):
    _mod.register(app)


def main() -> None:
    """The console entry point: any error a user can cause (a :class:`CodeperceptError`) is one
    line on stderr and exit status 2, never a traceback."""
    from codepercept.errors import CodeperceptError

    try:
        app()
    except CodeperceptError as e:
        message = " ".join(str(e).split()) or type(e).__name__
        typer.echo(f"error: {message}", err=True)
        raise SystemExit(2) from None


if __name__ == "__main__":
    main()
