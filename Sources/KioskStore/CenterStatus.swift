import Foundation

/// What the center says about a draft, as the terminal shows it when a citizen enters the code.
public struct CenterStatus: Sendable, Equatable {
    /// One of the center's states: "received", "processing", "ready", "rejected".
    public var state: String
    /// Why it was rejected, in the staff's words; nil otherwise.
    public var reason: String?

    public init(state: String, reason: String? = nil) {
        self.state = state
        self.reason = reason
    }
}
