"""The seccomp layer alone: the worker's precompiled filter behaves like libseccomp's own.

Each case forks a bare child, loads the filter (precompiled and patched with the child's pid,
or built in the child) and reports what a few syscalls return, so the layer is checked
without Landlock or the uid drop standing in for it.
"""

from __future__ import annotations

import json
import os
import socket
import sys

import pytest

from codepercept.sandbox.isolation import apply_seccomp, compile_seccomp

pytestmark = pytest.mark.skipif(not sys.platform.startswith("linux"), reason="Linux only")


def _errno_of(fn) -> int:
    try:
        fn()
    except OSError as e:
        return e.errno or -1
    return 0


def _probe_in_child(program: bytes | None) -> dict[str, int]:
    r, w = os.pipe()
    pid = os.fork()
    if pid == 0:  # pragma: no cover - runs in the child
        try:
            apply_seccomp(program)
            out = {
                "kill_self": _errno_of(lambda: os.kill(os.getpid(), 0)),
                "kill_parent": _errno_of(lambda: os.kill(os.getppid(), 0)),
                "kill_1": _errno_of(lambda: os.kill(1, 0)),
                "socket": _errno_of(lambda: socket.socket()),
                "fork": _errno_of(lambda: os._exit(0) if os.fork() == 0 else None),
            }
            os.write(w, json.dumps(out).encode())
        finally:
            os._exit(0)
    os.close(w)
    data = os.read(r, 4096)
    os.close(r)
    os.waitpid(pid, 0)
    return json.loads(data)


def test_the_filter_compiles_once_and_matches_libseccomp():
    program = compile_seccomp()
    assert program is not None and len(program) % 8 == 0


@pytest.mark.parametrize("precompiled", [True, False])
def test_signals_only_to_the_job_and_no_processes_or_sockets(precompiled):
    program = compile_seccomp() if precompiled else None
    res = _probe_in_child(program)
    assert res["kill_self"] == 0
    assert res["kill_parent"] == res["kill_1"] == 1  # EPERM
    assert res["socket"] == res["fork"] == 1
