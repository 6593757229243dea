"""report.html: self-contained, and it loads in headless Chromium with images and no errors."""

from __future__ import annotations

import json
import re

import pytest
from scripts import fenced
from support.browser import console_errors, headless_chrome
from support.render import inprocess_renderer, test_scorer

from codepercept.bench import EvalConfig, EvalRun, load_benchmark, write_report
from codepercept.bench.report import histogram_svg


@pytest.fixture(scope="module")
def report_run(dynamath_bench, reference_codes, tmp_path_factory):
    """A finished run with every kind of item: exact, variant, failed, no code, missing."""
    ids = list(reference_codes)
    preds = [
        {"id": ids[0], "reply": fenced(reference_codes[ids[0]])},
        {"id": ids[1], "reply": fenced(reference_codes[ids[2]])},
        {"id": ids[2], "reply": fenced("import matplotlib.pyplot as plt\nplt.plot([1], [1, 2])\n")},
        {"id": ids[3], "reply": "I can't see the picture <script>alert(1)</script>"},
        {"id": ids[4], "code": reference_codes[ids[4]]},
    ]
    root = tmp_path_factory.mktemp("report")
    path = root / "preds.jsonl"
    path.write_text("".join(json.dumps(p) + "\n" for p in preds))
    out = root / "run"
    EvalRun(
        load_benchmark(dynamath_bench),
        out,
        EvalConfig(render_workers=1),
        renderer=inprocess_renderer(),
        scorer=test_scorer(),
        predictions=path,
        progress=False,
    ).run()
    return write_report(out)


def test_report_is_self_contained(report_run):
    page = report_run.read_text()
    assert not re.search(r"""(src|href)\s*=\s*["']?(https?:)?//""", page)
    assert "http://" not in page and "https://" not in page
    assert page.count('<img src="data:image/png;base64,') == 6 + 3  # 6 references, 3 renders
    assert "<script>alert(1)</script>" not in page  # replies are escaped
    assert "Exec Rate" in page and "<svg" in page


def test_histogram_counts():
    svg = histogram_svg([5.0, 95.0, 99.0, 100.0], n_failed=2, bins=10)
    assert svg.count("<rect") == 11
    assert "<title>90: 3</title>" in svg and "<title>fail: 2</title>" in svg
    assert "<title>0: 1</title>" in svg


@pytest.mark.slow
def test_report_in_headless_chromium(report_run, tmp_path):
    from selenium.webdriver.common.by import By

    with headless_chrome(tmp_path / "chrome-profile") as driver:
        driver.get(report_run.as_uri())
        assert driver.execute_script("return document.readyState") == "complete"
        assert "STEM2Code-Eval" in driver.title
        images = driver.find_elements(By.CSS_SELECTOR, "#items img")
        assert len(images) == 9
        for img in images:
            driver.execute_script("arguments[0].scrollIntoView();", img)
        driver.execute_script(
            "return Promise.all(Array.from(document.images).map(i => i.decode()))"
        )
        widths = driver.execute_script(
            "return Array.from(document.querySelectorAll('#items img')).map(i => i.naturalWidth)"
        )
        assert all(w > 0 for w in widths), widths
        # sorting by overall: descending after two clicks, ascending after one
        header = driver.find_element(By.CSS_SELECTOR, 'th[data-col="1"]')
        header.click()
        col = "return Array.from(document.querySelectorAll('#items tbody tr')).map(r => parseFloat(r.cells[1].textContent))"
        asc = driver.execute_script(col)
        assert asc == sorted(asc) and asc[-1] > asc[0]
        header.click()
        assert driver.execute_script(col) == sorted(asc, reverse=True)
        # the category filter hides the other rows
        driver.execute_script(
            "var s = document.getElementById('catfilter'); s.value = 'statistics';"
            "s.dispatchEvent(new Event('change'));"
        )
        assert driver.find_element(By.ID, "shown").text == "2 of 6 items"
        assert console_errors(driver) == []
