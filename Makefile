# Two commands do everything on a fresh machine: `make run` and `make test`.
PYTHON ?= python3.11
VENV := .venv
BIN := $(VENV)/bin
STAMP := $(VENV)/.installed
export DAGSTER_HOME ?= $(CURDIR)/.dagster_home
export COOPWATCH_WAREHOUSE ?= $(CURDIR)/warehouse/coopwatch.duckdb

.PHONY: install run test test-fast lint bench ui lock clean

$(DAGSTER_HOME)/dagster.yaml: orchestration/dagster.yaml
	@mkdir -p $(DAGSTER_HOME)
	cp orchestration/dagster.yaml $@

$(STAMP): requirements.lock pyproject.toml
	$(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet uv==0.13.8
	$(BIN)/uv pip install --quiet --python $(BIN)/python -r requirements.lock
	$(BIN)/uv pip install --quiet --python $(BIN)/python --no-deps -e .
	touch $(STAMP)

install: $(STAMP)

run: $(STAMP) $(DAGSTER_HOME)/dagster.yaml
	$(BIN)/coopwatch run

test: $(STAMP)
	$(BIN)/python -m pytest -q

# The quick loop while working: everything but the end-to-end runs of dbt and Dagster.
test-fast: $(STAMP)
	$(BIN)/python -m pytest -q -m "not slow"

# Style and likely bugs, with the rules in pyproject.toml; `$(BIN)/ruff check --fix .` repairs the import order.
lint: $(STAMP)
	$(BIN)/ruff check .

# Times every stage on 1,000 generated pages (folder and loopback HTTP) against the NER and
# trafilatura floors; prints tables and writes bench/results/*.json. The targets are set for
# 10,000 pages: `$(BIN)/python -m bench.run --pages 10000` (about an hour on 2 cores).
bench: $(STAMP)
	$(BIN)/python -m bench.run --pages 1000

# dg warns unless the project's .venv is the active one ($$VIRTUAL_ENV), so the recipe activates it
# as `source .venv/bin/activate` would; its code server and run workers then find this venv's python.
ui: $(STAMP) $(DAGSTER_HOME)/dagster.yaml
	VIRTUAL_ENV=$(CURDIR)/$(VENV) PATH="$(CURDIR)/$(BIN):$$PATH" $(BIN)/dg dev --host 127.0.0.1 --port 3000

# Re-resolve exact pins after editing requirements.in.
lock: $(STAMP)
	$(BIN)/uv pip compile --quiet --python-version 3.11 requirements.in -o requirements.lock

clean:
	rm -rf $(VENV) build .dagster_home .ruff_cache dbt_project/target dbt_project/logs
