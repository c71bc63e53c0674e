import Foundation

/// The one place a queue is changed: commands from terminals and counters arrive here one at a
/// time (an actor), so that many clients asking at once get distinct, gapless numbers. Each change
/// is handed to `persist` before the caller hears of it, so a number a citizen was given survives
/// a restart; then whoever watches the board is told.
public actor QueueDesk {
    public private(set) var queue: TicketQueue
    let persist: @Sendable (TicketQueue) throws -> Void
    let clock: @Sendable () -> Date
    var watchers: [UUID: AsyncStream<Board>.Continuation] = [:]

    /// `persist` stores the whole queue (it holds no personal data); when it throws, the command
    /// is undone and the error reaches the caller, so nothing is announced that was not kept.
    public init(
        queue: TicketQueue, clock: @escaping @Sendable () -> Date = Date.init,
        persist: @escaping @Sendable (TicketQueue) throws -> Void
    ) {
        self.queue = queue
        self.clock = clock
        self.persist = persist
    }

    public enum Failure: Error, Sendable, CustomStringConvertible {
        case refused(QueueError)
        case notStored(String)

        public var description: String {
            switch self {
            case .refused(let error): "\(error)"
            case .notStored(let reason): "the queue could not be stored: \(reason)"
            }
        }
    }

    /// Runs one command on the queue, stores the result and tells the watchers.
    public func perform(_ command: (inout TicketQueue, Date) throws(QueueError) -> [TicketQueue.Action])
        throws(Failure) -> [TicketQueue.Action]
    {
        var changed = queue
        let actions: [TicketQueue.Action]
        do throws(QueueError) {
            actions = try command(&changed, clock())
        } catch {
            throw .refused(error)
        }
        do {
            try persist(changed)
        } catch {
            throw .notStored("\(error)")
        }
        queue = changed
        let board = changed.board
        for watcher in watchers.values { watcher.yield(board) }
        return actions
    }

    /// Issues a ticket; returns it with the people ahead and the estimated wait.
    public func issue(service: String, priority: PriorityGroup? = nil, draftCode: String? = nil) throws(Failure)
        -> TicketReceipt
    {
        let actions = try perform { queue, now throws(QueueError) in
            try queue.issue(service: service, priority: priority, draftCode: draftCode, at: now)
        }
        for case .print(let ticket, let ahead, let wait) in actions {
            return TicketReceipt(ticket: ticket, ahead: ahead, estimatedWait: wait)
        }
        throw .notStored("no ticket was issued")
    }

    /// The board now, then every change, until the caller stops listening.
    public func watch() -> AsyncStream<Board> {
        let id = UUID()
        // A watcher that falls behind (a slow link to a display board) gets every board when it
        // catches up, so no call goes unannounced; only a backlog far beyond a day's is cut.
        let (stream, continuation) = AsyncStream<Board>.makeStream(bufferingPolicy: .bufferingNewest(256))
        continuation.yield(queue.board)
        watchers[id] = continuation
        continuation.onTermination = { [weak self] _ in
            Task { await self?.stopWatching(id) }
        }
        return stream
    }

    func stopWatching(_ id: UUID) {
        watchers[id] = nil
    }
}

/// A ticket just issued, as the terminal prints it and the API returns it.
public struct TicketReceipt: Sendable, Codable, Equatable {
    public var ticket: Ticket
    public var ahead: Int
    /// Seconds; nil until the counters have served someone of the service today.
    public var estimatedWait: TimeInterval?

    public init(ticket: Ticket, ahead: Int, estimatedWait: TimeInterval?) {
        self.ticket = ticket
        self.ahead = ahead
        self.estimatedWait = estimatedWait
    }
}
