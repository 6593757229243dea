# Two entry points: `make demo` (the main job) and `make test` (the whole suite).
# Both create .venv when missing and install what they need, system packages included.
PY ?= python3
VENV := .venv
BIN := $(VENV)/bin
STAMP_CORE := $(VENV)/.stamp-core
STAMP_DEV := $(VENV)/.stamp-dev
STAMP_DEMO := $(VENV)/.stamp-demo
APT_PACKAGES := fonts-dejavu-core fonts-wqy-zenhei libseccomp2

.PHONY: demo test lint format sysdeps browser clean bench

$(BIN)/python:
	$(PY) -m venv $(VENV)
	$(BIN)/pip install -q --upgrade pip

$(STAMP_CORE): pyproject.toml | $(BIN)/python
	$(BIN)/pip install -q -e .
	touch $@

$(STAMP_DEMO): pyproject.toml | $(BIN)/python
	$(BIN)/pip install -q -e '.[baseline]'
	touch $@ $(STAMP_CORE)

$(STAMP_DEV): pyproject.toml | $(BIN)/python
	$(BIN)/pip install -q -e '.[dev,ocr,hf,ray,baseline,train]'
	touch $@ $(STAMP_CORE) $(STAMP_DEMO)

# Fonts are part of the render contract (byte-identical PNGs); install them when missing.
sysdeps:
	@missing=""; for p in $(APT_PACKAGES); do dpkg -s $$p >/dev/null 2>&1 || missing="$$missing $$p"; done; \
	if [ -n "$$missing" ]; then \
	  echo "installing system packages:$$missing"; \
	  (apt-get install -y -q $$missing >/dev/null 2>&1 || (apt-get update -q >/dev/null 2>&1 && apt-get install -y -q $$missing >/dev/null)) \
	  || { echo "could not install$$missing; install them with apt-get as root"; exit 1; }; \
	fi

# Headless Chromium for the HTML report test.
browser:
	@command -v chromium >/dev/null 2>&1 && command -v chromedriver >/dev/null 2>&1 || \
	  (apt-get install -y -q chromium chromium-driver >/dev/null 2>&1 || (apt-get update -q >/dev/null 2>&1 && apt-get install -y -q chromium chromium-driver >/dev/null)) \
	  || echo "warning: chromium not installed; the report browser test will fail"

demo: sysdeps $(STAMP_DEMO)
	$(BIN)/codepercept demo --out demo_out

test: sysdeps browser $(STAMP_DEV)
	$(BIN)/python -m pytest -q

lint: $(STAMP_DEV)
	$(BIN)/ruff check src tests benchmarks/*.py
	$(BIN)/ruff format --check src tests benchmarks/*.py

format: $(STAMP_DEV)
	$(BIN)/ruff format src tests benchmarks/*.py
	$(BIN)/ruff check --fix src tests benchmarks/*.py

bench: $(STAMP_DEV)
	$(BIN)/python benchmarks/render_throughput.py

clean:
	rm -rf $(VENV) demo_out build *.egg-info src/*.egg-info
