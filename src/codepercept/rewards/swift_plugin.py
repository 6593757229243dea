"""ms-swift plugin file: ``swift rlhf --external_plugins <this file> --reward_funcs
codepercept_format codepercept_exec codepercept_structural codepercept_visual``.

Loading it registers codepercept's rewards in ms-swift's ``orms`` (see
:mod:`codepercept.rewards.swift_orms`); without ms-swift installed it raises
:class:`~codepercept.rewards.swift_orms.SwiftMissing` saying so. Its path:
``python -c "from codepercept.rewards.swift_orms import plugin_path; print(plugin_path())"``.
"""

from codepercept.rewards.swift_orms import register

REGISTERED = register()
