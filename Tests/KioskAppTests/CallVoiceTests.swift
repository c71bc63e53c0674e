import Foundation
import KioskApp
import KioskQueue
import KioskTesting
import Synchronization
import TestSupport
import Testing

/// The spoken call, made by real espeak-ng or from a voice pack's clips, measured by sox.
@Suite("Queue: the spoken call")
struct CallVoiceTests {
    let call = Call(number: TicketNumber(service: "A", value: 12), counter: 3, at: Date(timeIntervalSince1970: 0))

    func temporaryFolder() throws -> URL {
        let url = FileManager.default.temporaryDirectory.appendingPathComponent("voices-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
        return url
    }

    /// `sox FILE -n stat`: its figures by name ("RMS amplitude" -> 0.1).
    func soxStat(_ sound: PCMSound) async throws -> [String: Double] {
        let file = FileManager.default.temporaryDirectory.appendingPathComponent("call-\(UUID().uuidString).wav")
        defer { try? FileManager.default.removeItem(at: file) }
        try sound.wav.write(to: file)
        let run = try await Program.run("/usr/bin/sox", [file.path, "-n", "stat"])
        #expect(run.status == 0, "\(run.output)")
        var figures: [String: Double] = [:]
        for line in run.output.split(separator: "\n") {
            let parts = line.split(separator: ":", maxSplits: 1)
            guard parts.count == 2, let value = Double(parts[1].trimmingCharacters(in: .whitespaces)) else { continue }
            figures[parts[0].trimmingCharacters(in: .whitespaces)] = value
        }
        return figures
    }

    /// RMS of a stretch of the sound, 0...1.
    func rms(_ sound: PCMSound, from start: Double, to end: Double) -> Double {
        let first = Int(start * Double(sound.sampleRate))
        let last = min(sound.samples.count, Int(end * Double(sound.sampleRate)))
        guard last > first else { return 0 }
        let sum = sound.samples[first..<last].reduce(0.0) { $0 + Double($1) * Double($1) }
        return (sum / Double(last - first)).squareRoot() / 32768
    }

    @Test(arguments: ["vi", "en", "hmn"])
    func withoutAPackEspeakSpeaksTheCall(language: String) async throws {
        let voice = CallVoice(voices: try temporaryFolder())
        let (sound, source) = try voice.sound(for: call, language: language)
        #expect(source == .synthesised)
        // Chime (0.9 s) and pause (0.2 s), then at least a second and a half of words.
        #expect(sound.duration > 2.6, "\(sound.duration)")
        #expect(rms(sound, from: 0, to: 0.9) > 0.05)
        #expect(rms(sound, from: 1.1, to: sound.duration) > 0.02, "speech after the chime")
        let stat = try await soxStat(sound)
        #expect(abs((stat["Length (seconds)"] ?? 0) - sound.duration) < 0.01)
        #expect((stat["RMS     amplitude"] ?? stat["RMS amplitude"] ?? 0) > 0.02, "\(stat)")
    }

    /// A pack with every clip is used as recorded; one clip missing and espeak-ng speaks instead.
    @Test func aVoicePackIsUsedWhenItHasEveryClip() async throws {
        let voices = try temporaryFolder()
        defer { try? FileManager.default.removeItem(at: voices) }
        let folder = voices.appendingPathComponent("jra/queue")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        let clips = CallScript(call: call, language: "jra").clips.dropFirst()
        for (index, clip) in clips.enumerated() {
            let tone = PCMSound(
                sampleRate: 22_050,
                samples: (0..<2205).map { Int16(sin(Double($0) * Double(index + 1) / 20) * 8000) })
            try tone.wav.write(to: folder.appendingPathComponent("\(clip).wav"))
        }
        let voice = CallVoice(voices: voices)
        let recorded = try voice.sound(for: call, language: "jra")
        #expect(recorded.source == .recorded)
        let expected = PCMSound.chime(sampleRate: 22_050).samples.count + 4410 + clips.count * 2205
        #expect(recorded.sound.samples.count == expected)

        try FileManager.default.removeItem(at: folder.appendingPathComponent("char.0.wav"))
        #expect(try voice.sound(for: call, language: "jra").source == .synthesised)
    }

    @Test func badWAVFilesAreRefusedClearly() throws {
        #expect(throws: PCMSound.Problem.notWAV) { try PCMSound(wav: Data("not a wave".utf8)) }
        var stereo = PCMSound(sampleRate: 22_050, samples: [1, 2, 3, 4]).wav
        stereo[22] = 2
        #expect(throws: PCMSound.Problem.unsupportedFormat(channels: 2, bitsPerSample: 16, format: 1)) {
            try PCMSound(wav: stereo)
        }
        let sound = PCMSound(sampleRate: 22_050, samples: [0, 1000, -1000, 32767, -32768])
        #expect(try PCMSound(wav: sound.wav) == sound)
        #expect(throws: PCMSound.Problem.notWAV) { try PCMSound(wav: sound.wav.prefix(30)) }
    }

    @Test func aMissingSynthesiserIsAClearError() throws {
        var voice = CallVoice(voices: try temporaryFolder())
        voice.espeak = "no-such-espeak"
        #expect(throws: AppError.self) { try voice.sound(for: call, language: "vi") }
    }
}

/// The board's speaker: calls in turn, each to its end, and never the caller held up meanwhile.
@Suite("Queue: calls spoken in turn")
struct CallSpeakerTests {
    /// What the speaker played: each file's bytes as it was handed over, and whether two plays ever
    /// overlapped. The first play lasts until the test lets it end.
    final class Listener: Sendable {
        struct State {
            var heard: [Data] = []
            var playing = false
            var overlapped = false
        }
        let state = Mutex(State())
        let firstMayEnd = DispatchSemaphore(value: 0)

        func play(_ file: URL) {
            let sound = FileManager.default.contents(atPath: file.path) ?? Data()
            let first = state.withLock { state in
                state.overlapped = state.overlapped || state.playing
                state.playing = true
                state.heard.append(sound)
                return state.heard.count == 1
            }
            if first { firstMayEnd.wait() }
            state.withLock { $0.playing = false }
        }

        var heard: [Data] { state.withLock { $0.heard } }
    }

    @Test func threeCallsAtOnceAreHeardInOrderEachToItsEnd() async throws {
        let voices = FileManager.default.temporaryDirectory.appendingPathComponent("voices-\(UUID().uuidString)")
        let voice = CallVoice(voices: voices)
        let calls = (1...3).map {
            Call(number: TicketNumber(service: "A", value: $0), counter: $0, at: Date(timeIntervalSince1970: 0))
        }
        let listener = Listener()
        let speaker = CallSpeaker(
            voice: voice, language: "vi", folder: voices.appendingPathComponent("calls"), log: Log(label: "test")
        ) { listener.play($0) }

        // The first call is being heard (its play has not returned) while the other two come:
        // speak returns at once for both.
        speaker.speak(calls[0])
        _ = try await Poll.until(within: .seconds(60)) { listener.heard.isEmpty ? nil : true }
        speaker.speak(calls[1])
        speaker.speak(calls[2])
        #expect(listener.heard.count == 1, "the second call must wait for the first to end")
        listener.firstMayEnd.signal()

        _ = try await Poll.until(within: .seconds(60)) { listener.heard.count == 3 ? true : nil }
        let expected = try calls.map { try voice.sound(for: $0, language: "vi").sound.wav }
        #expect(listener.heard == expected)
        #expect(!listener.state.withLock { $0.overlapped })
    }
}
