"""Tiny randomly initialised Qwen-VL models built offline, for smoke-testing training recipes.

Nothing is downloaded: the tokenizer is a byte-level BPE trained in memory on a few texts and
wrapped with the Qwen chat special tokens and a Qwen-style chat template; the image processor
is built from its class with a small pixel budget so a figure becomes a handful of tokens.
The weights are random: the model learns nothing useful, but every tensor path of real
training (vision tower, merger, M-RoPE, generation) runs.

>>> model, processor = tiny_vlm("qwen2_vl")  # doctest: +SKIP
>>> model.save_pretrained("tiny"); processor.save_pretrained("tiny")  # doctest: +SKIP
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from typing import Any

from codepercept.errors import UnknownName, require

#: Special tokens of the Qwen chat format, in the order they get ids after the byte vocabulary.
SPECIAL_TOKENS = (
    "<|endoftext|>",
    "<|im_start|>",
    "<|im_end|>",
    "<|vision_start|>",
    "<|vision_end|>",
    "<|image_pad|>",
    "<|video_pad|>",
)

#: Code fences as single tokens, so a tiny model can open and close a python block.
FENCE_TOKENS = ("\n```python\n", "\n```\n")

#: A Qwen-style chat template: string or typed-part contents, images as vision pads.
CHAT_TEMPLATE = (
    "{%- for message in messages -%}"
    "<|im_start|>{{ message['role'] }}\n"
    "{%- if message['content'] is string -%}{{ message['content'] }}"
    "{%- else -%}{%- for part in message['content'] -%}"
    "{%- if part['type'] == 'image' or 'image' in part -%}<|vision_start|><|image_pad|><|vision_end|>"
    "{%- elif part['type'] == 'text' -%}{{ part['text'] }}{%- endif -%}"
    "{%- endfor -%}{%- endif -%}<|im_end|>\n"
    "{%- endfor -%}"
    "{%- if add_generation_prompt -%}<|im_start|>assistant\n{%- endif -%}"
)


@dataclass(frozen=True, slots=True)
class TinyArch:
    """One buildable family: its transformers model and processor classes, its patch size."""

    model_class: str  # in transformers
    processor_class: str
    patch_size: int


ARCHS: dict[str, TinyArch] = {
    "qwen2_vl": TinyArch("Qwen2VLForConditionalGeneration", "Qwen2VLProcessor", 14),
    "qwen2_5_vl": TinyArch("Qwen2_5_VLForConditionalGeneration", "Qwen2_5_VLProcessor", 14),
    "qwen3_vl": TinyArch("Qwen3VLForConditionalGeneration", "Qwen3VLProcessor", 16),
}

_CORPUS = (
    "import matplotlib.pyplot as plt\nimport numpy as np\n",
    "fig, ax = plt.subplots(figsize=(4, 4))\nax.plot([0, 1], [0, 1], color='black')\n",
    "ax.set_aspect('equal')\nax.axis('off')\nplt.show()\n",
    "A triangle ABC inscribed in a circle with centre O; AB = 5 cm.",
)


def supported_archs() -> list[str]:
    """Architectures the installed transformers can build."""
    transformers = require("transformers", "train")
    return [name for name, a in ARCHS.items() if hasattr(transformers, a.model_class)]


def tiny_tokenizer(texts: Iterable[str] = (), vocab_size: int = 512) -> Any:
    """A byte-level BPE tokenizer trained in memory on ``texts`` (plus a small code corpus)."""
    tokenizers = require("tokenizers", "train")
    transformers = require("transformers", "train")
    from tokenizers import decoders, models, pre_tokenizers, trainers

    tok = tokenizers.Tokenizer(models.BPE())
    tok.pre_tokenizer = pre_tokenizers.ByteLevel(add_prefix_space=False)
    tok.decoder = decoders.ByteLevel()
    trainer = trainers.BpeTrainer(
        vocab_size=vocab_size,
        special_tokens=list(SPECIAL_TOKENS),
        initial_alphabet=pre_tokenizers.ByteLevel.alphabet(),
        show_progress=False,
    )
    tok.train_from_iterator([*_CORPUS, *texts], trainer=trainer)
    fast = transformers.PreTrainedTokenizerFast(
        tokenizer_object=tok,
        eos_token="<|im_end|>",
        pad_token="<|endoftext|>",
        additional_special_tokens=list(SPECIAL_TOKENS[1:]),
    )
    fast.add_tokens(list(FENCE_TOKENS))
    fast.chat_template = CHAT_TEMPLATE
    return fast


def fence_bias(tokenizer: Any, bias: float = 4.0) -> list[list[Any]]:
    """``generation_kwargs={"sequence_bias": ...}`` that makes a random model write code fences
    often, so some replies of a GRPO group are well-formed and the rewards differ (a group
    whose rewards are all equal has zero advantage and trains nothing)."""
    return [[[tokenizer.convert_tokens_to_ids(t)], bias] for t in FENCE_TOKENS]


def _ids(tokenizer: Any) -> dict[str, int]:
    return {t: tokenizer.convert_tokens_to_ids(t) for t in SPECIAL_TOKENS}


def _config(arch: str, tokenizer: Any, hidden: int, layers: int) -> Any:
    transformers = require("transformers", "train")
    ids = _ids(tokenizer)
    heads = 4
    head_dim = hidden // heads
    # M-RoPE splits each head's rotary half into (temporal, height, width) sections
    half = head_dim // 2
    section = [half - 2 * (half // 4), half // 4, half // 4]
    rope = {"rope_type": "default", "rope_theta": 10000.0, "mrope_section": section}
    text = {
        "vocab_size": len(tokenizer),
        "hidden_size": hidden,
        "intermediate_size": 2 * hidden,
        "num_hidden_layers": layers,
        "num_attention_heads": heads,
        "num_key_value_heads": 2,
        "max_position_embeddings": 4096,
        "rope_parameters": rope,
        "pad_token_id": ids["<|endoftext|>"],
        "eos_token_id": ids["<|im_end|>"],
        "bos_token_id": ids["<|endoftext|>"],
    }
    tokens = {
        "image_token_id": ids["<|image_pad|>"],
        "video_token_id": ids["<|video_pad|>"],
        "vision_start_token_id": ids["<|vision_start|>"],
        "vision_end_token_id": ids["<|vision_end|>"],
    }
    if arch == "qwen3_vl":
        text["head_dim"] = head_dim
        vision = {
            "depth": 2,
            "hidden_size": 32,
            "intermediate_size": 64,
            "num_heads": 2,
            "patch_size": 16,
            "out_hidden_size": hidden,
            "num_position_embeddings": 64,
            "deepstack_visual_indexes": [0],
        }
        return transformers.Qwen3VLConfig(text_config=text, vision_config=vision, **tokens)
    vision = {"depth": 2, "num_heads": 2, "patch_size": 14}
    if arch == "qwen2_vl":
        vision |= {"embed_dim": 32, "mlp_ratio": 2, "hidden_size": hidden}
        cls = transformers.Qwen2VLConfig
    else:
        vision |= {
            "hidden_size": 32,
            "intermediate_size": 64,
            "out_hidden_size": hidden,
            "fullatt_block_indexes": [1],
            "window_size": 56,
        }
        cls = transformers.Qwen2_5_VLConfig
    return cls(text_config=text, vision_config=vision, **tokens)


def tiny_processor(arch: str, tokenizer: Any, *, max_side_patches: int = 4) -> Any:
    """The processor of ``arch`` around ``tokenizer``; images shrink to at most
    ``max_side_patches``² patches (a 4x4 grid merges into 4 image tokens)."""
    transformers = require("transformers", "train")
    a = _arch(arch)
    from transformers.models.qwen2_vl.image_processing_pil_qwen2_vl import (
        Qwen2VLImageProcessorPil,
    )

    side = a.patch_size * max_side_patches
    images = Qwen2VLImageProcessorPil(
        size={"shortest_edge": side * side // 4, "longest_edge": side * side},
        patch_size=a.patch_size,
        merge_size=2,
    )
    return _image_only(getattr(transformers, a.processor_class))(images, tokenizer, CHAT_TEMPLATE)


def _image_only(cls: type) -> type:
    """``cls`` without its video processor: transformers builds that only with torchvision,
    which has no CPU wheel matching the CPU torch here. The processor keeps its own image-token
    logic; a video input would fail, and the tiny models never get one."""

    class ImageOnly(cls):  # type: ignore[misc, valid-type]
        def __init__(self, image_processor=None, tokenizer=None, chat_template=None, **kwargs):
            # ProcessorMixin reads its sub-processors off this signature, so video is not one
            super().__init__(image_processor, tokenizer, None, chat_template=chat_template)

    ImageOnly.__name__ = ImageOnly.__qualname__ = cls.__name__
    return ImageOnly


def _arch(arch: str) -> TinyArch:
    if arch not in ARCHS:
        raise UnknownName(f"unknown tiny architecture {arch!r}; choose from: {', '.join(ARCHS)}")
    return ARCHS[arch]


def tiny_vlm(
    arch: str = "qwen2_vl",
    *,
    texts: Iterable[str] = (),
    hidden: int = 64,
    layers: int = 2,
    seed: int = 0,
) -> tuple[Any, Any]:
    """(model, processor): a randomly initialised ``arch`` of a few hundred thousand weights."""
    torch = require("torch", "train")
    transformers = require("transformers", "train")
    a = _arch(arch)
    tokenizer = tiny_tokenizer(texts)
    config = _config(arch, tokenizer, hidden, layers)
    torch.manual_seed(seed)
    model = getattr(transformers, a.model_class)(config)
    model.generation_config.eos_token_id = config.text_config.eos_token_id
    model.generation_config.pad_token_id = config.text_config.pad_token_id
    return model, tiny_processor(arch, tokenizer)


#: What a CPU smoke run changes in a recipe's trainer settings, as command-line flags (they
#: override the recipe's YAML; flags given after them override them). Everything else stays as
#: the recipe has it: learning rate, schedule, clipping, KL, sampling.
SMOKE_FLAGS: dict[str, str] = {
    "use_cpu": "true",
    "bf16": "false",
    "gradient_checkpointing": "false",
    "gradient_accumulation_steps": "1",
    "dataloader_num_workers": "0",
    "report_to": "none",
    "save_strategy": "no",
    "eval_strategy": "no",
    "logging_steps": "1",
    "max_steps": "2",
    "per_device_train_batch_size": "2",
}


def smoke_argv(argv: Sequence[str], **extra: Any) -> list[str]:
    """``argv`` with the smoke-run flags (and ``extra`` ones) put first when it asks for
    ``--tiny``; unchanged otherwise."""
    if not any(a == "--tiny" or a.startswith("--tiny=") for a in argv):
        return list(argv)
    flags = {
        **SMOKE_FLAGS,
        **{k: str(v).lower() if isinstance(v, bool) else str(v) for k, v in extra.items()},
    }
    return [x for k, v in flags.items() for x in (f"--{k}", v)] + list(argv)


def dataset_texts(rows: Iterable[Any], limit: int = 16) -> list[str]:
    """Texts of a few rows (prompts, solutions, replies) to train the tiny tokenizer on."""
    out: list[str] = []
    for row in rows:
        for key in ("solution", "messages", "prompt"):
            value = row.get(key)
            if isinstance(value, str):
                out.append(value)
            elif isinstance(value, list):
                for msg in value:
                    content = msg.get("content") if isinstance(msg, dict) else None
                    parts = content if isinstance(content, list) else [{"text": content}]
                    out += [p["text"] for p in parts if isinstance(p, dict) and p.get("text")]
        if len(out) >= limit:
            break
    return out
