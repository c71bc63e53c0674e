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
nm="$toolchain/llvm-nm"
size_limit=16384

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

# Gate 1: nothing left undefined. With no allocator and no libc linked, a heap allocation would
# show up here as posix_memalign/free, a stray libc call as its name.
undefined=$("$nm" -u "$out/queueboard.elf")
if [[ -n "$undefined" ]]; then
    echo "firmware gate failed: undefined symbols (heap or libc use):" >&2
    echo "$undefined" >&2
    exit 1
fi
# Gate 2: the code fits a 16 KB budget.
text_hex=$("$toolchain/llvm-objdump" -h "$out/queueboard.elf" | awk '$2==".text"{print $3}')
text=$((16#$text_hex))
if (( text >= size_limit )); then
    echo "firmware gate failed: .text is $text bytes, the limit is $size_limit" >&2
    exit 1
fi
echo "queueboard.elf: .text $text bytes (limit $size_limit), no undefined symbols"
