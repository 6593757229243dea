"""Pipelines by name: each is an async function from one seed to its records.

A pipeline module in :mod:`codepercept.pipelines.kinds` registers a :class:`Pipeline`;
the registry imports every module there on first lookup, so a new pipeline is one new file.
"""

from __future__ import annotations

from collections.abc import Awaitable, Callable, Mapping
from dataclasses import dataclass
from enum import StrEnum
from typing import TYPE_CHECKING, Any

from codepercept.registry import Registry

if TYPE_CHECKING:
    from codepercept.pipelines.context import StepContext
    from codepercept.pipelines.seeds import Seed
    from codepercept.synth.store import Record

__all__ = ["PIPELINES", "Pipeline", "SeedNeed"]


class SeedNeed(StrEnum):
    """What every seed of a pipeline must carry."""

    IMAGE = "image"  # an image (any seed)
    CODE = "code"  # an image and the program that drew it (e.g. a synth store)


def _one(options: Any) -> int:
    return 1


def _none(options: Any) -> tuple[str, ...]:
    return ()


@dataclass(frozen=True)
class Pipeline:
    """One model-in-the-loop pipeline.

    ``run(ctx, seed)`` returns exactly ``records_per_seed(options)`` records (variant
    indices 0..n-1; failed ones included). ``steps`` are the model steps it may call (the
    config must give each an endpoint); ``settings`` is the config dataclass of its own
    ``[name]`` table (None: it has none); ``prompts`` the prompts it sends (a changed prompt
    text makes a resumed run refuse the folder).
    """

    name: str
    run: Callable[[StepContext, Seed], Awaitable[list[Record]]]
    steps: tuple[str, ...]
    needs: SeedNeed = SeedNeed.IMAGE
    settings: type | None = None
    records_per_seed: Callable[[Any], int] = _one
    extra_steps: Callable[[Any], tuple[str, ...]] = _none  # steps its settings switch on
    prompts: tuple[str, ...] = ()  # registered prompt names; their versions join the run identity
    # counts of one record to add up over the run (resume included) and the manifest's view of
    # their totals (``manifest["pipeline"]["summary"]``; the totals themselves when unset)
    tally: Callable[[Record], Mapping[str, int]] | None = None
    summarize: Callable[[Mapping[str, int]], dict[str, Any]] | None = None
    help: str = ""

    def all_steps(self, options: Any) -> tuple[str, ...]:
        """The steps a run with these settings may call."""
        return (*self.steps, *self.extra_steps(options))


#: Every pipeline by name; the first lookup imports :mod:`codepercept.pipelines.kinds`.
PIPELINES: Registry[Pipeline] = Registry(
    "pipeline",
    modules=("codepercept.pipelines.kinds.*",),
    hint="see `codepercept --help` for the pipeline commands",
)
