import KioskUI

/// When the panel goes dark and what a touch does then: after `timeout` seconds without a touch
/// the panel blanks; the next touch wakes it and is swallowed up to its release, so waking the
/// screen never presses whatever button lies under the finger. Time is handed in.
public struct IdleBlanking: Sendable {
    /// What to do with a touch.
    public enum Decision: Equatable, Sendable {
        /// Hand it to the terminal.
        case pass
        /// Turn the panel on; the touch goes nowhere.
        case wake
        /// Part of the touch that woke the panel: goes nowhere.
        case swallow
    }

    /// Seconds of idleness before blanking; 0 or less: never.
    public var timeout: Double
    public private(set) var blanked = false
    var lastActivity: Double
    var swallowing = false

    public init(timeout: Double, now: Double) {
        self.timeout = timeout
        lastActivity = now
    }

    public mutating func touch(_ touch: TouchEvent, at now: Double) -> Decision {
        lastActivity = now
        if blanked {
            blanked = false
            swallowing = touch.phase == .down || touch.phase == .move
            return .wake
        }
        guard swallowing else { return .pass }
        if touch.phase == .up || touch.phase == .cancel { swallowing = false }
        return .swallow
    }

    /// Something happened that counts as use (the terminal came up): idleness starts again.
    public mutating func activity(at now: Double) {
        lastActivity = now
    }

    /// Whether the panel should blank now.
    public mutating func tick(at now: Double) -> Bool {
        guard timeout > 0, !blanked, !swallowing, now - lastActivity >= timeout else { return false }
        blanked = true
        return true
    }
}
