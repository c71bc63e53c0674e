# The two commands of README.md. Each installs what it needs, then builds.
SWIFT := $(shell command -v swift 2>/dev/null || echo /opt/swift/usr/bin/swift)

# Debian packages: C libraries the package links, and the real programs the tests start.
BUILD_PACKAGES := pkg-config libsqlite3-dev libcairo2-dev libpango1.0-dev librsvg2-dev libqrencode-dev \
	libcups2-dev libdrm-dev libx11-dev libevdev-dev libasound2-dev fonts-noto-core
RUN_PACKAGES := cups cups-daemon cups-client cups-core-drivers espeak-ng sox
TEST_PACKAGES := poppler-utils curl xvfb xdotool x11-apps default-jre-headless python3-venv zbar-tools openssl stunnel4 chromium \
	qemu-system-arm python3-cryptography
# The VM test (Image/vm): QEMU, an initramfs of busybox and the kernel's modules, uinput touch panels.
VM_PACKAGES := qemu-system-x86 busybox-static kmod cpio evemu-tools

.PHONY: run test test-vm build deps-run deps-test deps-vm lint clean forms firmware test-firmware

run: deps-run
	$(SWIFT) build --product kiosk
	scripts/build-prompts --quiet
	scripts/run-kiosk

test: deps-test
	$(SWIFT) format lint --strict --recursive --parallel Package.swift Sources Tests Firmware/Sources
	Tests/tools/setup-pyxform
	Firmware/build.sh
	Firmware/test-gates.sh
	$(SWIFT) build --build-tests
	SWIFT=$(SWIFT) scripts/swift-tests
	scripts/build-prompts --quiet
	.build/debug/kiosk form check Assets/forms/*.xml
	Tests/e2e/xdotool-walk
	$(MAKE) test-vm

# The terminal on DRM/KMS, evdev and ALSA in a VM (Debian's kernel under QEMU), with the debug
# kiosk that `swift build` made. Downloads the kernel package once into .build/vm.
test-vm: deps-vm
	$(SWIFT) build --product kiosk
	timeout 900 Image/vm/vm-test.py

build: deps-run
	$(SWIFT) build

deps-run:
	@scripts/install-deps $(BUILD_PACKAGES) $(RUN_PACKAGES)

deps-test:
	@scripts/install-deps $(BUILD_PACKAGES) $(RUN_PACKAGES) $(TEST_PACKAGES) $(VM_PACKAGES)

deps-vm:
	@scripts/install-deps $(BUILD_PACKAGES) $(VM_PACKAGES) espeak-ng sox

# The procedure forms: Assets/forms/src (XLSForm) -> Assets/forms/*.xml and media folders, ODK Validate.
# Needs only Java (ODK Validate) and python3-venv (pyxform).
forms:
	@scripts/install-deps default-jre-headless python3-venv
	scripts/build-forms

lint:
	$(SWIFT) format lint --strict --recursive --parallel Package.swift Sources Tests Firmware/Sources

# The LED queue board: Embedded Swift image with its gates (no undefined symbols, .text < 16 KB),
# then the host protocol tests and the QEMU round trip with the terminal's serial driver.
firmware:
	Firmware/build.sh

test-firmware: deps-test
	Firmware/build.sh
	Firmware/test-gates.sh
	$(SWIFT) build --build-tests
	$(SWIFT) test --skip-build --filter 'QueueBoardProtocolTests|QueueBoardSerialTests'

clean:
	rm -rf .build state
