"""Scoring against a reference image alone: visual (own framing) plus OCR text (real OCR)."""

from __future__ import annotations

from pathlib import Path

import pytest

from codepercept.sandbox import RenderConfig, RenderResult, Status, render_inprocess
from codepercept.score import score_image_only, visual_score
from codepercept.score.ocr import ocr_text_score, read_text

pytest.importorskip("rapidocr_onnxruntime")  # the ``ocr`` extra

LABELLED = """
import matplotlib.pyplot as plt
fig, ax = plt.subplots(figsize=(6, 5))
ax.plot([0, 6, 2, 0], [0, 0, 4, 0], 'k-', lw=2)
ax.text(-0.5, -0.4, 'A', fontsize=16)
ax.text(6.1, -0.4, 'B', fontsize=16)
ax.text(1.9, 4.15, '{c}', fontsize=16)
ax.set_title('{title}')
ax.set_xlim(-1, 7)
ax.set_ylim(-1, 5)
ax.axis('off')
"""
REFS = Path(__file__).resolve().parents[1] / "bench" / "data" / "dynamath_refs"


def _render(code: str) -> RenderResult:
    r = render_inprocess(code, RenderConfig())
    assert r.ok, r.error
    return r


@pytest.fixture(scope="module")
def triangle() -> RenderResult:
    return _render(LABELLED.format(c="C", title="Triangle ABC, AB = 6"))


def test_ocr_reads_the_labels(triangle):
    texts = [b.text.replace(" ", "") for b in read_text(triangle.png)]
    assert "TriangleABC,AB=6" in texts
    assert {"A", "B", "C"} <= set(texts)


def test_image_only_self_is_100(triangle):
    s = score_image_only(triangle.png, triangle)
    assert s.exec and s.structural is None
    assert s.overall == pytest.approx(100.0, abs=0.01)
    assert all(v == pytest.approx(100.0, abs=0.01) for v in s.sub.values()), s.sub


def test_changed_labels_lower_the_ocr_text_score(triangle):
    changed = _render(LABELLED.format(c="D", title="Triangle ABD, AB = 9"))
    s = score_image_only(triangle.png, changed)
    assert s.sub["ocr_text"] < 90.0
    assert s.visual > s.sub["ocr_text"]  # the drawing itself is the same
    assert s.overall < 100.0


def test_failed_candidate_scores_zero(triangle):
    failed = RenderResult(Status.ERROR, error="NameError: name 'x' is not defined")
    s = score_image_only(triangle.png, failed)
    assert s.exec is False and s.overall == 0.0 and s.structural is None
    assert set(s.sub) == {"ssim", "stroke_f1", "stroke_dist", "color_hist", "ocr_text"}
    assert all(v == 0.0 for v in s.sub.values())


@pytest.mark.slow
def test_text_score_without_text_on_either_side():
    blank = _render("import matplotlib.pyplot as plt\nplt.plot([0, 1], [0, 1])\nplt.axis('off')\n")
    score, details = ocr_text_score(blank.png, blank.png)
    assert score == 1.0 and details["ocr_ref"] == []


@pytest.mark.slow
def test_real_dynamath_images_against_hand_written_reproductions(shared_data):
    """A reproduction scores higher against its own image than another figure does."""
    images = shared_data / "dynamath-seed" / "image"
    own = _render((REFS / "image12.py").read_text())
    other = _render((REFS / "image47.py").read_text())
    ref_png = (images / "image12.png").read_bytes()
    s_own = score_image_only(ref_png, own)
    s_other = score_image_only(ref_png, other)
    assert s_own.overall > s_other.overall + 10.0, (s_own.to_dict(), s_other.to_dict())
    assert s_own.visual >= 90.0
    # Visual alone separates every reproduction from the other figures.
    renders = {p.stem: _render(p.read_text()) for p in sorted(REFS.glob("image*.py"))}
    for stem in ("image12", "image30", "image47", "image9"):
        png = (images / f"{stem}.png").read_bytes()
        mine = visual_score(png, renders[stem].png, align="content")
        others = [
            visual_score(png, r.png, align="content") for s, r in renders.items() if s != stem
        ]
        assert mine > max(others) + 10.0, (stem, mine, others)
