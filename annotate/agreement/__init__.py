"""Agreement: how much people changed the pre-labels, and how much annotators agree.

Three modules, one job each:

- :mod:`.counts` (pure core): one-to-one span matching, edit counts, P/R/F1, Cohen's kappa;
- :mod:`.compare`: a Label Studio export (the corrections) against pre-labels, by task;
- :mod:`.report`: the result as Markdown or one self-contained HTML page.

This ``__init__`` imports nothing, so ``annotate.agreement.counts`` stays free of the Label Studio
readers.
"""
