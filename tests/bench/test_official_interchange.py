"""Interchange with the released evaluation's files: their output as --predictions, our run
written back in their layout (--write-official), read back equal, and scored by their
calculate.py rule to the same numbers as our summary."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest
from scripts import eval_run
from support.replay_server import ReplayServer, SeenRequest, image_urls

from codepercept.bench import (
    OFFICIAL_KEYS,
    BenchmarkError,
    EvalConfig,
    EvalRun,
    Outcome,
    load_benchmark,
    load_predictions,
    official_scores,
    read_results,
    write_official,
)
from codepercept.vlm import PROMPTS

STUB = Path(__file__).resolve().parent / "data" / "official" / "evaluation.py"
CLI = str(Path(sys.executable).parent / "codepercept")


def judge(req: SeenRequest) -> str:
    """One judge model for both scores: 70 for pictures, 50 for code."""
    return "Score: 70/100" if image_urls(req.body) else "**Score**: 50/100"


def their_line(raw: dict, uuid: int, code: str, status: str = "SUCCESS", **scores) -> str:
    """A line as their evaluation.py writes it (keys in their order)."""
    image = raw["messages"][1]["content"][0]["image"]
    line = {
        "uuid": str(uuid),
        "original_item": raw,
        "messages": [
            {"role": "system", "content": "You are an useful assistant."},
            {
                "role": "user",
                "content": [
                    {"type": "text", "text": "..."},
                    {"type": "image_url", "image_url": {"url": image}},
                ],
            },
        ],
        "params": {"model": "their-model", "temperature": 1, "n": 1},
        "GT_Code": raw["messages"][3]["content"][0]["text"],
        "GT_Image": image,
        "initial_response": code,
        "code_score": scores.get("code_score"),
        "image_score": scores.get("image_score"),
        "status": status,
    }
    return json.dumps(line, ensure_ascii=False) + "\n"


@pytest.fixture
def their_output(official_bench, tmp_path) -> Path:
    """Items 0, 1, 3, 4 answered (1 twice: a semi-success line, then the rescored one); 2 had
    no code and 5 a failed request, so their file has no line for them."""
    raws = [json.loads(x) for x in official_bench.read_text().splitlines()]
    codes = {
        n: raws[n]["messages"][3]["content"][0]["text"].replace("```python\n", "")
        for n in (0, 1, 4)
    }
    codes = {n: c.replace("```", "").strip() for n, c in codes.items()}
    codes[3] = "import matplotlib.pyplot as plt\nplt.close('all')"  # saves a blank figure
    lines = [
        their_line(raws[0], 0, codes[0], image_score=88, code_score=77),
        their_line(raws[1], 1, codes[1], "Image Scoring FAILED", code_score=70),
        their_line(raws[3], 3, codes[3], image_score=5, code_score=9),
        their_line(raws[4], 4, codes[4], image_score=60, code_score=61),
        their_line(raws[1], 1, codes[1], image_score=90, code_score=70),
    ]
    path = tmp_path / "their-model.jsonl"
    path.write_text("".join(lines))
    return path


def run_on(bench, preds, out, judge_server, **kw) -> EvalRun:
    config = EvalConfig(
        protocol="official",
        judge_endpoint=judge_server.url,
        judge_model="judge",
        render_workers=1,
        timeout_s=5.0,
        **kw,
    )
    return eval_run(bench, out, config, predictions=preds)


def test_round_trip(official_bench, their_output, tmp_path, monkeypatch):
    monkeypatch.delenv("CODEPERCEPT_OFFICIAL_SOURCE", raising=False)  # the paraphrase
    with ReplayServer(judge) as server:
        summary = run_on(official_bench, their_output, tmp_path / "run", server).run()
        code_texts = [
            r.body["messages"][1]["content"] for r in server.seen() if not image_urls(r.body)
        ]
    results = read_results(tmp_path / "run" / "results.jsonl")
    assert {k: r.outcome for k, r in results.items()} == {
        "00000": Outcome.OK,
        "00001": Outcome.OK,
        "00002": Outcome.NO_PREDICTION,
        "00003": Outcome.OK,
        "00004": Outcome.OK,
        "00005": Outcome.NO_PREDICTION,
    }
    paraphrase = PROMPTS["official-judge-code-paraphrase"].text.split("{ref_code}")[0]
    assert all(t.startswith(paraphrase) for t in code_texts)
    assert summary.notes and "paraphrase" in summary.notes[0]
    saved = json.loads((tmp_path / "run" / "summary.json").read_text())
    assert saved["protocol"] == "official" and "approximately" in saved["notes"][0]

    mine = tmp_path / "out" / "codepercept.jsonl"
    assert write_official(tmp_path / "run", mine) == mine
    lines = [json.loads(x) for x in mine.read_text().splitlines()]
    assert [tuple(x) for x in lines] == [OFFICIAL_KEYS] * 4
    assert [x["uuid"] for x in lines] == ["0", "1", "3", "4"]
    assert all(x["status"] == "SUCCESS" for x in lines)
    assert (lines[0]["image_score"], lines[0]["code_score"]) == (70, 50)
    theirs = {json.loads(x)["uuid"]: json.loads(x) for x in their_output.read_text().splitlines()}
    for x in lines:  # the benchmark fields are carried over as they were
        for key in ("original_item", "GT_Code", "GT_Image", "initial_response"):
            assert x[key] == theirs[x["uuid"]][key], key

    ids = [it.id for it in load_benchmark(official_bench).items]
    assert load_predictions(mine, ids) == load_predictions(their_output, ids)
    figures = sorted(p.name for p in (tmp_path / "out" / "codepercept").iterdir())
    assert figures == ["image1.png", "image12.png", "image30.png", "image9.png"]
    scores = official_scores(mine, n_items=6)
    for key in ("image_score", "code_score", "exec_rate", "avg", "mean3", "n_judged"):
        assert scores[key] == pytest.approx(summary.overall.judge[key]), key
    assert summary.overall.judge["exec_rate"] == pytest.approx(100 * 4 / 6)

    with pytest.raises(BenchmarkError, match="already exists"):
        write_official(tmp_path / "run", mine)


def test_predictions_must_answer_the_same_pictures(official_bench, their_output, tmp_path):
    shuffled = their_output.read_text().replace(
        '"GT_Image": "images/image1.png"', '"GT_Image": "images/image37.png"'
    )
    their_output.write_text(shuffled)
    with ReplayServer(judge) as server, pytest.raises(BenchmarkError, match="same benchmark"):
        run_on(official_bench, their_output, tmp_path / "run", server)
    with pytest.raises(BenchmarkError, match="needs the benchmark"):
        load_predictions(their_output)


def test_write_official_needs_an_official_run(official_bench, tmp_path):
    preds = tmp_path / "preds.jsonl"
    preds.write_text(json.dumps({"id": "00000", "code": "x = 1"}) + "\n")
    config = EvalConfig(render_workers=1)
    eval_run(official_bench, tmp_path / "run", config, predictions=preds).run()
    with pytest.raises(BenchmarkError, match="--protocol official"):
        write_official(tmp_path / "run", tmp_path / "x.jsonl")


@pytest.mark.slow
def test_cli_official_predictions_and_write_official(official_bench, their_output, tmp_path):
    mine = tmp_path / "mine.jsonl"
    with ReplayServer(judge) as server:
        res = subprocess.run(
            [
                CLI,
                "eval",
                "--bench",
                str(official_bench),
                "--predictions",
                str(their_output),
                "--out",
                str(tmp_path / "run"),
                "--protocol",
                "official",
                "--judge-endpoint",
                server.url,
                "--judge-model",
                "judge",
                "--official-source",
                str(STUB),
                "--write-official",
                str(mine),
                "--render-workers",
                "1",
                "--no-progress",
            ],
            capture_output=True,
            text=True,
            timeout=300,
        )
    assert res.returncode == 0, res.stderr
    assert "official protocol" in res.stdout and f"official layout: {mine}" in res.stdout
    assert "note:" not in res.stdout  # the rubric came from the source
    assert len(mine.read_text().splitlines()) == 4
    meta = json.loads((tmp_path / "run" / "run.json").read_text())
    assert meta["rubric"]["rubric"] == "official-source"
    bad = subprocess.run(
        [
            CLI,
            "eval",
            "--bench",
            str(official_bench),
            "--out",
            str(tmp_path / "x"),
            "--protocol",
            "official",
        ],
        capture_output=True,
        text=True,
        timeout=60,
    )
    assert bad.returncode == 1 and bad.stderr.startswith("error: the official protocol")
