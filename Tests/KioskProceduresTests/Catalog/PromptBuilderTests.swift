import Foundation
import KioskProcedures
import TestSupport
import Testing

/// scripts/build-prompts run on a copy of the repository with one small form: real espeak-ng and sox.
@Suite("Prompts: scripts/build-prompts", .serialized)
struct PromptBuilderTests {
    static let smallForm = """
        <?xml version="1.0" encoding="utf-8"?>
        <h:html xmlns="http://www.w3.org/2002/xforms" xmlns:h="http://www.w3.org/1999/xhtml"
                xmlns:jr="http://openrosa.org/javarosa">
          <h:head><h:title>Small</h:title><model>
            <itext>
              <translation lang="Tiếng Việt (vi)" default="true()">
                <text id="/data/name:label"><value>Họ và tên của bạn?</value><value form="audio">jr://audio/name.wav</value></text>
                <text id="/data/name:hint"><value>Viết đủ họ, tên đệm và tên</value></text>
                <text id="/data/name:jr:constraintMsg"><value>Tên này quá ngắn</value></text>
                <text id="/data/greet:label"><value>Chào <output value="/data/name"/>, mời bạn đi tiếp</value></text>
                <text id="yn-0"><value>Có</value></text>
                <text id="yn-1"><value>Không</value></text>
              </translation>
              <translation lang="English (en)">
                <text id="/data/name:label"><value>Your name?</value></text>
              </translation>
            </itext>
            <instance><data id="small"><name/><greet/></data></instance>
          </model></h:head>
          <h:body><input ref="/data/name"><label ref="jr:itext('/data/name:label')"/></input></h:body>
        </h:html>
        """

    /// A scratch repository: the script, the real UIStrings.swift and catalog, and the small form.
    struct Scratch {
        let root: URL

        init() throws {
            root = FileManager.default.temporaryDirectory.appendingPathComponent("build-prompts-\(UUID().uuidString)")
            let repository = CatalogFixtures.repository
            for folder in ["scripts", "Assets/forms", "Assets/procedures", "Sources/KioskUI/Screens"] {
                try FileManager.default.createDirectory(
                    at: root.appendingPathComponent(folder), withIntermediateDirectories: true)
            }
            for file in [
                "scripts/build-prompts", "Assets/procedures/catalog.json", "Sources/KioskUI/Screens/UIStrings.swift",
            ] {
                try FileManager.default.copyItem(
                    at: repository.appendingPathComponent(file), to: root.appendingPathComponent(file))
            }
            try write(PromptBuilderTests.smallForm, to: "Assets/forms/small.xml")
        }

        func write(_ text: String, to path: String) throws {
            try Data(text.utf8).write(to: root.appendingPathComponent(path))
        }

        var built: URL { root.appendingPathComponent(".build/prompts") }

        /// Runs the script; its standard output, or the failure with both streams.
        @discardableResult
        func build() async throws -> String {
            let result = try await PromptBuilderTests.run(root.appendingPathComponent("scripts/build-prompts"), [])
            try #require(result.status == 0, "build-prompts failed: \(result.output)")
            return result.output
        }

        func index(_ language: String) throws -> [String: Any] {
            let data = try Data(contentsOf: built.appendingPathComponent("\(language)/index.json"))
            return try #require(try JSONSerialization.jsonObject(with: data) as? [String: Any])
        }

        func entry(_ language: String, _ id: String, form: String? = nil) throws -> [String: Any]? {
            let index = try index(language)
            if let form {
                return ((index["forms"] as? [String: Any])?[form] as? [String: Any])?[id] as? [String: Any]
            }
            return (index["prompts"] as? [String: Any])?[id] as? [String: Any]
        }

        func remove() {
            try? FileManager.default.removeItem(at: root)
        }
    }

    /// A program's exit status and everything it printed.
    static func run(_ executable: URL, _ arguments: [String]) async throws -> (status: Int32, output: String) {
        let run = try await Program.run(executable.path, arguments)
        return (run.status, run.output)
    }

    /// The tools must be there: `make test` installs them; a missing one fails the test, it is not skipped.
    static func requireTools() throws {
        for tool in ["espeak-ng", "sox", "python3"] {
            let found = (ProcessInfo.processInfo.environment["PATH"] ?? "/usr/bin:/bin").split(separator: ":")
                .contains { FileManager.default.isExecutableFile(atPath: "\($0)/\(tool)") }
            try #require(
                found, "\(tool) is not installed: `make test` installs it, or run scripts/install-deps espeak-ng sox")
        }
    }

    @Test func buildsEveryPromptAsSpeechAndRebuildsOnlyWhatChanged() async throws {
        try Self.requireTools()
        let scratch = try Scratch()
        defer { scratch.remove() }

        let first = try await scratch.build()
        #expect(first.contains("vi: "), "\(first)")
        let label = try #require(try scratch.entry("vi", "/data/name:label", form: "small"))
        #expect(label["text"] as? String == "Họ và tên của bạn?")
        #expect(label["file"] as? String == "forms/small/%2Fdata%2Fname%3Alabel.wav")
        for id in ["/data/name:hint", "/data/name:jr:constraintMsg", "yn-0", "yn-1"] {
            #expect(try scratch.entry("vi", id, form: "small") != nil, "no prompt \(id)")
        }
        let greeting = try #require(try scratch.entry("vi", "/data/greet:label", form: "small"))
        #expect(greeting["dynamic"] as? Bool == true)
        #expect(greeting["text"] as? String == "Chào , mời bạn đi tiếp")
        for id in [
            "ui.back", "ui.greeting", "ui.greeting.vi", "procedure.birth-3in1",
            "checklist.birth-3in1.witness-statement",
            "checklist.birth-3in1.witness-statement.when",
        ] {
            #expect(try scratch.entry("vi", id) != nil, "no prompt \(id)")
        }

        // Each file holds speech in the terminal's format.
        let wav = scratch.built.appendingPathComponent("vi/forms/small/%2Fdata%2Fname%3Alabel.wav")
        let format = try #require(WAVFormat(Data(contentsOf: wav)))
        #expect(format.pcm && format.channels == 1 && format.rate == 22050 && format.bits == 16)
        #expect(format.seconds > 0.5 && format.seconds < 5, "\(format.seconds) s")
        let info = try await Self.run(URL(fileURLWithPath: "/usr/bin/env"), ["sox", "--i", "-r", wav.path])
        #expect(info.output.trimmingCharacters(in: .whitespacesAndNewlines) == "22050")
        let stats = try await Self.run(URL(fileURLWithPath: "/usr/bin/env"), ["sox", wav.path, "-n", "stats"])
        let rms = try #require(Self.statistic("RMS lev dB", in: stats.output), "\(stats.output)")
        #expect(rms > -30 && rms < -3, "RMS \(rms) dB")
        let peak = try #require(Self.statistic("Pk lev dB", in: stats.output), "\(stats.output)")
        #expect(peak <= -2.9, "peak \(peak) dB: normalised to -3 dBFS")

        // The Swift naming rule and the script's agree on every file.
        let index = try scratch.index("vi")
        var named = 0
        for (id, entry) in index["prompts"] as? [String: [String: Any]] ?? [:] {
            #expect("vi/" + (entry["file"] as? String ?? "") == PromptFiles.path(for: id, language: "vi"))
            named += 1
        }
        for (form, entries) in index["forms"] as? [String: [String: [String: Any]]] ?? [:] {
            for (id, entry) in entries {
                #expect(
                    "vi/" + (entry["file"] as? String ?? "") == PromptFiles.path(for: id, language: "vi", form: form))
                named += 1
            }
        }
        #expect(named > 50)

        // Nothing changed: nothing is rebuilt, files keep their date.
        let date = try FileManager.default.attributesOfItem(atPath: wav.path)[.modificationDate] as? Date
        #expect(try await scratch.build().contains(" 0 synthesised"))
        #expect(try FileManager.default.attributesOfItem(atPath: wav.path)[.modificationDate] as? Date == date)

        // One text changed, one removed: one prompt made, one file gone.
        try scratch.write(
            Self.smallForm.replacingOccurrences(of: "Tên này quá ngắn", with: "Tên này chưa đủ")
                .replacingOccurrences(of: "<text id=\"yn-1\"><value>Không</value></text>", with: ""),
            to: "Assets/forms/small.xml")
        let changed = try await scratch.build()
        #expect(changed.contains(" 1 synthesised") && changed.contains(" 1 stale files removed"), "\(changed)")
        #expect(try scratch.entry("vi", "yn-1", form: "small") == nil)
        #expect(
            !FileManager.default.fileExists(
                atPath: scratch.built.appendingPathComponent("vi/forms/small/yn-1.wav").path))
    }

    @Test func recordingsTakePrecedenceAndAreConvertedInEveryLanguage() async throws {
        try Self.requireTools()
        let scratch = try Scratch()
        defer { scratch.remove() }
        let audio = scratch.root.appendingPathComponent("Assets/audio")
        try FileManager.default.createDirectory(
            at: audio.appendingPathComponent("vi"), withIntermediateDirectories: true)
        try FileManager.default.createDirectory(
            at: audio.appendingPathComponent("en/forms/small"), withIntermediateDirectories: true)
        // Recordings as a technician's recorder makes them: 44.1 kHz stereo.
        for path in ["vi/ui.back.wav", "en/forms/small/%2Fdata%2Fname%3Alabel.wav"] {
            let made = try await Self.run(
                URL(fileURLWithPath: "/usr/bin/env"),
                [
                    "sox", "-n", "-r", "44100", "-c", "2", audio.appendingPathComponent(path).path, "synth", "1",
                    "sine", "440",
                ])
            try #require(made.status == 0, "\(made.output)")
        }
        try await scratch.build()

        let back = try #require(try scratch.entry("vi", "ui.back"))
        #expect(back["source"] as? String == "recorded")
        #expect(back["recording"] as? String == "Assets/audio/vi/ui.back.wav")
        #expect(back["text"] as? String == "Quay lại")
        let english = try #require(try scratch.entry("en", "/data/name:label", form: "small"))
        #expect(english["source"] as? String == "recorded")
        #expect(try scratch.entry("en", "ui.back") == nil)

        for path in ["vi/ui.back.wav", "en/forms/small/%2Fdata%2Fname%3Alabel.wav"] {
            let format = try #require(WAVFormat(Data(contentsOf: scratch.built.appendingPathComponent(path))))
            #expect(format.channels == 1 && format.rate == 22050 && format.bits == 16, "\(path)")
            #expect(abs(format.seconds - 1) < 0.01, "\(path): \(format.seconds) s")
        }
        let files = PromptFiles(
            recorded: [], built: try FileManager.default.subpathsOfDirectory(atPath: scratch.built.path))
        #expect(files.find("/data/name:label", language: "en", form: "small")?.language == "en")
        #expect(files.find("/data/name:hint", language: "en", form: "small")?.language == "vi")
    }

    @Test func aBrokenFormFailsTheBuildWithItsName() async throws {
        try Self.requireTools()
        let scratch = try Scratch()
        defer { scratch.remove() }
        try scratch.write("<h:html", to: "Assets/forms/broken.xml")
        let result = try await Self.run(scratch.root.appendingPathComponent("scripts/build-prompts"), [])
        #expect(result.status != 0)
        #expect(result.output.contains("broken.xml"), "\(result.output)")
    }

    /// "RMS lev dB   -19.19" in `sox ... stats` output.
    static func statistic(_ name: String, in output: String) -> Double? {
        output.split(separator: "\n").first { $0.hasPrefix(name) }
            .flatMap { $0.split(separator: " ").last }.flatMap { Double($0) }
    }
}

/// The format chunk and length of a RIFF WAVE file, read from its chunks.
struct WAVFormat {
    var pcm = false
    var channels = 0
    var rate = 0
    var bits = 0
    var dataBytes = 0

    var seconds: Double {
        rate > 0 && channels > 0 && bits > 0 ? Double(dataBytes) / Double(rate * channels * bits / 8) : 0
    }

    init?(_ data: Data) {
        let bytes = [UInt8](data)
        func number(_ offset: Int, _ count: Int) -> Int {
            (0..<count).reduce(0) { $0 | Int(bytes[offset + $1]) << (8 * $1) }
        }
        guard bytes.count >= 12, bytes[0..<4] == Array("RIFF".utf8)[...], bytes[8..<12] == Array("WAVE".utf8)[...]
        else { return nil }
        var offset = 12
        var foundData = false
        while offset + 8 <= bytes.count {
            let id = String(decoding: bytes[offset..<offset + 4], as: UTF8.self)
            let size = number(offset + 4, 4)
            if id == "fmt ", offset + 24 <= bytes.count {
                pcm = number(offset + 8, 2) == 1
                channels = number(offset + 10, 2)
                rate = number(offset + 12, 4)
                bits = number(offset + 22, 2)
            } else if id == "data" {
                dataBytes = min(size, bytes.count - offset - 8)
                foundData = true
            }
            offset += 8 + size + size % 2
        }
        guard foundData, channels > 0 else { return nil }
    }
}
