# The two commands of the README: `make run` and `make test`. Both create .venv on first use.
PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin
STAMP := $(VENV)/.installed-stamp
TS := translations/ita_desktop_th.ts translations/qt_extra_th.ts
QM := $(TS:.ts=.qm)
SOURCES := $(shell find ita_desktop -name '*.py')

.PHONY: run test lint translations qm bench clean lock bundle smoke

LOCK := requirements/lock.txt

# Installs exactly the tested versions of requirements/lock.txt (hash-checked), then the
# program itself without touching them.
$(STAMP): pyproject.toml $(LOCK)
	@$(PYTHON) -c 'import sys; sys.exit(0 if sys.version_info >= (3, 11) else "ITA Desktop needs Python 3.11 or newer; found " + sys.version.split()[0])'
	@$(PYTHON) -m venv $(VENV) || { echo "Cannot create a virtual environment: install python3-venv (sudo apt-get install python3-venv) and try again."; exit 1; }
	$(BIN)/python -m pip install --quiet --require-hashes -r $(LOCK)
	$(BIN)/python -m pip install --quiet --no-deps -e .
	@touch $(STAMP)

translations/%.qm: translations/%.ts $(STAMP)
	$(BIN)/pyside6-lrelease -silent $< -qm $@

qm: $(QM)

run: $(STAMP) qm
	$(BIN)/ita-desktop

test: $(STAMP) qm
	$(BIN)/python -m pytest -q

# The packaged program (build.spec): dist/ita-desktop/ and its portable .zip beside it.
bundle: $(STAMP) qm
	$(BIN)/python packaging/build_bundle.py

# Build, then run the built program headless (tests/packaging/test_frozen_bundle.py; `make
# test` runs the same tests on a bundle it builds in a temporary folder).
smoke: bundle
	ITA_BUNDLE=dist/ita-desktop $(BIN)/python -m pytest -q tests/packaging

lint: $(STAMP)
	$(BIN)/ruff check ita_desktop tests benchmarks packaging

# Developers: refresh the .ts file from the sources after changing UI strings.
translations: $(STAMP)
	$(BIN)/pyside6-lupdate -no-obsolete $(SOURCES) -ts translations/ita_desktop_th.ts

bench: $(STAMP) qm
	$(BIN)/python benchmarks/startup.py
	$(BIN)/python benchmarks/report_render.py

# Developers: regenerate the lock after changing the dependencies in pyproject.toml, then run
# `make test` on it and commit both files together (an upgrade is a deliberate commit). The
# lock is universal: one file, with markers, for Linux and Windows (the installer builds from it).
lock:
	$(PYTHON) -m venv .venv-lock
	.venv-lock/bin/python -m pip install --quiet uv==0.13.9
	.venv-lock/bin/uv pip compile pyproject.toml --extra test --extra build --universal --generate-hashes \
		--python-version 3.11 -o $(LOCK)

clean:
	rm -rf $(VENV) $(QM) .pytest_cache build dist
