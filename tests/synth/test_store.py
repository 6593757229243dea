"""The dataset store: Parquet rows loadable by `datasets`, manifest counts, resumable commits."""

from __future__ import annotations

import io
import json
import os
import random
import signal
import subprocess
import sys
import time
from pathlib import Path

import pyarrow.parquet as pq
import pytest
from PIL import Image
from synth_store_samples import make_record

from codepercept.synth.store import (
    DatasetStore,
    Outcome,
    StoreError,
    iter_records,
    read_manifest,
    sample_id,
    shard_paths,
)
from codepercept.synth.store_schema import row_schema

REPO = Path(__file__).resolve().parents[2]


@pytest.fixture(scope="module")
def records():
    outcomes = [Outcome.ACCEPTED] * 7 + [Outcome.REJECTED, Outcome.DEDUPED, Outcome.ACCEPTED]
    return [make_record(seed, oc) for seed, oc in enumerate(outcomes)]


def test_ids_are_stable_and_distinct():
    assert sample_id("triangle_abc", 3) == sample_id("triangle_abc", 3)
    assert sample_id("triangle_abc", 3) != sample_id("triangle_abc", 4)
    assert sample_id("triangle_abc", 3) != sample_id("square_abcd", 3)


def test_rows_round_trip_and_manifest_counts(tmp_path, records):
    with DatasetStore(
        tmp_path, identity={"family": "plane"}, shard_rows=3, keep_rejects=True
    ) as st:
        for r in records:
            assert st.add(r)
        assert not st.add(records[0])  # already queued: not stored twice
    accepted = [r for r in records if r.outcome is Outcome.ACCEPTED]
    back = list(iter_records(tmp_path))
    assert [r.id for r in back] == [r.id for r in accepted]
    assert back[0] == accepted[0]  # every field survives, PNG bytes included
    assert [len(pq.read_table(p)) for p in shard_paths(tmp_path)] == [3, 3, 2]
    rejects = list(iter_records(tmp_path, rejects=True))
    assert {r.outcome for r in rejects} == {Outcome.REJECTED, Outcome.DEDUPED}

    m = read_manifest(tmp_path)
    c = m["counts"]
    assert (c["attempted"], c["accepted"], c["rejected"], c["deduped"], c["failed"]) == (
        10,
        8,
        1,
        1,
        0,
    )
    assert c["by_template"]["triangle_abc"]["accepted"] == 8
    assert c["by_family"]["plane"]["rejected"] == 1
    assert c["rejected_by_gate"] == {"image": {"text overlaps text": 1}}
    assert c["deduped_by_kind"] == {"dedup:image": 1}
    assert m["rows"] == 8 and m["identity"] == {"family": "plane"}
    assert set(m["versions"]) >= {"matplotlib", "numpy", "codepercept"}


def test_parquet_loads_with_hf_datasets_as_images(tmp_path, records):
    datasets = pytest.importorskip("datasets")
    with DatasetStore(tmp_path, shard_rows=4) as st:
        for r in records:
            st.add(r)
    ds = datasets.load_dataset(
        "parquet", data_files=str(tmp_path / "data" / "*.parquet"), split="train"
    )
    assert len(ds) == 8
    assert isinstance(ds.features["image"], datasets.Image)
    img = ds[0]["image"]
    assert img.size == Image.open(io.BytesIO(records[0].png)).size
    assert ds[0]["qa"][0]["answer"] == "3"
    assert json.loads(ds[0]["facts"])["labels"] == ["A", "B", "C"]
    assert ds[0]["gates"][1]["gate"] == "image"
    assert ds[0]["versions"]["matplotlib"]
    # the schema metadata is what datasets itself writes for these features
    features = datasets.Features.from_arrow_schema(row_schema())
    assert isinstance(features["image"], datasets.Image)


def test_resume_continues_without_duplicates(tmp_path, records):
    with DatasetStore(tmp_path, identity={"seed": 0}, shard_rows=2) as st:
        for r in records[:5]:
            st.add(r)
    with DatasetStore(tmp_path, identity={"seed": 0}, shard_rows=2) as st:
        assert st.is_done(records[0].id) and st.outcome(records[4].id) is Outcome.ACCEPTED
        assert st.accepted == 5
        added = [st.add(r) for r in records]
        assert added == [False] * 5 + [True] * 5
        assert [k["code"] for k in st.accepted_keys()][:2] == ["code-0", "code-1"]
    ids = [r.id for r in iter_records(tmp_path)]
    assert len(ids) == len(set(ids)) == 8
    assert [p.name for p in shard_paths(tmp_path)] == [f"part-{i:05d}.parquet" for i in range(5)]


def test_foreign_run_and_concurrent_writer_are_refused(tmp_path, records):
    with DatasetStore(tmp_path, identity={"family": "plane", "seed": 0}) as st:
        st.add(records[0])
        with pytest.raises(StoreError, match="another run"):
            DatasetStore(tmp_path, identity={"family": "plane", "seed": 0})
    with pytest.raises(StoreError, match="different settings.*seed"):
        DatasetStore(tmp_path, identity={"family": "plane", "seed": 1})


def test_open_repairs_what_a_crash_leaves(tmp_path, records):
    with DatasetStore(tmp_path, shard_rows=2) as st:
        for r in records[:4]:
            st.add(r)
    data = tmp_path / "data"
    # a crash between rename and log append leaves a shard no log line names
    (data / "part-00002.parquet").write_bytes((data / "part-00000.parquet").read_bytes())
    (data / ".part-00003.parquet.tmp").write_bytes(b"PAR1 half a shard")
    with open(tmp_path / "progress.log", "ab") as f:
        f.write(b'{"op":"commit","v":1,"seq":2,"shard":"data/part-00002.parq')  # torn line
    with DatasetStore(tmp_path, shard_rows=2) as st:
        assert st.accepted == 4
        assert sorted(p.name for p in data.iterdir()) == [
            "part-00000.parquet",
            "part-00001.parquet",
        ]
        st.add(records[4])
    assert (tmp_path / "progress.log").read_bytes().endswith(b"\n")
    assert len(list(iter_records(tmp_path))) == 5


def test_missing_committed_shard_is_an_error(tmp_path, records):
    with DatasetStore(tmp_path, shard_rows=1) as st:
        st.add(records[0])
    (tmp_path / "data" / "part-00000.parquet").unlink()
    with pytest.raises(StoreError, match="missing"):
        DatasetStore(tmp_path)


WRITER = """
import sys, time
from pathlib import Path
from codepercept.synth.store import DatasetStore, Outcome, Record, sample_id
out, pngdir, n = Path(sys.argv[1]), Path(sys.argv[2]), int(sys.argv[3])
pngs = [p.read_bytes() for p in sorted(pngdir.glob("*.png"))]
with DatasetStore(out, identity={"test": "kill"}, shard_rows=3, keep_rejects=True) as st:
    print("READY", flush=True)
    for seed in range(n):
        rid = sample_id("t", seed)
        if st.is_done(rid):
            continue
        bad = seed % 4 == 3
        st.add(Record(rid, "plane", "t", seed, {"s": seed}, f"# code {seed}", {}, f"cap {seed}",
                      png=pngs[seed % len(pngs)],
                      outcome=Outcome.REJECTED if bad else Outcome.ACCEPTED,
                      reasons=("image:blank",) if bad else ()))
        time.sleep(0.015)
print("DONE", flush=True)
"""


@pytest.mark.slow
def test_sigkill_at_random_points_then_resume(tmp_path, records):
    pngdir = tmp_path / "pngs"
    pngdir.mkdir()
    for r in records[:3]:
        (pngdir / f"{r.seed}.png").write_bytes(r.png)
    script = tmp_path / "writer.py"
    script.write_text(WRITER)
    out, n = tmp_path / "ds", 200
    rng = random.Random(1234)
    env = {**os.environ, "PYTHONPATH": str(REPO / "src")}
    kills = 0
    for round_ in range(40):
        p = subprocess.Popen(
            [sys.executable, str(script), str(out), str(pngdir), str(n)],
            stdout=subprocess.PIPE,
            stderr=subprocess.PIPE,
            env=env,
        )
        assert p.stdout.readline() == b"READY\n"  # imports done, store opened (and repaired)
        time.sleep(rng.uniform(0.0, 0.8))
        if p.poll() is None and round_ < 30:  # then let it finish
            p.send_signal(signal.SIGKILL)
            kills += 1
        p.wait(timeout=120)
        # read through the same buffered pipes as readline() above: a writer with nothing left
        # to do prints READY and DONE at once, and communicate() would miss what is buffered
        stdout, stderr = p.stdout.read(), p.stderr.read()
        p.stdout.close()
        p.stderr.close()
        if p.returncode == 0 and b"DONE" in stdout:
            break
        assert p.returncode == -signal.SIGKILL, stderr.decode()[-2000:]
        # after every kill, whatever the log calls committed is whole and duplicate-free
        if (out / "progress.log").exists():
            ids = [
                i
                for path in shard_paths(out)
                for i in pq.read_table(path, columns=["id"])["id"].to_pylist()
            ]
            assert len(ids) == len(set(ids))
    else:
        pytest.fail("the writer never finished")
    assert kills >= 3, "the test must kill the writer mid-run several times"
    expected = {sample_id("t", s) for s in range(n) if s % 4 != 3}
    ids = [r.id for r in iter_records(out)]
    assert len(ids) == len(set(ids)) and set(ids) == expected
    rejected = [r.id for r in iter_records(out, rejects=True)]
    assert len(rejected) == len(set(rejected)) == n - len(expected)
    c = read_manifest(out)["counts"]
    assert (c["accepted"], c["rejected"], c["attempted"]) == (len(expected), n - len(expected), n)
    assert not [f for f in (out / "data").iterdir() if not f.name.endswith(".parquet")]
