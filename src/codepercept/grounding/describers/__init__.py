"""Caption describers: the generic one (trace only) and the families' own.

``DESCRIBERS`` imports every module here on first lookup, so a family's describer is one new
module that calls ``DESCRIBERS.register(family, describe)``.
"""
