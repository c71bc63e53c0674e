import ArgumentParser
import Foundation
import KioskApp

/// `kiosk screenshot --out DIR`: every screen of the flow as PNG, and DIR/screens.json.
struct Screenshot: AsyncParsableCommand {
    static let configuration = CommandConfiguration(abstract: "Render every screen of the flow to PNG, headless.")

    @Option(help: "Where to write the PNG files and screens.json.")
    var out: String

    @Option(help: "The folder of forms, icons and the catalog (default: found beside the program).")
    var assets: String?

    @Option(help: "Panel width in pixels.") var width = 1280
    @Option(help: "Panel height in pixels.") var height = 800
    @Option(help: "Panel width in millimetres.") var widthMM = 217.0

    @MainActor
    func run() async throws {
        var configuration = KioskConfiguration()
        configuration.panel.widthPixels = width
        configuration.panel.heightPixels = height
        configuration.panel.widthMM = widthMM
        let tour = ScreenshotTour(
            assets: try Assets.locate(explicit: assets), configuration: configuration,
            output: URL(fileURLWithPath: out))
        let shots = try await tour.run()
        print("\(shots.count) screens written to \(out)")
    }
}
