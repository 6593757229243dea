"""One small generic registry: name -> object, filled by a decorator.

Templates, export formats, engines, prompts, rewards and benchmarks each keep one. A registry
is a read-only mapping; unknown names raise :class:`~codepercept.errors.UnknownName` listing
the choices, and registering a name twice is an error (two modules fighting over a name).

>>> shapes = Registry[str]("shape")
>>> @shapes.register("square")
... def square() -> str:
...     return "[]"
>>> shapes["square"]()
'[]'
>>> shapes.get("circle")
Traceback (most recent call last):
...
codepercept.errors.UnknownName: unknown shape 'circle'; choose from: square
"""

from __future__ import annotations

import importlib
import pkgutil
from collections.abc import Callable, Iterator, Mapping
from typing import Generic, TypeVar, overload

from codepercept.errors import CodeperceptError, UnknownName

T = TypeVar("T")


class Registry(Mapping[str, T], Generic[T]):
    """Objects of one kind by name; ``kind`` is what error messages call them."""

    def __init__(self, kind: str, *, hint: str = "", modules: tuple[str, ...] = ()) -> None:
        self.kind = kind
        self.hint = hint  # appended to "unknown" errors, e.g. "see `codepercept synth --list`"
        # imported on first lookup: their decorators fill the registry; "pkg.*" imports every
        # module and subpackage of ``pkg`` (sorted), so a new family is one new file
        self._modules = modules
        self._loaded = not modules
        self._items: dict[str, T] = {}

    # -- filling ---------------------------------------------------------------------------
    @overload
    def register(self, name: str) -> Callable[[T], T]: ...
    @overload
    def register(self, name: str, obj: T) -> T: ...
    def register(self, name: str, obj: T | None = None):
        """Register ``obj`` under ``name``; without ``obj``, a decorator that does so."""
        if obj is not None:
            self.add(name, obj)
            return obj

        def deco(o: T) -> T:
            self.add(name, o)
            return o

        return deco

    def add(self, name: str, obj: T) -> None:
        if name in self._items:
            raise CodeperceptError(f"{self.kind} {name!r} is registered twice")
        self._items[name] = obj

    def remove(self, name: str) -> None:
        """Forget ``name`` (tests and plug-ins that register things for a while)."""
        if name not in self._items:
            raise self.unknown(name)
        del self._items[name]

    def load(self) -> None:
        """Import the modules whose decorators fill this registry (once)."""
        if not self._loaded:
            self._loaded = True
            for m in self._modules:
                for name in _expand(m):
                    importlib.import_module(name)

    # -- lookup ----------------------------------------------------------------------------
    def get(self, name: str, default: T | None = None) -> T:  # type: ignore[override]
        """The object under ``name``; unknown names raise :class:`UnknownName` (no default)."""
        self.load()
        try:
            return self._items[name]
        except KeyError:
            if default is not None:
                return default
            raise self.unknown(name) from None

    def unknown(self, name: str) -> UnknownName:
        """The error for a name that is not registered, listing what is."""
        choices = ", ".join(sorted(self._items)) or "none registered"
        hint = f" ({self.hint})" if self.hint else ""
        return UnknownName(f"unknown {self.kind} {name!r}; choose from: {choices}{hint}")

    def __getitem__(self, name: str) -> T:
        return self.get(name)

    def __contains__(self, name: object) -> bool:
        self.load()
        return name in self._items

    def __iter__(self) -> Iterator[str]:
        self.load()
        return iter(self._items)

    def __len__(self) -> int:
        self.load()
        return len(self._items)

    def names(self) -> list[str]:
        """Registered names, sorted."""
        return sorted(self)

    def __repr__(self) -> str:
        return f"Registry({self.kind!r}, {len(self._items)} entries)"


def _expand(module: str) -> list[str]:
    """``module`` itself, or for ``"pkg.*"`` the package and each of its modules, sorted."""
    if not module.endswith(".*"):
        return [module]
    pkg = importlib.import_module(module[:-2])
    subs = sorted(m.name for m in pkgutil.iter_modules(pkg.__path__) if not m.name.startswith("_"))
    return [pkg.__name__, *(f"{pkg.__name__}.{s}" for s in subs)]
