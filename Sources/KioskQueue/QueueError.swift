/// Why the queue refused a command; each reads as a line for staff.
public enum QueueError: Error, Sendable, Equatable, CustomStringConvertible {
    case unknownService(String)
    /// Every number of the service is used today (or set aside for terminals).
    case numbersExhausted(service: String)
    case unknownCounter(Int)
    /// The counter has no ticket at it to act on.
    case noCurrentTicket(counter: Int)
    /// The command does not apply to the ticket in its state.
    case wrongState(TicketNumber, Ticket.State)
    /// A ticket from a terminal that is not in a block reserved for it today, or already known.
    case foreignTicket(TicketNumber)
    case duplicateTicket(TicketNumber)
    case invalidBlockSize(Int)

    public var description: String {
        switch self {
        case .unknownService(let code): "no service \(code)"
        case .numbersExhausted(let service): "no numbers left today for service \(service)"
        case .unknownCounter(let counter): "no counter \(counter)"
        case .noCurrentTicket(let counter): "counter \(counter) has no ticket"
        case .wrongState(let number, let state): "ticket \(number) is \(state.rawValue)"
        case .foreignTicket(let number): "ticket \(number) is not from a block reserved for its terminal today"
        case .duplicateTicket(let number): "ticket \(number) is already in the queue"
        case .invalidBlockSize(let size): "a block of \(size) numbers cannot be reserved"
        }
    }
}
