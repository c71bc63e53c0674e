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
    /// The latest call already announced.
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

    /// Shows one board; announces its latest call when it is new.
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
        var newCall: Call?
        if let latest = board.lastCalls.first, latest != announced {
            // The first board after a start only shows: what was called before is not called again.
            if boardsShown > 1 || announced != nil { newCall = latest }
            announced = latest
        }
        lights?.show(board, newCall: newCall)
        if let newCall { announce(newCall) }
    }
}
