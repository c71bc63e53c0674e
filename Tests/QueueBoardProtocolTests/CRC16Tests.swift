import QueueBoardProtocol
import Testing

@Suite struct CRC16Tests {
    func crc(_ text: String) -> UInt16 {
        var crc = CRC16()
        for byte in text.utf8 { crc.update(byte) }
        return crc.value
    }

    @Test func knownVectors() {
        // CRC-16/CCITT-FALSE check value from the CRC catalogue, and two short ones.
        #expect(crc("123456789") == 0x29B1)
        #expect(crc("") == 0xFFFF)
        #expect(crc("A") == 0xB915)
    }

    @Test func checksumOfBufferMatchesIncremental() {
        let bytes = Bytes<64>(Array("123456789xyz".utf8))
        #expect(CRC16.checksum(bytes, count: 9) == 0x29B1)
    }
}
