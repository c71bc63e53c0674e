import Foundation

/// A number called to a counter: what the board shows and the speaker says.
public struct Call: Sendable, Codable, Equatable {
    public var number: TicketNumber
    public var counter: Int
    public var at: Date
    /// Called again by staff, because nobody came.
    public var isRecall: Bool

    public init(number: TicketNumber, counter: Int, at: Date, isRecall: Bool = false) {
        self.number = number
        self.counter = counter
        self.at = at
        self.isRecall = isRecall
    }
}
