"""Plans that are not template round-robins: a fixed list of items (seed images, dataset rows)."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any

__all__ = ["ListPlan", "pending_start"]


@dataclass(frozen=True, slots=True)
class ListPlan:
    """Items given up front, e.g. the seed images of a reproduction run; item ``i`` is
    ``items[i]``. The items travel with the plan, so keep them small (paths, ids)."""

    items: Sequence[Any]
    start: int = 0
    stop: int | None = None

    def __post_init__(self) -> None:
        stop = len(self.items) if self.stop is None else min(self.stop, len(self.items))
        object.__setattr__(self, "stop", stop)

    def item(self, i: int) -> Any:
        return self.items[i]

    def __len__(self) -> int:
        assert self.stop is not None
        return max(0, self.stop - self.start)


def pending_start(plan: Any, is_done: Any, limit: int | None = None) -> int:
    """The first index of ``plan`` (from its start) whose item is not done.

    Engines return results in plan order and the driver stores them in that order, so the done
    items of a resumed run form a prefix; everything after it is still to do.
    """
    i = plan.start
    stop = plan.stop if plan.stop is not None else limit
    while (stop is None or i < stop) and is_done(plan.item(i).id):
        i += 1
    return i
