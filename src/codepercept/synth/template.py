"""The template contract: (seeded RNG) -> matplotlib code plus the facts and QA it intends.

A template is a function registered with :func:`template`; its :class:`Template` record knows
its name, family, declared parameter space and, optionally, a QA verifier: an independent
re-computation of every answer, run by the registry contract test over many seeds.
"""

from __future__ import annotations

import dataclasses
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass, field
from typing import Any, Protocol

import numpy as np

from codepercept.errors import UnknownName
from codepercept.registry import Registry


@dataclass(frozen=True, slots=True)
class QA:
    """A question whose answer is computed from the template parameters."""

    question: str
    answer: str
    kind: str = "free"  # free | choice | int | float


@dataclass(frozen=True, slots=True)
class Sample:
    """What a template instance produces, before rendering and gating.

    ``template``, ``family`` and ``seed`` are stamped by :meth:`Template.sample`; a template
    function may leave them empty.
    """

    template: str
    family: str
    params: dict[str, Any]
    code: str  # self-contained matplotlib code, deterministic, ends with plt.savefig(...)
    facts: dict[str, Any]  # ground truth the figure intends: counts, labels, coordinates, ...
    qa: tuple[QA, ...] = ()
    seed: int = 0


@dataclass(frozen=True, slots=True)
class ParamSpec:
    """One parameter of a template's space, for listings, docs and the contract test."""

    name: str
    kind: str  # int | float | choice | bool | str
    low: float | None = None
    high: float | None = None
    choices: tuple[Any, ...] = ()
    help: str = ""


class TemplateFn(Protocol):
    def __call__(self, rng: np.random.Generator) -> Sample: ...


#: Checks a sample's QA answers independently of the code that computed them; returns the
#: problems found (empty when every answer holds).
Verifier = Callable[[Sample], Sequence[str]]


@dataclass(frozen=True, slots=True)
class Template:
    name: str
    family: str
    fn: Callable[[np.random.Generator], Sample]
    parameters: tuple[ParamSpec, ...] = ()
    description: str = ""
    tags: tuple[str, ...] = field(default_factory=tuple)
    verify: Verifier | None = None

    def sample(self, seed: int) -> Sample:
        """Instantiate with a seeded RNG; the same seed always gives the same sample."""
        s = self.fn(np.random.default_rng(seed))
        return dataclasses.replace(s, template=self.name, family=self.family, seed=seed)

    def check_answers(self, sample: Sample) -> list[str]:
        """Problems the verifier finds in ``sample``'s QA (none when there is no verifier)."""
        return list(self.verify(sample)) if self.verify is not None else []


#: Every template by name; the first lookup imports the built-in families.
REGISTRY: Registry[Template] = Registry(
    "template",
    hint="see `codepercept synth --list`",
    modules=("codepercept.synth.families.*",),
)


def template(
    name: str,
    family: str,
    parameters: tuple[ParamSpec, ...] = (),
    description: str = "",
    tags: tuple[str, ...] = (),
    verify: Verifier | None = None,
):
    """Register a template function under ``name`` in ``family``, with its QA verifier."""

    def deco(fn: Callable[[np.random.Generator], Sample]):
        doc = description or (fn.__doc__ or "").strip()
        REGISTRY.add(name, Template(name, family, fn, parameters, doc, tags, verify))
        return fn

    return deco


def family_names() -> list[str]:
    """The registered family names, sorted."""
    return sorted({t.family for t in REGISTRY.values()})


def select_templates(selectors: Iterable[str], family: str | None = None) -> list[Template]:
    """The templates ``selectors`` name, each once, in the order named (a family's by name).

    A selector is ``all``, a family name (or a unique prefix of one: ``plane``), or a template
    name. ``family`` restricts the choice; with no selectors it selects the whole family.
    """
    fams = family_names()

    def family_of(sel: str) -> str | None:
        if sel in fams:
            return sel
        hits = [f for f in fams if f.startswith(sel)]
        return hits[0] if len(hits) == 1 else None

    selectors = list(selectors)
    if family is not None:
        fam = family_of(family)
        if fam is None:
            raise UnknownName(f"unknown family {family!r}; choose from: {', '.join(fams)}")
        family = fam
    if not selectors:
        if family is None:
            raise UnknownName("name a family or a template; see `codepercept synth --list`")
        selectors = [family]
    chosen: dict[str, Template] = {}
    for sel in selectors:
        if sel == "all":
            hits = list(REGISTRY.values())
        elif sel in REGISTRY:
            hits = [REGISTRY[sel]]
        elif (fam := family_of(sel)) is not None:
            hits = [t for t in REGISTRY.values() if t.family == fam]
        else:
            raise UnknownName(
                f"no template or family named {sel!r}; families: {', '.join(fams)} "
                "(template names: `codepercept synth --list`)"
            )
        if family is not None:
            wrong = [t.name for t in hits if t.family != family]
            if wrong and sel != "all":
                raise UnknownName(f"template(s) {wrong} are not in family {family!r}")
            hits = [t for t in hits if t.family == family]
        chosen.update((t.name, t) for t in sorted(hits, key=lambda t: (t.family, t.name)))
    return list(chosen.values())
