# cluster-targets: the two commands are `make report` (the main job) and `make test` (everything that checks it).
SHELL := /bin/bash
.SHELLFLAGS := -eo pipefail -c
export JUPYTER_PATH := $(CURDIR)/.jupyter/share/jupyter
export PATH := $(CURDIR)/node_modules/.bin:$(PATH)
NOTEBOOKS := $(sort $(wildcard notebooks/*.ipynb))

.PHONY: report test setup build typecheck lint unit fuzz notebooks-test notebooks bench clean

## report: install what is missing, build, and run the pipeline into out/
report: setup build
	@echo "==> running the pipeline into out/"
	node dist/cli/main.js report --out out
	@echo "==> executing the notebooks into out/notebooks/"
	@mkdir -p out/notebooks
	jupyter nbconvert --to html --execute --ExecutePreprocessor.kernel_name=tslab \
	  --ExecutePreprocessor.timeout=300 --output-dir out/notebooks $(NOTEBOOKS)
	@echo "==> done: see out/"

## test: type check, lint, unit tests, and every notebook executed headless
test: setup build typecheck lint unit fuzz notebooks-test
	@echo "==> all checks passed"

setup:
	@bash scripts/setup.sh

build:
	@echo "==> building dist/"
	npx tsc -p tsconfig.build.json

typecheck:
	@echo "==> type check"
	npx tsc -p tsconfig.json --noEmit

lint:
	@echo "==> lint (biome)"
	npx biome check .

unit:
	@echo "==> unit tests (vitest)"
	npx vitest run

fuzz:
	@echo "==> property run: findQuantities on a million random strings"
	node bench/quantities/fuzz.mjs 1000000

notebooks-test:
	@echo "==> executing notebooks: $(NOTEBOOKS)"
	@mkdir -p out/notebooks-test
	jupyter nbconvert --to notebook --execute --ExecutePreprocessor.kernel_name=tslab \
	  --ExecutePreprocessor.timeout=300 --output-dir out/notebooks-test $(NOTEBOOKS)

## notebooks: open the notebooks in Jupyter Notebook with the tslab kernel
notebooks:
	@NOTEBOOK_SERVER=1 bash scripts/setup.sh
	npx tsc -p tsconfig.build.json
	jupyter notebook --notebook-dir=notebooks $(if $(filter 0,$(shell id -u)),--allow-root,)

## bench: every benchmark, each against its peer measured in the same run (pandas comes from Debian)
bench:
	@BENCH=1 bash scripts/setup.sh
	npx tsc -p tsconfig.build.json
	node bench/run.mjs

clean:
	rm -rf dist out .jupyter
