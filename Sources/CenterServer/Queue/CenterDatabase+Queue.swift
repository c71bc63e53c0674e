import Foundation
import GRDB
import KioskQueue

extension CenterDatabase {
    /// The queue as last stored (it holds no personal data: numbers, times, draft codes).
    public func storedQueue() throws(CenterError) -> TicketQueue? {
        do {
            let data = try pool.read { db in try Data.fetchOne(db, sql: "SELECT state FROM queueState WHERE id = 1") }
            return try data.map { try JSONDecoder().decode(TicketQueue.self, from: $0) }
        } catch {
            throw CenterError(operation: "read the queue", reason: "\(error)")
        }
    }

    /// Stores the queue durably (synchronous=FULL) before a number is given out.
    public func storeQueue(_ queue: TicketQueue, at now: Date) throws(CenterError) {
        do {
            let data = try JSONEncoder().encode(queue)
            try pool.write { db in
                try db.execute(
                    sql: """
                        INSERT INTO queueState (id, state, updatedAt) VALUES (1, ?, ?)
                        ON CONFLICT(id) DO UPDATE SET state = excluded.state, updatedAt = excluded.updatedAt
                        """, arguments: [data, now])
            }
        } catch {
            throw CenterError(operation: "store the queue", reason: "\(error)")
        }
    }

    static func registerQueueMigrations(_ migrator: inout DatabaseMigrator) {
        migrator.registerMigration("queue v1") { db in
            try db.create(table: "queueState") { t in
                t.primaryKey("id", .integer).check { $0 == 1 }
                t.column("state", .blob).notNull()
                t.column("updatedAt", .datetime).notNull()
            }
        }
    }
}
