"""Benchmark items and their loaders: the official STEM2Code JSONL and the project's own format.

Official STEM2Code line: ``messages[1].content[0].image`` is the image path and
``messages[3].content[0].text`` the reference code; paths are relative to the JSONL file.

Project line (written by ``codepercept bench build``)::

    {"id": "...", "image": "images/x.png", "code": "...", "category": "...", "source": "...",
     "ref_png": "refs/x.png", "ref_trace": "refs/x.trace.json"}   # the last two optional
"""

from __future__ import annotations

import os
from collections.abc import Iterable
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from codepercept.errors import CodeperceptError
from codepercept.io import JsonlError, iter_jsonl
from codepercept.vlm.extract import extract_code

BENCH_FILE = "bench.jsonl"


class BenchmarkError(CodeperceptError):
    """A benchmark file is missing or a line does not have the expected shape."""


@dataclass(frozen=True, slots=True)
class BenchItem:
    """One benchmark item: the picture shown to the model and the code that drew it."""

    id: str
    image: Path  # absolute path of the picture
    code: str  # reference code
    category: str = "all"
    source: str = ""  # where the item came from (file:line, family, dataset)
    ref_png: Path | None = None  # pre-rendered reference (bench build); None: render at eval
    ref_trace: Path | None = None


@dataclass(frozen=True, slots=True)
class Benchmark:
    """A loaded benchmark: its items in file order and where it came from."""

    path: Path  # the JSONL file
    items: tuple[BenchItem, ...]
    format: str  # "stem2code" or "codepercept"

    @property
    def name(self) -> str:
        return self.path.parent.name if self.path.name == BENCH_FILE else self.path.stem

    def __len__(self) -> int:
        return len(self.items)

    def categories(self) -> list[str]:
        """Categories in first-seen order."""
        return list(dict.fromkeys(item.category for item in self.items))


def _resolve(base: Path, value: str) -> Path:
    value = value.removeprefix("file://")
    path = Path(os.path.expanduser(value))
    return path if path.is_absolute() else (base / path)


def _part(message: Any, key: str, where: str) -> str:
    """``content[0][key]`` as the format says; else the first part that has ``key``."""
    try:
        content = message["content"]
        parts = content if isinstance(content, list) else [{key: content}]
        if not parts:
            raise IndexError("empty content")
        value = next((p[key] for p in parts if isinstance(p, dict) and key in p), None)
        if value is None and key == "image":
            value = next(
                (p["image_url"]["url"] for p in parts if isinstance(p, dict) and "image_url" in p),
                None,
            )
    except (KeyError, IndexError, TypeError) as e:
        raise BenchmarkError(f"{where}: no {key!r} in the expected message ({e})") from e
    if not isinstance(value, str) or not value:
        raise BenchmarkError(f"{where}: {key!r} is empty or not a string")
    return value


def _category(obj: dict[str, Any], image: Path, base: Path) -> str:
    for key in ("category", "subject", "type", "domain"):
        if isinstance(obj.get(key), str) and obj[key]:
            return obj[key]
    parent = image.parent.resolve()
    if parent != base.resolve() and parent.name not in ("images", "image", "imgs"):
        return parent.name
    return "all"


def official_fields(obj: dict[str, Any], where: str) -> tuple[str, str]:
    """(image path, reference code) of an official line, as written in it."""
    messages = obj.get("messages")
    if not isinstance(messages, list) or len(messages) < 4:
        raise BenchmarkError(f"{where}: expected at least 4 messages, found {len(messages or [])}")
    return _part(messages[1], "image", where), _part(messages[3], "text", where)


def benchmark_lines(bench: Benchmark) -> list[dict[str, Any]]:
    """The benchmark file's lines as written, in item order (one line per item)."""
    lines = [obj for _, obj in _lines(bench.path)]
    if len(lines) != len(bench.items):  # a benchmark cut with --limit keeps its first lines
        lines = lines[: len(bench.items)]
    return lines


def _from_official(obj: dict[str, Any], n: int, base: Path, where: str) -> BenchItem:
    image_text, code = official_fields(obj, where)
    image = _resolve(base, image_text)
    if "```" in code:  # an assistant turn may wrap the reference in a markdown fence
        code = extract_code(code) or code
    item_id = str(obj.get("id") or obj.get("uid") or f"{n:05d}")
    return BenchItem(item_id, image, code, _category(obj, image, base), where)


def _from_project(obj: dict[str, Any], base: Path, where: str) -> BenchItem:
    for key in ("id", "image", "code"):
        if not isinstance(obj.get(key), str) or not obj[key]:
            raise BenchmarkError(f"{where}: field {key!r} missing or not a string")
    opt = {k: _resolve(base, obj[k]) for k in ("ref_png", "ref_trace") if obj.get(k)}
    return BenchItem(
        id=obj["id"],
        image=_resolve(base, obj["image"]),
        code=obj["code"],
        category=obj.get("category") or "all",
        source=obj.get("source") or where,
        **opt,
    )


def _lines(path: Path) -> Iterable[tuple[int, dict[str, Any]]]:
    try:
        yield from iter_jsonl(path)
    except JsonlError as e:
        raise BenchmarkError(str(e)) from e


def load_benchmark(path: str | os.PathLike[str], *, check_images: bool = True) -> Benchmark:
    """Load a benchmark JSONL (or a folder holding bench.jsonl) in either format."""
    path = Path(path)
    if path.is_dir():
        path = path / BENCH_FILE
    if not path.is_file():
        raise BenchmarkError(
            f"benchmark not found: {path}; pass a STEM2Code .jsonl or a folder made by "
            "`codepercept bench build`"
        )
    base = path.parent
    items: list[BenchItem] = []
    formats: set[str] = set()
    for n, obj in _lines(path):
        where = f"{path.name}:{n}"
        if "messages" in obj:
            formats.add("stem2code")
            items.append(_from_official(obj, len(items), base, where))
        else:
            formats.add("codepercept")
            items.append(_from_project(obj, base, where))
    if not items:
        raise BenchmarkError(f"{path} has no items")
    seen: set[str] = set()
    for item in items:
        if item.id in seen:
            raise BenchmarkError(f"{path}: duplicate id {item.id!r}; ids must be unique")
        seen.add(item.id)
        if check_images and not item.image.is_file():
            raise BenchmarkError(f"{path}: image of item {item.id!r} not found at {item.image}")
    fmt = formats.pop() if len(formats) == 1 else "mixed"
    return Benchmark(path=path, items=tuple(items), format=fmt)


def item_to_json(item: BenchItem, base: Path) -> dict[str, Any]:
    """The project-format line for ``item``, paths made relative to ``base`` when inside it."""

    def rel(p: Path | None) -> str | None:
        if p is None:
            return None
        try:
            return p.resolve().relative_to(base.resolve()).as_posix()
        except ValueError:
            return str(p)

    out: dict[str, Any] = {
        "id": item.id,
        "image": rel(item.image),
        "code": item.code,
        "category": item.category,
        "source": item.source,
    }
    if item.ref_png is not None:
        out["ref_png"] = rel(item.ref_png)
    if item.ref_trace is not None:
        out["ref_trace"] = rel(item.ref_trace)
    return out
