"""A benchmark made of synth template samples: each QA pair of each sample is one item, and
the oracle caption is the fact-grounded one (:func:`codepercept.grounding.caption_sample`).

This is what brackets perception from above: a solver reading the oracle caption sees
exactly what the figure shows, so its accuracy is what a perfect captioner would allow.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

import numpy as np

from codepercept.perception.benchmarks.common import BenchmarkError, store_image
from codepercept.perception.records import AnswerType, PerceptionItem

__all__ = ["load_templates"]

_KINDS = {"int": AnswerType.INTEGER, "float": AnswerType.FLOAT}
CAPTION_SEED = 0xCA  # the synth pipeline's caption stream: the same caption it stores


def load_templates(
    source: Path | str | None = None,
    *,
    split: str | None = None,
    image_dir: Path | None = None,
    per_template: int = 2,
    seed: int = 0,
    renderer: Any = None,
) -> list[PerceptionItem]:
    """Items from the templates ``source`` names (comma-separated template or family names,
    or ``all``), seeds ``seed .. seed + per_template - 1`` each.

    ``renderer`` (anything with ``render(code) -> RenderResult``) defaults to
    :func:`codepercept.sandbox.render_inprocess`: template code is this project's own, the
    one kind of code that may run in this process.
    """
    from codepercept.grounding import caption_sample
    from codepercept.sandbox import render_inprocess
    from codepercept.synth import select_templates

    if per_template < 1:
        raise BenchmarkError("per_template must be >= 1")
    selectors = [s.strip() for s in str(source or "all").split(",") if s.strip()]
    render = renderer.render if renderer is not None else render_inprocess
    items = []
    for tpl in select_templates(selectors):
        for s in range(seed, seed + per_template):
            sample = tpl.sample(s)
            result = render(sample.code)
            if not result.ok or result.png is None or result.trace is None:
                raise BenchmarkError(
                    f"template {tpl.name} seed {s} did not render: {result.reason}"
                )
            caption = caption_sample(sample, result.trace, np.random.default_rng([s, CAPTION_SEED]))
            image = store_image(result.png, Path.cwd(), image_dir)
            for k, qa in enumerate(sample.qa):
                items.append(
                    PerceptionItem(
                        id=f"{tpl.name}/{s:05d}/{k}",
                        image=image,
                        question=qa.question,
                        answer=qa.answer,
                        answer_type=_KINDS.get(qa.kind, AnswerType.EXPRESSION),
                        subject=tpl.family,
                        split=split or "synth",
                        oracle_caption=caption.strip(),
                        extra={"template": tpl.name, "seed": s},
                    )
                )
    return items
