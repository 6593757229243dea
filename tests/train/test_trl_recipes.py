"""The TRL recipes run for real on the CPU: tiny random Qwen-VL models, exported ICC samples,
SFT steps (S1) and GRPO steps (R1) rewarded by codepercept's reward functions."""

from __future__ import annotations

import importlib.util
import math
import sys
from pathlib import Path
from types import ModuleType

import pytest
import torch
import transformers

from codepercept.rewards import make_reward
from codepercept.train import dataset_texts, load_export, supported_archs, tiny_vlm
from codepercept.train.tiny import ARCHS

RECIPES = Path(__file__).resolve().parents[2] / "recipes"

ALL_ARCHS = ["qwen2_vl", "qwen2_5_vl", "qwen3_vl"]
REWARD_NAMES = ["format", "exec", "structural", "visual"]


def load_recipe(rel: str) -> ModuleType:
    path = RECIPES / rel
    spec = importlib.util.spec_from_file_location(f"recipe_{path.stem}", path)
    assert spec and spec.loader
    module = importlib.util.module_from_spec(spec)
    sys.modules[spec.name] = module  # its dataclasses look their module up while being made
    spec.loader.exec_module(module)
    return module


def _changed(model: torch.nn.Module, before: torch.nn.Module) -> list[str]:
    ref = dict(before.named_parameters())
    return [n for n, p in model.named_parameters() if not torch.equal(p.detach().cpu(), ref[n])]


def _finite_losses(trainer) -> list[float]:
    losses = [h["loss"] for h in trainer.state.log_history if "loss" in h]
    assert losses and all(math.isfinite(x) for x in losses), trainer.state.log_history
    return losses


def test_the_installed_transformers_builds_every_tiny_architecture():
    assert supported_archs() == ALL_ARCHS


@pytest.mark.parametrize("arch", ALL_ARCHS)
def test_s1_recipe_runs_real_sft_steps(arch, sft_export, tmp_path):
    sft = load_recipe("trl/sft.py")
    trainer = sft.main(
        [
            "--config", str(RECIPES / "trl" / "s1_qwen3vl_8b.yaml"),
            "--dataset_dir", str(sft_export),
            "--tiny", arch,
            "--output_dir", str(tmp_path),
            "--max_steps", "3",
        ]
    )  # fmt: skip
    assert len(_finite_losses(trainer)) == 3
    # the recipe's paper schedule is in force: cosine down to a floor, 5 % warm-up
    assert trainer.args.lr_scheduler_type == "cosine_with_min_lr"
    assert trainer.args.learning_rate == 3e-6
    before, _ = tiny_vlm(
        arch, texts=dataset_texts(load_export(sft_export, expect=("trl",))["train"])
    )
    changed = _changed(trainer.model, before)
    assert changed, "no parameter moved"
    assert any("visual" in n for n in changed), "the vision tower got no gradient"


@pytest.mark.parametrize("arch", ALL_ARCHS)
def test_r1_recipe_runs_real_grpo_steps_with_our_rewards(arch, grpo_export, tmp_path):
    grpo = load_recipe("trl/grpo.py")
    trainer = grpo.main(
        [
            "--config", str(RECIPES / "trl" / "r1_qwen3vl_8b.yaml"),
            "--dataset_dir", str(grpo_export),
            "--tiny", arch,
            "--output_dir", str(tmp_path),
            "--log_completions", "false",
            "--reward_workers", "2",
        ]
    )  # fmt: skip
    args = trainer.args
    assert (args.temperature, args.top_p, args.repetition_penalty) == (1.0, 0.85, 1.1)
    assert (args.beta, args.max_grad_norm, args.learning_rate) == (0.001, 0.5, 1e-6)
    logs = [h for h in trainer.state.log_history if "loss" in h]
    assert len(logs) == 2 and len(_finite_losses(trainer)) == 2
    # every reward is ours, logged under its own name
    assert trainer.reward_func_names == [f"codepercept_{n}" for n in REWARD_NAMES]
    for name in REWARD_NAMES:
        assert math.isfinite(logs[0][f"rewards/codepercept_{name}/mean"])
    # the per-completion rewards TRL used are what our format reward says of those replies
    completions = list(trainer._logs["completion"])
    logged = list(trainer._logs["rewards"]["codepercept_format"])
    assert len(completions) == 4 and logged == make_reward("format")(completions, [None] * 4)
    assert any(h["reward_std"] > 0 for h in logs), "no group had differing rewards"
    cls = getattr(transformers, ARCHS[arch].model_class)
    before = cls.from_pretrained(tmp_path / "tiny-model", dtype=torch.float32)
    assert _changed(trainer.model, before), "no parameter moved"


def test_a_recipe_refuses_an_export_for_another_trainer(sft_export, tmp_path):
    grpo = load_recipe("trl/grpo.py")
    with pytest.raises(Exception, match="holds trl rows; this recipe reads trl-grpo"):
        grpo.main(
            [
                "--config", str(RECIPES / "trl" / "r1_qwen3vl_8b.yaml"),
                "--dataset_dir", str(sft_export),
                "--tiny", "qwen2_vl",
                "--output_dir", str(tmp_path),
            ]
        )  # fmt: skip


def test_a_folder_that_is_no_export_is_a_named_error(tmp_path):
    from codepercept.train import ExportMismatch

    with pytest.raises(ExportMismatch, match="not a split export"):
        load_export(tmp_path, expect=("trl-grpo",))


def test_every_recipe_config_parses_with_the_pinned_trl(tmp_path):
    from trl import GRPOConfig, ModelConfig, SFTConfig, TrlParser

    configs = sorted((RECIPES / "trl").glob("*.yaml"))
    assert {c.name for c in configs} >= {
        f"{stage}_qwen3vl_{size}.yaml" for stage in ("s1", "r1") for size in ("4b", "8b", "32b")
    }
    for config in configs:
        cls = SFTConfig if config.name.startswith("s1") else GRPOConfig
        parser = TrlParser((cls, ModelConfig))
        # bf16 needs a GPU to validate; everything else is checked as written
        args, model = parser.parse_args_and_config(
            ["--config", str(config), "--bf16", "false", "--output_dir", str(tmp_path)]
        )
        assert model.model_name_or_path
        if cls is GRPOConfig:
            assert args.num_generations == 8 and args.max_completion_length == 8192
            assert args.use_vllm and args.top_p == 0.85 and args.beta == 0.001
        else:
            assert args.num_train_epochs == 1 and args.warmup_steps == 0.05
            assert args.lr_scheduler_kwargs == {"min_lr": 2e-7}
