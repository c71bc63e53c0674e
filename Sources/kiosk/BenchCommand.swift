import ArgumentParser
import Foundation
import KioskApp

/// `kiosk bench ...`: measured figures as JSON lines (build with -c release for real numbers).
struct BenchCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "bench", abstract: "Print benchmark figures as JSON lines.",
        subcommands: [Forms.self, UI.self, FirstFrame.self])

    struct Forms: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Form load time, recompute time after one answer (300-question form), a whole fill.")

        @Option(help: "The folder of forms, icons and the catalog (default: found beside the program).")
        var assets: String?

        func run() throws {
            try FormBench(assets: try Assets.locate(explicit: assets)).run()
        }
    }

    struct UI: AsyncParsableCommand {
        static let configuration = CommandConfiguration(
            abstract:
                "Frame render time per screen type (1920x1080, 1280x800), redraw after a key press, process start to first frame, memory after a walk of the 3 in 1."
        )

        @Option(help: "The folder of forms, icons and the catalog (default: found beside the program).")
        var assets: String?

        @MainActor
        func run() async throws {
            let located = try Assets.locate(explicit: assets)
            let bench = UIBench(assets: located)
            try bench.run()
            let program = URL(fileURLWithPath: CommandLine.arguments[0]).resolvingSymlinksInPath()
            try bench.startToFirstFrame(
                program: program, arguments: ["bench", "first-frame", "--assets", located.root.path])
        }
    }

    /// The child of `bench ui`'s start-to-first-frame measurement.
    struct FirstFrame: AsyncParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "first-frame", abstract: "Load, draw the first screen in memory, print \"frame\".",
            shouldDisplay: false)

        @Option var assets: String?

        @MainActor
        func run() async throws {
            try UIBench(assets: try Assets.locate(explicit: assets)).firstFrame(width: 1280, height: 800)
        }
    }
}
