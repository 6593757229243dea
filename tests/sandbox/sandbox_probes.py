"""Host probes shared by the sandbox tests: worker processes, job uids, leftover processes.

A plain module (not conftest.py): test modules import it by a name no other folder uses.
"""

from __future__ import annotations

import glob
import io
import os
import sys
import time
from pathlib import Path

import numpy as np
from PIL import Image

REPO_ROOT = Path(__file__).resolve().parents[2]
JOB_UID_BASE = 100_000  # a job runs as this + its worker's pid (see sandbox/worker.py)


def _stat_fields(pid: int | str) -> list[str]:
    with open(f"/proc/{pid}/stat") as f:
        return f.read().rsplit(")", 1)[1].split()


def worker_pids() -> set[int]:
    """PIDs of the render workers this test process started (its children running the worker)."""
    me, out = os.getpid(), set()
    for entry in os.listdir("/proc"):
        if not entry.isdigit():
            continue
        try:
            if int(_stat_fields(entry)[1]) != me:
                continue
            cmd = Path(f"/proc/{entry}/cmdline").read_bytes()
        except (OSError, IndexError, ValueError):
            continue  # exited while we looked
        if b"codepercept.sandbox.worker" in cmd:
            out.add(int(entry))
    return out


def job_uids(pids: set[int]) -> set[int]:
    return {JOB_UID_BASE + p for p in pids}


def processes_of(uids: set[int]) -> list[int]:
    """Live processes (zombies excluded) owned by any of ``uids``."""
    found = []
    for entry in os.listdir("/proc"):
        if not entry.isdigit():
            continue
        try:
            if os.stat(f"/proc/{entry}").st_uid in uids and _stat_fields(entry)[0] != "Z":
                found.append(int(entry))
        except (OSError, IndexError):
            continue
    return found


def assert_no_job_processes(uids: set[int], grace_s: float = 1.0) -> None:
    """No process of the given job uids is left (the worker reaps each job before replying)."""
    deadline = time.monotonic() + grace_s
    while (left := processes_of(uids)) and time.monotonic() < deadline:
        time.sleep(0.05)
    assert not left, f"job processes left behind: {left}"


def full_isolation_expected() -> bool:
    """Root on Linux with Landlock: every layer (netns, uid drop, Landlock, seccomp) must be on."""
    if not sys.platform.startswith("linux") or os.geteuid() != 0:
        return False
    from codepercept.sandbox.isolation import landlock_abi

    return landlock_abi() >= 1


def png_array(png: bytes) -> np.ndarray:
    return np.asarray(Image.open(io.BytesIO(png)).convert("RGB"), dtype=np.int16)


def job_dir_entries(pattern: str = "*") -> list[Path]:
    """Paths matching ``/tmp/codepercept-jobs-*/<pattern>``, every worker's job dirs.

    Other pools on this machine create and remove job dirs all the time; glob.glob skips
    directories that vanish while it scans (pathlib's glob raises for them).
    """
    return [Path(p) for p in glob.glob(f"/tmp/codepercept-jobs-*/{pattern}")]


def owned_by(paths: list[Path], uids: set[int]) -> list[Path]:
    """The paths that still exist and belong to one of ``uids``."""
    out = []
    for p in paths:
        try:
            if p.lstat().st_uid in uids:
                out.append(p)
        except FileNotFoundError:
            continue  # removed by its worker meanwhile
    return out
