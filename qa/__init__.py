"""Extractive-QA benchmarking: build SQuAD/CMRC benchmarks, evaluate (`python -m qa.eval`), publish."""

from importlib.metadata import PackageNotFoundError, version

try:  # annotate/ and qa/ ship as one package, zh-annotate: pyproject.toml holds the version
    __version__ = version("zh-annotate")
except PackageNotFoundError:
    __version__ = "0+unknown"
