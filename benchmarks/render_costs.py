"""Where a sandboxed render's time goes: the figures quoted in docs/sandbox.md.

1. PNG encoding of the corpus renders as RGB at zlib level 1 (what the sandbox writes) against
   matplotlib's default, RGBA at level 6: write time, decode time, size.
2. Fork per job: a warm process renders each snippet itself, then in a forked child; render
   time and minor page faults (copy-on-write) of each, and fork-to-reap wall time.
3. The seccomp layer in a freshly forked child: libseccomp building the filter there, against
   loading the worker's precompiled program.
4. The whole isolation set-up of a job child (stdio, environment and every layer), and its two
   dearest layers alone: the network namespace and Landlock.
5. The fresh address space, in a process warmed as a render worker is: for an empty snippet,
   a one-line plot and the corpus, a forked child's page faults and the anonymous pages it
   copied from its parent or newly mapped (from /proc/self/pagemap); then what one copied and
   one new page cost (``MADV_POPULATE_WRITE`` over the parent's heap, and over a fresh
   private mapping). It runs first, before the other parts grow the process.

Usage::

    python benchmarks/render_costs.py [--limit 60]
"""

from __future__ import annotations

import argparse
import ctypes
import gc
import io
import json
import mmap
import os
import resource
import tempfile
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


def _in_child(fn, result_fd: int | None = None) -> tuple[object, float]:
    """Run ``fn`` in a forked child; its JSON result and the fork-to-reap wall time.
    With ``result_fd``, ``fn`` gets the result pipe, moves it there, and the result goes there."""
    r, w = os.pipe()
    t0 = time.perf_counter()
    pid = os.fork()
    if pid == 0:  # pragma: no cover - child
        try:
            result = fn() if result_fd is None else fn(w)
            os.write(w if result_fd is None else result_fd, json.dumps(result).encode())
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


def _median_ms(values) -> float:
    ms = sorted(1000 * v for v in values)
    return ms[len(ms) // 2]


def isolation_costs(repeat: int = 20) -> None:
    from codepercept.sandbox import RenderConfig
    from codepercept.sandbox.child import ChildSpec, _isolate
    from codepercept.sandbox.isolation import apply_landlock, unshare_network
    from codepercept.sandbox.worker import Supervisor

    sup = Supervisor(RenderConfig())
    try:

        def whole(result_w: int) -> float:
            job_dir = tempfile.mkdtemp(dir=sup.root)
            if sup.is_root:
                os.chown(job_dir, sup.uid, sup.uid)
            spec = ChildSpec(job_dir, sup.uid, sup.base_config, sup.read_roots, 0, sup.seccomp_bpf)
            null = os.open(os.devnull, os.O_WRONLY)
            t0 = time.perf_counter()
            _isolate(spec, null, null, result_w)
            return time.perf_counter() - t0

        def landlock() -> float:
            t0 = time.perf_counter()
            apply_landlock(tempfile.mkdtemp(dir=sup.root), list(sup.read_roots))
            return time.perf_counter() - t0

        def netns() -> float:
            t0 = time.perf_counter()
            unshare_network()
            return time.perf_counter() - t0

        # _isolate moves the result pipe to fd 3 and closes the rest: the child reports there
        ms = _median_ms(_in_child(whole, result_fd=3)[0] for _ in range(repeat))
        part = {
            name: _median_ms(_in_child(fn)[0] for _ in range(repeat))
            for name, fn in (("netns", netns), ("landlock", landlock))
        }
        print(
            f"job isolation set-up      : median {ms:.2f} ms "
            f"(netns {part['netns']:.2f} ms, landlock {part['landlock']:.2f} ms)"
        )
    finally:
        sup.close()


_PAGE = mmap.PAGESIZE
_MADV_POPULATE_WRITE = 23


def _anon_ranges() -> list[tuple[int, int]]:
    """Address ranges of this process's heap and anonymous mappings."""
    out = []
    with open("/proc/self/maps", encoding="ascii") as f:
        for line in f:
            p = line.split()
            if len(p) == 5 or p[5] == "[heap]":
                a, b = (int(x, 16) for x in p[0].split("-"))
                out.append((a, b))
    return out


def _count_pages(exclusive_only: bool) -> int:
    """Present (or, with ``exclusive_only``, present and not shared) anonymous pages."""
    want = (1 << 63) | ((1 << 56) if exclusive_only else 0)
    n = 0
    with open("/proc/self/pagemap", "rb") as f:
        for a, b in _anon_ranges():
            f.seek(a // _PAGE * 8)
            entries = memoryview(f.read((b - a) // _PAGE * 8)).cast("Q")
            n += sum(1 for v in entries if v & want == want)
    return n


def _present_runs() -> list[tuple[int, int]]:
    """(address, length) of each run of present anonymous pages."""
    runs: list[tuple[int, int]] = []
    with open("/proc/self/pagemap", "rb") as f:
        for a, b in _anon_ranges():
            f.seek(a // _PAGE * 8)
            entries = memoryview(f.read((b - a) // _PAGE * 8)).cast("Q")
            for i, v in enumerate(entries):
                at = a + i * _PAGE
                if not v >> 63:
                    continue
                if runs and sum(runs[-1]) == at:
                    runs[-1] = (runs[-1][0], runs[-1][1] + _PAGE)
                else:
                    runs.append((at, _PAGE))
    return runs


def fresh_address_space(codes) -> None:
    """Run first, in a process warmed exactly as a render worker is."""
    from codepercept.sandbox import RenderConfig
    from codepercept.sandbox.runtime import run_job, setup_matplotlib, warm_up

    cfg = RenderConfig(trace=True)
    setup_matplotlib(cfg)
    warm_up(cfg)
    gc.collect()
    gc.freeze()  # as the worker does before it forks jobs

    def job(code: str):
        def run() -> list[int]:
            own = _count_pages(exclusive_only=True)
            f0 = resource.getrusage(resource.RUSAGE_SELF).ru_minflt
            run_job(code, cfg)
            faults = resource.getrusage(resource.RUSAGE_SELF).ru_minflt - f0
            return [faults, _count_pages(exclusive_only=True) - own]

        return run

    plot = "import matplotlib.pyplot as plt\nplt.plot([0, 1])"
    cases = (("an empty snippet", ["x = 1"]), ("plt.plot([0, 1])", [plot]), ("the corpus", codes))
    for label, snippets in cases:
        rows = [_in_child(job(c))[0] for c in snippets]
        faults, private = (sum(r[i] for r in rows) / len(rows) for i in range(2))
        print(
            f"forked child, {label:16s}: {faults:5.0f} page faults, {private:5.0f} anonymous "
            f"pages copied or new (the parent has {_count_pages(False)})"
        )

    libc = ctypes.CDLL(None, use_errno=True)
    libc.madvise.argtypes = [ctypes.c_void_p, ctypes.c_size_t, ctypes.c_int]
    heap = _present_runs()
    fresh = mmap.mmap(-1, 64 << 20, flags=mmap.MAP_PRIVATE | mmap.MAP_ANONYMOUS)
    fresh_at = ctypes.addressof(ctypes.c_char.from_buffer(fresh))

    def populate(runs) -> float:
        """Seconds per page to write-populate ``runs`` (each page copied or newly mapped)."""
        t0 = time.perf_counter()
        for a, n in runs:
            if libc.madvise(a, n, _MADV_POPULATE_WRITE) != 0:
                return float("nan")  # kernel before 5.14
        return (time.perf_counter() - t0) / (sum(n for _, n in runs) // _PAGE)

    copied = _median_ms(_in_child(lambda: populate(heap))[0] for _ in range(3))
    new = _median_ms(_in_child(lambda: populate([(fresh_at, len(fresh))]))[0] for _ in range(3))
    print(
        f"one page written in a forked child: copied {1000 * copied:.2f} us, new {1000 * new:.2f} us"
    )


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--limit", type=int, default=60, help="corpus snippets to use")
    args = ap.parse_args()
    from PIL import Image

    from codepercept.sandbox import render_inprocess

    codes = [f.read_text() for f in sorted((HERE / "corpus").glob("*.py"))[: args.limit]]
    fresh_address_space(codes)
    images = []
    for c in codes:
        r = render_inprocess(c)
        if r.ok:
            images.append(Image.open(io.BytesIO(r.png)).convert("RGBA"))
    png_costs(images)
    fork_costs(codes)
    seccomp_costs()
    isolation_costs()


if __name__ == "__main__":
    main()
