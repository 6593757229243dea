"""A warm worker: imports matplotlib, numpy and the tracer once, then forks one isolated child
per job and supervises it (wall clock, output caps, exit status).

Run as ``python -m codepercept.sandbox.worker`` by :class:`RenderPool`; speaks frames on
stdin/stdout (see protocol.py). It never executes snippet code itself.
"""

from __future__ import annotations

import gc
import os
import select
import shutil
import signal
import sys
import tempfile
import time
from dataclasses import asdict, fields
from typing import Any

from codepercept.sandbox import protocol
from codepercept.sandbox.types import RenderConfig, Status

_UID_BASE = 100_000  # job uid = base + worker pid: unique per live worker, never a real user


def config_from_dict(d: dict[str, Any]) -> RenderConfig:
    names = {f.name for f in fields(RenderConfig)}
    kw = {k: (tuple(v) if isinstance(v, list) else v) for k, v in d.items() if k in names}
    return RenderConfig(**kw)


def config_to_dict(c: RenderConfig) -> dict[str, Any]:
    return asdict(c)


class Supervisor:
    """Forks and watches job children for one worker process."""

    def __init__(self, base_config: RenderConfig) -> None:
        from codepercept.sandbox.isolation import compile_seccomp, read_only_roots

        self.base_config = base_config
        self.root = tempfile.mkdtemp(prefix="codepercept-jobs-")
        os.chmod(self.root, 0o711)
        self.uid = _UID_BASE + os.getpid()
        self.read_roots = tuple(read_only_roots())
        self.is_root = os.geteuid() == 0
        self.seccomp_bpf = compile_seccomp()

    def close(self) -> None:
        shutil.rmtree(self.root, ignore_errors=True)

    def run(self, code: str, config: RenderConfig) -> tuple[dict[str, Any], bytes, bytes]:
        from codepercept.sandbox.child import ChildSpec, child_main

        job_dir = tempfile.mkdtemp(dir=self.root)
        if self.is_root:
            os.chown(job_dir, self.uid, self.uid)
        spec = ChildSpec(job_dir, self.uid, config, self.read_roots, os.getpid(), self.seccomp_bpf)
        out_r, out_w = os.pipe()
        err_r, err_w = os.pipe()
        res_r, res_w = os.pipe()
        sys.stdout.flush()
        sys.stderr.flush()
        t0 = time.monotonic()
        pid = os.fork()
        if pid == 0:  # pragma: no cover - runs in the child, which always _exits
            child_main(code, spec, out_w, err_w, res_w)
            os._exit(72)
        for fd in (out_w, err_w, res_w):
            os.close(fd)
        try:
            header, png, trace = self._supervise(pid, t0, config, out_r, err_r, res_r)
        finally:
            for fd in (out_r, err_r, res_r):
                os.close(fd)
            shutil.rmtree(job_dir, ignore_errors=True)
        header["duration_s"] = round(time.monotonic() - t0, 6)
        return header, png, trace

    def _supervise(self, pid, t0, config, out_r, err_r, res_r):
        deadline = t0 + config.timeout_s
        keep = config.max_output_bytes
        result_cap = config.max_png_bytes + config.max_trace_bytes + (1 << 20)
        bufs = {out_r: bytearray(), err_r: bytearray(), res_r: bytearray()}
        seen = {out_r: 0, err_r: 0, res_r: 0}
        open_fds = set(bufs)
        killed_for: tuple[Status, str] | None = None
        while open_fds:
            left = deadline - time.monotonic()
            if left <= 0:
                killed_for = (
                    Status.TIMEOUT,
                    f"timeout: exceeded the {config.timeout_s:g} s wall-clock limit",
                )
                break
            ready, _, _ = select.select(list(open_fds), [], [], left)
            for fd in ready:
                chunk = os.read(fd, 1 << 16)
                if not chunk:
                    open_fds.discard(fd)
                    continue
                seen[fd] += len(chunk)
                if fd == res_r:
                    if seen[fd] > result_cap:
                        killed_for = (
                            Status.OUTPUT_LIMIT,
                            f"output_limit: result over {result_cap} bytes",
                        )
                        break
                    bufs[fd] += chunk
                else:
                    room = keep - len(bufs[fd])
                    if room > 0:
                        bufs[fd] += chunk[:room]
                    if seen[fd] > config.hard_output_bytes:
                        name = "stdout" if fd == out_r else "stderr"
                        killed_for = (
                            Status.OUTPUT_LIMIT,
                            f"output_limit: {name} exceeded {config.hard_output_bytes} bytes",
                        )
                        break
            if killed_for:
                break
        if killed_for:
            _kill_group(pid)
        status, lingered = _wait(pid, deadline)
        if lingered and not killed_for:  # closed its pipes, then kept running past the deadline
            killed_for = (
                Status.TIMEOUT,
                f"timeout: exceeded the {config.timeout_s:g} s wall-clock limit",
            )
        header = self._result_header(status, killed_for, bufs[res_r], config)
        header["stdout"] = _text(bufs[out_r], seen[out_r])
        header["stderr"] = _text(bufs[err_r], seen[err_r])
        png, trace = header.pop("_parts", (b"", b""))
        return header, png, trace

    def _result_header(self, wait_status, killed_for, result: bytearray, config) -> dict[str, Any]:
        if killed_for:
            return {"status": killed_for[0].value, "error": killed_for[1]}
        if wait_status is not None and os.WIFSIGNALED(wait_status):
            sig = os.WTERMSIG(wait_status)
            if sig == signal.SIGXCPU or (sig == signal.SIGKILL and not result):
                if sig == signal.SIGXCPU:
                    return {
                        "status": Status.TIMEOUT.value,
                        "error": f"timeout: exceeded the {config.cpu_limit_s} s CPU-time limit",
                    }
            if sig == signal.SIGSYS:
                return {
                    "status": Status.FORBIDDEN.value,
                    "error": "forbidden: killed by the seccomp filter",
                }
            return {
                "status": Status.CRASHED.value,
                "error": f"crashed: killed by {signal.Signals(sig).name}",
            }
        if not result:
            code = os.WEXITSTATUS(wait_status) if wait_status is not None else -1
            why = (
                "sandbox setup failed (see stderr)"
                if code == 70
                else f"exited with code {code} before reporting a result"
            )
            return {"status": Status.CRASHED.value, "error": f"crashed: {why}"}
        try:
            header, parts = protocol.decode(bytes(result), len(result))
        except protocol.ProtocolError as e:
            return {"status": Status.CRASHED.value, "error": f"crashed: unreadable result ({e})"}
        try:
            Status(header.get("status"))
        except ValueError:
            return {
                "status": Status.CRASHED.value,
                "error": "crashed: result with an unknown status",
            }
        parts = (parts + [b"", b""])[:2]
        header["_parts"] = (parts[0], parts[1])
        return header


def _text(buf: bytearray, seen: int) -> str:
    s = bytes(buf).decode("utf-8", errors="replace")
    if seen > len(buf):
        s += f"\n[... {seen - len(buf)} more bytes dropped]"
    return s


def _kill_group(pid: int) -> None:
    for target in (lambda: os.killpg(pid, signal.SIGKILL), lambda: os.kill(pid, signal.SIGKILL)):
        try:
            target()
        except ProcessLookupError:
            pass  # already gone


def _wait(pid: int, deadline: float) -> tuple[int, bool]:
    """Reap the child; kill it if it is still alive at the job deadline (it can close its
    pipes and go on running). Returns the wait status and whether it had to be killed."""
    while True:
        done, status = os.waitpid(pid, os.WNOHANG)
        if done:
            return status, False
        if time.monotonic() > deadline:
            _kill_group(pid)
            _, status = os.waitpid(pid, 0)
            return status, True
        time.sleep(0.0005)


def main() -> None:
    proto_in = 0
    proto_out = os.dup(1)
    os.dup2(2, 1)  # anything printed by libraries goes to stderr, never into the protocol
    header, _ = protocol.read_frame(proto_in)
    base = config_from_dict(header.get("config", {}))
    from codepercept.sandbox.isolation import landlock_abi
    from codepercept.sandbox.runtime import setup_matplotlib, warm_up

    setup_matplotlib(base)
    import matplotlib.collections  # noqa: F401
    import matplotlib.patches  # noqa: F401
    import mpl_toolkits.mplot3d  # noqa: F401
    import numpy  # noqa: F401 - warm import for snippets
    import pyseccomp  # noqa: F401 - loaded by every job child; import it once here

    warm_up(base)
    sup = Supervisor(base)
    gc.collect()
    gc.freeze()  # keep warm objects out of the children's collections (fewer copied pages)
    protocol.write_frame(
        proto_out,
        {"ready": True, "pid": os.getpid(), "landlock_abi": landlock_abi(), "root": sup.root},
    )
    try:
        while True:
            try:
                job, _ = protocol.read_frame(proto_in)
            except EOFError:
                break
            cfg = config_from_dict(job["config"]) if "config" in job else base
            header, png, trace = sup.run(job["code"], cfg)
            header["id"] = job.get("id")
            protocol.write_frame(proto_out, header, png, trace)
    finally:
        sup.close()


if __name__ == "__main__":
    main()
