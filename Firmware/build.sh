#!/usr/bin/env bash
# Builds the queue-board firmware (Firmware/build/queueboard.elf) with the Swift toolchain's own
# Embedded Swift, clang and ld.lld, then checks the gates: no undefined symbol (so no heap and no
# libc) and .text under 16 KB. Usage: Firmware/build.sh [--check-only]
set -euo pipefail
here=$(cd "$(dirname "$0")" && pwd)
out="$here/build"
toolchain=$(dirname "$(readlink -f "$(command -v swiftc || echo /opt/swift/usr/bin/swiftc)")")
swiftc="$toolchain/swiftc"
clang="$toolchain/clang"
lld="$toolchain/ld.lld"

mkdir -p "$out"
swift_flags=(-enable-experimental-feature Embedded -target armv7em-none-none-eabi -wmo -Osize
    -parse-as-library -Xfrontend -function-sections -Xfrontend -disable-stack-protector
    -Xcc -mcpu=cortex-m4 -Xcc -mfloat-abi=soft -I "$out")

# One Embedded module per source folder, as in the root package: the protocol, the board's
# behaviour, and the firmware that drives the registers.
module() {
    local name=$1
    shift
    "$swiftc" "${swift_flags[@]}" -module-name "$name" -emit-module -emit-module-path "$out/$name.swiftmodule" \
        -c -o "$out/$name.o" "$@"
}
module QueueBoardProtocol "$here"/Sources/QueueBoardProtocol/*.swift
module QueueBoardCore "$here"/Sources/QueueBoardCore/*.swift
module QueueBoardFirmware -import-bridging-header "$here/Sources/Startup/board.h" \
    "$here"/Sources/QueueBoardFirmware/*.swift
"$clang" --target=armv7em-none-eabi -mcpu=cortex-m4 -mthumb -mfloat-abi=soft -Os -ffreestanding \
    -fno-builtin -ffunction-sections -fdata-sections -Wall -c "$here/Sources/Startup/startup.c" -o "$out/startup.o"
"$lld" -T "$here/link.ld" --gc-sections -nostdlib -o "$out/queueboard.elf" \
    "$out/startup.o" "$out/QueueBoardFirmware.o" "$out/QueueBoardCore.o" "$out/QueueBoardProtocol.o"

"$here/gates.sh" "$out/queueboard.elf"
