"""Loaders: the official STEM2Code JSONL, the project format, bench build, and their errors."""

from __future__ import annotations

import json
import shutil

import pytest
from scripts import fenced
from support.render import inprocess_renderer, test_scorer

from codepercept.bench import (
    BenchmarkError,
    EvalConfig,
    EvalRun,
    Outcome,
    build_benchmark,
    load_benchmark,
    load_predictions,
    read_results,
)
from codepercept.errors import UnknownName


def official_line(image: str, code: str, **extra) -> str:
    """One line shaped like the released STEM2Code-Eval JSONL."""
    messages = [
        {"role": "system", "content": [{"type": "text", "text": "You are a helpful assistant."}]},
        {
            "role": "user",
            "content": [{"type": "image", "image": image}, {"type": "text", "text": "..."}],
        },
        {"role": "user", "content": [{"type": "text", "text": "Now write the code."}]},
        {"role": "assistant", "content": [{"type": "text", "text": code}]},
    ]
    return json.dumps({"messages": messages, **extra}) + "\n"


@pytest.fixture
def official(tmp_path, shared_data, reference_codes):
    """A STEM2Code-format JSONL over three DynaMath images, one with a broken reference."""
    (tmp_path / "imgs").mkdir()
    for n in (1, 9, 37):
        shutil.copyfile(
            shared_data / f"dynamath-seed/image/image{n}.png", tmp_path / f"imgs/image{n}.png"
        )
    lines = [
        official_line("imgs/image1.png", reference_codes["analytic_geometry/image1"]),
        official_line(
            "imgs/image9.png", reference_codes["plane_geometry/image9"], category="geometry"
        ),
        official_line("imgs/image37.png", "import matplotlib.pyplot as plt\nplt.bar(1)\n"),
    ]
    path = tmp_path / "stem2code_eval.jsonl"
    path.write_text("".join(lines))
    return path


def test_official_format(official, tmp_path):
    bench = load_benchmark(official)
    assert bench.format == "stem2code" and len(bench) == 3 and bench.name == "stem2code_eval"
    first = bench.items[0]
    assert first.id == "00000" and first.image == tmp_path / "imgs/image1.png"
    assert first.code.startswith("import matplotlib.pyplot as plt")
    assert [it.category for it in bench.items] == ["all", "geometry", "all"]


def test_official_format_variants(tmp_path, shared_data):
    img = shared_data / "dynamath-seed/image/image1.png"
    code = "import matplotlib.pyplot as plt\nplt.plot([0, 1])\n"
    line = json.loads(official_line(str(img), f"Here:\n```python\n{code}```", id="q-17"))
    line["messages"][1]["content"] = [  # text first, the image as an image_url part
        {"type": "text", "text": "draw"},
        {"type": "image_url", "image_url": {"url": f"file://{img}"}},
    ]
    (tmp_path / "v.jsonl").write_text(json.dumps(line) + "\n")
    (item,) = load_benchmark(tmp_path / "v.jsonl").items
    assert (item.id, item.image, item.code) == ("q-17", img, code)


def test_official_format_scored_at_eval_with_reference_failure(official, reference_codes, tmp_path):
    preds = tmp_path / "p.jsonl"
    rows = [
        {"id": "00000", "reply": fenced(reference_codes["analytic_geometry/image1"])},
        {"id": "00001", "reply": "no"},
        {"id": "00002", "reply": fenced(reference_codes["statistics/image37"])},
    ]
    preds.write_text("".join(json.dumps(r) + "\n" for r in rows))
    out = tmp_path / "run"
    summary = EvalRun(
        load_benchmark(official),
        out,
        EvalConfig(),
        renderer=inprocess_renderer(),
        scorer=test_scorer(),
        predictions=preds,
        progress=False,
    ).run()
    results = read_results(out / "results.jsonl")
    assert results["00000"].outcome is Outcome.OK and results["00000"].scores["overall"] > 90
    # the reference of 00002 raises: the candidate ran (counts for Exec Rate) but is not scored
    assert results["00002"].outcome is Outcome.REF_FAILED and results["00002"].executed
    assert (out / "refs" / "00002.failed.json").is_file() and (out / "refs" / "00000.png").is_file()
    assert summary.overall.exec_rate == pytest.approx(100 * 2 / 3)
    assert summary.overall.n_scorable == 2


def test_build_from_official_jsonl_rejects_broken_reference(official, tmp_path):
    out = tmp_path / "built"
    report = build_benchmark(official, out, inprocess_renderer(), progress=False)
    assert (report.n_found, report.n_kept, report.rejected) == (3, 2, {"error": 1})
    rejected = [json.loads(x) for x in (out / "rejected.jsonl").read_text().splitlines()]
    assert rejected[0]["id"] == "00002" and rejected[0]["status"] == "error"
    bench = load_benchmark(out)
    assert bench.format == "codepercept" and [it.id for it in bench.items] == ["00000", "00001"]
    assert all(it.ref_png.is_file() and it.ref_trace.is_file() for it in bench.items)
    line = json.loads((out / "bench.jsonl").read_text().splitlines()[0])
    assert line["image"] == "images/00000.png" and line["ref_png"] == "refs/00000.png"
    with pytest.raises(BenchmarkError, match="exists"):
        build_benchmark(official, out, inprocess_renderer(), progress=False)


def test_build_from_pairs(dynamath_bench, dynamath_pairs):
    bench = load_benchmark(dynamath_bench)
    assert len(bench) == 6 and bench.name == "dynamath6"
    assert bench.categories() == ["analytic_geometry", "plane_geometry", "statistics"]
    item = next(it for it in bench.items if it.id == "statistics/image37")
    # the picture is the original DynaMath image, the reference is our render
    assert item.image.read_bytes() == (dynamath_pairs / "statistics/image37.png").read_bytes()
    assert item.ref_png.read_bytes()[:8] == b"\x89PNG\r\n\x1a\n"
    assert item.image.parent.name == "images" and item.ref_png.parent.name == "refs"


def test_code_without_image_uses_its_render(tmp_path, reference_codes):
    pairs = tmp_path / "pairs"
    pairs.mkdir()
    (pairs / "bars.py").write_text(reference_codes["statistics/image37"])
    bench = load_benchmark(
        build_benchmark(pairs, tmp_path / "b", inprocess_renderer(), progress=False).out
    )
    (item,) = bench.items
    assert item.category == "all" and item.image.read_bytes() == item.ref_png.read_bytes()


@pytest.mark.parametrize(
    ("content", "message"),
    [
        ("not json\n", "not valid JSON"),
        ('{"messages": [{}, {}]}\n', "at least 4 messages"),
        ('{"id": "a", "image": "x.png"}\n', "'code' missing"),
        ('{"id": "a", "image": "missing.png", "code": "x"}\n', "image of item 'a' not found"),
        ("\n", "no items"),
    ],
)
def test_bad_benchmarks(tmp_path, content, message):
    path = tmp_path / "b.jsonl"
    path.write_text(content)
    with pytest.raises(BenchmarkError, match=message):
        load_benchmark(path)


def test_duplicate_ids_and_missing_file(tmp_path, shared_data):
    img = shared_data / "dynamath-seed/image/image1.png"
    line = json.dumps({"id": "a", "image": str(img), "code": "x"}) + "\n"
    (tmp_path / "b.jsonl").write_text(line * 2)
    with pytest.raises(BenchmarkError, match="duplicate id 'a'"):
        load_benchmark(tmp_path / "b.jsonl")
    with pytest.raises(BenchmarkError, match="bench build"):
        load_benchmark(tmp_path / "nothing")


def test_predictions_loader(tmp_path):
    path = tmp_path / "p.jsonl"
    path.write_text(
        json.dumps({"id": 7, "output": "x"})
        + "\n"
        + json.dumps({"id": "8", "reply": "", "code": ""})
        + "\n"
        + json.dumps({"id": "9", "code": "import matplotlib"})
        + "\n"
    )
    preds = load_predictions(path)
    assert set(preds) == {"7", "9"} and preds["7"].reply == "x" and preds["9"].code
    path.write_text(json.dumps({"reply": "x"}) + "\n")
    with pytest.raises(BenchmarkError, match="needs an 'id'"):
        load_predictions(path)


def test_build_from_templates(tmp_path):
    from codepercept.bench.build import template_items
    from codepercept.synth.template import REGISTRY

    items = template_items(["all"], per_template=1)
    assert len(items) == len(REGISTRY) and len({it.id for it in items}) == len(items)
    name = sorted(REGISTRY)[0]
    picked = template_items([name], per_template=2, seed=7)
    assert [it.id for it in picked] == [f"{name}/00007", f"{name}/00008"]
    report = build_benchmark(picked, tmp_path / "b", inprocess_renderer(), progress=False)
    assert report.n_kept == 2, report
    bench = load_benchmark(tmp_path / "b")
    assert {it.category for it in bench.items} == {REGISTRY[name].family}
    assert all(it.image.read_bytes() == it.ref_png.read_bytes() for it in bench.items)
    with pytest.raises(UnknownName, match="families:"):
        template_items(["no_such_family"], per_template=1)
