"""fenced_code: the program of a complete fenced block only (what the format reward asks)."""

from __future__ import annotations

from codepercept.vlm import extract_code, fenced_code

DRAW = "import matplotlib.pyplot as plt\nplt.plot([0, 1])\n"


def test_complete_python_or_bare_fences_count():
    assert fenced_code(f"Sure:\n```python\n{DRAW}```\nDone.") == DRAW
    assert fenced_code(f"```\n{DRAW}```") == DRAW
    assert fenced_code(f"<think>```python\nx = 1\n```</think>\n```py\n{DRAW}```") == DRAW


def test_what_extract_code_still_finds_is_not_fenced():
    unclosed = f"```python\n{DRAW}"  # cut by max_tokens
    for reply in (unclosed, DRAW):
        assert extract_code(reply) == DRAW
        assert fenced_code(reply) is None
    assert fenced_code("```bash\npip install matplotlib\n```") is None
    assert fenced_code("```python\n\n```") is None and fenced_code(None) is None
