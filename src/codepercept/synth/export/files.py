"""Streamed Parquet output for exports; atomic files come from :mod:`codepercept.io`, so a
killed export never leaves a half-written file in place."""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any

import pyarrow as pa
import pyarrow.parquet as pq

from codepercept.io import atomic_path, atomic_text

__all__ = ["ParquetRows", "atomic_path", "atomic_text"]


class ParquetRows:
    """Streams dict rows into a Parquet file of a fixed schema, a row group at a time."""

    def __init__(self, path: Path, schema: pa.Schema, *, batch_rows: int = 256) -> None:
        self.schema = schema
        self.batch_rows = batch_rows
        self._rows: list[dict[str, Any]] = []
        self._writer = pq.ParquetWriter(path, schema, compression="zstd")

    def add(self, row: dict[str, Any]) -> None:
        self._rows.append(row)
        if len(self._rows) >= self.batch_rows:
            self._flush()

    def _flush(self) -> None:
        if self._rows:
            self._writer.write_table(pa.Table.from_pylist(self._rows, schema=self.schema))
            self._rows.clear()

    def close(self) -> None:
        self._flush()
        self._writer.close()


@contextmanager
def parquet_rows(out: Path, schema: pa.Schema) -> Iterator[ParquetRows]:
    """A :class:`ParquetRows` whose file replaces ``out`` only when the block succeeds."""
    with atomic_path(out) as tmp:
        writer = ParquetRows(tmp, schema)
        try:
            yield writer
        finally:
            writer.close()
