"""`--protocol official` end to end against real local servers (a model and two judges), with
the project's protocol on the same benchmark for contrast: request layout and image rule,
extraction, exec when the figure file exists, separate judges, score parsing with retries,
and the averaging of the released calculate.py."""

from __future__ import annotations

import base64
import io
import json
from collections import Counter
from pathlib import Path

import pytest
from PIL import Image
from scripts import by_image, eval_run, fenced
from support.replay_server import ReplayServer, SeenRequest, image_urls

from codepercept.bench import EvalConfig, Outcome, format_table, load_benchmark
from codepercept.bench.records import read_results
from codepercept.vlm import STEM2CODE_PROMPT, official_image_uri, official_rubrics, official_size

STUB = Path(__file__).resolve().parent / "data" / "official" / "evaluation.py"
IDS = [f"{n:05d}" for n in range(6)]
BLANK = "import matplotlib.pyplot as plt\nx = 1"


def late_raise(code: str) -> str:
    """Draws, shows (their savefig goes before the show), then fails."""
    return code.rstrip() + "\nplt.show()\nraise RuntimeError('after the figure')"


@pytest.fixture(scope="module")
def refs(official_bench) -> dict[str, str]:
    return {it.id: it.code for it in load_benchmark(official_bench).items}


def replies(refs: dict[str, str]) -> dict[str, str]:
    return {
        "00000": fenced(refs["00000"]),
        # two python blocks: theirs takes the first (it raises after saving), ours the last
        "00001": f"Draft:\n```python\n{late_raise(refs['00001'])}\n```\n{fenced(refs['00001'])}",
        "00002": f"```py\n{refs['00002']}```",  # not a python-tagged fence for them
        "00003": f"```python\n{BLANK}\n```",  # draws nothing
        "00004": fenced(refs["00004"] + "# flaky\n"),
        "00005": fenced(refs["00005"] + "# unreadable\n"),
    }


def image_judge(req: SeenRequest) -> str:
    return "Comments:\n- all criteria: close\n\nScore: 80/100"


def code_judge_script():
    seen: Counter[str] = Counter()

    def script(req: SeenRequest) -> str:
        text = req.body["messages"][-1]["content"]
        if "# unreadable" in text:
            return "Looks right. Total: 90/100"  # no 'Score:': unreadable by their rule
        if "# flaky" in text:
            seen[req.key] += 1
            return "Total: 90/100" if seen[req.key] == 1 else "**Score**: 55"
        return "Score: 60/100"

    return script


def official_run(bench, out, model, image_server, code_server, resume=False):
    config = EvalConfig(
        endpoint=model.url,
        model="replay-vlm",
        protocol="official",
        judge_endpoint=image_server.url,
        judge_model="img-judge",
        code_judge_endpoint=code_server.url,
        code_judge_model="code-judge",
        official_source=str(STUB),
        sampling_preset="codepercept",
        judge_retries=2,
        render_workers=1,
        concurrency=3,
        timeout_s=5.0,
        max_retries=1,
    )
    run = eval_run(bench, out, config, resume=resume)
    run.client.backoff_s = 0.01
    return run


def decode(uri: str) -> Image.Image:
    return Image.open(io.BytesIO(base64.b64decode(uri.split(",", 1)[1])))


def test_official_protocol_point_by_point(official_bench, refs, replay_server, tmp_path):
    replay_server.set_script(by_image(official_bench, replies(refs), uris=official_image_uri))
    out = tmp_path / "official"
    with ReplayServer(image_judge) as img, ReplayServer(code_judge_script()) as code:
        summary = official_run(official_bench, out, replay_server, img, code).run()
        image_reqs, code_reqs = img.seen(), code.seen()
        n_model = len(replay_server.seen())
        official_run(official_bench, out, replay_server, img, code, resume=True).run()
        assert (len(img.seen()), len(code.seen())) == (len(image_reqs), len(code_reqs))
    assert len(replay_server.seen()) == n_model == 6  # a resumed run asks nobody again

    # the request: their system turn, the text, then the image at its own size as JPEG
    bench = load_benchmark(official_bench)
    for req in replay_server.seen():
        body = req.body
        system, user = body["messages"]
        assert system == {"role": "system", "content": "You are an useful assistant."}
        assert [p["type"] for p in user["content"]] == ["text", "image_url"]
        assert user["content"][0]["text"] == STEM2CODE_PROMPT
        assert (body["temperature"], body["top_p"], body["top_k"]) == (0.7, 0.8, 20)
        assert (body["presence_penalty"], body["max_tokens"], body["n"]) == (1.5, 32768, 1)
        uri = image_urls(body)[0]
        assert uri.startswith("data:image/png;base64,") and decode(uri).format == "JPEG"
    sizes = {decode(image_urls(r.body)[0]).size for r in replay_server.seen()}
    assert sizes == {Image.open(it.image).size for it in bench.items}

    results = read_results(out / "results.jsonl")
    outcome = {k: (r.outcome, r.executed, dict(r.judge)) for k, r in results.items()}
    assert outcome == {
        "00000": (Outcome.OK, True, {"image_score": 80.0, "code_score": 60.0}),
        # saved, then raised: the file exists (Exec) but Image is 0 without asking
        "00001": (Outcome.EXEC_FAILED, True, {"image_score": 0.0, "code_score": 60.0}),
        "00002": (Outcome.NO_CODE, False, {}),
        "00003": (Outcome.OK, True, {"image_score": 80.0, "code_score": 60.0}),  # blank
        "00004": (Outcome.OK, True, {"image_score": 80.0, "code_score": 55.0}),
        "00005": (Outcome.SCORE_FAILED, True, {"image_score": 80.0, "code_unparsed": 1.0}),
    }
    assert results["00001"].code == late_raise(refs["00001"]).strip()

    # the image judge: its own model, their request, two images by their image rule
    assert len(image_reqs) == 4  # 00000, 00003, 00004, 00005
    rubrics = official_rubrics(STUB)
    for req in image_reqs:
        body = req.body
        assert (body["model"], body["max_tokens"], body["temperature"], body["n"]) == (
            "img-judge",
            16384,
            0,
            1,
        )
        system, user = body["messages"]
        assert system["content"] == "You are an useful assistant."
        assert [p["type"] for p in user["content"]] == ["text", "image_url", "image_url"]
        assert user["content"][0]["text"] == rubrics.image.text
    pictures = {official_image_uri(it.image): it.id for it in bench.items}
    by_item = {pictures[image_urls(r.body)[0]]: image_urls(r.body)[1] for r in image_reqs}
    blank = decode(by_item["00003"]).convert("L")
    assert decode(by_item["00003"]).size == official_size(1920, 1440)  # 300 dpi, capped
    assert blank.getextrema()[0] > 240  # nothing drawn, judged all the same

    # the code judge: its own model; re-asked with the same request while unreadable
    assert {r.body["model"] for r in code_reqs} == {"code-judge"}
    assert len(code_reqs) == 1 + 1 + 1 + 2 + 3
    per_request = Counter(r.key for r in code_reqs)
    assert sorted(per_request.values()) == [1, 1, 1, 2, 3]
    texts = [r.body["messages"][1]["content"] for r in code_reqs]
    fenced_ref = load_benchmark(official_bench).path.read_text().splitlines()[3]
    ref9 = json.loads(fenced_ref)["messages"][3]["content"][0]["text"]
    assert any(f"REFERENCE >>>\n{ref9}\n<<< CANDIDATE >>>\n{BLANK}\n" in t for t in texts)

    # calculate.py: Image and Code over the 4 judged items, Exec over all 6
    j = summary.overall.judge
    assert j["n_judged"] == 4 and j["image_score"] == pytest.approx(60.0)
    assert j["code_score"] == pytest.approx((60 + 60 + 60 + 55) / 4)
    assert j["exec_rate"] == pytest.approx(100 * 5 / 6)
    assert j["mean3"] == pytest.approx((60 + 58.75 + 100 * 5 / 6) / 3)
    meta = json.loads((out / "run.json").read_text())
    assert meta["protocol"] == "official" and meta["rubric"]["rubric"] == "official-source"
    assert meta["rubric"]["code"]["digest"] == rubrics.code.digest
    assert meta["fingerprint"]["rubric"]["image"] == rubrics.image.digest
    assert "judged" in format_table(summary) and "note:" not in format_table(summary)


def test_project_protocol_on_the_same_replies(official_bench, refs, replay_server, tmp_path):
    replay_server.set_script(by_image(official_bench, replies(refs)))
    config = EvalConfig(
        endpoint=replay_server.url, model="replay-vlm", render_workers=1, timeout_s=5.0
    )
    run = eval_run(official_bench, tmp_path / "ours", config)
    run.run()
    for req in replay_server.seen():
        (user,) = req.body["messages"]  # no system turn; the image first, as a PNG
        assert [p["type"] for p in user["content"]] == ["image_url", "text"]
        assert decode(image_urls(req.body)[0]).format == "PNG"
    results = read_results(tmp_path / "ours" / "results.jsonl")
    assert results["00001"].outcome is Outcome.OK  # the last block: the reference
    assert results["00002"].outcome is Outcome.OK  # a ```py fence is python here
    assert results["00003"].outcome is Outcome.EXEC_FAILED  # nothing drawn
    assert results["00003"].render_status == "no_figure"
