import Foundation
import KioskQueue

/// Where the terminal's queue tickets come from: the center (`CenterTicketSource`), or the
/// terminal's own queue at a village house (`VillageDesk`).
public protocol TicketSource: Sendable {
    /// Takes the next ticket of `service` for a citizen who just printed their form.
    func ticket(service: String, priority: PriorityGroup?, draftCode: String?) async throws(AppError) -> TakenTicket
    /// The services of the queue, for their names on the screen and the ticket.
    func services() async -> [Service]
}

/// A ticket the terminal took, with what it knows of the line before it.
public struct TakenTicket: Sendable, Equatable {
    public var ticket: KioskQueue.Ticket
    /// People who will be called before it; nil when the terminal cannot know (issued from its
    /// block while the center is away).
    public var ahead: Int?
    /// Seconds, when the counters have served someone of the service today.
    public var estimatedWait: TimeInterval?

    public init(ticket: KioskQueue.Ticket, ahead: Int?, estimatedWait: TimeInterval? = nil) {
        self.ticket = ticket
        self.ahead = ahead
        self.estimatedWait = estimatedWait
    }
}
