import Foundation
import KioskQueue

/// What staff at a village house's counter do (`kiosk queue next --counter 1`).
public enum CounterCommand: String, CaseIterable, Sendable {
    /// The ticket at the counter is done; the next one is called.
    case next
    /// The ticket called is called again.
    case recall
    /// The citizen called has come.
    case serve
    /// The ticket at the counter is done; the counter waits.
    case done
    /// The citizen called did not come.
    case noShow = "no-show"
}

extension VillageDesk {
    /// Carries out a counter's command on the stored queue; returns the board after it and the
    /// call made (for the board and the speaker), if any.
    public func counter(_ command: CounterCommand, counter number: Int) throws(AppError) -> (
        board: Board, call: Call?
    ) {
        let actions = try perform { queue, now throws(QueueError) in
            switch command {
            case .next: try queue.next(counter: number, at: now)
            case .recall: try queue.recall(counter: number, at: now)
            case .serve: try queue.serve(counter: number, at: now)
            case .done: try queue.done(counter: number, at: now)
            case .noShow: try queue.noShow(counter: number, at: now)
            }
        }
        var board: Board?
        var call: Call?
        for action in actions {
            switch action {
            case .display(let shown): board = shown
            case .announce(let made): call = made
            case .print: break
            }
        }
        if let board { return (board, call) }
        return (try queue().board, call)
    }
}
