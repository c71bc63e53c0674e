/// CRC-16/CCITT-FALSE (polynomial 0x1021, initial value 0xFFFF, no reflection, no final xor):
/// "123456789" gives 0x29B1. Bitwise rather than a table, so it costs no flash.
public struct CRC16: Sendable {
    /// The checksum of the bytes fed so far.
    public private(set) var value: UInt16 = 0xFFFF

    public init() {}

    /// Feeds one byte.
    public mutating func update(_ byte: UInt8) {
        value ^= UInt16(byte) << 8
        var bit = 0
        while bit < 8 {
            value = value & 0x8000 != 0 ? (value << 1) ^ 0x1021 : value << 1
            bit += 1
        }
    }

    /// The checksum of the first `count` bytes of `bytes`.
    public static func checksum<let n: Int>(_ bytes: Bytes<n>, count: Int) -> UInt16 {
        var crc = CRC16()
        var index = 0
        while index < count {
            crc.update(bytes[index])
            index += 1
        }
        return crc.value
    }
}
