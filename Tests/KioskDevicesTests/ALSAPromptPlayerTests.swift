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

    /// A player whose prompts are WAV files written into a fresh folder, playing into `output`;
    /// with `slowReader`, through a pipe whose reader starts that many seconds late.
    static func player(prompts: [String: Data], volume: Double = 1, slowReader: Double? = nil) throws
        -> (ALSAPromptPlayer, URL)
    {
        let folder = self.folder.appendingPathComponent(UUID().uuidString)
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        for (id, data) in prompts {
            try data.write(to: folder.appendingPathComponent("\(id).wav"))
        }
        let output = folder.appendingPathComponent("played.raw")
        var file = output.path
        if let slowReader {
            let script = folder.appendingPathComponent("slow-reader")
            try "#!/bin/sh\nsleep \(slowReader)\nexec cat >>\(output.path)\n".write(
                to: script, atomically: true, encoding: .utf8)
            try FileManager.default.setAttributes([.posixPermissions: 0o755], ofItemAtPath: script.path)
            file = "|\(script.path)"
        }
        let player = ALSAPromptPlayer(
            configuration: .init(device: "kiosktest:FILE=\"\(file)\"", volume: volume),
            resolve: { id, _ in
                let url = folder.appendingPathComponent("\(id).wav")
                return FileManager.default.fileExists(atPath: url.path) ? url : nil
            })
        return (player, output)
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
        // The file plugin writes into a pipe whose reader starts late, so writing blocks as a
        // sound card would: the second request comes while the first prompt is still playing.
        let long = tone(frames: 22_050 * 20)
        let short = tone(frames: 2000, step: 0.2)
        let (player, output) = try ALSAFixture.player(
            prompts: ["ui.long": wavData(long), "ui.short": wavData(short)], slowReader: 3)
        player.play(["ui.long"], language: "vi")
        try await Task.sleep(for: .seconds(1))
        player.play(["ui.short"], language: "vi")
        #expect(player.waitUntilIdle(timeout: 60))
        try await Task.sleep(for: .milliseconds(500))  // the pipe's reader writes the file after the player closed it
        let played = try Data(contentsOf: output)
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
