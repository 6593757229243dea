"""Q_C, the code gate: rendered within limits, deterministic, allowed imports, no outside access."""

from __future__ import annotations

import io
from typing import Any

import numpy as np

from codepercept.sandbox.types import RenderResult
from codepercept.synth.gates.code_ast import scan
from codepercept.synth.gates.config import GateConfig
from codepercept.synth.gates.result import Gate, GateResult, verdict


def code_lines(code: str) -> int:
    """Non-blank lines that are not pure comments."""
    return sum(1 for ln in code.splitlines() if ln.strip() and not ln.lstrip().startswith("#"))


def check_code(
    code: str,
    render: RenderResult,
    rerender: RenderResult | None = None,
    config: GateConfig | None = None,
) -> GateResult:
    """Q_C verdict for ``code`` given its render (and a second render to prove determinism)."""
    cfg = config or GateConfig()
    reasons: list[str] = []
    details: dict[str, Any] = {"lines": code_lines(code), "chars": len(code)}

    if not render.ok:
        reasons.append(
            f"render_failed: {render.status.value}: {render.reason or 'no reason given'}"
        )
    elif cfg.max_render_s is not None and render.duration_s > cfg.max_render_s:
        reasons.append(
            f"too_slow: rendered in {render.duration_s:.2f}s, limit {cfg.max_render_s:.2f}s"
        )
    if rerender is not None and render.ok:
        details["determinism_checked"] = True
        why = _determinism(render, rerender)
        if why:
            reasons.append(f"nondeterministic: {why}")

    n = details["lines"]
    if n < cfg.min_code_lines:
        reasons.append(f"too_short: {n} code lines, need at least {cfg.min_code_lines}")
    if n > cfg.max_code_lines:
        reasons.append(f"too_long: {n} code lines, at most {cfg.max_code_lines}")
    if len(code) > cfg.max_code_chars:
        reasons.append(f"too_long: {len(code)} characters, at most {cfg.max_code_chars}")

    findings = scan(code, cfg.allowed_imports)
    seen: set[str] = set()
    for f in findings:
        text = f"{f.code}: {f.message} (line {f.line})"
        if text not in seen:
            seen.add(text)
            reasons.append(text)
    details["findings"] = len(findings)
    return verdict(Gate.CODE, reasons, details)


def _determinism(a: RenderResult, b: RenderResult) -> str:
    """Empty when both renders gave the same PNG bytes, else what differed."""
    if not b.ok:
        return f"second render ended {b.status.value}: {b.reason or 'no reason given'}"
    if a.png == b.png:
        return ""
    if a.png is None or b.png is None:
        return "one render has no PNG"
    from PIL import Image

    ia = np.asarray(Image.open(io.BytesIO(a.png)).convert("RGB"))
    ib = np.asarray(Image.open(io.BytesIO(b.png)).convert("RGB"))
    if ia.shape != ib.shape:
        return f"PNG size changed between renders ({ia.shape[1]}x{ia.shape[0]} vs {ib.shape[1]}x{ib.shape[0]})"
    diff = int((ia != ib).any(axis=2).sum())
    if diff == 0:
        return "PNG bytes differ between renders (same pixels, different encoding)"
    return f"{diff} pixels differ between two renders of the same code"
