"""The ``official`` protocol of ``codepercept eval``: the released STEM2Code evaluation, step by
step, inside this project's runner (its cache, resume, sandbox and report).

Per item: the request of :func:`codepercept.vlm.official_messages`; the program by
:func:`codepercept.vlm.extract_official`; the script their exec step would write
(:func:`official_script`), run in the sandbox with the save target of
:func:`codepercept.bench.config.official_render`; both judges of
:class:`codepercept.bench.judging.OfficialRunJudge`. docs/eval.md lists every difference
from the ``codepercept`` protocol.
"""

from __future__ import annotations

import asyncio
from collections.abc import Mapping
from dataclasses import replace
from typing import TYPE_CHECKING, Any

from codepercept.bench.config import OFFICIAL_TARGET, EvalConfig
from codepercept.bench.items import (
    BenchItem,
    Benchmark,
    BenchmarkError,
    benchmark_lines,
    official_fields,
)
from codepercept.bench.judging import OfficialRunJudge
from codepercept.bench.predictions import Prediction
from codepercept.bench.records import ItemResult, Outcome
from codepercept.bench.renders import safe_stem
from codepercept.bench.scoring import JudgeInput
from codepercept.io import atomic_write
from codepercept.vlm import UnsupportedImage, extract_official, mime_type, official_messages

if TYPE_CHECKING:
    from codepercept.bench.runner import EvalRun

#: Fonts their exec step puts first (a header before the program): CJK, then emoji fonts.
HEADER_FONTS = ("WenQuanYi Zen Hei", "SimHei", "Segoe UI Emoji", "Noto Color Emoji")
FAMILY = ("sans-serif", "WenQuanYi Zen Hei", "Segoe UI Emoji", "Noto Color Emoji")
PARAPHRASE_NOTE = (
    "rubric: paraphrase (no evaluation.py given: --official-source or "
    "CODEPERCEPT_OFFICIAL_SOURCE); Image and Code Scores are only approximately comparable "
    "with published numbers"
)


def official_script(code: str, target: str = OFFICIAL_TARGET) -> str:
    """The script the released exec step runs for ``code``.

    Fence marks are deleted; a header imports pyplot and puts :data:`HEADER_FONTS` first;
    then the first line containing ``plt.savefig(`` is replaced by, or the first containing
    ``plt.show()`` gets before it, ``plt.savefig('<target>', dpi=300)`` at that line's
    indentation (comments included, as the text is all that is looked at); with neither, the
    call is appended after the last non-blank line.
    """
    code = code.replace("```python", "").replace("```", "").strip()
    fonts = list(HEADER_FONTS)
    header = [
        "",
        "import matplotlib.pyplot as plt",
        f"plt.rcParams['font.serif'] = {fonts!r} + plt.rcParams['font.serif']",
        f"plt.rcParams['font.family'] = {list(FAMILY)!r}",
        f"plt.rcParams['font.sans-serif'] = {fonts!r} + plt.rcParams['font.sans-serif']",
        "",
    ]
    save = f"plt.savefig({target!r}, dpi=300)"
    out: list[str] = []
    done = False
    for line in ("\n".join(header) + code).splitlines():
        if not done and ("plt.savefig(" in line or "plt.show()" in line):
            done = True
            out.append(line[: len(line) - len(line.lstrip())] + save)
            if "plt.savefig(" not in line:
                out.append(line)
        else:
            out.append(line)
    if not done:
        while out and not out[-1].strip():
            out.pop()
        out.append(save)
    return "\n".join(out)


def summary_options(meta: Mapping[str, Any]) -> dict[str, Any]:
    """``protocol`` and ``notes`` for :func:`codepercept.bench.summarize` from a run.json."""
    protocol = meta.get("protocol") or "codepercept"
    rubric = meta.get("rubric") or {}
    notes = (PARAPHRASE_NOTE,) if rubric.get("rubric") == "paraphrase" else ()
    return {"protocol": protocol, "notes": notes}


class OfficialSteps:
    """What the runner does differently under the official protocol, for one run."""

    def __init__(self, config: EvalConfig, bench: Benchmark, judge: object) -> None:
        if not isinstance(judge, OfficialRunJudge):
            raise BenchmarkError(
                "the official protocol needs its two judges: "
                "codepercept.bench.judging.make_judge(config, out_dir)"
            )
        self.config = config
        self.judge = judge
        lines = benchmark_lines(bench)
        self.ref_codes: dict[str, str] = {}
        for n, (item, line) in enumerate(zip(bench.items, lines, strict=True)):
            try:
                mime_type(item.image)
            except UnsupportedImage as e:
                raise BenchmarkError(f"item {item.id!r}: {e}") from None
            if "messages" in line:  # their judge reads the reference as the line holds it
                self.ref_codes[item.id] = official_fields(line, f"{bench.path.name}:{n + 1}")[1]

    def meta(self) -> dict[str, Any]:
        """run.json entries: the protocol and where its rubrics came from."""
        return {"protocol": "official", "rubric": self.judge.rubrics.record()}

    def fingerprint(self) -> dict[str, Any]:
        """What a resumed run must share beyond the config: the two rubric digests."""
        record = self.judge.rubrics.record()
        return {"rubric": {k: record[k]["digest"] for k in ("image", "code")}}

    def check_predictions(self, bench: Benchmark, preds: Mapping[str, Prediction]) -> None:
        """Lines of their output layout must answer the picture of the item they number."""
        for item in bench.items:
            pred = preds.get(item.id)
            if pred is not None and pred.image and pred.image.split("/")[-1] != item.image.name:
                raise BenchmarkError(
                    f"predictions for item {item.id!r} answer {pred.image}, but this "
                    f"benchmark shows {item.image.name} there; is it the same benchmark file?"
                )

    def messages(self, item: BenchItem) -> list[dict]:
        return official_messages(self.config.prompt, item.image)

    def extract(self, given_code: str | None, reply: str) -> str | None:
        """A program given directly is used as it is (their ``initial_response`` is one)."""
        return given_code or extract_official(reply, which=self.config.extract or "first")

    async def finish(self, run: EvalRun, item: BenchItem, base: ItemResult) -> ItemResult:
        """Render the exec script, judge both scores, and classify the item."""
        cand = await run._blocking(run.renderer.render, official_script(base.code))
        clean = cand.ok and "raised_after_save" not in cand.meta
        base = replace(
            base,
            executed=cand.ok,  # their figure file exists
            render_status=cand.status.value,
            outcome=Outcome.OK if clean else Outcome.EXEC_FAILED,
            error="" if clean else (cand.reason or cand.status.value),
        )
        if cand.ok:
            rel = f"renders/{safe_stem(item.id)}.png"
            await run._blocking(atomic_write, run.out / rel, cand.png)
            base = replace(base, render_png=rel)
        picture = await asyncio.to_thread(item.image.read_bytes)
        ref_code = self.ref_codes.get(item.id, item.code)
        cand_png = cand.png if clean else None
        inp = JudgeInput(item.id, picture, b"", cand_png, ref_code, base.code, item.image.name)
        result = await run._judged(base, inp)
        missing = [k for k in ("image", "code") if f"{k}_unparsed" in result.judge]
        if result.outcome is Outcome.REQUEST_FAILED or not missing:
            return result
        return replace(
            result,
            outcome=Outcome.SCORE_FAILED,
            error=f"no readable {' or '.join(missing)} score in "
            f"{self.config.judge_retries + 1} judge replies",
        )
