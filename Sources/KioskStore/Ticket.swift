import Foundation

/// A queue ticket printed at the terminal: its number within a service, and the draft it goes with.
public struct Ticket: Sendable, Equatable {
    public var number: Int
    public var service: String
    public var issuedAt: Date
    public var draftCode: String?
}
