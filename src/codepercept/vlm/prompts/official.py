"""The judge rubrics of the official protocol: read from the user's copy of the released
``evaluation.py``, or our paraphrase of the paper's criteria when there is none.

The project does not ship the released rubric texts. :func:`official_rubrics` parses the file
with :mod:`ast` (nothing in it runs) and takes the string assigned to ``user_prompt`` inside
``Image_Scoring`` and inside ``Code_Scoring`` (and their ``system_prompt``). The code rubric
is a concatenation whose f-string part splices in the two programs: each name it formats is
matched, through the assignments of the same function, to ``item['GT_Code']`` (the reference)
or ``item['initial_response']`` (the generated code), and the programs are inserted verbatim
at those places, as the f-string does.
"""

from __future__ import annotations

import ast
import hashlib
import os
from collections.abc import Iterator
from dataclasses import dataclass
from typing import Any, Literal

from codepercept.errors import CodeperceptError
from codepercept.io import read_text
from codepercept.vlm.prompts.base import Prompt
from codepercept.vlm.prompts.judges import OFFICIAL_CODE_PARAPHRASE, OFFICIAL_IMAGE_PARAPHRASE
from codepercept.vlm.prompts.tasks import OFFICIAL_SYSTEM

#: Where the official protocol looks for evaluation.py when no path is given.
SOURCE_ENV = "CODEPERCEPT_OFFICIAL_SOURCE"
#: The item fields their judges splice in, and the placeholder each becomes here.
SLOTS = {"GT_Code": "ref_code", "initial_response": "cand_code"}
FUNCTIONS = {"image": "Image_Scoring", "code": "Code_Scoring"}


class OfficialSourceError(CodeperceptError):
    """The file given as the released evaluation.py does not hold the rubrics where expected."""


@dataclass(frozen=True, slots=True)
class OfficialRubrics:
    """The two judge prompts of a run; ``code`` fills ``{ref_code}`` and ``{cand_code}``."""

    image: Prompt
    code: Prompt
    origin: Literal["official-source", "paraphrase"]
    source: str | None = None  # the evaluation.py read
    source_sha256: str | None = None

    @property
    def paraphrase(self) -> bool:
        return self.origin == "paraphrase"

    def record(self) -> dict[str, Any]:
        """What run.json keeps: where the rubrics came from and each prompt's tag and digest."""
        return {
            "rubric": self.origin,
            "source": self.source,
            "source_sha256": self.source_sha256,
            "image": {"tag": self.image.tag, "digest": self.image.digest},
            "code": {"tag": self.code.tag, "digest": self.code.digest},
        }


def official_rubrics(source: str | os.PathLike[str] | None = None) -> OfficialRubrics:
    """Rubrics from ``source`` (else ``$CODEPERCEPT_OFFICIAL_SOURCE``), else the paraphrase."""
    path = source or os.environ.get(SOURCE_ENV) or None
    if path is None:
        return OfficialRubrics(OFFICIAL_IMAGE_PARAPHRASE, OFFICIAL_CODE_PARAPHRASE, "paraphrase")
    return rubrics_from_source(path)


def rubrics_from_source(path: str | os.PathLike[str]) -> OfficialRubrics:
    """The rubrics as written in the released evaluation.py at ``path`` (never executed)."""
    text = read_text(path, "official evaluation.py")
    where = os.fspath(path)
    try:
        tree = ast.parse(text, filename=where)
    except SyntaxError as e:
        raise OfficialSourceError(f"{where} is not Python ({e.msg}, line {e.lineno})") from None
    prompts = {}
    for kind, fn_name in FUNCTIONS.items():
        parts, system = _function_rubric(tree, fn_name, where)
        slots = {p for p in parts if isinstance(p, _Slot)}
        wanted = {_Slot("ref_code"), _Slot("cand_code")} if kind == "code" else set()
        if slots != wanted:
            names = sorted(s.name for s in wanted) or ["nothing"]
            raise OfficialSourceError(
                f"{where}: the {fn_name} rubric should splice in {' and '.join(names)}, "
                f"found {sorted(s.name for s in slots) or 'nothing'}"
            )
        prompts[kind] = Prompt(
            f"official-judge-{kind}",
            1,
            _template(parts),
            system=system,
            help=f"the {fn_name} rubric read from {where}",
        )
    digest = hashlib.sha256(text.encode("utf-8")).hexdigest()
    return OfficialRubrics(prompts["image"], prompts["code"], "official-source", where, digest)


@dataclass(frozen=True, slots=True)
class _Slot:
    name: str


def _function_rubric(tree: ast.AST, fn_name: str, where: str) -> tuple[list[str | _Slot], str]:
    """(pieces of the ``user_prompt`` string, the system turn) of function ``fn_name``."""
    fn = next(
        (n for n in ast.walk(tree) if isinstance(n, ast.FunctionDef) and n.name == fn_name), None
    )
    if fn is None:
        raise OfficialSourceError(
            f"{where} has no function {fn_name}; pass the STEM2Code_Benchmark/evaluation.py "
            "of the released code"
        )
    first: dict[str, ast.expr] = {}
    assigns = sorted((n for n in ast.walk(fn) if isinstance(n, ast.Assign)), key=_line)
    for node in assigns:
        if len(node.targets) == 1 and isinstance(node.targets[0], ast.Name):
            first.setdefault(node.targets[0].id, node.value)
    slots = {name: SLOTS[key] for name, value in first.items() if (key := _item_key(value))}
    if "user_prompt" not in first:
        raise OfficialSourceError(f"{where}: {fn_name} assigns no user_prompt")
    pieces = list(_pieces(first["user_prompt"], slots, where))
    system = first.get("system_prompt")
    if isinstance(system, ast.Constant) and isinstance(system.value, str):
        return pieces, system.value
    return pieces, OFFICIAL_SYSTEM


def _line(node: ast.AST) -> int:
    return getattr(node, "lineno", 0)


def _item_key(value: ast.expr) -> str | None:
    """``'GT_Code'`` for ``item['GT_Code']`` (one of :data:`SLOTS`), else None."""
    if isinstance(value, ast.Subscript) and isinstance(value.slice, ast.Constant):
        key = value.slice.value
        return key if isinstance(key, str) and key in SLOTS else None
    return None


def _pieces(node: ast.expr, slots: dict[str, str], where: str) -> Iterator[str | _Slot]:
    """The literal texts and spliced-in codes of a string expression, in order."""
    if isinstance(node, ast.Constant) and isinstance(node.value, str):
        yield node.value
    elif isinstance(node, ast.BinOp) and isinstance(node.op, ast.Add):
        yield from _pieces(node.left, slots, where)
        yield from _pieces(node.right, slots, where)
    elif isinstance(node, ast.JoinedStr):
        for part in node.values:
            if isinstance(part, ast.FormattedValue):
                value = part.value
                plain = part.conversion == -1 and part.format_spec is None
                if not (plain and isinstance(value, ast.Name) and value.id in slots):
                    raise OfficialSourceError(
                        f"{where}:{_line(part)}: the rubric formats something other than the "
                        "reference and generated codes; it cannot be reproduced"
                    )
                yield _Slot(slots[value.id])
            else:
                yield from _pieces(part, slots, where)
    else:
        raise OfficialSourceError(
            f"{where}:{_line(node)}: user_prompt is not a string, an f-string or a sum of them"
        )


def _template(pieces: list[str | _Slot]) -> str:
    """A :meth:`Prompt.format` text: literal braces doubled, the codes as placeholders (a text
    without placeholders stays as it is, since ``format()`` without values returns it)."""
    if not any(isinstance(p, _Slot) for p in pieces):
        return "".join(p for p in pieces if isinstance(p, str))
    out = []
    for p in pieces:
        if isinstance(p, _Slot):
            out.append("{" + p.name + "}")
        else:
            out.append(p.replace("{", "{{").replace("}", "}}"))
    return "".join(out)


__all__ = [
    "OFFICIAL_SYSTEM",
    "SOURCE_ENV",
    "OfficialRubrics",
    "OfficialSourceError",
    "official_rubrics",
    "rubrics_from_source",
]
