"""Options built from config settings, so the CLI never re-types a default or its meaning."""

from __future__ import annotations

from typing import Any

import typer

from codepercept.config import field_default, field_help


def setting_option(cls: type, name: str, *decls: str, help: str | None = None, **kw: Any) -> Any:
    """A ``typer.Option`` whose default and help text are those of ``cls.name``.

    >>> from codepercept.sandbox import RenderConfig
    >>> def render(timeout: float = setting_option(RenderConfig, "timeout_s", "--timeout")): ...
    """
    return typer.Option(field_default(cls, name), *decls, help=help or field_help(cls, name), **kw)
