import QueueBoardProtocol
import SeededRandom
import Testing

@Suite struct COBSTests {
    func encode(_ payload: [UInt8]) -> [UInt8] {
        var output = Bytes<600>()
        #expect(COBS.encode(Bytes<600>(payload), into: &output))
        return output.array
    }

    func decoded(_ encoded: [UInt8]) throws(FrameError) -> [UInt8] {
        var output = Bytes<600>()
        try COBS.decode(Bytes<600>(encoded), into: &output)
        return output.array
    }

    // The examples of the COBS paper as listed on Wikipedia (without the trailing delimiter).
    @Test(
        arguments: [
            ([0x00], [0x01, 0x01]),
            ([0x00, 0x00], [0x01, 0x01, 0x01]),
            ([0x00, 0x11, 0x00], [0x01, 0x02, 0x11, 0x01]),
            ([0x11, 0x22, 0x00, 0x33], [0x03, 0x11, 0x22, 0x02, 0x33]),
            ([0x11, 0x22, 0x33, 0x44], [0x05, 0x11, 0x22, 0x33, 0x44]),
            ([0x11, 0x00, 0x00, 0x00], [0x02, 0x11, 0x01, 0x01, 0x01]),
        ] as [([UInt8], [UInt8])])
    func knownVectors(payload: [UInt8], encoded: [UInt8]) throws {
        #expect(encode(payload) == encoded)
        #expect(try decoded(encoded) == payload)
    }

    @Test func longBlocks() throws {
        let run254 = (1...254).map { UInt8($0) }
        #expect(encode(run254) == [0xFF] + run254)
        #expect(encode([0] + run254) == [0x01, 0xFF] + run254)
        let run255 = (1...255).map { UInt8($0) }
        #expect(encode(run255) == [0xFF] + run254 + [0x02, 0xFF])
        let tail = (3...255).map { UInt8($0) } + [0x00, 0x01]
        #expect(encode((2...255).map { UInt8($0) } + [0x00]) == [0xFF] + (2...255).map { UInt8($0) } + [0x01, 0x01])
        #expect(try decoded(encode(tail)) == tail)
    }

    @Test func roundTripsAndNeverEmitsZero() throws {
        var random = SplitMix(seed: 42)
        for _ in 0..<500 {
            let length = Int.random(in: 0...520, using: &random)
            let payload = (0..<length).map { _ in
                // Many zeros and many runs: the cases COBS gets wrong.
                Bool.random(using: &random) ? UInt8(0) : UInt8.random(in: 1...255, using: &random)
            }
            let encoded = encode(payload)
            #expect(!encoded.contains(0))
            #expect(try decoded(encoded) == payload)
        }
    }

    @Test func refusesBrokenEncodings() {
        #expect(throws: FrameError.badEncoding) { try decoded([0x05, 0x11, 0x22]) }  // block past the end
        #expect(throws: FrameError.badEncoding) { try decoded([0x03, 0x11, 0x00, 0x01]) }  // zero inside
        #expect(throws: FrameError.badEncoding) { try decoded([0x00]) }  // zero code
    }

    @Test func refusesOutputOverflow() {
        var small = Bytes<4>()
        #expect(throws: FrameError.tooLong) { try COBS.decode(Bytes<16>([0x07, 1, 2, 3, 4, 5, 6]), into: &small) }
        #expect(!COBS.encode(Bytes<16>([1, 2, 3, 4, 5]), into: &small))
    }
}
