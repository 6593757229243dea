"""What every benchmark loader shares: reading rows in the published formats (JSON, JSONL,
Parquet, a ``datasets`` folder saved with ``save_to_disk``, a Hugging Face hub cache),
materialising embedded images once, and splitting choices out of question text."""

from __future__ import annotations

import hashlib
import io
import json
import os
import re
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from codepercept.errors import CodeperceptError, require
from codepercept.io import atomic_write, iter_jsonl

__all__ = [
    "BenchmarkError",
    "PerceptionBenchmark",
    "Rows",
    "default_image_dir",
    "find_file",
    "read_rows",
    "split_choices",
    "split_option_string",
    "store_image",
]


class BenchmarkError(CodeperceptError):
    """A benchmark cannot be found or read; the message names the file and the fix."""


@dataclass(frozen=True, slots=True)
class PerceptionBenchmark:
    """A loaded benchmark: its registry name, where it came from, and its items."""

    name: str
    source: str
    items: tuple[Any, ...]  # PerceptionItem

    def __len__(self) -> int:
        return len(self.items)

    def subjects(self) -> list[str]:
        return sorted({it.subject for it in self.items})


@dataclass(frozen=True, slots=True)
class Rows:
    """Rows of a benchmark file and the folder its relative image paths start from."""

    rows: list[dict[str, Any]]
    base: Path


def default_image_dir() -> Path:
    """Where embedded images are written once: ``$XDG_CACHE_HOME/codepercept/images``."""
    root = os.environ.get("XDG_CACHE_HOME") or str(Path.home() / ".cache")
    return Path(root) / "codepercept" / "images"


def find_file(root: Path, names: Sequence[str], what: str) -> Path:
    """``root`` itself when it is a file, else the first of ``names`` inside it."""
    if root.is_file():
        return root
    for name in names:
        hits = sorted(root.glob(name))
        if hits:
            return hits[0]
    raise BenchmarkError(
        f"no {what} file in {root} (looked for {', '.join(names)}); pass the file itself"
    )


def _json_rows(path: Path) -> list[dict[str, Any]]:
    data = json.loads(path.read_text(encoding="utf-8"))
    if isinstance(data, dict):  # {"id": {...}, ...}: the key is the id
        return [{"_key": str(k), **v} for k, v in data.items() if isinstance(v, dict)]
    if isinstance(data, list):
        return [r for r in data if isinstance(r, dict)]
    raise BenchmarkError(f"{path}: expected a JSON list or object of records")


def _dataset_rows(ds: Any) -> list[dict[str, Any]]:
    """Rows of a ``datasets.Dataset`` with images as encoded bytes (not decoded PIL images)."""
    datasets = require("datasets", "hf")
    for name, feature in ds.features.items():
        if isinstance(feature, datasets.Image):
            ds = ds.cast_column(name, datasets.Image(decode=False))
    return [dict(r) for r in ds]


def read_rows(source: Path | str, names: Sequence[str], split: str | None = None) -> Rows:
    """The rows of a benchmark ``source``: a file (.json, .jsonl, .parquet), a folder holding
    one of ``names``, a folder written by ``datasets``' ``save_to_disk``, or ``hf:REPO`` (read
    from the local Hugging Face cache by ``datasets.load_dataset``; nothing is downloaded when
    ``HF_DATASETS_OFFLINE=1``)."""
    text = str(source)
    if text.startswith("hf:"):
        datasets = require("datasets", "hf")
        repo, _, config = text[3:].partition(":")
        try:
            ds = datasets.load_dataset(repo, config or None, split=split or "testmini")
        except Exception as e:  # datasets raises many kinds; all mean "not readable here"
            raise BenchmarkError(f"cannot load {text} from the Hugging Face cache: {e}") from e
        return Rows(_dataset_rows(ds), Path.cwd())
    root = Path(source)
    if not root.exists():
        raise BenchmarkError(f"{root} does not exist; pass the benchmark's folder or file")
    if root.is_dir() and (root / "dataset_info.json").is_file():
        datasets = require("datasets", "hf")
        ds = datasets.load_from_disk(str(root))
        if isinstance(ds, datasets.DatasetDict):
            key = split or next(iter(ds))
            if key not in ds:
                raise BenchmarkError(f"{root} has no split {key!r}; it has {', '.join(ds)}")
            ds = ds[key]
        return Rows(_dataset_rows(ds), root)
    path = find_file(root, names, "benchmark")
    suffix = path.suffix.lower()
    if suffix == ".jsonl":
        rows = [obj for _, obj in iter_jsonl(path)]
    elif suffix == ".json":
        rows = _json_rows(path)
    elif suffix == ".parquet":
        pq = require("pyarrow.parquet", "hf")
        files = sorted(path.parent.glob(path.name.split("-")[0] + "*.parquet"))
        rows = [r for f in files or [path] for r in pq.read_table(f).to_pylist()]
    else:
        raise BenchmarkError(f"{path}: unsupported format {suffix!r} (json, jsonl, parquet)")
    return Rows(rows, path.parent)


def store_image(value: Any, base: Path, image_dir: Path | None) -> Path:
    """A path to the image ``value`` names: a path (relative to ``base``), ``{"bytes": ...,
    "path": ...}`` as Parquet and ``datasets`` store it, raw bytes, or a PIL image. Embedded
    images are written once under ``image_dir``, named by their hash."""
    if isinstance(value, Mapping):
        data = value.get("bytes")
        if data:
            return _write_image(bytes(data), image_dir)
        value = value.get("path")
    if isinstance(value, bytes | bytearray):
        return _write_image(bytes(value), image_dir)
    if isinstance(value, str | os.PathLike) and str(value):
        path = Path(value)
        path = path if path.is_absolute() else base / path
        if not path.is_file():
            raise BenchmarkError(f"image {path} not found; is the benchmark folder complete?")
        return path
    if hasattr(value, "save"):  # a PIL image
        buf = io.BytesIO()
        value.save(buf, format="PNG")
        return _write_image(buf.getvalue(), image_dir)
    raise BenchmarkError(f"a row has no usable image ({type(value).__name__})")


def _write_image(data: bytes, image_dir: Path | None) -> Path:
    digest = hashlib.sha256(data).hexdigest()
    ext = ".png" if data[:8] == b"\x89PNG\r\n\x1a\n" else ".jpg" if data[:2] == b"\xff\xd8" else ""
    path = (image_dir or default_image_dir()) / digest[:2] / f"{digest}{ext or '.img'}"
    if not path.is_file():
        atomic_write(path, data)
    return path


_MARKERS = {
    "paren": r"\(({L})\)\s*",  # (A) x (B) y
    "line": r"(?:^|\n)\s*({L})\s*[.:：)]\s*",  # A. x / A: x / A) x, each on its own line
    "inline": r"(?:^|(?<=\s))({L})\s*[.:)]\s+",  # A) 10 B) 12 on one line
}
_LEAD = re.compile(r"(?:\s*(?:choices?|options?)\s*[:：]?\s*)$", re.IGNORECASE)


def _markers(text: str, style: str) -> list[re.Match[str]]:
    """The markers A, B, C, ... of one style, in order, starting at the last run from A."""
    pattern = re.compile(_MARKERS[style].format(L="[A-H]"))
    found = list(pattern.finditer(text))
    best: list[re.Match[str]] = []
    for i, m in enumerate(found):
        if m.group(1) != "A":
            continue
        run, want = [m], "B"
        for n in found[i + 1 :]:
            if n.group(1) == want:
                run.append(n)
                want = chr(ord(want) + 1)
        if len(run) >= 2:
            best = run
    return best


def split_choices(question: str) -> tuple[str, tuple[str, ...]]:
    """(question without its choices, choice texts) for questions that list their choices
    (``choice: (A) x (B) y``, ``Choices:\\nA:x\\nB:y``, ``A. x`` lines, ``A) 10 B) 12``);
    ``(question, ())`` when it lists none."""
    for style in ("line", "paren", "inline"):
        run = _markers(question, style)
        if not run:
            continue
        texts = []
        for m, nxt in zip(run, [*run[1:], None], strict=True):
            end = nxt.start() if nxt is not None else len(question)
            texts.append(question[m.end() : end].strip().rstrip(";,").strip())
        stem = _LEAD.sub("", question[: run[0].start()]).rstrip()
        return stem, tuple(texts)
    return question, ()


def split_option_string(options: str) -> tuple[str, ...]:
    """WeMath's ``"A. 300, 400;B. 400, 300; E. No correct answer"`` -> the option texts."""
    parts = [p.strip() for p in re.split(r";\s*(?=[A-H]\s*[.:：])", options) if p.strip()]
    return tuple(re.sub(r"^[A-H]\s*[.:：]\s*", "", p).rstrip(".").strip() for p in parts)


def strip_image_tags(question: str) -> str:
    """MathVision's ``<image1>`` placeholders removed (the solver never sees the picture)."""
    return re.sub(r"\s*<image\d*>\s*", " ", question).strip()


def first(row: Mapping[str, Any], *keys: str, default: Any = None) -> Any:
    """The first of ``keys`` that ``row`` has a non-empty value for."""
    for key in keys:
        value = row.get(key)
        if value not in (None, "", []):
            return value
    return default


def norm_subject(value: Any) -> str:
    """A subject name with its whitespace collapsed (DynaMath has ``analytic     geometry``)."""
    text = " ".join(str(value or "").split())
    return text or "all"


def ids_unique(items: Iterable[Any], source: str) -> None:
    seen: set[str] = set()
    for it in items:
        if it.id in seen:
            raise BenchmarkError(f"{source}: item id {it.id!r} appears twice")
        seen.add(it.id)
