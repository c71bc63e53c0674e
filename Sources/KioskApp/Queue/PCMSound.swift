import Foundation

/// Mono 16-bit PCM at one sample rate: what the terminal plays. Reads and writes WAV files.
public struct PCMSound: Sendable, Equatable {
    public var sampleRate: Int
    public var samples: [Int16]

    public init(sampleRate: Int, samples: [Int16]) {
        self.sampleRate = sampleRate
        self.samples = samples
    }

    public var duration: Double { Double(samples.count) / Double(sampleRate) }

    public enum Problem: Error, Equatable, CustomStringConvertible {
        case notWAV
        /// Only mono 16-bit PCM is played; the prompt builder converts recordings to it.
        case unsupportedFormat(channels: Int, bitsPerSample: Int, format: Int)
        case noData

        public var description: String {
            switch self {
            case .notWAV: "not a WAV file"
            case .unsupportedFormat(let channels, let bits, let format):
                "WAV format \(format), \(channels) channel(s), \(bits) bits: expected PCM, mono, 16 bits"
            case .noData: "WAV file without sound data"
            }
        }
    }

    /// Reads a WAV file's bytes. A data chunk longer than the file (espeak-ng writing to a pipe
    /// cannot know the length) is read to the end.
    public init(wav data: Data) throws(Problem) {
        let bytes = [UInt8](data)
        func u32(_ at: Int) -> Int {
            Int(bytes[at]) | Int(bytes[at + 1]) << 8 | Int(bytes[at + 2]) << 16 | Int(bytes[at + 3]) << 24
        }
        func u16(_ at: Int) -> Int { Int(bytes[at]) | Int(bytes[at + 1]) << 8 }
        guard bytes.count >= 12, bytes[0..<4] == [0x52, 0x49, 0x46, 0x46], bytes[8..<12] == [0x57, 0x41, 0x56, 0x45]
        else { throw .notWAV }
        var offset = 12
        var rate: Int?
        while offset + 8 <= bytes.count {
            let id = String(decoding: bytes[offset..<offset + 4], as: UTF8.self)
            let size = u32(offset + 4)
            let body = offset + 8
            if id == "fmt " {
                guard body + 16 <= bytes.count else { throw .notWAV }
                let format = u16(body)
                let channels = u16(body + 2)
                let bits = u16(body + 14)
                guard format == 1, channels == 1, bits == 16 else {
                    throw .unsupportedFormat(channels: channels, bitsPerSample: bits, format: format)
                }
                rate = u32(body + 4)
            } else if id == "data" {
                guard let rate else { throw .notWAV }
                let end = min(bytes.count, body + size)
                let count = (end - body) / 2
                var samples = [Int16](repeating: 0, count: count)
                for index in 0..<count {
                    samples[index] = Int16(
                        bitPattern: UInt16(bytes[body + 2 * index]) | UInt16(bytes[body + 2 * index + 1]) << 8)
                }
                self.init(sampleRate: rate, samples: samples)
                return
            }
            guard size >= 0, body + size > offset else { throw .notWAV }
            offset = body + size + (size & 1)
        }
        throw .noData
    }

    /// The sound as a WAV file.
    public var wav: Data {
        var data = Data()
        func u32(_ value: Int) { withUnsafeBytes(of: UInt32(value).littleEndian) { data.append(contentsOf: $0) } }
        func u16(_ value: Int) { withUnsafeBytes(of: UInt16(value).littleEndian) { data.append(contentsOf: $0) } }
        data.append(contentsOf: Array("RIFF".utf8))
        u32(36 + samples.count * 2)
        data.append(contentsOf: Array("WAVEfmt ".utf8))
        u32(16)
        u16(1)
        u16(1)
        u32(sampleRate)
        u32(sampleRate * 2)
        u16(2)
        u16(16)
        data.append(contentsOf: Array("data".utf8))
        u32(samples.count * 2)
        for sample in samples { withUnsafeBytes(of: sample.littleEndian) { data.append(contentsOf: $0) } }
        return data
    }

    /// Silence of `seconds`.
    public static func silence(_ seconds: Double, sampleRate: Int) -> PCMSound {
        PCMSound(sampleRate: sampleRate, samples: [Int16](repeating: 0, count: Int(seconds * Double(sampleRate))))
    }

    /// The two-note chime before a call (E5 then C5, softly decaying), so that people look up.
    public static func chime(sampleRate: Int) -> PCMSound {
        var samples: [Int16] = []
        for frequency in [659.25, 523.25] {
            let count = Int(0.45 * Double(sampleRate))
            for index in 0..<count {
                let time = Double(index) / Double(sampleRate)
                let envelope = min(1, time * 200) * exp(-time * 5)
                samples.append(Int16(sin(2 * .pi * frequency * time) * envelope * 0.5 * 32767))
            }
        }
        return PCMSound(sampleRate: sampleRate, samples: samples)
    }
}
