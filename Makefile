# The workbench's four entry points (see README). Each works on a fresh machine.
PYTHON ?= python3
VENV   := .venv
BIN    := $(VENV)/bin
STAMP  := $(VENV)/.installed
DB     ?= sqlite:///data/workbench.db
# The dashboard's port: PORT=, else Streamlit's own STREAMLIT_SERVER_PORT, else 8501.
PORT   ?= $(or $(STREAMLIT_SERVER_PORT),8501)

.PHONY: install run test bench lint clean eval-real

$(STAMP): pyproject.toml
	test -x $(BIN)/python || $(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install -q --upgrade pip
	$(BIN)/python -m pip install -q -e '.[dev]'
	touch $(STAMP)

# Byte-code written ahead: an editable install gets none from pip, and where PYTHONDONTWRITEBYTECODE
# is set every run compiled the package's sources again (0.1 s of each `workbench extract`).
install: $(STAMP)
	$(BIN)/python -m compileall -q workbench > /dev/null

run: install
	$(BIN)/workbench db upgrade --db $(DB)
	$(BIN)/workbench app --db $(DB) --port $(PORT) seeds data/corpus

lint: install
	$(BIN)/ruff check workbench tests
	$(BIN)/ruff format --check workbench tests

test: lint
	$(BIN)/pytest

bench: install
	$(BIN)/python -m pip install -q 'quantulum3>=0.9'
	$(BIN)/python -m workbench.bench

eval-real: install
	$(BIN)/python -m workbench.realnews ../shared

clean:
	rm -rf $(VENV) build *.egg-info
