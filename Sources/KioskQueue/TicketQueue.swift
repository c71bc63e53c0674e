import Foundation

/// The queue of a service center or a village house for one day, as a value: commands change it
/// and return the actions to carry out (print a ticket, call a number aloud, update the board).
/// It holds no personal data, so the whole value can be stored after every command (Codable), and
/// numbering goes on where it stopped after a restart. Time is always handed in.
public struct TicketQueue: Sendable, Codable, Equatable {
    /// What the queue asks the world to do.
    public enum Action: Sendable, Equatable {
        /// Print this ticket, with the people ahead of it and the estimated wait.
        case print(Ticket, ahead: Int, estimatedWait: TimeInterval?)
        /// Say this call aloud (a chime, then the number and the counter).
        case announce(Call)
        /// The board changed.
        case display(Board)
    }

    public internal(set) var services: [Service]
    public var policy: PriorityPolicy
    /// Seconds east of UTC of the place (Viet Nam: 25,200): when the day, and numbering, starts again.
    public let utcOffset: Int
    public internal(set) var day: QueueDay
    /// Today's tickets in the order they were issued.
    public internal(set) var tickets: [Ticket]
    public internal(set) var counters: [Counter]
    public internal(set) var blocks: [NumberBlock]
    /// The most recent first, at most `lastCallsKept`.
    public internal(set) var lastCalls: [Call]
    /// The next number the owner issues itself, by service.
    var nextNumber: [String: Int]
    /// Regular tickets called since the last priority one (for `PriorityPolicy.oneEvery`).
    var regularStreak: Int
    /// Recent times at a counter, in seconds, by service (the newest last).
    var serviceTimes: [String: [TimeInterval]]

    static let lastCallsKept = 6
    static let serviceTimesKept = 20

    public init(
        services: [Service], counters: [Counter], policy: PriorityPolicy = .oneEvery(3), utcOffset: Int = 7 * 3600,
        now: Date
    ) {
        self.services = services
        self.counters = counters.sorted { $0.number < $1.number }
        self.policy = policy
        self.utcOffset = utcOffset
        day = QueueDay(now, utcOffset: utcOffset)
        tickets = []
        blocks = []
        lastCalls = []
        nextNumber = [:]
        regularStreak = 0
        serviceTimes = [:]
    }

    public func service(_ code: String) -> Service? {
        services.first { $0.code == code }
    }

    public func ticket(_ number: TicketNumber) -> Ticket? {
        tickets.first { $0.number == number }
    }

    /// Tickets waiting in a service's line, in the order they will be called when nobody has priority.
    public func waiting(in service: String) -> [Ticket] {
        tickets.filter { $0.state == .issued && $0.service == service }.sorted { $0.issuedAt < $1.issuedAt }
    }

    /// The board as it stands.
    public var board: Board {
        Board(
            counters: counters.map { Board.CounterLine(counter: $0.number, number: $0.current, isOpen: $0.isOpen) },
            lastCalls: lastCalls,
            waiting: Dictionary(uniqueKeysWithValues: services.map { ($0.code, waiting(in: $0.code).count) }))
    }

    /// Starts a new day when `now` is past the queue's day: numbers, tickets, blocks and calls of
    /// the old day are dropped (service times are kept, for tomorrow's estimates).
    mutating func turnDay(_ now: Date) -> [Action] {
        let today = QueueDay(now, utcOffset: utcOffset)
        guard today > day else { return [] }
        day = today
        tickets = []
        blocks = []
        lastCalls = []
        nextNumber = [:]
        regularStreak = 0
        for index in counters.indices { counters[index].current = nil }
        return [.display(board)]
    }

    func counterIndex(_ number: Int) throws(QueueError) -> Int {
        guard let index = counters.firstIndex(where: { $0.number == number }) else {
            throw .unknownCounter(number)
        }
        return index
    }

    func ticketIndex(_ number: TicketNumber) -> Int? {
        tickets.firstIndex { $0.number == number }
    }
}
