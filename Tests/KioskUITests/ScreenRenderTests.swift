import Foundation
import KioskGraphics
import Testing

@testable import KioskUI

/// Renders every kind of question screen through cairo, at each panel size, to PNG files: to
/// $KIOSK_SCREENS_DIR when it is set (to look at them), else to a temporary folder.
@Suite struct ScreenRenderTests {
    @Test(arguments: [(1280, 800, 217.0), (800, 480, 154.0), (1920, 1080, 476.0)])
    @MainActor
    func everyQuestionScreenRenders(width: Int, height: Int, widthMM: Double) throws {
        let metrics = Metrics(widthPixels: width, heightPixels: height, widthMM: widthMM)
        let icons = IconLibrary(directories: [Fixtures.assets.appendingPathComponent("icons")])
        let folder =
            ProcessInfo.processInfo.environment["KIOSK_SCREENS_DIR"].map { URL(fileURLWithPath: $0) }
            ?? FileManager.default.temporaryDirectory.appendingPathComponent("kiosk-screens-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer {
            if ProcessInfo.processInfo.environment["KIOSK_SCREENS_DIR"] == nil {
                try? FileManager.default.removeItem(at: folder)
            }
        }
        for language in ["vi", "en"] {
            var walker = try Walker(metrics)
            walker.walkAllTypes(language: language)
            for (index, shot) in walker.screens.enumerated() {
                let surface = ImageSurface(width: width, height: height)
                surface.draw(icons: icons) { canvas in
                    ScreenRenderer.draw(shot.screen, on: canvas, metrics: metrics)
                }
                let name = shot.name.replacingOccurrences(of: "/", with: "_")
                let file = folder.appendingPathComponent(
                    "\(width)x\(height)-\(language)-\(String(format: "%02d", index))-\(name).png")
                try surface.writePNG(to: file)
                let size = try FileManager.default.attributesOfItem(atPath: file.path)[.size] as? Int ?? 0
                #expect(size > 5_000, "\(file.lastPathComponent) has a picture")
            }
        }
    }
}
