"""Seed sets: folders, JSONL and JSON files, the real shared seed sets as they are, a store."""

from __future__ import annotations

import json

import pytest
from pipeline_support import FIGURES, fenced, render_png, write_config, write_seed_folder
from support.replay_server import Route, routes

from codepercept.pipelines import SeedError, load_seeds, run_pipeline
from codepercept.synth.store import DatasetStore, Record, iter_records


def test_folder_of_images(tmp_path):
    root = write_seed_folder(tmp_path / "figs", ["bars", "circle"])
    (root / "sub").mkdir()
    (root / "sub" / "c.png").write_bytes((root / "bars.png").read_bytes())
    (root / "notes.txt").write_text("not an image")
    seeds = load_seeds(root)
    assert [s.id for s in seeds] == ["bars", "circle", "sub/c"]
    assert seeds[2].image_name == "sub/c.png" and seeds[0].source == "figs"
    assert seeds[0].image_bytes() == (root / "bars.png").read_bytes()


def test_jsonl_with_code_and_caption(tmp_path):
    write_seed_folder(tmp_path / "img", ["bars"])
    rows = [
        {"id": "b1", "image": "img/bars.png", "code": FIGURES["bars"], "caption": "Bars."},
        {"image": "img/bars.png", "subject": "stats"},
    ]
    path = tmp_path / "seeds.jsonl"
    path.write_text("\n".join(json.dumps(r) for r in rows) + "\n")
    a, b = load_seeds(path)
    assert (a.id, a.code, a.caption) == ("b1", FIGURES["bars"], "Bars.")
    assert (b.id, b.code, b.meta["subject"]) == ("line2", None, "stats")


def test_seed_errors(tmp_path):
    with pytest.raises(SeedError, match="no seeds at"):
        load_seeds(tmp_path / "missing")
    path = tmp_path / "s.jsonl"
    path.write_text('{"id": "x", "image": "nope.png"}\n')
    with pytest.raises(SeedError, match="nope.png not found"):
        load_seeds(path)
    write_seed_folder(tmp_path / "i", ["bars"])
    path.write_text('{"id": "x", "image": "i/bars.png"}\n{"id": "x", "image": "i/bars.png"}\n')
    with pytest.raises(SeedError, match="occurs twice"):
        load_seeds(path)
    (tmp_path / "empty").mkdir()
    with pytest.raises(SeedError, match="holds no seeds"):
        load_seeds(tmp_path / "empty")


def test_shared_seed_sets_load_as_they_are(shared_data):
    mv = load_seeds(shared_data / "mathvision-testmini")
    assert len(mv) == 304 and mv[0].id == "4" and mv[0].image.is_file()
    assert mv[0].meta["subject"] == "counting"
    dm = load_seeds(shared_data / "dynamath-seed")
    assert len(dm) == 501 and dm[0].id == "1" and dm[0].image.name == "image1.png"
    assert load_seeds(shared_data / "dynamath-seed" / "dataset.json", limit=3)[2].id == "3"


def test_synth_store_as_seeds(tmp_path):
    pngs = [render_png(FIGURES["circle"]), render_png(FIGURES["bars"])]
    with DatasetStore(tmp_path / "store", identity={"t": 1}) as store:
        for i in range(300):  # more than one Parquet row group
            store.add(
                Record(
                    id=f"r{i}",
                    family="plane_geometry",
                    template="circle",
                    seed=i,
                    params={},
                    code=FIGURES["circle"] + f"# {i}\n",
                    facts={"circles": 1},
                    caption="A red circle.",
                    png=pngs[i % 2],
                )
            )
    seeds = load_seeds(tmp_path / "store")
    assert len(seeds) == 300
    seed = seeds[257]
    assert seed.png is None  # read from the shard when needed: a store may hold millions
    assert (seed.id, seed.code, seed.caption) == (
        "r257",
        FIGURES["circle"] + "# 257\n",
        "A red circle.",
    )
    assert seed.image_bytes() == pngs[1] and seeds[0].image_bytes() == pngs[0]
    assert seed.meta["facts"] == {"circles": 1}


def test_reproduce_a_real_mathvision_seed(tmp_path, replay_server, shared_data):
    """Two real JPEG seeds through the whole pipeline, with OCR when it is installed."""
    replay_server.set_script(
        routes(
            Route("Describe this figure", ["Digits drawn in a picture."]),
            Route("reproduces the figure", [fenced(FIGURES["bars"])]),
        )
    )
    config = write_config(tmp_path / "p.toml", replay_server.url, reproduce={"min_visual": 90})
    out = tmp_path / "out"
    summary = run_pipeline(
        "reproduce", shared_data / "mathvision-testmini", config, out, limit=2, progress=False
    )
    assert summary.seeds_done == 2
    records = list(iter_records(out, rejects=True))
    assert {r.params["seed_id"] for r in records} == {"4", "5"}
    for rec in records:  # bars are not these figures: Q_IC says so, with its numbers
        assert rec.outcome == "rejected" and rec.params["seed_image"].startswith("images/")
        q_ic = next(g for g in rec.gates if g.gate == "Q_IC")
        assert not q_ic.passed and 0 <= q_ic.details["visual"] < 90
        assert q_ic.details["ocr_text"] is None or 0 <= q_ic.details["ocr_text"] <= 100
