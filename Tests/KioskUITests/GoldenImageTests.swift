import Foundation
import KioskGraphics
import Testing

@testable import KioskUI

/// A few screens drawn by cairo and pango compared with golden PNGs (Tests/Goldens/ui, 800x480,
/// the 7-inch panel). The comparison is tolerant — a font or antialiasing update moves edges by a
/// shade — but a moved button, a missing picture or lost text fails. RECORD_SNAPSHOTS=1 rewrites
/// the goldens and fails, so a re-record is looked at before it is committed.
@MainActor
@Suite struct GoldenImageTests {
    static let goldens = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .appendingPathComponent("Goldens/ui")
    static let icons = IconLibrary(directories: [Fixtures.assets.appendingPathComponent("icons")])
    let metrics = Metrics(widthPixels: 800, heightPixels: 480, widthMM: 154)

    /// The screens kept as goldens: each kind of thing a citizen meets.
    func screens() throws -> [(String, Screen)] {
        var walker = try Walker(metrics)
        walker.press("language.vi")
        walker.press("procedure.all-types")
        walker.type("lo2 thi5 mai")
        let keyboard = walker.screen
        walker.press("button.help")
        let help = walker.screen
        walker.press("button.continue")
        // The printer runs out while the form prints: wait, or go on without the paper.
        walker.flow.step = .printing
        walker.flow.deviceProblem(.printerOutOfPaper)
        let problem = walker.screen

        var english = try Walker(metrics)
        english.press("language.en")
        let procedures = english.screen
        return [
            ("keyboard-vi", keyboard), ("help-vi", help), ("problem-paper-vi", problem), ("procedures-en", procedures),
        ]
    }

    @Test func screensLookAsRecorded() throws {
        let record = ProcessInfo.processInfo.environment["RECORD_SNAPSHOTS"] == "1"
        for (name, screen) in try screens() {
            let surface = ImageSurface(width: 800, height: 480)
            surface.draw(icons: Self.icons) { canvas in
                ScreenRenderer.draw(screen, on: canvas, metrics: metrics)
            }
            let url = Self.goldens.appendingPathComponent("\(name).png")
            if record {
                try FileManager.default.createDirectory(at: Self.goldens, withIntermediateDirectories: true)
                try surface.writePNG(to: url)
                Issue.record("re-recorded \(name).png: look at it, then run again without RECORD_SNAPSHOTS")
                continue
            }
            let golden = try ImageSurface(contentsOfPNG: url)
            #expect(golden.size == surface.size, "\(name) size")
            let differing = Self.differingPixels(golden.rgbPixels(), surface.rgbPixels())
            // Up to 0.5 % of the pixels may differ by more than a shade (glyph edges after a font update).
            #expect(differing <= 800 * 480 / 200, "\(name): \(differing) pixels differ from the golden")
        }
    }

    @Test func theComparisonSeesAMovedButton() throws {
        let (_, screen) = try #require(try screens().first)
        var moved = screen
        let index = try #require(moved.elements.firstIndex { $0.id == "button.next" })
        moved.elements[index].frame.x -= 60
        func pixels(_ screen: Screen) -> [UInt32] {
            let surface = ImageSurface(width: 800, height: 480)
            surface.draw(icons: Self.icons) { ScreenRenderer.draw(screen, on: $0, metrics: metrics) }
            return surface.rgbPixels()
        }
        #expect(Self.differingPixels(pixels(screen), pixels(moved)) > 800 * 480 / 200)
    }

    /// Pixels whose red, green or blue differ by more than 48 of 255.
    static func differingPixels(_ a: [UInt32], _ b: [UInt32]) -> Int {
        guard a.count == b.count else { return max(a.count, b.count) }
        var count = 0
        for (p, q) in zip(a, b) where p != q {
            for shift: UInt32 in [0, 8, 16] {
                let x = Int((p >> shift) & 0xFF)
                let y = Int((q >> shift) & 0xFF)
                if abs(x - y) > 48 {
                    count += 1
                    break
                }
            }
        }
        return count
    }
}
