import Foundation
import KioskGraphics
import KioskQueue
import Testing

@testable import KioskUI

/// The display board of a fixed morning drawn headless and compared with golden PNGs beside the
/// UI goldens (Tests/Goldens/ui/board-*.png), as the screens are: tolerant of a shade on glyph
/// edges, not of a moved number or a lost line. RECORD_SNAPSHOTS=1 rewrites them and fails.
@MainActor
@Suite struct QueueBoardGoldenTests {
    @Test(arguments: [("vi", 1920, 1080), ("en", 1280, 720)])
    func theBoardLooksAsRecorded(language: String, width: Int, height: Int) throws {
        let board = try QueueBoardViewTests().queueAfterAMorning().board
        let surface = Self.render(board, language: language, width: width, height: height)
        let name = "board-\(language)-\(width)x\(height)"
        let url = GoldenImageTests.goldens.appendingPathComponent("\(name).png")
        if ProcessInfo.processInfo.environment["RECORD_SNAPSHOTS"] == "1" {
            try surface.writePNG(to: url)
            Issue.record("re-recorded \(name).png: look at it, then run again without RECORD_SNAPSHOTS")
            return
        }
        let golden = try ImageSurface(contentsOfPNG: url)
        #expect(golden.size == surface.size, "\(name) size")
        let differing = GoldenImageTests.differingPixels(golden.rgbPixels(), surface.rgbPixels())
        #expect(differing <= width * height / 200, "\(name): \(differing) pixels differ from the golden")
    }

    /// Another call on the board changes it beyond the tolerance: the comparison can fail.
    @Test func theComparisonSeesANewCall() throws {
        var queue = try QueueBoardViewTests().queueAfterAMorning()
        let before = Self.render(queue.board, language: "en", width: 1280, height: 720).rgbPixels()
        _ = try queue.next(counter: 3, at: QueueBoardViewTests.morning.addingTimeInterval(4000))
        let after = Self.render(queue.board, language: "en", width: 1280, height: 720).rgbPixels()
        #expect(GoldenImageTests.differingPixels(before, after) > 1280 * 720 / 200)
    }

    static func render(_ board: Board, language: String, width: Int, height: Int) -> ImageSurface {
        let surface = ImageSurface(width: width, height: height)
        let view = QueueBoardView(services: QueueBoardViewTests.services, language: language, place: "Xã Lũng Cú")
        surface.draw(icons: IconLibrary(directories: [])) { canvas in
            view.draw(board, on: canvas, in: Rect(x: 0, y: 0, width: Double(width), height: Double(height)))
        }
        return surface
    }
}
