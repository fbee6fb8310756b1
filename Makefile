# The two set-up commands of the README: `make run` and `make test`. Both install the Debian
# packages the build needs when they are missing, so a fresh machine needs no other step.
BUILD_DIR ?= build
JOBS ?= $(shell nproc)
DEBIAN_PACKAGES := cmake make g++ pkg-config libre2-dev libicu-dev libyaml-cpp-dev doctest-dev \
	libmd4c-dev libgumbo-dev libzip-dev libpugixml-dev nlohmann-json3-dev libcli11-dev libfmt-dev \
	libbenchmark-dev python3 python3-jsonschema time
SUDO := $(shell [ "$$(id -u)" = 0 ] || echo sudo)
# The report tests: xmllint validates the JUnit report, headless Chromium loads the HTML one.
DEBIAN_PACKAGES += libxml2-utils chromium
# `claimcheck serve` is built on cpp-httplib.
DEBIAN_PACKAGES += libcpp-httplib-dev
# The browser test of the serve page drives chromium with npm's playwright-core (never its own
# browsers). npm comes from Debian unless some npm is already installed (say, NodeSource's).
E2E_DIR := tests/server/e2e

# `make bench` compares with proselint on the same text.
BENCH_PACKAGES := python3-proselint
# `make fuzz` builds the libFuzzer targets with Debian's clang and its runtime libraries.
FUZZ_PACKAGES := clang libclang-rt-14-dev
FUZZ_DIR ?= build-fuzz
FUZZ_TIME ?= 60
FUZZ_TARGETS ?=
# `make test-asan`: the whole suite built with gcc's AddressSanitizer and UBSan. -O1 and line
# tables only (-g1: stack traces keep file and line) halve the build time of -O1 -g, which CI
# needs; a sanitizer report (or a leak) fails the test that triggered it.
ASAN_DIR ?= build-asan
SANITIZER_ENV := ASAN_OPTIONS=detect_leaks=1:halt_on_error=1:abort_on_error=0:strict_string_checks=1:detect_stack_use_after_return=1 \
	UBSAN_OPTIONS=halt_on_error=1:print_stacktrace=1

.PHONY: all deps e2e-deps bench-deps fuzz-deps build run test test-asan bench fuzz clean

all: build

deps:
	@missing=$$(for p in $(DEBIAN_PACKAGES); do \
	  dpkg-query -W -f='$${Status}\n' $$p 2>/dev/null | grep -q 'install ok installed' || echo $$p; \
	done); \
	if [ -n "$$missing" ]; then \
	  echo "Installing Debian packages:" $$missing; \
	  $(SUDO) env DEBIAN_FRONTEND=noninteractive apt-get update -qq && \
	  $(SUDO) env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends $$missing; \
	fi

bench-deps: deps
	@dpkg-query -W -f='$${Status}\n' $(BENCH_PACKAGES) 2>/dev/null | grep -q 'install ok installed' || \
	  $(SUDO) env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends $(BENCH_PACKAGES)

fuzz-deps: deps
	@missing=$$(for p in $(FUZZ_PACKAGES); do \
	  dpkg-query -W -f='$${Status}\n' $$p 2>/dev/null | grep -q 'install ok installed' || echo $$p; \
	done); \
	if [ -n "$$missing" ]; then \
	  $(SUDO) env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends $$missing; \
	fi

e2e-deps: deps
	@command -v npm >/dev/null || $(SUDO) env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends nodejs npm
	@[ -d $(E2E_DIR)/node_modules/playwright-core ] || npm ci --prefix $(E2E_DIR) --no-audit --no-fund

build: deps
	cmake -S . -B $(BUILD_DIR) -DCMAKE_BUILD_TYPE=Release >/dev/null
	cmake --build $(BUILD_DIR) -j $(JOBS)

# Checks the bundled samples (they are written to raise findings, so findings do not fail this).
run: build
	$(BUILD_DIR)/claimcheck rules test
	$(BUILD_DIR)/claimcheck check samples/ --fail-on never

test: e2e-deps build
	cd $(BUILD_DIR) && ctest --output-on-failure -j $(JOBS)

# The same suite with every binary built with ASan and UBSan (gcc, -O1, in $(ASAN_DIR)).
test-asan: e2e-deps
	cmake -S . -B $(ASAN_DIR) -DCMAKE_BUILD_TYPE=Debug -DCMAKE_CXX_FLAGS_DEBUG="-O1 -g1" -DCLAIMCHECK_SANITIZE=ON >/dev/null
	cmake --build $(ASAN_DIR) -j $(JOBS) --target claimcheck claimcheck_tests claimcheck_bench  # what ctest runs (bench-smoke included)
	cd $(ASAN_DIR) && $(SANITIZER_ENV) ctest --output-on-failure -j $(JOBS)

# Each libFuzzer target of tests/fuzz for FUZZ_TIME seconds, one after another (FUZZ_TARGETS
# picks some: `make fuzz FUZZ_TARGETS="load_html check" FUZZ_TIME=600`); corpora stay in $(FUZZ_DIR).
fuzz: fuzz-deps
	cmake -S . -B $(FUZZ_DIR) -DCMAKE_CXX_COMPILER=clang++ -DCMAKE_BUILD_TYPE=Debug -DCMAKE_CXX_FLAGS_DEBUG="-O1 -g" \
	  -DCLAIMCHECK_FUZZ=ON >/dev/null
	cmake --build $(FUZZ_DIR) --target fuzzers -j $(JOBS)
	python3 tests/fuzz/run_fuzz.py $(FUZZ_DIR) $(FUZZ_TIME) $(FUZZ_TARGETS)

# Whole-process throughput, start-up and the share of each stage on ../shared/bench (when present).
bench: bench-deps build
	python3 tests/bench/run_bench.py $(BUILD_DIR)

clean:
	rm -rf $(BUILD_DIR) $(ASAN_DIR) $(FUZZ_DIR)
