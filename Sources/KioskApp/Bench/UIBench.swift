import Foundation
import KioskDevices
import KioskGraphics
import KioskPrinting
import KioskUI

/// `kiosk bench ui`: full-frame render time per screen type at 1920x1080 and 1280x800, the redraw
/// after one key press, the resident memory after a full walk of the "3 in 1". (Process start to
/// first frame is measured by the command, which starts the program again.) Build with -c release.
@MainActor
public struct UIBench {
    public var assets: Assets
    public var report = BenchReport()

    public init(assets: Assets) {
        self.assets = assets
    }

    public func run() throws {
        for (width, height, widthMM) in [(1920, 1080, 476.0), (1280, 800, 217.0)] {
            try renderScreens(width: width, height: height, widthMM: widthMM)
        }
    }

    /// A terminal on a memory display with a scratch state folder.
    func terminal(width: Int, height: Int, widthMM: Double, scratch: URL) throws -> (Terminal, MemoryDisplay) {
        var configuration = KioskConfiguration()
        configuration.panel.widthPixels = width
        configuration.panel.heightPixels = height
        configuration.panel.widthMM = widthMM
        let state = StateFolder(url: scratch)
        try state.prepare()
        let catalog = try assets.catalog()
        let forms = try assets.forms(for: catalog)
        let display = MemoryDisplay(width: width, height: height)
        let terminal = Terminal(
            configuration: configuration, catalog: catalog, forms: forms, display: display,
            icons: IconLibrary(directories: assets.iconDirectories(forms: Array(forms.keys))),
            store: try state.openStore(), printer: DirectoryPrinter(directory: scratch.appendingPathComponent("out")),
            speaker: RecordingPromptPlayer(), log: Log(label: "bench"))
        terminal.start()
        return (terminal, display)
    }

    func renderScreens(width: Int, height: Int, widthMM: Double) throws {
        let scratch = FileManager.default.temporaryDirectory.appendingPathComponent("kiosk-bench-\(UUID().uuidString)")
        defer { try? FileManager.default.removeItem(at: scratch) }
        let (terminal, display) = try terminal(width: width, height: height, widthMM: widthMM, scratch: scratch)
        let size = "\(width)x\(height)"
        // One sample set per screen type, as the walk first meets it.
        var measured = Set<String>()
        func measure(_ screen: Screen, type: String) {
            guard measured.insert(type).inserted else { return }
            var samples: [Double] = []
            for _ in 0..<40 {
                samples.append(
                    BenchReport.milliseconds {
                        display.draw { buffer in
                            ImageSurface(buffer: buffer).draw(icons: terminal.icons) { canvas in
                                ScreenRenderer.draw(screen, on: canvas, metrics: terminal.metrics)
                            }
                        }
                    })
            }
            let (median, p99) = BenchReport.summary(samples)
            report.line("ui.frame", ["median_ms": median, "p99_ms": p99], labels: ["screen": type, "size": size])
        }
        measure(terminal.screen, type: "language")
        var walk = try Birth3in1Walk(terminal: terminal, assets: assets)
        walk.visit = { screen in
            guard let style = terminal.flow.style else { return measure(screen, type: screen.name) }
            let type: String =
                switch style {
                case .tiles: "tiles"
                case .list: "list"
                case .keyboard: "keyboard"
                case .numbers: "numbers"
                case .date: "date"
                case .note: "note"
                }
            measure(screen, type: type)
            if type == "keyboard", !measured.contains("keypress") {
                measured.insert("keypress")
                keyPress(terminal, size: size)
            }
        }
        try walk.run()
        report.line(
            "ui.memory_after_walk", ["resident_mb": Self.residentMB()],
            labels: ["form": "birth-3in1", "size": size])
        _ = terminal.tap("button.help")
        measure(terminal.screen, type: "help")
        _ = terminal.tap("button.continue")
        terminal.deviceProblem(.printerOutOfPaper)
        measure(terminal.screen, type: "device-problem")
    }

    /// Types a letter and takes it back, over and over: the time from the touch to the damaged
    /// rectangles drawn (flow, layout, damage, drawing), and how much of the frame was drawn.
    func keyPress(_ terminal: Terminal, size: String) {
        // Within a word: the capitals on the keys stay as they are, as for most letters of a name.
        _ = terminal.tap("key.m")
        guard let key = terminal.screen.element(id: "key.a"), let back = terminal.screen.element(id: "key.backspace")
        else { return }
        var samples: [Double] = []
        var area: [Double] = []
        let frame = terminal.metrics.size.width * terminal.metrics.size.height
        for _ in 0..<30 {
            for target in [key, back] {
                samples.append(BenchReport.milliseconds { terminal.tap(at: target.frame.center) })
                area.append((terminal.lastDamage ?? [terminal.metrics.bounds]).reduce(0) { $0 + $1.width * $1.height })
            }
        }
        _ = terminal.tap("key.backspace")
        let (median, p99) = BenchReport.summary(samples)
        report.line(
            "ui.keypress_redraw",
            ["median_ms": median, "p99_ms": p99, "drawn_fraction": BenchReport.summary(area).median / frame],
            labels: ["size": size])
    }

    /// VmRSS of this process, in megabytes (Linux).
    static func residentMB() -> Double {
        guard let status = try? String(contentsOfFile: "/proc/self/status", encoding: .utf8),
            let line = status.split(separator: "\n").first(where: { $0.hasPrefix("VmRSS:") }),
            let kilobytes = Double(line.split(separator: " ").dropFirst().first ?? "")
        else { return -1 }
        return kilobytes / 1024
    }
}

extension UIBench {
    /// The first frame of a program just started (`kiosk bench first-frame`): everything `kiosk
    /// run` loads, then the language screen drawn and presented on a memory display of the size.
    public func firstFrame(width: Int, height: Int) throws {
        let scratch = FileManager.default.temporaryDirectory.appendingPathComponent("kiosk-first-\(UUID().uuidString)")
        defer { try? FileManager.default.removeItem(at: scratch) }
        _ = try terminal(width: width, height: height, widthMM: 217 * Double(width) / 1280, scratch: scratch)
        print("frame")
        fflush(nil)
    }

    /// Starts `program` with `arguments` (its `bench first-frame`) `runs` times and reports the time
    /// from the start of the process to its "frame" line.
    public func startToFirstFrame(program: URL, arguments: [String], runs: Int = 5) throws {
        var samples: [Double] = []
        for _ in 0..<runs {
            let process = Process()
            process.executableURL = program
            process.arguments = arguments
            let pipe = Pipe()
            process.standardOutput = pipe
            process.standardError = FileHandle.nullDevice
            let clock = ContinuousClock()
            let start = clock.now
            try process.run()
            // Reading blocks this thread only: the bench runs no UI while it waits.
            let data = pipe.fileHandleForReading.readData(ofLength: 6)
            let elapsed = clock.now - start
            process.waitUntilExit()
            guard String(decoding: data, as: UTF8.self).hasPrefix("frame") else {
                throw AppError("bench: the program did not draw its first frame")
            }
            samples.append(
                Double(elapsed.components.seconds) * 1000 + Double(elapsed.components.attoseconds) / 1e15)
        }
        let (median, p99) = BenchReport.summary(samples)
        report.line("ui.start_to_first_frame", ["median_ms": median, "max_ms": p99, "runs": Double(runs)])
    }
}
