"""Latency of rewarding one GRPO group (8 completions) through the reward server.

Starts `codepercept serve-rewards` on a free local port, then sends groups one after another,
as a trainer does between rollouts. Each group is a template figure from `codepercept.synth`
(the reference) and 8 completions that perturb it the way a policy model's do: the program
with a comment added, numbers nudged by 5 %, another colour, thicker lines, both, a syntax
error, the program without a fence, and prose around a nudged program. Every completion
differs from the reference, so every group renders 9 programs (8 + its reference) and
scores 8 pairs with the default rewards (format, exec, structural, visual).

Last line: ``group8_p50_ms=X``, the median wall time of a group from the client's side
(HTTP included); acceptance X <= 500 on a 2-core machine. Usage::

    python benchmarks/reward_latency.py [--groups 30] [--warmup 3] [--workers 2]
"""

from __future__ import annotations

import argparse
import os
import socket
import statistics
import subprocess
import sys
import time
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))

from score_throughput import nudge  # noqa: E402  (the same 5 % perturbation)


def _fence(code: str) -> str:
    return f"```python\n{code}```"


def group(code: str) -> list[str]:
    """8 completions of one reference program, from exact to broken."""
    recolour = code.replace('"black"', '"tab:blue"').replace("'black'", "'tab:blue'")
    thicker = code.replace("linewidth=", "linewidth=1.5*")
    return [
        _fence("# the figure\n" + code),
        _fence(nudge(code)),
        _fence(recolour + "\n"),
        _fence(thicker),
        _fence(nudge(thicker)),
        _fence(code.replace("(", "((", 1)),  # a syntax error: exec 0
        code + "\n# no fence\n",
        "The figure shows the construction.\n\n" + _fence(nudge(recolour)) + "\nDone.",
    ]


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def start_server(port: int, workers: int) -> subprocess.Popen:
    cmd = [sys.executable, "-m", "codepercept.cli.main", "serve-rewards"]
    cmd += ["--port", str(port), "--workers", str(workers), "--concurrency", "2"]
    return subprocess.Popen(cmd, stderr=subprocess.PIPE, text=True)


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--groups", type=int, default=30, help="timed groups")
    ap.add_argument("--warmup", type=int, default=3, help="untimed groups first")
    ap.add_argument("--workers", type=int, default=os.cpu_count() or 2, help="render workers")
    args = ap.parse_args()

    from codepercept.rewards import RewardClient
    from codepercept.synth import REGISTRY

    names = REGISTRY.names()
    samples = [
        REGISTRY[names[i % len(names)]].sample(1000 + i) for i in range(args.warmup + args.groups)
    ]
    port = free_port()
    server = start_server(port, args.workers)
    try:
        client = RewardClient(f"http://127.0.0.1:{port}", backoff_s=0.2)
        deadline = time.monotonic() + 120
        while True:
            try:
                health = client.health()
                break
            except Exception:  # noqa: BLE001 - not up yet
                if server.poll() is not None or time.monotonic() > deadline:
                    sys.exit(f"the reward server did not start: {server.stderr.read()}")
                time.sleep(0.2)
        print(f"server up: {health['render_workers']} render workers, rewards {health['rewards']}")
        ms, server_ms, totals = [], [], []
        for k, sample in enumerate(samples):
            completions = group(sample.code)
            t0 = time.perf_counter()
            out = client.rewards(completions, [sample.code] * 8)
            elapsed = 1000 * (time.perf_counter() - t0)
            if k >= args.warmup:
                ms.append(elapsed)
                server_ms.append(out.elapsed_ms)
                totals.append(out.rewards)
        first = totals[0]
        print(f"example group rewards: {[None if r is None else round(r, 3) for r in first]}")
        scored = [r for t in totals for r in t if r is not None]
        print(f"{len(ms)} groups of 8 ({len(scored)} completions scored), retries {client.retries}")
        ms.sort()
        p90 = ms[min(len(ms) - 1, int(0.9 * len(ms)))]
        print(
            f"group latency: median {statistics.median(ms):.0f} ms, mean {statistics.mean(ms):.0f} ms, "
            f"p90 {p90:.0f} ms, max {ms[-1]:.0f} ms"
        )
        print(f"server-side evaluation: median {statistics.median(server_ms):.0f} ms per group")
        print(f"group8_p50_ms={statistics.median(ms):.0f}")
    finally:
        server.terminate()
        server.wait(timeout=30)


if __name__ == "__main__":
    main()
