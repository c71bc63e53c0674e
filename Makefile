# The two commands of README.md. Each installs what it needs, then builds.
SWIFT := $(shell command -v swift 2>/dev/null || echo /opt/swift/usr/bin/swift)

# Debian packages: C libraries the package links, and the real programs the tests start.
BUILD_PACKAGES := pkg-config libsqlite3-dev libcairo2-dev libpango1.0-dev librsvg2-dev libqrencode-dev \
	libcups2-dev libdrm-dev libx11-dev fonts-noto-core
RUN_PACKAGES := cups cups-daemon cups-client cups-core-drivers
TEST_PACKAGES := poppler-utils xvfb xdotool x11-apps default-jre-headless python3-venv espeak-ng sox \
	python3-cryptography

.PHONY: run test build deps-run deps-test lint clean forms

run: deps-run
	$(SWIFT) build --product kiosk
	scripts/run-kiosk

test: deps-test
	$(SWIFT) format lint --strict --recursive --parallel Package.swift Sources Tests
	Tests/tools/setup-pyxform
	$(SWIFT) build --build-tests
	$(SWIFT) test --skip-build
	Tests/e2e/xdotool-walk

build: deps-run
	$(SWIFT) build

deps-run:
	@scripts/install-deps $(BUILD_PACKAGES) $(RUN_PACKAGES)

deps-test:
	@scripts/install-deps $(BUILD_PACKAGES) $(RUN_PACKAGES) $(TEST_PACKAGES)

# The procedure forms: Assets/forms/src (XLSForm) -> Assets/forms/*.xml and media folders, ODK Validate.
# Needs only Java (ODK Validate) and python3-venv (pyxform).
forms:
	@scripts/install-deps default-jre-headless python3-venv
	scripts/build-forms

lint:
	$(SWIFT) format lint --strict --recursive --parallel Package.swift Sources Tests

clean:
	rm -rf .build state
