import ArgumentParser
import Foundation
import KioskApp
import KioskSync

/// `kiosk bench ...`: measured figures as JSON lines (build with -c release for real numbers).
struct BenchCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "bench", abstract: "Print benchmark figures as JSON lines.",
        subcommands: [Forms.self, Sync.self, Touch.self, Print.self, UI.self, FirstFrame.self])

    struct Forms: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Form load time, recompute time after one answer (300-question form), a whole fill.")

        @Option(help: "The folder of forms, icons and the catalog (default: found beside the program).")
        var assets: String?

        func run() throws {
            try FormBench(assets: try Assets.locate(explicit: assets)).run()
        }
    }

    struct Sync: AsyncParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Durable answer commit cost; with --center and --token, upload throughput to that center.")

        @Option(help: "A running center's URL (e.g. from `center serve --port 8080`).")
        var center: String?

        @Option(help: "A device token of that center (`center device add bench`).")
        var token: String?

        @Option(help: "How many drafts to upload.")
        var drafts = 200

        func run() async throws {
            let credential = try center.map { center throws -> DeviceCredential in
                guard let url = URL(string: center), let token else {
                    throw ValidationError("--center needs a URL and --token")
                }
                return DeviceCredential(baseURL: url, token: token)
            }
            try await SyncBench(credential: credential, drafts: drafts).run()
        }
    }

    struct Print: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Form PDF per page, ticket raster and encoding, and LibreOffice converting a .docx, side by side."
        )

        @Option(help: "The folder of forms, icons and the catalog (default: found beside the program).")
        var assets: String?

        @Option(help: "A folder of filled instances named <procedure>.xml (default: the tests' fixtures).")
        var instances: String?

        @Option(help: "Rounds per measurement.")
        var rounds = 20

        func run() throws {
            let assets = try Assets.locate(explicit: assets)
            let folder =
                instances.map { URL(fileURLWithPath: $0) }
                ?? assets.root.deletingLastPathComponent().appendingPathComponent("Tests/KioskPrintingTests/Fixtures")
            let files =
                (try? FileManager.default.contentsOfDirectory(at: folder, includingPropertiesForKeys: nil)) ?? []
            let byProcedure = Dictionary(
                files.filter { $0.pathExtension == "xml" }.map { ($0.deletingPathExtension().lastPathComponent, $0) },
                uniquingKeysWith: { first, _ in first })
            try PrintBench(assets: assets, instances: byProcedure, rounds: rounds).run()
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
