"""`codepercept serve-baseline`: the classical image-to-code baseline as a chat-completions server."""

from __future__ import annotations

import typer


def serve_baseline_command(
    port: int = typer.Option(8765, "--port", help="Port to listen on."),
    host: str = typer.Option("127.0.0.1", "--host", help="Interface to bind."),
) -> None:
    """Serve the built-in vectoriser at http://HOST:PORT/v1 (model name: vectorize) until Ctrl-C.
    Point any client at it: `codepercept eval --endpoint http://HOST:PORT/v1 --model vectorize`."""
    from codepercept.baseline import serve_baseline

    typer.echo(f"serving the vectorize baseline at http://{host}:{port}/v1 (Ctrl-C to stop)")
    try:
        serve_baseline(host, port)
    except KeyboardInterrupt:
        typer.echo("stopped")


def register(app: typer.Typer) -> None:
    app.command("serve-baseline")(serve_baseline_command)
