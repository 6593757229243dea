"""Train / validation / test splits without leakage: by template or by seed range.

``by=template`` puts every sample of a template in one split (held-out templates measure
generalisation to unseen figure kinds); ``by=seed`` cuts the sorted seeds into contiguous ranges
(train lowest, test highest), so a seed, and with it every template instance drawn from it, is
in one split only, while every template appears in all splits. The plan is a pure function of
the (template, seed) pairs and the settings: re-exporting the same store gives the same splits.
"""

from __future__ import annotations

import random
from collections.abc import Iterable
from dataclasses import dataclass, field
from enum import StrEnum
from typing import Any

from codepercept.config import ConfigError, setting, validate

TRAIN, VALIDATION, TEST = "train", "validation", "test"
SPLITS = (TRAIN, VALIDATION, TEST)


class SplitBy(StrEnum):
    """What a split is made of."""

    TEMPLATE = "template"  # whole templates (unseen figure kinds in validation / test)
    SEED = "seed"  # contiguous seed ranges (same templates, unseen instances)
    NONE = "none"  # everything in train


@dataclass(frozen=True, slots=True)
class SplitSpec:
    """How to split an export."""

    by: SplitBy = setting(SplitBy.TEMPLATE, "template | seed | none")
    validation: float = setting(0.05, "fraction of templates (or seeds) for validation", ge=0, lt=1)
    test: float = setting(0.05, "fraction of templates (or seeds) for test", ge=0, lt=1)
    seed: int = setting(0, "shuffles templates before a by-template split")

    def __post_init__(self) -> None:
        try:
            object.__setattr__(self, "by", SplitBy(self.by))
        except ValueError:
            choices = " | ".join(b.value for b in SplitBy)
            raise ConfigError(f"SplitSpec.by must be {choices}, got {self.by!r}") from None
        validate(self)
        if self.validation + self.test >= 1:
            raise ConfigError(
                f"validation + test fractions must leave some train data, got "
                f"{self.validation} + {self.test}"
            )


@dataclass(frozen=True, slots=True)
class SplitPlan:
    """Which split each template (or seed) goes to, and how that was decided."""

    spec: SplitSpec
    templates: dict[str, str] = field(default_factory=dict)  # by template: template -> split
    ranges: dict[str, tuple[int, int]] = field(default_factory=dict)  # by seed: split -> [lo, hi]

    def split_of(self, template: str, seed: int) -> str | None:
        """The split of one sample; None for a sample the plan has not seen."""
        if self.spec.by is SplitBy.NONE:
            return TRAIN
        if self.spec.by is SplitBy.TEMPLATE:
            return self.templates.get(template)
        for name, (lo, hi) in self.ranges.items():
            if lo <= seed <= hi:
                return name
        return None

    def names(self) -> list[str]:
        """Splits that hold data, in train, validation, test order."""
        used = set(self.templates.values()) | set(self.ranges)
        return [TRAIN] if self.spec.by is SplitBy.NONE else [s for s in SPLITS if s in used]

    def describe(self) -> dict[str, Any]:
        """JSON-able record of the plan for the manifest."""
        out: dict[str, Any] = {
            "by": str(self.spec.by),
            "validation": self.spec.validation,
            "test": self.spec.test,
            "seed": self.spec.seed,
        }
        if self.spec.by is SplitBy.TEMPLATE:
            out["templates"] = {
                s: sorted(t for t, v in self.templates.items() if v == s) for s in SPLITS
            }
        elif self.spec.by is SplitBy.SEED:
            out["seed_ranges"] = {s: list(r) for s, r in self.ranges.items()}
        return out


def _counts(n: int, spec: SplitSpec, what: str) -> tuple[int, int]:
    """(validation, test) sizes out of ``n`` units: each asked-for split gets at least one."""
    sizes = [max(1, round(n * f)) if f > 0 else 0 for f in (spec.validation, spec.test)]
    if n - sum(sizes) < 1:
        raise ConfigError(
            f"cannot split {n} {what}(s) into train, validation ({spec.validation}) and test "
            f"({spec.test}) with at least one each; synthesise more, lower the fractions or "
            f"split by {'seed' if what == 'template' else 'template'}"
        )
    return sizes[0], sizes[1]


def plan_splits(samples: Iterable[tuple[str, int]], spec: SplitSpec) -> SplitPlan:
    """The plan for a store whose samples are these (template, seed) pairs."""
    pairs = list(samples)
    if spec.by is SplitBy.NONE:
        return SplitPlan(spec)
    if spec.by is SplitBy.TEMPLATE:
        names = sorted({t for t, _ in pairs})
        random.Random(spec.seed).shuffle(names)
        n_val, n_test = _counts(len(names), spec, "template")
        order = [VALIDATION] * n_val + [TEST] * n_test
        order += [TRAIN] * (len(names) - len(order))
        return SplitPlan(spec, templates=dict(zip(names, order, strict=True)))
    seeds = sorted({s for _, s in pairs})
    n_val, n_test = _counts(len(seeds), spec, "seed")
    n_train = len(seeds) - n_val - n_test
    ranges: dict[str, tuple[int, int]] = {}
    start = 0
    for name, size in ((TRAIN, n_train), (VALIDATION, n_val), (TEST, n_test)):
        if size:
            ranges[name] = (seeds[start], seeds[start + size - 1])
            start += size
    return SplitPlan(spec, ranges=ranges)
