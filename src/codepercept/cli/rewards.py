"""`codepercept serve-rewards`: the reward server trainers on GPU nodes send batches to."""

from __future__ import annotations

import typer

from codepercept.cli.options import setting_option
from codepercept.rewards.config import RewardConfig, ServerConfig


def serve_rewards(
    host: str = setting_option(ServerConfig, "host", "--host"),
    port: int = setting_option(ServerConfig, "port", "--port"),
    workers: int | None = setting_option(RewardConfig, "workers", "--workers"),
    concurrency: int = setting_option(ServerConfig, "concurrency", "--concurrency"),
    queue_size: int = setting_option(ServerConfig, "queue_size", "--queue-size"),
    max_batch: int = setting_option(ServerConfig, "max_batch", "--max-batch"),
    timeout: float = setting_option(RewardConfig, "timeout_s", "--timeout"),
    memory_mb: int = setting_option(RewardConfig, "memory_mb", "--memory-mb"),
    cache_size: int = setting_option(RewardConfig, "cache_size", "--cache-size"),
    image_root: str | None = setting_option(RewardConfig, "image_root", "--image-root"),
    judge_endpoint: str | None = setting_option(RewardConfig, "judge_endpoint", "--judge-endpoint"),
    judge_model: str | None = setting_option(RewardConfig, "judge_model", "--judge-model"),
    judge_kind: str = setting_option(RewardConfig, "judge_kind", "--judge-kind"),
    judge_cache: str | None = setting_option(RewardConfig, "judge_cache_dir", "--judge-cache"),
) -> None:
    """Serve rewards over HTTP: POST /rewards (a batch of completions and references in,
    rewards and per-reward components out), GET /health. Runs until interrupted."""
    import os
    import signal

    from codepercept.rewards.server import RewardServer

    rewards = RewardConfig(
        timeout_s=timeout,
        memory_mb=memory_mb,
        workers=workers,
        cache_size=cache_size,
        image_root=image_root,
        judge_endpoint=judge_endpoint,
        judge_model=judge_model,
        judge_api_key=os.environ.get("OPENAI_API_KEY") if judge_endpoint else None,
        judge_cache_dir=judge_cache,
        judge_kind=judge_kind,
    )
    config = ServerConfig(
        host=host, port=port, concurrency=concurrency, queue_size=queue_size, max_batch=max_batch
    )
    server = RewardServer(config, rewards).start()
    health = server.health()
    typer.echo(
        f"serving rewards {', '.join(health['rewards'])} at {server.url} "
        f"({health['render_workers']} render workers, queue {config.queue_size}); Ctrl-C stops",
        err=True,
    )
    # a scheduler's SIGTERM (SLURM, Kubernetes) stops it like Ctrl-C: pool closed, port freed
    signal.signal(signal.SIGTERM, _interrupt)
    try:
        server.serve_forever()
    except KeyboardInterrupt:
        typer.echo("stopped", err=True)


def _interrupt(signum: int, frame: object) -> None:
    raise KeyboardInterrupt


def register(app: typer.Typer) -> None:
    app.command("serve-rewards")(serve_rewards)
