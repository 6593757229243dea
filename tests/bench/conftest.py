"""A small real benchmark: six DynaMath seed images paired with hand-written reference code."""

from __future__ import annotations

import json
import shutil
from pathlib import Path

import pytest
from support.render import inprocess_renderer

from codepercept.bench import build_benchmark, load_benchmark

REFS = Path(__file__).resolve().parent / "data" / "dynamath_refs"
SUBJECT = {
    "image1": "analytic_geometry",
    "image12": "analytic_geometry",
    "image47": "analytic_geometry",
    "image9": "plane_geometry",
    "image30": "statistics",
    "image37": "statistics",
}


@pytest.fixture(scope="session")
def dynamath_pairs(shared_data, tmp_path_factory) -> Path:
    """A pairs folder <subject>/imageN.py + imageN.png built from the shared DynaMath seed."""
    root = tmp_path_factory.mktemp("pairs")
    for stem, subject in SUBJECT.items():
        (root / subject).mkdir(exist_ok=True)
        shutil.copyfile(REFS / f"{stem}.py", root / subject / f"{stem}.py")
        src = shared_data / "dynamath-seed" / "image" / f"{stem}.png"
        shutil.copyfile(src, root / subject / f"{stem}.png")
    return root


@pytest.fixture(scope="session")
def dynamath_bench(dynamath_pairs, tmp_path_factory) -> Path:
    """The built benchmark folder (bench.jsonl, images/, refs/)."""
    out = tmp_path_factory.mktemp("bench") / "dynamath6"
    report = build_benchmark(dynamath_pairs, out, inprocess_renderer(), progress=False)
    assert report.n_kept == 6, report
    return out


@pytest.fixture(scope="session")
def reference_codes(dynamath_bench) -> dict[str, str]:
    """id -> reference code, for scripting the replay server by image."""
    return {it.id: it.code for it in load_benchmark(dynamath_bench).items}


@pytest.fixture(scope="session")
def official_bench(dynamath_pairs, tmp_path_factory) -> Path:
    """The six pairs as an official STEM2Code JSONL (ids 00000..00005 in SUBJECT order,
    pictures in images/). The reference of image9 is fenced, as an assistant turn may be."""
    root = tmp_path_factory.mktemp("official")
    (root / "images").mkdir()
    lines = []
    for stem, subject in SUBJECT.items():
        shutil.copyfile(dynamath_pairs / subject / f"{stem}.png", root / "images" / f"{stem}.png")
        code = (REFS / f"{stem}.py").read_text()
        if stem == "image9":
            code = f"```python\n{code}```"
        messages = [
            {"role": "system", "content": [{"text": "You write plotting code."}]},
            {"role": "user", "content": [{"image": f"images/{stem}.png"}]},
            {"role": "user", "content": [{"text": "Reproduce the picture."}]},
            {"role": "assistant", "content": [{"text": code}]},
        ]
        lines.append(json.dumps({"category": subject, "messages": messages}) + "\n")
    path = root / "stem2code.jsonl"
    path.write_text("".join(lines))
    return path
