# Two entry points on a fresh machine: `make demo` and `make test`.
# Both create the environment from nothing (torch CPU wheel first, then the project).
PYTHON ?= python3
VENV   := .venv
PY     := $(VENV)/bin/python
STAMP  := $(VENV)/.installed-stamp
export HF_HUB_OFFLINE := 1
export TRANSFORMERS_OFFLINE := 1
export HF_DATASETS_OFFLINE := 1
export TOKENIZERS_PARALLELISM := false
# CI machines can be short of disk: pip's wheel cache would hold a second copy of every package
# (the project's and Label Studio's venvs), so installs here keep none.
export PIP_NO_CACHE_DIR := 1

.PHONY: demo test env lint bench clean ls-env ls-serve

env: $(STAMP)

$(STAMP): pyproject.toml
	test -x $(PY) || $(PYTHON) -m venv $(VENV)
	$(PY) -m pip install -q --upgrade pip
	$(PY) -m pip install -q torch==2.13.0
	$(PY) -m pip install -q -e '.[dev]'
	touch $(STAMP)

demo: $(STAMP)
	$(PY) -m annotate pipeline seeds/ --out build/
	$(PY) -m qa check build/benchmark --stats --quiet

# Label Studio lives in its own venv, cached per machine in $(LS_HOME) (~1 GB, a few minutes once);
# a migrated template data dir there makes each test server start in seconds. The integration tests'
# session fixture starts a server on a free 127.0.0.1 port with a fresh data dir and stops it by PID.
LS_HOME ?= $(or $(ZH_ANNOTATE_LS_HOME),$(or $(XDG_CACHE_HOME),$(HOME)/.cache)/zh-annotate/label-studio-1.23.2)
export ZH_ANNOTATE_LS_HOME := $(LS_HOME)

ls-env: $(STAMP)
	$(PY) -m annotate ls serve --install-only

ls-serve: ls-env
	$(PY) -m annotate ls serve

test: $(STAMP) ls-env
	$(PY) -m pytest -q -p no:cacheprovider

lint: $(STAMP)
	$(PY) -m ruff check annotate qa schemas tests benchmarks

clean:
	rm -rf build $(VENV)
