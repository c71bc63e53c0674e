import Foundation
import GRDB

extension DraftStore {
    /// Issues the next ticket of `service`: numbers restart at 1 for tickets issued since
    /// `numberingSince` (the caller's start of the working day, so time stays injected).
    public func issueTicket(
        service: String, draftCode: String?, at now: Date, numberingSince: Date
    ) throws(StoreError) -> Ticket {
        try write("issue ticket") { db in
            let last =
                try Int.fetchOne(
                    db, sql: "SELECT MAX(number) FROM ticket WHERE service = ? AND issuedAt >= ?",
                    arguments: [service, numberingSince]) ?? 0
            let ticket = Ticket(number: last + 1, service: service, issuedAt: now, draftCode: draftCode)
            try db.execute(
                sql: "INSERT INTO ticket (number, service, issuedAt, draftCode) VALUES (?, ?, ?, ?)",
                arguments: [ticket.number, service, now, draftCode])
            return ticket
        }
    }

    /// Tickets issued since `date`, oldest first.
    public func tickets(since date: Date) throws(StoreError) -> [Ticket] {
        try read("read tickets") { db in
            try Row.fetchAll(db, sql: "SELECT * FROM ticket WHERE issuedAt >= ? ORDER BY id", arguments: [date]).map {
                Ticket(
                    number: $0["number"], service: $0["service"], issuedAt: $0["issuedAt"], draftCode: $0["draftCode"])
            }
        }
    }
}
