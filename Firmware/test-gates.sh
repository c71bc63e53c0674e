#!/usr/bin/env bash
# Shows the gates can fail: an image that allocates and an image over 16 KB must both be refused,
# for the reason given, while the real image passes. Run after build.sh.
set -euo pipefail
here=$(cd "$(dirname "$0")" && pwd)
out="$here/build/probes"
toolchain=$(dirname "$(readlink -f "$(command -v swiftc || echo /opt/swift/usr/bin/swiftc)")")
mkdir -p "$out"

"$toolchain/swiftc" -enable-experimental-feature Embedded -target armv7em-none-none-eabi -wmo -Osize \
    -parse-as-library -Xfrontend -function-sections -Xfrontend -disable-stack-protector \
    -Xcc -mcpu=cortex-m4 -Xcc -mfloat-abi=soft -module-name HeapProbe -c -o "$out/heap.o" \
    "$here/Tests/GateProbes/HeapProbe.swift"
"$toolchain/clang" --target=armv7em-none-eabi -mcpu=cortex-m4 -mthumb -Os -ffreestanding -c \
    "$here/Tests/GateProbes/big-table.c" -o "$out/big-table.o"
link() { "$toolchain/ld.lld" -T "$here/link.ld" --gc-sections -nostdlib "$@"; }
# --unresolved-symbols=ignore-all: link what a careless change would produce, then let the gate judge.
link --unresolved-symbols=ignore-all -o "$out/heap.elf" "$here/build/startup.o" "$out/heap.o"
link -o "$out/big.elf" "$here/build/startup.o" "$here/build/QueueBoardFirmware.o" "$here/build/QueueBoardCore.o" \
    "$here/build/QueueBoardProtocol.o" "$out/big-table.o" --undefined=kiosk_big_table

expect_refused() {
    local image=$1 reason=$2 output
    if output=$("$here/gates.sh" "$image" 2>&1); then
        echo "gate test failed: $(basename "$image") passed the gates" >&2
        exit 1
    fi
    if ! grep -q "$reason" <<<"$output"; then
        echo "gate test failed: $(basename "$image") refused for the wrong reason: $output" >&2
        exit 1
    fi
    echo "refused as expected: $(basename "$image") ($reason)"
}
expect_refused "$out/heap.elf" "posix_memalign"
expect_refused "$out/big.elf" "is [0-9]* bytes, the limit is 16384"
"$here/gates.sh" "$here/build/queueboard.elf"
