"""Options built from config settings, so the CLI never re-types a default or its meaning."""

from __future__ import annotations

import json
from typing import Any

import typer

from codepercept.config import field_default, field_help
from codepercept.errors import ConfigError


def setting_option(cls: type, name: str, *decls: str, help: str | None = None, **kw: Any) -> Any:
    """A ``typer.Option`` whose default and help text are those of ``cls.name``.

    >>> from codepercept.sandbox import RenderConfig
    >>> def render(timeout: float = setting_option(RenderConfig, "timeout_s", "--timeout")): ...
    """
    return typer.Option(field_default(cls, name), *decls, help=help or field_help(cls, name), **kw)


def extra_body_json(value: str | None) -> dict:
    """The ``--extra-body`` option: a JSON object merged into every request (empty when unset)."""
    if not value:
        return {}
    try:
        data = json.loads(value)
    except ValueError as e:
        raise ConfigError(f"--extra-body must be a JSON object: {e}") from None
    if not isinstance(data, dict):
        raise ConfigError(f"--extra-body must be a JSON object, got {value!r}")
    return data
