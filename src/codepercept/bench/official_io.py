"""Interchange with the files of the released STEM2Code evaluation.

- Their output as ``--predictions``: :func:`codepercept.bench.load_predictions` reads lines
  with ``uuid`` and ``initial_response``.
- :func:`write_official` writes an official-protocol run in their output layout: ``PATH``,
  one JSON line per item their ``evaluation.py`` would have written (the items that yielded
  code), keys in their order, and the folder ``PATH`` without its suffix holding each
  executed figure under the picture's file name, which their ``calculate.py`` counts for the
  Exec Rate.
- :func:`official_scores` computes their ``calculate.py`` numbers for such a file.
"""

from __future__ import annotations

import io
import json
import os
from collections.abc import Mapping
from pathlib import Path
from typing import Any

from PIL import Image

from codepercept.bench.items import BenchmarkError, benchmark_lines, official_fields
from codepercept.bench.records import ItemResult, Outcome
from codepercept.bench.run_folder import read_run
from codepercept.io import atomic_write, iter_jsonl
from codepercept.vlm import OFFICIAL_SYSTEM

#: The keys of a line of their output, in their order.
OFFICIAL_KEYS = (
    "uuid",
    "original_item",
    "messages",
    "params",
    "GT_Code",
    "GT_Image",
    "initial_response",
    "code_score",
    "image_score",
    "status",
)
#: Outcomes whose items had code, so their evaluation.py writes a line for them.
WRITTEN = frozenset({Outcome.OK, Outcome.EXEC_FAILED, Outcome.SCORE_FAILED})
#: The benchmark size their calculate.py divides by.
RELEASED_SIZE = 1000


def official_status(judge: Mapping[str, float]) -> str:
    """Their status of an item with code, from which judge scores exist."""
    image, code = "image_score" in judge, "code_score" in judge
    if image and code:
        return "SUCCESS"
    if code:
        return "Image Scoring FAILED"
    return "Code Scoring FAILED" if image else "Scoring FAILED"


def _number(value: float | None) -> int | float | None:
    if value is None:
        return None
    return int(value) if float(value).is_integer() else value


def images_dir(path: str | os.PathLike[str]) -> Path:
    """Where their calculate.py looks for the figures of output file ``path``."""
    path = Path(path)
    return path.parent / os.path.splitext(path.name)[0]


def _figure_bytes(png: bytes, name: str) -> bytes:
    """The figure as the file ``name`` would hold it (their savefig writes by its suffix)."""
    if name.lower().endswith(".png"):
        return png
    with Image.open(io.BytesIO(png)) as im:
        fmt = Image.registered_extensions().get(Path(name).suffix.lower(), "PNG")
        buf = io.BytesIO()
        (im.convert("RGB") if fmt == "JPEG" else im).save(buf, format=fmt)
    return buf.getvalue()


def _line(
    n: int, raw: dict[str, Any], r: ItemResult, fp: Mapping[str, Any], where: str
) -> dict[str, Any]:
    if "messages" in raw:
        gt_image, gt_code = official_fields(raw, where)
    else:  # a benchmark in this project's format
        gt_image, gt_code = str(raw.get("image")), str(raw.get("code"))
    params = fp.get("params", {})
    line = {
        "uuid": str(n),
        "original_item": raw,
        "messages": [
            {"role": "system", "content": OFFICIAL_SYSTEM},
            {
                "role": "user",
                "content": [
                    {"type": "text", "text": fp.get("prompt", "")},
                    {"type": "image_url", "image_url": {"url": gt_image}},
                ],
            },
        ],
        "params": {"model": fp.get("model"), "temperature": params.get("temperature"), "n": 1},
        "GT_Code": gt_code,
        "GT_Image": gt_image,
        "initial_response": r.code,
        "code_score": _number(r.judge.get("code_score")),
        "image_score": _number(r.judge.get("image_score")),
        "status": official_status(r.judge),
    }
    return {k: line[k] for k in OFFICIAL_KEYS}


def write_official(run_dir: str | os.PathLike[str], path: str | os.PathLike[str]) -> Path:
    """Write the official-protocol run in ``run_dir`` to ``path`` in their output layout
    (and its figures folder); returns ``path``. Refuses to overwrite either."""
    run = read_run(run_dir)
    if run.meta.get("protocol") != "official":
        raise BenchmarkError(
            f"{run.path} was not run with --protocol official; their output layout holds "
            "the official judges' scores"
        )
    path, figures = Path(path), images_dir(path)
    if path.exists() or (figures.is_dir() and any(figures.iterdir())):
        raise BenchmarkError(f"{path} or {figures}/ already exists; choose another path")
    fp = run.meta.get("fingerprint", {})
    out = []
    raws = benchmark_lines(run.benchmark)
    for n, (item, raw) in enumerate(zip(run.benchmark.items, raws, strict=True)):
        r = run.results.get(item.id)
        if r is None or r.outcome not in WRITTEN or not r.code:
            continue
        line = _line(n, raw, r, fp, f"{run.benchmark.path.name}:{n + 1}")
        out.append(json.dumps(line, ensure_ascii=False))
        png = run.path / r.render_png if r.executed and r.render_png else None
        if png is not None and png.is_file():
            name = line["GT_Image"].split("/")[-1]
            atomic_write(figures / name, _figure_bytes(png.read_bytes(), name))
    atomic_write(path, "".join(f"{x}\n" for x in out))
    return path


def official_scores(path: str | os.PathLike[str], n_items: int = RELEASED_SIZE) -> dict[str, float]:
    """Their calculate.py on output file ``path``: Image and Code over the lines with status
    SUCCESS and both scores numeric, Exec over ``n_items`` from the figures folder's files."""
    image = code = 0.0
    n_success = 0
    for _, obj in iter_jsonl(path):
        scores = (obj.get("image_score"), obj.get("code_score"))
        numeric = all(isinstance(v, int | float) for v in scores)
        if obj.get("status") == "SUCCESS" and numeric:
            image += scores[0]
            code += scores[1]
            n_success += 1
    figures = images_dir(path)
    n_files = sum(p.is_file() for p in figures.iterdir()) if figures.is_dir() else 0
    image_score = image / n_success if n_success else 0.0
    code_score = code / n_success if n_success else 0.0
    exec_rate = n_files / n_items * 100
    return {
        "image_score": image_score,
        "code_score": code_score,
        "avg": (image_score + code_score) / 2,
        "exec_rate": exec_rate,
        "mean3": (image_score + code_score + exec_rate) / 3,
        "n_judged": float(n_success),
    }
