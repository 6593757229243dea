"""`codepercept render` as a user runs it: a real subprocess, real files, real exit codes."""

from __future__ import annotations

import json
import shutil
import subprocess
import sys
from pathlib import Path

import pytest
from sandbox_probes import REPO_ROOT, png_array
from snippets import LINE

from codepercept.trace.schema import Trace


def _cli() -> list[str]:
    exe = Path(sys.executable).with_name("codepercept")
    if exe.exists():
        return [str(exe)]
    found = shutil.which("codepercept")
    if found:
        return [found]
    return [sys.executable, "-c", "from codepercept.cli.main import app; app()"]


def run_cli(*args: str, stdin: str | None = None) -> subprocess.CompletedProcess:
    return subprocess.run(
        [*_cli(), "render", *args],
        input=stdin,
        capture_output=True,
        text=True,
        timeout=120,
        cwd=REPO_ROOT,
    )


def test_render_file_writes_png_and_trace(tmp_path):
    src = tmp_path / "fig.py"
    src.write_text(LINE)
    out, trace = tmp_path / "out" / "fig.png", tmp_path / "out" / "fig.json"
    p = run_cli(str(src), "--out", str(out), "--trace", str(trace))
    assert p.returncode == 0, p.stderr
    assert png_array(out.read_bytes()).shape[:2] == (480, 640)
    t = Trace.from_dict(json.loads(trace.read_text()))
    assert (t.width_px, t.height_px) == (640, 480)
    assert any(e.text == "y = x^2" for e in t.texts())
    assert sorted(f.name for f in out.parent.iterdir()) == ["fig.json", "fig.png"]  # no temp files
    assert str(out) in p.stdout


def test_dash_reads_stdin(tmp_path):
    out = tmp_path / "stdin.png"
    p = run_cli("-", "--out", str(out), stdin="```python\n" + LINE + "```\n")
    assert p.returncode == 0, p.stderr
    assert out.read_bytes().startswith(b"\x89PNG")
    assert sorted(f.name for f in tmp_path.iterdir()) == ["stdin.png"]


@pytest.mark.parametrize(
    "code, extra, prefix",
    [
        ("import matplotlib.pyplot as plt\nplt.plot([1, 2]\n", [], "error: SyntaxError"),
        ("x = 1\n", [], "no_figure: "),
        ("while True:\n    pass\n", ["--timeout", "1"], "timeout: "),
    ],
    ids=["syntax_error", "no_figure", "timeout"],
)
def test_failure_exits_1_with_one_line_and_no_files(tmp_path, code, extra, prefix):
    src = tmp_path / "bad.py"
    src.write_text(code)
    out_dir = tmp_path / "out"
    p = run_cli(
        str(src), "--out", str(out_dir / "x.png"), "--trace", str(out_dir / "x.json"), *extra
    )
    assert p.returncode == 1
    lines = p.stderr.strip().splitlines()
    assert len(lines) == 1 and lines[0].startswith(prefix), p.stderr
    assert not out_dir.exists() or list(out_dir.iterdir()) == []


def test_unreadable_file_exits_1(tmp_path):
    out = tmp_path / "x.png"
    p = run_cli(str(tmp_path / "missing.py"), "--out", str(out))
    assert p.returncode == 1
    assert (
        p.stderr.strip().startswith("error: cannot read")
        and len(p.stderr.strip().splitlines()) == 1
    )
    assert not out.exists()
