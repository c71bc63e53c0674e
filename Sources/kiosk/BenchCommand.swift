import ArgumentParser
import Foundation
import KioskApp

/// `kiosk bench ...`: measured figures as JSON lines (build with -c release for real numbers).
struct BenchCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "bench", abstract: "Print benchmark figures as JSON lines.", subcommands: [Forms.self, Print.self])

    struct Forms: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Form load time, recompute time after one answer (300-question form), a whole fill.")

        @Option(help: "The folder of forms, icons and the catalog (default: found beside the program).")
        var assets: String?

        func run() throws {
            try FormBench(assets: try Assets.locate(explicit: assets)).run()
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
}
