# The README's commands. `make demo` and `make test` need only Python 3.11 on PATH.
PYTHON ?= python3.11
VENV := .venv
BIN := $(VENV)/bin
STAMP := $(VENV)/.installed

.PHONY: demo test install bench bench-real lint clean browser docs

$(STAMP): pyproject.toml
	$(PYTHON) -m venv $(VENV)
	$(BIN)/pip install --quiet --upgrade pip
	$(BIN)/pip install --quiet -e '.[test,native]'
	$(BIN)/python -m ipykernel install --prefix $(VENV) --name python3 >/dev/null
	touch $(STAMP)

# The compiled tokenizer (Cython), built next to its sources and rebuilt when they change;
# the module records their sha256 and the package falls back to the pure-Python tokenizer,
# with a warning, when a source differs from what it was built from. The same script
# compiles the modules listed in src/policytrends/data/compiled.txt from their own .py into
# src/policytrends/_compiled/, each build named by the sha256 of its .py (policytrends/
# compiled.py loads only the build of the .py as it is now, else the .py with a warning);
# any listed .py that changes reruns it, and it builds only what is not built yet. A failed
# build (no C compiler, no Cython) leaves the pure-Python ones, with a message; a source
# that does not compile fails the build. `make test` then requires them, built and current,
# where a C compiler is installed (POLICYTRENDS_REQUIRE_NATIVE, read by the tests).
NATIVE_DIR := src/policytrends/extract
COMPILED_LIST := src/policytrends/data/compiled.txt
COMPILED_SRC := $(COMPILED_LIST) src/policytrends/compiled.py \
	$(shell sed -e 's/\#.*//' -e '/^ *$$/d' -e 's/ //g' -e 's|\.|/|g' -e 's|^|src/|' -e 's|$$|.py|' $(COMPILED_LIST))
NATIVE_SRC := $(NATIVE_DIR)/_tokens_native.pyx $(NATIVE_DIR)/tokens.py scripts/build_native.py \
	$(COMPILED_SRC)
NATIVE := $(NATIVE_DIR)/_tokens_native$(shell $(PYTHON) -c "import sysconfig; print(sysconfig.get_config_var('EXT_SUFFIX'))")

$(NATIVE): $(STAMP) $(NATIVE_SRC)
	$(BIN)/python scripts/build_native.py

install: $(STAMP) $(NATIVE)

# every folder of data/sample (its README.md describes the records and is not one)
SAMPLE_DIRS = $(wildcard data/sample/*/)

demo: $(STAMP) $(NATIVE)
	$(BIN)/policytrends ingest $(SAMPLE_DIRS) --store data/processed/store
	$(BIN)/policytrends report --store data/processed/store --out data/processed/report.html

# Debian's chromium for the headless-browser test of the HTML report.
browser:
	@command -v chromium >/dev/null 2>&1 || (apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium >/dev/null) || echo "chromium could not be installed"

PYTEST_ARGS ?= tests

test: $(STAMP) $(NATIVE) browser
	POLICYTRENDS_REQUIRE_NATIVE=1 $(BIN)/python -m pytest -q $(PYTEST_ARGS)

# API reference from the docstrings (pdoc, in the test extras): open docs/api/index.html
DOCS_DIR ?= docs/api
DOCS_MODULES = policytrends policytrends.frames policytrends.trends policytrends.officials \
	policytrends.panel policytrends.sql policytrends.plots policytrends.palette \
	policytrends.report policytrends.retag policytrends.taxonomy policytrends.store \
	policytrends.schema policytrends.trend_filters

docs: $(STAMP)
	$(BIN)/pdoc --docformat google --no-show-source -o $(DOCS_DIR) $(DOCS_MODULES)

bench: $(STAMP)
	$(BIN)/python benchmarks/run.py

# distinct copies of the real records of ../shared/corpus (BENCH_N of them, default 20,000)
bench-real: $(STAMP)
	$(BIN)/python benchmarks/real.py --records $(or $(BENCH_N),20000)

lint: $(STAMP)
	$(BIN)/ruff check src tests
	$(BIN)/mypy src

clean:
	rm -rf $(VENV) data/processed $(NATIVE) src/policytrends/_compiled
