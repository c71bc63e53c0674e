/// What the display board shows: the ticket at each counter, the last calls, how many wait.
public struct Board: Sendable, Codable, Equatable {
    public struct CounterLine: Sendable, Codable, Equatable {
        public var counter: Int
        /// The number called to or served at it; nil when it is free or closed.
        public var number: TicketNumber?
        public var isOpen: Bool
    }

    public var counters: [CounterLine]
    /// The most recent first.
    public var lastCalls: [Call]
    /// Tickets waiting, by service code.
    public var waiting: [String: Int]

    public init(counters: [CounterLine], lastCalls: [Call], waiting: [String: Int]) {
        self.counters = counters
        self.lastCalls = lastCalls
        self.waiting = waiting
    }
}
