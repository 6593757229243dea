"""Training-ready exports: GRPO rows, leak-free splits, a dataset card and a manifest, from a
store made by `codepercept synth`."""

from __future__ import annotations

import io
import json
import os
from pathlib import Path

import datasets
import pytest
import yaml
from PIL import Image
from synth_store_samples import make_record
from typer.testing import CliRunner

from codepercept.cli.main import app
from codepercept.config import ConfigError
from codepercept.synth import SplitSpec, export_splits
from codepercept.synth.export import CODE_PROMPT, SYSTEM_PROMPT
from codepercept.synth.export.splits import plan_splits
from codepercept.synth.store import DatasetStore, Outcome, iter_records


def cli(*args) -> str:
    r = CliRunner().invoke(app, [str(a) for a in args])
    assert r.exit_code == 0, r.output
    return r.output


@pytest.fixture(scope="module")
def store(tmp_path_factory) -> Path:
    out = tmp_path_factory.mktemp("splits") / "store"
    cli("synth", "--family", "plane_geometry", "--n", "12", "--out", out, "--workers", "2",
        "--no-progress")  # fmt: skip
    return out


@pytest.fixture(scope="module")
def records(store) -> dict[str, object]:
    return {r.id: r for r in iter_records(store)}


def _splits(out: Path) -> datasets.DatasetDict:
    return datasets.load_dataset(str(out))


def test_by_template_no_template_is_in_two_splits(store, records, tmp_path):
    out = tmp_path / "r1"
    b = export_splits(store, "trl-grpo", out, spec=SplitSpec("template", 0.2, 0.2))
    ds = _splits(out)
    assert set(ds) == {"train", "validation", "test"}
    templates = {split: set(ds[split]["template"]) for split in ds}
    assert not templates["train"] & templates["validation"]
    assert not templates["train"] & templates["test"]
    assert not templates["validation"] & templates["test"]
    assert set().union(*templates.values()) == {r.template for r in records.values()}
    assert sum(len(d) for d in ds.values()) == len(records) == b.examples
    manifest = json.loads((out / "manifest.json").read_text())
    assert {s: set(t) for s, t in manifest["splits"]["templates"].items()} == templates
    assert {s: c["examples"] for s, c in manifest["counts"].items()} == {
        s: len(d) for s, d in ds.items()
    }


def test_by_seed_no_seed_is_in_two_splits(store, records, tmp_path):
    out = tmp_path / "r1"
    export_splits(store, "swift-grpo", out, spec=SplitSpec("seed", 0.25, 0.25))
    ds = _splits(out)
    seeds = {split: sorted(ds[split]["seed"]) for split in ds}
    assert seeds["train"][-1] < seeds["validation"][0]
    assert seeds["validation"][-1] < seeds["test"][0]
    assert sorted(s for v in seeds.values() for s in v) == sorted(r.seed for r in records.values())
    ranges = json.loads((out / "manifest.json").read_text())["splits"]["seed_ranges"]
    assert ranges["test"] == [seeds["test"][0], seeds["test"][-1]]


def test_split_plans_are_pure_and_refuse_too_little_data():
    pairs = [(f"t{i % 5}", i) for i in range(40)]
    a = plan_splits(pairs, SplitSpec("template", 0.2, 0.2, seed=3))
    assert a == plan_splits(list(reversed(pairs)), SplitSpec("template", 0.2, 0.2, seed=3))
    assert sorted(a.templates.values()) == ["test", "train", "train", "train", "validation"]
    with pytest.raises(ConfigError, match="cannot split 2 template"):
        plan_splits([("a", 1), ("b", 2)], SplitSpec("template", 0.1, 0.1))
    with pytest.raises(ConfigError, match="must leave some train data"):
        SplitSpec("seed", 0.5, 0.5)
    with pytest.raises(ConfigError, match="template | seed | none"):
        SplitSpec("random")
    assert plan_splits(pairs, SplitSpec("none")).names() == ["train"]


def test_trl_grpo_rows_are_what_the_trainer_and_rewards_read(store, records, tmp_path):
    out = tmp_path / "r1"
    export_splits(store, "trl-grpo", out, spec=SplitSpec("none"))
    ds = _splits(out)["train"]
    assert isinstance(ds.features["images"].feature, datasets.Image)
    row = ds[0]
    rec = records[row["id"].removesuffix("-code")]
    system, user = row["prompt"]  # prompt only: no assistant turn
    assert system == {"role": "system", "content": [{"type": "text", "text": SYSTEM_PROMPT}]}
    assert user["role"] == "user" and [p["type"] for p in user["content"]] == ["image", "text"]
    assert user["content"][1]["text"] == CODE_PROMPT
    assert row["solution"] == rec.code.strip() and "```" not in row["solution"]
    assert row["images"][0].size == Image.open(io.BytesIO(rec.png)).size
    assert Path(row["solution_image"]).is_absolute()
    assert Path(row["solution_image"]).read_bytes() == rec.png


def test_swift_grpo_rows_hold_system_and_user_only(store, records, tmp_path):
    out = tmp_path / "r1"
    export_splits(store, "swift-grpo", out, spec=SplitSpec("none"))
    row = json.loads((out / "train.jsonl").read_text().splitlines()[0])
    assert [m["role"] for m in row["messages"]] == ["system", "user"]
    assert row["messages"][1]["content"] == "<image>" + CODE_PROMPT
    rec = records[row["id"].removesuffix("-code")]
    assert row["solution"] == rec.code.strip()
    assert row["images"] == [row["solution_image"]]


def test_image_paths_work_from_any_directory_or_from_the_export(store, tmp_path, monkeypatch):
    absolute, relative = tmp_path / "abs", tmp_path / "rel"
    export_splits(store, "swift-grpo", absolute, spec=SplitSpec("none"))
    export_splits(store, "swift-grpo", relative, spec=SplitSpec("none"), relative_paths=True)
    elsewhere = tmp_path / "elsewhere"
    elsewhere.mkdir()
    monkeypatch.chdir(elsewhere)
    a = json.loads((absolute / "train.jsonl").read_text().splitlines()[0])
    r = json.loads((relative / "train.jsonl").read_text().splitlines()[0])
    assert Path(a["images"][0]).is_file()
    assert not Path(r["images"][0]).is_absolute() and (relative / r["images"][0]).is_file()
    card = (relative / "README.md").read_text()
    assert "relative to this folder" in card and "image_root" in card


def test_verl_rows_are_served_by_the_shipped_compute_score(store, records, tmp_path):
    from codepercept.rewards.verl import compute_score

    out = tmp_path / "verl"
    export_splits(store, "verl", out, task="code", spec=SplitSpec("template", 0.2, 0.2))
    assert {p.name for p in out.glob("*.parquet")} == {
        "train.parquet",
        "validation.parquet",
        "test.parquet",
    }
    row = _splits(out)["validation"][0]
    assert row["data_source"] == "codepercept/stem2code"
    truth = row["reward_model"]["ground_truth"]
    assert truth == records[row["extra_info"]["sample_id"]].code.strip()
    reply = f"Here it is.\n```python\n{truth}\n```"
    good = compute_score(row["data_source"], reply, truth, row["extra_info"])
    bad = compute_score(row["data_source"], "no code", truth, row["extra_info"])
    assert good["scored"] == 1.0 and good["format"] == 1.0 and good["score"] > bad["score"]


def test_card_declares_splits_features_and_license(store, tmp_path):
    out = tmp_path / "s1"
    export_splits(store, "trl", out, task="both", spec=SplitSpec("template", 0.2, 0.2))
    text = (out / "README.md").read_text()
    header = yaml.safe_load(text.split("---\n")[1])
    assert header["license"] == "apache-2.0"
    [config] = header["configs"]
    assert config["data_files"] == [
        {"split": s, "path": f"{s}.parquet"} for s in ("train", "validation", "test")
    ]
    names = [f["name"] for f in header["dataset_info"]["features"]]
    assert names == ["id", "task", "messages", "images"]
    ds = _splits(out)
    assert isinstance(ds["test"].features["images"].feature, datasets.Image)
    manifest = json.loads((out / "manifest.json").read_text())
    assert manifest["source"]["path"] == str(store.resolve())
    assert manifest["export"] == {"to": "trl", "task": "both", "relative_paths": False}
    assert set(manifest["code_version"]) >= {"codepercept", "matplotlib", "numpy", "python"}


def test_store_folder_loads_accepted_rows_only(tmp_path):
    with DatasetStore(tmp_path, shard_rows=2, keep_rejects=True) as st:
        for s in range(5):
            st.add(make_record(s, Outcome.REJECTED if s in (1, 3) else Outcome.ACCEPTED))
    assert list((tmp_path / "rejects").glob("*.parquet"))
    ds = datasets.load_dataset(str(tmp_path), split="train")
    assert len(ds) == 3 and set(ds["outcome"]) == {"accepted"}


def test_cli_writes_a_split_folder_and_refuses_a_task_grpo_cannot_score(store, tmp_path):
    out = tmp_path / "cli"
    text = cli("export", store, "--to", "trl-grpo", "--split-by", "seed", "--out", out,
               "--validation", "0.2", "--test", "0.2")  # fmt: skip
    assert "README.md and manifest.json written" in text
    assert sorted(p.name for p in out.iterdir()) == [
        "README.md",
        "images",
        "manifest.json",
        "test.parquet",
        "train.parquet",
        "validation.parquet",
    ]
    bad = CliRunner().invoke(
        app, ["export", str(store), "--to", "swift-grpo", "--task", "caption", "--out", str(out)]
    )
    assert bad.exit_code == 1 and "code examples only" in bad.output
    assert os.path.isdir(out)


def test_same_named_export_folders_do_not_share_a_stale_cache(store, tmp_path):
    # datasets keys its cache of a local folder by the card and the folder name only
    small = tmp_path / "small"
    with DatasetStore(small, shard_rows=2) as st:
        for s in range(3):
            st.add(make_record(s, Outcome.ACCEPTED))
    lengths = []
    for source, where in ((store, "a"), (small, "b"), (store, "c"), (store, "d")):
        out = tmp_path / where / "r1"
        export_splits(source, "trl-grpo", out, spec=SplitSpec("none"))
        rows = _splits(out)["train"]
        lengths.append(len(rows))
        # same store, same sizes, other folder: the rows must name this folder's images
        assert Path(rows[0]["solution_image"]).parent == out / "images"
    assert lengths == [12, 3, 12, 12]


def test_exporting_again_into_a_folder_leaves_no_stale_split(store, tmp_path):
    out = tmp_path / "r1"
    export_splits(store, "trl-grpo", out, spec=SplitSpec("template", 0.2, 0.2))
    assert (out / "test.parquet").is_file()
    export_splits(store, "trl-grpo", out, spec=SplitSpec("none"))
    assert sorted(p.name for p in out.glob("*.parquet")) == ["train.parquet"]
    assert set(_splits(out)) == {"train"}
    manifest = json.loads((out / "manifest.json").read_text())
    assert "git_commit" in manifest["code_version"]
