# SpectrAPI: `make run` serves the API on 127.0.0.1:8000; `make test` runs every suite.
# Only Python 3.11+ and Node 20+ are needed; everything else is installed into .venv and node_modules.

PYTHON ?= python3
VENV ?= .venv
BIN := $(VENV)/bin
HOST ?= 127.0.0.1
PORT ?= 8000
PYTEST_ARGS ?=

# jsii (used by aws-cdk-lib) warns on every import that Node 20 is end-of-life.
export JSII_SILENCE_WARNING_END_OF_LIFE_NODE_VERSION := 20
export PIP_DISABLE_PIP_VERSION_CHECK := 1

.PHONY: help install run test test-python test-sdk test-console lint format clean

# The browser tests drive Debian's chromium package; Playwright's own browser download is not used (and cannot
# work offline). Installing it needs root, or sudo.
CHROMIUM := /usr/bin/chromium
SUDO := $(if $(filter 0,$(shell id -u)),,sudo)

help:
	@echo "make run    start the API on http://$(HOST):$(PORT) (SQLite + builtin engine) and print a test key"
	@echo "make test   install test dependencies and run every suite"
	@echo "make lint   ruff and mypy"

$(BIN)/activate:
	@$(PYTHON) -c 'import sys; sys.exit(0 if sys.version_info >= (3, 11) else "Python 3.11 or newer is required; set PYTHON=python3.11")'
	$(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --upgrade pip

$(VENV)/.installed-run: $(BIN)/activate pyproject.toml
	$(BIN)/python -m pip install --quiet -e .
	@touch $@

$(VENV)/.installed-dev: $(BIN)/activate pyproject.toml
	$(BIN)/python -m pip install --quiet -e '.[dev,infra]'
	@touch $@ $(VENV)/.installed-run

sdk/js/node_modules/.package-lock.json: sdk/js/package-lock.json
	cd sdk/js && npm ci --no-audit --no-fund --loglevel=error

install: $(VENV)/.installed-run

run: $(VENV)/.installed-run
	$(BIN)/spectrapi serve --demo-key --host $(HOST) --port $(PORT)

# Every suite: the service (unit, integration, infra, browser e2e), the console's own helpers, then both SDKs
# against a live local server.
test: test-python test-console test-sdk

test-python: $(VENV)/.installed-dev $(CHROMIUM)
	$(BIN)/python -m pytest $(PYTEST_ARGS)

test-console:
	node --experimental-detect-module --test tests/console/

$(CHROMIUM):
	$(SUDO) apt-get update -qq
	$(SUDO) env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium

test-sdk: $(VENV)/.installed-dev sdk/js/node_modules/.package-lock.json
	VENV=$(VENV) scripts/with-local-server.sh sh -c \
	  '$(BIN)/python -m pytest -q sdk/python/tests && cd sdk/js && npm test'


lint: $(VENV)/.installed-dev
	$(BIN)/ruff check layers functions tests
	$(BIN)/mypy

format: $(VENV)/.installed-dev
	$(BIN)/ruff format layers functions tests

clean:
	rm -rf $(VENV) .pytest_cache .mypy_cache .ruff_cache cdk.out
