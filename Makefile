# docket: `make demo` then `make test` on a fresh machine with Python 3.11+.
PYTHON ?= python3
VENV ?= .venv
BIN := $(VENV)/bin
DEMO_DB ?= demo/docket.sqlite3
EXAMPLE := examples/moscow-times-2021-04-29-state-protection.md

.PHONY: install demo test lint typecheck check bench-capture bench-code train-coder bench-link serve-demo clean

$(BIN)/docket: pyproject.toml constraints.txt
	$(PYTHON) -m venv $(VENV)
	$(BIN)/pip install --quiet --upgrade pip
	$(BIN)/pip install --quiet -c constraints.txt -e '.[dev]'
	touch $(BIN)/docket

install: $(BIN)/docket

demo: install
	@mkdir -p demo
	DOCKET_DB=$(DEMO_DB) $(BIN)/docket ingest $(EXAMPLE)
	DOCKET_DB=$(DEMO_DB) $(BIN)/docket list
	DOCKET_DB=$(DEMO_DB) $(BIN)/docket show 1
	DOCKET_DB=$(DEMO_DB) $(BIN)/docket extract $(EXAMPLE)
	@DOCKET_DB=$(DEMO_DB) $(BIN)/docket users add demo-admin --role admin --generate-password --reset-if-exists
	@echo "Serve the review app: DOCKET_DB=$(DEMO_DB) $(BIN)/docket serve  -> http://127.0.0.1:8000/ (sign in as demo-admin)"

test: install
	$(BIN)/python -m pytest -q

lint: install
	$(BIN)/ruff check src tests scripts
	$(BIN)/ruff format --check src tests scripts

typecheck: install
	$(BIN)/mypy

check: lint typecheck test

bench-capture: install
	$(BIN)/python scripts/bench_capture.py

# The coder: rebuild its artefact from HRDsAttack train, time it on HRDsAttack dev.
HRDSATTACK ?= ../shared/data/hrdsattack
train-coder: install
	$(BIN)/python scripts/train_coder.py --data $(HRDSATTACK) --report-dev

bench-code: install
	OMP_NUM_THREADS=1 $(BIN)/python scripts/bench_code.py --data $(HRDSATTACK)/dev.json

# Linking: 10,000 synthetic reports timed on one core; pairwise figures on HRDsAttack.
bench-link: install
	OMP_NUM_THREADS=1 $(BIN)/python scripts/bench_link.py -n 10000
	$(BIN)/python scripts/eval_link.py

clean:
	rm -rf $(VENV) demo .pytest_cache .mypy_cache .ruff_cache
