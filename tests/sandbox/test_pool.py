"""RenderPool behaviour: PNG + trace, isolation between consecutive jobs, capture of show and
savefig, figure choice, determinism, fonts, batches, asyncio, secrets, crashes, dead workers."""

from __future__ import annotations

import asyncio
import json
import os
import signal
import time
from pathlib import Path

import numpy as np
import pytest
from sandbox_probes import (
    assert_no_job_processes,
    full_isolation_expected,
    job_dir_entries,
    job_uids,
    owned_by,
    png_array,
    processes_of,
    worker_pids,
)
from snippets import LINE

from codepercept.sandbox import (
    Isolation,
    RenderConfig,
    RenderPool,
    RenderResult,
    Status,
    render_inprocess,
)
from codepercept.sandbox.types import SINGLE_THREAD_ENV
from codepercept.trace.schema import ElementKind

SECRET = "sk-secret-codepercept-test"

# A figure with lines, fills, hatches, scatter, annotation, mathtext, CJK text and a legend;
# it asks for dpi=300 and a tight bbox, which the sandbox ignores by design.
RICH = """\
import numpy as np
import matplotlib.pyplot as plt
fig, ax = plt.subplots(figsize=(5, 4))
t = np.linspace(0, 2 * np.pi, 200)
ax.plot(np.cos(t), np.sin(t), label="单位圆")
ax.fill([0, 1, 0.5], [0, 0, 0.8], alpha=0.4, hatch="//")
ax.scatter([0.2, -0.4], [0.1, 0.5], c=[1, 2])
ax.annotate("P", xy=(0.5, 0.8), xytext=(0.8, 1.0), arrowprops={"arrowstyle": "->"})
ax.set_title(r"$x^2 + y^2 = 1$")
ax.legend()
ax.set_aspect("equal")
plt.savefig("out.png", dpi=300, bbox_inches="tight")
"""

# Prints the job-visible state that an earlier job could have changed, then draws LINE.
PROBE = (
    """\
import builtins, json, os, sys
import numpy
import matplotlib
import matplotlib.figure
import matplotlib.pyplot as plt
state = {
    "open_figures": plt.get_fignums(),
    "linewidth": plt.rcParams["lines.linewidth"],
    "facecolor": plt.rcParams["axes.facecolor"],
    "pi": numpy.pi,
    "print_is_builtin": type(builtins.print).__name__ == "builtin_function_or_method",
    "len_ok": len([1, 2, 3]) == 3,
    "plot_callable": callable(plt.plot),
    "leak_attr": hasattr(builtins, "LEAK") or hasattr(matplotlib, "LEAK"),
    "leak_global": "LEAKED" in globals(),
    "leak_module": "leaky_module" in sys.modules,
    "cwd_files": sorted(os.listdir(".")),
}
sys.stdout.write(json.dumps({"uid": os.getuid(), "cwd": os.getcwd(), "state": state}) + "\\n")
"""
    + LINE
)

# Each mutation first reports where it ran, then tries to leave something for the next job.
_WHERE = "import json, os, sys\nsys.stdout.write(json.dumps({'uid': os.getuid(), 'cwd': os.getcwd()}) + '\\n')\n"
MUTATIONS = {
    "rcparams": "import matplotlib.pyplot as plt\nplt.rcParams['lines.linewidth'] = 17\n"
    "plt.style.use('dark_background')\nimport matplotlib\nmatplotlib.rcdefaults = None\n",
    "figures_left_open": "import matplotlib.pyplot as plt\nfor i in range(5):\n    plt.figure()\n"
    "    plt.plot([0, i])\n",
    "monkeypatch_pyplot": "import matplotlib, matplotlib.figure, matplotlib.pyplot as plt\n"
    "plt.plot([0, 1])\nplt.plot = None\nmatplotlib.figure.Figure.savefig = None\nmatplotlib.LEAK = 1\n",
    "builtins": "import builtins\nplt = __import__('matplotlib.pyplot').pyplot\nplt.plot([0, 1])\n"
    "builtins.LEAK = True\nbuiltins.print = lambda *a, **k: None\n",
    "numpy_pi": "import numpy\nnumpy.pi = 3\nimport matplotlib.pyplot as plt\nplt.plot([0, numpy.pi])\n",
    "globals_and_modules": "import sys, types\nglobal LEAKED\nLEAKED = 1\n"
    "sys.modules['leaky_module'] = types.ModuleType('leaky_module')\n",
    "cwd_and_files": "import os\nopen('leftover.txt', 'w').write('x')\nos.mkdir('sub')\n"
    "open('sub/deep.txt', 'w').write('y')\nos.symlink('/etc/passwd', 'link')\n",
}


@pytest.fixture(scope="module")
def pool():
    with pytest.MonkeyPatch.context() as mp:
        mp.setenv("OPENAI_API_KEY", SECRET)  # set before the pool starts its workers
        with RenderPool(workers=2, config=RenderConfig(timeout_s=10.0)) as p:
            yield p


@pytest.fixture(scope="module")
def baseline(pool) -> tuple[dict, bytes]:
    r = pool.render(PROBE)
    assert r.ok, r.error
    return json.loads(r.stdout.splitlines()[0])["state"], r.png


def _ink(region: np.ndarray) -> int:
    """Pixels clearly darker than the white background."""
    return int((region.min(axis=2) < 128).sum())


# -- basics -----------------------------------------------------------------------------------


def test_render_ok_returns_png_trace_and_full_isolation(pool):
    r = pool.render(LINE)
    assert r.status is Status.OK and r.ok, r.error
    assert r.png.startswith(b"\x89PNG\r\n\x1a\n")
    img = png_array(r.png)
    assert img.shape[:2] == (480, 640) == (r.height_px, r.width_px)
    assert _ink(img) > 500  # a line, markers, ticks and a title were drawn
    assert r.trace is not None and (r.trace.width_px, r.trace.height_px) == (640, 480)
    lines = [e for e in r.trace.elements if e.kind is ElementKind.LINE and e.is_content]
    assert len(lines) == 1 and lines[0].data[:3] == ((0.0, 0.0), (1.0, 1.0), (2.0, 4.0))
    assert r.trace.texts() and any(e.text == "y = x^2" for e in r.trace.texts())
    assert r.n_figures == 1 and r.error == "" and 0 < r.duration_s < 10
    if not full_isolation_expected():
        pytest.skip("full isolation needs root on Linux with Landlock")
    assert r.isolation is Isolation.FULL
    assert {"netns", "uid", "landlock", "seccomp", "rlimits", "env", "fork"} <= set(
        r.isolation_layers
    )


def test_show_does_not_block(pool):
    code = LINE + "plt.show(block=True)\nplt.pause(30)\nplt.gcf().show()\nprint('after show')\n"
    r = pool.render(code, RenderConfig(timeout_s=5.0))
    assert r.ok, r.error
    assert r.stdout == "after show\n"


@pytest.mark.parametrize("target", ["/etc/{t}.png", "../{t}.png", "{tmp}/{t}.png", "{t}.pdf"])
def test_savefig_anywhere_is_captured_not_written(pool, tmp_path, target):
    token = f"cp-savefig-{os.getpid()}-{time.monotonic_ns()}"
    path = target.format(t=token, tmp=tmp_path)
    r = pool.render(LINE + f"plt.savefig({path!r}, dpi=20)\n")
    assert r.ok, r.error
    assert r.width_px == 640  # the sandbox's dpi, not the snippet's
    assert r.meta["savefig_calls"][0]["path"] == path
    assert not Path(path).exists() and not Path("/etc", f"{token}.png").exists()
    assert not list(tmp_path.iterdir())
    assert job_dir_entries(f"{token}*") == []  # '..' of a job dir is its worker's root


def test_code_without_savefig_yields_its_figure(pool):
    r = pool.render(
        "import matplotlib.pyplot as plt\nfig, ax = plt.subplots(figsize=(4, 3))\nax.bar([1, 2], [3, 4])\n"
    )
    assert r.ok, r.error
    assert (r.width_px, r.height_px) == (400, 300)
    assert sum(e.kind is ElementKind.RECTANGLE and e.is_content for e in r.trace.elements) == 2


def test_two_figures_render_the_last_active_one(pool):
    two = (
        "import matplotlib.pyplot as plt\nf1 = plt.figure(figsize=(6, 4))\nplt.plot([0, 1])\n"
        "f2 = plt.figure(figsize=(3, 2))\nplt.plot([1, 0])\n"
    )
    r = pool.render(two)
    assert r.ok and (r.width_px, r.height_px) == (300, 200) and r.n_figures == 2
    r = pool.render(two + "plt.figure(f1.number)\n")  # switching back makes f1 the active one
    assert r.ok and (r.width_px, r.height_px) == (600, 400) and r.n_figures == 2
    r = pool.render(two + "f1.savefig('a.png')\n")  # the last saved figure wins
    assert r.ok and (r.width_px, r.height_px) == (600, 400) and r.n_figures == 2


def test_fences_and_notebook_magics_are_tolerated(pool):
    reply = (
        "Here is the figure:\r\n\r\n```python\r\n%matplotlib inline\r\n!pip install numpy\r\n"
        + LINE.replace("\n", "\r\n")
        + "if True:\r\n    %config InlineBackend.figure_format = 'svg'\r\n```\r\nHope it helps."
    )
    r = pool.render(reply)
    assert r.ok, r.error
    assert pool.render(LINE).png == r.png


def test_syntax_error_is_error_with_one_line_reason(pool):
    r = pool.render("import matplotlib.pyplot as plt\nplt.plot([1, 2]\nx = = 3\n")
    assert r.status is Status.ERROR and r.png is None and r.trace is None
    assert r.reason.startswith("SyntaxError") and "\n" not in r.reason
    assert "line" in r.error  # the traceback tail points into the snippet


def test_runtime_error_keeps_the_snippets_traceback(pool):
    r = pool.render(
        "import matplotlib.pyplot as plt\ndef f(x):\n    return 1 / x\nplt.plot([f(0)])\n"
    )
    assert r.status is Status.ERROR
    assert r.reason == "ZeroDivisionError: division by zero"
    assert 'File "<snippet>", line 3, in f' in r.error


def test_no_figure(pool):
    r = pool.render("x = sum(range(10))\nprint(x)\n")
    assert r.status is Status.NO_FIGURE and r.png is None and r.stdout == "45\n"
    r = pool.render("import matplotlib.pyplot as plt\nfig = plt.figure()\n")  # empty figure
    assert r.status is Status.NO_FIGURE


def test_scipy_with_its_own_blas_imports_inside_a_job(pool):
    """scipy loads a second OpenBLAS in the job, which may not start threads: it must be told."""
    r = pool.render(
        "import numpy as np, matplotlib.pyplot as plt\nfrom scipy import stats, linalg\n"
        "x = np.linspace(-3, 3, 50)\nplt.plot(x, stats.norm.pdf(x))\n"
        "plt.title(str(round(float(linalg.det(np.eye(2) * 2)), 1)))\n"
    )
    assert r.ok, r.error
    assert any(e.text == "4.0" for e in r.trace.elements)


# -- determinism and fonts --------------------------------------------------------------------


def test_same_code_gives_byte_identical_png_in_pool_and_in_process(pool):
    a, b = pool.render_many([RICH, RICH])  # two jobs, likely on both workers
    c = pool.render(RICH)
    assert a.ok and b.ok and c.ok, (a.error, b.error, c.error)
    assert a.png == b.png == c.png
    d = render_inprocess(RICH, RenderConfig(timeout_s=10.0))
    assert d.ok and d.isolation is Isolation.NONE
    assert d.png == a.png
    assert d.trace.to_dict() == a.trace.to_dict()


def test_chinese_labels_render_real_glyphs(pool):
    title = "三角形的面积公式"
    code = (
        "import matplotlib.pyplot as plt\nplt.rcParams['font.sans-serif'] = ['SimHei']\n"
        f"fig, ax = plt.subplots()\nax.set_title({title!r}, fontsize=28)\nax.plot([0, 1], [0, 1])\n"
    )
    r = pool.render(code)
    assert r.ok, r.error
    assert "missing from font" not in r.stderr
    (elem,) = [e for e in r.trace.texts() if e.text == title]
    x0, y0, x1, y1 = (int(round(v)) for v in elem.bbox_px)
    crop = png_array(r.png)[y0:y1, x0:x1]
    assert _ink(crop) > 0.08 * crop.shape[0] * crop.shape[1]
    # The same text with DejaVu alone draws the missing-glyph box for every character.
    with RenderPool(workers=1, config=RenderConfig(timeout_s=10.0, fonts=("DejaVu Sans",))) as p:
        tofu = p.render(code)
    assert tofu.ok and "missing from font" in tofu.stderr
    tofu_crop = png_array(tofu.png)[y0:y1, x0:x1]
    assert np.abs(crop - tofu_crop).max(axis=2).astype(bool).mean() > 0.05
    # Eight distinct characters: their cells differ from each other (tofu boxes would not).
    cells = np.array_split(crop, len(title), axis=1)
    w = min(c.shape[1] for c in cells)
    assert len({c[:, :w].tobytes() for c in cells}) == len(title)


# -- batches, config, asyncio -----------------------------------------------------------------


def test_render_many_keeps_input_order_with_mixed_statuses(pool):
    def fig(w: int) -> str:
        return f"import matplotlib.pyplot as plt\nplt.figure(figsize=({w}, 2))\nplt.plot([0, 1])\n"

    codes = [
        fig(2),
        "def broken(:\n",
        "x = 1\n",
        "import os\nos._exit(5)\n",
        fig(3),
        fig(4),
        "1 / 0\n",
    ]
    seen: list[int] = []
    rs = pool.render_many(codes, on_result=lambda i, r: seen.append(i))
    assert [r.status for r in rs] == [
        Status.OK,
        Status.ERROR,
        Status.NO_FIGURE,
        Status.CRASHED,
        Status.OK,
        Status.OK,
        Status.ERROR,
    ]
    assert [r.width_px for r in rs if r.ok] == [200, 300, 400]
    assert "code 5" in rs[3].error and "ZeroDivisionError" in rs[6].reason
    assert sorted(seen) == list(range(len(codes)))


def test_per_call_config_overrides_the_pool_config(pool):
    small = pool.render(LINE)
    big = pool.render(LINE, RenderConfig(timeout_s=10.0, dpi=200.0))
    assert small.ok and big.ok
    assert (big.width_px, big.height_px) == (1280, 960)
    assert len(big.png) > 2 * len(small.png)
    notrace = pool.render(LINE, RenderConfig(timeout_s=10.0, trace=False))
    assert notrace.ok and notrace.trace is None and notrace.png == small.png


def test_arender_from_asyncio(pool):
    async def main() -> list[RenderResult]:
        return await asyncio.gather(pool.arender(LINE), pool.arender("x = 1\n"), pool.arender(RICH))

    rs = asyncio.run(main())
    assert [r.status for r in rs] == [Status.OK, Status.NO_FIGURE, Status.OK]


# -- isolation between jobs -------------------------------------------------------------------


@pytest.mark.parametrize("name", list(MUTATIONS))
def test_consecutive_jobs_cannot_see_or_change_each_other(pool, baseline, name):
    state0, png0 = baseline
    r = pool.render(_WHERE + MUTATIONS[name])
    assert r.status in (Status.OK, Status.NO_FIGURE), r.error
    where = json.loads(r.stdout.splitlines()[0])
    assert not Path(where["cwd"]).exists()  # the job dir is gone, links and all
    assert Path("/etc/passwd").is_file()
    # Probe until a job lands on the same worker (same job uid) as the mutation.
    same_worker = False
    for _ in range(20):
        for p in pool.render_many([PROBE, PROBE]):
            assert p.ok, p.error
            report = json.loads(p.stdout.splitlines()[0])
            assert report["state"] == state0
            assert report["cwd"] != where["cwd"] and report["state"]["cwd_files"] == []
            assert p.png == png0
            same_worker |= report["uid"] == where["uid"]
        if same_worker:
            break
    assert same_worker, "no probe ran on the worker of the mutating job"


def test_environment_secrets_are_invisible(pool):
    r = pool.render("import os\nprint(dict(os.environ))\n" + LINE)
    assert r.ok
    env = eval(r.stdout)  # noqa: S307 - our own job printed a dict literal
    assert set(env) == {"HOME", "TMPDIR", "LANG", "PATH", *SINGLE_THREAD_ENV}
    assert all(env[v] == "1" for v in SINGLE_THREAD_ENV)
    assert SECRET not in r.stdout
    for pid in worker_pids():  # the workers never had it either
        assert SECRET.encode() not in Path(f"/proc/{pid}/environ").read_bytes()


# -- crashes and dead workers -----------------------------------------------------------------


@pytest.mark.parametrize(
    "code, reason",
    [
        ("import os\nos._exit(0)\n", "exited with code 0"),
        ("import ctypes\nctypes.string_at(0)\n", "SIGSEGV"),
        ("import os, signal\nos.kill(os.getpid(), signal.SIGABRT)\n", "SIGABRT"),
    ],
    ids=["os_exit", "segfault", "abort"],
)
def test_job_that_kills_its_process_is_crashed_and_pool_goes_on(pool, code, reason):
    restarts, workers = pool.restarts, worker_pids()
    r = pool.render(code)
    assert r.status is Status.CRASHED and reason in r.error
    assert pool.render(LINE).ok
    assert pool.restarts == restarts and worker_pids() == workers  # only the job child died


@pytest.mark.slow
def test_dead_worker_is_replaced_and_no_job_is_lost():
    before = worker_pids()
    with RenderPool(workers=1, config=RenderConfig(timeout_s=20.0)) as p:
        (worker,) = worker_pids() - before
        slow = p.submit("import time\ntime.sleep(15)\n" + LINE)
        rest = [p.submit(LINE) for _ in range(3)] + [p.submit("x = 1\n")]
        separate_uid = full_isolation_expected()  # root: jobs run as 100000 + worker pid
        deadline = time.monotonic() + 10
        while separate_uid and not processes_of(job_uids({worker})):  # the slow job runs
            assert time.monotonic() < deadline, "the slow job never started"
            time.sleep(0.02)
        if not separate_uid:
            time.sleep(1.0)
        uid = next(iter(job_uids({worker})))
        roots = {d.parent for d in owned_by(job_dir_entries(), {uid})}
        os.kill(worker, signal.SIGKILL)
        r = slow.result(timeout=60)
        assert r.status is Status.CRASHED and "worker died" in r.error
        assert [f.result(timeout=60).status for f in rest] == [Status.OK] * 3 + [Status.NO_FIGURE]
        assert p.restarts == 1
        (new_worker,) = worker_pids() - before
        assert new_worker != worker
        if separate_uid:  # the orphaned job child died with its worker instead of sleeping on
            assert_no_job_processes(job_uids({worker}), grace_s=2.0)
            assert len(roots) == 1 and not roots.pop().exists()  # its job dirs were removed
        assert p.render(LINE).ok


@pytest.mark.slow
def test_hung_worker_times_out_and_is_replaced():
    before = worker_pids()
    with RenderPool(workers=1, config=RenderConfig(timeout_s=1.0)) as p:
        (worker,) = worker_pids() - before
        os.kill(worker, signal.SIGSTOP)  # alive but silent: only the pool's own deadline helps
        t0 = time.monotonic()
        hung, after = p.submit(LINE), p.submit(LINE)
        r = hung.result(timeout=60)
        assert r.status is Status.TIMEOUT and "did not answer" in r.error
        assert time.monotonic() - t0 < 1.0 + 5.0 + 3.0  # job limit + the pool's grace + slack
        assert after.result(timeout=60).ok and p.restarts == 1
        assert worker not in worker_pids()


def test_a_worker_that_dies_before_reading_its_config_is_a_named_error(monkeypatch):
    """The worker may exit before the pool writes its settings (a broken interpreter): the
    write then fails with a broken pipe, which must still surface as SandboxUnavailable."""
    import subprocess
    import sys

    from codepercept.errors import SandboxUnavailable
    from codepercept.sandbox import pool as pool_module

    real_popen = subprocess.Popen

    def popen_then_wait(*args, **kwargs):
        proc = real_popen(*args, **kwargs)
        proc.wait()  # the worker is gone before the pool writes to it
        return proc

    monkeypatch.setattr(sys, "executable", "/bin/false")
    monkeypatch.setattr(pool_module.subprocess, "Popen", popen_then_wait)
    with pytest.raises(SandboxUnavailable, match="a render worker failed to start"):
        RenderPool(workers=1)
