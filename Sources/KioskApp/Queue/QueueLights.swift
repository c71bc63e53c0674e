import Foundation
import KioskQueue

/// Where the numbers called are also shown besides the screen: the LED board of the firmware.
public protocol QueueLights: Sendable {
    /// Shows the board's counters; `newCall` is the call that just came, to blink.
    func show(_ board: Board, newCall: Call?)
}

/// What a counter shows on a 4-digit LED counter: its number ("A012"), or nothing.
extension Board {
    /// The texts of the first `count` counters, in the order of the board, blank when free.
    public func lightTexts(count: Int) -> [String] {
        (0..<count).map { index in
            index < counters.count ? counters[index].number?.description ?? "" : ""
        }
    }
}
