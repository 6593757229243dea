"""Errors a user can cause reach the terminal as one line and a non-zero exit, no traceback."""

from __future__ import annotations

import subprocess
import sys
import textwrap

FIGURE = "import matplotlib.pyplot as plt\nplt.plot([0, 1], [0, 1])\n"


def cli(tmp_path, *args, prelude=""):
    """Run the console entry point in a fresh interpreter, as a user's shell would."""
    script = textwrap.dedent(
        f"""
        import sys
        {prelude}
        from codepercept.cli.main import main
        sys.argv = ["codepercept", *{list(args)!r}]
        main()
        """
    )
    return subprocess.run(
        [sys.executable, "-c", script], cwd=tmp_path, capture_output=True, text=True, timeout=120
    )


def one_line(proc) -> str:
    lines = [ln for ln in proc.stderr.splitlines() if ln.strip()]
    assert len(lines) == 1, proc.stderr
    assert "Traceback" not in proc.stderr
    return lines[0]


def test_render_with_the_sandbox_unavailable_prints_one_line(tmp_path):
    (tmp_path / "fig.py").write_text(FIGURE)
    # a render worker that cannot start: the interpreter it is launched with exits at once
    proc = cli(
        tmp_path, "render", "fig.py", "--out", "fig.png", prelude="sys.executable = '/bin/false'"
    )
    assert proc.returncode == 1
    assert one_line(proc).startswith("error: a render worker failed to start")
    assert not (tmp_path / "fig.png").exists()


def test_unknown_template_prints_one_line(tmp_path):
    proc = cli(tmp_path, "synth", "--template", "no_such_template", "--n", "1", "--out", "ds")
    assert proc.returncode != 0
    line = one_line(proc)
    assert "no_such_template" in line and "codepercept synth --list" in line


def test_bad_setting_prints_one_line(tmp_path):
    proc = cli(tmp_path, "synth", "--family", "plane", "--n", "0", "--out", "ds")
    assert proc.returncode != 0
    assert "n must be >= 1" in one_line(proc)
