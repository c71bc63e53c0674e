import Foundation
import Testing

@testable import KioskDevices

/// ALSA with no sound card: an asoundrc whose PCM `kiosktest` is the `file` plugin over the `null`
/// PCM, so what the player plays is written to the file named in the device string. The real
/// libasound path (open, hw params, writei, drain) runs; only the card is absent.
enum ALSAFixture {
    static let folder: URL = {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent(
            "kiosk-alsa-\(ProcessInfo.processInfo.processIdentifier)")
        try? FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        let asoundrc = """
            pcm.kiosktest {
                @args [ FILE ]
                @args.FILE { type string }
                type file
                slave.pcm { type null }
                file $FILE
                format raw
            }
            """
        try? asoundrc.write(to: folder.appendingPathComponent("asoundrc"), atomically: true, encoding: .utf8)
        // Read once by libasound, before the first PCM opens; the system's alsa.conf still comes first.
        setenv("ALSA_CONFIG_PATH", "/usr/share/alsa/alsa.conf:\(folder.path)/asoundrc", 1)
        return folder
    }()

    /// A player whose prompts are WAV files written into a fresh folder, playing into `output`.
    static func player(prompts: [String: Data], volume: Double = 1) throws -> (ALSAPromptPlayer, URL) {
        let (player, output, _) = try player(prompts: prompts, volume: volume, gated: false)
        return (player, output)
    }

    /// A player playing into a pipe whose reader copies to `output` only once the gate opens.
    static func gatedPlayer(prompts: [String: Data]) throws -> (ALSAPromptPlayer, URL, PipeGate) {
        let (player, output, gate) = try player(prompts: prompts, volume: 1, gated: true)
        guard let gate else { throw CocoaError(.featureUnsupported) }
        return (player, output, gate)
    }

    static func player(prompts: [String: Data], volume: Double, gated: Bool) throws
        -> (ALSAPromptPlayer, URL, PipeGate?)
    {
        let folder = self.folder.appendingPathComponent(UUID().uuidString)
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        for (id, data) in prompts {
            try data.write(to: folder.appendingPathComponent("\(id).wav"))
        }
        let output = folder.appendingPathComponent("played.raw")
        var file = output.path
        var gate: PipeGate?
        if gated {
            let made = PipeGate(folder: folder)
            let script = folder.appendingPathComponent("gated-reader")
            try """
            #!/bin/sh
            touch \(made.playing.path)
            while [ ! -f \(made.go.path) ]; do sleep 0.05; done
            cat >\(output.path).part && mv \(output.path).part \(output.path)
            """.write(to: script, atomically: true, encoding: .utf8)
            try FileManager.default.setAttributes([.posixPermissions: 0o755], ofItemAtPath: script.path)
            file = "|\(script.path)"
            gate = made
        }
        let player = ALSAPromptPlayer(
            configuration: .init(device: "kiosktest:FILE=\"\(file)\"", volume: volume),
            resolve: { id, _ in
                let url = folder.appendingPathComponent("\(id).wav")
                return FileManager.default.fileExists(atPath: url.path) ? url : nil
            })
        return (player, output, gate)
    }
}

/// The test's hold on a pipe reader started by the file plugin: it says when the PCM opened (the
/// reader started) and lets the reader copy when the test opens it.
struct PipeGate {
    let playing: URL
    let go: URL

    init(folder: URL) {
        playing = folder.appendingPathComponent("playing")
        go = folder.appendingPathComponent("go")
    }

    func waitUntilPlaying() async throws {
        for _ in 0..<6000 where !FileManager.default.fileExists(atPath: playing.path) {
            try await Task.sleep(for: .milliseconds(10))
        }
    }

    func open() throws {
        try Data().write(to: go)
    }

    /// The copied bytes, once the reader has finished (it renames the file when the pipe closes).
    func output(at url: URL) async throws -> Data {
        for _ in 0..<6000 where !FileManager.default.fileExists(atPath: url.path) {
            try await Task.sleep(for: .milliseconds(10))
        }
        return try Data(contentsOf: url)
    }
}

@Suite struct ALSAPromptPlayerTests {
    @Test func theBytesPlayedAreThePromptsSamples() throws {
        let hello = tone(frames: 22_050 / 4)
        let choose = tone(frames: 3000, step: 0.11)
        let (player, output) = try ALSAFixture.player(prompts: [
            "ui.hello": wavData(hello), "ui.choose": wavData(choose),
        ])
        // "say:" carries a citizen's words for the synthesiser: skipped here, never played as a file.
        player.play(["ui.hello", "say:Nguyễn Văn A", "ui.missing", "ui.choose"], language: "vi")
        #expect(player.waitUntilIdle())
        #expect(player.lastError == nil)
        let played = try Data(contentsOf: output)
        #expect(played == bytes(of: hello) + bytes(of: choose))
    }

    @Test func volumeScalesWhatIsPlayed() throws {
        let hello = tone(frames: 4000)
        let (player, output) = try ALSAFixture.player(prompts: ["ui.hello": wavData(hello)], volume: 0.5)
        player.play(["ui.hello"], language: "vi")
        #expect(player.waitUntilIdle())
        let played = try Data(contentsOf: output)
        #expect(played == bytes(of: hello.map { Int16((Double($0) * 0.5).rounded()) }))
    }

    @Test func aNewRequestCutsThePromptPlaying() async throws {
        // The file plugin writes into a pipe whose reader waits for the test's word, so writing
        // blocks as on a sound card: the second request surely comes while the first is playing.
        let long = tone(frames: 22_050 * 20)
        let short = tone(frames: 2000, step: 0.2)
        let (player, output, gate) = try ALSAFixture.gatedPlayer(prompts: [
            "ui.long": wavData(long), "ui.short": wavData(short),
        ])
        player.play(["ui.long"], language: "vi")
        try await gate.waitUntilPlaying()
        player.play(["ui.short"], language: "vi")
        try gate.open()
        #expect(player.waitUntilIdle(timeout: 60))
        let played = try await gate.output(at: output)
        let shortBytes = bytes(of: short)
        #expect(played.count < bytes(of: long).count)
        #expect(played.suffix(shortBytes.count) == shortBytes)
        #expect(played.prefix(1000) == bytes(of: long).prefix(1000))
    }

    @Test func aMissingCardIsAnErrorAndTheNextRequestTriesAgain() throws {
        let folder = ALSAFixture.folder
        let prompt = folder.appendingPathComponent("missing-card.wav")
        try wavData(tone(frames: 100)).write(to: prompt)
        let player = ALSAPromptPlayer(configuration: .init(device: "hw:CARD=NoSuchCard"), resolve: { _, _ in prompt })
        player.play(["ui.hello"], language: "vi")
        #expect(player.waitUntilIdle())
        let error = try #require(player.lastError)
        #expect(error.operation == "open sound device")
        player.play(["ui.hello"], language: "vi")
        #expect(player.waitUntilIdle())
    }

    @Test func aBrokenPromptFileIsSkipped() throws {
        let good = tone(frames: 2000)
        let (player, output) = try ALSAFixture.player(prompts: [
            "ui.bad": Data("not a wav".utf8), "ui.good": wavData(good),
        ])
        player.play(["ui.bad", "ui.good"], language: "vi")
        #expect(player.waitUntilIdle())
        #expect(player.lastError?.operation == "read prompt")
        #expect(try Data(contentsOf: output) == bytes(of: good))
    }
}

@Suite struct PromptQueueTests {
    @Test func aNewRequestReplacesTheOld() {
        var queue = PromptQueue<String>()
        queue.replace(with: ["a", "b"])
        let first = queue.next()
        queue.replace(with: ["c"])
        #expect(first?.item == "a")
        #expect(queue.isCurrent(first?.generation ?? -1) == false)
        let next = queue.next()
        #expect(next?.item == "c")
        #expect(queue.isCurrent(next?.generation ?? -1))
        #expect(queue.next() == nil)
    }
}
