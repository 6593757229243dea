"""Pull the Python program out of a model reply, whatever shape the reply takes.

Order of attempts (the first that yields code wins):

1. Thinking is removed: ``<think>...</think>`` (also ``<thinking>``, ``<reasoning>``), an
   unmatched closing tag (everything before it is reasoning), and an unclosed opening tag
   (everything after it is reasoning).
2. Complete fenced blocks (```` ``` ```` or ``~~~``). Blocks tagged python/py/python3 are
   preferred over untagged ones; blocks tagged with another language (bash, text, ...) are
   never taken. Among the preferred kind, blocks that draw (mention matplotlib, ``plt.``,
   ``.plot(``, ``savefig``, ...) win over ones that do not. ``which="last"`` (default) takes
   the last of them (models often show a draft, then the final program); ``"first"`` the first.
3. An unterminated python/bare fence (a reply cut by ``max_tokens``): everything after it.
4. The whole reply, when it parses as Python and contains an import or a call (so a one-word
   apology, which is also valid Python, is not taken for code).
"""

from __future__ import annotations

import ast
import re
import textwrap
from typing import Literal

from codepercept.errors import ConfigError

_THINK_TAGS = ("think", "thinking", "reasoning")
_PY_LANGS = frozenset({"python", "py", "python3", "py3", "matplotlib"})
_FENCE = re.compile(
    r"^[ \t]*(?P<fence>`{3,}|~{3,})[ \t]*(?P<lang>[\w+.-]*)[^\n]*\n(?P<body>.*?)^[ \t]*(?P=fence)[ \t]*$",
    re.DOTALL | re.MULTILINE,
)
_OPEN_FENCE = re.compile(r"^[ \t]*(?:`{3,}|~{3,})[ \t]*(?P<lang>[\w+.-]*)[^\n]*\n", re.MULTILINE)
_DRAWS = re.compile(
    r"matplotlib|\bplt\.|\.plot\(|\.scatter\(|\.bar\(|\.imshow\(|savefig|\bfig\b|\bax\b|\baxes\b"
)


def strip_thinking(reply: str) -> str:
    """The reply without its reasoning sections (see the module docstring for the rules)."""
    text = reply
    for tag in _THINK_TAGS:
        text = re.sub(rf"<{tag}>.*?</{tag}>", "", text, flags=re.DOTALL | re.IGNORECASE)
        close = re.search(rf"</{tag}>", text, flags=re.IGNORECASE)
        if close:  # reasoning whose opening tag lives in the chat template, not the reply
            text = text[close.end() :]
        opened = re.search(rf"<{tag}>", text, flags=re.IGNORECASE)
        if opened:  # reasoning cut off before it ended
            text = text[: opened.start()]
    return text


def _looks_like_code(text: str) -> bool:
    try:
        tree = ast.parse(text)
    except (SyntaxError, ValueError):
        return False
    return any(isinstance(n, ast.Import | ast.ImportFrom | ast.Call) for n in ast.walk(tree))


def _clean(code: str) -> str | None:
    code = textwrap.dedent(code).strip("\n")
    return code + "\n" if code.strip() else None


def _from_blocks(blocks: list[tuple[str, str]], which: str) -> str | None:
    """Step 2: the chosen complete python (or untagged) fenced block, or None."""
    if which not in ("first", "last"):
        raise ConfigError(f"which must be 'first' or 'last', got {which!r}")
    tagged = [b for lang, b in blocks if lang in _PY_LANGS and b.strip()]
    bare = [b for lang, b in blocks if lang == "" and b.strip()]
    for kind in (tagged, bare):
        if kind:
            drawing = [b for b in kind if _DRAWS.search(b)] or kind
            return _clean(drawing[-1] if which == "last" else drawing[0])
    return None


def _blocks(text: str) -> list[tuple[str, str]]:
    return [(m.group("lang").lower(), m.group("body")) for m in _FENCE.finditer(text)]


def fenced_code(reply: str | None, which: Literal["first", "last"] = "last") -> str | None:
    """The program in a complete python (or untagged) fenced block of ``reply`` (steps 1-2
    only), or None: what a format check asks of a reply."""
    return _from_blocks(_blocks(strip_thinking(reply)), which) if reply else None


def code_blocks(reply: str | None) -> list[str]:
    """Every complete python (or untagged) fenced block of ``reply``, in order: the programs of
    a reply that was asked for several (thinking removed, empty blocks dropped)."""
    if not reply:
        return []
    blocks = _blocks(strip_thinking(reply))
    return [c for lang, b in blocks if lang in _PY_LANGS | {""} and (c := _clean(b))]


def extract_code(reply: str | None, which: Literal["first", "last"] = "last") -> str | None:
    """The Python program in ``reply``, or None when there is none."""
    if which not in ("first", "last"):
        raise ConfigError(f"which must be 'first' or 'last', got {which!r}")
    if not reply:
        return None
    text = strip_thinking(reply)
    blocks = _blocks(text)
    code = _from_blocks(blocks, which)
    if code is not None:
        return code
    if blocks:  # only empty or other-language fences; the reply may still be bare Python
        return _clean(text) if _looks_like_code(text) else None
    opened = [m for m in _OPEN_FENCE.finditer(text) if m.group("lang").lower() in _PY_LANGS | {""}]
    if opened:
        return _clean(text[opened[-1].end() :])
    return _clean(text) if _looks_like_code(text) else None
