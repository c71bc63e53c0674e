import Foundation
import KioskQueue
import KioskStore

/// The queue of a village house, owned by the terminal and kept in its SQLite file, so that the
/// numbering survives a restart and starts again each day. Every command reads the stored queue,
/// changes it and writes it back in one write transaction: the terminal (taking tickets) and
/// `kiosk queue next` (staff calling) work on the same file from two processes, and neither loses
/// the other's change. (`QueueDesk` keeps the queue in memory, which suits the one center process
/// but would not see a change made by the staff's command.)
public final class VillageDesk: TicketSource {
    /// The record of the queue in the store.
    public static let recordName = "village-queue"

    let store: DraftStore
    let settings: QueueSettings
    let clock: @Sendable () -> Date

    public init(store: DraftStore, settings: QueueSettings, clock: @escaping @Sendable () -> Date = Date.init) {
        self.store = store
        self.settings = settings
        self.clock = clock
    }

    /// Runs one queue command on the stored queue and stores the result, in one transaction.
    public func perform(_ command: (inout TicketQueue, Date) throws(QueueError) -> [TicketQueue.Action])
        throws(AppError) -> [TicketQueue.Action]
    {
        let now = clock()
        do {
            return try store.updateQueueRecord(Self.recordName, at: now) { record in
                var queue = try record.map { try Self.decode($0.data) } ?? fresh(now)
                let actions = try command(&queue, now)
                return (try Self.encoder.encode(queue), actions)
            }
        } catch let error as QueueError {
            throw AppError("\(error)")
        } catch {
            throw AppError("the queue could not be kept: \(error)")
        }
    }

    /// The queue as stored (a fresh one before the first ticket).
    public func queue() throws(AppError) -> TicketQueue {
        do {
            return try store.queueRecord(Self.recordName).map { try Self.decode($0.data) } ?? fresh(clock())
        } catch {
            throw AppError("the queue could not be read: \(error)")
        }
    }

    public func ticket(service: String, priority: PriorityGroup?, draftCode: String?) async throws(AppError)
        -> TakenTicket
    {
        let actions = try perform { queue, now throws(QueueError) in
            try queue.issue(service: service, priority: priority, draftCode: draftCode, at: now)
        }
        for case .print(let ticket, let ahead, let wait) in actions {
            return TakenTicket(ticket: ticket, ahead: ahead, estimatedWait: wait)
        }
        throw AppError("the queue issued no ticket")
    }

    public func services() async -> [Service] {
        (try? queue().services) ?? settings.services
    }

    /// The board now, then again each time the stored queue changes (whoever changed it: this
    /// process or `kiosk queue` in another), looked at every `interval`; until the caller stops.
    public func boards(every interval: Duration = .milliseconds(300)) -> AsyncStream<Board> {
        // Kept until the display takes them, so a busy display still calls every number.
        let (stream, continuation) = AsyncStream.makeStream(of: Board.self, bufferingPolicy: .bufferingNewest(256))
        let task = Task { [self] in
            var seen: Int?
            var first = true
            while !Task.isCancelled {
                if let record = try? store.queueRecord(Self.recordName), record.revision != seen {
                    seen = record.revision
                    if let queue = try? Self.decode(record.data) {
                        continuation.yield(queue.board)
                        first = false
                    }
                } else if first {
                    continuation.yield(fresh(clock()).board)
                    first = false
                }
                try? await Task.sleep(for: interval)
            }
            continuation.finish()
        }
        continuation.onTermination = { _ in task.cancel() }
        return stream
    }

    func fresh(_ now: Date) -> TicketQueue {
        TicketQueue(
            services: settings.services, counters: settings.counters, policy: settings.policy,
            utcOffset: settings.utcOffset, now: now)
    }

    static var encoder: JSONEncoder {
        let encoder = JSONEncoder()
        encoder.outputFormatting = .sortedKeys
        return encoder
    }

    static func decode(_ data: Data) throws -> TicketQueue {
        try JSONDecoder().decode(TicketQueue.self, from: data)
    }
}
