"""Code as models write it: markdown fences, notebook magics, shell escapes, CRLF line ends."""

from __future__ import annotations

import pytest

from codepercept.sandbox import prepare_code
from codepercept.sandbox.preprocess import strip_fences, strip_magics

PLOT = "import matplotlib.pyplot as plt\nplt.plot([0, 1], [1, 0])\n"


def _runs(src: str) -> dict:
    ns: dict = {}
    exec(compile(src, "<test>", "exec"), ns)  # noqa: S102 - our own trusted snippets
    return ns


# -- fences ------------------------------------------------------------------------------------


def test_plain_code_is_unchanged():
    assert prepare_code(PLOT) == PLOT


def test_python_fence_with_prose_around_it():
    reply = f"Sure! Here is the plot:\n\n```python\n{PLOT}```\n\nThe line falls from 1 to 0."
    assert prepare_code(reply).strip() == PLOT.strip()


@pytest.mark.parametrize("lang", ["python", "py", "python3", "Python", "", " python"])
def test_fence_languages(lang):
    assert strip_fences(f"```{lang}\nx = 1\n```").strip() == "x = 1"


def test_python_blocks_are_preferred_and_joined_in_order():
    reply = (
        "Install first:\n```bash\npip install matplotlib\n```\n"
        "```python\nx = 1\n```\nthen\n```python\ny = x + 1\n```\n"
    )
    out = strip_fences(reply)
    assert "pip install" not in out
    assert _runs(out)["y"] == 2


def test_only_non_python_blocks_are_kept_when_no_python_block():
    assert strip_fences("```text\nx = 3\n```").strip() == "x = 3"


def test_unterminated_fence_keeps_code_to_the_end():
    truncated = "```python\nx = 1\ny = 2\n"  # a reply cut off by max_tokens
    assert _runs(strip_fences(truncated))["y"] == 2


def test_indented_fence():
    assert strip_fences("  ```python\nx = 5\n  ```\n").strip() == "x = 5"


def test_backticks_inside_a_string_without_a_fence_line():
    code = 's = "use ``` for code"\n'
    assert _runs(prepare_code(code))["s"] == "use ``` for code"


# -- magics and shell escapes ------------------------------------------------------------------


def test_magics_and_shell_lines_are_commented_out():
    src = "%matplotlib inline\n%%time\n!pip install numpy\n" + PLOT
    out = strip_magics(src)
    assert out.splitlines()[:3] == [
        "# removed: %matplotlib inline",
        "# removed: %%time",
        "# removed: !pip install numpy",
    ]
    compile(out, "<test>", "exec")


def test_indented_magic_becomes_pass_so_the_block_stays_valid():
    src = "for i in range(2):\n    !echo hi\n    %time x = i\nz = 7\n"
    out = strip_magics(src)
    assert "    pass  # removed: !echo hi" in out
    assert _runs(out)["z"] == 7


def test_percent_continuation_and_strings_are_not_magics():
    src = 'area = 2.5\ntitle = ("Area = %.2f"\n         %area)\ndoc = """\n%d items\n!not a shell\n"""\n'
    assert strip_magics(src) == src
    ns = _runs(prepare_code(src))
    assert ns["title"] == "Area = 2.50" and ns["doc"] == "\n%d items\n!not a shell\n"


def test_not_equal_at_line_start_is_not_a_shell_escape():
    src = "a = (1\n!= 2)\n"
    assert _runs(prepare_code(src))["a"] is True


def test_unicode_line_separator_inside_a_string_survives():
    src = "%matplotlib inline\nt = 'a\u2028b'\n"
    assert _runs(prepare_code(src))["t"] == "a\u2028b"


# -- line ends ---------------------------------------------------------------------------------


def test_crlf_is_normalised():
    src = PLOT.replace("\n", "\r\n")
    assert prepare_code(src) == PLOT


def test_crlf_inside_fences_with_magics():
    reply = "Here:\r\n```python\r\n%matplotlib inline\r\nx = 1\r\ny = x * 3\r\n```\r\nDone."
    out = prepare_code(reply)
    assert "\r" not in out
    assert _runs(out)["y"] == 3
