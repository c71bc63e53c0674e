import Foundation

/// A 16-bit PCM WAV file's format and samples, as the prompt recordings and espeak-ng write them.
public struct WAVFile: Sendable, Equatable {
    /// Why a file is not a playable WAV.
    public struct FormatError: Error, Equatable, CustomStringConvertible, Sendable {
        public var reason: String
        public var description: String { "not a 16-bit PCM WAV: \(reason)" }
    }

    public var sampleRate: Int
    public var channels: Int
    /// Interleaved little-endian signed 16-bit samples.
    public var samples: Data

    public init(sampleRate: Int, channels: Int, samples: Data) {
        self.sampleRate = sampleRate
        self.channels = channels
        self.samples = samples
    }

    /// Frames (one sample per channel).
    public var frames: Int { samples.count / (2 * max(channels, 1)) }

    /// Reads the `fmt ` and `data` chunks of a RIFF/WAVE file; other chunks are skipped. A data
    /// chunk longer than the file (a recording cut short) is taken as far as it goes.
    public init(data: Data) throws(FormatError) {
        let bytes = [UInt8](data)
        func u32(_ at: Int) -> Int {
            Int(bytes[at]) | Int(bytes[at + 1]) << 8 | Int(bytes[at + 2]) << 16 | Int(bytes[at + 3]) << 24
        }
        func u16(_ at: Int) -> Int { Int(bytes[at]) | Int(bytes[at + 1]) << 8 }
        func tag(_ at: Int) -> String { String(decoding: bytes[at..<at + 4], as: UTF8.self) }
        guard bytes.count >= 12, tag(0) == "RIFF", tag(8) == "WAVE" else {
            throw FormatError(reason: "no RIFF/WAVE header")
        }
        var offset = 12
        var format: (rate: Int, channels: Int)?
        while offset + 8 <= bytes.count {
            let id = tag(offset)
            let size = u32(offset + 4)
            let body = offset + 8
            if id == "fmt " {
                guard size >= 16, body + 16 <= bytes.count else { throw FormatError(reason: "short fmt chunk") }
                guard u16(body) == 1 || u16(body) == 0xFFFE else {
                    throw FormatError(reason: "compressed (format \(u16(body)))")
                }
                guard u16(body + 14) == 16 else { throw FormatError(reason: "\(u16(body + 14)) bits per sample") }
                let channels = u16(body + 2)
                let rate = u32(body + 4)
                guard (1...8).contains(channels), (1000...384_000).contains(rate) else {
                    throw FormatError(reason: "\(channels) channels at \(rate) Hz")
                }
                format = (rate, channels)
            } else if id == "data" {
                guard let format else { throw FormatError(reason: "data before fmt") }
                let end = min(body + size, bytes.count)
                let usable = (end - body) / (2 * format.channels) * (2 * format.channels)
                self.init(
                    sampleRate: format.rate, channels: format.channels, samples: Data(bytes[body..<body + usable]))
                return
            }
            offset = body + size + (size & 1)
        }
        throw FormatError(reason: "no data chunk")
    }

    /// The samples at `volume` (0...1), clamped: software volume, the same on every sound card.
    public func samples(atVolume volume: Double) -> Data {
        let gain = min(max(volume, 0), 1)
        guard gain < 1 else { return samples }
        var scaled = samples
        scaled.withUnsafeMutableBytes { raw in
            for index in stride(from: 0, to: raw.count - 1, by: 2) {
                let sample = Int16(bitPattern: UInt16(raw[index]) | UInt16(raw[index + 1]) << 8)
                let value = Int16((Double(sample) * gain).rounded())
                let bits = UInt16(bitPattern: value)
                raw[index] = UInt8(bits & 0xFF)
                raw[index + 1] = UInt8(bits >> 8)
            }
        }
        return scaled
    }
}
