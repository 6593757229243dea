"""The dataset store: a directory of Parquet shards plus a manifest, written resumably.

Layout of a dataset directory::

    data/part-00000.parquet     accepted rows (one per sample), HF ``datasets``-loadable
    rejects/part-00000.parquet  rejected / deduped / failed samples (only with keep_rejects)
    progress.log                append-only, fsync'd: one line per commit (see store_log)
    run.json                    what produced the directory (checked when a run resumes)
    manifest.json               counts by family, template and gate outcome; shard list

A commit writes the shard under a temporary name, fsyncs it, renames it into place, fsyncs the
directory and only then appends the commit line to the log. A run killed at any point leaves
either a committed shard (named in the log) or a file that the next open deletes (a ``.tmp``,
or a renamed shard whose log line never landed), so resuming never duplicates or tears rows.
"""

from __future__ import annotations

import json
import os
import platform
from collections.abc import Iterator
from importlib import metadata
from pathlib import Path
from typing import Any

import pyarrow.parquet as pq

from codepercept.errors import ConfigError
from codepercept.io import (
    AppendLog,
    JsonlError,
    atomic_write,
    fsync_dir,
    fsync_file,
    write_json_atomic,
)
from codepercept.runs.rundir import check_identity, lock_dir
from codepercept.synth.card import dataset_card, files_fingerprint
from codepercept.synth.store_log import LOG_VERSION, LogItem, Tally
from codepercept.synth.store_records import (
    GateRecord,
    Outcome,
    Record,
    StoreError,
    sample_id,
)
from codepercept.synth.store_schema import hf_features, records_to_table, row_to_record

__all__ = [
    "DatasetStore",
    "GateRecord",
    "Outcome",
    "Record",
    "StoreError",
    "iter_records",
    "package_versions",
    "read_manifest",
    "sample_id",
    "shard_paths",
]

FORMAT = "codepercept-synth-store"
DATA_DIR, REJECTS_DIR = "data", "rejects"
LOG_NAME, RUN_NAME, MANIFEST_NAME, LOCK_NAME = "progress.log", "run.json", "manifest.json", ".lock"
CARD_NAME = "README.md"
STORE_CARD_INTRO = """
Figures drawn by executable matplotlib templates (codepercept ICC data engine): each row has the
figure (`image`), the code that draws it, its grounded caption, QA pairs and the gate verdicts.
"""
STORE_CARD_LOADING = f"""`datasets.load_dataset(<this folder>)` reads the accepted rows ({DATA_DIR}/*.parquet); rejected
samples, when kept, are in {REJECTS_DIR}/ (`load_dataset("parquet", data_files="{REJECTS_DIR}/*.parquet")`).
Counts and versions are in {MANIFEST_NAME}; `codepercept export` turns the folder into trainer formats.
"""


def package_versions() -> dict[str, str]:
    """Versions that decide the pixels of a render; stored in every row."""
    import matplotlib
    import numpy

    try:
        own = metadata.version("codepercept")
    except metadata.PackageNotFoundError:
        own = "unknown"
    return {
        "codepercept": own,
        "matplotlib": matplotlib.__version__,
        "numpy": numpy.__version__,
        "python": platform.python_version(),
    }


class DatasetStore:
    """Resumable writer of one dataset directory; use as a context manager.

    >>> with DatasetStore("out", identity={"family": "plane"}) as store:  # doctest: +SKIP
    ...     if not store.is_done(rec.id):
    ...         store.add(rec)
    """

    def __init__(
        self,
        root: str | os.PathLike[str],
        *,
        identity: dict[str, Any] | None = None,
        shard_rows: int = 512,
        keep_rejects: bool = False,
        max_pending: int | None = None,
    ) -> None:
        if shard_rows < 1:
            raise ConfigError(f"shard_rows must be >= 1, got {shard_rows}")
        self.root = Path(root)
        self.identity = identity or {}
        self.shard_rows = shard_rows
        self.keep_rejects = keep_rejects
        self.max_pending = max_pending or 4 * shard_rows
        self.versions = package_versions()
        self.tally = Tally()
        self.shards: list[dict[str, Any]] = []
        self.rejects_shards: list[dict[str, Any]] = []
        self._done: dict[str, Outcome] = {}
        self._keys: list[dict[str, str]] = []
        self._pending: list[Record] = []
        self._pending_ids: set[str] = set()
        self._commits = 0
        self._lock_fd: int | None = None
        self._log = AppendLog(self.root / LOG_NAME, strict=True)
        self._open()

    # -- opening and resuming -------------------------------------------------------------

    def _open(self) -> None:
        (self.root / DATA_DIR).mkdir(parents=True, exist_ok=True)
        (self.root / REJECTS_DIR).mkdir(exist_ok=True)
        self._lock()
        self._check_run()
        self._log.repair()  # we hold the lock: no other writer is mid-line
        try:
            entries = self._log.read()
        except JsonlError as e:
            raise StoreError(str(e)) from e
        for entry in entries:
            self._replay(entry)
        self._clean_orphans()
        self._write_manifest()

    def _lock(self) -> None:
        self._lock_fd = lock_dir(self.root, LOCK_NAME, error=StoreError)

    def _check_run(self) -> None:
        self.identity = check_identity(
            self.root / RUN_NAME,
            self.identity,
            extra={"format": FORMAT, "versions": self.versions},
            error=StoreError,
        )

    def _replay(self, entry: dict[str, Any]) -> None:
        if entry.get("op") != "commit":
            return
        if entry.get("v", LOG_VERSION) > LOG_VERSION:
            raise StoreError(
                f"{self.root} was written by a newer codepercept; upgrade to resume it"
            )
        for key, target in (("shard", self.shards), ("rejects", self.rejects_shards)):
            if entry.get(key):
                if not (self.root / entry[key]).is_file():
                    raise StoreError(
                        f"committed shard {entry[key]} is missing from {self.root}; restore it "
                        "or start a new output directory"
                    )
                target.append({"path": entry[key], "rows": entry.get(f"{key}_rows", 0)})
        for raw in entry.get("items", ()):
            self._count(LogItem.from_json(raw))
        self._commits += 1

    def _count(self, item: LogItem) -> None:
        self._done[item.id] = item.outcome
        self.tally.add(item)
        if item.outcome is Outcome.ACCEPTED and item.keys:
            self._keys.append(item.keys)

    def _clean_orphans(self) -> None:
        """Delete temporaries and shards whose commit line never reached the log."""
        committed = {s["path"] for s in self.shards + self.rejects_shards}
        for sub in (DATA_DIR, REJECTS_DIR):
            for f in (self.root / sub).iterdir():
                rel = f"{sub}/{f.name}"
                temporary = f.name.endswith((".tmp", ".part"))  # a write a kill interrupted
                if temporary or (f.suffix == ".parquet" and rel not in committed):
                    f.unlink()

    # -- writing ------------------------------------------------------------------------------

    def is_done(self, id_: str) -> bool:
        """True when the sample was already attempted and committed (or is pending commit)."""
        return id_ in self._done or id_ in self._pending_ids

    def outcome(self, id_: str) -> Outcome | None:
        return self._done.get(id_)

    @property
    def accepted(self) -> int:
        """Accepted rows, committed and pending."""
        return self.tally.accepted + sum(r.outcome is Outcome.ACCEPTED for r in self._pending)

    @property
    def attempted(self) -> int:
        return self.tally.attempted + len(self._pending)

    def accepted_keys(self) -> list[dict[str, str]]:
        """Dedup keys of every committed accepted row, in commit order (to rebuild a deduper)."""
        return list(self._keys)

    def add(self, record: Record) -> bool:
        """Queue one attempted sample; commits a shard when enough rows are queued.

        Returns False (and stores nothing) when the id was already attempted.
        """
        if self._lock_fd is None:
            raise StoreError(f"store {self.root} is closed")
        if self.is_done(record.id):
            return False
        self._pending.append(record)
        self._pending_ids.add(record.id)
        n_rows = sum(r.outcome is Outcome.ACCEPTED for r in self._pending)
        if n_rows >= self.shard_rows or len(self._pending) >= self.max_pending:
            self.commit()
        return True

    def commit(self) -> None:
        """Make every queued sample durable: write shard(s), then log them."""
        if not self._pending:
            return
        rows = [r for r in self._pending if r.outcome is Outcome.ACCEPTED]
        rejects = [r for r in self._pending if r.outcome is not Outcome.ACCEPTED]
        entry: dict[str, Any] = {"op": "commit", "v": LOG_VERSION, "seq": self._commits}
        if rows:
            entry["shard"] = self._write_shard(DATA_DIR, len(self.shards), rows)
            entry["shard_rows"] = len(rows)
        if rejects and self.keep_rejects:
            entry["rejects"] = self._write_shard(REJECTS_DIR, len(self.rejects_shards), rejects)
            entry["rejects_rows"] = len(rejects)
        items = [
            LogItem(
                r.id,
                r.family,
                r.template,
                r.seed,
                r.outcome,
                r.reasons,
                (r.keys or None) if r.outcome is Outcome.ACCEPTED else None,
            )
            for r in self._pending
        ]
        entry["items"] = [i.to_json() for i in items]
        self._log.append(entry)
        if "shard" in entry:
            self.shards.append({"path": entry["shard"], "rows": len(rows)})
        if "rejects" in entry:
            self.rejects_shards.append({"path": entry["rejects"], "rows": len(rejects)})
        for item in items:
            self._count(item)
        self._commits += 1
        self._pending.clear()
        self._pending_ids.clear()
        self._write_manifest()

    def _write_shard(self, sub: str, index: int, records: list[Record]) -> str:
        name = f"part-{index:05d}.parquet"
        final = self.root / sub / name
        tmp = self.root / sub / f".{name}.tmp"
        table = records_to_table(records, self.versions)
        pq.write_table(table, tmp, compression="zstd", row_group_size=128)
        fsync_file(tmp)
        os.replace(tmp, final)
        fsync_dir(final.parent)
        return f"{sub}/{name}"

    def manifest(self) -> dict[str, Any]:
        """What ``manifest.json`` holds: counts, shards, run identity, package versions."""
        return {
            "format": FORMAT,
            "format_version": LOG_VERSION,
            "identity": self.identity,
            "versions": self.versions,
            "counts": self.tally.to_dict(),
            "rows": sum(s["rows"] for s in self.shards),
            "shards": self.shards,
            "rejects_shards": self.rejects_shards,
            "commits": self._commits,
            "load_with": f"datasets.load_dataset('parquet', data_files='{DATA_DIR}/*.parquet')",
        }

    def _write_manifest(self) -> None:
        write_json_atomic(self.root / MANIFEST_NAME, self.manifest())
        self._write_card()

    def card_title(self) -> str:
        """The title of the folder's ``README.md`` (a store of another kind names itself)."""
        return "codepercept synthetic dataset"

    def card_intro(self) -> str:
        """What the rows are: the card's first paragraph (how to load them follows)."""
        return STORE_CARD_INTRO

    def card_body(self) -> str:
        return self.card_intro().strip() + "\n" + STORE_CARD_LOADING

    def _write_card(self) -> None:
        """``README.md`` whose header makes ``datasets.load_dataset(root)`` read accepted rows
        only (without it, ``datasets`` would also pick up ``rejects/``)."""
        rows = sum(s["rows"] for s in self.shards)
        nbytes = sum((self.root / s["path"]).stat().st_size for s in self.shards)
        card = dataset_card(
            self.card_title(),
            self.card_body(),
            {"train": f"{DATA_DIR}/*.parquet"},
            hf_features(),
            sizes={"train": (rows, nbytes)},
            fingerprint=files_fingerprint(self.root / s["path"] for s in self.shards),
        )
        path = self.root / CARD_NAME
        if not path.exists() or path.read_text(encoding="utf-8") != card:
            atomic_write(path, card)

    def close(self) -> None:
        """Commit what is queued, write the manifest and release the directory lock."""
        if self._lock_fd is None:
            return
        try:
            self.commit()
        finally:
            self._log.close()
            os.close(self._lock_fd)
            self._lock_fd = None

    def __enter__(self) -> DatasetStore:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()


# -- reading --------------------------------------------------------------------------------


def _committed(root: Path, key: str) -> list[Path]:
    log = root / LOG_NAME
    if not log.exists():
        raise StoreError(
            f"{root} is not a codepercept dataset (no {LOG_NAME}); run `codepercept synth` first"
        )
    paths = []
    for line in log.read_bytes().splitlines(keepends=True):
        if not line.endswith(b"\n"):
            break  # torn tail of a killed run: not committed
        entry = json.loads(line)
        if entry.get("op") == "commit" and entry.get(key):
            paths.append(root / entry[key])
    return paths


def shard_paths(root: str | os.PathLike[str], *, rejects: bool = False) -> list[Path]:
    """Committed shard files of a dataset directory, in commit order."""
    return _committed(Path(root), "rejects" if rejects else "shard")


def iter_records(root: str | os.PathLike[str], *, rejects: bool = False) -> Iterator[Record]:
    """Every committed row as a :class:`Record`, shard by shard (memory stays one batch)."""
    for path in shard_paths(root, rejects=rejects):
        for batch in pq.ParquetFile(path).iter_batches(batch_size=128):
            for row in batch.to_pylist():
                yield row_to_record(row)


def read_manifest(root: str | os.PathLike[str]) -> dict[str, Any]:
    """The manifest of a dataset directory."""
    path = Path(root) / MANIFEST_NAME
    if not path.exists():
        raise StoreError(f"{root} has no {MANIFEST_NAME}; is it a codepercept dataset directory?")
    return json.loads(path.read_text())
