"""Sandboxed rendering of untrusted matplotlib code: warm workers, forked isolated jobs.

Public surface: :class:`RenderPool` (the safe path), :func:`render_inprocess` (trusted code
only), and the records :class:`RenderResult`, :class:`RenderConfig`, :class:`Status`,
:class:`Isolation`.
"""

from codepercept.sandbox.files import RenderNotSaved, load_render, save_render, sidecar
from codepercept.sandbox.inprocess import render_inprocess
from codepercept.sandbox.pool import RenderPool
from codepercept.sandbox.preprocess import prepare_code
from codepercept.sandbox.types import Isolation, RenderConfig, RenderResult, Status

__all__ = [
    "Isolation",
    "RenderConfig",
    "RenderNotSaved",
    "RenderPool",
    "RenderResult",
    "Status",
    "load_render",
    "prepare_code",
    "render_inprocess",
    "save_render",
    "sidecar",
]
