/// Numbers the queue's owner set aside for one terminal, so that it can go on issuing tickets while
/// it cannot reach the center, without ever colliding with the center's own numbers. Blocks are
/// taken from the top of a service's range; the center counts up from the bottom.
public struct NumberBlock: Sendable, Codable, Equatable {
    public var service: String
    public var first: Int
    public var last: Int
    public var terminal: String
    public var day: QueueDay

    public init(service: String, first: Int, last: Int, terminal: String, day: QueueDay) {
        self.service = service
        self.first = first
        self.last = last
        self.terminal = terminal
        self.day = day
    }

    public func contains(_ value: Int) -> Bool { value >= first && value <= last }
}
