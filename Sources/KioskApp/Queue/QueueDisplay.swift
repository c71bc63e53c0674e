import Foundation
import KioskGraphics
import KioskQueue
import KioskUI

/// The display board: draws each board it is given full screen, lights the LED board, and
/// calls a new number aloud (a recall too), so that nobody has to read to hear their turn.
@MainActor
public final class QueueDisplay {
    let display: Display
    let view: QueueBoardView
    let icons: IconLibrary
    let lights: QueueLights?
    let announce: (Call) -> Void
    /// The latest call seen (and announced, but for those on the first board).
    var announced: Call?
    public private(set) var boardsShown = 0

    public init(
        display: Display, view: QueueBoardView, icons: IconLibrary = IconLibrary(directories: []),
        lights: QueueLights? = nil, announce: @escaping (Call) -> Void
    ) {
        self.display = display
        self.view = view
        self.icons = icons
        self.lights = lights
        self.announce = announce
    }

    /// Shows boards until the stream ends.
    public func run(_ boards: AsyncStream<Board>) async {
        for await board in boards { show(board) }
    }

    /// Shows one board; announces the calls on it that are new.
    public func show(_ board: Board) {
        let view = self.view
        display.draw { buffer in
            ImageSurface(buffer: buffer).draw(icons: icons) { canvas in
                view.draw(
                    board, on: canvas,
                    in: Rect(x: 0, y: 0, width: Double(buffer.width), height: Double(buffer.height)))
            }
        }
        display.present()
        boardsShown += 1
        let fresh = freshCalls(on: board)
        if let latest = board.lastCalls.first { announced = latest }
        lights?.show(board, newCall: fresh.last)
        for call in fresh { announce(call) }
    }

    /// The calls of `board` not announced yet, oldest first. Boards may come coalesced (a slow
    /// link, a busy screen), so every call newer than the last announced is taken, not only the
    /// latest; the first board after a start announces nothing (those calls were made before).
    func freshCalls(on board: Board) -> [Call] {
        guard let announced else { return boardsShown > 1 ? board.lastCalls.reversed() : [] }
        if let index = board.lastCalls.firstIndex(of: announced) {
            return board.lastCalls[..<index].reversed()
        }
        return board.lastCalls.filter { $0.at > announced.at }.reversed()
    }
}
