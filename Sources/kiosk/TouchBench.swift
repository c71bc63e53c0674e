import ArgumentParser
import Foundation
import KioskApp
import KioskDevices

extension BenchCommand {
    /// `kiosk bench touch`: how fast the touch decoder replays recorded evemu streams.
    struct Touch: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Touch decoder throughput on recorded evemu streams (events per second).")

        @Argument(help: "evemu recordings (default: the test recordings of this checkout).")
        var recordings: [String] = []

        @Option(help: "How many times each recording is replayed.")
        var rounds = 2000

        func run() throws {
            let paths =
                recordings.isEmpty
                ? ((try? FileManager.default.contentsOfDirectory(atPath: Self.testRecordings)) ?? []).sorted()
                    .filter { $0.hasSuffix(".evemu") }.map { "\(Self.testRecordings)/\($0)" } : recordings
            guard !paths.isEmpty else { throw ValidationError("no recordings found in \(Self.testRecordings)") }
            let report = BenchReport()
            for path in paths {
                let recording = try EvemuRecording(parsing: String(contentsOfFile: path, encoding: .utf8))
                guard let axes = recording.axes else { throw ValidationError("\(path): no position axes") }
                let configuration = TouchDecoder.Configuration(
                    axes: axes, multitouch: recording.multitouch, width: 1280, height: 800, rotation: .quarter)
                var touches = 0
                let milliseconds = BenchReport.milliseconds {
                    for _ in 0..<rounds {
                        var decoder = TouchDecoder(configuration: configuration)
                        for event in recording.events { touches += decoder.feed(event).count }
                        touches += decoder.deviceRemoved().count
                    }
                }
                let events = Double(recording.events.count * rounds)
                report.line(
                    "touch decoder",
                    ["events": events, "ms": milliseconds, "eventsPerSecond": events / max(milliseconds / 1000, 1e-9)],
                    labels: ["recording": URL(fileURLWithPath: path).lastPathComponent, "touches": "\(touches)"])
            }
        }

        static let testRecordings = "Tests/KioskDevicesTests/Recordings"
    }
}
