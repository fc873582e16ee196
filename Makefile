# cluster-targets: the two commands are `make report` (the main job) and `make test` (everything that checks it).
SHELL := /bin/bash
.SHELLFLAGS := -eo pipefail -c
export JUPYTER_PATH := $(CURDIR)/.jupyter/share/jupyter
export PATH := $(CURDIR)/node_modules/.bin:$(PATH)
# Deno's kernel: no update check, no permission prompt (a notebook run is unattended)
export DENO_NO_UPDATE_CHECK := 1
export DENO_NO_PROMPT := 1
NOTEBOOKS := $(sort $(wildcard notebooks/*.ipynb))
# every notebook runs on both kernels: tslab (the design card's) and Deno's Jupyter kernel
KERNELS := tslab deno

.PHONY: report test setup build docs typecheck lint unit fuzz notebooks-test $(addprefix notebooks-test-,$(KERNELS)) notebooks bench clean

## report: install what is missing, build, and run the pipeline into out/
report: setup build
	@echo "==> running the pipeline into out/"
	node dist/cli/main.js report --out out
	@echo "==> executing the notebooks into out/notebooks/"
	@mkdir -p out/notebooks
	jupyter nbconvert --to html --execute --ExecutePreprocessor.kernel_name=tslab \
	  --ExecutePreprocessor.timeout=300 --output-dir out/notebooks $(NOTEBOOKS)
	@echo "==> done: see out/"

## test: type check, lint, unit tests, and every notebook executed headless on each kernel
test: setup build typecheck lint unit fuzz notebooks-test
	@echo "==> all checks passed"

setup:
	@bash scripts/setup.sh

build:
	@echo "==> building dist/"
	node node_modules/typescript/bin/tsc -p tsconfig.build.json

## docs: the API reference of the public API (src/index.ts) in out/api/index.html (TypeDoc)
docs: setup
	@echo "==> API reference (out/api)"
	node node_modules/typedoc/bin/typedoc

typecheck:
	@echo "==> type check"
	node node_modules/typescript/bin/tsc -p tsconfig.json --noEmit

lint:
	@echo "==> lint (biome)"
	npx biome check .

unit:
	@echo "==> unit tests (vitest)"
	npx vitest run

fuzz:
	@echo "==> property run: findQuantities on a million random strings"
	node bench/quantities/fuzz.mjs 1000000

notebooks-test: $(addprefix notebooks-test-,$(KERNELS))

## notebooks-test-KERNEL: execute every notebook on one kernel (tslab or deno) into out/notebooks-test/KERNEL/, then
## check that every ct.show() reached the notebook as display data (charts as Vega-Lite with an SVG fallback)
$(addprefix notebooks-test-,$(KERNELS)): notebooks-test-%:
	@echo "==> executing notebooks on $*: $(NOTEBOOKS)"
	@rm -rf out/notebooks-test/$* && mkdir -p out/notebooks-test/$*
	@start=$$(date +%s); \
	jupyter nbconvert --to notebook --execute --ExecutePreprocessor.kernel_name=$* \
	  --ExecutePreprocessor.timeout=300 --output-dir out/notebooks-test/$* $(NOTEBOOKS); \
	echo "==> $*: $(words $(NOTEBOOKS)) notebooks in $$(( $$(date +%s) - start )) s"
	node scripts/check-notebooks.mjs $* out/notebooks-test/$*

## notebooks: open the notebooks in Jupyter Notebook (kernels: tslab, and Deno's in the kernel menu)
notebooks:
	@NOTEBOOK_SERVER=1 bash scripts/setup.sh
	node node_modules/typescript/bin/tsc -p tsconfig.build.json
	jupyter notebook --notebook-dir=notebooks $(if $(filter 0,$(shell id -u)),--allow-root,)

## bench: every benchmark, each against its peer measured in the same run (pandas comes from Debian)
bench:
	@BENCH=1 bash scripts/setup.sh
	node node_modules/typescript/bin/tsc -p tsconfig.build.json
	node bench/run.mjs

clean:
	rm -rf dist out .jupyter
