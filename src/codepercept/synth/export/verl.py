"""verl RL Parquet: chat ``prompt`` with an ``<image>`` placeholder, embedded ``images``,
``data_source``, ``ability``, ``reward_model {style: "rule", ground_truth}`` and ``extra_info``.

``ground_truth`` is the caption, the bare reference code, or the QA answer; ``extra_info``
carries the sample id, template, family, seed and task so a reward function can dispatch.
Image-to-code rows have ``data_source = "codepercept/stem2code"`` (what
``codepercept.rewards.verl.compute_score`` serves) and the STEM2Code system turn.
"""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pyarrow as pa

from codepercept.synth.export.common import IMAGE_TOKEN, Example, ExportTask
from codepercept.synth.export.files import parquet_rows
from codepercept.synth.export.grpo import STEM2CODE_SOURCE, SYSTEM_PROMPT
from codepercept.synth.store_schema import IMAGE_TYPE, hf_metadata

_EXTRA = [
    ("index", pa.int64()),
    ("split", pa.string()),
    ("id", pa.string()),
    ("sample_id", pa.string()),
    ("family", pa.string()),
    ("template", pa.string()),
    ("seed", pa.int64()),
    ("task", pa.string()),
    ("question", pa.string()),
    ("answer", pa.string()),
]


def verl_features() -> dict[str, Any]:
    """HF features of a row (Parquet output)."""
    s = {"dtype": "string", "_type": "Value"}
    i64 = {"dtype": "int64", "_type": "Value"}
    return {
        "data_source": s,
        "prompt": [{"role": s, "content": s}],
        "images": [{"_type": "Image"}],
        "ability": s,
        "reward_model": {"style": s, "ground_truth": s},
        "extra_info": {name: (i64 if t == pa.int64() else s) for name, t in _EXTRA},
    }


def verl_schema() -> pa.Schema:
    """Arrow schema (with HF features) of the verl export."""
    return pa.schema(
        [
            ("data_source", pa.string()),
            ("prompt", pa.list_(pa.struct([("role", pa.string()), ("content", pa.string())]))),
            ("images", pa.list_(IMAGE_TYPE)),
            ("ability", pa.string()),
            ("reward_model", pa.struct([("style", pa.string()), ("ground_truth", pa.string())])),
            ("extra_info", pa.struct(_EXTRA)),
        ],
        metadata=hf_metadata(verl_features()),
    )


def write_verl(
    examples: Iterator[Example],
    out: Path,
    *,
    split: str = "train",
    data_source: str = "codepercept",
) -> int:
    """Write one row per example; returns the count."""
    n = 0
    with parquet_rows(out, verl_schema()) as rows:
        for ex in examples:
            r = ex.record
            code = ex.task is ExportTask.CODE
            prompt = [{"role": "user", "content": f"{IMAGE_TOKEN}{ex.prompt}"}]
            if code:  # the R1 request: the released STEM2Code system turn, then the figure
                prompt.insert(0, {"role": "system", "content": SYSTEM_PROMPT})
            rows.add(
                {
                    "data_source": STEM2CODE_SOURCE if code else f"{data_source}/{ex.task}",
                    "prompt": prompt,
                    "images": [{"bytes": r.png, "path": r.image_name}],
                    "ability": f"stem_{ex.task}",
                    "reward_model": {"style": "rule", "ground_truth": ex.ground_truth},
                    "extra_info": {
                        "index": n,
                        "split": split,
                        "id": ex.id,
                        "sample_id": r.id,
                        "family": r.family,
                        "template": r.template,
                        "seed": r.seed,
                        "task": str(ex.task),
                        "question": ex.prompt,
                        "answer": ex.ground_truth,
                    },
                }
            )
            n += 1
    return n
