# The README's commands. `make build` and `make test` set everything up on a fresh machine.
PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin
STAMP := $(VENV)/.installed

.PHONY: build test check-wheel manifest lint format bench clean

$(STAMP): pyproject.toml
	$(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --upgrade pip
	$(BIN)/python -m pip install --quiet -e '.[test]'
	touch $(STAMP)

build: $(STAMP)
	$(BIN)/kg build -o output

test: $(STAMP)
	$(BIN)/ruff check kg tests bench
	$(BIN)/ruff format --check kg tests bench
	$(BIN)/pytest -q

# CI: the wheel, installed with its dependencies in a new venv, builds the sample as the checkout does
check-wheel: $(STAMP)
	PYTHON=$(PYTHON) .ci/check-wheel

# kg/rules/manifest.toml written again from the rules: after adding or removing lexicon
# entries (tests/nlp/test_manifest.py fails until it is)
manifest: $(STAMP)
	$(BIN)/python -m kg.nlp.manifest --write

lint: $(STAMP)
	$(BIN)/ruff check kg tests bench
	$(BIN)/ruff format --check kg tests bench

format: $(STAMP)
	$(BIN)/ruff format kg tests bench
	$(BIN)/ruff check --fix kg tests bench

clean:
	rm -rf $(VENV) output/* build *.egg-info
