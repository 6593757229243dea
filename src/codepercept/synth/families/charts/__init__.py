"""Statistics and charts; importing this registers the templates.

=============  ====================================================================
module         templates
=============  ====================================================================
``bars``       bar_chart, grouped_bar_chart, stacked_bar_chart
``stats``      pie_chart, box_plot, histogram
``plots``      scatter_fit, line_chart, table_figure
``counts``     dot_plot, probability_table
=============  ====================================================================

``common`` holds the chart style, the topics and the axes code.
"""

import codepercept.grounding.kinds.plots  # noqa: F401  (registers the fact kinds these figures use)
from codepercept.synth.families.charts import bars, counts, plots, stats  # noqa: F401
