"""The registered pipelines, one module each (imported by :data:`codepercept.pipelines.PIPELINES`)."""
