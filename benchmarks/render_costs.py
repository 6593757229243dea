"""Where a sandboxed render's time goes: the figures quoted in docs/sandbox.md.

1. PNG encoding of the corpus renders as RGB at zlib level 1 (what the sandbox writes) against
   matplotlib's default, RGBA at level 6: write time, decode time, size.
2. Fork per job: a warm process renders each snippet itself, then in a forked child; render
   time and minor page faults (copy-on-write) of each, and fork-to-reap wall time.
3. The seccomp layer in a freshly forked child: libseccomp building the filter there, against
   loading the worker's precompiled program.

Usage::

    python benchmarks/render_costs.py [--limit 60]
"""

from __future__ import annotations

import argparse
import io
import json
import os
import resource
import time
from pathlib import Path

HERE = Path(__file__).resolve().parent


def png_costs(images) -> None:
    from PIL import Image

    for label, mode, level in (("RGBA level 6", "RGBA", 6), ("RGB level 1", "RGB", 1)):
        blobs, t0 = [], time.perf_counter()
        for im in images:
            buf = io.BytesIO()
            im.convert(mode).save(buf, format="PNG", compress_level=level)
            blobs.append(buf.getvalue())
        t1 = time.perf_counter()
        for b in blobs:
            Image.open(io.BytesIO(b)).load()
        t2 = time.perf_counter()
        n = len(blobs)
        print(
            f"png {label:12s}: write {1000 * (t1 - t0) / n:5.2f} ms  read {1000 * (t2 - t1) / n:5.2f} ms  "
            f"size {sum(map(len, blobs)) / n / 1000:5.1f} kB  (conversion included in write)"
        )


def _timed_render(code: str, cfg) -> tuple[float, int]:
    from codepercept.sandbox import render_inprocess

    r0, t0 = resource.getrusage(resource.RUSAGE_SELF), time.perf_counter()
    render_inprocess(code, cfg)
    r1 = resource.getrusage(resource.RUSAGE_SELF)
    return time.perf_counter() - t0, r1.ru_minflt - r0.ru_minflt


def _in_child(fn) -> tuple[object, float]:
    """Run ``fn`` in a forked child; its JSON result and the fork-to-reap wall time."""
    r, w = os.pipe()
    t0 = time.perf_counter()
    pid = os.fork()
    if pid == 0:  # pragma: no cover - child
        try:
            os.write(w, json.dumps(fn()).encode())
        finally:
            os._exit(0)
    os.close(w)
    data = os.read(r, 1 << 16)
    os.close(r)
    os.waitpid(pid, 0)
    return json.loads(data), time.perf_counter() - t0


def fork_costs(codes) -> None:
    from codepercept.sandbox import RenderConfig

    cfg = RenderConfig(trace=True)
    for c in codes[:3]:
        _timed_render(c, cfg)  # warm: imports, font cache
    here = [_timed_render(c, cfg) for c in codes]
    there = [_in_child(lambda c=c: _timed_render(c, cfg)) for c in codes]
    n = len(codes)
    print(
        f"render in the warm process: {1000 * sum(t for t, _ in here) / n:6.1f} ms, "
        f"{sum(f for _, f in here) / n:6.0f} page faults"
    )
    print(
        f"render in a forked child  : {1000 * sum(t for (t, _), _ in there) / n:6.1f} ms, "
        f"{sum(f for (_, f), _ in there) / n:6.0f} page faults; fork to reap "
        f"{1000 * sum(w for _, w in there) / n:6.1f} ms"
    )


def seccomp_costs(repeat: int = 20) -> None:
    from codepercept.sandbox.isolation import apply_seccomp, compile_seccomp

    program = compile_seccomp()
    for label, prog in (("built in the child", None), ("precompiled", program)):
        if label == "precompiled" and prog is None:
            print("seccomp precompiled: unavailable on this machine")
            continue

        def load(prog=prog) -> float:
            t0 = time.perf_counter()
            apply_seccomp(prog)
            return time.perf_counter() - t0

        ms = sorted(1000 * _in_child(load)[0] for _ in range(repeat))
        print(f"seccomp {label:18s}: median {ms[len(ms) // 2]:.2f} ms")


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--limit", type=int, default=60, help="corpus snippets to use")
    args = ap.parse_args()
    from PIL import Image

    from codepercept.sandbox import render_inprocess

    codes = [f.read_text() for f in sorted((HERE / "corpus").glob("*.py"))[: args.limit]]
    images = []
    for c in codes:
        r = render_inprocess(c)
        if r.ok:
            images.append(Image.open(io.BytesIO(r.png)).convert("RGBA"))
    png_costs(images)
    fork_costs(codes)
    seccomp_costs()


if __name__ == "__main__":
    main()
