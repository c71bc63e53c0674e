import _Volatile

/// A 32-bit memory-mapped register: every load and store reaches the bus.
struct Register {
    let address: UInt

    init(_ address: UInt) { self.address = address }

    @inline(__always)
    func load() -> UInt32 { VolatileMappedRegister<UInt32>(unsafeBitPattern: address).load() }

    @inline(__always)
    func store(_ value: UInt32) { VolatileMappedRegister<UInt32>(unsafeBitPattern: address).store(value) }
}
