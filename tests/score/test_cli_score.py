"""`codepercept score` end to end: sandbox renders, one JSON object, one-line errors."""

from __future__ import annotations

import json

import pytest
from support.replay_server import text
from typer.testing import CliRunner

from codepercept.cli.main import app

REF = """
import matplotlib.pyplot as plt
fig, ax = plt.subplots(figsize=(5, 4))
ax.plot([0, 6, 2, 0], [0, 0, 4, 0], 'k-', lw=2)
ax.text(2, 4.2, 'C', fontsize=14)
ax.set_title('Triangle')
"""
CAND = REF.replace("2, 4]", "2.5, 4]").replace("'C'", "'D'")


@pytest.fixture
def files(tmp_path):
    ref, cand, bad = tmp_path / "ref.py", tmp_path / "cand.py", tmp_path / "bad.py"
    ref.write_text(REF)
    cand.write_text(CAND)
    bad.write_text("import matplotlib.pyplot as plt\nplt.plot(undefined_name)\n")
    return ref, cand, bad


def _run(*args: str):
    return CliRunner().invoke(app, ["score", *args])


def test_pair_prints_one_json_object(files):
    ref, cand, _ = files
    res = _run("--ref", str(ref), "--cand", str(cand))
    assert res.exit_code == 0, res.output
    out = json.loads(res.stdout)
    assert set(out) == {"exec", "visual", "structural", "overall", "sub"}
    assert out["exec"] is True
    assert 0 < out["structural"] < 100 and 0 < out["visual"] < 100
    assert {"count", "position", "text", "ssim", "stroke_f1"} <= set(out["sub"])
    same = json.loads(_run("--ref", str(ref), "--cand", str(ref)).stdout)
    assert same["overall"] == pytest.approx(100.0, abs=0.01)


def test_failed_candidate_is_a_score_not_an_error(files):
    ref, _, bad = files
    res = _run("--ref", str(ref), "--cand", str(bad), "--details")
    assert res.exit_code == 0, res.output
    out = json.loads(res.stdout)
    assert out["exec"] is False and out["overall"] == 0.0
    assert all(v == 0.0 for v in out["sub"].values())
    assert out["details"]["reason"].startswith("error: NameError")


def test_failed_reference_and_bad_arguments_are_one_line_errors(files, tmp_path):
    ref, cand, bad = files
    for args in (
        ["--ref", str(bad), "--cand", str(cand)],
        ["--ref", str(tmp_path / "missing.py"), "--cand", str(cand)],
        ["--ref", str(ref), "--ref-image", str(ref), "--cand", str(cand)],
        ["--cand", str(cand)],
        ["--ref", str(ref), "--cand", str(cand), "--judge-endpoint", "http://x"],
    ):
        res = _run(*args)
        assert res.exit_code == 1, (args, res.output)
        lines = res.stderr.strip().splitlines()
        assert len(lines) == 1 and lines[0].startswith("error: "), res.stderr


def test_judges_are_added_and_cached(files, replay_server, tmp_path):
    ref, cand, _ = files

    def script(request):
        content = request.body["messages"][0]["content"]
        return text("Score: 70/100") if isinstance(content, list) else text("**Score**: 55")

    replay_server.set_script(script)
    args = ["--ref", str(ref), "--cand", str(cand), "--judge-endpoint", replay_server.url]
    args += ["--judge-model", "judge", "--judge-cache", str(tmp_path / "cache")]
    out = json.loads(_run(*args).stdout)
    assert out["image_judge"] == 70.0 and out["code_judge"] == 55.0
    assert len(replay_server.seen()) == 2
    again = json.loads(_run(*args).stdout)
    assert again == out and len(replay_server.seen()) == 2  # the re-run sent nothing


@pytest.mark.slow
def test_reference_image_only(files, tmp_path):
    pytest.importorskip("rapidocr_onnxruntime")
    from codepercept.sandbox import RenderConfig, render_inprocess

    ref, cand, _ = files
    png = tmp_path / "ref.png"
    png.write_bytes(render_inprocess(REF, RenderConfig()).png)
    out = json.loads(_run("--ref-image", str(png), "--cand", str(ref)).stdout)
    assert out["structural"] is None and "ocr_text" in out["sub"]
    assert out["overall"] == pytest.approx(100.0, abs=0.01)
