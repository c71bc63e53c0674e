import Foundation
import KioskQueue

/// Makes the sound of a call: the chime, then "Mời số A 0 1 2 đến quầy số 3" from the clips a
/// voice pack recorded for the language (`<voices>/<language>/queue/<clip>.wav`, all of them), else
/// spoken by espeak-ng (Vietnamese voice for Vietnamese and the languages without a pack's clips).
public struct CallVoice: Sendable {
    public let voicesURL: URL
    public let sampleRate = 22_050
    /// The speech synthesiser: a program that writes a WAV of `text` in `voice` on stdout.
    public var espeak = "espeak-ng"

    public init(voices: URL) {
        voicesURL = voices
    }

    public enum Source: Sendable, Equatable { case recorded, synthesised }

    /// The sound of `call` in `language`, and where its words came from.
    public func sound(for call: Call, language: String) throws(AppError) -> (sound: PCMSound, source: Source) {
        let script = CallScript(call: call, language: language)
        var sound = PCMSound.chime(sampleRate: sampleRate)
        sound.samples += PCMSound.silence(0.2, sampleRate: sampleRate).samples
        if let clips = recordedClips(script.clips.dropFirst(), language: language) {
            for clip in clips { sound.samples += clip.samples }
            return (sound, .recorded)
        }
        let voice = language == "en" ? "en" : "vi"
        let text = language == "en" ? script.text : CallScript(call: call, language: "vi").text
        sound.samples += try synthesise(text, voice: voice).samples
        return (sound, .synthesised)
    }

    /// Every clip of a pack, or nil when one is missing or not in the terminal's format.
    func recordedClips(_ ids: ArraySlice<String>, language: String) -> [PCMSound]? {
        var clips: [PCMSound] = []
        for id in ids {
            let url = voicesURL.appendingPathComponent("\(language)/queue/\(id).wav")
            guard let data = FileManager.default.contents(atPath: url.path),
                let clip = try? PCMSound(wav: data), clip.sampleRate == sampleRate
            else { return nil }
            clips.append(clip)
        }
        return clips
    }

    /// espeak-ng, digits apart, a little slower than its default for elderly listeners.
    func synthesise(_ text: String, voice: String) throws(AppError) -> PCMSound {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        process.arguments = [espeak, "-v", voice, "-s", "140", "--stdout", text]
        let output = Pipe()
        process.standardOutput = output
        process.standardError = FileHandle.nullDevice
        do {
            try process.run()
        } catch {
            throw AppError("the call cannot be spoken: \(espeak) did not start (\(error))")
        }
        let data = output.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        guard process.terminationStatus == 0 else {
            throw AppError("the call cannot be spoken: \(espeak) ended with status \(process.terminationStatus)")
        }
        let speech: PCMSound
        switch Result(catching: { () throws(PCMSound.Problem) in try PCMSound(wav: data) }) {
        case .success(let sound): speech = sound
        case .failure(let problem): throw AppError("the call cannot be spoken: \(espeak) gave \(problem)")
        }
        guard speech.sampleRate == sampleRate else {
            throw AppError("the call cannot be spoken: \(espeak) gave \(speech.sampleRate) Hz")
        }
        return speech
    }
}
