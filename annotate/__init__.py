"""Chinese text annotation toolkit: segment, pre-label, correct in Label Studio, benchmark.

The pure core (segmentation, spans, metrics) imports no heavy library; torch, transformers,
datasets and label-studio-sdk are imported lazily by the functions that need them.
"""

__version__ = "0.1.0"
