import Foundation
import KioskQueue
import KioskStore
import KioskSync

/// Tickets from the service center's queue. While the center answers, each ticket is the center's
/// and the terminal keeps a block of numbers the center set aside for it today (`reserveBlock`);
/// when the center cannot be reached, the terminal issues from that block (kept in its SQLite
/// file, so a restart does not reissue a number) and hands those tickets over as soon as the
/// center is back. Blocks are taken from the top of a service's numbers and the center counts up
/// from the bottom, so numbers never collide.
public actor CenterTicketSource: TicketSource {
    /// The record of the blocks and of the tickets not handed over yet.
    public static let recordName = "center-blocks"

    /// What the terminal keeps between tickets.
    struct Offline: Codable, Sendable, Equatable {
        /// One issuer per service, for today's block.
        var issuers: [String: BlockIssuer] = [:]
        /// Issued from a block, not yet taken by the center.
        var pending: [KioskQueue.Ticket] = []
    }

    let client: QueueClient
    let store: DraftStore
    let settings: QueueSettings
    let clock: @Sendable () -> Date
    let log: Log
    /// The center's services, once it told them.
    var known: [Service] = []

    public init(
        client: QueueClient, store: DraftStore, settings: QueueSettings, log: Log = Log(),
        clock: @escaping @Sendable () -> Date = Date.init
    ) {
        self.client = client
        self.store = store
        self.settings = settings
        self.log = log
        self.clock = clock
    }

    public func ticket(service: String, priority: PriorityGroup?, draftCode: String?) async throws(AppError)
        -> TakenTicket
    {
        // Nothing answers: straight to the block, without waiting on a second request.
        guard await handOver() else {
            log.info("queue: the center cannot be reached; issuing from this terminal's block")
            return try issueFromBlock(service: service, priority: priority, draftCode: draftCode)
        }
        let response: TicketResponse
        do throws(QueueClient.Failure) {
            response = try await client.ticket(
                TicketRequest(service: service, priority: priority, draftCode: draftCode))
        } catch {
            guard case .unreachable(let reason) = error else { throw AppError("\(error)") }
            log.info("queue: the center cannot be reached (\(reason)); issuing from this terminal's block")
            return try issueFromBlock(service: service, priority: priority, draftCode: draftCode)
        }
        guard let number = TicketNumber(parsing: response.number) else {
            throw AppError("the center gave a ticket number that is not one: \(response.number)")
        }
        var ticket = KioskQueue.Ticket(
            number: number, service: response.service, priority: response.priority,
            issuedAt: ISO8601DateFormatter().date(from: response.issuedAt) ?? clock(), issuer: "center",
            draftCode: draftCode)
        ticket.state = .issued
        // While the center is here, make sure there is a block for the next time it is not.
        await prepare(services: [service])
        return TakenTicket(
            ticket: ticket, ahead: response.ahead, estimatedWait: response.estimatedWaitSeconds.map(Double.init))
    }

    public func services() async -> [Service] {
        if known.isEmpty, let state = try? await client.state() { known = state.services }
        return known.isEmpty ? settings.services : known
    }

    /// Reserves today's block for each service that has none (or has used it up), while the
    /// center answers; a failure is only logged (the next ticket tries again).
    public func prepare(services codes: [String]? = nil) async {
        var codes = codes ?? []
        if codes.isEmpty { codes = await services().map(\.code) }
        let today = QueueDay(clock(), utcOffset: settings.utcOffset)
        let offline: Offline
        do {
            offline = try load()
        } catch {
            log.error("queue: \(error)")
            return
        }
        for code in codes {
            if let issuer = offline.issuers[code], issuer.block.day == today, issuer.remaining > 0 { continue }
            let block: NumberBlock
            do throws(QueueClient.Failure) {
                block = try await client.reserveBlock(service: code, size: settings.blockSize)
            } catch {
                log.info("queue: no block reserved for \(code): \(error)")
                continue
            }
            do throws(AppError) {
                try update { (state: inout Offline) throws(AppError) in
                    state.issuers[code] = BlockIssuer(block: block, digits: max(3, String(block.last).count))
                }
                log.info("queue: block \(code) \(block.first)-\(block.last) reserved for \(block.day)")
            } catch {
                log.error("queue: block for \(code) not kept: \(error)")
            }
        }
    }

    /// Hands the tickets issued from the block over to the center; those it took leave the list.
    /// False when the center could not be reached.
    @discardableResult
    public func handOver() async -> Bool {
        guard let pending = try? load().pending, !pending.isEmpty else { return true }
        do throws(QueueClient.Failure) {
            let accepted = try await client.handOver(pending)
            drop(pending)
            log.info("queue: \(accepted) ticket(s) from the block handed over to the center")
        } catch {
            if case .unreachable = error { return false }
            if case .refused(let status, let message) = error, status != 401, status < 500 {
                // A refusal for good (another day's tickets, a block the center forgot): keeping
                // them would block every later hand-over; staff see them on the printed slips.
                drop(pending)
                log.error("queue: the center refused the block's tickets (\(status) \(message)); dropped")
            }
        }
        return true
    }

    /// Takes tickets off the list of those to hand over.
    func drop(_ handed: [KioskQueue.Ticket]) {
        do throws(AppError) {
            try update { (state: inout Offline) throws(AppError) in
                state.pending.removeAll { handed.contains($0) }
            }
        } catch {
            log.error("queue: \(error)")
        }
    }

    /// Tickets issued from the block that the center has not taken yet.
    public func pendingTickets() throws(AppError) -> [KioskQueue.Ticket] {
        try load().pending
    }

    func issueFromBlock(service: String, priority: PriorityGroup?, draftCode: String?) throws(AppError)
        -> TakenTicket
    {
        let now = clock()
        let offset = settings.utcOffset
        return try update { state throws(AppError) -> TakenTicket in
            guard var issuer = state.issuers[service] else {
                throw AppError("no block of numbers for service \(service): the center was never reached today")
            }
            do throws(QueueError) {
                let ticket = try issuer.issue(priority: priority, draftCode: draftCode, at: now, utcOffset: offset)
                state.issuers[service] = issuer
                state.pending.append(ticket)
                // The center's line is not known here: no count of people ahead is shown.
                return TakenTicket(ticket: ticket, ahead: nil)
            } catch {
                throw AppError("\(error)")
            }
        }
    }

    func load() throws(AppError) -> Offline {
        do {
            guard let record = try store.queueRecord(Self.recordName) else { return Offline() }
            return try Self.decoder.decode(Offline.self, from: record.data)
        } catch {
            throw AppError("the queue's blocks could not be read: \(error)")
        }
    }

    @discardableResult
    func update<Result>(_ change: (inout Offline) throws(AppError) -> Result) throws(AppError) -> Result {
        do {
            return try store.updateQueueRecord(Self.recordName, at: clock()) { record in
                var state = try record.map { try Self.decoder.decode(Offline.self, from: $0.data) } ?? Offline()
                let result = try change(&state)
                return (try Self.encoder.encode(state), result)
            }
        } catch let error as AppError {
            throw error
        } catch {
            throw AppError("the queue's blocks could not be kept: \(error)")
        }
    }

    static var encoder: JSONEncoder {
        let encoder = JSONEncoder()
        encoder.dateEncodingStrategy = .iso8601
        return encoder
    }

    static var decoder: JSONDecoder {
        let decoder = JSONDecoder()
        decoder.dateDecodingStrategy = .iso8601
        return decoder
    }
}
