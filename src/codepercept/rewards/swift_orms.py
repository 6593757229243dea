"""ms-swift ORM classes for our rewards, built on whatever ORM base class ms-swift ships.

ms-swift instantiates each registered class with its training arguments and calls it as
``orm(completions, solution=..., **columns)``. Its plugin file is
:mod:`codepercept.rewards.swift_plugin`; settings come from the environment
(``CODEPERCEPT_REWARD_OPTS``, ``CODEPERCEPT_REWARD_SERVER``) because ms-swift passes none.

>>> class Base:  # stands in for swift's ORM base class here
...     def __init__(self, args=None, **kwargs):
...         self.args = args
>>> orm = orm_classes(Base)["codepercept_format"]()
>>> orm(["```python\\nimport matplotlib.pyplot as plt\\nplt.plot([0, 1])\\n```"], solution=["x = 1"])
[1.0]
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

from codepercept.errors import CodeperceptError, ConfigError
from codepercept.rewards.config import config_from_env
from codepercept.rewards.functions import REWARDS, make_reward, weighted_reward


class SwiftMissing(CodeperceptError):
    """ms-swift is not installed where the plugin was loaded."""


def swift_orm_base() -> tuple[type, Any]:
    """(ORM base class, orms registry) of the installed ms-swift (``swift.rewards`` in new
    releases, ``swift.plugin`` in older ones)."""
    for module in ("swift.rewards", "swift.plugin"):
        try:
            mod = __import__(module, fromlist=["ORM", "orms"])
        except ImportError:
            continue
        if hasattr(mod, "ORM") and hasattr(mod, "orms"):
            return mod.ORM, mod.orms
    raise SwiftMissing(
        "ms-swift is not installed (no swift.rewards or swift.plugin with ORM and orms); "
        "install it with `pip install ms-swift` in the training environment, or use the TRL "
        "adapter codepercept.rewards.trl"
    )


def orm_classes(base: type) -> dict[str, type]:
    """``{"codepercept_<reward>": class}`` for every reward except the judge unless a judge is
    configured, plus ``"codepercept"`` (the weighted sum, default weights), on ``base``."""

    def make(name: str, build) -> type:
        def __init__(self, args: Any = None, **kwargs: Any) -> None:
            base.__init__(self, args, **kwargs)
            self.reward = build()

        def __call__(self, completions, solution=None, **kwargs) -> list[float | None]:
            if solution is None:
                raise ConfigError(
                    "the dataset has no 'solution' column (the reference code of each row); "
                    "export it with `codepercept export --format swift-grpo`"
                )
            return self.reward(completions, solution, solution_image=kwargs.get("solution_image"))

        doc = f"codepercept's {name} reward as an ms-swift ORM."
        return type(name, (base,), {"__init__": __init__, "__call__": __call__, "__doc__": doc})

    def single(reward: str):
        return lambda: make_reward(reward, **config_from_env().to_dict())

    names = [n for n in REWARDS.names() if n != "judge" or config_from_env().judge_endpoint]
    out = {f"codepercept_{n}": make(f"codepercept_{n}", single(n)) for n in names}
    out["codepercept"] = make(
        "codepercept", lambda: weighted_reward(None, **config_from_env().to_dict())
    )
    return out


def register() -> list[str]:
    """Register the classes in ms-swift's ``orms``; the names to give ``--reward_funcs``."""
    base, orms = swift_orm_base()
    classes = orm_classes(base)
    for name, cls in classes.items():
        orms[name] = cls
    return list(classes)


def plugin_path() -> str:
    """The file to give ``swift rlhf --external_plugins``."""
    return str(Path(__file__).with_name("swift_plugin.py"))
