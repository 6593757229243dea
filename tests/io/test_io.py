"""The shared file I/O: atomic writes, the append-only log, the JSONL reader, PNG headers."""

from __future__ import annotations

import io
import json

import pytest
from PIL import Image

from codepercept.io import AppendLog, JsonlError, atomic_write, iter_jsonl, png_size
from codepercept.io.atomic import atomic_path


def test_atomic_write_replaces_whole_file_and_leaves_no_temp(tmp_path):
    target = tmp_path / "sub" / "out.json"
    atomic_write(target, "first")
    atomic_write(target, b"second")
    assert target.read_text() == "second"
    assert [p.name for p in target.parent.iterdir()] == ["out.json"]


def test_failed_block_keeps_the_old_file(tmp_path):
    target = tmp_path / "keep.txt"
    atomic_write(target, "old")
    with pytest.raises(RuntimeError), atomic_path(target) as tmp:
        tmp.write_text("half")
        raise RuntimeError("killed")
    assert target.read_text() == "old"
    assert [p.name for p in tmp_path.iterdir()] == ["keep.txt"]


def test_append_log_survives_a_torn_last_line(tmp_path):
    path = tmp_path / "run" / "results.jsonl"
    with AppendLog(path) as log:
        log.append({"id": "a", "n": 1})
        log.append({"id": "b", "n": 2})
    with path.open("ab") as f:
        f.write(b'{"id": "c", "n"')  # a kill in the middle of a write
    assert [e["id"] for e in AppendLog(path).read()] == ["a", "b"]
    assert path.read_bytes().endswith(b'"n"')  # reading never modifies the file
    with AppendLog(path) as log:
        log.append({"id": "c", "n": 3})
    lines = path.read_text().splitlines()
    assert [json.loads(x)["id"] for x in lines] == ["a", "b", "c"]


def test_append_log_bad_line_strict_and_lenient(tmp_path):
    path = tmp_path / "progress.log"
    path.write_text('{"ok": 1}\nnot json\n{"ok": 2}\n')
    assert AppendLog(path).read() == [{"ok": 1}, {"ok": 2}]
    with pytest.raises(JsonlError, match="line 2 is not valid JSON"):
        AppendLog(path, strict=True).read()


def test_iter_jsonl_names_file_and_line(tmp_path):
    path = tmp_path / "bench.jsonl"
    path.write_text('{"id": 1}\n\n[1, 2]\n')
    it = iter_jsonl(path)
    assert next(it) == (1, {"id": 1})
    with pytest.raises(JsonlError, match=r"bench.jsonl:3: each line must be a JSON object"):
        next(it)


def test_png_size_reads_the_header():
    buf = io.BytesIO()
    Image.new("RGB", (37, 11), "white").save(buf, format="PNG")
    assert png_size(buf.getvalue()) == (37, 11)
