import Foundation
import KioskGraphics
import KioskQueue
import Testing

@testable import KioskUI

/// The display board drawn through cairo from a queue driven by counter actions: the counter of the
/// latest call is lit, the others are not, and what the board says follows the queue. The PNG goes
/// to $KIOSK_SCREENS_DIR when it is set, to look at it.
@Suite struct QueueBoardViewTests {
    static let morning = Date(timeIntervalSince1970: 1_795_309_200)
    static let services = [
        Service(code: "A", names: ["vi": "Hộ tịch, chứng thực", "en": "Civil status"]),
        Service(code: "B", names: ["vi": "Đất đai", "en": "Land"]),
        Service(code: "C", names: ["vi": "Bảo hiểm y tế", "en": "Health insurance"]),
    ]

    func queueAfterAMorning() throws -> TicketQueue {
        var queue = TicketQueue(
            services: Self.services,
            counters: [
                Counter(number: 1, services: ["A"]), Counter(number: 2, services: ["A", "B"]),
                Counter(number: 3, services: ["B", "C"]),
            ], now: Self.morning)
        for (minute, service) in ["A", "A", "B", "C", "A", "B", "A", "A", "C"].enumerated() {
            _ = try queue.issue(service: service, at: Self.morning.addingTimeInterval(Double(minute) * 60))
        }
        let later = Self.morning.addingTimeInterval(3600)
        _ = try queue.next(counter: 1, at: later)
        _ = try queue.next(counter: 3, at: later.addingTimeInterval(10))
        _ = try queue.next(counter: 1, at: later.addingTimeInterval(20))
        _ = try queue.next(counter: 2, at: later.addingTimeInterval(30))
        return queue
    }

    /// Renders into memory we own, so the test can read pixels back.
    func render(_ board: Board, language: String, width: Int, height: Int, name: String) throws -> [UInt32] {
        var pixels = [UInt32](repeating: 0, count: width * height)
        let icons = IconLibrary(directories: [])
        let view = QueueBoardView(services: Self.services, language: language, place: "Xã Lũng Cú")
        try pixels.withUnsafeMutableBytes { raw in
            let base = try #require(raw.baseAddress)
            let surface = ImageSurface(
                buffer: PixelBuffer(base: base, width: width, height: height, stride: width * 4))
            surface.draw(icons: icons) { canvas in
                view.draw(board, on: canvas, in: Rect(x: 0, y: 0, width: Double(width), height: Double(height)))
            }
            if let folder = ProcessInfo.processInfo.environment["KIOSK_SCREENS_DIR"] {
                try surface.writePNG(to: URL(fileURLWithPath: folder).appendingPathComponent("board-\(name).png"))
            }
        }
        return pixels
    }

    @Test(arguments: [("vi", 1920, 1080), ("en", 1280, 720)])
    func theLatestCallIsLitAndTheOthersAreNot(language: String, width: Int, height: Int) throws {
        let queue = try queueAfterAMorning()
        let board = queue.board
        #expect(board.lastCalls.first?.counter == 2)
        #expect(board.counters.map { $0.number?.description } == ["A002", "A003", "B001"])
        let pixels = try render(board, language: language, width: width, height: height, name: "\(language)-\(width)")
        // The rows of the counters, as the view lays them out: after the bar (10 %) and the header.
        let unit = Double(height) / 100
        let rowTop = unit * 10 + unit * 2 + unit * 6 + unit
        let rowHeight = unit * 18
        func colour(row: Int) -> UInt32 {
            let y = Int(rowTop + Double(row) * (rowHeight + unit * 1.5) + unit * 2)
            let x = Int(unit * 2 + unit * 2)
            return pixels[y * width + x] & 0xFF_FFFF
        }
        #expect(colour(row: 1) == 0x13_7547, "counter 2 called last is lit")
        #expect(colour(row: 0) == 0x12_303F)
        #expect(colour(row: 2) == 0x12_303F)
        // The big numbers are drawn in yellow in the number column.
        let yellow = pixels.filter { $0 & 0xFF_FFFF == 0xFF_D23F }.count
        #expect(yellow > width * height / 200)
    }

    /// "Done" frees the counter: its number disappears from the board.
    @Test func aFreeCounterShowsNoNumber() throws {
        var queue = try queueAfterAMorning()
        _ = try queue.done(counter: 3, at: Self.morning.addingTimeInterval(4000))
        let busy = try render(try queueAfterAMorning().board, language: "vi", width: 960, height: 540, name: "busy")
        let free = try render(queue.board, language: "vi", width: 960, height: 540, name: "free")
        let yellow = { (pixels: [UInt32]) in pixels.filter { $0 & 0xFF_FFFF == 0xFF_D23F }.count }
        #expect(yellow(free) < yellow(busy))
        #expect(queue.board.counters[2].number == nil)
    }
}
