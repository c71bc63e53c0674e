import Foundation

/// Who goes first: the law and custom put these people ahead of the line.
public enum PriorityGroup: String, Sendable, Codable, CaseIterable {
    case elderly, disabled, pregnant, smallChild
}

/// One person's place in the line, and what happened to it.
public struct Ticket: Sendable, Codable, Equatable {
    public enum State: String, Sendable, Codable {
        /// Waiting to be called.
        case issued
        /// Called to a counter, not yet there.
        case called
        /// At the counter.
        case serving
        case done
        /// Called and did not come.
        case noShow
    }

    public var number: TicketNumber
    /// The line it waits in now (another after a transfer).
    public var service: String
    public var priority: PriorityGroup?
    public var state: State
    public var issuedAt: Date
    /// Where it was issued: "center", or the id of the terminal whose reserved block it came from.
    public var issuer: String
    /// The draft code the citizen filled at a terminal, when there is one (no personal data).
    public var draftCode: String?
    public var counter: Int?
    public var calledAt: Date?
    public var servingAt: Date?
    public var finishedAt: Date?
    /// The service it was first issued for, when staff moved it to another.
    public var transferredFrom: String?

    public init(
        number: TicketNumber, service: String, priority: PriorityGroup?, issuedAt: Date, issuer: String,
        draftCode: String? = nil
    ) {
        self.number = number
        self.service = service
        self.priority = priority
        self.state = .issued
        self.issuedAt = issuedAt
        self.issuer = issuer
        self.draftCode = draftCode
    }
}
