"""Turn code as models write it into a runnable script: fences, notebook magics, shell lines."""

from __future__ import annotations

import re

_FENCE_RE = re.compile(
    r"^[ \t]*```[ \t]*([A-Za-z0-9_+-]*)[^\n]*\n(.*?)(?:^[ \t]*```[ \t]*$|\Z)", re.M | re.S
)


def strip_fences(code: str) -> str:
    """Keep the code inside markdown fences when there are any (python blocks preferred)."""
    if "```" not in code:
        return code
    blocks = [(lang.lower(), body) for lang, body in _FENCE_RE.findall(code)]
    if not blocks:
        return code
    python = [b for lang, b in blocks if lang in ("python", "py", "python3", "")]
    chosen = python or [b for _, b in blocks]
    return "\n".join(chosen)


_MAGIC_RE = re.compile(r"(%%?|!)[A-Za-z]")


def strip_magics(code: str) -> str:
    """Comment out IPython magics (``%matplotlib inline``) and shell escapes (``!pip ...``).

    Code that already compiles is left alone: there a line starting with ``%`` is the
    continuation of an expression (``"%.2f"\n    % area``) or lies inside a string.
    """
    if not any(_MAGIC_RE.match(line.lstrip()) for line in code.split("\n")):
        return code
    try:
        compile(code, "<snippet>", "exec", dont_inherit=True)
        return code
    except (SyntaxError, ValueError, RecursionError, MemoryError):
        pass  # not valid Python as it stands: strip the magic lines below
    out = []
    # split("\n"), not splitlines(): U+2028 or a form feed inside a string is not a line end.
    for line in code.split("\n"):
        s = line.lstrip()
        if _MAGIC_RE.match(s):
            indent = line[: len(line) - len(s)]
            out.append(f"{indent}pass  # removed: {s[:60]}" if indent else f"# removed: {s[:60]}")
        else:
            out.append(line)
    return "\n".join(out)


def prepare_code(code: str) -> str:
    """Everything a job does to the snippet text before compiling it."""
    code = code.replace("\r\n", "\n")
    return strip_magics(strip_fences(code))
