"""R1 with TRL: GRPO on image-to-code, rewarded by codepercept's execution rewards.

Data: a split export of GRPO rows (prompt-only conversation with the figure, ``images``,
``solution``, ``solution_image``)::

    codepercept export DATASET --to trl-grpo --split-by template --out exports/r1

Run (one node, 8 GPUs, vLLM colocated; see recipes/README.md for a vLLM server and nodes)::

    accelerate launch --config_file recipes/accelerate/zero2.yaml recipes/trl/grpo.py \\
        --config recipes/trl/r1_qwen3vl_8b.yaml --dataset_dir exports/r1 \\
        --model_name_or_path runs/s1-qwen3vl-8b

Rewards: format + exec + structural + visual, weight 1 each (``--reward_weights_json`` to
change), rendered by this process's sandbox pool or by ``--reward_server URL``
(`codepercept serve-rewards` on CPU nodes). Each reward is logged as ``rewards/<name>/mean``.

Smoke run on a CPU, nothing downloaded (a tiny random Qwen-VL, two steps)::

    python recipes/trl/grpo.py --config recipes/trl/r1_qwen3vl_8b.yaml \\
        --dataset_dir exports/r1 --tiny qwen2_vl --output_dir /tmp/r1-smoke
"""

from __future__ import annotations

import json
import sys
from dataclasses import dataclass, field
from pathlib import Path

from trl import GRPOConfig, GRPOTrainer, ModelConfig, TrlParser

from codepercept.rewards.trl import reward_funcs, reward_weights
from codepercept.train import dataset_texts, fence_bias, load_export, smoke_argv, tiny_vlm

#: A smoke run's GRPO shape: groups of 4 short replies, sampled on the CPU without vLLM.
SMOKE_GRPO = {
    "use_vllm": False,
    "num_generations": 4,
    "per_device_train_batch_size": 4,
    "max_completion_length": 24,
}


@dataclass
class ScriptArguments:
    dataset_dir: str = field(
        metadata={"help": "split export folder (codepercept export --to trl-grpo)"}
    )
    reward_weights_json: str | None = field(
        default=None,
        metadata={
            "help": 'JSON weights by reward, e.g. \'{"format": 1, "exec": 1, '
            '"structural": 1, "visual": 1}\' (the default)'
        },
    )
    reward_server: str | None = field(
        default=None, metadata={"help": "URL of `codepercept serve-rewards` (render there)"}
    )
    reward_workers: int | None = field(
        default=None, metadata={"help": "render processes of the local pool (default: cores)"}
    )
    tiny: str | None = field(
        default=None,
        metadata={
            "help": "smoke run: a tiny random model of this architecture (qwen2_vl, "
            "qwen2_5_vl, qwen3_vl) on the CPU instead of model_name_or_path"
        },
    )


def main(argv: list[str] | None = None) -> GRPOTrainer:
    """Parse the recipe and command line, train, save; returns the trainer."""
    argv = smoke_argv(sys.argv[1:] if argv is None else argv, **SMOKE_GRPO)
    parser = TrlParser((ScriptArguments, GRPOConfig, ModelConfig))
    script, config, model_args = parser.parse_args_and_config(args=argv)
    data = load_export(script.dataset_dir, expect=("trl-grpo",))
    weights = json.loads(script.reward_weights_json) if script.reward_weights_json else None
    opts = {"workers": script.reward_workers} if script.reward_workers else {}
    funcs = reward_funcs(weights, server=script.reward_server, **opts)
    config.reward_weights = reward_weights(funcs)
    processor = None
    model = model_args.model_name_or_path
    if script.tiny:
        tiny, processor = tiny_vlm(script.tiny, texts=dataset_texts(data["train"]))
        # saved, because with KL (beta > 0) TRL loads the reference model from the same path
        model = str(Path(config.output_dir) / "tiny-model")
        tiny.save_pretrained(model)
        config.model_init_kwargs = {"dtype": "float32"}
        # a random model rarely writes a fence; bias it so rewards differ within a group
        config.generation_kwargs = {"sequence_bias": fence_bias(processor.tokenizer)}
    else:
        config.model_init_kwargs = {
            "dtype": model_args.dtype or "bfloat16",
            "attn_implementation": model_args.attn_implementation,
        }
    trainer = GRPOTrainer(
        model=model,
        reward_funcs=funcs,
        args=config,
        train_dataset=data["train"],
        eval_dataset=data.get("validation") if config.eval_strategy != "no" else None,
        processing_class=processor,
    )
    trainer.train()
    if not script.tiny:
        trainer.save_model(config.output_dir)
    return trainer


if __name__ == "__main__":
    main()
