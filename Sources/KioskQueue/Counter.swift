/// A desk where staff serve: the services it takes and the ticket at it.
public struct Counter: Sendable, Codable, Equatable {
    public var number: Int
    /// Service codes it calls from, in no order: several counters may serve the same services.
    public var services: [String]
    public var isOpen: Bool
    /// The ticket called to it or being served there.
    public var current: TicketNumber?

    public init(number: Int, services: [String], isOpen: Bool = true) {
        self.number = number
        self.services = services
        self.isOpen = isOpen
    }
}
