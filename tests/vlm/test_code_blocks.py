"""code_blocks: every program of a reply that was asked for several."""

from __future__ import annotations

from codepercept.vlm import code_blocks


def test_every_python_block_in_order_without_thinking_or_other_languages():
    reply = (
        "<think>```python\ndraft()\n```</think>"
        "First:\n```python\nimport matplotlib.pyplot as plt\nplt.plot([0, 1])\n```\n"
        "Shell:\n```bash\nls\n```\n"
        "Second:\n```\nplt.bar([1], [2])\n```\n"
        "Empty:\n```python\n\n```\n"
        "Cut off:\n```python\nimport numpy"
    )
    assert code_blocks(reply) == [
        "import matplotlib.pyplot as plt\nplt.plot([0, 1])\n",
        "plt.bar([1], [2])\n",
    ]
    assert code_blocks("") == [] and code_blocks(None) == []
