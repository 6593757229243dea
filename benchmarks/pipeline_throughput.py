"""Seeds per second of Image Reproduction, model time excluded: what the pipeline itself costs.

A local replay server (tests/support/replay_server.py) answers every request at once with a
fixed description and a fixed program, so the run measures the rest of a seed's path: image
encoding, the client and its cache, the sandboxed render, the gates, Q_IC against the seed
image (visual score, and OCR with ``--ocr auto``; ``min_visual = 0`` so that every render
goes on to OCR, the worst case) and the store. A second, resumed run of the
finished folder shows what resuming costs (no request is sent).

Last line: ``seeds_per_s=X resume_s=Y requests=Z``. Usage::

    python benchmarks/pipeline_throughput.py [--seeds ../shared/data/mathvision-testmini]
        [--n 40] [--ocr off|auto]
"""

from __future__ import annotations

import argparse
import sys
import tempfile
import time
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(REPO / "tests"))
sys.path.insert(0, str(REPO / "tests" / "pipelines"))

from pipeline_support import FIGURES, fenced, write_config  # noqa: E402
from support.replay_server import ReplayServer, Route, routes  # noqa: E402

from codepercept.pipelines import run_pipeline  # noqa: E402


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--seeds", type=Path, default=REPO.parent / "shared/data/mathvision-testmini")
    ap.add_argument("--n", type=int, default=40)
    ap.add_argument("--ocr", choices=("off", "auto"), default="off")
    ap.add_argument("--window", type=int, default=16)
    ap.add_argument("--render-workers", type=int, default=2)
    args = ap.parse_args()
    with tempfile.TemporaryDirectory() as tmp, ReplayServer() as server:
        server.set_script(
            routes(
                Route("Describe this figure", ["A figure with labelled parts."]),
                Route("reproduces the figure", [fenced(FIGURES["bars"])]),
            )
        )
        config = write_config(
            Path(tmp) / "p.toml",
            server.url,
            reproduce={"ocr": args.ocr, "min_visual": 0},  # every render reaches OCR
            run={"window": args.window, "render_workers": args.render_workers},
        )
        out = Path(tmp) / "out"
        started = time.perf_counter()
        summary = run_pipeline("reproduce", args.seeds, config, out, limit=args.n, progress=False)
        elapsed = time.perf_counter() - started
        requests = len(server.seen())
        started = time.perf_counter()
        run_pipeline(
            "reproduce", args.seeds, config, out, limit=args.n, resume=True, progress=False
        )
        resume_s = time.perf_counter() - started
        assert len(server.seen()) == requests, "a resumed finished run sent requests"
    print(f"{summary.seeds_done} seeds in {elapsed:.1f} s (ocr={args.ocr}); rows {summary.rows}")
    print(
        f"seeds_per_s={summary.seeds_done / elapsed:.2f} resume_s={resume_s:.1f} requests={requests}"
    )


if __name__ == "__main__":
    main()
