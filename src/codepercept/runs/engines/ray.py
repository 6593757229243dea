"""The Ray engine: the same per-sample work on a Ray cluster, through Ray Data.

``ray.data.range(k).map_batches(_RayProcessor, concurrency=workers)`` runs one processor
(with its own render pool or client) per actor over the pending slice of the plan, as one
streaming execution. The driver reads the
results back in plan order (``preserve_order``) and does dedup and storage itself, so resuming
works exactly as with the local engine; when it has enough samples it stops reading, which
stops the execution. Ray is imported only here, and only when used.
"""

from __future__ import annotations

import logging
import math
import os
import pickle
import sys
from collections.abc import Callable, Iterator

import numpy as np

from codepercept.errors import CodeperceptError, ConfigError, require
from codepercept.runs.types import Plan, ProcessorFactory, WorkResult

__all__ = ["RayEngine"]

#: Ray Data blocks per run at most; blocks are otherwise 4 batches, so results stream back
#: steadily (ordered output arrives a block at a time) without planning a million read tasks.
MAX_BLOCKS = 20_000


class _RayProcessor:
    """Ray Data class UDF: one render pool per actor, reused across batches.

    Row ``j`` of the range is plan item ``spec.start + j``; the UDF rebuilds the item itself,
    so nothing but the plan's few parameters travels to the actors.
    """

    def __init__(self, factory: ProcessorFactory, spec: Plan) -> None:
        self.spec = spec
        self.processor = factory()

    def __call__(self, batch: dict[str, np.ndarray]) -> dict[str, np.ndarray]:
        items = [self.spec.item(self.spec.start + int(j)) for j in batch["id"]]
        results = self.processor.process(items)
        payload = np.empty(len(results), dtype=object)
        payload[:] = [pickle.dumps(r, protocol=pickle.HIGHEST_PROTOCOL) for r in results]
        return {"index": np.array([r.index for r in results], dtype=np.int64), "payload": payload}

    def __del__(self) -> None:
        proc = getattr(self, "processor", None)
        if proc is not None:
            proc.close()


class RayEngine:
    """Maps work items to results in order on a Ray cluster (local when no address is given)."""

    name = "ray"

    def __init__(
        self,
        factory: ProcessorFactory,
        workers: int,
        batch_size: int = 4,
        *,
        address: str | None = None,
        num_cpus: int | None = None,
    ) -> None:
        if workers < 1 or batch_size < 1:
            raise ConfigError(f"workers and batch_size must be >= 1, got {workers}, {batch_size}")
        self.factory = factory
        self.workers = workers
        self.batch_size = batch_size
        self.address = address
        self.num_cpus = num_cpus

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
            num_cpus=self.num_cpus or max(self.workers + 1, os.cpu_count() or 1),
            include_dashboard=False,
            logging_level=logging.WARNING,
            log_to_driver=False,
            object_store_memory=256 * 1024 * 1024,
            runtime_env={"env_vars": {"PYTHONPATH": path}},
        )
        return True

    def results(
        self, spec: Plan, skip: Callable[[str], bool] | None = None
    ) -> Iterator[WorkResult]:
        """Yield one result per plan item, in plan order, from one streaming Ray Data run.

        ``skip`` is not consulted: actors cannot see the store, and the done items of a resumed
        run form a prefix the plan already starts after; the driver drops any stragglers.
        """
        del skip
        if spec.stop is None:
            raise ValueError("the Ray engine needs a bounded plan (an attempt budget)")
        n = max(0, spec.stop - spec.start)
        if n == 0:
            return
        ray = require("ray", "ray")
        require("ray.data", "ray")
        started = self._init(ray)
        try:
            cpus = ray.cluster_resources().get("CPU", 0)
            if cpus < self.workers + 1:
                raise CodeperceptError(
                    f"the Ray cluster has {cpus:g} CPUs; {self.workers} actors need "
                    f"{self.workers + 1} (one each, plus one for Ray Data's read tasks): "
                    "lower --workers or add nodes"
                )
            logging.getLogger("ray.data").setLevel(logging.WARNING)
            ctx = ray.data.DataContext.get_current()
            ctx.execution_options.preserve_order = True  # results in plan order: deterministic
            ctx.enable_progress_bars = False
            rows = max(4 * self.batch_size, math.ceil(n / MAX_BLOCKS))
            blocks = max(1, math.ceil(n / rows))
            ds = ray.data.range(n, override_num_blocks=blocks).map_batches(
                _RayProcessor,
                fn_constructor_kwargs={"factory": self.factory, "spec": spec},
                batch_size=self.batch_size,
                batch_format="numpy",
                compute=ray.data.ActorPoolStrategy(size=self.workers),
                num_cpus=1,
            )
            for batch in ds.iter_batches(batch_size=None, batch_format="numpy", prefetch_batches=2):
                for payload in batch["payload"]:
                    yield pickle.loads(payload)
        finally:
            if started:
                ray.shutdown()
