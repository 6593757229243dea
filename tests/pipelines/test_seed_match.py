"""Q_IC of Image Reproduction: the render against the seed image, with and without OCR."""

from __future__ import annotations

import pytest
from pipeline_support import FIGURES, render_png

from codepercept.errors import ConfigError
from codepercept.pipelines.kinds import reproduce
from codepercept.pipelines.kinds.reproduce import OcrMode, ReproduceSettings, seed_match


def test_same_figure_passes_and_another_fails():
    seed, other = render_png(FIGURES["bars"]), render_png(FIGURES["circle"])
    options = ReproduceSettings(ocr=OcrMode.OFF)
    same = seed_match(seed, seed, options)
    assert same.passed and same.details["visual"] == pytest.approx(100, abs=0.5)
    assert same.details["ocr"] == "off"
    diff = seed_match(seed, other, options)
    assert not diff.passed and diff.codes == ("low_visual",)
    auto = seed_match(seed, other, ReproduceSettings())  # no OCR once the visual check failed
    assert auto.codes == ("low_visual",) and auto.details["ocr"].startswith("skipped: the visual")


@pytest.mark.skipif(not reproduce.ocr_available(), reason="needs the ocr extra")
def test_ocr_text_overlap_when_installed():
    seed = render_png(FIGURES["bars"])
    retitled = render_png(FIGURES["bars"].replace("Sales by region", "Costs per quarter"))
    options = ReproduceSettings(ocr=OcrMode.ON, min_visual=0, min_ocr_text=95)
    assert seed_match(seed, seed, options).details["ocr_text"] == 100
    changed = seed_match(seed, retitled, options)
    assert changed.codes == ("low_ocr_text",) and changed.details["ocr_text"] < 95


def test_ocr_is_skipped_cleanly_without_the_extra(monkeypatch):
    monkeypatch.setattr(reproduce, "ocr_available", lambda: False)
    seed = render_png(FIGURES["bars"])
    result = seed_match(seed, seed, ReproduceSettings())  # ocr = auto
    assert result.passed and result.details["ocr_text"] is None
    assert "not installed" in result.details["ocr"]
    with pytest.raises(ConfigError, match="pip install 'codepercept\\[ocr\\]'"):
        ReproduceSettings(ocr="on")
