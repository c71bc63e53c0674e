#!/usr/bin/env bash
# The firmware's gates, on any linked image: nothing undefined (with no allocator and no libc
# linked, a heap allocation shows up as posix_memalign/free, a stray libc call by its name), and
# .text (code and constants) under 16 KB. Usage: Firmware/gates.sh IMAGE.elf
set -euo pipefail
image=$1
toolchain=$(dirname "$(readlink -f "$(command -v swiftc || echo /opt/swift/usr/bin/swiftc)")")
size_limit=16384

undefined=$("$toolchain/llvm-nm" -u "$image")
if [[ -n "$undefined" ]]; then
    echo "firmware gate failed: undefined symbols in $(basename "$image") (heap or libc use):" >&2
    echo "$undefined" >&2
    exit 1
fi
text_hex=$("$toolchain/llvm-objdump" -h "$image" | awk '$2==".text"{print $3}')
text=$((16#$text_hex))
if ((text >= size_limit)); then
    echo "firmware gate failed: .text of $(basename "$image") is $text bytes, the limit is $size_limit" >&2
    exit 1
fi
echo "$(basename "$image"): .text $text bytes (limit $size_limit), no undefined symbols"
