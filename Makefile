# The README's two commands: `make serve` and `make test`. Both set up what
# they need on a fresh Debian machine with Python 3.11.

PYTHON ?= python3
VENV   := .venv
BIN    := $(VENV)/bin
export NO_MKDOCS_2_WARNING := 1

.PHONY: serve build test bench check exports media zip clean system-deps chromium java espeak

# Debian ships venv and npm as separate packages; install them when we can.
system-deps:
	@$(PYTHON) -c "import ensurepip" 2>/dev/null || { \
	  if [ "$$(id -u)" = 0 ]; then apt-get update -qq && apt-get install -y -qq python3-venv; \
	  else echo "Python's venv module is missing: run 'sudo apt-get install python3-venv', then run make again." >&2; exit 1; fi; }

$(BIN)/.site-installed: pyproject.toml | system-deps
	$(PYTHON) -m venv $(VENV)
	$(BIN)/pip install --quiet -e .
	touch $@

$(BIN)/.test-installed: $(BIN)/.site-installed pyproject.toml package.json package-lock.json
	$(BIN)/pip install --quiet -e '.[test]'
	@command -v npm >/dev/null || { \
	  if [ "$$(id -u)" = 0 ]; then apt-get update -qq && apt-get install -y -qq npm; \
	  else echo "npm is missing: run 'sudo apt-get install npm', then 'make test' again." >&2; exit 1; fi; }
	npm ci --no-audit --no-fund --loglevel=error
	touch $@

# Playwright drives the system Chromium; its own browser download cannot work offline.
chromium:
	@command -v chromium >/dev/null || { \
	  if [ "$$(id -u)" = 0 ]; then apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium; \
	  else echo "Chromium is missing: run 'sudo apt-get install chromium', then 'make test' again." >&2; exit 1; fi; }

# The HTML check runs the Nu Html Checker (node_modules/vnu-jar), which needs Java.
java:
	@command -v java >/dev/null || { \
	  if [ "$$(id -u)" = 0 ]; then apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq default-jre-headless; \
	  else echo "Java is missing: run 'sudo apt-get install default-jre-headless', then 'make test' again." >&2; exit 1; fi; }

# The synthetic voice of the shallowfake-audio demo, and SoX with MP3 support to encode its clips.
espeak:
	@command -v espeak-ng >/dev/null && sox -h 2>/dev/null | grep -q ' mp3 ' || { \
	  if [ "$$(id -u)" = 0 ]; then apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq espeak-ng sox libsox-fmt-mp3; \
	  else echo "espeak-ng or SoX's MP3 support is missing: run 'sudo apt-get install espeak-ng sox libsox-fmt-mp3', then 'make media' again." >&2; exit 1; fi; }

$(BIN)/.media-installed: $(BIN)/.site-installed pyproject.toml
	$(BIN)/pip install --quiet -e '.[media]'
	touch $@

# Regenerate every figure, image, animation, sound and widget data file, then demos/MEDIA.md.
# Deterministic, CPU only, no downloads; a few minutes on two cores.
media: $(BIN)/.media-installed espeak
	OPENBLAS_NUM_THREADS=1 $(BIN)/python -m demos all

# The quizzes as GIFT, Moodle XML and QTI files in docs/instructors/exports/ (a few seconds).
exports: $(BIN)/.site-installed
	$(BIN)/python -m course export --format all docs

serve: exports
	$(BIN)/mkdocs serve --dev-addr 127.0.0.1:8000 --watch course --watch overrides

build: exports
	$(BIN)/mkdocs build --strict

# The offline package: dist/deepfake-literacy-course-<version>.zip, to unzip and open from disk.
zip: exports
	$(BIN)/python -m course.package --out dist

# Check every quiz in docs/ without building the site, and run the authoring lints
# (answer cues, review dates, expired dates, chapters named by position); problems name file and line.
check: $(BIN)/.site-installed
	$(BIN)/python -m course check docs

# The Python lint (ruff, settings in pyproject.toml), then the JavaScript unit tests in Node
# (tests/js/), then pytest, whose summary is the last line; the first that fails stops the run.
# One BLAS thread: the short training tests are then deterministic and do not fight the browser tests for cores.
test: $(BIN)/.test-installed chromium java
	$(BIN)/ruff check .
	node --test --test-reporter=spec tests/js/
	OPENBLAS_NUM_THREADS=1 $(BIN)/python -m pytest

bench: $(BIN)/.test-installed chromium
	$(BIN)/python -m benchmarks

clean:
	rm -rf site dist $(VENV) node_modules
