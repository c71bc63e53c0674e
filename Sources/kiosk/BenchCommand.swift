import ArgumentParser
import Foundation
import KioskApp

/// `kiosk bench ...`: measured figures as JSON lines (build with -c release for real numbers).
struct BenchCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "bench", abstract: "Print benchmark figures as JSON lines.", subcommands: [Forms.self, Touch.self])

    struct Forms: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Form load time, recompute time after one answer (300-question form), a whole fill.")

        @Option(help: "The folder of forms, icons and the catalog (default: found beside the program).")
        var assets: String?

        func run() throws {
            try FormBench(assets: try Assets.locate(explicit: assets)).run()
        }
    }
}
