# frontlines: the two quick-start commands are `make demo` and `make test`.
# Everything the project needs is installed by these targets from the pinned files
# (requirements.lock for Python, requirements-data.txt for data-only packages,
# src/frontlines/web/package-lock.json for the web app).

PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin
STAMP := $(VENV)/.installed
WEB := src/frontlines/web
DEMO_DB := sqlite:///demo.sqlite
HOST ?= 127.0.0.1
PORT ?= 8000

.PHONY: setup web demo test lint clean

$(STAMP): requirements.lock requirements-data.txt pyproject.toml
	$(PYTHON) -m venv $(VENV)
	$(BIN)/pip install --quiet --disable-pip-version-check pip==25.3
	$(BIN)/pip install --quiet --disable-pip-version-check -r requirements.lock
	$(BIN)/pip install --quiet --disable-pip-version-check --no-deps --ignore-requires-python -r requirements-data.txt
	$(BIN)/pip install --quiet --disable-pip-version-check --no-deps -e .
	touch $(STAMP)

$(WEB)/static/assets/app.js: $(WEB)/package-lock.json $(wildcard $(WEB)/src/*)
	cd $(WEB) && npm ci --no-audit --no-fund --loglevel=error && npm run build --silent

## setup: the Python environment, the web app's assets and the gazetteer index
setup: $(STAMP) $(WEB)/static/assets/app.js
	$(BIN)/frontlines gazetteer build --if-needed

## demo: set up, code the bundled sample articles into demo.sqlite, show them, serve the map
demo: setup
	$(BIN)/frontlines ingest src/frontlines/data/sample/articles.jsonl --db $(DEMO_DB)
	$(BIN)/frontlines events --db $(DEMO_DB) --limit 20
	@echo "Open http://$(HOST):$(PORT)/ for the map (Ctrl-C to stop)."
	$(BIN)/frontlines serve --db $(DEMO_DB) --host $(HOST) --port $(PORT)

## test: set up, start a throwaway PostgreSQL, install Chromium, run the whole suite
test: setup
	bash .ci/browser.sh
	eval "$$(bash .ci/postgres.sh)" && PYTHONUNBUFFERED=1 $(BIN)/python -m pytest -q; \
		status=$$?; bash .ci/postgres.sh stop; exit $$status

lint:
	$(BIN)/ruff check src tests benchmarks
	$(BIN)/ruff format --check src tests benchmarks

clean:
	rm -rf $(VENV) $(WEB)/node_modules demo.sqlite*
