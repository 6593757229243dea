"""Named errors shared by every stage; each message says how to fix the problem."""

from __future__ import annotations


class CodeperceptError(Exception):
    """Base class: the CLI prints these as one line and exits non-zero."""


class ConfigError(CodeperceptError, ValueError):
    """A setting is out of range or inconsistent; the message names the field and the fix.

    Also a ``ValueError``, so callers that validate numbers the usual way catch it too.
    """


class UnknownName(CodeperceptError, KeyError):
    """A registry has nothing under the name asked for; the message lists the choices."""

    def __str__(self) -> str:  # KeyError would quote the message
        return str(self.args[0]) if self.args else ""


class MissingDependency(CodeperceptError):
    """An optional dependency is not installed."""

    def __init__(self, module: str, extra: str) -> None:
        super().__init__(
            f"{module} is not installed; install it with: pip install 'codepercept[{extra}]'"
        )
        self.module = module
        self.extra = extra


class SandboxUnavailable(CodeperceptError):
    """The sandbox could not start a worker (platform or permission problem)."""


class EndpointError(CodeperceptError):
    """An OpenAI-compatible endpoint failed after all retries."""


def require(module: str, extra: str):
    """Import an optional dependency or raise :class:`MissingDependency` naming the extra."""
    import importlib

    try:
        return importlib.import_module(module)
    except ImportError as e:
        raise MissingDependency(module, extra) from e
