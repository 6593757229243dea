"""The generic run engine with a processor that is not the template pipeline."""

from __future__ import annotations

import functools
import json

import pytest
from runs_toy import WordPlan, WordProcessor

from codepercept.errors import UnknownName
from codepercept.runs import (
    JsonlSink,
    ListPlan,
    Outcome,
    RunDirError,
    dedup_admitter,
    drive,
    fingerprint,
    make_engine,
    pending_start,
    read_records,
)

WORDS = ("line", "arc", "circle", "axis", "tangent", "chord")  # line, circle, axis pass


def attempts_for(n):
    """Plan items tried until ``n`` words of even length have come by."""
    ok = [i for i in range(1000) if len(WORDS[i % 6]) % 2 == 0]
    return ok[n - 1] + 1


def run(out, n, *, workers=2, identity=None, stop=60, dup_every=0):
    engine = make_engine("local", functools.partial(WordProcessor, dup_every), workers, 3)
    with JsonlSink(out, identity=identity or {"words": list(WORDS)}) as sink:
        plan = WordPlan(WORDS, pending_start(WordPlan(WORDS), sink.is_done, stop), stop)

        class Seen:  # a deduper by exact key
            keys: set[str] = set()

            def check_and_add(self, keys):
                k = keys["code"]
                if k in self.keys:
                    return type("Hit", (), {"key": "code"})()
                self.keys.add(k)
                return None

        admit = dedup_admitter(Seen()) if dup_every else None
        stats = drive(engine, plan, sink, target=n, admit=admit, progress=False)
        return stats, sink.accepted, sink.attempted


def test_local_engine_stops_at_target_in_plan_order_on_two_workers(tmp_path):
    stats, accepted, attempted = run(tmp_path, 8)
    assert accepted == 8 and attempted == attempts_for(8) == 15
    recs = list(read_records(tmp_path))
    assert [r["id"] for r in recs] == [f"w{i:04d}-{WORDS[i % 6]}" for i in range(15)]
    assert {r["outcome"] for r in recs} == {"accepted", "rejected"}
    assert stats.seen == 15


def test_a_resumed_run_continues_after_the_done_prefix(tmp_path):
    run(tmp_path, 4)
    lines_before = (tmp_path / "records.jsonl").read_text().splitlines()
    with (tmp_path / "records.jsonl").open("a") as f:
        f.write('{"id": "w9999-torn", "outc')  # a kill mid-line
    _, accepted, attempted = run(tmp_path, 10)
    assert accepted == 10 and attempted == attempts_for(10) == 19
    ids = [r["id"] for r in read_records(tmp_path)]
    assert ids == [f"w{i:04d}-{WORDS[i % 6]}" for i in range(19)]  # no repeats, torn line gone
    lines = (tmp_path / "records.jsonl").read_text().splitlines()
    assert lines[: len(lines_before)] == lines_before


def test_a_run_with_other_settings_is_refused(tmp_path):
    run(tmp_path, 2)
    with pytest.raises(RunDirError, match="different settings"):
        run(tmp_path, 4, identity={"words": ["other"]})
    saved = json.loads((tmp_path / "run.json").read_text())
    assert saved["fingerprint"] == fingerprint({"words": list(WORDS)})


def test_admit_marks_duplicates_and_they_do_not_count(tmp_path):
    _, accepted, attempted = run(tmp_path, 3, dup_every=2, workers=1)
    recs = list(read_records(tmp_path))
    assert accepted == 3
    assert [r["outcome"] for r in recs].count("deduped") >= 1
    assert all(r["reasons"] == ["dedup:code"] for r in recs if r["outcome"] == "deduped")


def test_the_plan_running_out_ends_the_run(tmp_path):
    _, accepted, attempted = run(tmp_path, 100, stop=7)
    assert attempted == 7 and accepted < 100


def test_list_plan_and_unknown_engine():
    plan = ListPlan(["a.png", "b.png", "c.png"], start=1)
    assert plan.stop == 3 and len(plan) == 2 and plan.item(2) == "c.png"
    with pytest.raises(UnknownName, match="unknown engine 'spark'; choose from: local, ray"):
        make_engine("spark", WordProcessor, 1)


def test_outcome_is_shared_with_the_synth_store():
    from codepercept.synth.store_records import Outcome as StoreOutcome

    assert StoreOutcome is Outcome
