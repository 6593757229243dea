"""`codepercept demo` runs the whole loop offline and says where everything went."""

from __future__ import annotations

import json

import pytest
from typer.testing import CliRunner

from codepercept.cli.main import app
from codepercept.synth import REGISTRY, family_names


@pytest.mark.slow
def test_demo_end_to_end_then_resumes(tmp_path):
    out = tmp_path / "demo"
    args = ["demo", "--out", str(out), "--n", "40", "--per-template", "1"]
    first = CliRunner().invoke(app, args)
    assert first.exit_code == 0, first.output
    text = first.output
    templates, families = len(REGISTRY), len(family_names())
    assert families >= 8
    assert (
        f"40 gated, deduplicated ICC triplets ({templates} templates, {families} families)" in text
    )
    assert f"{templates} items from held-out seeds" in text  # one per template
    rows = {
        ln.split("  ")[0].strip(): ln.split()
        for ln in text.splitlines()
        if "(" in ln and "%" not in ln
    }
    baseline = next(v for k, v in rows.items() if k.startswith("baseline"))
    floor = next(v for k, v in rows.items() if k.startswith("floor"))
    ceiling = next(v for k, v in rows.items() if k.startswith("ceiling"))
    assert float(ceiling[-3]) == 100.0 and float(floor[-3]) == 0.0
    assert float(baseline[-3]) >= 40.0, text  # overall, far above the floor
    report = out / "runs" / "baseline" / "report.html"
    assert report.is_file() and "STEM2Code-Eval" in report.read_text()
    assert (out / "exports" / "swift_both.jsonl").is_file()
    assert (out / "exports" / "trl_both.parquet").is_file()
    results = [
        json.loads(x)
        for x in (out / "runs" / "baseline" / "results.jsonl").read_text().splitlines()
    ]
    assert len({r["id"] for r in results}) == templates
    again = CliRunner().invoke(app, args)  # everything is done: nothing is redone
    assert again.exit_code == 0, again.output
    assert len((out / "runs" / "baseline" / "results.jsonl").read_text().splitlines()) == len(
        results
    )
