"""S1 with TRL: supervised fine-tuning on captions and image-to-code together.

Data: a split export of SFT rows (``messages`` with the figure, ``images``)::

    codepercept export DATASET --to trl --task both --split-by template --out exports/s1

Run (one node, 8 GPUs, DeepSpeed ZeRO-2; see recipes/README.md for several nodes)::

    accelerate launch --config_file recipes/accelerate/zero2.yaml recipes/trl/sft.py \\
        --config recipes/trl/s1_qwen3vl_8b.yaml --dataset_dir exports/s1

Smoke run on a CPU, nothing downloaded (a tiny random Qwen-VL, two steps)::

    python recipes/trl/sft.py --config recipes/trl/s1_qwen3vl_8b.yaml \\
        --dataset_dir exports/s1 --tiny qwen2_vl --output_dir /tmp/s1-smoke
"""

from __future__ import annotations

import sys
from dataclasses import dataclass, field

from trl import ModelConfig, SFTConfig, SFTTrainer, TrlParser

from codepercept.train import dataset_texts, load_export, smoke_argv, tiny_vlm


@dataclass
class ScriptArguments:
    dataset_dir: str = field(metadata={"help": "split export folder (codepercept export --to trl)"})
    tiny: str | None = field(
        default=None,
        metadata={
            "help": "smoke run: a tiny random model of this architecture (qwen2_vl, "
            "qwen2_5_vl, qwen3_vl) on the CPU instead of model_name_or_path"
        },
    )


def main(argv: list[str] | None = None) -> SFTTrainer:
    """Parse the recipe and command line, train, save; returns the trainer."""
    argv = smoke_argv(sys.argv[1:] if argv is None else argv)
    parser = TrlParser((ScriptArguments, SFTConfig, ModelConfig))
    script, config, model_args = parser.parse_args_and_config(args=argv)
    data = load_export(script.dataset_dir, expect=("trl",))
    # VLM rows: never cut a sequence (a cut can split the image tokens from their pixels)
    config.max_length = None
    processor = None
    model = model_args.model_name_or_path
    if script.tiny:
        model, processor = tiny_vlm(script.tiny, texts=dataset_texts(data["train"]))
    else:
        config.model_init_kwargs = {
            "dtype": model_args.dtype or "bfloat16",
            "attn_implementation": model_args.attn_implementation,
        }
    trainer = SFTTrainer(
        model=model,
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
