"""Template families: each module or subpackage here registers its templates in REGISTRY.

``REGISTRY`` imports every module of this package on first lookup (``families.*``), so a new
family is a new module or subpackage; nothing here lists them.
"""
