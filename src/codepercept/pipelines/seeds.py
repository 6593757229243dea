"""Seeds of a pipeline run: seed images (with optional code and caption), from a folder, a
JSONL or JSON file, or a synth store.

Accepted layouts (the first that applies):

* a synth store folder (``progress.log`` + ``run.json``): its accepted rows, with code, PNG
  and caption (the seeds of the caption and image-to-code pipelines);
* a ``.jsonl`` file: one object per line with ``image`` (a path relative to the file's
  folder) and optional ``id``, ``code``, ``caption``; other fields are kept as ``meta``;
* a ``.json`` file: a list of such objects, or an object of id -> object (DynaMath's
  ``dataset.json``);
* a folder holding exactly one ``*.jsonl`` file or a ``dataset.json`` (the MathVision
  testmini and DynaMath seed folders as they are): that file;
* any other folder: every image in it (recursively); the id is the path without suffix.
"""

from __future__ import annotations

import json
import os
from collections.abc import Iterator, Mapping
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from codepercept.errors import CodeperceptError
from codepercept.io import iter_jsonl, read_bytes, read_text

__all__ = ["IMAGE_SUFFIXES", "Seed", "SeedError", "load_seeds"]

IMAGE_SUFFIXES = (".png", ".jpg", ".jpeg", ".webp", ".gif", ".bmp")


class SeedError(CodeperceptError):
    """The seeds cannot be read as given (unknown layout, missing image, duplicate id)."""


@dataclass(frozen=True, slots=True)
class Seed:
    """One seed: an image (a file, or PNG bytes from a store) and what came with it."""

    id: str
    source: str  # name of the seed set (its file or folder name)
    image: Path | None = None
    png: bytes | None = None
    row: tuple[Path, int] | None = None  # (store shard, row): the image is read when needed
    code: str | None = None
    caption: str | None = None
    meta: dict[str, Any] = field(default_factory=dict)

    def image_bytes(self) -> bytes:
        """The seed image's bytes (PNG, JPEG, ...), as stored."""
        if self.png is not None:
            return self.png
        if self.row is not None:
            return _shard_image(*self.row)
        if self.image is None:
            raise SeedError(f"seed {self.id} has no image")
        return read_bytes(self.image, "seed image")

    @property
    def image_name(self) -> str:
        """Where the image came from, for records: a path relative to the seed set, or the id."""
        if self.image is None:
            return self.id
        return str(self.meta.get("image_path", self.image.name))


def load_seeds(path: str | os.PathLike[str], *, limit: int | None = None) -> list[Seed]:
    """Every seed under ``path`` (see the module docstring for the layouts), in file order."""
    root = Path(path)
    if not root.exists():
        raise SeedError(f"no seeds at {root}: give a folder of images, a .jsonl or a .json file")
    seeds: list[Seed] = []
    seen: set[str] = set()
    for seed in _read(root):
        if seed.id in seen:
            raise SeedError(f"{root}: seed id {seed.id!r} occurs twice; ids must be unique")
        seen.add(seed.id)
        seeds.append(seed)
        if limit is not None and len(seeds) >= limit:
            break
    if not seeds:
        raise SeedError(f"{root} holds no seeds (no images, rows or accepted samples)")
    return seeds


def _read(root: Path) -> Iterator[Seed]:
    if root.is_dir():
        if (root / "progress.log").is_file() and (root / "run.json").is_file():
            yield from _store(root)
            return
        listing = sorted(root.glob("*.jsonl"))
        if (root / "dataset.json").is_file():
            yield from _json(root / "dataset.json", root.name)
        elif len(listing) == 1:
            yield from _jsonl(listing[0], root.name)
        else:
            yield from _folder(root)
    elif root.suffix == ".jsonl":
        yield from _jsonl(root, root.stem)
    elif root.suffix == ".json":
        yield from _json(root, root.stem)
    else:
        raise SeedError(f"{root}: seeds must be a folder, a .jsonl or a .json file")


def _folder(root: Path) -> Iterator[Seed]:
    for p in sorted(root.rglob("*")):
        if p.is_file() and p.suffix.lower() in IMAGE_SUFFIXES:
            rel = p.relative_to(root)
            yield Seed(
                id=rel.with_suffix("").as_posix(),
                source=root.name,
                image=p,
                meta={"image_path": rel.as_posix()},
            )


def _row(row: Mapping[str, Any], base: Path, source: str, where: str, fallback_id: str) -> Seed:
    image = row.get("image")
    if not isinstance(image, str) or not image:
        raise SeedError(f"{where}: needs an 'image' path (relative to {base})")
    path = base / image
    if not path.is_file():
        raise SeedError(f"{where}: image {image} not found under {base}")
    meta = {k: v for k, v in row.items() if k not in ("id", "image", "code", "caption")}
    meta["image_path"] = image
    code = row.get("code")
    caption = row.get("caption")
    return Seed(
        id=str(row.get("id", fallback_id)),
        source=source,
        image=path,
        code=code if isinstance(code, str) and code.strip() else None,
        caption=caption if isinstance(caption, str) and caption.strip() else None,
        meta=meta,
    )


def _jsonl(path: Path, source: str) -> Iterator[Seed]:
    for n, row in iter_jsonl(path):
        yield _row(row, path.parent, source, f"{path}:{n}", f"line{n}")


def _json(path: Path, source: str) -> Iterator[Seed]:
    try:
        data = json.loads(read_text(path, "seed file"))
    except ValueError as e:
        raise SeedError(f"{path} is not valid JSON: {e}") from None
    if isinstance(data, Mapping):
        pairs = [(str(k), v) for k, v in data.items()]
    elif isinstance(data, list):
        pairs = [(str(i), v) for i, v in enumerate(data)]
    else:
        raise SeedError(f"{path} must hold a list of objects or an object of id -> object")
    for key, row in pairs:
        if not isinstance(row, Mapping):
            raise SeedError(f"{path}: entry {key} is not an object")
        yield _row(row, path.parent, source, f"{path} entry {key}", key)


def _store(root: Path) -> Iterator[Seed]:
    """Accepted rows of a synth store, their images left on disk (a store may hold millions)."""
    import pyarrow.parquet as pq

    from codepercept.synth.store import shard_paths

    columns = ["id", "family", "template", "code", "caption", "facts", "image"]
    for shard in shard_paths(root):
        n = 0
        for batch in pq.ParquetFile(shard).iter_batches(batch_size=256, columns=columns):
            for row in batch.to_pylist():
                has_image = bool(row["image"] and row["image"].get("bytes"))
                if has_image and row["code"]:
                    yield Seed(
                        id=row["id"],
                        source=root.name,
                        row=(shard, n),
                        code=row["code"],
                        caption=row["caption"] or None,
                        meta={
                            "family": row["family"],
                            "template": row["template"],
                            "facts": json.loads(row["facts"] or "{}"),
                        },
                    )
                n += 1


def _shard_image(shard: Path, row: int) -> bytes:
    """The image bytes of row ``row`` of a store shard (one row group is read)."""
    import pyarrow.parquet as pq

    f = pq.ParquetFile(shard)
    for g in range(f.metadata.num_row_groups):
        size = f.metadata.row_group(g).num_rows
        if row < size:
            cell = f.read_row_group(g, columns=["image"]).column("image")[row].as_py()
            return cell["bytes"]
        row -= size
    raise SeedError(f"{shard} has no row {row}; was the store changed after the run started?")
