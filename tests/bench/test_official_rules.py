"""The official protocol's rules as pure functions, each next to the project's own rule it
replaces: image size and encoding, code extraction, score parsing, the exec script, the
sandbox save target, the rubric read from evaluation.py, settings and averaging."""

from __future__ import annotations

import base64
import io
from pathlib import Path

import pytest
from PIL import Image

from codepercept.bench import EvalConfig, ItemResult, Outcome, format_table, summarize
from codepercept.bench.config import OFFICIAL_TARGET, official_render
from codepercept.bench.official import official_script
from codepercept.errors import ConfigError
from codepercept.sandbox import RenderConfig, Status, render_inprocess
from codepercept.score.judge import parse_score
from codepercept.vlm import (
    OfficialSourceError,
    UnsupportedImage,
    extract_code,
    extract_official,
    image_to_data_uri,
    official_image_uri,
    official_messages,
    official_rubrics,
    official_size,
    parse_official_score,
    target_size,
)

STUB = Path(__file__).resolve().parent / "data" / "official" / "evaluation.py"


def decode(uri: str) -> tuple[str, Image.Image]:
    head, data = uri.split(",", 1)
    return head, Image.open(io.BytesIO(base64.b64decode(data)))


# -- image ------------------------------------------------------------------------------------
def test_image_size_rule_differs_from_ours():
    # an image just over the cap: their round() sends halves to even, then no re-scale
    assert official_size(1040, 1264) == (1024, 1280)
    assert target_size(1040, 1264) == (1024, 1248)
    assert official_size(2000, 1000) == (1600, 800)
    assert official_size(20000, 200) == (8192, 96)  # the long side is capped first
    with pytest.raises(UnsupportedImage):
        official_size(1000, 4)  # aspect ratio over 200


def test_image_uri_own_size_jpeg_under_the_cap_and_alpha_dropped(tmp_path):
    path = tmp_path / "pic.png"
    im = Image.new("RGBA", (640, 480), (10, 200, 10, 255))
    im.paste((0, 0, 0, 0), (0, 0, 64, 64))  # a transparent corner
    im.save(path)
    head, sent = decode(official_image_uri(path))
    assert head == "data:image/png;base64"  # labelled by the file suffix ...
    assert sent.format == "JPEG" and sent.size == (640, 480)  # ... JPEG bytes, own size
    assert max(sent.getpixel((16, 16))) < 30  # alpha dropped: transparent pixels are black
    head, ours = decode(image_to_data_uri(path))
    assert ours.format == "PNG" and ours.getpixel((0, 0)) == (255, 255, 255)  # flattened
    assert ours.size == target_size(640, 480)


def test_image_uri_over_the_cap_is_resized(tmp_path):
    path = tmp_path / "big.jpg"
    Image.new("RGB", (1040, 1264), "white").save(path)
    head, sent = decode(official_image_uri(path))
    assert head == "data:image/jpeg;base64" and sent.size == (1024, 1280)
    small = tmp_path / "small.png"
    Image.new("RGB", (1295, 1011), "white").save(small)  # 1,309,245 px: under the cap
    assert decode(official_image_uri(small))[1].size == (1295, 1011)
    with pytest.raises(UnsupportedImage, match="convert it"):
        official_image_uri(tmp_path / "pic.bmp")


def test_request_layout_system_then_text_then_image(tmp_path):
    path = tmp_path / "pic.png"
    Image.new("RGB", (64, 64), "white").save(path)
    system, user = official_messages("draw it", path)
    assert system == {"role": "system", "content": "You are an useful assistant."}
    assert [p["type"] for p in user["content"]] == ["text", "image_url"]
    assert user["content"][0]["text"] == "draw it"


# -- code ----------------------------------------------------------------------------------
DRAFT = "import matplotlib.pyplot as plt\nplt.plot([0, 1])"
FINAL = "import matplotlib.pyplot as plt\nplt.plot([1, 0])"


def test_extraction_first_python_block_then_bare_block():
    two = f"Draft:\n```python\n{DRAFT}\n```\nFinal:\n```python\n{FINAL}\n```"
    assert extract_official(two) == DRAFT and extract_code(two) == FINAL + "\n"
    assert extract_official(two, which="last") == FINAL
    bare = f"```\n{DRAFT}\n```\n```python\n{FINAL}\n```"
    assert extract_official(bare) == FINAL  # a python block wins over an earlier bare one
    assert extract_official(f"```\n{DRAFT}\n```") == DRAFT
    assert extract_official(f"<think>```python\nx=1\n```</think>```python\n{FINAL}\n```") == FINAL


def test_extraction_misses_what_ours_finds():
    for reply in (
        f"```py\n{DRAFT}\n```",  # another tag
        f"```Python\n{DRAFT}\n```",  # case
        f"```python\n{DRAFT}",  # cut off by max_tokens
        DRAFT,  # bare code, no fence
        "```python\n\n```",  # empty block
    ):
        assert extract_official(reply) is None, reply
    assert extract_code(f"```py\n{DRAFT}\n```") and extract_code(DRAFT)


# -- scores --------------------------------------------------------------------------------
@pytest.mark.parametrize(
    "reply, official, ours",
    [
        ("Comments: fine\nScore: 85/100", 85, 85.0),
        ("**Score**: 90/100", 90, 90.0),
        ("Score: 95", 95, 95.0),
        ("Score: 70\nlater, Score: 80", 80, 80.0),  # the last plain one
        ("Score: 40/100 ... Score: 60/100", 40, 60.0),  # theirs: the first N/100
        ("Score: 90/1000", None, 90.0),
        ("Total: 85/100", None, 85.0),  # no 'Score:' word, ours reads a bare N/100
        ("Score: 8.5/10", 8, 85.0),  # theirs reads the 8
        ("Score: 150/100", 150, None),  # not clamped
    ],
)
def test_score_parsing(reply, official, ours):
    assert parse_official_score(reply) == official
    assert parse_score(reply) == ours


# -- the exec step ---------------------------------------------------------------------------
def test_exec_script_replace_insert_append():
    saved = f"plt.savefig('{OFFICIAL_TARGET}', dpi=300)"
    script = official_script(
        "```python\nplt.plot([1])\n    # plt.savefig('a.png')\nplt.show()\n```"
    )
    lines = script.split("\n")
    assert lines[1] == "import matplotlib.pyplot as plt"
    assert lines[4].startswith("plt.rcParams['font.sans-serif'] = ['WenQuanYi Zen Hei'")
    assert lines[5:] == ["plt.plot([1])", "    " + saved, "plt.show()"]
    lines = official_script("if x:\n  plt.show()\nplt.show()").split("\n")
    assert lines[5:] == ["if x:", "  " + saved, "  plt.show()", "plt.show()"]
    assert official_script("x = 1\n\n\n").split("\n")[-2:] == ["x = 1", saved]


@pytest.mark.parametrize(
    "code, status, executed_clean",
    [
        ("x = 1", Status.OK, True),  # nothing drawn: a blank figure is saved
        (
            "import matplotlib.pyplot as plt\nplt.plot([1, 2])\nplt.show()\nraise ValueError",
            Status.OK,
            False,
        ),
        ("import matplotlib.pyplot as plt\nplt.plot([1, 2], [3])\nplt.show()", Status.ERROR, False),
        ("import matplotlib.pyplot as plt\ndef f():\n    plt.show()", Status.NO_FIGURE, False),
    ],
)
def test_save_target_in_the_sandbox(code, status, executed_clean):
    config = official_render(RenderConfig())
    assert (config.dpi, config.timeout_s, config.save_target) == (300.0, 30.0, OFFICIAL_TARGET)
    result = render_inprocess(official_script(code), config)
    assert result.status is status, result.error
    assert (result.ok and "raised_after_save" not in result.meta) is executed_clean
    if result.ok:
        assert (result.width_px, result.height_px) == (1920, 1440)  # 6.4 x 4.8 in at 300 dpi
    # the project's own rule: nothing drawn is no_figure
    assert render_inprocess("x = 1").status is Status.NO_FIGURE


# -- rubrics -------------------------------------------------------------------------------
def test_rubrics_from_the_source_splice_codes_verbatim():
    rubrics = official_rubrics(STUB)
    assert rubrics.origin == "official-source" and rubrics.image.system.endswith("assistant.")
    assert rubrics.image.text.startswith("IMAGE RUBRIC PLACEHOLDER: the first image is {the")
    text = rubrics.code.format(ref_code="  ref {x}\n", cand_code="cand")
    assert text.startswith("CODE RUBRIC PLACEHOLDER with ${braces} {kept}.")
    assert "REFERENCE >>>\n  ref {x}\n\n<<< CANDIDATE >>>\ncand\n<<< END\n" in text
    record = rubrics.record()
    assert record["rubric"] == "official-source" and len(record["code"]["digest"]) == 12


def test_rubric_source_errors_and_fallback(tmp_path, monkeypatch):
    monkeypatch.delenv("CODEPERCEPT_OFFICIAL_SOURCE", raising=False)
    assert official_rubrics().paraphrase
    monkeypatch.setenv("CODEPERCEPT_OFFICIAL_SOURCE", str(STUB))
    assert official_rubrics().origin == "official-source"
    other = tmp_path / "evaluation.py"
    other.write_text("def Image_Scoring(a, c, item):\n    user_prompt = 'x'\n")
    with pytest.raises(OfficialSourceError, match="no function Code_Scoring"):
        official_rubrics(other)
    spliced = STUB.read_text().replace("{response_code}", "{args.name}")
    other.write_text(spliced)
    with pytest.raises(OfficialSourceError, match="other than"):
        official_rubrics(other)


# -- settings and averaging -------------------------------------------------------------------
def test_config_official_defaults_and_preset():
    with pytest.raises(ConfigError, match="two judges"):
        EvalConfig(protocol="official")
    config = EvalConfig(
        protocol="official",
        judge_endpoint="http://x/v1",
        judge_model="j",
        sampling_preset="codepercept",
        extra_body={"top_k": 5},
    )
    assert config.extract == "first" and EvalConfig().extract == "last"
    params = config.request_params()
    assert params["temperature"] == 0.7 and params["max_tokens"] == 32768 and params["n"] == 1
    assert params["extra_body"]["top_k"] == 5 and params["extra_body"]["presence_penalty"] == 1.5
    assert "protocol" not in EvalConfig().fingerprint()  # old run folders still resume


def test_official_averaging_leaves_items_out_but_not_exec():
    def r(i, outcome, executed, **judge):
        return ItemResult(id=i, category="c", outcome=outcome, executed=executed, judge=judge)

    results = {
        "a": r("a", Outcome.OK, True, image_score=80.0, code_score=60.0),
        "b": r("b", Outcome.EXEC_FAILED, False, image_score=0.0, code_score=40.0),
        "c": r("c", Outcome.NO_CODE, False),
        "d": r("d", Outcome.SCORE_FAILED, True, image_score=90.0, code_unparsed=1.0),
        "e": r("e", Outcome.REQUEST_FAILED, False),
    }
    items = [(i, "c") for i in "abcde"]
    official = summarize(items, results, protocol="official", notes=("a caveat",)).overall.judge
    assert official["image_score"] == pytest.approx(40.0) and official["code_score"] == 50.0
    assert official["exec_rate"] == pytest.approx(40.0) and official["n_judged"] == 2
    assert official["mean3"] == pytest.approx((40 + 50 + 40) / 3)
    ours = summarize(items, results).overall.judge  # failures count 0 over all five
    assert ours["image_score"] == pytest.approx(80 / 4)  # score_failed is unscorable there
    table = format_table(summarize(items, results, protocol="official", notes=("a caveat",)))
    assert "judged" in table and "note: a caveat" in table
