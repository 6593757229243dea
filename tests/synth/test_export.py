"""Exports to ms-swift, TRL, verl and LLaVA from a real dataset directory."""

from __future__ import annotations

import io
import json
from pathlib import Path

import pytest
import typer
from PIL import Image
from synth_store_samples import make_record
from typer.testing import CliRunner

from codepercept.synth.export import CAPTION_PROMPT, CODE_PROMPT, export_dataset
from codepercept.synth.store import DatasetStore, Outcome, StoreError

STEM2CODE_PROMPT = (
    "You are an expert Python developer who specializes in writing matplotlib code based on a "
    "given picture. Now, please give me the matplotlib code that reproduces the picture below."
)


@pytest.fixture(scope="module")
def dataset(tmp_path_factory) -> tuple[Path, list]:
    root = tmp_path_factory.mktemp("ds")
    recs = [make_record(s, Outcome.REJECTED if s == 2 else Outcome.ACCEPTED) for s in range(5)]
    with DatasetStore(root, shard_rows=2, keep_rejects=True) as st:
        for r in recs:
            st.add(r)
    return root, [r for r in recs if r.outcome is Outcome.ACCEPTED]


def test_code_prompt_is_stem2code_verbatim():
    assert CODE_PROMPT == STEM2CODE_PROMPT


def test_swift_messages_jsonl_with_absolute_image_paths(dataset, tmp_path):
    root, accepted = dataset
    out = tmp_path / "swift" / "train.jsonl"
    s = export_dataset(root, "swift", "both", out)
    rows = [json.loads(line) for line in out.read_text().splitlines()]
    assert (s.samples, s.examples, s.images, len(rows)) == (4, 8, 4, 8)
    cap, code = rows[0], rows[1]
    assert cap["messages"][0] == {"role": "user", "content": "<image>" + CAPTION_PROMPT}
    assert cap["messages"][1]["content"] == accepted[0].caption
    assert code["messages"][0]["content"] == "<image>" + STEM2CODE_PROMPT
    body = code["messages"][1]["content"]
    assert body.startswith("```python\n") and body.endswith("\n```")
    assert accepted[0].code.strip() in body
    path = Path(cap["images"][0])
    assert path.is_absolute() and path.parent == out.parent / "images"
    assert path.read_bytes() == accepted[0].png  # the real PNG, not a placeholder


def test_relative_paths_resolve_from_the_export_folder(dataset, tmp_path):
    root, accepted = dataset
    out = tmp_path / "rel.jsonl"
    export_dataset(root, "swift", "caption", out, relative_paths=True)
    rows = [json.loads(line) for line in out.read_text().splitlines()]
    assert len(rows) == 4
    assert all(not Path(r["images"][0]).is_absolute() for r in rows)
    assert (out.parent / rows[3]["images"][0]).read_bytes() == accepted[3].png


def test_llava_json(dataset, tmp_path):
    root, accepted = dataset
    out = tmp_path / "llava.json"
    s = export_dataset(root, "llava", "code", out)
    data = json.loads(out.read_text())
    assert s.examples == len(data) == 4
    first = data[0]
    assert set(first) == {"id", "image", "conversations"}
    assert first["conversations"][0] == {"from": "human", "value": "<image>\n" + STEM2CODE_PROMPT}
    assert first["conversations"][1]["from"] == "gpt"
    assert first["image"] == f"images/{accepted[0].id}.png"
    img = Image.open(out.parent / first["image"])
    assert img.size == (300, 300)


def test_trl_parquet_loads_with_images(dataset, tmp_path):
    datasets = pytest.importorskip("datasets")
    root, accepted = dataset
    out = tmp_path / "trl.parquet"
    s = export_dataset(root, "trl", "both", out)
    ds = datasets.load_dataset("parquet", data_files=str(out), split="train")
    assert s.examples == len(ds) == 8 and s.images == 0
    assert isinstance(ds.features["images"].feature, datasets.Image)
    row = ds[1]
    assert row["messages"][0]["role"] == "user"
    assert [p["type"] for p in row["messages"][0]["content"]] == ["image", "text"]
    assert row["messages"][0]["content"][1]["text"] == STEM2CODE_PROMPT
    assert row["messages"][1]["content"][0]["text"].startswith("```python")
    buf = io.BytesIO()
    row["images"][0].save(buf, format="PNG")
    assert Image.open(buf).size == Image.open(io.BytesIO(accepted[0].png)).size


def test_trl_jsonl_uses_paths(dataset, tmp_path):
    root, _ = dataset
    out = tmp_path / "trl.jsonl"
    export_dataset(root, "trl", "caption", out)
    row = json.loads(out.read_text().splitlines()[0])
    assert row["messages"][0]["content"][0] == {"type": "image"}
    assert Path(row["images"][0]).is_file()


def test_verl_parquet_fields(dataset, tmp_path):
    datasets = pytest.importorskip("datasets")
    root, accepted = dataset
    out = tmp_path / "verl.parquet"
    export_dataset(root, "verl", "both", out, split="val")
    ds = datasets.load_dataset("parquet", data_files=str(out), split="train")
    assert len(ds) == 8
    cap, code = ds[0], ds[1]
    assert cap["prompt"] == [{"role": "user", "content": "<image>" + CAPTION_PROMPT}]
    assert cap["reward_model"] == {"style": "rule", "ground_truth": accepted[0].caption}
    assert code["reward_model"]["ground_truth"] == accepted[0].code.strip()
    assert code["data_source"] == "codepercept/stem2code" and code["ability"] == "stem_code"
    assert cap["data_source"] == "codepercept/caption"
    assert [m["role"] for m in code["prompt"]] == ["system", "user"]
    assert code["extra_info"]["index"] == 1 and code["extra_info"]["split"] == "val"
    assert code["extra_info"]["sample_id"] == accepted[0].id
    assert code["extra_info"]["template"] == "triangle_abc"
    assert code["images"][0].size == (300, 300)


def test_qa_task_uses_template_answers(dataset, tmp_path):
    root, _ = dataset
    out = tmp_path / "qa.jsonl"
    s = export_dataset(root, "swift", "qa", out)
    rows = [json.loads(line) for line in out.read_text().splitlines()]
    assert s.examples == 4
    assert (
        rows[0]["messages"][0]["content"]
        == "<image>How many labelled vertices does the figure show?"
    )
    assert rows[0]["messages"][1]["content"] == "3"


def test_out_folder_gets_a_named_file(dataset, tmp_path):
    root, _ = dataset
    s = export_dataset(root, "verl", "code", tmp_path / "exports" / "plane")
    assert s.out == tmp_path / "exports" / "plane" / "verl_code.parquet" and s.out.is_file()
    s = export_dataset(root, "swift", "both", tmp_path / "exports" / "plane")
    assert s.out.name == "swift_both.jsonl"
    assert (tmp_path / "exports" / "plane" / "images").is_dir()


def test_not_a_dataset_is_a_named_error(tmp_path):
    with pytest.raises(StoreError, match="not a codepercept dataset"):
        export_dataset(tmp_path, "swift", "both", tmp_path / "x.jsonl")


def _cli() -> typer.Typer:
    from codepercept.cli.main import app

    return app


def test_cli_export(dataset, tmp_path):
    app = _cli()
    root, _ = dataset
    out = tmp_path / "cli" / "llava.json"
    r = CliRunner().invoke(
        app, ["export", str(root), "--to", "llava", "--task", "both", "--out", str(out)]
    )
    assert r.exit_code == 0, r.output
    assert "exported 8" in r.output
    assert len(json.loads(out.read_text())) == 8
    bad = CliRunner().invoke(app, ["export", str(root), "--to", "alpaca", "--out", str(out)])
    assert bad.exit_code == 1 and "swift" in bad.output
    missing = CliRunner().invoke(
        app, ["export", str(tmp_path / "nope"), "--to", "swift", "--out", str(out)]
    )
    assert missing.exit_code == 1 and "not a codepercept dataset" in missing.output
