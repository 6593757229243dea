"""gallery.html: one card per template, self-contained, loading every image in headless Chromium."""

from __future__ import annotations

import html
import re

import pytest
from support.browser import console_errors, headless_chrome
from typer.testing import CliRunner

from codepercept.cli.main import app
from codepercept.synth import REGISTRY, family_names
from codepercept.synth.gallery import GalleryConfig, build_gallery


def _one_per_family() -> list[str]:
    return [min(t.name for t in REGISTRY.values() if t.family == f) for f in family_names()]


@pytest.fixture(scope="module")
def full_gallery(tmp_path_factory):
    """The gallery of every registered template, built through the sandbox pool."""
    return build_gallery(GalleryConfig(out=tmp_path_factory.mktemp("gallery"), seed=0))


def test_cli_writes_a_self_contained_page_with_a_card_per_template(tmp_path):
    names = _one_per_family()
    args = ["gallery", "--out", str(tmp_path), "--seed", "3"]
    for name in names:
        args += ["--templates", name]
    res = CliRunner().invoke(app, args)
    assert res.exit_code == 0, res.output
    assert f"{len(names)} templates in {len(family_names())} families" in res.output
    page = (tmp_path / "gallery.html").read_text()
    assert not re.search(r"""(src|href)\s*=\s*["']?(https?:)?//""", page)
    for name in names:
        card = re.search(rf'<article class="card accepted" id="t-{name}".*?</article>', page, re.S)
        assert card, name
        body = card.group(0)
        assert '<img src="data:image/png;base64,' in body
        assert '<p class="caption">' in body and '<ol class="qa">' in body
        sample = REGISTRY[name].sample(3)  # seed 3 was accepted: the card shows its QA
        assert html.escape(sample.qa[0].question) in body
    for fam in family_names():
        assert f'id="family-{fam}"' in page


def test_unknown_template_is_one_line_error(tmp_path):
    res = CliRunner().invoke(app, ["gallery", "--out", str(tmp_path), "--templates", "nope"])
    assert res.exit_code == 1
    assert "no template or family named 'nope'" in res.output


@pytest.mark.slow
def test_every_template_has_a_card_with_a_loaded_image(full_gallery, tmp_path):
    from selenium.webdriver.common.by import By

    assert full_gallery.templates == len(REGISTRY.names())
    with headless_chrome(tmp_path / "chrome-profile") as driver:
        driver.get(full_gallery.path.as_uri())
        assert driver.execute_script("return document.readyState") == "complete"
        assert "template gallery" in driver.title
        cards = driver.find_elements(By.CSS_SELECTOR, "article.card")
        by_name = {c.get_attribute("data-template"): c for c in cards}
        assert sorted(by_name) == sorted(REGISTRY.names())
        for name, card in by_name.items():
            assert card.get_attribute("data-family") == REGISTRY[name].family
        driver.execute_script(
            "return Promise.all(Array.from(document.images).map(i => i.decode()))"
        )
        widths = driver.execute_script(
            "var out = {}; document.querySelectorAll('article.card').forEach(function (c) {"
            "  var i = c.querySelector('img');"
            "  out[c.getAttribute('data-template')] = i && i.complete ? i.naturalWidth : 0; });"
            "return out;"
        )
        assert all(w > 0 for w in widths.values()), {n: w for n, w in widths.items() if w <= 0}
        sections = driver.find_elements(By.CSS_SELECTOR, "section.family")
        assert {s.get_attribute("id") for s in sections} == {f"family-{f}" for f in family_names()}
        # the filter hides the cards of other templates
        box = driver.find_element(By.ID, "filter")
        box.send_keys(names_prefix := sorted(REGISTRY.names())[0])
        visible = [c for c in cards if c.is_displayed()]
        assert visible and all(names_prefix in c.get_attribute("data-template") for c in visible)
        assert console_errors(driver) == []
