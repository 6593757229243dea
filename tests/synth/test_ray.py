"""The Ray engine on a small local cluster: same dataset as the local engine, resumable."""

from __future__ import annotations

import os
import sys
from pathlib import Path

import pytest

from codepercept.synth.pipeline import EngineKind, SynthConfig, run_synth
from codepercept.synth.pipeline_worker import ProcessorSettings
from codepercept.synth.store import Outcome, iter_records, read_manifest
from codepercept.synth.template import REGISTRY

HERE = Path(__file__).resolve().parent
REPO = HERE.parents[1]
MODULE = "synth_test_templates"
CAPTIONS = (REPO / "src" / "codepercept" / "synth" / "captions.py").exists()

pytestmark = pytest.mark.slow


@pytest.fixture(scope="module")
def ray_cluster():
    """A small local Ray cluster whose workers can import the test templates.

    Three logical CPUs: two render actors plus one for Ray Data's read tasks (the engine
    refuses fewer); the machine's two cores do the actual work.
    """
    ray = pytest.importorskip("ray")
    pytest.importorskip("ray.data")
    path = os.pathsep.join(
        [str(HERE), str(REPO / "src"), *[p for p in sys.path if os.path.isdir(p)]]
    )
    ray.init(
        num_cpus=3,
        include_dashboard=False,
        object_store_memory=200 * 1024 * 1024,
        runtime_env={"env_vars": {"PYTHONPATH": path}},
    )
    import importlib

    importlib.import_module(MODULE)
    yield ray
    ray.shutdown()
    for name in [n for n, t in REGISTRY.items() if t.family == "pipetest"]:
        REGISTRY.remove(name)
    sys.modules.pop(MODULE, None)


def config(out: Path, engine: EngineKind, n: int) -> SynthConfig:
    return SynthConfig(
        out=out,
        family="pipetest",
        n=n,
        seed=8,
        workers=2,
        engine=engine,
        keep_rejects=True,
        shard_rows=4,
        progress=False,
        processor=ProcessorSettings(template_modules=(MODULE,), captions=CAPTIONS),
    )


def test_ray_engine_matches_local_engine_and_resumes(ray_cluster, tmp_path):
    ray_out = tmp_path / "ray"
    first = run_synth(config(ray_out, EngineKind.RAY, 5))
    assert first.complete and first.accepted == 5
    assert ray_cluster.is_initialized()  # the engine leaves a cluster it did not start running
    more = run_synth(config(ray_out, EngineKind.RAY, 10))
    assert more.resumed_from == 5 and more.total_accepted == 10

    local_out = tmp_path / "local"
    local = run_synth(config(local_out, EngineKind.LOCAL, 10))
    assert local.complete
    ray_rows, local_rows = list(iter_records(ray_out)), list(iter_records(local_out))
    assert [r.id for r in ray_rows] == [r.id for r in local_rows]
    assert [r.png for r in ray_rows] == [r.png for r in local_rows]
    assert all(r.outcome is Outcome.ACCEPTED and all(g.passed for g in r.gates) for r in ray_rows)
    ray_counts, local_counts = read_manifest(ray_out)["counts"], read_manifest(local_out)["counts"]
    for key in ("accepted", "deduped", "failed", "rejected"):
        assert ray_counts[key] == local_counts[key], key
