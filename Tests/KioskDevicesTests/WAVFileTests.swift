import Foundation
import KioskDevices
import Testing

/// A WAV file of 16-bit samples, as espeak-ng and recorders write it, with an extra chunk before
/// the data as some editors add.
func wavData(_ samples: [Int16], rate: Int = 22_050, channels: Int = 1, extraChunk: Bool = true) -> Data {
    func le32(_ v: Int) -> [UInt8] { (0..<4).map { UInt8((v >> (8 * $0)) & 0xFF) } }
    func le16(_ v: Int) -> [UInt8] { (0..<2).map { UInt8((v >> (8 * $0)) & 0xFF) } }
    let body = samples.flatMap { le16(Int(UInt16(bitPattern: $0))) }
    var chunks: [UInt8] = Array("fmt ".utf8) + le32(16) + le16(1) + le16(channels) + le32(rate)
    chunks += le32(rate * channels * 2) + le16(channels * 2) + le16(16)
    if extraChunk { chunks += Array("LIST".utf8) + le32(3) + [1, 2, 3, 0] }
    chunks += Array("data".utf8) + le32(body.count) + body
    return Data(Array("RIFF".utf8) + le32(4 + chunks.count) + Array("WAVE".utf8) + chunks)
}

/// Samples of a tone, different enough from frame to frame to catch any reordering.
func tone(frames: Int, step: Double = 0.05, amplitude: Double = 12_000) -> [Int16] {
    (0..<frames).map { Int16(amplitude * sin(Double($0) * step)) }
}

func bytes(of samples: [Int16]) -> Data {
    Data(samples.flatMap { [UInt8(UInt16(bitPattern: $0) & 0xFF), UInt8(UInt16(bitPattern: $0) >> 8)] })
}

@Suite struct WAVFileTests {
    @Test func readsFormatAndSamples() throws {
        let samples = tone(frames: 1000)
        let wav = try WAVFile(data: wavData(samples, rate: 16_000, channels: 2))
        #expect(wav.sampleRate == 16_000)
        #expect(wav.channels == 2)
        #expect(wav.samples == bytes(of: samples))
        #expect(wav.frames == 500)
    }

    @Test func aCutRecordingPlaysWhatIsThere() throws {
        let data = wavData(tone(frames: 100)).dropLast(51)
        let wav = try WAVFile(data: Data(data))
        #expect(wav.frames == 74)
    }

    @Test(arguments: [
        Data(), Data("RIFF0000WAVX".utf8), Data("RIFF\u{0}\u{0}\u{0}\u{0}WAVEdata\u{4}\u{0}\u{0}\u{0}abcd".utf8),
    ])
    func garbageIsAFormatError(data: Data) {
        #expect(throws: WAVFile.FormatError.self) { try WAVFile(data: data) }
    }

    @Test func eightBitIsRefused() {
        var data = wavData(tone(frames: 10), extraChunk: false)
        data[34] = 8  // bits per sample
        #expect(throws: WAVFile.FormatError.self) { try WAVFile(data: data) }
    }

    @Test func volumeScalesSamples() throws {
        let wav = try WAVFile(data: wavData([1000, -1000, 32767, -32768]))
        #expect(wav.samples(atVolume: 1) == wav.samples)
        #expect(wav.samples(atVolume: 0.5) == bytes(of: [500, -500, 16384, -16384]))
        #expect(wav.samples(atVolume: 0) == bytes(of: [0, 0, 0, 0]))
    }
}
