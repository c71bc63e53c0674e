import _Volatile

// A firmware that allocates: the no-heap gate must refuse it (posix_memalign stays undefined).
@main
struct HeapProbe {
    static func main() {
        var numbers = [1, 2, 3]
        numbers.append(Int(VolatileMappedRegister<UInt32>(unsafeBitPattern: 0x4000_4000).load()))
        VolatileMappedRegister<UInt32>(unsafeBitPattern: 0x4000_4000).store(UInt32(numbers.count))
    }
}
