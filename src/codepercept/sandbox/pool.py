"""RenderPool: warm workers that render untrusted matplotlib code in isolated forked children.

The pool is what trainers, data jobs and the evaluation runner call, one snippet or a batch
at a time. Each worker process imports matplotlib once; each job runs in a fresh child of it,
so nothing a job does reaches the next one. The parent enforces every limit: a worker that
misses its deadline or dies is killed and replaced, and its job is reported, never lost.
"""

from __future__ import annotations

import json
import os
import queue
import select
import shutil
import subprocess
import sys
import tempfile
import threading
import time
from collections.abc import Callable, Iterable
from concurrent.futures import Future
from pathlib import Path

from codepercept.errors import SandboxUnavailable
from codepercept.sandbox import protocol
from codepercept.sandbox.types import (
    SINGLE_THREAD_ENV,
    Isolation,
    RenderConfig,
    RenderResult,
    Status,
)
from codepercept.sandbox.worker import config_to_dict
from codepercept.trace.schema import Trace

_STARTUP_TIMEOUT_S = 120.0
_GRACE_S = 5.0  # beyond the job timeout, for fork, rendering the result and the pipe
_FULL = {"fork", "env", "rlimits", "netns", "uid", "landlock", "seccomp"}


def isolation_level(layers: Iterable[str]) -> Isolation:
    got = set(layers)
    if "unprivileged" in got:
        got.add("uid")  # a non-root worker's children are unprivileged already
    if _FULL <= got:
        return Isolation.FULL
    if _FULL - {"netns"} <= got:
        return Isolation.NO_NETNS
    return Isolation.PARTIAL


def worker_env() -> dict[str, str]:
    """A minimal environment for workers: no API keys or tokens of the caller leak in."""
    src_root = str(Path(__file__).resolve().parents[2])
    py_path = [src_root] + [p for p in os.environ.get("PYTHONPATH", "").split(os.pathsep) if p]
    env = {
        "PATH": "/usr/bin:/bin",
        "LANG": "C.UTF-8",
        "PYTHONPATH": os.pathsep.join(py_path),
        "PYTHONHASHSEED": "0",  # same set/dict order in every job: byte-identical output
        "PYTHONDONTWRITEBYTECODE": "1",
        **SINGLE_THREAD_ENV,
        "MPLBACKEND": "Agg",
        "HOME": os.environ.get("HOME", "/tmp"),
    }
    if "MPLCONFIGDIR" in os.environ:
        env["MPLCONFIGDIR"] = os.environ["MPLCONFIGDIR"]
    return env


class _Worker:
    """One warm worker process and the pipe protocol to it."""

    def __init__(self, config: RenderConfig) -> None:
        if not sys.platform.startswith("linux"):
            raise SandboxUnavailable(
                "the render sandbox needs Linux (namespaces, seccomp, Landlock); "
                "use render_inprocess() for trusted code on other systems"
            )
        self.log = tempfile.TemporaryFile()
        self.proc = subprocess.Popen(
            [sys.executable, "-m", "codepercept.sandbox.worker"],
            stdin=subprocess.PIPE,
            stdout=subprocess.PIPE,
            stderr=self.log,
            env=worker_env(),
            start_new_session=True,
            close_fds=True,
        )
        try:
            # a worker that dies at once closes its stdin: the write fails with BrokenPipeError
            protocol.write_frame(self.proc.stdin.fileno(), {"config": config_to_dict(config)})
            header, _ = self.read(time.monotonic() + _STARTUP_TIMEOUT_S)
        except (EOFError, BrokenPipeError, protocol.ProtocolError, TimeoutError) as e:
            tail = self.log_tail()  # before kill(), which closes the log
            self.kill()
            raise SandboxUnavailable(
                f"a render worker failed to start ({e}); its log:\n{tail or '(empty)'}"
            ) from None
        if not header.get("ready"):
            self.kill()
            raise SandboxUnavailable(f"a render worker sent {header!r} instead of ready")
        self.info = header

    def log_tail(self, n: int = 2000) -> str:
        self.log.seek(0, os.SEEK_END)
        size = self.log.tell()
        self.log.seek(max(0, size - n))
        return self.log.read().decode("utf-8", errors="replace")

    def send(self, header: dict) -> None:
        protocol.write_frame(self.proc.stdin.fileno(), header)

    def read(self, deadline: float) -> tuple[dict, list[bytes]]:
        fd = self.proc.stdout.fileno()
        left = deadline - time.monotonic()
        ready, _, _ = select.select([fd], [], [], max(left, 0))
        if not ready:
            raise TimeoutError("worker did not answer in time")
        # Once a frame starts it arrives promptly; the worker writes it in one go.
        return protocol.read_frame(fd)

    def alive(self) -> bool:
        return self.proc.poll() is None

    def kill(self) -> None:
        try:
            os.killpg(self.proc.pid, 9)
        except (ProcessLookupError, PermissionError):
            pass  # already gone
        self.proc.wait()
        root = getattr(self, "info", {}).get("root")
        if isinstance(root, str) and os.path.basename(root).startswith("codepercept-jobs-"):
            # A killed worker cannot remove its job dirs itself; its jobs died with it.
            shutil.rmtree(root, ignore_errors=True)
        for f in (self.proc.stdin, self.proc.stdout):
            try:
                f.close()
            except OSError:
                pass  # broken pipe to a dead worker
        self.log.close()

    def close(self) -> None:
        try:
            self.proc.stdin.close()
            self.proc.wait(timeout=5)
        except (OSError, subprocess.TimeoutExpired):
            pass  # fall through to kill
        self.kill()


class RenderPool:
    """Render untrusted matplotlib code safely, in parallel, with warm workers.

    Example::

        from codepercept.sandbox import RenderPool
        with RenderPool(workers=2, timeout_s=10) as pool:
            r = pool.render("import matplotlib.pyplot as plt\\nplt.plot([0, 1], [1, 0])")
            assert r.ok and r.png.startswith(b"\\x89PNG")
            results = pool.render_many([code_a, code_b])  # same order as the inputs
    """

    def __init__(
        self,
        workers: int | None = None,
        *,
        config: RenderConfig | None = None,
        timeout_s: float | None = None,
        memory_mb: int | None = None,
        trace: bool | None = None,
    ) -> None:
        base = config or RenderConfig()
        overrides = {
            k: v
            for k, v in (("timeout_s", timeout_s), ("memory_mb", memory_mb), ("trace", trace))
            if v is not None
        }
        if overrides:
            base = RenderConfig(**{**config_to_dict(base), **overrides})
        self.config = base
        self.n_workers = workers if workers and workers > 0 else max(1, os.cpu_count() or 1)
        self._jobs: queue.Queue = queue.Queue()
        self._threads: list[threading.Thread] = []
        self._closed = False
        self._lock = threading.Lock()
        self.restarts = 0
        first = self._start_workers(self.n_workers)
        for w in first:
            t = threading.Thread(
                target=self._serve, args=(w,), daemon=True, name="codepercept-render"
            )
            t.start()
            self._threads.append(t)

    def _start_workers(self, n: int) -> list[_Worker]:
        out: list[_Worker | BaseException] = [None] * n  # type: ignore[list-item]

        def start(i: int) -> None:
            try:
                out[i] = _Worker(self.config)
            except BaseException as e:  # noqa: BLE001 - re-raised below in the caller's thread
                out[i] = e

        threads = [threading.Thread(target=start, args=(i,)) for i in range(n)]
        for t in threads:
            t.start()
        for t in threads:
            t.join()
        errors = [e for e in out if isinstance(e, BaseException)]
        if errors:
            for w in out:
                if isinstance(w, _Worker):
                    w.kill()
            raise errors[0]
        return out  # type: ignore[return-value]

    # -- public API ---------------------------------------------------------------------
    def submit(self, code: str, config: RenderConfig | None = None) -> Future:
        """Queue one snippet; the future resolves to its RenderResult (never raises for bad code)."""
        if self._closed:
            raise RuntimeError("the RenderPool is closed")
        if not isinstance(code, str):
            raise TypeError(f"code must be str, got {type(code).__name__}")
        fut: Future = Future()
        self._jobs.put((code, config, fut))
        return fut

    def render(self, code: str, config: RenderConfig | None = None) -> RenderResult:
        """Render one snippet (blocking). Dangerous code is contained, not rejected."""
        return self.submit(code, config).result()

    def render_many(
        self,
        codes: Iterable[str],
        config: RenderConfig | None = None,
        on_result: Callable[[int, RenderResult], None] | None = None,
    ) -> list[RenderResult]:
        """Render a batch in parallel; results are in input order. ``on_result(i, r)`` is
        called as each finishes (for progress bars)."""
        futs = [self.submit(c, config) for c in codes]
        if on_result is not None:
            index = {id(f): i for i, f in enumerate(futs)}
            done_lock = threading.Lock()

            def cb(f: Future) -> None:
                with done_lock:
                    on_result(index[id(f)], f.result())

            for f in futs:
                f.add_done_callback(cb)
        return [f.result() for f in futs]

    async def arender(self, code: str, config: RenderConfig | None = None) -> RenderResult:
        """Awaitable render for asyncio callers (evaluation runners, reward servers)."""
        import asyncio

        return await asyncio.wrap_future(self.submit(code, config))

    def close(self) -> None:
        if self._closed:
            return
        self._closed = True
        for _ in self._threads:
            self._jobs.put(None)
        for t in self._threads:
            t.join(timeout=30)

    def __enter__(self) -> RenderPool:
        return self

    def __exit__(self, *exc) -> None:
        self.close()

    def __del__(self) -> None:
        if not getattr(self, "_closed", True):
            self.close()

    # -- worker threads -----------------------------------------------------------------
    def _serve(self, worker: _Worker) -> None:
        job_id = 0
        while True:
            item = self._jobs.get()
            if item is None:
                worker.close()
                return
            code, cfg, fut = item
            if not fut.set_running_or_notify_cancel():
                continue
            cfg = cfg or self.config
            job_id += 1
            try:
                result = self._run_on(worker, job_id, code, cfg)
            except BaseException as e:  # noqa: BLE001 - a job must always resolve
                result = RenderResult(
                    Status.CRASHED, error=f"crashed: render pool error {type(e).__name__}: {e}"
                )
            if result.meta.get("worker_lost"):
                worker.kill()
                try:
                    worker = self._replace_worker()
                except BaseException as e:  # noqa: BLE001
                    fut.set_result(result)
                    self._fail_remaining(e)
                    return
            fut.set_result(result)

    def _replace_worker(self) -> _Worker:
        with self._lock:
            self.restarts += 1
        return _Worker(self.config)

    def _fail_remaining(self, err: BaseException) -> None:
        msg = f"crashed: the render pool could not restart a worker: {err}"
        while True:
            try:
                item = self._jobs.get_nowait()
            except queue.Empty:
                return
            if item is None:
                return
            item[2].set_result(RenderResult(Status.CRASHED, error=msg))

    def _run_on(self, worker: _Worker, job_id: int, code: str, cfg: RenderConfig) -> RenderResult:
        t0 = time.monotonic()
        header = {"id": job_id, "code": code}
        if cfg is not self.config:
            header["config"] = config_to_dict(cfg)
        try:
            worker.send(header)
            reply, parts = worker.read(t0 + cfg.timeout_s + _GRACE_S)
        except TimeoutError:
            return RenderResult(
                Status.TIMEOUT,
                error=f"timeout: the worker did not answer within {cfg.timeout_s + _GRACE_S:g} s; it was replaced",
                duration_s=time.monotonic() - t0,
                meta={"worker_lost": True},
            )
        except (EOFError, OSError, protocol.ProtocolError) as e:
            return RenderResult(
                Status.CRASHED,
                error=f"crashed: the render worker died ({type(e).__name__}); it was replaced",
                duration_s=time.monotonic() - t0,
                meta={"worker_lost": True},
            )
        return _to_result(reply, parts, cfg)


def _to_result(h: dict, parts: list[bytes], cfg: RenderConfig) -> RenderResult:
    status = Status(h.get("status", "crashed"))
    layers = tuple(h.get("layers", ()))
    png = parts[0] if parts and parts[0] else None
    trace = None
    error = str(h.get("error", ""))
    if status is Status.OK:
        try:
            if cfg.trace and len(parts) > 1 and parts[1]:
                trace = Trace.from_dict(json.loads(parts[1]))
        except (ValueError, KeyError, TypeError) as e:
            status, png, error = Status.CRASHED, None, f"crashed: unreadable trace ({e})"
        if status is Status.OK and not (png and png.startswith(b"\x89PNG")):
            status, png, error = Status.CRASHED, None, "crashed: the job reported ok without a PNG"
    meta = h.get("meta") if isinstance(h.get("meta"), dict) else {}
    return RenderResult(
        status=status,
        png=png if status is Status.OK else None,
        trace=trace,
        error=error,
        stdout=str(h.get("stdout", "")),
        stderr=str(h.get("stderr", "")),
        duration_s=float(h.get("duration_s", 0.0)),
        isolation=isolation_level(layers),
        isolation_layers=layers,
        n_figures=int(h.get("n_figures", 0) or 0),
        width_px=int(h.get("width_px", 0) or 0),
        height_px=int(h.get("height_px", 0) or 0),
        meta=meta,
    )
