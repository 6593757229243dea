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


def strip_magics(code: str) -> str:
    """Comment out IPython magics (``%matplotlib inline``) and shell escapes (``!pip ...``)."""
    out = []
    for line in code.splitlines():
        s = line.lstrip()
        if s.startswith(("%", "!")) and not s.startswith("!="):
            indent = line[: len(line) - len(s)]
            out.append(f"{indent}pass  # removed: {s[:60]}" if indent else f"# removed: {s[:60]}")
        else:
            out.append(line)
    return "\n".join(out)


def prepare_code(code: str) -> str:
    """Everything a job does to the snippet text before compiling it."""
    code = code.replace("\r\n", "\n")
    return strip_magics(strip_fences(code))
