"""The ms-swift and verl recipes: the commands they build, run against stand-in `swift` and
`python3` executables that record their arguments (neither trainer is installed here), and
verl's reward file loaded the way verl loads it."""

from __future__ import annotations

import importlib.util
import json
import os
import subprocess
import sys
from pathlib import Path

import pytest
from train_cli import cli

RECIPES = Path(__file__).resolve().parents[2] / "recipes"
RECORDER = '#!/bin/sh\nprintf "%s\\n" "$@" > "$RECORD_TO"\n'


@pytest.fixture
def fake_bin(tmp_path) -> Path:
    bin_ = tmp_path / "bin"
    bin_.mkdir()
    for name in ("swift", "python3"):
        (bin_ / name).write_text(RECORDER)
        (bin_ / name).chmod(0o755)
    # the recipes ask codepercept for file paths: `python` is this environment's
    (bin_ / "python").write_text(f'#!/bin/sh\nexec "{sys.executable}" "$@"\n')
    (bin_ / "python").chmod(0o755)
    return bin_


def run_recipe(script: str, data: Path, fake_bin: Path, tmp_path: Path, **env: str) -> list[str]:
    record = tmp_path / "argv.txt"
    full = {**os.environ, "PATH": f"{fake_bin}:{os.environ['PATH']}", "RECORD_TO": str(record)}
    r = subprocess.run(
        ["bash", str(RECIPES / script), str(data)],
        env={**full, **env},
        capture_output=True,
        text=True,
        cwd=tmp_path,
    )
    assert r.returncode == 0, r.stderr
    return record.read_text().splitlines()


def flag(argv: list[str], name: str, n: int = 1) -> list[str] | str:
    i = argv.index(name)
    return argv[i + 1] if n == 1 else argv[i + 1 : i + 1 + n]


@pytest.fixture(scope="module")
def swift_exports(icc_store, tmp_path_factory) -> tuple[Path, Path]:
    base = tmp_path_factory.mktemp("swift")
    cli("export", icc_store, "--to", "swift", "--task", "both", "--split-by", "template",
        "--validation", "0.2", "--test", "0.2", "--out", base / "s1")  # fmt: skip
    cli("export", icc_store, "--to", "swift-grpo", "--split-by", "template",
        "--validation", "0.2", "--test", "0.2", "--out", base / "r1")  # fmt: skip
    return base / "s1", base / "r1"


def test_swift_s1_has_the_paper_settings(swift_exports, fake_bin, tmp_path):
    s1, _ = swift_exports
    argv = run_recipe("swift/s1.sh", s1, fake_bin, tmp_path, SIZE="4b")
    assert argv[0] == "sft" and flag(argv, "--model") == "Qwen/Qwen3-VL-4B-Instruct"
    assert flag(argv, "--dataset") == f"{s1}/train.jsonl"
    assert flag(argv, "--val_dataset") == f"{s1}/validation.jsonl"
    assert flag(argv, "--num_train_epochs") == "1" and flag(argv, "--learning_rate") == "3e-6"
    assert flag(argv, "--lr_scheduler_type") == "cosine_with_min_lr"
    assert json.loads(flag(argv, "--lr_scheduler_kwargs")) == {"min_lr": 2e-7}
    assert flag(argv, "--warmup_ratio") == "0.05" and flag(argv, "--deepspeed") == "zero2"
    assert flag(argv, "--torch_dtype") == "bfloat16"


def test_swift_r1_loads_our_plugin_and_the_paper_settings(swift_exports, fake_bin, tmp_path):
    _, r1 = swift_exports
    argv = run_recipe("swift/r1.sh", r1, fake_bin, tmp_path, SIZE="8b", MODEL="ckpt")
    assert argv[:3] == ["rlhf", "--rlhf_type", "grpo"] and flag(argv, "--model") == "ckpt"
    plugin = Path(flag(argv, "--external_plugins"))
    assert plugin.is_file() and plugin.parts[-3:] == ("codepercept", "rewards", "swift_plugin.py")
    names = [f"codepercept_{n}" for n in ("format", "exec", "structural", "visual")]
    assert flag(argv, "--reward_funcs", 4) == names
    expected = {
        "--num_generations": "8",
        "--temperature": "1.0",
        "--top_p": "0.85",
        "--repetition_penalty": "1.1",
        "--learning_rate": "1e-6",
        "--beta": "0.001",
        "--max_grad_norm": "0.5",
        "--max_completion_length": "8192",
        "--use_vllm": "true",
        "--vllm_mode": "colocate",
    }
    assert {k: flag(argv, k) for k in expected} == expected
    row = json.loads((r1 / "train.jsonl").read_text().splitlines()[0])
    assert flag(argv, "--dataset") == f"{r1}/train.jsonl" and "solution" in row


def test_swift_r1_32b_needs_a_rollout_server(swift_exports, fake_bin, tmp_path):
    _, r1 = swift_exports
    argv = run_recipe("swift/r1.sh", r1, fake_bin, tmp_path, SIZE="32b", VLLM_HOST="gpu-9")
    assert flag(argv, "--vllm_mode") == "server" and flag(argv, "--vllm_server_host") == "gpu-9"
    assert flag(argv, "--deepspeed") == "zero3"


def test_verl_recipe_points_at_our_reward_and_it_scores_exported_rows(
    icc_store, fake_bin, tmp_path
):
    data = tmp_path / "r1-verl"
    cli("export", icc_store, "--to", "verl", "--task", "code", "--split-by", "seed",
        "--validation", "0.2", "--test", "0.2", "--out", data)  # fmt: skip
    argv = run_recipe("verl/r1_grpo.sh", data, fake_bin, tmp_path)
    settings = dict(a.split("=", 1) for a in argv[2:])
    assert argv[:2] == ["-m", "verl.trainer.main_ppo"]
    assert settings["algorithm.adv_estimator"] == "grpo"
    assert settings["actor_rollout_ref.rollout.n"] == "8"
    assert settings["actor_rollout_ref.rollout.top_p"] == "0.85"
    assert settings["actor_rollout_ref.actor.kl_loss_coef"] == "0.001"
    assert settings["actor_rollout_ref.actor.grad_clip"] == "0.5"
    assert settings["data.max_response_length"] == "8192"
    for key in ("data.train_files", "data.val_files"):
        assert Path(settings[key]).is_file()
    # verl imports the reward file by path and calls the named function on a batch
    spec = importlib.util.spec_from_file_location(
        "verl_reward", settings["custom_reward_function.path"]
    )
    assert spec and spec.loader
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    score = getattr(module, settings["custom_reward_function.name"])
    import datasets

    rows = datasets.load_dataset("parquet", data_files=settings["data.val_files"], split="train")
    truths = [r["reward_model"]["ground_truth"] for r in rows]
    replies = [f"```python\n{t}\n```" for t in truths] + ["I cannot draw it."]
    out = score(
        [r["data_source"] for r in rows] * 2,
        replies + [""] * (len(rows) - 1),
        truths * 2,
        [r["extra_info"] for r in rows] * 2,
    )
    assert all(o["scored"] == 1.0 for o in out)
    assert out[0]["score"] > out[len(rows)]["score"]
