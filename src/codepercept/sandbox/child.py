"""The job child: forked from a warm worker, isolated, runs one untrusted snippet, reports, exits.

Never returns: every path ends in ``os._exit`` so no worker code runs in the child.
"""

from __future__ import annotations

import os
import sys
from dataclasses import dataclass

from codepercept.sandbox import isolation
from codepercept.sandbox.protocol import write_frame
from codepercept.sandbox.runtime import run_job
from codepercept.sandbox.types import SINGLE_THREAD_ENV, RenderConfig, Status

RESULT_FD = 3
_EXIT_SETUP_FAILED = 70


@dataclass(frozen=True, slots=True)
class ChildSpec:
    job_dir: str
    uid: int
    config: RenderConfig
    read_roots: tuple[str, ...]
    worker_pid: int = 0  # the job is killed when this process dies (0: the parent at fork)
    seccomp_bpf: bytes | None = None  # the worker's precompiled filter (None: build it here)


def child_main(code: str, spec: ChildSpec, stdout_w: int, stderr_w: int, result_w: int) -> None:
    """Entry point right after fork(); runs the snippet under every isolation layer."""
    try:
        layers = _isolate(spec, stdout_w, stderr_w, result_w)
    except BaseException as exc:  # noqa: BLE001 - report why isolation failed, never run the code
        try:
            os.write(2, f"sandbox setup failed: {type(exc).__name__}: {exc}\n".encode())
        finally:
            os._exit(_EXIT_SETUP_FAILED)
    try:
        outcome = run_job(code, spec.config)
        header = {
            "status": outcome.status.value,
            "error": outcome.error,
            "n_figures": outcome.n_figures,
            "width_px": outcome.width_px,
            "height_px": outcome.height_px,
            "meta": outcome.meta,
            "layers": layers,
        }
        _flush_std()
        write_frame(RESULT_FD, header, outcome.png, outcome.trace_json)
    except MemoryError:
        _report_minimal(Status.MEMORY, "memory: the job ran out of memory while reporting", layers)
    except BaseException as exc:  # noqa: BLE001 - the child must always exit through _exit
        _report_minimal(Status.ERROR, f"{type(exc).__name__}: {exc}", layers)
    os._exit(0)


def _isolate(spec: ChildSpec, stdout_w: int, stderr_w: int, result_w: int) -> list[str]:
    worker_pid = spec.worker_pid or os.getppid()
    os.setsid()  # own process group: the worker kills the whole group on timeout
    devnull = os.open(os.devnull, os.O_RDONLY)
    os.dup2(devnull, 0)
    os.dup2(stdout_w, 1)
    os.dup2(stderr_w, 2)
    os.dup2(result_w, RESULT_FD)
    os.closerange(RESULT_FD + 1, 1 << 16)  # worker pipes, protocol fds: nothing leaks in
    os.environ.clear()  # no API keys or tokens are visible to the snippet
    os.environ.update(
        {"HOME": spec.job_dir, "TMPDIR": spec.job_dir, "LANG": "C.UTF-8", "PATH": "/usr/bin:/bin"}
    )
    os.environ.update(SINGLE_THREAD_ENV)  # for a BLAS the snippet loads itself (scipy's)
    os.chdir(spec.job_dir)
    layers: list[str] = ["fork", "env"]
    cfg = spec.config
    if not cfg.network:
        layers += isolation.unshare_network()
    layers += isolation.set_rlimits(
        isolation.Limits(
            cpu_s=cfg.cpu_limit_s,
            memory_bytes=cfg.memory_mb * 1024 * 1024,
            file_size_bytes=cfg.file_size_mb * 1024 * 1024,
            open_files=cfg.open_files,
        )
    )
    layers += isolation.drop_privileges(spec.uid)
    layers += isolation.die_with_parent(worker_pid)
    layers += isolation.apply_landlock(spec.job_dir, list(spec.read_roots))
    layers += isolation.apply_seccomp(spec.seccomp_bpf)
    return layers


def _flush_std() -> None:
    for stream in (sys.stdout, sys.stderr):
        try:
            stream.flush()
        except (OSError, ValueError):
            pass  # the snippet closed or broke its own stream; nothing left to flush


def _report_minimal(status: Status, error: str, layers: list[str]) -> None:
    try:
        write_frame(RESULT_FD, {"status": status.value, "error": error[:2000], "layers": layers})
    except BaseException:  # noqa: BLE001 - the worker reports 'crashed' when no frame arrives
        os._exit(71)
