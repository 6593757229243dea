"""Hostile code: every attack ends with the status its mechanism dictates, within the job's
time limit + 2 s, leaves the host unharmed and no process behind, and the pool goes on
serving clean jobs (same worker processes, byte-identical output)."""

from __future__ import annotations

import dataclasses
import glob
import hashlib
import os
import secrets
import socket
import stat
import threading
import time
from pathlib import Path

import pytest
from sandbox_probes import (
    REPO_ROOT,
    assert_no_job_processes,
    job_dir_entries,
    job_uids,
    owned_by,
    worker_pids,
)
from snippets import ATTACKS, LINE, Attack

from codepercept.sandbox import RenderConfig, RenderPool, Status

SECRET = "sk-secret"  # what env_secret_memory_scan looks for
CONFIG = RenderConfig(timeout_s=3.0, memory_mb=1024)


class _Listener:
    """A local TCP server that records every connection a job manages to make."""

    def __init__(self) -> None:
        self.sock = socket.create_server(("127.0.0.1", 0))
        self.port = self.sock.getsockname()[1]
        self.connections = 0
        self._t = threading.Thread(target=self._accept, daemon=True)
        self._t.start()

    def _accept(self) -> None:
        while True:
            try:
                conn, _ = self.sock.accept()
            except OSError:
                return  # closed at teardown
            self.connections += 1
            conn.close()

    def close(self) -> None:
        self.sock.close()


@dataclasses.dataclass
class Host:
    """What the attacks aim at, and a snapshot to prove none of it changed."""

    token: str
    sentinel_dir: Path
    sentinel: Path
    home_secret: Path
    listener: _Listener
    snapshot: dict = dataclasses.field(default_factory=dict)

    def placeholders(self) -> dict[str, str]:
        return {
            "@TOKEN@": self.token,
            "@SENTINEL_DIR@": str(self.sentinel_dir),
            "@SENTINEL@": str(self.sentinel),
            "@HOME_SECRET@": str(self.home_secret),
            "@HOME@": str(Path.home()),
            "@REPO@": str(REPO_ROOT),
            "@PORT@": str(self.listener.port),
        }

    def take_snapshot(self) -> dict:
        def fingerprint(p: Path) -> tuple:
            st = p.lstat()
            data = p.read_bytes() if stat.S_ISREG(st.st_mode) else b""
            return (
                stat.S_IMODE(st.st_mode),
                st.st_uid,
                st.st_gid,
                hashlib.sha256(data).hexdigest(),
            )

        files = [self.sentinel_dir, *sorted(self.sentinel_dir.rglob("*")), self.home_secret]
        files += [Path("/etc/passwd"), Path("/etc/shadow"), REPO_ROOT / "pyproject.toml"]
        return {str(p): fingerprint(p) for p in files if p.exists()}

    def leaked_files(self) -> list[str]:
        """Files named after this run's token anywhere an attack could have put them."""
        places = [Path("/tmp"), Path("/var/tmp"), Path("/dev/shm"), Path.home(), REPO_ROOT]
        places += [self.sentinel_dir, Path("/etc")]
        hits = [p for d in places for p in glob.glob(f"{glob.escape(str(d))}/*{self.token}*")]
        hits += [str(p) for p in job_dir_entries(f"*/*{self.token}*")]
        return hits


@pytest.fixture(scope="module")
def host(tmp_path_factory, needs_full_isolation):
    token = f"cp-hostile-{os.getpid()}-{secrets.token_hex(4)}"
    d = tmp_path_factory.mktemp("sentinels")
    sentinel = d / "sentinel.txt"
    sentinel.write_text("do not touch\n")
    sentinel.chmod(0o644)
    (d / "sub").mkdir()
    (d / "sub" / "inner.txt").write_text("inner\n")
    home_secret = Path.home() / f".codepercept-test-secret-{secrets.token_hex(4)}"
    home_secret.write_text("home secret\n")
    home_secret.chmod(0o600)
    listener = _Listener()
    h = Host(token, d, sentinel, home_secret, listener)
    h.snapshot = h.take_snapshot()
    yield h
    listener.close()
    home_secret.unlink(missing_ok=True)


@pytest.fixture(scope="module")
def pool(host):
    with pytest.MonkeyPatch.context() as mp:
        mp.setenv("OPENAI_API_KEY", SECRET)  # a forked child would inherit it otherwise
        others = worker_pids()  # workers of pools that other tests in this process still hold
        with RenderPool(workers=2, config=CONFIG) as p:
            p.test_foreign_workers = others  # type: ignore[attr-defined]
            yield p


def own_workers(pool: RenderPool) -> set[int]:
    """The worker processes of ``pool`` (this process's workers, less those it found)."""
    return worker_pids() - pool.test_foreign_workers  # type: ignore[attr-defined]


@pytest.fixture(scope="module")
def clean_png(pool) -> bytes:
    r = pool.render(LINE)
    assert r.ok, r.error
    return r.png


def test_the_table_has_at_least_25_distinct_attacks():
    ids = [a.id for a in ATTACKS]
    assert len(ids) == len(set(ids)) and len(ids) >= 25


@pytest.mark.parametrize("attack", ATTACKS, ids=[a.id for a in ATTACKS])
def test_attack_is_contained(attack: Attack, host: Host, pool: RenderPool, clean_png: bytes):
    code = attack.code
    for key, value in host.placeholders().items():
        code = code.replace(key, value)
    cfg = dataclasses.replace(CONFIG, **attack.config) if attack.config else None
    limit = (cfg or CONFIG).timeout_s
    workers, restarts = own_workers(pool), pool.restarts
    assert len(workers) == 2

    t0 = time.monotonic()
    r = pool.render(code, cfg)
    wall = time.monotonic() - t0

    assert r.status is attack.status, f"{attack.why}; got {r.status.value}: {r.error[:500]}"
    assert wall <= limit + 2.0, f"took {wall:.2f} s, limit {limit} s"
    assert attack.error_has in r.error, r.error[:500]
    assert attack.stdout_has in r.stdout, r.stdout[:500]
    if r.status is not Status.OK:
        assert r.png is None and r.reason and "\n" not in r.reason
    # The host is unharmed.
    assert host.take_snapshot() == host.snapshot
    assert host.leaked_files() == []
    assert host.listener.connections == 0
    assert SECRET not in r.stdout + r.stderr + r.error
    # No job process is left, the workers are the same processes, and no job dir remains.
    assert_no_job_processes(job_uids(workers))
    assert own_workers(pool) == workers and pool.restarts == restarts
    uids = job_uids(workers)  # no job dir of these workers is left either
    assert owned_by(job_dir_entries(), uids) == []
    # The pool serves normal jobs right after, unaffected: same bytes as before any attack.
    after = pool.render_many([LINE, LINE])
    assert [a.png == clean_png for a in after] == [True, True], [a.error for a in after]
