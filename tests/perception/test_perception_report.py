"""report.html of a perception run: self-contained, escaped, and clean in headless Chromium."""

from __future__ import annotations

import re

import pytest
from replies import perception_script
from support.browser import console_errors, headless_chrome
from support.replay_server import ReplayServer

from codepercept.perception import PerceiveConfig, PerceptionRun, write_report


@pytest.fixture(scope="module")
def report(mathvision, tmp_path_factory):
    out = tmp_path_factory.mktemp("perc") / "run"
    script = perception_script(mathvision, wrong={"5"})

    def with_markup(req):
        reply = script(req)
        if "FIGURE[6]" in reply.text:
            return reply.__class__(text=reply.text + " <script>alert(1)</script>")
        return reply

    with ReplayServer(with_markup) as server:
        cfg = PerceiveConfig(
            captioner_endpoint=server.url,
            captioner_model="vlm",
            solver_endpoint=server.url,
            solver_model="llm",
        )
        PerceptionRun(mathvision, out, cfg, progress=False).run()
    return write_report(out)


def test_report_is_self_contained(report):
    page = report.read_text()
    assert not re.search(r"""(src|href)\s*=\s*["']?(https?:)?//""", page)
    assert page.count('<img src="data:image/png;base64,') == 6
    assert "<script>alert(1)</script>" not in page and "&lt;script&gt;" in page
    assert "95% Wilson CI" in page and ">83.3<" in page  # 5 of 6 right
    assert page.count('data-correct="0"') == 1


@pytest.mark.slow
def test_report_in_headless_chromium(report, tmp_path):
    from selenium.webdriver.common.by import By

    with headless_chrome(tmp_path / "profile") as driver:
        driver.get(report.as_uri())
        assert driver.execute_script("return document.readyState") == "complete"
        assert driver.find_element(By.ID, "shown").text == "6 of 6 items"
        driver.find_element(By.ID, "wrong").click()
        assert driver.find_element(By.ID, "shown").text == "1 of 6 items"
        widths = driver.execute_script(
            "return Array.from(document.querySelectorAll('#items img')).map(i => i.naturalWidth)"
        )
        assert len(widths) == 6 and all(w > 0 for w in widths)
        assert console_errors(driver) == []
