"""Caption describers: the generic one (trace only) and the families' own (registered on import)."""
