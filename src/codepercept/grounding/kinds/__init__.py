"""The fact kinds of the non-geometry families, each checked against the trace.

``FACT_KINDS`` imports every module here on first lookup (``kinds.*``), so a family's kinds
are one new module calling :func:`codepercept.grounding.fact_kind`; the generic kinds (points,
segments, circles, texts, counts, view) are in :mod:`codepercept.grounding.checks`.

==============  ========================================================================
module          kinds
==============  ========================================================================
``diagrams``    anchored_texts, polylines, arrow_segments, curve_points (physics, chemistry)
``plots``       curves, marks, regions, vectors, bars, wedges, boxes, table (analytic, charts)
``graphs``      venn
``puzzles``     dial_hands, panels
==============  ========================================================================
"""
