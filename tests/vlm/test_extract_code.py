"""extract_code on the reply shapes real models produce."""

from __future__ import annotations

import pytest

from codepercept.vlm.extract import extract_code, strip_thinking

DRAFT = "import numpy as np\nx = np.arange(3)\n"
FINAL = "import matplotlib.pyplot as plt\nplt.plot([1, 2], [3, 4])\nplt.show()\n"


def test_last_python_block_that_draws_is_default():
    reply = (
        f"First the data:\n```python\n{DRAFT}```\nNow the figure:\n```python\n{FINAL}```\n"
        "And a helper:\n```python\ndef f(x):\n    return x\n```\nDone."
    )
    assert extract_code(reply) == FINAL
    assert extract_code(reply, which="first") == FINAL  # the only drawing block either way
    two = f"```python\n{FINAL}```\n```py\n{FINAL.replace('[3, 4]', '[5, 6]')}```"
    assert "[5, 6]" in extract_code(two) and "[3, 4]" in extract_code(two, which="first")


def test_python_tag_beats_bare_and_other_languages_are_skipped():
    reply = f"```bash\npip install matplotlib\n```\n```\nplt.plot(1)\n```\n```Python\n{FINAL}```"
    assert extract_code(reply) == FINAL
    assert extract_code("```bash\npip install matplotlib\n```") is None
    assert extract_code(f"Run this:\n```\n{FINAL}```") == FINAL


def test_thinking_is_ignored():
    reply = f"<think>maybe ```python\nimport os\nos.system('x')\n```</think>\n```python\n{FINAL}```"
    assert extract_code(reply) == FINAL
    # reasoning with its opening tag in the chat template: only the part after </think> counts
    assert extract_code(f"I should draw ```python\nimport os\n```\n</think>\n{FINAL}") == FINAL
    # thinking that never ended has no answer in it
    assert extract_code(f"<think>draft:\n```python\n{FINAL}```") is None
    assert strip_thinking("a<THINKING>b</thinking>c") == "ac"


def test_unterminated_fence_from_max_tokens():
    cut = "Here you go:\n```python\nimport matplotlib.pyplot as plt\nfig, ax = plt.subplots()\nax.plot([1"
    assert (
        extract_code(cut)
        == "import matplotlib.pyplot as plt\nfig, ax = plt.subplots()\nax.plot([1\n"
    )


def test_whole_reply_when_it_is_python():
    assert extract_code(FINAL) == FINAL
    assert extract_code("Sorry") is None  # valid Python, but no import or call
    assert extract_code("I cannot reproduce this picture.") is None
    assert extract_code("") is None and extract_code(None) is None
    assert extract_code("```python\n\n```") is None


def test_indented_and_tilde_fences():
    reply = "1. Code:\n   ```python\n   import matplotlib.pyplot as plt\n   plt.plot([0])\n   ```\n"
    assert extract_code(reply) == "import matplotlib.pyplot as plt\nplt.plot([0])\n"
    assert extract_code(f"~~~python\n{FINAL}~~~") == FINAL


def test_bad_which():
    with pytest.raises(ValueError):
        extract_code(FINAL, which="middle")  # type: ignore[arg-type]
