"""Chinese text annotation toolkit: segment, pre-label, correct in Label Studio, benchmark.

The pure core (segmentation, spans, metrics) imports no heavy library; torch, transformers,
datasets and label-studio-sdk are imported lazily by the functions that need them.
"""

from importlib.metadata import PackageNotFoundError, version

try:  # one copy of the version: pyproject.toml's, as installed
    __version__ = version("zh-annotate")
except PackageNotFoundError:  # run from a source tree that was never installed
    __version__ = "0+unknown"
