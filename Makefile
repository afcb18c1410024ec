# newsdesk: the two commands a user needs are `make run` and `make test`.
# Everything else is installed by the project itself into .venv.

PYTHON ?= $(shell command -v python3.11 || command -v python3)
VENV := .venv
BIN := $(VENV)/bin
STAMP := $(VENV)/.installed-stamp

.PHONY: run test lint bench bench-store bench-batch bench-attribution train-attribution clean

$(STAMP): pyproject.toml
	$(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --upgrade pip
	$(BIN)/python -m pip install --quiet -e '.[dev]'
	touch $(STAMP)

PORT ?= 8000
DB ?= newsdesk.db

# Ingest examples/ into the embedded store, then serve the API and web page (the URL is printed).
run: $(STAMP)
	-$(BIN)/newsdesk ingest examples/ --db $(DB) --quiet
	$(BIN)/newsdesk serve --db $(DB) --host 127.0.0.1 --port $(PORT)

# .ci/services.sh installs Debian's postgresql and chromium where missing (as root), for the store
# and browser tests; the tests start and stop their own throwaway servers.
test: $(STAMP)
	bash .ci/services.sh
	$(BIN)/python -m pytest

lint: $(STAMP)
	$(BIN)/ruff check src tests
	$(BIN)/ruff format --check src tests
	$(BIN)/mypy src

# Body extraction (ScrapingHub) and metadata (NAEB): newsdesk and its peers in one run, F1 and pages/s.
bench: $(STAMP)
	$(BIN)/python -m pip install --quiet -e '.[bench]'
	$(BIN)/python bench/extraction.py
	$(BIN)/python bench/metadata.py
	$(BIN)/python bench/attribution.py

# Store ingest rate and query latency on >= 10k records made from ../shared's bench pages.
bench-store: $(STAMP)
	bash .ci/services.sh
	$(BIN)/python bench/store.py

# Batch pages/s (1 vs 2 workers, local vs Ray), RSS per worker, kill -9 and resume, CC-NEWS cost.
bench-batch: $(STAMP)
	$(BIN)/python bench/batch.py

# Attribution on PolNeAR dev: newsdesk's rules and trained paths beside textacy, scored and timed.
bench-attribution: $(STAMP)
	$(BIN)/python -m pip install --quiet -e '.[bench]'
	$(BIN)/python bench/attribution.py

# Rebuild the opt-in attribution weights from PolNeAR train (research use; never the default).
train-attribution: $(STAMP)
	$(BIN)/newsdesk train-attribution ../shared/bench/attribution/polnear/train

clean:
	rm -rf $(VENV) .pytest_cache .mypy_cache .ruff_cache
