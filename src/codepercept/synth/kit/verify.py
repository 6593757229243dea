"""Helpers for QA verifiers: a problem collector and readers of exact-form answers.

A template's verifier (``verify=`` of :func:`~codepercept.synth.template.template`) recomputes
every answer by other means than the generator and returns the problems it finds. These are
the pieces every family's verifiers share: :class:`Problems` collects one short line per
problem and turns a sample it cannot read into a problem, never an exception;
:func:`read_number` reads answers such as ``2√3``, ``32π/3`` or ``3/4`` with a small
arithmetic evaluator (never ``eval``); :func:`code_literal` and :func:`code_function` read what
an emitted script assigns, with ``ast``.
"""

from __future__ import annotations

import ast
import math
import re
from collections.abc import Callable, Mapping
from types import TracebackType
from typing import Any

import numpy as np

from codepercept.synth.template import QA


def _short(text: str, width: int = 72) -> str:
    return text if len(text) <= width else text[: width - 1] + "…"


def _shown(value: object) -> str:
    if isinstance(value, float | np.floating):
        return f"{float(value):.4g}"
    return repr(value) if isinstance(value, str) else str(value)


#: What reading a sample the verifier does not understand can raise; reported, not raised.
_UNREADABLE = (
    ArithmeticError,
    AttributeError,
    LookupError,
    StopIteration,
    SyntaxError,
    TypeError,
    ValueError,
)


class Problems:
    """Collects what a verifier finds wrong, one short line per problem.

    Used as a context manager: a sample the verifier cannot read (a missing point, a question
    worded in a way it does not know, an answer that does not parse) becomes a problem too,
    instead of an exception escaping into the pipeline. ``parse`` turns an answer string into
    a number for :meth:`close`; ``rel`` and ``abs_tol`` are its default tolerances.
    """

    def __init__(
        self, parse: Callable[[str], float] = float, rel: float = 0.015, abs_tol: float = 0.05
    ) -> None:
        self.found: list[str] = []
        self.parse, self.rel, self.abs_tol = parse, rel, abs_tol

    def __enter__(self) -> Problems:
        return self

    def __exit__(
        self,
        kind: type[BaseException] | None,
        exc: BaseException | None,
        tb: TracebackType | None,
    ) -> bool:
        if isinstance(exc, _UNREADABLE):
            self.found.append(f"could not recompute the answers: {type(exc).__name__}: {exc}")
            return True
        return False

    def wrong(self, qa: QA, want: object) -> None:
        """Record that ``qa``'s stated answer disagrees with the recomputed ``want``."""
        self.found.append(
            f"{_short(qa.question)!r}: stated {qa.answer!r}, recomputed {_shown(want)}"
        )

    def close(
        self,
        qa: QA,
        want: float,
        rel: float | None = None,
        abs_tol: float | None = None,
        parse: Callable[[str], float] | None = None,
    ) -> None:
        """The answer is within ``max(abs_tol, rel * |want|)`` of ``want``; the tolerances
        and the parser default to the collector's."""
        rel = self.rel if rel is None else rel
        abs_tol = self.abs_tol if abs_tol is None else abs_tol
        try:
            got = (parse or self.parse)(qa.answer)
        except _UNREADABLE:
            got = math.nan
        if not abs(got - want) <= max(abs_tol, rel * abs(want)):
            self.wrong(qa, want)

    def equal(self, qa: QA, want: object) -> None:
        """The answer is exactly ``want`` (compared as text)."""
        if qa.answer != str(want):
            self.wrong(qa, want)

    def drawn(self, ok: bool, what: str) -> None:
        """A property of the drawing the answers rely on (a right angle, a tangency) holds."""
        if not ok:
            self.found.append(f"drawing: {what}")


def _evaluate(node: ast.AST, names: Mapping[str, Any]) -> Any:
    """Arithmetic on numbers, the given names and one-argument calls of given functions."""
    match node:
        case ast.Expression(body=body):
            return _evaluate(body, names)
        case ast.Constant(value=int() | float() as v) if not isinstance(v, bool):
            return v
        case ast.Name(id=name) if name in names:
            return names[name]
        case ast.UnaryOp(op=ast.USub(), operand=x):
            return -_evaluate(x, names)
        case ast.UnaryOp(op=ast.UAdd(), operand=x):
            return _evaluate(x, names)
        case ast.Call(func=ast.Name(id=fn), args=[arg], keywords=[]) if fn in names:
            return names[fn](_evaluate(arg, names))
        case ast.BinOp(left=left, op=op, right=right):
            a, b = _evaluate(left, names), _evaluate(right, names)
            match op:
                case ast.Add():
                    return a + b
                case ast.Sub():
                    return a - b
                case ast.Mult():
                    return a * b
                case ast.Div():
                    return a / b
                case ast.Pow() if np.all(np.abs(b) <= 16):
                    return a**b
    raise ValueError(f"unsupported expression {ast.unparse(node)!r}")


_CONSTANTS = {"sqrt": math.sqrt, "pi": math.pi}


def read_number(answer: str) -> float:
    """Numeric value of answers like '12', '3/4', '2√3', '√(61)', '32π/3', '4π + 3√41π'."""
    s = answer.replace(" ", "")
    s = re.sub(r"√\((\d+(?:/\d+)?)\)", r"*sqrt(\1)", s)
    s = re.sub(r"√(\d+)", r"*sqrt(\1)", s)
    s = s.replace("π", "*pi")
    s = re.sub(r"(^|[(+\-/])\*", r"\1", s)
    s = re.sub(r"/(\d+)", r"/(\1)", s)
    return float(_evaluate(ast.parse(s, mode="eval"), _CONSTANTS))


def read_vector(answer: str) -> list[float]:
    """Components of an answer written as a tuple, '(1, -1/2, 3)'."""
    inner = answer.strip()
    if not (inner.startswith("(") and inner.endswith(")")):
        raise ValueError(f"not a vector: {answer!r}")
    return [read_number(part) for part in inner[1:-1].split(",")]


def code_literal(code: str, name: str) -> Any:
    """The literal assigned to ``name`` in an emitted script (tuple targets allowed)."""
    for node in ast.walk(ast.parse(code)):
        if isinstance(node, ast.Assign):
            target = node.targets[0]
            if isinstance(target, ast.Name) and target.id == name:
                return ast.literal_eval(node.value)
            if isinstance(target, ast.Tuple) and isinstance(node.value, ast.Tuple):
                names = [e.id if isinstance(e, ast.Name) else "" for e in target.elts]
                if name in names:
                    return ast.literal_eval(node.value.elts[names.index(name)])
    raise KeyError(f"{name} is not assigned in the script")


def code_function(code: str, name: str) -> Callable[..., Any]:
    """A one-expression function ``def name(x, y): return <arithmetic>`` from the script."""
    for node in ast.walk(ast.parse(code)):
        if isinstance(node, ast.FunctionDef) and node.name == name:
            ret = node.body[-1]
            if not isinstance(ret, ast.Return) or ret.value is None:
                break
            args = [a.arg for a in node.args.args]
            body = ret.value
            return lambda *vals: _evaluate(body, dict(zip(args, vals, strict=True)))
    raise KeyError(f"no one-line function {name} in the script")


class _Unnumpy(ast.NodeTransformer):
    """``np.sin(x)`` -> ``sin(x)`` and ``np.pi`` -> ``pi``, for :func:`code_numpy_function`."""

    def visit_Attribute(self, node: ast.Attribute) -> ast.AST:
        if isinstance(node.value, ast.Name) and node.value.id in ("np", "numpy"):
            return ast.copy_location(ast.Name(id=node.attr, ctx=ast.Load()), node)
        return self.generic_visit(node)


#: The numpy functions :func:`code_numpy_function` understands.
_NUMPY_FUNCS: dict[str, Any] = {
    "sin": np.sin,
    "cos": np.cos,
    "tan": np.tan,
    "exp": np.exp,
    "log": np.log,
    "sqrt": np.sqrt,
    "abs": np.abs,
    "pi": math.pi,
}


def code_numpy_function(code: str, name: str) -> Callable[..., Any]:
    """Like :func:`code_function`, with numpy calls (``np.sin``, ``np.exp``, ``np.pi`` ...)
    allowed: a vectorised function for verifiers that brute-force a drawn curve."""
    for node in ast.walk(ast.parse(code)):
        if isinstance(node, ast.FunctionDef) and node.name == name:
            ret = node.body[-1]
            if not isinstance(ret, ast.Return) or ret.value is None:
                break
            body = _Unnumpy().visit(ret.value)
            args = [a.arg for a in node.args.args]
            return lambda *vals: _evaluate(
                body, {**_NUMPY_FUNCS, **dict(zip(args, vals, strict=True))}
            )
    raise KeyError(f"no one-line function {name} in the script")
