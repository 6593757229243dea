"""The generic run engine: plan -> items -> processor -> records -> sink.

A :class:`Plan` names its items by index; a :class:`Processor` (built in each worker by a
picklable factory) turns batches of items into records; an engine (``local`` processes or
``ray`` actors, :func:`make_engine`) yields the results in plan order; :func:`drive` admits
them (dedup) into a :class:`Sink` with a progress bar and periodic commits, so a killed run
resumes where it stopped. The settings identity (:func:`check_identity`,
:func:`fingerprint`) keeps a resumed run honest.

Template synthesis (:mod:`codepercept.synth`) is one processor with the dataset store as its
sink; the model-in-the-loop pipelines are others, with :class:`JsonlSink`.
"""

from codepercept.runs.driver import DriveStats, dedup_admitter, drive
from codepercept.runs.engines import ENGINES, Engine, EngineKind, make_engine
from codepercept.runs.fanout import FailureStreak, fan_out
from codepercept.runs.plans import ListPlan, pending_start
from codepercept.runs.rundir import RunDirError, check_identity, fingerprint, lock_dir
from codepercept.runs.sink import JsonlSink, read_records
from codepercept.runs.types import (
    Item,
    Outcome,
    Plan,
    Processor,
    ProcessorFactory,
    Sink,
    WorkResult,
)

__all__ = [
    "ENGINES",
    "DriveStats",
    "Engine",
    "EngineKind",
    "FailureStreak",
    "Item",
    "JsonlSink",
    "ListPlan",
    "Outcome",
    "Plan",
    "Processor",
    "ProcessorFactory",
    "RunDirError",
    "Sink",
    "WorkResult",
    "check_identity",
    "dedup_admitter",
    "drive",
    "fan_out",
    "fingerprint",
    "lock_dir",
    "make_engine",
    "pending_start",
    "read_records",
]
