# Pipeline Desk — the two commands of the README, each doing its own set-up on Debian 12:
#   make run    install what is missing, build, start the GUI on the default workspace
#   make test   install what is missing (npm ci in tests/sdk too), build, run every test (ctest) with a
#               private keyring
# Other targets: build, translations, screenshots, sanitize-test, bench, format, clean.

BUILD      ?= build
JOBS       ?= 2
BUILD_TYPE ?= RelWithDebInfo
CMAKE_ARGS ?=

# Debian 12 packages the build, the app and the tests need. dbus-x11 is deliberately absent: under
# Xvfb it makes the keyring prompt on an invisible screen and hang.
PACKAGES := build-essential cmake ninja-build ccache pkg-config python3 \
            qt6-base-dev qt6-base-dev-tools qt6-tools-dev qt6-tools-dev-tools qt6-l10n-tools \
            qt6-translations-l10n libqt6sql6-sqlite qtkeychain-qt6-dev libgl1-mesa-dev \
            xvfb xauth fonts-noto-cjk dbus gnome-keyring libsecret-1-0 libsecret-tools \
            libyaml-dev
# Node.js and npm run the official AWS SDK for JavaScript v3 in tests/sdk (tests/cloud compares our
# SigV4 signer with it): Debian's only where there is no node or no npm (Debian 12's node is 18; 20 works
# too), so a machine's own Node.js is kept.
PACKAGES += $(if $(shell command -v node 2>/dev/null),,nodejs) $(if $(shell command -v npm 2>/dev/null),,npm)

SUDO := $(shell [ "$$(id -u)" = 0 ] || echo sudo)

.PHONY: all deps sdk configure build run test translations screenshots sanitize-test bench format clean

all: build

deps:
	@missing=$$(for p in $(PACKAGES); do dpkg-query -W -f='$${Status}\n' $$p 2>/dev/null | grep -q 'install ok installed' || echo $$p; done); \
	if [ -n "$$missing" ]; then \
	    echo "Installing: $$missing"; \
	    $(SUDO) env DEBIAN_FRONTEND=noninteractive apt-get update -q && \
	    $(SUDO) env DEBIAN_FRONTEND=noninteractive apt-get install -y -q --no-install-recommends $$missing; \
	fi

# The SDK packages exactly as tests/sdk/package-lock.json pins them (node_modules is not committed).
sdk: deps
	npm ci --prefix tests/sdk --no-audit --no-fund

$(BUILD)/build.ninja:
	cmake -S . -B $(BUILD) -G Ninja -DCMAKE_BUILD_TYPE=$(BUILD_TYPE) -DPD_WERROR=ON $(CMAKE_ARGS)

configure: deps $(BUILD)/build.ninja

build: configure
	cmake --build $(BUILD) -j$(JOBS)

# Without a display (a server, CI) the window opens on a virtual one.
run: build
	@if [ -n "$$DISPLAY" ] || [ -n "$$WAYLAND_DISPLAY" ]; then \
	    $(BUILD)/app/pipelinedesk; \
	else \
	    echo "No display: starting under xvfb-run (use 'make screenshots' to see it)."; \
	    xvfb-run -a $(BUILD)/app/pipelinedesk; \
	fi

test: build sdk
	scripts/run-tests.sh $(BUILD)

# Refreshes translations/*.ts from the sources; English is filled from the sources, Korean by hand.
translations: configure
	cmake --build $(BUILD) --target update_translations
	scripts/ts-fill.py en
	scripts/ts-fill.py ko
	scripts/ts-fill.py check

screenshots: build
	scripts/screenshots.sh $(BUILD) docs/screenshots

# The same tests under AddressSanitizer and UndefinedBehaviorSanitizer (Debug).
sanitize-test: deps sdk
	cmake -S . -B $(BUILD)-asan -G Ninja -DCMAKE_BUILD_TYPE=Debug -DPD_WERROR=ON -DPD_SANITIZE=ON $(CMAKE_ARGS)
	cmake --build $(BUILD)-asan -j$(JOBS)
	scripts/run-tests.sh $(BUILD)-asan

bench: deps
	cmake -S . -B $(BUILD)-release -G Ninja -DCMAKE_BUILD_TYPE=Release $(CMAKE_ARGS)
	cmake --build $(BUILD)-release -j$(JOBS)
	@for b in $(BUILD)-release/tests/bench/bench_*; do [ -x "$$b" ] && { echo "== $$b"; "$$b"; }; done; true

format:
	git ls-files '*.cpp' '*.h' | xargs clang-format -i

clean:
	rm -rf $(BUILD) $(BUILD)-asan $(BUILD)-release
