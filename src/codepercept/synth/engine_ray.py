"""The Ray engine: the same per-sample work on a Ray cluster, through Ray Data.

``ray.data.range(k).map_batches(_RayProcessor, concurrency=workers)`` runs one
:class:`~codepercept.synth.pipeline_worker.SampleProcessor` (with its own render pool) per
actor; row ``j`` of the range is the ``j``-th pending item of the current round. The driver
reads the results back in order (``preserve_order``) and does dedup and storage itself, so
resuming works exactly as with the local engine. Work is sent in rounds sized by how many
attempts the driver still expects to need. Ray is imported only here, and only when used.
"""

from __future__ import annotations

import logging
import os
import pickle
import sys
from collections.abc import Callable, Iterator
from itertools import islice
from typing import Any

import numpy as np

from codepercept.errors import CodeperceptError, require
from codepercept.synth.pipeline_worker import (
    ProcessorSettings,
    SampleProcessor,
    WorkItem,
    WorkResult,
)

#: Items per Ray Data round at most (the round's plan travels inline to every actor).
MAX_ROUND = 50_000


class _RayProcessor:
    """Ray Data class UDF: one render pool per actor, reused across batches."""

    def __init__(self, settings: ProcessorSettings, plan: dict[str, Any]) -> None:
        self.names: list[str] = plan["names"]
        self.index: np.ndarray = plan["index"]
        self.template: np.ndarray = plan["template"]
        self.seed: np.ndarray = plan["seed"]
        self.processor = SampleProcessor(settings)

    def __call__(self, batch: dict[str, np.ndarray]) -> dict[str, np.ndarray]:
        pos = batch["id"]
        items = [
            WorkItem(int(self.index[p]), self.names[int(self.template[p])], int(self.seed[p]))
            for p in pos
        ]
        results = self.processor.process(items)
        payload = np.empty(len(results), dtype=object)
        payload[:] = [pickle.dumps(r, protocol=pickle.HIGHEST_PROTOCOL) for r in results]
        return {"index": np.array([r.index for r in results], dtype=np.int64), "payload": payload}

    def __del__(self) -> None:
        proc = getattr(self, "processor", None)
        if proc is not None:
            proc.close()


def _round_plan(items: list[WorkItem]) -> dict[str, Any]:
    names = sorted({it.template for it in items})
    pos = {n: k for k, n in enumerate(names)}
    return {
        "names": names,
        "index": np.array([it.index for it in items], dtype=np.int64),
        "template": np.array([pos[it.template] for it in items], dtype=np.int32),
        "seed": np.array([it.seed for it in items], dtype=np.int64),
    }


class RayEngine:
    """Maps work items to results in order on a Ray cluster (local when no address is given)."""

    name = "ray"

    def __init__(
        self,
        settings: ProcessorSettings,
        workers: int,
        batch_size: int = 4,
        *,
        address: str | None = None,
        num_cpus: int | None = None,
        min_round: int = 64,
    ) -> None:
        if workers < 1 or batch_size < 1:
            raise ValueError("workers and batch_size must be >= 1")
        self.settings = settings
        self.workers = workers
        self.batch_size = batch_size
        self.address = address
        self.num_cpus = num_cpus
        self.min_round = min_round

    def _init(self, ray) -> bool:
        """Connect to (or start) the cluster; True when this engine started it."""
        if ray.is_initialized():
            return False
        if self.address:
            try:
                ray.init(address=self.address, log_to_driver=False, logging_level=logging.WARNING)
            except ConnectionError as e:
                raise CodeperceptError(
                    f"cannot reach the Ray cluster at {self.address} ({e}); check --ray-address "
                    "or leave it out to start a local cluster"
                ) from e
            return True
        # a local cluster: workers see the driver's import path, like local processes do
        path = os.pathsep.join(p for p in sys.path if p and os.path.isdir(p))
        ray.init(
            num_cpus=self.num_cpus or max(self.workers, os.cpu_count() or 1),
            include_dashboard=False,
            logging_level=logging.WARNING,
            log_to_driver=False,
            object_store_memory=256 * 1024 * 1024,
            runtime_env={"env_vars": {"PYTHONPATH": path}},
        )
        return True

    def results(
        self, items: Iterator[WorkItem], wanted: Callable[[], int] | None = None
    ) -> Iterator[WorkResult]:
        """Yield one result per item, in item order, round after round."""
        ray = require("ray", "ray")
        require("ray.data", "ray")
        started = self._init(ray)
        try:
            logging.getLogger("ray.data").setLevel(logging.WARNING)
            ctx = ray.data.DataContext.get_current()
            ctx.execution_options.preserve_order = True
            ctx.enable_progress_bars = False
            while True:
                want = wanted() if wanted is not None else self.min_round
                size = max(want, self.min_round, self.workers * self.batch_size)
                chunk = list(islice(items, min(size, MAX_ROUND)))
                if not chunk:
                    return
                blocks = max(1, min(len(chunk) // self.batch_size, 4 * self.workers * 16))
                # materialised first: the range's read tasks must not wait for CPUs the actors hold
                ids = ray.data.range(len(chunk), override_num_blocks=blocks).materialize()
                ds = ids.map_batches(
                    _RayProcessor,
                    fn_constructor_kwargs={"settings": self.settings, "plan": _round_plan(chunk)},
                    batch_size=self.batch_size,
                    batch_format="numpy",
                    compute=ray.data.ActorPoolStrategy(size=self.workers),
                    num_cpus=1,
                )
                for batch in ds.iter_batches(
                    batch_size=None, batch_format="numpy", prefetch_batches=2
                ):
                    for payload in batch["payload"]:
                        yield pickle.loads(payload)
        finally:
            if started:
                ray.shutdown()
