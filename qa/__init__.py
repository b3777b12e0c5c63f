"""Extractive-QA benchmarking: build SQuAD/CMRC benchmarks, evaluate (`python -m qa.eval`), publish."""

__version__ = "0.1.0"
