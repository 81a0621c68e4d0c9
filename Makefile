# Two entry points a fresh machine needs: `make demo` and `make test`.
PYTHON ?= python3
VENV ?= .venv
BIN := $(VENV)/bin
SAMPLE := samples/county-work-report.txt

.PHONY: demo test bench clean

$(BIN)/python:
	$(PYTHON) -m venv $(VENV)
	$(BIN)/pip install -q --upgrade pip

$(VENV)/.installed: $(BIN)/python setup.cfg pyproject.toml
	$(BIN)/pip install -q -e .
	touch $@

$(VENV)/.installed-test: $(VENV)/.installed
	$(BIN)/pip install -q -e '.[test]'
	touch $@

demo: $(VENV)/.installed
	$(BIN)/qa align $(SAMPLE) -o alignments
	$(BIN)/qa check $(SAMPLE) -o reports; status=$$?; \
	  if [ $$status -gt 1 ]; then exit $$status; fi; \
	  echo "qa check exit code $$status (1 = findings at or above --fail-on, as expected for the sample)"
	$(BIN)/qa audit samples -o reports/audit --quiet; status=$$?; \
	  if [ $$status -gt 1 ]; then exit $$status; fi
	@echo "Open reports/$(notdir $(basename $(SAMPLE))).html and reports/audit/index.html in a browser."

test: $(VENV)/.installed-test
	$(BIN)/python -m pytest

bench: $(VENV)/.installed
	$(BIN)/python bench/align.py
	$(BIN)/python bench/detect.py
	$(BIN)/python bench/speed.py

clean:
	rm -rf $(VENV) build *.egg-info
