import Foundation

/// A terminal's own numbering while it cannot reach the center: it issues from the block the
/// center reserved for it today, and hands the tickets over (`TicketQueue.accept`) when it can.
public struct BlockIssuer: Sendable, Codable, Equatable {
    public let block: NumberBlock
    public let digits: Int
    /// The next number of the block to give.
    public private(set) var next: Int

    public init(block: NumberBlock, digits: Int = 3) {
        self.block = block
        self.digits = digits
        next = block.first
    }

    public var remaining: Int { max(0, block.last - next + 1) }

    /// The next ticket of the block; refused once the block is used up or its day has passed.
    public mutating func issue(priority: PriorityGroup? = nil, draftCode: String? = nil, at now: Date, utcOffset: Int)
        throws(QueueError) -> Ticket
    {
        guard next <= block.last, QueueDay(now, utcOffset: utcOffset) == block.day else {
            throw .numbersExhausted(service: block.service)
        }
        defer { next += 1 }
        return Ticket(
            number: TicketNumber(service: block.service, value: next, digits: digits), service: block.service,
            priority: priority, issuedAt: now, issuer: block.terminal, draftCode: draftCode)
    }
}
