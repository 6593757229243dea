"""The facts vocabulary: what a figure is meant to show, as plain JSON-able keys.

A template's ``Sample.facts`` (or facts read off the trace of ground-truth code) uses these keys,
all optional. Each *fact kind* owns some keys and knows how to check them against a trace
(:data:`FACT_KINDS`; the built-in kinds live in :mod:`codepercept.grounding.checks`):

==========  ==================================================================================
kind        keys
==========  ==================================================================================
labels      ``labels`` list[str]: texts that must appear (vertex names, values, titles)
points      ``points`` dict[str, [x, y] | [x, y, z]]: labelled points in data coordinates; the
            label text of the same name is drawn near the point
segments    ``segments`` / ``dashed_segments`` list[[str, str]]: solid / dashed segments
            between two named points (hidden edges, auxiliary lines)
circles     ``circles`` list[{"center": [x, y], "radius": r}]: circles drawn (data coordinates)
counts      ``counts`` / ``min_counts`` dict[str, int]: exact number / lower bound of CONTENT
            elements of an ElementKind ("line", "text", ...)
view        ``view`` {"elev", "azim"[, "roll"]} degrees, and ``projection`` "2d" | "3d"
==========  ==================================================================================

Diagrams (physics, chemistry) add ``anchored_texts``, ``polylines``, ``arrow_segments`` and
``curve_points`` (:mod:`codepercept.grounding.kinds.diagrams`, loaded with the built-in kinds).
Function graphs and charts add ``curves``, ``marks``, ``regions``, ``vectors``, ``bars``,
``wedges``, ``boxes`` and ``table`` (:mod:`codepercept.grounding.kinds.plots`).

Declared but not checkable from a trace (:data:`DESCRIPTIVE_KEYS`, left to a template's own
tests): ``lengths`` dict[str, float] named measures ("AB": 5.0), ``angles`` dict[str, float]
named angles in degrees ("ABC": 60.0), ``answer`` (the quantity a question asks for) and
``extra`` (template-specific facts, free-form).

The rule for unknown keys: a key is known when it is descriptive or some registered fact kind
owns it; anything else is a :class:`FactsError`. A new family adds a fact kind with
:func:`fact_kind`, which makes its keys known and checked.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

from codepercept.errors import CodeperceptError
from codepercept.registry import Registry

if TYPE_CHECKING:
    from codepercept.grounding.index import TraceIndex

#: Keys a figure may declare that no trace can confirm (measures, answers, free-form extras).
DESCRIPTIVE_KEYS = frozenset({"lengths", "angles", "answer", "extra"})


class FactsError(CodeperceptError, ValueError):
    """Facts outside the vocabulary or with the wrong shape (the message names the key)."""


@dataclass
class Findings:
    """What the checks found: ``"code: explanation"`` reasons and details for the record."""

    reasons: list[str]
    details: dict[str, Any]

    def fail(self, reason: str) -> None:
        self.reasons.append(reason)


#: A fact kind's check: reads its keys of ``facts``, appends to ``findings`` what disagrees.
CheckFn = Callable[[Mapping[str, Any], "TraceIndex", Findings], None]
#: A fact kind's shape check: raises :class:`FactsError` for malformed values of its keys.
ValidateFn = Callable[[Mapping[str, Any]], None]


@dataclass(frozen=True, slots=True)
class FactKind:
    """One kind of fact: the keys it owns, how to check them on a trace, how to validate them.

    A kind runs when facts hold one of its keys; ``always`` kinds run for every figure (their
    check records details each record carries, such as the element counts drawn).
    """

    name: str
    keys: tuple[str, ...]
    check: CheckFn
    validate: ValidateFn | None = None
    always: bool = False


FACT_KINDS: Registry[FactKind] = Registry(
    "fact kind",
    hint="register one with codepercept.grounding.fact_kind",
    modules=("codepercept.grounding.checks", "codepercept.grounding.kinds.*"),
)


def fact_kind(
    name: str,
    keys: tuple[str, ...] = (),
    validate: ValidateFn | None = None,
    *,
    always: bool = False,
) -> Callable[[CheckFn], CheckFn]:
    """Register the decorated check as fact kind ``name`` owning ``keys`` (default: ``(name,)``).

    >>> @fact_kind("legend", validate=None)                       # doctest: +SKIP
    ... def check_legend(facts, index, findings):
    ...     drawn = {t for a in index.trace.axes for t in a.legend}
    ...     for entry in facts["legend"]:
    ...         if entry not in drawn:
    ...             findings.fail(f"missing_legend: {entry!r} is not in a legend")
    """

    def deco(check: CheckFn) -> CheckFn:
        owned = keys or (name,)
        taken = known_fact_keys() & set(owned)
        if taken:
            raise FactsError(f"fact kind {name!r}: keys {sorted(taken)} already have an owner")
        FACT_KINDS.register(name, FactKind(name, owned, check, validate, always))
        return check

    return deco


def known_fact_keys() -> frozenset[str]:
    """Every key the vocabulary accepts: descriptive keys plus those of registered fact kinds."""
    return DESCRIPTIVE_KEYS | {k for kind in FACT_KINDS.values() for k in kind.keys}


def kinds_present(facts: Mapping[str, Any]) -> list[FactKind]:
    """The registered fact kinds that own a key of ``facts``, in registration order."""
    return [kind for kind in FACT_KINDS.values() if any(k in facts for k in kind.keys)]


def validate_facts(facts: Mapping[str, Any]) -> None:
    """Raise :class:`FactsError` when ``facts`` does not follow the vocabulary above."""
    unknown = set(facts) - known_fact_keys()
    if unknown:
        raise FactsError(
            f"unknown fact keys {sorted(unknown)}; put template-specific facts under 'extra'"
        )
    for kind in kinds_present(facts):
        if kind.validate is not None:
            kind.validate(facts)
