"""Seeds, programs and config files for the reproduce and diversify tests (10A)."""

from __future__ import annotations

import hashlib
from pathlib import Path
from typing import Any

from support.replay_server import SeenRequest

from codepercept.sandbox import render_inprocess
from codepercept.vlm.images import image_to_data_uri

#: Seed figures: each distinct, each with a title and labels OCR can read.
FIGURES = {
    "parabola": """\
import numpy as np
import matplotlib.pyplot as plt
x = np.linspace(-3, 3, 200)
fig, ax = plt.subplots(figsize=(4, 3))
ax.plot(x, x ** 2, color="tab:blue")
ax.set_title("y = x squared")
fig.tight_layout()
""",
    "bars": """\
import matplotlib.pyplot as plt
fig, ax = plt.subplots(figsize=(4, 3))
ax.bar(["A", "B", "C", "D"], [3, 7, 2, 5], color="tab:orange")
ax.set_title("Sales by region")
""",
    "circle": """\
import matplotlib.pyplot as plt
fig, ax = plt.subplots(figsize=(4, 4))
ax.add_patch(plt.Circle((0, 0), 1.0, fill=False, edgecolor="red", linewidth=2))
ax.plot([0, 1], [0, 0], color="black")
ax.text(0.4, 0.08, "r = 1", fontsize=12)
ax.set_xlim(-1.3, 1.3)
ax.set_ylim(-1.3, 1.3)
ax.set_aspect("equal")
ax.axis("off")
""",
    "sine": """\
import numpy as np
import matplotlib.pyplot as plt
x = np.linspace(0, 6.3, 200)
fig, ax = plt.subplots(figsize=(5, 3))
ax.plot(x, np.sin(x), color="tab:green", linestyle="--")
ax.set_title("One period of sin x")
ax.grid(True)
""",
    "scatter": """\
import matplotlib.pyplot as plt
fig, ax = plt.subplots(figsize=(4, 4))
ax.scatter([1, 2, 3, 4, 5], [2, 4, 1, 5, 3], s=80, color="purple")
ax.set_title("Five points")
""",
}

#: A program that fails to run (a name error): the pipeline must repair it.
BROKEN = "import matplotlib.pyplot as plt\nfig, ax = plt.subplots()\nax.plot(xs, [1, 2])\n"


def fenced(code: str) -> str:
    return f"Here is the program.\n```python\n{code}```\n"


def render_png(code: str) -> bytes:
    result = render_inprocess(code)
    assert result.ok, result.error
    return result.png


def write_seed_folder(root: Path, names: list[str]) -> Path:
    """A folder of seed PNGs rendered from :data:`FIGURES`; returns it."""
    root.mkdir(parents=True, exist_ok=True)
    for name in names:
        (root / f"{name}.png").write_bytes(render_png(FIGURES[name]))
    return root


def shows(png: bytes):
    """A route predicate: the request carries this image (as the client encodes it)."""
    digest = hashlib.sha256(image_to_data_uri(png).encode()).hexdigest()

    def match(seen: SeenRequest) -> bool:
        return digest in seen.image_hashes

    return match


def toml_value(v: Any) -> str:
    if isinstance(v, bool):
        return "true" if v else "false"
    if isinstance(v, str):
        return f'"{v}"'
    return str(v)


def write_config(path: Path, url: str, **tables: dict[str, Any]) -> Path:
    """A config with one endpoint on the replay server for every step, plus ``tables``."""
    lines = [
        "[endpoints.replay]",
        f'base_url = "{url}"',
        'model = "replay-vlm"',
        'api_key_env = ""',
        "max_retries = 3",
        "backoff_s = 0.01",
        "timeout_s = 60",
        "[steps.default]",
        'endpoint = "replay"',
        "temperature = 0.0",
        "max_tokens = 2048",
    ]
    run = {"render_workers": 1, "window": 8, **tables.pop("run", {})}
    for name, table in {"run": run, **tables}.items():
        lines.append(f"[{name}]")
        lines += [f"{k} = {toml_value(v)}" for k, v in table.items()]
    path.write_text("\n".join(lines) + "\n")
    return path
